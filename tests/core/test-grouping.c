/* test-grouping.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-core.h"
#include "entities/byline-entities-private.h"

/* From mentions to groups, with the tagger's output written by hand so the
 * tests do not depend on the model. */

typedef struct
{
  char          *source;
  BylineArticle *article;
  BylineText    *text;
  GArray        *mentions;
} Doc;

static void
doc_clear (Doc *doc)
{
  g_clear_pointer (&doc->mentions, g_array_unref);
  g_clear_pointer (&doc->text, byline_text_free);
  g_clear_pointer (&doc->article, byline_article_free);
  g_clear_pointer (&doc->source, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Doc, doc_clear)

static void
doc_init (Doc        *doc,
          const char *source)
{
  doc->source = g_strdup (source);
  doc->article = byline_article_parse (doc->source, strlen (source));
  doc->text = byline_text_new (doc->source, strlen (source), doc->article);
  doc->mentions = g_array_new (FALSE, FALSE, sizeof (BylineMention));
}

/* The first token of the @nth (from 0) occurrence of @name's words. */
static guint
find_words (const Doc  *doc,
            const char *name,
            guint       nth,
            guint      *n_words)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  guint n = g_strv_length (words);

  for (guint i = 0; i + n <= doc->text->tokens->len; i++)
    {
      guint k = 0;

      while (k < n && byline_text_token_is (doc->text, i + k, words[k], FALSE))
        k++;
      if (k == n && nth-- == 0)
        {
          *n_words = n;
          return i;
        }
    }
  g_assert_not_reached ();
  return 0;
}

/* Tags the @nth occurrence of @name as the tagger would have. */
static void
tag (Doc              *doc,
     const char       *name,
     guint             nth,
     BylineEntityKind  kind)
{
  BylineMention m = { 0, 0, kind, BYLINE_MENTION_TAGGER, 0 };

  m.first = find_words (doc, name, nth, &m.n);
  m.headline = (byline_text_get_token (doc->text, m.first)->flags & BYLINE_TOKEN_HEADLINE) != 0;
  g_array_append_val (doc->mentions, m);
}

static int
compare_mentions (gconstpointer a,
                  gconstpointer b)
{
  return (int) ((const BylineMention *) a)->first - (int) ((const BylineMention *) b)->first;
}

static GPtrArray *
group (Doc      *doc,
       gboolean  extend)
{
  g_array_sort (doc->mentions, compare_mentions);
  byline_mentions_add_author (doc->mentions, doc->text, doc->article);
  if (extend)
    byline_mentions_extend (doc->mentions, doc->text);
  return byline_mentions_group (doc->mentions, doc->text);
}

static BylineEntity *
find_group (GPtrArray  *groups,
            const char *name)
{
  for (guint i = 0; i < groups->len; i++)
    if (g_str_equal (byline_entity_get_name (g_ptr_array_index (groups, i)), name))
      return g_ptr_array_index (groups, i);
  return NULL;
}

static void
assert_group (GPtrArray        *groups,
              const char       *name,
              BylineEntityKind  kind,
              guint             count,
              const char       *variants)
{
  BylineEntity *entity = find_group (groups, name);
  g_autofree char *joined = NULL;

  g_assert_nonnull (entity);
  g_assert_cmpstr (byline_entity_kind_to_string (byline_entity_get_kind (entity)), ==,
                   byline_entity_kind_to_string (kind));
  g_assert_cmpuint (byline_entity_get_count (entity), ==, count);
  joined = g_strjoinv ("|", (char **) byline_entity_get_variants (entity));
  g_assert_cmpstr (joined, ==, variants);
}

static void
test_shorter_form (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(GPtrArray) groups = NULL;

  doc_init (&doc, "# Headline\n\nSK Heavy builds ships. Later SK said more. Korea and South Korea differ.\n");
  tag (&doc, "SK Heavy", 0, BYLINE_ENTITY_ORG);
  tag (&doc, "SK", 1, BYLINE_ENTITY_ORG);
  tag (&doc, "Korea", 0, BYLINE_ENTITY_PLACE);
  tag (&doc, "South Korea", 0, BYLINE_ENTITY_PLACE);
  groups = group (&doc, FALSE);
  g_assert_cmpuint (groups->len, ==, 2);
  assert_group (groups, "SK Heavy", BYLINE_ENTITY_ORG, 2, "SK Heavy|SK");
  assert_group (groups, "South Korea", BYLINE_ENTITY_PLACE, 2, "South Korea|Korea");
}

