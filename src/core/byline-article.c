/* byline-article.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-article"

#include <string.h>

#include "byline-article-private.h"
#include "byline-markdown.h"

/* Lines that scraping leaves at the end of a story. Matched whole, case-insensitively. */
static const char * const furniture[] = {
  "comments", "comment", "share", "share this", "share this article", "advertisement",
  "related", "related articles", "read more", "more stories", "sign up", "subscribe",
  "print", "email", "tweet", NULL
};

static GArray *
split_lines (const char *text,
             gsize       len)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (Line));
  /* A byte order mark is not text. */
  gsize pos = byline_markdown_bom_length (text, len);

  while (pos < len)
    {
      const char *nl = memchr (text + pos, '\n', len - pos);
      Line line = { pos, nl != NULL ? (gsize) (nl - text) : len };

      if (line.end > line.start && text[line.end - 1] == '\r')
        line.end--;
      g_array_append_val (lines, line);
      pos = nl != NULL ? (gsize) (nl - text) + 1 : len;
    }

  return lines;
}

static gboolean
line_is_blank (const char *text,
               const Line *line)
{
  BylineSpan span = trim_span (text, (BylineSpan) { line->start, line->end });

  return span.start == span.end;
}

static void
add_ignored (BylineArticle *article,
             gsize          start,
             gsize          end)
{
  BylineSpan span = { start, end };

  g_array_append_val (article->ignored, span);
}

/* The text of a heading line without its ATX markers, or of a plain line. */
static BylineSpan
heading_text (const char *text,
              const Line *line)
{
  BylineSpan span = trim_span (text, (BylineSpan) { line->start, line->end });
  gsize hashes = 0;

  while (span.start + hashes < span.end && hashes < 7 && text[span.start + hashes] == '#')
    hashes++;
  if (hashes > 0 && hashes <= 6
      && (span.start + hashes == span.end || text[span.start + hashes] == ' '))
    {
      span.start += hashes;
      while (span.end > span.start && (text[span.end - 1] == '#' || text[span.end - 1] == ' '))
        span.end--;
      span = trim_span (text, span);
    }

  return span;
}

/* `#` to `######` followed by a blank or the end of the line. */
static gboolean
is_atx_heading (const char *text,
                const Line *line)
{
  BylineSpan span = trim_span (text, (BylineSpan) { line->start, line->end });
  gsize hashes = 0;

  if (span.start - line->start >= 4)
    return FALSE;
  while (span.start + hashes < span.end && text[span.start + hashes] == '#')
    hashes++;
  return hashes >= 1 && hashes <= 6
         && (span.start + hashes == span.end || text[span.start + hashes] == ' '
             || text[span.start + hashes] == '\t');
}

static gboolean
is_setext_underline (const char *text,
                     const Line *line)
{
  BylineSpan span = trim_span (text, (BylineSpan) { line->start, line->end });

  if (span.start == span.end || (text[span.start] != '=' && text[span.start] != '-'))
    return FALSE;
  for (gsize i = span.start; i < span.end; i++)
    if (text[i] != text[span.start])
      return FALSE;
  return TRUE;
}

static gboolean
spans_same_text (const char *text,
                 BylineSpan  a,
                 BylineSpan  b)
{
  return a.end - a.start == b.end - b.start
         && memcmp (text + a.start, text + b.start, a.end - a.start) == 0;
}

static guint
next_content_line (const char   *text,
                   const GArray *lines,
                   guint         from)
{
  while (from < lines->len && line_is_blank (text, &g_array_index (lines, Line, from)))
    from++;
  return from;
}

/* A YAML scalar as written after `key:`: quotes removed and, in double
 * quotes, the common escapes undone; a plain value is taken as it stands. */
/* Whether @value is written in matching single or double quotes. */
static gboolean
is_quoted (const char *text,
           BylineSpan  value)
{
  return value.end - value.start >= 2 && (text[value.start] == '"' || text[value.start] == '\'')
         && text[value.end - 1] == text[value.start];
}

