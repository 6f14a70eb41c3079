/* entities/byline-speakers.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-quotes"

#include <string.h>

#include "byline-entity.h"
#include "entities/byline-entities-private.h"
#include "entities/byline-quotes-private.h"
#include "entities/byline-speakers-private.h"
#include "entities/byline-text-private.h"

/* Who said a quote. News attributes a quote in a handful of ways, tried in
 * this order:
 *   after it:     "…," X said.   "…," said X.   "…," X, the title, said.
 *                 "…," according to X.   "…," she said.
 *   before it:    X said: "…"   X told reporters, "…"   X: "…"
 *                 According to X, "…"
 *   around it:    "…," X said. "…"  (the second part of a split quote)
 *   the sentence before:  X explained the decision: / "…," X said.  then "…"
 * A pronoun stands for the nearest person named before it. */

static const char * const speech_verbs[] = {
  "said", "says", "say", "added", "adds", "told", "tells", "explained", "explains", "noted",
  "notes", "stated", "states", "wrote", "writes", "asked", "asks", "replied", "replies",
  "continued", "continues", "argued", "argues", "insisted", "insists", "warned", "warns",
  "recalled", "recalls", "remarked", "commented", "observed", "acknowledged", "admitted",
  "admits", "announced", "declared", "claimed", "claims", "suggested", "suggests",
  "emphasized", "emphasised", "stressed", "concluded", "confirmed", "conceded", "joked",
  "predicted", "responded", "tweeted", "posted", "shouted", "exclaimed", "agreed", "cautioned",
  "urged", "vowed", "promised", "recounted", "reflected", "mused", "quipped", "laughed",
  "boasted", "complained", "countered", "contended", "maintained", "reiterated", "elaborated",
  "testified", "wondered", "answered", "whispered", "explaining", "adding", "saying", "noting",
  "writing", "telling", "declaring", "arguing", "insisting", "warning", "reported", "reports",
  "reminded", "reminding", "recalling", "describing", "described", "called", "calling", NULL
};

static gboolean
is_speech_verb (BylineSpeakers       *sp,
                guint                 i)
{
  const BylineTextToken *t = tok (sp, i);

  if (t->kind != BYLINE_TEXT_WORD || t->len < 3 || t->len > 12 || sp->quote_at[i] != NONE)
    return FALSE;
  for (guint k = 0; speech_verbs[k] != NULL; k++)
    if (byline_text_token_is (sp->text, i, speech_verbs[k], FALSE))
      return TRUE;
  return FALSE;
}

/* "Sarah Klein", "Lucas": a given name borne by one sex only says who "she"
 * may be. */
static void
note_given_name (BylineSpeakers *sp,
                 guint           group)
{
  BylineEntity *entity = g_ptr_array_index (sp->entities, group);
  const char *name = byline_entity_get_name (entity);
  const char *space = strchr (name, ' ');

  if (sp->gender[group] != 0 || byline_entity_get_kind (entity) != BYLINE_ENTITY_PERSON)
    return;
  /* A person named by a given name alone ("her son Lucas") too. */
  sp->gender[group] = byline_given_name_gender (name, space != NULL ? (gsize) (space - name) : strlen (name));
}

/* "Mr. Reid", "Ms. Gillard": a title says how a pronoun may refer to them. */
static void
note_title (BylineSpeakers *sp,
            guint           first,
            guint           group)
{
  if (first == 0 || sp->gender[group] != 0)
    return;
  if (is_word (sp, first - 1, "Mr.") || is_word (sp, first - 1, "Mr"))
    sp->gender[group] = BYLINE_GENDER_MALE;
  else if (is_word (sp, first - 1, "Ms.") || is_word (sp, first - 1, "Mrs.")
           || is_word (sp, first - 1, "Ms") || is_word (sp, first - 1, "Mrs"))
    sp->gender[group] = BYLINE_GENDER_FEMALE;
}

/* Maps every token of every mention to its group. */
static void
index_mentions (BylineSpeakers *sp)
{
  for (guint e = 0; e < sp->entities->len; e++)
    {
      guint n;
      const BylineSpan *mentions = byline_entity_get_mentions (g_ptr_array_index (sp->entities, e), &n);

      for (guint k = 0; k < n; k++)
        {
          guint first = byline_text_token_at (sp->text, mentions[k].start);

          for (guint i = first; i < sp->text->tokens->len && tok (sp, i)->start < mentions[k].end; i++)
            sp->group_at[i] = e;
          note_title (sp, first, e);
        }
      note_given_name (sp, e);
    }
}

