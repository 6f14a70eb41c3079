/* test-export.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "byline-core.h"
#include "export-util.h"
#include "test-util.h"

#define SEED_TITLE "Samsung, SK Heavy Partner With OpenAI on Massive AI Push"

static guint
count_occurrences (const char *haystack,
                   const char *needle)
{
  guint n = 0;

  for (const char *p = haystack; (p = strstr (p, needle)) != NULL; p += strlen (needle))
    n++;
  return n;
}

static char *
export_seed (BylineExportFlags flags)
{
  g_autofree char *text = test_read_source_file ("data/samples/stargate.txt", NULL);

  return export_util_html (text, flags);
}

static void
test_seed_standalone (void)
{
  g_autofree char *html = export_seed (BYLINE_EXPORT_DEFAULT);
  const char *expected[] = {
    "<html lang=\"en\">", "<meta charset=\"utf-8\">",
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
    "<title>" SEED_TITLE "</title>", "<meta name=\"author\" content=\"Emily Chen\">",
    "<meta property=\"og:title\" content=\"" SEED_TITLE "\">",
    "<meta property=\"og:description\" content=\"Two South Korean industrial giants",
    "<h1>" SEED_TITLE "</h1>", "By <span class=\"author\">Emily Chen</span>",
    "<time datetime=\"" EXPORT_UTIL_DATE "\">14 March 2026</time>",
    "prefers-color-scheme: dark", "@media print", "max-width: 38rem",
  };

  g_assert_true (g_str_has_prefix (html, "<!doctype html>\n"));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_nonnull (strstr (html, expected[i]));
  g_assert_cmpuint (count_occurrences (html, "<style>"), ==, 1);
  g_assert_cmpuint (count_occurrences (html, "<script"), ==, 1);
}

/* The scraped headline is printed twice and a `Comments` line trails: the
 * body is cmark's HTML of what lies between. */
static void
test_seed_body (void)
{
  g_autofree char *text = test_read_source_file ("data/samples/stargate.txt", NULL);
  g_autofree char *html = export_util_html (text, BYLINE_EXPORT_DEFAULT);
  g_autofree char *body = export_util_body (html);
  const char *start = strstr (text, "Two South Korean");
  const char *end = g_strrstr (text, "Comments");
  g_autofree char *expected = byline_markdown_to_html (start, end - start, FALSE);

  g_assert_cmpstr (body, ==, expected);
  g_assert_null (strstr (body, SEED_TITLE));
  g_assert_null (strstr (body, "Comments"));
}

static void
test_seed_json_ld (void)
{
  g_autofree char *html = export_seed (BYLINE_EXPORT_DEFAULT);
  g_autoptr(JsonObject) ld = export_util_json_ld (html);
  JsonObject *author = json_object_get_object_member (ld, "author");
  JsonArray *mentions = json_object_get_array_member (ld, "mentions");
  gboolean found_author = FALSE;

  g_assert_cmpstr (json_object_get_string_member (ld, "@context"), ==, "https://schema.org");
  g_assert_cmpstr (json_object_get_string_member (ld, "@type"), ==, "NewsArticle");
  g_assert_cmpstr (json_object_get_string_member (ld, "headline"), ==, SEED_TITLE);
  g_assert_cmpstr (json_object_get_string_member (author, "@type"), ==, "Person");
  g_assert_cmpstr (json_object_get_string_member (author, "name"), ==, "Emily Chen");
  g_assert_cmpint (json_object_get_int_member (ld, "wordCount"), >, 200);
  g_assert_cmpstr (json_object_get_string_member (ld, "dateModified"), ==, EXPORT_UTIL_DATE);
  g_assert_cmpuint (json_array_get_length (mentions), >, 0);
  for (guint i = 0; i < json_array_get_length (mentions); i++)
    {
      JsonObject *mention = json_array_get_object_element (mentions, i);
      const char *type = json_object_get_string_member (mention, "@type");
      const char *types[] = { "Person", "Organization", "Place", "Thing", NULL };

      g_assert_true (g_strv_contains (types, type));
      found_author |= g_str_equal (type, "Person")
                      && g_str_equal (json_object_get_string_member (mention, "name"), "Emily Chen");
    }
  g_assert_true (found_author);
}

