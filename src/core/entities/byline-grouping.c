/* entities/byline-grouping.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-entities"

#include <string.h>

#include "entities/byline-grouping-private.h"

/* Mentions of one entity become one group. A "form" is a name as written,
 * whatever its case ("SAMSUNG" and "Samsung" are one form). A shorter form
 * joins the longer one it is part of: "SK" joins "SK Heavy", "Korea" joins
 * "South Korea", "Chen" joins "Emily Chen", "GSA" joins "General Services
 * Administration". When it fits two groups, each mention goes to the group
 * named most recently before it. */


static void
form_free (Form *form)
{
  g_free (form->key);
  g_free (form->initials);
  g_strfreev (form->words);
  g_array_unref (form->mentions);
  g_clear_pointer (&form->containers, g_ptr_array_unref);
  g_free (form);
}

int
byline_grouping_form_kind (const Form *form)
{
  int best = 0;

  for (int k = 1; k < BYLINE_N_ENTITY_KINDS; k++)
    if (form->votes[k] > form->votes[best])
      best = k;
  return best;
}

static void
index_words (Grouping *g,
             Form     *form)
{
  for (guint i = 0; i < form->n; i++)
    {
      GPtrArray *forms = g_hash_table_lookup (g->by_word, form->words[i]);

      if (forms == NULL)
        {
          forms = g_ptr_array_new ();
          g_hash_table_insert (g->by_word, g_strdup (form->words[i]), forms);
        }
      if (forms->len == 0 || g_ptr_array_index (forms, forms->len - 1) != form)
        g_ptr_array_add (forms, form);
    }
}

static void
index_initials (Grouping            *g,
                Form                *form,
                const BylineMention *m)
{
  GString *initials = g_string_new (NULL);
  GPtrArray *forms;

  for (guint i = m->first; i < m->first + m->n; i++)
    byline_append_initials (g->text, i, initials);
  form->initials = g_string_free (initials, FALSE);
  forms = g_hash_table_lookup (g->by_initials, form->initials);
  if (forms == NULL)
    {
      forms = g_ptr_array_new ();
      g_hash_table_insert (g->by_initials, g_strdup (form->initials), forms);
    }
  g_ptr_array_add (forms, form);
}

static Form *
form_for (Grouping            *g,
          const BylineMention *m)
{
  g_autofree char *name = byline_mention_name (g->text, m);
  g_autofree char *key = g_utf8_casefold (name, -1);
  Form *form = g_hash_table_lookup (g->by_key, key);

  if (form != NULL)
    return form;
  form = g_new0 (Form, 1);
  form->key = g_steal_pointer (&key);
  form->words = g_strsplit (form->key, " ", -1);
  form->n = g_strv_length (form->words);
  form->mentions = g_array_new (FALSE, FALSE, sizeof (guint));
  form->index = form->parent = g->forms->len;
  g_ptr_array_add (g->forms, form);
  g_hash_table_insert (g->by_key, form->key, form);
  index_words (g, form);
  if (m->n >= 2)
    index_initials (g, form, m);
  return form;
}

/* Whether @x is the people or adjective of the place @y: "South Korean"
 * of "South Korea", "Japanese" of "Japan", "Israeli" of "Israel". */
static gboolean
is_demonym_of (const Form *x,
               const Form *y)
{
  static const char * const suffixes[] = { "n", "an", "ian", "ese", "i", "ish", NULL };
  gsize ny = strlen (y->key), nx = strlen (x->key);

  if (nx <= ny || strncmp (x->key, y->key, ny) != 0)
    return FALSE;
  for (guint k = 0; suffixes[k] != NULL; k++)
    if (g_str_equal (x->key + ny, suffixes[k]))
      return TRUE;
  return FALSE;
}

/* A nationality is not a place: when the text names the place too, its
 * adjective counts as OTHER, as the corpora annotate it. */
static void
retype_demonyms (Grouping *g)
{
  g_autoptr(GPtrArray) places = g_ptr_array_new ();

  for (guint i = 0; i < g->forms->len; i++)
    if (byline_grouping_form_kind (form_at (g, i)) == BYLINE_ENTITY_PLACE)
      g_ptr_array_add (places, form_at (g, i));
  for (guint i = 0; i < places->len; i++)
    {
      Form *x = g_ptr_array_index (places, i);

      for (guint k = 0; k < places->len && !x->demonym; k++)
        if (is_demonym_of (x, g_ptr_array_index (places, k)))
          {
            x->demonym = TRUE;
            x->votes[BYLINE_ENTITY_OTHER] += x->votes[BYLINE_ENTITY_PLACE] + 1;
          }
    }
}

