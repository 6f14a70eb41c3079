// SPDX-License-Identifier: GPL-3.0-or-later
/* byline-tagger.h: statistical named-entity tagger (averaged perceptron, BIO, Viterbi)
 *
 * Copyright 2025 The Byline authors
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * BylineTag:
 *
 * BIO tags over the four entity types. An `I_` tag only ever follows a `B_` or
 * `I_` tag of the same type in the tagger's output.
 */
typedef enum {
  BYLINE_TAG_O = 0,
  BYLINE_TAG_B_PERSON, BYLINE_TAG_I_PERSON,
  BYLINE_TAG_B_ORG,    BYLINE_TAG_I_ORG,
  BYLINE_TAG_B_PLACE,  BYLINE_TAG_I_PLACE,
  BYLINE_TAG_B_OTHER,  BYLINE_TAG_I_OTHER,
  BYLINE_N_TAGS
} BylineTag;

/**
 * BylineTokenFlags:
 * @BYLINE_TOKEN_HEADLINE: the token is in a title or heading line (title case everywhere)
 * @BYLINE_TOKEN_SENTENCE_START: the first word of a sentence (the first token that
 *   starts with a letter or digit; an opening quote mark before it does not count)
 * @BYLINE_TOKEN_ALL_CAPS_LINE: the line is written in capitals
 */
typedef enum {
  BYLINE_TOKEN_HEADLINE       = 1 << 0,
  BYLINE_TOKEN_SENTENCE_START = 1 << 1,
  BYLINE_TOKEN_ALL_CAPS_LINE  = 1 << 2,
} BylineTokenFlags;

/**
 * BylineTaggerToken:
 * @text: UTF-8, not NUL-terminated
 * @len: length of @text in bytes
 * @flags: #BylineTokenFlags
 *
 * One token as the tagger expects it: words, numbers and punctuation marks are
 * separate tokens (Penn Treebank style, as in the training corpora: `U.S.` and
 * `Jae-yong` stay whole, `,` `"` `(` are tokens of their own), and a possessive
 * `'s` is split off (or dropped) by the caller.
 */
typedef struct {
  const char *text;
  guint       len;
  guint       flags;
} BylineTaggerToken;

typedef struct _BylineTagger    BylineTagger;
typedef struct _BylineTaggerDoc BylineTaggerDoc;

/**
 * byline_tagger_doc_new:
 *
 * Creates empty document statistics. Feed every sentence of the document with
 * byline_tagger_doc_add_sentence() before tagging any of them: the tagger then
 * knows which words the document also writes in lower case, or capitalised in
 * the middle of a sentence. A #BylineTaggerDoc is not thread-safe while it is
 * being filled; once filled it is only read and may be shared.
 *
 * Returns: (transfer full): a new #BylineTaggerDoc, free with byline_tagger_doc_free()
 */
BylineTaggerDoc *byline_tagger_doc_new          (void);

/**
 * byline_tagger_doc_add_sentence:
 * @doc: a #BylineTaggerDoc
 * @tokens: (array length=n): the sentence's tokens
 * @n: number of tokens
 *
 * Records the sentence's words in @doc. Tokens are not kept: only hashes are.
 */
void             byline_tagger_doc_add_sentence (BylineTaggerDoc         *doc,
                                                 const BylineTaggerToken *tokens,
                                                 guint                    n);

/**
 * byline_tagger_doc_free:
 * @doc: (nullable): a #BylineTaggerDoc
 */
void             byline_tagger_doc_free         (BylineTaggerDoc         *doc);

/**
 * byline_tagger_get_default:
 * @error: return location for a #GError
 *
 * Loads the model shipped in the GResource
 * `/io/github/bylineeditor/Byline/model/byline-ner.bin` once per process, or the
 * file named by the environment variable `BYLINE_MODEL_PATH` when it is set (gzip
 * or raw). Thread-safe. A failure is remembered and reported again on later calls.
 *
 * Returns: (transfer none) (nullable): the shared tagger, or %NULL with @error set
 */
BylineTagger    *byline_tagger_get_default      (GError                 **error);

/**
 * byline_tagger_new_from_bytes:
 * @model: the model file's contents, raw or gzip-compressed
 * @error: return location for a #GError
 *
 * Parses a model. Bad, truncated or oversized input gives %NULL and an error in
 * the `byline-tagger-error` domain (or %G_IO_ERROR from decompression); it never
 * aborts. The returned tagger is immutable and may be used from any thread.
 *
 * Returns: (transfer full) (nullable): a new tagger, free with byline_tagger_free()
 */
BylineTagger    *byline_tagger_new_from_bytes   (GBytes                  *model,
                                                 GError                 **error);

/**
 * byline_tagger_free:
 * @tagger: (nullable): a tagger from byline_tagger_new_from_bytes()
 *
 * Never call this on the tagger returned by byline_tagger_get_default().
 */
void             byline_tagger_free             (BylineTagger            *tagger);

/**
 * byline_tagger_tag_sentence:
 * @tagger: a #BylineTagger
 * @doc: (nullable): statistics of the document the sentence belongs to
 * @tokens: (array length=n): the sentence's tokens
 * @n: number of tokens
 * @out_tags: (array length=n) (out caller-allocates): the tags, one per token
 *
 * Tags one sentence with the most likely BIO sequence. Does not allocate for
 * sentences of up to 256 tokens. Thread-safe: @tagger and @doc are only read.
 */
void             byline_tagger_tag_sentence     (const BylineTagger      *tagger,
                                                 const BylineTaggerDoc   *doc,
                                                 const BylineTaggerToken *tokens,
                                                 guint                    n,
                                                 BylineTag               *out_tags);

/**
 * byline_tag_get_type_name:
 * @tag: a #BylineTag
 *
 * Returns: (transfer none): "PERSON", "ORG", "PLACE", "OTHER", or %NULL for O
 */
const char      *byline_tag_get_type_name       (BylineTag                tag);

/**
 * byline_tagger_error_quark:
 *
 * Error domain of model loading. Becomes part of `BYLINE_CORE_ERROR` once the
 * core error enum exists.
 */
#define BYLINE_TAGGER_ERROR (byline_tagger_error_quark ())
GQuark           byline_tagger_error_quark      (void);

typedef enum {
  BYLINE_TAGGER_ERROR_INVALID_MODEL,
  BYLINE_TAGGER_ERROR_NOT_FOUND,
} BylineTaggerError;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineTagger, byline_tagger_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineTaggerDoc, byline_tagger_doc_free)

G_END_DECLS
