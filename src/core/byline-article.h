/* byline-article.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A half-open byte range [start, end) into a document's source. */
typedef struct
{
  gsize start;
  gsize end;
} BylineSpan;

/**
 * BylineArticle:
 * @title: (nullable): the headline, without Markdown markers
 * @title_span: where the headline stands in the source (empty when none)
 * @author: (nullable): the author's name from front matter, a `By NAME`
 *   byline or an `Author NAME:` line
 * @author_span: where the author's name stands in the source
 * @lang: (nullable): the language tag from front matter (`lang:` or `language:`),
 *   e.g. "de" or "pt-BR"; only letters, digits and hyphens
 * @lang_span: where it stands in the source
 * @description: (nullable): the summary from front matter (`description:`)
 * @published: (nullable): the publication date from front matter (`date:`),
 *   ISO 8601 ("2024-05-01" or with a time), UTC when no zone is given
 * @ignored: (element-type BylineSpan): sorted byte ranges that are not
 *   article text: front matter, a duplicated headline, trailing page
 *   furniture such as a lone `Comments` line
 *
 * What Byline knows about an article beyond its Markdown: a plain,
 * immutable record. Works the same for Markdown and scraped plain text.
 */
typedef struct
{
  char       *title;
  BylineSpan  title_span;
  char       *author;
  BylineSpan  author_span;
  char       *lang;
  BylineSpan  lang_span;
  char       *description;
  GDateTime  *published;
  GArray     *ignored;
} BylineArticle;

/**
 * byline_article_parse:
 * @text: the document, valid UTF-8
 * @len: its length in bytes
 *
 * Finds the headline, the author and the parts that are not article text.
 * Pure and thread-safe.
 *
 * Returns: (transfer full): a new #BylineArticle; free with byline_article_free()
 */
BylineArticle *byline_article_parse (const char *text,
                                     gsize       len);

/**
 * byline_article_is_ignored:
 * @article: a #BylineArticle
 * @offset: a byte offset into the source
 *
 * Returns: %TRUE when @offset falls in a range that is not article text
 */
gboolean byline_article_is_ignored (const BylineArticle *article,
                                    gsize                offset);

void byline_article_free (BylineArticle *article);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineArticle, byline_article_free)

G_END_DECLS
