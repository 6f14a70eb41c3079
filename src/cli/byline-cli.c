/* byline-cli.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-cli"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "byline-cli.h"
#include "byline-core.h"

enum {
  EXIT_USAGE = 1,
  EXIT_INPUT = 2,
};

/* The options being parsed: GApplication gives option callbacks no data of
 * their own, and a process parses its command line once. */
static BylineCliOptions *parsing;

/* --entities and --export-html take FILE either as their value
 * (`--export-html=FILE`) or as the one remaining argument, so
 * `--export-html --unsafe FILE` and `--export-html FILE --unsafe` both work. */
static gboolean
command_option (const char  *name,
                const char  *value,
                gpointer     data,
                GError     **error)
{
  BylineCliCommand command = g_str_equal (name, "--entities") ? BYLINE_CLI_ENTITIES
                                                              : BYLINE_CLI_EXPORT_HTML;

  (void) data;
  if (parsing->command != BYLINE_CLI_NONE && parsing->command != command)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("--entities and --export-html cannot be used together"));
      return FALSE;
    }
  parsing->command = command;
  if (value != NULL)
    {
      g_free (parsing->file);
      parsing->file = g_strdup (value);
    }
  return TRUE;
}

/* GOption stores a callback in its data pointer. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
GOptionEntry *
byline_cli_option_entries (BylineCliOptions *options)
{
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, &options->version,
      N_("Print the version and exit"), NULL },
    { "entities", 0, G_OPTION_FLAG_OPTIONAL_ARG | G_OPTION_FLAG_FILENAME, G_OPTION_ARG_CALLBACK,
      (gpointer) command_option,
      N_("Print the people, organisations, places and quotes FILE names, as JSON"), N_("FILE") },
    { "export-html", 0, G_OPTION_FLAG_OPTIONAL_ARG | G_OPTION_FLAG_FILENAME, G_OPTION_ARG_CALLBACK,
      (gpointer) command_option,
      N_("Write FILE as a standalone HTML page"), N_("FILE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options->output,
      N_("With --export-html: write to OUT instead of standard output"), N_("OUT") },
    { "unsafe", 0, 0, G_OPTION_ARG_NONE, &options->unsafe,
      N_("With --export-html: keep raw HTML from the Markdown"), NULL },
    { "embed-images", 0, 0, G_OPTION_ARG_NONE, &options->embed_images,
      N_("With --export-html: embed local images as data: URIs"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &options->files,
      NULL, N_("[FILE…]") },
    { NULL }
  };

  parsing = options;
  return g_memdup2 (entries, sizeof entries);
}
#pragma GCC diagnostic pop

static int
fail (const char   *path,
      const GError *error)
{
  g_autofree char *display = g_filename_display_name (path);

  g_printerr ("byline: %s: %s\n", display, error->message);
  return EXIT_INPUT;
}

/* A full disk or a closed pipe must not pass for success. */
static int
write_stdout (const char *text,
              gboolean    newline)
{
  if (fputs (text, stdout) < 0 || (newline && fputc ('\n', stdout) == EOF)
      || fflush (stdout) != 0 || ferror (stdout))
    {
      g_printerr ("byline: standard output: %s\n", g_strerror (errno));
      return EXIT_INPUT;
    }
  return EXIT_SUCCESS;
}

static int
run_entities (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineAnalysis) analysis = NULL;
  g_autofree char *text = NULL;
  g_autofree char *json = NULL;
  gsize len;

  if ((text = byline_source_load (path, &len, &error)) == NULL
      || (analysis = byline_analysis_run (text, len, NULL, &error)) == NULL)
    return fail (path, error);

  json = byline_analysis_to_json (analysis, TRUE);
  return write_stdout (json, TRUE);
}

/* The file's own modification time: exporting the same file twice gives the same page. */
static GDateTime *
file_modified (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  return info != NULL ? g_file_info_get_modification_date_time (info) : NULL;
}

static char *
title_from_file_name (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';
  return g_filename_display_name (base);
}

