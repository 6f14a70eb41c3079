// SPDX-License-Identifier: GPL-3.0-or-later
/* byline-tagger.c: model loading and Viterbi decoding
 *
 * Copyright 2025 The Byline authors
 */

#define G_LOG_DOMAIN "byline-tagger"

#include "config.h"

#include "byline-tagger-private.h"

#include <gio/gio.h>
#include <string.h>

#define MODEL_RESOURCE   "/io/github/bylineeditor/Byline/model/byline-ner.bin.gz"
#define MODEL_MAX_BYTES  (64u << 20)  /* refuse to inflate anything larger */
#define MAX_HASH_BITS    24
#define MAX_GAZ_BITS     24

G_DEFINE_QUARK (byline-tagger-error-quark, byline_tagger_error)

const char *
byline_tag_get_type_name (BylineTag tag)
{
  static const char *const names[] = { "PERSON", "ORG", "PLACE", "OTHER" };

  if (tag <= BYLINE_TAG_O || tag >= BYLINE_N_TAGS)
    return NULL;
  return names[(tag - 1) / 2];
}

/* Inflates a gzip stream, refusing output larger than MODEL_MAX_BYTES. */
static GBytes *
inflate_bytes (GBytes  *gz,
               GError **error)
{
  g_autoptr(GZlibDecompressor) zd = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP);
  g_autoptr(GInputStream) mem = g_memory_input_stream_new_from_bytes (gz);
  g_autoptr(GInputStream) in = g_converter_input_stream_new (mem, G_CONVERTER (zd));
  g_autoptr(GByteArray) out = g_byte_array_new ();
  guint8 buf[65536];
  gssize got;

  while ((got = g_input_stream_read (in, buf, sizeof buf, NULL, error)) > 0)
    {
      if (out->len + (gsize) got > MODEL_MAX_BYTES)
        {
          g_set_error (error, BYLINE_TAGGER_ERROR, BYLINE_TAGGER_ERROR_INVALID_MODEL,
                       "Model is larger than %u bytes when inflated", MODEL_MAX_BYTES);
          return NULL;
        }
      g_byte_array_append (out, buf, (guint) got);
    }
  if (got < 0)
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

static inline guint32
read_u32 (const guint8 *p)
{
  return (guint32) p[0] | (guint32) p[1] << 8 | (guint32) p[2] << 16 | (guint32) p[3] << 24;
}

static void
read_i16 (gint16       *dst,
          const guint8 *src,
          gsize         n)
{
  for (gsize i = 0; i < n; i++)
    dst[i] = (gint16) (guint16) (src[2 * i] | src[2 * i + 1] << 8);
}

static void
read_u64 (guint64      *dst,
          const guint8 *src,
          gsize         n)
{
  for (gsize i = 0; i < n; i++)
    dst[i] = (guint64) read_u32 (src + 8 * i) | (guint64) read_u32 (src + 8 * i + 4) << 32;
}

static gboolean
invalid_model (GError     **error,
               const char  *why)
{
  g_set_error (error, BYLINE_TAGGER_ERROR, BYLINE_TAGGER_ERROR_INVALID_MODEL,
               "Invalid tagger model: %s", why);
  return FALSE;
}

/* Checks the header and the exact size before anything is read. */
static gboolean
check_header (const guint8  *data,
              gsize          size,
              guint32       *hash_bits,
              guint32       *gaz_bits,
              GError       **error)
{
  gsize need;

  if (size < BYLINE_TAGGER_HEADER_SIZE || memcmp (data, BYLINE_TAGGER_MAGIC, 8) != 0)
    return invalid_model (error, "not a Byline model file");
  if (read_u32 (data + 8) != BYLINE_TAGGER_FEATURE_VERSION)
    return invalid_model (error, "made for another version of Byline");
  if (read_u32 (data + 12) != BYLINE_N_TAGS)
    return invalid_model (error, "wrong number of tags");
  *hash_bits = read_u32 (data + 16);
  *gaz_bits = read_u32 (data + 20);
  if (*hash_bits < 8 || *hash_bits > MAX_HASH_BITS || *gaz_bits < 4 || *gaz_bits > MAX_GAZ_BITS)
    return invalid_model (error, "table sizes out of range");
  need = BYLINE_TAGGER_HEADER_SIZE + 2 * BYLINE_TAGGER_N_TRANS
         + ((gsize) 2 * BYLINE_N_TAGS << *hash_bits) + ((gsize) 8 << *gaz_bits);
  if (size != need)
    return invalid_model (error, size < need ? "truncated" : "trailing data");
  return TRUE;
}

