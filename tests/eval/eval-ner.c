// SPDX-License-Identifier: GPL-3.0-or-later
/* eval-ner.c: strict typed span precision, recall and F1 of the shipped tagger
 *
 * Copyright 2025 The Byline authors
 *
 * Usage: eval-ner [--model FILE] [--errors] SPEC...
 * SPEC is PATH[:train|dev|test|all][:other=drop] (see tools/train-tagger/tagger-corpus.h);
 * with other=drop, OTHER is removed from gold and predictions, for corpora that do
 * not annotate it. Without --model the tagger loads BYLINE_MODEL_PATH or the
 * built-in resource. Prints one block per SPEC and a micro-averaged total.
 */

#define G_LOG_DOMAIN "eval-ner"

#include "config.h"

#include <gio/gio.h>
#include <stdio.h>
#include <string.h>

#include "byline-tagger.h"
#include "tagger-corpus.h"

static void
print_errors (const CorpusSentence *s,
              const guint8         *pred)
{
  static const char *const names[] = { "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-PLA",
                                       "I-PLA", "B-OTH", "I-OTH" };

  if (memcmp (s->gold, pred, s->n) == 0)
    return;
  for (guint i = 0; i < s->n; i++)
    printf ("%s%.*s%s", i ? " " : "", (int) s->tokens[i].len, s->tokens[i].text,
            s->gold[i] == pred[i] ? (s->gold[i] ? "/ok" : "")
            : g_strdup_printf ("/[%s>%s]", names[s->gold[i]], names[pred[i]]));
  printf ("\n");
}

static gboolean
score_spec (const BylineTagger *tagger,
            const char         *text,
            gboolean            errors,
            SpanScore          *total,
            GError            **error)
{
  g_autoptr(Corpus) corpus = corpus_new ();
  g_autofree guint8 *pred = NULL;
  SpanScore score = { 0 };
  CorpusSpec spec;
  gsize n_tok = 0, at = 0;
  gboolean ok;

  if (!corpus_spec_parse (text, &spec, error))
    return FALSE;
  ok = corpus_load (corpus, &spec, error);
  for (guint i = 0; ok && i < corpus->sentences->len; i++)
    n_tok += g_array_index (corpus->sentences, CorpusSentence, i).n;
  pred = g_new (guint8, MAX (n_tok, 1));
  if (ok)
    corpus_tag_all (corpus, tagger, pred);
  for (guint i = 0; ok && i < corpus->sentences->len; i++)
    {
      const CorpusSentence *s = &g_array_index (corpus->sentences, CorpusSentence, i);

      for (guint k = 0; spec.drop_other && k < s->n; k++)
        if (pred[at + k] >= BYLINE_TAG_B_OTHER)
          pred[at + k] = BYLINE_TAG_O;
      span_score_add (&score, s->gold, pred + at, s->n);
      span_score_add (total, s->gold, pred + at, s->n);
      if (errors)
        print_errors (s, pred + at);
      at += s->n;
    }
  if (ok)
    span_score_print (&score, text, stdout);
  corpus_spec_clear (&spec);
  return ok;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *model_path = NULL;
  gboolean errors = FALSE;
  GOptionEntry entries[] = {
    { "model", 'm', 0, G_OPTION_ARG_FILENAME, &model_path, "Model file (default: built-in)", "FILE" },
    { "errors", 'e', 0, G_OPTION_ARG_NONE, &errors, "Print sentences with tagging errors", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new ("SPEC... - score the entity tagger");
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineTagger) owned = NULL;
  const BylineTagger *tagger;
  SpanScore total = { 0 };

  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!g_option_context_parse (ctx, &argc, &argv, &error) || argc < 2)
    {
      g_printerr ("eval-ner: %s\n", error ? error->message : "no corpus given");
      return 1;
    }
  if (model_path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (model_path);
      g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, &error);

      tagger = owned = bytes ? byline_tagger_new_from_bytes (bytes, &error) : NULL;
    }
  else
    tagger = byline_tagger_get_default (&error);
  if (tagger == NULL)
    {
      g_printerr ("eval-ner: %s\n", error->message);
      return 2;
    }
  for (int i = 1; i < argc; i++)
    if (!score_spec (tagger, argv[i], errors, &total, &error))
      {
        g_printerr ("eval-ner: %s\n", error->message);
        return 2;
      }
  if (argc > 2)
    span_score_print (&total, "total", stdout);
  return 0;
}
