/* preview-bench.c
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

#include "byline-preview.h"

/* The native preview against bare cmark, on the documents in
 * $BYLINE_BENCH_DIR (build-aux/bench sets it):
 *   - cmark_parse_document + cmark_render_html, median of 20;
 *   - a full preview build from scratch, in a shown window;
 *   - keystroke → preview updated: single-character insertions and
 *     deletions at the start, middle and end of an editor buffer that the
 *     preview follows, as in the window, each timed from the edit to the
 *     preview buffer updated (the preview's copy of the text, the re-parse
 *     of a window of blocks, the buffer update);
 *   - peak RSS (VmHWM) with the document in the preview.
 * One line per figure, then the summary line. */

#define CMARK_RUNS 20
#define KEYSTROKES 200

typedef struct
{
  double cmark_ms;
  double full_ms;
  double p50_ms;
  double p95_ms;
  double rss_mb;
  double baseline_mb;  /* RSS before any document, for the preview's share */
} Figures;

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
percentile (GArray *samples,
            double  p)
{
  g_array_sort (samples, compare_doubles);
  return g_array_index (samples, double, (guint) MIN (samples->len - 1, p * samples->len));
}

static double
peak_rss_mb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL)
      || (line = strstr (status, "VmHWM:")) == NULL)
    return 0;
  return g_ascii_strtod (line + strlen ("VmHWM:"), NULL) / 1024.0;
}

static double
bare_cmark_ms (const char *text,
               gsize       len)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));

  for (int i = 0; i < CMARK_RUNS; i++)
    {
      double start = now_ms ();
      cmark_node *root = cmark_parse_document (text, len, CMARK_OPT_DEFAULT);
      char *html = cmark_render_html (root, CMARK_OPT_DEFAULT);
      double took = now_ms () - start;

      free (html);
      cmark_node_free (root);
      g_array_append_val (samples, took);
    }
  return percentile (samples, 0.5);
}

/* Lets the view lay out what it shows and run its idle work for a while. */
static void
settle (void)
{
  double until = now_ms () + 300;

  while (now_ms () < until)
    g_main_context_iteration (NULL, FALSE);
}

static GtkWidget *
preview_window (GtkWidget **preview_out)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *preview = byline_preview_new ();

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), preview);
  gtk_window_set_child (GTK_WINDOW (window), scroller);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 700);
  gtk_window_present (GTK_WINDOW (window));
  settle ();
  *preview_out = preview;
  return window;
}

static void
edit (GtkTextBuffer *editor,
      int            keystroke,
      gsize          len)
{
  GtkTextIter iter, next;
  int chars = gtk_text_buffer_get_char_count (editor);
  int where = (keystroke / 2) % 3;
  int offset = where == 0 ? 0 : where == 1 ? chars / 2 : chars;

  gtk_text_buffer_get_iter_at_offset (editor, &iter, offset);
  /* Even keystrokes type a letter, odd ones delete it again. */
  if (keystroke % 2 == 0)
    gtk_text_buffer_insert (editor, &iter, "x", 1);
  else
    {
      if (where == 2)
        gtk_text_iter_backward_char (&iter);
      next = iter;
      gtk_text_iter_forward_char (&next);
      gtk_text_buffer_delete (editor, &iter, &next);
    }
}

static void
keystrokes (BylinePreview *preview,
            const char    *text,
            gsize          len,
            Figures       *figures)
{
  g_autoptr(GtkTextBuffer) editor = gtk_text_buffer_new (NULL);
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  guint rebuilt = 0;

  guint windowed = 0;

  gtk_text_buffer_set_text (editor, text, len);
  byline_preview_follow (preview, editor);
  byline_preview_update (preview);
  for (int k = 0; k < KEYSTROKES; k++)
    {
      double begin = now_ms (), took;

      edit (editor, k, len);
      byline_preview_update (preview);
      took = now_ms () - begin;
      rebuilt += byline_preview_get_n_rebuilt (preview);
      windowed += byline_preview_get_last_windowed (preview);
      g_array_append_val (samples, took);
      /* A frame passes between keystrokes, as when typing. */
      g_main_context_iteration (NULL, FALSE);
    }
  figures->p50_ms = percentile (samples, 0.5);
  figures->p95_ms = percentile (samples, 0.95);
  byline_preview_follow (preview, NULL);
  g_print ("  blocks rebuilt per keystroke: %.2f; windowed re-parses: %u of %d\n",
           (double) rebuilt / KEYSTROKES, windowed, KEYSTROKES);
}

static gboolean
bench_file (const char *name,
            Figures    *figures)
{
  g_autofree char *path = g_build_filename (g_getenv ("BYLINE_BENCH_DIR"), name, NULL);
  g_autofree char *text = NULL;
  GtkWidget *preview;
  GtkWidget *window;
  double start;
  gsize len;

  if (!g_file_get_contents (path, &text, &len, NULL))
    {
      g_printerr ("preview-bench: cannot read %s\n", path);
      return FALSE;
    }
  g_print ("%s (%" G_GSIZE_FORMAT " bytes)\n", name, len);
  figures->cmark_ms = bare_cmark_ms (text, len);
  g_print ("  bare cmark parse+render_html: median %.2f ms\n", figures->cmark_ms);

  window = preview_window (&preview);
  start = now_ms ();
  byline_preview_set_markdown (BYLINE_PREVIEW (preview), text, len);
  figures->full_ms = now_ms () - start;
  g_print ("  full preview build: %.2f ms (%.1fx cmark)\n", figures->full_ms, figures->full_ms / figures->cmark_ms);
  settle ();

  keystrokes (BYLINE_PREVIEW (preview), text, len, figures);
  g_print ("  keystroke -> preview updated: p50 %.2f ms (%.3fx cmark), p95 %.2f ms (%.3fx cmark)\n",
           figures->p50_ms, figures->p50_ms / figures->cmark_ms,
           figures->p95_ms, figures->p95_ms / figures->cmark_ms);
  figures->rss_mb = peak_rss_mb ();
  g_print ("  peak RSS with the document in the preview: %.1f MB (%.1f MB over the baseline)\n",
           figures->rss_mb, figures->rss_mb - figures->baseline_mb);
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  Figures article = { 0 }, longform = { 0 }, huge = { 0 };
  GtkWidget *preview;

  gtk_init ();
  if (g_getenv ("BYLINE_BENCH_DIR") == NULL)
    {
      g_printerr ("preview-bench: set BYLINE_BENCH_DIR (build-aux/bench does)\n");
      return 1;
    }
  /* What GTK itself takes (with its GL renderer, llvmpipe under Xvfb) before any document. */
  gtk_window_destroy (GTK_WINDOW (preview_window (&preview)));
  article.baseline_mb = longform.baseline_mb = huge.baseline_mb = peak_rss_mb ();
  g_print ("baseline: peak RSS with an empty preview shown: %.1f MB\n", article.baseline_mb);
  if (!bench_file ("article-10k.md", &article) || !bench_file ("longform-1m.md", &longform))
    return 1;
  /* Peak RSS only grows: the 10 MB document comes last. */
  if (!bench_file ("huge-10m.md", &huge))
    return 1;
  g_print ("preview: full_ratio_1m=%.2f p95_ms_10k=%.2f p95_ms_1m=%.2f rss_mb_1m=%.1f\n",
           longform.full_ms / longform.cmark_ms, article.p95_ms, longform.p95_ms, longform.rss_mb);
  return 0;
}