static void
test_surname (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(GPtrArray) groups = NULL;

  /* The tagger found the full name only; the surname alone is found too. */
  doc_init (&doc, "# Headline\n\nEmily Chen leads the team.\n\nChen said it would ship. Analysts trust Chen.\n");
  tag (&doc, "Emily Chen", 0, BYLINE_ENTITY_PERSON);
  groups = group (&doc, TRUE);
  g_assert_cmpuint (groups->len, ==, 1);
  assert_group (groups, "Emily Chen", BYLINE_ENTITY_PERSON, 3, "Emily Chen|Chen");
}

static void
test_ambiguous_surname (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(GPtrArray) groups = NULL;

  /* Two people named Lee: each "Lee" joins the one named last before it. */
  doc_init (&doc, "# Headline\n\nAnna Lee spoke first. Lee was calm. Then Brian Lee spoke. Lee was angry.\n");
  tag (&doc, "Anna Lee", 0, BYLINE_ENTITY_PERSON);
  tag (&doc, "Brian Lee", 0, BYLINE_ENTITY_PERSON);
  groups = group (&doc, TRUE);
  assert_group (groups, "Anna Lee", BYLINE_ENTITY_PERSON, 2, "Anna Lee|Lee");
  assert_group (groups, "Brian Lee", BYLINE_ENTITY_PERSON, 2, "Brian Lee|Lee");
}

static void
test_possessive (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(GPtrArray) groups = NULL;
  const BylineSpan *mentions;
  guint n;

  doc_init (&doc, "# Headline\n\nSamsung's chips sell. Samsung grew.\n");
  tag (&doc, "Samsung", 0, BYLINE_ENTITY_ORG);
  tag (&doc, "Samsung", 1, BYLINE_ENTITY_ORG);
  groups = group (&doc, FALSE);
  assert_group (groups, "Samsung", BYLINE_ENTITY_ORG, 2, "Samsung");
  mentions = byline_entity_get_mentions (g_ptr_array_index (groups, 0), &n);
  g_assert_cmpuint (mentions[0].end - mentions[0].start, ==, strlen ("Samsung"));
}

static void
test_case_variants (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(GPtrArray) groups = NULL;

  doc_init (&doc, "# SAMSUNG WINS\n\nSamsung won. SAMSUNG shares rose.\n");
  tag (&doc, "Samsung", 0, BYLINE_ENTITY_ORG);
  groups = group (&doc, TRUE);
  g_assert_cmpuint (groups->len, ==, 1);
  assert_group (groups, "Samsung", BYLINE_ENTITY_ORG, 3, "Samsung|SAMSUNG");
}

static void
test_acronym (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(GPtrArray) groups = NULL;

  /* Defined in parentheses, the acronym joins its name; UPS is not one. */
  doc_init (&doc, "# Headline\n\nThe General Services Administration (GSA) said so. GSA agreed. "
                  "The US Postal Service and UPS compete.\n");
  tag (&doc, "General Services Administration", 0, BYLINE_ENTITY_ORG);
  tag (&doc, "GSA", 0, BYLINE_ENTITY_ORG);
  tag (&doc, "GSA", 1, BYLINE_ENTITY_ORG);
  tag (&doc, "US Postal Service", 0, BYLINE_ENTITY_ORG);
  tag (&doc, "UPS", 0, BYLINE_ENTITY_ORG);
  groups = group (&doc, FALSE);
  assert_group (groups, "General Services Administration", BYLINE_ENTITY_ORG, 3,
                "General Services Administration|GSA");
  assert_group (groups, "UPS", BYLINE_ENTITY_ORG, 1, "UPS");
}

static void
test_type_majority (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(GPtrArray) groups = NULL;

  doc_init (&doc, "# Headline\n\nOpenAI grew. OpenAI hired. OpenAI sold.\n");
  tag (&doc, "OpenAI", 0, BYLINE_ENTITY_PERSON);
  tag (&doc, "OpenAI", 1, BYLINE_ENTITY_ORG);
  tag (&doc, "OpenAI", 2, BYLINE_ENTITY_ORG);
  groups = group (&doc, FALSE);
  assert_group (groups, "OpenAI", BYLINE_ENTITY_ORG, 3, "OpenAI");
}

static void
test_headline_once (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(GPtrArray) groups = NULL;

  /* The duplicated headline and "Comments" are not counted; a single
   * title-case word guessed in the headline counts only when the body
   * confirms it. */
  doc_init (&doc, "Samsung, SK Heavy Partner With OpenAI on Massive AI Push\n\n"
                  "Samsung, SK Heavy Partner With OpenAI on Massive AI Push\n\n"
                  "Samsung and SK joined OpenAI.\n\nComments\n");
  tag (&doc, "Samsung", 0, BYLINE_ENTITY_ORG);
  tag (&doc, "Partner", 0, BYLINE_ENTITY_ORG);
  tag (&doc, "Push", 0, BYLINE_ENTITY_OTHER);
  tag (&doc, "Samsung", 1, BYLINE_ENTITY_ORG);
  tag (&doc, "OpenAI", 1, BYLINE_ENTITY_ORG);
  groups = group (&doc, TRUE);
  assert_group (groups, "Samsung", BYLINE_ENTITY_ORG, 2, "Samsung");
  assert_group (groups, "SK Heavy", BYLINE_ENTITY_ORG, 2, "SK Heavy|SK");
  assert_group (groups, "OpenAI", BYLINE_ENTITY_ORG, 2, "OpenAI");
  g_assert_cmpuint (groups->len, ==, 3);
}

