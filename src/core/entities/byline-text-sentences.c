/* entities/byline-text-sentences.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-text"

#include <string.h>

#include "entities/byline-text-private.h"

/* Sentence boundaries, datelines, and the flags the tagger reads. */

#define MAX_SENTENCE_TOKENS 200

/* Capitalised words that open sentences: after an abbreviation such as
 * "Inc." or "U.S.", one of these means the full stop also ends a sentence. */
static const char * const openers[] = {
  "A", "After", "All", "Also", "An", "And", "As", "At", "But", "By", "For", "He", "Her", "His",
  "However", "I", "If", "In", "It", "Its", "Last", "Many", "More", "Most", "No", "Now", "On",
  "One", "Our", "She", "Since", "So", "Some", "That", "The", "Their", "There", "These", "They",
  "This", "Those", "Under", "We", "What", "When", "While", "Who", "With", "Yet", "You", NULL
};

static const BylineTextToken *
tok (const BylineText *text,
     guint             i)
{
  return byline_text_get_token (text, i);
}

static gboolean
is_opener (const BylineText *text,
           guint             i)
{
  for (guint k = 0; openers[k] != NULL; k++)
    if (byline_text_token_is (text, i, openers[k], FALSE))
      return TRUE;
  return FALSE;
}

static gboolean
is_terminal_mark (const BylineText      *text,
                  const BylineTextToken *t)
{
  char c = text->source[t->start];

  if (t->kind != BYLINE_TEXT_PUNCT)
    return FALSE;
  return c == '.' || c == '!' || c == '?'
         || (t->len == 3 && memcmp (text->source + t->start, "\xe2\x80\xa6", 3) == 0);
}

/* Whether a sentence may begin at token @i (of a block ending before @end). */
static gboolean
can_start_sentence (const BylineText *text,
                    guint             i,
                    guint             end)
{
  const BylineTextToken *t;

  if (i >= end)
    return TRUE;
  t = tok (text, i);
  if (!(t->flags & BYLINE_TEXT_SPACE_BEFORE))
    return FALSE;
  if (t->kind == BYLINE_TEXT_QUOTE)
    return (t->flags & BYLINE_TEXT_QUOTE_OPEN) != 0;
  if (t->kind == BYLINE_TEXT_PUNCT)
    return text->source[t->start] == '(' || text->source[t->start] == '[';
  return t->kind == BYLINE_TEXT_WORD && byline_text_token_starts_upper (text, i);
}

/* Whether the sentence ends with token @i. Returns the first token of the
 * next sentence through @next (closing marks stay with this one). */
static gboolean
ends_sentence (const BylineText *text,
               guint             i,
               guint             end,
               guint            *next)
{
  const BylineTextToken *t = tok (text, i);
  guint j = i + 1;

  if (t->kind == BYLINE_TEXT_WORD && (t->flags & BYLINE_TEXT_ABBREVIATION))
    {
      /* "Mr." and the initial in "J. Smith" never end one. */
      if (t->len <= 2 || byline_text_word_is_title (text->source + t->start, t->len - 1))
        return FALSE;
      if (!is_opener (text, i + 1) && i + 1 < end)
        return FALSE;
    }
  else if (!is_terminal_mark (text, t))
    return FALSE;

  while (j < end && !(tok (text, j)->flags & BYLINE_TEXT_SPACE_BEFORE)
         && (tok (text, j)->kind == BYLINE_TEXT_QUOTE || text->source[tok (text, j)->start] == ')'
             || text->source[tok (text, j)->start] == ']'))
    j++;
  *next = j;
  return can_start_sentence (text, j, end);
}

static gboolean
is_dash (const BylineText      *text,
         const BylineTextToken *t)
{
  const char *s = text->source + t->start;

  return t->kind == BYLINE_TEXT_PUNCT
         && (s[0] == '-' || (t->len == 3 && memcmp (s, "\xe2\x80", 2) == 0
                             && ((guchar) s[2] == 0x93 || (guchar) s[2] == 0x94)));
}

static gboolean
is_all_caps_word (const BylineText      *text,
                  const BylineTextToken *t)
{
  guint upper = 0;

  if (t->kind != BYLINE_TEXT_WORD)
    return FALSE;
  for (const char *p = text->source + t->start; p < text->source + t->start + t->len;
       p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      upper += g_unichar_isupper (c);
    }
  return upper >= 2;
}

