/* entities/byline-detect.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-detect"

#include <string.h>

#include "entities/byline-detect.h"
#include "entities/byline-entities-private.h"
#include "entities/byline-text-private.h"
#include "entities/byline-tagger-private.h"

/* The shared model. NULL (after one warning) when it cannot be loaded:
 * analysis then finds no names but still finds quotes. */
static const BylineTagger *
default_tagger (void)
{
  g_autoptr(GError) error = NULL;
  const BylineTagger *tagger;

  tagger = byline_tagger_get_default (&error);
  if (tagger == NULL)
    {
      static gsize warned;

      if (g_once_init_enter (&warned))
        {
          g_warning ("No entity tagger: %s", error->message);
          g_once_init_leave (&warned, 1);
        }
    }
  return tagger;
}

/* A news dateline opens with the city the story was filed from, in
 * capitals ("SEOUL, Nov 3 (Reuters) -", "CUPERTINO, Calif. —"): those
 * words are a place whatever the tagger made of them, out of context. */
static void
tag_dateline_places (const BylineText *text,
                     guint8           *tags)
{
  const guint need = BYLINE_TEXT_DATELINE | BYLINE_TOKEN_ALL_CAPS_LINE;

  for (guint i = 0; i < text->tokens->len; i++)
    {
      const BylineTextToken *t = &g_array_index (text->tokens, BylineTextToken, i);
      guint run = i;

      if (!(t->flags & BYLINE_TEXT_DATELINE)
          || (i > 0 && (g_array_index (text->tokens, BylineTextToken, i - 1).flags & BYLINE_TEXT_DATELINE)))
        continue;
      while (run < text->tokens->len
             && g_array_index (text->tokens, BylineTextToken, run).kind == BYLINE_TEXT_WORD
             && (g_array_index (text->tokens, BylineTextToken, run).flags & need) == need)
        run++;
      /* "CITY, …" and "CITY (AGENCY)" are datelines by their form; a bare
       * "NASA —" may be the subject of the sentence, so there the tagger's
       * organisation stands. */
      if (run == i || run >= text->tokens->len
          || (!byline_text_token_is (text, run, ",", FALSE) && !byline_text_token_is (text, run, "(", FALSE)
              && (tags[i] == BYLINE_TAG_B_ORG || tags[i] == BYLINE_TAG_B_OTHER)))
        continue;
      for (guint k = i; k < run; k++)
        tags[k] = k == i ? BYLINE_TAG_B_PLACE : BYLINE_TAG_I_PLACE;
      /* A tag that continued the run now starts its own name. */
      if (tags[run] != BYLINE_TAG_O && tags[run] % 2 == 0)
        tags[run]--;
    }
}

/* The last words of the people the tagger found: "Bloomberg" after "Michael
 * Bloomberg" is the man, whatever the list says of the news agency. */
static GHashTable *
person_surnames (const BylineText *text,
                 const GArray     *mentions)
{
  GHashTable *surnames = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint k = 0; k < mentions->len; k++)
    {
      const BylineMention *m = &g_array_index (mentions, BylineMention, k);
      const BylineTextToken *last = byline_text_get_token (text, m->first + m->n - 1);

      if (m->kind == BYLINE_ENTITY_PERSON && m->n >= 2)
        g_hash_table_add (surnames, g_ascii_strdown (text->source + last->start, last->len));
    }
  return surnames;
}

/* Hand-listed names the tagger left alone or cut short ("JPMorgan";
 * "Inter Miami", where it saw the city), where they are written with their
 * capitals: the longest listed name starting at a word wins, and replaces
 * the names it holds whole. */
