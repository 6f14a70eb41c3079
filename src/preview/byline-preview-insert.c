/* byline-preview-insert.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-preview"

#include "config.h"

#include <string.h>

#include "byline-preview-private.h"

/* The buffer side of an update: render the new blocks off the buffer, delete
 * the old ones' text, insert the new text in one go, apply the tag runs, and
 * keep the block table in step. Blocks outside the replaced range are never
 * touched: only their offsets move. */

/* Local images: their U+FFFC placeholders become child anchors. */
static void
insert_anchors (BylinePreview *self,
                GArray        *anchors,
                guint          base)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));

  for (guint i = 0; i < anchors->len; i++)
    {
      const BylineLink *link = &g_array_index (anchors, BylineLink, i);
      GtkTextIter start, end;
      GtkTextChildAnchor *anchor;

      gtk_text_buffer_get_iter_at_offset (buffer, &start, base + link->start);
      end = start;
      gtk_text_iter_forward_char (&end);
      gtk_text_buffer_delete (buffer, &start, &end);
      anchor = gtk_text_buffer_create_child_anchor (buffer, &start);
      gtk_text_view_add_child_at_anchor (GTK_TEXT_VIEW (self), byline_preview_picture_new (self, link->url), anchor);
    }
}

static int
compare_runs (gconstpointer a,
              gconstpointer b)
{
  const BylineRun *x = a, *y = b;

  if (x->tag != y->tag)
    return x->tag < y->tag ? -1 : 1;
  return x->start < y->start ? -1 : x->start > y->start;
}

/* Joins runs of one tag that touch or overlap, such as the gaps of
 * consecutive paragraphs: each apply_tag costs microseconds. */
static void
merge_runs (GArray *runs)
{
  guint kept = 0;

  g_array_sort (runs, compare_runs);
  for (guint i = 0; i < runs->len; i++)
    {
      BylineRun *run = &g_array_index (runs, BylineRun, i);
      BylineRun *last = kept > 0 ? &g_array_index (runs, BylineRun, kept - 1) : NULL;

      if (last != NULL && last->tag == run->tag && run->start <= last->end)
        last->end = MAX (last->end, run->end);
      else
        g_array_index (runs, BylineRun, kept++) = *run;
    }
  g_array_set_size (runs, kept);
}

/* Inserts the renders of many blocks at once: GtkTextBuffer pays per insert
 * (signals, layout invalidation), far more than per byte. */
static void
insert_render (BylinePreview *self,
               guint          base,
               BylineRender  *all,
               GArray        *anchors)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter start, end;

  gtk_text_buffer_get_iter_at_offset (buffer, &start, base);
  gtk_text_buffer_insert (buffer, &start, all->text->str, all->text->len);
  /* Text inserted where a neighbour's tag ends may be inside that tag: clear it. */
  gtk_text_buffer_get_iter_at_offset (buffer, &start, base);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, base + all->n_chars);
  gtk_text_buffer_remove_all_tags (buffer, &start, &end);
  insert_anchors (self, anchors, base);

  merge_runs (all->runs);
  for (guint i = 0; i < all->runs->len; i++)
    {
      const BylineRun *run = &g_array_index (all->runs, BylineRun, i);

      gtk_text_buffer_get_iter_at_offset (buffer, &start, base + run->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, base + run->end);
      gtk_text_buffer_apply_tag (buffer, run->tag, &start, &end);
    }
}

/* Appends @render to @all, which starts at character 0 of the update. */
static void
append_render (BylineRender *all,
               BylineRender *render,
               GArray       *anchors)
{
  guint base = all->n_chars;

  g_string_append_len (all->text, render->text->str, render->text->len);
  all->n_chars += render->n_chars;
  for (guint i = 0; i < render->runs->len; i++)
    {
      BylineRun run = g_array_index (render->runs, BylineRun, i);

      run.start += base;
      run.end += base;
      g_array_append_val (all->runs, run);
    }
  for (guint i = 0; i < render->links->len; i++)
    {
      const BylineLink *link = &g_array_index (render->links, BylineLink, i);
      BylineLink anchor = { base + link->start, base + link->end, link->kind, link->url };

      /* Anchors borrow the URLs: the block keeps the links. */
      if (link->kind == BYLINE_LINK_LOCAL_IMAGE)
        g_array_append_val (anchors, anchor);
    }
}