static void
index_quotes (BylineSpeakers *sp)
{
  for (guint q = 0; q < sp->spans->len; q++)
    for (guint i = span_at (sp, q)->open; i <= span_at (sp, q)->close; i++)
      sp->quote_at[i] = q;
}

BylineSpeakers *
byline_speakers_new (const BylineText *text,
                     GPtrArray        *entities,
                     const GArray     *spans)
{
  BylineSpeakers *sp = g_new0 (BylineSpeakers, 1);
  gsize n = text->tokens->len + 1;

  sp->text = text;
  sp->entities = g_ptr_array_ref (entities);
  sp->spans = spans;
  sp->group_at = g_new (guint, n);
  sp->quote_at = g_new (guint, n);
  sp->said_by = g_new (guint, spans->len + 1);
  sp->gender = g_new0 (guint8, entities->len + 1);
  memset (sp->group_at, 0xff, n * sizeof (guint));
  memset (sp->quote_at, 0xff, n * sizeof (guint));
  memset (sp->said_by, 0xff, (spans->len + 1) * sizeof (guint));
  index_mentions (sp);
  index_quotes (sp);
  return sp;
}

void
byline_speakers_free (BylineSpeakers *sp)
{
  if (sp == NULL)
    return;
  g_ptr_array_unref (sp->entities);
  g_free (sp->group_at);
  g_free (sp->quote_at);
  g_free (sp->said_by);
  g_free (sp->gender);
  g_free (sp);
}

static guint
find_verb (BylineSpeakers       *sp,
           guint                 from,
           guint                 to,
           gboolean              last)
{
  for (guint k = 0; k < to - from; k++)
    {
      guint i = last ? to - 1 - k : from + k;

      if (is_speech_verb (sp, i))
        return i;
    }
  return NONE;
}

static guint
find_according (BylineSpeakers       *sp,
                guint                 from,
                guint                 to)
{
  for (guint i = from; i + 2 < to; i++)
    if (is_word (sp, i, "according") && is_word (sp, i + 1, "to"))
      return i + 2;
  return NONE;
}

/* The words after a closing mark, up to the sentence's end or the next quote. */
static gboolean
after_clause (BylineSpeakers       *sp,
              guint                 q,
              guint                *from,
              guint                *to)
{
  const BylineQuoteSpan *span = span_at (sp, q);
  guint n = sp->text->tokens->len;
  guint block = tok (sp, span->close)->block;

  if (!span->closed)
    return FALSE;
  *from = *to = span->close + 1;
  while (*to < n && tok (sp, *to)->block == block && sp->quote_at[*to] == NONE
         && !is_terminal (sp, *to) && *to - *from < MAX_CLAUSE)
    (*to)++;
  return *to > *from;
}

/* The words before an opening mark, back to the sentence's start. */
static gboolean
before_clause (BylineSpeakers       *sp,
               guint                 q,
               guint                *from,
               guint                *to)
{
  guint open = span_at (sp, q)->open;
  guint block = tok (sp, open)->block;

  *from = *to = open;
  while (*from > 0 && tok (sp, *from - 1)->block == block && sp->quote_at[*from - 1] == NONE
         && !is_terminal (sp, *from - 1) && *to - *from < MAX_CLAUSE)
    (*from)--;
  return *to > *from;
}

/* Whether token @i opens a verb's object or a reported clause: "the
 * meeting", "that the talks …". */
static gboolean
starts_object (BylineSpeakers *sp,
               guint           i)
{
  static const char * const words[] = {
    "the", "a", "an", "his", "her", "their", "its", "our", "that", "this", "it", "them", "him", NULL
  };
  const BylineTextToken *t = tok (sp, i);

  return t->kind == BYLINE_TEXT_WORD && byline_word_in_list (words, sp->text->source + t->start, t->len);
}

