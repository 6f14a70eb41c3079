/* entities/byline-name-shapes.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-entities"

#include "entities/byline-extend-private.h"

/* How news copy writes names, where the tagger, reading one sentence at a
 * time, cuts them short or mistypes them: the words companies, bodies,
 * laws and events end in, acronyms, organisations named after places.
 * How it writes people's names is in byline-person-shapes.c. */

/* Longer runs of capitalised words are a list or a shouted line, not a name. */
#define MAX_NAME_TOKENS 16

/* Words that continue a company's name: "Samsung Heavy Industries",
 * "Hyundai Motor Group", "Mitsubishi UFJ Financial Group". */
static const char * const org_words[] = {
  "Heavy", "Industries", "Industrial", "Group", "Holdings", "Holding", "Motor", "Motors",
  "Electronics", "Electric", "Energy", "Chemical", "Chemicals", "Steel", "Telecom", "Bank",
  "Financial", "Capital", "Securities", "Insurance", "Airlines", "Airways", "Systems",
  "Technologies", "Technology", "Semiconductor", "Pharmaceuticals", "Pharma", "Biologics",
  "Corp", "Corp.", "Corporation", "Inc", "Inc.", "Co", "Co.", "Ltd", "Ltd.", "LLC", "PLC",
  "AG", "SA", "SE", "NV", "Partners", "Ventures", "Labs", "Networks", "Communications",
  "Logistics", "Shipbuilding", "Construction", "Engineering", "Entertainment", "Media", "Platforms",
  "Therapeutics", "Biotech", "Biosciences", "Robotics", "Sports", "Philharmonic", "Orchestra",
  "Research",
  NULL
};

/* Words that make a place or a name into a treaty, law, event or award. */
static const char * const other_words[] = {
  "Agreement", "Accord", "Accords", "Treaty", "Protocol", "Act", "Amendment", "Convention",
  "Declaration", "Doctrine", "Summit", "Award", "Awards", "Prize", "Cup", "Games", "Telescope",
  "Average", "Index", NULL
};

/* Words that end a company's name and say it is one. */
static const char * const company_ends[] = {
  "Co", "Co.", "Corp", "Corp.", "Corporation", "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "PLC",
  "Group", "Holdings", "AG", "SA", "NV", "SE", "GmbH", "Securities", "Bank", "Airlines",
  "Airways", "Motors", "Industries", "Electronics", "Technologies", "Partners", "Capital",
  "Pharmaceuticals", "Authority", "Commission", "Agency", "Council", "Institute", "Committee",
  "Association", "Federation", "Foundation", "Ministry", "Administration", "Bureau", "Research",
  NULL
};

/* Words that end the name of a public body. */
static const char * const body_ends[] = {
  "Authority", "Commission", "Agency", "Council", "Institute", "Committee", "Board", "Office",
  "Service", "Bureau", "Administration", NULL
};

/* Words that end the name of an event, a law, an award or an index. */
static const char * const event_ends[] = {
  "Show", "Festival", "Olympics", "Paralympics", "Championship", "Championships", "Marathon",
  "Expo", "Summit", "War", "Prize", "Award", "Awards", "Act", "Treaty", "Agreement", "Accord",
  "Accords", "Protocol", "Index", "Cup", "Games", "Week", "Bill", NULL
};

/* Words that head the name of a body named for what it does: "Office for
 * National Statistics", "Centre for Economic Policy Research". */
static const char * const body_heads[] = {
  "Office", "Institute", "Centre", "Center", "Centres", "Centers", "Department", "Ministry", "Council", "Commission",
  "Agency", "Committee", "Foundation", "Society", "Association", "Bureau", "Organisation",
  "Organization", "Fund", "Trust", "Court", "Museum", "School", "University", "College", "Academy",
  "Federation", "Alliance", "Coalition", "Board", "Authority", "Tribunal", "Union", "League",
  "Party", NULL
};

/* Whether token @i is a word that makes a name a company's. "Bank" is
 * not: "Bank of England", "West Bank". */
