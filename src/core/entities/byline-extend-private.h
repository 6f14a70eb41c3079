/* entities/byline-extend-private.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include "entities/byline-entities-private.h"
#include "entities/byline-text-private.h"

G_BEGIN_DECLS

/* The state the document-level steps share (byline-extend.c runs them;
 * byline-name-shapes.c holds the rules about how news writes names). */

typedef struct
{
  const BylineText *text;
  GArray           *mentions;
  guint8           *covered;     /* per token: inside a mention */
  GHashTable       *by_word;     /* word_key() of the first word → GPtrArray of Name */
  GHashTable       *lower_words; /* word_key() of the lower-case words, built on demand */
} Extend;

static inline const BylineTextToken *
tok (const BylineText *text,
     guint             i)
{
  return byline_text_get_token (text, i);
}

static inline void
cover (Extend              *x,
       const BylineMention *m,
       guint8               value)
{
  memset (x->covered + m->first, value, m->n);
}

static inline void
add_mention (Extend        *x,
             BylineMention  m)
{
  g_array_append_val (x->mentions, m);
  cover (x, &m, 1);
}

static inline gboolean
in_word_list (const BylineText   *text,
              guint               i,
              const char * const *list)
{
  return tok (text, i)->kind == BYLINE_TEXT_WORD
         && byline_word_in_list (list, text->source + tok (text, i)->start, tok (text, i)->len);
}

static inline gboolean
is_all_caps_word (const BylineText *text,
                  guint             i)
{
  const BylineTextToken *t = tok (text, i);
  guint upper = 0;

  for (guint k = 0; k < t->len; k++)
    {
      char c = text->source[t->start + k];

      if (g_ascii_islower (c))
        return FALSE;
      upper += g_ascii_isupper (c);
    }
  return upper >= 2;
}

/* Whether the story writes token @i's word in lower case somewhere. */
gboolean byline_extend_seen_lower (Extend *x,
                                   guint   i);

/* Whether the person @m is written family name first: "Oh Sung-taek",
 * "Li Qiang" (byline-name-shapes.c). */
gboolean byline_name_family_first (const BylineText    *text,
                                   const BylineMention *m);

/* Shared by byline-name-shapes.c and byline-person-shapes.c. */
/* Per token, the index of the mention that starts (@at_start) or ends
 * there, or G_MAXUINT; free with g_free(). */
guint   *byline_shapes_mention_edges (Extend   *x,
                                      gboolean  at_start);
/* Whether one of the @n words from @i says the name is an organisation's. */
gboolean byline_shapes_names_body    (Extend   *x,
                                      guint     i,
                                      guint     n);
/* Whether token @i is a capitalised word no name holds, outside headlines,
 * that is neither a stop word nor a title (initials count). */
gboolean byline_shapes_name_word     (Extend   *x,
                                      guint     i);
/* Whether token @i is a surname with its particle: "el-Tayeb", "al-Bashir". */
gboolean byline_shapes_particle_name (const BylineText *text,
                                      guint             i);
/* Whether token @i is a person's initials: "H.R.", "J." */
gboolean byline_shapes_is_initials   (const BylineText *text,
                                      guint             i);

/* The "of" inside @m from token @from on, before its last word, or G_MAXUINT. */
guint    byline_shapes_find_of       (Extend              *x,
                                      const BylineMention *m,
                                      guint                from);
/* Cuts the @k-th mention at its "of" into names of kinds @before and @after. */
void     byline_shapes_split_at_of   (Extend   *x,
                                      guint     k,
                                      guint     of,
                                      guint8    before,
                                      guint8    after);

/* Joins each mention to the one right after it when @joins says so (it
 * may retype the first); with @again a joined name is tried against the
 * next one too. The mentions must be sorted. */
void     byline_shapes_join_pairs    (Extend    *x,
                                      gboolean (*joins) (Extend *, BylineMention *, const BylineMention *),
                                      gboolean   again);

/* byline-person-shapes.c: people's names, run by the two below. */
void byline_person_shapes_first (Extend *x);
void byline_person_shapes_after (Extend *x);

/* byline-name-shapes.c. Before the consistency steps: splits and
 * particles, so that names are whole when they are collected. */
void byline_name_shapes_first  (Extend *x);
/* After them: company, event and body names, acronyms, speakers; what is
 * no name after all is dropped. */
void byline_name_shapes_after  (Extend *x);
/* Once the mentions are sorted: "ORG of PLACE", "X and Y Authority". */
void byline_name_shapes_join   (Extend *x);

G_END_DECLS
