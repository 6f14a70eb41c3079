/* byline-article-private.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include "byline-article.h"

G_BEGIN_DECLS

/* Shared by byline-article.c (front matter, headline, furniture) and
 * byline-article-author.c (who wrote it). */

typedef struct
{
  gsize start;  /* first byte of the line */
  gsize end;    /* byte before the line break */
} Line;

/* Shrinks @span to its text without surrounding blanks. */
static inline BylineSpan
trim_span (const char *text,
           BylineSpan  span)
{
  while (span.start < span.end && g_ascii_isspace (text[span.start]))
    span.start++;
  while (span.end > span.start && g_ascii_isspace (text[span.end - 1]))
    span.end--;
  return span;
}

static inline gboolean
span_equals (const char *text,
             BylineSpan  span,
             const char *word)
{
  gsize n = strlen (word);

  return span.end - span.start == n && g_ascii_strncasecmp (text + span.start, word, n) == 0;
}

static inline char *
dup_span (const char *text,
          BylineSpan  span)
{
  return g_strndup (text + span.start, span.end - span.start);
}

/* The author from a `By NAME` line near the top, an `Author NAME:` line or
 * a `Reporting by NAME` credit, when front matter named none. */
void byline_article_find_author (BylineArticle *article,
                                 const char    *text,
                                 const GArray  *lines);

/* The author's name without a courtesy title; none when it is empty. */
void byline_article_tidy_author (BylineArticle *article,
                                 const char    *text);

G_END_DECLS