static char *
dup_yaml_value (const char *text,
                BylineSpan  value)
{
  char quote = text[value.start];
  GString *out;

  if (!is_quoted (text, value))
    return dup_span (text, value);

  out = g_string_sized_new (value.end - value.start);
  for (gsize i = value.start + 1; i < value.end - 1; i++)
    {
      char c = text[i];

      if (quote == '\'' && c == '\'' && text[i + 1] == '\'')
        i++;  /* '' is a single quote inside single quotes */
      else if (quote == '"' && c == '\\' && i + 1 < value.end - 1)
        {
          c = text[++i];
          switch (c)
            {
            case 'n': c = '\n'; break;
            case 't': c = '\t'; break;
            case '0': c = ' '; break;
            case 'u':
              if (i + 4 < value.end - 1)
                {
                  g_autofree char *hex = g_strndup (text + i + 1, 4);
                  char *end;
                  gunichar u = (gunichar) g_ascii_strtoull (hex, &end, 16);

                  if (*end == '\0' && g_unichar_validate (u) && u != 0)
                    {
                      g_string_append_unichar (out, u);
                      i += 4;
                      continue;
                    }
                }
              g_string_append_c (out, '\\');
              break;
            default:
              break;  /* \" \\ \/ and anything else: the character itself */
            }
        }
      g_string_append_c (out, c);
    }
  return g_string_free (out, FALSE);
}

/* "2024-05-01", "2024-05-01 09:30", "2024-05-01T09:30:00+02:00": a date
 * and maybe a time; UTC when no zone is written. NULL for anything else. */
static GDateTime *
parse_date (const char *value)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autofree char *iso = NULL;
  gsize len = strlen (value);

  if (len == 10)
    iso = g_strconcat (value, "T00:00:00", NULL);
  else if (len >= 16 && value[10] == ' ')
    iso = g_strdup_printf ("%.10sT%s", value, value + 11);
  else
    iso = g_strdup (value);
  if (strlen (iso) == 16)
    {
      char *seconds = g_strconcat (iso, ":00", NULL);

      g_free (iso);
      iso = seconds;
    }
  return g_date_time_new_from_iso8601 (iso, utc);
}

/* The end of the `key` of a `key: value` line, or 0 when @span is not one. */
static gsize
yaml_key_end (const char *text,
              BylineSpan  span)
{
  gsize pos = span.start;

  while (pos < span.end && (g_ascii_isalnum (text[pos]) || text[pos] == '_' || text[pos] == '-'))
    pos++;
  if (pos == span.start || pos >= span.end || text[pos] != ':'
      || (pos + 1 < span.end && text[pos + 1] != ' ' && text[pos + 1] != '\t'))
    return 0;
  return pos;
}

/* Front matter: `---` on the first line up to a closing `---` or `...`,
 * holding YAML-like lines only (`key: value`, indented or `- ` continuation
 * lines, `#` comments) with at least one key: `---` rules around a line of
 * prose are Markdown. Returns the index of the first line after it. */
static guint
parse_front_matter (BylineArticle *article,
                    const char    *text,
                    const GArray  *lines)
{
  const Line *first;
  guint keys = 0;

  if (lines->len < 2)
    return 0;
  first = &g_array_index (lines, Line, 0);
  if (!span_equals (text, (BylineSpan) { first->start, first->end }, "---"))
    return 0;

  for (guint i = 1; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      BylineSpan span = trim_span (text, (BylineSpan) { line->start, line->end });
      gsize key_end = yaml_key_end (text, (BylineSpan) { line->start, line->end });
      BylineSpan key = { span.start, key_end };
      BylineSpan value;
      char **field = NULL;
      BylineSpan *field_span = NULL;

      if (span_equals (text, span, "---") || span_equals (text, span, "..."))
        {
          if (keys == 0)
            break;
          add_ignored (article, 0, i + 1 < lines->len ? g_array_index (lines, Line, i + 1).start
                                                      : line->end);
          return i + 1;
        }
      if (key_end == 0)
        {
          if (span.start == span.end || text[line->start] == ' ' || text[line->start] == '\t'
              || text[span.start] == '#' || (text[span.start] == '-' && span.end > span.start + 1
                                            && text[span.start + 1] == ' '))
            continue;
          break;  /* prose: not front matter */
        }
      keys++;
      value = trim_span (text, (BylineSpan) { key_end + 1, span.end });
      if (span_equals (text, key, "title"))
        field = &article->title, field_span = &article->title_span;
      else if (span_equals (text, key, "author"))
        field = &article->author, field_span = &article->author_span;
      else if (span_equals (text, key, "lang") || span_equals (text, key, "language"))
        field = &article->lang, field_span = &article->lang_span;
      if (field == NULL && span_equals (text, key, "description") && article->description == NULL)
        article->description = dup_yaml_value (text, value);
      else if (field == NULL && span_equals (text, key, "date") && article->published == NULL)
        {
          g_autofree char *date = dup_yaml_value (text, value);

          article->published = parse_date (date);
        }
      if (field != NULL && *field == NULL)
        {
          *field = dup_yaml_value (text, value);
          if (is_quoted (text, value))
            value.start++, value.end--;
          *field_span = value;
        }
    }

  /* No closing line, or not YAML: not front matter after all. */
  g_clear_pointer (&article->description, g_free);
  g_clear_pointer (&article->published, g_date_time_unref);
  g_clear_pointer (&article->title, g_free);
  g_clear_pointer (&article->author, g_free);
  g_clear_pointer (&article->lang, g_free);
  article->title_span = article->author_span = article->lang_span = (BylineSpan) { 0, 0 };
  return 0;
}

