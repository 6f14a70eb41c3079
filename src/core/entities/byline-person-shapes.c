/* entities/byline-person-shapes.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-entities"

#include "entities/byline-extend-private.h"

/* How news copy writes people's names, where the tagger cuts them short or
 * mistypes them: surname particles, titles and roles before a name, names
 * beside a verb of speech, Chinese and Korean names written family name
 * first, places read as people. */

/* Lower-case parts of surnames: "Erik ten Hag", "Ruud van Nistelrooy". */
static const char * const name_particles[] = {
  "van", "von", "der", "den", "de", "di", "da", "du", "del", "della", "dos", "das", "ten", "ter",
  "bin", "ibn", "al", "el", "le", "la", NULL
};

/* Occupations written before a person's name: "climate scientist NAME". */
static const char * const occupations[] = {
  "scientist", "professor", "researcher", "economist", "analyst", "lawyer", "doctor",
  "historian", "expert", "author", "director", "spokesperson", "spokesman", "spokeswoman",
  "engineer", "lecturer", "fellow", "strategist", "physician", "epidemiologist", "adviser",
  "advisor", "official", "minister", "secretary", "executive", "chairman", "chairwoman",
  "president", "leader", "manager", "coach", "captain", "lawmaker", "senator", "governor", "mayor",
  "ambassador", "commissioner", "officer", "founder", "investor", "striker", "midfielder",
  "defender", "goalkeeper", "quarterback", "candidate", "activist", "correspondent", "reporter",
  "editor", "singer", "actor", "actress", "artist", "filmmaker", "novelist", "poet",
  "entrepreneur", "diplomat", "envoy", "prosecutor", "judge", "attorney", "consultant",
  "commander", NULL
};

/* Verbs that make the capitalised words beside them a person in news copy. */
static const char * const speaking[] = {
  "said", "says", "told", "added", "asked", "wrote", "explained", "noted", "recalled", NULL
};

/* Titles written before a person's name: "President Xi Jinping". The
 * first ones are also written before a surname alone: "Mr. Xi". */
static const char * const name_titles[] = {
  "Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Dr.", "Prof.", "Sen.", "Rep.", "Gov.", "President",
  "Premier", "Chancellor", "Senator", "Mayor", "Pope", NULL
};

static const char * const full_name_titles[] = {
  "Governor", "Minister", "Secretary", "Ambassador", "Congressman", "Congresswoman", "Judge",
  "Chairman", "Chairwoman", "Professor", "King", "Queen", "Prince", "Princess", "Sheikh", "Coach",
  "Rabbi", "Imam", "Detective", "Gen.", "Col.", "Lt.", "Capt.", "Sgt.", "Rev.", NULL
};

/* Words that make a name a place's or a building's, not a person's. */
static const char * const site_words[] = {
  "University", "College", "School", "Hospital", "Street", "Avenue", "Road", "Square", "Park",
  "Bridge", "Airport", "Stadium", "Center", "Centre", "Church", "Palace", "House", "Hall",
  "Museum", "Island", "Islands", "River", "Lake", "Mountain", "Valley", "County", "City",
  "Province", "State", "Region", "District", "Party", "Union", "League", "Club", "Team",
  "United", "FC", NULL
};

/* "el-Tayeb", "al-Bashir", "bin-Salman": a particle, a hyphen, a name. */
gboolean
byline_shapes_particle_name (const BylineText *text,
                             guint             i)
{
  static const char * const particles[] = { "al-", "el-", "ad-", "ash-", "bin-", "ibn-", "abu-", NULL };
  const BylineTextToken *t = tok (text, i);
  const char *w = text->source + t->start;

  /* Cheap tests first: this is asked of every lower-case word. */
  if (t->kind != BYLINE_TEXT_WORD || t->len < 4 || memchr (w, '-', MIN (t->len, 5)) == NULL)
    return FALSE;
  for (guint k = 0; particles[k] != NULL; k++)
    {
      gsize n = strlen (particles[k]);

      if (t->len > n + 1 && strncmp (w, particles[k], n) == 0 && g_ascii_isupper (w[n]))
        return TRUE;
    }
  return FALSE;
}

