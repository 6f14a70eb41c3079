#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# test-chromium.sh SOURCE_DIR: the exported seed opens in headless Chromium,
# whose DOM holds the headline, the author and the JSON-LD, and which takes
# a light and a different dark screenshot of it. Needs BYLINE_BIN.
set -eu

src=$1
title='Samsung, SK Heavy Partner With OpenAI on Massive AI Push'

if ! command -v chromium > /dev/null 2>&1; then
  echo "SKIP: chromium is not installed (Debian package chromium, listed in build-aux/packages.txt)"
  exit 77
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$BYLINE_BIN" --export-html "$src/data/samples/stargate.txt" -o "$tmp/seed.html"

render () {
  if ! "$src/tests/export/render-page.sh" "$@" 2> "$tmp/chromium.log"; then
    cat "$tmp/chromium.log"
    echo "FAIL: chromium could not render the page ($1)"
    exit 1
  fi
}

render dom "$tmp/seed.html" "$tmp/dom.html"
for expected in "<title>$title</title>" "<h1>$title</h1>" \
                '<span class="author">Emily Chen</span>' \
                '<meta name="author" content="Emily Chen">' \
                '<script type="application/ld+json">'; do
  if ! grep -qF "$expected" "$tmp/dom.html"; then
    echo "FAIL: Chromium's DOM lacks $expected"
    exit 1
  fi
done

render light "$tmp/seed.html" "$tmp/light.png"
render dark "$tmp/seed.html" "$tmp/dark.png"
for shot in light dark; do
  if [ "$(head -c 8 "$tmp/$shot.png" | od -An -tx1 | tr -d ' \n')" != 89504e470d0a1a0a ] \
     || [ "$(wc -c < "$tmp/$shot.png")" -lt 20000 ]; then
    echo "FAIL: the $shot screenshot is not a PNG of a rendered page"
    exit 1
  fi
done
if cmp -s "$tmp/light.png" "$tmp/dark.png"; then
  echo "FAIL: the dark screenshot is the light one: prefers-color-scheme had no effect"
  exit 1
fi
echo "ok: Chromium shows the title and author; light and dark screenshots taken"
