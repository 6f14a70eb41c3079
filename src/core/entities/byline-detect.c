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
