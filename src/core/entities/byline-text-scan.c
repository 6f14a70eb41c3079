/* entities/byline-text-scan.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-text"

#include <string.h>

#include "entities/byline-text-private.h"

/* The inline scanner: one pass over a block's bytes. Every construct it
 * skips (code span, link destination, tag) is searched for only up to the
 * block's end, and a failed search consumes just the opening byte, so the
 * scan stays linear even on unbalanced input. */

typedef struct
{
  BylineText *text;
  const char *src;
  gsize       pos;
  gsize       end;
  guint       block;
  guint       flags;    /* BylineScanFlags */
  guint16     pending;  /* BYLINE_TEXT_SPACE_BEFORE / NEWLINE_BEFORE for the next token */

  /* What a failed search proved: nothing later can succeed either. */
  guint32     failed_ticks;   /* bit n: no closing run of n backticks */
  gsize       next_gt;        /* a `>` at or after the last search, or G_MAXSIZE */
  guint       no_paren : 1;
  guint       no_bracket : 1;
  guint       no_comment : 1;
} Scan;

/* Abbreviations that keep their full stop. Titles never end a sentence;
 * the others end one only before a typical sentence opener. */
static const char * const titles[] = {
  "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Gov", "Sen", "Rep", "Lt", "Col", "Capt",
  "Sgt", "Cmdr", "Adm", "Maj", "Brig", "Rev", "Hon", "Pres", "Supt", "Fr", "St", "Mt", "Ft",
  "Messrs", "Mmes", "Insp", "Det", "Cpl", "Pvt", "Amb", "Atty", "Gens", "Sens", "Reps", NULL
};

static const char * const abbreviations[] = {
  "Inc", "Corp", "Co", "Ltd", "Bros", "Jr", "Sr", "Dept", "Univ", "Assn", "Ave", "Blvd", "Rd",
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "vs",
  "etc", "al", "approx", "No", "Nos", "Fig", "Vol", "pp", "cf", "ca", "Ala", "Ariz", "Ark",
  "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass",
  "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Vt", "Va",
  "Wash", "Wis", "Wyo", "Est", "Ph", "Plc", "Cos", "Mfg", "Intl", "Govt", NULL
};

gboolean
byline_word_in_list (const char * const *list,
                     const char         *word,
                     gsize               len)
{
  /* Short lists of short words: the first byte rules out nearly all. */
  for (guint i = 0; list[i] != NULL; i++)
    if (list[i][0] == word[0] && strncmp (list[i], word, len) == 0 && list[i][len] == '\0')
      return TRUE;
  return FALSE;
}

gboolean
byline_text_word_is_title (const char *word,
                           gsize       len)
{
  return byline_word_in_list (titles, word, len);
}

static gunichar
char_at (const Scan *scan,
         gsize       pos,
         guint      *size)
{
  guchar b = (guchar) scan->src[pos];
  gunichar c;

  if (b < 0x80)
    {
      *size = 1;
      return b;
    }
  c = g_utf8_get_char_validated (scan->src + pos, scan->end - pos);
  if (c == (gunichar) -1 || c == (gunichar) -2)
    {
      *size = 1;
      return 0xfffd;
    }
  *size = g_utf8_skip[b];
  return c;
}

static gboolean
is_alnum (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c);
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static gboolean
alnum_at (const Scan *scan,
          gsize       pos)
{
  guint size;

  return pos < scan->end && is_alnum (char_at (scan, pos, &size));
}

static gboolean
is_space (gunichar c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xa0
         || (c > 0x7f && g_unichar_isspace (c));
}

static void
emit (Scan  *scan,
      gsize  start,
      gsize  end,
      guint8 kind,
      guint  flags)
{
  BylineTextToken token = { start, (guint) (end - start), scan->block,
                            (guint16) (flags | scan->pending), kind };

  g_array_append_val (scan->text->tokens, token);
  scan->pending = 0;
}

