// SPDX-License-Identifier: GPL-3.0-or-later
/* train-tagger.c: trains Byline's named-entity model (averaged structured perceptron)
 *
 * Copyright 2025 The Byline authors
 *
 * Usage: train-tagger --gazetteers DIR --train SPEC... [--dev SPEC...] --out MODEL.gz
 * SPEC is PATH[:train|dev|test|all][:weight=W][:other=drop]; see tagger-corpus.h.
 * The result is deterministic for a given --seed.
 */

#define G_LOG_DOMAIN "train-tagger"

#include "config.h"

#include <gio/gio.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "byline-tagger-private.h"
#include "tagger-corpus.h"

typedef struct {
  char   **train;
  char   **dev;
  char    *gazetteers;
  char    *clusters;
  char    *out;
  int      epochs;
  int      hash_bits;
  int      seed;
  double   headline_rate;
  double   caps_rate;
  double   gaz_dropout;
  int      ensemble;
} Options;

typedef struct {
  GArray  *feats;       /* guint32 feature rows of all tokens, concatenated */
  GArray  *tok_start;   /* guint32: first feature of each token; one extra at the end */
  GArray  *sent_tok;    /* guint32: first token of each sentence */
} FeatureStore;

typedef struct {
  guint32  rows_mask;
  float   *w;           /* current weights: rows * N_TAGS, then transitions */
  double  *u;           /* sum of c * update, for averaging */
  gsize    size;
  double   c;           /* update counter */
} Perceptron;

/* ---- gazetteers ---------------------------------------------------------- */

static guint16
gaz_type_flag (const char *type)
{
  static const struct { const char *name; guint16 flag; } map[] = {
    { "PERSON", BYLINE_GAZ_PERSON }, { "ORG", BYLINE_GAZ_ORG }, { "PLACE", BYLINE_GAZ_PLACE },
    { "OTHER", BYLINE_GAZ_OTHER }, { "FIRST", BYLINE_GAZ_FIRST }, { "SURNAME", BYLINE_GAZ_SURNAME },
    { "WORD", BYLINE_GAZ_WORD }, { "PROPER", BYLINE_GAZ_PROPER }, { "COMMON", BYLINE_GAZ_COMMON },
  };

  static const char *const classes[] = {
    "NOUN_GROUP", "NOUN_PLACE", "NOUN_PERSON", "NOUN_ARTIFACT", "NOUN_EVENT",
  };

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (g_str_equal (type, map[i].name))
      return map[i].flag;
  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    if (g_str_equal (type, classes[i]))
      return (guint16) ((i + 1) << BYLINE_GAZ_CLASS_SHIFT);
  return 0;
}

static void
gaz_add (GHashTable *table,
         guint64     key,
         guint16     flags)
{
  gpointer old = g_hash_table_lookup (table, &key);
  guint64 *k = g_new (guint64, 1);

  *k = key;
  g_hash_table_replace (table, k, GUINT_TO_POINTER (GPOINTER_TO_UINT (old) | flags));
}

/* Adds "name<TAB>TYPE" lines; every proper prefix of a multi-word name gets PREFIX. */
static gboolean
gaz_load_file (GHashTable  *table,
               const char  *path,
               guint16      extra,
               GError     **error)
{
  g_autofree char *data = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (path, &data, NULL, error))
    return FALSE;
  lines = g_strsplit (data, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *tab = strchr (lines[i], '\t');
      guint16 flag;

      if (tab == NULL || lines[i][0] == '#')
        continue;
      *tab = '\0';
      tab[strcspn (tab + 1, "\t") + 1] = '\0';  /* a third column is for run time */
      flag = gaz_type_flag (tab + 1);
      if (flag == 0 || strpbrk (lines[i], "([") != NULL)
        continue;
      gaz_add (table, byline_tagger_gaz_key (lines[i], strlen (lines[i])),
               flag | ((flag & BYLINE_GAZ_TYPES) ? extra : 0));
      for (char *sp = strchr (lines[i], ' '); sp != NULL; sp = strchr (sp + 1, ' '))
        gaz_add (table, byline_tagger_gaz_key (lines[i], sp - lines[i]), BYLINE_GAZ_PREFIX);
    }
  return TRUE;
}