/* A person's name runs on over a surname with particles the tagger cut
 * short: "Erik" + "ten Hag", "Ludwig" + "van der Rohe". */
static void
extend_particles (Extend *x)
{
  guint n_tokens = x->text->tokens->len;

  for (guint k = 0; k < x->mentions->len; k++)
    {
      BylineMention *m = &g_array_index (x->mentions, BylineMention, k);
      guint end = m->first + m->n;
      guint next = end;

      if (m->kind != BYLINE_ENTITY_PERSON)
        continue;
      /* "Hassan el-Tayeb", "Omar al-Bashir": the particle joined to the name. */
      if (next < n_tokens && !x->covered[next] && byline_shapes_particle_name (x->text, next)
          && tok (x->text, next)->block == tok (x->text, m->first)->block)
        {
          x->covered[next] = 1;
          m->n++;
          continue;
        }
      while (next < n_tokens && !x->covered[next] && in_word_list (x->text, next, name_particles)
             && tok (x->text, next)->block == tok (x->text, m->first)->block)
        next++;
      if (next == end || next >= n_tokens || x->covered[next]
          || tok (x->text, next)->kind != BYLINE_TEXT_WORD
          || !byline_text_token_starts_upper (x->text, next)
          || tok (x->text, next)->block != tok (x->text, m->first)->block)
        continue;
      memset (x->covered + end, 1, next + 1 - end);
      m->n = next + 1 - m->first;
    }
}

/* "climate scientist Friederike Otto of Imperial College London": a name
 * after an occupation, then "of" and an institution, read as one
 * organisation, is a person and their organisation. */
static void
split_person_of_org (Extend *x)
{
  guint n_mentions = x->mentions->len;

  for (guint k = 0; k < n_mentions; k++)
    {
      const BylineMention *m = &g_array_index (x->mentions, BylineMention, k);
      guint of;

      if (m->kind != BYLINE_ENTITY_ORG || m->first == 0
          || !in_word_list (x->text, m->first - 1, occupations))
        continue;
      of = byline_shapes_find_of (x, m, m->first + 1);
      if (of != G_MAXUINT && of - m->first >= 2 && of - m->first <= 3)
        byline_shapes_split_at_of (x, k, of, BYLINE_ENTITY_PERSON, BYLINE_ENTITY_ORG);
    }
}

/* "H.R.", "J.": a person's initials. */
gboolean
byline_shapes_is_initials (const BylineText *text,
                           guint             i)
{
  const BylineTextToken *t = tok (text, i);
  const char *s = text->source + t->start;

  if (t->len < 2 || t->len % 2 != 0)
    return FALSE;
  for (guint k = 0; k < t->len; k += 2)
    if (!g_ascii_isupper (s[k]) || s[k + 1] != '.')
      return FALSE;
  return TRUE;
}

/* Whether token @i is a capitalised word no name holds, outside headlines,
 * that is neither a stop word nor a title. */
gboolean
byline_shapes_name_word (Extend *x,
                         guint   i)
{
  const BylineTextToken *t = tok (x->text, i);
  const char *s = x->text->source + t->start;

  return t->kind == BYLINE_TEXT_WORD && !x->covered[i] && t->len >= 2
         && !(t->flags & (BYLINE_TOKEN_HEADLINE | BYLINE_TOKEN_ALL_CAPS_LINE))
         && byline_text_token_starts_upper (x->text, i) && !g_ascii_isdigit (*s)
         && !byline_word_is_stop (s, t->len) && !byline_word_is_person_title (s, t->len)
         && (!is_all_caps_word (x->text, i) || byline_shapes_is_initials (x->text, i));
}

/* A run of @n name words from @i that does not end in initials. */
static gboolean
ends_in_name (Extend *x,
              guint   i,
              guint   n)
{
  return n > 0 && !byline_shapes_is_initials (x->text, i + n - 1);
}

/* Whether one of the @n words from @i says the name is no person's: also
 * a place's word ("King Street"), which a surname may be after a given
 * name ("Lisa Park"). */
