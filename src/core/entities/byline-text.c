/* entities/byline-text.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-text"

#include <string.h>
#include <cmark.h>

#include "byline-markdown.h"
#include "entities/byline-text-private.h"

/* Blocks come from cmark's tree (its source positions give each leaf
 * block's byte range); tokens from the inline scanner over those bytes;
 * sentences from the tokens. Plain text parses as Markdown paragraphs. */

typedef struct
{
  BylineText            *text;
  const BylineArticle   *article;
  const BylineLineIndex *lines;
} Builder;

static gboolean
span_is_ignored (const BylineArticle *article,
                 gsize                start,
                 gsize                end)
{
  if (article == NULL)
    return FALSE;
  for (guint i = 0; i < article->ignored->len; i++)
    {
      const BylineSpan *span = &g_array_index (article->ignored, BylineSpan, i);

      if (span->start <= start && end <= span->end + 1)
        return TRUE;
    }
  return FALSE;
}

/* Indented code in a plain-text file is often just an indented paragraph. */
static gboolean
looks_like_prose (const char *text,
                  gsize       start,
                  gsize       end)
{
  gsize letters = 0, stops = 0;

  for (gsize i = start; i < end; i++)
    {
      guchar c = text[i];

      if (strchr ("{};=<>$#|\\", c) != NULL && c != '\0')
        return FALSE;
      letters += g_ascii_isalpha (c) || c == ' ' || c >= 0x80;
      stops += c == '.' && i + 1 < end && (text[i + 1] == ' ' || text[i + 1] == '\n');
    }
  return end > start && stops > 0 && letters * 10 >= (end - start) * 8;
}

static BylineSpan
node_span (const Builder *b,
           cmark_node    *node)
{
  BylineSpan span;

  span.start = byline_line_index_offset (b->lines, cmark_node_get_start_line (node),
                                         cmark_node_get_start_column (node));
  span.end = byline_line_index_offset (b->lines, cmark_node_get_end_line (node),
                                       cmark_node_get_end_column (node)) + 1;
  span.end = MIN (span.end, byline_line_index_line_end (b->lines, cmark_node_get_end_line (node)));
  span.end = MIN (span.end, b->text->len);
  if (span.end < span.start)
    span.end = span.start;
  return span;
}

/* A single line of capitalised words without a full stop reads as a headline. */
static gboolean
is_title_case_line (const BylineText *text,
                    const BylineTextBlock *block)
{
  guint words = 0, capitalised = 0;
  const BylineTextToken *last;

  if (block->n_tokens < 2 || block->n_tokens > 30 || byline_text_token_is (text, block->first_token, "By", FALSE)
      || memchr (text->source + block->span.start, '\n', block->span.end - block->span.start) != NULL)
    return FALSE;
  last = byline_text_get_token (text, block->first_token + block->n_tokens - 1);
  if (last->kind != BYLINE_TEXT_WORD || (last->flags & BYLINE_TEXT_ABBREVIATION))
    return FALSE;
  for (guint i = 0; i < block->n_tokens; i++)
    {
      const BylineTextToken *t = byline_text_get_token (text, block->first_token + i);

      if (t->kind != BYLINE_TEXT_WORD || t->len < 4)
        continue;
      words++;
      capitalised += !g_unichar_islower (g_utf8_get_char (text->source + t->start));
    }
  return words >= 2 && capitalised == words;
}

/* Drops the tokens of @block that fall in the article's ignored ranges. */
static void
drop_ignored_tokens (Builder *b,
                     guint    first)
{
  GArray *tokens = b->text->tokens;
  guint kept = first;

  if (b->article == NULL || b->article->ignored->len == 0)
    return;
  for (guint i = first; i < tokens->len; i++)
    {
      const BylineTextToken *t = &g_array_index (tokens, BylineTextToken, i);

      if (!byline_article_is_ignored (b->article, t->start))
        g_array_index (tokens, BylineTextToken, kept++) = *t;
    }
  g_array_set_size (tokens, kept);
}

/* Front matter's title and author are what a reader sees as the headline
 * and the byline; nothing else in it is article text. */
#define BYLINE_SCAN_FRONT_MATTER (1u << 15)

