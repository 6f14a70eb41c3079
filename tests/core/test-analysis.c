/* test-analysis.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "byline-core.h"
#include "test-util.h"

/* The analysis of @text, which must succeed. */
static BylineAnalysis *
analyse (const char *text)
{
  g_autoptr(GError) error = NULL;
  BylineAnalysis *analysis = byline_analysis_run (text, strlen (text), NULL, &error);

  g_assert_no_error (error);
  return analysis;
}

/* The group @name of @analysis, which must exist and be of @kind. */
static BylineEntity *
assert_entity (BylineAnalysis   *analysis,
               const char       *name,
               BylineEntityKind  kind)
{
  BylineEntity *entity = byline_analysis_find_entity (analysis, name);

  g_assert_nonnull (entity);
  g_assert_cmpint (byline_entity_get_kind (entity), ==, kind);
  return entity;
}

static void
test_seed_names (void)
{
  gsize len;
  g_autofree char *text = test_read_source_file ("data/samples/stargate.txt", &len);
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineAnalysis) analysis = byline_analysis_run (text, len, NULL, &error);
  const char *names[] = { "Samsung", "OpenAI", "Emily Chen" };

  g_assert_no_error (error);
  g_assert_cmpstr (byline_analysis_get_author (analysis), ==, "Emily Chen");
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      BylineEntity *entity = byline_analysis_find_entity (analysis, names[i]);
      const BylineSpan *mentions;
      guint n;

      g_assert_nonnull (entity);
      mentions = byline_entity_get_mentions (entity, &n);
      g_assert_cmpuint (n, >, 0);
      /* Every offset points at the text it names (or a variant of it). */
      for (guint m = 0; m < n; m++)
        {
          g_autofree char *named = g_strndup (text + mentions[m].start,
                                              mentions[m].end - mentions[m].start);

          g_assert_true (g_strv_contains (byline_entity_get_variants (entity), named));
        }
    }
  g_assert_null (byline_analysis_find_entity (analysis, "Comments"));
}

/* A dateline's city is a place; a capitalised subject before a dash is
 * left to the tagger. */
static void
test_dateline_places (void)
{
  const char *text = "CUPERTINO, Calif. — The company said on Tuesday it would cut prices.\n\n"
                     "NEW YORK (AP) — Stocks rose on Wall Street.\n\n"
                     "NASA — the agency said on Monday it would delay the launch.\n";
  g_autoptr(BylineAnalysis) analysis = analyse (text);
  const char *places[] = { "Cupertino", "New York" };  /* named as a story writes them */

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    assert_entity (analysis, places[i], BYLINE_ENTITY_PLACE);
  assert_entity (analysis, "NASA", BYLINE_ENTITY_ORG);
}

/* An organisation named after its place is one name. */
static void
test_organisation_of_place (void)
{
  const char *text = "The Law Society of Kenya said on Tuesday that 200 people had been arrested "
                     "in Nairobi. Kenya has seen protests for a week.\n";
  g_autoptr(BylineAnalysis) analysis = analyse (text);
  BylineEntity *kenya;
  guint n;

  assert_entity (analysis, "Law Society of Kenya", BYLINE_ENTITY_ORG);
  kenya = assert_entity (analysis, "Kenya", BYLINE_ENTITY_PLACE);
  byline_entity_get_mentions (kenya, &n);
  g_assert_cmpuint (n, ==, 1);
}

/* A month that is also a given name stays part of the person's name. */
static void
test_calendar_given_name (void)
{
  const char *text = "According to Goldman Sachs economist Jan Hatzius, the first cut could come in June.\n";
  g_autoptr(BylineAnalysis) analysis = analyse (text);

  g_assert_nonnull (byline_analysis_find_entity (analysis, "Jan Hatzius"));
  g_assert_null (byline_analysis_find_entity (analysis, "June"));
}

/* Surname particles belong to the name. */
static void
test_name_particles (void)
{
  const char *text = "Manchester United dismissed Erik ten Hag on Monday. "
                     "Ruud van Nistelrooy will take charge for the next match.\n";
  g_autoptr(BylineAnalysis) analysis = analyse (text);

  g_assert_nonnull (byline_analysis_find_entity (analysis, "Erik ten Hag"));
  g_assert_nonnull (byline_analysis_find_entity (analysis, "Ruud van Nistelrooy"));
  g_assert_null (byline_analysis_find_entity (analysis, "Hag"));
}

/* An organisation's initials in capitals are that organisation, spelled
 * out or not; capitals that spell another name's initials are not. */
