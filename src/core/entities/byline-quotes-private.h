/* entities/byline-quotes-private.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entities/byline-text.h"

G_BEGIN_DECLS

/* Quote spans and their speakers. Private to core. */

typedef struct
{
  guint open;     /* token of the opening mark */
  guint close;    /* token of the closing mark; the last quoted token when unclosed */
  guint closed;   /* whether a closing mark ends it */
  guint single;   /* single marks in a text that quotes with double ones: a
                   * quote only when attributed ('We were laughed at,' she said) */
} BylineQuoteSpan;

/**
 * byline_quote_spans_find:
 *
 * Pairs the quote marks of @text: double marks (single marks in a text that
 * has no double ones), a quote running over paragraphs that each open with
 * a mark, single marks nested inside double ones left as quoted text.
 * Single marks outside double quotes make spans marked @single.
 *
 * Returns: (transfer full) (element-type BylineQuoteSpan): in source order
 */
GArray *byline_quote_spans_find (const BylineText *text);

/**
 * byline_quote_span_is_mark:
 * Returns: whether token @i is one of the span's own quote marks (its
 *   opening, its closing, or a paragraph's opening mark inside it)
 */
gboolean byline_quote_span_is_mark (const BylineText      *text,
                                    const BylineQuoteSpan *span,
                                    guint                  i);

typedef struct _BylineSpeakers BylineSpeakers;

/**
 * byline_speakers_new:
 * @entities: (element-type BylineEntity): the groups found in @text
 * @spans: (element-type BylineQuoteSpan): the quotes of @text
 *
 * Returns: (transfer full): the speaker finder; free with byline_speakers_free()
 */
BylineSpeakers *byline_speakers_new   (const BylineText *text,
                                       GPtrArray        *entities,
                                       const GArray     *spans);

/**
 * byline_speakers_find:
 * @quote: index of a span, called in source order
 * @attributed: (out) (optional): whether the text says someone spoke it,
 *   named or not ("a spokesman said")
 *
 * Returns: (transfer full) (nullable): who said the quote: the canonical
 *   name of a group, or the name as written when no group holds it
 */
char           *byline_speakers_find  (BylineSpeakers   *speakers,
                                       guint             quote,
                                       gboolean         *attributed);
void            byline_speakers_free  (BylineSpeakers   *speakers);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineSpeakers, byline_speakers_free)

G_END_DECLS
