/* test-cli.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "test-util.h"

/* Runs the real `byline` binary with no display, as a user would in a terminal. */
typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_byline (Run        *run,
            const char *first_arg,
            ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("BYLINE_BIN"));
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  g_spawn_sync (BYLINE_SOURCE_DIR, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &run->status, &error);
  g_assert_no_error (error);
  if (WIFEXITED (run->status))
    run->status = WEXITSTATUS (run->status);
}

static gsize
count_lines (const char *text)
{
  gsize n = 0;

  for (const char *p = text; *p; p++)
    n += *p == '\n';
  return n;
}

static void
check_mentions (JsonArray  *entities,
                const char *text)
{
  for (guint i = 0; i < json_array_get_length (entities); i++)
    {
      JsonObject *entity = json_array_get_object_element (entities, i);
      JsonArray *mentions = json_object_get_array_member (entity, "mentions");
      JsonArray *variants = json_object_get_array_member (entity, "variants");

      g_assert_cmpint (json_object_get_int_member (entity, "count"), ==, json_array_get_length (mentions));
      for (guint m = 0; m < json_array_get_length (mentions); m++)
        {
          JsonObject *mention = json_array_get_object_element (mentions, m);
          gint64 start = json_object_get_int_member (mention, "start");
          gint64 end = json_object_get_int_member (mention, "end");
          g_autofree char *named = g_strndup (text + start, end - start);
          gboolean listed = FALSE;

          for (guint v = 0; v < json_array_get_length (variants); v++)
            listed |= g_str_equal (json_array_get_string_element (variants, v), named);
          g_assert_true (listed);
        }
    }
}

static void
test_entities (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = test_read_source_file ("data/samples/stargate.txt", NULL);
  JsonObject *root;

  run_byline (&run, "--entities", "data/samples/stargate.txt", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "author"), ==, "Emily Chen");
  check_mentions (json_object_get_array_member (root, "entities"), text);
  g_assert_true (json_object_has_member (root, "quotes"));
}

static void
test_export (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("byline-cli-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "seed.html", NULL);
  g_autofree char *html = NULL;

  run_byline (&run, "--export-html", "data/samples/stargate.txt", "-o", out, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (out, &html, NULL, NULL));
  g_assert_true (g_str_has_prefix (html, "<!doctype html>"));
  g_assert_nonnull (strstr (html, "</html>"));
  g_unlink (out);
  g_rmdir (dir);
}

static void
test_export_stdout (void)
{
  g_auto(Run) run = { 0 };

  run_byline (&run, "--export-html", "data/samples/stargate.txt", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "<!doctype html>"));
}

/* A full disk on standard output is an error, not a silent success. */
static void
test_export_stdout_full (void)
{
  g_autofree char *command = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  if (!g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/full on this system");
      return;
    }
  command = g_strdup_printf ("sh -c '\"%s\" --export-html \"%s/data/samples/stargate.txt\" > /dev/full'",
                             g_getenv ("BYLINE_BIN"), BYLINE_SOURCE_DIR);
  g_assert_true (g_spawn_command_line_sync (command, NULL, &err, &status, NULL));
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 2);
  g_assert_nonnull (strstr (err, "standard output"));
}

/* A pipe cannot be mapped; it is read to its end. */
static void
test_entities_from_pipe (void)
{
  g_autofree char *command = g_strdup_printf ("sh -c 'cat \"%s/data/samples/stargate.txt\" | \"%s\" --entities /dev/stdin'",
                                              BYLINE_SOURCE_DIR, g_getenv ("BYLINE_BIN"));
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_assert_true (g_spawn_command_line_sync (command, &out, &err, &status, NULL));
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_nonnull (strstr (out, "\"author\" : \"Emily Chen\""));
}

/* A FIFO is opened once and read: opened twice it would wait forever. */
static void
test_entities_from_fifo (void)
{
  g_autofree char *dir = g_dir_make_tmp ("byline-fifo-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "article", NULL);
  g_autofree char *command = NULL;
  g_autofree char *out = NULL;
  int status = 0;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  command = g_strdup_printf ("sh -c '(cat \"%s/data/samples/stargate.txt\" > \"%s\") & "
                             "timeout 20 \"%s\" --entities \"%s\"'",
                             BYLINE_SOURCE_DIR, fifo, g_getenv ("BYLINE_BIN"), fifo);
  g_assert_true (g_spawn_command_line_sync (command, &out, NULL, &status, NULL));
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  g_assert_nonnull (strstr (out, "\"author\" : \"Emily Chen\""));
  g_unlink (fifo);
  g_rmdir (dir);
}

/* A missing picture gets a warning; the page is still written. */
static void
test_export_missing_image (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("byline-img-XXXXXX", NULL);
  g_autofree char *md = g_build_filename (dir, "story.md", NULL);
  g_autofree char *out = g_build_filename (dir, "story.html", NULL);

  g_assert_true (g_file_set_contents (md, "# Flood\n\n![The river](pics/river.png)\n\nWater rose.\n", -1, NULL));
  run_byline (&run, "--export-html", md, "-o", out, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.err, "warning"));
  g_assert_nonnull (strstr (run.err, "pics/river.png"));
  g_assert_true (g_file_test (out, G_FILE_TEST_EXISTS));
  g_unlink (out);
  g_unlink (md);
  g_rmdir (dir);
}

