/* test-export-xss.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exports every payload in tests/export/xss/ in safe mode and reads the page
 * as a browser would: only the tags and attributes a Byline page is made of,
 * no event handler, no URL with a scheme outside the allowlist once entities
 * are decoded, one JSON-LD script and one stylesheet that nothing can end
 * early. The checker is its own: it shares no code with the export.
 */

#include "config.h"

#include <string.h>

#include "export-util.h"

#define MIN_PAYLOADS 40

static const char * const page_tags[] = {
  "html", "head", "meta", "title", "style", "script", "body", "article", "header", "div",
  "p", "span", "time", "h1", "h2", "h3", "h4", "h5", "h6", "a", "img", "em", "strong",
  "code", "pre", "blockquote", "ul", "ol", "li", "hr", "br", NULL
};

static const char * const page_attributes[] = {
  "lang", "charset", "name", "content", "property", "type", "class", "datetime",
  "href", "src", "alt", "title", "start", NULL
};

static const char * const safe_schemes[] = { "http", "https", "mailto", "tel", NULL };

typedef struct
{
  const char *html;
  gsize       pos;
  guint       scripts;
  guint       styles;
  GPtrArray  *problems;
} Page;

static void
problem (Page       *page,
         const char *format,
         ...) G_GNUC_PRINTF (2, 3);

static void
problem (Page       *page,
         const char *format,
         ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (page->problems, g_strdup_vprintf (format, args));
  va_end (args);
}

/* Character references as the HTML tokenizer decodes them in attribute
 * values: numeric ones with or without ';', and the named ones used to hide
 * a scheme. */
static char *
decode_references (const char *value)
{
  static const struct { const char *name; gunichar c; } named[] = {
    { "colon;", ':' }, { "Tab;", '\t' }, { "NewLine;", '\n' }, { "amp;", '&' }, { "amp", '&' },
    { "lt;", '<' }, { "gt;", '>' }, { "quot;", '"' }, { "apos;", '\'' }, { "sol;", '/' },
  };
  GString *out = g_string_new (NULL);

  for (const char *p = value; *p != '\0';)
    {
      gboolean done = FALSE;

      if (p[0] == '&' && p[1] == '#')
        {
          gboolean hex = p[2] == 'x' || p[2] == 'X';
          char *end;
          guint64 c = g_ascii_strtoull (p + 2 + hex, &end, hex ? 16 : 10);

          if (end > p + 2 + hex)
            {
              g_string_append_unichar (out, c > 0 && c < 0x110000 ? (gunichar) c : 0xFFFD);
              p = *end == ';' ? end + 1 : end;
              done = TRUE;
            }
        }
      for (guint i = 0; !done && p[0] == '&' && i < G_N_ELEMENTS (named); i++)
        if (g_str_has_prefix (p + 1, named[i].name))
          {
            g_string_append_unichar (out, named[i].c);
            p += 1 + strlen (named[i].name);
            done = TRUE;
          }
      if (!done)
        g_string_append_c (out, *p++);
    }

  return g_string_free (out, FALSE);
}

/* The scheme a browser finds: leading C0 controls and spaces stripped,
 * tabs and newlines removed anywhere, ASCII letters first. */
static char *
browser_scheme (const char *url)
{
  GString *scheme = g_string_new (NULL);

  while (*url != '\0' && (guchar) *url <= 0x20)
    url++;
  for (; *url != '\0' && *url != ':'; url++)
    {
      if (*url == '\t' || *url == '\n' || *url == '\r')
        continue;
      if (!(g_ascii_isalpha (*url) || (scheme->len > 0 && (g_ascii_isdigit (*url) || strchr ("+-.", *url)))))
        return (g_string_free (scheme, TRUE), NULL);
      g_string_append_c (scheme, g_ascii_tolower (*url));
    }
  if (*url != ':' || scheme->len == 0)
    return (g_string_free (scheme, TRUE), NULL);
  return g_string_free (scheme, FALSE);
}

