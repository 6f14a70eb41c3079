/* entities/byline-speaker-names.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-quotes"

#include <string.h>

#include "entities/byline-speakers-private.h"

/* Who a clause beside a quote names: the person next to the verb, a
 * pronoun's person, the holder of an office ("the mayor"), the person just
 * named ("the American"), or a name the tagger missed. */

/* Offices a story calls someone by once it has named them: "the mayor". */
static const char * const roles[] = {
  "mayor", "president", "minister", "senator", "governor", "chancellor", "chairman",
  "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson", "secretary", "judge",
  "coach", "manager", "prosecutor", "commissioner", "ambassador", "director", "premier",
  "sheriff", "superintendent", "founder", "congressman", "congresswoman", "councilmember",
  "councillor", "councilman", "councilwoman", "treasurer", "attorney", "detective",
  "inspector", "captain", "executive", "economist", "analyst", "controller", NULL
};

/* The first (or last) token of [from, to) outside quotes naming a group of
 * @kind, or of any kind when @kind is negative. */
guint
byline_speakers_group_in (BylineSpeakers       *sp,
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
Who
byline_speakers_name_run (BylineSpeakers       *sp,
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

/* "said Wu's neighbour, Amal Haddad": when the first person after the verb
 * owns the noun that follows, the speaker is the person named beside that
 * noun, if any. @g is the first person group in [i, limit). */
static guint
owner_or_apposition (BylineSpeakers *sp,
                     guint           g,
                     guint           i,
                     guint           limit)
{
  guint end;

  while (i < limit && sp->group_at[i] != g)
    i++;
  for (end = i; end < limit && sp->group_at[end] == g; end++)
    ;
  if (end >= limit || tok (sp, end)->kind != BYLINE_TEXT_POSSESSIVE)
    return g;
  for (guint j = end + 1; j < limit; j++)
    if (sp->group_at[j] != NONE && sp->group_at[j] != g && sp->quote_at[j] == NONE
        && kind_of (sp, sp->group_at[j]) == BYLINE_ENTITY_PERSON)
      return sp->group_at[j];
  return g;
}

/* Who follows token @i: "said Eric Ronne", "said Ms. Gillard", "according
 * to consumer advocate Paul Mercier", "she said". A title or a short
 * description may stand before the name. */
Who
byline_speakers_who_forward (BylineSpeakers *sp,
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
  if ((g = byline_speakers_group_in (sp, i, limit, BYLINE_ENTITY_PERSON, FALSE)) != NONE)
    return (Who) { owner_or_apposition (sp, g, i, limit), NULL, FALSE };
  while (i < limit && tok (sp, i)->kind == BYLINE_TEXT_WORD && sp->group_at[i] == NONE
         && !is_name_word (sp, i))
    i++;
  if (i >= limit)
    return NOBODY;
  if (sp->group_at[i] != NONE)
    return (Who) { sp->group_at[i], NULL, FALSE };
  return byline_speakers_name_run (sp, i, i, to, 1);
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

Who
byline_speakers_who_before_verb (BylineSpeakers       *sp,
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
      return byline_speakers_name_run (sp, i, i, v, 1);
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
    return byline_speakers_name_run (sp, v - 1, from, v, -1);
  return NOBODY;
}

