/* byline-window-actions.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-window-actions"

#include <string.h>
#include <glib/gi18n.h>

#include "byline-core.h"
#include "byline-entity-panel.h"
#include "byline-window-private.h"

static void save_as (BylineWindow *self);

void
byline_window_show_error (BylineWindow *self,
                          const char   *heading,
                          const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
toast (BylineWindow *self,
       const char   *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static char *
file_display_name (GFile *file)
{
  g_autofree char *path = g_file_get_parse_name (file);

  return g_path_get_basename (path);
}

static void
load_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(BylineWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  self->loading = FALSE;
  if (!byline_document_load_finish (BYLINE_DOCUMENT (source), result, &error))
    {
      g_autofree char *heading = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      heading = g_strdup_printf (_("Could not open “%s”"),
                                 (char *) g_object_get_data (G_OBJECT (self), "loading-name"));
      byline_window_show_error (self, heading, error);
      return;
    }
}

static gboolean
document_is_pristine (BylineWindow *self)
{
  return byline_document_get_file (self->document) == NULL
         && !gtk_text_buffer_get_modified (GTK_TEXT_BUFFER (self->document))
         && gtk_text_buffer_get_char_count (GTK_TEXT_BUFFER (self->document)) == 0
         && !self->loading;
}

void
byline_window_open_file (BylineWindow *self,
                         GFile        *file)
{
  BylineWindow *target = self;

  g_return_if_fail (BYLINE_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  /* Never replace text the user may want: a busy window opens a new one. */
  if (!document_is_pristine (self))
    {
      GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

      target = byline_window_new (BYLINE_APPLICATION (app));
      gtk_window_present (GTK_WINDOW (target));
    }

  target->loading = TRUE;
  g_object_set_data_full (G_OBJECT (target), "loading-name", file_display_name (file), g_free);
  byline_document_load_async (target->document, file, target->cancellable, load_cb,
                              g_object_ref (target));
}

static void
add_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) articles = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (articles, _("Articles (Markdown and text)"));
  gtk_file_filter_add_pattern (articles, "*.md");
  gtk_file_filter_add_pattern (articles, "*.markdown");
  gtk_file_filter_add_pattern (articles, "*.txt");
  gtk_file_filter_add_mime_type (articles, "text/markdown");
  gtk_file_filter_add_mime_type (articles, "text/plain");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, articles);
  gtk_file_chooser_add_filter (chooser, all);
}

static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  BylineWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      byline_window_open_file (self, file);
    }
  g_object_unref (dialog);
}

static void
open_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  BylineWindow *self = user_data;
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Open Article"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  add_filters (GTK_FILE_CHOOSER (chooser));
  g_signal_connect_object (chooser, "response", G_CALLBACK (open_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
save_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(BylineWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!byline_document_save_finish (BYLINE_DOCUMENT (source), result, &error))
    {
      /* The text stays in the editor, still marked unsaved. */
      self->close_after_save = FALSE;
      byline_window_show_error (self, _("Could not save the article"), error);
      return;
    }

  toast (self, _("Article saved"));
  if (self->close_after_save)
    {
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

static void
save_to (BylineWindow *self,
         GFile        *file)
{
  byline_document_save_async (self->document, file, self->cancellable, save_cb, g_object_ref (self));
}

static void
save (BylineWindow *self)
{
  if (byline_document_get_file (self->document) == NULL)
    save_as (self);
  else
    save_to (self, NULL);
}

static void
save_as_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     BylineWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      save_to (self, file);
    }
  else
    self->close_after_save = FALSE;
  g_object_unref (dialog);
}

static void
save_as (BylineWindow *self)
{
  GtkFileChooserNative *chooser;
  GFile *file = byline_document_get_file (self->document);

  chooser = gtk_file_chooser_native_new (_("Save Article"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  add_filters (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, NULL);
  else
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("Untitled article.md"));
  g_signal_connect_object (chooser, "response", G_CALLBACK (save_as_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
save_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  save (BYLINE_WINDOW (user_data));
}

static void
save_as_action (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  save_as (BYLINE_WINDOW (user_data));
}

/* An export under way: where it goes, and the window to report to. */
typedef struct
{
  BylineWindow *self;
  GFile        *file;
} ExportRequest;

static void
export_request_free (ExportRequest *request)
{
  g_object_unref (request->self);
  g_object_unref (request->file);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportRequest, export_request_free)

static void
export_written_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(BylineWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        byline_window_show_error (self, _("Could not export the article"), error);
    }
  else
    toast (self, _("Exported as HTML"));
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(ExportRequest) request = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) html = byline_export_html_finish (result, &error);

  if (html == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        byline_window_show_error (request->self, _("Could not export the article"), error);
      return;
    }
  g_file_replace_contents_bytes_async (request->file, html, NULL, FALSE,
                                       G_FILE_CREATE_REPLACE_DESTINATION,
                                       request->self->cancellable, export_written_cb,
                                       g_object_ref (request->self));
}

static char *
dup_folder_path (GFile *file)
{
  g_autoptr(GFile) parent = file != NULL ? g_file_get_parent (file) : NULL;

  return parent != NULL ? g_file_get_path (parent) : NULL;
}

/* The article's file name without its extension, for the page title. */
static char *
dup_base_name (BylineWindow *self)
{
  char *name = byline_document_dup_title (self->document);
  char *dot = strrchr (name, '.');

  if (dot != NULL && dot != name)
    *dot = '\0';
  return name;
}

static void
export_to (BylineWindow      *self,
           GFile             *file,
           BylineExportFlags  flags)
{
  g_autoptr(GBytes) text = byline_document_dup_bytes (self->document);
  g_autofree char *source_dir = dup_folder_path (byline_document_get_file (self->document));
  g_autofree char *output_dir = dup_folder_path (file);
  g_autofree char *title = dup_base_name (self);
  BylineExportOptions options = {
    .flags = flags,
    .source_dir = source_dir,
    .output_dir = output_dir,
    .fallback_title = title,
  };
  ExportRequest *request = g_new0 (ExportRequest, 1);

  request->self = g_object_ref (self);
  request->file = g_object_ref (file);
  byline_export_html_async (text, &options, self->cancellable, export_done_cb, request);
}

static gboolean
choice_is_set (GtkFileChooser *chooser,
               const char     *id)
{
  return g_strcmp0 (gtk_file_chooser_get_choice (chooser, id), "true") == 0;
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    BylineWindow    *self)
{
  GtkFileChooser *chooser = GTK_FILE_CHOOSER (dialog);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (chooser);
      g_autoptr(GFile) folder = g_file_get_parent (file);
      g_autofree char *folder_uri = folder != NULL ? g_file_get_uri (folder) : g_strdup ("");
      BylineExportFlags flags = (choice_is_set (chooser, "unsafe") ? BYLINE_EXPORT_UNSAFE : 0)
                                | (choice_is_set (chooser, "embed-images") ? BYLINE_EXPORT_EMBED_IMAGES : 0);

      g_settings_set_string (self->settings, "last-export-folder", folder_uri);
      export_to (self, file, flags);
    }
  g_object_unref (dialog);
}

/* Where the last export went, else beside the article. */
static void
set_export_folder (BylineWindow   *self,
                   GtkFileChooser *chooser)
{
  g_autofree char *uri = g_settings_get_string (self->settings, "last-export-folder");
  GFile *article = byline_document_get_file (self->document);
  g_autoptr(GFile) folder = NULL;

  if (uri[0] != '\0')
    folder = g_file_new_for_uri (uri);
  else if (article != NULL)
    folder = g_file_get_parent (article);
  /* A folder that has gone since leaves the chooser where it starts by default. */
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (chooser, folder, NULL);
}

static void
add_html_filter (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) html = gtk_file_filter_new ();

  gtk_file_filter_set_name (html, _("HTML pages"));
  gtk_file_filter_add_pattern (html, "*.html");
  gtk_file_filter_add_pattern (html, "*.htm");
  gtk_file_filter_add_mime_type (html, "text/html");
  gtk_file_chooser_add_filter (chooser, html);
}