static BylineBlock
new_block (const BylineReplace *replace,
           guint                i)
{
  const BylineSpan *span = &g_array_index (replace->parsed->spans, BylineSpan, i);
  cmark_node *node = g_ptr_array_index (replace->parsed->nodes, i);
  BylineBlock block = { span->start, span->end };

  block.role = g_array_index (replace->parsed->roles, guint8, i);
  block.kind = cmark_node_get_type (node);
  block.level = block.kind == CMARK_NODE_HEADING ? cmark_node_get_heading_level (node) : 0;
  block.defines = memmem (replace->text + span->start, span->end - span->start, "]:", 2) != NULL;
  return block;
}

/* Renders the new blocks at character @pv_start, appending them to @out. */
static void
render_blocks (BylinePreview       *self,
               const BylineReplace *replace,
               guint                pv_start,
               GArray              *out)
{
  g_autoptr(GArray) anchors = g_array_new (FALSE, FALSE, sizeof (BylineLink));
  guint base = pv_start;
  BylineRender all;

  byline_render_init (&all);
  for (guint i = replace->new_first; i < replace->new_last; i++)
    {
      BylineBlock block = new_block (replace, i);
      BylineRender render;

      byline_render_init (&render);
      byline_preview_render_block (self, g_ptr_array_index (replace->parsed->nodes, i), block.role, &render);
      append_render (&all, &render, anchors);
      block.pv_start = pv_start;
      block.pv_chars = render.n_chars;
      pv_start += render.n_chars;
      if (render.links->len > 0)
        block.links = g_steal_pointer (&render.links);
      g_array_append_val (out, block);
      byline_render_clear (&render);
    }
  insert_render (self, base, &all, anchors);
  byline_render_clear (&all);
}

static guint
block_pv_start (BylinePreview *self,
                guint          i)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));

  if (i < self->blocks->len)
    return g_array_index (self->blocks, BylineBlock, i).pv_start;
  return gtk_text_buffer_get_char_count (buffer);
}

void
byline_preview_replace_blocks (BylinePreview       *self,
                               const BylineReplace *replace)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  g_autoptr(GArray) fresh = g_array_new (FALSE, FALSE, sizeof (BylineBlock));
  guint pv_start = block_pv_start (self, replace->old_first);
  guint pv_end = block_pv_start (self, replace->old_last);
  int delta = -(int) (pv_end - pv_start);
  GtkTextIter start, end;

  gtk_text_buffer_get_iter_at_offset (buffer, &start, pv_start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, pv_end);
  gtk_text_buffer_delete (buffer, &start, &end);
  if (replace->new_last > replace->new_first)
    render_blocks (self, replace, pv_start, fresh);
  for (guint i = 0; i < fresh->len; i++)
    delta += g_array_index (fresh, BylineBlock, i).pv_chars;

  g_array_remove_range (self->blocks, replace->old_first, replace->old_last - replace->old_first);
  g_array_insert_vals (self->blocks, replace->old_first, fresh->data, fresh->len);
  /* The blocks after keep their renders; their offsets move. */
  for (guint i = replace->old_first + fresh->len; i < self->blocks->len; i++)
    {
      BylineBlock *block = &g_array_index (self->blocks, BylineBlock, i);

      block->pv_start += delta;
      block->src_start += replace->delta;
      block->src_end += replace->delta;
    }
  self->n_rebuilt = replace->new_last - replace->new_first;
}
