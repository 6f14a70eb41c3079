/* byline-export-body.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-export"

#include <string.h>

#include "byline-markdown.h"
#include "byline-export-private.h"

/* Open Graph readers show about two lines; a longer description is cut at a word. */
#define DESCRIPTION_MAX_BYTES 300
/* A shorter paragraph (a dateline, a photo credit) does not describe the article. */
#define DESCRIPTION_MIN_WORDS 8
/* A `By NAME` line is lifted into the header only near the top. */
#define BYLINE_MAX_BLOCK 3

int
byline_export_cmark_options (BylineExportFlags flags)
{
  /* The options the cmark command renders with, so the body is byte for
   * byte what cmark renders; never CMARK_OPT_SOURCEPOS. */
  return (flags & BYLINE_EXPORT_UNSAFE) != 0 ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT;
}

static BylineSpan
block_span (cmark_node            *node,
            const BylineLineIndex *index)
{
  int end_line = cmark_node_get_end_line (node);
  int end_column = cmark_node_get_end_column (node);
  gsize start = byline_line_index_offset (index, cmark_node_get_start_line (node),
                                          cmark_node_get_start_column (node));
  gsize end;

  cmark_node *next = cmark_node_next (node);

  /* cmark 0.30 ends a setext heading at column 0 of the line after it, or
   * at the end of that line when it is not blank: no block ends after the
   * next one starts. */
  if (end_column < 1)
    end = byline_line_index_line_end (index, end_line - 1);
  else
    end = byline_line_index_offset (index, end_line, end_column) + 1;
  if (next != NULL)
    end = MIN (end, byline_line_index_offset (index, cmark_node_get_start_line (next),
                                              cmark_node_get_start_column (next)));

  return (BylineSpan) { start, MAX (start, end) };
}

static gboolean
span_contains (BylineSpan outer,
               BylineSpan inner)
{
  return outer.start <= inner.start && inner.end <= outer.end;
}

static gboolean
is_ignored_block (const BylineArticle *article,
                  BylineSpan           block)
{
  for (guint i = 0; i < article->ignored->len; i++)
    if (span_contains (g_array_index (article->ignored, BylineSpan, i), block))
      return TRUE;
  return FALSE;
}

/* The headline's block: a paragraph or heading of one line (two for setext). */
static gboolean
is_title_block (const BylineArticle *article,
                cmark_node          *node,
                BylineSpan           block)
{
  cmark_node_type type = cmark_node_get_type (node);
  /* A setext heading's end is reported at column 0 of the following line. */
  int lines = cmark_node_get_end_line (node) - cmark_node_get_start_line (node)
              - (cmark_node_get_end_column (node) < 1 ? 1 : 0);

  return article->title_span.end > article->title_span.start
         && (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING)
         && lines <= 1
         && span_contains (block, article->title_span);
}

/* A scraped headline is words, maybe emphasised: a line with escapes,
 * entities, links, code or HTML is Markdown that happens to be short. */
static gboolean
is_plain_headline_text (const char *text,
                        BylineSpan  span)
{
  if (span.start < span.end && text[span.start] == '#')
    return FALSE;
  for (gsize i = span.start; i < span.end; i++)
    {
      gsize name = i + 1;

      if (strchr ("\\[]<>`", text[i]) != NULL)
        return FALSE;
      /* A `*` or `_` with blanks (or the line's ends) on both sides opens
       * and closes no emphasis: a rule or a list. */
      if ((text[i] == '*' || text[i] == '_') && (i == span.start || text[i - 1] == ' ')
          && (i + 1 == span.end || text[i + 1] == ' '))
        return FALSE;
      if (text[i] != '&')
        continue;
      while (name < span.end && (g_ascii_isalnum (text[name]) || text[name] == '#'))
        name++;
      if (name > i + 1 && name < span.end && text[name] == ';')
        return FALSE;
    }
  return TRUE;
}

/* Whether the headline block moves into the page's header: a level-1
 * heading with body text after it, or the first line of a plain-text
 * article (nothing but paragraphs, at least two after the headline).
 * Anything else stays where the author put it. */
static gboolean
lifts_headline (const char            *text,
                const BylineArticle   *article,
                cmark_node            *title,
                const BylineLineIndex *index)
{
  guint blocks = 0, paragraphs = 0;

  for (cmark_node *node = cmark_node_next (title); node != NULL; node = cmark_node_next (node))
    if (!is_ignored_block (article, block_span (node, index)))
      {
        blocks++;
        paragraphs += cmark_node_get_type (node) == CMARK_NODE_PARAGRAPH;
      }
  if (cmark_node_get_type (title) == CMARK_NODE_HEADING)
    return blocks > 0 && cmark_node_get_heading_level (title) == 1;
  return paragraphs == blocks && paragraphs >= 2 && is_plain_headline_text (text, article->title_span);
}

static gboolean
only_chars (const char *text,
            gsize       start,
            gsize       end,
            const char *allowed)
{
  for (gsize i = start; i < end; i++)
    if (strchr (allowed, text[i]) == NULL)
      return FALSE;
  return TRUE;
}

