/* entities/byline-grouping-private.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entities/byline-entities-private.h"

G_BEGIN_DECLS

/* The state of grouping (byline-grouping.c), shared with the step that
 * names and types each group (byline-group-names.c). */

typedef struct
{
  char      *key;         /* case-folded words, one space apart */
  char     **words;       /* case-folded words */
  guint      n;
  guint      index;       /* in Grouping.forms */
  char      *initials;    /* of the capitalised words when there are several: "GSA" */
  GArray    *mentions;    /* guint: indices into the mention array */
  guint      votes[BYLINE_N_ENTITY_KINDS];
  guint      parent;      /* union-find */
  GPtrArray *containers;  /* Form *: longer forms it could belong to */
  gboolean   demonym;     /* the adjective of a place the text names: OTHER */
} Form;

typedef struct
{
  const BylineText *text;
  const GArray     *mentions;
  GPtrArray        *forms;     /* Form * */
  GHashTable       *by_key;    /* key → Form * */
  GHashTable       *by_word;   /* word → GPtrArray of Form * containing it */
  GHashTable       *by_initials; /* initials → GPtrArray of Form * */
  GHashTable       *defined;   /* "form index:ACRONYM" written as "Long Name (ACRONYM)" */
  GHashTable       *defined_by; /* ACRONYM → GPtrArray of the Form * written before it */
  guint            *form_of;   /* per mention: its form's index */
  guint            *group_of;  /* per mention: the form that names its group */
} Grouping;

static inline const BylineMention *
mention (const Grouping *g,
         guint           i)
{
  return &g_array_index (g->mentions, BylineMention, i);
}

static inline Form *
form_at (const Grouping *g,
         guint           i)
{
  return g_ptr_array_index (g->forms, i);
}

/* How much a mention's type counts in its group's vote. */
guint         byline_grouping_vote_weight            (const BylineMention *m);
/* The type most of the form's mentions were given. */
int           byline_grouping_form_kind              (const Form     *form);
/* "Tesla Inc", "Samsung Group": a company whatever its short form is. */
gboolean      byline_grouping_ends_with_designator   (const Form     *form);
/* "Doosan Heavy", "Ford Motor": a company's word ends the name. */
gboolean      byline_grouping_ends_with_company_word (const Form     *form);
/* "Loyola University Chicago": a school's or a university's name. */
gboolean      byline_grouping_names_institution      (const Form     *form);
/* The entity for the mentions @members (indices into g->mentions): its
 * name, type by weighted vote, and every mention. */
BylineEntity *byline_grouping_build_entity           (const Grouping *g,
                                                      GArray         *members);

G_END_DECLS
