/* entities/byline-speakers-private.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-entity.h"
#include "entities/byline-entities-private.h"
#include "entities/byline-quotes-private.h"
#include "entities/byline-text-private.h"

G_BEGIN_DECLS

/* The state of speaker attribution, shared by byline-speakers.c (where a
 * quote's attribution stands) and byline-speaker-names.c (who a clause
 * names: a person, a pronoun, an office, a name the tagger missed). */

#define NONE          G_MAXUINT
#define MAX_CLAUSE    30
#define VERB_WINDOW   12
#define PRONOUN_REACH 400
#define FORWARD_REACH 14

struct _BylineSpeakers
{
  const BylineText *text;
  GPtrArray        *entities;
  const GArray     *spans;
  guint            *group_at;   /* per token: index of the entity named there, or NONE */
  guint            *quote_at;   /* per token: index of the quote it is in, or NONE */
  guint            *said_by;    /* per quote found so far: entity index or NONE */
  guint8           *gender;     /* per entity: a BylineGender */
};

static inline const BylineTextToken *
tok (BylineSpeakers       *sp,
     guint                 i)
{
  return byline_text_get_token (sp->text, i);
}

static inline const BylineQuoteSpan *
span_at (BylineSpeakers       *sp,
         guint                 q)
{
  return &g_array_index (sp->spans, BylineQuoteSpan, q);
}

static inline gboolean
is_word (BylineSpeakers       *sp,
         guint                 i,
         const char           *word)
{
  return byline_text_token_is (sp->text, i, word, TRUE);
}

static inline gboolean
is_pronoun (BylineSpeakers       *sp,
            guint                 i)
{
  return is_word (sp, i, "he") || is_word (sp, i, "she");
}

static inline gboolean
is_terminal (BylineSpeakers       *sp,
             guint                 i)
{
  const BylineTextToken *t = tok (sp, i);
  char c = sp->text->source[t->start];

  return t->kind == BYLINE_TEXT_PUNCT && (c == '.' || c == '!' || c == '?');
}

static inline BylineEntityKind
kind_of (BylineSpeakers       *sp,
         guint                 group)
{
  return byline_entity_get_kind (g_ptr_array_index (sp->entities, group));
}

/* A speaker: a group, or a name as written when no group holds it. */
typedef struct
{
  guint     group;
  char     *name;
  gboolean  cued;   /* an attribution was found, even if it names nobody ("a spokesman said") */
} Who;

#define NOBODY ((Who) { NONE, NULL, FALSE })

static inline Who
cued (Who who)
{
  who.cued = TRUE;
  return who;
}

static inline gboolean
found (const Who *who)
{
  return who->group != NONE || who->name != NULL;
}


guint    byline_speakers_group_in        (BylineSpeakers *sp, guint from, guint to, int kind, gboolean last);
Who      byline_speakers_name_run        (BylineSpeakers *sp, guint i, guint from, guint to, int direction);
Who      byline_speakers_who_forward     (BylineSpeakers *sp, guint i, guint to);
Who      byline_speakers_who_before_verb (BylineSpeakers *sp, guint from, guint v);

G_END_DECLS
