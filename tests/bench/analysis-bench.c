/* analysis-bench.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <cmark.h>

#include "byline-core.h"

/* Times byline_analysis_run() (text layer, tagger, grouping, quotes) on
 * the benchmark documents and compares it with bare cmark parsing of the
 * same bytes in the same run, so the ratio means something on any machine.
 * The model is loaded before timing starts: it is loaded once per process. */

#define RUNS_10K 41
#define RUNS_1M  7

typedef double (*TimedFunc) (const char *text, gsize len);

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static double
time_analysis (const char *text,
               gsize       len)
{
  double start = now_ms ();
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineAnalysis) analysis = byline_analysis_run (text, len, NULL, &error);

  if (analysis == NULL)
    {
      g_printerr ("analysis failed: %s\n", error->message);
      exit (1);
    }
  return now_ms () - start;
}

static double
time_cmark (const char *text,
            gsize       len)
{
  double start = now_ms ();
  cmark_node *root = cmark_parse_document (text, len, CMARK_OPT_SOURCEPOS);
  double elapsed = now_ms () - start;

  cmark_node_free (root);
  return elapsed;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return da < db ? -1 : da > db;
}

static double
median_ms (TimedFunc   func,
           const char *text,
           gsize       len,
           guint       runs)
{
  g_autofree double *times = g_new (double, runs);

  func (text, len);  /* warm caches */
  for (guint i = 0; i < runs; i++)
    times[i] = func (text, len);
  qsort (times, runs, sizeof (double), (int (*) (const void *, const void *)) compare_doubles);
  return times[runs / 2];
}

static char *
load (const char *dir,
      const char *name,
      gsize      *len)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  if (!g_file_get_contents (path, &text, len, &error))
    {
      g_printerr ("analysis-bench: %s (set BYLINE_BENCH_DIR)\n", error->message);
      exit (1);
    }
  return text;
}

int
main (int   argc,
      char *argv[])
{
  const char *dir = g_getenv ("BYLINE_BENCH_DIR");
  gsize len_10k, len_1m;
  g_autofree char *text_10k = NULL;
  g_autofree char *text_1m = NULL;
  double ms_10k, cmark_10k, ms_1m, cmark_1m;

  if (dir == NULL)
    dir = BYLINE_SOURCE_DIR "/../shared/bench";
  text_10k = load (dir, "article-10k.md", &len_10k);
  text_1m = load (dir, "longform-1m.md", &len_1m);

  ms_10k = median_ms (time_analysis, text_10k, len_10k, RUNS_10K);
  cmark_10k = median_ms (time_cmark, text_10k, len_10k, RUNS_10K);
  ms_1m = median_ms (time_analysis, text_1m, len_1m, RUNS_1M);
  cmark_1m = median_ms (time_cmark, text_1m, len_1m, RUNS_1M);

  printf ("article-10k.md  %7zu bytes  analysis %8.2f ms  cmark %7.3f ms  ratio %6.1f\n",
          len_10k, ms_10k, cmark_10k, ms_10k / cmark_10k);
  printf ("longform-1m.md  %7zu bytes  analysis %8.2f ms  cmark %7.3f ms  ratio %6.1f\n",
          len_1m, ms_1m, cmark_1m, ms_1m / cmark_1m);
  printf ("analysis: ms_10k=%.2f mb_per_s_1m=%.2f ratio_cmark_1m=%.1f\n",
          ms_10k, len_1m / 1e6 / (ms_1m / 1000.0), ms_1m / cmark_1m);
  return 0;
}
