/* test-markdown.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-core.h"

static void
test_line_index (void)
{
  const char *text = "# Title\n\nSecond “para”\nline three";
  g_autoptr(BylineLineIndex) index = byline_line_index_new (text, strlen (text));

  g_assert_cmpuint (byline_line_index_n_lines (index), ==, 4);
  g_assert_cmpuint (byline_line_index_offset (index, 1, 1), ==, 0);
  g_assert_cmpuint (byline_line_index_offset (index, 3, 1), ==, 9);
  g_assert_cmpuint (byline_line_index_offset (index, 4, 6), ==, strlen (text) - 5);
  g_assert_cmpuint (byline_line_index_line_end (index, 1), ==, 8);
  g_assert_cmpuint (byline_line_index_line_end (index, 4), ==, strlen (text));
  /* Out-of-range positions clamp instead of reading past the text. */
  g_assert_cmpuint (byline_line_index_offset (index, 99, 1), ==, strlen (text));
  g_assert_cmpuint (byline_line_index_offset (index, 4, 999), ==, strlen (text));
  g_assert_cmpuint (byline_line_index_offset (index, 0, 0), ==, 0);
}

static void
test_safe_html (void)
{
  const char *text = "Hi <script>alert(1)</script> [x](javascript:alert(1))\n";
  g_autofree char *safe = byline_markdown_to_html (text, strlen (text), FALSE);
  g_autofree char *unsafe = byline_markdown_to_html (text, strlen (text), TRUE);

  g_assert_null (strstr (safe, "<script"));
  g_assert_null (strstr (safe, "javascript:"));
  g_assert_nonnull (strstr (unsafe, "<script>"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/markdown/line-index", test_line_index);
  g_test_add_func ("/core/markdown/safe-html", test_safe_html);

  return g_test_run ();
}
