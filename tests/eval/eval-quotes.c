/* eval-quotes.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <json-glib/json-glib.h>

#include "byline-core.h"

/* Scores byline_analysis_run()'s quotes against hand annotations.
 *
 *   eval-quotes [--verbose] [--min-f1 F] [--min-speaker S] DIR...
 *
 * Every NAME.md or NAME.txt in DIR with a NAME.quotes.json beside it is a
 * document. The JSON lists the quotes in order:
 *   {"quotes": [{"text": "the quoted words", "speaker": "Full Name" or null}]}
 * "text" is the words between the marks, white space as single spaces; for
 * a quote over several paragraphs, the paragraphs joined by one space
 * without the reopening marks. A quote is found when a detected quote
 * overlaps it (one to one, in order). Speaker accuracy counts, over the
 * found quotes, those whose speaker is the annotated one (null for null). */

#define ANCHOR 24

typedef struct
{
  guint gold, predicted, matched, speaker_ok;
} Score;

/* Finds @needle in @hay from @from, any run of white space in @hay
 * matching one space in @needle. Returns the match's start, or -1, and
 * its end through @end. */
static gssize
find_loose (const char *hay,
            gsize       len,
            gsize       from,
            const char *needle,
            gsize       n,
            gsize      *end)
{
  for (gsize start = from; start < len; start++)
    {
      gsize h = start, k = 0;

      while (k < n && h < len)
        {
          if (needle[k] == ' ' && g_ascii_isspace (hay[h]))
            {
              while (h < len && g_ascii_isspace (hay[h]))
                h++;
              k++;
            }
          else if (needle[k] == hay[h])
            h++, k++;
          else
            break;
        }
      if (k == n)
        {
          *end = h;
          return start;
        }
    }
  return -1;
}

/* The gold quote's byte range: from its first words to its last ones. */
static gboolean
locate (const char *text,
        gsize       len,
        const char *words,
        gsize      *cursor,
        BylineSpan *span)
{
  gsize n = strlen (words);
  gsize head = MIN (n, ANCHOR), tail = MIN (n, ANCHOR), end;
  gssize start = find_loose (text, len, *cursor, words, head, &end);

  if (start < 0)
    return FALSE;
  if (find_loose (text, len, start, words + n - tail, tail, &end) < 0)
    return FALSE;
  *span = (BylineSpan) { start, end };
  *cursor = start + 1;
  return TRUE;
}

static gboolean
overlaps (BylineSpan a,
          BylineSpan b)
{
  return a.start < b.end && b.start < a.end;
}

static void
score_pair (Score       *score,
            JsonObject  *gold,
            BylineQuote *quote,
            gboolean     verbose)
{
  const char *want = json_object_get_null_member (gold, "speaker")
                     ? NULL : json_object_get_string_member (gold, "speaker");
  const char *got = byline_quote_get_speaker (quote);
  gboolean ok = g_strcmp0 (want, got) == 0;

  score->matched++;
  score->speaker_ok += ok;
  if (verbose && !ok)
    printf ("  speaker: want %s, got %s: %.60s\n", want ? want : "null", got ? got : "null",
            json_object_get_string_member (gold, "text"));
}

static guint
match_gold (GListModel *quotes,
            gboolean   *used,
            BylineSpan  span)
{
  guint n = g_list_model_get_n_items (quotes);

  for (guint p = 0; p < n; p++)
    {
      g_autoptr(BylineQuote) quote = g_list_model_get_item (quotes, p);

      if (!used[p] && overlaps (span, byline_quote_get_span (quote)))
        return p;
    }
  return G_MAXUINT;
}

static void
report_extra (GListModel     *quotes,
              const gboolean *used)
{
  for (guint p = 0; p < g_list_model_get_n_items (quotes); p++)
    if (!used[p])
      {
        g_autoptr(BylineQuote) quote = g_list_model_get_item (quotes, p);

        printf ("  extra: %.60s\n", byline_quote_get_text (quote));
      }
}