static void
collect_forms (Grouping *g)
{
  for (guint i = 0; i < g->mentions->len; i++)
    {
      const BylineMention *m = mention (g, i);
      Form *form = form_for (g, m);

      g_array_append_val (form->mentions, i);
      form->votes[m->kind] += byline_grouping_vote_weight (m);
      g->form_of[i] = form->index;
    }
}

/* Where @s's words stand inside @l's, or -1. */
static int
find_words (const Form *l,
            const Form *s)
{
  for (guint p = 0; p + s->n <= l->n; p++)
    {
      guint k = 0;

      while (k < s->n && g_str_equal (l->words[p + k], s->words[k]))
        k++;
      if (k == s->n)
        return (int) p;
    }
  return -1;
}

/* The acronym of the form's first mention without its dots ("GSA" for
 * "GSA" or "G.S.A."), or NULL. */
static char *
acronym_of (const Grouping *g,
            const Form     *s)
{
  const BylineMention *m = mention (g, g_array_index (s->mentions, guint, 0));
  const BylineTextToken *t = byline_text_get_token (g->text, m->first);
  const char *word = g->text->source + t->start;
  GString *letters;

  if (s->n != 1 || t->len < 2 || t->len > 8)
    return NULL;
  letters = g_string_new (NULL);
  for (guint i = 0; i < t->len; i++)
    {
      if (g_ascii_isupper (word[i]))
        g_string_append_c (letters, word[i]);
      else if (word[i] != '.')
        return g_string_free (letters, TRUE), NULL;
    }
  if (letters->len < 2 || letters->len > 6)
    return g_string_free (letters, TRUE), NULL;
  return g_string_free (letters, FALSE);
}

/* Whether tokens [i, i + 3) read "(WORD)", with WORD in capitals. */
static gboolean
is_parenthesised_acronym (const BylineText *text,
                          guint             i)
{
  const BylineTextToken *t;

  if (i + 2 >= text->tokens->len || !byline_text_token_is (text, i, "(", FALSE)
      || !byline_text_token_is (text, i + 2, ")", FALSE))
    return FALSE;
  t = byline_text_get_token (text, i + 1);
  for (guint k = 0; k < t->len; k++)
    if (!g_ascii_isupper (text->source[t->start + k]))
      return FALSE;
  return t->len >= 2 && t->len <= 6;
}

/* Acronyms the text defines: "General Services Administration (GSA)". */
static void
find_definitions (Grouping *g)
{
  for (guint i = 0; i < g->mentions->len; i++)
    {
      const BylineMention *m = mention (g, i);
      const BylineTextToken *t;
      g_autofree char *acronym = NULL;
      GPtrArray *forms;

      if (m->n < 2 || !is_parenthesised_acronym (g->text, m->first + m->n))
        continue;
      t = byline_text_get_token (g->text, m->first + m->n + 1);
      g_hash_table_add (g->defined, g_strdup_printf ("%u:%.*s", g->form_of[i], (int) t->len,
                                                     g->text->source + t->start));
      acronym = g_strndup (g->text->source + t->start, t->len);
      forms = g_hash_table_lookup (g->defined_by, acronym);
      if (forms == NULL)
        {
          forms = g_ptr_array_new ();
          g_hash_table_insert (g->defined_by, g_strdup (acronym), forms);
        }
      g_ptr_array_add (forms, form_at (g, g->form_of[i]));
    }
}

/* An acronym joins the name it abbreviates when the text has defined it
 * ("General Services Administration (GSA)") or when that name is an
 * organisation or a place of several capitalised words: "WHO" and the
 * "World Health Organization", "EU" and the "European Union". */
static gboolean
is_acronym_of (const Grouping *g,
               const Form     *s,
               const Form     *l)
{
  g_autofree char *acronym = acronym_of (g, s);
  g_autofree char *key = NULL;
  int kind = byline_grouping_form_kind (l);

  if (acronym == NULL)
    return FALSE;
  key = g_strdup_printf ("%u:%s", l->index, acronym);
  if (g_hash_table_contains (g->defined, key))
    return TRUE;  /* "Centers for Disease Control and Prevention (CDC)" */
  if (l->initials == NULL || !g_str_equal (l->initials, acronym))
    return FALSE;
  return kind == BYLINE_ENTITY_ORG || kind == BYLINE_ENTITY_PLACE;
}

/* "Tesla Inc", "Samsung Group": a company whatever its short form is
 * tagged as. */
