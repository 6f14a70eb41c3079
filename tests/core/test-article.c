/* test-article.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-core.h"
#include "test-util.h"

static gsize
offset_of (const char *text,
           const char *needle,
           guint       nth)
{
  const char *p = text;

  for (guint i = 0; i <= nth; i++)
    {
      p = strstr (i == 0 ? p : p + 1, needle);
      g_assert_nonnull (p);
    }
  return p - text;
}

static void
test_seed (void)
{
  gsize len;
  g_autofree char *text = test_read_source_file ("data/samples/stargate.txt", &len);
  g_autoptr(BylineArticle) article = byline_article_parse (text, len);
  const char *headline = "Samsung, SK Heavy Partner With OpenAI on Massive AI Push";

  g_assert_cmpstr (article->title, ==, headline);
  g_assert_cmpuint (article->title_span.start, ==, 0);
  g_assert_cmpstr (article->author, ==, "Emily Chen");
  g_assert_cmpmem (text + article->author_span.start,
                   article->author_span.end - article->author_span.start, "Emily Chen", 10);

  /* The second copy of the headline and the trailing "Comments" are not article text. */
  g_assert_false (byline_article_is_ignored (article, 0));
  g_assert_true (byline_article_is_ignored (article, offset_of (text, headline, 1)));
  g_assert_true (byline_article_is_ignored (article, offset_of (text, "Comments", 0)));
  g_assert_false (byline_article_is_ignored (article, offset_of (text, "Two South", 0)));
}

static void
test_front_matter (void)
{
  const char *text = "---\ntitle: \"Rates rise\"\nauthor: Ana Lima\nlang: pt-BR\n---\n\n# Rates rise again\n\nBody.\n";
  const char *bad = "---\nlang: \"><script>\n---\n\nBody.\n";
  g_autoptr(BylineArticle) article = byline_article_parse (text, strlen (text));
  g_autoptr(BylineArticle) bad_article = byline_article_parse (bad, strlen (bad));

  g_assert_cmpstr (article->lang, ==, "pt-BR");
  g_assert_null (bad_article->lang);

  g_assert_cmpstr (article->title, ==, "Rates rise");
  g_assert_cmpstr (article->author, ==, "Ana Lima");
  g_assert_true (byline_article_is_ignored (article, 5));
  g_assert_false (byline_article_is_ignored (article, offset_of (text, "Body", 0)));
}

/* Quoted YAML values lose their quotes and escapes. */
static void
test_front_matter_yaml (void)
{
  const char *text = "---\ntitle: \"Say \\\"no\\\" to \\u00e9t\u00e9 \\\\ tax\"\n"
                     "author: 'Sin\u00e9ad O''Brien'\ntags:\n  - budget\n# a comment\n---\nBody.\n";
  g_autoptr(BylineArticle) article = byline_article_parse (text, strlen (text));

  g_assert_cmpstr (article->title, ==, "Say \"no\" to \u00e9t\u00e9 \\ tax");
  g_assert_cmpstr (article->author, ==, "Sin\u00e9ad O'Brien");
  g_assert_true (byline_article_is_ignored (article, 0));
}

/* `---` rules around prose are Markdown (thematic break, setext heading). */
static void
test_front_matter_not_yaml (void)
{
  const char *texts[] = {
    "---\nFoo\n---\nBar\n---\nBaz\n",
    "---\n---\n\nBody.\n",
    "---\ntitle: Budget\nThe council met.\n---\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(BylineArticle) article = byline_article_parse (texts[i], strlen (texts[i]));

      g_assert_false (byline_article_is_ignored (article, 0));
      g_assert_true (article->title == NULL || !g_str_equal (article->title, "Budget"));
    }
}

/* Only a plain line repeating the headline is a scraped duplicate. */
static void
test_duplicate_headline (void)
{
  const char *scraped = "Rates rise again\n\nRates rise again\n\nThe bank said.\n";
  const char *headings = "# Rates rise again\n\n## Rates rise again\n\nThe bank said.\n";
  const char *setext = "Rates rise again\n===\n\nRates rise again\n---\n\nThe bank said.\n";
  g_autoptr(BylineArticle) a = byline_article_parse (scraped, strlen (scraped));
  g_autoptr(BylineArticle) b = byline_article_parse (headings, strlen (headings));
  g_autoptr(BylineArticle) c = byline_article_parse (setext, strlen (setext));

  g_assert_true (byline_article_is_ignored (a, offset_of (scraped, "Rates", 1)));
  g_assert_false (byline_article_is_ignored (b, offset_of (headings, "Rates", 1)));
  g_assert_false (byline_article_is_ignored (c, offset_of (setext, "Rates", 1)));
  g_assert_cmpstr (b->title, ==, "Rates rise again");
}

/* Scraped twice with no blank line between: still the headline and its copy. */
static void
test_adjacent_duplicate_headline (void)
{
  const char *text = "Mayor Unveils Plan To Fix City Bridges\nMayor Unveils Plan To Fix City Bridges\n\n"
                     "The mayor of Pittsburgh spoke on Monday.\n";
  g_autoptr(BylineArticle) article = byline_article_parse (text, strlen (text));

  g_assert_cmpstr (article->title, ==, "Mayor Unveils Plan To Fix City Bridges");
  g_assert_true (byline_article_is_ignored (article, offset_of (text, "Mayor", 1)));
  g_assert_false (byline_article_is_ignored (article, 0));
}

static void
test_heading_and_byline (void)
{
  const char *text = "# Storm hits coast\n\n*By Jane Doe and John Roe*\n\nThe storm arrived.\n";
  g_autoptr(BylineArticle) article = byline_article_parse (text, strlen (text));

  g_assert_cmpstr (article->title, ==, "Storm hits coast");
  g_assert_cmpstr (article->author, ==, "Jane Doe and John Roe");
}

