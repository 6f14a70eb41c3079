/* entities/byline-listed.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "entities/byline-entities-private.h"
#include "byline-names-resources.h"

/* The hand-written list of names news uses often (data/gazetteers/byline.tsv,
 * from tools/gazetteers/byline-names.tsv), read at run time. The model also
 * carries it, as one gazetteer among several whose types it merges; here it
 * is the last word on a name's type: "Fed" is the Federal Reserve whatever a
 * dictionary says, "Chinese" a nationality however a company list spells it.
 * A third column names the entity a short form stands for: Fed → Federal
 * Reserve. Clubs and teams, companies and indexes, U.S. state abbreviations
 * (data/names/sports-teams.tsv, organisations.tsv, places.tsv) are read with it. */

#define LISTED_NAMES "/io/github/bylineeditor/Byline/names/byline.tsv"
#define SPORTS_TEAMS "/io/github/bylineeditor/Byline/names/sports-teams.tsv"
#define ORGANISATIONS "/io/github/bylineeditor/Byline/names/organisations.tsv"
#define PLACES        "/io/github/bylineeditor/Byline/names/places.tsv"

typedef struct
{
  guint8  types;    /* 1 << BylineEntityKind, for every type the list gives */
  guint8  prefix;   /* the first words of a longer listed name */
  guint8  acronym;  /* listed in capitals: "WHO" is not "Who" */
  char   *alias;    /* the name it is short for, or NULL */
} Listed;

static void
listed_free (Listed *entry)
{
  g_free (entry->alias);
  g_free (entry);
}

static Listed *
entry_for (GHashTable *table,
           const char *name,
           gsize       len)
{
  g_autofree char *key = g_ascii_strdown (name, len);
  Listed *entry = g_hash_table_lookup (table, key);

  if (entry == NULL)
    {
      entry = g_new0 (Listed, 1);
      g_hash_table_insert (table, g_steal_pointer (&key), entry);
    }
  return entry;
}

static gboolean
has_no_lower (const char *name,
              gsize       len)
{
  for (gsize i = 0; i < len; i++)
    if (g_ascii_islower (name[i]))
      return FALSE;
  return TRUE;
}

static int
kind_of (const char *type,
         gsize       len)
{
  static const char * const names[] = { "PERSON", "ORG", "PLACE", "OTHER" };

  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    if (len == strlen (names[k]) && memcmp (type, names[k], len) == 0)
      return (int) k;
  return -1;  /* COMMON: an acronym that is no name ("AI"); the model knows it */
}

static void
add_line (const char *line,
          const char *end,
          gpointer    data)
{
  GHashTable *table = data;
  const char *tab = memchr (line, '\t', end - line);
  const char *type, *type_end;
  Listed *entry;
  int kind;

  if (tab == NULL || line[0] == '#')
    return;
  type = tab + 1;
  type_end = memchr (type, '\t', end - type);
  if (type_end == NULL)
    type_end = end;
  kind = kind_of (type, type_end - type);
  if (kind < 0)
    return;
  entry = entry_for (table, line, tab - line);
  entry->types |= 1u << kind;
  entry->acronym = has_no_lower (line, tab - line);
  if (type_end < end && entry->alias == NULL)
    entry->alias = g_strndup (type_end + 1, end - type_end - 1);
  for (const char *sp = memchr (line, ' ', tab - line); sp != NULL;
       sp = memchr (sp + 1, ' ', tab - sp - 1))
    entry_for (table, line, sp - line)->prefix = TRUE;
}

void
byline_names_foreach_line (const char *path,
                           void      (*func) (const char *line, const char *end, gpointer data),
                           gpointer    data)
{
  g_autoptr(GBytes) bytes = g_resource_lookup_data (byline_names_get_resource (), path,
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  gsize len = 0;
  const char *text = bytes != NULL ? g_bytes_get_data (bytes, &len) : NULL;
  const char *end = text + len;

  for (const char *line = text; line != NULL && line < end;)
    {
      const char *nl = memchr (line, '\n', end - line);

      func (line, nl != NULL ? nl : end, data);
      line = nl != NULL ? nl + 1 : NULL;
    }
}

static GHashTable *
listed_names (void)
{
  static GHashTable *names;

  if (g_once_init_enter (&names))
    {
      GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                 (GDestroyNotify) listed_free);
      byline_names_foreach_line (LISTED_NAMES, add_line, table);
      byline_names_foreach_line (SPORTS_TEAMS, add_line, table);
      byline_names_foreach_line (ORGANISATIONS, add_line, table);
      byline_names_foreach_line (PLACES, add_line, table);
      g_once_init_leave (&names, table);
    }
  return names;
}

static const Listed *
lookup (const char *name,
        gsize       len)
{
  char buf[128];
  g_autofree char *key = NULL;

  if (len >= sizeof buf)
    return g_hash_table_lookup (listed_names (), key = g_ascii_strdown (name, len));
  for (gsize i = 0; i < len; i++)
    buf[i] = g_ascii_tolower (name[i]);
  buf[len] = '\0';
  return g_hash_table_lookup (listed_names (), buf);
}

int
byline_listed_kind (const char *name,
                    gsize       len,
                    gboolean   *prefix)
{
  const Listed *entry = lookup (name, len);

  if (prefix != NULL)
    *prefix = entry != NULL && entry->prefix;
  if (entry == NULL || entry->types == 0 || (entry->types & (entry->types - 1)) != 0
      || (entry->acronym && !has_no_lower (name, len)))
    return -1;
  return g_bit_nth_lsf (entry->types, -1);
}

const char *
byline_listed_alias (const char *name)
{
  const Listed *entry = lookup (name, strlen (name));

  return entry != NULL ? entry->alias : NULL;
}
