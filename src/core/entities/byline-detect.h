/* entities/byline-detect.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "byline-article.h"
#include "entities/byline-text.h"

G_BEGIN_DECLS

/* The engine behind byline_analysis_run(). Private to libbyline-core. */

/**
 * byline_entities_detect_text:
 * @text: the document's text layer
 * @article: what byline_article_parse() found in it
 *
 * Tags the names in @text with the statistical tagger and groups their
 * mentions. Without a loadable model, returns no groups (and warns once).
 * Thread-safe.
 *
 * Returns: (transfer full) (element-type BylineEntity): entity groups,
 *   most mentioned first; mentions are byte ranges into the source
 */
GPtrArray *byline_entities_detect_text (const BylineText    *text,
                                        const BylineArticle *article);

/**
 * byline_quotes_detect_text:
 * @entities: (element-type BylineEntity): the groups found in @text, used
 *   to name speakers
 *
 * Returns: (transfer full) (element-type BylineQuote): quotes in source order
 */
GPtrArray *byline_quotes_detect_text   (const BylineText    *text,
                                        const BylineArticle *article,
                                        GPtrArray           *entities);

/**
 * byline_entities_detect:
 * @text: the document source, valid UTF-8
 * @article: what byline_article_parse() found in it
 *
 * Builds the text layer and calls byline_entities_detect_text().
 *
 * Returns: (transfer full) (element-type BylineEntity): entity groups
 */
GPtrArray *byline_entities_detect      (const char          *text,
                                        gsize                len,
                                        const BylineArticle *article);

/**
 * byline_quotes_detect:
 *
 * Builds the text layer and calls byline_quotes_detect_text().
 *
 * Returns: (transfer full) (element-type BylineQuote): quotes in source order
 */
GPtrArray *byline_quotes_detect        (const char          *text,
                                        gsize                len,
                                        const BylineArticle *article,
                                        GPtrArray           *entities);

G_END_DECLS
