#!/usr/bin/env bash
# Every speed figure of the README's "Performance" section in one run, on real news text:
#
#   benchmarks/speed.sh [CORPUS.jsonl] [TIMES]
#
# CORPUS (default ../shared/polnear/dev.jsonl beside the project) is a JSON Lines file of real
# articles ({"id", "text"} per line); it is repeated TIMES times (default 40: PolNeAR dev makes
# 17 MB) with a distinct id for each copy. Build first:
#
#   mvn -B -q -DskipTests package -pl benchmarks,dist -am
#
# It runs the distribution's launcher, bin/quotekit, as a person would (unpacked to a temporary
# directory), and plain `java -jar lib/quotekit.jar` as the command line ran before the launcher
# set JVM options and class-data sharing, three times each, and prints the medians: wall time and
# CPU time (user + system, every thread of the JVM) for one and two threads, the speed-up of two
# threads, CPU per character against the steady state, and the time from the start of the JVM to
# the first document written. The launcher's own steady state is its marginal rate between the
# input and three times the input, one thread, quick compiler (reading and writing JSON
# included). The steady state of extraction alone comes from benchmarks.jar's Speed main (one
# thread, the corpus extracted over and over for 40 s) for each compiler setup: the quick
# compiler alone (the launcher's for a file under 64 MiB), both with the launcher's directives,
# both as plain java -jar. About 13 minutes on 2 idle cores. The load of the machine (uptime) is
# printed with each figure.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd -P)
corpus=${1:-$root/../shared/polnear/dev.jsonl}
times=${2:-40}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
benchmarks=$root/benchmarks/target/benchmarks.jar
distribution=$(ls "$root"/dist/target/quotekit-*.tar.gz 2>/dev/null | head -n 1 || true)
if [ ! -f "$corpus" ] || [ ! -f "$benchmarks" ] || [ -z "$distribution" ]; then
  echo "usage: benchmarks/speed.sh [CORPUS.jsonl] [TIMES]; needs CORPUS ($corpus)," \
    "benchmarks/target/benchmarks.jar and dist/target/quotekit-*.tar.gz (build them first)" >&2
  exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf "$distribution" -C "$work"
home=$(ls -d "$work"/quotekit-*/)
launcher=${home}bin/quotekit
input=$work/news.jsonl
"$java" -cp "$benchmarks" io.github.quotekit.benchmarks.Speed repeat "$corpus" "$times" "$input"
chars=$("$java" -cp "$benchmarks" io.github.quotekit.benchmarks.Speed count "$input")
size_mb=$(( $(wc -c < "$input") / 1000000 ))

load() { uptime | sed 's/.*load average: //'; }

median() { sort -g | sed -n "$(( ($1 + 1) / 2 ))p"; }

# run LABEL COMMAND...: three runs; prints "wall cpu" medians (seconds) and keeps the output of
# the first run in $work/LABEL.out.
run() {
  local label=$1 walls=() cpus=()
  shift
  for i in 1 2 3; do
    local out=$work/$label.$i.out
    local t
    t=$( { TIMEFORMAT='%R %U %S'; time "$@" > "$out" 2> "$work/$label.err"; } 2>&1 )
    read -r wall user sys <<< "$t"
    walls+=("$wall")
    cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')")
    [ "$i" = 1 ] && mv "$out" "$work/$label.out" || rm -f "$out"
  done
  echo "$(printf '%s\n' "${walls[@]}" | median 3) $(printf '%s\n' "${cpus[@]}" | median 3)"
}

# first_document COMMAND...: milliseconds from starting the JVM to the first line of its output,
# the median of three runs.
first_document() {
  local ms=()
  for i in 1 2 3; do
    local start end
    start=$(date +%s%N)
    end=$("$@" 2> /dev/null | { IFS= read -r _; date +%s%N; cat > /dev/null; })
    ms+=("$(( (end - start) / 1000000 ))")
  done
  printf '%s\n' "${ms[@]}" | median 3
}

cli_args=(--input-format jsonl --output-format jsonl --no-meta --no-progress)
plain=("$java" -jar "${home}lib/quotekit.jar")

# The launcher makes its class-data archive on its first run; make it now, outside the timings.
"$launcher" --version > /dev/null

echo "quotekit speed on $input: $(wc -l < "$input") articles, $chars chars, ${size_mb} MB"
echo "java: $("$java" -version 2>&1 | head -n 1); cores: $(nproc)"
printf '%-44s %10s %10s %16s  %s\n' "measurement" "wall s" "CPU s" "CPU ns/char" "load"
row() { # LABEL WALL CPU LOAD [CHARS]
  printf '%-44s %10s %10s %16s  %s\n' "$1" "$2" "$3" \
    "$(awk -v c="$3" -v n="${5:-$chars}" 'BEGIN { printf "%.1f", c * 1e9 / n }')" "$4"
}