static gboolean
company_word (Extend *x,
              guint   i)
{
  return in_word_list (x->text, i, org_words) && !byline_text_token_is (x->text, i, "Bank", TRUE);
}

/* Extends @m over the following words of @list ("Heavy Industries");
 * returns whether it grew. */
static gboolean
extend_over (Extend             *x,
             BylineMention      *m,
             const char * const *list)
{
  guint n_tokens = x->text->tokens->len;
  guint end = m->first + m->n;

  while (end < n_tokens && !x->covered[end] && in_word_list (x->text, end, list)
         && (tok (x->text, end)->flags & BYLINE_TEXT_SPACE_BEFORE)
         && tok (x->text, end)->block == tok (x->text, m->first)->block)
    x->covered[end++] = 1;
  if (end == m->first + m->n)
    return FALSE;
  m->n = end - m->first;
  return TRUE;
}

/* Words that end the name of an institution or a place named after a
 * person: "Samuel W. Tucker Elementary School", "John F. Kennedy Airport". */
static const char * const named_after_orgs[] = {
  "School", "University", "College", "Hospital", "Foundation", "Institute", "Center", "Centre",
  "Museum", "Library", NULL
};
static const char * const named_after_places[] = {
  "Airport", "Stadium", "Bridge", "Park", "Square", "Street", "Avenue", "Boulevard", "Tower", NULL
};

/* Extends the person @m over up to three capitalised words that end in
 * @list's; returns whether it did. */
static gboolean
extend_named_after (Extend             *x,
                    BylineMention      *m,
                    const char * const *list)
{
  guint end = m->first + m->n, last = end;

  for (guint k = end; k < x->text->tokens->len && k - end < 3 && !x->covered[k]
                      && tok (x->text, k)->kind == BYLINE_TEXT_WORD
                      && tok (x->text, k)->block == tok (x->text, m->first)->block
                      && byline_text_token_starts_upper (x->text, k); k++)
    if (in_word_list (x->text, k, list))
      last = k + 1;
  if (last == end)
    return FALSE;
  memset (x->covered + end, 1, last - end);
  m->n = last - m->first;
  return TRUE;
}

/* A name runs on over the words such names are made with: a company's
 * ("SK Heavy" where the body says "SK"), or a treaty's or an award's,
 * which makes it OTHER ("Paris Agreement", "Kigali Amendment"). */
static void
extend_designated_names (Extend *x)
{
  for (guint k = 0; k < x->mentions->len; k++)
    {
      BylineMention *m = &g_array_index (x->mentions, BylineMention, k);

      /* "Doosan Heavy", "Ford Motor", "Hanwha Heavy Industries": a name
       * read as a person or place that runs on with a company's words is
       * a company. */
      if (m->kind == BYLINE_ENTITY_ORG)
        {
          extend_over (x, m, org_words);
          if (extend_over (x, m, other_words))
            m->kind = BYLINE_ENTITY_OTHER;  /* "Dow Jones Industrial Average" */
        }
      else if (extend_over (x, m, org_words))
        m->kind = BYLINE_ENTITY_ORG;
      /* "Berlin Philharmonic", "Sky Sports": the tagger's name ends with one
       * ("West Bank" and "Federal Capital" are places). */
      else if (m->n >= 2 && company_word (x, m->first + m->n - 1)
               && !byline_text_token_is (x->text, m->first + m->n - 1, "Capital", TRUE))
        m->kind = BYLINE_ENTITY_ORG;
      else if (extend_over (x, m, other_words))
        m->kind = BYLINE_ENTITY_OTHER;  /* "Paris Agreement", "James Webb Space Telescope" */
      else if (m->kind == BYLINE_ENTITY_PERSON && extend_named_after (x, m, named_after_orgs))
        m->kind = BYLINE_ENTITY_ORG;
      else if (m->kind == BYLINE_ENTITY_PERSON && extend_named_after (x, m, named_after_places))
        m->kind = BYLINE_ENTITY_PLACE;
    }
}

