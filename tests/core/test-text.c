/* test-text.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-core.h"
#include "entities/byline-text.h"

/* The text layer: tokens, sentences and flags over the source bytes. */

typedef struct
{
  char          *source;
  BylineArticle *article;
  BylineText    *text;
} Layer;

static void
layer_clear (Layer *layer)
{
  g_clear_pointer (&layer->text, byline_text_free);
  g_clear_pointer (&layer->article, byline_article_free);
  g_clear_pointer (&layer->source, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Layer, layer_clear)

static void
layer_init_raw (Layer      *layer,
                const char *source)
{
  layer->source = g_strdup (source);
  layer->article = byline_article_parse (layer->source, strlen (source));
  layer->text = byline_text_new (layer->source, strlen (source), layer->article);
}

/* Behind a headline, so that the first line is not taken for the title. */
static void
layer_init (Layer      *layer,
            const char *body)
{
  g_autofree char *source = g_strconcat ("# Headline\n\n", body, NULL);

  layer_init_raw (layer, source);
}

/* The tokens outside headlines as written, joined by "|". */
static char *
tokens_of (const Layer *layer)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < layer->text->tokens->len; i++)
    {
      const BylineTextToken *t = byline_text_get_token (layer->text, i);

      if (t->flags & BYLINE_TOKEN_HEADLINE)
        continue;
      if (out->len > 0)
        g_string_append_c (out, '|');
      g_string_append_len (out, layer->source + t->start, t->len);
    }
  return g_string_free (out, FALSE);
}

/* The sentences outside headlines, each as its tokens joined by spaces,
 * joined by " / ". */
static char *
sentences_of (const Layer *layer)
{
  GString *out = g_string_new (NULL);

  for (guint s = 0; s < layer->text->sentences->len; s++)
    {
      const BylineTextSentence *sentence = &g_array_index (layer->text->sentences, BylineTextSentence, s);
      g_autofree char *joined = byline_text_join (layer->text, sentence->first_token, sentence->n_tokens);

      if (byline_text_get_token (layer->text, sentence->first_token)->flags & BYLINE_TOKEN_HEADLINE)
        continue;
      if (out->len > 0)
        g_string_append (out, " / ");
      g_string_append (out, joined);
    }
  return g_string_free (out, FALSE);
}

static guint
find_token (const Layer *layer,
            const char  *word)
{
  for (guint i = 0; i < layer->text->tokens->len; i++)
    if (byline_text_token_is (layer->text, i, word, FALSE))
      return i;
  g_assert_not_reached ();
  return 0;
}

static guint
flags_of (const Layer *layer,
          const char  *word)
{
  return byline_text_get_token (layer->text, find_token (layer, word))->flags;
}

static void
assert_tokens (const char *source,
               const char *expected)
{
  g_auto(Layer) layer = { 0 };
  g_autofree char *got = NULL;

  layer_init (&layer, source);
  got = tokens_of (&layer);
  g_assert_cmpstr (got, ==, expected);
}

static void
test_possessive (void)
{
  g_auto(Layer) layer = { 0 };

  assert_tokens ("It is Samsung's chip and SK’s plant.\n",
                 "It|is|Samsung|'s|chip|and|SK|’s|plant|.");
  layer_init (&layer, "Then Samsung's chip.\n");
  g_assert_cmpint (byline_text_get_token (layer.text, find_token (&layer, "'s"))->kind, ==,
                   BYLINE_TEXT_POSSESSIVE);
}

static void
test_clitics (void)
{
  assert_tokens ("I'm sure they don’t know what we’ve done, O'Brien said.\n",
                 "I|'m|sure|they|do|n’t|know|what|we|’ve|done|,|O'Brien|said|.");
}

static void
test_hyphenated (void)
{
  assert_tokens ("Lee Jae-yong met 10-year-olds in a state‑run school.\n",
                 "Lee|Jae-yong|met|10-year-olds|in|a|state‑run|school|.");
}

static void
test_dotted (void)
{
  assert_tokens ("The U.S. and the U.K. signed it at 3 a.m. on Monday.\n",
                 "The|U.S.|and|the|U.K.|signed|it|at|3|a.m.|on|Monday|.");
}

static void
test_initials (void)
{
  g_auto(Layer) layer = { 0 };
  g_autofree char *sentences = NULL;

  layer_init (&layer, "It was signed by J. R. Smith in 1990. He left.\n");
  sentences = sentences_of (&layer);
  g_assert_cmpstr (sentences, ==, "It was signed by J. R. Smith in 1990. / He left.");
}

static void
test_abbreviations (void)
{
  g_auto(Layer) layer = { 0 };
  g_autofree char *sentences = NULL;

  layer_init (&layer, "Mr. Lee met Dr. Kim of Acme Inc. last week. Acme Inc. The firm grew.\n"
                      "It moved to the U.S. The move paid off.\n");
  sentences = sentences_of (&layer);
  g_assert_cmpstr (sentences, ==,
                   "Mr. Lee met Dr. Kim of Acme Inc. last week. / Acme Inc. / The firm grew. / "
                   "It moved to the U.S. / The move paid off.");
}