static void
test_unknown_name (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(GPtrArray) groups = NULL;

  /* Twice in mid-sentence, never in lower case: a name the tagger missed.
   * A single ordinary word needs a name's shape; one written in lower case
   * elsewhere is not a name. */
  doc_init (&doc, "# Headline\n\nThey launched Every Kid in a Park today. Every Kid in a Park is free. "
                  "Kids love Every Kid in a Park, says OpenSchool. Parents thank OpenSchool. The Pipeline grew. "
                  "The Pipeline shrank. The Memory shortage is real, and the Memory rules and memory prices rose.\n");
  groups = group (&doc, TRUE);
  g_assert_cmpuint (groups->len, ==, 2);
  assert_group (groups, "Every Kid in a Park", BYLINE_ENTITY_OTHER, 3, "Every Kid in a Park");
  assert_group (groups, "OpenSchool", BYLINE_ENTITY_OTHER, 2, "OpenSchool");
}

/* Sets BIO tags on the @nth occurrence of @name. */
static void
set_tags (const Doc  *doc,
          guint8     *tags,
          const char *name,
          guint       nth,
          BylineTag   begin)
{
  guint n, first = find_words (doc, name, nth, &n);

  for (guint i = 0; i < n; i++)
    tags[first + i] = i == 0 ? begin : begin + 1;
}

static char *
mention_names (const Doc *doc)
{
  GString *out = g_string_new (NULL);

  for (guint k = 0; k < doc->mentions->len; k++)
    {
      g_autofree char *name = byline_mention_name (doc->text, &g_array_index (doc->mentions, BylineMention, k));

      g_string_append_printf (out, "%s%s", k > 0 ? "|" : "", name);
    }
  return g_string_free (out, FALSE);
}

static void
test_non_names (void)
{
  g_auto(Doc) doc = { 0 };
  g_autofree guint8 *tags = NULL;
  g_autofree char *names = NULL;

  doc_init (&doc, "# Headline\n\nThe Two firms met in November. AI is hot. Mr. Smith of the Bank of Korea spoke. "
                  "Memory chips sold.\n");
  tags = g_new0 (guint8, doc.text->tokens->len);
  set_tags (&doc, tags, "The Two", 0, BYLINE_TAG_B_ORG);
  set_tags (&doc, tags, "November", 0, BYLINE_TAG_B_OTHER);
  set_tags (&doc, tags, "AI", 0, BYLINE_TAG_B_ORG);
  set_tags (&doc, tags, "Mr. Smith", 0, BYLINE_TAG_B_PERSON);
  set_tags (&doc, tags, "the Bank of Korea", 0, BYLINE_TAG_B_ORG);
  set_tags (&doc, tags, "Memory", 0, BYLINE_TAG_B_OTHER);
  g_clear_pointer (&doc.mentions, g_array_unref);
  doc.mentions = byline_mentions_from_tags (doc.text, tags);
  names = mention_names (&doc);
  g_assert_cmpstr (names, ==, "Smith|Bank of Korea|Memory");
}

static void
test_listed (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(GPtrArray) groups = NULL;

  doc_init (&doc, "# Headline\n\nSamsung and SK have committed to it. Analysts and investors agreed.\n");
  tag (&doc, "Samsung", 0, BYLINE_ENTITY_ORG);
  groups = group (&doc, TRUE);
  assert_group (groups, "SK", BYLINE_ENTITY_ORG, 1, "SK");
  g_assert_cmpuint (groups->len, ==, 2);
}

static void
test_author (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(GPtrArray) groups = NULL;

  doc_init (&doc, "# Chip Makers Gain\n\nBy Emily Chen\n\nChip makers gained. Chen wrote this.\n");
  groups = group (&doc, TRUE);
  assert_group (groups, "Emily Chen", BYLINE_ENTITY_PERSON, 2, "Emily Chen|Chen");
}