/* "…," X said.  "…," said X.  "…," according to X. */
static Who
attribute_after (BylineSpeakers       *sp,
                 guint                 q)
{
  const BylineQuoteSpan *span = span_at (sp, q);
  guint from, to, v, according;
  gboolean full_stop;

  if (!after_clause (sp, q, &from, &to))
    return NOBODY;
  /* "Berg said: "We agree." Lee said: "We do not."": a clause that ends
   * in a colon introduces the next quote, not this one. */
  if (byline_text_token_is (sp->text, to - 1, ":", FALSE))
    return NOBODY;
  /* After a full stop inside the marks a new sentence starts; only a short
   * "X said." (or a lower-case "he said") still belongs to the quote. */
  full_stop = span->close > span->open + 1 && is_terminal (sp, span->close - 1)
              && sp->text->source[tok (sp, span->close - 1)->start] == '.';
  if (full_stop && to - from > 5
      && !g_unichar_islower (g_utf8_get_char (sp->text->source + tok (sp, from)->start)))
    return NOBODY;
  if ((according = find_according (sp, from, MIN (to, from + VERB_WINDOW))) != NONE)
    return cued (byline_speakers_who_forward (sp, according, to));
  if ((v = find_verb (sp, from, MIN (to, from + VERB_WINDOW), FALSE)) == NONE)
    return NOBODY;
  /* "…away." Lee called the meeting productive.: a verb with an object
   * starts a sentence of its own; "…away." Lee said on Monday. does not. */
  if (full_stop && v > from && v + 1 < to && starts_object (sp, v + 1)
      && !g_unichar_islower (g_utf8_get_char (sp->text->source + tok (sp, from)->start)))
    return NOBODY;
  if (v == from)
    return cued (byline_speakers_who_forward (sp, v + 1, to));
  return cued (byline_speakers_who_before_verb (sp, from, v));
}

/* Whether a word follows the closing mark directly: "pattern" cards. */
static gboolean
quote_modifies (BylineSpeakers *sp,
                guint           q)
{
  const BylineQuoteSpan *span = span_at (sp, q);
  guint next = span->close + 1;

  if (!span->closed || tok (sp, span->close - 1)->kind == BYLINE_TEXT_PUNCT)
    return FALSE;  /* the quote ends its own clause: ... "not alone," but */
  return next < sp->text->tokens->len && tok (sp, next)->block == tok (sp, span->close)->block
         && tok (sp, next)->kind == BYLINE_TEXT_WORD;
}

/* X said: "…"   X told reporters, "…"   X: "…"   According to X, "…" */
static Who
attribute_before (BylineSpeakers       *sp,
                  guint                 q)
{
  guint from, to, v, according, last;
  Who who;

  if (!before_clause (sp, q, &from, &to))
    return NOBODY;
  last = to - 1;
  if ((according = find_according (sp, from, to)) != NONE)
    return cued (byline_speakers_who_forward (sp, according, to));
  /* A speech verb earlier in the sentence covers a partial quote that ends
   * the clause: X said the plan was "a disaster". Not a quoted word used
   * as a modifier: X asked them to draw "situation" cards. */
  if ((v = find_verb (sp, from, to, TRUE)) != NONE
      && (v == last || !quote_modifies (sp, q)))
    {
      who = byline_speakers_who_before_verb (sp, from, v);
      /* "… told CNBC:": who follows "told" listens. */
      if (!found (&who) && (is_word (sp, v, "told") || is_word (sp, v, "tells")))
        return cued (NOBODY);
      return cued (found (&who) ? who : byline_speakers_who_forward (sp, v + 1, to));
    }
  if (!byline_text_token_is (sp->text, last, ":", FALSE))
    return NOBODY;
  /* "Ms. Dubois, an analyst at Société Générale, was less upbeat: "…"":
   * the person the clause names speaks, else its last name. */
  if ((v = byline_speakers_group_in (sp, from, last, BYLINE_ENTITY_PERSON, FALSE)) != NONE
      || (v = byline_speakers_group_in (sp, from, last, -1, TRUE)) != NONE)
    return (Who) { v, NULL, TRUE };
  return cued (last > from ? byline_speakers_name_run (sp, last - 1, from, last, -1) : NOBODY);
}

/* The second part of a split quote: "…," X said. "…" */
static Who
attribute_continued (BylineSpeakers       *sp,
                     guint                 q)
{
  const BylineQuoteSpan *span = span_at (sp, q), *prev;
  guint speaker;

  if (q == 0 || (speaker = sp->said_by[q - 1]) == NONE)
    return NOBODY;
  prev = span_at (sp, q - 1);
  if (tok (sp, prev->close)->block != tok (sp, span->open)->block)
    return NOBODY;
  for (guint i = prev->close + 1; i < span->open; i++)
    if (sp->group_at[i] != NONE && sp->group_at[i] != speaker
        && kind_of (sp, sp->group_at[i]) == BYLINE_ENTITY_PERSON)
      return NOBODY;
  return (Who) { speaker, NULL, TRUE };
}

