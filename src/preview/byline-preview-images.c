/* byline-preview-images.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-preview"

#include "config.h"

#include "byline-preview-private.h"

/* Local images: decoded in a worker thread, cached by URI (a texture, or
 * the missing-image icon when it failed), shown in child
 * anchors and scaled down to the preview's width. Remote images never get
 * here: the renderer shows their alt text instead. */

#define PATH_KEY "byline-image-path"
#define MISSING_SIZE 32

void
byline_preview_texture_unref (gpointer texture)
{
  if (texture != NULL)
    g_object_unref (texture);
}

static GFile *
resolve (BylinePreview *self,
         const char    *url)
{
  g_autofree char *scheme = g_uri_parse_scheme (url);
  g_autofree char *path = NULL;

  if (scheme != NULL)
    return g_file_new_for_uri (url);
  /* Markdown paths are URL-escaped: `my%20photo.png`. */
  path = g_uri_unescape_string (url, NULL);
  if (path == NULL)
    path = g_strdup (url);
  if (g_path_is_absolute (path))
    return g_file_new_for_path (path);
  return g_file_resolve_relative_path (self->base_dir, path);
}

static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  GdkTexture *texture = gdk_texture_new_from_file (G_FILE (task_data), &error);

  if (texture == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, texture, g_object_unref);
}

static int
available_width (BylinePreview *self)
{
  return MAX (gtk_widget_get_width (GTK_WIDGET (self)) - 3 * BYLINE_PREVIEW_MARGIN, 48);
}

static void
size_picture (BylinePreview *self,
              GtkWidget     *picture)
{
  GdkPaintable *paintable = gtk_picture_get_paintable (GTK_PICTURE (picture));
  int width, height;

  if (paintable == NULL)
    return;
  width = gdk_paintable_get_intrinsic_width (paintable);
  height = gdk_paintable_get_intrinsic_height (paintable);
  if (width <= 0 || height <= 0)
    return;
  /* Scaled down to fit, never up. */
  if (width > available_width (self))
    {
      height = (int) ((double) height * available_width (self) / width);
      width = available_width (self);
    }
  gtk_widget_set_size_request (picture, width, MAX (height, 1));
}

static GdkPaintable *
missing_paintable (BylinePreview *self)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (self)));

  return GDK_PAINTABLE (gtk_icon_theme_lookup_icon (theme, "image-missing", NULL, MISSING_SIZE, 1,
                                                    GTK_TEXT_DIR_NONE, 0));
}

static void
show_paintable (BylinePreview *self,
                GtkWidget     *picture,
                GdkPaintable  *paintable)
{
  gtk_picture_set_paintable (GTK_PICTURE (picture), paintable);
  size_picture (self, picture);
}

static void
load_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(BylinePreview) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkPaintable) paintable = g_task_propagate_pointer (G_TASK (result), &error);
  const char *path = g_task_get_name (G_TASK (result));

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->pictures == NULL)
    return;
  /* A broken image shows the missing-image icon, and is not tried again. */
  if (paintable == NULL)
    {
      g_debug ("Could not load image %s: %s", path, error->message);
      paintable = missing_paintable (self);
    }
  g_hash_table_insert (self->textures, g_strdup (path), g_object_ref (paintable));
  for (guint i = 0; i < self->pictures->len; i++)
    {
      GtkWidget *picture = g_ptr_array_index (self->pictures, i);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (picture), PATH_KEY), path) == 0)
        show_paintable (self, picture, paintable);
    }
}

static void
load_async (BylinePreview *self,
            GFile         *file,
            const char    *path)
{
  g_autoptr(GTask) task = g_task_new (NULL, self->cancellable, load_cb, g_object_ref (self));

  g_task_set_name (task, path);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

/* Drops pictures whose anchor left the buffer. */
static void
prune_pictures (BylinePreview *self)
{
  for (guint i = self->pictures->len; i > 0; i--)
    if (gtk_widget_get_parent (g_ptr_array_index (self->pictures, i - 1)) == NULL)
      g_ptr_array_remove_index_fast (self->pictures, i - 1);
}

GtkWidget *
byline_preview_picture_new (BylinePreview *self,
                            const char    *url)
{
  g_autoptr(GFile) file = resolve (self, url);
  g_autofree char *path = g_file_get_uri (file);
  GtkWidget *picture = gtk_picture_new ();
  gpointer paintable;

  gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
  gtk_picture_set_content_fit (GTK_PICTURE (picture), GTK_CONTENT_FIT_CONTAIN);
  gtk_widget_set_tooltip_text (picture, url);
  g_object_set_data_full (G_OBJECT (picture), PATH_KEY, g_strdup (path), g_free);
  prune_pictures (self);
  g_ptr_array_add (self->pictures, g_object_ref_sink (picture));

  if (g_hash_table_lookup_extended (self->textures, path, NULL, &paintable))
    {
      /* NULL: still loading; load_cb fills this picture in too. */
      if (paintable != NULL)
        show_paintable (self, picture, paintable);
    }
  else
    {
      /* Loading: remember that, so a second reference waits for the same load. */
      g_hash_table_insert (self->textures, g_strdup (path), NULL);
      load_async (self, file, path);
    }
  return picture;
}

void
byline_preview_rescale_pictures (BylinePreview *self)
{
  prune_pictures (self);
  for (guint i = 0; i < self->pictures->len; i++)
    size_picture (self, g_ptr_array_index (self->pictures, i));
}
