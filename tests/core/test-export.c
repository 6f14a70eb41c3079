/* test-export.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-core.h"
#include "test-util.h"

static void
test_seed_standalone (void)
{
  gsize len;
  g_autofree char *text = test_read_source_file ("data/samples/stargate.txt", &len);
  g_autoptr(BylineAnalysis) analysis = byline_analysis_run (text, len, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *html = byline_export_html (text, len, analysis, BYLINE_EXPORT_DEFAULT, &error);

  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (html, "<!doctype html>"));
  g_assert_nonnull (strstr (html, "<title>Samsung, SK Heavy Partner With OpenAI on Massive AI Push</title>"));
  g_assert_nonnull (strstr (html, "<meta name=\"author\" content=\"Emily Chen\">"));
  g_assert_nonnull (strstr (html, "</html>"));
}

static void
test_title_escaped (void)
{
  const char *text = "# <script>alert(1)</script> & co\n\nBy Eve \"Mallory\" Smith\n\nBody.\n";
  g_autoptr(BylineAnalysis) analysis = byline_analysis_run (text, strlen (text), NULL, NULL);
  g_autofree char *html = byline_export_html (text, strlen (text), analysis, BYLINE_EXPORT_DEFAULT, NULL);

  g_assert_null (strstr (html, "<script>"));
  g_assert_nonnull (strstr (html, "&lt;script&gt;"));
}

static void
test_invalid (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (byline_export_html ("a\0b", 3, NULL, BYLINE_EXPORT_DEFAULT, &error));
  g_assert_error (error, BYLINE_CORE_ERROR, BYLINE_CORE_ERROR_BINARY);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/export/seed-standalone", test_seed_standalone);
  g_test_add_func ("/core/export/title-escaped", test_title_escaped);
  g_test_add_func ("/core/export/invalid", test_invalid);

  return g_test_run ();
}