typedef struct {
  guint64 key;
  guint16 flags;
} GazEntry;

static gint
gaz_entry_cmp (gconstpointer a,
               gconstpointer b)
{
  guint64 x = ((const GazEntry *) a)->key, y = ((const GazEntry *) b)->key;

  return x < y ? -1 : x > y;
}

static guint64 *
gaz_build (const char  *dir,
           guint32     *bits,
           GError     **error)
{
  g_autoptr(GHashTable) table = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer key, value;
  GArray *entries;
  guint64 *slots;
  guint32 mask;
  const char *name;

  if (d == NULL)
    return NULL;
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (name, ".tsv"))
      g_ptr_array_add (names, g_build_filename (dir, name, NULL));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  for (guint i = 0; i < names->len; i++)
    if (!gaz_load_file (table, names->pdata[i],
                        g_str_has_suffix (names->pdata[i], "/byline.tsv") ? BYLINE_GAZ_HAND : 0, error))
      return NULL;
  for (*bits = 4; (1u << *bits) < 2 * g_hash_table_size (table) + 1; (*bits)++)
    ;
  mask = (1u << *bits) - 1;
  slots = g_new0 (guint64, mask + 1);
  /* Insert in key order: the hash table's iteration order is not guaranteed to
   * be the same in every run, and the order decides where colliding keys go. */
  entries = g_array_sized_new (FALSE, FALSE, sizeof (GazEntry), g_hash_table_size (table));
  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GazEntry e = { *(guint64 *) key, (guint16) GPOINTER_TO_UINT (value) };

      g_array_append_val (entries, e);
    }
  g_array_sort (entries, gaz_entry_cmp);
  for (guint n = 0; n < entries->len; n++)
    {
      const GazEntry *e = &g_array_index (entries, GazEntry, n);
      guint64 want = e->key & ~(guint64) 0xffff;
      guint32 i;

      if (want == 0)
        want = 0x10000;
      for (i = (guint32) (e->key >> 16) & mask; slots[i] != 0; i = (i + 1) & mask)
        ;
      slots[i] = want | e->flags;
    }
  g_array_unref (entries);
  g_printerr ("gazetteers: %u keys in %u slots\n", g_hash_table_size (table), mask + 1);
  return slots;
}

/* ---- word classes ---------------------------------------------------------- */

/* Packs "word<TAB>count<TAB>c64<TAB>c256<TAB>c1024" lines (tools/word-clusters) into
 * the open-addressing table of byline-tagger-private.h; no file gives an empty table. */
