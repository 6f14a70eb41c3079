// SPDX-License-Identifier: GPL-3.0-or-later
/* byline-tagger-features.c: token analysis and hashed features, shared with the trainer
 *
 * Copyright 2025 The Byline authors
 */

#define G_LOG_DOMAIN "byline-tagger"

#include "config.h"

#include "byline-tagger-private.h"
#include "byline-tagger-doc-private.h"

#include <string.h>

#define FNV_OFFSET BYLINE_TAGGER_HASH_SEED
#define FNV_PRIME  0x100000001b3ull
#define AFFIX_MAX  4
#define LOWER_MAX  64

/* Capitalisation classes of a token. */
typedef enum {
  CAP_LOWER,        /* "said" */
  CAP_INITIAL,      /* "Chen" */
  CAP_UPPER,        /* "NATO", "U.S." */
  CAP_MIXED,        /* "OpenAI", "McDonald" */
  CAP_LOWER_MIXED,  /* "iPhone" */
  CAP_SINGLE,       /* "A", "I" */
  CAP_DIGIT,        /* "2024", "3M" */
  CAP_PUNCT,        /* ",", "--" */
} BylineCapClass;

enum {
  F_BIAS = 1, F_WORD, F_LOWER, F_SHAPE, F_CAP_CTX, F_PREFIX, F_SUFFIX = F_PREFIX + AFFIX_MAX,
  F_LOWER_M1 = F_SUFFIX + AFFIX_MAX, F_LOWER_M2, F_LOWER_P1, F_LOWER_P2, F_BIGRAM_M1,
  F_BIGRAM_P1, F_SHAPE_M1, F_SHAPE_P1, F_SHAPE_3, F_SPAN, F_SPAN_CAP, F_DICT, F_DICT_M1,
  F_DICT_P1, F_DOC, F_LEN, F_HAND, F_SPAN_NEAR, F_CAP_3, F_LOWER_CTX, F_SUFFIX_CAP,
  F_DOC_WORD, F_RUN, F_RUN_HEAD, F_RUN_CLASS, F_CLASS, F_CLASS_P1, F_CLUS_COARSE, F_CLUS_MID,
  F_CLUS_FINE, F_CLUS_M1, F_CLUS_P1, F_CLUS_CAP, F_DOC_USE, F_CLUS_BI_M1, F_CLUS_BI_P1,
};

static const guint64 boundary_hash[2] = { 0x5bd1e9955bd1e995ull, 0x27d4eb2f165667c5ull };

guint64
byline_tagger_hash_bytes (guint64     seed,
                          const char *s,
                          gsize       len)
{
  guint64 h = seed;

  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar) s[i]) * FNV_PRIME;
  return h;
}

guint64
byline_tagger_hash_lower (guint64     seed,
                          const char *s,
                          gsize       len)
{
  guint64 h = seed;

  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar) g_ascii_tolower (s[i])) * FNV_PRIME;
  return h;
}

static inline guint64
mix64 (guint64 h)
{
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return h;
}

static inline guint32
feature (const BylineTaggerLexicon *lex,
         guint32                    tmpl,
         guint64                    value)
{
  return (guint32) mix64 (value + tmpl * 0x9e3779b97f4a7c15ull) & lex->feature_mask;
}

guint16
byline_tagger_gaz_lookup (const BylineTaggerLexicon *lex,
                          guint64                    key)
{
  guint64 want = key & ~(guint64) 0xffff;
  guint32 i;

  if (lex->gaz == NULL)
    return 0;
  if (want == 0)
    want = 0x10000;
  /* Open addressing with linear probing; the table is at most half full. */
  for (i = (guint32) (key >> 16) & lex->gaz_mask;; i = (i + 1) & lex->gaz_mask)
    {
      guint64 slot = lex->gaz[i];

      if (slot == 0)
        return 0;
      if ((slot & ~(guint64) 0xffff) == want)
        return (guint16) (slot & 0xffff) & ~lex->gaz_ignore;
    }
}

