/* test-source.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "byline-core.h"

static void
test_validate_text (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (byline_source_validate ("Plain “curly” text\n", strlen ("Plain “curly” text\n"), &error));
  g_assert_no_error (error);
  g_assert_true (byline_source_validate ("", 0, &error));
}

static void
test_validate_binary (void)
{
  g_autoptr(GError) error = NULL;
  const char data[] = "PK\x03\x04\0\0binary";

  g_assert_false (byline_source_validate (data, sizeof data - 1, &error));
  g_assert_error (error, BYLINE_CORE_ERROR, BYLINE_CORE_ERROR_BINARY);
  g_assert_nonnull (strstr (error->message, "offset 4"));
}

static void
test_validate_utf8 (void)
{
  g_autoptr(GError) error = NULL;
  const char data[] = "caf\xe9 au lait";

  g_assert_false (byline_source_validate (data, sizeof data - 1, &error));
  g_assert_error (error, BYLINE_CORE_ERROR, BYLINE_CORE_ERROR_INVALID_UTF8);
  g_assert_nonnull (strstr (error->message, "offset 3"));
}

static void
test_load_missing (void)
{
  g_autoptr(GError) error = NULL;
  gsize len;

  g_assert_null (byline_source_load ("/nonexistent/byline/article.md", &len, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  /* The caller names the file; the message gives only the reason. */
  g_assert_null (strstr (error->message, "/nonexistent"));
}

static void
test_load_folder (void)
{
  g_autoptr(GError) error = NULL;
  gsize len;

  g_assert_null (byline_source_load (g_get_tmp_dir (), &len, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR);
}

static void
test_load_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  int fd = g_file_open_tmp ("byline-empty-XXXXXX.md", &path, &error);
  gsize len = 99;

  g_assert_no_error (error);
  close (fd);
  text = byline_source_load (path, &len, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "");
  g_assert_cmpuint (len, ==, 0);
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/source/validate-text", test_validate_text);
  g_test_add_func ("/core/source/validate-binary", test_validate_binary);
  g_test_add_func ("/core/source/validate-utf8", test_validate_utf8);
  g_test_add_func ("/core/source/load-missing", test_load_missing);
  g_test_add_func ("/core/source/load-folder", test_load_folder);
  g_test_add_func ("/core/source/load-empty", test_load_empty);

  return g_test_run ();
}