static BylineTagger *
parse_model (const guint8  *data,
             gsize          size,
             GError       **error)
{
  g_autoptr(BylineTagger) tagger = NULL;
  guint32 hash_bits, gaz_bits;
  gsize n_weights;

  if (!check_header (data, size, &hash_bits, &gaz_bits, error))
    return NULL;
  tagger = g_new0 (BylineTagger, 1);
  tagger->hash_bits = hash_bits;
  n_weights = (gsize) BYLINE_N_TAGS << hash_bits;
  data += BYLINE_TAGGER_HEADER_SIZE;
  read_i16 (tagger->trans, data, BYLINE_TAGGER_N_TRANS);
  data += 2 * BYLINE_TAGGER_N_TRANS;
  tagger->weights = g_new (gint16, n_weights);
  read_i16 (tagger->weights, data, n_weights);
  data += 2 * n_weights;
  tagger->gaz = g_new (guint64, (gsize) 1 << gaz_bits);
  read_u64 (tagger->gaz, data, (gsize) 1 << gaz_bits);
  tagger->lex.gaz = tagger->gaz;
  tagger->lex.gaz_mask = (1u << gaz_bits) - 1;
  tagger->lex.feature_mask = (1u << hash_bits) - 1;
  /* A table with no empty slot would make lookups loop forever. */
  for (guint32 i = 0; i <= tagger->lex.gaz_mask; i++)
    if (tagger->gaz[i] == 0)
      return g_steal_pointer (&tagger);
  invalid_model (error, "gazetteer table is full");
  return NULL;
}

BylineTagger *
byline_tagger_new_from_bytes (GBytes  *model,
                              GError **error)
{
  g_autoptr(GBytes) inflated = NULL;
  const guint8 *data;
  gsize size;

  g_return_val_if_fail (model != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (model, &size);
  if (size >= 2 && data[0] == 0x1f && data[1] == 0x8b)
    {
      inflated = inflate_bytes (model, error);
      if (inflated == NULL)
        return NULL;
      data = g_bytes_get_data (inflated, &size);
    }
  return parse_model (data, size, error);
}

void
byline_tagger_free (BylineTagger *tagger)
{
  if (tagger == NULL)
    return;
  g_free (tagger->weights);
  g_free (tagger->gaz);
  g_free (tagger);
}

static BylineTagger *
load_default (GError **error)
{
  const char *path = g_getenv ("BYLINE_MODEL_PATH");
  g_autoptr(GBytes) bytes = NULL;

  if (path != NULL && *path != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);

      bytes = g_file_load_bytes (file, NULL, NULL, error);
    }
  else
    {
      bytes = g_resources_lookup_data (MODEL_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      if (bytes == NULL)
        g_set_error (error, BYLINE_TAGGER_ERROR, BYLINE_TAGGER_ERROR_NOT_FOUND,
                     "The tagger model %s is not built into this program; "
                     "set BYLINE_MODEL_PATH to a model file", MODEL_RESOURCE);
    }
  if (bytes == NULL)
    return NULL;
  return byline_tagger_new_from_bytes (bytes, error);
}

typedef struct {
  BylineTagger *tagger;
  GError       *error;
} DefaultModel;

BylineTagger *
byline_tagger_get_default (GError **error)
{
  /* The one process-wide model: loaded once, never freed, read-only afterwards. */
  static DefaultModel *model;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_once_init_enter (&model))
    {
      DefaultModel *m = g_new0 (DefaultModel, 1);

      m->tagger = load_default (&m->error);
      g_once_init_leave (&model, m);
    }
  if (model->tagger == NULL && error != NULL)
    *error = g_error_copy (model->error);
  return model->tagger;
}