static gboolean
names_no_person (Extend *x,
                 guint   i,
                 guint   n)
{
  for (guint k = i; k < i + n; k++)
    if (in_word_list (x->text, k, site_words))
      return TRUE;
  return byline_shapes_names_body (x, i, n);
}

/* A name of two or three words beside a verb of speech that starts with
 * a given name is a person's, whatever type it was read as. */
static void
retype_person (Extend        *x,
               BylineMention *m)
{
  const BylineTextToken *first = tok (x->text, m->first);
  g_autofree char *name = NULL;

  if (m->kind == BYLINE_ENTITY_PERSON || (m->n != 2 && m->n != 3) || byline_shapes_names_body (x, m->first, m->n)
      || byline_given_name_gender (x->text->source + first->start, first->len) == BYLINE_GENDER_UNKNOWN)
    return;
  name = byline_mention_name (x->text, m);
  if (byline_listed_kind (name, strlen (name), NULL) < 0)  /* "Wood Mackenzie" is a firm */
    m->kind = BYLINE_ENTITY_PERSON;
}

/* "said Satoshi Ito", "Satoshi Ito said": two or three capitalised words
 * the tagger left alone, right after or before a verb of speech, that
 * stand alone between punctuation or the sentence's edge, are a person. */
static void
add_speakers (Extend *x)
{
  guint n_tokens = x->text->tokens->len;
  g_autofree guint *ending = byline_shapes_mention_edges (x, FALSE);
  g_autofree guint *starting = byline_shapes_mention_edges (x, TRUE);

  for (guint v = 0; v < n_tokens; v++)
    {
      const BylineTextToken *t = tok (x->text, v);
      guint i, n;

      gboolean according = v > 0 && byline_text_token_is (x->text, v, "to", FALSE)
                           && byline_text_token_is (x->text, v - 1, "according", FALSE);

      if (!according && (t->len < 4 || t->len > 9 || !g_ascii_islower (x->text->source[t->start])
                         || !in_word_list (x->text, v, speaking)))
        continue;
      /* "said Lisa Park", "according to Lisa Park": a given name and a
       * surname read as a place or an organisation. */
      if (v + 1 < n_tokens && starting[v + 1] != G_MAXUINT)
        retype_person (x, &g_array_index (x->mentions, BylineMention, starting[v + 1]));
      /* After the verb: up to punctuation or the block's end. */
      for (n = 0; v + 1 + n < n_tokens && n < 4 && byline_shapes_name_word (x, v + 1 + n)
                  && tok (x->text, v + 1 + n)->block == tok (x->text, v)->block; n++)
        ;
      i = v + 1;
      if ((n == 2 || n == 3) && ends_in_name (x, i, n) && !names_no_person (x, i, n)
          && (i + n >= n_tokens || tok (x->text, i + n)->kind == BYLINE_TEXT_PUNCT
              || tok (x->text, i + n)->block != tok (x->text, v)->block))
        {
          add_mention (x, (BylineMention) { i, n, BYLINE_ENTITY_PERSON, BYLINE_MENTION_REPEATED, 0 });
          continue;
        }
      if (according)
        continue;
      if (v > 0 && ending[v - 1] != G_MAXUINT)
        {
          retype_person (x, &g_array_index (x->mentions, BylineMention, ending[v - 1]));
          continue;
        }
      /* Before the verb: back to punctuation, a quote mark or the sentence's start. */
      for (n = 0; n < v && n < 4 && byline_shapes_name_word (x, v - 1 - n)
                  && tok (x->text, v - 1 - n)->block == tok (x->text, v)->block; n++)
        {
          if (tok (x->text, v - 1 - n)->flags & BYLINE_TOKEN_SENTENCE_START)
            {
              n++;
              break;
            }
        }
      i = v - n;
      if ((n == 2 || n == 3) && ends_in_name (x, i, n) && !names_no_person (x, i, n)
          && (i == 0 || (tok (x->text, i)->flags & BYLINE_TOKEN_SENTENCE_START)
              || tok (x->text, i - 1)->kind == BYLINE_TEXT_PUNCT
              || tok (x->text, i - 1)->kind == BYLINE_TEXT_QUOTE))
        add_mention (x, (BylineMention) { i, n, BYLINE_ENTITY_PERSON, BYLINE_MENTION_REPEATED, 0 });
    }
}