/* Skips what precedes a continuation line's content: indentation and, in a
 * block quote, the `>` markers (lazy lines may lack them). */
static void
skip_line_prefix (Scan *scan)
{
  while (scan->pos < scan->end)
    {
      char c = scan->src[scan->pos];

      if (c == ' ' || c == '\t' || (c == '>' && (scan->flags & BYLINE_SCAN_QUOTED)))
        scan->pos++;
      else
        break;
    }

  /* A setext underline belongs to the heading's syntax, not its text. */
  if ((scan->flags & BYLINE_SCAN_HEADING) && scan->pos < scan->end
      && (scan->src[scan->pos] == '=' || scan->src[scan->pos] == '-'))
    {
      gsize p = scan->pos;
      char mark = scan->src[p];

      while (p < scan->end && (scan->src[p] == mark || scan->src[p] == ' '))
        p++;
      if (p == scan->end || scan->src[p] == '\n' || scan->src[p] == '\r')
        scan->pos = p;
    }
}

/* Finds @c at or after @from, before the block's end. */
static gsize
find_byte (const Scan *scan,
           gsize       from,
           char        c)
{
  const char *hit;

  if (from >= scan->end)
    return G_MAXSIZE;
  hit = memchr (scan->src + from, c, scan->end - from);
  return hit != NULL ? (gsize) (hit - scan->src) : G_MAXSIZE;
}

/* A code span: a run of backticks up to a run of the same length. */
static void
skip_code_span (Scan *scan)
{
  gsize run = 0, p;

  while (scan->pos + run < scan->end && scan->src[scan->pos + run] == '`')
    run++;
  if (run < 32 && (scan->failed_ticks & (1u << run)))
    {
      scan->pos += run;
      return;
    }
  for (p = scan->pos + run; (p = find_byte (scan, p, '`')) != G_MAXSIZE;)
    {
      gsize close = 0;

      while (p + close < scan->end && scan->src[p + close] == '`')
        close++;
      if (close == run)
        {
          scan->pos = p + close;
          scan->pending |= BYLINE_TEXT_SPACE_BEFORE;
          return;
        }
      p += close;
    }
  if (run < 32)
    scan->failed_ticks |= 1u << run;
  scan->pos += run;  /* unmatched: literal backticks, not words */
}

/* Skips from an opening bracket or parenthesis at @pos to its match. */
static gsize
matching_close (Scan *scan,
                gsize pos,
                char  open,
                char  close)
{
  guint depth = 0;

  if (open == '(' ? scan->no_paren : scan->no_bracket)
    return G_MAXSIZE;
  for (gsize p = pos; p < scan->end; p++)
    {
      if (scan->src[p] == '\\' && p + 1 < scan->end)
        p++;
      else if (scan->src[p] == open)
        depth++;
      else if (scan->src[p] == close && --depth == 0)
        return p;
    }
  if (open == '(')
    scan->no_paren = TRUE;
  else
    scan->no_bracket = TRUE;
  return G_MAXSIZE;
}

/* After a `]`: a link destination `(...)` or reference `[...]` is not text. */
static void
skip_link_tail (Scan *scan)
{
  gsize close = G_MAXSIZE;

  scan->pos++;
  if (scan->pos < scan->end && scan->src[scan->pos] == '(')
    close = matching_close (scan, scan->pos, '(', ')');
  else if (scan->pos < scan->end && scan->src[scan->pos] == '[')
    close = matching_close (scan, scan->pos, '[', ']');
  if (close != G_MAXSIZE)
    scan->pos = close + 1;
}

/* An image's alt text describes a picture; it is not article text. */
static gboolean
skip_image (Scan *scan)
{
  gsize close = matching_close (scan, scan->pos + 1, '[', ']');

  if (close == G_MAXSIZE)
    return FALSE;
  scan->pos = close;
  skip_link_tail (scan);
  scan->pending |= BYLINE_TEXT_SPACE_BEFORE;
  return TRUE;
}

