# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright 2025 The Byline authors
#
# Reads WordNet 3.0 data.noun then index.noun; prints "lemma<TAB>CLASS" for every
# lower-case noun lemma, CLASS from the lexicographer file of its first (most
# frequent) sense: NOUN_GROUP (14), NOUN_PLACE (15, 17), NOUN_PERSON (18),
# NOUN_ARTIFACT (6), NOUN_EVENT (4 act, 11 event). Head nouns such as "university",
# "river", "minister" or "stadium" then tell the tagger what a name ending in them is.
FNR == NR {
  if ($0 !~ /^  /)
    lex[$1] = $2 + 0
  next
}
/^  / { next }
$1 ~ /^[a-z][a-z_-]*$/ {
  n = $3 + 0                  # synset_cnt
  p = $4 + 0                  # p_cnt, then p pointer symbols
  off = $(7 + p)              # first synset offset after sense_cnt and tagsense_cnt
  c = lex[off]
  cls = ""
  if (c == 14) cls = "NOUN_GROUP"
  else if (c == 15 || c == 17) cls = "NOUN_PLACE"
  else if (c == 18) cls = "NOUN_PERSON"
  else if (c == 6) cls = "NOUN_ARTIFACT"
  else if (c == 4 || c == 11) cls = "NOUN_EVENT"
  if (cls != "" && n > 0) {
    w = $1
    gsub ("_", " ", w)
    print w "\t" cls
  }
}