static void
test_title_escaped (void)
{
  const char *text = "# <script>alert(1)</script> & co\n\nBy Eve \"Mallory\" Smith\n\nBody.\n";
  g_autofree char *html = export_util_html (text, BYLINE_EXPORT_DEFAULT);

  g_assert_null (strstr (html, "<script>"));
  g_assert_nonnull (strstr (html, "<title>alert(1) &amp; co</title>"));
  g_assert_nonnull (strstr (html, "<h1><!-- raw HTML omitted -->alert(1)<!-- raw HTML omitted --> &amp; co</h1>"));
}

/* A headline's Markdown shows in the <h1>; <title> gets its plain text. */
static void
test_markdown_heading (void)
{
  const char *text = "# The *Real* Story of AT&amp;T\n\n*By Jane Doe*\n\n"
                     "The council met on Tuesday to vote on next year's budget.\n";
  g_autofree char *html = export_util_html (text, BYLINE_EXPORT_DEFAULT);
  g_autofree char *body = export_util_body (html);

  g_assert_nonnull (strstr (html, "<title>The Real Story of AT&amp;T</title>"));
  g_assert_nonnull (strstr (html, "<h1>The <em>Real</em> Story of AT&amp;T</h1>"));
  g_assert_nonnull (strstr (html, "<span class=\"author\">Jane Doe</span>"));
  g_assert_cmpstr (body, ==, "<p>The council met on Tuesday to vote on next year's budget.</p>\n");
}

/* Only an article's headline leaves the body: a level-1 heading with text
 * after it, or the first line of a plain-text article. A short first line
 * of Markdown, or a document of one block, stays as written and the header
 * then shows no second copy of it. */
