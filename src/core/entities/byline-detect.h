/* entities/byline-detect.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "byline-article.h"

G_BEGIN_DECLS

/* The engine behind byline_analysis_run(). Private to libbyline-core. */

/**
 * byline_entities_detect:
 * @text: the document source, valid UTF-8
 * @article: what byline_article_parse() found in it
 *
 * Returns: (transfer full) (element-type BylineEntity): entity groups,
 *   most mentioned first; mentions are byte ranges into @text
 */
GPtrArray *byline_entities_detect (const char          *text,
                                   gsize                len,
                                   const BylineArticle *article);

/**
 * byline_quotes_detect:
 * @entities: (element-type BylineEntity): the groups found in @text, used
 *   to name speakers
 *
 * Returns: (transfer full) (element-type BylineQuote): quotes in source order
 */
GPtrArray *byline_quotes_detect (const char          *text,
                                 gsize                len,
                                 const BylineArticle *article,
                                 GPtrArray           *entities);

G_END_DECLS
