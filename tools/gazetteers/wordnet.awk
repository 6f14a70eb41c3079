# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright 2025 The Byline authors
#
# Reads WordNet 3.0 data.noun, prints "name<TAB>TYPE".
# Instance synsets (pointer "@i") are typed by lexicographer file:
# 18 noun.person -> PERSON (and the last word of a multi-word name -> SURNAME),
# 15 noun.location, 17 noun.object -> PLACE, 14 noun.group -> ORG,
# 4 act, 6 artifact, 10 communication, 11 event -> OTHER.
# Capitalised lemmas of non-instance synsets: noun.group -> ORG unless the gloss
# describes a people or faith (then OTHER); noun.person -> OTHER (demonyms,
# members of faiths and parties: "American", "Democrat").
function hex (s,    i, n) {
  n = 0
  for (i = 1; i <= length (s); i++)
    n = n * 16 + index ("0123456789abcdef", tolower (substr (s, i, 1))) - 1
  return n
}
/^  / { next }
{
  lex = $2 + 0
  nw = hex ($4)
  pc = $(5 + 2 * nw) + 0
  inst = 0
  for (k = 0; k < pc; k++)
    if ($(6 + 2 * nw + 4 * k) == "@i")
      inst = 1
  gloss = $0
  sub (/^[^|]*\| /, "", gloss)
  type = ""
  if (inst) {
    if (lex == 18) type = "PERSON"
    else if (lex == 15 || lex == 17) type = "PLACE"
    else if (lex == 14) type = "ORG"
    else if (lex == 4 || lex == 6 || lex == 10 || lex == 11) type = "OTHER"
  } else if (lex == 14) {
    type = (gloss ~ / (people|ethnic|tribe|race|inhabitants|natives|religio|faith|language)/) ? "OTHER" : "ORG"
  } else if (lex == 18) {
    type = "OTHER"
  }
  if (type == "")
    next
  for (j = 0; j < nw; j++) {
    w = $(5 + 2 * j)
    sub (/\([a-z]+\)$/, "", w)
    if (w !~ /^[A-Z]/)
      continue
    gsub ("_", " ", w)
    print w "\t" type
    if (type == "PERSON" && inst) {
      n = split (w, parts, " ")
      if (n > 1 && parts[n] ~ /^[A-Z][a-z]/)
        print parts[n] "\tSURNAME"
    }
  }
}
