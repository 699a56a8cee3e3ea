#!/bin/sh
# Builds the installer icons from the rendered PNGs (render-icons.sh makes those from the SVGs):
#   em-drill.png   Linux (jpackage --icon, the menu entry)       256 px
#   em-drill.ico   Windows (.msi, the .exe launcher)              16..256 px in one file
#   em-drill.icns  macOS (.dmg, the .app bundle)                  16..512 px in one file
# Needs ImageMagick (convert) and, for .icns, png2icns (Debian/Ubuntu package: icnsutils).
set -eu
cd "$(dirname "$0")"
cp em-drill-256.png em-drill.png
convert em-drill-16.png em-drill-24.png em-drill-32.png em-drill-48.png em-drill-64.png \
    em-drill-128.png em-drill-256.png em-drill.ico
# png2icns takes only the sizes the format defines (16, 32, 48, 128, 256, 512).
png2icns em-drill.icns em-drill-16.png em-drill-32.png em-drill-48.png em-drill-128.png \
    em-drill-256.png em-drill-512.png >/dev/null
echo "made em-drill.png, em-drill.ico and em-drill.icns in packaging/icon/"