/* A line that says only `By NAME` (maybe emphasised): the header shows it. */
static gboolean
is_byline_block (const char          *text,
                 const BylineArticle *article,
                 cmark_node          *node,
                 BylineSpan           block)
{
  BylineSpan name = article->author_span;
  gsize pos = block.start;

  if (cmark_node_get_type (node) != CMARK_NODE_PARAGRAPH
      || cmark_node_get_start_line (node) != cmark_node_get_end_line (node)
      || name.end <= name.start || !span_contains (block, name))
    return FALSE;
  while (pos < name.start && (text[pos] == '*' || text[pos] == '_'))
    pos++;
  if (name.start - pos < 3 || g_ascii_strncasecmp (text + pos, "by", 2) != 0
      || !only_chars (text, pos + 2, name.start, " \t"))
    return FALSE;
  return only_chars (text, name.end, block.end, "*_ .\t\r");
}

/* A detached level-1 heading holding @block's inlines; frees @block. */
static cmark_node *
make_heading (cmark_node *block)
{
  cmark_node *heading;
  cmark_node *child;

  if (cmark_node_get_type (block) == CMARK_NODE_HEADING)
    {
      cmark_node_unlink (block);
      return block;
    }
  heading = cmark_node_new (CMARK_NODE_HEADING);
  cmark_node_set_heading_level (heading, 1);
  /* Only its first line: a scraped headline may be followed by its copy. */
  while ((child = cmark_node_first_child (block)) != NULL
         && cmark_node_get_type (child) != CMARK_NODE_SOFTBREAK
         && cmark_node_get_type (child) != CMARK_NODE_LINEBREAK)
    cmark_node_append_child (heading, child);
  cmark_node_free (block);
  return heading;
}

/* A level-1 heading that says the front matter's title again: the header
 * shows it once. */
static gboolean
repeats_front_matter_title (const BylineArticle *article,
                            cmark_node          *node)
{
  g_autofree char *words = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (article->title == NULL || article->title_span.end <= article->title_span.start
      || !byline_article_is_ignored (article, article->title_span.start)
      || cmark_node_get_type (node) != CMARK_NODE_HEADING || cmark_node_get_heading_level (node) != 1)
    return FALSE;
  words = byline_export_node_text (node);
  a = g_utf8_casefold (words, -1);
  b = g_utf8_casefold (article->title, -1);
  return g_str_equal (a, b);
}

static BylineExportHeadline
lift_out_blocks (cmark_node          *root,
                 const char          *text,
                 gsize                len,
                 const BylineArticle *article,
                 cmark_node         **heading,
                 char               **title)
{
  g_autoptr(BylineLineIndex) index = byline_line_index_new (text, len);
  BylineExportHeadline headline = BYLINE_EXPORT_HEADLINE_NONE;
  cmark_node *next;
  guint kept = 0;

  for (cmark_node *node = cmark_node_first_child (root); node != NULL; node = next)
    {
      BylineSpan block = block_span (node, index);

      next = cmark_node_next (node);
      if (is_ignored_block (article, block))
        cmark_node_free (node);
      else if (headline == BYLINE_EXPORT_HEADLINE_NONE && kept == 0
               && (repeats_front_matter_title (article, node)
                   || (is_title_block (article, node, block) && lifts_headline (text, article, node, index))))
        {
          *heading = make_heading (node);
          headline = BYLINE_EXPORT_HEADLINE_LIFTED;
        }
      else if (headline == BYLINE_EXPORT_HEADLINE_NONE && kept == 0
               && is_title_block (article, node, block))
        {
          /* Shown where it stands; its words, as a reader sees them, are the title. */
          *title = byline_export_node_text (node);
          headline = BYLINE_EXPORT_HEADLINE_IN_BODY;
          kept++;
        }
      else if (kept < BYLINE_MAX_BLOCK && is_byline_block (text, article, node, block))
        cmark_node_free (node);
      else
        kept++;
    }
  return headline;
}

cmark_node *
byline_export_body_parse (const char            *text,
                          gsize                  len,
                          const BylineArticle   *article,
                          BylineExportFlags      flags,
                          cmark_node           **heading,
                          BylineExportHeadline  *headline,
                          char                 **title)
{
  cmark_node *root = byline_markdown_parse (text, len);

  *heading = NULL;
  *title = NULL;
  *headline = BYLINE_EXPORT_HEADLINE_NONE;
  if ((flags & BYLINE_EXPORT_WHOLE_SOURCE) == 0)
    *headline = lift_out_blocks (root, text, len, article, heading, title);
  return root;
}

/* Keeps what a refused link or image says, as plain inlines in its place. */
static void
unwrap (gpointer data,
        gpointer user_data)
{
  cmark_node *node = data;
  cmark_node *child;

  while ((child = cmark_node_first_child (node)) != NULL)
    cmark_node_insert_before (node, child);
  cmark_node_free (node);
}