/* Matches each annotated quote of @gold_path with a detected one. */
static gboolean
score_gold (const char *text,
            gsize       len,
            JsonArray  *gold,
            GListModel *quotes,
            gboolean   *used,
            Score      *score,
            gboolean    verbose)
{
  gsize cursor = 0;

  for (guint i = 0; i < json_array_get_length (gold); i++)
    {
      JsonObject *g = json_array_get_object_element (gold, i);
      const char *words = json_object_get_string_member (g, "text");
      BylineSpan span;
      guint p;

      if (!locate (text, len, words, &cursor, &span))
        {
          g_printerr ("eval-quotes: annotated quote not in the text: %s\n", words);
          return FALSE;
        }
      if ((p = match_gold (quotes, used, span)) != G_MAXUINT)
        {
          g_autoptr(BylineQuote) quote = g_list_model_get_item (quotes, p);

          used[p] = TRUE;
          score_pair (score, g, quote, verbose);
        }
      else if (verbose)
        printf ("  missed: %.60s\n", words);
    }
  return TRUE;
}

static gboolean
score_document (const char *path,
                const char *gold_path,
                Score      *score,
                gboolean    verbose)
{
  g_autofree char *text = NULL;
  g_autofree gboolean *used = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineAnalysis) analysis = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  GListModel *quotes;
  JsonArray *gold;
  gsize len;

  if (!g_file_get_contents (path, &text, &len, &error)
      || !json_parser_load_from_file (parser, gold_path, &error)
      || (analysis = byline_analysis_run (text, len, NULL, &error)) == NULL)
    {
      g_printerr ("eval-quotes: %s: %s\n", path, error->message);
      return FALSE;
    }
  quotes = byline_analysis_get_quotes (analysis);
  used = g_new0 (gboolean, g_list_model_get_n_items (quotes) + 1);
  gold = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "quotes");
  if (verbose)
    printf ("%s\n", path);
  if (!score_gold (text, len, gold, quotes, used, score, verbose))
    {
      g_printerr ("eval-quotes: in %s\n", gold_path);
      return FALSE;
    }
  if (verbose)
    report_extra (quotes, used);
  score->gold += json_array_get_length (gold);
  score->predicted += g_list_model_get_n_items (quotes);
  return TRUE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
score_folder (const char *dir,
              Score      *score,
              gboolean    verbose)
{
  g_autoptr(GDir) folder = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  const char *name;

  if ((folder = g_dir_open (dir, 0, &error)) == NULL)
    {
      g_printerr ("eval-quotes: %s\n", error->message);
      return FALSE;
    }
  while ((name = g_dir_read_name (folder)) != NULL)
    if (g_str_has_suffix (name, ".md") || g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *stem = g_strndup (file, strrchr (file, '.') - file);
      g_autofree char *gold = g_strdup_printf ("%s/%s.quotes.json", dir, stem);
      g_autofree char *path = g_build_filename (dir, file, NULL);

      if (g_file_test (gold, G_FILE_TEST_EXISTS) && !score_document (path, gold, score, verbose))
        return FALSE;
    }
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  gboolean verbose = FALSE;
  double min_f1 = 0, min_speaker = 0, precision, recall, f1, speaker;
  GOptionEntry entries[] = {
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose, "List misses, extras and wrong speakers", NULL },
    { "min-f1", 0, 0, G_OPTION_ARG_DOUBLE, &min_f1, "Fail below this quote F1", "F" },
    { "min-speaker", 0, 0, G_OPTION_ARG_DOUBLE, &min_speaker, "Fail below this speaker accuracy", "S" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("DIR… — score quote detection");
  g_autoptr(GError) error = NULL;
  Score score = { 0 };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc < 2)
    {
      g_printerr ("eval-quotes: %s\n", error != NULL ? error->message : "no folder given");
      return 2;
    }
  for (int i = 1; i < argc; i++)
    if (!score_folder (argv[i], &score, verbose))
      return 2;

  precision = score.predicted ? (double) score.matched / score.predicted : 0;
  recall = score.gold ? (double) score.matched / score.gold : 0;
  f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  speaker = score.matched ? (double) score.speaker_ok / score.matched : 0;
  printf ("quotes: gold=%u predicted=%u found=%u precision=%.3f recall=%.3f f1=%.3f "
          "speaker_accuracy=%.3f (%u/%u)\n", score.gold, score.predicted, score.matched,
          precision, recall, f1, speaker, score.speaker_ok, score.matched);
  return f1 + 1e-9 >= min_f1 && speaker + 1e-9 >= min_speaker ? 0 : 1;
}