static guint64 *
clus_build (const char  *path,
            guint32     *bits,
            GError     **error)
{
  const guint64 value_mask = (1ull << BYLINE_CLUS_VALUE_BITS) - 1;
  g_autofree char *data = NULL;
  g_auto(GStrv) lines = NULL;
  guint n = 0;
  guint64 *slots;
  guint32 mask;

  if (path != NULL && !g_file_get_contents (path, &data, NULL, error))
    return NULL;
  lines = g_strsplit (data != NULL ? data : "", "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    n += lines[i][0] != '\0';
  for (*bits = 4; (1u << *bits) < 2 * n + 1; (*bits)++)
    ;
  mask = (1u << *bits) - 1;
  slots = g_new0 (guint64, mask + 1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit (lines[i], "\t", -1);
      guint64 key, want, value;
      guint32 k;

      if (g_strv_length (f) != 5)
        continue;
      value = (g_ascii_strtoull (f[2], NULL, 10) & 0x3f) << 18
              | (g_ascii_strtoull (f[3], NULL, 10) & 0xff) << 10
              | (g_ascii_strtoull (f[4], NULL, 10) & 0x3ff);
      key = byline_tagger_hash_bytes (BYLINE_TAGGER_HASH_SEED, f[0], strlen (f[0]));
      want = key & ~value_mask;
      if (want == 0)
        want = value_mask + 1;
      for (k = (guint32) (key >> BYLINE_CLUS_VALUE_BITS) & mask; slots[k] != 0; k = (k + 1) & mask)
        if ((slots[k] & ~value_mask) == want)
          break;
      slots[k] = want | value;
    }
  g_printerr ("word classes: %u words in %u slots\n", n, mask + 1);
  return slots;
}

/* ---- augmentation: headlines and capitals lines --------------------------- */

static gboolean
is_small_word (const BylineTaggerToken *tok)
{
  static const char *const small[] = {
    "a", "an", "the", "and", "but", "or", "nor", "for", "of", "on", "in", "at", "to",
    "by", "as", "vs", "via", "per",
  };

  for (guint i = 0; i < G_N_ELEMENTS (small); i++)
    if (tok->len == strlen (small[i]) && memcmp (tok->text, small[i], tok->len) == 0)
      return TRUE;
  return FALSE;
}

/* A copy of @src as a title-case headline (Capitalise Every Word but small ones)
 * or as a line in capitals; gold tags unchanged, same document. */
static CorpusSentence
make_variant (Corpus               *corpus,
              const CorpusSentence *src,
              gboolean              capitals)
{
  CorpusSentence s = *src;

  s.tokens = g_memdup2 (src->tokens, src->n * sizeof (BylineTaggerToken));
  s.gold = g_memdup2 (src->gold, src->n);
  for (guint i = 0; i < s.n; i++)
    {
      BylineTaggerToken *tok = &s.tokens[i];
      char *text = g_string_chunk_insert_len (corpus->strings, tok->text, tok->len);

      if (capitals)
        for (guint k = 0; k < tok->len; k++)
          text[k] = g_ascii_toupper (text[k]);
      else if (i == 0 || !is_small_word (tok))
        text[0] = g_ascii_toupper (text[0]);
      tok->text = text;
      tok->flags |= capitals ? BYLINE_TOKEN_ALL_CAPS_LINE : BYLINE_TOKEN_HEADLINE;
    }
  return s;
}

static void
augment (Corpus        *corpus,
         const Options *opt)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed ((guint32) opt->seed + 17);
  guint n = corpus->sentences->len;
  g_autoptr(GArray) out = g_array_sized_new (FALSE, FALSE, sizeof (CorpusSentence), n * 2);

  /* A variant replaces its original in place, so documents stay contiguous and
   * the document statistics do not contain the headline's own words in their
   * ordinary case (a real headline's words need not recur in the body). */
  for (guint i = 0; i < n; i++)
    {
      CorpusSentence *s = &g_array_index (corpus->sentences, CorpusSentence, i);
      gboolean fits = s->n >= 3 && s->n <= 30;
      double r = g_rand_double (rand);
      CorpusSentence v = *s;

      if (fits && r < opt->headline_rate)
        v = make_variant (corpus, s, FALSE);
      else if (fits && r < opt->headline_rate + opt->caps_rate)
        v = make_variant (corpus, s, TRUE);
      if (v.tokens != s->tokens)
        {
          g_free (s->tokens);
          g_free (s->gold);
        }
      g_array_append_val (out, v);
    }
  g_array_set_size (corpus->sentences, 0);
  g_array_append_vals (corpus->sentences, out->data, out->len);
}

/* ---- features ------------------------------------------------------------- */

static void
extract_sentence (FeatureStore              *fs,
                  const BylineTaggerLexicon *lex,
                  const BylineTaggerDoc     *doc,
                  const CorpusSentence      *s)
{
  g_autofree BylineTokenInfo *info = g_new (BylineTokenInfo, s->n);
  guint32 buf[BYLINE_TAGGER_MAX_FEATURES];
  guint32 first_tok = fs->tok_start->len - 1;

  g_array_append_val (fs->sent_tok, first_tok);
  byline_tagger_analyse (lex, doc, s->tokens, s->n, info);
  for (guint i = 0; i < s->n; i++)
    {
      guint k = byline_tagger_features (lex, s->tokens, info, s->n, i, buf);
      guint32 end;

      g_array_append_vals (fs->feats, buf, k);
      end = fs->feats->len;
      g_array_append_val (fs->tok_start, end);
    }
}

