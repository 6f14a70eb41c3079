#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# test-tidy.sh SOURCE_DIR SHARED_DIR: the exported seed, and the 10 kB
# benchmark article (links, images, raw HTML) safe and unsafe, pass
# `tidy -errors -quiet` with no error and no warning. Needs BYLINE_BIN.
set -eu

src=$1 shared=$2

if ! command -v tidy > /dev/null 2>&1; then
  echo "FAIL: tidy is missing; build-aux/test installs it from build-aux/packages.txt"
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
checked=0

check () {
  "$BYLINE_BIN" --export-html "$@" -o "$tmp/page.html"
  # tidy exits 1 on warnings and 2 on errors; both fail here.
  if ! tidy -errors -quiet "$tmp/page.html" > /dev/null 2>&1; then
    tidy -quiet -output /dev/null "$tmp/page.html" || true
    echo "FAIL: tidy rejects the export of $*"
    exit 1
  fi
  checked=$((checked + 1))
}

check "$src/data/samples/stargate.txt"
if [ -f "$shared/bench/article-10k.md" ]; then
  check "$shared/bench/article-10k.md"
  check "$shared/bench/article-10k.md" --unsafe
fi
echo "ok: $checked exported pages pass tidy -errors -quiet"
