#!/bin/sh
# Makes the class-data-sharing archive (em-drill.jsa) beside the launcher's settings, from the class
# list of a training start (classes.lst). Run where the app is installed: the archive records the class
# path and is silently ignored if the app is moved. package.sh runs it for the image under target/, the
# .deb's postinst for /opt/em-drill.
set -eu
app=$(cd "$(dirname "$0")" && pwd)
java="$app/../runtime/bin/java"
# The launcher's class path, in its order, as the JVM will see it.
cp=$(sed -n 's/^app\.classpath=//p' "$app/em-drill.cfg" | sed "s|\$APPDIR|$app|g" | paste -sd: -)
list=""
[ -f "$app/classes.lst" ] && list="-XX:SharedClassListFile=$app/classes.lst"
rm -f "$app/em-drill.jsa"
# shellcheck disable=SC2086
"$java" -Xshare:dump $list -XX:SharedArchiveFile="$app/em-drill.jsa.tmp" -cp "$cp" >/dev/null
mv "$app/em-drill.jsa.tmp" "$app/em-drill.jsa"
chmod 644 "$app/em-drill.jsa"