static void
extract_all (FeatureStore              *fs,
             const BylineTaggerLexicon *lex,
             const Corpus              *corpus,
             const Options             *opt)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed ((guint32) opt->seed + 29);
  BylineTaggerLexicon hidden = *lex;
  guint i = 0, zero = 0;

  /* Sentences that do not see typed gazetteer matches teach the model to use
   * context for names the lists lack, instead of trusting the lists alone. */
  hidden.gaz_ignore = BYLINE_GAZ_TYPES | BYLINE_GAZ_HAND;

  fs->feats = g_array_new (FALSE, FALSE, sizeof (guint32));
  fs->tok_start = g_array_new (FALSE, FALSE, sizeof (guint32));
  fs->sent_tok = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_array_append_val (fs->tok_start, zero);
  while (i < corpus->sentences->len)
    {
      g_autoptr(BylineTaggerDoc) doc = byline_tagger_doc_new ();
      guint doc_id = g_array_index (corpus->sentences, CorpusSentence, i).doc, end;

      for (end = i; end < corpus->sentences->len; end++)
        {
          const CorpusSentence *s = &g_array_index (corpus->sentences, CorpusSentence, end);

          if (s->doc != doc_id)
            break;
          byline_tagger_doc_add_sentence (doc, s->tokens, s->n);
        }
      for (; i < end; i++)
        extract_sentence (fs, g_rand_double (rand) < opt->gaz_dropout ? &hidden : lex, doc,
                          &g_array_index (corpus->sentences, CorpusSentence, i));
    }
}

/* ---- perceptron ------------------------------------------------------------ */

#define TRANS_OFFSET(p) ((gsize) ((p)->rows_mask + 1) * BYLINE_N_TAGS)

static inline void
update (Perceptron *p,
        gsize       k,
        float       d)
{
  p->w[k] += d;
  p->u[k] += p->c * d;
}

/* The target for a sentence whose corpus does not annotate OTHER: the best-scoring
 * sequence that keeps every annotated tag and lets an O token be O or OTHER. */
static void
best_consistent (const Perceptron     *p,
                 const CorpusSentence *s,
                 const float          *emit,
                 float                *score,
                 guint8               *back,
                 guint8               *gold)
{
  g_autofree guint16 *allowed = g_new (guint16, s->n);
  g_autofree BylineTag *tags = g_new (BylineTag, s->n);
  const guint16 o_or_other = 1 << BYLINE_TAG_O | 1 << BYLINE_TAG_B_OTHER | 1 << BYLINE_TAG_I_OTHER;

  for (guint i = 0; i < s->n; i++)
    allowed[i] = s->gold[i] == BYLINE_TAG_O ? o_or_other : 1 << s->gold[i];
  byline_tagger_viterbi (emit, p->w + TRANS_OFFSET (p), allowed, s->n, score, back, tags);
  for (guint i = 0; i < s->n; i++)
    gold[i] = (guint8) tags[i];
}