/* The headline's words without emphasis and code markers: it is shown as
 * plain text (window title, <title>, JSON-LD). Offsets keep the raw span. */
static char *
dup_plain_text (const char *text,
                BylineSpan  span)
{
  GString *plain = g_string_sized_new (span.end - span.start);

  for (gsize i = span.start; i < span.end; i++)
    {
      gboolean edge = i == span.start || i + 1 == span.end
                      || text[i - 1] == ' ' || text[i + 1] == ' ';

      if (text[i] == '*' || text[i] == '`' || (text[i] == '_' && edge))
        continue;
      g_string_append_c (plain, text[i]);
    }
  return g_string_free (plain, FALSE);
}

/* Lines that open another kind of block (quote, list, code, fence, HTML)
 * are not a headline, whatever their length. */
static gboolean
starts_other_block (const char *text,
                    const Line *line)
{
  gsize pos = line->start;
  gsize indent = 0;

  while (pos < line->end && (text[pos] == ' ' || text[pos] == '\t'))
    indent += text[pos++] == '\t' ? 4 : 1;
  if (indent >= 4 || pos >= line->end)
    return indent >= 4;
  if (strchr (">|<", text[pos]) != NULL)
    return TRUE;
  if (line->end - pos >= 3 && (strncmp (text + pos, "```", 3) == 0 || strncmp (text + pos, "~~~", 3) == 0))
    return TRUE;
  if (strchr ("-*+", text[pos]) != NULL && pos + 1 < line->end && text[pos + 1] == ' ')
    return TRUE;
  while (pos < line->end && g_ascii_isdigit (text[pos]))
    pos++;
  return pos > line->start && pos + 1 < line->end && g_ascii_isdigit (text[pos - 1])
         && (text[pos] == '.' || text[pos] == ')') && text[pos + 1] == ' ';
}

/* Whether @span holds a letter or a digit: a line of marks is no headline. */
static gboolean
has_word (const char *text,
          BylineSpan  span)
{
  for (gsize i = span.start; i < span.end; i++)
    if (g_ascii_isalnum (text[i]) || (guchar) text[i] >= 0x80)
      return TRUE;
  return FALSE;
}

/* A plain line (not a heading) reads as a headline only when short and not
 * ended like a sentence: a long opening paragraph is the lede, not a title. */
static gboolean
plain_line_is_headline (const char *text,
                        BylineSpan  span)
{
  char last = text[span.end - 1];

  return span.end - span.start <= 160 && last != '.' && last != ',' && last != ';' && last != ':';
}

