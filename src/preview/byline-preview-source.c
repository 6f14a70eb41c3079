/* byline-preview-source.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-preview"

#include "config.h"

#include <string.h>

#include "byline-preview-private.h"

/* Following the editor's buffer. Reading a GtkTextBuffer's text back costs
 * about 5 ms per megabyte; instead the preview keeps its own copy in step
 * with the buffer's insert-text and delete-range signals, and knows which
 * bytes an update has to look at. */

/* Byte offset of @iter, from the lines of the copy as it was before this edit. */
static gsize
byte_offset (BylinePreview     *self,
             const GtkTextIter *iter)
{
  return byline_line_index_offset (self->mirror_index, gtk_text_iter_get_line (iter) + 1, 1)
         + gtk_text_iter_get_line_index (iter);
}

/* GtkTextBuffer also breaks lines at \r and U+2029; our line index does not. */
static gboolean
has_other_breaks (const char *text,
                  gsize       len)
{
  return memchr (text, '\r', len) != NULL || memmem (text, len, "\xe2\x80\xa9", 3) != NULL;
}

static void
note_edit (BylinePreview *self,
           gsize          start,
           gsize          end)
{
  self->dirty = TRUE;
  self->dirty_prefix = MIN (self->dirty_prefix, start);
  self->dirty_suffix = MIN (self->dirty_suffix, self->mirror->len - end);
}

static void
insert_text_cb (GtkTextBuffer *buffer,
                GtkTextIter   *location,
                const char    *text,
                int            len,
                BylinePreview *self)
{
  gsize at;

  if (self->mirror_lost || (self->mirror_lost = has_other_breaks (text, len)))
    return;
  at = byte_offset (self, location);
  g_string_insert_len (self->mirror, at, text, len);
  byline_line_index_insert (self->mirror_index, at, text, len);
  note_edit (self, at, at + len);
}

static void
delete_range_cb (GtkTextBuffer *buffer,
                 GtkTextIter   *start,
                 GtkTextIter   *end,
                 BylinePreview *self)
{
  gsize from, to;

  if (self->mirror_lost)
    return;
  from = byte_offset (self, start);
  to = byte_offset (self, end);
  g_string_erase (self->mirror, from, to - from);
  byline_line_index_erase (self->mirror_index, from, to - from);
  note_edit (self, from, from);
}

/* Reads the whole text again: at the start, and after line breaks we cannot follow. */
static void
resync (BylinePreview *self)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (self->followed, &start, &end);
  text = gtk_text_buffer_get_text (self->followed, &start, &end, TRUE);
  if (self->mirror != NULL)
    g_string_free (self->mirror, TRUE);
  self->mirror = g_string_new (text);
  g_clear_pointer (&self->mirror_index, byline_line_index_free);
  self->mirror_index = byline_line_index_new (self->mirror->str, self->mirror->len);
  self->mirror_lost = has_other_breaks (self->mirror->str, self->mirror->len);
  self->dirty = TRUE;
  self->dirty_prefix = self->dirty_suffix = 0;
}

void
byline_preview_source_dispose (BylinePreview *self)
{
  if (self->followed != NULL)
    g_signal_handlers_disconnect_by_data (self->followed, self);
  g_clear_object (&self->followed);
  if (self->mirror != NULL)
    g_string_free (self->mirror, TRUE);
  self->mirror = NULL;
  g_clear_pointer (&self->mirror_index, byline_line_index_free);
}

void
byline_preview_follow (BylinePreview *self,
                       GtkTextBuffer *buffer)
{
  g_return_if_fail (BYLINE_IS_PREVIEW (self));
  g_return_if_fail (buffer == NULL || GTK_IS_TEXT_BUFFER (buffer));

  byline_preview_source_dispose (self);
  if (buffer == NULL)
    return;
  self->followed = g_object_ref (buffer);
  /* Before the default handlers: the iters still point into the old text. */
  g_signal_connect_object (buffer, "insert-text", G_CALLBACK (insert_text_cb), self, 0);
  g_signal_connect_object (buffer, "delete-range", G_CALLBACK (delete_range_cb), self, 0);
  resync (self);
}

void
byline_preview_update (BylinePreview *self)
{
  BylineEdit edit;

  g_return_if_fail (BYLINE_IS_PREVIEW (self));

  if (self->followed == NULL)
    return;
  if (self->mirror_lost)
    resync (self);
  if (!self->dirty)
    return;
  edit = (BylineEdit) { self->dirty_prefix, self->dirty_suffix };
  self->dirty = FALSE;
  self->dirty_prefix = self->dirty_suffix = G_MAXSIZE;
  byline_preview_update_text (self, self->mirror->str, self->mirror->len, edit);
}

gboolean
byline_preview_get_dirty (BylinePreview *self)
{
  g_return_val_if_fail (BYLINE_IS_PREVIEW (self), FALSE);

  return self->dirty || self->mirror_lost;
}