static char *
export_file (const BylineCliOptions  *options,
             const char              *path,
             GError                 **error)
{
  g_autoptr(GDateTime) modified = file_modified (path);
  g_autofree char *text = NULL;
  g_autofree char *source_dir = g_path_get_dirname (path);
  /* Without -o the page lands where the shell sends it: assume this folder. */
  g_autofree char *output_dir = options->output != NULL ? g_path_get_dirname (options->output)
                                                        : g_get_current_dir ();
  g_autofree char *fallback_title = title_from_file_name (path);
  g_autoptr(GPtrArray) missing = g_ptr_array_new_with_free_func (g_free);
  BylineExportOptions export = {
    .flags = (options->unsafe ? BYLINE_EXPORT_UNSAFE : 0)
             | (options->embed_images ? BYLINE_EXPORT_EMBED_IMAGES : 0),
    .source_dir = source_dir,
    .output_dir = output_dir,
    .fallback_title = fallback_title,
    .modified = modified,
    .missing_images = missing,
  };
  gsize len;
  char *html;

  if ((text = byline_source_load (path, &len, error)) == NULL)
    return NULL;
  html = byline_export_html_analysed (text, len, &export, NULL, error);
  /* The page is still written: a missing picture is the author's to fix. */
  for (guint i = 0; html != NULL && i < missing->len; i++)
    g_printerr ("byline: warning: image “%s” not found next to %s; left as a reference\n",
                (const char *) g_ptr_array_index (missing, i), path);
  return html;
}

/* Whether @a and @b name one file: -o must never replace the article. */
static gboolean
same_file (const char *a,
           const char *b)
{
  GStatBuf sa, sb;

  return g_stat (a, &sa) == 0 && g_stat (b, &sb) == 0 && S_ISREG (sa.st_mode)
         && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

static int
run_export (const BylineCliOptions *options,
            const char             *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *html = NULL;

  if (options->output != NULL && same_file (path, options->output))
    {
      g_autofree char *display = g_filename_display_name (options->output);

      g_printerr ("byline: %s: is the article itself; choose another output file\n", display);
      return EXIT_USAGE;
    }
  html = export_file (options, path, &error);

  if (html == NULL)
    return fail (path, error);

  if (options->output == NULL)
    return write_stdout (html, FALSE);
  if (!byline_source_save (options->output, html, strlen (html), &error))
    return fail (options->output, error);
  return EXIT_SUCCESS;
}

int
byline_cli_run (const BylineCliOptions *options)
{
  const char *path;
  char *const *extra;

  g_return_val_if_fail (options != NULL, EXIT_USAGE);

  if (options->version)
    {
      g_print ("byline %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }
  if (options->command != BYLINE_CLI_EXPORT_HTML
      && (options->output != NULL || options->unsafe || options->embed_images))
    {
      g_printerr ("byline: -o, --unsafe and --embed-images go with --export-html\n");
      return EXIT_USAGE;
    }
  if (options->command == BYLINE_CLI_NONE)
    return -1;

  /* FILE is the option's value or else the one remaining argument. */
  path = options->file;
  extra = options->files;
  if (path == NULL && extra != NULL)
    path = *extra++;
  if (options->output != NULL && options->output[0] == '\0')
    {
      g_printerr ("byline: -o needs a file name\n");
      return EXIT_USAGE;
    }
  if (path == NULL || path[0] == '\0')
    {
      g_printerr ("byline: %s needs a FILE\n",
                  options->command == BYLINE_CLI_ENTITIES ? "--entities" : "--export-html");
      return EXIT_USAGE;
    }
  if (extra != NULL && *extra != NULL)
    {
      g_autofree char *display = g_filename_display_name (*extra);

      g_printerr ("byline: unexpected argument “%s”: --entities and --export-html take one file\n",
                  display);
      return EXIT_USAGE;
    }
  if (options->command == BYLINE_CLI_ENTITIES)
    return run_entities (path);
  return run_export (options, path);
}

void
byline_cli_options_clear (BylineCliOptions *options)
{
  g_clear_pointer (&options->file, g_free);
  g_clear_pointer (&options->output, g_free);
  g_clear_pointer (&options->files, g_strfreev);
}
