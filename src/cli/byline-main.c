/* byline-main.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The `byline` command. The headless commands (--entities, --export-html,
 * --version) run here, linked against libbyline-core only: no GTK to load,
 * no display needed, about 10 ms less per run. Anything else (opening
 * files, --help, GApplication's options) is the editor's, so its command
 * line is passed unchanged to byline-gui, found beside this program in a
 * build tree or in LIBEXECDIR once installed. */

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <unistd.h>
#include <glib/gi18n.h>

#include "byline-cli.h"

static char *
gui_path (void)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);

  if (self != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (self);
      g_autofree char *beside = g_build_filename (dir, "byline-gui", NULL);

      if (g_file_test (beside, G_FILE_TEST_IS_EXECUTABLE))
        return g_steal_pointer (&beside);
    }
  return g_build_filename (LIBEXECDIR, "byline-gui", NULL);
}

/* The first option left after parsing that the editor does not take
 * either (with @editor, its help and GApplication options pass), or NULL. */
static const char *
unknown_option (int       argc,
                char    **argv,
                gboolean  editor)
{
  static const char * const editor_options[] = {
    "-h", "-?", "--help", "--help-all", "--help-gapplication", "--gapplication-service", NULL
  };

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--"))
        return NULL;
      if (argv[i][0] == '-' && argv[i][1] != '\0'
          && (!editor || !g_strv_contains (editor_options, argv[i])))
        return argv[i];
    }
  return NULL;
}

int
main (int   argc,
      char *argv[])
{
  g_auto(GStrv) original = g_strdupv (argv);
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autofree GOptionEntry *entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *gui = NULL;
  BylineCliOptions options = { 0 };
  const char *unknown;
  gboolean headless;
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  entries = byline_cli_option_entries (&options);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  /* --help and the editor's own options are the editor's to answer. */
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_set_ignore_unknown_options (context, TRUE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("byline: %s\n", error->message);
      byline_cli_options_clear (&options);
      return 1;
    }

  headless = options.command != BYLINE_CLI_NONE || options.version;
  if ((unknown = unknown_option (argc, argv, !headless)) != NULL)
    {
      g_autofree char *display = g_filename_display_name (unknown);

      g_printerr ("byline: unknown option “%s” (see byline --help)\n", display);
      byline_cli_options_clear (&options);
      return 1;
    }
  if (headless)
    {
      status = byline_cli_run (&options);
      byline_cli_options_clear (&options);
      return status;
    }
  byline_cli_options_clear (&options);

  gui = gui_path ();
  execv (gui, original);
  g_printerr ("byline: cannot start the editor %s: %s\n", gui, g_strerror (errno));
  return 2;
}