/* How many name words (up to four) follow from token @i in @block. */
static guint
name_run (Extend *x,
          guint   i,
          guint   block)
{
  guint n = 0;

  while (i + n < x->text->tokens->len && n < 4 && byline_shapes_name_word (x, i + n)
         && tok (x->text, i + n)->block == block)
    n++;
  return n;
}

/* Whether the @n words from @i end the name: the block ends, or the next
 * word is neither capitalised nor part of another name. */
static gboolean
run_stands_alone (Extend *x,
                  guint   i,
                  guint   n,
                  guint   block)
{
  guint e = i + n;

  return e >= x->text->tokens->len || tok (x->text, e)->block != block
         || !(x->covered[e] || byline_text_token_starts_upper (x->text, e));
}

/* "President Xi [Jinping]", "manager Pep [Guardiola]": when the @n name
 * words from @i run into a person the tagger found, that person's name
 * starts at @i. Returns whether the words met a name (joined or not). */
static gboolean
starts_person_early (Extend      *x,
                     const guint *starting,
                     guint        i,
                     guint        n,
                     guint        block)
{
  BylineMention *m;

  if (n == 0 || n >= 3 || i + n >= x->text->tokens->len || starting[i + n] == G_MAXUINT
      || tok (x->text, i + n)->block != block)
    return FALSE;
  m = &g_array_index (x->mentions, BylineMention, starting[i + n]);
  if (m->kind == BYLINE_ENTITY_PERSON && m->n + n <= 4)
    {
      memset (x->covered + i, 1, n);
      m->first = i;
      m->n += n;
    }
  return TRUE;
}

/* "President Xi Jinping", "Prime Minister Narendra Modi", "Mr. Xi": the
 * capitalised words after a title, up to punctuation or a lower-case word,
 * are a person, whether the tagger missed them or read them as a place.
 * One word counts after the titles used with a surname alone, when the
 * story never writes it in lower case ("President Trump", not "Mayor Pete"
 * in a story about a pete bog). */
static void
add_titled_persons (Extend *x)
{
  guint n_tokens = x->text->tokens->len;
  g_autofree guint *starting = byline_shapes_mention_edges (x, TRUE);

  for (guint v = 0; v + 1 < n_tokens; v++)
    {
      const BylineTextToken *t = tok (x->text, v);
      gboolean surname_title;
      guint i = v + 1, n = 0;

      if (x->covered[v] || (t->flags & BYLINE_TOKEN_HEADLINE) || !byline_text_token_starts_upper (x->text, v)
          || (starting[i] == G_MAXUINT && !byline_shapes_name_word (x, i)))
        continue;
      surname_title = in_word_list (x->text, v, name_titles);
      if (!surname_title && !in_word_list (x->text, v, full_name_titles))
        continue;
      if (starting[i] != G_MAXUINT)
        {
          BylineMention *m = &g_array_index (x->mentions, BylineMention, starting[i]);

          if (m->kind != BYLINE_ENTITY_PERSON && m->n <= 3 && m->origin == BYLINE_MENTION_TAGGER
              && !names_no_person (x, m->first, m->n)
              && byline_given_name_gender (x->text->source + tok (x->text, i)->start,
                                           tok (x->text, i)->len) != BYLINE_GENDER_UNKNOWN)
            m->kind = BYLINE_ENTITY_PERSON;
          continue;
        }
      n = name_run (x, i, t->block);
      if (n == 0 || n > 3 || names_no_person (x, i, n))
        continue;
      if (starts_person_early (x, starting, i, n, t->block))
        continue;
      if (!run_stands_alone (x, i, n, t->block) || (n == 1 && (!surname_title || byline_extend_seen_lower (x, i))))
        continue;
      add_mention (x, (BylineMention) { i, n, BYLINE_ENTITY_PERSON, BYLINE_MENTION_REPEATED, 0 });
      v = i + n - 1;
    }
}

