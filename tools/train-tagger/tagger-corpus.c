// SPDX-License-Identifier: GPL-3.0-or-later
/* tagger-corpus.c: reading the NER corpora and scoring spans
 *
 * Copyright 2025 The Byline authors
 */

#define G_LOG_DOMAIN "byline-tagger-corpus"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <gio/gio.h>

#include "tagger-corpus.h"

static const char *const tag_names[BYLINE_N_TAGS] = {
  "O", "B-PERSON", "I-PERSON", "B-ORG", "I-ORG", "B-PLACE", "I-PLACE", "B-OTHER", "I-OTHER",
};

static const char *const type_names[5] = { "ALL", "PERSON", "ORG", "PLACE", "OTHER" };

gboolean
corpus_spec_parse (const char  *text,
                   CorpusSpec  *spec,
                   GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (text, ":", -1);

  memset (spec, 0, sizeof *spec);
  spec->weight = 1.0f;
  spec->path = g_strdup (parts[0]);
  for (guint i = 1; parts[i] != NULL; i++)
    {
      const char *p = parts[i];

      if (g_str_equal (p, "all"))
        spec->split = CORPUS_SPLIT_ALL;
      else if (g_str_equal (p, "train"))
        spec->split = CORPUS_SPLIT_TRAIN;
      else if (g_str_equal (p, "dev"))
        spec->split = CORPUS_SPLIT_DEV;
      else if (g_str_equal (p, "test"))
        spec->split = CORPUS_SPLIT_TEST;
      else if (g_str_has_prefix (p, "weight="))
        spec->weight = (float) g_ascii_strtod (p + 7, NULL);
      else if (g_str_equal (p, "other=drop"))
        spec->drop_other = TRUE;
      else if (g_str_equal (p, "other=partial"))
        spec->partial_other = TRUE;
      else
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       "%s: unknown corpus option '%s'", text, p);
          corpus_spec_clear (spec);
          return FALSE;
        }
    }
  return TRUE;
}

void
corpus_spec_clear (CorpusSpec *spec)
{
  g_clear_pointer (&spec->path, g_free);
}

Corpus *
corpus_new (void)
{
  Corpus *corpus = g_new0 (Corpus, 1);

  corpus->buffers = g_ptr_array_new_with_free_func (g_free);
  corpus->strings = g_string_chunk_new (1 << 16);
  corpus->sentences = g_array_new (FALSE, TRUE, sizeof (CorpusSentence));
  return corpus;
}

void
corpus_free (Corpus *corpus)
{
  if (corpus == NULL)
    return;
  for (guint i = 0; i < corpus->sentences->len; i++)
    {
      CorpusSentence *s = &g_array_index (corpus->sentences, CorpusSentence, i);

      g_free (s->tokens);
      g_free (s->gold);
    }
  g_array_unref (corpus->sentences);
  g_ptr_array_unref (corpus->buffers);
  g_string_chunk_free (corpus->strings);
  g_free (corpus);
}

static int
parse_tag (const char *s,
           gboolean    drop_other)
{
  for (int t = 0; t < BYLINE_N_TAGS; t++)
    if (g_str_equal (s, tag_names[t]))
      return drop_other && t >= BYLINE_TAG_B_OTHER ? BYLINE_TAG_O : t;
  return -1;
}

static gboolean
keep_doc (CorpusSplit split,
          guint       k)
{
  switch (split)
    {
    case CORPUS_SPLIT_TRAIN: return k % 5 < 3;
    case CORPUS_SPLIT_DEV:   return k % 5 == 3;
    case CORPUS_SPLIT_TEST:  return k % 5 == 4;
    case CORPUS_SPLIT_ALL:
    default:                 return TRUE;
    }
}

/* Repairs BIO (I-X not after B-X/I-X becomes B-X) and marks the sentence start:
 * the first token that begins with a letter or digit. */
