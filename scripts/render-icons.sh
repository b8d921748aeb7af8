#!/usr/bin/env bash
# Renders the application icon (packaging/icons/*.svg) to the PNG sizes of the hicolor theme,
# checked in under packaging/icons/hicolor/. Only needed after the SVG changed (the build does
# not render anything). Needs rsvg-convert: apt-get install librsvg2-bin
set -euo pipefail
cd "$(dirname "$0")/.."
id=io.github.archiveroom.ArchiveRoom
for size in 16 24 32 48 64 128 256; do
  mkdir -p "packaging/icons/hicolor/${size}x${size}/apps"
  rsvg-convert -w "$size" -h "$size" "packaging/icons/$id.svg" -o "packaging/icons/hicolor/${size}x${size}/apps/$id.png"
done
echo "render-icons: packaging/icons/hicolor/*/apps/$id.png written"
