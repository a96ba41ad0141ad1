#!/bin/sh
# Launcher of the quotekit distribution: runs lib/NAME.jar, where NAME is this script's own name
# (bin/quotekit runs lib/quotekit.jar), with the script's arguments. Java 17 or later: the one in
# JAVA_HOME when set, else `java` on the PATH. JAVA_OPTS passes options to it (JAVA_OPTS=-Xmx4g).

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

if [ -n "$JAVA_HOME" ]; then
  java=$JAVA_HOME/bin/java
else
  java=java
fi

# JAVA_OPTS is split into words on purpose: it holds several options.
# shellcheck disable=SC2086
exec "$java" $JAVA_OPTS -jar "$app_home/lib/$name.jar" "$@"
