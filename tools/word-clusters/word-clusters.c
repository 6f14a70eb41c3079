// SPDX-License-Identifier: GPL-3.0-or-later
/* word-clusters.c: distributional word classes for the entity tagger
 *
 * Copyright 2025 The Byline authors
 *
 * Usage: word-clusters [--min-count N] [--passes N] --classes C[,C...] TEXT > clusters.tsv
 *
 * Reads tokenised text (one sentence per line, tokens separated by spaces) and
 * groups the words into classes with the exchange algorithm (Kneser and Ney 1993;
 * Martin, Liermann and Ney 1998): every word moves to the class that most raises
 * the likelihood of a class bigram model, pass after pass. It is run once for each
 * class count, so a word gets a coarse and a fine class, as the prefixes of a
 * Brown-cluster path would give it. Words seen fewer than --min-count times share
 * one stand-in word and are not written.
 *
 * Output: "word<TAB>count<TAB>class..." per word, most frequent first. Deterministic.
 */

#define G_LOG_DOMAIN "word-clusters"

#include "config.h"

#include <glib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CLASSES  4096
#define XLOGX_TABLE  (1u << 20)

typedef struct {
  guint32 word;
  guint32 count;
} Neighbour;

typedef struct {
  GPtrArray *words;      /* char *, by id; id 0 = sentence boundary, 1 = rare word */
  GArray    *counts;     /* guint64 per id */
  guint      n_words;
  /* Bigram lists in CSR form: right[right_start[w] .. right_start[w + 1]) */
  Neighbour *right, *left;
  guint32   *right_start, *left_start;
  guint64   *n_left, *n_right;   /* times each word is the left / right half of a bigram */
} Vocab;

typedef struct {
  const Vocab *v;
  guint        n_classes;
  guint32     *cls;
  gint64      *nn;         /* n_classes x n_classes class bigram counts */
  gint64      *nl, *nr;    /* class totals as left / right half */
  gint64      *rw, *lw;    /* per-class counts of the word being moved */
  guint32     *touched_r, *touched_l;
  guint        n_tr, n_tl;
  gint64       self;
} Exchange;

static double xlogx_table[XLOGX_TABLE];

static inline double
xlogx (gint64 x)
{
  if (x < (gint64) XLOGX_TABLE)
    return xlogx_table[x];
  return (double) x * log ((double) x);
}

/* ---- reading the text -------------------------------------------------------- */

static guint32
word_id (GHashTable *ids,
         GPtrArray  *words,
         GArray     *counts,
         const char *w)
{
  gpointer v;
  guint32 id;
  guint64 zero = 0;

  if (g_hash_table_lookup_extended (ids, w, NULL, &v))
    return GPOINTER_TO_UINT (v);
  id = words->len;
  g_ptr_array_add (words, g_strdup (w));
  g_array_append_val (counts, zero);
  g_hash_table_insert (ids, words->pdata[id], GUINT_TO_POINTER (id));
  return id;
}

/* Reads the text into a sequence of word ids with boundaries (id 0) between sentences. */
static GArray *
read_text (const char  *path,
           GPtrArray   *words,
           GArray      *counts,
           GError     **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  GArray *seq = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint32 boundary;

  if (!g_file_get_contents (path, &data, NULL, error))
    {
      g_array_unref (seq);
      return NULL;
    }
  boundary = word_id (ids, words, counts, "<s>");
  word_id (ids, words, counts, "<rare>");
  g_array_append_val (seq, boundary);
  for (char *p = data; *p != '\0';)
    {
      char *end = p + strcspn (p, " \t\n");
      gboolean eol = *end == '\n' || *end == '\0';

      if (end > p)
        {
          char keep = *end;
          guint32 id;

          *end = '\0';
          id = word_id (ids, words, counts, p);
          *end = keep;
          g_array_index (counts, guint64, id)++;
          g_array_append_val (seq, id);
        }
      if (eol && g_array_index (seq, guint32, seq->len - 1) != boundary)
        g_array_append_val (seq, boundary);
      p = *end != '\0' ? end + 1 : end;
    }
  return seq;
}

