/* entities/byline-tagging.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-entities"

#include "entities/byline-entities-private.h"

/* Feeds the text layer's sentences to the tagger. Long documents are tagged
 * by several threads: once the document statistics are filled, the tagger
 * and the statistics are only read, so sentences are independent. */

#define MIN_TOKENS_PER_THREAD 20000
#define MAX_THREADS           4

typedef struct
{
  const BylineText      *text;
  const BylineTagger    *tagger;
  const BylineTaggerDoc *doc;
  guint8                *tags;
  guint                  first_sentence;
  guint                  end_sentence;
} Job;

/* Whether a sentence can hold no name: nothing but lower-case words,
 * punctuation and a first word that is either lower-case too or a word
 * that never names anything ("The", "It", "However"). The tagger tags such
 * sentences O throughout; skipping them saves about a third of the work
 * on ordinary prose. Digits, capitals anywhere else and letters outside
 * ASCII, or a dotted word, keep a sentence. */
static gboolean
cannot_name (const BylineTaggerToken *tokens,
             guint                    n)
{
  for (guint i = 0; i < n; i++)
    for (guint k = 0; k < tokens[i].len; k++)
      {
        guchar c = (guchar) tokens[i].text[k];

        /* "cloud.gov", "e.on": a dotted word may be a name in lower case. */
        if (c >= 0x80 || g_ascii_isdigit (c) || (c == '.' && k + 1 < tokens[i].len))
          return FALSE;
        if (g_ascii_isupper (c) && (i > 0 || !byline_word_is_stop (tokens[0].text, tokens[0].len)))
          return FALSE;
      }
  return TRUE;
}

static void
tag_range (Job *job)
{
  g_autofree BylineTaggerToken *tokens = NULL;
  g_autofree BylineTag *tags = NULL;
  guint room = 0;

  for (guint s = job->first_sentence; s < job->end_sentence; s++)
    {
      const BylineTextSentence *sentence =
        &g_array_index (job->text->sentences, BylineTextSentence, s);

      if (sentence->n_tokens > room)
        {
          room = MAX (sentence->n_tokens, 256);
          tokens = g_renew (BylineTaggerToken, tokens, room);
          tags = g_renew (BylineTag, tags, room);
        }
      byline_text_tagger_tokens (job->text, s, tokens);
      if (cannot_name (tokens, sentence->n_tokens))
        continue;  /* job->tags starts all O */
      byline_tagger_tag_sentence (job->tagger, job->doc, tokens, sentence->n_tokens, tags);
      for (guint i = 0; i < sentence->n_tokens; i++)
        job->tags[sentence->first_token + i] = (guint8) tags[i];
    }
}

static gpointer
tag_range_thread (gpointer data)
{
  tag_range (data);
  return NULL;
}

static BylineTaggerDoc *
build_doc (const BylineText *text)
{
  BylineTaggerDoc *doc = byline_tagger_doc_new ();
  g_autofree BylineTaggerToken *tokens = NULL;
  guint room = 0;

  for (guint s = 0; s < text->sentences->len; s++)
    {
      const BylineTextSentence *sentence = &g_array_index (text->sentences, BylineTextSentence, s);

      if (sentence->n_tokens > room)
        {
          room = MAX (sentence->n_tokens, 256);
          tokens = g_renew (BylineTaggerToken, tokens, room);
        }
      byline_text_tagger_tokens (text, s, tokens);
      byline_tagger_doc_add_sentence (doc, tokens, sentence->n_tokens);
    }
  return doc;
}

guint8 *
byline_text_tag (const BylineText   *text,
                 const BylineTagger *tagger)
{
  g_autoptr(BylineTaggerDoc) doc = build_doc (text);
  guint8 *tags = g_new0 (guint8, text->tokens->len + 1);
  guint n_threads = CLAMP (text->tokens->len / MIN_TOKENS_PER_THREAD, 1,
                           MIN (MAX_THREADS, g_get_num_processors ()));
  Job jobs[MAX_THREADS];
  GThread *threads[MAX_THREADS] = { NULL };
  guint n_sentences = text->sentences->len;
  guint first = 0;

  for (guint k = 0; k < n_threads; k++)
    {
      /* Equal shares of tokens, not of sentences: lengths vary a lot. */
      guint end = k + 1 == n_threads ? n_sentences : first;
      guint64 share = (guint64) text->tokens->len * (k + 1) / n_threads;

      while (end < n_sentences
             && g_array_index (text->sentences, BylineTextSentence, end).first_token < share)
        end++;
      jobs[k] = (Job) { text, tagger, doc, tags, first, end };
      first = end;
      if (k > 0)
        threads[k] = g_thread_try_new ("byline-tagger", tag_range_thread, &jobs[k], NULL);
      if (k > 0 && threads[k] == NULL)
        tag_range (&jobs[k]);  /* no thread to be had: do it here */
    }
  tag_range (&jobs[0]);
  for (guint k = 1; k < n_threads; k++)
    if (threads[k] != NULL)
      g_thread_join (threads[k]);

  return tags;
}