static void
add_listed_names (const BylineText *text,
                  GArray           *mentions,
                  GHashTable       *surnames)
{
  guint n_tokens = text->tokens->len;
  g_autofree guint *owner = g_new (guint, n_tokens + 1);
  g_autoptr(GString) name = g_string_new (NULL);
  guint n_mentions = mentions->len;

  memset (owner, 0xff, sizeof (guint) * (n_tokens + 1));
  for (guint k = 0; k < n_mentions; k++)
    {
      const BylineMention *m = &g_array_index (mentions, BylineMention, k);

      for (guint i = m->first; i < m->first + m->n; i++)
        owner[i] = k;
    }
  for (guint i = 0; i < n_tokens; i++)
    {
      const BylineTextToken *t = byline_text_get_token (text, i);
      guint best = 0;
      int kind = -1;

      if (t->kind != BYLINE_TEXT_WORD || !byline_text_token_starts_upper (text, i)
          || (owner[i] != G_MAXUINT && i > 0 && owner[i - 1] == owner[i]))
        continue;
      g_string_truncate (name, 0);
      for (guint j = i; j < n_tokens && j - i < BYLINE_TAGGER_GAZ_MAX_TOKENS; j++)
        {
          const BylineTextToken *u = byline_text_get_token (text, j);
          gboolean prefix;
          int k;

          /* Words, and the "&" of "Pratt & Whitney". */
          if (u->block != t->block || !(u->kind == BYLINE_TEXT_WORD || (j > i && u->len == 1
                                                                       && text->source[u->start] == '&')))
            break;
          if (j > i)
            g_string_append_c (name, ' ');
          g_string_append_len (name, text->source + u->start, u->len);
          k = byline_listed_kind (name->str, name->len, &prefix);
          /* Whole names only: what it holds must not run on past it. */
          if (k >= 0 && byline_text_token_starts_upper (text, j)
              && (owner[j] == G_MAXUINT || owner[j] != owner[j + 1]))
            best = j - i + 1, kind = k;
          if (!prefix)
            break;
        }
      if (best == 0 || (owner[i] != G_MAXUINT && owner[i] == owner[i + best - 1]
                        && g_array_index (mentions, BylineMention, owner[i]).n == best))
        continue;  /* nothing, or a name the tagger found whole: retype_listed() typed it */
      if (best == 1)
        {
          g_autofree char *key = g_ascii_strdown (text->source + t->start, t->len);

          if (g_hash_table_contains (surnames, key))
            continue;  /* "Bloomberg" after "Michael Bloomberg" */
        }
      for (guint j = i; j < i + best; j++)
        if (owner[j] != G_MAXUINT)
          g_array_index (mentions, BylineMention, owner[j]).n = 0;  /* held whole: replaced */
      g_array_append_val (mentions, ((BylineMention) { i, best, (guint8) kind, BYLINE_MENTION_TAGGER,
                                                      (t->flags & BYLINE_TOKEN_HEADLINE) != 0 }));
      i += best - 1;
    }
  for (guint k = mentions->len; k > 0; k--)
    if (g_array_index (mentions, BylineMention, k - 1).n == 0)
      g_array_remove_index (mentions, k - 1);
  g_array_sort (mentions, byline_mention_compare);
}


/* A name on the hand-written list of the Byline authors (news agencies,
 * banks, parties, international bodies, nationalities) with one type only
 * has that type, however the tagger read it in context: "Morgan Stanley"
 * is no person, "Chinese" no place. One word that is the surname of a
 * person the story names in full is that person ("Bloomberg" after
 * "Michael Bloomberg", "according to Fernández" after "Lucia Fernández"). */
static void
retype_listed (const BylineText *text,
               GArray           *mentions,
               GHashTable       *surnames)
{
  for (guint k = 0; k < mentions->len; k++)
    {
      BylineMention *m = &g_array_index (mentions, BylineMention, k);
      g_autofree char *name = byline_mention_name (text, m);
      g_autofree char *key = g_ascii_strdown (name, -1);
      int kind = byline_listed_kind (name, strlen (name), NULL);
      gboolean surname = m->n == 1 && g_hash_table_contains (surnames, key);

      if (kind >= 0)
        m->kind = surname ? BYLINE_ENTITY_PERSON : (guint8) kind;
      else if (surname && (m->kind == BYLINE_ENTITY_PLACE || m->kind == BYLINE_ENTITY_ORG))
        m->kind = BYLINE_ENTITY_PERSON;
    }
}

/* "… at a factory near Ancona": one word the tagger read as a person, after
 * a preposition of place, that the gazetteers know only as a place, and no
 * given name, is that place, unless it is the surname of a person the
 * story names in full. */
static const char * const place_prepositions[] = {
  "in", "at", "from", "to", "near", "of", "outside", "across", "into", "via", NULL
};

