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

/* byline-name-shapes.c. Before the consistency steps: splits and
 * particles, so that names are whole when they are collected. */
void byline_name_shapes_first  (Extend *x);
/* After them: company, event and body names, acronyms, speakers; what is
 * no name after all is dropped. */
void byline_name_shapes_after  (Extend *x);
/* Once the mentions are sorted: "ORG of PLACE", "X and Y Authority". */
void byline_name_shapes_join   (Extend *x);

G_END_DECLS