static void
test_acronyms (void)
{
  const char *text = "The World Health Organization warned on Thursday that cases were rising. "
                     "A WHO spokesman said the agency would meet. The European Union and the EU "
                     "Commission agreed. The US Postal Service and UPS compete.\n";
  g_autoptr(BylineAnalysis) analysis = analyse (text);
  BylineEntity *who;
  guint n;

  who = byline_analysis_find_entity (analysis, "World Health Organization");
  g_assert_nonnull (who);
  byline_entity_get_mentions (who, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_true (g_strv_contains (byline_entity_get_variants (who), "WHO"));
  g_assert_false (g_strv_contains (byline_entity_get_variants (byline_analysis_find_entity (analysis, "US Postal Service")), "UPS"));
}

/* Dotted initials are the same acronym. */
static void
test_dotted_acronyms (void)
{
  g_autoptr(BylineAnalysis) analysis = analyse ("The European Union agreed on Monday. E.U. leaders met in "
                                                "Brussels, and the EU said it would act.\n");
  BylineEntity *eu = byline_analysis_find_entity (analysis, "European Union");
  guint n;

  g_assert_nonnull (eu);
  byline_entity_get_mentions (eu, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_true (g_strv_contains (byline_entity_get_variants (eu), "E.U."));
}

/* Numbers with units are measures, not names. */
static void
test_measures (void)
{
  const char *text = "Temperatures above 40C were recorded in Spain on Monday, and 45C in Seville.\n";
  g_autoptr(BylineAnalysis) analysis = analyse (text);

  g_assert_nonnull (byline_analysis_find_entity (analysis, "Spain"));
  g_assert_null (byline_analysis_find_entity (analysis, "40C"));
  g_assert_null (byline_analysis_find_entity (analysis, "45C"));
}

/* Names on the authors' hand-written list keep its type, and are found
 * where the tagger missed them. */
static void
test_hand_listed (void)
{
  g_autoptr(BylineAnalysis) analysis = analyse ("Analysts at Morgan Stanley and Goldman Sachs said "
                                                "rates would hold. JPMorgan agreed on Tuesday.\n");
  const char *banks[] = { "Morgan Stanley", "Goldman Sachs", "JPMorgan" };

  for (guint i = 0; i < G_N_ELEMENTS (banks); i++)
    assert_entity (analysis, banks[i], BYLINE_ENTITY_ORG);
}

/* Listed companies keep their type and their "&"; a nationality the list
 * knows does not join the institution named after it. */
static void
test_hand_listed_companies (void)
{
  g_autoptr(BylineAnalysis) analysis = analyse ("EUROPEAN PARLIAMENT BACKS ENGINE RULES\n\n"
                                                "The European Parliament voted on Tuesday to tighten the "
                                                "rules, a move European drivers may feel. Rolls-Royce "
                                                "welcomed it, and Pratt & Whitney said nothing.\n");
  BylineEntity *parliament = assert_entity (analysis, "European Parliament", BYLINE_ENTITY_ORG);

  g_assert_cmpuint (byline_entity_get_count (parliament), ==, 2);
  assert_entity (analysis, "European", BYLINE_ENTITY_OTHER);
  assert_entity (analysis, "Rolls-Royce", BYLINE_ENTITY_ORG);
  assert_entity (analysis, "Pratt & Whitney", BYLINE_ENTITY_ORG);
}

/* A headline name that runs a person's surname on into words the body
 * writes in lower case is that person. */
static void
test_headline_trimmed_to_person (void)
{
  g_autoptr(BylineAnalysis) analysis = analyse ("# Okafor Hat-Trick Sinks Blackburn\n\n"
                                                "Daniel Okafor scored three times as the hosts beat "
                                                "Blackburn Rovers 3-0 on Saturday. It was his first "
                                                "hat-trick, and Okafor said he would keep the ball.\n");

  g_assert_cmpuint (byline_entity_get_count (assert_entity (analysis, "Daniel Okafor", BYLINE_ENTITY_PERSON)),
                    ==, 3);
  g_assert_null (byline_analysis_find_entity (analysis, "Okafor Hat-Trick"));
}

/* A headline's verb is not part of the place before it. */
static void
test_headline_verb_after_place (void)
{
  g_autoptr(BylineAnalysis) analysis = analyse ("Apple, Google Face Tough New Rules As Brussels Tightens Grip\n\n"
                                                "The European Commission in Brussels said on Monday that "
                                                "Apple and Google must open their app stores. Officials in "
                                                "Brussels expect a fight.\n");

  g_assert_cmpuint (byline_entity_get_count (assert_entity (analysis, "Brussels", BYLINE_ENTITY_PLACE)), ==, 3);
  g_assert_null (byline_analysis_find_entity (analysis, "Brussels Tightens"));
}

/* The ways news names one department are one entity; a school or an
 * airport named after a person is not that person. */
static void
test_departments_and_named_after (void)
{
  g_autoptr(BylineAnalysis) analysis = analyse ("The U.S. Department of the Interior said on Monday it would "
                                                "review the lease. An Interior Department spokesman declined "
                                                "to comment. Pupils at Samuel W. Tucker Elementary School "
                                                "raised money, and flights at John F. Kennedy International "
                                                "Airport were delayed.\n");
  BylineEntity *interior = assert_entity (analysis, "U.S. Department of the Interior", BYLINE_ENTITY_ORG);

  g_assert_cmpuint (byline_entity_get_count (interior), ==, 2);
  assert_entity (analysis, "Samuel W. Tucker Elementary School", BYLINE_ENTITY_ORG);
  assert_entity (analysis, "John F. Kennedy International Airport", BYLINE_ENTITY_PLACE);
  g_assert_null (byline_analysis_find_entity (analysis, "John F. Kennedy"));
}

/* More of how news names bodies and people: an acronym the text defines
 * joins its name whatever its initials; a name runs on over "do" and a
 * last "and" word; a university is called by its first word; a particle
 * joined to a surname; a place the gazetteers know, read as a person. */
static void
test_more_name_shapes (void)
{
  g_autoptr(BylineAnalysis) analysis = analyse ("The Centers for Disease Control and Prevention (CDC) said "
                                                "cases rose, and the CDC asked students at the Federal "
                                                "University of Rio Grande do Sul to help. Loyola University "
                                                "Chicago said 120 students would tutor, and Loyola paid them. "
                                                "Foreign Minister Hassan el-Tayeb left Geneva; el-Tayeb "
                                                "said little. Trains to Ancona were cancelled, according "
                                                "to Counterpoint Research.\n");
  BylineEntity *cdc = assert_entity (analysis, "Centers for Disease Control and Prevention", BYLINE_ENTITY_ORG);

  g_assert_cmpuint (byline_entity_get_count (cdc), ==, 3);  /* the name, "(CDC)", "the CDC" */
  assert_entity (analysis, "Federal University of Rio Grande do Sul", BYLINE_ENTITY_ORG);
  g_assert_cmpuint (byline_entity_get_count (assert_entity (analysis, "Loyola University Chicago",
                                                            BYLINE_ENTITY_ORG)), ==, 2);
  g_assert_cmpuint (byline_entity_get_count (assert_entity (analysis, "Hassan el-Tayeb",
                                                            BYLINE_ENTITY_PERSON)), ==, 2);
  assert_entity (analysis, "Ancona", BYLINE_ENTITY_PLACE);
  assert_entity (analysis, "Counterpoint Research", BYLINE_ENTITY_ORG);
}

/* A tagged run across a comma is two names; a one-word place that is the
 * surname of a person named in full is that person. */
static void
test_commas_and_surnames (void)
{
  g_autoptr(BylineAnalysis) analysis = analyse ("Hyundai Motor raised prices. A spokeswoman for Hyundai, "
                                                "Park Ji-yeon, said: \"Stable rules help everyone.\"\n\n"
                                                "Board member Lucia Fernández said she voted no. According "
                                                "to Fernández, the district ignored the comments.\n");

  assert_entity (analysis, "Park Ji-yeon", BYLINE_ENTITY_PERSON);
  g_assert_null (byline_analysis_find_entity (analysis, "Hyundai, Park Ji-yeon"));
  g_assert_cmpuint (byline_entity_get_count (assert_entity (analysis, "Lucia Fernández", BYLINE_ENTITY_PERSON)),
                    ==, 2);
}

/* A role or title before a person the tagger cut short; initials and a
 * surname are a person; well-known firms keep their type. */
static void
test_people_and_firms (void)
{
  g_autoptr(BylineAnalysis) analysis = analyse ("City manager Pep Guardiola said little. Guardiola left "
                                                "early. TSMC chief C.C. Wei spoke later, and Wei said "
                                                "demand was strong, according to Wood Mackenzie and "
                                                "Andreessen Horowitz.\n");

  g_assert_cmpuint (byline_entity_get_count (assert_entity (analysis, "Pep Guardiola", BYLINE_ENTITY_PERSON)),
                    ==, 2);
  g_assert_cmpuint (byline_entity_get_count (assert_entity (analysis, "C.C. Wei", BYLINE_ENTITY_PERSON)), ==, 2);
  assert_entity (analysis, "Wood Mackenzie", BYLINE_ENTITY_ORG);
  assert_entity (analysis, "Andreessen Horowitz", BYLINE_ENTITY_ORG);
}

/* A listed club's full name wins over the city the tagger saw in it. */
static void
test_hand_listed_clubs (void)
{
  g_autoptr(BylineAnalysis) analysis = analyse ("Lionel Messi scored twice as Inter Miami beat Orlando City "
                                                "3-1. Inter Miami visit the New York Red Bulls next.\n");
  const char *clubs[] = { "Inter Miami", "Orlando City", "New York Red Bulls" };

  for (guint i = 0; i < G_N_ELEMENTS (clubs); i++)
    assert_entity (analysis, clubs[i], BYLINE_ENTITY_ORG);
  g_assert_null (byline_analysis_find_entity (analysis, "Miami"));
}

/* The hand-written list decides a listed name's type whatever other lists
 * say ("Chinese" is a nationality, not a company), links short forms to
 * their full name ("Fed", "U.K."), and gives way to a person it names
 * ("Bloomberg" after "Michael Bloomberg"). */
static void
test_hand_listed_aliases (void)
{
  g_autoptr(BylineAnalysis) analysis = analyse ("Fed holds rates steady\n\n"
                                                "The Federal Reserve kept rates on hold, and Fed officials "
                                                "said the Chinese economy was slowing. J.P. Morgan analysts "
                                                "agreed. Trade with Britain fell, U.K. data showed.\n\n"
                                                "Michael Bloomberg, the former mayor, spoke later. "
                                                "Bloomberg said he was not worried.\n");
  BylineEntity *fed = assert_entity (analysis, "Federal Reserve", BYLINE_ENTITY_ORG);
  BylineEntity *britain = assert_entity (analysis, "Britain", BYLINE_ENTITY_PLACE);
  BylineEntity *mike = assert_entity (analysis, "Michael Bloomberg", BYLINE_ENTITY_PERSON);

  g_assert_cmpuint (byline_entity_get_count (fed), ==, 3);
  g_assert_cmpuint (byline_entity_get_count (britain), ==, 2);
  g_assert_cmpuint (byline_entity_get_count (mike), ==, 2);
  assert_entity (analysis, "Chinese", BYLINE_ENTITY_OTHER);
  assert_entity (analysis, "J.P. Morgan", BYLINE_ENTITY_ORG);
}

/* A state's abbreviation is the state, named by its full name when the
 * story writes it. */
static void
test_state_abbreviations (void)
{
  g_autoptr(BylineAnalysis) analysis = analyse ("SAN DIEGO, Calif. (AP) — California lawmakers met on Monday. "
                                                "A fire near Ventura, Calif., burned homes.\n");

  g_assert_cmpuint (byline_entity_get_count (assert_entity (analysis, "California", BYLINE_ENTITY_PLACE)), ==, 3);
}

/* A title before capitalised words makes them a person: "President Xi
 * Jinping", "Mr. Xi"; the headline's copy is the whole name too. A title
 * before a building's name does not ("King Street"). */
static void
test_titled_persons (void)
{
  g_autoptr(BylineAnalysis) analysis = analyse ("Xi Jinping meets Biden in San Francisco\n\n"
                                                "Chinese President Xi Jinping met his U.S. counterpart "
                                                "on Wednesday. Mr. Xi left early. Protesters gathered on "
                                                "King Street. South Korea's former leader Moon Jae-in "
                                                "sent a message. Premier Li Qiang was absent; Li "
                                                "stayed in Beijing. Apple chief executive Tim Cook met "
                                                "Jerome Powell on Monday. Twelve-year-old Maya Patel-Singh "
                                                "also attended.\n");
  BylineEntity *xi = assert_entity (analysis, "Xi Jinping", BYLINE_ENTITY_PERSON);

  g_assert_cmpuint (byline_entity_get_count (xi), ==, 3);
  assert_entity (analysis, "Moon Jae-in", BYLINE_ENTITY_PERSON);
  g_assert_null (byline_analysis_find_entity (analysis, "Twelve-year-old Maya Patel-Singh"));
  g_assert_cmpuint (byline_entity_get_count (assert_entity (analysis, "Li Qiang", BYLINE_ENTITY_PERSON)), ==, 2);
  g_assert_null (byline_analysis_find_entity (analysis, "Street"));
  g_assert_null (byline_analysis_find_entity (analysis, "Jinping"));
}

/* A body's head word with "for" or "of" makes one organisation, however
 * much of it the tagger saw; a company "of" a place is based there. */
static void
test_body_names (void)
{
  g_autoptr(BylineAnalysis) analysis = analyse ("The Office for National Statistics said prices rose. The "
                                                "Centre for Economic Policy Research disagreed, and the "
                                                "Spanish Federation of Property Owners objected. The Bank "
                                                "of Spain was silent. The drug was made by Auralis "
                                                "Therapeutics of Cambridge, Massachusetts.\n");
  const char *bodies[] = { "Office for National Statistics", "Centre for Economic Policy Research",
                           "Spanish Federation of Property Owners", "Bank of Spain", "Auralis Therapeutics" };

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    assert_entity (analysis, bodies[i], BYLINE_ENTITY_ORG);
  assert_entity (analysis, "Cambridge", BYLINE_ENTITY_PLACE);
  g_assert_null (byline_analysis_find_entity (analysis, "National Statistics"));
}

/* A surname used in the headline before the body names the person in full
 * joins that person; so does a club's short name. An acronym in running
 * text is no person. */
static void
test_headline_short_forms (void)
{
  g_autoptr(BylineAnalysis) analysis = analyse ("# Late Okafor Header Sinks City\n\n"
                                                "Manchester United beat Manchester City 2-1 on Sunday, with "
                                                "substitute Daniel Okafor heading the winner.\n\n"
                                                "Okafor had been on the pitch for six minutes. City had led "
                                                "through Park Hye-jin. Okafor celebrated, and City fans left. "
                                                "Okafor said little. The team's LFP cells were praised.\n");
  BylineEntity *okafor = assert_entity (analysis, "Daniel Okafor", BYLINE_ENTITY_PERSON);
  BylineEntity *city = assert_entity (analysis, "Manchester City", BYLINE_ENTITY_ORG);

  g_assert_cmpuint (byline_entity_get_count (okafor), ==, 5);
  g_assert_cmpuint (byline_entity_get_count (city), ==, 4);
  assert_entity (analysis, "Park Hye-jin", BYLINE_ENTITY_PERSON);
  g_assert_null (byline_analysis_find_entity (analysis, "LFP"));
}

/* Words that end a name say what it names: an orchestra or a broadcaster
 * is an organisation even after "told", a bill is a law; a name after
 * "in", or listed with a place, is a place. */
static void
test_name_endings (void)
{
  g_autoptr(BylineAnalysis) analysis = analyse ("“We gave them hope,” he told Sky Sports after the match. The "
                                                "Berlin Philharmonic will tour in May. Lawmakers vote on the "
                                                "Housing Access Bill next week. Bins are collected in "
                                                "Headingley and Armley, and a depot in Rothwell opens soon.\n");

  assert_entity (analysis, "Sky Sports", BYLINE_ENTITY_ORG);
  assert_entity (analysis, "Berlin Philharmonic", BYLINE_ENTITY_ORG);
  assert_entity (analysis, "Housing Access Bill", BYLINE_ENTITY_OTHER);
  assert_entity (analysis, "Armley", BYLINE_ENTITY_PLACE);
  assert_entity (analysis, "Rothwell", BYLINE_ENTITY_PLACE);
}

/* A company named with its designator is named without it elsewhere, the
 * headline too; a telescope or an index named after a person or a company
 * is a thing. */
static void
test_short_company_names (void)
{
  g_autoptr(BylineAnalysis) analysis = analyse ("Nvidia drags stocks lower\n\n"
                                                "Shares of Nvidia Corp fell 4% on Tuesday, and the Dow Jones "
                                                "Industrial Average shed 0.8%. Nvidia did not comment. "
                                                "NASA's James Webb Space Telescope was not affected.\n");

  g_assert_cmpuint (byline_entity_get_count (assert_entity (analysis, "Nvidia Corp", BYLINE_ENTITY_ORG)), ==, 3);
  assert_entity (analysis, "Dow Jones Industrial Average", BYLINE_ENTITY_OTHER);
  assert_entity (analysis, "James Webb Space Telescope", BYLINE_ENTITY_OTHER);
}

/* Front matter's title and author are the headline and the byline a
 * reader sees: their names count, the other keys do not. */
static void
test_front_matter_names (void)
{
  g_autoptr(BylineAnalysis) analysis = analyse ("---\ntitle: \"Samsung Opens Plant in Texas\"\n"
                                                "author: Rachel Okonkwo\nsection: Business Daily\n---\n\n"
                                                "Samsung opened a chip plant in Taylor, Texas, on Monday. "
                                                "Samsung said it would hire 2,000 people.\n");
  BylineEntity *author = assert_entity (analysis, "Rachel Okonkwo", BYLINE_ENTITY_PERSON);

  g_assert_cmpuint (byline_entity_get_count (author), ==, 1);
  g_assert_cmpuint (byline_entity_get_count (assert_entity (analysis, "Samsung", BYLINE_ENTITY_ORG)), ==, 3);
  g_assert_cmpuint (byline_entity_get_count (assert_entity (analysis, "Texas", BYLINE_ENTITY_PLACE)), ==, 2);
  g_assert_null (byline_analysis_find_entity (analysis, "Business Daily"));
}

/* A headline's place the gazetteers know stands without the body naming
 * it again; a title-case "Who" is not the WHO. */
static void
test_known_headline_names (void)
{
  g_autoptr(BylineAnalysis) analysis = analyse ("Floods hit Valencia as Spain braces for more rain\n\n"
                                                "Heavy rain swept the region on Monday, and officials urged "
                                                "residents to stay indoors.\n\nThe storm is expected to move "
                                                "north by Wednesday.\n");
  g_autoptr(BylineAnalysis) who = analyse ("# Who Pays for the Flood Defences?\n\n"
                                           "Councils and insurers disagree, officials said on Monday.\n");

  assert_entity (analysis, "Valencia", BYLINE_ENTITY_PLACE);
  assert_entity (analysis, "Spain", BYLINE_ENTITY_PLACE);
  g_assert_null (byline_analysis_find_entity (who, "Who"));
}

/* A film's title in quote marks after the byline is no quote, and a quote
 * that opens the story is not the author's: the author quote is the
 * closing Author line. */
static void
test_author_quote_after_byline (void)
{
  g_autoptr(BylineAnalysis) analysis = analyse ("# Drama Wins Golden Bear\n\nBy Sophie Lang\n\n"
                                                "\"The Salt Road\", a quiet drama, won the Golden Bear on "
                                                "Saturday.\n\n\"It was chaos from the first hour to the "
                                                "last.\" That is how one juror described the week.\n\n"
                                                "Author Sophie Lang: \"The film critics kept talking about "
                                                "won.\"\n");
  BylineQuote *quote = byline_analysis_get_author_quote (analysis);
  guint n = g_list_model_get_n_items (byline_analysis_get_quotes (analysis));

  g_assert_nonnull (quote);
  g_assert_cmpstr (byline_quote_get_text (quote), ==, "The film critics kept talking about won.");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BylineQuote) q = g_list_model_get_item (byline_analysis_get_quotes (analysis), i);

      g_assert_cmpstr (byline_quote_get_text (q), !=, "The Salt Road");
      if (g_str_has_prefix (byline_quote_get_text (q), "It was chaos"))
        g_assert_null (byline_quote_get_speaker (q));
    }
}

