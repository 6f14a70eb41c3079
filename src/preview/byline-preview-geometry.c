/* byline-preview-geometry.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-preview"

#include "config.h"

#include "byline-preview-private.h"

/* Where blocks are on screen: the source ↔ y mapping behind scroll sync, and
 * what the tags cannot draw: quote bars, rules, the caret's block. */

#define BAR_WIDTH 3

static void
block_yrange (BylinePreview *self,
              guint          i,
              double        *top,
              double        *bottom)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  const BylineBlock *block = &g_array_index (self->blocks, BylineBlock, i);
  GtkTextIter iter;
  int y, height;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, block->pv_start);
  gtk_text_view_get_line_yrange (GTK_TEXT_VIEW (self), &iter, &y, &height);
  *top = y;
  *bottom = y;
  if (block->pv_chars == 0)
    return;
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, block->pv_start + block->pv_chars - 1);
  gtk_text_view_get_line_yrange (GTK_TEXT_VIEW (self), &iter, &y, &height);
  *bottom = y + height;
}

gboolean
byline_preview_get_source_y (BylinePreview *self,
                             gsize          offset,
                             double        *y)
{
  const BylineBlock *block;
  double top, bottom, fraction;
  int i;

  g_return_val_if_fail (BYLINE_IS_PREVIEW (self), FALSE);

  if ((i = byline_preview_block_at_source (self, offset)) < 0)
    return FALSE;
  block = &g_array_index (self->blocks, BylineBlock, i);
  block_yrange (self, i, &top, &bottom);
  fraction = block->src_end > block->src_start
             ? (double) ((gssize) offset - (gssize) block->src_start) / (block->src_end - block->src_start)
             : 0;
  *y = top + CLAMP (fraction, 0.0, 1.0) * (bottom - top);
  return TRUE;
}

gsize
byline_preview_get_source_at_y (BylinePreview *self,
                                double         y)
{
  const BylineBlock *block;
  GtkTextIter iter;
  double top, bottom, fraction;
  int line_top, i;

  g_return_val_if_fail (BYLINE_IS_PREVIEW (self), 0);

  gtk_text_view_get_line_at_y (GTK_TEXT_VIEW (self), &iter, (int) y, &line_top);
  if ((i = byline_preview_block_at_char (self, gtk_text_iter_get_offset (&iter))) < 0)
    return 0;
  block = &g_array_index (self->blocks, BylineBlock, i);
  block_yrange (self, i, &top, &bottom);
  fraction = bottom > top ? (y - top) / (bottom - top) : 0;
  return block->src_start + (gsize) (CLAMP (fraction, 0.0, 1.0) * (block->src_end - block->src_start));
}

void
byline_preview_set_caret (BylinePreview *self,
                          gssize         offset)
{
  int block;

  g_return_if_fail (BYLINE_IS_PREVIEW (self));

  block = offset < 0 ? -1 : byline_preview_block_at_source (self, offset);
  if (block == self->caret_block)
    return;
  self->caret_block = block;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

int
byline_preview_get_caret_block (BylinePreview *self)
{
  g_return_val_if_fail (BYLINE_IS_PREVIEW (self), -1);

  return self->caret_block;
}

gsize
byline_preview_source_offset (BylinePreview *self,
                              int            line,
                              int            line_index)
{
  g_return_val_if_fail (BYLINE_IS_PREVIEW (self), 0);

  return byline_line_index_offset (byline_preview_get_index (self), line + 1, line_index + 1);
}

void
byline_preview_source_locate (BylinePreview *self,
                              gsize          offset,
                              int           *line,
                              int           *line_index)
{
  g_return_if_fail (BYLINE_IS_PREVIEW (self));

  byline_line_index_locate (byline_preview_get_index (self), offset, line, line_index);
  (*line)--;
  (*line_index)--;
}

static void
fill (GtkSnapshot   *snapshot,
      const GdkRGBA *color,
      double         x,
      double         y,
      double         width,
      double         height)
{
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, y, width, height));
}