static void
train_sentence (Perceptron           *p,
                const FeatureStore   *fs,
                const CorpusSentence *s,
                guint                 sent,
                float                *emit,
                float                *score,
                guint8               *back,
                BylineTag            *pred,
                guint8               *gold)
{
  const guint32 *ts = &g_array_index (fs->tok_start, guint32,
                                      g_array_index (fs->sent_tok, guint32, sent));
  const guint32 *feats = (const guint32 *) fs->feats->data;
  const gsize to = TRANS_OFFSET (p);
  const guint T = BYLINE_N_TAGS;

  memset (emit, 0, sizeof (float) * s->n * T);
  for (guint i = 0; i < s->n; i++)
    for (guint32 f = ts[i]; f < ts[i + 1]; f++)
      {
        const float *row = p->w + (gsize) feats[f] * T;

        for (guint t = 0; t < T; t++)
          emit[i * T + t] += row[t];
      }
  byline_tagger_viterbi (emit, p->w + to, NULL, s->n, score, back, pred);
  if (s->partial_other)
    best_consistent (p, s, emit, score, back, gold);
  else
    memcpy (gold, s->gold, s->n);
  p->c += 1;
  for (guint i = 0; i < s->n; i++)
    {
      guint g = gold[i], q = pred[i];
      guint gp = i > 0 ? gold[i - 1] : T, qp = i > 0 ? pred[i - 1] : T;

      if (g != q)
        for (guint32 f = ts[i]; f < ts[i + 1]; f++)
          {
            update (p, (gsize) feats[f] * T + g, s->weight);
            update (p, (gsize) feats[f] * T + q, -s->weight);
          }
      if (g != q || gp != qp)
        {
          update (p, to + gp * T + g, s->weight);
          update (p, to + qp * T + q, -s->weight);
        }
    }
}

/* The averaged weights, quantised to 16 bits, as a tagger the runtime code can use. */
static BylineTagger *
quantise (const Perceptron          *p,
          const BylineTaggerLexicon *lex,
          guint32                    hash_bits)
{
  BylineTagger *tagger = g_new0 (BylineTagger, 1);
  g_autofree float *avg = g_new (float, p->size);
  gint16 *weights;
  const gsize to = TRANS_OFFSET (p);
  float top = 1e-6f, scale;

  for (gsize k = 0; k < p->size; k++)
    {
      avg[k] = (float) (p->w[k] - p->u[k] / p->c);
      top = MAX (top, fabsf (avg[k]));
    }
  scale = 32000.0f / top;
  {
    gsize nz = 0, lost = 0;
    for (gsize k = 0; k < p->size; k++)
      if (avg[k] != 0) { nz++; if (lrintf (avg[k] * scale) == 0) lost++; }
    g_printerr ("quantise: max |w| %g, %zu nonzero, %zu round to 0\n", top, nz, lost);
  }
  tagger->hash_bits = hash_bits;
  weights = g_new (gint16, to);
  for (gsize k = 0; k < to; k++)
    weights[k] = (gint16) lrintf (avg[k] * scale);
  for (guint k = 0; k < BYLINE_TAGGER_N_TRANS; k++)
    tagger->trans[k] = (gint16) lrintf (avg[to + k] * scale);
  /* Owned copies: byline_tagger_free() releases them. */
  tagger->weights = tagger->owned[0] = weights;
  tagger->gaz = tagger->owned[1] = g_memdup2 (lex->gaz, sizeof (guint64) * ((gsize) lex->gaz_mask + 1));
  tagger->clus = tagger->owned[2] = g_memdup2 (lex->clus, sizeof (guint64) * ((gsize) lex->clus_mask + 1));
  tagger->lex = *lex;
  tagger->lex.gaz = tagger->gaz;
  tagger->lex.clus = tagger->clus;
  tagger->lex.gaz_ignore = 0;
  tagger->lex.feature_mask = p->rows_mask;
  return tagger;
}

static void
put_u32 (GByteArray *out,
         guint32     v)
{
  guint8 b[4] = { v, v >> 8, v >> 16, v >> 24 };

  g_byte_array_append (out, b, 4);
}

static void
put_i16 (GByteArray   *out,
         const gint16 *v,
         gsize         n)
{
  for (gsize i = 0; i < n; i++)
    {
      guint8 b[2] = { (guint16) v[i] & 0xff, (guint16) v[i] >> 8 };

      g_byte_array_append (out, b, 2);
    }
}