/* Raw HTML tags, comments and autolinks: `<b>`, `</p>`, `<!-- -->`, `<https://…>`. */
static gboolean
skip_angle (Scan *scan)
{
  gsize p = scan->pos + 1;
  gsize close;

  if (p >= scan->end)
    return FALSE;
  if (!g_ascii_isalpha (scan->src[p]) && scan->src[p] != '/' && scan->src[p] != '!'
      && scan->src[p] != '?')
    return FALSE;
  if (scan->end - p >= 3 && strncmp (scan->src + p, "!--", 3) == 0)
    {
      const char *hit = scan->no_comment ? NULL : g_strstr_len (scan->src + p, scan->end - p, "-->");

      scan->no_comment = hit == NULL;
      close = hit != NULL ? (gsize) (hit - scan->src) + 2 : G_MAXSIZE;
    }
  else
    {
      if (scan->next_gt < p)
        scan->next_gt = find_byte (scan, p, '>');
      close = scan->next_gt;
    }
  if (close == G_MAXSIZE || close - p > 2000)
    return FALSE;
  scan->pos = close + 1;
  return TRUE;
}

/* An HTML entity such as `&amp;`: the common marks become tokens, the rest
 * count as white space. Returns FALSE when @pos does not start one. */
static gboolean
scan_entity (Scan *scan)
{
  gsize p = scan->pos + 1;
  gsize name;

  if (p < scan->end && scan->src[p] == '#')
    p++;
  name = p;
  while (p < scan->end && p - name < 32 && g_ascii_isalnum (scan->src[p]))
    p++;
  if (p == name || p >= scan->end || scan->src[p] != ';')
    return FALSE;

  if (strncmp (scan->src + name, "quot;", 5) == 0 || strncmp (scan->src + name, "ldquo;", 6) == 0
      || strncmp (scan->src + name, "rdquo;", 6) == 0)
    emit (scan, scan->pos, p + 1, BYLINE_TEXT_QUOTE,
          BYLINE_TEXT_QUOTE_DOUBLE
          | (scan->src[name] != 'r' ? BYLINE_TEXT_QUOTE_OPEN : 0)
          | (scan->src[name] != 'l' ? BYLINE_TEXT_QUOTE_CLOSE : 0));
  else if (strncmp (scan->src + name, "amp;", 4) == 0 || strncmp (scan->src + name, "mdash;", 6) == 0
           || strncmp (scan->src + name, "ndash;", 6) == 0)
    emit (scan, scan->pos, p + 1, BYLINE_TEXT_PUNCT, 0);
  else
    scan->pending |= BYLINE_TEXT_SPACE_BEFORE;
  scan->pos = p + 1;
  return TRUE;
}

static gboolean
has_prefix (const Scan *scan,
            const char *prefix)
{
  gsize n = strlen (prefix);

  return scan->end - scan->pos >= n && g_ascii_strncasecmp (scan->src + scan->pos, prefix, n) == 0;
}

/* Bare URLs run to the next white space; trailing punctuation stays text. */
static gboolean
skip_url (Scan *scan)
{
  gsize p = scan->pos;

  if (strchr ("hHwWfFmM", scan->src[p]) == NULL)
    return FALSE;
  if (!has_prefix (scan, "http://") && !has_prefix (scan, "https://") && !has_prefix (scan, "www.")
      && !has_prefix (scan, "ftp://") && !has_prefix (scan, "mailto:"))
    return FALSE;
  while (p < scan->end && !g_ascii_isspace (scan->src[p]) && scan->src[p] != '<'
         && scan->src[p] != ']' && scan->src[p] != ')')
    p++;
  while (p > scan->pos && strchr (".,;:!?\"'*_", scan->src[p - 1]) != NULL)
    p--;
  scan->pos = p;
  scan->pending |= BYLINE_TEXT_SPACE_BEFORE;
  return TRUE;
}

