/* test-preview-ui.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <adwaita.h>
#include <glib/gstdio.h>

#include "byline-application.h"
#include "byline-preview.h"
#include "byline-window.h"
#include "test-ui-util.h"

static BylineApplication *app;

static char *
data_path (const char *name)
{
  return g_build_filename (BYLINE_SOURCE_DIR, "tests", "data", "preview", name, NULL);
}

/* A preview alone in a window, showing @name from tests/data/preview. */
static GtkWidget *
show_preview (const char *name,
              GtkWidget **window_out)
{
  g_autofree char *path = data_path (name);
  g_autofree char *dir = data_path ("");
  g_autoptr(GFile) base = g_file_new_for_path (dir);
  g_autofree char *text = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *preview = byline_preview_new ();
  gsize len;

  g_assert_true (g_file_get_contents (path, &text, &len, NULL));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), preview);
  gtk_window_set_child (GTK_WINDOW (window), scroller);
  gtk_window_set_default_size (GTK_WINDOW (window), 720, 830);
  byline_preview_set_base_dir (BYLINE_PREVIEW (preview), base);
  byline_preview_set_markdown (BYLINE_PREVIEW (preview), text, len);
  gtk_window_present (GTK_WINDOW (window));
  *window_out = window;
  return preview;
}

static gboolean
find_text (GtkWidget   *preview,
           const char  *needle,
           GtkTextIter *iter)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (preview));
  GtkTextIter start, match_end;

  gtk_text_buffer_get_start_iter (buffer, &start);
  return gtk_text_iter_forward_search (&start, needle, 0, iter, &match_end, NULL);
}

static void
screenshot (GtkWidget  *window,
            const char *name)
{
  const char *dir = g_getenv ("BYLINE_SCREENSHOT_DIR");
  g_autofree char *path = g_build_filename (dir ? dir : g_getenv ("BYLINE_BUILD_DIR"), name, NULL);

  test_ui_save_screenshot (window, path);
  g_test_message ("screenshot: %s", path);
}

