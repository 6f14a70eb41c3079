/* byline-preview.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BYLINE_TYPE_PREVIEW (byline_preview_get_type ())

G_DECLARE_FINAL_TYPE (BylinePreview, byline_preview, BYLINE, PREVIEW, GtkTextView)

GtkWidget *byline_preview_new          (void);
/**
 * byline_preview_set_markdown:
 * @text: (array length=len): the Markdown source, valid UTF-8
 *
 * Renders @text natively into the preview's buffer. The text is parsed
 * again, but only the top-level blocks whose source changed since the last
 * call are rebuilt in the buffer; the others are not touched.
 */
void       byline_preview_set_markdown (BylinePreview *self,
                                        const char    *text,
                                        gsize          len);
/**
 * byline_preview_follow:
 * @buffer: (nullable): the editor's buffer, or %NULL to stop
 *
 * Keeps a copy of @buffer's text in step with its edits, so that
 * byline_preview_update() never reads the whole text back. Don't mix with
 * byline_preview_set_markdown().
 */
void       byline_preview_follow       (BylinePreview *self,
                                        GtkTextBuffer *buffer);
/* Renders the followed buffer's edits since the last update, if any. */
void       byline_preview_update       (BylinePreview *self);
/* Whether the followed buffer has edits not rendered yet. */
gboolean   byline_preview_get_dirty    (BylinePreview *self);
/**
 * byline_preview_rebuild:
 *
 * Renders the last text again from scratch, every block. For tests and for
 * changes that affect every block.
 */
void       byline_preview_rebuild      (BylinePreview *self);
/* Blocks the last update rendered (for tests and the benchmark). */
guint      byline_preview_get_n_rebuilt (BylinePreview *self);
/* Whether the last update re-parsed only a window around the edit. */
gboolean   byline_preview_get_last_windowed (BylinePreview *self);
/* A plain-text article's headline paragraph is shown as its title. */
void       byline_preview_set_plain_text (BylinePreview *self,
                                          gboolean       plain_text);
/* (nullable): the folder relative image paths are resolved against */
void       byline_preview_set_base_dir (BylinePreview *self,
                                        GFile         *dir);

/* Zoom: a factor of the base font size, clamped to [0.5, 3]. */
void       byline_preview_set_zoom     (BylinePreview *self,
                                        double         zoom);
double     byline_preview_get_zoom     (BylinePreview *self);

/* Scroll sync. Offsets are byte offsets into the last text given. */
/**
 * byline_preview_get_source_y:
 * @y: (out): the buffer y coordinate where @offset is shown
 *
 * Returns: %FALSE when the preview is empty
 */
gboolean   byline_preview_get_source_y  (BylinePreview *self,
                                         gsize          offset,
                                         double        *y);
/* The source offset shown at buffer coordinate @y. */
gsize      byline_preview_get_source_at_y (BylinePreview *self,
                                         double         y);
/* Marks the block holding @offset (the editor's caret), or none with -1. */
void       byline_preview_set_caret    (BylinePreview *self,
                                        gssize         offset);
/* The index of the marked block, or -1. */
int        byline_preview_get_caret_block (BylinePreview *self);
/* Source byte offsets of line starts, for mapping editor iters. */
gsize      byline_preview_source_offset (BylinePreview *self,
                                         int            line,
                                         int            line_index);
void       byline_preview_source_locate (BylinePreview *self,
                                         gsize          offset,
                                         int           *line,
                                         int           *line_index);

/**
 * byline_preview_click_at:
 *
 * What a click at @iter does: an http, https or mailto link emits
 * #BylinePreview::open-uri; anywhere else emits
 * #BylinePreview::activate-source with the start of the block there.
 */
void       byline_preview_click_at     (BylinePreview     *self,
                                        const GtkTextIter *iter);
/* (transfer full) (nullable): the tooltip for the link or image at @iter */
char      *byline_preview_dup_tooltip_at (BylinePreview     *self,
                                          const GtkTextIter *iter);

/**
 * byline_preview_dup_dump:
 *
 * A stable serialisation of the buffer: text, tag names as `<+name>` and
 * `<-name>`, link targets, child anchors. For golden tests.
 *
 * Returns: (transfer full): the dump
 */
char      *byline_preview_dup_dump     (BylinePreview *self);

/* (transfer full): one line per block: source range, role, kind, buffer range. For tests. */
char      *byline_preview_dup_block_table (BylinePreview *self);

G_END_DECLS
