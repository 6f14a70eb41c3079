/* byline-markdown.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "byline-article.h"

G_BEGIN_DECLS

/* Maps cmark's 1-based (line, byte column) source positions to byte offsets. */
typedef struct _BylineLineIndex BylineLineIndex;

/**
 * byline_line_index_new:
 * @text: the source the positions refer to; not copied, must outlive the index
 *
 * Returns: (transfer full): a line index; free with byline_line_index_free()
 */
BylineLineIndex *byline_line_index_new     (const char      *text,
                                            gsize            len);
/**
 * byline_line_index_offset:
 * @line: 1-based line number, as in cmark's sourcepos
 * @column: 1-based byte column
 *
 * Returns: the byte offset, clamped to the text's length
 */
gsize            byline_line_index_offset  (const BylineLineIndex *index,
                                            int              line,
                                            int              column);
/**
 * byline_line_index_line_end:
 * Returns: the offset just past the end of @line, its line break included
 */
gsize            byline_line_index_line_end (const BylineLineIndex *index,
                                             int              line);
guint            byline_line_index_n_lines (const BylineLineIndex *index);
void             byline_line_index_free    (BylineLineIndex *index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineLineIndex, byline_line_index_free)

/* Options for every parse Byline makes: source positions on, safe output. */
#define BYLINE_MARKDOWN_OPTIONS (CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8)

/**
 * byline_markdown_to_html:
 * @unsafe: keep raw HTML and dangerous link schemes (cmark's CMARK_OPT_UNSAFE)
 *
 * Returns: (transfer full): cmark's HTML for @text
 */
char *byline_markdown_to_html (const char *text,
                               gsize       len,
                               gboolean    unsafe);

G_END_DECLS