static void
test_screenshots (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkWidget *window;
  GtkWidget *preview = show_preview ("showcase.md", &window);
  g_autofree char *path = data_path ("showcase.md");
  g_autofree char *text = NULL;

  /* Mark the quote as the editor caret's block, to show that too. */
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  byline_preview_set_caret (BYLINE_PREVIEW (preview), strstr (text, "> A block quote") - text);

  /* Give the local image time to load in its worker thread. */
  for (int i = 0; i < 50; i++, g_usleep (2000))
    test_ui_iterate (20);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  screenshot (window, "preview-light.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  screenshot (window, "preview-dark.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
record_uri_cb (BylinePreview *preview,
               const char    *uri,
               GPtrArray     *opened)
{
  g_ptr_array_add (opened, g_strdup (uri));
  return TRUE;  /* never reach the desktop's handler from a test */
}

static void
record_source_cb (BylinePreview *preview,
                  guint64        offset,
                  guint64       *activated)
{
  *activated = offset;
}

static void
test_link_policy (void)
{
  static const struct { const char *text; const char *uri; } cases[] = {
    { "web", "https://example.com" },
    { "mail", "mailto:desk@example.com" },
    { "script", NULL },
    { "relative", NULL },
    { "file", NULL },
    { "https://example.org/path?q=1", "https://example.org/path?q=1" },
    { "editor@example.com", "mailto:editor@example.com" },
  };
  g_autoptr(GPtrArray) opened = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *window;
  GtkWidget *preview = show_preview ("inline.md", &window);

  g_signal_connect (preview, "open-uri", G_CALLBACK (record_uri_cb), opened);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint64 activated = G_MAXUINT64;
      g_autofree char *tooltip = NULL;
      GtkTextIter iter;
      gulong id = g_signal_connect (preview, "activate-source", G_CALLBACK (record_source_cb), &activated);

      g_ptr_array_set_size (opened, 0);
      g_assert_true (find_text (preview, cases[i].text, &iter));
      byline_preview_click_at (BYLINE_PREVIEW (preview), &iter);
      g_signal_handler_disconnect (preview, id);
      tooltip = byline_preview_dup_tooltip_at (BYLINE_PREVIEW (preview), &iter);
      g_assert_nonnull (tooltip);
      if (cases[i].uri != NULL)
        {
          g_assert_cmpuint (opened->len, ==, 1);
          g_assert_cmpstr (g_ptr_array_index (opened, 0), ==, cases[i].uri);
          g_assert_cmpstr (tooltip, ==, cases[i].uri);
          g_assert_cmpuint (activated, ==, G_MAXUINT64);
        }
      else
        {
          /* An inert link acts like plain text: it moves the editor there. */
          g_assert_cmpuint (opened->len, ==, 0);
          g_assert_cmpuint (activated, !=, G_MAXUINT64);
        }
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A linked image follows its link; a bare remote image is not a link. */
static void
test_image_links (void)
{
  g_autoptr(GPtrArray) opened = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *tooltip = NULL;
  GtkWidget *window;
  GtkWidget *preview = show_preview ("images.md", &window);
  GtkTextIter iter;

  g_signal_connect (preview, "open-uri", G_CALLBACK (record_uri_cb), opened);
  g_assert_true (find_text (preview, "logo", &iter));
  byline_preview_click_at (BYLINE_PREVIEW (preview), &iter);
  g_assert_cmpuint (opened->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (opened, 0), ==, "https://example.com");

  g_assert_true (find_text (preview, "the newsroom at night", &iter));
  byline_preview_click_at (BYLINE_PREVIEW (preview), &iter);
  g_assert_cmpuint (opened->len, ==, 1);
  tooltip = byline_preview_dup_tooltip_at (BYLINE_PREVIEW (preview), &iter);
  g_assert_nonnull (strstr (tooltip, "https://example.com/newsroom.jpg"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static BylineWindow *
open_long_article (char **path_out)
{
  BylineWindow *window = byline_window_new (app);
  g_autoptr(GString) text = g_string_new ("# A long article\n\n");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  int fd = g_file_open_tmp ("byline-sync-XXXXXX.md", path_out, &error);

  g_assert_no_error (error);
  close (fd);
  for (int i = 0; i < 150; i++)
    g_string_append_printf (text, "## Section %d\n\nParagraph %d says something long enough to wrap "
                            "over a couple of lines in the editor and in the preview alike.\n\n", i, i);
  g_assert_true (g_file_set_contents (*path_out, text->str, text->len, NULL));
  file = g_file_new_for_path (*path_out);
  gtk_window_present (GTK_WINDOW (window));
  byline_window_open_file (window, file);
  test_ui_wait_idle (window);
  test_ui_iterate (200);
  return window;
}

static void
close_long_article (BylineWindow *window,
                    const char   *path)
{
  gtk_text_buffer_set_modified (GTK_TEXT_BUFFER (byline_window_get_document (window)), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

static GtkAdjustment *
vadjustment (GtkWidget *view)
{
  return gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
}

/* The source offset at the top of @view, via the preview's own mapping. */
static int
preview_top_block (BylineWindow *window)
{
  GtkWidget *preview = byline_window_get_preview (window);
  gsize offset = byline_preview_get_source_at_y (BYLINE_PREVIEW (preview),
                                                 gtk_adjustment_get_value (vadjustment (preview)));
  g_autofree char *text = test_ui_dup_text (byline_window_get_editor (window));
  const char *p = text + MIN (offset, strlen (text));

  /* The section number of the nearest heading at or before the offset. */
  while (p > text && !g_str_has_prefix (p, "## Section "))
    p--;
  return g_str_has_prefix (p, "## Section ") ? atoi (p + strlen ("## Section ")) : -1;
}

static int
editor_top_block (BylineWindow *window)
{
  GtkWidget *editor = byline_window_get_editor (window);
  GtkTextIter iter;
  int line_top;

  gtk_text_view_get_line_at_y (GTK_TEXT_VIEW (editor), &iter, gtk_adjustment_get_value (vadjustment (editor)), &line_top);
  /* Each section is four lines after the two-line title. */
  return (gtk_text_iter_get_line (&iter) - 2) / 4;
}

static void
test_scroll_sync (void)
{
  g_autofree char *path = NULL;
  BylineWindow *window = open_long_article (&path);
  GtkAdjustment *editor = vadjustment (byline_window_get_editor (window));
  GtkAdjustment *preview = vadjustment (byline_window_get_preview (window));
  double before;

  /* Editor → preview. */
  gtk_adjustment_set_value (editor, gtk_adjustment_get_upper (editor) / 2);
  test_ui_iterate (50);
  g_assert_cmpfloat (gtk_adjustment_get_value (preview), >, 0);
  g_assert_cmpint (ABS (preview_top_block (window) - editor_top_block (window)), <=, 1);

  /* Preview → editor, when the user works in the preview. */
  gtk_widget_grab_focus (byline_window_get_preview (window));
  gtk_adjustment_set_value (preview, gtk_adjustment_get_upper (preview) / 5);
  test_ui_iterate (50);
  g_assert_cmpint (ABS (preview_top_block (window) - editor_top_block (window)), <=, 1);

  /* The preview scrolling by itself (the editor has the focus) leaves the editor alone. */
  gtk_widget_grab_focus (byline_window_get_editor (window));
  before = gtk_adjustment_get_value (editor);
  gtk_adjustment_set_value (preview, gtk_adjustment_get_upper (preview) / 3);
  test_ui_iterate (50);
  g_assert_cmpfloat (gtk_adjustment_get_value (editor), ==, before);

  /* Turned off from the menu's action, the two scroll on their own. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "scroll-sync", NULL);
  before = gtk_adjustment_get_value (preview);
  gtk_adjustment_set_value (editor, gtk_adjustment_get_upper (editor) * 0.8);
  test_ui_iterate (50);
  g_assert_cmpfloat (gtk_adjustment_get_value (preview), ==, before);
  g_action_group_activate_action (G_ACTION_GROUP (window), "scroll-sync", NULL);

  close_long_article (window, path);
}

static void
test_caret_and_click (void)
{
  g_autofree char *path = NULL;
  BylineWindow *window = open_long_article (&path);
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (byline_window_get_document (window));
  BylinePreview *preview = BYLINE_PREVIEW (byline_window_get_preview (window));
  GtkTextIter iter;

  /* Line 2 + 4 * 10 is "## Section 10", the 22nd block (title, then heading and paragraph pairs). */
  gtk_text_buffer_get_iter_at_line (buffer, &iter, 2 + 4 * 10);
  gtk_text_buffer_place_cursor (buffer, &iter);
  test_ui_iterate (10);
  g_assert_cmpint (byline_preview_get_caret_block (preview), ==, 21);

  /* A click on section 40's paragraph puts the caret at its first line. */
  g_assert_true (find_text (GTK_WIDGET (preview), "Paragraph 40 says", &iter));
  byline_preview_click_at (preview, &iter);
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  g_assert_cmpint (gtk_text_iter_get_line (&iter), ==, 2 + 4 * 40 + 2);
  g_assert_cmpint (gtk_text_iter_get_line_offset (&iter), ==, 0);
  test_ui_iterate (10);
  g_assert_cmpint (byline_preview_get_caret_block (preview), ==, 2 + 2 * 40);

  close_long_article (window, path);
}

/* Typing in the window re-parses a window of blocks and rebuilds only one. */
static void
test_typing_is_incremental (void)
{
  g_autofree char *path = NULL;
  BylineWindow *window = open_long_article (&path);
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (byline_window_get_document (window));
  BylinePreview *preview = BYLINE_PREVIEW (byline_window_get_preview (window));
  g_autofree char *text = NULL;
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_line_offset (buffer, &iter, 2 + 4 * 70 + 2, 10);
  gtk_text_buffer_place_cursor (buffer, &iter);
  gtk_text_buffer_insert_at_cursor (buffer, "TYPED ", -1);
  test_ui_wait_idle (window);
  text = test_ui_dup_text (GTK_WIDGET (preview));
  g_assert_nonnull (strstr (text, "Paragraph TYPED 70 says"));
  g_assert_true (byline_preview_get_last_windowed (preview));
  g_assert_cmpuint (byline_preview_get_n_rebuilt (preview), ==, 1);
  /* The caret's block follows the edit. */
  g_assert_cmpint (byline_preview_get_caret_block (preview), ==, 2 + 2 * 70);

  close_long_article (window, path);
}

/* The picture in the child anchor that follows @needle. */
static GtkWidget *
picture_after (GtkWidget  *preview,
               const char *needle)
{
  GtkTextIter iter;
  GtkTextChildAnchor *anchor;
  g_autofree GtkWidget **widgets = NULL;
  guint n = 0;

  g_assert_true (find_text (preview, needle, &iter));
  while ((anchor = gtk_text_iter_get_child_anchor (&iter)) == NULL)
    g_assert_true (gtk_text_iter_forward_char (&iter));
  widgets = gtk_text_child_anchor_get_widgets (anchor, &n);
  g_assert_cmpuint (n, ==, 1);
  return widgets[0];
}

static void
test_local_images (void)
{
  GtkWidget *window;
  GtkWidget *preview = show_preview ("images.md", &window);
  GtkWidget *picture = picture_after (preview, "A local image");
  GtkWidget *missing = picture_after (preview, "A missing local image");
  gint64 until = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  int width, height;

  /* Decoded in a worker thread: wait for it. */
  while (gtk_picture_get_paintable (GTK_PICTURE (picture)) == NULL && g_get_monotonic_time () < until)
    test_ui_iterate (10), g_usleep (1000);
  g_assert_nonnull (gtk_picture_get_paintable (GTK_PICTURE (picture)));
  gtk_widget_get_size_request (picture, &width, &height);
  g_assert_cmpint (width, ==, 64);
  g_assert_cmpint (height, ==, 32);

  /* Narrower than the picture, the preview scales it down, keeping its shape. */
  gtk_window_set_default_size (GTK_WINDOW (window), 100, 400);
  while (gtk_widget_get_width (preview) > 120 && g_get_monotonic_time () < until)
    test_ui_iterate (10), g_usleep (1000);
  test_ui_iterate (50);
  gtk_widget_get_size_request (picture, &width, &height);
  g_assert_cmpint (width, <, 64);
  g_assert_cmpint (ABS (width - 2 * height), <=, 1);

  /* A file that is not there shows the missing-image icon. */
  while (gtk_picture_get_paintable (GTK_PICTURE (missing)) == NULL && g_get_monotonic_time () < until)
    test_ui_iterate (10), g_usleep (1000);
  g_assert_true (GTK_IS_ICON_PAINTABLE (gtk_picture_get_paintable (GTK_PICTURE (missing))));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_zoom (void)
{
  BylineWindow *window = byline_window_new (app);
  BylinePreview *preview = BYLINE_PREVIEW (byline_window_get_preview (window));

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-in", NULL));
  g_assert_cmpfloat (byline_preview_get_zoom (preview), >, 1.05);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-out", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-out", NULL));
  g_assert_cmpfloat (byline_preview_get_zoom (preview), <, 0.95);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-reset", NULL));
  g_assert_cmpfloat (byline_preview_get_zoom (preview), ==, 1.0);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  app = test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/preview/screenshots", test_screenshots);
  g_test_add_func ("/ui/preview/link-policy", test_link_policy);
  g_test_add_func ("/ui/preview/image-links", test_image_links);
  g_test_add_func ("/ui/preview/scroll-sync", test_scroll_sync);
  g_test_add_func ("/ui/preview/caret-and-click", test_caret_and_click);
  g_test_add_func ("/ui/preview/typing-is-incremental", test_typing_is_incremental);
  g_test_add_func ("/ui/preview/local-images", test_local_images);
  g_test_add_func ("/ui/preview/zoom", test_zoom);

  return test_ui_run (app);
}