guint32
byline_tagger_clus_lookup (const BylineTaggerLexicon *lex,
                           guint64                    key)
{
  const guint64 value_mask = (1ull << BYLINE_CLUS_VALUE_BITS) - 1;
  guint64 want = key & ~value_mask;
  guint32 i;

  if (lex->clus == NULL)
    return 0;
  if (want == 0)
    want = value_mask + 1;
  /* Same probing as the gazetteer table; at most half full. */
  for (i = (guint32) (key >> BYLINE_CLUS_VALUE_BITS) & lex->clus_mask;; i = (i + 1) & lex->clus_mask)
    {
      guint64 slot = lex->clus[i];

      if (slot == 0)
        return 0;
      if ((slot & ~value_mask) == want)
        return BYLINE_CLUS_FOUND | (guint32) (slot & value_mask);
    }
}

/* The class of a token as written; a capitalised or all-caps form the clusters
 * lack (headlines, capitals lines) falls back to its lower-case or title-case form. */
static guint32
token_class (const BylineTaggerLexicon *lex,
             const BylineTaggerToken   *tok,
             const BylineTokenInfo     *ti)
{
  guint32 c = byline_tagger_clus_lookup (lex, ti->h_word);

  if (c == 0 && ti->h_lower != ti->h_word)
    c = byline_tagger_clus_lookup (lex, ti->h_lower);
  if (c == 0 && ti->cap == CAP_UPPER && tok->len > 1)
    c = byline_tagger_clus_lookup (lex, byline_tagger_hash_lower (
          byline_tagger_hash_bytes (FNV_OFFSET, tok->text, 1), tok->text + 1, tok->len - 1));
  return c;
}

/* The key of a gazetteer name: its space-separated words, lower-cased, hashed as
 * the tagger hashes a token sequence. A trailing comma is a token of its own. */
guint64
byline_tagger_gaz_key (const char *name,
                       gsize       len)
{
  guint64 key = FNV_OFFSET;
  gboolean first = TRUE;
  gsize i = 0;

  while (i < len)
    {
      gsize start, end;

      while (i < len && name[i] == ' ')
        i++;
      if (i >= len)
        break;
      start = i;
      while (i < len && name[i] != ' ')
        i++;
      end = i;
      if (end - start > 1 && name[end - 1] == ',')
        end--;
      if (!first)
        key = byline_tagger_hash_bytes (key, " ", 1);
      key = byline_tagger_hash_lower (key, name + start, end - start);
      first = FALSE;
      if (end < i)
        key = byline_tagger_hash_lower (byline_tagger_hash_bytes (key, " ", 1), ",", 1);
    }
  return key;
}

static inline char
shape_char (gunichar c)
{
  if (c < 128)
    {
      if (g_ascii_isupper (c))
        return 'X';
      if (g_ascii_islower (c))
        return 'x';
      if (g_ascii_isdigit (c))
        return 'd';
      return (char) c;
    }
  if (g_unichar_isupper (c) || g_unichar_istitle (c))
    return 'X';
  if (g_unichar_isalpha (c))
    return 'x';
  if (g_unichar_isdigit (c))
    return 'd';
  return '*';
}

/* Next character of a token; invalid UTF-8 counts as one symbol byte. */
static inline gunichar
next_char (const char *s,
           guint       len,
           guint      *pos)
{
  guchar b = (guchar) s[*pos];
  gunichar c;

  if (b < 0x80)
    {
      (*pos)++;
      return b;
    }
  c = g_utf8_get_char_validated (s + *pos, len - *pos);
  if (c == (gunichar) -1 || c == (gunichar) -2)
    {
      (*pos)++;
      return '?';
    }
  *pos += g_utf8_skip[b];
  return c;
}

