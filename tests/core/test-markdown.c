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

/* An index that follows edits equals one built on the edited text. */
static void
test_line_index_edits (void)
{
  g_autoptr(GString) text = g_string_new ("one\ntwo\n\nfour");
  g_autoptr(BylineLineIndex) index = byline_line_index_new (text->str, text->len);
  static const struct { gssize at; const char *insert; gsize erase; } edits[] = {
    { 0, "zero\n", 0 }, { 5, NULL, 4 }, { 3, "\n\nx\ny", 0 }, { -1, "\nend\n", 0 },
    { 2, NULL, 6 }, { 0, NULL, 0 }, { -1, "tail", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      gsize at = edits[i].at < 0 ? text->len : (gsize) edits[i].at;
      g_autoptr(BylineLineIndex) fresh = NULL;

      if (edits[i].insert != NULL)
        {
          g_string_insert (text, at, edits[i].insert);
          byline_line_index_insert (index, at, edits[i].insert, strlen (edits[i].insert));
        }
      else
        {
          g_string_erase (text, at, edits[i].erase);
          byline_line_index_erase (index, at, edits[i].erase);
        }
      fresh = byline_line_index_new (text->str, text->len);
      g_assert_cmpuint (byline_line_index_n_lines (index), ==, byline_line_index_n_lines (fresh));
      for (guint line = 1; line <= byline_line_index_n_lines (fresh) + 1; line++)
        g_assert_cmpuint (byline_line_index_offset (index, line, 1), ==, byline_line_index_offset (fresh, line, 1));
      for (gsize offset = 0; offset <= text->len; offset++)
        {
          int l1, c1, l2, c2;

          byline_line_index_locate (index, offset, &l1, &c1);
          byline_line_index_locate (fresh, offset, &l2, &c2);
          g_assert_cmpint (l1, ==, l2);
          g_assert_cmpint (c1, ==, c2);
        }
    }
}

static void
test_blocks (void)
{
  const char *text = "# Title\n\nA paragraph\nover two lines.\n\n- a list\n- of two\n\n\n";
  g_autoptr(BylineLineIndex) index = byline_line_index_new (text, strlen (text));
  g_autoptr(cmark_node) root = byline_markdown_parse (text, strlen (text));
  g_autoptr(GArray) blocks = byline_markdown_blocks (root, index);

  /* Spans partition the text from the first block on. */
  g_assert_cmpuint (blocks->len, ==, 3);
  g_assert_cmpuint (g_array_index (blocks, BylineSpan, 0).start, ==, 0);
  g_assert_cmpuint (g_array_index (blocks, BylineSpan, 0).end, ==, 9);
  g_assert_cmpuint (g_array_index (blocks, BylineSpan, 1).start, ==, 9);
  g_assert_cmpuint (g_array_index (blocks, BylineSpan, 2).start, ==, strstr (text, "- a") - text);
  g_assert_cmpuint (g_array_index (blocks, BylineSpan, 2).end, ==, strlen (text));
}

static void
test_definitions_hash (void)
{
  const char *plain = "Some [link][a].\n\nMore text.\n";
  const char *defined = "Some [link][a].\n\n[a]: /url\n\nMore text.\n";
  const char *moved = "Some [link][a].\n\n[a]: /url\n\nMore text here.\n";
  const char *changed = "Some [link][a].\n\n[a]: /other\n\nMore text.\n";
  const char *texts[] = { plain, defined, moved, changed };
  guint hashes[4];

  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(BylineLineIndex) index = byline_line_index_new (texts[i], strlen (texts[i]));
      g_autoptr(cmark_node) root = byline_markdown_parse (texts[i], strlen (texts[i]));
      g_autoptr(GArray) blocks = byline_markdown_blocks (root, index);

      hashes[i] = byline_markdown_definitions_hash (texts[i], strlen (texts[i]), blocks);
    }
  g_assert_cmpuint (hashes[0], !=, hashes[1]);
  /* An edit away from the definition keeps the hash; one to it changes it. */
  g_assert_cmpuint (hashes[1], ==, hashes[2]);
  g_assert_cmpuint (hashes[1], !=, hashes[3]);
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
  g_test_add_func ("/core/markdown/line-index-edits", test_line_index_edits);
  g_test_add_func ("/core/markdown/blocks", test_blocks);
  g_test_add_func ("/core/markdown/definitions-hash", test_definitions_hash);
  g_test_add_func ("/core/markdown/safe-html", test_safe_html);

  return g_test_run ();
}
