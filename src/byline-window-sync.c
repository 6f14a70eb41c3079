/* byline-window-sync.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-window"

#include "config.h"

#include "byline-core.h"
#include "byline-preview.h"
#include "byline-window-private.h"

/* Editor ↔ preview: scroll sync both ways (GSettings `scroll-sync`), the
 * caret's block marked in the preview, a click in the preview moving the
 * caret, and the preview's zoom keys from anywhere in the window. Offsets
 * travel as source bytes; the preview maps them to blocks. */

static gboolean
sync_enabled (BylineWindow *self)
{
  return self->settings != NULL && g_settings_get_boolean (self->settings, "scroll-sync")
         && gtk_widget_get_visible (self->preview_scroller);
}

static GtkAdjustment *
vadjustment (GtkWidget *scroller)
{
  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
}

/* The source byte offset shown at the top of the editor, within its (wrapped) line. */
static gsize
editor_top_offset (BylineWindow *self)
{
  BylinePreview *preview = BYLINE_PREVIEW (self->preview);
  double top = gtk_adjustment_get_value (vadjustment (self->editor_scroller));
  GtkTextIter iter;
  int line_top, y, height, line;
  gsize start, end;

  gtk_text_view_get_line_at_y (GTK_TEXT_VIEW (self->editor), &iter, (int) top, &line_top);
  gtk_text_view_get_line_yrange (GTK_TEXT_VIEW (self->editor), &iter, &y, &height);
  line = gtk_text_iter_get_line (&iter);
  start = byline_preview_source_offset (preview, line, 0);
  end = byline_preview_source_offset (preview, line + 1, 0);
  if (height <= 0 || top <= y)
    return start;
  return start + (gsize) ((end - start) * MIN ((top - y) / height, 1.0));
}

static void
editor_scrolled_cb (BylineWindow *self)
{
  double y;

  if (self->sync_lock || !sync_enabled (self))
    return;
  if (!byline_preview_get_source_y (BYLINE_PREVIEW (self->preview), editor_top_offset (self), &y))
    return;
  self->sync_lock = TRUE;
  gtk_adjustment_set_value (vadjustment (self->preview_scroller), y);
  self->sync_lock = FALSE;
}

static void
preview_scrolled_cb (BylineWindow *self)
{
  BylinePreview *preview = BYLINE_PREVIEW (self->preview);
  double top = gtk_adjustment_get_value (vadjustment (self->preview_scroller));
  gsize offset, start, end;
  GtkTextIter iter;
  int line, index, y, height;

  if (self->sync_lock || !sync_enabled (self))
    return;
  offset = byline_preview_get_source_at_y (preview, top);
  byline_preview_source_locate (preview, offset, &line, &index);
  start = byline_preview_source_offset (preview, line, 0);
  end = byline_preview_source_offset (preview, line + 1, 0);
  gtk_text_buffer_get_iter_at_line (GTK_TEXT_BUFFER (self->document), &iter, line);
  gtk_text_view_get_line_yrange (GTK_TEXT_VIEW (self->editor), &iter, &y, &height);
  self->sync_lock = TRUE;
  gtk_adjustment_set_value (vadjustment (self->editor_scroller),
                            y + (end > start ? (double) height * (offset - start) / (end - start) : 0));
  self->sync_lock = FALSE;
}

void
byline_window_sync_caret (BylineWindow *self)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self->document);
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  byline_preview_set_caret (BYLINE_PREVIEW (self->preview),
                            byline_preview_source_offset (BYLINE_PREVIEW (self->preview),
                                                          gtk_text_iter_get_line (&iter),
                                                          gtk_text_iter_get_line_index (&iter)));
}

static void
mark_set_cb (BylineWindow *self,
             GtkTextIter  *location,
             GtkTextMark  *mark)
{
  if (mark == gtk_text_buffer_get_insert (GTK_TEXT_BUFFER (self->document)))
    byline_window_sync_caret (self);
}

static void
activate_source_cb (BylineWindow *self,
                    guint64       offset)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self->document);
  GtkTextIter iter;
  int line, index;

  byline_preview_source_locate (BYLINE_PREVIEW (self->preview), offset, &line, &index);
  gtk_text_buffer_get_iter_at_line_index (buffer, &iter, line, index);
  gtk_text_buffer_place_cursor (buffer, &iter);
  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self->editor), gtk_text_buffer_get_insert (buffer),
                                0.1, FALSE, 0, 0);
}

static void
base_dir_cb (BylineWindow *self)
{
  GFile *file = byline_document_get_file (self->document);
  g_autoptr(GFile) dir = file != NULL ? g_file_get_parent (file) : NULL;

  g_autofree char *name = file != NULL ? g_file_get_basename (file) : NULL;

  byline_preview_set_base_dir (BYLINE_PREVIEW (self->preview), dir);
  /* Scraped articles come as .txt: their headline is the title. */
  byline_preview_set_plain_text (BYLINE_PREVIEW (self->preview), name != NULL && g_str_has_suffix (name, ".txt"));
}

static gboolean
zoom_cb (GtkWidget *widget,
         GVariant  *args,
         gpointer   user_data)
{
  BylineWindow *self = BYLINE_WINDOW (widget);

  return gtk_widget_activate_action (self->preview, user_data, NULL);
}

/* Ctrl+plus, Ctrl+minus and Ctrl+0 zoom the preview wherever the focus is. */
static void
add_zoom_shortcuts (BylineWindow *self)
{
  static const struct { const char *trigger; const char *action; } keys[] = {
    { "<Control>plus|<Control>equal|<Control>KP_Add", "preview.zoom-in" },
    { "<Control>minus|<Control>KP_Subtract", "preview.zoom-out" },
    { "<Control>0|<Control>KP_0", "preview.zoom-reset" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_shortcut_trigger_parse_string (keys[i].trigger),
                                                            gtk_callback_action_new (zoom_cb, (gpointer) keys[i].action,
                                                                                     NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

void
byline_window_sync_init (BylineWindow *self)
{
  byline_preview_follow (BYLINE_PREVIEW (self->preview), GTK_TEXT_BUFFER (self->document));
  g_signal_connect_object (vadjustment (self->editor_scroller), "value-changed",
                           G_CALLBACK (editor_scrolled_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (vadjustment (self->preview_scroller), "value-changed",
                           G_CALLBACK (preview_scrolled_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "mark-set", G_CALLBACK (mark_set_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::title", G_CALLBACK (base_dir_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->preview, "activate-source", G_CALLBACK (activate_source_cb), self,
                           G_CONNECT_SWAPPED);
  add_zoom_shortcuts (self);
}

void
byline_window_sync_settings_init (BylineWindow *self)
{
  g_autoptr(GAction) action = g_settings_create_action (self->settings, "scroll-sync");

  g_action_map_add_action (G_ACTION_MAP (self), action);
}
