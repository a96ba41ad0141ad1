#!/bin/sh
# Launcher of the quotekit distribution: runs lib/NAME.jar, where NAME is this script's own name
# (bin/quotekit runs lib/quotekit.jar), with the script's arguments. Java 17 or later: the one in
# JAVA_HOME when set, else `java` on the PATH. The JVM gets, in this order: its messages sent to
# standard error (standard output carries the results); the compiler directives of
# lib/NAME.jit.json when there is one; the class-data sharing archive (below); then JAVA_OPTS
# (JAVA_OPTS=-Xmx4g), which wins.
#
# lib/quotekit.jit.json keeps the optimising JIT compiler (C2) for the code that runs per character
# (scanning, tokens, tags) and the JDK's and OpenNLP's, and gives the rest of quotekit, which runs
# per quotation, only the quick compiler (C1): that saves a third of the JIT's CPU time in the
# first seconds, for about 13 % of steady-state speed (README, "Speed"). Reading it prints a line on the JVM's own
# output, which -XX:-DisplayVMOutput silences (warnings and errors still go to standard error).
#
# The compilers for short jobs (the command line only): when every input is a file and together
# they hold less than 64 MiB (a few thousand articles), the JVM gets the quick compiler alone
# (-XX:TieredStopAtLevel=1). The optimising compiler's warm-up costs about 9 CPU-seconds on such
# a job, which it never earns back: the quick code is slower once warm, but the job ends before
# that counts, and a second thread then has a core of its own (README, "Speed"). Standard input,
# larger inputs and the server keep both compilers. QUOTEKIT_JIT=full or QUOTEKIT_JIT=quick
# chooses regardless of the inputs.
#
# Class-data sharing (the command line only, not the server): on its first run with a Java, the
# launcher runs the command line once on sample-article.txt to record the classes it loads into an
# archive (a few seconds, once), and later runs map them from there instead of reading and
# verifying them again. A JDK 17 archive holds the absolute path of the jar and the build of the
# JVM, so it is made here, for this directory and this Java, not by the build: in lib/ when that
# is writable, else in ${XDG_CACHE_HOME:-~/.cache}/quotekit. QUOTEKIT_CDS=off turns it off.

self=$0
# Follow symbolic links (a link to bin/quotekit in ~/bin), so that lib/ is found beside bin/.
while [ -h "$self" ]; do
  link=$(readlink "$self")
  case $link in
    /*) self=$link ;;
    *) self=$(dirname "$self")/$link ;;
  esac
done
name=$(basename "$self")
app_home=$(cd "$(dirname "$self")/.." && pwd -P) || exit 1
jar=$app_home/lib/$name.jar

if [ -n "$JAVA_HOME" ]; then
  java=$JAVA_HOME/bin/java
else
  java=java
fi

jvm_log="-Xlog:disable -Xlog:all=warning:stderr"

# Prints the archive for this jar and this Java: its name holds a checksum of both, so that
# another Java or another copy of the distribution makes its own.
archive_path() {
  java_path=$(command -v "$java") || return 1
  real_java=$(readlink -f "$java_path" 2>/dev/null || echo "$java_path")
  release=$(dirname "$(dirname "$real_java")")/release
  key=$( (echo "$real_java $jar"; cat "$release" 2>/dev/null) | cksum | cut -d ' ' -f 1)
  if [ -w "$app_home/lib" ]; then
    echo "$app_home/lib/$name-$key.jsa"
  else
    echo "${XDG_CACHE_HOME:-$HOME/.cache}/quotekit/$name-$key.jsa"
  fi
}

archive_option=
case $jar in
  # JDK 17 does not match a class path entry with a space to its archive: skip the training.
  *" "*) QUOTEKIT_CDS=off ;;
esac
if [ "$name" = quotekit ] && [ "${QUOTEKIT_CDS:-on}" != off ] && archive=$(archive_path); then
  if [ ! -f "$archive" ] || [ "$jar" -nt "$archive" ]; then
    # Recorded under a temporary name and then moved, so that a run at the same time never maps
    # half an archive.
    if mkdir -p "$(dirname "$archive")" 2> /dev/null; then
      # shellcheck disable=SC2086
      "$java" $jvm_log -XX:ArchiveClassesAtExit="$archive.$$" -jar "$jar" --no-progress \
        --output-format jsonl "$app_home/sample-article.txt" > /dev/null 2>&1 \
        && mv -f "$archive.$$" "$archive" 2> /dev/null
      rm -f "$archive.$$"
    fi
  fi
  [ -f "$archive" ] && archive_option=-XX:SharedArchiveFile=$archive
fi

# Prints "quick" when the arguments name input files only, of less than 64 MiB together, else
# "full". The word after -o/--output/--encoding/--threads and the like is a value, not an input.
jit_mode() {
  total=0
  files=0
  skip_next=no
  for arg in "$@"; do
    if [ "$skip_next" = yes ]; then
      skip_next=no
      continue
    fi
    case $arg in
      -o | --output | --id | --encoding | --threads | --input-format | --output-format | \
        --quotation-marks | --min-confidence | --min-unattributed-words | --max-document-size)
        skip_next=yes ;;
      -) echo full; return ;;
      -*) ;;
      *)
        [ -f "$arg" ] || { echo full; return; }
        size=$(wc -c < "$arg" 2> /dev/null) || { echo full; return; }
        total=$((total + size))
        files=$((files + 1)) ;;
    esac
  done
  if [ "$files" -gt 0 ] && [ "$total" -lt 67108864 ]; then echo quick; else echo full; fi
}

jit=full
if [ "$name" = quotekit ]; then
  case ${QUOTEKIT_JIT:-auto} in
    quick | full) jit=$QUOTEKIT_JIT ;;
    *) jit=$(jit_mode "$@") ;;
  esac
fi

# Built back to front with `set --`, so that paths with spaces stay one word each; JAVA_OPTS is
# split into words on purpose: it holds several options.
set -- -jar "$jar" "$@"
# shellcheck disable=SC2086
set -- $JAVA_OPTS "$@"
[ -n "$archive_option" ] && set -- "$archive_option" "$@"
if [ "$jit" = quick ]; then
  set -- -XX:TieredStopAtLevel=1 "$@"
elif [ -f "$app_home/lib/$name.jit.json" ]; then
  set -- -XX:+UnlockDiagnosticVMOptions "-XX:CompilerDirectivesFile=$app_home/lib/$name.jit.json" \
    -XX:-DisplayVMOutput "$@"
fi
# shellcheck disable=SC2086
exec "$java" $jvm_log "$@"
