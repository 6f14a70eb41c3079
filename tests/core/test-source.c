/* test-source.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/stat.h>
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

static char *
make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("byline-save-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
test_save_new_and_mode (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "out.html", NULL);
  g_autofree char *back = NULL;
  g_autoptr(GError) error = NULL;
  struct stat st;

  g_assert_true (byline_source_save (path, "<p>one</p>", 10, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &back, NULL, NULL));
  g_assert_cmpstr (back, ==, "<p>one</p>");
  /* An existing file keeps its permissions. */
  g_chmod (path, 0640);
  g_assert_true (byline_source_save (path, "two", 3, &error));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_save_symlink (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *target = g_build_filename (dir, "target.html", NULL);
  g_autofree char *link = g_build_filename (dir, "link.html", NULL);
  g_autofree char *back = NULL;

  g_assert_cmpint (symlink ("target.html", link), ==, 0);
  g_assert_true (byline_source_save (link, "via link", 8, NULL));
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_get_contents (target, &back, NULL, NULL));
  g_assert_cmpstr (back, ==, "via link");
  g_unlink (link);
  g_unlink (target);
  g_rmdir (dir);
}

/* Writing to a FIFO or a device goes through it; it is never replaced by a
 * regular file (as a rename would do to /dev/null when run as root). */
static void
test_save_fifo (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *fifo = g_build_filename (dir, "pipe", NULL);
  char buf[16] = { 0 };
  struct stat st;
  int reader;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  reader = g_open (fifo, O_RDONLY | O_NONBLOCK, 0);
  g_assert_cmpint (reader, >=, 0);
  g_assert_true (byline_source_save (fifo, "through", 7, NULL));
  g_assert_cmpint (read (reader, buf, sizeof buf - 1), ==, 7);
  g_assert_cmpstr (buf, ==, "through");
  g_assert_cmpint (g_stat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
  close (reader);
  g_unlink (fifo);
  g_rmdir (dir);
}

static void
test_save_errors (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *missing = g_build_filename (dir, "no", "such", "dir.html", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (byline_source_save (dir, "x", 1, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR);
  g_clear_error (&error);
  g_assert_false (byline_source_save (missing, "x", 1, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  /* The message gives the reason, never a temporary file's name. */
  g_assert_null (strstr (error->message, ".byline-"));
  g_rmdir (dir);
}

/* Files that say they are empty (/proc) are read to their end. */
static void
test_load_unsized (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gsize len = 0;

  if (!g_file_test ("/proc/self/status", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /proc on this system");
      return;
    }
  text = byline_source_load ("/proc/self/status", &len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (len, >, 0);
  g_assert_nonnull (strstr (text, "Name:"));
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
  g_test_add_func ("/core/source/load-unsized", test_load_unsized);
  g_test_add_func ("/core/source/save-new-and-mode", test_save_new_and_mode);
  g_test_add_func ("/core/source/save-symlink", test_save_symlink);
  g_test_add_func ("/core/source/save-fifo", test_save_fifo);
  g_test_add_func ("/core/source/save-errors", test_save_errors);

  return g_test_run ();
}