static void
test_headline_lifted_or_kept (void)
{
  const struct { const char *text; const char *body; const char *h1; } cases[] = {
    { "# Budget passes\n## Vote\nThe council met.\n",
      "<h2>Vote</h2>\n<p>The council met.</p>\n", "<h1>Budget passes</h1>" },
    { "Budget passes\n\nThe council met on Tuesday.\n\nIt voted at noon.\n",
      "<p>The council met on Tuesday.</p>\n<p>It voted at noon.</p>\n", "<h1>Budget passes</h1>" },
    { "# Budget passes\n", "<h1>Budget passes</h1>\n", NULL },
    { "## Budget passes\n\nThe council met.\n", "<h2>Budget passes</h2>\n<p>The council met.</p>\n", NULL },
    { "*emphasis*\n", "<p><em>emphasis</em></p>\n", NULL },
    { "[Budget](/vote)\n\nThe council met.\n\nIt voted.\n",
      "<p><a href=\"/vote\">Budget</a></p>\n<p>The council met.</p>\n<p>It voted.</p>\n", NULL },
    { "Budget passes\n\n- the council met\n", "<p>Budget passes</p>\n<ul>\n<li>the council met</li>\n</ul>\n", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *html = export_util_html (cases[i].text, BYLINE_EXPORT_DEFAULT);
      g_autofree char *body = export_util_body (html);
      const char *header = strstr (html, "<header>");

      g_assert_cmpstr (body, ==, cases[i].body);
      if (cases[i].h1 != NULL)
        g_assert_true (g_str_has_prefix (header, "<header>\n<h1>")
                       && strstr (header, cases[i].h1) != NULL);
      else
        g_assert_false (g_str_has_prefix (header, "<header>\n<h1>"));
    }
}

/* A `By` line that says more than the name stays: nothing is lost. */
static void
test_byline_with_more_kept (void)
{
  const char *text = "# Budget\n\nBy Jane Doe for the Daily Planet\n\nThe council met.\n";
  g_autofree char *html = export_util_html (text, BYLINE_EXPORT_DEFAULT);
  g_autofree char *body = export_util_body (html);

  g_assert_nonnull (strstr (body, "<p>By Jane Doe for the Daily Planet</p>"));
}

static void
test_front_matter (void)
{
  const char *text = "---\ntitle: Budget passes\nauthor: Ann Lee\n---\n\nThe council passed it.\n";
  g_autofree char *html = export_util_html (text, BYLINE_EXPORT_DEFAULT);
  g_autofree char *body = export_util_body (html);

  g_assert_nonnull (strstr (html, "<h1>Budget passes</h1>"));
  g_assert_nonnull (strstr (html, "<meta name=\"author\" content=\"Ann Lee\">"));
  g_assert_cmpstr (body, ==, "<p>The council passed it.</p>\n");
}

/* The front matter's date is when it was published; its description is
 * the summary; a closing '---' right above the first heading still ends it;
 * a level-1 heading repeating its title is shown once. */
static void
test_front_matter_fields (void)
{
  const char *text = "---\ntitle: Budget passes\ndate: 2020-05-01\ndescription: \"The vote, in short.\"\n---\n"
                     "# Budget passes\n\nThe council passed the budget on Tuesday after a long debate.\n";
  g_autofree char *html = export_util_html (text, BYLINE_EXPORT_DEFAULT);
  g_autofree char *body = export_util_body (html);
  g_autoptr(JsonObject) ld = export_util_json_ld (html);

  g_assert_cmpstr (json_object_get_string_member (ld, "datePublished"), ==, "2020-05-01T00:00:00+00:00");
  g_assert_cmpstr (json_object_get_string_member (ld, "description"), ==, "The vote, in short.");
  g_assert_nonnull (strstr (html, "<time datetime=\"2020-05-01T00:00:00+00:00\">1 May 2020</time>"));
  g_assert_cmpstr (body, ==, "<p>The council passed the budget on Tuesday after a long debate.</p>\n");
  g_assert_nonnull (strstr (html, "<h1>Budget passes</h1>"));
  g_assert_null (strstr (strstr (html, "<h1>") + 1, "<h1>"));
}

/* A byte order mark changes nothing: one headline, found and lifted. */
static void
test_byte_order_mark (void)
{
  const char *text = "\xef\xbb\xbf# Budget passes\n\nThe council passed the budget on Tuesday.\n";
  g_autofree char *html = export_util_html (text, BYLINE_EXPORT_DEFAULT);
  g_autofree char *body = export_util_body (html);

  g_assert_nonnull (strstr (html, "<title>Budget passes</title>"));
  g_assert_cmpstr (body, ==, "<p>The council passed the budget on Tuesday.</p>\n");
}

static void
test_whole_source (void)
{
  gsize len;
  g_autofree char *text = test_read_source_file ("data/samples/stargate.txt", &len);
  g_autofree char *html = export_util_html (text, BYLINE_EXPORT_WHOLE_SOURCE | BYLINE_EXPORT_UNSAFE);
  g_autofree char *body = export_util_body (html);
  g_autofree char *expected = byline_markdown_to_html (text, len, TRUE);

  g_assert_cmpstr (body, ==, expected);
}

static void
test_untitled (void)
{
  const char *text = "A paragraph of two lines\nwith no headline above it.\n";
  g_autoptr(GError) error = NULL;
  BylineExportOptions options = { .fallback_title = "notes-0314" };
  g_autofree char *untitled = export_util_html (text, BYLINE_EXPORT_DEFAULT);
  g_autofree char *named = byline_export_html_full (text, strlen (text), NULL, &options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (strstr (untitled, "<h1>Untitled article</h1>"));
  g_assert_nonnull (strstr (named, "<title>notes-0314</title>"));
  g_assert_null (strstr (named, "class=\"author\""));
}

static void
test_description (void)
{
  g_autoptr(GString) text = g_string_new ("# Long read\n\n*Staff report, 2024-01-02*\n\n");
  g_autofree char *html = NULL;
  g_autoptr(JsonObject) ld = NULL;
  const char *description;

  for (guint i = 0; i < 40; i++)
    g_string_append (text, "The committee heard evidence ");
  g_string_append (text, "\n");
  html = export_util_html (text->str, BYLINE_EXPORT_DEFAULT);
  ld = export_util_json_ld (html);
  description = json_object_get_string_member (ld, "description");

  /* The dateline is too short to describe the article; the long paragraph is cut at a word. */
  g_assert_true (g_str_has_prefix (description, "The committee heard evidence The"));
  g_assert_true (g_str_has_suffix (description, " The…"));
  g_assert_cmpuint (strlen (description), <=, 300);
}

typedef struct
{
  const char *url;
  gboolean    link;   /* kept as a link in safe mode */
  gboolean    image;  /* kept as an image in safe mode */
} UrlCase;

static const UrlCase url_cases[] = {
  { "https://example.com/story", TRUE, TRUE },
  { "HTTP://example.com/a.png", TRUE, TRUE },
  { "mailto:desk@example.com", TRUE, TRUE },
  { "tel:+15551234", TRUE, TRUE },
  { "/2026/03/budget", TRUE, TRUE },
  { "../photos/a.png", TRUE, TRUE },
  { "#corrections", TRUE, TRUE },
  { "//cdn.example.com/a.png", TRUE, TRUE },
  { "javascript:alert(1)", FALSE, FALSE },
  { "JaVaScRiPt:alert(1)", FALSE, FALSE },
  { "<\x01javascript:alert(1)>", FALSE, FALSE },
  { "<java\tscript:alert(1)>", FALSE, FALSE },
  { "&#106;avascript:alert(1)", FALSE, FALSE },
  { "javascript&colon;alert(1)", FALSE, FALSE },
  { "vbscript:msgbox(1)", FALSE, FALSE },
  { "file:///etc/passwd", FALSE, FALSE },
  { "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", FALSE, FALSE },
  { "data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=", FALSE, FALSE },
  { "data:image/png;base64,iVBORw0KGgo=", FALSE, TRUE },
  { "DATA:image/gif;base64,R0lGODlh", FALSE, TRUE },
  { "chrome://settings", FALSE, FALSE },
};

static gboolean
keeps (const char        *markdown,
       const char        *element,
       BylineExportFlags  flags)
{
  g_autofree char *html = export_util_html (markdown, flags | BYLINE_EXPORT_WHOLE_SOURCE);
  g_autofree char *body = export_util_body (html);

  g_assert_nonnull (strstr (body, "kept text"));
  return strstr (body, element) != NULL;
}

static void
test_url_policy (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (url_cases); i++)
    {
      const UrlCase *c = &url_cases[i];
      g_autofree char *link = g_strdup_printf ("[kept text](%s)\n", c->url);
      g_autofree char *image = g_strdup_printf ("![kept text](%s)\n", c->url);

      g_test_message ("URL %u: %s", i, c->url);
      g_assert_cmpint (keeps (link, "<a href=", BYLINE_EXPORT_DEFAULT), ==, c->link);
      g_assert_cmpint (keeps (image, "<img src=", BYLINE_EXPORT_DEFAULT), ==, c->image);
      g_assert_true (keeps (link, "<a href=", BYLINE_EXPORT_UNSAFE));
    }
}

/* A folder with article.md and img/ in src/, and an empty out/. */
static char *
make_tree (const char  *png_name,
           char       **article_dir,
           char       **out_dir)
{
  g_autofree char *root = g_dir_make_tmp ("byline-export-XXXXXX", NULL);
  g_autofree char *img = g_build_filename (root, "src", "img", NULL);
  g_autofree char *png = g_build_filename (img, png_name, NULL);
  g_autofree char *svg = g_build_filename (img, "chart.svg", NULL);

  *article_dir = g_build_filename (root, "src", NULL);
  *out_dir = g_build_filename (root, "out", NULL);
  g_assert_cmpint (g_mkdir_with_parents (img, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (*out_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (png, "\x89PNG\r\n\x1a\n-not-really", 19, NULL));
  g_assert_true (g_file_set_contents (svg, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", -1, NULL));
  return g_steal_pointer (&root);
}

static char *
export_with_dirs (const char        *markdown,
                  const char        *source_dir,
                  const char        *output_dir,
                  BylineExportFlags  flags)
{
  BylineExportOptions options = { flags | BYLINE_EXPORT_WHOLE_SOURCE, source_dir, output_dir };
  g_autofree char *html = byline_export_html_full (markdown, strlen (markdown), NULL, &options, NULL);

  return export_util_body (html);
}

static void
remove_tree (const char *root,
             const char *png_name)
{
  const char *files[] = { "src/img/chart.svg", "src/img", "src", "out", NULL };
  g_autofree char *png = g_build_filename (root, "src", "img", png_name, NULL);

  g_remove (png);
  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (root, files[i], NULL);

      g_remove (path);
    }
  g_remove (root);
}

static void
test_images_relative (void)
{
  g_autofree char *src = NULL;
  g_autofree char *out = NULL;
  g_autofree char *root = make_tree ("front page.png", &src, &out);
  g_autofree char *body = export_with_dirs ("![a](<img/front page.png>) ![b](img/missing.png?v=2#x) "
                                            "![c](https://example.com/c.png) ![d](/srv/d.png)\n",
                                            src, out, BYLINE_EXPORT_DEFAULT);
  g_autofree char *same = export_with_dirs ("![a](img/x.png)\n", src, src, BYLINE_EXPORT_DEFAULT);

  g_assert_nonnull (strstr (body, "src=\"../src/img/front%20page.png\""));
  g_assert_nonnull (strstr (body, "src=\"../src/img/missing.png?v=2#x\""));
  g_assert_nonnull (strstr (body, "src=\"https://example.com/c.png\""));
  g_assert_nonnull (strstr (body, "src=\"/srv/d.png\""));
  g_assert_nonnull (strstr (same, "src=\"img/x.png\""));
  remove_tree (root, "front page.png");
}

/* A link to a local file that is there is pointed at it from the output;
 * other relative links may be meant for the site and stay as written. */
static void
test_links_relative (void)
{
  g_autofree char *src = NULL;
  g_autofree char *out = NULL;
  g_autofree char *root = make_tree ("data.png", &src, &out);
  g_autofree char *body = export_with_dirs ("[chart](img/data.png) [about](about/) [next](story-2.html#top)\n",
                                            src, out, BYLINE_EXPORT_DEFAULT);

  g_assert_nonnull (strstr (body, "href=\"../src/img/data.png\""));
  g_assert_nonnull (strstr (body, "href=\"about/\""));
  g_assert_nonnull (strstr (body, "href=\"story-2.html#top\""));
  remove_tree (root, "data.png");
}

static void
test_images_embedded (void)
{
  g_autofree char *src = NULL;
  g_autofree char *out = NULL;
  g_autofree char *root = make_tree ("a.png", &src, &out);
  const char *markdown = "![a](img/a.png) ![chart](img/chart.svg) ![gone](img/gone.png)\n";
  g_autofree char *safe = export_with_dirs (markdown, src, out, BYLINE_EXPORT_EMBED_IMAGES);
  g_autofree char *unsafe = export_with_dirs (markdown, src, out,
                                              BYLINE_EXPORT_EMBED_IMAGES | BYLINE_EXPORT_UNSAFE);
  g_autofree char *png = g_base64_encode ((const guchar *) "\x89PNG\r\n\x1a\n-not-really", 19);
  g_autofree char *png_src = g_strdup_printf ("src=\"data:image/png;base64,%s\"", png);

  g_assert_nonnull (strstr (safe, png_src));
  /* cmark's safe mode allows no SVG data: URL, so the SVG stays a file reference. */
  g_assert_nonnull (strstr (safe, "src=\"../src/img/chart.svg\""));
  g_assert_nonnull (strstr (unsafe, "src=\"data:image/svg+xml;base64,"));
  g_assert_nonnull (strstr (safe, "src=\"../src/img/gone.png\""));
  remove_tree (root, "a.png");
}

static void
assert_script_safe (const char *html)
{
  g_autofree char *script = export_util_script_text (html);

  g_assert_null (strchr (script, '<'));
  g_assert_null (strstr (script, "\xe2\x80\xa8"));
  g_assert_null (strstr (script, "\xe2\x80\xa9"));
}

/* Title and author cannot end the JSON-LD <script> or start a comment in it. */
static void
test_json_ld_breakout (void)
{
  const char *front = "---\ntitle: </script><script>alert(1)</script><!--\xe2\x80\xa8\xe2\x80\xa9\n"
                      "author: Eve</script>\n---\n\nBody.\n";
  const char *heading = "# A \\</script\\> \\<!-- and & more\n\nBody.\n";
  g_autofree char *from_front = export_util_html (front, BYLINE_EXPORT_DEFAULT);
  g_autofree char *from_heading = export_util_html (heading, BYLINE_EXPORT_DEFAULT);
  g_autoptr(JsonObject) front_ld = export_util_json_ld (from_front);
  g_autoptr(JsonObject) heading_ld = export_util_json_ld (from_heading);

  assert_script_safe (from_front);
  assert_script_safe (from_heading);
  g_assert_cmpstr (json_object_get_string_member (front_ld, "headline"), ==,
                   "</script><script>alert(1)</script><!--\xe2\x80\xa8\xe2\x80\xa9");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (front_ld, "author"), "name"),
                   ==, "Eve</script>");
  g_assert_cmpstr (json_object_get_string_member (heading_ld, "headline"), ==, "A </script> <!-- and & more");
  g_assert_nonnull (strstr (from_front, "<title>&lt;/script&gt;&lt;script&gt;alert(1)"));
}

/* No attribute or <title> may hold a control character, even as a reference. */
static void
test_control_characters (void)
{
  const char *text = "---\ntitle: Vote\x01\x1b[31m count\nauthor: Ann\x7fLee\n---\n\nBody.\n";
  g_autofree char *html = export_util_html (text, BYLINE_EXPORT_DEFAULT);

  g_assert_nonnull (strstr (html, "<title>Vote  [31m count</title>"));
  g_assert_nonnull (strstr (html, "<meta name=\"author\" content=\"Ann Lee\">"));
  g_assert_null (strstr (html, "&#x"));
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GBytes **html = user_data;
  g_autoptr(GError) error = NULL;

  *html = byline_export_html_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_async (void)
{
  g_autofree char *text = test_read_source_file ("data/samples/stargate.txt", NULL);
  g_autoptr(GBytes) bytes = g_bytes_new_take (g_steal_pointer (&text), strlen (text));
  g_autoptr(GBytes) html = NULL;
  BylineExportOptions options = { .lang = "en-GB" };

  byline_export_html_async (bytes, &options, NULL, export_done_cb, &html);
  while (html == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (strstr (g_bytes_get_data (html, NULL), "<html lang=\"en-GB\">"));
  g_assert_nonnull (strstr (g_bytes_get_data (html, NULL), "<h1>" SEED_TITLE "</h1>"));
}

static void
test_invalid (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (byline_export_html ("a\0b", 3, NULL, BYLINE_EXPORT_DEFAULT, &error));
  g_assert_error (error, BYLINE_CORE_ERROR, BYLINE_CORE_ERROR_BINARY);
}

/* A setext headline moves into the header, not into it and the body. */
static void
test_setext_headline (void)
{
  const char *text = "Budget vote\n===\n\nBy Ann Lee\n\nThe council met.\n";
  g_autoptr(BylineAnalysis) analysis = byline_analysis_run (text, strlen (text), NULL, NULL);
  g_autofree char *html = byline_export_html (text, strlen (text), analysis, BYLINE_EXPORT_DEFAULT, NULL);

  g_assert_cmpuint (count_occurrences (html, "<h1>Budget vote</h1>"), ==, 1);
  g_assert_nonnull (strstr (html, "<p>The council met.</p>"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/export/seed-standalone", test_seed_standalone);
  g_test_add_func ("/core/export/setext-headline", test_setext_headline);
  g_test_add_func ("/core/export/seed-body", test_seed_body);
  g_test_add_func ("/core/export/seed-json-ld", test_seed_json_ld);
  g_test_add_func ("/core/export/title-escaped", test_title_escaped);
  g_test_add_func ("/core/export/markdown-heading", test_markdown_heading);
  g_test_add_func ("/core/export/headline-lifted-or-kept", test_headline_lifted_or_kept);
  g_test_add_func ("/core/export/byline-with-more-kept", test_byline_with_more_kept);
  g_test_add_func ("/core/export/front-matter", test_front_matter);
  g_test_add_func ("/core/export/front-matter-fields", test_front_matter_fields);
  g_test_add_func ("/core/export/byte-order-mark", test_byte_order_mark);
  g_test_add_func ("/core/export/whole-source", test_whole_source);
  g_test_add_func ("/core/export/untitled", test_untitled);
  g_test_add_func ("/core/export/description", test_description);
  g_test_add_func ("/core/export/url-policy", test_url_policy);
  g_test_add_func ("/core/export/images-relative", test_images_relative);
  g_test_add_func ("/core/export/images-embedded", test_images_embedded);
  g_test_add_func ("/core/export/links-relative", test_links_relative);
  g_test_add_func ("/core/export/json-ld-breakout", test_json_ld_breakout);
  g_test_add_func ("/core/export/control-characters", test_control_characters);
  g_test_add_func ("/core/export/async", test_async);
  g_test_add_func ("/core/export/invalid", test_invalid);

  return g_test_run ();
}
