/* entities/byline-quote-spans.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-quotes"

#include "entities/byline-quotes-private.h"

/* Pairs quote marks into spans in one pass over the tokens. Marks of the
 * other kind (single inside double) are left alone; a stray closing mark
 * is skipped; an opening mark while a quote is open restarts it, so
 * unbalanced input never costs more than a linear scan. */

#define NONE G_MAXUINT

typedef struct
{
  const BylineText *text;
  GArray           *spans;
  gboolean          double_marks;
  gboolean          single; /* pairing single marks besides double ones */
  guint             open;   /* token of the open quote's mark, or NONE */
} Pairing;

static gboolean
is_mark (const Pairing *p,
         guint          i)
{
  const BylineTextToken *t = byline_text_get_token (p->text, i);

  return t->kind == BYLINE_TEXT_QUOTE
         && ((t->flags & BYLINE_TEXT_QUOTE_DOUBLE) != 0) == p->double_marks;
}

static gboolean
is_opening_mark (const Pairing *p,
                 guint          i)
{
  return is_mark (p, i) && (byline_text_get_token (p->text, i)->flags & BYLINE_TEXT_QUOTE_OPEN);
}

/* "the players’ union": an apostrophe after a plural, not a closing mark,
 * when a lower-case word follows. */
static gboolean
is_plural_possessive (const Pairing *p,
                      guint          i)
{
  const BylineTextToken *t = byline_text_get_token (p->text, i);
  const BylineTextToken *next;
  char before;

  if (p->double_marks || i == 0 || i + 1 >= p->text->tokens->len || (t->flags & BYLINE_TEXT_SPACE_BEFORE))
    return FALSE;
  before = p->text->source[t->start - 1];
  next = byline_text_get_token (p->text, i + 1);
  return (before == 's' || before == 'S') && next->kind == BYLINE_TEXT_WORD && next->block == t->block
         && (next->flags & BYLINE_TEXT_SPACE_BEFORE)
         && g_unichar_islower (g_utf8_get_char (p->text->source + next->start));
}

static gboolean
has_double_marks (const BylineText *text)
{
  for (guint i = 0; i < text->tokens->len; i++)
    {
      const BylineTextToken *t = byline_text_get_token (text, i);

      if (t->kind == BYLINE_TEXT_QUOTE && (t->flags & BYLINE_TEXT_QUOTE_DOUBLE))
        return TRUE;
    }
  return FALSE;
}

static void
add_span (Pairing *p,
          guint    close,
          gboolean closed)
{
  BylineQuoteSpan span = { p->open, close, closed, p->single };

  if (close > p->open)
    g_array_append_val (p->spans, span);
  p->open = NONE;
}

static void
pair_block (Pairing *p,
            guint    from,
            guint    end)
{
  for (guint i = from; i < end; i++)
    {
      guint flags;

      if (!is_mark (p, i))
        continue;
      flags = byline_text_get_token (p->text, i)->flags;
      if (p->open == NONE)
        {
          if (flags & BYLINE_TEXT_QUOTE_OPEN)
            p->open = i;
        }
      else if (is_plural_possessive (p, i))
        continue;
      else if (flags & BYLINE_TEXT_QUOTE_CLOSE)
        add_span (p, i, TRUE);
      else
        p->open = i;
    }
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const BylineQuoteSpan *sa = a;
  const BylineQuoteSpan *sb = b;

  return sa->open < sb->open ? -1 : sa->open > sb->open;
}

/* Single marks between the double quotes of each block: British-style
 * quotes in a text that otherwise quotes with double marks. */
static void
pair_single_marks (const BylineText *text,
                   GArray           *spans)
{
  Pairing p = { text, spans, FALSE, TRUE, NONE };
  guint n_double = spans->len, next = 0, after = 0;

  for (guint b = 0; b < text->blocks->len; b++)
    {
      const BylineTextBlock *block = &g_array_index (text->blocks, BylineTextBlock, b);
      guint end = block->first_token + block->n_tokens;
      guint i = MAX (block->first_token, after);

      p.open = NONE;
      while (i < end)
        {
          /* Copied: pairing appends to @spans, which may move it. */
          BylineQuoteSpan quote = next < n_double ? g_array_index (spans, BylineQuoteSpan, next)
                                                  : (BylineQuoteSpan) { NONE, NONE, 0, 0 };
          guint stop = MIN (quote.open, end);

          pair_block (&p, i, MAX (i, stop));
          if (stop == end)
            break;
          p.open = NONE;
          i = after = quote.close + 1;
          next++;
        }
    }
  g_array_sort (spans, compare_spans);
}

GArray *
byline_quote_spans_find (const BylineText *text)
{
  Pairing p = { text, g_array_new (FALSE, FALSE, sizeof (BylineQuoteSpan)),
                has_double_marks (text), FALSE, NONE };
  const BylineTextBlock *prev = NULL;

  for (guint b = 0; b < text->blocks->len; b++)
    {
      const BylineTextBlock *block = &g_array_index (text->blocks, BylineTextBlock, b);
      guint from = block->first_token;

      /* A quote left open at a paragraph's end goes on when the next
       * paragraph opens with a mark; otherwise it ends with its paragraph. */
      if (p.open != NONE)
        {
          if (block->kind != BYLINE_TEXT_BLOCK_HEADING && is_opening_mark (&p, from))
            from++;
          else
            add_span (&p, prev->first_token + prev->n_tokens - 1, FALSE);
        }
      pair_block (&p, from, block->first_token + block->n_tokens);
      if (block->kind == BYLINE_TEXT_BLOCK_HEADING && p.open != NONE)
        add_span (&p, block->first_token + block->n_tokens - 1, FALSE);
      prev = block;
    }
  if (p.open != NONE && prev != NULL)
    add_span (&p, prev->first_token + prev->n_tokens - 1, FALSE);
  if (p.double_marks)
    pair_single_marks (text, p.spans);
  return p.spans;
}

gboolean
byline_quote_span_is_mark (const BylineText      *text,
                           const BylineQuoteSpan *span,
                           guint                  i)
{
  const BylineTextToken *t = byline_text_get_token (text, i);

  if (i == span->open || (span->closed && i == span->close))
    return TRUE;
  /* The mark that reopens the quote at each new paragraph. */
  return i > span->open && i < span->close && t->kind == BYLINE_TEXT_QUOTE
         && i > 0 && byline_text_get_token (text, i - 1)->block != t->block;
}