static void
snapshot_caret_block (BylinePreview *self,
                      GtkSnapshot   *snapshot,
                      const GdkRGBA *accent)
{
  GdkRGBA band = *accent;
  double top, bottom;
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  if (self->caret_block < 0 || (guint) self->caret_block >= self->blocks->len)
    return;
  block_yrange (self, self->caret_block, &top, &bottom);
  if (bottom <= top)
    return;
  band.alpha = 0.07;
  fill (snapshot, &band, 0, top, width, bottom - top);
  fill (snapshot, accent, BYLINE_PREVIEW_MARGIN / 2 - 1, top, BAR_WIDTH, bottom - top);
}

/* Quote bars and thematic breaks of the line at @iter, between @y and @y + @height. */
static int
line_left (BylinePreview     *self,
           const GtkTextIter *iter)
{
  for (int depth = BYLINE_PREVIEW_MAX_DEPTH; depth > 0; depth--)
    if (gtk_text_iter_has_tag (iter, byline_preview_depth_tag (self, "indent", depth)))
      return BYLINE_PREVIEW_MARGIN + BYLINE_PREVIEW_INDENT * depth;
  return BYLINE_PREVIEW_MARGIN;
}

/* Code is shaded up to the gap below its last line, so neighbours stay apart. */
static void
snapshot_code_line (BylinePreview     *self,
                    GtkSnapshot       *snapshot,
                    const GtkTextIter *iter,
                    int                y,
                    int                height)
{
  const GdkRGBA shade = { .5, .5, .5, .13 };
  int gap = gtk_text_iter_has_tag (iter, byline_preview_tag (self, "gap")) ? 12
            : gtk_text_iter_has_tag (iter, byline_preview_tag (self, "gap-tight")) ? 3 : 0;
  int left = line_left (self, iter) - 8;
  int width = MAX (gtk_widget_get_width (GTK_WIDGET (self)), 0);
  GtkTextIter end = *iter;
  GdkRectangle location;

  /* Code does not wrap: a long line widens the box to its end. */
  gtk_text_iter_forward_to_line_end (&end);
  gtk_text_view_get_iter_location (GTK_TEXT_VIEW (self), &end, &location);
  width = MAX (width - BYLINE_PREVIEW_MARGIN + 8, location.x + 8) - left;
  fill (snapshot, &shade, left, y, width, height - gap);
}

static void
snapshot_line (BylinePreview     *self,
               GtkSnapshot       *snapshot,
               const GtkTextIter *iter,
               const GdkRGBA     *ink,
               int                y,
               int                height)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  if (gtk_text_iter_has_tag (iter, byline_preview_tag (self, "codeblock")))
    snapshot_code_line (self, snapshot, iter, y, height);

  for (int depth = 1; depth <= BYLINE_PREVIEW_MAX_DEPTH; depth++)
    if (gtk_text_iter_has_tag (iter, byline_preview_depth_tag (self, "quote-at", depth)))
      fill (snapshot, ink, BYLINE_PREVIEW_MARGIN + BYLINE_PREVIEW_INDENT * (depth - 1) + 6, y, BAR_WIDTH, height);
  if (gtk_text_iter_has_tag (iter, byline_preview_tag (self, "rule")))
    {
      int left = line_left (self, iter);

      fill (snapshot, ink, left, y + 6 + (height - 6 - 12) / 2.0, width - left - BYLINE_PREVIEW_MARGIN, 1);
    }
}

void
byline_preview_snapshot_decor (BylinePreview *self,
                               GtkSnapshot   *snapshot)
{
  GdkRGBA ink, accent;
  GdkRectangle visible;
  GtkTextIter iter;
  int y, height;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &ink);
  G_GNUC_END_IGNORE_DEPRECATIONS
  ink.alpha *= 0.25;
  gdk_rgba_parse (&accent, "#3584e4");
  snapshot_caret_block (self, snapshot, &accent);

  gtk_text_view_get_visible_rect (GTK_TEXT_VIEW (self), &visible);
  gtk_text_view_get_line_at_y (GTK_TEXT_VIEW (self), &iter, visible.y, NULL);
  do
    {
      gtk_text_view_get_line_yrange (GTK_TEXT_VIEW (self), &iter, &y, &height);
      snapshot_line (self, snapshot, &iter, &ink, y, height);
    }
  while (y + height < visible.y + visible.height && gtk_text_iter_forward_line (&iter));
}
