/* entities/byline-mentions.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-entities"

#include <string.h>

#include "entities/byline-entities-private.h"
#include "entities/byline-text-private.h"

/* From BIO tags to clean mentions: the tagger's spans, trimmed of what a
 * name never starts or ends with, minus words that are never names alone. */

/* Words that are not names on their own, whatever the tagger says: sentence
 * openers, pronouns, number words, calendar words, page furniture, and
 * acronyms of common nouns. Compared case-sensitively, as written. */
static const char * const stop_words[] = {
  "A", "About", "After", "All", "Also", "Although", "An", "And", "Another", "Any", "As", "At",
  "Author", "Because", "Before", "Both", "But", "By", "Comments", "Despite", "During", "Each",
  "Either", "Even", "Every", "Few", "For", "From", "He", "Her", "Here", "His", "How", "However",
  "I", "If", "In", "Into", "It", "Its", "Many", "More", "Most", "My", "Neither", "No", "Not",
  "Now", "Of", "On", "Once", "One", "Only", "Or", "Other", "Our", "Over", "She", "Since", "So",
  "Some", "Such", "That", "The", "Their", "Then", "There", "These", "They", "This", "Those",
  "Though", "Through", "To", "Under", "Until", "We", "What", "When", "Where", "Whether",
  "Which", "While", "Who", "Why", "With", "Without", "Yet", "You", "Your", "Yes", "Today",
  "Tomorrow", "Yesterday", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine",
  "Ten", "Hundreds", "Thousands", "Millions", "First", "Second", "Third", "Last", "Next",
  "January", "February", "March", "April", "June", "July", "August", "September", "October",
  "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
  "Sunday", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
  "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Photo", "Credit", "Share", "Update", "Updated", "Advertisement", "Read", "Mr.",
  "Mrs.", "Ms.", "Dr.", "AI", "CEO", "CEOs", "CFO", "CTO", "COO", "GDP", "IPO", "TV", "PC",
  "DNA", "LLM", "LLMs", "API", "APIs", "URL", "PDF", "FAQ", "ID", "OK", "VR", "AR", "EV", "EVs",
  "GPU", "GPUs", "CPU", "CPUs", "USB", "SUV", "ATM", "PhD", "MBA", "HR", "PR", "ESG", "AM", "PM",
  "Q1", "Q2", "Q3", "Q4", "SMS", "HTML", "HTTP", "HTTPS", "IoT", "SaaS", "FY", "YoY", "UI", "UX",
  "MVP", "RFP", "RFQ", "RFI", "SQL", "CSS", "ETL", "COTS", "KPI", "KPIs", "ROI", "QA", "SDK",
  "OS", "IT", "FAQs", "B2B", "NFT", "NFTs", "LED", "GPS", "PIN", NULL
};

static const char * const person_titles[] = {
  "Mr.", "Mrs.", "Ms.", "Mx.", "Dr.", "Prof.", "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.",
  "Capt.", "Sgt.", "Rev.", "Hon.", "Pres.", "Mr", "Mrs", "Ms", "Dr", "Prof", "President",
  "Vice", "Prime", "Minister", "Senator", "Governor", "Representative", "Congressman",
  "Congresswoman", "Mayor", "Judge", "Justice", "Chancellor", "Secretary", "Chairman",
  "Chairwoman", "Chair", "Director", "Professor", "General", "Colonel", "Captain", "Sergeant",
  "Lieutenant", "Admiral", "Sir", "Dame", "Lord", "Lady", "King", "Queen", "Prince", "Princess",
  "Pope", "Father", "Sister", "Rabbi", "Imam", "Coach", "Officer", "Detective", "Inspector",
  "Ambassador", "Commissioner", "Chief", "Executive", "Deputy", "Former", "Acting", "Administrator",
  "Manager", "Editor", "Spokesman", "Spokeswoman", "Spokesperson", "Founder", "Analyst", NULL
};

void
byline_append_initials (const BylineText *text,
                        guint             i,
                        GString          *initials)
{
  const BylineTextToken *t = byline_text_get_token (text, i);
  const char *word = text->source + t->start;
  gboolean all_caps = t->len >= 2;

  if (!g_ascii_isupper (word[0]))
    return;
  for (guint k = 0; k < t->len && all_caps; k++)
    all_caps = g_ascii_isupper (word[k]);
  g_string_append_len (initials, word, all_caps ? t->len : 1);
}

