/* entities/byline-group-names.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-entities"

#include <string.h>

#include "entities/byline-grouping-private.h"

/* How a group is named and typed: its fullest form as the story writes it,
 * a dateline's capitals turned into the story's spelling, the type most of
 * its mentions were read as. */

/* How much a mention's type counts: the tagger reading the body is the
 * best witness, a headline the weakest. */
guint
byline_grouping_vote_weight (const BylineMention *m)
{
  if (m->origin == BYLINE_MENTION_AUTHOR)
    return 4;
  if (m->headline)
    return 1;
  return m->origin == BYLINE_MENTION_TAGGER ? 2 : 1;
}

static gboolean
better_canonical (const Form *a,
                  const Form *b)
{
  if (b == NULL)
    return TRUE;
  if (a->n != b->n)
    return a->n > b->n;
  if (a->mentions->len != b->mentions->len)
    return a->mentions->len > b->mentions->len;
  return a->index < b->index;
}

static gboolean
is_all_caps (const char *name)
{
  gboolean lower = FALSE;

  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    lower |= g_unichar_islower (g_utf8_get_char (p));
  return !lower;
}

/* How the group is named: its fullest form, as written where it is not in
 * capitals. */
static char *
display_name (const Grouping *g,
              const Form     *form)
{
  char *first = NULL;

  for (guint k = 0; k < form->mentions->len; k++)
    {
      char *name = byline_mention_name (g->text, mention (g, g_array_index (form->mentions, guint, k)));

      if (!is_all_caps (name))
        {
          g_free (first);
          return name;
        }
      if (first == NULL)
        first = name;
      else
        g_free (name);
    }
  return first;
}

/* Whether every mention of the group stands in a dateline. */
static gboolean
only_in_datelines (const Grouping *g,
                   GArray         *members)
{
  for (guint k = 0; k < members->len; k++)
    {
      const BylineMention *m = mention (g, g_array_index (members, guint, k));

      if (!(byline_text_get_token (g->text, m->first)->flags & BYLINE_TEXT_DATELINE))
        return FALSE;
    }
  return TRUE;
}

/* "FORT LAUDERDALE" → "Fort Lauderdale": a dateline's city as the story
 * would write it. */
static char *
title_case (const char *name)
{
  GString *out = g_string_new (NULL);
  gboolean start = TRUE;

  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (out, start ? c : g_unichar_tolower (c));
      start = g_unichar_isspace (c) || c == '-';
    }
  return g_string_free (out, FALSE);
}

/* A short form the hand list expands ("Calif.", "Fed") names its group by
 * the full name when the story writes that too. */
static Form *
listed_full_name (const Grouping *g,
                  GArray         *members,
                  Form           *canonical)
{
  const char *alias = byline_listed_alias (canonical->key);
  g_autofree char *key = alias != NULL ? g_utf8_casefold (alias, -1) : NULL;

  for (guint k = 0; key != NULL && k < members->len; k++)
    {
      Form *form = form_at (g, g->form_of[g_array_index (members, guint, k)]);

      if (g_str_equal (form->key, key))
        return form;
    }
  return canonical;
}

BylineEntity *
byline_grouping_build_entity (const Grouping *g,
                              GArray         *members)
{
  guint votes[BYLINE_N_ENTITY_KINDS] = { 0 };
  Form *canonical = NULL;
  int kind;
  g_autofree char *name = NULL;
  BylineEntity *entity;

  for (guint k = 0; k < members->len; k++)
    {
      const BylineMention *m = mention (g, g_array_index (members, guint, k));
      Form *form = form_at (g, g->form_of[g_array_index (members, guint, k)]);

      votes[form->demonym ? BYLINE_ENTITY_OTHER : m->kind] += byline_grouping_vote_weight (m);
      if (better_canonical (form, canonical))
        canonical = form;
    }
  canonical = listed_full_name (g, members, canonical);
  kind = byline_grouping_form_kind (canonical);
  for (int k = 0; k < BYLINE_N_ENTITY_KINDS; k++)
    if (votes[k] > votes[kind])
      kind = k;
  if (byline_grouping_ends_with_designator (canonical)
      || (byline_grouping_form_kind (canonical) == BYLINE_ENTITY_ORG
          && (byline_grouping_ends_with_company_word (canonical) || byline_grouping_names_institution (canonical))))
    kind = BYLINE_ENTITY_ORG;

  name = display_name (g, canonical);
  if (kind == BYLINE_ENTITY_PLACE && is_all_caps (name) && only_in_datelines (g, members))
    {
      char *titled = title_case (name);

      g_free (name);
      name = titled;
    }
  entity = byline_entity_new (name, kind);
  for (guint k = 0; k < members->len; k++)
    {
      const BylineMention *m = mention (g, g_array_index (members, guint, k));
      const BylineTextToken *first = byline_text_get_token (g->text, m->first);
      const BylineTextToken *last = byline_text_get_token (g->text, m->first + m->n - 1);
      g_autofree char *spelling = byline_mention_name (g->text, m);

      byline_entity_add_mention (entity, (BylineSpan) { first->start, last->start + last->len }, spelling);
    }
  return entity;
}