/* An e-mail address or @handle: everything up to white space. */
static void
skip_address (Scan  *scan,
              gsize  from)
{
  gsize p = from;

  while (p < scan->end && (g_ascii_isalnum (scan->src[p]) || strchr ("@._-+", scan->src[p]) != NULL
                           || (guchar) scan->src[p] >= 0x80))
    p++;
  while (p > from && strchr ("._-", scan->src[p - 1]) != NULL)
    p--;
  scan->pos = p;
  scan->pending |= BYLINE_TEXT_SPACE_BEFORE;
}

static gboolean
is_apostrophe (const Scan *scan,
               gsize       pos,
               guint      *size)
{
  if (scan->src[pos] == '\'')
    return (*size = 1);
  if (pos + 2 < scan->end && memcmp (scan->src + pos, "\xe2\x80\x99", 3) == 0)
    return (*size = 3);
  return FALSE;
}

/* The clitic an apostrophe at @pos (of @size bytes) starts, as the
 * training corpora split them: 's 'm 'd 've 're 'll. Returns its length
 * after the apostrophe, 0 when the apostrophe is inside a word (O'Brien). */
static guint
clitic_at (const Scan *scan,
           gsize       pos,
           guint       size)
{
  static const char * const clitics[] = { "s", "m", "d", "ve", "re", "ll", NULL };
  gsize s = pos + size;

  for (guint k = 0; clitics[k] != NULL; k++)
    {
      gsize n = strlen (clitics[k]);

      if (scan->end - s >= n && g_ascii_strncasecmp (scan->src + s, clitics[k], n) == 0
          && !alnum_at (scan, s + n))
        return n;
    }
  return 0;
}

/* Whether "n't" starts at @pos: "don't" is "do" and "n't". */
static gboolean
negation_at (const Scan *scan,
             gsize       pos)
{
  guint size;

  return pos + 2 < scan->end && (scan->src[pos] == 'n' || scan->src[pos] == 'N')
         && is_apostrophe (scan, pos + 1, &size) && pos + 1 + size < scan->end
         && (scan->src[pos + 1 + size] == 't' || scan->src[pos + 1 + size] == 'T')
         && !alnum_at (scan, pos + 2 + size);
}

/* What may join two runs of letters inside one word. Returns the joiner's
 * size, or 0 when the word ends at @pos. */
static guint
joiner_at (const Scan *scan,
           gsize       start,
           gsize       pos)
{
  char c = scan->src[pos];
  guint size;

  if ((c == '-' || c == '.') && alnum_at (scan, pos + 1))
    return 1;
  if (c == '&' && pos > start && g_ascii_isupper (scan->src[pos - 1]) && pos + 1 < scan->end
      && g_ascii_isupper (scan->src[pos + 1]))
    return 1;
  if (c == ',' && g_ascii_isdigit (scan->src[pos - 1]) && pos + 3 < scan->end
      && g_ascii_isdigit (scan->src[pos + 1]) && g_ascii_isdigit (scan->src[pos + 2])
      && g_ascii_isdigit (scan->src[pos + 3]) && !alnum_at (scan, pos + 4))
    return 1;
  if (is_apostrophe (scan, pos, &size) && alnum_at (scan, pos + size) && clitic_at (scan, pos, size) == 0
      && !negation_at (scan, pos - 1))
    return size;
  if ((guchar) c == 0xe2 && pos + 2 < scan->end && (guchar) scan->src[pos + 1] == 0x80
      && ((guchar) scan->src[pos + 2] == 0x90 || (guchar) scan->src[pos + 2] == 0x91)
      && alnum_at (scan, pos + 3))
    return 3;  /* U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN */
  return 0;
}