static void
test_sentence_start (void)
{
  g_auto(Layer) layer = { 0 };

  layer_init (&layer, "Some text here.\n\n“Memory matters,” she said. Chips followed.\n");
  g_assert_true (flags_of (&layer, "Memory") & BYLINE_TOKEN_SENTENCE_START);
  g_assert_true (flags_of (&layer, "Chips") & BYLINE_TOKEN_SENTENCE_START);
  g_assert_false (flags_of (&layer, "she") & BYLINE_TOKEN_SENTENCE_START);
}

static void
test_all_caps_headline (void)
{
  g_auto(Layer) layer = { 0 };

  layer_init_raw (&layer, "# SAMSUNG AND SK JOIN OPENAI PUSH\n\nSamsung and SK joined.\n");
  g_assert_true (flags_of (&layer, "SAMSUNG") & BYLINE_TOKEN_ALL_CAPS_LINE);
  g_assert_true (flags_of (&layer, "SAMSUNG") & BYLINE_TOKEN_HEADLINE);
  g_assert_false (flags_of (&layer, "Samsung") & BYLINE_TOKEN_ALL_CAPS_LINE);
}

static void
test_title_case_headline (void)
{
  g_auto(Layer) layer = { 0 };

  /* The plain-text title, a Markdown heading, and a title-case line. */
  layer_init_raw (&layer, "Samsung, SK Heavy Partner With OpenAI on Massive AI Push\n\n"
                      "Body text that says Push once.\n\n## Memory Makers Gain Ground\n\n"
                      "Chipmakers Brace For Another Record Quarter\n\nMore body.\n");
  g_assert_true (flags_of (&layer, "Partner") & BYLINE_TOKEN_HEADLINE);
  g_assert_true (flags_of (&layer, "Massive") & BYLINE_TOKEN_HEADLINE);
  g_assert_true (flags_of (&layer, "Makers") & BYLINE_TOKEN_HEADLINE);
  g_assert_true (flags_of (&layer, "Brace") & BYLINE_TOKEN_HEADLINE);
  g_assert_false (flags_of (&layer, "Body") & BYLINE_TOKEN_HEADLINE);
}

/* A name made an adjective by a suffix is split off it; a hyphenated
 * name stays whole. */
static void
test_compounds (void)
{
  assert_tokens ("Intro line here.\n\nA California-based firm and a Saudi-led group met Lee Jae-yong.\n",
                 "Intro|line|here|.|A|California|-|based|firm|and|a|Saudi|-|led|group|met|Lee|Jae-yong|.");
}

static void
test_dateline (void)
{
  g_auto(Layer) layer = { 0 };
  g_autofree char *sentences = NULL;

  layer_init (&layer, "SEOUL, Nov 3 (Reuters) - Samsung said on Monday it would invest.\n\n"
                      "WASHINGTON — The Senate voted.\n");
  sentences = sentences_of (&layer);
  g_assert_cmpstr (sentences, ==, "SEOUL, Nov 3 (Reuters) - / Samsung said on Monday it would invest. / "
                                  "WASHINGTON — / The Senate voted.");
  g_assert_true (flags_of (&layer, "SEOUL") & BYLINE_TEXT_DATELINE);
  g_assert_true (flags_of (&layer, "SEOUL") & BYLINE_TOKEN_ALL_CAPS_LINE);
  g_assert_true (flags_of (&layer, "Samsung") & BYLINE_TOKEN_SENTENCE_START);
}

static void
test_markdown_syntax (void)
{
  /* Emphasis, links (text kept, destination dropped), images, code, HTML,
   * bare URLs, e-mail addresses and handles leave no tokens. */
  assert_tokens ("Read **the [GSA report](https://gsa.gov/x \"t\")** by `code span` now.\n\n"
                 "![A photo of Lee](lee.jpg) See <b>bold</b> and https://example.com/a?b=c, "
                 "mail ann@example.com or @ann.\n\n"
                 "```\nSecret Name\n```\n\n<div>\nHidden Name\n</div>\n\n    indented code = 1;\n",
                 "Read|the|GSA|report|by|now|.|See|bold|and|,|mail|or|.");
}

static void
test_markdown_containers (void)
{
  g_auto(Layer) layer = { 0 };
  g_autofree char *got = NULL;
  const BylineTextToken *t;

  layer_init (&layer, "> Quoted Name said\n> more words.\n\n- Listed Name\n  continues.\n");
  got = tokens_of (&layer);
  g_assert_cmpstr (got, ==, "Quoted|Name|said|more|words|.|Listed|Name|continues|.");
  t = byline_text_get_token (layer.text, find_token (&layer, "more"));
  g_assert_true (t->flags & BYLINE_TEXT_NEWLINE_BEFORE);
}

