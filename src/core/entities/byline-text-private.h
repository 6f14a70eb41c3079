/* entities/byline-text-private.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entities/byline-text.h"

G_BEGIN_DECLS

typedef enum
{
  BYLINE_SCAN_HEADING = 1 << 0,  /* strip ATX markers and setext underlines */
  BYLINE_SCAN_QUOTED  = 1 << 1,  /* strip block-quote markers at line starts */
} BylineScanFlags;

/**
 * byline_text_scan_block:
 * @start: first byte of the block's content
 * @end: byte after it
 * @block: index of the block the tokens belong to
 *
 * Appends the block's tokens to @text->tokens, leaving out inline Markdown
 * syntax, code spans, link destinations, images, raw HTML, URLs, e-mail
 * addresses and @handles. Linear in the block's length.
 */
void byline_text_scan_block (BylineText *text,
                             gsize       start,
                             gsize       end,
                             guint       block,
                             guint       flags);

/**
 * byline_text_split_sentences:
 * @block: a block whose tokens are all scanned
 *
 * Appends the block's sentences to @text->sentences and sets the tagger's
 * flags (sentence start, headline, capitals line) on its tokens.
 */
void byline_text_split_sentences (BylineText *text,
                                  guint       block);

/**
 * byline_text_word_is_title:
 * Returns: whether @word (without its full stop) is a title that never
 *   ends a sentence: "Mr", "Dr", "Gen", "Sen"...
 */
gboolean byline_text_word_is_title (const char *word,
                                    gsize       len);

/**
 * byline_word_in_list:
 * @list: a %NULL-terminated list of words
 * @word: a word of @len bytes, not NUL-terminated
 *
 * Returns: whether @word is in @list, case-sensitively
 */
gboolean byline_word_in_list (const char * const *list,
                              const char         *word,
                              gsize               len);

G_END_DECLS