static int
cmp_by_count (gconstpointer a,
              gconstpointer b,
              gpointer      counts)
{
  guint64 ca = ((guint64 *) counts)[*(const guint32 *) a], cb = ((guint64 *) counts)[*(const guint32 *) b];

  if (ca != cb)
    return ca > cb ? -1 : 1;
  return *(const guint32 *) a < *(const guint32 *) b ? -1 : 1;
}

static int
cmp_neighbour (const void *a,
               const void *b)
{
  const Neighbour *x = a, *y = b;

  return x->word < y->word ? -1 : x->word > y->word;
}

/* Sorted, merged bigram list of one direction, in CSR form. */
static void
build_lists (const guint32  *seq,
             gsize           len,
             guint           n_words,
             gboolean        to_right,
             Neighbour     **list_out,
             guint32       **start_out)
{
  guint32 *start = g_new0 (guint32, n_words + 1);
  Neighbour *list = g_new (Neighbour, len);
  guint32 *fill;
  guint32 out = 0;

  for (gsize i = 0; i + 1 < len; i++)
    start[(to_right ? seq[i] : seq[i + 1]) + 1]++;
  for (guint w = 0; w < n_words; w++)
    start[w + 1] += start[w];
  fill = g_memdup2 (start, sizeof (guint32) * (n_words + 1));
  for (gsize i = 0; i + 1 < len; i++)
    {
      guint32 a = to_right ? seq[i] : seq[i + 1], b = to_right ? seq[i + 1] : seq[i];

      list[fill[a]++] = (Neighbour) { b, 1 };
    }
  g_free (fill);
  /* Merge duplicates in place, word by word. */
  for (guint w = 0; w < n_words; w++)
    {
      guint32 s = start[w], e = start[w + 1];

      start[w] = out;
      qsort (list + s, e - s, sizeof (Neighbour), cmp_neighbour);
      for (guint32 k = s; k < e; k++)
        if (out > start[w] && list[out - 1].word == list[k].word)
          list[out - 1].count++;
        else
          list[out++] = list[k];
    }
  start[n_words] = out;
  *list_out = list;
  *start_out = start;
}

/* Renumbers the words by frequency (rare ones become id 1) and builds the bigrams. */
static gboolean
vocab_load (Vocab       *v,
            const char  *path,
            guint        min_count,
            GError     **error)
{
  g_autoptr(GPtrArray) raw_words = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) raw_counts = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autoptr(GArray) seq = read_text (path, raw_words, raw_counts, error);
  g_autofree guint32 *order = NULL, *remap = NULL;
  guint n_raw, kept = 2;

  if (seq == NULL)
    return FALSE;
  n_raw = raw_words->len;
  order = g_new (guint32, n_raw);
  remap = g_new (guint32, n_raw);
  for (guint i = 0; i < n_raw; i++)
    order[i] = i;
  g_qsort_with_data (order + 2, n_raw - 2, sizeof (guint32), cmp_by_count, raw_counts->data);
  v->words = g_ptr_array_new_with_free_func (g_free);
  v->counts = g_array_new (FALSE, TRUE, sizeof (guint64));
  for (guint i = 0; i < n_raw; i++)
    {
      guint32 w = order[i];
      guint64 c = g_array_index (raw_counts, guint64, w);

      if (i >= 2 && c < min_count)
        {
          remap[w] = 1;
          g_array_index (v->counts, guint64, 1) += c;
          continue;
        }
      remap[w] = i < 2 ? w : kept++;
      g_ptr_array_add (v->words, g_strdup (raw_words->pdata[w]));
      g_array_append_val (v->counts, c);
    }
  v->n_words = kept;
  for (guint i = 0; i < seq->len; i++)
    g_array_index (seq, guint32, i) = remap[g_array_index (seq, guint32, i)];
  build_lists ((guint32 *) seq->data, seq->len, v->n_words, TRUE, &v->right, &v->right_start);
  build_lists ((guint32 *) seq->data, seq->len, v->n_words, FALSE, &v->left, &v->left_start);
  v->n_left = g_new0 (guint64, v->n_words);
  v->n_right = g_new0 (guint64, v->n_words);
  for (guint w = 0; w < v->n_words; w++)
    {
      for (guint32 k = v->right_start[w]; k < v->right_start[w + 1]; k++)
        v->n_left[w] += v->right[k].count;
      for (guint32 k = v->left_start[w]; k < v->left_start[w + 1]; k++)
        v->n_right[w] += v->left[k].count;
    }
  g_printerr ("%u tokens, %u words kept (count >= %u)\n", seq->len, v->n_words, min_count);
  return TRUE;
}

