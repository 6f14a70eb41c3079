/* test-window.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "byline-application.h"
#include "byline-entity-panel.h"
#include "byline-window.h"
#include "test-ui-util.h"

static BylineApplication *app;

static gboolean
panel_names (BylineWindow *window,
             const char   *name)
{
  BylineAnalysis *analysis = byline_entity_panel_get_analysis (BYLINE_ENTITY_PANEL (byline_window_get_panel (window)));

  return analysis != NULL && byline_analysis_find_entity (analysis, name) != NULL;
}

static BylineEntity *
panel_entity (BylineWindow *window,
              const char   *name)
{
  BylineAnalysis *analysis = byline_entity_panel_get_analysis (BYLINE_ENTITY_PANEL (byline_window_get_panel (window)));
  BylineEntity *entity = byline_analysis_find_entity (analysis, name);

  g_assert_nonnull (entity);
  return entity;
}

static char *
dup_selection (GtkTextBuffer *buffer,
               int           *offset)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_selection_bounds (buffer, &start, &end);
  *offset = gtk_text_iter_get_offset (&start);
  return gtk_text_iter_get_slice (&start, &end);
}

/* Activating a name in the panel walks the editor through its mentions. */
static void
test_panel_finds_mentions (void)
{
  BylineWindow *window = test_ui_open_seed (app);
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (byline_window_get_document (window));
  BylineEntity *entity = panel_entity (window, "Samsung");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  int first_offset, second_offset;

  g_signal_emit_by_name (byline_window_get_panel (window), "entity-activated", entity);
  first = dup_selection (buffer, &first_offset);
  g_signal_emit_by_name (byline_window_get_panel (window), "entity-activated", entity);
  second = dup_selection (buffer, &second_offset);
  g_assert_cmpstr (first, ==, "Samsung");
  g_assert_cmpstr (second, ==, "Samsung");
  g_assert_cmpint (second_offset, >, first_offset);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_seed_opens (void)
{
  BylineWindow *window = test_ui_open_seed (app);
  g_autofree char *preview = test_ui_dup_text (byline_window_get_preview (window));
  g_autofree char *png = g_build_filename (g_getenv ("BYLINE_BUILD_DIR"), "screenshot.png", NULL);
  const char *title = gtk_window_get_title (GTK_WINDOW (window));

  g_assert_nonnull (strstr (preview, "Two South Korean industrial giants"));
  g_assert_true (g_str_has_prefix (title, "stargate.txt"));
  g_assert_true (panel_names (window, "Samsung"));
  g_assert_true (panel_names (window, "OpenAI"));
  g_assert_true (panel_names (window, "Emily Chen"));
  /* The README's picture: the seed as a user first sees it. */
  test_ui_save_screenshot (GTK_WIDGET (window), png);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_typing_updates_preview (void)
{
  BylineWindow *window = test_ui_open_seed (app);
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (byline_window_get_document (window));
  GtkTextIter end;
  g_autofree char *preview = NULL;
  g_autofree char *png = g_build_filename (g_getenv ("BYLINE_BUILD_DIR"), "screenshot-typing.png", NULL);

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, "\n## Breaking: *Reuters* confirms the deal\n", -1);
  g_assert_true (gtk_text_buffer_get_modified (buffer));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));
  test_ui_wait_idle (window);
  preview = test_ui_dup_text (byline_window_get_preview (window));
  g_assert_nonnull (strstr (preview, "Breaking: Reuters confirms the deal"));

  test_ui_save_screenshot (GTK_WIDGET (window), png);
  g_test_message ("screenshot: %s", png);

  /* Closing with unsaved changes asks first: the window stays. */
  gtk_window_close (GTK_WINDOW (window));
  test_ui_iterate (50);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  gtk_text_buffer_set_modified (buffer, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  GtkWidget *widget;
  int        width;
} WidthAbove;

static gboolean
width_above (gpointer data)
{
  WidthAbove *check = data;

  return gtk_widget_get_width (check->widget) > check->width;
}

static gboolean
width_at_most_700 (gpointer data)
{
  return gtk_widget_get_width (GTK_WIDGET (data)) <= 700;
}

