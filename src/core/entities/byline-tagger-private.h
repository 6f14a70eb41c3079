// SPDX-License-Identifier: GPL-3.0-or-later
/* byline-tagger-private.h: model layout and feature extraction, shared with the trainer
 *
 * Copyright 2025 The Byline authors
 */

#pragma once

#include "byline-tagger.h"

G_BEGIN_DECLS

/* Model file layout (all integers little-endian):
 *   0  char[8]  magic "BYLNER\0\1"
 *   8  u32      feature-set version (must equal BYLINE_TAGGER_FEATURE_VERSION)
 *  12  u32      number of tags (BYLINE_N_TAGS)
 *  16  u32      hash_bits: the weight table has 1 << hash_bits rows of BYLINE_N_TAGS
 *  20  u32      gaz_bits: the gazetteer table has 1 << gaz_bits slots
 *  24  u32      clus_bits: the word-class table has 1 << clus_bits slots
 *  28  i16      transitions[(BYLINE_N_TAGS + 1) * BYLINE_N_TAGS] (last row: start)
 *      i16      weights[(1 << hash_bits) * BYLINE_N_TAGS]
 *      u64      gazetteer slots: (key hash & ~0xffff) | flags, 0 = empty
 *      u64      word-class slots: (word hash & ~0xffffff) | classes, 0 = empty
 * The file may be gzip-compressed as a whole. */
#define BYLINE_TAGGER_MAGIC            "BYLNER\0\1"
#define BYLINE_TAGGER_HEADER_SIZE      28
#define BYLINE_TAGGER_FEATURE_VERSION  5
#define BYLINE_TAGGER_MAX_FEATURES     64
#define BYLINE_TAGGER_GAZ_MAX_TOKENS   6
#define BYLINE_TAGGER_STACK_TOKENS     256
#define BYLINE_TAGGER_N_TRANS          ((BYLINE_N_TAGS + 1) * BYLINE_N_TAGS)
#define BYLINE_TAGGER_HASH_SEED        0xcbf29ce484222325ull  /* FNV-1a offset basis */

/* Gazetteer flags: what the lower-cased token sequence is known as. */
typedef enum {
  BYLINE_GAZ_PERSON  = 1 << 0,
  BYLINE_GAZ_ORG     = 1 << 1,
  BYLINE_GAZ_PLACE   = 1 << 2,
  BYLINE_GAZ_OTHER   = 1 << 3,
  BYLINE_GAZ_FIRST   = 1 << 4,   /* given name */
  BYLINE_GAZ_SURNAME = 1 << 5,
  BYLINE_GAZ_WORD    = 1 << 6,   /* common lower-case English word */
  BYLINE_GAZ_PROPER  = 1 << 7,   /* capitalised dictionary word, untyped */
  BYLINE_GAZ_PREFIX  = 1 << 8,   /* the first tokens of a longer entry */
  BYLINE_GAZ_HAND    = 1 << 9,   /* from the hand-written list */
  BYLINE_GAZ_COMMON  = 1 << 13,  /* an acronym or capitalised word that is not a name: "AI", "CEO" */
  BYLINE_GAZ_TYPES   = 0xf,
} BylineGazFlags;

/* Bits 10-12 of the gazetteer flags: WordNet class of a common noun. */
#define BYLINE_GAZ_CLASS_SHIFT 10
#define BYLINE_GAZ_CLASS(flags) (((flags) >> BYLINE_GAZ_CLASS_SHIFT) & 0x7)
enum {
  BYLINE_NOUN_GROUP = 1, BYLINE_NOUN_PLACE, BYLINE_NOUN_PERSON, BYLINE_NOUN_ARTIFACT,
  BYLINE_NOUN_EVENT,
};

/* Word classes (data/clusters/): one 24-bit value per word as written, holding
 * the word's class in three clusterings of the same text, coarse to fine. */
#define BYLINE_CLUS_VALUE_BITS 24
#define BYLINE_CLUS_COARSE(v)  (((v) >> 18) & 0x3f)    /* of 64 classes */
#define BYLINE_CLUS_MID(v)     (((v) >> 10) & 0xff)    /* of 256 */
#define BYLINE_CLUS_FINE(v)    ((v) & 0x3ff)           /* of 1024 */
#define BYLINE_CLUS_FOUND      (1u << 24)              /* in BylineTokenInfo.clus */

