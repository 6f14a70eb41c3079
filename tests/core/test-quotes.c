/* test-quotes.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-core.h"
#include "entities/byline-detect.h"

/* Quote spans and speakers. The people are given by hand (every spelling
 * of each), so the tests do not depend on the tagger's model. */

typedef struct
{
  char          *source;
  BylineArticle *article;
  BylineText    *text;
  GPtrArray     *groups;
  GPtrArray     *quotes;
} Doc;

static void
doc_clear (Doc *doc)
{
  g_clear_pointer (&doc->quotes, g_ptr_array_unref);
  g_clear_pointer (&doc->groups, g_ptr_array_unref);
  g_clear_pointer (&doc->text, byline_text_free);
  g_clear_pointer (&doc->article, byline_article_free);
  g_clear_pointer (&doc->source, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Doc, doc_clear)

/* Adds a group named @name, mentioned wherever one of @spellings (a
 * "|"-separated list, the name included) stands as whole tokens. */
static void
add_group (Doc              *doc,
           const char       *name,
           BylineEntityKind  kind,
           const char       *spellings)
{
  g_auto(GStrv) forms = g_strsplit (spellings, "|", -1);
  BylineEntity *entity = byline_entity_new (name, kind);

  for (guint f = 0; forms[f] != NULL; f++)
    {
      g_auto(GStrv) words = g_strsplit (forms[f], " ", -1);
      guint n = g_strv_length (words);

      for (guint i = 0; i + n <= doc->text->tokens->len; i++)
        {
          guint k = 0;

          while (k < n && byline_text_token_is (doc->text, i + k, words[k], FALSE))
            k++;
          if (k == n)
            byline_entity_add_mention (entity, (BylineSpan) {
                                         byline_text_get_token (doc->text, i)->start,
                                         byline_text_get_token (doc->text, i + n - 1)->start
                                         + byline_text_get_token (doc->text, i + n - 1)->len },
                                       forms[f]);
        }
    }
  g_ptr_array_add (doc->groups, entity);
}

static void
doc_init (Doc        *doc,
          const char *source)
{
  doc->source = g_strconcat ("# Headline\n\n", source, NULL);
  doc->article = byline_article_parse (doc->source, strlen (doc->source));
  doc->text = byline_text_new (doc->source, strlen (doc->source), doc->article);
  doc->groups = g_ptr_array_new_with_free_func (g_object_unref);
}

static void
detect (Doc *doc)
{
  doc->quotes = byline_quotes_detect_text (doc->text, doc->article, doc->groups);
}

/* Asserts quote @i's words and speaker (NULL for none). */
static void
assert_quote (Doc        *doc,
              guint       i,
              const char *words,
              const char *speaker)
{
  BylineQuote *quote;

  g_assert_cmpuint (i, <, doc->quotes->len);
  quote = g_ptr_array_index (doc->quotes, i);
  g_assert_cmpstr (byline_quote_get_text (quote), ==, words);
  g_assert_cmpstr (byline_quote_get_speaker (quote), ==, speaker);
}

/* One person, Maria Lopez, and one sentence about her around @body. */
static void
lopez_doc (Doc        *doc,
           const char *body)
{
  doc_init (doc, body);
  add_group (doc, "Maria Lopez", BYLINE_ENTITY_PERSON, "Maria Lopez|Lopez");
  add_group (doc, "Acme", BYLINE_ENTITY_ORG, "Acme");
  detect (doc);
}

static void
test_x_said (void)
{
  g_auto(Doc) doc = { 0 };

  lopez_doc (&doc, "Maria Lopez runs Acme.\n\n\"We will grow,\" Lopez said.\n");
  g_assert_cmpuint (doc.quotes->len, ==, 1);
  assert_quote (&doc, 0, "We will grow,", "Maria Lopez");
}

static void
test_said_x (void)
{
  g_auto(Doc) doc = { 0 };

  lopez_doc (&doc, "“We will grow,” said Maria Lopez.\n");
  assert_quote (&doc, 0, "We will grow,", "Maria Lopez");
}

static void
test_apposition (void)
{
  g_auto(Doc) doc = { 0 };

  lopez_doc (&doc, "“We will grow,” Maria Lopez, the chief executive of Acme, said on Monday.\n\n"
                   "“We will hire,” said Maria Lopez, who founded Acme.\n");
  assert_quote (&doc, 0, "We will grow,", "Maria Lopez");
  assert_quote (&doc, 1, "We will hire,", "Maria Lopez");
}

static void
test_according_to (void)
{
  g_auto(Doc) doc = { 0 };

  lopez_doc (&doc, "“Sales will double next year,” according to Maria Lopez.\n\n"
                   "According to Lopez, “the plant opens in May and hires at once.”\n");
  assert_quote (&doc, 0, "Sales will double next year,", "Maria Lopez");
  assert_quote (&doc, 1, "the plant opens in May and hires at once.", "Maria Lopez");
}

static void
test_colon (void)
{
  g_auto(Doc) doc = { 0 };

  lopez_doc (&doc, "Maria Lopez: \"We will grow.\"\n\nLopez said: \"We will hire.\"\n");
  assert_quote (&doc, 0, "We will grow.", "Maria Lopez");
  assert_quote (&doc, 1, "We will hire.", "Maria Lopez");
}

/* Two "X said:" sentences in a row: each speaker has the quote after the
 * colon; a person described before the colon speaks, not the bank named
 * in the description. */
static void
test_colon_in_a_row (void)
{
  g_auto(Doc) doc = { 0 };

  doc_init (&doc, "Anna Berg and Tom Lee met.\n\nBerg said: \"We agree.\" Lee said: \"We do not.\"\n\n"
                  "Ms. Berg, an analyst at Societe Generale, was less upbeat: \"One quarter is no trend.\"\n");
  add_group (&doc, "Anna Berg", BYLINE_ENTITY_PERSON, "Anna Berg|Berg");
  add_group (&doc, "Tom Lee", BYLINE_ENTITY_PERSON, "Tom Lee|Lee");
  add_group (&doc, "Societe Generale", BYLINE_ENTITY_ORG, "Societe Generale");
  detect (&doc);
  assert_quote (&doc, 0, "We agree.", "Anna Berg");
  assert_quote (&doc, 1, "We do not.", "Tom Lee");
  assert_quote (&doc, 2, "One quarter is no trend.", "Anna Berg");
}

/* "the American", "the 29-year-old": the person just named. */
static void
test_epithet (void)
{
  g_auto(Doc) doc = { 0 };

  doc_init (&doc, "Andy Murray beat John Isner in the final.\n\nIsner also paid tribute. \"He was "
                  "brilliant,\" the American said.\n\nMurray thanked his team. \"It was a long road,\" "
                  "said the 29-year-old.\n");
  add_group (&doc, "Andy Murray", BYLINE_ENTITY_PERSON, "Andy Murray|Murray");
  add_group (&doc, "John Isner", BYLINE_ENTITY_PERSON, "John Isner|Isner");
  add_group (&doc, "American", BYLINE_ENTITY_OTHER, "American");
  detect (&doc);
  assert_quote (&doc, 0, "He was brilliant,", "John Isner");
  assert_quote (&doc, 1, "It was a long road,", "Andy Murray");
}

/* The person after a verb who owns the noun ("Wu's neighbour, Amal
 * Haddad") is not the speaker; who follows "told" listens; a sentence after
 * a quote's full stop with its own object ("Lee called the meeting
 * productive.") does not attribute it. */
static void
test_not_the_speaker (void)
{
  g_auto(Doc) doc = { 0 };

  doc_init (&doc, "Gary Wu and Amal Haddad live on Elm Street. Li Qiang and Lee Jae-myung met.\n\n"
                  "\"Nobody asked us,\" said Wu's neighbour, Amal Haddad.\n\n"
                  "Li said the countries were \"neighbours who cannot move away.\" Lee called the "
                  "meeting productive.\n\nThe bank's chief executive later told CNBC: \"We share "
                  "the goal.\"\n");
  add_group (&doc, "Gary Wu", BYLINE_ENTITY_PERSON, "Gary Wu|Wu");
  add_group (&doc, "Amal Haddad", BYLINE_ENTITY_PERSON, "Amal Haddad");
  add_group (&doc, "Li Qiang", BYLINE_ENTITY_PERSON, "Li Qiang|Li");
  add_group (&doc, "Lee Jae-myung", BYLINE_ENTITY_PERSON, "Lee Jae-myung|Lee");
  add_group (&doc, "CNBC", BYLINE_ENTITY_ORG, "CNBC");
  detect (&doc);
  assert_quote (&doc, 0, "Nobody asked us,", "Amal Haddad");
  assert_quote (&doc, 1, "neighbours who cannot move away.", "Li Qiang");
  assert_quote (&doc, 2, "We share the goal.", NULL);
}

static void
test_told (void)
{
  g_auto(Doc) doc = { 0 };

  lopez_doc (&doc, "Maria Lopez told Acme staff on Friday, “The merger is off.”\n\n"
                   "“It is final,” Lopez told reporters.\n");
  assert_quote (&doc, 0, "The merger is off.", "Maria Lopez");
  assert_quote (&doc, 1, "It is final,", "Maria Lopez");
}

static void
test_added (void)
{
  g_auto(Doc) doc = { 0 };

  lopez_doc (&doc, "Maria Lopez spoke first.\n\n“Nothing is decided yet,” Lopez added.\n\n"
                   "She added: “We will see.”\n");
  assert_quote (&doc, 0, "Nothing is decided yet,", "Maria Lopez");
  assert_quote (&doc, 1, "We will see.", "Maria Lopez");
}

static void
test_subject (void)
{
  g_auto(Doc) doc = { 0 };

  /* A name modifying a noun is not the subject; a conjunction is no noun. */
  doc_init (&doc, "A Rogers spokeswoman, Sarah Lin, said the tool was “about giving people control.”\n\n"
                  "“We agree on this,” Tom Reid and Sarah Lin said.\n");
  add_group (&doc, "Rogers", BYLINE_ENTITY_PERSON, "Rogers");
  add_group (&doc, "Sarah Lin", BYLINE_ENTITY_PERSON, "Sarah Lin");
  add_group (&doc, "Tom Reid", BYLINE_ENTITY_PERSON, "Tom Reid");
  detect (&doc);
  assert_quote (&doc, 0, "about giving people control.", "Sarah Lin");
  assert_quote (&doc, 1, "We agree on this,", "Tom Reid");
}

static void
test_pronoun (void)
{
  g_auto(Doc) doc = { 0 };

  /* "he" skips the woman named last; a name in the quote does not count. */
  doc_init (&doc, "Tom Reid met Maria Lopez on Monday.\n\n“We disagree,” she said. "
                  "“Maria Lopez is wrong about the plan,” he said.\n");
  add_group (&doc, "Maria Lopez", BYLINE_ENTITY_PERSON, "Maria Lopez|Lopez");
  add_group (&doc, "Tom Reid", BYLINE_ENTITY_PERSON, "Tom Reid|Reid");
  detect (&doc);
  assert_quote (&doc, 0, "We disagree,", "Maria Lopez");
  assert_quote (&doc, 1, "Maria Lopez is wrong about the plan,", "Tom Reid");
}

/* A child named by a given name alone is no "she" when the name is a boy's. */
static void
test_pronoun_lone_given_name (void)
{
  g_auto(Doc) doc = { 0 };

  doc_init (&doc, "Ana Costa, whose son Lucas was treated as a baby, said he now turns when the dog "
                  "barks. “He laughs at sounds,” she said.\n");
  add_group (&doc, "Ana Costa", BYLINE_ENTITY_PERSON, "Ana Costa");
  add_group (&doc, "Lucas", BYLINE_ENTITY_PERSON, "Lucas");
  detect (&doc);
  assert_quote (&doc, 0, "He laughs at sounds,", "Ana Costa");
}

static void
test_titles (void)
{
  g_auto(Doc) doc = { 0 };

  doc_init (&doc, "“The vote stands,” said Mr. Reid.\n\n“We appeal,” Dr. Lopez said.\n\n"
                  "“We will act,” said President Obama.\n");
  add_group (&doc, "Tom Reid", BYLINE_ENTITY_PERSON, "Tom Reid|Reid");
  add_group (&doc, "Maria Lopez", BYLINE_ENTITY_PERSON, "Maria Lopez|Lopez");
  detect (&doc);
  assert_quote (&doc, 0, "The vote stands,", "Tom Reid");
  assert_quote (&doc, 1, "We appeal,", "Maria Lopez");
  /* No group for him: the name as written, without the title. */
  assert_quote (&doc, 2, "We will act,", "Obama");
}

/* A quote after a sentence about one person, with no verb of speech, is
 * theirs; after a sentence naming two people it is nobody's. */
static void
test_previous_subject (void)
{
  g_auto(Doc) doc = { 0 };

  doc_init (&doc, "Mayor Ann Holt was blunt. “I will not sign it under any circumstances.”\n\n"
                  "Holt met Peter Wong on Friday. “We talked for an hour about it.”\n");
  add_group (&doc, "Ann Holt", BYLINE_ENTITY_PERSON, "Ann Holt|Holt");
  add_group (&doc, "Peter Wong", BYLINE_ENTITY_PERSON, "Peter Wong");
  detect (&doc);
  assert_quote (&doc, 0, "I will not sign it under any circumstances.", "Ann Holt");
  assert_quote (&doc, 1, "We talked for an hour about it.", NULL);
}

/* A name that only modifies the subject ("U.K. officials") does not speak. */
static void
test_modifier_not_speaker (void)
{
  g_auto(Doc) doc = { 0 };

  doc_init (&doc, "U.K. officials described the talks as “constructive and useful.”\n\n"
                  "Russia said on Monday: “We reject the plan entirely.”\n");
  add_group (&doc, "U.K.", BYLINE_ENTITY_PLACE, "U.K.");
  add_group (&doc, "Russia", BYLINE_ENTITY_PLACE, "Russia");
  detect (&doc);
  assert_quote (&doc, 0, "constructive and useful.", NULL);
  assert_quote (&doc, 1, "We reject the plan entirely.", "Russia");
}

/* "…," a spokesman said: a quote with no named speaker is still a quote,
 * however short. */
static void
test_unnamed_speaker (void)
{
  g_auto(Doc) doc = { 0 };

  doc_init (&doc, "The plant will close.\n\n“This is final,” a spokesman said.\n");
  detect (&doc);
  assert_quote (&doc, 0, "This is final,", NULL);
}

/* The person named right before the verb speaks, not one named earlier
 * in a clause of the sentence. */
static void
test_subject_next_to_verb (void)
{
  g_auto(Doc) doc = { 0 };

  doc_init (&doc, "Asked about Donald Trump, press secretary Karine Jean-Pierre said, "
                  "“I will let the former president speak for himself.”\n");
  add_group (&doc, "Donald Trump", BYLINE_ENTITY_PERSON, "Donald Trump");
  add_group (&doc, "Karine Jean-Pierre", BYLINE_ENTITY_PERSON, "Karine Jean-Pierre");
  detect (&doc);
  assert_quote (&doc, 0, "I will let the former president speak for himself.", "Karine Jean-Pierre");
}

/* "she" is the nearest person a woman's given name fits, "he" a man's. */
static void
test_pronoun_given_name (void)
{
  g_auto(Doc) doc = { 0 };

  doc_init (&doc, "Sarah Klein met Mark Davis outside the hall.\n\n“It is a disgrace,” she said.\n\n"
                  "“It is not,” he said.\n");
  add_group (&doc, "Sarah Klein", BYLINE_ENTITY_PERSON, "Sarah Klein");
  add_group (&doc, "Mark Davis", BYLINE_ENTITY_PERSON, "Mark Davis");
  detect (&doc);
  assert_quote (&doc, 0, "It is a disgrace,", "Sarah Klein");
  assert_quote (&doc, 1, "It is not,", "Mark Davis");
}

/* "the mayor" is the person the story named with that office. */
static void
test_role_speaker (void)
{
  g_auto(Doc) doc = { 0 };

  doc_init (&doc, "Mayor Karen Bass signed the budget. John Lee, the city treasurer, opposed it.\n\n"
                  "“We did it,” the mayor said.\n\n“It is a mistake,” said the treasurer.\n");
  add_group (&doc, "Karen Bass", BYLINE_ENTITY_PERSON, "Karen Bass|Bass");
  add_group (&doc, "John Lee", BYLINE_ENTITY_PERSON, "John Lee|Lee");
  detect (&doc);
  assert_quote (&doc, 0, "We did it,", "Karen Bass");
  assert_quote (&doc, 1, "It is a mistake,", "John Lee");
}

static void
test_previous_sentence (void)
{
  g_auto(Doc) doc = { 0 };

  lopez_doc (&doc, "Maria Lopez explained the decision:\n\n"
                   "“We could not keep both plants open, and the older one had to go.”\n\n"
                   "Lopez said the talks had been hard. “Nobody wanted this outcome.”\n");
  assert_quote (&doc, 0, "We could not keep both plants open, and the older one had to go.", "Maria Lopez");
  assert_quote (&doc, 1, "Nobody wanted this outcome.", "Maria Lopez");
}

static void
test_split_quote (void)
{
  g_auto(Doc) doc = { 0 };

  lopez_doc (&doc, "“We will grow,” said Lopez. “And we will hire.”\n\n"
                   "“Next year,” Lopez said, “we open in Lyon.”\n");
  g_assert_cmpuint (doc.quotes->len, ==, 4);
  assert_quote (&doc, 1, "And we will hire.", "Maria Lopez");
  assert_quote (&doc, 3, "we open in Lyon.", "Maria Lopez");
}

static void
test_multi_paragraph (void)
{
  g_auto(Doc) doc = { 0 };
  BylineSpan span;
  g_autofree char *head = NULL;

  lopez_doc (&doc, "Lopez said:\n\n“The first year was hard.\n\n“The second was harder.\n\n"
                   "“The third was the best of all.”\n\nThe end.\n");
  g_assert_cmpuint (doc.quotes->len, ==, 1);
  assert_quote (&doc, 0, "The first year was hard. The second was harder. The third was the best of all.",
                "Maria Lopez");
  span = byline_quote_get_span (g_ptr_array_index (doc.quotes, 0));
  g_assert_true (g_str_has_prefix (doc.source + span.start, "“The first"));
  head = g_strndup (doc.source, span.end);
  g_assert_true (g_str_has_suffix (head, "of all.”"));
}

static void
test_nested_single (void)
{
  g_auto(Doc) doc = { 0 };

  lopez_doc (&doc, "“They told me, ‘Wait for the vote,’ and I waited,” Lopez said.\n\n"
                   "\"Call it a 'pause', not a stop,\" Lopez said.\n");
  g_assert_cmpuint (doc.quotes->len, ==, 2);
  assert_quote (&doc, 0, "They told me, ‘Wait for the vote,’ and I waited,", "Maria Lopez");
  assert_quote (&doc, 1, "Call it a 'pause', not a stop,", "Maria Lopez");
}

static void
test_straight_and_curly (void)
{
  g_auto(Doc) doc = { 0 };

  /* Mixed marks pair up: a curly opening, a straight closing. */
  lopez_doc (&doc, "“As both a parent and a founder, I am thrilled.\" Lopez smiled.\n\n"
                   "'We won,' Lopez said.\n");
  assert_quote (&doc, 0, "As both a parent and a founder, I am thrilled.", NULL);
  /* Single marks outside double ones are a quote when attributed. */
  assert_quote (&doc, 1, "We won,", "Maria Lopez");
}

static void
test_unattributed (void)
{
  g_auto(Doc) doc = { 0 };

  lopez_doc (&doc, "A sign on the door read: “Closed until further notice for repairs.”\n\n"
                   "The phrases “government website” and “for kids,” do not go together. "
                   "They called it the “Year of the River” campaign.\n");
  g_assert_cmpuint (doc.quotes->len, ==, 1);
  assert_quote (&doc, 0, "Closed until further notice for repairs.", NULL);
}

static void
test_nominal_speaker (void)
{
  g_auto(Doc) doc = { 0 };

  /* "a spokesman said" names nobody: the person mentioned before is not it. */
  lopez_doc (&doc, "Maria Lopez resigned on Monday.\n\n“The company wishes her well,” a spokesman said.\n");
  assert_quote (&doc, 0, "The company wishes her well,", NULL);
}

static void
test_organisation_speaker (void)
{
  g_auto(Doc) doc = { 0 };

  lopez_doc (&doc, "“We do not comment on rumours,” Acme said in a statement.\n");
  assert_quote (&doc, 0, "We do not comment on rumours,", "Acme");
}

static void
test_unbalanced (void)
{
  g_auto(Doc) doc = { 0 };

  /* An unclosed quote ends with its paragraph when the next one does not
   * reopen it; a stray closing mark is ignored. */
  lopez_doc (&doc, "Lopez said: “We will grow and we will hire\n\nThe end” came later.\n");
  g_assert_cmpuint (doc.quotes->len, ==, 1);
  assert_quote (&doc, 0, "We will grow and we will hire", "Maria Lopez");
}

/* Runs the whole analysis on @source (the tagger included). */
static BylineAnalysis *
analyse (const char *source)
{
  g_autoptr(GError) error = NULL;
  BylineAnalysis *analysis = byline_analysis_run (source, strlen (source), NULL, &error);

  g_assert_no_error (error);
  return analysis;
}

static void
test_author_line (void)
{
  g_autoptr(BylineAnalysis) analysis =
    analyse ("Chip Makers Gain Ground\n\nChip makers gained ground this year.\n\n"
             "Author Emily Chen: \"This is only the beginning for the industry.\"\n\nComments\n");
  BylineQuote *quote = byline_analysis_get_author_quote (analysis);

  g_assert_cmpstr (byline_analysis_get_author (analysis), ==, "Emily Chen");
  g_assert_nonnull (quote);
  g_assert_cmpstr (byline_quote_get_speaker (quote), ==, "Emily Chen");
  g_assert_cmpstr (byline_quote_get_text (quote), ==, "This is only the beginning for the industry.");
}

static void
test_author_byline (void)
{
  g_autoptr(BylineAnalysis) analysis =
    analyse ("# Chip Makers Gain Ground\n\n*By Emily Chen, Reuters*\n\nChip makers gained ground.\n\n"
             "“I have covered this industry for ten years,” Chen said.\n");
  BylineQuote *quote = byline_analysis_get_author_quote (analysis);

  g_assert_cmpstr (byline_analysis_get_author (analysis), ==, "Emily Chen");
  g_assert_nonnull (quote);
  g_assert_true (byline_quote_get_is_author (quote));
}

static void
test_author_front_matter (void)
{
  g_autoptr(BylineAnalysis) analysis =
    analyse ("---\ntitle: Chips\nauthor: Emily Chen\n---\n\n# Chips\n\nEmily Chen reports.\n\n"
             "“It is a good year,” said Emily Chen.\n\n“It is not,” said John Park.\n");
  GListModel *quotes = byline_analysis_get_quotes (analysis);
  g_autoptr(BylineQuote) other = g_list_model_get_item (quotes, 1);

  g_assert_cmpstr (byline_analysis_get_author (analysis), ==, "Emily Chen");
  g_assert_nonnull (byline_analysis_get_author_quote (analysis));
  g_assert_cmpstr (byline_quote_get_text (byline_analysis_get_author_quote (analysis)), ==, "It is a good year,");
  g_assert_false (byline_quote_get_is_author (other));
}

static void
test_author_shared_byline (void)
{
  g_autoptr(BylineAnalysis) analysis =
    analyse ("# Chip Makers Gain Ground\n\nBy Emily Chen and Tom Reid\n\nChip makers gained ground.\n\n"
             "“We have covered this industry for ten years,” Reid said.\n");
  BylineQuote *quote = byline_analysis_get_author_quote (analysis);

  g_assert_nonnull (quote);
  g_assert_cmpstr (byline_quote_get_speaker (quote), ==, "Tom Reid");
}

static void
test_british (void)
{
  g_auto(Doc) doc = { 0 };

  /* Single marks in a text without double ones; a plural's apostrophe is
   * not a closing mark. */
  lopez_doc (&doc, "'The players' union will not back down,' Lopez said.\n\n"
                   "'We start on Monday,' she added.\n");
  g_assert_cmpuint (doc.quotes->len, ==, 2);
  assert_quote (&doc, 0, "The players' union will not back down,", "Maria Lopez");
  assert_quote (&doc, 1, "We start on Monday,", "Maria Lopez");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/quotes/x-said", test_x_said);
  g_test_add_func ("/core/quotes/said-x", test_said_x);
  g_test_add_func ("/core/quotes/apposition", test_apposition);
  g_test_add_func ("/core/quotes/according-to", test_according_to);
  g_test_add_func ("/core/quotes/colon", test_colon);
  g_test_add_func ("/core/quotes/told", test_told);
  g_test_add_func ("/core/quotes/added", test_added);
  g_test_add_func ("/core/quotes/subject", test_subject);
  g_test_add_func ("/core/quotes/colon-in-a-row", test_colon_in_a_row);
  g_test_add_func ("/core/quotes/epithet", test_epithet);
  g_test_add_func ("/core/quotes/not-the-speaker", test_not_the_speaker);
  g_test_add_func ("/core/quotes/pronoun", test_pronoun);
  g_test_add_func ("/core/quotes/pronoun-lone-given-name", test_pronoun_lone_given_name);
  g_test_add_func ("/core/quotes/titles", test_titles);
  g_test_add_func ("/core/quotes/role-speaker", test_role_speaker);
  g_test_add_func ("/core/quotes/pronoun-given-name", test_pronoun_given_name);
  g_test_add_func ("/core/quotes/subject-next-to-verb", test_subject_next_to_verb);
  g_test_add_func ("/core/quotes/unnamed-speaker", test_unnamed_speaker);
  g_test_add_func ("/core/quotes/modifier-not-speaker", test_modifier_not_speaker);
  g_test_add_func ("/core/quotes/previous-subject", test_previous_subject);
  g_test_add_func ("/core/quotes/previous-sentence", test_previous_sentence);
  g_test_add_func ("/core/quotes/split", test_split_quote);
  g_test_add_func ("/core/quotes/multi-paragraph", test_multi_paragraph);
  g_test_add_func ("/core/quotes/nested-single", test_nested_single);
  g_test_add_func ("/core/quotes/straight-and-curly", test_straight_and_curly);
  g_test_add_func ("/core/quotes/british", test_british);
  g_test_add_func ("/core/quotes/unattributed", test_unattributed);
  g_test_add_func ("/core/quotes/nominal-speaker", test_nominal_speaker);
  g_test_add_func ("/core/quotes/organisation-speaker", test_organisation_speaker);
  g_test_add_func ("/core/quotes/unbalanced", test_unbalanced);
  g_test_add_func ("/core/quotes/author-line", test_author_line);
  g_test_add_func ("/core/quotes/author-byline", test_author_byline);
  g_test_add_func ("/core/quotes/author-front-matter", test_author_front_matter);
  g_test_add_func ("/core/quotes/author-shared-byline", test_author_shared_byline);

  return g_test_run ();
}