/* The headline is the first block when it is a heading or a short line of its own. */
static void
find_title (BylineArticle *article,
            const char    *text,
            const GArray  *lines,
            guint          first)
{
  guint i = next_content_line (text, lines, first);
  guint after;
  BylineSpan span;

  if (i >= lines->len)
    return;

  if (starts_other_block (text, &g_array_index (lines, Line, i)))
    return;
  span = heading_text (text, &g_array_index (lines, Line, i));
  after = i + 1;
  if (is_atx_heading (text, &g_array_index (lines, Line, i)))
    ;  /* an ATX heading is one line, whatever follows */
  else if (after < lines->len && plain_line_is_headline (text, span) && has_word (text, span)
           && spans_same_text (text, trim_span (text, (BylineSpan) { g_array_index (lines, Line, after).start,
                                                                      g_array_index (lines, Line, after).end }),
                               span))
    {
      /* The headline scraped twice with no blank line between the copies. */
      if (article->title == NULL)
        {
          article->title = dup_plain_text (text, span);
          article->title_span = span;
        }
      add_ignored (article, g_array_index (lines, Line, after).start, g_array_index (lines, Line, after).end);
      return;
    }
  else if (after < lines->len && is_setext_underline (text, &g_array_index (lines, Line, after)))
    after++;
  else if (after < lines->len && !line_is_blank (text, &g_array_index (lines, Line, after)))
    return;  /* the first block is a paragraph of several lines */
  else if (!plain_line_is_headline (text, span))
    return;
  if (span.end - span.start == 0 || span.end - span.start > 1000)
    return;

  if (article->title == NULL)
    {
      article->title = dup_plain_text (text, span);
      article->title_span = span;
    }

  /* Scraped pages often print the headline twice, as a plain line; a
   * heading that repeats it is the author's. */
  after = next_content_line (text, lines, after);
  if (after < lines->len)
    {
      const Line *dup = &g_array_index (lines, Line, after);
      gboolean underlined = after + 1 < lines->len
                            && is_setext_underline (text, &g_array_index (lines, Line, after + 1));

      if (!underlined && text[dup->start] != '#'
          && spans_same_text (text, trim_span (text, (BylineSpan) { dup->start, dup->end }), span))
        add_ignored (article, dup->start, dup->end);
    }
}

static void
find_furniture (BylineArticle *article,
                const char    *text,
                const GArray  *lines)
{
  for (guint i = lines->len; i > 0; i--)
    {
      const Line *line = &g_array_index (lines, Line, i - 1);
      BylineSpan span = trim_span (text, (BylineSpan) { line->start, line->end });
      gboolean matched = FALSE;

      if (span.start == span.end)
        continue;
      for (guint k = 0; furniture[k] != NULL && !matched; k++)
        matched = span_equals (text, span, furniture[k]);
      if (!matched)
        break;
      add_ignored (article, line->start, line->end);
    }
}

/* BCP 47 in shape only: letters, digits and hyphens, starting with a letter. */
static gboolean
is_language_tag (const char *tag)
{
  gsize len = strlen (tag);

  if (len == 0 || len > 35 || !g_ascii_isalpha (tag[0]))
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isalnum (tag[i]) && tag[i] != '-')
      return FALSE;
  return TRUE;
}

static int
span_compare (gconstpointer a,
              gconstpointer b)
{
  const BylineSpan *sa = a;
  const BylineSpan *sb = b;

  return sa->start < sb->start ? -1 : sa->start > sb->start;
}

BylineArticle *
byline_article_parse (const char *text,
                      gsize       len)
{
  BylineArticle *article = g_new0 (BylineArticle, 1);
  g_autoptr(GArray) lines = NULL;
  guint body;

  g_return_val_if_fail (text != NULL || len == 0, article);

  article->ignored = g_array_new (FALSE, FALSE, sizeof (BylineSpan));
  lines = split_lines (text, len);
  body = parse_front_matter (article, text, lines);
  byline_article_tidy_author (article, text);
  if (article->lang != NULL && !is_language_tag (article->lang))
    g_clear_pointer (&article->lang, g_free);
  find_title (article, text, lines, body);
  find_furniture (article, text, lines);
  g_array_sort (article->ignored, span_compare);
  byline_article_find_author (article, text, lines);
  byline_article_tidy_author (article, text);

  return article;
}

gboolean
byline_article_is_ignored (const BylineArticle *article,
                           gsize                offset)
{
  g_return_val_if_fail (article != NULL, FALSE);

  for (guint i = 0; i < article->ignored->len; i++)
    {
      const BylineSpan *span = &g_array_index (article->ignored, BylineSpan, i);

      if (offset < span->start)
        break;
      if (offset < span->end)
        return TRUE;
    }

  return FALSE;
}

void
byline_article_free (BylineArticle *article)
{
  if (article == NULL)
    return;

  g_free (article->description);
  g_clear_pointer (&article->published, g_date_time_unref);
  g_free (article->title);
  g_free (article->author);
  g_free (article->lang);
  g_clear_pointer (&article->ignored, g_array_unref);
  g_free (article);
}
