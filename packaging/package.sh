#!/usr/bin/env bash
# Builds the app image and the native installer with jpackage. Run by ./mvnw -B -Ppackage package after
# the jar (Maven has filled target/package-input and target/javafx-mods); by hand:
#   packaging/package.sh VERSION [JAVA_HOME]
# Linux: target/jpackage/em-drill (the app image: launcher, trimmed runtime, app) and target/installer/
# em-drill_VERSION_ARCH.deb (and .rpm where rpmbuild exists). macOS: a .dmg from packaging/jpackage/
# macos.args. Windows has no bash: run jpackage with windows.args as that file says.
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:?usage: packaging/package.sh VERSION [JAVA_HOME]}"
jdk="${2:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}}"
jpackage="$jdk/bin/jpackage"
args=packaging/jpackage

case "$(uname -s)" in
  Darwin)
    rm -rf target/jpackage
    "$jpackage" @$args/common.args @$args/macos.args --app-version "$version"
    exit 0 ;;
  Linux) ;;
  *) echo "package.sh: on this system run jpackage with the options file in $args/ (see the README)" >&2; exit 1 ;;
esac

image=target/jpackage/em-drill
rm -rf target/jpackage target/installer
echo "[package] app image with a jlink runtime -> $image"
"$jpackage" @$args/common.args @$args/linux.args --type app-image --app-version "$version"

# Native libraries into the runtime's lib folder, where System.loadLibrary finds them: otherwise JavaFX
# unpacks its own into ~/.openjfx/cache on first run and sqlite-jdbc its own into /tmp on every start.
unpack=$(mktemp -d)
trap 'rm -rf "$unpack"' EXIT
for jar in target/javafx-mods/javafx-*-linux*.jar target/package-input/sqlite-jdbc-*.jar; do
  (cd "$unpack" && "$jdk/bin/jar" xf "$OLDPWD/$jar")
done
find "$unpack" -maxdepth 1 -name '*.so' -exec cp {} "$image/lib/runtime/lib/" \;
case "$(uname -m)" in aarch64|arm64) arch=aarch64 ;; *) arch=x86_64 ;; esac
cp "$unpack/org/sqlite/native/Linux/$arch/libsqlitejdbc.so" "$image/lib/runtime/lib/"

# The licence travels inside the image too (the .deb also installs it as /usr/share/doc/em-drill/copyright).
cp packaging/LICENSE.txt "$image/lib/app/LICENSE.txt"

# Class-data sharing: record the classes a start loads (a training start under Xvfb that opens each
# screen once), then make the archive for this image. The .deb's postinst makes its own under /opt.
cp packaging/linux/make-cds-archive.sh "$image/lib/app/"
if command -v xvfb-run >/dev/null 2>&1 && command -v xdotool >/dev/null 2>&1; then
  echo "[package] training start for the class list"
  xvfb-run -a -s "-screen 0 1600x1000x24" packaging/linux/train-class-list.sh "$image"
else
  echo "[package] no xvfb-run/xdotool: the class-data archive covers only the JDK's default classes" >&2
fi
"$image/lib/app/make-cds-archive.sh"

echo "[package] installers -> target/installer"
# The archive under target/ names this folder; the installed one is made by postinst where it belongs.
mv "$image/lib/app/em-drill.jsa" "$unpack/em-drill.jsa"
"$jpackage" @$args/linux-installer.args --type deb --app-version "$version"
if command -v rpmbuild >/dev/null 2>&1; then
  "$jpackage" @$args/linux-installer.args --type rpm --app-version "$version"
fi
mv "$unpack/em-drill.jsa" "$image/lib/app/em-drill.jsa"
ls -l target/installer
