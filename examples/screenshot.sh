#!/bin/sh
# Renders the sample partnership's HTML report to a PNG with headless Chromium (Debian's
# `chromium` package), for the README's picture. Not part of the build or CI.
#
#   examples/screenshot.sh [output.png]          (default: docs/report.png)
#
# It runs the README's main command, which writes examples/target/report.html, then photographs
# the page. Chromium photographs the window, not the whole page: HEIGHT (CSS pixels, default 10200)
# must cover the page; SCALE (default 0.6) shrinks the picture to keep the PNG under 1 MB.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-"$root/docs/report.png"}
width=${WIDTH:-1100}
height=${HEIGHT:-10200}
scale=${SCALE:-0.6}

cd "$root"
./mvnw -q -Preport -DskipTests package > /dev/null
mkdir -p "$(dirname "$out")"
chromium --headless --disable-gpu --no-sandbox --hide-scrollbars \
  --force-device-scale-factor="$scale" --window-size="$width,$height" \
  --screenshot="$out" "file://$root/examples/target/report.html" 2> /dev/null
echo "wrote $out"
