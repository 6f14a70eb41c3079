/* test-pathological.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-core.h"

/* Inputs built to make a careless scanner quadratic or deeply recursive,
 * as cmark's pathological tests do. Each must finish well within the
 * limit, sanitizers included. */

#define LIMIT_SECONDS 10.0

static char *
repeat (const char *unit,
        gsize       times,
        const char *tail)
{
  GString *out = g_string_sized_new (strlen (unit) * times + strlen (tail));

  for (gsize i = 0; i < times; i++)
    g_string_append (out, unit);
  g_string_append (out, tail);
  return g_string_free (out, FALSE);
}

static void
assert_fast (const char *name,
             char       *text)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineAnalysis) analysis = byline_analysis_run (text, strlen (text), NULL, &error);
  double seconds = (g_get_monotonic_time () - start) / 1e6;

  g_assert_no_error (error);
  g_assert_nonnull (analysis);
  g_test_message ("%s: %zu bytes in %.3f s", name, strlen (text), seconds);
  g_assert_cmpfloat (seconds, <, LIMIT_SECONDS);
  g_free (text);
}

static void
test_deep_nesting (void)
{
  assert_fast ("block quotes", repeat (">", 20000, " Deep Name said \"hi\".\n"));
  assert_fast ("lists", repeat ("- ", 5000, "Deep Name\n"));
  assert_fast ("brackets", repeat ("[", 100000, "Name"));
  assert_fast ("images", repeat ("![", 50000, "Name"));
  assert_fast ("emphasis", repeat ("*_", 100000, "Name"));
}

static void
test_long_line (void)
{
  assert_fast ("one long line", repeat ("words and More Words ", 60000, "\n"));
  assert_fast ("one long sentence", repeat ("word, ", 200000, ".\n"));
}

static void
test_unbalanced_quotes (void)
{
  assert_fast ("straight", repeat ("\"Quote ", 100000, "\n"));
  assert_fast ("curly", repeat ("“Open ‘single ", 60000, "\n"));
  assert_fast ("paragraphs", repeat ("“Never closed, said Lee\n\n", 40000, ""));
  assert_fast ("closing only", repeat ("word” ’s ", 80000, "\n"));
  assert_fast ("mixed marks", repeat ("“a b” ‘c d,’ Lee said. ", 20000, "\n"));
}

static void
test_capitalised_words (void)
{
  assert_fast ("capitals", repeat ("Capital Word Name ", 100000, "\n"));
  assert_fast ("listed names", repeat ("Alpha and Beta, Gamma or ", 50000, "\n"));
  assert_fast ("headlines", repeat ("# Big Name Here\n\nBig Name said.\n\n", 20000, ""));
}

static void
test_markup_runs (void)
{
  assert_fast ("backticks", repeat ("`` ` ", 100000, "\n"));
  assert_fast ("tags", repeat ("<a ", 100000, "\n"));
  assert_fast ("link tails", repeat ("](", 100000, "\n"));
  assert_fast ("entities", repeat ("&amp &#; &quot;", 50000, "\n"));
  assert_fast ("dots", repeat ("U.S.A.B.C.D.", 50000, "\n"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/pathological/deep-nesting", test_deep_nesting);
  g_test_add_func ("/core/pathological/long-line", test_long_line);
  g_test_add_func ("/core/pathological/unbalanced-quotes", test_unbalanced_quotes);
  g_test_add_func ("/core/pathological/capitalised-words", test_capitalised_words);
  g_test_add_func ("/core/pathological/markup-runs", test_markup_runs);

  return g_test_run ();
}
