/* byline-window.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-window"

#include <glib/gi18n.h>

#include "byline-core.h"
#include "byline-entity-panel.h"
#include "byline-preview.h"
#include "byline-window-private.h"

G_DEFINE_FINAL_TYPE (BylineWindow, byline_window, ADW_TYPE_APPLICATION_WINDOW)

static void start_analysis (BylineWindow *self);

static void
update_title (BylineWindow *self)
{
  g_autofree char *name = byline_document_dup_title (self->document);
  g_autofree char *title = NULL;
  g_autofree char *folder = NULL;
  GFile *file = byline_document_get_file (self->document);
  gboolean modified = gtk_text_buffer_get_modified (GTK_TEXT_BUFFER (self->document));

  title = g_strdup_printf ("%s%s", modified ? "• " : "", name);
  if (file != NULL)
    {
      g_autoptr(GFile) parent = g_file_get_parent (file);

      folder = parent ? g_file_get_parse_name (parent) : NULL;
    }
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, folder ? folder : _("Not saved yet"));
  g_clear_pointer (&title, g_free);
  title = g_strdup_printf ("%s%s — %s", modified ? "• " : "", name, _("Byline"));
  gtk_window_set_title (GTK_WINDOW (self), title);
}

/* The preview follows the document's edits itself: it re-parses and rebuilds
 * only the blocks around them, without reading the whole text back. */
static void
render_preview (BylineWindow *self)
{
  if (!gtk_widget_get_visible (self->preview_scroller))
    return;

  byline_preview_update (BYLINE_PREVIEW (self->preview));
  byline_window_sync_caret (self);
}

static gboolean
update_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  BylineWindow *self = BYLINE_WINDOW (widget);

  self->update_tick = 0;
  render_preview (self);
  start_analysis (self);
  return G_SOURCE_REMOVE;
}

/* Edits are coalesced to at most one update per frame. */
static void
schedule_update (BylineWindow *self)
{
  if (self->update_tick == 0)
    self->update_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), update_tick_cb, NULL, NULL);
}

static void
analysis_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(BylineWindow) self = user_data;
  g_autoptr(BylineAnalysis) analysis = NULL;
  g_autoptr(GError) error = NULL;

  self->analysis_running = FALSE;
  analysis = byline_analysis_run_finish (result, &error);
  if (analysis == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Analysis failed: %s", error->message);
      return;
    }

  /* A result for text that has changed since is dropped, unless nothing newer is coming. */
  if (byline_analysis_get_serial (analysis) == byline_document_get_serial (self->document)
      || !self->analysis_pending)
    byline_entity_panel_set_analysis (BYLINE_ENTITY_PANEL (self->panel), analysis);

  if (self->analysis_pending)
    {
      self->analysis_pending = FALSE;
      start_analysis (self);
    }
}

static void
start_analysis (BylineWindow *self)
{
  g_autoptr(GBytes) text = NULL;

  if (self->analysis_running)
    {
      self->analysis_pending = TRUE;
      return;
    }

  self->analysis_running = TRUE;
  text = byline_document_dup_bytes (self->document);
  byline_analysis_run_async (text, byline_document_get_serial (self->document),
                             self->cancellable, analysis_cb, g_object_ref (self));
}

static void
update_style_scheme (BylineWindow *self)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkSourceStyleSchemeManager *schemes = gtk_source_style_scheme_manager_get_default ();
  const char *id = adw_style_manager_get_dark (style) ? "Adwaita-dark" : "Adwaita";

  gtk_source_buffer_set_style_scheme (GTK_SOURCE_BUFFER (self->document),
                                      gtk_source_style_scheme_manager_get_scheme (schemes, id));
}

/* Each activation of a name in the panel selects its next mention after the
 * caret, wrapping around, so an editor can walk through every mention.
 * Mentions are in source order, so character offsets accumulate in one pass. */
static void
entity_activated_cb (BylineWindow *self,
                     BylineEntity *entity)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self->document);
  BylineAnalysis *analysis = byline_entity_panel_get_analysis (BYLINE_ENTITY_PANEL (self->panel));
  g_autoptr(GBytes) bytes = NULL;
  const BylineSpan *mentions;
  const char *text;
  GtkTextIter caret, start, end;
  glong caret_offset, offset = 0, first = -1, first_length = 0, chosen = -1, length = 0;
  gsize len, at = 0;
  guint n;

  /* Offsets are only good for the text they were computed on. */
  if (analysis == NULL
      || byline_analysis_get_serial (analysis) != byline_document_get_serial (self->document))
    return;
  mentions = byline_entity_get_mentions (entity, &n);
  bytes = byline_document_dup_bytes (self->document);
  text = g_bytes_get_data (bytes, &len);
  gtk_text_buffer_get_iter_at_mark (buffer, &caret, gtk_text_buffer_get_insert (buffer));
  caret_offset = gtk_text_iter_get_offset (&caret);

  for (guint i = 0; i < n && chosen < 0; i++)
    {
      if (mentions[i].end > len || mentions[i].start < at)
        continue;
      offset += g_utf8_pointer_to_offset (text + at, text + mentions[i].start);
      at = mentions[i].start;
      length = g_utf8_pointer_to_offset (text + at, text + mentions[i].end);
      if (first < 0)
        first = offset, first_length = length;
      if (offset >= caret_offset)
        chosen = offset;
    }
  if (first < 0)
    return;
  if (chosen < 0)
    chosen = first, length = first_length;

  gtk_text_buffer_get_iter_at_offset (buffer, &start, chosen);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, chosen + length);
  gtk_text_buffer_select_range (buffer, &end, &start);
  gtk_text_view_scroll_to_iter (GTK_TEXT_VIEW (self->editor), &start, 0.1, FALSE, 0, 0);
  gtk_widget_grab_focus (self->editor);
}

