/* test-preview-incremental.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "byline-preview.h"

/* The incremental path must leave exactly the buffer a full rebuild makes.
 * Documents are built from the CommonMark spec's examples and edited at
 * random (seeded: set BYLINE_SEED to replay), the preview updated after
 * every edit and compared with a fresh preview of the same text. */

#define N_DOCUMENTS      40
#define EXAMPLES_PER_DOC 8
#define EDITS_PER_DOC    16

static guint32
seed (guint32 fallback)
{
  const char *env = g_getenv ("BYLINE_SEED");

  return env != NULL ? (guint32) g_ascii_strtoull (env, NULL, 10) : fallback;
}

static GPtrArray *
load_examples (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("BYLINE_SHARED_DIR"), "commonmark", "spec.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  GPtrArray *examples = g_ptr_array_new_with_free_func (g_free);
  JsonArray *array;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *example = json_array_get_object_element (array, i);

      g_ptr_array_add (examples, g_strdup (json_object_get_string_member (example, "markdown")));
    }
  return examples;
}

/* The buffer and the block table, which later updates rely on. */
static char *
dup_state (BylinePreview *preview)
{
  g_autofree char *dump = byline_preview_dup_dump (preview);
  g_autofree char *table = byline_preview_dup_block_table (preview);

  return g_strconcat (dump, "\n---\n", table, NULL);
}

static char *
full_dump (const char *text)
{
  GtkWidget *preview = g_object_ref_sink (byline_preview_new ());
  char *dump;

  byline_preview_set_markdown (BYLINE_PREVIEW (preview), text, strlen (text));
  dump = dup_state (BYLINE_PREVIEW (preview));
  g_object_unref (preview);
  return dump;
}

/* A random byte offset on a character boundary. */
static gsize
random_offset (GRand   *rand,
               GString *doc)
{
  gsize offset = g_rand_int_range (rand, 0, doc->len + 1);

  while (offset > 0 && offset < doc->len && (doc->str[offset] & 0xC0) == 0x80)
    offset--;
  return offset;
}

static void
random_edit (GRand   *rand,
             GString *doc)
{
  static const char * const pieces[] = {
    "*", "_", "`", "#", "> ", "- ", "1. ", "[", "]", "(", ")", "!", "<", ">", "\n", "\n\n",
    " ", "    ", "&amp;", "```\n", "---\n", "[x]: /u\n", "a", "Zé", "\\", "|", "~~~", "===\n",
    "\r", "\r\n",
  };
  gsize offset = random_offset (rand, doc);

  if (doc->len > 0 && g_rand_boolean (rand))
    {
      gsize span = g_rand_int_range (rand, 1, 5);
      gsize end = MIN (doc->len, offset + span);

      while (end < doc->len && (doc->str[end] & 0xC0) == 0x80)
        end++;
      g_string_erase (doc, offset, end - offset);
    }
  else
    g_string_insert (doc, offset, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
}

static GString *
random_document (GRand     *rand,
                 GPtrArray *examples)
{
  GString *doc = g_string_new (NULL);

  for (int k = 0; k < EXAMPLES_PER_DOC; k++)
    {
      g_string_append (doc, g_ptr_array_index (examples, g_rand_int_range (rand, 0, examples->len)));
      g_string_append_c (doc, '\n');
    }
  return doc;
}

static void
test_random_edits (void)
{
  g_autoptr(GPtrArray) examples = load_examples ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed (20260401));
  guint edits = 0;
  guint windowed = 0;

  g_test_message ("seed %u (set BYLINE_SEED to replay another)", seed (20260401));
  for (int d = 0; d < N_DOCUMENTS; d++)
    {
      g_autoptr(GString) doc = random_document (rand, examples);
      GtkWidget *preview = g_object_ref_sink (byline_preview_new ());

      byline_preview_set_markdown (BYLINE_PREVIEW (preview), doc->str, doc->len);
      for (int e = 0; e < EDITS_PER_DOC; e++, edits++)
        {
          g_autofree char *incremental = NULL;
          g_autofree char *full = NULL;
          g_autofree char *before = g_strdup (doc->str);

          random_edit (rand, doc);
          byline_preview_set_markdown (BYLINE_PREVIEW (preview), doc->str, doc->len);
          windowed += byline_preview_get_last_windowed (BYLINE_PREVIEW (preview));
          incremental = dup_state (BYLINE_PREVIEW (preview));
          full = full_dump (doc->str);
          if (g_strcmp0 (incremental, full) != 0)
            g_test_message ("document %d, edit %d, before:\n%s\nafter:\n%s", d, e, before, doc->str);
          g_assert_cmpstr (incremental, ==, full);
        }
      g_object_unref (preview);
    }
  g_assert_cmpuint (edits, >=, 500);
  /* Most edits take the windowed path; the rest fall back to a full parse. */
  g_test_message ("%u of %u updates re-parsed a window", windowed, edits);
  g_assert_cmpuint (windowed, >=, edits / 2);
}

