/* entities/byline-entities-private.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-entity.h"
#include "entities/byline-tagger.h"
#include "entities/byline-text.h"

G_BEGIN_DECLS

/* The steps between the tagger and the entity groups. Private to core. */

typedef enum
{
  BYLINE_MENTION_TAGGER,      /* the tagger said so */
  BYLINE_MENTION_REPEATED,    /* the same name the tagger found elsewhere in the document */
  BYLINE_MENTION_LISTED,      /* coordinated with a tagged name: "Samsung and SK" */
  BYLINE_MENTION_AUTHOR,      /* the byline */
  BYLINE_MENTION_ACRONYM,     /* the initials of a longer name in the document: "WHO" */
} BylineMentionOrigin;

typedef struct
{
  guint  first;     /* first token */
  guint  n;         /* number of tokens */
  guint8 kind;      /* BylineEntityKind */
  guint8 origin;    /* BylineMentionOrigin */
  guint8 headline;  /* in a headline or heading */
  guint8 known;     /* the gazetteers give the name this type and no other */
} BylineMention;

/**
 * byline_text_tag:
 * @tagger: the loaded model
 *
 * Tags every sentence of @text (in worker threads when the text is long).
 *
 * Returns: (transfer full): one #BylineTag per token; free with g_free()
 */
guint8    *byline_text_tag                (const BylineText       *text,
                                           const BylineTagger     *tagger);

/**
 * byline_mentions_from_tags:
 *
 * Returns: (transfer full) (element-type BylineMention): the tagged names,
 *   trimmed of titles, articles and punctuation, without the obvious
 *   non-names, in source order
 */
GArray    *byline_mentions_from_tags      (const BylineText       *text,
                                           const guint8           *tags);

/**
 * byline_mentions_add_author:
 *
 * Makes the byline's name a PERSON mention, replacing what overlaps it.
 */
void       byline_mentions_add_author     (GArray                 *mentions,
                                           const BylineText       *text,
                                           const BylineArticle    *article);

/**
 * byline_mentions_extend:
 *
 * Finds the names the tagger missed: repeats of a name found elsewhere in
 * the body, surnames of named people, names listed with a tagged name. In
 * headlines, where every word is capitalised, keeps only names the body
 * confirms. Keeps @mentions sorted and non-overlapping.
 */
void       byline_mentions_extend         (GArray                 *mentions,
                                           const BylineText       *text);

/**
 * byline_mentions_group:
 *
 * Returns: (transfer full) (element-type BylineEntity): one group per
 *   entity, most mentioned first
 */
GPtrArray *byline_mentions_group          (const GArray           *mentions,
                                           const BylineText       *text);

/**
 * byline_mention_name:
 *
 * Returns: (transfer full): the mention as written, one space between words
 */
char      *byline_mention_name            (const BylineText       *text,
                                           const BylineMention    *mention);

/**
 * byline_mention_compare:
 *
 * Orders mentions by their first token, for g_array_sort().
 */
int        byline_mention_compare         (gconstpointer           a,
                                           gconstpointer           b);

/**
 * byline_token_is_label:
 *
 * Whether token @i is a number with a unit ("40C") or a lawmaker's party
 * and state ("R-La."): never a name on its own.
 */
gboolean   byline_token_is_label          (const BylineText       *text,
                                           guint                   i);

/**
 * byline_append_initials:
 *
 * Appends what token @i gives a name's initials: its first letter when it
 * is capitalised, all of it when it is in capitals ("US Postal Service" →
 * "USPS"), nothing otherwise ("of").
 */
void       byline_append_initials         (const BylineText       *text,
                                           guint                   i,
                                           GString                *initials);

typedef enum
{
  BYLINE_GENDER_UNKNOWN = 0,
  BYLINE_GENDER_MALE    = 1,
  BYLINE_GENDER_FEMALE  = 2,
} BylineGender;

/**
 * byline_given_name_gender:
 *
 * Whether @word (@len bytes) is a given name only men or only women bear
 * (data/names/given-names.tsv, compiled in). Thread-safe.
 *
 * Returns: a #BylineGender
 */
guint      byline_given_name_gender       (const char             *word,
                                           gsize                   len);

/**
 * byline_word_is_stop:
 * Returns: whether the word is never a name on its own: function words,
 *   pronouns, months and weekdays, number words, common acronyms
 */
gboolean   byline_word_is_stop            (const char             *word,
                                           gsize                   len);

/**
 * byline_word_is_company_designator:
 * Returns: whether the word ends a company's name and says it is one:
 *   "Inc", "Corp", "Ltd", "Group"
 */
gboolean   byline_word_is_company_designator (const char          *word,
                                              gsize                len);

/**
 * byline_word_is_person_title:
 * Returns: whether the word is a title before a name: "Mr.", "President"
 */
gboolean   byline_word_is_person_title    (const char             *word,
                                           gsize                   len);

/**
 * byline_names_foreach_line:
 * @path: a file of the compiled-in names resource (data/names/, byline.tsv)
 *
 * Calls @func on every line of @path (@end: the line's end, before its
 * newline). Does nothing when the file is missing.
 */
void       byline_names_foreach_line      (const char             *path,
                                           void                  (*func) (const char *line,
                                                                          const char *end,
                                                                          gpointer    data),
                                           gpointer                data);

/**
 * byline_listed_kind:
 * @prefix: (out) (optional): whether a longer listed name starts with these words
 *
 * The type the hand-written list (data/gazetteers/byline.tsv, compiled in)
 * gives the name @name (@len bytes, words one space apart, any case).
 * Thread-safe.
 *
 * Returns: a #BylineEntityKind, or -1 when the name is not listed or
 *   listed with several types
 */
int        byline_listed_kind             (const char             *name,
                                           gsize                   len,
                                           gboolean               *prefix);

/**
 * byline_listed_alias:
 *
 * Returns: (nullable): the listed name @name is a short form of, as
 *   written in the list ("Federal Reserve" for "Fed")
 */
const char *byline_listed_alias           (const char             *name);

G_END_DECLS