/* ---- the exchange algorithm ----------------------------------------------------- */

/* Adds (sign 1) or removes (sign -1) word @w's bigrams to or from class @c. */
static void
exchange_apply (Exchange *x,
                guint32   w,
                guint32   c,
                int       sign)
{
  const guint C = x->n_classes;

  for (guint k = 0; k < x->n_tr; k++)
    x->nn[(gsize) c * C + x->touched_r[k]] += sign * x->rw[x->touched_r[k]];
  for (guint k = 0; k < x->n_tl; k++)
    x->nn[(gsize) x->touched_l[k] * C + c] += sign * x->lw[x->touched_l[k]];
  x->nn[(gsize) c * C + c] += sign * x->self;
  x->nl[c] += sign * (gint64) x->v->n_left[w];
  x->nr[c] += sign * (gint64) x->v->n_right[w];
}

/* Collects word @w's bigram counts per neighbouring class (itself excluded). */
static void
exchange_gather (Exchange *x,
                 guint32   w)
{
  const Vocab *v = x->v;

  x->n_tr = x->n_tl = 0;
  x->self = 0;
  for (guint32 k = v->right_start[w]; k < v->right_start[w + 1]; k++)
    {
      guint32 d = x->cls[v->right[k].word];

      if (v->right[k].word == w)
        {
          x->self = v->right[k].count;
          continue;
        }
      if (x->rw[d] == 0)
        x->touched_r[x->n_tr++] = d;
      x->rw[d] += v->right[k].count;
    }
  for (guint32 k = v->left_start[w]; k < v->left_start[w + 1]; k++)
    {
      guint32 d = x->cls[v->left[k].word];

      if (v->left[k].word == w)
        continue;
      if (x->lw[d] == 0)
        x->touched_l[x->n_tl++] = d;
      x->lw[d] += v->left[k].count;
    }
}

/* Change in log-likelihood (up to constants) when word @w joins class @b. */
static double
exchange_gain (const Exchange *x,
               guint32         w,
               guint32         b)
{
  const guint C = x->n_classes;
  const gint64 *row = x->nn + (gsize) b * C;
  double g = 0;
  gint64 bb = row[b] + x->self;

  for (guint k = 0; k < x->n_tr; k++)
    {
      guint32 d = x->touched_r[k];

      if (d == b)
        bb += x->rw[d];
      else
        g += xlogx (row[d] + x->rw[d]) - xlogx (row[d]);
    }
  for (guint k = 0; k < x->n_tl; k++)
    {
      guint32 d = x->touched_l[k];
      gint64 n = x->nn[(gsize) d * C + b];

      if (d == b)
        bb += x->lw[d];
      else
        g += xlogx (n + x->lw[d]) - xlogx (n);
    }
  g += xlogx (bb) - xlogx (row[b]);
  g -= xlogx (x->nl[b] + (gint64) x->v->n_left[w]) - xlogx (x->nl[b]);
  g -= xlogx (x->nr[b] + (gint64) x->v->n_right[w]) - xlogx (x->nr[b]);
  return g;
}

static guint
exchange_move (Exchange *x,
               guint32   w)
{
  guint32 a = x->cls[w], best = a;
  double top;

  exchange_gather (x, w);
  exchange_apply (x, w, a, -1);
  top = exchange_gain (x, w, a);
  for (guint32 b = 0; b < x->n_classes; b++)
    {
      double g;

      if (b == a)
        continue;
      g = exchange_gain (x, w, b);
      if (g > top + 1e-9)
        top = g, best = b;
    }
  exchange_apply (x, w, best, 1);
  x->cls[w] = best;
  for (guint k = 0; k < x->n_tr; k++)
    x->rw[x->touched_r[k]] = 0;
  for (guint k = 0; k < x->n_tl; k++)
    x->lw[x->touched_l[k]] = 0;
  return best != a;
}