static void
check_url (Page       *page,
           const char *attribute,
           const char *value)
{
  g_autofree char *url = decode_references (value);
  g_autofree char *scheme = browser_scheme (url);
  const char *data = strstr (url, "data:");

  if (scheme == NULL || g_strv_contains (safe_schemes, scheme))
    return;
  if (g_str_equal (scheme, "data") && g_str_equal (attribute, "src")
      && (g_str_has_prefix (data + 5, "image/png") || g_str_has_prefix (data + 5, "image/gif")
          || g_str_has_prefix (data + 5, "image/jpeg") || g_str_has_prefix (data + 5, "image/webp")))
    return;
  problem (page, "%s=\"%s\": scheme %s", attribute, value, scheme);
}

static void
check_attribute (Page       *page,
                 const char *tag,
                 const char *name,
                 const char *value)
{
  if (!g_strv_contains (page_attributes, name))
    problem (page, "<%s %s>: unexpected attribute", tag, name);
  if (g_str_equal (name, "href") || g_str_equal (name, "src"))
    check_url (page, name, value != NULL ? value : "");
  if (g_str_equal (tag, "script") && g_str_equal (name, "type")
      && g_strcmp0 (value, "application/ld+json") != 0)
    problem (page, "<script type=\"%s\">", value);
}

static char *
read_name (Page *page)
{
  gsize start = page->pos;

  while (page->html[page->pos] != '\0' && !g_ascii_isspace (page->html[page->pos])
         && !strchr ("/>=", page->html[page->pos]))
    page->pos++;
  return g_ascii_strdown (page->html + start, page->pos - start);
}

static char *
read_value (Page *page)
{
  const char *html = page->html;
  char quote = html[page->pos];
  gsize start;

  if (quote == '"' || quote == '\'')
    {
      const char *end = strchr (html + page->pos + 1, quote);

      start = page->pos + 1;
      page->pos = end != NULL ? (gsize) (end - html) + 1 : strlen (html);
      return g_strndup (html + start, (end != NULL ? (gsize) (end - html) : page->pos) - start);
    }
  start = page->pos;
  while (html[page->pos] != '\0' && !g_ascii_isspace (html[page->pos]) && html[page->pos] != '>')
    page->pos++;
  return g_strndup (html + start, page->pos - start);
}

static void
skip_space (Page *page)
{
  while (g_ascii_isspace (page->html[page->pos]) || page->html[page->pos] == '/')
    page->pos++;
}

/* Reads the attributes of a start tag, up to and past its '>'. */
static void
read_attributes (Page       *page,
                 const char *tag)
{
  for (skip_space (page); page->html[page->pos] != '\0' && page->html[page->pos] != '>'; skip_space (page))
    {
      g_autofree char *name = read_name (page);
      g_autofree char *value = NULL;

      if (page->html[page->pos] == '=')
        {
          page->pos++;
          value = read_value (page);
        }
      if (name[0] == '\0')
        page->pos++;
      else
        check_attribute (page, tag, name, value);
    }
  if (page->html[page->pos] == '\0')
    problem (page, "<%s> never closed", tag);
  else
    page->pos++;
}

/* <script>, <style> and <title> hold text up to their end tag: no '<' may
 * come earlier, or the element could end (or a comment start) inside it. */
static void
skip_raw_text (Page       *page,
               const char *tag)
{
  g_autofree char *end_tag = g_strconcat ("</", tag, ">", NULL);
  const char *end = strchr (page->html + page->pos, '<');

  if (end == NULL || g_ascii_strncasecmp (end, end_tag, strlen (end_tag)) != 0)
    problem (page, "<%s> holds a '<' before its end tag", tag);
  page->pos = end != NULL ? (gsize) (end - page->html) + strlen (end_tag) : strlen (page->html);
}

static void
read_tag (Page *page)
{
  const char *html = page->html;
  gboolean end_tag = html[page->pos + 1] == '/';
  g_autofree char *tag = NULL;

  page->pos += end_tag ? 2 : 1;
  tag = read_name (page);
  if (!g_strv_contains (page_tags, tag))
    problem (page, "<%s%s>: unexpected element", end_tag ? "/" : "", tag);
  read_attributes (page, tag);
  if (end_tag)
    return;
  page->scripts += g_str_equal (tag, "script");
  page->styles += g_str_equal (tag, "style");
  if (g_str_equal (tag, "script") || g_str_equal (tag, "style") || g_str_equal (tag, "title"))
    skip_raw_text (page, tag);
}

