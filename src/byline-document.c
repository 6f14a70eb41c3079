/* byline-document.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-document"

#include <string.h>
#include <glib/gi18n.h>

#include "byline-core.h"
#include "byline-document.h"

struct _BylineDocument
{
  GtkSourceBuffer  parent_instance;

  GtkSourceFile   *file;
  guint64          serial;
};

enum {
  PROP_0,
  PROP_TITLE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (BylineDocument, byline_document, GTK_SOURCE_TYPE_BUFFER)

static GParamSpec *properties[N_PROPS];

static void
byline_document_changed (GtkTextBuffer *buffer)
{
  BYLINE_DOCUMENT (buffer)->serial++;

  GTK_TEXT_BUFFER_CLASS (byline_document_parent_class)->changed (buffer);
}

static void
byline_document_finalize (GObject *object)
{
  BylineDocument *self = BYLINE_DOCUMENT (object);

  g_clear_object (&self->file);

  G_OBJECT_CLASS (byline_document_parent_class)->finalize (object);
}

static void
byline_document_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BylineDocument *self = BYLINE_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_take_string (value, byline_document_dup_title (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* After construction: setting a language touches the tag table, which
 * GtkTextBuffer only accepts once its construct properties are in. */
static void
byline_document_constructed (GObject *object)
{
  BylineDocument *self = BYLINE_DOCUMENT (object);
  GtkSourceLanguageManager *languages = gtk_source_language_manager_get_default ();
  GtkSourceLanguage *markdown = gtk_source_language_manager_get_language (languages, "markdown");

  G_OBJECT_CLASS (byline_document_parent_class)->constructed (object);

  gtk_source_buffer_set_language (GTK_SOURCE_BUFFER (self), markdown);
  gtk_source_buffer_set_highlight_syntax (GTK_SOURCE_BUFFER (self), TRUE);
  gtk_source_buffer_set_implicit_trailing_newline (GTK_SOURCE_BUFFER (self), FALSE);
}

static void
byline_document_class_init (BylineDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkTextBufferClass *buffer_class = GTK_TEXT_BUFFER_CLASS (klass);

  object_class->constructed = byline_document_constructed;
  object_class->finalize = byline_document_finalize;
  object_class->get_property = byline_document_get_property;
  buffer_class->changed = byline_document_changed;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
byline_document_init (BylineDocument *self)
{
  self->file = gtk_source_file_new ();
}

BylineDocument *
byline_document_new (void)
{
  return g_object_new (BYLINE_TYPE_DOCUMENT, NULL);
}

GFile *
byline_document_get_file (BylineDocument *self)
{
  g_return_val_if_fail (BYLINE_IS_DOCUMENT (self), NULL);

  return gtk_source_file_get_location (self->file);
}

char *
byline_document_dup_title (BylineDocument *self)
{
  GFile *file;

  g_return_val_if_fail (BYLINE_IS_DOCUMENT (self), NULL);

  file = gtk_source_file_get_location (self->file);
  if (file == NULL)
    return g_strdup (_("Untitled article"));
  return g_file_get_basename (file);
}

guint64
byline_document_get_serial (BylineDocument *self)
{
  g_return_val_if_fail (BYLINE_IS_DOCUMENT (self), 0);

  return self->serial;
}

GBytes *
byline_document_dup_bytes (BylineDocument *self)
{
  GtkTextIter start, end;
  char *text;

  g_return_val_if_fail (BYLINE_IS_DOCUMENT (self), NULL);

  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (self), &start, &end);
  text = gtk_text_buffer_get_text (GTK_TEXT_BUFFER (self), &start, &end, TRUE);
  return g_bytes_new_take (text, strlen (text));
}

/* GtkSourceFileLoader writes into the buffer it is given even when it then
 * reports an error (a conversion fallback leaves escaped bytes behind). So it
 * loads into a scratch buffer, core validates the text, and only then does
 * the document's text change: a failed load leaves the document as it was. */
typedef struct
{
  GtkSourceBuffer *scratch;
  GtkSourceFile   *file;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->scratch);
  g_clear_object (&data->file);
  g_free (data);
}