static void
add_block (Builder    *b,
           BylineSpan  span,
           guint       kind,
           guint       scan_flags)
{
  BylineText *text = b->text;
  BylineTextBlock block = { span, text->tokens->len, 0, kind };
  guint index = text->blocks->len;
  const BylineArticle *article = b->article;
  gboolean front_matter = (scan_flags & BYLINE_SCAN_FRONT_MATTER) != 0;

  scan_flags &= ~BYLINE_SCAN_FRONT_MATTER;
  if (span.end <= span.start || (!front_matter && span_is_ignored (article, span.start, span.end)))
    return;
  if (article != NULL && article->title != NULL && article->title_span.start >= span.start
      && article->title_span.start < span.end)
    block.kind = BYLINE_TEXT_BLOCK_HEADING;
  if (block.kind == BYLINE_TEXT_BLOCK_HEADING)
    scan_flags |= BYLINE_SCAN_HEADING;

  byline_text_scan_block (text, span.start, span.end, index, scan_flags);
  if (!front_matter)
    drop_ignored_tokens (b, block.first_token);
  block.n_tokens = text->tokens->len - block.first_token;
  if (block.n_tokens == 0)
    return;
  /* A byline is a short capitalised line too, but not a headline. */
  if (block.kind == BYLINE_TEXT_BLOCK_PARAGRAPH && is_title_case_line (text, &block)
      && !(article != NULL && article->author_span.start >= span.start && article->author_span.start < span.end))
    block.kind = BYLINE_TEXT_BLOCK_HEADING;
  g_array_append_val (text->blocks, block);
  byline_text_split_sentences (text, index);
}

static void
add_leaf (Builder    *b,
          cmark_node *node,
          guint       quote_depth)
{
  BylineSpan span = node_span (b, node);
  guint kind = quote_depth > 0 ? BYLINE_TEXT_BLOCK_QUOTED : BYLINE_TEXT_BLOCK_PARAGRAPH;
  guint flags = quote_depth > 0 ? BYLINE_SCAN_QUOTED : 0;

  switch (cmark_node_get_type (node))
    {
    case CMARK_NODE_PARAGRAPH:
      add_block (b, span, kind, flags);
      break;
    case CMARK_NODE_HEADING:
      add_block (b, span, BYLINE_TEXT_BLOCK_HEADING, flags | BYLINE_SCAN_HEADING);
      break;
    case CMARK_NODE_CODE_BLOCK:
      if (span.end > span.start && b->text->source[span.start] != '`'
          && b->text->source[span.start] != '~'
          && looks_like_prose (b->text->source, span.start, span.end))
        add_block (b, span, kind, flags);
      break;
    default:
      break;  /* HTML blocks, thematic breaks: not article text */
    }
}

/* The title and author lines of front matter, in source order. */
static void
add_front_matter (Builder *b)
{
  const BylineArticle *a = b->article;
  BylineSpan spans[2];
  guint kinds[2];
  guint n = 0;

  if (a == NULL)
    return;
  if (a->title != NULL && a->title_span.end > a->title_span.start
      && span_is_ignored (a, a->title_span.start, a->title_span.end))
    spans[n] = a->title_span, kinds[n++] = BYLINE_TEXT_BLOCK_HEADING;
  if (a->author != NULL && a->author_span.end > a->author_span.start
      && span_is_ignored (a, a->author_span.start, a->author_span.end))
    spans[n] = a->author_span, kinds[n++] = BYLINE_TEXT_BLOCK_PARAGRAPH;
  if (n == 2 && spans[1].start < spans[0].start)
    {
      BylineSpan s = spans[0];
      guint k = kinds[0];

      spans[0] = spans[1], kinds[0] = kinds[1];
      spans[1] = s, kinds[1] = k;
    }
  for (guint i = 0; i < n; i++)
    add_block (b, spans[i], kinds[i], BYLINE_SCAN_FRONT_MATTER
               | (kinds[i] == BYLINE_TEXT_BLOCK_HEADING ? BYLINE_SCAN_HEADING : 0));
}

/* Walks the block tree without recursion, so deep nesting costs no stack. */
static void
collect_blocks (Builder    *b,
                cmark_node *root)
{
  cmark_node *node = cmark_node_first_child (root);
  guint quote_depth = 0;

  while (node != NULL)
    {
      cmark_node *child = cmark_node_first_child (node);

      if (child != NULL && cmark_node_get_type (node) != CMARK_NODE_PARAGRAPH
          && cmark_node_get_type (node) != CMARK_NODE_HEADING)
        {
          quote_depth += cmark_node_get_type (node) == CMARK_NODE_BLOCK_QUOTE;
          node = child;
          continue;
        }
      add_leaf (b, node, quote_depth);
      while (node != NULL && cmark_node_next (node) == NULL)
        {
          node = cmark_node_parent (node);
          if (node == root)
            node = NULL;
          else if (node != NULL)
            quote_depth -= cmark_node_get_type (node) == CMARK_NODE_BLOCK_QUOTE;
        }
      if (node != NULL)
        node = cmark_node_next (node);
    }
}