/* "Competition and Markets Authority" is one body. */
static void
test_bodies_with_and (void)
{
  g_autoptr(BylineAnalysis) analysis = analyse ("The Competition and Markets Authority blocked the deal "
                                                "on Monday, and Microsoft said it would appeal.\n");

  assert_entity (analysis, "Competition and Markets Authority", BYLINE_ENTITY_ORG);
  g_assert_null (byline_analysis_find_entity (analysis, "Markets Authority"));
}

/* Two companies listed with "and" stay two. */
static void
test_companies_with_and (void)
{
  g_autoptr(BylineAnalysis) analysis = analyse ("SoftBank, which controls Qualcomm and Arm Holdings, "
                                                "said on Monday it would invest.\n");

  g_assert_null (byline_analysis_find_entity (analysis, "Qualcomm and Arm Holdings"));
  assert_entity (analysis, "Arm Holdings", BYLINE_ENTITY_ORG);
}

/* Two capitalised words beside a verb of speech are a person, even when
 * the tagger missed them; a weekday is not. */
static void
test_speaker_names (void)
{
  g_autoptr(BylineAnalysis) analysis = analyse ("Toyota recalled cars. “We are sorry,” said Satoshi Ito, "
                                                "a spokesman. Kenji Mori said the firm would pay. "
                                                "Prices rose, said Tuesday Reports.\n");

  assert_entity (analysis, "Satoshi Ito", BYLINE_ENTITY_PERSON);
  assert_entity (analysis, "Kenji Mori", BYLINE_ENTITY_PERSON);
  g_assert_null (byline_analysis_find_entity (analysis, "Tuesday Reports"));
}