static void
test_missing_file (void)
{
  g_auto(Run) run = { 0 };

  run_byline (&run, "--entities", "no-such-article.md", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpuint (count_lines (run.err), ==, 1);
  g_assert_nonnull (strstr (run.err, "no-such-article.md"));
  g_assert_cmpstr (run.out, ==, "");
}

static void
test_binary_file (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *path = NULL;
  int fd = g_file_open_tmp ("byline-binary-XXXXXX.md", &path, NULL);

  g_assert_cmpint (write (fd, "\x7f" "ELF\0\0\1", 7), ==, 7);
  close (fd);
  run_byline (&run, "--export-html", path, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpuint (count_lines (run.err), ==, 1);
  g_assert_nonnull (strstr (run.err, "not a text file"));
  g_unlink (path);
}

static void
test_version_and_help (void)
{
  g_auto(Run) version = { 0 };
  g_auto(Run) help = { 0 };

  run_byline (&version, "--version", NULL);
  g_assert_cmpint (version.status, ==, 0);
  g_assert_true (g_str_has_prefix (version.out, "byline " PACKAGE_VERSION));
  run_byline (&help, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "--entities"));
  g_assert_nonnull (strstr (help.out, "--export-html"));
  /* Help comes from the editor, which byline hands everything not headless to. */
  g_assert_nonnull (strstr (help.out, "--help-gapplication"));
}

/* Without a headless command the editor gets the command line as it was;
 * with one, an option neither knows is an error, not ignored. */
static void
test_hand_off (void)
{
  g_auto(Run) editor = { 0 };
  g_auto(Run) headless = { 0 };

  run_byline (&editor, "--no-such-option", NULL);
  g_assert_cmpint (editor.status, ==, 1);
  g_assert_true (g_str_has_prefix (editor.err, "byline: unknown option"));
  g_assert_cmpuint (count_lines (editor.err), ==, 1);
  run_byline (&headless, "--entities", "data/samples/stargate.txt", "--no-such-option", NULL);
  g_assert_cmpint (headless.status, ==, 1);
  g_assert_nonnull (strstr (headless.err, "--no-such-option"));
  g_assert_cmpstr (headless.out, ==, "");
}

/* FILE may follow the command, come after the flags, or be its value: the
 * same page every way. */
static void
test_argument_order (void)
{
  const char *seed = "data/samples/stargate.txt";
  g_auto(Run) plain = { 0 };
  g_auto(Run) flags_first = { 0 };
  g_auto(Run) file_last = { 0 };
  g_auto(Run) value = { 0 };

  run_byline (&plain, "--export-html", seed, "--unsafe", NULL);
  run_byline (&flags_first, "--export-html", "--unsafe", seed, NULL);
  run_byline (&file_last, "--unsafe", "--export-html", seed, NULL);
  run_byline (&value, "--export-html=data/samples/stargate.txt", "--unsafe", NULL);
  g_assert_cmpint (plain.status, ==, 0);
  g_assert_true (g_str_has_prefix (plain.out, "<!doctype html>"));
  g_assert_cmpstr (flags_first.out, ==, plain.out);
  g_assert_cmpstr (file_last.out, ==, plain.out);
  g_assert_cmpstr (value.out, ==, plain.out);
  g_assert_cmpint (flags_first.status + file_last.status + value.status, ==, 0);
}

static void
test_usage_error (void)
{
  g_auto(Run) run = { 0 };
  g_auto(Run) extra = { 0 };
  g_auto(Run) no_file = { 0 };
  g_auto(Run) both = { 0 };
  g_auto(Run) self = { 0 };
  g_auto(Run) empty = { 0 };

  run_byline (&run, "-o", "x.html", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpuint (count_lines (run.err), ==, 1);
  run_byline (&extra, "--entities", "data/samples/stargate.txt", "README.md", NULL);
  g_assert_cmpint (extra.status, ==, 1);
  g_assert_nonnull (strstr (extra.err, "README.md"));
  g_assert_cmpstr (extra.out, ==, "");
  run_byline (&no_file, "--export-html", "--unsafe", NULL);
  g_assert_cmpint (no_file.status, ==, 1);
  g_assert_nonnull (strstr (no_file.err, "needs a FILE"));
  run_byline (&both, "--entities", "--export-html", "data/samples/stargate.txt", NULL);
  run_byline (&self, "--export-html", "data/samples/stargate.txt", "-o", "data/samples/stargate.txt", NULL);
  g_assert_cmpint (self.status, ==, 1);
  g_assert_nonnull (strstr (self.err, "article itself"));
  run_byline (&empty, "--export-html=", NULL);
  g_assert_cmpint (empty.status, ==, 1);
  g_assert_cmpint (both.status, ==, 1);
  g_assert_cmpstr (both.out, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/entities", test_entities);
  g_test_add_func ("/cli/export", test_export);
  g_test_add_func ("/cli/export-stdout", test_export_stdout);
  g_test_add_func ("/cli/export-stdout-full", test_export_stdout_full);
  g_test_add_func ("/cli/entities-from-pipe", test_entities_from_pipe);
  g_test_add_func ("/cli/entities-from-fifo", test_entities_from_fifo);
  g_test_add_func ("/cli/export-missing-image", test_export_missing_image);
  g_test_add_func ("/cli/missing-file", test_missing_file);
  g_test_add_func ("/cli/binary-file", test_binary_file);
  g_test_add_func ("/cli/version-and-help", test_version_and_help);
  g_test_add_func ("/cli/argument-order", test_argument_order);
  g_test_add_func ("/cli/usage-error", test_usage_error);
  g_test_add_func ("/cli/hand-off", test_hand_off);

  return g_test_run ();
}