/* Per token, the index of the mention that starts (@at_start) or ends
 * there, or G_MAXUINT: of the mentions there are now. Free with g_free(). */
guint *
byline_shapes_mention_edges (Extend   *x,
                             gboolean  at_start)
{
  guint n_tokens = x->text->tokens->len;
  guint *edges = g_new (guint, n_tokens + 1);

  memset (edges, 0xff, sizeof (guint) * (n_tokens + 1));
  for (guint k = 0; k < x->mentions->len; k++)
    {
      const BylineMention *m = &g_array_index (x->mentions, BylineMention, k);

      edges[at_start ? m->first : m->first + m->n - 1] = k;
    }
  return edges;
}

/* Whether token @i may continue a designated name: a capitalised word,
 * not yet a name, outside headlines (where every word is capitalised). */
static gboolean
designated_word (Extend *x,
                 guint   i)
{
  const BylineTextToken *t = tok (x->text, i);

  const char *s = x->text->source + t->start;

  return t->kind == BYLINE_TEXT_WORD && !x->covered[i] && !(t->flags & BYLINE_TOKEN_HEADLINE)
         && !(t->flags & BYLINE_TOKEN_ALL_CAPS_LINE)
         && ((guchar) *s < 0x80 ? g_ascii_isupper (*s) : g_unichar_isupper (g_utf8_get_char (s)));
}

/* "Wedbush Securities", "Taiwan Semiconductor Manufacturing Co",
 * "Consumer Electronics Show", "Paris Olympics": capitalised words ending
 * in a company's word are a company, in an event's, law's or award's word
 * an other name, joined to the name before them
 * ("Taiwan", "Paris", tagged places) when they follow it. The word must
 * end the capitalised run. */
static void
add_designated_runs (Extend *x)
{
  guint n_tokens = x->text->tokens->len;
  g_autofree guint *mention_ending = byline_shapes_mention_edges (x, FALSE);

  for (guint i = 0; i < n_tokens; i++)
    {
      guint end = i, first = i;
      guint before;
      BylineEntityKind kind;

      guint and = 0;

      while (end < n_tokens && end - i < 6 && tok (x->text, end)->block == tok (x->text, i)->block
             && (end == i || (tok (x->text, end)->flags & BYLINE_TEXT_SPACE_BEFORE)))
        {
          /* "Competition and Markets Authority": "and" between capitalised words. */
          if (end > i && and == 0 && end + 1 < n_tokens && byline_text_token_is (x->text, end, "and", FALSE)
              && designated_word (x, end + 1))
            and = end++;
          else if (!designated_word (x, end))
            break;
          end++;
        }
      /* Only a public body's name holds an "and": "Qualcomm and Arm
       * Holdings" are two companies. */
      if (and != 0 && !in_word_list (x->text, end - 1, body_ends))
        end = and;
      if (end == i)
        continue;
      if (in_word_list (x->text, end - 1, company_ends))
        kind = BYLINE_ENTITY_ORG;
      else if (in_word_list (x->text, end - 1, event_ends))
        kind = BYLINE_ENTITY_OTHER;
      else
        {
          i = end - 1;
          continue;
        }
      before = i > 0 && (tok (x->text, i)->flags & BYLINE_TEXT_SPACE_BEFORE) ? mention_ending[i - 1] : G_MAXUINT;
      if (before != G_MAXUINT && g_array_index (x->mentions, BylineMention, before).kind != BYLINE_ENTITY_PERSON)
        {
          BylineMention *m = &g_array_index (x->mentions, BylineMention, before);

          m->n = end - m->first;
          m->kind = kind;
          memset (x->covered + i, 1, end - i);
        }
      else
        {
          while (first + 1 < end && byline_word_is_stop (x->text->source + tok (x->text, first)->start,
                                                         tok (x->text, first)->len))
            first++;
          if (first + 1 < end)
            add_mention (x, (BylineMention) { first, end - first, kind, BYLINE_MENTION_REPEATED, 0 });
        }
      i = end - 1;
    }
}