/* A given name and a surname beside a verb of speech are a person, even
 * where the tagger read a place ("Park"). */
static void
test_speaker_given_names (void)
{
  g_autoptr(BylineAnalysis) analysis = analyse ("The decision was “a mistake,” according to Lisa Park, a "
                                                "local business owner. Lisa Park said more on Monday.\n");

  assert_entity (analysis, "Lisa Park", BYLINE_ENTITY_PERSON);
}

/* A lawmaker's party and state, listed after the name, is not a name. */
static void
test_party_labels (void)
{
  g_autoptr(BylineAnalysis) analysis = analyse ("House Speaker Mike Johnson, R-La., was less enthusiastic "
                                                "about the bill on Monday.\n");

  g_assert_nonnull (byline_analysis_find_entity (analysis, "Mike Johnson"));
  g_assert_null (byline_analysis_find_entity (analysis, "R-La"));
}

/* "scientist NAME of INSTITUTION" is a person and an organisation. */
static void
test_person_of_organisation (void)
{
  const char *text = "Climate scientist Friederike Otto of Imperial College London said heatwaves "
                     "would become routine.\n";
  g_autoptr(BylineAnalysis) analysis = analyse (text);

  assert_entity (analysis, "Friederike Otto", BYLINE_ENTITY_PERSON);
  assert_entity (analysis, "Imperial College London", BYLINE_ENTITY_ORG);
}