/* All examples in one document: windows among many definitions, growing windows. */
static void
test_whole_spec (void)
{
  g_autoptr(GPtrArray) examples = load_examples ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed (11));
  g_autoptr(GString) doc = g_string_new (NULL);
  GtkWidget *preview = g_object_ref_sink (byline_preview_new ());
  guint windowed = 0;

  for (guint i = 0; i < examples->len; i++)
    g_string_append_printf (doc, "%s\n", (char *) g_ptr_array_index (examples, i));
  byline_preview_set_markdown (BYLINE_PREVIEW (preview), doc->str, doc->len);
  for (int e = 0; e < 150; e++)
    {
      g_autofree char *incremental = NULL;
      g_autofree char *full = NULL;

      random_edit (rand, doc);
      byline_preview_set_markdown (BYLINE_PREVIEW (preview), doc->str, doc->len);
      windowed += byline_preview_get_last_windowed (BYLINE_PREVIEW (preview));
      incremental = dup_state (BYLINE_PREVIEW (preview));
      full = full_dump (doc->str);
      g_assert_cmpstr (incremental, ==, full);
    }
  g_test_message ("%u of 150 updates re-parsed a window", windowed);
  g_object_unref (preview);
}

/* Past 256 KB only the head is analysed for the title and hidden blocks;
 * edits near it and far from it must still match a full rebuild. */
static void
test_long_document (void)
{
  g_autoptr(GPtrArray) examples = load_examples ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed (13));
  g_autoptr(GString) doc = g_string_new ("---\ntitle: Long\n---\n\nA Headline\n==========\n\n# A Headline\n\n");
  GtkWidget *preview = g_object_ref_sink (byline_preview_new ());

  while (doc->len < 300 * 1024)
    g_string_append_printf (doc, "%s\n", (char *) g_ptr_array_index (examples, g_rand_int_range (rand, 0, examples->len)));
  byline_preview_set_markdown (BYLINE_PREVIEW (preview), doc->str, doc->len);
  for (int e = 0; e < 40; e++)
    {
      g_autofree char *incremental = NULL;
      g_autofree char *full = NULL;
      gsize head = MIN (doc->len, 12 * 1024);

      /* Half the edits in the analysed head, where roles can change. */
      if (e % 2 == 0)
        {
          g_autoptr(GString) part = g_string_new_len (doc->str, head);

          random_edit (rand, part);
          g_string_erase (doc, 0, head);
          g_string_prepend_len (doc, part->str, part->len);
        }
      else
        random_edit (rand, doc);
      byline_preview_set_markdown (BYLINE_PREVIEW (preview), doc->str, doc->len);
      incremental = dup_state (BYLINE_PREVIEW (preview));
      full = full_dump (doc->str);
      g_assert_cmpstr (incremental, ==, full);
    }
  g_object_unref (preview);
}

/* The same edits made to a GtkTextBuffer the preview follows, one to three per update. */
static void
random_buffer_edit (GRand         *rand,
                    GtkTextBuffer *buffer)
{
  static const char * const pieces[] = { "*", "`", "# ", "> ", "- ", "[", "]", "\n", "\n\n", "    ", "```\n", "[x]: /u\n", "Zé", "\r" };
  int chars = gtk_text_buffer_get_char_count (buffer);
  GtkTextIter start, end;

  gtk_text_buffer_get_iter_at_offset (buffer, &start, g_rand_int_range (rand, 0, chars + 1));
  if (chars > 0 && g_rand_boolean (rand))
    {
      end = start;
      gtk_text_iter_forward_chars (&end, g_rand_int_range (rand, 1, 5));
      gtk_text_buffer_delete (buffer, &start, &end);
    }
  else
    gtk_text_buffer_insert (buffer, &start, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))], -1);
}

