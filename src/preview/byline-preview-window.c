/* byline-preview-window.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-preview"

#include "config.h"

#include <string.h>

#include "byline-preview-private.h"

/* Re-parsing only a window of the text around an edit.
 *
 * CommonMark block parsing goes line by line; each top-level block starts
 * afresh on its first line, whatever came before. So parsing from the first
 * line of an old block whose first line lies wholly before the edit gives
 * the same blocks as parsing the whole text. At the other end, once the
 * window's parse starts a top-level block on a line where the old parse
 * started one too, with only unchanged text from there on, everything after
 * is as before: the old blocks are kept. The window grows until it finds
 * such a line or reaches the end of the text.
 *
 * Link reference definitions are global. When the old or new text of the
 * re-parsed blocks may hold one (it contains `]:`), this gives up and the
 * caller parses everything. Otherwise the blocks outside the window that
 * may hold definitions are parsed with it, before and after it, behind a
 * line that closes every open block, so its links resolve as in the whole. */

/* Blocks after the edit in the first window; it grows fourfold. */
#define FIRST_BLOCKS_AFTER 2
/* A line that closes any block a chunk leaves open, after a blank line. */
#define SEPARATOR "\n\n<!-- -->\n\n"

typedef struct
{
  gsize  prefix;     /* bytes before the edit, the same in old and new text */
  gsize  old_end;    /* end of the edited bytes in the old text */
  gssize delta;      /* new length minus old length */
  int    first;      /* first old block of the window, or -1 from offset 0 */
  guint  last;       /* old blocks before this one are in the window */
  gsize  start;      /* the window in the new text */
  gsize  end;
} Window;

static const BylineBlock *
block (BylinePreview *self,
       guint          i)
{
  return &g_array_index (self->blocks, BylineBlock, i);
}

/* The last old block whose first line ends at or before @prefix, or -1. */
static int
first_block (BylinePreview *self,
             gsize          prefix)
{
  int i = byline_preview_block_at_source (self, prefix);

  for (; i >= 0; i--)
    {
      const BylineBlock *b = block (self, i);
      const char *nl = memchr (self->source->str + b->src_start, '\n', self->source->len - b->src_start);
      gsize line_end = nl != NULL ? (gsize) (nl - self->source->str) + 1 : self->source->len;

      if (b->src_start <= prefix && line_end <= prefix
          && (i == 0 || block (self, i - 1)->src_start < b->src_start))
        return i;
    }
  return -1;
}

/* Index of the first old block starting after @offset. */
static guint
block_after (BylinePreview *self,
             gsize          offset)
{
  int i = byline_preview_block_at_source (self, offset);

  if (i < 0 || block (self, i)->src_start > offset)
    return 0;
  return i + 1;
}

static gboolean
leading_gap_defines (BylinePreview *self)
{
  gsize gap = self->blocks->len > 0 ? block (self, 0)->src_start : self->source->len;

  return memmem (self->source->str, gap, "]:", 2) != NULL;
}

/* Old blocks [from, to) that may hold definitions, appended as chunks. */
static void
append_chunks (BylinePreview *self,
               GString       *out,
               guint          from,
               guint          to)
{
  for (guint i = from; i < to; i++)
    if (block (self, i)->defines)
      {
        g_string_append_len (out, self->source->str + block (self, i)->src_start,
                             block (self, i)->src_end - block (self, i)->src_start);
        g_string_append (out, SEPARATOR);
      }
}

/* Definitions before the window, SEPARATOR, the window, SEPARATOR, definitions after. */
static GString *
window_text (BylinePreview *self,
             const char    *text,
             const Window  *w,
             gsize         *window_at)
{
  GString *out = g_string_new (NULL);
  gsize gap = self->blocks->len > 0 ? block (self, 0)->src_start : 0;

  if (w->first >= 0 && leading_gap_defines (self))
    g_string_append_len (g_string_append_len (out, self->source->str, gap), SEPARATOR, -1);
  append_chunks (self, out, 0, MAX (w->first, 0));
  *window_at = out->len;
  g_string_append_len (out, text + w->start, w->end - w->start);
  /* A window up to the end of the text may end inside an open block (a
   * fence never closed): nothing may follow it. Before another block, the
   * window's blocks are all closed: it started a top-level block. */
  if (w->last < self->blocks->len)
    {
      g_string_append (out, SEPARATOR);
      append_chunks (self, out, w->last, self->blocks->len);
    }
  return out;
}

