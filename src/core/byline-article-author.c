/* byline-article-author.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-article-private.h"

/* Who wrote the article, when front matter does not say: a byline, an
 * `Author NAME:` line, a wire story's credit. */

/* Reads a name of capitalised words starting at @pos; stops at punctuation. */
static BylineSpan
read_name (const char *text,
           gsize       pos,
           gsize       end)
{
  BylineSpan name = { pos, pos };
  guint words = 0;

  while (pos < end && words < 5)
    {
      gsize word_end = pos;

      if (!g_unichar_isupper (g_utf8_get_char (text + pos)))
        break;
      while (word_end < end && !g_ascii_isspace (text[word_end])
             && strchr (",:;|*_", text[word_end]) == NULL)
        word_end++;
      name.end = word_end;
      words++;
      pos = word_end;
      while (pos < end && text[pos] == ' ')
        pos++;
      if (pos + 4 < end && strncmp (text + pos, "and ", 4) == 0)
        pos += 4;
    }

  while (name.end > name.start && text[name.end - 1] == '.')
    name.end--;
  return name;
}

/* What may follow a byline's name on its line: nothing, or a short tail
 * such as ", Reuters", " | Nov. 3, 2026" or "*". */
static gboolean
is_byline_tail (const char *text,
                gsize       pos,
                gsize       end)
{
  while (pos < end && (text[pos] == ' ' || text[pos] == '*' || text[pos] == '_'))
    pos++;
  if (pos == end)
    return TRUE;
  if (strchr (",|(", text[pos]) == NULL && strncmp (text + pos, "\xe2\x80\x94", MIN (3, end - pos)) != 0
      && strncmp (text + pos, "\xc2\xb7", MIN (2, end - pos)) != 0)
    return FALSE;
  /* "By Monday, the company had shipped…" is a sentence, not a byline. */
  return end - pos <= 48 && text[end - 1] != '.';
}

/* Words that no byline's name holds: "By Tuesday", "BY THE WAY". */
static const char * const not_in_names[] = {
  "the", "a", "an", "of", "to", "for", "way", "monday", "tuesday", "wednesday", "thursday",
  "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july",
  "august", "september", "october", "november", "december", "today", "tomorrow",
  "yesterday", "now", "then", "far", "design", "default", "contrast", "comparison", NULL
};

static gboolean
is_word_of (const char         *text,
            gsize               start,
            gsize               end,
            const char * const *words)
{
  for (guint k = 0; words[k] != NULL; k++)
    if (span_equals (text, (BylineSpan) { start, end }, words[k]))
      return TRUE;
  return FALSE;
}

/* Whether @name reads as people's names: each name of a list ("A and B")
 * two words or more, or one word in capitals ("AP") or of a wire
 * service, and no word a byline never holds. "By Design", "By Land and
 * Sea" are phrases. */
static gboolean
is_byline_name (const char *text,
                BylineSpan  name)
{
  static const char * const agencies[] = {
    "reuters", "bloomberg", "xinhua", "yonhap", "kyodo", "bernama", "anadolu", NULL
  };
  guint words = 0, caps = 0;
  gsize pos = name.start;

  while (pos <= name.end)
    {
      gsize end = pos;
      gboolean upper = TRUE;

      while (end < name.end && text[end] != ' ')
        {
          upper &= !g_ascii_islower (text[end]);
          end++;
        }
      if (end > pos && (end - pos != 3 || strncmp (text + pos, "and", 3) != 0))
        {
          if (is_word_of (text, pos, end, not_in_names))
            return FALSE;
          words++;
          caps += upper && end - pos <= 5;
        }
      /* A list's item ends at "and" or at the end of the name. */
      if (end == name.end || (end + 4 <= name.end && strncmp (text + end, " and", 4) == 0))
        {
          if (words == 1 && caps == 0 && !is_word_of (text, pos, end, agencies))
            return FALSE;
          words = caps = 0;
          if (end == name.end)
            break;
          end += 4;
        }
      pos = end + 1;
    }
  return TRUE;
}

/* `By NAME` as a line of its own. */
static BylineSpan
byline_name (const char *text,
             BylineSpan  line)
{
  BylineSpan name;

  if (line.end - line.start <= 3 || g_ascii_strncasecmp (text + line.start, "by ", 3) != 0)
    return (BylineSpan) { 0, 0 };
  name = read_name (text, line.start + 3, line.end);
  if (name.end == name.start || !is_byline_tail (text, name.end, line.end)
      || !is_byline_name (text, name))
    return (BylineSpan) { 0, 0 };
  return name;
}