/* Capitalised words ending in a company word are a company; ending in
 * an event's word, an other name. */
static void
test_companies (void)
{
  const char *text = "Dan Ives, an analyst at Wedbush Securities, was upbeat. Taiwan Semiconductor "
                     "Manufacturing Co, which makes the chips, gained 2% in Taipei. Visitors at the "
                     "Consumer Electronics Show saw them.\n";
  g_autoptr(BylineAnalysis) analysis = analyse (text);
  const char *companies[] = { "Wedbush Securities", "Taiwan Semiconductor Manufacturing Co" };

  for (guint i = 0; i < G_N_ELEMENTS (companies); i++)
    assert_entity (analysis, companies[i], BYLINE_ENTITY_ORG);
  g_assert_null (byline_analysis_find_entity (analysis, "Consumer Electronics"));
  /* The run ends in an event's word: the show is an other name. */
  assert_entity (analysis, "Consumer Electronics Show", BYLINE_ENTITY_OTHER);
}

/* Sentences that cannot hold a name are not tagged; the others are, even
 * when only their first word is capitalised. */
static void
test_lower_case_sentences (void)
{
  const char *text = "The memo went out on time. it was read by everyone in the office. "
                     "Samsung said it would respond. We think so.\n";
  g_autoptr(BylineAnalysis) analysis = analyse (text);
  GListModel *entities;

  entities = byline_analysis_get_entities (analysis);
  g_assert_nonnull (byline_analysis_find_entity (analysis, "Samsung"));
  g_assert_cmpuint (g_list_model_get_n_items (entities), ==, 1);
}

