/* export-bench.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmark.h>

#include "byline-core.h"

/* HTML export of $BYLINE_BENCH_DIR/longform-1m.md against the `cmark`
 * command and `pandoc -s` on the same file, in the same run:
 *   - the cmark command (process start, read, parse, render, write);
 *   - cmark's parse and render in this process, for scale;
 *   - byline_export_html_full(): read and validate the file, find the
 *     article's parts, parse, lift out headline and furniture, apply the
 *     URL policy, render and build the page, write it; the analysis it
 *     takes (entities for the metadata) is run once beforehand and timed
 *     on its own line;
 *   - the whole `byline --export-html` command, analysis included;
 *   - `pandoc -s`.
 * Medians; the ratios compare byline's export with the two commands. */

#define RUNS 11
#define PANDOC_RUNS 3
#define DOCUMENT "longform-1m.md"

typedef double (*Measure) (gpointer data);

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (Measure  measure,
        gpointer data,
        guint    runs)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < runs; i++)
    {
      double took = measure (data);

      if (took < 0)
        return -1;
      g_array_append_val (samples, took);
    }
  g_array_sort (samples, compare_doubles);
  return g_array_index (samples, double, samples->len / 2);
}

/* Runs @argv with its output thrown away; -1 when it cannot run or fails. */
static double
time_command (gpointer data)
{
  const char * const *argv = data;
  double start = now_ms ();
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL,
                     G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, NULL)
      || !g_spawn_check_wait_status (status, NULL))
    return -1;
  return now_ms () - start;
}

static double
time_cmark_library (gpointer data)
{
  const char *path = data;
  g_autofree char *text = NULL;
  double start = now_ms ();
  gsize len;
  char *html;

  g_file_get_contents (path, &text, &len, NULL);
  html = cmark_markdown_to_html (text, len, CMARK_OPT_DEFAULT);
  free (html);
  return now_ms () - start;
}

typedef struct
{
  const char     *path;
  BylineAnalysis *analysis;
  FILE           *sink;
} ExportRun;

static double
time_export (gpointer data)
{
  ExportRun *run = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *html = NULL;
  double start = now_ms ();
  gsize len;

  if ((text = byline_source_load (run->path, &len, &error)) == NULL
      || (html = byline_export_html_full (text, len, run->analysis, NULL, &error)) == NULL)
    g_error ("%s: %s", run->path, error->message);
  fputs (html, run->sink);
  fflush (run->sink);
  return now_ms () - start;
}

static double
time_analysis (gpointer data)
{
  const char *path = data;
  g_autofree char *text = NULL;
  g_autoptr(BylineAnalysis) analysis = NULL;
  double start = now_ms ();
  gsize len;

  text = byline_source_load (path, &len, NULL);
  analysis = byline_analysis_run (text, len, NULL, NULL);
  return now_ms () - start;
}

static void
report (const char *what,
        double      ms,
        const char *note)
{
  if (ms < 0)
    printf ("export: %-22s not measured (%s)\n", what, note);
  else
    printf ("export: %-22s %9.2f ms  %s\n", what, ms, note);
}

int
main (int   argc,
      char *argv[])
{
  const char *dir = g_getenv ("BYLINE_BENCH_DIR");
  g_autofree char *path = g_build_filename (dir != NULL ? dir : ".", DOCUMENT, NULL);
  g_autofree char *here = g_path_get_dirname (argv[0]);
  g_autofree char *byline = g_build_filename (here, "..", "..", "src", "byline", NULL);
  const char *cmark_argv[] = { "cmark", path, NULL };
  const char *pandoc_argv[] = { "pandoc", "-s", "-t", "html", path, NULL };
  const char *byline_argv[] = { byline, "--export-html", path, NULL };
  g_autofree char *text = NULL;
  g_autoptr(BylineAnalysis) analysis = NULL;
  ExportRun run = { path, NULL, fopen ("/dev/null", "w") };
  double cmark_ms, library_ms, export_ms, analysis_ms, cli_ms, pandoc_ms;
  gsize len;

  if ((text = byline_source_load (path, &len, NULL)) == NULL)
    {
      g_printerr ("export-bench: cannot read %s (set BYLINE_BENCH_DIR)\n", path);
      return 1;
    }
  run.analysis = analysis = byline_analysis_run (text, len, NULL, NULL);

  cmark_ms = median (time_command, cmark_argv, RUNS);
  library_ms = median (time_cmark_library, path, RUNS);
  export_ms = median (time_export, &run, RUNS);
  analysis_ms = median (time_analysis, path, 5);
  cli_ms = median (time_command, byline_argv, 5);
  pandoc_ms = median (time_command, pandoc_argv, PANDOC_RUNS);
  fclose (run.sink);

  printf ("export: %s, %" G_GSIZE_FORMAT " bytes; medians of %d runs (pandoc %d)\n",
          DOCUMENT, len, RUNS, PANDOC_RUNS);
  report ("cmark command", cmark_ms, "process, read, parse, render, write");
  report ("cmark library", library_ms, "read, parse, render in this process");
  report ("byline export", export_ms, "read, article, parse, lift-out, URL policy, render, page, write");
  report ("byline analysis", analysis_ms, "entities for the metadata; given to the export above");
  report ("byline --export-html", cli_ms, "the whole command: analysis and export");
  report ("pandoc -s", pandoc_ms, "pandoc -s -t html");
  if (cmark_ms <= 0 || pandoc_ms <= 0)
    {
      printf ("export: ratio_cmark_1m=%s speedup_vs_pandoc_1m=%s\n",
              cmark_ms > 0 ? "?" : "no-cmark", pandoc_ms > 0 ? "?" : "no-pandoc");
      return 1;
    }
  printf ("export: against cmark in this process: %.2f\n", export_ms / library_ms);
  /* The summary compares like with like: the whole `byline --export-html`
   * command, analysis included, against the cmark and pandoc commands. The
   * export alone (analysis already done, as in the window) is reported too. */
  printf ("export: export alone (analysis given) ratio_cmark=%.2f speedup_vs_pandoc=%.1f\n",
          export_ms / cmark_ms, pandoc_ms / export_ms);
  printf ("export: ratio_cmark_1m=%.2f speedup_vs_pandoc_1m=%.1f\n",
          cli_ms / cmark_ms, pandoc_ms / cli_ms);
  return 0;
}
