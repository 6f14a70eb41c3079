/* entities/byline-quotes.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-quotes"

#include <string.h>

#include "byline-entity.h"
#include "byline-quote.h"
#include "entities/byline-detect.h"
#include "entities/byline-quotes-private.h"

/* Quoted words that nobody is said to have spoken and that are this short
 * are scare quotes, titles or examples ("passes", “for kids”, “make a
 * plan”), not quotations. */
#define MIN_UNATTRIBUTED_WORDS 5

/* The quoted words as a reader sees them: the marks left out, one space
 * wherever the source has white space or a paragraph break. */
static char *
quote_text (const BylineText      *text,
            const BylineQuoteSpan *span,
            guint                 *n_words)
{
  GString *out = g_string_new (NULL);
  guint end = span->closed ? span->close : span->close + 1;
  gboolean space = FALSE;

  *n_words = 0;
  for (guint i = span->open + 1; i < end; i++)
    {
      const BylineTextToken *t = byline_text_get_token (text, i);

      if (byline_quote_span_is_mark (text, span, i))
        {
          space = TRUE;
          continue;
        }
      if (out->len > 0 && (space || (t->flags & BYLINE_TEXT_SPACE_BEFORE)))
        g_string_append_c (out, ' ');
      g_string_append_len (out, text->source + t->start, t->len);
      *n_words += t->kind == BYLINE_TEXT_WORD;
      space = FALSE;
    }
  return g_string_free (out, FALSE);
}

/* "Year of the River": capitalised words without a full stop name a thing,
 * they do not quote anyone. */
static gboolean
is_title (const BylineText      *text,
          const BylineQuoteSpan *span)
{
  guint end = span->closed ? span->close : span->close + 1;

  for (guint i = span->open + 1; i < end; i++)
    {
      const BylineTextToken *t = byline_text_get_token (text, i);
      char c = text->source[t->start];

      if (t->kind == BYLINE_TEXT_PUNCT && (c == '.' || c == '!' || c == '?' || c == ','))
        return FALSE;
      if (t->kind == BYLINE_TEXT_WORD && t->len >= 4 && !g_unichar_isupper (g_utf8_get_char (text->source + t->start)))
        return FALSE;
    }
  return TRUE;
}

/* The group the article's author belongs to, if the byline was found. */
static const char *
author_group_name (const BylineArticle *article,
                   GPtrArray           *entities)
{
  if (article == NULL || article->author == NULL)
    return NULL;
  for (guint e = 0; e < entities->len; e++)
    {
      BylineEntity *entity = g_ptr_array_index (entities, e);

      if (byline_entity_get_kind (entity) == BYLINE_ENTITY_PERSON
          && g_strv_contains (byline_entity_get_variants (entity), article->author))
        return byline_entity_get_name (entity);
    }
  return article->author;
}

/* Whether @speaker wrote the article: the author's group, or one of the
 * names of a shared byline ("Ann Lee and Bo Park"). */
static gboolean
is_author (const char          *speaker,
           const char          *author_group,
           const BylineArticle *article)
{
  const char *hit;
  gsize n;

  if (speaker == NULL || author_group == NULL)
    return FALSE;
  if (g_str_equal (speaker, author_group))
    return TRUE;
  hit = strstr (article->author, speaker);
  n = strlen (speaker);
  return hit != NULL && (hit == article->author || hit[-1] == ' ')
         && (hit[n] == '\0' || hit[n] == ' ' || hit[n] == ',');
}

GPtrArray *
byline_quotes_detect_text (const BylineText    *text,
                           const BylineArticle *article,
                           GPtrArray           *entities)
{
  GPtrArray *quotes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) spans = NULL;
  g_autoptr(BylineSpeakers) speakers = NULL;
  const char *author;

  g_return_val_if_fail (text != NULL, quotes);
  g_return_val_if_fail (entities != NULL, quotes);

  spans = byline_quote_spans_find (text);
  speakers = byline_speakers_new (text, entities, spans);
  author = author_group_name (article, entities);
  for (guint q = 0; q < spans->len; q++)
    {
      const BylineQuoteSpan *span = &g_array_index (spans, BylineQuoteSpan, q);
      const BylineTextToken *last = byline_text_get_token (text, span->close);
      gboolean attributed;
      g_autofree char *speaker = byline_speakers_find (speakers, q, &attributed);
      g_autofree char *words = NULL;
      guint n_words;

      words = quote_text (text, span, &n_words);
      /* "…," a spokesman said: attributed, though to nobody named; one
       * word ("we called them “passes”") is a term, not a quotation. */
      if (speaker == NULL && (attributed ? n_words < 2
                              : span->single || n_words < MIN_UNATTRIBUTED_WORDS))
        continue;
      /* "The Salt Road", a drama about …: a title, whoever is near it. */
      if (is_title (text, span))
        continue;
      g_ptr_array_add (quotes,
                       byline_quote_new (words, speaker, is_author (speaker, author, article),
                                         (BylineSpan) { byline_text_get_token (text, span->open)->start,
                                                        last->start + last->len }));
    }
  return quotes;
}