static void
retype_known_places (const BylineText   *text,
                     const BylineTagger *tagger,
                     GArray             *mentions,
                     GHashTable         *surnames)
{
  for (guint k = 0; k < mentions->len; k++)
    {
      BylineMention *m = &g_array_index (mentions, BylineMention, k);
      const BylineTextToken *t = byline_text_get_token (text, m->first);
      g_autofree char *key = NULL;
      guint16 flags;

      /* Only where a place is written: "to Ancona", "near Ancona" (not
       * "according to Fernández", not "Foreign Minister Hassan"). */
      if (m->kind != BYLINE_ENTITY_PERSON || m->n != 1 || m->origin != BYLINE_MENTION_TAGGER
          || m->first == 0 || !byline_word_in_list (place_prepositions,
                                                    text->source + byline_text_get_token (text, m->first - 1)->start,
                                                    byline_text_get_token (text, m->first - 1)->len)
          || (m->first > 1 && byline_text_token_is (text, m->first - 2, "according", TRUE)))
        continue;
      flags = byline_tagger_gaz_lookup (&tagger->lex, byline_tagger_gaz_key (text->source + t->start, t->len));
      key = g_ascii_strdown (text->source + t->start, t->len);
      if ((flags & BYLINE_GAZ_TYPES) == BYLINE_GAZ_PLACE && !(flags & BYLINE_GAZ_FIRST)
          && byline_given_name_gender (text->source + t->start, t->len) == BYLINE_GENDER_UNKNOWN
          && !g_hash_table_contains (surnames, key))
        m->kind = BYLINE_ENTITY_PLACE;
    }
}

/* A headline's name the gazetteers know by the type the tagger gave it
 * ("Floods hit Valencia"), or the hand-written list lists: it stands even
 * when the body does not name it again. */
static void
mark_known_headline_names (const BylineText   *text,
                           const BylineTagger *tagger,
                           GArray             *mentions)
{
  for (guint k = 0; k < mentions->len; k++)
    {
      BylineMention *m = &g_array_index (mentions, BylineMention, k);
      g_autofree char *name = NULL;
      guint types;

      if (!m->headline || m->kind == BYLINE_ENTITY_OTHER)
        continue;
      name = byline_mention_name (text, m);
      types = byline_tagger_gaz_lookup (&tagger->lex, byline_tagger_gaz_key (name, strlen (name)))
              & BYLINE_GAZ_TYPES;
      m->known = byline_listed_kind (name, strlen (name), NULL) == m->kind
                 || (m->kind != BYLINE_ENTITY_PERSON && types == (1u << m->kind));
    }
}

GPtrArray *
byline_entities_detect_text (const BylineText    *text,
                             const BylineArticle *article)
{
  const BylineTagger *tagger = default_tagger ();
  g_autofree guint8 *tags = NULL;
  g_autoptr(GArray) mentions = NULL;
  g_autoptr(GHashTable) surnames = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  if (tagger != NULL)
    tags = byline_text_tag (text, tagger);
  else
    tags = g_new0 (guint8, text->tokens->len + 1);
  tag_dateline_places (text, tags);
  mentions = byline_mentions_from_tags (text, tags);
  surnames = person_surnames (text, mentions);
  retype_listed (text, mentions, surnames);
  add_listed_names (text, mentions, surnames);
  if (tagger != NULL)
    {
      retype_known_places (text, tagger, mentions, surnames);
      mark_known_headline_names (text, tagger, mentions);
    }
  byline_mentions_add_author (mentions, text, article);
  byline_mentions_extend (mentions, text);
  return byline_mentions_group (mentions, text);
}

GPtrArray *
byline_entities_detect (const char          *text,
                        gsize                len,
                        const BylineArticle *article)
{
  g_autoptr(BylineText) layer = NULL;

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  layer = byline_text_new (text, len, article);
  return byline_entities_detect_text (layer, article);
}

GPtrArray *
byline_quotes_detect (const char          *text,
                      gsize                len,
                      const BylineArticle *article,
                      GPtrArray           *entities)
{
  g_autoptr(BylineText) layer = NULL;

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  layer = byline_text_new (text, len, article);
  return byline_quotes_detect_text (layer, article, entities);
}