declare -A wall cpu
for setup in launcher plain; do
  for threads in 1 2; do
    l=$(load)
    if [ "$setup" = launcher ]; then
      read -r w c <<< "$(run "$setup$threads" "$launcher" "${cli_args[@]}" --threads "$threads" "$input")"
    else
      read -r w c <<< "$(run "$setup$threads" "${plain[@]}" "${cli_args[@]}" --threads "$threads" "$input")"
    fi
    wall[$setup$threads]=$w
    cpu[$setup$threads]=$c
    row "$setup, --threads $threads, median of 3" "$w" "$c" "$l"
  done
done
# The launcher's own steady state, as the issue measured it: the marginal CPU per character
# between this input and one three times its size, both with the launcher's quick compiler.
"$java" -cp "$benchmarks" io.github.quotekit.benchmarks.Speed repeat "$corpus" $(( times * 3 )) \
  "$work/news3.jsonl"
chars3=$("$java" -cp "$benchmarks" io.github.quotekit.benchmarks.Speed count "$work/news3.jsonl")
l=$(load)
read -r w3 c3 <<< "$(run launcher3x env QUOTEKIT_JIT=quick "$launcher" "${cli_args[@]}" \
  --threads 1 "$work/news3.jsonl")"
row "launcher, --threads 1, 3x input, median of 3" "$w3" "$c3" "$l" "$chars3"
rm -f "$work/launcher3x.out" "$work/news3.jsonl"
marginal=$(awk -v c1="${cpu[launcher1]}" -v c3="$c3" -v n1="$chars" -v n3="$chars3" \
  'BEGIN { printf "%.0f", (n3 - n1) / (c3 - c1) }')

cmp -s "$work/launcher1.out" "$work/launcher2.out" && cmp -s "$work/launcher1.out" "$work/plain1.out" \
  && echo "output: byte-identical across setups and thread counts" \
  || echo "output: DIFFERS between setups or thread counts"

# The steady state of each compiler setup: the quick compiler alone, which the launcher picks for
# a file input under 64 MiB such as this one; both compilers with the launcher's directives, which
# it picks for larger inputs and standard input; both compilers as plain java -jar runs them.
directives=(-XX:+UnlockDiagnosticVMOptions "-XX:CompilerDirectivesFile=${home}lib/quotekit.jit.json"
  -XX:-DisplayVMOutput)
declare -A rate
for jit in quick directives plain; do
  l=$(load)
  options=()
  [ "$jit" = quick ] && options=(-XX:TieredStopAtLevel=1)
  [ "$jit" = directives ] && options=("${directives[@]}")
  steady=$("$java" "${options[@]}" -cp "$benchmarks" io.github.quotekit.benchmarks.Speed steady \
    "$corpus" --seconds 40)
  rate[$jit]=$(sed 's/.*steady_chars_per_cpu_s=\([0-9]*\).*/\1/' <<< "$steady")
  echo "steady state, one thread, JIT $jit: ${rate[$jit]} chars per CPU second ($l)"
  echo "  $steady"
done
best=$(printf '%s\n' "${rate[@]}" | sort -g | tail -n 1)
rate[launcher]=${rate[quick]}

l=$(load)
first_launcher=$(first_document "$launcher" "${cli_args[@]}" "$corpus")
first_nocds=$(first_document env QUOTEKIT_CDS=off "$launcher" "${cli_args[@]}" "$corpus")
first_plain=$(first_document "${plain[@]}" "${cli_args[@]}" "$corpus")
echo "time to first document (ms, median of 3): launcher $first_launcher," \
  "launcher without class-data sharing $first_nocds, plain java -jar $first_plain ($l)"

# over_rate CPU RATE: how many times CPU seconds for the input's characters are more than they
# take at RATE characters per CPU second.
over_rate() { awk -v c="$1" -v r="$2" -v n="$chars" 'BEGIN { printf "%.2f", c * r / n }'; }

echo
echo "launcher: marginal rate between the input and 3x the input $marginal chars per CPU second;" \
  "one-thread CPU per char is $(over_rate "${cpu[launcher1]}" "$marginal")x that marginal rate" \
  "(goal <= 1.3)"
for setup in launcher plain; do
  speedup=$(awk -v a="${wall[${setup}1]}" -v b="${wall[${setup}2]}" 'BEGIN { printf "%.2f", a / b }')
  ratio=$(over_rate "${cpu[${setup}1]}" "${rate[$setup]}")
  ratio_best=$(over_rate "${cpu[${setup}1]}" "$best")
  echo "$setup: --threads 2 is ${speedup}x one thread (goal >= 1.7);" \
    "one-thread CPU per char is ${ratio}x the steady state of its own JIT setup and" \
    "${ratio_best}x the fastest steady state (goal <= 1.3)"
done
