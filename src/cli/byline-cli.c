/* byline-cli.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-cli"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "byline-cli.h"
#include "byline-core.h"

enum {
  EXIT_USAGE = 1,
  EXIT_INPUT = 2,
};

GOptionEntry *
byline_cli_option_entries (BylineCliOptions *options)
{
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, &options->version,
      N_("Print the version and exit"), NULL },
    { "entities", 0, 0, G_OPTION_ARG_FILENAME, &options->entities,
      N_("Print the people, organisations, places and quotes FILE names, as JSON"), N_("FILE") },
    { "export-html", 0, 0, G_OPTION_ARG_FILENAME, &options->export_html,
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

  return g_memdup2 (entries, sizeof entries);
}

static int
fail (const char   *path,
      const GError *error)
{
  g_autofree char *display = g_filename_display_name (path);

  g_printerr ("byline: %s: %s\n", display, error->message);
  return EXIT_INPUT;
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
  g_print ("%s\n", json);
  return EXIT_SUCCESS;
}

static int
run_export (const BylineCliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineAnalysis) analysis = NULL;
  g_autofree char *text = NULL;
  g_autofree char *html = NULL;
  BylineExportFlags flags = BYLINE_EXPORT_DEFAULT;
  const char *path = options->export_html;
  gsize len;

  if (options->unsafe)
    flags |= BYLINE_EXPORT_UNSAFE;
  if (options->embed_images)
    flags |= BYLINE_EXPORT_EMBED_IMAGES;

  if ((text = byline_source_load (path, &len, &error)) == NULL
      || (analysis = byline_analysis_run (text, len, NULL, &error)) == NULL
      || (html = byline_export_html (text, len, analysis, flags, &error)) == NULL)
    return fail (path, error);

  if (options->output == NULL)
    {
      fputs (html, stdout);
      return fflush (stdout) == 0 ? EXIT_SUCCESS : EXIT_INPUT;
    }
  if (!byline_source_save (options->output, html, strlen (html), &error))
    return fail (options->output, error);
  return EXIT_SUCCESS;
}

int
byline_cli_run (const BylineCliOptions *options)
{
  g_return_val_if_fail (options != NULL, EXIT_USAGE);

  if (options->version)
    {
      g_print ("byline %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }
  if (options->entities != NULL && options->export_html != NULL)
    {
      g_printerr ("byline: --entities and --export-html cannot be used together\n");
      return EXIT_USAGE;
    }
  if (options->export_html == NULL
      && (options->output != NULL || options->unsafe || options->embed_images))
    {
      g_printerr ("byline: -o, --unsafe and --embed-images go with --export-html\n");
      return EXIT_USAGE;
    }
  if ((options->entities != NULL || options->export_html != NULL) && options->files != NULL)
    {
      g_autofree char *display = g_filename_display_name (options->files[0]);

      g_printerr ("byline: unexpected argument “%s”: --entities and --export-html take one file\n",
                  display);
      return EXIT_USAGE;
    }
  if (options->entities != NULL)
    return run_entities (options->entities);
  if (options->export_html != NULL)
    return run_export (options);

  return -1;
}

void
byline_cli_options_clear (BylineCliOptions *options)
{
  g_clear_pointer (&options->entities, g_free);
  g_clear_pointer (&options->export_html, g_free);
  g_clear_pointer (&options->output, g_free);
  g_clear_pointer (&options->files, g_strfreev);
}