/* Two people's names side by side with nothing between them are one
 * person the tagger split: "Xi" + "Jinping". Headlines, which run names
 * together ("Biden Xi talks"), are left alone. */
static gboolean
split_person (Extend              *x,
              BylineMention       *a,
              const BylineMention *b)
{
  return a->kind == BYLINE_ENTITY_PERSON && b->kind == BYLINE_ENTITY_PERSON && !a->headline
         && !b->headline && a->first + a->n == b->first && a->n + b->n <= 4
         && tok (x->text, b->first)->block == tok (x->text, a->first)->block
         && !(tok (x->text, b->first)->flags & BYLINE_TOKEN_SENTENCE_START);
}

/* "Jae-in", "Hye-jin": two syllables joined by a hyphen, the second in
 * lower case. */
static gboolean
korean_given_name (const BylineText *text,
                   guint             i)
{
  const BylineTextToken *t = tok (text, i);
  const char *s = text->source + t->start;
  const char *hyphen = memchr (s, '-', t->len);

  return t->kind == BYLINE_TEXT_WORD && hyphen != NULL && hyphen - s >= 2 && hyphen - s <= 4
         && g_ascii_isupper (s[0]) && (gsize) (s + t->len - hyphen) >= 3 && (gsize) (s + t->len - hyphen) <= 5
         && g_ascii_islower (hyphen[1]) && memchr (hyphen + 1, '-', s + t->len - hyphen - 1) == NULL;
}

/* Family names of China written first ("Li Qiang", "Xi Jinping"); the
 * ones that are also English words at a sentence's start ("He", "Song")
 * are left out. */
static const char * const chinese_surnames[] = {
  "Xi", "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun",
  "Zhu", "Hu", "Guo", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Tang", "Feng", "Deng", "Cao",
  "Peng", "Zeng", "Xiao", "Tian", "Dong", "Yuan", "Cai", "Jiang", "Du", "Cheng", "Wei", "Lu", "Ren",
  "Shen", "Yao", "Zhong", "Qin", "Kong", "Mao", "Qiu", "Hou", "Xiong", "Jin", "Zou", NULL
};

gboolean
byline_name_family_first (const BylineText    *text,
                          const BylineMention *m)
{
  return m->kind == BYLINE_ENTITY_PERSON && m->n == 2
         && (korean_given_name (text, m->first + 1) || in_word_list (text, m->first, chinese_surnames));
}

/* "a depot in Armley", "in Headingley and Rothwell": a name read as a
 * person's, after "in" or listed with a place, without a given name to
 * say person, is a place. */
static void
retype_places_after_in (Extend *x)
{
  static const char * const place_words[] = { "in", "near", "outside", "across", NULL };

  for (guint k = 0; k < x->mentions->len; k++)
    {
      BylineMention *m = &g_array_index (x->mentions, BylineMention, k);
      const BylineMention *before = k > 0 ? &g_array_index (x->mentions, BylineMention, k - 1) : NULL;
      const BylineTextToken *first = tok (x->text, m->first);
      guint end = m->first + m->n;

      if (m->kind != BYLINE_ENTITY_PERSON || m->n > 2 || m->first == 0 || m->origin != BYLINE_MENTION_TAGGER
          || byline_given_name_gender (x->text->source + first->start, first->len) != BYLINE_GENDER_UNKNOWN
          || (end < x->text->tokens->len && tok (x->text, end)->kind == BYLINE_TEXT_POSSESSIVE))
        continue;
      if (in_word_list (x->text, m->first - 1, place_words)
          || (before != NULL && before->kind == BYLINE_ENTITY_PLACE && before->first + before->n + 1 == m->first
              && byline_text_token_is (x->text, m->first - 1, "and", FALSE)))
        m->kind = BYLINE_ENTITY_PLACE;
    }
}