/* `Author NAME:` (the scraped form, the quote follows) or `Author: NAME`. */
static BylineSpan
author_line_name (const char *text,
                  BylineSpan  line)
{
  gsize pos = line.start + 6;
  gboolean colon_first;
  BylineSpan name;

  if (line.end - line.start <= 7 || strncmp (text + line.start, "Author", 6) != 0
      || (text[pos] != ':' && text[pos] != ' '))
    return (BylineSpan) { 0, 0 };
  colon_first = text[pos] == ':';
  pos += colon_first;
  while (pos < line.end && text[pos] == ' ')
    pos++;
  name = read_name (text, pos, line.end);
  if (name.end == name.start)
    return name;
  if (!colon_first && (name.end >= line.end || text[name.end] != ':'))
    return (BylineSpan) { 0, 0 };
  return name;
}

/* A wire story's credit line: `Reporting by NAME[ in PLACE][; Editing by …]`. */
static BylineSpan
credit_line_name (const char *text,
                  BylineSpan  line)
{
  static const char * const openers[] = { "Reporting by ", "Reported by ", "Written by ", "Story by ", NULL };
  BylineSpan name = { 0, 0 };
  gsize pos;

  /* Wire copy often wraps it: "(Reporting by …; Editing by …)". */
  if (line.start < line.end && text[line.start] == '(')
    line.start++;
  for (guint k = 0; openers[k] != NULL && name.end == name.start; k++)
    if (line.end - line.start > strlen (openers[k])
        && strncmp (text + line.start, openers[k], strlen (openers[k])) == 0)
      name = read_name (text, line.start + strlen (openers[k]), line.end);
  if (name.end == name.start)
    return name;
  pos = name.end;
  while (pos < line.end && text[pos] == ' ')
    pos++;
  if (pos == line.end || strchr (";,.()", text[pos]) != NULL
      || (line.end - pos > 3 && strncmp (text + pos, "in ", 3) == 0))
    return name;
  return (BylineSpan) { 0, 0 };
}

/* `By NAME` near the top, an `Author NAME:` / `Author: NAME` line or a
 * `Reporting by NAME` credit anywhere. */
void
byline_article_find_author (BylineArticle *article,
                            const char    *text,
                            const GArray  *lines)
{
  for (guint i = 0; i < lines->len && article->author == NULL; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      BylineSpan span = trim_span (text, (BylineSpan) { line->start, line->end });
      BylineSpan name = { 0, 0 };

      while (span.start < span.end && (text[span.start] == '*' || text[span.start] == '_'))
        span.start++;
      if (span.end - span.start > 200 || byline_article_is_ignored (article, span.start))
        continue;

      if (i < 20)
        name = byline_name (text, span);
      if (name.end == name.start)
        name = author_line_name (text, span);
      if (name.end == name.start)
        name = credit_line_name (text, span);
      if (name.end > name.start)
        {
          article->author = dup_span (text, name);
          article->author_span = name;
        }
    }
}

/* The author's name without a courtesy title ("Dr. Elena Voss" is Elena
 * Voss, as the story names her); none at all when the value is empty
 * (front matter's `author:` over a nested `name:`). */
void
byline_article_tidy_author (BylineArticle *article,
                            const char    *text)
{
  static const char * const titles[] = { "Dr. ", "Dr ", "Prof. ", "Mr. ", "Mrs. ", "Ms. ", "Rev. ", NULL };
  BylineSpan *span = &article->author_span;

  if (article->author == NULL)
    return;
  for (guint k = 0; titles[k] != NULL; k++)
    if (span->end - span->start > strlen (titles[k]) + 1
        && strncmp (text + span->start, titles[k], strlen (titles[k])) == 0
        && g_str_has_prefix (article->author, titles[k]))
      {
        span->start += strlen (titles[k]);
        g_free (article->author);
        article->author = dup_span (text, *span);
        break;
      }
  if (article->author[strspn (article->author, " \t")] == '\0')
    {
      g_clear_pointer (&article->author, g_free);
      *span = (BylineSpan) { 0, 0 };
    }
}
