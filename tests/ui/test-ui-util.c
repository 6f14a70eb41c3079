/* test-ui-util.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "test-ui-util.h"

void
test_ui_iterate (guint n)
{
  /* Layout runs on the frame clock, so give it wall time, not just turns. */
  for (guint i = 0; i < n; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static gboolean
timeout_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

void
test_ui_wait_idle (BylineWindow *window)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (10, timeout_cb, &timed_out);
  guint quiet = 0;

  /* Busy means a render or an analysis is still due; wait for several quiet turns
   * so a load's follow-up update has a chance to be scheduled. */
  while (!timed_out && quiet < 20)
    {
      g_main_context_iteration (NULL, FALSE);
      quiet = byline_window_is_busy (window) ? 0 : quiet + 1;
      g_usleep (1000);
    }
  g_assert_false (timed_out);
  g_source_remove (id);
}

gboolean
test_ui_wait_for (gboolean (*done) (gpointer data),
                  gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  /* Condition-based, so a loaded machine only makes the test slower. */
  while (!done (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      test_ui_iterate (10);
    }
  test_ui_iterate (20);
  return TRUE;
}

char *
test_ui_dup_text (GtkWidget *text_view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* A blank or single-colour picture means nothing was drawn. */
static guint
count_colours (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guchar *pixels = g_malloc ((gsize) width * height * 4);
  g_autoptr(GHashTable) colours = g_hash_table_new (NULL, NULL);

  gdk_texture_download (texture, pixels, width * 4);
  for (gsize i = 0; i < (gsize) width * height; i += 7)
    {
      guint32 pixel;

      memcpy (&pixel, pixels + i * 4, 4);
      g_hash_table_add (colours, GUINT_TO_POINTER (pixel));
    }
  return g_hash_table_size (colours);
}

void
test_ui_save_screenshot (GtkWidget  *widget,
                         const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = 0, height = 0;

  /* Let the widget lay out and draw: a new window needs a few frames. */
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (node == NULL && g_get_monotonic_time () < deadline)
    {
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();

      test_ui_iterate (50);
      g_usleep (20000);
      width = gtk_widget_get_width (widget);
      height = gtk_widget_get_height (widget);
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_assert_cmpuint (count_colours (texture), >, 50);
}

BylineWindow *
test_ui_open_seed (BylineApplication *app)
{
  BylineWindow *window = byline_window_new (app);
  g_autofree char *path = g_build_filename (BYLINE_SOURCE_DIR, "data", "samples", "stargate.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  gtk_window_present (GTK_WINDOW (window));
  byline_window_open_file (window, file);
  test_ui_wait_idle (window);
  return window;
}

BylineApplication *
test_ui_init (int    *argc,
              char ***argv)
{
  g_autoptr(GError) error = NULL;
  BylineApplication *app;

  gtk_test_init (argc, argv, NULL);
  app = byline_application_new ();
  /* Registering runs startup: GTK, libadwaita, GtkSourceView and settings. */
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  return app;
}

int
test_ui_run (BylineApplication *app)
{
  int status = g_test_run ();

  g_object_unref (app);
  return status;
}
