/* byline-markdown.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <cmark.h>

#include "byline-article.h"

G_BEGIN_DECLS

/* Maps cmark's 1-based (line, byte column) source positions to byte offsets. */
typedef struct _BylineLineIndex BylineLineIndex;

/**
 * byline_markdown_bom_length:
 *
 * Returns: 3 when @text starts with a UTF-8 byte order mark, else 0. cmark
 *   skips it and counts the first line's columns after it; so does Byline.
 */
gsize            byline_markdown_bom_length (const char      *text,
                                             gsize            len);

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
/**
 * byline_line_index_insert:
 * @offset: where @text was inserted, in bytes
 * @text: (array length=len): the inserted text
 *
 * Follows an insertion into the indexed text. O(lines after @offset).
 */
void             byline_line_index_insert  (BylineLineIndex *index,
                                            gsize            offset,
                                            const char      *text,
                                            gsize            len);
/**
 * byline_line_index_erase:
 *
 * Follows the removal of bytes [@offset, @offset + @len). O(lines after @offset).
 */
void             byline_line_index_erase   (BylineLineIndex *index,
                                            gsize            offset,
                                            gsize            len);
/**
 * byline_line_index_locate:
 * @offset: a byte offset, clamped to the text
 * @line: (out): its 1-based line
 * @column: (out): its 1-based byte column
 *
 * The inverse of byline_line_index_offset(); O(log lines).
 */
void             byline_line_index_locate  (const BylineLineIndex *index,
                                            gsize            offset,
                                            int             *line,
                                            int             *column);
void             byline_line_index_free    (BylineLineIndex *index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineLineIndex, byline_line_index_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cmark_node, cmark_node_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cmark_iter, cmark_iter_free)

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

/**
 * byline_markdown_parse:
 * @text: (array length=len): the Markdown source, valid UTF-8
 *
 * Parses with source positions. The text is not checked for UTF-8 again:
 * that happens once where text enters Byline. Pure and thread-safe.
 *
 * Returns: (transfer full): the document node; free with cmark_node_free()
 */
cmark_node *byline_markdown_parse  (const char            *text,
                                    gsize                  len);
/**
 * byline_markdown_blocks:
 * @root: a document from byline_markdown_parse()
 * @index: the line index of the text @root was parsed from
 *
 * The source range of each top-level block, in document order: whole lines,
 * from the start of the block's first line to the start of the next block
 * (the last one runs to the end of the text). The spans partition the text
 * from the first block on, so any edit falls in exactly one of them.
 *
 * Returns: (transfer full) (element-type BylineSpan): one span per child of @root
 */
GArray     *byline_markdown_blocks (cmark_node            *root,
                                    const BylineLineIndex *index);
/**
 * byline_markdown_definitions_hash:
 * @blocks: (element-type BylineSpan): from byline_markdown_blocks()
 *
 * A hash of every part of @text that may hold a link reference definition:
 * the non-blank text before the first block and the blocks that contain
 * `]:` (a definition-only paragraph leaves no block: its lines fall in the
 * span of the block before). When it is unchanged after an edit, no
 * definition changed, so a block with unchanged source renders the same.
 */
guint       byline_markdown_definitions_hash (const char   *text,
                                              gsize         len,
                                              const GArray *blocks);

G_END_DECLS
