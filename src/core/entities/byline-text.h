/* entities/byline-text.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "byline-article.h"
#include "entities/byline-tagger.h"

G_BEGIN_DECLS

/* The text layer: words, punctuation and sentences over a document's
 * source bytes, Markdown syntax, code, URLs, HTML and the article's
 * ignored ranges left out. Private to libbyline-core. */

typedef enum
{
  BYLINE_TEXT_WORD,        /* letters or digits: "Jae-yong", "U.S.", "Mr.", "2015" */
  BYLINE_TEXT_PUNCT,       /* one mark: "," "(" "." "—" */
  BYLINE_TEXT_QUOTE,       /* a quote mark, double or single, see BylineTextQuoteFlags */
  BYLINE_TEXT_POSSESSIVE,  /* the 's split off a name */
  BYLINE_TEXT_CLITIC,      /* the other clitics split off a word: 'm 've 're 'll 'd n't */
} BylineTextKind;

/* Token flags beyond the tagger's BylineTokenFlags (bits 0-2). */
typedef enum
{
  BYLINE_TEXT_NEWLINE_BEFORE = 1 << 4,  /* a line break separates it from the token before */
  BYLINE_TEXT_SPACE_BEFORE   = 1 << 5,  /* white space (or skipped syntax with space) before */
  BYLINE_TEXT_ABBREVIATION   = 1 << 6,  /* a word with its full stop: "Mr.", "U.S.", "J." */
  BYLINE_TEXT_QUOTE_DOUBLE   = 1 << 7,  /* quote mark: “ ” " « » „ */
  BYLINE_TEXT_QUOTE_OPEN     = 1 << 8,  /* may open a quote (by shape or by context) */
  BYLINE_TEXT_QUOTE_CLOSE    = 1 << 9,  /* may close a quote */
  BYLINE_TEXT_DATELINE       = 1 << 10, /* part of a dateline such as "SEOUL, Nov 3 (Reuters) -" */
} BylineTextFlags;

typedef struct
{
  gsize   start;   /* byte offset into the source */
  guint   len;     /* bytes */
  guint   block;   /* index into the blocks */
  guint16 flags;   /* BylineTokenFlags | BylineTextFlags */
  guint8  kind;    /* BylineTextKind */
} BylineTextToken;

typedef enum
{
  BYLINE_TEXT_BLOCK_PARAGRAPH,
  BYLINE_TEXT_BLOCK_HEADING,    /* a Markdown heading, the title, or a title-case line */
  BYLINE_TEXT_BLOCK_QUOTED,     /* a paragraph inside a Markdown block quote */
} BylineTextBlockKind;

typedef struct
{
  BylineSpan span;         /* the block's source range */
  guint      first_token;
  guint      n_tokens;
  guint      kind;         /* BylineTextBlockKind */
} BylineTextBlock;

typedef struct
{
  guint first_token;
  guint n_tokens;
} BylineTextSentence;

typedef struct
{
  const char *source;      /* not owned */
  gsize       len;
  GArray     *tokens;      /* BylineTextToken, in source order */
  GArray     *sentences;   /* BylineTextSentence, in source order, covering every token */
  GArray     *blocks;      /* BylineTextBlock, in source order */
} BylineText;

/**
 * byline_text_new:
 * @source: the document, valid UTF-8; not copied, must outlive the result
 * @len: its length in bytes
 * @article: (nullable): its title and ignored ranges
 *
 * Splits @source into blocks, tokens and sentences. Pure and thread-safe;
 * linear in @len.
 *
 * Returns: (transfer full): the text layer; free with byline_text_free()
 */
BylineText *byline_text_new             (const char          *source,
                                         gsize                len,
                                         const BylineArticle *article);
void        byline_text_free            (BylineText          *text);

/**
 * byline_text_tagger_tokens:
 * @sentence: index of a sentence
 * @out: (out caller-allocates): room for the sentence's n_tokens tokens
 *
 * Fills @out with the sentence as the tagger reads it: curly quotes as
 * `"`, a possessive as `'s`.
 */
void        byline_text_tagger_tokens   (const BylineText    *text,
                                         guint                sentence,
                                         BylineTaggerToken   *out);

/**
 * byline_text_token_at:
 * @offset: a byte offset into the source
 *
 * Returns: the index of the first token that ends after @offset, or the
 *   number of tokens when none does
 */
guint       byline_text_token_at        (const BylineText    *text,
                                         gsize                offset);

/**
 * byline_text_join:
 * @first: first token
 * @n: number of tokens
 *
 * Returns: (transfer full): the tokens' text as a reader sees it, one space
 *   wherever the source has white space between two tokens
 */
char       *byline_text_join            (const BylineText    *text,
                                         guint                first,
                                         guint                n);

/**
 * byline_text_get_token:
 * Returns: (transfer none): token @i
 */
const BylineTextToken *byline_text_get_token (const BylineText *text,
                                              guint             i);

/**
 * byline_text_token_starts_upper:
 * Returns: whether token @i starts with a capital (or title-case) letter or a digit
 */
gboolean    byline_text_token_starts_upper (const BylineText *text,
                                            guint             i);

/**
 * byline_text_token_is:
 * Returns: whether token @i is exactly @word (ASCII case-insensitive when @nocase)
 */
gboolean    byline_text_token_is        (const BylineText    *text,
                                         guint                i,
                                         const char          *word,
                                         gboolean             nocase);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineText, byline_text_free)

G_END_DECLS
