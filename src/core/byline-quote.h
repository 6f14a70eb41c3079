/* byline-quote.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "byline-article.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_QUOTE (byline_quote_get_type ())

G_DECLARE_FINAL_TYPE (BylineQuote, byline_quote, BYLINE, QUOTE, GObject)

/**
 * byline_quote_new:
 * @text: the quoted words, without the quote marks
 * @speaker: (nullable): who said them, when known
 * @is_author: whether the speaker is the article's author
 * @span: the quote's byte range in the source, marks included
 *
 * Returns: (transfer full): an immutable quote
 */
BylineQuote *byline_quote_new           (const char  *text,
                                         const char  *speaker,
                                         gboolean     is_author,
                                         BylineSpan   span);
const char  *byline_quote_get_text      (BylineQuote *self);
const char  *byline_quote_get_speaker   (BylineQuote *self);
gboolean     byline_quote_get_is_author (BylineQuote *self);
BylineSpan   byline_quote_get_span      (BylineQuote *self);

G_END_DECLS
