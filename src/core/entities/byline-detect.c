/* entities/byline-detect.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-detect"

#include "entities/byline-detect.h"
#include "entities/byline-entities-private.h"

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

GPtrArray *
byline_entities_detect_text (const BylineText    *text,
                             const BylineArticle *article)
{
  const BylineTagger *tagger = default_tagger ();
  g_autofree guint8 *tags = NULL;
  g_autoptr(GArray) mentions = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  if (tagger != NULL)
    tags = byline_text_tag (text, tagger);
  else
    tags = g_new0 (guint8, text->tokens->len + 1);
  tag_dateline_places (text, tags);
  mentions = byline_mentions_from_tags (text, tags);
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