BylineText *
byline_text_new (const char          *source,
                 gsize                len,
                 const BylineArticle *article)
{
  BylineText *text = g_new0 (BylineText, 1);
  g_autoptr(BylineLineIndex) lines = NULL;
  g_autoptr(cmark_node) root = NULL;
  Builder b = { text, article, NULL };

  text->source = source;
  text->len = len;
  text->tokens = g_array_sized_new (FALSE, FALSE, sizeof (BylineTextToken), len / 6 + 16);
  text->sentences = g_array_new (FALSE, FALSE, sizeof (BylineTextSentence));
  text->blocks = g_array_new (FALSE, FALSE, sizeof (BylineTextBlock));
  if (len == 0)
    return text;

  lines = byline_line_index_new (source, len);
  b.lines = lines;
  root = cmark_parse_document (source, len, BYLINE_MARKDOWN_OPTIONS);
  add_front_matter (&b);
  collect_blocks (&b, root);
  return text;
}

void
byline_text_free (BylineText *text)
{
  if (text == NULL)
    return;
  g_array_unref (text->tokens);
  g_array_unref (text->sentences);
  g_array_unref (text->blocks);
  g_free (text);
}

const BylineTextToken *
byline_text_get_token (const BylineText *text,
                       guint             i)
{
  return &g_array_index (text->tokens, BylineTextToken, i);
}

/* "’ve" as "'ve", "n’t" as "n't": the corpora write a straight apostrophe. */
static void
normalise_clitic (const BylineText      *text,
                  const BylineTextToken *t,
                  BylineTaggerToken     *out)
{
  static const char * const forms[] = { "'s", "'m", "'d", "'ve", "'re", "'ll", NULL };
  const char *s = text->source + t->start;

  if (t->len < 4 || memcmp (s + (s[0] == '\'' ? 0 : (s[0] == 'n' || s[0] == 'N')), "\xe2\x80\x99", 3) != 0)
    return;
  if (s[0] == 'n' || s[0] == 'N')
    {
      out->text = "n't";
      out->len = 3;
      return;
    }
  for (guint k = 0; forms[k] != NULL; k++)
    if (strlen (forms[k]) == t->len - 2 && g_ascii_strncasecmp (forms[k] + 1, s + 3, t->len - 3) == 0)
      {
        out->text = forms[k];
        out->len = t->len - 2;
      }
}

void
byline_text_tagger_tokens (const BylineText  *text,
                           guint              sentence,
                           BylineTaggerToken *out)
{
  const BylineTextSentence *s = &g_array_index (text->sentences, BylineTextSentence, sentence);

  for (guint i = 0; i < s->n_tokens; i++)
    {
      const BylineTextToken *t = byline_text_get_token (text, s->first_token + i);

      out[i].text = text->source + t->start;
      out[i].len = t->len;
      out[i].flags = t->flags & (BYLINE_TOKEN_HEADLINE | BYLINE_TOKEN_SENTENCE_START
                                 | BYLINE_TOKEN_ALL_CAPS_LINE);
      /* The training corpora write straight marks and a separate 's. */
      if (t->kind == BYLINE_TEXT_QUOTE)
        {
          out[i].text = (t->flags & BYLINE_TEXT_QUOTE_DOUBLE) ? "\"" : "'";
          out[i].len = 1;
        }
      else if (t->kind == BYLINE_TEXT_POSSESSIVE || t->kind == BYLINE_TEXT_CLITIC)
        normalise_clitic (text, t, &out[i]);
    }
}

guint
byline_text_token_at (const BylineText *text,
                      gsize             offset)
{
  guint lo = 0, hi = text->tokens->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const BylineTextToken *t = byline_text_get_token (text, mid);

      if (t->start + t->len <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

char *
byline_text_join (const BylineText *text,
                  guint             first,
                  guint             n)
{
  GString *out = g_string_new (NULL);

  for (guint i = first; i < first + n && i < text->tokens->len; i++)
    {
      const BylineTextToken *t = byline_text_get_token (text, i);

      if (i > first && (t->flags & BYLINE_TEXT_SPACE_BEFORE))
        g_string_append_c (out, ' ');
      g_string_append_len (out, text->source + t->start, t->len);
    }
  return g_string_free (out, FALSE);
}

gboolean
byline_text_token_starts_upper (const BylineText *text,
                                guint             i)
{
  const char *s = text->source + byline_text_get_token (text, i)->start;
  gunichar c;

  /* Most words are ASCII: no need to decode them. */
  if ((guchar) *s < 0x80)
    return g_ascii_isupper (*s) || g_ascii_isdigit (*s);
  c = g_utf8_get_char (s);
  return g_unichar_isupper (c) || g_unichar_istitle (c) || g_unichar_isdigit (c);
}

gboolean
byline_text_token_is (const BylineText *text,
                      guint             i,
                      const char       *word,
                      gboolean          nocase)
{
  const BylineTextToken *t;
  gsize n = strlen (word);

  if (i >= text->tokens->len)
    return FALSE;
  t = byline_text_get_token (text, i);
  if (t->len != n)
    return FALSE;
  return nocase ? g_ascii_strncasecmp (text->source + t->start, word, n) == 0
                : memcmp (text->source + t->start, word, n) == 0;
}
