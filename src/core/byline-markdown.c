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

BylineLineIndex *
byline_line_index_new (const char *text,
                       gsize       len)
{
  BylineLineIndex *index = g_new0 (BylineLineIndex, 1);
  gsize zero = 0;

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