/* "SEOUL, Nov 3 (Reuters) -" or "WASHINGTON —" at a paragraph's start.
 * Returns the number of dateline tokens, 0 when there is none. */
static guint
dateline_length (const BylineText *text,
                 guint             first,
                 guint             end)
{
  guint i = first;

  while (i < end && is_all_caps_word (text, tok (text, i)))
    i++;
  if (i == first || i - first > 4)
    return 0;
  for (guint limit = i + 10; i < end && i < limit; i++)
    {
      const BylineTextToken *t = tok (text, i);

      if (is_dash (text, t))
        return i + 1 - first;
      if (is_terminal_mark (text, t) || t->kind == BYLINE_TEXT_QUOTE)
        return 0;
    }
  return 0;
}

static void
add_sentence (BylineText *text,
              guint       first,
              guint       n)
{
  BylineTextSentence sentence = { first, n };
  GArray *tokens = text->tokens;

  if (n == 0)
    return;
  g_array_append_val (text->sentences, sentence);
  for (guint i = first; i < first + n; i++)
    {
      BylineTextToken *t = &g_array_index (tokens, BylineTextToken, i);
      gunichar c = g_utf8_get_char (text->source + t->start);

      if (t->kind == BYLINE_TEXT_WORD && g_unichar_isalnum (c))
        {
          t->flags |= BYLINE_TOKEN_SENTENCE_START;
          break;
        }
    }
}

/* Marks the lines of a block that are written in capitals. */
static void
mark_capital_lines (BylineText            *text,
                    const BylineTextBlock *block)
{
  guint end = block->first_token + block->n_tokens;
  guint line = block->first_token;

  while (line < end)
    {
      guint next = line + 1, caps = 0, lower = 0;

      while (next < end && !(tok (text, next)->flags & BYLINE_TEXT_NEWLINE_BEFORE))
        next++;
      for (guint i = line; i < next; i++)
        {
          if (is_all_caps_word (text, tok (text, i)))
            caps++;
          else if (tok (text, i)->kind == BYLINE_TEXT_WORD
                   && g_unichar_isalpha (g_utf8_get_char (text->source + tok (text, i)->start)))
            lower++;
        }
      if (caps >= 2 && lower == 0)
        for (guint i = line; i < next; i++)
          g_array_index (text->tokens, BylineTextToken, i).flags |= BYLINE_TOKEN_ALL_CAPS_LINE;
      line = next;
    }
}

static void
mark_block (BylineText            *text,
            const BylineTextBlock *block,
            guint                  flags)
{
  for (guint i = block->first_token; i < block->first_token + block->n_tokens; i++)
    g_array_index (text->tokens, BylineTextToken, i).flags |= flags;
}

static guint
split_dateline (BylineText            *text,
                const BylineTextBlock *block)
{
  guint end = block->first_token + block->n_tokens;
  guint n = dateline_length (text, block->first_token, end);

  for (guint i = block->first_token; i < block->first_token + n; i++)
    {
      BylineTextToken *t = &g_array_index (text->tokens, BylineTextToken, i);

      t->flags |= BYLINE_TEXT_DATELINE;
      if (is_all_caps_word (text, t))
        t->flags |= BYLINE_TOKEN_ALL_CAPS_LINE;
    }
  add_sentence (text, block->first_token, n);
  return block->first_token + n;
}

void
byline_text_split_sentences (BylineText *text,
                             guint       block_index)
{
  const BylineTextBlock *block = &g_array_index (text->blocks, BylineTextBlock, block_index);
  guint end = block->first_token + block->n_tokens;
  guint start;

  mark_capital_lines (text, block);
  if (block->kind == BYLINE_TEXT_BLOCK_HEADING)
    {
      mark_block (text, block, BYLINE_TOKEN_HEADLINE);
      for (start = block->first_token; start < end; start += MAX_SENTENCE_TOKENS)
        add_sentence (text, start, MIN (MAX_SENTENCE_TOKENS, end - start));
      return;
    }

  start = split_dateline (text, block);
  for (guint i = start; i < end; i++)
    {
      guint next = i + 1;

      if (next < end && !ends_sentence (text, i, end, &next))
        {
          next = i + 1;
          if (next - start < MAX_SENTENCE_TOKENS)
            continue;
        }
      add_sentence (text, start, next - start);
      start = next;
      i = next - 1;
    }
}