/* The sentence before token @open: in its block or the one before. */
static gboolean
previous_sentence (BylineSpeakers       *sp,
                   guint                 open,
                   guint                *from,
                   guint                *to)
{
  guint i = open, block;

  if (open == 0 || tok (sp, open - 1)->block + 1 < tok (sp, open)->block)
    return FALSE;
  *to = open;
  block = tok (sp, open - 1)->block;
  i = open - 1;
  while (i > 0 && tok (sp, i)->block == block && (is_terminal (sp, i) || tok (sp, i)->kind == BYLINE_TEXT_QUOTE))
    i--;
  while (i > 0 && tok (sp, i - 1)->block == block && *to - i < 2 * MAX_CLAUSE
         && !(is_terminal (sp, i - 1) && sp->quote_at[i - 1] == NONE))
    i--;
  *from = i;
  return *to > *from;
}

/* "Mayor Ann Holt was blunt.": the person a sentence opens with (after
 * a title or two), when it names no other person; else NONE. */
static guint
sole_subject (BylineSpeakers *sp,
              guint           from,
              guint           to)
{
  guint g = NONE;

  for (guint i = from; i < to && i < from + 3 && g == NONE; i++)
    if (sp->group_at[i] != NONE && sp->quote_at[i] == NONE)
      g = sp->group_at[i];
  if (g == NONE || kind_of (sp, g) != BYLINE_ENTITY_PERSON)
    return NONE;
  for (guint i = from; i < to; i++)
    if (sp->group_at[i] != NONE && sp->group_at[i] != g && kind_of (sp, sp->group_at[i]) == BYLINE_ENTITY_PERSON)
      return NONE;
  return g;
}

/* A quote opening its sentence, introduced by the sentence before:
 * "X explained the decision:", an attributed quote "…," X said, or a
 * sentence about one person only. */
static Who
attribute_previous (BylineSpeakers       *sp,
                    guint                 q)
{
  guint open = span_at (sp, q)->open;
  guint from, to, v, g;

  if (before_clause (sp, q, &from, &to) || !previous_sentence (sp, open, &from, &to))
    return NOBODY;
  /* A byline ("By Jane Doe") credits the story, not the quote after it. */
  if (to - from <= 8 && byline_text_token_is (sp->text, from, "By", FALSE))
    return NOBODY;
  for (guint i = to; i > from; i--)
    if (sp->quote_at[i - 1] != NONE && sp->quote_at[i - 1] < q && sp->said_by[sp->quote_at[i - 1]] != NONE)
      return (Who) { sp->said_by[sp->quote_at[i - 1]], NULL, FALSE };
  if ((v = find_verb (sp, from, to, TRUE)) != NONE)
    {
      Who who = byline_speakers_who_before_verb (sp, from, v);

      if (found (&who))
        return who;
    }
  if (byline_text_token_is (sp->text, to - 1, ":", FALSE))
    {
      if ((g = byline_speakers_group_in (sp, from, to, BYLINE_ENTITY_PERSON, FALSE)) != NONE
          || (g = byline_speakers_group_in (sp, from, to, -1, FALSE)) != NONE)
        return (Who) { g, NULL, FALSE };
      return NOBODY;
    }
  return (Who) { sole_subject (sp, from, to), NULL, FALSE };
}

char *
byline_speakers_find (BylineSpeakers *sp,
                      guint           q,
                      gboolean       *attributed)
{
  Who who = attribute_after (sp, q);

  g_return_val_if_fail (q < sp->spans->len, NULL);

  if (!found (&who) && !who.cued)
    who = attribute_before (sp, q);
  if (!found (&who) && !who.cued)
    who = attribute_continued (sp, q);
  if (!found (&who) && !who.cued)
    who = attribute_previous (sp, q);
  sp->said_by[q] = who.group;
  if (attributed != NULL)
    *attributed = found (&who) || who.cued;
  if (who.group != NONE)
    return g_strdup (byline_entity_get_name (g_ptr_array_index (sp->entities, who.group)));
  return who.name;
}
