/* test-preview-golden.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-preview.h"

/* Each tests/data/preview/NAME.md (or .txt) sits beside NAME.dump, the
 * expected buffer: text plus tag names, from byline_preview_dup_dump().
 * Regenerating expectations is a deliberate step: BYLINE_REGENERATE=1. */

static char *
data_dir (void)
{
  return g_build_filename (BYLINE_SOURCE_DIR, "tests", "data", "preview", NULL);
}

static char *
render_dump (const char *path)
{
  g_autofree char *dir = data_dir ();
  g_autoptr(GFile) base = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkWidget *preview = g_object_ref_sink (byline_preview_new ());
  char *dump;
  gsize len;

  g_file_get_contents (path, &text, &len, &error);
  g_assert_no_error (error);
  byline_preview_set_base_dir (BYLINE_PREVIEW (preview), base);
  byline_preview_set_plain_text (BYLINE_PREVIEW (preview), g_str_has_suffix (path, ".txt"));
  byline_preview_set_markdown (BYLINE_PREVIEW (preview), text, len);
  dump = byline_preview_dup_dump (BYLINE_PREVIEW (preview));
  g_object_unref (preview);
  return dump;
}

static void
test_golden (gconstpointer data)
{
  const char *path = data;
  g_autofree char *dump = render_dump (path);
  g_autofree char *stem = g_strndup (path, strrchr (path, '.') - path);
  g_autofree char *expected_path = g_strconcat (stem, ".dump", NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (g_getenv ("BYLINE_REGENERATE"), "1") == 0)
    {
      g_file_set_contents (expected_path, dump, -1, &error);
      g_assert_no_error (error);
      g_test_message ("regenerated %s", expected_path);
      return;
    }
  g_file_get_contents (expected_path, &expected, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dump, ==, expected);
}

static void
add_tests (void)
{
  g_autofree char *dir = data_dir ();
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (folder);
  while ((name = g_dir_read_name (folder)) != NULL)
    if (g_str_has_suffix (name, ".md") || g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *test_path = g_strdup_printf ("/preview/golden/%s", file);

      /* The path is leaked on purpose: it lives as long as the test run. */
      g_test_add_data_func (test_path, g_build_filename (dir, file, NULL), test_golden);
    }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  add_tests ();
  return g_test_run ();
}
