#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# test-cli-export.sh: `byline --export-html` with -o, --unsafe and
# --embed-images on an article with a local image and raw HTML, and its
# exit status for a file it cannot read. Needs BYLINE_BIN.
set -eu

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/desk/img" "$tmp/site"
printf '\211PNG\r\n\032\n-pixels-' > "$tmp/desk/img/map.png"
cat > "$tmp/desk/flood.md" <<'MD'
# River bursts its banks

By Ann Lee

Water reached the square by noon. <span class="note">Raw HTML here.</span>

![Map of the flooded streets](img/map.png)
MD

fail () {
  echo "FAIL: $*"
  exit 1
}

expect () {
  grep -qF -- "$2" "$1" || fail "$1 lacks $2"
}

"$BYLINE_BIN" --export-html "$tmp/desk/flood.md" -o "$tmp/site/flood.html"
expect "$tmp/site/flood.html" '<h1>River bursts its banks</h1>'
expect "$tmp/site/flood.html" '<span class="author">Ann Lee</span>'
expect "$tmp/site/flood.html" '<img src="../desk/img/map.png" alt="Map of the flooded streets" />'
expect "$tmp/site/flood.html" '<!-- raw HTML omitted -->'
! grep -qF '<span class="note">' "$tmp/site/flood.html" || fail "safe export kept raw HTML"

"$BYLINE_BIN" --export-html "$tmp/desk/flood.md" -o "$tmp/site/flood.html" --unsafe --embed-images
expect "$tmp/site/flood.html" '<span class="note">Raw HTML here.</span>'
expect "$tmp/site/flood.html" "<img src=\"data:image/png;base64,$(base64 -w0 < "$tmp/desk/img/map.png")\""

# The page is dated by the file, so the same file gives the same page.
"$BYLINE_BIN" --export-html "$tmp/desk/flood.md" -o "$tmp/site/a.html"
"$BYLINE_BIN" --export-html "$tmp/desk/flood.md" -o "$tmp/site/b.html"
cmp -s "$tmp/site/a.html" "$tmp/site/b.html" || fail "two exports of one file differ"

status=0
"$BYLINE_BIN" --export-html "$tmp/desk/missing.md" -o "$tmp/site/x.html" 2> "$tmp/err" || status=$?
[ "$status" -eq 2 ] || fail "a missing file exits $status, not 2"
[ "$(wc -l < "$tmp/err")" -eq 1 ] && grep -qF missing.md "$tmp/err" || fail "no one-line message naming the file"
[ ! -e "$tmp/site/x.html" ] || fail "a failed export left a page behind"
echo "ok: -o, --unsafe, --embed-images and errors behave"