/* Class of every word after @passes passes (or until no word moves). */
static guint32 *
cluster (const Vocab *v,
         guint        n_classes,
         guint        passes)
{
  const guint C = n_classes;
  Exchange x = { .v = v, .n_classes = C };

  x.cls = g_new (guint32, v->n_words);
  x.nn = g_new0 (gint64, (gsize) C * C);
  x.nl = g_new0 (gint64, C);
  x.nr = g_new0 (gint64, C);
  x.rw = g_new0 (gint64, C);
  x.lw = g_new0 (gint64, C);
  x.touched_r = g_new (guint32, C);
  x.touched_l = g_new (guint32, C);
  /* The boundary keeps class 0 to itself; the others start round-robin by frequency. */
  x.cls[0] = 0;
  for (guint w = 1; w < v->n_words; w++)
    x.cls[w] = 1 + (w - 1) % (C - 1);
  for (guint w = 0; w < v->n_words; w++)
    for (guint32 k = v->right_start[w]; k < v->right_start[w + 1]; k++)
      x.nn[(gsize) x.cls[w] * C + x.cls[v->right[k].word]] += v->right[k].count;
  for (guint w = 0; w < v->n_words; w++)
    {
      x.nl[x.cls[w]] += (gint64) v->n_left[w];
      x.nr[x.cls[w]] += (gint64) v->n_right[w];
    }
  for (guint pass = 1; pass <= passes; pass++)
    {
      guint moved = 0;

      for (guint w = 1; w < v->n_words; w++)
        moved += exchange_move (&x, w);
      g_printerr ("classes %u, pass %u: %u words moved\n", C, pass, moved);
      if (moved < v->n_words / 1000)
        break;
    }
  g_free (x.nn);
  g_free (x.nl);
  g_free (x.nr);
  g_free (x.rw);
  g_free (x.lw);
  g_free (x.touched_r);
  g_free (x.touched_l);
  return x.cls;
}

int
main (int    argc,
      char **argv)
{
  int min_count = 3, passes = 15;
  g_autofree char *classes_arg = NULL;
  GOptionEntry entries[] = {
    { "min-count", 'm', 0, G_OPTION_ARG_INT, &min_count, "Fewest occurrences of a word kept", "N" },
    { "passes", 'p', 0, G_OPTION_ARG_INT, &passes, "Most passes over the vocabulary", "N" },
    { "classes", 'c', 0, G_OPTION_ARG_STRING, &classes_arg, "Class counts, comma-separated", "C,..." },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new ("TEXT - word classes for the tagger");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) sizes = NULL;
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func (g_free);
  Vocab v = { 0 };

  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!g_option_context_parse (ctx, &argc, &argv, &error) || argc != 2 || classes_arg == NULL)
    {
      g_printerr ("word-clusters: %s\n", error ? error->message : "need --classes and one TEXT file");
      return 1;
    }
  for (guint i = 0; i < XLOGX_TABLE; i++)
    xlogx_table[i] = i == 0 ? 0.0 : (double) i * log ((double) i);
  if (!vocab_load (&v, argv[1], (guint) MAX (min_count, 1), &error))
    {
      g_printerr ("word-clusters: %s\n", error->message);
      return 2;
    }
  sizes = g_strsplit (classes_arg, ",", -1);
  for (guint i = 0; sizes[i] != NULL; i++)
    {
      guint c = (guint) g_ascii_strtoull (sizes[i], NULL, 10);

      if (c < 2 || c > MAX_CLASSES)
        {
          g_printerr ("word-clusters: class count %s out of range\n", sizes[i]);
          return 1;
        }
      g_ptr_array_add (results, cluster (&v, c, (guint) passes));
    }
  for (guint w = 2; w < v.n_words; w++)
    {
      printf ("%s\t%" G_GUINT64_FORMAT, (char *) v.words->pdata[w], g_array_index (v.counts, guint64, w));
      for (guint i = 0; i < results->len; i++)
        printf ("\t%u", ((guint32 *) results->pdata[i])[w]);
      printf ("\n");
    }
  return 0;
}