static void
load_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  BylineDocument *self = g_task_get_source_object (task);
  LoadData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  GtkTextIter start, end;

  if (!gtk_source_file_loader_load_finish (GTK_SOURCE_FILE_LOADER (source), result, &error))
    {
      if (g_error_matches (error, GTK_SOURCE_FILE_LOADER_ERROR,
                           GTK_SOURCE_FILE_LOADER_ERROR_CONVERSION_FALLBACK)
          || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA))
        {
          g_clear_error (&error);
          g_set_error_literal (&error, BYLINE_CORE_ERROR, BYLINE_CORE_ERROR_INVALID_UTF8,
                               _("The file is not valid UTF-8 text"));
        }
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (data->scratch), &start, &end);
  contents = gtk_text_buffer_get_text (GTK_TEXT_BUFFER (data->scratch), &start, &end, TRUE);
  if (!byline_source_validate (contents, strlen (contents), &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  gtk_text_buffer_begin_irreversible_action (GTK_TEXT_BUFFER (self));
  gtk_text_buffer_set_text (GTK_TEXT_BUFFER (self), contents, -1);
  gtk_text_buffer_end_irreversible_action (GTK_TEXT_BUFFER (self));
  g_set_object (&self->file, data->file);
  gtk_text_buffer_set_modified (GTK_TEXT_BUFFER (self), FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  g_task_return_boolean (task, TRUE);
}

static void
query_size_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  LoadData *data = g_task_get_task_data (task);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkSourceFileLoader) loader = NULL;
  GSList encodings = { (gpointer) gtk_source_encoding_get_utf8 (), NULL };

  info = g_file_query_info_finish (G_FILE (source), result, &error);
  if (info == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY
      || g_file_info_get_size (info) > BYLINE_SOURCE_MAX_BYTES)
    {
      g_task_return_new_error (task, BYLINE_CORE_ERROR, BYLINE_CORE_ERROR_TOO_LARGE,
                               g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY
                                 ? _("It is a folder, not a file")
                                 : _("The file is larger than %d MB"),
                               BYLINE_SOURCE_MAX_BYTES / (1024 * 1024));
      return;
    }

  loader = gtk_source_file_loader_new (data->scratch, data->file);
  gtk_source_file_loader_set_candidate_encodings (loader, &encodings);
  gtk_source_file_loader_load_async (loader, G_PRIORITY_DEFAULT, g_task_get_cancellable (task),
                                     NULL, NULL, NULL, load_cb, g_object_ref (task));
}

void
byline_document_load_async (BylineDocument      *self,
                            GFile               *file,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  GTask *task;
  LoadData *data;

  g_return_if_fail (BYLINE_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (LoadData, 1);
  data->scratch = gtk_source_buffer_new (NULL);
  data->file = gtk_source_file_new ();
  gtk_source_file_set_location (data->file, file);

  task = g_task_new (self, cancellable, callback, user_data);
  /* GLib's idiom stores a function pointer as a gpointer, which ISO C frowns on. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
  g_task_set_source_tag (task, byline_document_load_async);
#pragma GCC diagnostic pop
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  g_file_query_info_async (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                           G_FILE_QUERY_INFO_NONE, G_PRIORITY_DEFAULT, cancellable,
                           query_size_cb, task);
}

gboolean
byline_document_load_finish (BylineDocument  *self,
                             GAsyncResult    *result,
                             GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
save_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  BylineDocument *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;

  if (!gtk_source_file_saver_save_finish (GTK_SOURCE_FILE_SAVER (source), result, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* The saver sets the location and clears the modified flag itself. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  g_task_return_boolean (task, TRUE);
}

void
byline_document_save_async (BylineDocument      *self,
                            GFile               *file,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GtkSourceFileSaver) saver = NULL;
  GTask *task;

  g_return_if_fail (BYLINE_IS_DOCUMENT (self));
  g_return_if_fail (file != NULL || byline_document_get_file (self) != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  /* GLib's idiom stores a function pointer as a gpointer, which ISO C frowns on. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
  g_task_set_source_tag (task, byline_document_save_async);
#pragma GCC diagnostic pop
  if (file != NULL)
    saver = gtk_source_file_saver_new_with_target (GTK_SOURCE_BUFFER (self), self->file, file);
  else
    saver = gtk_source_file_saver_new (GTK_SOURCE_BUFFER (self), self->file);
  /* A file changed on disk since we read it is still ours to overwrite:
   * the user asked to save what they see. */
  gtk_source_file_saver_set_flags (saver, GTK_SOURCE_FILE_SAVER_FLAGS_IGNORE_MODIFICATION_TIME);
  gtk_source_file_saver_save_async (saver, G_PRIORITY_DEFAULT, cancellable,
                                    NULL, NULL, NULL, save_cb, task);
}

gboolean
byline_document_save_finish (BylineDocument  *self,
                             GAsyncResult    *result,
                             GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