/* The "of" inside @m at or after token @from and before its last word,
 * or G_MAXUINT. */
guint
byline_shapes_find_of (Extend              *x,
                       const BylineMention *m,
                       guint                from)
{
  for (guint of = from; of < m->first + m->n - 1; of++)
    if (byline_text_token_is (x->text, of, "of", FALSE))
      return of;
  return G_MAXUINT;
}

/* Cuts @m (the @k-th mention) at its "of" into two names of @before and
 * @after kinds; the second is appended. */
void
byline_shapes_split_at_of (Extend *x,
                           guint   k,
                           guint   of,
                           guint8  before,
                           guint8  after)
{
  BylineMention *m = &g_array_index (x->mentions, BylineMention, k);
  BylineMention second = { of + 1, m->first + m->n - of - 1, after, m->origin, m->headline };

  m->kind = before;
  m->n = of - m->first;
  x->covered[of] = 0;
  g_array_append_val (x->mentions, second);
}

/* "Auralis Therapeutics of Cambridge": a company's name ends with its
 * company word; what follows "of" is where it is based. */
static void
split_company_of_place (Extend *x)
{
  guint n_mentions = x->mentions->len;

  for (guint k = 0; k < n_mentions; k++)
    {
      const BylineMention *m = &g_array_index (x->mentions, BylineMention, k);
      guint of = byline_shapes_find_of (x, m, m->first + 2);

      if (of != G_MAXUINT && company_word (x, of - 1))
        byline_shapes_split_at_of (x, k, of, BYLINE_ENTITY_ORG, BYLINE_ENTITY_PLACE);
    }
}

/* "Competition and Markets Authority", "Food and Drug Administration":
 * one word, "and", then a body's name read as two organisations is one.
 * @mentions must be sorted. */
static gboolean
and_body (Extend              *x,
          BylineMention       *first,
          const BylineMention *body)
{
  guint and = first->first + first->n;

  return first->n == 1 && first->kind == BYLINE_ENTITY_ORG && body->kind == BYLINE_ENTITY_ORG
         && body->first == and + 1 && body->n >= 2 && byline_text_token_is (x->text, and, "and", FALSE)
         && in_word_list (x->text, body->first + body->n - 1, body_ends);
}

/* "Law Society of Kenya", "University of Nairobi", "Bank of England": an
 * organisation named after its place is one name, not an organisation and
 * a place. @mentions must be sorted. */
static gboolean
org_of_place (Extend              *x,
              BylineMention       *org,
              const BylineMention *place)
{
  guint of = org->first + org->n;
  guint after = place->first + place->n;

  /* "Auralis Therapeutics of Cambridge, Massachusetts": a company's name
   * says where it is based, not which one it is. */
  return org->kind == BYLINE_ENTITY_ORG && place->kind == BYLINE_ENTITY_PLACE
         && place->first == of + 1 && org->headline == place->headline
         && byline_text_token_is (x->text, of, "of", FALSE)
         && !(org->n >= 2 && company_word (x, of - 1))
         && !(after + 1 < x->text->tokens->len && byline_text_token_is (x->text, after, ",", FALSE)
              && byline_text_token_starts_upper (x->text, after + 1)
              && tok (x->text, after + 1)->block == tok (x->text, after)->block);
}

/* The capitals of a mention of two or more capitalised words ("World
 * Health Organization" → "WHO"), or NULL. */
static char *
initials_of (const BylineText    *text,
             const BylineMention *m)
{
  GString *initials = g_string_new (NULL);

  for (guint i = m->first; i < m->first + m->n; i++)
    byline_append_initials (text, i, initials);
  if (initials->len < 2)
    return g_string_free (initials, TRUE), NULL;
  return g_string_free (initials, FALSE);
}