/* The export's analysis: the same entities, no quotes. */
static void
test_entities_only (void)
{
  gsize len;
  g_autofree char *text = test_read_source_file ("data/samples/stargate.txt", &len);
  g_autoptr(BylineAnalysis) full = byline_analysis_run (text, len, NULL, NULL);
  g_autoptr(BylineAnalysis) names = byline_analysis_run_entities (text, len, NULL, NULL);
  GListModel *a = byline_analysis_get_entities (full);
  GListModel *b = byline_analysis_get_entities (names);

  g_assert_cmpuint (g_list_model_get_n_items (byline_analysis_get_quotes (full)), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (byline_analysis_get_quotes (names)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (a), ==, g_list_model_get_n_items (b));
  for (guint i = 0; i < g_list_model_get_n_items (a); i++)
    {
      g_autoptr(BylineEntity) x = g_list_model_get_item (a, i);
      g_autoptr(BylineEntity) y = g_list_model_get_item (b, i);

      g_assert_cmpstr (byline_entity_get_name (x), ==, byline_entity_get_name (y));
    }
}

static void
test_seed_author_quote (void)
{
  gsize len;
  g_autofree char *text = test_read_source_file ("data/samples/stargate.txt", &len);
  g_autoptr(BylineAnalysis) analysis = byline_analysis_run (text, len, NULL, NULL);
  BylineQuote *quote = byline_analysis_get_author_quote (analysis);
  BylineSpan span;

  g_assert_nonnull (quote);
  g_assert_cmpstr (byline_quote_get_speaker (quote), ==, "Emily Chen");
  g_assert_true (g_str_has_prefix (byline_quote_get_text (quote), "This is the kind of"));
  span = byline_quote_get_span (quote);
  g_assert_cmpint (text[span.start], ==, '"');
  g_assert_cmpint (text[span.end - 1], ==, '"');
}

static void
test_json (void)
{
  gsize len;
  g_autofree char *text = test_read_source_file ("data/samples/stargate.txt", &len);
  g_autoptr(BylineAnalysis) analysis = byline_analysis_run (text, len, NULL, NULL);
  g_autofree char *json = byline_analysis_to_json (analysis, FALSE);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "title"), ==,
                   "Samsung, SK Heavy Partner With OpenAI on Massive AI Push");
  g_assert_cmpstr (json_object_get_string_member (root, "author"), ==, "Emily Chen");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "entities")), >, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "quotes")), >, 0);
}

