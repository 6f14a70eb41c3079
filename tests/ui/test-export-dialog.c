/* test-export-dialog.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "test-ui-util.h"

static BylineApplication *app;

/* Without a portal, GtkFileChooserNative shows a GtkFileChooserDialog. */
static GtkWidget *
find_chooser (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER_DIALOG (window) && gtk_widget_get_visible (window))
        return window;
    }
  return NULL;
}

static GtkFileChooser *
open_export_dialog (BylineWindow *window)
{
  GtkWidget *chooser = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-html", NULL);
  for (guint i = 0; i < 500 && (chooser = find_chooser ()) == NULL; i++)
    test_ui_iterate (10);
  g_assert_nonnull (chooser);
  return GTK_FILE_CHOOSER (chooser);
}

/* A new file is written in place, not renamed into place: wait for its end. */
static char *
wait_for_file (GFile *file)
{
  gint64 until = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < until)
    {
      char *contents = NULL;

      if (g_file_load_contents (file, NULL, &contents, NULL, NULL, NULL)
          && g_str_has_suffix (contents, "</html>\n"))
        return contents;
      g_free (contents);
      test_ui_iterate (10);
    }
  g_assert_not_reached ();
}

static void
test_export_remembers_folder (void)
{
  BylineWindow *window = test_ui_open_seed (app);
  GSettings *settings = byline_application_get_settings (app);
  g_autofree char *dir = g_dir_make_tmp ("byline-export-ui-XXXXXX", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GFile) out = g_file_get_child (folder, "seed.html");
  g_autoptr(GFile) shown = NULL;
  g_autofree char *uri = g_file_get_uri (folder);
  g_autofree char *html = NULL;
  g_autofree char *remembered = NULL;
  g_autofree char *png = g_build_filename (g_getenv ("BYLINE_BUILD_DIR"), "export-dialog.png", NULL);
  GtkFileChooser *chooser = open_export_dialog (window);

  /* Keeping raw HTML is off every time the dialog opens. */
  g_assert_cmpstr (gtk_file_chooser_get_choice (chooser, "unsafe"), ==, "false");
  g_assert_cmpstr (gtk_file_chooser_get_choice (chooser, "embed-images"), ==, "false");
  test_ui_save_screenshot (GTK_WIDGET (chooser), png);
  gtk_file_chooser_set_current_folder (chooser, folder, NULL);
  gtk_file_chooser_set_current_name (chooser, "seed.html");
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);

  html = wait_for_file (out);
  g_assert_nonnull (strstr (html, "<h1>Samsung, SK Heavy Partner With OpenAI on Massive AI Push</h1>"));
  remembered = g_settings_get_string (settings, "last-export-folder");
  g_assert_cmpstr (remembered, ==, uri);

  chooser = open_export_dialog (window);
  for (guint i = 0; i < 500 && (shown = gtk_file_chooser_get_current_folder (chooser)) == NULL; i++)
    test_ui_iterate (10);
  g_assert_nonnull (shown);
  g_assert_true (g_file_equal (shown, folder));
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);

  g_settings_reset (settings, "last-export-folder");
  g_file_delete (out, NULL, NULL);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  app = test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/export/remembers-folder", test_export_remembers_folder);

  return test_ui_run (app);
}