/* A story that names the World Health Organization calls it the WHO
 * further on, often without spelling the acronym out: a word in capitals
 * that the tagger left alone and that spells the initials of an
 * organisation, place or other name of the document is that name. */
static void
add_acronyms (Extend *x)
{
  g_autoptr(GHashTable) kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_mentions = x->mentions->len;

  for (guint k = 0; k < n_mentions; k++)
    {
      const BylineMention *m = &g_array_index (x->mentions, BylineMention, k);
      char *initials;

      if (m->kind == BYLINE_ENTITY_PERSON || m->n < 2 || (initials = initials_of (x->text, m)) == NULL)
        continue;
      if (strlen (initials) > 6 || g_hash_table_contains (kinds, initials))
        g_free (initials);
      else
        g_hash_table_insert (kinds, initials, GUINT_TO_POINTER (m->kind + 1));
    }
  if (g_hash_table_size (kinds) == 0)
    return;

  for (guint i = 0; i < x->text->tokens->len; i++)
    {
      const BylineTextToken *t = tok (x->text, i);
      char word[8];
      guint kind;

      if (x->covered[i] || t->kind != BYLINE_TEXT_WORD || t->len < 2 || t->len > 6
          || !is_all_caps_word (x->text, i))
        continue;
      /* "E.U." spells "EU". */
      for (guint k = 0, n = 0; k <= t->len; k++)
        if (k == t->len || x->text->source[t->start + k] != '.')
          word[n++] = k == t->len ? '\0' : x->text->source[t->start + k];
      kind = GPOINTER_TO_UINT (g_hash_table_lookup (kinds, word));
      if (kind != 0)
        add_mention (x, (BylineMention) { i, 1, kind - 1, BYLINE_MENTION_ACRONYM,
                                          (t->flags & BYLINE_TOKEN_HEADLINE) != 0 });
    }
}

/* Whether one of the @n words from @i says the name is an organisation's
 * ("Sky Sports"), not a person's. */
gboolean
byline_shapes_names_body (Extend *x,
                          guint   i,
                          guint   n)
{
  for (guint k = i; k < i + n; k++)
    if (in_word_list (x->text, k, org_words)
        || in_word_list (x->text, k, company_ends) || in_word_list (x->text, k, body_ends)
        || in_word_list (x->text, k, event_ends))
      return TRUE;
  return FALSE;
}

/* "the Housing Access Bill" where the tagger read a man called Bill: a
 * law's last word after capitalised words the tagger left alone. */
static void
join_law_names (Extend *x)
{
  for (guint k = 0; k < x->mentions->len; k++)
    {
      BylineMention *m = &g_array_index (x->mentions, BylineMention, k);
      guint first = m->first;

      if (m->n != 1 || !(byline_text_token_is (x->text, first, "Bill", TRUE)
                         || byline_text_token_is (x->text, first, "Act", TRUE)))
        continue;
      while (first > 0 && m->first - first < 4 && byline_shapes_name_word (x, first - 1)
             && !(tok (x->text, first)->flags & BYLINE_TOKEN_SENTENCE_START))
        first--;
      if (first == m->first)
        continue;
      memset (x->covered + first, 1, m->first - first);
      m->n += m->first - first;
      m->first = first;
      m->kind = BYLINE_ENTITY_OTHER;
    }
}

/* What the steps above joined or listed that is no name after all; and an
 * acronym in running text read as a person ("LFP" cells): people are
 * written with their names, not their initials. */
static void
drop_non_names (Extend *x)
{
  for (guint k = 0; k < x->mentions->len; k++)
    {
      const BylineMention *m = &g_array_index (x->mentions, BylineMention, k);

      if (m->n > MAX_NAME_TOKENS || (m->n == 1 && byline_token_is_label (x->text, m->first))
          || (m->n == 1 && m->kind == BYLINE_ENTITY_PERSON && m->origin != BYLINE_MENTION_AUTHOR
              && is_all_caps_word (x->text, m->first) && !byline_shapes_is_initials (x->text, m->first)
              && !(tok (x->text, m->first)->flags & (BYLINE_TOKEN_HEADLINE | BYLINE_TOKEN_ALL_CAPS_LINE))))
        g_array_remove_index (x->mentions, k--);
    }
}