/* Points a local image, or a link to a local file, at it from the output. */
static void
rewrite_local (cmark_node                *node,
               const BylineExportOptions *options)
{
  const char *url = cmark_node_get_url (node);
  g_autofree char *local = NULL;

  if (url == NULL)
    return;
  local = cmark_node_get_type (node) == CMARK_NODE_IMAGE ? byline_export_image_url (url, options)
                                                          : byline_export_link_url (url, options);
  if (local != NULL)
    cmark_node_set_url (node, local);
}

void
byline_export_body_filter (cmark_node                *root,
                           const BylineExportOptions *options)
{
  g_autoptr(cmark_iter) iter = cmark_iter_new (root);
  g_autoptr(GPtrArray) refused = g_ptr_array_new ();
  gboolean safe = (options->flags & BYLINE_EXPORT_UNSAFE) == 0;
  cmark_event_type event;

  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);
      cmark_node_type type = cmark_node_get_type (node);
      const char *url;

      if (event != CMARK_EVENT_ENTER || (type != CMARK_NODE_LINK && type != CMARK_NODE_IMAGE))
        continue;
      url = cmark_node_get_url (node);
      if (safe && !byline_export_url_is_allowed (url != NULL ? url : "", type == CMARK_NODE_IMAGE))
        g_ptr_array_add (refused, node);
      else
        rewrite_local (node, options);
    }

  /* Changed after the walk: the iterator must not see nodes move. */
  g_ptr_array_foreach (refused, unwrap, NULL);
}

char *
byline_export_node_text (cmark_node *node)
{
  g_autoptr(cmark_iter) iter = cmark_iter_new (node);
  GString *text = g_string_new (NULL);
  cmark_event_type event;

  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *child = cmark_iter_get_node (iter);

      if (event != CMARK_EVENT_ENTER)
        continue;
      switch ((int) cmark_node_get_type (child))
        {
        case CMARK_NODE_IMAGE:
          /* Alt text describes the picture, not the article. */
          cmark_iter_reset (iter, child, CMARK_EVENT_EXIT);
          break;
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
          g_string_append (text, cmark_node_get_literal (child));
          break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
          g_string_append_c (text, ' ');
          break;
        default:
          break;
        }
    }

  return g_strstrip (g_string_free (text, FALSE));
}

static guint
count_words (const char *text)
{
  gboolean in_word = FALSE;
  guint words = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      gboolean wordy = g_ascii_isalnum (*p) || (guchar) *p >= 0x80;

      if (wordy && !in_word)
        words++;
      in_word = wordy || (in_word && (*p == '\'' || *p == '-'));
    }
  return words;
}

/* Whether a paragraph says something in plain text of its own: one that is
 * all emphasis or a picture is a dateline or a caption. */
static gboolean
has_own_text (cmark_node *paragraph)
{
  for (cmark_node *child = cmark_node_first_child (paragraph); child != NULL; child = cmark_node_next (child))
    {
      const char *literal = cmark_node_get_literal (child);

      if (cmark_node_get_type (child) == CMARK_NODE_TEXT && literal[strspn (literal, " \t")] != '\0')
        return TRUE;
    }
  return FALSE;
}

/* Takes @text; returns it with runs of white space made one space (raw
 * HTML left out of a paragraph leaves two), or a shorter copy ending in an
 * ellipsis. */
static char *
truncate_at_word (char *text)
{
  gsize room = DESCRIPTION_MAX_BYTES - strlen ("…");
  gsize cut = room;
  char *cut_text;
  char *to = text;

  for (const char *from = text; *from != '\0'; from++)
    if (!g_ascii_isspace (*from) || (to > text && to[-1] != ' '))
      *to++ = g_ascii_isspace (*from) ? ' ' : *from;
  *to = '\0';
  g_strchomp (text);

  if (strlen (text) <= DESCRIPTION_MAX_BYTES)
    return text;
  while (cut > 0 && text[cut] != ' ')
    cut--;
  if (cut == 0)
    cut = g_utf8_find_prev_char (text, text + room + 1) - text;
  text[cut] = '\0';
  cut_text = g_strconcat (g_strchomp (text), "…", NULL);
  g_free (text);
  return cut_text;
}

char *
byline_export_body_description (cmark_node *root)
{
  g_autofree char *first = NULL;

  for (cmark_node *node = cmark_node_first_child (root); node != NULL; node = cmark_node_next (node))
    {
      g_autofree char *text = NULL;

      if (cmark_node_get_type (node) != CMARK_NODE_PARAGRAPH)
        continue;
      text = byline_export_node_text (node);
      if (count_words (text) >= DESCRIPTION_MIN_WORDS && has_own_text (node))
        return truncate_at_word (g_steal_pointer (&text));
      if (first == NULL && text[0] != '\0')
        first = g_steal_pointer (&text);
    }

  return first != NULL ? truncate_at_word (g_steal_pointer (&first)) : NULL;
}

guint
byline_export_body_count_words (cmark_node *root)
{
  g_autofree char *text = byline_export_node_text (root);

  return count_words (text);
}