static void
finish_sentence (CorpusSentence *s)
{
  gboolean start_done = FALSE;

  for (guint i = 0; i < s->n; i++)
    {
      guint8 t = s->gold[i];

      if (t != BYLINE_TAG_O && (t & 1) == 0 && (i == 0 || (s->gold[i - 1] + 1) / 2 != t / 2
                                                || s->gold[i - 1] == BYLINE_TAG_O))
        s->gold[i] = t - 1;
      if (!start_done && (g_ascii_isalnum (s->tokens[i].text[0]) || (guchar) s->tokens[i].text[0] >= 0x80))
        {
          s->tokens[i].flags |= BYLINE_TOKEN_SENTENCE_START;
          start_done = TRUE;
        }
    }
}

typedef struct {
  GArray     *tokens;   /* BylineTaggerToken */
  GByteArray *gold;
} Pending;

static void
flush_sentence (Corpus           *corpus,
                const CorpusSpec *spec,
                Pending          *p,
                guint             doc,
                gboolean          keep)
{
  CorpusSentence s = { 0 };

  if (p->tokens->len == 0)
    return;
  if (keep)
    {
      s.n = p->tokens->len;
      s.tokens = g_memdup2 (p->tokens->data, s.n * sizeof (BylineTaggerToken));
      s.gold = g_memdup2 (p->gold->data, s.n);
      s.doc = doc;
      s.weight = spec->weight;
      s.partial_other = spec->partial_other;
      finish_sentence (&s);
      g_array_append_val (corpus->sentences, s);
    }
  g_array_set_size (p->tokens, 0);
  g_byte_array_set_size (p->gold, 0);
}

static gboolean
add_token (Pending          *p,
           const CorpusSpec *spec,
           char             *line,
           guint             lineno,
           GError          **error)
{
  char *tab = strrchr (line, '\t');
  BylineTaggerToken tok = { line, 0, 0 };
  guint8 tag;
  int t;

  /* BTC has a few empty tokens (stripped invisible characters): drop them. */
  if (tab == line)
    return TRUE;
  if (tab == NULL || (t = parse_tag (tab + 1, spec->drop_other)) < 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s:%u: expected token<TAB>tag", spec->path, lineno);
      return FALSE;
    }
  *tab = '\0';
  tok.len = (guint) (tab - line);
  tag = (guint8) t;
  g_array_append_val (p->tokens, tok);
  g_byte_array_append (p->gold, &tag, 1);
  return TRUE;
}

gboolean
corpus_load (Corpus           *corpus,
             const CorpusSpec *spec,
             GError          **error)
{
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (BylineTaggerToken));
  g_autoptr(GByteArray) gold = g_byte_array_new ();
  Pending p = { tokens, gold };
  gboolean has_docs, ok = TRUE;
  guint lineno = 0, first_doc = corpus->n_docs;
  int cur;
  char *data, *line, *next;

  if (!g_file_get_contents (spec->path, &data, NULL, error))
    return FALSE;
  g_ptr_array_add (corpus->buffers, data);
  /* Files without -DOCSTART- (tweets) make every sentence a document. */
  has_docs = strstr (data, "-DOCSTART-\t") != NULL;
  cur = has_docs ? -1 : 0;
  for (line = data; ok && line != NULL && *line != '\0'; line = next)
    {
      gboolean docstart, was_open = p.tokens->len > 0;
      guint k = (guint) MAX (cur, 0);

      next = strchr (line, '\n');
      if (next != NULL)
        *next++ = '\0';
      lineno++;
      docstart = g_str_has_prefix (line, "-DOCSTART-\t");
      if (!docstart && *line != '\0')
        {
          ok = add_token (&p, spec, line, lineno, error);
          continue;
        }
      flush_sentence (corpus, spec, &p, first_doc + k, keep_doc (spec->split, k));
      if (docstart || (!has_docs && was_open))
        cur++;
    }
  if (ok)
    flush_sentence (corpus, spec, &p, first_doc + (guint) MAX (cur, 0),
                    keep_doc (spec->split, (guint) MAX (cur, 0)));
  corpus->n_docs = first_doc + (guint) MAX (cur, 0) + 1;
  return ok;
}