/* "C.C. Wei", "J.K. Rowling": initials and a surname are a person's name,
 * unless the hand list knows the name as something else ("J.P. Morgan"). */
static void
retype_initialled_persons (Extend *x)
{
  for (guint k = 0; k < x->mentions->len; k++)
    {
      BylineMention *m = &g_array_index (x->mentions, BylineMention, k);
      g_autofree char *name = NULL;

      if (m->kind == BYLINE_ENTITY_PERSON || m->n != 2 || !byline_shapes_is_initials (x->text, m->first)
          || !byline_text_token_starts_upper (x->text, m->first + 1))
        continue;
      name = byline_mention_name (x->text, m);
      if (byline_listed_kind (name, strlen (name), NULL) < 0)
        m->kind = BYLINE_ENTITY_PERSON;
    }
}

/* "Moon Jae-in", "Lee Jae-yong": a Korean given name is written with a
 * hyphen after a short surname the tagger may take for a word; "Park
 * Hye-jin" is a person, not a park. */
static void
extend_korean_names (Extend *x)
{
  for (guint k = 0; k < x->mentions->len; k++)
    {
      BylineMention *m = &g_array_index (x->mentions, BylineMention, k);
      const BylineTextToken *t = tok (x->text, m->first);
      guint p = m->first - 1;

      if (m->n == 2 && korean_given_name (x->text, m->first + 1) && tok (x->text, m->first)->len <= 4
          && byline_text_token_starts_upper (x->text, m->first))
        {
          m->kind = BYLINE_ENTITY_PERSON;  /* "Park Hye-jin", read as a place */
          continue;
        }
      if (m->kind != BYLINE_ENTITY_PERSON || m->n != 1 || m->first == 0 || !korean_given_name (x->text, m->first)
          || x->covered[p]
          || tok (x->text, p)->kind != BYLINE_TEXT_WORD || tok (x->text, p)->len > 4
          || !byline_text_token_starts_upper (x->text, p) || !(t->flags & BYLINE_TEXT_SPACE_BEFORE)
          || tok (x->text, p)->block != t->block)
        continue;
      x->covered[p] = 1;
      m->first = p;
      m->n = 2;
    }
}

/* "security adviser H.R. McMaster said", "striker Harry Kane scored": two
 * or three capitalised words after a role, up to punctuation or a
 * lower-case word, are a person, whether the tagger missed them or read
 * a given name and surname as something else. */
static void
add_role_persons (Extend *x)
{
  guint n_tokens = x->text->tokens->len;
  g_autofree guint *starting = byline_shapes_mention_edges (x, TRUE);

  for (guint v = 0; v + 2 < n_tokens; v++)
    {
      const BylineTextToken *t = tok (x->text, v);
      guint i = v + 1, n = 0;

      if (!g_ascii_islower (x->text->source[t->start]) || (starting[i] == G_MAXUINT && !byline_shapes_name_word (x, i))
          || !in_word_list (x->text, v, occupations))
        continue;
      if (starting[i] != G_MAXUINT)
        {
          BylineMention *m = &g_array_index (x->mentions, BylineMention, starting[i]);

          retype_person (x, m);
          continue;
        }
      n = name_run (x, i, t->block);
      if (starts_person_early (x, starting, i, n, t->block))
        continue;
      if (n < 2 || n > 3 || !ends_in_name (x, i, n) || names_no_person (x, i, n)
          || !run_stands_alone (x, i, n, t->block))
        continue;
      add_mention (x, (BylineMention) { i, n, BYLINE_ENTITY_PERSON, BYLINE_MENTION_REPEATED, 0 });
      v = i + n - 1;
    }
}

void
byline_person_shapes_first (Extend *x)
{
  byline_shapes_join_pairs (x, split_person, TRUE);  /* while the tagger's mentions are in order */
  retype_places_after_in (x);
  split_person_of_org (x);
  extend_particles (x);
  extend_korean_names (x);
  retype_initialled_persons (x);
  add_titled_persons (x);
  add_role_persons (x);
}

void
byline_person_shapes_after (Extend *x)
{
  add_speakers (x);
}
