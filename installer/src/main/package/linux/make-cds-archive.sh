#!/bin/sh
# Makes ReDesk's AppCDS archive (lib/app/redesk.jsa) from the class list the build's training run wrote
# (lib/app/redesk.classlist), for the app where it now lies: a JDK 17 archive only serves the class path
# it was made with, so it is made after installing (the .deb's postinst runs this), never shipped.
# Safe to run again; without the archive the app starts as usual, only slower.
set -e
app="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$(dirname "$app")")"
rm -f "$app/redesk.jsa"
"$root/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/redesk.classlist" \
  -XX:SharedArchiveFile="$app/redesk.jsa" -Djava.class.path="$app/redesk.jar" -Xlog:cds=off -Xlog:cds+dynamic=off \
  -Dorg.sqlite.lib.path="$app" -Dorg.sqlite.lib.name=libsqlitejdbc.so >/dev/null
chmod 0644 "$app/redesk.jsa"