/* The index of the first window block where the old blocks take over, or -1. */
static int
find_sync (BylinePreview      *self,
           const BylineParsed *parsed,
           const Window       *w,
           guint              *old_index)
{
  for (guint k = 0; k < parsed->spans->len; k++)
    {
      gssize old = (gssize) g_array_index (parsed->spans, BylineSpan, k).start - w->delta;
      int i;

      if (old <= (gssize) w->old_end)
        continue;
      i = byline_preview_block_at_source (self, old);
      if (i >= 0 && block (self, i)->src_start == (gsize) old)
        {
          *old_index = i;
          return k;
        }
    }
  return -1;
}

static void
parse_window_text (BylinePreview *self,
                   const char    *text,
                   const Window  *w,
                   BylineParsed  *parsed)
{
  gsize window_at;
  g_autoptr(GString) combined = window_text (self, text, w, &window_at);
  g_autoptr(BylineLineIndex) index = byline_line_index_new (combined->str, combined->len);

  parsed->root = byline_markdown_parse (combined->str, combined->len);
  byline_parsed_add_children (parsed, index, window_at, window_at + (w->end - w->start),
                              (gssize) w->start - (gssize) window_at);
}

/* Keeps window blocks [0, n) and ends the last one at @end. */
static void
truncate_parsed (BylineParsed *parsed,
                 guint         n,
                 gsize         end)
{
  g_ptr_array_set_size (parsed->nodes, n);
  g_array_set_size (parsed->spans, n);
  g_array_set_size (parsed->roles, n);
  if (n > 0)
    g_array_index (parsed->spans, BylineSpan, n - 1).end = end;
}

/* No definition may change: none in the window's old blocks nor in its new text. */
static gboolean
definitions_stay (BylinePreview *self,
                  const char    *text,
                  const Window  *w,
                  guint          old_last,
                  gsize          new_end)
{
  if (w->first < 0 && leading_gap_defines (self))
    return FALSE;
  for (guint i = MAX (w->first, 0); i < old_last; i++)
    if (block (self, i)->defines)
      return FALSE;
  return memmem (text + w->start, new_end - w->start, "]:", 2) == NULL;
}

static void
window_init (BylinePreview *self,
             gsize          len,
             BylineEdit     edit,
             Window        *w)
{
  w->prefix = edit.prefix;
  w->old_end = self->source->len - edit.suffix;
  w->delta = (gssize) len - (gssize) self->source->len;
  w->first = first_block (self, w->prefix);
  w->start = w->first >= 0 ? block (self, w->first)->src_start : 0;
}

gboolean
byline_preview_parse_window (BylinePreview *self,
                             const char    *text,
                             gsize          len,
                             BylineEdit     edit,
                             BylineParsed  *parsed,
                             guint         *old_first,
                             guint         *old_last)
{
  Window w;
  guint after, extra = FIRST_BLOCKS_AFTER;
  gsize new_end;

  if (self->blocks->len == 0)
    return FALSE;
  window_init (self, len, edit, &w);
  after = block_after (self, w.old_end);
  for (;;)
    {
      int k;

      w.last = MIN (after + extra, self->blocks->len);
      w.end = w.last < self->blocks->len ? block (self, w.last)->src_start + w.delta : len;
      byline_parsed_clear (parsed);
      parse_window_text (self, text, &w, parsed);
      if ((k = find_sync (self, parsed, &w, old_last)) >= 0)
        {
          new_end = g_array_index (parsed->spans, BylineSpan, k).start;
          truncate_parsed (parsed, k, new_end);
          break;
        }
      if (w.last == self->blocks->len)
        {
          *old_last = self->blocks->len;
          new_end = len;
          truncate_parsed (parsed, parsed->nodes->len, len);
          break;
        }
      extra *= 4;
    }
  *old_first = MAX (w.first, 0);
  /* All the new text up to the old blocks, blocks or not (a definition-only
   * paragraph leaves none). */
  return definitions_stay (self, text, &w, *old_last, new_end);
}