/* Whether the word [start, end) keeps a following full stop. */
static gboolean
keeps_full_stop (const Scan *scan,
                 gsize       start,
                 gsize       end)
{
  const char *w = scan->src + start;
  gsize len = end - start, seg = 0;

  if (len == 1)
    return g_ascii_isupper (w[0]);
  if (len <= 8 && (byline_word_in_list (titles, w, len) || byline_word_in_list (abbreviations, w, len)))
    return TRUE;
  /* "U.S", "e.g", "a.m", "Ph.D": dotted runs of one or two letters. */
  if (memchr (w, '.', len) == NULL)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      if (w[i] == '.')
        seg = 0;
      else if (!g_ascii_isalpha (w[i]) || ++seg > 2)
        return FALSE;
    }
  return TRUE;
}

/* "California-based", "Saudi-led", "London-born": a name with a suffix
 * that makes it an adjective. Emitted as the name, "-" and the suffix (as
 * the Universal Dependencies corpora the tagger learned from split them),
 * so the name is seen as one. Names joined by a hyphen ("Lee Jae-yong")
 * are left whole. */
static gboolean
split_compound (Scan  *scan,
                gsize  start,
                gsize  end)
{
  static const char * const suffixes[] = {
    "based", "born", "led", "backed", "owned", "made", "funded", "run", "controlled", "listed",
    "headquartered", "bound", "style", "era", "linked", "allied", "brokered", NULL
  };
  const char *hyphen = NULL;

  for (gsize i = end; i > start + 1; i--)
    if (scan->src[i - 1] == '-')
      {
        hyphen = scan->src + i - 1;
        break;
      }
  if (hyphen == NULL || !g_unichar_isupper (g_utf8_get_char (scan->src + start))
      || !byline_word_in_list (suffixes, hyphen + 1, scan->src + end - hyphen - 1))
    return FALSE;
  emit (scan, start, hyphen - scan->src, BYLINE_TEXT_WORD, 0);
  emit (scan, hyphen - scan->src, hyphen - scan->src + 1, BYLINE_TEXT_PUNCT, 0);
  emit (scan, hyphen - scan->src + 1, end, BYLINE_TEXT_WORD, 0);
  return TRUE;
}

static void
scan_word (Scan *scan)
{
  gsize start = scan->pos;
  guint size = 1, n, flags = 0;

  if (skip_url (scan))
    return;
  for (;;)
    {
      while (scan->pos < scan->end && is_alnum (char_at (scan, scan->pos, &size)))
        scan->pos += size;
      if (scan->pos >= scan->end || (size = joiner_at (scan, start, scan->pos)) == 0)
        break;
      scan->pos += size;
    }
  if (scan->pos < scan->end && scan->src[scan->pos] == '@' && alnum_at (scan, scan->pos + 1))
    {
      skip_address (scan, start);
      return;
    }
  if (scan->pos < scan->end && scan->src[scan->pos] == '.' && keeps_full_stop (scan, start, scan->pos))
    {
      scan->pos++;
      flags |= BYLINE_TEXT_ABBREVIATION;
    }
  if (scan->pos - start > 1 && negation_at (scan, scan->pos - 1))
    {
      emit (scan, start, scan->pos - 1, BYLINE_TEXT_WORD, flags);
      is_apostrophe (scan, scan->pos, &size);
      emit (scan, scan->pos - 1, scan->pos + size + 1, BYLINE_TEXT_CLITIC, 0);
      scan->pos += size + 1;
      return;
    }
  if (split_compound (scan, start, scan->pos))
    return;
  emit (scan, start, scan->pos, BYLINE_TEXT_WORD, flags);

  if (scan->pos < scan->end && is_apostrophe (scan, scan->pos, &size)
      && (n = clitic_at (scan, scan->pos, size)) > 0)
    {
      emit (scan, scan->pos, scan->pos + size + n,
            n == 1 && g_ascii_tolower (scan->src[scan->pos + size]) == 's'
            ? BYLINE_TEXT_POSSESSIVE : BYLINE_TEXT_CLITIC, 0);
      scan->pos += size + n;
    }
}