gboolean
byline_grouping_ends_with_designator (const Form *form)
{
  const char *last = form->words[form->n - 1];

  return form->n >= 2 && byline_word_is_company_designator (last, strlen (last));
}

/* "Doosan Heavy", "Ford Motor": words that make a name a company's, but
 * that a place's name may also end in, so a place does not join on them. */
gboolean
byline_grouping_ends_with_company_word (const Form *form)
{
  static const char * const words[] = {
    "heavy", "industries", "industrial", "motor", "motors", "electronics", "electric", "steel",
    "chemical", "chemicals", "securities", "airlines", "airways", "pharmaceuticals", "technologies",
    "semiconductor", "shipbuilding", "engineering", "energy", "therapeutics", "biotech",
    "biosciences", "robotics", "systems", "networks", "labs", "logistics", "telecom",
    "communications", "platforms", "ventures", "partners", "capital", "financial", "insurance",
    "bank", NULL
  };

  return form->n >= 2 && g_strv_contains (words, form->words[form->n - 1]);
}

/* A place's shorter form is the same place only behind a qualifier:
 * "Korea" of "South Korea", but not "Mexico" of "Mexico City" nor
 * "Brisbane" of "Brisbane River". */
static gboolean
only_qualifiers (const Form *l,
                 int         p)
{
  static const char * const qualifiers[] = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "greater", "upper", "lower", "the", NULL
  };

  for (int k = 0; k < p; k++)
    if (!g_strv_contains (qualifiers, l->words[k]))
      return FALSE;
  return TRUE;
}

static gboolean
kinds_compatible (int short_kind,
                  int long_kind)
{
  if (short_kind == long_kind)
    return TRUE;
  /* Initiatives, products and companies are easily confused. */
  return (short_kind == BYLINE_ENTITY_ORG || short_kind == BYLINE_ENTITY_OTHER)
         && (long_kind == BYLINE_ENTITY_ORG || long_kind == BYLINE_ENTITY_OTHER);
}

/* "Loyola University Chicago", "Juarez Community Academy": a school's or a
 * university's name, which a story shortens to its first word. */
gboolean
byline_grouping_names_institution (const Form *form)
{
  static const char * const words[] = {
    "university", "college", "academy", "school", "institute", "hospital", NULL
  };

  for (guint i = 1; i < form->n; i++)
    if (g_strv_contains (words, form->words[i]))
      return TRUE;
  return FALSE;
}

/* The first of the form's mentions outside headlines (or its first). */
static guint
first_in_body (const Grouping *g,
               const Form     *form)
{
  for (guint k = 0; k < form->mentions->len; k++)
    if (!mention (g, g_array_index (form->mentions, guint, k))->headline)
      return g_array_index (form->mentions, guint, k);
  return g_array_index (form->mentions, guint, 0);
}

static gboolean
can_join (const Grouping *g,
          const Form     *s,
          const Form     *l)
{
  int p = find_words (l, s);
  int ks = byline_grouping_form_kind (s), kl = byline_grouping_form_kind (l), listed;
  gboolean edge = p == 0 || p + s->n == l->n;

  if (l->n <= s->n)
    return FALSE;
  /* The hand list knows the short word as something else, and so does the
   * text: "European" drivers are not the European Parliament ("Bloomberg",
   * read as a person, is Michael Bloomberg). */
  if (s->n == 1 && ks != kl && (listed = byline_listed_kind (s->key, strlen (s->key), NULL)) >= 0
      && listed != kl)
    return FALSE;
  /* A name used often before a longer form first appears is a name of its
   * own: "GitHub" is not "Department of State GitHub". A headline comes
   * first but says less: "Okafor Header Hands United Win" is no such use. */
  if (s->mentions->len > 3 * l->mentions->len && first_in_body (g, l) > first_in_body (g, s))
    return FALSE;
  if (p < 0)
    return is_acronym_of (g, s, l) && kinds_compatible (ks, kl);
  if (!edge)
    return FALSE;
  if (kl == BYLINE_ENTITY_PERSON)
    return ks == BYLINE_ENTITY_PERSON || (s->n == 1 && ks != BYLINE_ENTITY_PLACE);
  if (p == 0 && byline_grouping_ends_with_designator (l))
    return TRUE;  /* "Tesla" of "Tesla Inc", however "Tesla" was tagged */
  if (p == 0 && kl == BYLINE_ENTITY_ORG && ks != BYLINE_ENTITY_PLACE
      && (byline_grouping_ends_with_company_word (l) || byline_grouping_names_institution (l)))
    return TRUE;  /* "Doosan" of "Doosan Heavy", "Loyola" of "Loyola University Chicago" */
  if (kl == BYLINE_ENTITY_PLACE)
    return ks == BYLINE_ENTITY_PLACE && p > 0 && only_qualifiers (l, p);
  return kinds_compatible (ks, kl);
}

