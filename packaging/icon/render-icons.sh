#!/bin/sh
# Re-renders the EM Drill app icon PNGs from the SVG sources and copies the
# window-icon sizes into the application resources.
# 16 and 24 px come from the pixel-aligned em-drill-small.svg because the full
# design turns to mush below 32 px; every other size comes from em-drill.svg.
# Needs rsvg-convert (Debian/Ubuntu package: librsvg2-bin).
set -eu
cd "$(dirname "$0")"
resources=../../src/main/resources/org/emdrill/ui/icons
mkdir -p "$resources"

for size in 16 24; do
    rsvg-convert -w "$size" -h "$size" em-drill-small.svg -o "em-drill-$size.png"
done
for size in 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" em-drill.svg -o "em-drill-$size.png"
done
for size in 16 32 48 64 128 256; do
    cp "em-drill-$size.png" "$resources/app-$size.png"
done