static void
test_follow_buffer (void)
{
  g_autoptr(GPtrArray) examples = load_examples ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed (7));
  guint updates = 0;

  for (int d = 0; d < N_DOCUMENTS / 4; d++)
    {
      g_autoptr(GString) doc = random_document (rand, examples);
      g_autoptr(GtkTextBuffer) buffer = gtk_text_buffer_new (NULL);
      GtkWidget *preview = g_object_ref_sink (byline_preview_new ());

      gtk_text_buffer_set_text (buffer, doc->str, doc->len);
      byline_preview_follow (BYLINE_PREVIEW (preview), buffer);
      byline_preview_update (BYLINE_PREVIEW (preview));
      for (int e = 0; e < EDITS_PER_DOC; e++, updates++)
        {
          g_autofree char *incremental = NULL;
          g_autofree char *full = NULL;
          g_autofree char *text = NULL;
          GtkTextIter start, end;

          for (int k = g_rand_int_range (rand, 1, 4); k > 0; k--)
            random_buffer_edit (rand, buffer);
          byline_preview_update (BYLINE_PREVIEW (preview));
          g_assert_false (byline_preview_get_dirty (BYLINE_PREVIEW (preview)));
          gtk_text_buffer_get_bounds (buffer, &start, &end);
          text = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
          incremental = dup_state (BYLINE_PREVIEW (preview));
          full = full_dump (text);
          g_assert_cmpstr (incremental, ==, full);
        }
      byline_preview_follow (BYLINE_PREVIEW (preview), NULL);
      g_object_unref (preview);
    }
  g_assert_cmpuint (updates, >=, 100);
}

typedef struct
{
  int low;
  int high;
} Touched;

static void
insert_text_cb (GtkTextBuffer *buffer,
                GtkTextIter   *location,
                char          *text,
                int            len,
                Touched       *touched)
{
  touched->low = MIN (touched->low, gtk_text_iter_get_offset (location));
  touched->high = MAX (touched->high, gtk_text_iter_get_offset (location));
}

static void
delete_range_cb (GtkTextBuffer *buffer,
                 GtkTextIter   *start,
                 GtkTextIter   *end,
                 Touched       *touched)
{
  touched->low = MIN (touched->low, gtk_text_iter_get_offset (start));
  touched->high = MAX (touched->high, gtk_text_iter_get_offset (end));
}

/* One edited paragraph in a hundred: only its block is rebuilt, nothing else touched. */
static void
test_touches_only_changed (void)
{
  g_autoptr(GString) doc = g_string_new (NULL);
  GtkWidget *preview = g_object_ref_sink (byline_preview_new ());
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (preview));
  Touched touched = { G_MAXINT, -1 };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *p50;
  int p50_offset;

  for (int i = 0; i < 100; i++)
    g_string_append_printf (doc, "Paragraph %03d with *some* text.\n\n", i);
  byline_preview_set_markdown (BYLINE_PREVIEW (preview), doc->str, doc->len);
  g_assert_cmpuint (byline_preview_get_n_rebuilt (BYLINE_PREVIEW (preview)), ==, 100);
  before = byline_preview_dup_dump (BYLINE_PREVIEW (preview));
  p50 = strstr (before, "Paragraph 050");
  p50_offset = g_utf8_strlen (doc->str, strstr (doc->str, "Paragraph 050") - doc->str);

  g_signal_connect (buffer, "insert-text", G_CALLBACK (insert_text_cb), &touched);
  g_signal_connect (buffer, "delete-range", G_CALLBACK (delete_range_cb), &touched);
  g_string_insert (doc, strstr (doc->str, "050 with") - doc->str + 4, "edited ");
  byline_preview_set_markdown (BYLINE_PREVIEW (preview), doc->str, doc->len);
  g_assert_cmpuint (byline_preview_get_n_rebuilt (BYLINE_PREVIEW (preview)), ==, 1);
  g_assert_nonnull (p50);
  /* Rendered paragraphs are shorter than their source: the edit is at or before it. */
  g_assert_cmpint (touched.low, >=, 50 * 29);
  g_assert_cmpint (touched.high, <=, p50_offset + 40);
  after = byline_preview_dup_dump (BYLINE_PREVIEW (preview));
  g_assert_nonnull (strstr (after, "Paragraph 050 edited with"));
  g_object_unref (preview);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/preview/incremental/random-edits", test_random_edits);
  g_test_add_func ("/preview/incremental/touches-only-changed", test_touches_only_changed);
  g_test_add_func ("/preview/incremental/follow-buffer", test_follow_buffer);
  g_test_add_func ("/preview/incremental/whole-spec", test_whole_spec);
  g_test_add_func ("/preview/incremental/long-document", test_long_document);

  return g_test_run ();
}