gboolean
byline_word_is_stop (const char *word,
                     gsize       len)
{
  return len <= 13 && byline_word_in_list (stop_words, word, len);
}

gboolean
byline_word_is_person_title (const char *word,
                             gsize       len)
{
  return len <= 14 && byline_word_in_list (person_titles, word, len);
}

static const BylineTextToken *
tok (const BylineText *text,
     guint             i)
{
  return byline_text_get_token (text, i);
}

static gboolean
token_is_stop (const BylineText *text,
               guint             i)
{
  const BylineTextToken *t = tok (text, i);

  return t->kind == BYLINE_TEXT_WORD && byline_word_is_stop (text->source + t->start, t->len);
}

static gboolean
starts_lower (const BylineText *text,
              guint             i)
{
  return g_unichar_islower (g_utf8_get_char (text->source + tok (text, i)->start));
}

static gboolean
has_upper (const BylineText *text,
           guint             i)
{
  const BylineTextToken *t = tok (text, i);

  for (const char *p = text->source + t->start; p < text->source + t->start + t->len;
       p = g_utf8_next_char (p))
    if (g_unichar_isupper (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* Calendar words that are also given names: "Jan Hatzius", "June Carter". */
static const char * const calendar_given_names[] = { "Jan", "June", "April", "August", NULL };

static gboolean
drop_leading (const BylineText    *text,
              const BylineMention *m)
{
  const BylineTextToken *t = tok (text, m->first);

  if (t->kind != BYLINE_TEXT_WORD)
    return TRUE;
  if (m->n > 1 && m->kind == BYLINE_ENTITY_PERSON
      && byline_word_in_list (calendar_given_names, text->source + t->start, t->len))
    return FALSE;
  if (m->n > 1 && (starts_lower (text, m->first) || token_is_stop (text, m->first)))
    return TRUE;
  return m->n > 1 && m->kind == BYLINE_ENTITY_PERSON
         && byline_word_is_person_title (text->source + t->start, t->len);
}

/* A number with a unit ("40C", "1.2bn", "300km", "2nd"): a measure, not a
 * name, however the tagger read it. "3M" and "5G" keep their capitals. */
static gboolean
is_measure (const BylineText *text,
            guint             i)
{
  static const char * const units[] = {
    "C", "F", "km", "m", "cm", "mm", "kg", "g", "lb", "lbs", "mph", "kph", "kmh", "ft", "bn",
    "mn", "k", "GW", "MW", "kW", "GWh", "MWh", "kWh", "TWh", "GB", "MB", "TB", "Hz", "GHz",
    "MHz", "am", "pm", "s", "st", "nd", "rd", "th", "x", NULL
  };
  const BylineTextToken *t = tok (text, i);
  const char *word = text->source + t->start;
  gsize k = 0;

  while (k < t->len && (g_ascii_isdigit (word[k]) || ((word[k] == '.' || word[k] == ',') && k > 0)))
    k++;
  return k > 0 && k < t->len && g_ascii_isdigit (word[0])
         && byline_word_in_list (units, word + k, t->len - k);
}

/* "R-La.", "D-Calif.", "I-Vt.": a U.S. lawmaker's party and state. */
static gboolean
is_party_label (const BylineText *text,
                guint             i)
{
  const BylineTextToken *t = tok (text, i);
  const char *word = text->source + t->start;

  if (t->len < 4 || strchr ("RDI", word[0]) == NULL || word[1] != '-' || !g_ascii_isupper (word[2]))
    return FALSE;
  for (guint k = 3; k < t->len; k++)
    if (!g_ascii_isalpha (word[k]) && !(word[k] == '.' && k + 1 == t->len))
      return FALSE;
  return TRUE;
}

gboolean
byline_token_is_label (const BylineText *text,
                       guint             i)
{
  return is_measure (text, i) || is_party_label (text, i);
}

/* Trims @m; returns FALSE when nothing name-like is left. */
static gboolean
clean_mention (const BylineText *text,
               BylineMention    *m)
{
  gboolean all_stop = TRUE;

  while (m->n > 0 && drop_leading (text, m))
    m->first++, m->n--;
  while (m->n > 0 && (tok (text, m->first + m->n - 1)->kind != BYLINE_TEXT_WORD
                      || starts_lower (text, m->first + m->n - 1)))
    m->n--;
  if (m->n == 0 || !has_upper (text, m->first)
      || (m->n == 1 && byline_token_is_label (text, m->first)))
    return FALSE;
  /* A title alone ("the Regional Administrator") names a role, not a person. */
  if (m->n == 1 && byline_word_is_person_title (text->source + tok (text, m->first)->start,
                                                tok (text, m->first)->len))
    return FALSE;
  for (guint i = m->first; i < m->first + m->n && all_stop; i++)
    all_stop = token_is_stop (text, i) || tok (text, i)->len < 2;
  return !all_stop;
}

GArray *
byline_mentions_from_tags (const BylineText *text,
                           const guint8     *tags)
{
  GArray *mentions = g_array_new (FALSE, FALSE, sizeof (BylineMention));
  guint n_tokens = text->tokens->len;

  for (guint i = 0; i < n_tokens;)
    {
      BylineMention m = { i, 1, 0, BYLINE_MENTION_TAGGER, 0 };
      guint type = tags[i];

      if (type == BYLINE_TAG_O || type >= BYLINE_N_TAGS)
        {
          i++;
          continue;
        }
      m.kind = (type - 1) / 2;
      /* I- continues B- or I- of the same type inside one block. */
      while (i + m.n < n_tokens && tags[i + m.n] == type + ((type & 1) ? 1 : 0)
             && tok (text, i + m.n)->block == tok (text, i)->block)
        m.n++;
      i += m.n;
      m.headline = (tok (text, m.first)->flags & BYLINE_TOKEN_HEADLINE) != 0;
      if (clean_mention (text, &m))
        g_array_append_val (mentions, m);
    }
  return mentions;
}

char *
byline_mention_name (const BylineText    *text,
                     const BylineMention *mention)
{
  return byline_text_join (text, mention->first, mention->n);
}

static gboolean
is_name_separator (const BylineText *text,
                   guint             i)
{
  return byline_text_token_is (text, i, "and", FALSE) || byline_text_token_is (text, i, ",", FALSE)
         || byline_text_token_is (text, i, "&", FALSE);
}

/* Replaces what overlaps tokens [first, end) with PERSON mentions, one per
 * name in "Ann Lee and Bo Park". */
static void
add_author_names (GArray           *mentions,
                  const BylineText *text,
                  guint             first,
                  guint             end)
{
  for (guint k = mentions->len; k > 0; k--)
    {
      const BylineMention *m = &g_array_index (mentions, BylineMention, k - 1);

      if (m->first < end && m->first + m->n > first)
        g_array_remove_index (mentions, k - 1);
    }
  while (first < end)
    {
      BylineMention m = { first, 0, BYLINE_ENTITY_PERSON, BYLINE_MENTION_AUTHOR, 0 };

      while (first + m.n < end && !is_name_separator (text, first + m.n))
        m.n++;
      m.headline = (tok (text, first)->flags & BYLINE_TOKEN_HEADLINE) != 0;
      if (clean_mention (text, &m))
        g_array_append_val (mentions, m);
      first += m.n + 1;
    }
}

int
byline_mention_compare (gconstpointer a,
                        gconstpointer b)
{
  const BylineMention *ma = a;
  const BylineMention *mb = b;

  return ma->first < mb->first ? -1 : ma->first > mb->first;
}

void
byline_mentions_add_author (GArray              *mentions,
                            const BylineText    *text,
                            const BylineArticle *article)
{
  guint first, end;

  if (article == NULL || article->author == NULL || article->author_span.end <= article->author_span.start)
    return;
  first = byline_text_token_at (text, article->author_span.start);
  end = first;
  while (end < text->tokens->len && tok (text, end)->start < article->author_span.end)
    end++;
  if (first == end || tok (text, first)->start > article->author_span.start + 1)
    return;  /* front matter, or not article text */
  add_author_names (mentions, text, first, end);
  g_array_sort (mentions, byline_mention_compare);
}
