#!/usr/bin/env bash
# End-to-end check of the server's live page in a real browser (Debian's chromium package).
#
# Starts server/target/quotekit-server.jar on a free loopback port, asks POST /v1/extract how many
# quotes the sample article has, then has headless Chromium paste the article into the page's form
# and submit it, as a person would: a local harness page holds the form of the live page with the
# article in its textarea and submits it on load, so the browser POSTs the article and renders the
# server's answer. The check fails on any console message of the answered page (it runs no script,
# so any message is a defect: a Content-Security-Policy violation, a failed load), and unless the
# browser's DOM shows as many highlighted quotes as the API returned. It then takes a screenshot.
#
# Usage: server/browser-check.sh [SCREENSHOT.png]
#   default screenshot: server/target/browser-check/server-page.png
#   server/browser-check.sh docs/server-page.png   refreshes the README's screenshot
# Needs server/target/quotekit-server.jar (mvn -B verify), chromium, curl and jq
# (apt-get install -y chromium curl jq); CHROMIUM=/path/to/chromium overrides the browser.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

CHROMIUM=${CHROMIUM:-chromium}
JAR=server/target/quotekit-server.jar
ARTICLE=examples/sample-article.txt
OUT_DIR=server/target/browser-check
SHOT=${1:-$OUT_DIR/server-page.png}

fail() {
  echo "server browser-check: FAIL: $*" >&2
  exit 1
}

for tool in "$CHROMIUM" curl jq; do
  command -v "$tool" >/dev/null || fail "$tool not found (apt-get install -y chromium curl jq)"
done
[[ -f $JAR ]] || fail "$JAR not found (run mvn -B verify first)"

mkdir -p "$OUT_DIR" "$(dirname "$SHOT")"
work=$(mktemp -d)
server_pid=
stop_server() {
  if [[ -n $server_pid ]]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap stop_server EXIT

# The server prints its address, http://127.0.0.1:PORT/, as its one line of standard output.
java -jar "$JAR" --port 0 --bind 127.0.0.1 >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
for _ in $(seq 1 240); do
  [[ -s $work/server.out ]] && break
  kill -0 "$server_pid" 2>/dev/null || fail "the server stopped: $(cat "$work/server.err")"
  sleep 0.25
done
base=$(head -n 1 "$work/server.out")
[[ $base =~ ^http://127\.0\.0\.1:[0-9]+/$ ]] || fail "the server printed no address: '$base'"
[[ $(curl -sf "${base}health" | jq -r .status) == ok ]] || fail "GET /health is not ok"

# What the API finds in the article.
api_quotes=$(curl -sf -H 'Content-Type: text/plain; charset=utf-8' --data-binary @"$ARTICLE" \
  "${base}v1/extract" | jq '.quotes | length')
[[ $api_quotes -gt 0 ]] || fail "the API found no quote in $ARTICLE"

# The harness: the live page's form, pointed at the server, the article pasted in, submitted on
# load. It is the only page with a script, and it is a local file, not the server's page.
{
  printf '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>paste</title></head>'
  printf '<body><form method="post" action="%s" accept-charset="utf-8">' "$base"
  printf '<textarea name="text">\n'
  sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' "$ARTICLE"
  printf '</textarea></form><script>document.forms[0].submit()</script></body></html>\n'
} >"$work/paste.html"

# Runs headless Chromium on the harness with a fresh profile; extra arguments come first.
chrome() {
  timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$(mktemp -d -p "$work")" --virtual-time-budget=15000 "$@" \
    "file://$(realpath "$work/paste.html")"
}

chrome --enable-logging=stderr --v=0 --dump-dom >"$work/dom.html" 2>"$work/load.log" \
  || fail "chromium exited with $? (log: $(tail -n 5 "$work/load.log"))"
grep -q 'Find the quotes' "$work/dom.html" || fail "the browser did not show the live page"
messages=$(grep -E ':CONSOLE[:(]' "$work/load.log" || true)
if [[ -n $messages ]]; then
  echo "$messages" >&2
  fail "console messages on the live page"
fi
in_dom=$(grep -o '<mark class="q [^"]*" data-quote="[0-9]*" id=' "$work/dom.html" | wc -l)
[[ $in_dom -eq $api_quotes ]] \
  || fail "the page highlights $in_dom quotes, the API returned $api_quotes"
grep -q 'id="summary"' "$work/dom.html" || fail "no report summary on the page"
grep -q '<th>Why</th>' "$work/dom.html" || fail "no explanations on the page"

rm -f "$SHOT"
chrome --hide-scrollbars --window-size=1280,2400 --screenshot="$SHOT" \
  >"$work/shot.out" 2>"$work/shot.log" || fail "chromium could not take the screenshot"
[[ -s $SHOT ]] || fail "no screenshot written"
[[ $(head -c 8 "$SHOT" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] \
  || fail "$SHOT is not a PNG"

echo "server browser-check: OK: $("$CHROMIUM" --version 2>/dev/null | tail -n 1); the page" \
  "highlights $in_dom quotes, as many as POST /v1/extract returned; no console message;" \
  "screenshot $SHOT ($(wc -c <"$SHOT") bytes)"