typedef struct {
  guint start, end, type;
} Span;

static guint
collect_spans (const guint8 *tags,
               guint         n,
               Span         *spans)
{
  guint k = 0;

  for (guint i = 0; i < n; i++)
    {
      guint type = (tags[i] + 1) / 2;

      if (tags[i] == BYLINE_TAG_O)
        continue;
      if (k > 0 && spans[k - 1].end == i && spans[k - 1].type == type && (tags[i] & 1) == 0)
        {
          spans[k - 1].end = i + 1;
          continue;
        }
      spans[k++] = (Span) { i, i + 1, type };
    }
  return k;
}

void
span_score_add (SpanScore    *score,
                const guint8 *gold,
                const guint8 *pred,
                guint         n)
{
  g_autofree Span *gs = g_new (Span, n);
  g_autofree Span *ps = g_new (Span, n);
  guint ng = collect_spans (gold, n, gs), np = collect_spans (pred, n, ps);
  guint a = 0, b = 0;

  /* Both lists are sorted by start and do not overlap within themselves. */
  while (a < ng || b < np)
    {
      if (a < ng && b < np && gs[a].start == ps[b].start && gs[a].end == ps[b].end
          && gs[a].type == ps[b].type)
        {
          score->tp[0]++, score->tp[gs[a].type]++;
          a++, b++;
        }
      else if (b >= np || (a < ng && (gs[a].start < ps[b].start
                                      || (gs[a].start == ps[b].start && gs[a].end <= ps[b].end))))
        {
          score->fn[0]++, score->fn[gs[a].type]++;
          a++;
        }
      else
        {
          score->fp[0]++, score->fp[ps[b].type]++;
          b++;
        }
    }
}

double
span_score_f1 (const SpanScore *score,
               guint            type,
               double          *precision,
               double          *recall)
{
  double tp = score->tp[type], p, r;

  p = tp + score->fp[type] > 0 ? tp / (tp + score->fp[type]) : 0.0;
  r = tp + score->fn[type] > 0 ? tp / (tp + score->fn[type]) : 0.0;
  if (precision != NULL)
    *precision = p;
  if (recall != NULL)
    *recall = r;
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

void
span_score_print (const SpanScore *score,
                  const char      *label,
                  FILE            *out)
{
  for (guint t = 0; t < 5; t++)
    {
      double p, r, f = span_score_f1 (score, t, &p, &r);

      if (t > 0 && score->tp[t] + score->fn[t] + score->fp[t] == 0)
        continue;
      fprintf (out, "%-28s %-6s P %.3f  R %.3f  F1 %.3f  (gold %u, predicted %u)\n",
               label, type_names[t], p, r, f, score->tp[t] + score->fn[t],
               score->tp[t] + score->fp[t]);
    }
}

void
corpus_tag_all (const Corpus       *corpus,
                const BylineTagger *tagger,
                guint8             *pred)
{
  g_autofree BylineTag *tags = NULL;
  guint cap = 0, i = 0;

  while (i < corpus->sentences->len)
    {
      g_autoptr(BylineTaggerDoc) doc = byline_tagger_doc_new ();
      guint doc_id = g_array_index (corpus->sentences, CorpusSentence, i).doc, end;

      /* Sentences of one document are contiguous: feed them all first. */
      for (end = i; end < corpus->sentences->len; end++)
        {
          const CorpusSentence *s = &g_array_index (corpus->sentences, CorpusSentence, end);

          if (s->doc != doc_id)
            break;
          byline_tagger_doc_add_sentence (doc, s->tokens, s->n);
        }
      for (; i < end; i++)
        {
          const CorpusSentence *s = &g_array_index (corpus->sentences, CorpusSentence, i);

          if (s->n > cap)
            tags = g_renew (BylineTag, tags, cap = s->n * 2);
          byline_tagger_tag_sentence (tagger, doc, s->tokens, s->n, tags);
          for (guint k = 0; k < s->n; k++)
            *pred++ = (guint8) tags[k];
        }
    }
}
