/* byline-markdown.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-markdown"

#include <string.h>
#include <cmark.h>

#include "byline-markdown.h"

struct _BylineLineIndex
{
  GArray *starts;  /* gsize: byte offset of each line's first byte */
  gsize   len;
};

gsize
byline_markdown_bom_length (const char *text,
                            gsize       len)
{
  return len >= 3 && text != NULL && memcmp (text, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;
}

BylineLineIndex *
byline_line_index_new (const char *text,
                       gsize       len)
{
  BylineLineIndex *index = g_new0 (BylineLineIndex, 1);
  gsize zero = byline_markdown_bom_length (text, len);

  index->len = len;
  index->starts = g_array_sized_new (FALSE, FALSE, sizeof (gsize), len / 40 + 1);
  g_array_append_val (index->starts, zero);
  for (const char *p = text; (p = memchr (p, '\n', len - (p - text))) != NULL; p++)
    {
      gsize start = p - text + 1;

      g_array_append_val (index->starts, start);
    }

  return index;
}

gsize
byline_line_index_offset (const BylineLineIndex *index,
                          int                    line,
                          int                    column)
{
  gsize offset;

  g_return_val_if_fail (index != NULL, 0);

  if (line < 1)
    return 0;
  if ((guint) line > index->starts->len)
    return index->len;
  offset = g_array_index (index->starts, gsize, line - 1) + (column > 0 ? column - 1 : 0);
  return MIN (offset, index->len);
}

gsize
byline_line_index_line_end (const BylineLineIndex *index,
                            int                    line)
{
  g_return_val_if_fail (index != NULL, 0);

  if (line < 1)
    return 0;
  if ((guint) line >= index->starts->len)
    return index->len;
  return g_array_index (index->starts, gsize, line);
}

guint
byline_line_index_n_lines (const BylineLineIndex *index)
{
  g_return_val_if_fail (index != NULL, 0);

  return index->starts->len;
}

void
byline_line_index_locate (const BylineLineIndex *index,
                          gsize                  offset,
                          int                   *line,
                          int                   *column)
{
  guint lo = 0;
  guint hi;

  g_return_if_fail (index != NULL);

  offset = MIN (offset, index->len);
  hi = index->starts->len;
  /* The last line whose start is at or before @offset. */
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (index->starts, gsize, mid) <= offset)
        lo = mid;
      else
        hi = mid;
    }
  *line = lo + 1;
  *column = offset - g_array_index (index->starts, gsize, lo) + 1;
}

/* Index of the line holding @offset: the last start at or before it. */
static guint
line_at (const BylineLineIndex *index,
         gsize                  offset)
{
  int line, column;

  byline_line_index_locate (index, offset, &line, &column);
  return line - 1;
}

void
byline_line_index_insert (BylineLineIndex *index,
                          gsize            offset,
                          const char      *text,
                          gsize            len)
{
  g_autoptr(GArray) added = g_array_new (FALSE, FALSE, sizeof (gsize));
  guint line;

  g_return_if_fail (index != NULL && offset <= index->len);

  line = line_at (index, offset);
  for (guint i = line + 1; i < index->starts->len; i++)
    g_array_index (index->starts, gsize, i) += len;
  for (const char *p = text; (p = memchr (p, '\n', len - (p - text))) != NULL; p++)
    {
      gsize start = offset + (p - text) + 1;

      g_array_append_val (added, start);
    }
  g_array_insert_vals (index->starts, line + 1, added->data, added->len);
  index->len += len;
}

void
byline_line_index_erase (BylineLineIndex *index,
                         gsize            offset,
                         gsize            len)
{
  guint first, last;

  g_return_if_fail (index != NULL && offset + len <= index->len);

  /* Line starts inside (offset, offset + len] go with the erased line breaks. */
  first = line_at (index, offset) + 1;
  last = first;
  while (last < index->starts->len && g_array_index (index->starts, gsize, last) <= offset + len)
    last++;
  g_array_remove_range (index->starts, first, last - first);
  for (guint i = first; i < index->starts->len; i++)
    g_array_index (index->starts, gsize, i) -= len;
  index->len -= len;
}

void
byline_line_index_free (BylineLineIndex *index)
{
  if (index == NULL)
    return;

  g_array_unref (index->starts);
  g_free (index);
}

char *
byline_markdown_to_html (const char *text,
                         gsize       len,
                         gboolean    unsafe)
{
  int options = CMARK_OPT_VALIDATE_UTF8 | (unsafe ? CMARK_OPT_UNSAFE : 0);

  /* cmark's default allocator is malloc, and g_free() is free(): the
   * caller may release the string with g_free(). */
  return cmark_markdown_to_html (text, len, options);
}

cmark_node *
byline_markdown_parse (const char *text,
                       gsize       len)
{
  g_return_val_if_fail (text != NULL || len == 0, NULL);

  /* Text is checked for UTF-8 once, where it enters (byline_source_validate(),
   * GtkTextBuffer); validating again costs a third of the parse. */
  return cmark_parse_document (text ? text : "", len, CMARK_OPT_SOURCEPOS);
}

GArray *
byline_markdown_blocks (cmark_node            *root,
                        const BylineLineIndex *index)
{
  GArray *blocks = g_array_new (FALSE, FALSE, sizeof (BylineSpan));

  g_return_val_if_fail (root != NULL && index != NULL, blocks);

  /* Only start lines are used: cmark 0.30 reports some end positions past
   * the next block's start (setext headings), so spans partition the text
   * instead, and every byte after the first block belongs to exactly one. */
  for (cmark_node *node = cmark_node_first_child (root); node; node = cmark_node_next (node))
    {
      BylineSpan span;

      span.start = byline_line_index_offset (index, cmark_node_get_start_line (node), 1);
      span.end = index->len;
      if (blocks->len > 0)
        {
          BylineSpan *previous = &g_array_index (blocks, BylineSpan, blocks->len - 1);

          span.start = MAX (span.start, previous->start);
          previous->end = span.start;
        }
      g_array_append_val (blocks, span);
    }

  return blocks;
}

static guint
hash_bytes (guint       hash,
            const char *text,
            gsize       len)
{
  /* djb2: cheap, and good enough to notice that a definition changed. */
  for (gsize i = 0; i < len; i++)
    hash = hash * 33 + (guchar) text[i];
  return hash;
}

static guint
hash_gap (guint       hash,
          const char *text,
          gsize       start,
          gsize       end)
{
  for (gsize i = start; i < end; i++)
    if (!g_ascii_isspace (text[i]))
      return hash_bytes (hash * 31 + 1, text + start, end - start);
  return hash;
}

guint
byline_markdown_definitions_hash (const char   *text,
                                  gsize         len,
                                  const GArray *blocks)
{
  guint hash = 5381;
  gsize gap_start = 0;

  g_return_val_if_fail (blocks != NULL, 0);

  for (guint i = 0; i < blocks->len; i++)
    {
      const BylineSpan *span = &g_array_index (blocks, BylineSpan, i);

      hash = hash_gap (hash, text, gap_start, span->start);
      if (memmem (text + span->start, span->end - span->start, "]:", 2) != NULL)
        hash = hash_bytes (hash * 31 + 2, text + span->start, span->end - span->start);
      gap_start = span->end;
    }
  return hash_gap (hash, text, gap_start, len);
}
