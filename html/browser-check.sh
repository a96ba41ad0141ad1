#!/usr/bin/env bash
# End-to-end check of the HTML report in a real browser (Debian's chromium package).
#
# Renders the sample article with the CLI (--output-format html), loads the page in headless
# Chromium and fails on any console message: the page runs no script and loads nothing, so any
# message (an error, a Content-Security-Policy violation, a failed load) is a defect. It also
# checks that the browser's DOM has the summary and as many quote highlights as the file, then
# writes a screenshot.
#
# Usage: html/browser-check.sh [SCREENSHOT.png]
#   default screenshot: html/target/browser-check/sample-report.png
#   html/browser-check.sh docs/sample-report.png   refreshes the README's screenshot
# Needs cli/target/quotekit.jar (mvn -B verify, or mvn -B package -DskipTests) and chromium
# (apt-get install -y chromium); CHROMIUM=/path/to/chromium overrides the browser.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

CHROMIUM=${CHROMIUM:-chromium}
JAR=cli/target/quotekit.jar
ARTICLE=examples/sample-article.txt
OUT_DIR=html/target/browser-check
SHOT=${1:-$OUT_DIR/sample-report.png}

fail() {
  echo "browser-check: FAIL: $*" >&2
  exit 1
}

command -v "$CHROMIUM" >/dev/null || fail "$CHROMIUM not found (apt-get install -y chromium)"
[[ -f $JAR ]] || fail "$JAR not found (run mvn -B verify first)"

mkdir -p "$OUT_DIR" "$(dirname "$SHOT")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs headless Chromium on a file with a fresh profile; extra arguments come before the URL.
chrome() {
  local file=$1
  shift
  timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$(mktemp -d -p "$work")" "$@" "file://$(realpath "$file")"
}

# Prints the console messages Chromium logged to stderr: lines like INFO:CONSOLE:12] "...".
console_messages() {
  grep -E ':CONSOLE[:(]' "$1" || true
}

# Loads a page, dumping its DOM to $2 and Chromium's log to $3.
load() {
  chrome "$1" --enable-logging=stderr --v=0 --dump-dom >"$2" 2>"$3" \
    || fail "chromium exited with $? on $1 (log: $(tail -n 5 "$3"))"
}

# Self-test: a page that logs a console error must be caught, or this check proves nothing.
cat >"$work/self-test.html" <<'HTML'
<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>self-test</title></head>
<body><p>self-test</p><script>console.error("quotekit-browser-check-self-test")</script></body></html>
HTML
load "$work/self-test.html" "$work/self-test.dom" "$work/self-test.log"
console_messages "$work/self-test.log" | grep -q quotekit-browser-check-self-test \
  || fail "the console of a page that logs an error was not seen; is --enable-logging working?"

# The report of the sample article.
page=$work/sample-report.html
java -jar "$JAR" --output-format html "$ARTICLE" >"$page" || fail "the CLI failed"
load "$page" "$work/dom.html" "$work/load.log"
messages=$(console_messages "$work/load.log")
if [[ -n $messages ]]; then
  echo "$messages" >&2
  fail "console messages while loading the report"
fi
in_file=$(grep -o '<mark class="q ' "$page" | wc -l)
in_dom=$(grep -o '<mark class="q ' "$work/dom.html" | wc -l)
[[ $in_file -gt 0 ]] || fail "no quote highlighted in the report"
[[ $in_dom -eq $in_file ]] || fail "the browser shows $in_dom highlights, the file has $in_file"
grep -q 'id="summary"' "$work/dom.html" || fail "no summary in the browser's DOM"

rm -f "$SHOT"
chrome "$page" --hide-scrollbars --window-size=1280,2000 --screenshot="$SHOT" \
  >"$work/shot.out" 2>"$work/shot.log" || fail "chromium could not take the screenshot"
[[ -s $SHOT ]] || fail "no screenshot written"
[[ $(head -c 8 "$SHOT" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] \
  || fail "$SHOT is not a PNG"

echo "browser-check: OK: $("$CHROMIUM" --version 2>/dev/null | tail -n 1); no console message;" \
  "$in_dom quote highlights; screenshot $SHOT ($(wc -c <"$SHOT") bytes)"