/* Shape ("Xx", "X.X.", "dd"), capitalisation class and length of one token. */
static void
analyse_shape (const BylineTaggerToken *tok,
               BylineTokenInfo         *info)
{
  char shape[8];
  guint n_shape = 0, n_chars = 0, n_upper = 0, n_lower = 0, pos = 0;
  int first = -1;   /* 0 lower, 1 upper, 2 digit, 3 other letter */

  while (pos < tok->len)
    {
      gunichar c = next_char (tok->text, tok->len, &pos);
      char s = shape_char (c);

      n_chars++;
      if (n_shape == 0 || (shape[n_shape - 1] != s && n_shape < sizeof shape))
        shape[n_shape++] = s;
      if (s == 'X')
        n_upper++;
      else if (s == 'x')
        n_lower++;
      if (first < 0 && (s == 'X' || s == 'x' || s == 'd'))
        first = s == 'x' ? 0 : s == 'X' ? 1 : 2;
    }
  info->shape = (guint32) byline_tagger_hash_bytes (FNV_OFFSET, shape, n_shape);
  if (first < 0)
    info->cap = CAP_PUNCT;
  else if (first == 2)
    info->cap = CAP_DIGIT;
  else if (first == 0)
    info->cap = n_upper > 0 ? CAP_LOWER_MIXED : CAP_LOWER;
  else if (n_lower == 0)
    info->cap = n_upper == 1 ? CAP_SINGLE : CAP_UPPER;
  else
    info->cap = n_upper == 1 ? CAP_INITIAL : CAP_MIXED;
  info->len = n_chars <= 4 ? n_chars : n_chars <= 6 ? 5 : n_chars <= 9 ? 6 : 7;
}

static inline guint8
token_context (guint flags)
{
  if (flags & BYLINE_TOKEN_ALL_CAPS_LINE)
    return 3;
  if (flags & BYLINE_TOKEN_HEADLINE)
    return 2;
  if (flags & BYLINE_TOKEN_SENTENCE_START)
    return 1;
  return 0;
}

static inline void
mark_span (BylineTokenInfo *info,
           guint            start,
           guint            len,
           guint16          types)
{
  for (guint t = 0; t < 4; t++)
    {
      if (!(types & (1u << t)))
        continue;
      if (len == 1)
        {
          if (info[start].span[t] == 0)
            info[start].span[t] = 3;
          continue;
        }
      info[start].span[t] = 1;
      for (guint k = 1; k < len; k++)
        info[start + k].span[t] = 2;
    }
}

/* Gazetteer matches starting at token @i: single-token flags, and typed spans of up
 * to BYLINE_TAGGER_GAZ_MAX_TOKENS tokens (a later, longer match overrides). */
static void
match_gazetteer (const BylineTaggerLexicon *lex,
                 const BylineTaggerToken   *tokens,
                 BylineTokenInfo           *info,
                 guint                      n,
                 guint                      i)
{
  guint64 key = info[i].h_lower;
  guint16 flags = byline_tagger_gaz_lookup (lex, key);

  info[i].dict = flags;
  if (flags & BYLINE_GAZ_TYPES)
    mark_span (info, i, 1, flags & BYLINE_GAZ_TYPES);
  for (guint j = i + 1; (flags & BYLINE_GAZ_PREFIX) && j < n && j - i < BYLINE_TAGGER_GAZ_MAX_TOKENS; j++)
    {
      key = byline_tagger_hash_bytes (key, " ", 1);
      key = byline_tagger_hash_lower (key, tokens[j].text, tokens[j].len);
      flags = byline_tagger_gaz_lookup (lex, key);
      if (flags & BYLINE_GAZ_TYPES)
        mark_span (info, i, j - i + 1, flags & BYLINE_GAZ_TYPES);
    }
}

