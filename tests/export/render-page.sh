#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# render-page.sh dom|light|dark PAGE.html OUT
#   dom:   writes the DOM headless Chromium builds from PAGE to OUT
#   light, dark: writes a 1280-pixel-wide PNG screenshot of PAGE to OUT,
#          with prefers-color-scheme light or dark
# Used by test-chromium.sh, and to refresh docs/export-light.png and
# docs/export-dark.png:
#   byline --export-html data/samples/stargate.txt -o /tmp/seed.html
#   tests/export/render-page.sh light /tmp/seed.html docs/export-light.png
#   tests/export/render-page.sh dark /tmp/seed.html docs/export-dark.png
set -eu

mode=$1 page=$2 out=$3
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

case $page in
  /*) url="file://$page" ;;
  *) url="file://$(pwd)/$page" ;;
esac

# CI runs as root, hence --no-sandbox; the rest keeps Chromium off the network.
set -- --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --disable-dev-shm-usage --user-data-dir="$profile" --hide-scrollbars \
  --virtual-time-budget=3000

case $mode in
  dom) timeout 90 chromium "$@" --dump-dom "$url" > "$out" ;;
  light) timeout 90 chromium "$@" --window-size=1280,1640 \
           --blink-settings=preferredColorScheme=1 --screenshot="$out" "$url" ;;
  dark) timeout 90 chromium "$@" --window-size=1280,1640 --force-dark-mode \
          --blink-settings=preferredColorScheme=0 --screenshot="$out" "$url" ;;
  *) echo "usage: $0 dom|light|dark PAGE.html OUT" >&2; exit 2 ;;
esac