/* The three parts share the width: with the preview hidden the editor takes
 * its room and the panel keeps its own; with both hidden the editor is alone. */
static void
update_panes (BylineWindow *self)
{
  gboolean preview = gtk_widget_get_visible (self->preview_scroller);
  gboolean panel = gtk_widget_get_visible (self->panel);
  int width = gtk_widget_get_width (GTK_WIDGET (self->outer_paned));

  gtk_widget_set_visible (self->inner_paned, preview || panel);
  gtk_paned_set_resize_end_child (self->outer_paned, preview);
  if (preview)
    {
      if (self->editor_width > 0)
        gtk_paned_set_position (self->outer_paned, self->editor_width);
      schedule_update (self);
    }
  else if (panel && width > 0)
    {
      self->editor_width = gtk_paned_get_position (self->outer_paned);
      gtk_paned_set_position (self->outer_paned, width - MAX (gtk_widget_get_width (self->panel), 280));
    }
}

static void
byline_window_dispose (GObject *object)
{
  BylineWindow *self = BYLINE_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  if (self->update_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->update_tick);
  self->update_tick = 0;
  gtk_widget_dispose_template (GTK_WIDGET (self), BYLINE_TYPE_WINDOW);
  g_clear_object (&self->spell_checker);
  g_clear_object (&self->document);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (byline_window_parent_class)->dispose (object);
}

static void
byline_window_class_init (BylineWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = byline_window_dispose;
  window_class->close_request = byline_window_close_request;

  g_type_ensure (GTK_SOURCE_TYPE_VIEW);
  g_type_ensure (BYLINE_TYPE_PREVIEW);
  g_type_ensure (BYLINE_TYPE_ENTITY_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/bylineeditor/Byline/ui/byline-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, editor);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, editor_scroller);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, preview);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, preview_scroller);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, panel);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, outer_paned);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, inner_paned);
}

static void
byline_window_init (BylineWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->document = byline_document_new ();
  gtk_text_view_set_buffer (GTK_TEXT_VIEW (self->editor), GTK_TEXT_BUFFER (self->document));
  self->spell_checker = byline_spell_checker_new (GTK_SOURCE_BUFFER (self->document));

  g_signal_connect_object (self->document, "changed", G_CALLBACK (schedule_update), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "modified-changed", G_CALLBACK (update_title), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::title", G_CALLBACK (update_title), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_style_scheme), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->preview_scroller, "notify::visible",
                           G_CALLBACK (update_panes), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->panel, "notify::visible",
                           G_CALLBACK (update_panes), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->panel, "entity-activated",
                           G_CALLBACK (entity_activated_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_grab_focus (self->editor);
  update_style_scheme (self);
  update_title (self);
  byline_window_actions_init (self);
  byline_window_sync_init (self);
  schedule_update (self);
}

BylineWindow *
byline_window_new (BylineApplication *application)
{
  BylineWindow *self;

  g_return_val_if_fail (BYLINE_IS_APPLICATION (application), NULL);

  self = g_object_new (BYLINE_TYPE_WINDOW, "application", application, NULL);
  self->settings = g_object_ref (byline_application_get_settings (application));
  byline_window_settings_init (self);
  byline_window_sync_settings_init (self);
  return self;
}

BylineDocument *
byline_window_get_document (BylineWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_WINDOW (self), NULL);

  return self->document;
}

GtkWidget *
byline_window_get_editor (BylineWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_WINDOW (self), NULL);

  return self->editor;
}

GtkWidget *
byline_window_get_preview (BylineWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_WINDOW (self), NULL);

  return self->preview;
}

GtkWidget *
byline_window_get_panel (BylineWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_WINDOW (self), NULL);

  return self->panel;
}

gboolean
byline_window_is_busy (BylineWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_WINDOW (self), FALSE);

  return self->update_tick != 0 || self->analysis_running || self->loading;
}
