# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright 2025 The Byline authors
#
# Reads the pretty-printed iso-codes JSON files (one "key": "value" per line) and
# prints every name, official_name and common_name as "name<TAB>PLACE".
# Country names of the form "Korea, Republic of" are also printed as "Korea".
/"(name|official_name|common_name)":/ {
  v = $0
  sub (/^[^:]*: *"/, "", v)
  sub (/",? *$/, "", v)
  gsub (/\\"/, "\"", v)
  print v "\tPLACE"
  if (v ~ /, /) {
    s = v
    sub (/, .*$/, "", s)
    print s "\tPLACE"
  }
}
