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

#define NONE          G_MAXUINT
#define MAX_CLAUSE    30
#define VERB_WINDOW   12
#define PRONOUN_REACH 400
#define FORWARD_REACH 14

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

/* Offices a story calls someone by once it has named them: "the mayor". */
static const char * const roles[] = {
  "mayor", "president", "minister", "senator", "governor", "chancellor", "chairman",
  "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson", "secretary", "judge",
  "coach", "manager", "prosecutor", "commissioner", "ambassador", "director", "premier",
  "sheriff", "superintendent", "founder", "congressman", "congresswoman", "councilmember",
  "councillor", "councilman", "councilwoman", "treasurer", "attorney", "detective",
  "inspector", "captain", "executive", "economist", "analyst", "controller", NULL
};

struct _BylineSpeakers
{
  const BylineText *text;
  GPtrArray        *entities;
  const GArray     *spans;
  guint            *group_at;   /* per token: index of the entity named there, or NONE */
  guint            *quote_at;   /* per token: index of the quote it is in, or NONE */
  guint            *said_by;    /* per quote found so far: entity index or NONE */
  guint8           *gender;     /* per entity: a BylineGender */
};

static const BylineTextToken *
tok (BylineSpeakers       *sp,
     guint                 i)
{
  return byline_text_get_token (sp->text, i);
}

static const BylineQuoteSpan *
span_at (BylineSpeakers       *sp,
         guint                 q)
{
  return &g_array_index (sp->spans, BylineQuoteSpan, q);
}

static gboolean
is_word (BylineSpeakers       *sp,
         guint                 i,
         const char           *word)
{
  return byline_text_token_is (sp->text, i, word, TRUE);
}

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

static gboolean
is_pronoun (BylineSpeakers       *sp,
            guint                 i)
{
  return is_word (sp, i, "he") || is_word (sp, i, "she");
}

static gboolean
is_terminal (BylineSpeakers       *sp,
             guint                 i)
{
  const BylineTextToken *t = tok (sp, i);
  char c = sp->text->source[t->start];

  return t->kind == BYLINE_TEXT_PUNCT && (c == '.' || c == '!' || c == '?');
}