static gboolean
is_connector (const BylineTaggerToken *tok)
{
  static const char *const words[] = {
    "of", "the", "and", "&", "for", "de", "la", "le", "von", "van", "der", "del", "du", "da",
    "di", "al", "bin", "on",
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (tok->len == strlen (words[i]) && memcmp (tok->text, words[i], tok->len) == 0)
      return TRUE;
  return FALSE;
}

static inline gboolean
is_name_like (const BylineTokenInfo *ti)
{
  return ti->cap == CAP_INITIAL || ti->cap == CAP_UPPER || ti->cap == CAP_MIXED
         || ti->cap == CAP_SINGLE || ti->cap == CAP_LOWER_MIXED;
}

/* Runs of capitalised words, joined by connectors ("Bank of England"): each token
 * learns where it sits in the run and which word ends it ("University"). */
static void
analyse_runs (const BylineTaggerToken *tokens,
              BylineTokenInfo         *info,
              guint                    n)
{
  guint i = 0;

  while (i < n)
    {
      guint j = i + 1;

      if (!is_name_like (&info[i]))
        {
          i++;
          continue;
        }
      while (j < n)
        if (is_name_like (&info[j]))
          j++;
        else if (j + 1 < n && is_connector (&tokens[j]) && is_name_like (&info[j + 1]))
          j += 2;
        else
          break;
      for (guint k = i; k < j; k++)
        {
          info[k].run_pos = j - i == 1 ? 4 : k == i ? 1 : k == j - 1 ? 3 : 2;
          info[k].run_len = (guint8) MIN (j - i, 4);
          info[k].h_run_head = info[j - 1].h_lower;
          info[k].run_class = BYLINE_GAZ_CLASS (info[j - 1].dict);
        }
      i = j;
    }
}

void
byline_tagger_analyse (const BylineTaggerLexicon *lex,
                       const BylineTaggerDoc     *doc,
                       const BylineTaggerToken   *tokens,
                       guint                      n,
                       BylineTokenInfo           *info)
{
  memset (info, 0, n * sizeof *info);
  for (guint i = 0; i < n; i++)
    {
      const BylineTaggerToken *tok = &tokens[i];

      info[i].h_word = byline_tagger_hash_bytes (FNV_OFFSET, tok->text, tok->len);
      info[i].h_lower = byline_tagger_hash_lower (FNV_OFFSET, tok->text, tok->len);
      analyse_shape (tok, &info[i]);
      info[i].ctx = token_context (tok->flags);
      info[i].clus = token_class (lex, tok, &info[i]);
      if (doc != NULL)
        info[i].docf = 0x100 | byline_tagger_doc_lookup (doc, info[i].h_lower);
    }
  for (guint i = 0; i < n; i++)
    match_gazetteer (lex, tokens, info, n, i);
  analyse_runs (tokens, info, n);
}

static inline guint64
lower_at (const BylineTokenInfo *info,
          guint                  n,
          gint64                 j)
{
  if (j < 0)
    return boundary_hash[0];
  if (j >= n)
    return boundary_hash[1];
  return info[j].h_lower;
}

static inline guint64
shape_at (const BylineTokenInfo *info,
          guint                  n,
          gint64                 j)
{
  if (j < 0 || j >= n)
    return 1;
  return info[j].shape | (guint64) info[j].cap << 32;
}

static inline guint
span_bits (const BylineTokenInfo *info,
           guint                  n,
           gint64                 j)
{
  if (j < 0 || j >= n)
    return 0;
  return info[j].span[0] | info[j].span[1] << 2 | info[j].span[2] << 4 | info[j].span[3] << 6;
}

/* Prefixes and suffixes of the lower-cased token, up to AFFIX_MAX bytes. */
static guint
affix_features (const BylineTaggerLexicon *lex,
                const BylineTaggerToken   *tok,
                const BylineTokenInfo     *ti,
                guint32                   *out)
{
  char lower[LOWER_MAX];
  guint len = MIN (tok->len, LOWER_MAX), n = 0;

  if (ti->cap == CAP_PUNCT || tok->len > LOWER_MAX)
    return 0;
  for (guint k = 0; k < len; k++)
    lower[k] = g_ascii_tolower (tok->text[k]);
  for (guint k = 1; k <= AFFIX_MAX && k < len; k++)
    {
      out[n++] = feature (lex, F_PREFIX + k - 1, byline_tagger_hash_bytes (FNV_OFFSET, lower, k));
      out[n++] = feature (lex, F_SUFFIX + k - 1,
                          byline_tagger_hash_bytes (FNV_OFFSET, lower + len - k, k));
    }
  if (len > 3)
    out[n++] = feature (lex, F_SUFFIX_CAP,
                        byline_tagger_hash_bytes (ti->cap, lower + len - 3, 3));
  return n;
}

/* Features of gazetteers, dictionaries and document statistics. */
static guint
lexicon_features (const BylineTaggerLexicon *lex,
                  const BylineTokenInfo     *info,
                  guint                      n,
                  guint                      i,
                  guint32                   *out)
{
  const BylineTokenInfo *ti = &info[i];
  const guint16 dict_mask = BYLINE_GAZ_FIRST | BYLINE_GAZ_SURNAME | BYLINE_GAZ_WORD | BYLINE_GAZ_PROPER
                            | BYLINE_GAZ_COMMON;
  guint64 capctx = ti->cap | (guint64) ti->ctx << 4;
  guint k = 0;

  for (guint t = 0; t < 4; t++)
    if (ti->span[t])
      {
        out[k++] = feature (lex, F_SPAN, t << 2 | ti->span[t]);
        out[k++] = feature (lex, F_SPAN_CAP, (t << 2 | ti->span[t]) | capctx << 8);
      }
  out[k++] = feature (lex, F_DICT, (ti->dict & dict_mask) | capctx << 16);
  if (ti->dict & BYLINE_GAZ_HAND)
    out[k++] = feature (lex, F_HAND, (ti->dict & BYLINE_GAZ_TYPES) | (guint64) ti->cap << 8);
  out[k++] = feature (lex, F_DICT_M1, i > 0 ? (info[i - 1].dict & dict_mask) | info[i - 1].cap << 16 : 1);
  out[k++] = feature (lex, F_DICT_P1, i + 1 < n ? (info[i + 1].dict & dict_mask) | info[i + 1].cap << 16 : 1);
  out[k++] = feature (lex, F_SPAN_NEAR, span_bits (info, n, (gint64) i - 1) | span_bits (info, n, i + 1) << 8);
  if (BYLINE_GAZ_CLASS (ti->dict))
    out[k++] = feature (lex, F_CLASS, BYLINE_GAZ_CLASS (ti->dict) | ti->cap << 4);
  if (i + 1 < n && BYLINE_GAZ_CLASS (info[i + 1].dict))
    out[k++] = feature (lex, F_CLASS_P1, BYLINE_GAZ_CLASS (info[i + 1].dict)
                        | info[i + 1].cap << 4 | ti->cap << 8);
  if (ti->run_pos)
    {
      out[k++] = feature (lex, F_RUN, ti->run_pos | ti->run_len << 4 | ti->ctx << 8);
      out[k++] = feature (lex, F_RUN_CLASS, ti->run_class | ti->run_pos << 4 | ti->run_len << 8);
      if (ti->run_len > 1)
        out[k++] = feature (lex, F_RUN_HEAD, ti->h_run_head * 7 + ti->run_pos);
    }
  if (ti->docf)
    {
      guint docf = 0x80 | (ti->docf & (BYLINE_DOC_SEEN_LOWER | BYLINE_DOC_SEEN_CAP_MID));

      out[k++] = feature (lex, F_DOC, docf | capctx << 8 | (guint64) (ti->dict & BYLINE_GAZ_WORD) << 16);
      if (ti->ctx != 0)
        out[k++] = feature (lex, F_DOC_WORD, ti->h_lower ^ docf);
      if (is_name_like (ti))
        out[k++] = feature (lex, F_DOC_USE, (ti->docf & 0xfc) | capctx << 8);
    }
  return k;
}

static inline guint64
class_at (const BylineTokenInfo *info,
          guint                  n,
          gint64                 j)
{
  if (j < 0 || j >= n)
    return 1u << 25;
  return BYLINE_CLUS_MID (info[j].clus) | (info[j].clus & BYLINE_CLUS_FOUND);
}

/* Distributional word classes of the token and its neighbours. */
static guint
class_features (const BylineTaggerLexicon *lex,
                const BylineTokenInfo     *info,
                guint                      n,
                guint                      i,
                guint32                   *out)
{
  const BylineTokenInfo *ti = &info[i];
  guint k = 0;

  out[k++] = feature (lex, F_CLUS_M1, class_at (info, n, (gint64) i - 1));
  out[k++] = feature (lex, F_CLUS_P1, class_at (info, n, (gint64) i + 1));
  out[k++] = feature (lex, F_CLUS_BI_M1, class_at (info, n, (gint64) i - 1) << 26 | class_at (info, n, i));
  out[k++] = feature (lex, F_CLUS_BI_P1, class_at (info, n, i) << 26 | class_at (info, n, (gint64) i + 1));
  if (!ti->clus)
    return k;
  out[k++] = feature (lex, F_CLUS_COARSE, BYLINE_CLUS_COARSE (ti->clus));
  out[k++] = feature (lex, F_CLUS_MID, BYLINE_CLUS_MID (ti->clus));
  out[k++] = feature (lex, F_CLUS_FINE, BYLINE_CLUS_FINE (ti->clus));
  out[k++] = feature (lex, F_CLUS_CAP, BYLINE_CLUS_MID (ti->clus) | ti->cap << 8 | ti->ctx << 12);
  return k;
}

guint
byline_tagger_features (const BylineTaggerLexicon *lex,
                        const BylineTaggerToken   *tokens,
                        const BylineTokenInfo     *info,
                        guint                      n,
                        guint                      i,
                        guint32                   *out)
{
  const BylineTokenInfo *ti = &info[i];
  gint64 j = i;
  guint k = 0;

  out[k++] = feature (lex, F_BIAS, 0);
  out[k++] = feature (lex, F_WORD, ti->h_word);
  out[k++] = feature (lex, F_LOWER, ti->h_lower);
  out[k++] = feature (lex, F_SHAPE, shape_at (info, n, j));
  out[k++] = feature (lex, F_CAP_CTX, ti->cap | ti->ctx << 4 | (i == 0) << 8);
  out[k++] = feature (lex, F_LEN, ti->len | ti->cap << 4);
  if (ti->ctx >= 2)
    out[k++] = feature (lex, F_LOWER_CTX, ti->h_lower ^ ti->ctx);
  k += affix_features (lex, &tokens[i], ti, out + k);
  out[k++] = feature (lex, F_LOWER_M1, lower_at (info, n, j - 1));
  out[k++] = feature (lex, F_LOWER_M2, lower_at (info, n, j - 2));
  out[k++] = feature (lex, F_LOWER_P1, lower_at (info, n, j + 1));
  out[k++] = feature (lex, F_LOWER_P2, lower_at (info, n, j + 2));
  out[k++] = feature (lex, F_BIGRAM_M1, lower_at (info, n, j - 1) * 31 ^ ti->h_lower);
  out[k++] = feature (lex, F_BIGRAM_P1, ti->h_lower * 31 ^ lower_at (info, n, j + 1));
  out[k++] = feature (lex, F_SHAPE_M1, shape_at (info, n, j - 1) * 31 ^ shape_at (info, n, j));
  out[k++] = feature (lex, F_SHAPE_P1, shape_at (info, n, j) * 31 ^ shape_at (info, n, j + 1));
  out[k++] = feature (lex, F_SHAPE_3, (shape_at (info, n, j - 1) * 31 ^ shape_at (info, n, j)) * 31
                      ^ shape_at (info, n, j + 1));
  out[k++] = feature (lex, F_CAP_3, (j > 0 ? info[j - 1].cap : 15) | ti->cap << 4
                      | (j + 1 < n ? info[j + 1].cap : 15) << 8 | ti->ctx << 12);
  k += lexicon_features (lex, info, n, i, out + k);
  k += class_features (lex, info, n, i, out + k);
  g_assert (k <= BYLINE_TAGGER_MAX_FEATURES);
  return k;
}

gboolean
byline_tagger_transition_ok (int prev,
                             int tag)
{
  /* I-X only continues B-X or I-X; prev == BYLINE_N_TAGS is the sentence start. */
  if (tag == BYLINE_TAG_O || (tag & 1) == 1)
    return TRUE;
  return prev != BYLINE_N_TAGS && prev != BYLINE_TAG_O && (prev + 1) / 2 == tag / 2;
}