/* Hiding parts gives their room to the others; the editor has the keyboard. */
static void
test_toggle_parts (void)
{
  BylineWindow *window = test_ui_open_seed (app);
  GtkWidget *editor = byline_window_get_editor (window);
  GtkWidget *preview = byline_window_get_preview (window);
  GtkWidget *panel = byline_window_get_panel (window);
  int editor_width = gtk_widget_get_width (editor);

  g_assert_true (gtk_widget_has_focus (editor));
  WidthAbove wider = { editor, editor_width };
  WidthAbove alone = { editor, 0 };

  g_action_group_activate_action (G_ACTION_GROUP (window), "show-preview", NULL);
  g_assert_true (test_ui_wait_for (width_above, &wider));
  g_assert_false (gtk_widget_get_mapped (preview));
  g_assert_true (gtk_widget_get_mapped (panel));
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-panel", NULL);
  /* Alone, the editor fills the window. */
  alone.width = gtk_widget_get_width (GTK_WIDGET (window)) - 40;
  g_assert_true (test_ui_wait_for (width_above, &alone));
  g_assert_false (gtk_widget_get_mapped (panel));
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-preview", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-panel", NULL);
  test_ui_iterate (200);
  g_assert_true (gtk_widget_get_mapped (preview));
  g_assert_true (gtk_widget_get_mapped (panel));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
underlined (GtkTextBuffer *buffer,
            const char    *word)
{
  g_autofree char *text = NULL;
  g_autoptr(GSList) tags = NULL;
  GtkTextIter start, end;
  gboolean found = FALSE;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, g_utf8_pointer_to_offset (text, strstr (text, word)) + 1);
  tags = gtk_text_iter_get_tags (&start);
  for (GSList *l = tags; l != NULL; l = l->next)
    {
      PangoUnderline underline;

      g_object_get (l->data, "underline", &underline, NULL);
      found |= underline == PANGO_UNDERLINE_ERROR;
    }
  return found;
}

/* Misspelt prose is underlined; code and correct words are not. */
static void
test_spell_check (void)
{
  BylineWindow *window = byline_window_new (app);
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (byline_window_get_document (window));

  gtk_window_present (GTK_WINDOW (window));
  gtk_text_buffer_set_text (buffer, "# Headline\n\nWe recieve the news `mispeled_code` today.\n", -1);
  test_ui_wait_idle (window);
  test_ui_iterate (300);
  g_assert_true (underlined (buffer, "recieve"));
  g_assert_false (underlined (buffer, "news"));
  g_assert_false (underlined (buffer, "mispeled"));
  gtk_text_buffer_set_modified (buffer, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Dark style and a narrow window (dark and light) still draw every part readably. */
static void
test_dark_narrow (void)
{
  BylineWindow *window = NULL;
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autofree char *dark = g_build_filename (g_getenv ("BYLINE_BUILD_DIR"), "screenshot-dark.png", NULL);
  g_autofree char *narrow = g_build_filename (g_getenv ("BYLINE_BUILD_DIR"), "screenshot-narrow.png", NULL);
  g_autofree char *narrow_light = g_build_filename (g_getenv ("BYLINE_BUILD_DIR"), "screenshot-narrow-light.png", NULL);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  window = test_ui_open_seed (app);
  test_ui_save_screenshot (GTK_WIDGET (window), dark);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 700);
  g_assert_true (test_ui_wait_for (width_at_most_700, window));
  test_ui_save_screenshot (GTK_WIDGET (window), narrow);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  test_ui_wait_idle (window);
  test_ui_save_screenshot (GTK_WIDGET (window), narrow_light);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_bad_file_keeps_text (void)
{
  BylineWindow *window = byline_window_new (app);
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (byline_window_get_document (window));
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *text = NULL;
  GtkTextIter start, end;
  int fd = g_file_open_tmp ("byline-bad-XXXXXX.md", &path, NULL);

  g_assert_cmpint (write (fd, "caf\xe9\n", 5), ==, 5);
  close (fd);
  file = g_file_new_for_path (path);
  gtk_window_present (GTK_WINDOW (window));
  byline_window_open_file (window, file);
  test_ui_wait_idle (window);
  /* The window shows an error and no garbled text. */
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (text, ==, "");
  g_assert_null (byline_document_get_file (byline_window_get_document (window)));
  g_unlink (path);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  app = test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/window/seed-opens", test_seed_opens);
  g_test_add_func ("/ui/window/typing-updates-preview", test_typing_updates_preview);
  g_test_add_func ("/ui/window/bad-file-keeps-text", test_bad_file_keeps_text);
  g_test_add_func ("/ui/window/dark-narrow", test_dark_narrow);
  g_test_add_func ("/ui/window/toggle-parts", test_toggle_parts);
  g_test_add_func ("/ui/window/spell-check", test_spell_check);
  g_test_add_func ("/ui/window/panel-finds-mentions", test_panel_finds_mentions);

  return test_ui_run (app);
}
