#!/bin/sh
# Launcher of the quotekit distribution: runs lib/NAME.jar, where NAME is this script's own name
# (bin/quotekit runs lib/quotekit.jar), with the script's arguments. Java 17 or later: the one in
# JAVA_HOME when set, else `java` on the PATH. It passes the JVM options in lib/NAME.options
# when there is one, then those in JAVA_OPTS (JAVA_OPTS=-Xmx4g), which win.
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

# The JVM's own messages go to standard error: standard output carries the results.
jvm_options="-Xlog:disable -Xlog:all=warning:stderr"
if [ -f "$app_home/lib/$name.options" ]; then
  jvm_options="$jvm_options $(cat "$app_home/lib/$name.options")"
fi

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

cds_option=
if [ "$name" = quotekit ] && [ "${QUOTEKIT_CDS:-on}" != off ] && archive=$(archive_path); then
  if [ ! -f "$archive" ] || [ "$jar" -nt "$archive" ]; then
    # Recorded under a temporary name and then moved, so that a run at the same time never maps
    # half an archive.
    if mkdir -p "$(dirname "$archive")" 2> /dev/null; then
      # shellcheck disable=SC2086
      "$java" $jvm_options -XX:ArchiveClassesAtExit="$archive.$$" -jar "$jar" --no-progress \
        --output-format jsonl "$app_home/sample-article.txt" > /dev/null 2>&1 \
        && mv -f "$archive.$$" "$archive" 2> /dev/null
      rm -f "$archive.$$"
    fi
  fi
  [ -f "$archive" ] && cds_option=-XX:SharedArchiveFile=$archive
fi

# The options are split into words on purpose: each variable holds several.
# shellcheck disable=SC2086
exec "$java" $jvm_options $cds_option $JAVA_OPTS -jar "$jar" "$@"
