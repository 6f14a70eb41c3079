/* entities/byline-detect.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-detect"

#include <string.h>

#include "byline-entity.h"
#include "byline-quote.h"
#include "entities/byline-detect.h"

/* A first, rule-based engine: runs of capitalised words that do not merely
 * start a sentence. The statistical tagger replaces these insides; the
 * interface in byline-detect.h stays. */

static const char * const function_words[] = {
  "A", "An", "And", "As", "At", "But", "By", "For", "From", "He", "Her", "His", "I", "If",
  "In", "It", "Its", "My", "No", "Not", "Of", "On", "Or", "Our", "She", "So", "That", "The",
  "Their", "There", "These", "They", "This", "Those", "To", "We", "What", "When", "Where",
  "Which", "While", "Who", "With", "You", "Author", "Comments", NULL
};

typedef struct
{
  gsize start;
  gsize end;
} Word;

static gboolean
is_word_byte (char c)
{
  return g_ascii_isalnum (c) || (guchar) c >= 0x80 || c == '-' || c == '&';
}

static gboolean
starts_sentence (const char *text,
                 gsize       pos)
{
  while (pos > 0)
    {
      char c = text[--pos];

      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"')
        return TRUE;
      if (c != ' ' && c != '*' && c != '_' && c != '#' && c != '>' && c != '\t')
        return FALSE;
    }
  return TRUE;
}

static gboolean
is_function_word (const char *text,
                  Word        word)
{
  for (guint i = 0; function_words[i] != NULL; i++)
    if (strlen (function_words[i]) == word.end - word.start
        && strncmp (function_words[i], text + word.start, word.end - word.start) == 0)
      return TRUE;
  return FALSE;
}

static Word
next_word (const char *text,
           gsize       len,
           gsize       pos)
{
  Word word;

  /* A word starts with a letter or digit: a lone "--" or "&" is not one. */
  while (pos < len && (!is_word_byte (text[pos]) || text[pos] == '-' || text[pos] == '&'))
    pos++;
  word.start = word.end = pos;
  while (word.end < len && is_word_byte (text[word.end]))
    word.end++;
  while (word.end > word.start && text[word.end - 1] == '-')
    word.end--;
  return word;
}

static gboolean
is_capitalised (const char *text,
                Word        word)
{
  return word.end > word.start && g_unichar_isupper (g_utf8_get_char (text + word.start));
}

static BylineEntityKind
guess_kind (const char *text,
            gsize       len,
            BylineSpan  span)
{
  static const char * const person_before[] = { "Author ", "By ", "Mr. ", "Ms. ", "Dr. ", NULL };

  for (guint i = 0; person_before[i] != NULL; i++)
    {
      gsize n = strlen (person_before[i]);

      if (span.start >= n && strncmp (text + span.start - n, person_before[i], n) == 0)
        return BYLINE_ENTITY_PERSON;
    }
  if (span.end + 5 < len && strncmp (text + span.end, " said", 5) == 0)
    return BYLINE_ENTITY_PERSON;
  return BYLINE_ENTITY_ORG;
}

static void
add_mention (GHashTable *groups,
             const char *text,
             gsize       len,
             BylineSpan  span)
{
  g_autofree char *name = g_strndup (text + span.start, span.end - span.start);
  BylineEntity *entity = g_hash_table_lookup (groups, name);

  if (entity == NULL)
    {
      entity = byline_entity_new (name, guess_kind (text, len, span));
      g_hash_table_insert (groups, g_strdup (name), entity);
    }
  byline_entity_add_mention (entity, span, name);
}

static int
compare_count (gconstpointer a,
               gconstpointer b)
{
  BylineEntity *ea = *(BylineEntity **) a;
  BylineEntity *eb = *(BylineEntity **) b;
  guint ca = byline_entity_get_count (ea);
  guint cb = byline_entity_get_count (eb);

  if (ca != cb)
    return ca > cb ? -1 : 1;
  return g_strcmp0 (byline_entity_get_name (ea), byline_entity_get_name (eb));
}

GPtrArray *
byline_entities_detect (const char          *text,
                        gsize                len,
                        const BylineArticle *article)
{
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gpointer value;
  Word word = next_word (text, len, 0);

  while (word.start < len)
    {
      BylineSpan run = { word.start, word.start };
      gboolean first = starts_sentence (text, word.start);

      while (word.start < len && is_capitalised (text, word)
             && !byline_article_is_ignored (article, word.start)
             && !(run.end == run.start && is_function_word (text, word))
             && (run.end == run.start || (word.start == run.end + 1 && text[run.end] == ' ')))
        {
          run.end = word.end;
          word = next_word (text, len, word.end);
        }

      /* A lone capitalised word opening a sentence is usually just that. */
      if (run.end > run.start && !(first && memchr (text + run.start, ' ', run.end - run.start) == NULL))
        add_mention (groups, text, len, run);
      if (run.end == run.start)
        word = next_word (text, len, word.end);
    }

  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (result, value);
  g_ptr_array_sort (result, compare_count);

  return result;
}

/* Reads the capitalised name ending just before @end (e.g. before a colon). */
static char *
name_before (const char *text,
             gsize       end)
{
  gsize start = end;

  while (start > 0 && text[start - 1] != '\n' && text[start - 1] != '.')
    start--;
  while (start < end && (text[start] == ' ' || text[start] == '*'))
    start++;
  if (end - start > 6 && strncmp (text + start, "Author ", 7) == 0)
    start += 7;
  if (start >= end || end - start > 60 || !g_ascii_isupper (text[start]))
    return NULL;
  return g_strndup (text + start, end - start);
}

/* The next straight or opening curly double quote, in one pass. */
static const char *
next_open_mark (const char *p,
                const char *end)
{
  for (; p < end; p++)
    {
      if (*p == '"')
        return p;
      if (p + 2 < end && memcmp (p, "\xe2\x80\x9c", 3) == 0)
        return p;
    }
  return NULL;
}

GPtrArray *
byline_quotes_detect (const char          *text,
                      gsize                len,
                      const BylineArticle *article,
                      GPtrArray           *entities)
{
  GPtrArray *quotes = g_ptr_array_new_with_free_func (g_object_unref);
  gsize pos = 0;

  while (pos < len)
    {
      const char *open = next_open_mark (text + pos, text + len);
      gboolean curly;
      const char *close;
      gsize body;
      g_autofree char *speaker = NULL;
      g_autofree char *words = NULL;

      if (open == NULL)
        break;
      curly = *open != '"';
      body = open - text + (curly ? 3 : 1);
      close = g_strstr_len (text + body, len - body, curly ? "\xe2\x80\x9d" : "\"");
      if (close == NULL)
        break;

      if (open - text >= 2 && open[-1] == ' ' && open[-2] == ':')
        speaker = name_before (text, open - text - 2);
      words = g_strndup (text + body, close - text - body);
      g_ptr_array_add (quotes,
                       byline_quote_new (words, speaker,
                                         speaker != NULL && g_strcmp0 (speaker, article->author) == 0,
                                         (BylineSpan) { open - text, close - text + (curly ? 3 : 1) }));
      pos = close - text + 1;
    }

  return quotes;
}