/* Whether token @i is a capitalised word outside headlines no name holds,
 * that may continue a body's name. */
static gboolean
body_name_word (Extend *x,
                guint   i,
                guint   block)
{
  const BylineTextToken *t = tok (x->text, i);

  return t->kind == BYLINE_TEXT_WORD && !x->covered[i] && t->block == block
         && !(t->flags & (BYLINE_TOKEN_HEADLINE | BYLINE_TOKEN_SENTENCE_START))
         && byline_text_token_starts_upper (x->text, i)
         && !byline_word_is_stop (x->text->source + t->start, t->len)
         && !byline_word_is_person_title (x->text->source + t->start, t->len);
}

/* Where a body's name that goes on at token @i ends: over capitalised
 * words (up to @max), a particle between two of them ("Rio Grande do
 * Sul"), and a last one after "and" ("Disease Control and Prevention");
 * @running when a name ends just before @i. */
static guint
body_name_end (Extend   *x,
               guint     i,
               guint     block,
               guint     max,
               gboolean  running)
{
  static const char * const particles[] = { "do", "da", "de", "del", "des", "di", "du", "dos", "das", NULL };
  guint n_tokens = x->text->tokens->len, end = i;

  while (end < n_tokens && end - i < max)
    {
      if (body_name_word (x, end, block))
        end++;
      else if ((end > i || running) && end + 1 < n_tokens && in_word_list (x->text, end, particles)
               && body_name_word (x, end + 1, block))
        end += 2;
      else if ((end > i || running) && end + 1 < n_tokens && byline_text_token_is (x->text, end, "and", FALSE)
               && body_name_word (x, end + 1, block)
               && (end + 2 >= n_tokens || !body_name_word (x, end + 2, block)))
        return end + 2;
      else
        break;
    }
  return end;
}

/* "the Centre for Economic Policy Research", where the tagger saw nothing:
 * a capitalised head word, "for", "of" or "on", and capitalised words. */
static void
add_body_names (Extend *x)
{
  guint n_tokens = x->text->tokens->len;

  for (guint i = 0; i + 2 < n_tokens; i++)
    {
      guint block = tok (x->text, i)->block, start = i, end = i + 2;

      if (!(byline_text_token_is (x->text, i + 1, "for", FALSE)
            || byline_text_token_is (x->text, i + 1, "of", FALSE)
            || byline_text_token_is (x->text, i + 1, "on", FALSE))
          || !in_word_list (x->text, i, body_heads) || !body_name_word (x, i, block))
        continue;
      end = body_name_end (x, end, block, 6, FALSE);
      if (end == i + 2)
        continue;
      for (guint c = 0; c < 2 && start > 0 && body_name_word (x, start - 1, block); c++)
        start--;
      add_mention (x, (BylineMention) { start, end - start, BYLINE_ENTITY_ORG, BYLINE_MENTION_REPEATED, 0 });
      i = end - 1;
    }
}

/* "Office for National Statistics", "Centre for Economic Policy Research",
 * "Spanish Federation of Property Owners", "Bank of Spain": a body's head
 * word and "for", "of" or "on" before a name make one organisation, and
 * its name runs on over the capitalised words the tagger left after it. */