void
byline_tagger_viterbi (const float *emit,
                       const float *trans,
                       guint        n,
                       float       *score,
                       guint8      *back,
                       BylineTag   *out_tags)
{
  const guint T = BYLINE_N_TAGS;
  const float *start = trans + T * T;
  guint best = 0;

  for (guint t = 0; t < T; t++)
    score[t] = byline_tagger_transition_ok (T, t) ? emit[t] + start[t] : -G_MAXFLOAT;
  for (guint i = 1; i < n; i++)
    for (guint t = 0; t < T; t++)
      {
        float top = -G_MAXFLOAT;
        guint arg = 0;

        for (guint p = 0; p < T; p++)
          {
            float s = score[(i - 1) * T + p] + trans[p * T + t];

            if (byline_tagger_transition_ok (p, t) && s > top)
              top = s, arg = p;
          }
        score[i * T + t] = top + emit[i * T + t];
        back[i * T + t] = (guint8) arg;
      }
  for (guint t = 1; t < T; t++)
    if (score[(n - 1) * T + t] > score[(n - 1) * T + best])
      best = t;
  for (guint i = n; i-- > 0;)
    {
      out_tags[i] = (BylineTag) best;
      best = back[i * T + best];
    }
}

/* Emission scores of token @i: the sum of its features' weight rows. */
static void
emission_scores (const BylineTagger      *tagger,
                 const BylineTaggerToken *tokens,
                 const BylineTokenInfo   *info,
                 guint                    n,
                 guint                    i,
                 float                   *emit)
{
  guint32 feats[BYLINE_TAGGER_MAX_FEATURES];
  gint32 sum[BYLINE_N_TAGS] = { 0 };
  guint n_feats = byline_tagger_features (&tagger->lex, tokens, info, n, i, feats);

  for (guint f = 0; f < n_feats; f++)
    {
      const gint16 *row = tagger->weights + (gsize) feats[f] * BYLINE_N_TAGS;

      for (guint t = 0; t < BYLINE_N_TAGS; t++)
        sum[t] += row[t];
    }
  for (guint t = 0; t < BYLINE_N_TAGS; t++)
    emit[t] = (float) sum[t];
}

typedef struct {
  BylineTokenInfo info[BYLINE_TAGGER_STACK_TOKENS];
  float           emit[BYLINE_TAGGER_STACK_TOKENS * BYLINE_N_TAGS];
  float           score[BYLINE_TAGGER_STACK_TOKENS * BYLINE_N_TAGS];
  guint8          back[BYLINE_TAGGER_STACK_TOKENS * BYLINE_N_TAGS];
} Scratch;

static void
tag_with_scratch (const BylineTagger      *tagger,
                  const BylineTaggerDoc   *doc,
                  const BylineTaggerToken *tokens,
                  guint                    n,
                  BylineTokenInfo         *info,
                  float                   *emit,
                  float                   *score,
                  guint8                  *back,
                  BylineTag               *out_tags)
{
  float trans[BYLINE_TAGGER_N_TRANS];

  for (guint k = 0; k < BYLINE_TAGGER_N_TRANS; k++)
    trans[k] = tagger->trans[k];
  byline_tagger_analyse (&tagger->lex, doc, tokens, n, info);
  for (guint i = 0; i < n; i++)
    emission_scores (tagger, tokens, info, n, i, emit + i * BYLINE_N_TAGS);
  byline_tagger_viterbi (emit, trans, n, score, back, out_tags);
}

void
byline_tagger_tag_sentence (const BylineTagger      *tagger,
                            const BylineTaggerDoc   *doc,
                            const BylineTaggerToken *tokens,
                            guint                    n,
                            BylineTag               *out_tags)
{
  g_return_if_fail (tagger != NULL);
  g_return_if_fail (tokens != NULL || n == 0);
  g_return_if_fail (out_tags != NULL || n == 0);

  if (n == 0)
    return;
  if (n <= BYLINE_TAGGER_STACK_TOKENS)
    {
      Scratch s;

      tag_with_scratch (tagger, doc, tokens, n, s.info, s.emit, s.score, s.back, out_tags);
    }
  else
    {
      g_autofree BylineTokenInfo *info = g_new (BylineTokenInfo, n);
      g_autofree float *emit = g_new (float, (gsize) n * BYLINE_N_TAGS);
      g_autofree float *score = g_new (float, (gsize) n * BYLINE_N_TAGS);
      g_autofree guint8 *back = g_new (guint8, (gsize) n * BYLINE_N_TAGS);

      tag_with_scratch (tagger, doc, tokens, n, info, emit, score, back, out_tags);
    }
}
