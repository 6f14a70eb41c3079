// SPDX-License-Identifier: GPL-3.0-or-later
/* tagger-corpus.h: reading the NER corpora (token<TAB>tag) and scoring spans,
 * shared by the trainer and tests/eval/eval-ner
 *
 * Copyright 2025 The Byline authors
 */

#pragma once

#include "byline-tagger.h"

G_BEGIN_DECLS

/* A deterministic document-level split for corpora without their own test file:
 * document k (0-based, in file order) is "test" when k % 5 == 4, "dev" when
 * k % 5 == 3, "train" otherwise. "all" keeps every document. */
typedef enum {
  CORPUS_SPLIT_ALL,
  CORPUS_SPLIT_TRAIN,
  CORPUS_SPLIT_DEV,
  CORPUS_SPLIT_TEST,
} CorpusSplit;

typedef struct {
  BylineTaggerToken *tokens;
  guint8            *gold;     /* BylineTag per token */
  guint              n;
  guint              doc;      /* document number, unique within the corpus */
  float              weight;   /* training weight of the file */
  gboolean           partial_other;  /* OTHER not annotated: O may hide OTHER */
} CorpusSentence;

typedef struct {
  GPtrArray    *buffers;       /* file contents the tokens point into */
  GStringChunk *strings;       /* text of made-up tokens (augmentation) */
  GArray       *sentences;     /* CorpusSentence */
  guint         n_docs;
} Corpus;

/* A file spec: PATH[:SPLIT][:weight=W][:other=drop|partial], e.g. "wikigold.tsv:test". */
typedef struct {
  char        *path;
  CorpusSplit  split;
  float        weight;
  gboolean     drop_other;     /* map OTHER to O (for partial OTHER annotation) */
  gboolean     partial_other;  /* corpus does not annotate OTHER: train with O = O or OTHER */
} CorpusSpec;

gboolean corpus_spec_parse        (const char       *text,
                                   CorpusSpec       *spec,
                                   GError          **error);
void     corpus_spec_clear        (CorpusSpec       *spec);
Corpus  *corpus_new               (void);
void     corpus_free              (Corpus           *corpus);
gboolean corpus_load              (Corpus           *corpus,
                                   const CorpusSpec *spec,
                                   GError          **error);

/* Strict typed span scoring. */
typedef struct {
  guint tp[5], fp[5], fn[5];   /* per type (1..4 = PERSON ORG PLACE OTHER), [0] = all */
} SpanScore;

void     span_score_add           (SpanScore        *score,
                                   const guint8     *gold,
                                   const guint8     *pred,
                                   guint             n);
double   span_score_f1            (const SpanScore  *score,
                                   guint             type,
                                   double           *precision,
                                   double           *recall);
void     span_score_print         (const SpanScore  *score,
                                   const char       *label,
                                   FILE             *out);

/* Tags every sentence of @corpus with @tagger (document statistics per document). */
void     corpus_tag_all           (const Corpus       *corpus,
                                   const BylineTagger *tagger,
                                   guint8             *pred);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Corpus, corpus_free)

G_END_DECLS