static void
export_html_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  BylineWindow *self = user_data;
  GtkFileChooserNative *native;
  GtkFileChooser *chooser;
  g_autofree char *name = dup_base_name (self);
  g_autofree char *html_name = g_strconcat (name, ".html", NULL);

  native = gtk_file_chooser_native_new (_("Export HTML"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  chooser = GTK_FILE_CHOOSER (native);
  set_export_folder (self, chooser);
  gtk_file_chooser_set_current_name (chooser, html_name);
  add_html_filter (chooser);
  /* Off every time: keeping raw HTML is a choice for this export only. */
  gtk_file_chooser_add_choice (chooser, "unsafe", _("Keep raw HTML"), NULL, NULL);
  gtk_file_chooser_add_choice (chooser, "embed-images", _("Embed images"), NULL, NULL);
  g_signal_connect_object (native, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
close_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   BylineWindow     *self)
{
  if (g_str_equal (response, "discard"))
    {
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (g_str_equal (response, "save"))
    {
      self->close_after_save = TRUE;
      save (self);
    }
}

gboolean
byline_window_close_request (GtkWindow *window)
{
  BylineWindow *self = BYLINE_WINDOW (window);
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (self->close_confirmed || !gtk_text_buffer_get_modified (GTK_TEXT_BUFFER (self->document)))
    return FALSE;

  name = byline_document_dup_title (self->document);
  heading = g_strdup_printf (_("Save changes to “%s”?"), name);
  dialog = adw_message_dialog_new (window, heading,
                                   _("If you don’t save, your changes will be lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

static const GActionEntry win_actions[] = {
  { "open", open_action },
  { "save", save_action },
  { "save-as", save_as_action },
  { "export-html", export_html_action },
};

void
byline_window_actions_init (BylineWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions, G_N_ELEMENTS (win_actions), self);
}

void
byline_window_settings_init (BylineWindow *self)
{
  const struct { const char *key; GtkWidget *widget; } toggles[] = {
    { "show-preview", self->preview_scroller },
    { "show-panel", self->panel },
  };
  g_autoptr(GAction) spell = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (toggles); i++)
    {
      g_autoptr(GAction) action = g_settings_create_action (self->settings, toggles[i].key);

      g_action_map_add_action (G_ACTION_MAP (self), action);
      g_settings_bind (self->settings, toggles[i].key, toggles[i].widget, "visible",
                       G_SETTINGS_BIND_GET);
    }
  spell = g_settings_create_action (self->settings, "spell-check");
  g_action_map_add_action (G_ACTION_MAP (self), spell);
  g_settings_bind (self->settings, "spell-check", self->spell_checker, "enabled", G_SETTINGS_BIND_GET);
}