static void
test_demonym (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(GPtrArray) groups = NULL;

  /* Tagged as a place, the adjective of a place the text names is OTHER. */
  doc_init (&doc, "# Headline\n\nTwo South Korean firms invest in South Korea and Japan. Japanese banks wait.\n");
  tag (&doc, "South Korean", 0, BYLINE_ENTITY_PLACE);
  tag (&doc, "South Korea", 0, BYLINE_ENTITY_PLACE);
  tag (&doc, "Japan", 0, BYLINE_ENTITY_PLACE);
  tag (&doc, "Japanese", 0, BYLINE_ENTITY_PLACE);
  groups = group (&doc, FALSE);
  assert_group (groups, "South Korean", BYLINE_ENTITY_OTHER, 1, "South Korean");
  assert_group (groups, "South Korea", BYLINE_ENTITY_PLACE, 1, "South Korea");
  assert_group (groups, "Japanese", BYLINE_ENTITY_OTHER, 1, "Japanese");
}

static void
test_place_prefix (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(GPtrArray) groups = NULL;

  /* A city named after its country, a river after its city: other places. */
  doc_init (&doc, "# Headline\n\nMexico City is big. Mexico is bigger. The Brisbane River floods Brisbane.\n");
  tag (&doc, "Mexico City", 0, BYLINE_ENTITY_PLACE);
  tag (&doc, "Mexico", 1, BYLINE_ENTITY_PLACE);
  tag (&doc, "Brisbane River", 0, BYLINE_ENTITY_PLACE);
  tag (&doc, "Brisbane", 1, BYLINE_ENTITY_PLACE);
  groups = group (&doc, FALSE);
  g_assert_cmpuint (groups->len, ==, 4);
}

static void
test_designators (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(GPtrArray) groups = NULL;

  /* The words such names are made with extend them and decide their type. */
  doc_init (&doc, "# Headline\n\nTesla Inc said so. Tesla grew. They signed the Paris Agreement in Paris.\n");
  tag (&doc, "Tesla Inc", 0, BYLINE_ENTITY_ORG);
  tag (&doc, "Tesla", 1, BYLINE_ENTITY_PERSON);
  tag (&doc, "Paris", 0, BYLINE_ENTITY_PLACE);
  tag (&doc, "Paris", 1, BYLINE_ENTITY_PLACE);
  groups = group (&doc, TRUE);
  assert_group (groups, "Tesla Inc", BYLINE_ENTITY_ORG, 2, "Tesla Inc|Tesla");
  assert_group (groups, "Paris Agreement", BYLINE_ENTITY_OTHER, 1, "Paris Agreement");
  assert_group (groups, "Paris", BYLINE_ENTITY_PLACE, 1, "Paris");
}

/* A name read as a person that runs on with a company's words is that
 * company, short form included; a place does not join on such words. */
static void
test_company_words (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(GPtrArray) groups = NULL;

  doc_init (&doc, "# Headline\n\nDoosan Heavy signed. Doosan grew. Doosan hired. "
                  "Hanwha Heavy bid. Hanwha lies south.\n");
  tag (&doc, "Doosan", 0, BYLINE_ENTITY_PERSON);
  tag (&doc, "Doosan", 1, BYLINE_ENTITY_PERSON);
  tag (&doc, "Doosan", 2, BYLINE_ENTITY_PERSON);
  tag (&doc, "Hanwha", 0, BYLINE_ENTITY_ORG);
  tag (&doc, "Hanwha", 1, BYLINE_ENTITY_PLACE);
  groups = group (&doc, TRUE);
  assert_group (groups, "Doosan Heavy", BYLINE_ENTITY_ORG, 3, "Doosan Heavy|Doosan");
  assert_group (groups, "Hanwha Heavy", BYLINE_ENTITY_ORG, 1, "Hanwha Heavy");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/grouping/shorter-form", test_shorter_form);
  g_test_add_func ("/core/grouping/surname", test_surname);
  g_test_add_func ("/core/grouping/ambiguous-surname", test_ambiguous_surname);
  g_test_add_func ("/core/grouping/possessive", test_possessive);
  g_test_add_func ("/core/grouping/case-variants", test_case_variants);
  g_test_add_func ("/core/grouping/acronym", test_acronym);
  g_test_add_func ("/core/grouping/type-majority", test_type_majority);
  g_test_add_func ("/core/grouping/headline-once", test_headline_once);
  g_test_add_func ("/core/grouping/unknown-name", test_unknown_name);
  g_test_add_func ("/core/grouping/non-names", test_non_names);
  g_test_add_func ("/core/grouping/listed", test_listed);
  g_test_add_func ("/core/grouping/author", test_author);
  g_test_add_func ("/core/grouping/demonym", test_demonym);
  g_test_add_func ("/core/grouping/place-prefix", test_place_prefix);
  g_test_add_func ("/core/grouping/designators", test_designators);
  g_test_add_func ("/core/grouping/company-words", test_company_words);

  return g_test_run ();
}