/* Whether the character before @pos (in this block) leaves room for an
 * opening quote: a line start, white space, an opening bracket or a dash. */
static gboolean
open_context_before (const Scan *scan,
                     gsize       pos,
                     gsize       block_start)
{
  const guchar *s = (const guchar *) scan->src;

  while (pos > block_start && (s[pos - 1] == '*' || s[pos - 1] == '_' || s[pos - 1] == '['))
    pos--;
  if (pos <= block_start)
    return TRUE;
  if (s[pos - 1] < 0x80)
    return g_ascii_isspace (s[pos - 1]) || strchr ("([{-/>:", s[pos - 1]) != NULL;
  if (pos - block_start >= 2 && s[pos - 2] == 0xc2 && s[pos - 1] == 0xa0)
    return TRUE;  /* NO-BREAK SPACE */
  /* EN DASH, EM DASH, and the opening quotes U+2018 and U+201C */
  return pos - block_start >= 3 && s[pos - 3] == 0xe2 && s[pos - 2] == 0x80
         && (s[pos - 1] == 0x93 || s[pos - 1] == 0x94 || s[pos - 1] == 0x98 || s[pos - 1] == 0x9c);
}

static gboolean
close_context_after (const Scan *scan,
                     gsize       pos)
{
  guint size;
  gunichar c;

  while (pos < scan->end && (scan->src[pos] == '*' || scan->src[pos] == '_' || scan->src[pos] == ']'))
    pos++;
  if (pos >= scan->end)
    return TRUE;
  c = char_at (scan, pos, &size);
  return !is_alnum (c);
}

/* A quote mark: its shape says double or single and, for curly marks, the
 * direction; the neighbours decide for straight marks and correct curly
 * marks typed the wrong way round. */
static void
emit_quote (Scan     *scan,
            guint     size,
            gboolean  is_double,
            int       shape,        /* 1 opening, -1 closing, 0 straight */
            gsize     block_start)
{
  gboolean open_ok = open_context_before (scan, scan->pos, block_start);
  gboolean close_ok = close_context_after (scan, scan->pos + size);
  guint flags = is_double ? BYLINE_TEXT_QUOTE_DOUBLE : 0;

  if (shape > 0)
    flags |= (!open_ok && close_ok) ? BYLINE_TEXT_QUOTE_CLOSE : BYLINE_TEXT_QUOTE_OPEN;
  else if (shape < 0)
    flags |= (open_ok && !close_ok) ? BYLINE_TEXT_QUOTE_OPEN : BYLINE_TEXT_QUOTE_CLOSE;
  else if (open_ok && !close_ok)
    flags |= BYLINE_TEXT_QUOTE_OPEN;
  else if (close_ok && !open_ok)
    flags |= BYLINE_TEXT_QUOTE_CLOSE;
  else
    flags |= BYLINE_TEXT_QUOTE_OPEN | BYLINE_TEXT_QUOTE_CLOSE;
  emit (scan, scan->pos, scan->pos + size, BYLINE_TEXT_QUOTE, flags);
  scan->pos += size;
}

/* Non-ASCII marks: curly quotes, dashes, ellipses, symbols. */
static void
scan_unicode_mark (Scan     *scan,
                   gunichar  c,
                   guint     size,
                   gsize     block_start)
{
  switch (c)
    {
    case 0x201c: case 0x201e: case 0x00ab:
      emit_quote (scan, size, TRUE, 1, block_start);
      break;
    case 0x201d: case 0x00bb:
      emit_quote (scan, size, TRUE, -1, block_start);
      break;
    case 0x2018: case 0x201a: case 0x2039:
      emit_quote (scan, size, FALSE, 1, block_start);
      break;
    case 0x2019: case 0x203a:
      emit_quote (scan, size, FALSE, -1, block_start);
      break;
    default:
      emit (scan, scan->pos, scan->pos + size, BYLINE_TEXT_PUNCT, 0);
      scan->pos += size;
    }
}