/* Writes the model in the layout of byline-tagger-private.h, gzip-compressed. */
static gboolean
write_model (const BylineTagger  *tagger,
             const char          *path,
             GError             **error)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  g_autoptr(GZlibCompressor) zc = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 9);
  g_autoptr(GInputStream) mem = NULL;
  g_autoptr(GInputStream) in = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GOutputStream) os = NULL;
  guint32 gaz_slots = tagger->lex.gaz_mask + 1, gaz_bits = 0;
  guint32 clus_slots = tagger->lex.clus_mask + 1, clus_bits = 0;

  while ((1u << gaz_bits) < gaz_slots)
    gaz_bits++;
  while ((1u << clus_bits) < clus_slots)
    clus_bits++;
  g_byte_array_append (out, (const guint8 *) BYLINE_TAGGER_MAGIC, 8);
  put_u32 (out, BYLINE_TAGGER_FEATURE_VERSION);
  put_u32 (out, BYLINE_N_TAGS);
  put_u32 (out, tagger->hash_bits);
  put_u32 (out, gaz_bits);
  put_u32 (out, clus_bits);
  put_i16 (out, tagger->trans, BYLINE_TAGGER_N_TRANS);
  put_i16 (out, tagger->weights, (gsize) BYLINE_N_TAGS << tagger->hash_bits);
  for (guint32 i = 0; i < gaz_slots; i++)
    {
      put_u32 (out, (guint32) tagger->gaz[i]);
      put_u32 (out, (guint32) (tagger->gaz[i] >> 32));
    }
  for (guint32 i = 0; i < clus_slots; i++)
    {
      put_u32 (out, (guint32) tagger->clus[i]);
      put_u32 (out, (guint32) (tagger->clus[i] >> 32));
    }
  mem = g_memory_input_stream_new_from_data (out->data, out->len, NULL);
  in = g_converter_input_stream_new (mem, G_CONVERTER (zc));
  os = G_OUTPUT_STREAM (g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, error));
  if (os == NULL)
    return FALSE;
  if (g_output_stream_splice (os, in, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, error) < 0)
    return FALSE;
  g_printerr ("wrote %s (%u bytes before compression)\n", path, out->len);
  return TRUE;
}

static double
evaluate (const BylineTagger *tagger,
          const Corpus       *dev,
          const char         *label,
          gboolean            verbose)
{
  g_autofree guint8 *pred = NULL;
  SpanScore score = { 0 };
  gsize n_tok = 0, at = 0;

  for (guint i = 0; i < dev->sentences->len; i++)
    n_tok += g_array_index (dev->sentences, CorpusSentence, i).n;
  pred = g_new (guint8, MAX (n_tok, 1));
  corpus_tag_all (dev, tagger, pred);
  for (guint i = 0; i < dev->sentences->len; i++)
    {
      const CorpusSentence *s = &g_array_index (dev->sentences, CorpusSentence, i);

      span_score_add (&score, s->gold, pred + at, s->n);
      at += s->n;
    }
  if (verbose)
    span_score_print (&score, label, stderr);
  return span_score_f1 (&score, 0, NULL, NULL);
}

static Corpus *
load_corpus (char   **specs,
             GError **error)
{
  g_autoptr(Corpus) corpus = corpus_new ();

  for (guint i = 0; specs != NULL && specs[i] != NULL; i++)
    {
      CorpusSpec spec;
      gboolean ok;

      if (!corpus_spec_parse (specs[i], &spec, error))
        return NULL;
      ok = corpus_load (corpus, &spec, error);
      corpus_spec_clear (&spec);
      if (!ok)
        return NULL;
    }
  return g_steal_pointer (&corpus);
}

static void
shuffle (guint  *order,
         guint   n,
         GRand  *rand)
{
  for (guint i = n; i > 1; i--)
    {
      guint j = (guint) g_rand_int_range (rand, 0, (gint32) i), tmp = order[i - 1];

      order[i - 1] = order[j];
      order[j] = tmp;
    }
}