static BylineEntityKind
kind_of (BylineSpeakers       *sp,
         guint                 group)
{
  return byline_entity_get_kind (g_ptr_array_index (sp->entities, group));
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

/* A speaker: a group, or a name as written when no group holds it. */
typedef struct
{
  guint     group;
  char     *name;
  gboolean  cued;   /* an attribution was found, even if it names nobody ("a spokesman said") */
} Who;

#define NOBODY ((Who) { NONE, NULL, FALSE })

static Who
cued (Who who)
{
  who.cued = TRUE;
  return who;
}

static gboolean
found (const Who *who)
{
  return who->group != NONE || who->name != NULL;
}

/* The first (or last) token of [from, to) outside quotes naming a group of
 * @kind, or of any kind when @kind is negative. */
static guint
group_in (BylineSpeakers       *sp,
          guint                 from,
          guint                 to,
          int                   kind,
          gboolean              last)
{
  for (guint k = 0; k < to - from; k++)
    {
      guint i = last ? to - 1 - k : from + k;
      guint g = sp->group_at[i];

      if (g != NONE && sp->quote_at[i] == NONE && (kind < 0 || kind_of (sp, g) == (guint) kind))
        return g;
    }
  return NONE;
}

/* The nearest person named before token @i, outside quotes, who may be
 * called @want (0 for anyone). */
static guint
person_before (BylineSpeakers       *sp,
               guint                 i,
               guint8                want)
{
  for (guint k = 0; k < PRONOUN_REACH && i > 0; k++)
    {
      guint g = sp->group_at[--i];

      if (g != NONE && sp->quote_at[i] == NONE && kind_of (sp, g) == BYLINE_ENTITY_PERSON
          && (want == 0 || sp->gender[g] == 0 || sp->gender[g] == want))
        return g;
    }
  return NONE;
}

/* "he" or "she" at token @i: the nearest suitable person, who from then on
 * is known to be called so. */
static guint
resolve_pronoun (BylineSpeakers *sp,
                 guint           i)
{
  guint8 want = is_word (sp, i, "she") ? BYLINE_GENDER_FEMALE : BYLINE_GENDER_MALE;
  guint g = person_before (sp, i, want);

  if (g != NONE && sp->gender[g] == 0)
    sp->gender[g] = want;
  return g;
}

/* Tokens @a and @b spell the same word, whatever the (ASCII) case. */
static gboolean
same_word (BylineSpeakers *sp,
           guint           a,
           guint           b)
{
  const BylineTextToken *ta = tok (sp, a);
  const BylineTextToken *tb = tok (sp, b);

  return ta->len == tb->len
         && g_ascii_strncasecmp (sp->text->source + ta->start, sp->text->source + tb->start, ta->len) == 0;
}

/* "the mayor" at tokens @i, @i + 1. */
static gboolean
is_role (BylineSpeakers *sp,
         guint           i)
{
  const BylineTextToken *t;

  if (i + 1 >= sp->text->tokens->len || !is_word (sp, i, "the"))
    return FALSE;
  t = tok (sp, i + 1);
  return t->kind == BYLINE_TEXT_WORD && g_ascii_islower (sp->text->source[t->start])
         && byline_word_in_list (roles, sp->text->source + t->start, t->len);
}

/* "the American", "the Spaniard", "the 29-year-old": a story's way of
 * naming again the person it has just named. */
static gboolean
is_epithet (BylineSpeakers *sp,
            guint           i)
{
  static const char * const nouns[] = {
    "Spaniard", "Frenchman", "Frenchwoman", "Briton", "Scot", "Dutchman", "Welshman", "Irishman",
    "Englishman", "Swede", "Dane", "Finn", "Pole", "Serb", "Croat", "Argentine", "Kiwi", NULL
  };
  const BylineTextToken *t;
  const char *w;

  if (i + 1 >= sp->text->tokens->len || !is_word (sp, i, "the"))
    return FALSE;
  t = tok (sp, i + 1);
  w = sp->text->source + t->start;
  if (t->kind != BYLINE_TEXT_WORD)
    return FALSE;
  if (t->len > 9 && memcmp (w + t->len - 9, "-year-old", 9) == 0)
    return TRUE;
  return g_ascii_isupper (w[0])
         && (sp->group_at[i + 1] == NONE || kind_of (sp, sp->group_at[i + 1]) != BYLINE_ENTITY_PERSON)
         && (byline_word_in_list (nouns, w, t->len) || byline_listed_kind (w, t->len, NULL) == BYLINE_ENTITY_OTHER);
}

/* The person "the mayor" (@i, @i + 1) refers to: the nearest one named
 * with that office before their name ("Mayor Karen Bass", "Prime
 * Minister …") or just after it ("Karen Bass, the mayor,"). */
static guint
resolve_role (BylineSpeakers *sp,
              guint           i)
{
  guint role = i + 1;

  for (guint k = 0; k < PRONOUN_REACH && i > 0; k++)
    {
      guint j = --i, g = sp->group_at[j], end = j;

      if (g == NONE || sp->quote_at[j] != NONE || kind_of (sp, g) != BYLINE_ENTITY_PERSON
          || (j > 0 && sp->group_at[j - 1] == g))
        continue;
      while (end + 1 < role && sp->group_at[end + 1] == g)
        end++;
      for (guint d = 1; d <= 2; d++)
        if (j >= d && same_word (sp, j - d, role))
          return g;
      for (guint a = end + 1; a < MIN (end + 6, role - 1); a++)
        if (same_word (sp, a, role))
          return g;
    }
  return NONE;
}

static gboolean
is_name_word (BylineSpeakers       *sp,
              guint                 i)
{
  const BylineTextToken *t = tok (sp, i);
  const char *s = sp->text->source + t->start;

  return t->kind == BYLINE_TEXT_WORD && g_unichar_isupper (g_utf8_get_char (s))
         && !byline_word_is_stop (s, t->len) && !byline_word_is_person_title (s, t->len)
         && sp->quote_at[i] == NONE;
}

/* A capitalised name the tagger missed, going forwards or backwards from
 * @i: the group that lists it as a variant, or the name as written. */
static Who
name_run (BylineSpeakers       *sp,
          guint                 i,
          guint                 from,
          guint                 to,
          int                   direction)
{
  guint first = i, n = 0;
  g_autofree char *name = NULL;

  while (n < 4 && first >= from && first < to && is_name_word (sp, first)
         && tok (sp, first)->block == tok (sp, i)->block)
    {
      n++;
      if (direction < 0 && first == 0)
        break;
      first += direction;
    }
  if (n == 0)
    return NOBODY;
  if (direction < 0)
    first = i + 1 - n;
  else
    first = i;
  name = byline_text_join (sp->text, first, n);
  for (guint e = 0; e < sp->entities->len; e++)
    if (g_strv_contains (byline_entity_get_variants (g_ptr_array_index (sp->entities, e)), name))
      return (Who) { e, NULL, FALSE };
  return (Who) { NONE, g_steal_pointer (&name), FALSE };
}

/* Who follows token @i: "said Eric Ronne", "said Ms. Gillard", "according
 * to consumer advocate Paul Mercier", "she said". A title or a short
 * description may stand before the name. */
static Who
who_forward (BylineSpeakers *sp,
             guint           i,
             guint           to)
{
  guint limit = MIN (to, i + FORWARD_REACH);
  guint g;

  if (i >= to)
    return NOBODY;
  if (is_pronoun (sp, i))
    return (Who) { resolve_pronoun (sp, i), NULL, FALSE };
  if (is_role (sp, i) && (g = resolve_role (sp, i)) != NONE)
    return (Who) { g, NULL, FALSE };
  if (is_epithet (sp, i) && (g = person_before (sp, i, 0)) != NONE)
    return (Who) { g, NULL, FALSE };
  if ((g = group_in (sp, i, limit, BYLINE_ENTITY_PERSON, FALSE)) != NONE)
    return (Who) { g, NULL, FALSE };
  while (i < limit && tok (sp, i)->kind == BYLINE_TEXT_WORD && sp->group_at[i] == NONE
         && !is_name_word (sp, i))
    i++;
  if (i >= limit)
    return NOBODY;
  if (sp->group_at[i] != NONE)
    return (Who) { sp->group_at[i], NULL, FALSE };
  return name_run (sp, i, i, to, 1);
}

/* "X said", "X, the title, said", "she said": who comes before verb @v. */
/* Whether token @i, right after a name, is a noun the name modifies
 * ("Rogers spokeswoman"), not a function word or a verb ("Lee and Park",
 * "Lee has said"). */
static gboolean
modifies_noun (BylineSpeakers *sp,
               guint           i,
               guint           v)
{
  static const char * const function_words[] = {
    "and", "or", "of", "who", "whose", "with", "in", "at", "on", "for", "from", "to", "as",
    "also", "then", "later", "has", "had", "have", "was", "is", "will", "would", "once",
    "previously", "earlier", "recently", "again", NULL
  };
  const BylineTextToken *t;

  if (i >= v)
    return FALSE;
  t = tok (sp, i);
  return t->kind == BYLINE_TEXT_WORD && g_unichar_islower (g_utf8_get_char (sp->text->source + t->start))
         && !byline_word_in_list (function_words, sp->text->source + t->start, t->len);
}

/* The person who is the subject before verb @v: the one named right
 * before it ("…, press secretary Karine Jean-Pierre said"), else the first
 * named, unless that name only modifies a noun ("a Rogers spokeswoman,
 * Sarah Lin, said"). */
static guint
subject_before (BylineSpeakers *sp,
                guint           from,
                guint           v)
{
  guint first = NONE;

  if (v > from && sp->group_at[v - 1] != NONE && sp->quote_at[v - 1] == NONE
      && kind_of (sp, sp->group_at[v - 1]) == BYLINE_ENTITY_PERSON)
    {
      guint start = v - 1;

      while (start > from && sp->group_at[start - 1] == sp->group_at[v - 1])
        start--;
      /* "Tom Reid and Sarah Lin said": the first of them is the subject. */
      if (start == from || !(is_word (sp, start - 1, "and") || is_word (sp, start - 1, ",")))
        return sp->group_at[v - 1];
    }

  for (guint i = from; i < v; i++)
    {
      guint g = sp->group_at[i], end = i;

      if (g == NONE || sp->quote_at[i] != NONE || kind_of (sp, g) != BYLINE_ENTITY_PERSON)
        continue;
      while (end + 1 < v && sp->group_at[end + 1] == g)
        end++;
      if (first == NONE)
        first = g;
      if (!modifies_noun (sp, end + 1, v))
        return g;
      i = end;
    }
  return first;
}

static Who
who_before_verb (BylineSpeakers       *sp,
                 guint                 from,
                 guint                 v)
{
  guint g = subject_before (sp, from, v);

  if (g != NONE)
    return (Who) { g, NULL, FALSE };
  for (guint i = from; i < v; i++)
    if (is_pronoun (sp, i))
      return (Who) { resolve_pronoun (sp, i), NULL, FALSE };
  for (guint i = from; i + 1 < v; i++)
    if (is_role (sp, i) && (g = resolve_role (sp, i)) != NONE)
      return (Who) { g, NULL, FALSE };
  for (guint i = from; i + 1 < v; i++)
    if (is_epithet (sp, i) && (g = person_before (sp, i, 0)) != NONE)
      return (Who) { g, NULL, FALSE };
  /* A person's name the tagger missed beats an organisation named beside
   * it: "A Rogers spokeswoman, Sarah Lin, said". */
  for (guint i = from; i + 1 < v; i++)
    if (sp->group_at[i] == NONE && is_name_word (sp, i) && sp->group_at[i + 1] == NONE
        && is_name_word (sp, i + 1))
      return name_run (sp, i, i, v, 1);
  /* The last name before the verb, unless it only modifies a noun:
   * in "U.K. officials described …" the officials speak. */
  for (guint i = v; i-- > from;)
    {
      g = sp->group_at[i];
      if (g == NONE || sp->quote_at[i] != NONE)
        continue;
      if (!modifies_noun (sp, i + 1, v))
        return (Who) { g, NULL, FALSE };
      while (i > from && sp->group_at[i - 1] == g)
        i--;
    }
  if (v > from)
    return name_run (sp, v - 1, from, v, -1);
  return NOBODY;
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
    return cued (who_forward (sp, according, to));
  if ((v = find_verb (sp, from, MIN (to, from + VERB_WINDOW), FALSE)) == NONE)
    return NOBODY;
  if (v == from)
    return cued (who_forward (sp, v + 1, to));
  return cued (who_before_verb (sp, from, v));
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
    return cued (who_forward (sp, according, to));
  /* A speech verb earlier in the sentence covers a partial quote that ends
   * the clause: X said the plan was "a disaster". Not a quoted word used
   * as a modifier: X asked them to draw "situation" cards. */
  if ((v = find_verb (sp, from, to, TRUE)) != NONE
      && (v == last || !quote_modifies (sp, q)))
    {
      who = who_before_verb (sp, from, v);
      return cued (found (&who) ? who : who_forward (sp, v + 1, to));
    }
  if (!byline_text_token_is (sp->text, last, ":", FALSE))
    return NOBODY;
  /* "Ms. Dubois, an analyst at Société Générale, was less upbeat: "…"":
   * the person the clause names speaks, else its last name. */
  if ((v = group_in (sp, from, last, BYLINE_ENTITY_PERSON, FALSE)) != NONE
      || (v = group_in (sp, from, last, -1, TRUE)) != NONE)
    return (Who) { v, NULL, TRUE };
  return cued (last > from ? name_run (sp, last - 1, from, last, -1) : NOBODY);
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
      Who who = who_before_verb (sp, from, v);

      if (found (&who))
        return who;
    }
  if (byline_text_token_is (sp->text, to - 1, ":", FALSE))
    {
      if ((g = group_in (sp, from, to, BYLINE_ENTITY_PERSON, FALSE)) != NONE
          || (g = group_in (sp, from, to, -1, FALSE)) != NONE)
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