static void
test_offsets (void)
{
  g_auto(Layer) layer = { 0 };
  const char *source = "# Über Café\n\nJosé Müller visited *Zürich* on [Monday](x).\n";
  const BylineTextToken *t;

  layer_init_raw (&layer, source);
  t = byline_text_get_token (layer.text, find_token (&layer, "Zürich"));
  g_assert_cmpuint (t->start, ==, (gsize) (strstr (source, "Zürich") - source));
  g_assert_cmpuint (t->len, ==, strlen ("Zürich"));
  t = byline_text_get_token (layer.text, find_token (&layer, "Monday"));
  g_assert_cmpuint (t->start, ==, (gsize) (strstr (source, "Monday") - source));
  g_assert_cmpuint (byline_text_token_at (layer.text, t->start), ==, find_token (&layer, "Monday"));
}

static void
test_quote_marks (void)
{
  g_auto(Layer) layer = { 0 };
  const char *source = "\"Straight,\" she said. “Curly,” he said. ‘Single,’ they said.\n";
  guint flags[6], n = 0;

  layer_init (&layer, source);
  for (guint i = 0; i < layer.text->tokens->len; i++)
    if (byline_text_get_token (layer.text, i)->kind == BYLINE_TEXT_QUOTE)
      flags[n++] = byline_text_get_token (layer.text, i)->flags;
  g_assert_cmpuint (n, ==, 6);
  for (guint k = 0; k < 6; k++)
    {
      g_assert_cmpint (!!(flags[k] & BYLINE_TEXT_QUOTE_DOUBLE), ==, k < 4);
      g_assert_cmpint (!!(flags[k] & BYLINE_TEXT_QUOTE_OPEN), ==, k % 2 == 0);
      g_assert_cmpint (!!(flags[k] & BYLINE_TEXT_QUOTE_CLOSE), ==, k % 2 == 1);
    }
}

static void
test_tagger_tokens (void)
{
  g_auto(Layer) layer = { 0 };
  BylineTaggerToken tokens[16];
  const BylineTextSentence *sentence;

  layer_init (&layer, "“Chen’s plan,” she said.\n");
  sentence = &g_array_index (layer.text->sentences, BylineTextSentence, 1);
  g_assert_cmpuint (sentence->n_tokens, <=, G_N_ELEMENTS (tokens));
  byline_text_tagger_tokens (layer.text, 1, tokens);
  g_assert_cmpmem (tokens[0].text, tokens[0].len, "\"", 1);
  g_assert_cmpmem (tokens[2].text, tokens[2].len, "'s", 2);
}

static void
test_ignored (void)
{
  g_auto(Layer) layer = { 0 };
  g_autofree char *got = NULL;

  /* The duplicated headline and the trailing "Comments" are not text. */
  layer_init_raw (&layer, "Big News Today\n\nBig News Today\n\nThe body.\n\nComments\n");
  got = tokens_of (&layer);
  g_assert_cmpstr (got, ==, "The|body|.");
  g_assert_cmpuint (layer.text->blocks->len, ==, 2);
}

static void
test_plain_text (void)
{
  g_auto(Layer) layer = { 0 };
  g_autofree char *got = NULL;

  /* Indented prose in a plain-text file is text, not a code block. */
  layer_init_raw (&layer, "Title Line Here\n\n    The company said it grew. Sales rose.\n");
  got = tokens_of (&layer);
  g_assert_cmpstr (got, ==, "The|company|said|it|grew|.|Sales|rose|.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/text/possessive", test_possessive);
  g_test_add_func ("/core/text/clitics", test_clitics);
  g_test_add_func ("/core/text/hyphenated", test_hyphenated);
  g_test_add_func ("/core/text/dotted", test_dotted);
  g_test_add_func ("/core/text/initials", test_initials);
  g_test_add_func ("/core/text/abbreviations", test_abbreviations);
  g_test_add_func ("/core/text/sentence-start", test_sentence_start);
  g_test_add_func ("/core/text/all-caps-headline", test_all_caps_headline);
  g_test_add_func ("/core/text/title-case-headline", test_title_case_headline);
  g_test_add_func ("/core/text/dateline", test_dateline);
  g_test_add_func ("/core/text/compounds", test_compounds);
  g_test_add_func ("/core/text/markdown-syntax", test_markdown_syntax);
  g_test_add_func ("/core/text/markdown-containers", test_markdown_containers);
  g_test_add_func ("/core/text/offsets", test_offsets);
  g_test_add_func ("/core/text/quote-marks", test_quote_marks);
  g_test_add_func ("/core/text/tagger-tokens", test_tagger_tokens);
  g_test_add_func ("/core/text/ignored", test_ignored);
  g_test_add_func ("/core/text/plain-text", test_plain_text);

  return g_test_run ();
}