static void
add_containers (Grouping  *g,
                Form      *s,
                GPtrArray *candidates)
{
  for (guint k = 0; candidates != NULL && k < candidates->len; k++)
    {
      Form *l = g_ptr_array_index (candidates, k);

      if (l == s || !can_join (g, s, l))
        continue;
      if (s->containers == NULL)
        s->containers = g_ptr_array_new ();
      if (!g_ptr_array_find (s->containers, l, NULL))
        g_ptr_array_add (s->containers, l);
    }
}

static void
find_containers (Grouping *g,
                 Form     *s)
{
  g_autofree char *acronym = acronym_of (g, s);

  add_containers (g, s, g_hash_table_lookup (g->by_word, s->words[0]));
  if (acronym != NULL)
    {
      add_containers (g, s, g_hash_table_lookup (g->by_initials, acronym));
      add_containers (g, s, g_hash_table_lookup (g->defined_by, acronym));
    }
}

static guint
find_root (Grouping *g,
           guint     i)
{
  while (form_at (g, i)->parent != i)
    {
      Form *f = form_at (g, i);

      f->parent = form_at (g, f->parent)->parent;
      i = f->parent;
    }
  return i;
}

static int
compare_longest (gconstpointer a,
                 gconstpointer b)
{
  const Form *fa = *(Form **) a;
  const Form *fb = *(Form **) b;

  if (fa->n != fb->n)
    return fa->n > fb->n ? -1 : 1;
  return fa->index < fb->index ? -1 : fa->index > fb->index;
}

/* The one group all of @s's containers belong to, or G_MAXUINT. */
static guint
single_root (Grouping   *g,
             const Form *s)
{
  guint root = find_root (g, ((Form *) g_ptr_array_index (s->containers, 0))->index);

  for (guint k = 1; k < s->containers->len; k++)
    if (find_root (g, ((Form *) g_ptr_array_index (s->containers, k))->index) != root)
      return G_MAXUINT;
  return root;
}

/* Longer forms first: when "Korea" is placed, "South Korea" already
 * knows its group. */
static void
join_forms (Grouping *g)
{
  g_autoptr(GPtrArray) order = g_ptr_array_copy (g->forms, NULL, NULL);

  g_ptr_array_set_free_func (order, NULL);  /* the copy borrows the forms */
  g_ptr_array_sort (order, compare_longest);
  for (guint k = 0; k < order->len; k++)
    {
      Form *s = g_ptr_array_index (order, k);
      guint root;

      find_containers (g, s);
      if (s->containers != NULL && (root = single_root (g, s)) != G_MAXUINT)
        {
          s->parent = root;
          g_clear_pointer (&s->containers, g_ptr_array_unref);
        }
    }
}

/* "Department of the Interior", "U.S. Department of Interior", "Interior
 * Department": one key for the ways news names a department or ministry
 * ("department:interior"), or NULL. */
static char *
body_key (const Form *f)
{
  static const char * const heads[] = { "department", "ministry", NULL };
  guint first = 0, n = f->n;

  if (n >= 1 && (g_str_equal (f->words[0], "u.s.") || g_str_equal (f->words[0], "us")
                 || g_str_equal (f->words[0], "the")))
    first++;
  for (guint h = 0; heads[h] != NULL; h++)
    {
      /* HEAD of [the] X */
      if (n - first >= 3 && g_str_equal (f->words[first], heads[h]) && g_str_equal (f->words[first + 1], "of"))
        {
          guint x = first + 2 + (n - first > 3 && g_str_equal (f->words[first + 2], "the"));
          g_autofree char *rest = g_strjoinv (" ", f->words + x);

          return n - x <= 3 ? g_strconcat (heads[h], ":", rest, NULL) : NULL;
        }
      /* X HEAD */
      if (n - first >= 2 && n - first <= 4 && g_str_equal (f->words[n - 1], heads[h]))
        {
          GString *key = g_string_new (heads[h]);

          for (guint w = first; w + 1 < n; w++)
            g_string_append_printf (key, w == first ? ":%s" : " %s", f->words[w]);
          return g_string_free (key, FALSE);
        }
    }
  return NULL;
}

/* Names the hand-written list makes one entity: a short form and the name
 * it stands for ("Fed", "Federal Reserve"), or two short forms of one name
 * ("UK", "U.K." and "Britain"); and the ways of naming one department. */