static void
read_markup (Page *page)
{
  const char *here = page->html + page->pos;

  if (g_str_has_prefix (here, "<!--"))
    {
      if (!g_str_has_prefix (here, "<!-- raw HTML omitted -->"))
        problem (page, "unexpected comment at %" G_GSIZE_FORMAT, page->pos);
      page->pos += strlen ("<!-- raw HTML omitted -->");
    }
  else if (g_str_has_prefix (here, "<!doctype html>") && page->pos == 0)
    page->pos += strlen ("<!doctype html>");
  else if (g_ascii_isalpha (here[1]) || (here[1] == '/' && g_ascii_isalpha (here[2])))
    read_tag (page);
  else
    {
      problem (page, "a bare '<' at %" G_GSIZE_FORMAT, page->pos);
      page->pos++;
    }
}

/* Returns the problems found, empty when the page is inert. */
static GPtrArray *
scan_page (const char *html)
{
  Page page = { html, 0, 0, 0, g_ptr_array_new_with_free_func (g_free) };

  while (html[page.pos] != '\0')
    {
      const char *next = strchr (html + page.pos, '<');

      if (next == NULL)
        break;
      page.pos = next - html;
      read_markup (&page);
    }
  if (page.scripts != 1 || page.styles != 1)
    problem (&page, "%u scripts and %u stylesheets", page.scripts, page.styles);

  return page.problems;
}

static char *
export_payload (const char        *path,
                BylineExportFlags  flags)
{
  g_autofree char *markdown = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &markdown, NULL, &error);
  g_assert_no_error (error);
  return export_util_html (markdown, flags);
}

static GPtrArray *
list_payloads (void)
{
  g_autofree char *dir_path = g_build_filename (BYLINE_SOURCE_DIR, "tests", "export", "xss", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".md"))
      g_ptr_array_add (paths, g_build_filename (dir_path, name, NULL));
  g_ptr_array_sort (paths, (GCompareFunc) g_strcmp0);
  return paths;
}

static void
test_payloads_neutralised (void)
{
  g_autoptr(GPtrArray) paths = list_payloads ();
  guint failed = 0;

  g_assert_cmpuint (paths->len, >=, MIN_PAYLOADS);
  for (guint i = 0; i < paths->len; i++)
    {
      g_autofree char *html = export_payload (paths->pdata[i], BYLINE_EXPORT_DEFAULT);
      g_autoptr(GPtrArray) problems = scan_page (html);
      g_autoptr(JsonObject) ld = export_util_json_ld (html);

      for (guint k = 0; k < problems->len; k++)
        g_test_message ("%s: %s", (char *) paths->pdata[i], (char *) problems->pdata[k]);
      failed += problems->len > 0;
      g_assert_nonnull (json_object_get_string_member (ld, "headline"));
    }
  g_test_message ("%u of %u payloads neutralised", paths->len - failed, paths->len);
  g_assert_cmpuint (failed, ==, 0);
}

/* The checker must see what unsafe mode lets through, or it proves nothing. */
static void
test_checker_sees_unsafe (void)
{
  const char *samples[] = { "01-script-tag.md", "04-img-onerror.md", "30-raw-anchor-javascript.md",
                            "32-link-javascript.md", "17-object-and-embed.md" };

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *path = g_build_filename (BYLINE_SOURCE_DIR, "tests", "export", "xss", samples[i], NULL);
      g_autofree char *html = export_payload (path, BYLINE_EXPORT_UNSAFE);
      g_autoptr(GPtrArray) problems = scan_page (html);

      g_assert_cmpuint (problems->len, >, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/export/xss/payloads-neutralised", test_payloads_neutralised);
  g_test_add_func ("/core/export/xss/checker-sees-unsafe", test_checker_sees_unsafe);

  return g_test_run ();
}
