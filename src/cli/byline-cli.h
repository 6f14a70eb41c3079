/* byline-cli.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Headless commands. They need no display and link only libbyline-core.
 * Each returns the process exit status: 0 success, 1 usage error,
 * 2 unreadable or invalid input (with one line on stderr). */

typedef enum
{
  BYLINE_CLI_NONE,         /* open the FILE… arguments in windows */
  BYLINE_CLI_ENTITIES,     /* --entities FILE */
  BYLINE_CLI_EXPORT_HTML,  /* --export-html FILE */
} BylineCliCommand;

typedef struct
{
  BylineCliCommand   command;
  char              *file;          /* FILE given as --entities=FILE or --export-html=FILE */
  char              *output;        /* -o OUT */
  gboolean           unsafe;        /* --unsafe */
  gboolean           embed_images;  /* --embed-images */
  gboolean           version;       /* --version */
  char             **files;         /* the remaining FILE… arguments */
} BylineCliOptions;

/**
 * byline_cli_option_entries:
 * @options: where the parsed values go; must outlive the entries
 *
 * Returns: (transfer full): a GOptionEntry array for @options
 */
GOptionEntry *byline_cli_option_entries (BylineCliOptions *options);

/**
 * byline_cli_run:
 * @options: the parsed options
 *
 * Returns: an exit status, or -1 when no headless command was asked for
 */
int  byline_cli_run           (const BylineCliOptions *options);
void byline_cli_options_clear (BylineCliOptions       *options);

G_END_DECLS