/* Document statistics, per lower-cased word. */
typedef enum {
  BYLINE_DOC_SEEN_LOWER   = 1 << 0,  /* written in lower case in ordinary text */
  BYLINE_DOC_SEEN_CAP_MID = 1 << 1,  /* capitalised, not at a sentence start, ordinary text */
  /* How the capitalised word is used anywhere in ordinary text: */
  BYLINE_DOC_RUN_FIRST    = 1 << 2,  /* first of several capitalised words ("Emily Chen") */
  BYLINE_DOC_RUN_LAST     = 1 << 3,  /* last of several */
  BYLINE_DOC_RUN_INSIDE   = 1 << 4,  /* between two capitalised words */
  BYLINE_DOC_ALONE        = 1 << 5,  /* alone, not at a sentence start */
  BYLINE_DOC_POSSESSIVE   = 1 << 6,  /* followed by 's */
  BYLINE_DOC_AFTER_THE    = 1 << 7,  /* preceded by "the" */
} BylineDocFlags;

/* What feature extraction needs: the gazetteer table and the weight-table size. */
typedef struct {
  const guint64 *gaz;
  guint32        gaz_mask;
  guint32        feature_mask;
  guint16        gaz_ignore;    /* flags to hide (the trainer's gazetteer dropout); 0 */
  const guint64 *clus;          /* word classes, NULL for none */
  guint32        clus_mask;
} BylineTaggerLexicon;

struct _BylineTagger {
  BylineTaggerLexicon lex;
  guint32             hash_bits;
  gint16              trans[BYLINE_TAGGER_N_TRANS];
  /* The tables point into @storage where the model file's bytes can be
   * used as they are (a little-endian host, aligned data: the model built
   * into the program is then never copied); else they are owned copies. */
  const gint16       *weights;
  const guint64      *gaz;
  const guint64      *clus;
  GBytes             *storage;
  gpointer            owned[3];
};

/* Per-token facts computed once per sentence, before the features. */
typedef struct {
  guint64 h_word;
  guint64 h_lower;
  guint32 shape;
  guint16 dict;       /* BylineGazFlags of the token alone */
  guint8  cap;        /* BylineCapClass */
  guint8  ctx;        /* 0 mid-sentence, 1 sentence start, 2 headline, 3 capitals line */
  guint8  span[4];    /* per type: 0 none, 1 begins a match, 2 inside, 3 whole match */
  guint16 docf;       /* 0x100 | BylineDocFlags, 0 without a document */
  guint8  len;        /* length bucket */
  guint8  run_pos;    /* in a run of capitalised words: 0 no, 1 first, 2 inside, 3 last, 4 alone */
  guint8  run_len;    /* run length, at most 4 */
  guint8  run_class;  /* noun class of the run's last word */
  guint64 h_run_head; /* lower-case hash of the run's last word */
  guint32 clus;       /* BYLINE_CLUS_FOUND | classes, or 0 for a word without a class */
} BylineTokenInfo;

guint64  byline_tagger_hash_bytes     (guint64                    seed,
                                       const char                *s,
                                       gsize                      len);
guint64  byline_tagger_hash_lower     (guint64                    seed,
                                       const char                *s,
                                       gsize                      len);
guint16  byline_tagger_gaz_lookup     (const BylineTaggerLexicon *lex,
                                       guint64                    key);
guint32  byline_tagger_clus_lookup    (const BylineTaggerLexicon *lex,
                                       guint64                    key);
guint64  byline_tagger_gaz_key        (const char                *name,
                                       gsize                      len);
void     byline_tagger_analyse        (const BylineTaggerLexicon *lex,
                                       const BylineTaggerDoc     *doc,
                                       const BylineTaggerToken   *tokens,
                                       guint                      n,
                                       BylineTokenInfo           *info);
guint    byline_tagger_features       (const BylineTaggerLexicon *lex,
                                       const BylineTaggerToken   *tokens,
                                       const BylineTokenInfo     *info,
                                       guint                      n,
                                       guint                      i,
                                       guint32                   *out);
gboolean byline_tagger_transition_ok  (int                        prev,
                                       int                        tag);
void     byline_tagger_viterbi        (const float               *emit,
                                       const float               *trans,
                                       const guint16             *allowed,
                                       guint                      n,
                                       float                     *score,
                                       guint8                    *back,
                                       BylineTag                 *out_tags);

G_END_DECLS