/* A run of the same mark ("...", "--") is one token. */
static void
emit_punct_run (Scan *scan)
{
  gsize start = scan->pos;
  char c = scan->src[start];

  scan->pos++;
  if (c == '.' || c == '-' || c == '!' || c == '?')
    while (scan->pos < scan->end && scan->src[scan->pos] == c)
      scan->pos++;
  emit (scan, start, scan->pos, BYLINE_TEXT_PUNCT, 0);
}

/* Markdown syntax and ASCII marks. Returns after consuming at least one byte. */
static void
scan_ascii_mark (Scan  *scan,
                 gsize  block_start)
{
  char c = scan->src[scan->pos];
  char next = scan->pos + 1 < scan->end ? scan->src[scan->pos + 1] : '\0';

  switch (c)
    {
    case '\\':
      scan->pos++;
      if (g_ascii_ispunct (next))
        emit_punct_run (scan);
      return;
    case '`':
      skip_code_span (scan);
      return;
    case '*': case '_': case '[':
      scan->pos++;
      return;
    case ']':
      skip_link_tail (scan);
      return;
    case '!':
      if (next == '[' && skip_image (scan))
        return;
      break;
    case '<':
      if (skip_angle (scan))
        {
          scan->pending |= BYLINE_TEXT_SPACE_BEFORE;
          return;
        }
      break;
    case '&':
      if (scan_entity (scan))
        return;
      break;
    case '@':
      if (g_ascii_isalnum (next))
        {
          skip_address (scan, scan->pos);
          return;
        }
      break;
    case '"': case '\'':
      emit_quote (scan, 1, c == '"', 0, block_start);
      return;
    default:
      break;
    }
  emit_punct_run (scan);
}

/* ATX headings: the leading `#` run and an optional closing run. */
static void
trim_atx (Scan *scan)
{
  gsize p = scan->pos;

  while (p < scan->end && scan->src[p] == '#')
    p++;
  if (p > scan->pos && (p == scan->end || scan->src[p] == ' ' || scan->src[p] == '\t'))
    scan->pos = p;
  else
    return;
  while (scan->end > scan->pos && (scan->src[scan->end - 1] == ' ' || scan->src[scan->end - 1] == '\t'))
    scan->end--;
  p = scan->end;
  while (p > scan->pos && scan->src[p - 1] == '#')
    p--;
  if (p < scan->end && (p == scan->pos || scan->src[p - 1] == ' '))
    scan->end = p;
}

void
byline_text_scan_block (BylineText *text,
                        gsize       start,
                        gsize       end,
                        guint       block,
                        guint       flags)
{
  Scan scan = { text, text->source, start, MIN (end, text->len), block, flags,
                BYLINE_TEXT_SPACE_BEFORE | BYLINE_TEXT_NEWLINE_BEFORE };

  if (flags & BYLINE_SCAN_HEADING)
    trim_atx (&scan);
  while (scan.pos < scan.end)
    {
      guchar b = (guchar) scan.src[scan.pos];
      guint size;
      gunichar c;

      if (b == '\n')
        {
          scan.pending |= BYLINE_TEXT_SPACE_BEFORE | BYLINE_TEXT_NEWLINE_BEFORE;
          scan.pos++;
          skip_line_prefix (&scan);
          continue;
        }
      if (b < 0x80 && !g_ascii_isalnum (b))
        {
          if (b == ' ' || b == '\t' || b == '\r')
            scan.pending |= BYLINE_TEXT_SPACE_BEFORE, scan.pos++;
          else
            scan_ascii_mark (&scan, start);
          continue;
        }
      c = char_at (&scan, scan.pos, &size);
      if (is_alnum (c))
        scan_word (&scan);
      else if (is_space (c))
        scan.pending |= BYLINE_TEXT_SPACE_BEFORE, scan.pos += size;
      else
        scan_unicode_mark (&scan, c, size, start);
    }
}