static void
evaluate_dev (const Perceptron          *p,
              const BylineTaggerLexicon *lex,
              const Options             *opt,
              GPtrArray                 *dev)
{
  g_autoptr(BylineTagger) tagger = quantise (p, lex, (guint32) opt->hash_bits);

  for (guint d = 0; d < dev->len; d++)
    evaluate (tagger, dev->pdata[d], opt->dev[d], TRUE);
}

static void
train (Perceptron                *p,
       const Corpus              *corpus,
       const FeatureStore        *fs,
       const Options             *opt,
       const BylineTaggerLexicon *lex,
       GPtrArray                 *dev)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed ((guint32) opt->seed);
  guint n = corpus->sentences->len, max_n = 1;
  g_autofree guint *order = g_new (guint, n);
  g_autofree float *emit = NULL, *score = NULL;
  g_autofree guint8 *back = NULL;
  g_autofree BylineTag *pred = NULL;
  g_autofree guint8 *gold = NULL;

  for (guint i = 0; i < n; i++)
    {
      order[i] = i;
      max_n = MAX (max_n, g_array_index (corpus->sentences, CorpusSentence, i).n);
    }
  emit = g_new (float, max_n * BYLINE_N_TAGS);
  score = g_new (float, max_n * BYLINE_N_TAGS);
  back = g_new (guint8, max_n * BYLINE_N_TAGS);
  pred = g_new (BylineTag, max_n);
  gold = g_new (guint8, max_n);
  for (int epoch = 1; epoch <= opt->epochs; epoch++)
    {
      shuffle (order, n, rand);
      for (guint k = 0; k < n; k++)
        train_sentence (p, fs, &g_array_index (corpus->sentences, CorpusSentence, order[k]),
                        order[k], emit, score, back, pred, gold);
      g_printerr ("epoch %d done\n", epoch);
      if (dev->len > 0 && (epoch % 2 == 0 || epoch == opt->epochs))
        evaluate_dev (p, lex, opt, dev);
    }
}

static gboolean
run (const Options  *opt,
     GError        **error)
{
  g_autoptr(Corpus) corpus = NULL;
  g_autoptr(GPtrArray) dev = g_ptr_array_new_with_free_func ((GDestroyNotify) corpus_free);
  g_autofree guint64 *gaz = NULL;
  g_autofree guint64 *clus = NULL;
  g_autoptr(GPtrArray) no_dev = g_ptr_array_new ();
  g_autoptr(BylineTagger) tagger = NULL;
  Perceptron sum = { 0 };
  BylineTaggerLexicon lex;
  guint32 gaz_bits, clus_bits;

  if ((gaz = gaz_build (opt->gazetteers, &gaz_bits, error)) == NULL)
    return FALSE;
  if ((clus = clus_build (opt->clusters, &clus_bits, error)) == NULL)
    return FALSE;
  lex = (BylineTaggerLexicon) {
    .gaz = gaz, .gaz_mask = (1u << gaz_bits) - 1, .feature_mask = (1u << opt->hash_bits) - 1,
    .clus = clus, .clus_mask = (1u << clus_bits) - 1,
  };
  if ((corpus = load_corpus (opt->train, error)) == NULL)
    return FALSE;
  for (guint i = 0; opt->dev != NULL && opt->dev[i] != NULL; i++)
    {
      char *one[2] = { opt->dev[i], NULL };
      Corpus *c = load_corpus (one, error);

      if (c == NULL)
        return FALSE;
      g_ptr_array_add (dev, c);
    }
  sum.rows_mask = lex.feature_mask;
  sum.size = TRANS_OFFSET (&sum) + BYLINE_TAGGER_N_TRANS;
  sum.w = g_new0 (float, sum.size);
  sum.u = g_new0 (double, sum.size);
  sum.c = 1;
  /* With --ensemble N, N models trained from different shuffles (and different
   * augmentation and gazetteer dropout) are averaged into one: the same size and
   * speed, less dependence on the order the sentences came in. */
  for (int r = 0; r < opt->ensemble; r++)
    {
      Options one = *opt;
      FeatureStore fs = { 0 };
      Perceptron p = { 0 };

      one.seed = opt->seed + 1000 * r;
      if (r > 0)
        {
          g_clear_pointer (&corpus, corpus_free);
          if ((corpus = load_corpus (opt->train, error)) == NULL)
            return FALSE;
        }
      augment (corpus, &one);
      extract_all (&fs, &lex, corpus, &one);
      g_printerr ("training: %u sentences, %u tokens, %u feature occurrences\n",
                  corpus->sentences->len, fs.tok_start->len - 1, fs.feats->len);
      p.rows_mask = lex.feature_mask;
      p.size = sum.size;
      p.w = g_new0 (float, p.size);
      p.u = g_new0 (double, p.size);
      train (&p, corpus, &fs, &one, &lex, r == 0 ? dev : no_dev);
      for (gsize k = 0; k < p.size; k++)
        sum.w[k] += (float) ((p.w[k] - p.u[k] / p.c) / opt->ensemble);
      g_free (p.w);
      g_free (p.u);
      g_array_unref (fs.feats);
      g_array_unref (fs.tok_start);
      g_array_unref (fs.sent_tok);
    }
  if (opt->ensemble > 1)
    evaluate_dev (&sum, &lex, opt, dev);
  tagger = quantise (&sum, &lex, (guint32) opt->hash_bits);
  g_free (sum.w);
  g_free (sum.u);
  return opt->out == NULL || write_model (tagger, opt->out, error);
}