static void
join_aliases (Grouping *g)
{
  g_autoptr(GHashTable) first = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g->forms->len; i++)
    {
      Form *f = form_at (g, i);
      const char *alias = byline_listed_alias (f->key);
      g_autofree char *body = alias == NULL ? body_key (f) : NULL;
      g_autofree char *key = body != NULL ? g_strdup (body)
                                          : g_utf8_casefold (alias != NULL ? alias : f->key, -1);
      gpointer other;
      guint a, b;

      if (f->containers != NULL)
        continue;  /* placed mention by mention */
      if (!g_hash_table_lookup_extended (first, key, NULL, &other))
        {
          g_hash_table_insert (first, g_steal_pointer (&key), GUINT_TO_POINTER (i));
          continue;
        }
      a = find_root (g, i);
      b = find_root (g, GPOINTER_TO_UINT (other));
      if (a != b && kinds_compatible (byline_grouping_form_kind (f), byline_grouping_form_kind (form_at (g, GPOINTER_TO_UINT (other)))))
        form_at (g, a)->parent = b;
    }
}

/* A form that fits several groups: each mention joins the group named
 * most recently before it (or the first one named after it). */
static guint
nearest_group (Grouping   *g,
               const Form *s,
               const guint *last_seen)
{
  guint best = G_MAXUINT;

  for (guint k = 0; k < s->containers->len; k++)
    {
      guint root = find_root (g, ((Form *) g_ptr_array_index (s->containers, k))->index);

      if (best == G_MAXUINT || (last_seen[root] != G_MAXUINT
                                && (last_seen[best] == G_MAXUINT || last_seen[root] > last_seen[best])))
        best = root;
    }
  return best;
}

static void
assign_groups (Grouping *g)
{
  g_autofree guint *last_seen = g_new (guint, g->forms->len + 1);

  memset (last_seen, 0xff, sizeof (guint) * (g->forms->len + 1));
  for (guint i = 0; i < g->mentions->len; i++)
    {
      Form *s = form_at (g, g->form_of[i]);
      guint root = s->containers != NULL ? nearest_group (g, s, last_seen) : find_root (g, s->index);

      g->group_of[i] = root;
      last_seen[root] = i;
    }
}

static void
free_members (gpointer data)
{
  if (data != NULL)
    g_array_unref (data);
}

static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  BylineEntity *ea = *(BylineEntity **) a;
  BylineEntity *eb = *(BylineEntity **) b;
  guint ca = byline_entity_get_count (ea), cb = byline_entity_get_count (eb);
  guint n;

  if (ca != cb)
    return ca > cb ? -1 : 1;
  return byline_entity_get_mentions (ea, &n)[0].start < byline_entity_get_mentions (eb, &n)[0].start ? -1 : 1;
}

GPtrArray *
byline_mentions_group (const GArray     *mentions,
                       const BylineText *text)
{
  Grouping g = { text, mentions };
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) members = NULL;

  g.forms = g_ptr_array_new_with_free_func ((GDestroyNotify) form_free);
  g.by_key = g_hash_table_new (g_str_hash, g_str_equal);
  g.by_word = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  g.by_initials = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  g.defined = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g.defined_by = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  g.form_of = g_new0 (guint, mentions->len + 1);
  g.group_of = g_new0 (guint, mentions->len + 1);

  collect_forms (&g);
  retype_demonyms (&g);
  find_definitions (&g);
  join_forms (&g);
  join_aliases (&g);
  assign_groups (&g);

  members = g_ptr_array_new_with_free_func (free_members);
  g_ptr_array_set_size (members, g.forms->len);
  for (guint i = 0; i < mentions->len; i++)
    {
      GArray **list = (GArray **) &g_ptr_array_index (members, g.group_of[i]);

      if (*list == NULL)
        *list = g_array_new (FALSE, FALSE, sizeof (guint));
      g_array_append_val (*list, i);
    }
  for (guint k = 0; k < members->len; k++)
    if (g_ptr_array_index (members, k) != NULL)
      g_ptr_array_add (result, byline_grouping_build_entity (&g, g_ptr_array_index (members, k)));
  g_ptr_array_sort (result, compare_groups);

  g_free (g.form_of);
  g_free (g.group_of);
  g_hash_table_unref (g.by_initials);
  g_hash_table_unref (g.defined);
  g_hash_table_unref (g.defined_by);
  g_hash_table_unref (g.by_word);
  g_hash_table_unref (g.by_key);
  g_ptr_array_unref (g.forms);
  return result;
}