static void
join_body_names (Extend *x)
{
  guint n_tokens = x->text->tokens->len;

  for (guint k = 0; k < x->mentions->len; k++)
    {
      BylineMention *m = &g_array_index (x->mentions, BylineMention, k);
      guint block = tok (x->text, m->first)->block;
      guint head = G_MAXUINT, end;

      if (m->headline)
        continue;
      if (m->first >= 2 && body_name_word (x, m->first - 2, block)
          && in_word_list (x->text, m->first - 2, body_heads)
          && (byline_text_token_is (x->text, m->first - 1, "for", FALSE)
              || byline_text_token_is (x->text, m->first - 1, "of", FALSE)
              || byline_text_token_is (x->text, m->first - 1, "on", FALSE)))
        {
          head = m->first - 2;
          for (guint c = 0; c < 2 && head > 0 && body_name_word (x, head - 1, block); c++)
            head--;
          memset (x->covered + head, 1, m->first - head);
          m->n += m->first - head;
          m->first = head;
        }
      else if (in_word_list (x->text, m->first + m->n - 1, body_heads) && m->first + m->n + 1 < n_tokens
               && (byline_text_token_is (x->text, m->first + m->n, "of", FALSE)
                   || byline_text_token_is (x->text, m->first + m->n, "for", FALSE))
               && body_name_word (x, m->first + m->n + 1, block))
        {
          /* "Spanish Federation" + "of Property Owners" */
          head = m->first + m->n - 1;
          x->covered[m->first + m->n] = 1;
          m->n++;
        }
      else
        for (guint i = m->first; i + 2 < m->first + m->n && head == G_MAXUINT; i++)
          if ((in_word_list (x->text, i, body_heads) || byline_text_token_is (x->text, i, "Bank", FALSE))
              && (byline_text_token_is (x->text, i + 1, "for", FALSE)
                  || byline_text_token_is (x->text, i + 1, "on", FALSE)
                  || ((i == m->first || m->kind == BYLINE_ENTITY_ORG)
                      && byline_text_token_is (x->text, i + 1, "of", FALSE))))
            head = i;  /* "Bank of Spain", read as a place */
      if (head == G_MAXUINT)
        continue;
      m->kind = BYLINE_ENTITY_ORG;
      end = body_name_end (x, m->first + m->n, block, 4, TRUE);
      memset (x->covered + m->first + m->n, 1, end - (m->first + m->n));
      m->n = end - m->first;
    }
}

/* "John F. Kennedy" + "International Airport": a person's name and the
 * name of a thing right after it are one name. */
static gboolean
named_after (Extend              *x,
             BylineMention       *a,
             const BylineMention *b)
{
  guint last = b->first + b->n - 1;

  if (a->kind != BYLINE_ENTITY_PERSON || b->first != a->first + a->n || a->headline != b->headline
      || tok (x->text, b->first)->block != tok (x->text, a->first)->block)
    return FALSE;
  if (in_word_list (x->text, last, named_after_orgs))
    a->kind = BYLINE_ENTITY_ORG;
  else if (in_word_list (x->text, last, named_after_places))
    a->kind = BYLINE_ENTITY_PLACE;
  else
    return FALSE;
  return TRUE;
}

void
byline_shapes_join_pairs (Extend    *x,
                          gboolean (*joins) (Extend *, BylineMention *, const BylineMention *),
                          gboolean   again)
{
  GArray *mentions = x->mentions;

  for (guint k = 0; k + 1 < mentions->len; k++)
    {
      BylineMention *a = &g_array_index (mentions, BylineMention, k);
      const BylineMention *b = &g_array_index (mentions, BylineMention, k + 1);

      if (!joins (x, a, b))
        continue;
      a->n = b->first + b->n - a->first;
      g_array_remove_index (mentions, k + 1);
      if (again)
        k--;  /* wraps to try the joined name against the next one */
    }
}

void
byline_name_shapes_first (Extend *x)
{
  byline_person_shapes_first (x);
  split_company_of_place (x);
}

void
byline_name_shapes_after (Extend *x)
{
  extend_designated_names (x);
  add_designated_runs (x);
  add_acronyms (x);
  byline_person_shapes_after (x);
  add_body_names (x);
  join_law_names (x);
  drop_non_names (x);
}

void
byline_name_shapes_join (Extend *x)
{
  join_body_names (x);
  byline_shapes_join_pairs (x, named_after, FALSE);
  byline_shapes_join_pairs (x, org_of_place, FALSE);
  byline_shapes_join_pairs (x, and_body, FALSE);
}