int
main (int    argc,
      char **argv)
{
  Options opt = { .epochs = 10, .hash_bits = 20, .seed = 1, .headline_rate = 0.08, .caps_rate = 0.02,
                  .ensemble = 1 };
  GOptionEntry entries[] = {
    { "train", 't', 0, G_OPTION_ARG_STRING_ARRAY, &opt.train, "Training corpus", "SPEC" },
    { "dev", 'd', 0, G_OPTION_ARG_STRING_ARRAY, &opt.dev, "Development corpus (reported)", "SPEC" },
    { "gazetteers", 'g', 0, G_OPTION_ARG_FILENAME, &opt.gazetteers, "Gazetteer folder", "DIR" },
    { "clusters", 0, 0, G_OPTION_ARG_FILENAME, &opt.clusters, "Word classes (tools/word-clusters)", "FILE" },
    { "out", 'o', 0, G_OPTION_ARG_FILENAME, &opt.out, "Model file to write (gzip)", "FILE" },
    { "epochs", 'e', 0, G_OPTION_ARG_INT, &opt.epochs, "Training epochs", "N" },
    { "hash-bits", 'b', 0, G_OPTION_ARG_INT, &opt.hash_bits, "log2 of weight-table rows", "N" },
    { "seed", 's', 0, G_OPTION_ARG_INT, &opt.seed, "Shuffle seed", "N" },
    { "headline-rate", 0, 0, G_OPTION_ARG_DOUBLE, &opt.headline_rate, "Share of headline copies", "P" },
    { "caps-rate", 0, 0, G_OPTION_ARG_DOUBLE, &opt.caps_rate, "Share of capitals copies", "P" },
    { "gaz-dropout", 0, 0, G_OPTION_ARG_DOUBLE, &opt.gaz_dropout,
      "Share of sentences trained without typed gazetteer matches", "P" },
    { "ensemble", 0, 0, G_OPTION_ARG_INT, &opt.ensemble,
      "Average the weights of N models trained with seeds SEED, SEED+1000, ...", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new ("- train Byline's entity tagger");
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!g_option_context_parse (ctx, &argc, &argv, &error)
      || opt.train == NULL || opt.gazetteers == NULL || opt.hash_bits < 8 || opt.hash_bits > 24
      || opt.ensemble < 1)
    {
      g_printerr ("train-tagger: %s\n", error ? error->message : "need --train, --gazetteers, 8 <= --hash-bits <= 24");
      return 1;
    }
  if (!run (&opt, &error))
    {
      g_printerr ("train-tagger: %s\n", error->message);
      return 2;
    }
  return 0;
}