static void
test_invalid_utf8 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineAnalysis) analysis = byline_analysis_run ("bad \xff byte", 10, NULL, &error);

  g_assert_null (analysis);
  g_assert_error (error, BYLINE_CORE_ERROR, BYLINE_CORE_ERROR_INVALID_UTF8);
}

static void
test_cancelled (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineAnalysis) analysis = NULL;

  g_cancellable_cancel (cancellable);
  analysis = byline_analysis_run ("Text by Ann Lee.", 16, cancellable, &error);
  g_assert_null (analysis);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
async_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  BylineAnalysis **out = user_data;

  *out = byline_analysis_run_finish (result, NULL);
}

static void
test_async (void)
{
  g_autoptr(GBytes) text = g_bytes_new_static ("Maria Lopez said \"yes\".", 23);
  g_autoptr(BylineAnalysis) analysis = NULL;

  byline_analysis_run_async (text, 42, NULL, async_cb, &analysis);
  while (analysis == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (byline_analysis_get_serial (analysis), ==, 42);
  g_assert_cmpuint (byline_analysis_get_word_count (analysis), ==, 4);
}

static void
test_pathological (void)
{
  GString *text = g_string_new (NULL);
  g_autoptr(BylineAnalysis) analysis = NULL;
  gint64 start;

  /* Unbalanced quotes, capitalised words and one megabyte-long line. */
  for (guint i = 0; i < 40000; i++)
    g_string_append (text, i % 7 == 0 ? "\"Quote " : i % 5 == 0 ? "-- & - " : "Capital Words ");
  start = g_get_monotonic_time ();
  analysis = byline_analysis_run (text->str, text->len, NULL, NULL);
  g_assert_nonnull (analysis);
  g_test_message ("pathological analysis: %.1f ms", (g_get_monotonic_time () - start) / 1000.0);
  g_string_free (text, TRUE);
}

/* The 1 MB benchmark document: real Markdown of every kind, end to end. */
static void
test_longform (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("BYLINE_SHARED_DIR"), "bench", "longform-1m.md", NULL);
  g_autofree char *text = NULL;
  g_autoptr(BylineAnalysis) analysis = NULL;
  g_autofree char *json = NULL;
  gsize len;

  if (!g_file_get_contents (path, &text, &len, NULL))
    {
      g_test_skip ("../shared/bench/longform-1m.md is not available");
      return;
    }
  analysis = byline_analysis_run (text, len, NULL, NULL);
  g_assert_nonnull (analysis);
  json = byline_analysis_to_json (analysis, FALSE);
  g_assert_nonnull (json);
  g_assert_cmpuint (g_list_model_get_n_items (byline_analysis_get_entities (analysis)), >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/analysis/seed-names", test_seed_names);
  g_test_add_func ("/core/analysis/seed-author-quote", test_seed_author_quote);
  g_test_add_func ("/core/analysis/dateline-places", test_dateline_places);
  g_test_add_func ("/core/analysis/organisation-of-place", test_organisation_of_place);
  g_test_add_func ("/core/analysis/calendar-given-name", test_calendar_given_name);
  g_test_add_func ("/core/analysis/name-particles", test_name_particles);
  g_test_add_func ("/core/analysis/acronyms", test_acronyms);
  g_test_add_func ("/core/analysis/dotted-acronyms", test_dotted_acronyms);
  g_test_add_func ("/core/analysis/measures", test_measures);
  g_test_add_func ("/core/analysis/party-labels", test_party_labels);
  g_test_add_func ("/core/analysis/hand-listed", test_hand_listed);
  g_test_add_func ("/core/analysis/hand-listed-aliases", test_hand_listed_aliases);
  g_test_add_func ("/core/analysis/hand-listed-clubs", test_hand_listed_clubs);
  g_test_add_func ("/core/analysis/state-abbreviations", test_state_abbreviations);
  g_test_add_func ("/core/analysis/more-name-shapes", test_more_name_shapes);
  g_test_add_func ("/core/analysis/commas-and-surnames", test_commas_and_surnames);
  g_test_add_func ("/core/analysis/people-and-firms", test_people_and_firms);
  g_test_add_func ("/core/analysis/hand-listed-companies", test_hand_listed_companies);
  g_test_add_func ("/core/analysis/departments-and-named-after", test_departments_and_named_after);
  g_test_add_func ("/core/analysis/headline-trimmed-to-person", test_headline_trimmed_to_person);
  g_test_add_func ("/core/analysis/headline-verb-after-place", test_headline_verb_after_place);
  g_test_add_func ("/core/analysis/titled-persons", test_titled_persons);
  g_test_add_func ("/core/analysis/body-names", test_body_names);
  g_test_add_func ("/core/analysis/name-endings", test_name_endings);
  g_test_add_func ("/core/analysis/known-headline-names", test_known_headline_names);
  g_test_add_func ("/core/analysis/short-company-names", test_short_company_names);
  g_test_add_func ("/core/analysis/front-matter-names", test_front_matter_names);
  g_test_add_func ("/core/analysis/author-quote-after-byline", test_author_quote_after_byline);
  g_test_add_func ("/core/analysis/headline-short-forms", test_headline_short_forms);
  g_test_add_func ("/core/analysis/speaker-names", test_speaker_names);
  g_test_add_func ("/core/analysis/speaker-given-names", test_speaker_given_names);
  g_test_add_func ("/core/analysis/bodies-with-and", test_bodies_with_and);
  g_test_add_func ("/core/analysis/companies-with-and", test_companies_with_and);
  g_test_add_func ("/core/analysis/person-of-organisation", test_person_of_organisation);
  g_test_add_func ("/core/analysis/companies", test_companies);
  g_test_add_func ("/core/analysis/lower-case-sentences", test_lower_case_sentences);
  g_test_add_func ("/core/analysis/entities-only", test_entities_only);
  g_test_add_func ("/core/analysis/json", test_json);
  g_test_add_func ("/core/analysis/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/core/analysis/cancelled", test_cancelled);
  g_test_add_func ("/core/analysis/async", test_async);
  g_test_add_func ("/core/analysis/pathological", test_pathological);
  g_test_add_func ("/core/analysis/longform", test_longform);

  return g_test_run ();
}