/* A courtesy title is not part of the author's name; an empty author
 * value (a nested YAML map) is no author. */
static void
test_author_tidy (void)
{
  const char *by = "# Clinics reopen\n\n*By Dr. Elena Voss, Health Correspondent*\n\nClinics reopened.\n";
  const char *nested = "---\ntitle: Plant opens\nauthor:\n  name: Sam Lee\n---\n\nThe plant opened.\n";
  g_autoptr(BylineArticle) a = byline_article_parse (by, strlen (by));
  g_autoptr(BylineArticle) b = byline_article_parse (nested, strlen (nested));

  g_assert_cmpstr (a->author, ==, "Elena Voss");
  g_assert_cmpint (strncmp (by + a->author_span.start, "Elena Voss", 10), ==, 0);
  g_assert_null (b->author);
  g_assert_cmpstr (b->title, ==, "Plant opens");
}

/* "By Tuesday" is a phrase, not a byline; wire services are. */
static void
test_byline_phrases (void)
{
  const char *phrases[] = { "By Tuesday", "By Design", "By Land and Sea", "BY THE WAY" };
  const struct { const char *line; const char *author; } names[] = {
    { "By AP", "AP" }, { "By Reuters", "Reuters" }, { "By Jane Doe and John Roe", "Jane Doe and John Roe" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (phrases); i++)
    {
      g_autofree char *text = g_strdup_printf ("# Budget\n\n%s\n\nThe council met.\n", phrases[i]);
      g_autoptr(BylineArticle) article = byline_article_parse (text, strlen (text));

      g_assert_null (article->author);
    }
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *text = g_strdup_printf ("# Budget\n\n%s\n\nThe council met.\n", names[i].line);
      g_autoptr(BylineArticle) article = byline_article_parse (text, strlen (text));

      g_assert_cmpstr (article->author, ==, names[i].author);
    }
}

static void
test_credit_line (void)
{
  const char *texts[] = {
    "Protests spread\n\nThousands marched.\n\nReporting by Duncan Miriri in Nairobi; Editing by Alex Richardson\n",
    "Protests spread\n\nThousands marched.\n\nReporting by Duncan Miriri\n",
    "Protests spread\n\nThousands marched.\n\nReporting by Duncan Miriri; Editing by Alex Richardson\n",
    "Protests spread\n\nThousands marched.\n\n(Reporting by Duncan Miriri; Editing by Alex Richardson)\n",
  };
  const char *sentence = "Protests spread\n\nReporting by the BBC found that thousands marched.\n";
  g_autoptr(BylineArticle) not_credit = byline_article_parse (sentence, strlen (sentence));

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(BylineArticle) article = byline_article_parse (texts[i], strlen (texts[i]));

      g_assert_cmpstr (article->author, ==, "Duncan Miriri");
    }
  g_assert_null (not_credit->author);
}

static void
test_no_title (void)
{
  const char *text = "A paragraph that runs\nover two lines.\n";
  g_autoptr(BylineArticle) article = byline_article_parse (text, strlen (text));

  g_assert_null (article->title);
  g_assert_null (article->author);
  g_assert_cmpuint (article->ignored->len, ==, 0);
}

/* Only a heading or a short line of its own is a headline. */
static void
test_not_a_title (void)
{
  const char *texts[] = {
    "> A quote opens the piece\n\nBody.\n",
    "1. Budget vote\n\nBody.\n",
    "- a list item\n\nBody.\n",
    "    indented code\n\nBody.\n",
    "```\nfenced\n```\n",
    "A long opening paragraph that tells the story of the council's budget vote in full.\n\nBody.\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(BylineArticle) article = byline_article_parse (texts[i], strlen (texts[i]));

      g_assert_null (article->title);
    }
}

static void
test_title_plain_text (void)
{
  const char *text = "Budget **vote** `now`\n===\n\nBody.\n";
  g_autoptr(BylineArticle) article = byline_article_parse (text, strlen (text));

  g_assert_cmpstr (article->title, ==, "Budget vote now");
  g_assert_cmpuint (article->title_span.start, ==, 0);
  g_assert_cmpuint (article->title_span.end, ==, 21);
}

static void
test_empty (void)
{
  g_autoptr(BylineArticle) article = byline_article_parse ("", 0);

  g_assert_null (article->title);
  g_assert_false (byline_article_is_ignored (article, 0));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/article/seed", test_seed);
  g_test_add_func ("/core/article/front-matter", test_front_matter);
  g_test_add_func ("/core/article/front-matter-yaml", test_front_matter_yaml);
  g_test_add_func ("/core/article/front-matter-not-yaml", test_front_matter_not_yaml);
  g_test_add_func ("/core/article/duplicate-headline", test_duplicate_headline);
  g_test_add_func ("/core/article/adjacent-duplicate-headline", test_adjacent_duplicate_headline);
  g_test_add_func ("/core/article/heading-and-byline", test_heading_and_byline);
  g_test_add_func ("/core/article/byline-phrases", test_byline_phrases);
  g_test_add_func ("/core/article/author-tidy", test_author_tidy);
  g_test_add_func ("/core/article/credit-line", test_credit_line);
  g_test_add_func ("/core/article/no-title", test_no_title);
  g_test_add_func ("/core/article/empty", test_empty);
  g_test_add_func ("/core/article/not-a-title", test_not_a_title);
  g_test_add_func ("/core/article/title-plain-text", test_title_plain_text);

  return g_test_run ();
}
