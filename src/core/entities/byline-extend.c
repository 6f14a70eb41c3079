/* entities/byline-extend.c
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

/* Document-level consistency. A story names its subjects many times, and
 * the tagger, reading one sentence at a time, misses some: the surname
 * alone at a sentence start, a short name listed after a tagged one, the
 * headline where every word is capitalised. Whatever the body establishes
 * as a name is looked for everywhere else. */

#define MAX_LISTED_WORDS 3
#define MAX_UNKNOWN_WORDS 6
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
  "Logistics", "Shipbuilding", "Construction", "Engineering", "Entertainment", "Media", NULL
};

/* Words that make a place or a name into a treaty, law, event or award. */
static const char * const other_words[] = {
  "Agreement", "Accord", "Accords", "Treaty", "Protocol", "Act", "Amendment", "Convention",
  "Declaration", "Doctrine", "Summit", "Award", "Awards", "Prize", "Cup", "Games", NULL
};

/* Lower-case parts of surnames: "Erik ten Hag", "Ruud van Nistelrooy". */
static const char * const name_particles[] = {
  "van", "von", "der", "den", "de", "di", "da", "du", "del", "della", "dos", "das", "ten", "ter",
  "bin", "ibn", "al", "el", "le", "la", NULL
};

typedef struct
{
  guint first;                          /* a mention that spells the name */
  guint n;
  guint votes[BYLINE_N_ENTITY_KINDS];   /* tagged body mentions per type */
} Name;

typedef struct
{
  const BylineText *text;
  GArray           *mentions;
  guint8           *covered;     /* per token: inside a mention */
  GHashTable       *by_word;     /* word_key() of the first word → GPtrArray of Name */
  GHashTable       *lower_words; /* word_key() of the lower-case words, built on demand */
} Extend;

static const BylineTextToken *
tok (const BylineText *text,
     guint             i)
{
  return byline_text_get_token (text, i);
}

/* A key for token @i whatever its (ASCII) case, without allocating: an
 * FNV-1a hash as a pointer. A collision only costs a comparison, since
 * every lookup compares the words themselves. */
static gpointer
word_key (const BylineText *text,
          guint             i)
{
  const BylineTextToken *t = tok (text, i);
  guint64 h = 0xcbf29ce484222325ull;

  for (guint k = 0; k < t->len; k++)
    h = (h ^ (guchar) g_ascii_tolower (text->source[t->start + k])) * 0x100000001b3ull;
  return GSIZE_TO_POINTER ((gsize) h | 1);
}

static gboolean
is_headline (const BylineText *text,
             guint             i)
{
  return (tok (text, i)->flags & BYLINE_TOKEN_HEADLINE) != 0;
}

/* Token @i spells the name's token @k: same letters whatever the case, and
 * capitalised wherever the name is. */
static gboolean
same_word (const BylineText *text,
           guint             i,
           guint             k)
{
  const BylineTextToken *a = tok (text, i);
  const BylineTextToken *b = tok (text, k);

  if (a->len != b->len || a->kind != BYLINE_TEXT_WORD || b->kind != BYLINE_TEXT_WORD)
    return FALSE;
  if (g_ascii_strncasecmp (text->source + a->start, text->source + b->start, a->len) != 0)
    return FALSE;
  return !byline_text_token_starts_upper (text, k) || byline_text_token_starts_upper (text, i);
}

static gboolean
name_matches (const Extend *x,
              const Name   *name,
              guint         i)
{
  if (i + name->n > x->text->tokens->len)
    return FALSE;
  for (guint k = 0; k < name->n; k++)
    if (!same_word (x->text, i + k, name->first + k) || x->covered[i + k])
      return FALSE;
  return tok (x->text, i)->block == tok (x->text, i + name->n - 1)->block;
}

static Name *
find_name (const Extend *x,
           guint         first,
           guint         n)
{
  GPtrArray *names = g_hash_table_lookup (x->by_word, word_key (x->text, first));

  for (guint k = 0; names != NULL && k < names->len; k++)
    {
      Name *name = g_ptr_array_index (names, k);
      guint j = 0;

      while (name->n == n && j < n && same_word (x->text, first + j, name->first + j)
             && same_word (x->text, name->first + j, first + j))
        j++;
      if (name->n == n && j == n)
        return name;
    }
  return NULL;
}

static void
add_name (Extend *x,
          guint   first,
          guint   n,
          int     kind)
{
  Name *name = find_name (x, first, n);

  if (name == NULL)
    {
      gpointer key = word_key (x->text, first);
      GPtrArray *names = g_hash_table_lookup (x->by_word, key);

      if (names == NULL)
        {
          names = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (x->by_word, key, names);
        }
      name = g_new0 (Name, 1);
      name->first = first;
      name->n = n;
      /* Longest names first, so "South Korea" wins over "South". */
      for (guint k = 0; k <= names->len; k++)
        if (k == names->len || ((Name *) g_ptr_array_index (names, k))->n < n)
          {
            g_ptr_array_insert (names, k, name);
            break;
          }
    }
  if (kind >= 0)
    name->votes[kind]++;
}

static void
cover (Extend              *x,
       const BylineMention *m,
       guint8               value)
{
  memset (x->covered + m->first, value, m->n);
}

static void
add_mention (Extend        *x,
             BylineMention  m)
{
  g_array_append_val (x->mentions, m);
  cover (x, &m, 1);
}

static int
majority (const Name *name)
{
  int best = -1;

  for (int k = 0; k < BYLINE_N_ENTITY_KINDS; k++)
    if (name->votes[k] > 0 && (best < 0 || name->votes[k] > name->votes[best]))
      best = k;
  return best;
}

/* The names the body establishes: tagged outside headlines, with the
 * surname of every person named in full. */
static void
collect_names (Extend *x)
{
  for (guint k = 0; k < x->mentions->len; k++)
    {
      const BylineMention *m = &g_array_index (x->mentions, BylineMention, k);
      guint last = m->first + m->n - 1;

      if (m->headline && m->origin != BYLINE_MENTION_AUTHOR)
        continue;
      add_name (x, m->first, m->n, m->kind);
      if (m->kind == BYLINE_ENTITY_PERSON && m->n >= 2 && tok (x->text, last)->len >= 2
          && byline_text_token_starts_upper (x->text, last)
          && !byline_word_is_stop (x->text->source + tok (x->text, last)->start, tok (x->text, last)->len))
        add_name (x, last, 1, BYLINE_ENTITY_PERSON);
    }
}

/* The first body name spelt at token @i, longest first, or NULL. */
static const Name *
name_at (const Extend *x,
         guint         i)
{
  GPtrArray *names;

  if (tok (x->text, i)->kind != BYLINE_TEXT_WORD || !byline_text_token_starts_upper (x->text, i))
    return NULL;
  names = g_hash_table_lookup (x->by_word, word_key (x->text, i));
  for (guint k = 0; names != NULL && k < names->len; k++)
    {
      const Name *name = g_ptr_array_index (names, k);

      if (majority (name) >= 0 && name_matches (x, name, i))
        return name;
    }
  return NULL;
}

/* Whether a word's own shape says name, whatever the line's case:
 * "OpenAI", "18F", "McDonald". */
static gboolean
shaped_like_name (const BylineText *text,
                  guint             i)
{
  const BylineTextToken *t = tok (text, i);
  gboolean lower = FALSE;

  for (const char *p = text->source + t->start; p < text->source + t->start + t->len; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (lower && (g_unichar_isupper (c) || g_unichar_isdigit (c)))
        return TRUE;
      lower |= g_unichar_islower (c) || g_unichar_isdigit (c);
    }
  return FALSE;
}

/* A headline capitalises every word, so a single capitalised word the
 * tagger guesses there counts only when a name the body establishes
 * shares it, or when its shape says name. A name of several words
 * ("Denver Federal Center") stands on its own. */
static gboolean
headline_confirmed (Extend              *x,
                    const BylineMention *m)
{
  gboolean confirmed = m->n > 1 || shaped_like_name (x->text, m->first);

  cover (x, m, 0);
  for (guint i = m->first; i < m->first + m->n && !confirmed; i++)
    confirmed = name_at (x, i) != NULL;
  cover (x, m, 1);
  return confirmed;
}

static void
drop_unconfirmed_headlines (Extend *x)
{
  for (guint k = x->mentions->len; k > 0; k--)
    {
      BylineMention *m = &g_array_index (x->mentions, BylineMention, k - 1);

      if (m->headline && m->origin != BYLINE_MENTION_AUTHOR && !headline_confirmed (x, m))
        {
          cover (x, m, 0);
          g_array_remove_index (x->mentions, k - 1);
        }
    }
}

/* Every other spelling of a body name, in the body and in headlines. */
static void
add_repeats (Extend *x)
{
  guint n_tokens = x->text->tokens->len;

  for (guint i = 0; i < n_tokens; i++)
    {
      const Name *name;
      BylineMention m;

      if (x->covered[i] || (name = name_at (x, i)) == NULL)
        continue;
      m = (BylineMention) { i, name->n, majority (name), BYLINE_MENTION_REPEATED, is_headline (x->text, i) };
      add_mention (x, m);
      i += name->n - 1;
    }
}

static gboolean
seen_lower (Extend *x,
            guint   i)
{
  if (x->lower_words == NULL)
    {
      x->lower_words = g_hash_table_new (g_direct_hash, g_direct_equal);
      for (guint k = 0; k < x->text->tokens->len; k++)
        if (tok (x->text, k)->kind == BYLINE_TEXT_WORD
            && g_ascii_islower (x->text->source[tok (x->text, k)->start]))
          g_hash_table_add (x->lower_words, word_key (x->text, k));
    }
  return g_hash_table_contains (x->lower_words, word_key (x->text, i));
}

/* Whether token @i could be part of a name listed beside a tagged one. */
static gboolean
listable_word (Extend *x,
               guint   i)
{
  const BylineTextToken *t = tok (x->text, i);
  const char *s = x->text->source + t->start;
  gboolean caps = t->len >= 2 && g_ascii_isupper (s[0]) && g_ascii_isupper (s[1]);

  return t->kind == BYLINE_TEXT_WORD && !x->covered[i] && g_unichar_isupper (g_utf8_get_char (s))
         && !(t->flags & BYLINE_TOKEN_HEADLINE) && !byline_word_is_stop (s, t->len)
         && !byline_word_is_person_title (s, t->len) && (caps || !seen_lower (x, i));
}

/* The capitalised run that starts at @i and ends before a lower-case word;
 * 0 when there is none or it is too long to be a listed name. */
static guint
listed_run (Extend *x,
            guint   i,
            int     direction)
{
  guint n = 0;
  guint n_tokens = x->text->tokens->len;

  for (;;)
    {
      if (i >= n_tokens || !listable_word (x, i)
          || tok (x->text, i)->block != tok (x->text, i - direction)->block)
        break;
      if (++n > MAX_LISTED_WORDS)
        return 0;
      /* Going backwards, a sentence start ends the run. */
      if (direction < 0 && (i == 0 || (tok (x->text, i)->flags & BYLINE_TOKEN_SENTENCE_START)))
        return n;
      i += direction;
    }
  return n;
}

static gboolean
is_list_joiner (const BylineText *text,
                guint             i)
{
  return byline_text_token_is (text, i, "and", FALSE) || byline_text_token_is (text, i, "or", FALSE)
         || byline_text_token_is (text, i, "&", FALSE) || byline_text_token_is (text, i, ",", FALSE);
}

/* Whether a run joined to a mention by token @joiner really is an item of
 * a list: its far side (token @beyond, G_MAXUINT-safe) is not part of
 * another name, and after a mere comma the list goes on there ("Brazil,
 * India and China"; not "in Bangladesh, Scouts are called"). */
static gboolean
listed_ok (Extend *x,
           guint   joiner,
           guint   beyond,
           int     direction)
{
  guint n_tokens = x->text->tokens->len;
  gboolean inside = beyond < n_tokens && tok (x->text, beyond)->block == tok (x->text, joiner)->block;

  if (inside && x->covered[beyond] && tok (x->text, beyond)->kind == BYLINE_TEXT_WORD)
    return FALSE;
  if (!byline_text_token_is (x->text, joiner, ",", FALSE))
    return TRUE;
  if (!inside)
    return direction > 0;
  return is_list_joiner (x->text, beyond)
         || (direction > 0 && tok (x->text, beyond)->kind == BYLINE_TEXT_PUNCT
             && strchr (".;:!?", x->text->source[tok (x->text, beyond)->start]) != NULL);
}

/* "Samsung and SK", "SK, Samsung": a capitalised name listed beside a
 * tagged name is most likely a name of the same kind. */
static void
add_listed (Extend *x)
{
  guint n_mentions = x->mentions->len;

  for (guint k = 0; k < n_mentions; k++)
    {
      BylineMention m = g_array_index (x->mentions, BylineMention, k);
      guint after = m.first + m.n;
      guint n;

      if (m.headline || m.origin != BYLINE_MENTION_TAGGER)
        continue;
      if (after + 1 < x->text->tokens->len && is_list_joiner (x->text, after)
          && (n = listed_run (x, after + 1, 1)) > 0 && listed_ok (x, after, after + 1 + n, 1))
        add_mention (x, (BylineMention) { after + 1, n, m.kind, BYLINE_MENTION_LISTED, 0 });
      if (m.first >= 2 && is_list_joiner (x->text, m.first - 1)
          && (n = listed_run (x, m.first - 2, -1)) > 0
          && listed_ok (x, m.first - 1, m.first - 1 - n - 1, -1))
        add_mention (x, (BylineMention) { m.first - 1 - n, n, m.kind, BYLINE_MENTION_LISTED, 0 });
    }
}

static gboolean
in_word_list (const BylineText   *text,
              guint               i,
              const char * const *list)
{
  return tok (text, i)->kind == BYLINE_TEXT_WORD
         && byline_word_in_list (list, text->source + tok (text, i)->start, tok (text, i)->len);
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
        extend_over (x, m, org_words);
      else if (extend_over (x, m, org_words))
        m->kind = BYLINE_ENTITY_ORG;
      else if (m->kind != BYLINE_ENTITY_PERSON && extend_over (x, m, other_words))
        m->kind = BYLINE_ENTITY_OTHER;
    }
}

/* Whether token @i may be part of a name the tagger does not know. A
 * capitalised function word counts in mid-sentence: "Every Kid in a Park". */
static gboolean
unknown_word (Extend *x,
              guint   i)
{
  const BylineTextToken *t = tok (x->text, i);
  const char *s = x->text->source + t->start;

  return t->kind == BYLINE_TEXT_WORD && !x->covered[i] && t->len >= 2
         && g_unichar_isupper (g_utf8_get_char (s)) && !(t->flags & BYLINE_TOKEN_HEADLINE)
         && !(t->flags & BYLINE_TOKEN_SENTENCE_START) && !byline_word_is_person_title (s, t->len)
         && (byline_word_is_stop (s, t->len) || !seen_lower (x, i));
}

static gboolean
is_connector (const BylineText *text,
              guint             i)
{
  static const char * const connectors[] = { "of", "in", "a", "the", "for", "on", "de", NULL };

  for (guint k = 0; connectors[k] != NULL; k++)
    if (byline_text_token_is (text, i, connectors[k], FALSE))
      return TRUE;
  return FALSE;
}

/* Whether tokens [i, i + n) touch a mention: then they are the part of a
 * name the tagger cut short ("Bowling" before a tagged "Green"). */
static gboolean
beside_mention (const Extend *x,
                guint         i,
                guint         n)
{
  guint block = tok (x->text, i)->block;

  return (i > 0 && x->covered[i - 1] && tok (x->text, i - 1)->block == block
          && tok (x->text, i - 1)->kind == BYLINE_TEXT_WORD)
         || (i + n < x->text->tokens->len && x->covered[i + n] && tok (x->text, i + n)->block == block
             && tok (x->text, i + n)->kind == BYLINE_TEXT_WORD);
}

static gboolean
is_all_caps_word (const BylineText *text,
                  guint             i)
{
  const BylineTextToken *t = tok (text, i);
  guint upper = 0;

  for (guint k = 0; k < t->len; k++)
    {
      char c = text->source[t->start + k];

      if (g_ascii_islower (c))
        return FALSE;
      upper += g_ascii_isupper (c);
    }
  return upper >= 2;
}

/* The length of the unknown name starting at @i: capitalised words, with
 * lower-case connectors between them ("Bank of Korea"); 0 when none. */
static guint
unknown_run (Extend *x,
             guint   i)
{
  guint n_tokens = x->text->tokens->len, n = 0, end = i;
  guint block = tok (x->text, i)->block;
  gboolean named = FALSE;

  while (end < n_tokens && end - i < MAX_UNKNOWN_WORDS && tok (x->text, end)->block == block)
    {
      const BylineTextToken *t = tok (x->text, end);

      if (unknown_word (x, end))
        {
          named |= !byline_word_is_stop (x->text->source + t->start, t->len);
          n = ++end - i;
        }
      else if (n > 0 && is_connector (x->text, end) && !x->covered[end])
        end++;
      else
        break;
    }
  if (!named || beside_mention (x, i, n))
    return 0;
  /* One ordinary capitalised word is too often a title's or a name's part
   * ("Pipeline", "Movement"); one word counts only if shaped like a name. */
  if (n == 1 && !shaped_like_name (x->text, i) && !is_all_caps_word (x->text, i))
    return 0;
  return n;
}

/* Capitalised words in mid-sentence that the tagger left alone, written
 * the same way at least twice and never in lower case, are a name it does
 * not know: a project, a product, a new company. They count as OTHER. */
static void
add_unknown_names (Extend *x)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_tokens = x->text->tokens->len;

  for (guint i = 0; i < n_tokens; i++)
    {
      guint n = unknown_run (x, i);
      g_autofree char *key = NULL;
      gpointer first;

      if (n == 0)
        continue;
      key = byline_text_join (x->text, i, n);
      if (g_hash_table_lookup_extended (seen, key, NULL, &first))
        add_name (x, GPOINTER_TO_UINT (first), n, BYLINE_ENTITY_OTHER);
      else
        g_hash_table_insert (seen, g_steal_pointer (&key), GUINT_TO_POINTER (i));
      i += n - 1;
    }
}

/* Words that end a company's name and say it is one. */
static const char * const company_ends[] = {
  "Co", "Co.", "Corp", "Corp.", "Corporation", "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "PLC",
  "Group", "Holdings", "AG", "SA", "NV", "SE", "GmbH", "Securities", "Bank", "Airlines",
  "Airways", "Motors", "Industries", "Electronics", "Technologies", "Partners", "Capital",
  "Pharmaceuticals", "Authority", "Commission", "Agency", "Council", "Institute", "Committee",
  "Association", "Federation", "Foundation", "Ministry", "Administration", "Bureau", NULL
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
  "Accords", "Protocol", "Index", "Cup", "Games", "Week", NULL
};

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
  guint n_mentions = x->mentions->len;
  g_autofree guint *mention_ending = g_new (guint, n_tokens + 1);

  memset (mention_ending, 0xff, sizeof (guint) * (n_tokens + 1));
  for (guint k = 0; k < n_mentions; k++)
    {
      const BylineMention *m = &g_array_index (x->mentions, BylineMention, k);

      mention_ending[m->first + m->n - 1] = k;
    }

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

/* Occupations written before a person's name: "climate scientist NAME". */
static const char * const occupations[] = {
  "scientist", "professor", "researcher", "economist", "analyst", "lawyer", "doctor",
  "historian", "expert", "author", "director", "spokesperson", "spokesman", "spokeswoman",
  "engineer", "lecturer", "fellow", "strategist", "physician", "epidemiologist", NULL
};

/* "climate scientist Friederike Otto of Imperial College London": a name
 * after an occupation, then "of" and an institution, read as one
 * organisation, is a person and their organisation. */
static void
split_person_of_org (Extend *x)
{
  guint n_mentions = x->mentions->len;

  for (guint k = 0; k < n_mentions; k++)
    {
      BylineMention *m = &g_array_index (x->mentions, BylineMention, k);
      BylineMention org;
      guint of = m->first + 1;

      if (m->kind != BYLINE_ENTITY_ORG || m->first == 0
          || !in_word_list (x->text, m->first - 1, occupations))
        continue;
      while (of < m->first + m->n - 1 && !byline_text_token_is (x->text, of, "of", FALSE))
        of++;
      if (of >= m->first + m->n - 1 || of - m->first < 2 || of - m->first > 3)
        continue;
      org = (BylineMention) { of + 1, m->first + m->n - of - 1, BYLINE_ENTITY_ORG, m->origin, m->headline };
      m->kind = BYLINE_ENTITY_PERSON;
      m->n = of - m->first;
      x->covered[of] = 0;
      g_array_append_val (x->mentions, org);
    }
}

/* "Competition and Markets Authority", "Food and Drug Administration":
 * one word, "and", then a body's name read as two organisations is one.
 * @mentions must be sorted. */
static void
join_and_bodies (Extend *x)
{
  GArray *mentions = x->mentions;

  for (guint k = 0; k + 1 < mentions->len; k++)
    {
      BylineMention *first = &g_array_index (mentions, BylineMention, k);
      const BylineMention *body = &g_array_index (mentions, BylineMention, k + 1);
      guint and = first->first + first->n;

      if (first->n == 1 && first->kind == BYLINE_ENTITY_ORG && body->kind == BYLINE_ENTITY_ORG
          && body->first == and + 1 && body->n >= 2 && byline_text_token_is (x->text, and, "and", FALSE)
          && in_word_list (x->text, body->first + body->n - 1, body_ends))
        {
          first->n += 1 + body->n;
          g_array_remove_index (mentions, k + 1);
        }
    }
}

/* "Law Society of Kenya", "University of Nairobi", "Bank of England": an
 * organisation named after its place is one name, not an organisation and
 * a place. @mentions must be sorted. */
static void
join_of_places (Extend *x)
{
  GArray *mentions = x->mentions;

  for (guint k = 0; k + 1 < mentions->len; k++)
    {
      BylineMention *org = &g_array_index (mentions, BylineMention, k);
      const BylineMention *place = &g_array_index (mentions, BylineMention, k + 1);
      guint of = org->first + org->n;

      if (org->kind == BYLINE_ENTITY_ORG && place->kind == BYLINE_ENTITY_PLACE
          && place->first == of + 1 && org->headline == place->headline
          && byline_text_token_is (x->text, of, "of", FALSE))
        {
          org->n += 1 + place->n;
          g_array_remove_index (mentions, k + 1);
        }
    }
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

/* Verbs that make the capitalised words beside them a person in news copy. */
static const char * const speaking[] = {
  "said", "says", "told", "added", "asked", "wrote", "explained", "noted", "recalled", NULL
};

/* Whether token @i is a capitalised word no name holds, outside headlines,
 * that is neither a stop word nor a title. */
static gboolean
name_word (Extend *x,
           guint   i)
{
  const BylineTextToken *t = tok (x->text, i);
  const char *s = x->text->source + t->start;

  return t->kind == BYLINE_TEXT_WORD && !x->covered[i] && t->len >= 2
         && !(t->flags & (BYLINE_TOKEN_HEADLINE | BYLINE_TOKEN_ALL_CAPS_LINE))
         && byline_text_token_starts_upper (x->text, i) && !g_ascii_isdigit (*s)
         && !byline_word_is_stop (s, t->len) && !byline_word_is_person_title (s, t->len)
         && !is_all_caps_word (x->text, i);
}

/* A name of two or three words beside a verb of speech that starts with
 * a given name is a person's, whatever type it was read as. */
static void
retype_person (Extend        *x,
               BylineMention *m)
{
  const BylineTextToken *first = tok (x->text, m->first);

  if (m->kind != BYLINE_ENTITY_PERSON && (m->n == 2 || m->n == 3)
      && byline_given_name_gender (x->text->source + first->start, first->len) != BYLINE_GENDER_UNKNOWN)
    m->kind = BYLINE_ENTITY_PERSON;
}

/* "said Satoshi Ito", "Satoshi Ito said": two or three capitalised words
 * the tagger left alone, right after or before a verb of speech, that
 * stand alone between punctuation or the sentence's edge, are a person. */
static void
add_speakers (Extend *x)
{
  guint n_tokens = x->text->tokens->len;
  g_autofree guint *ending = g_new (guint, n_tokens + 1);
  g_autofree guint *starting = g_new (guint, n_tokens + 1);

  memset (ending, 0xff, sizeof (guint) * (n_tokens + 1));
  memset (starting, 0xff, sizeof (guint) * (n_tokens + 1));
  for (guint k = 0; k < x->mentions->len; k++)
    {
      const BylineMention *m = &g_array_index (x->mentions, BylineMention, k);

      ending[m->first + m->n - 1] = k;
      starting[m->first] = k;
    }

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
      for (n = 0; v + 1 + n < n_tokens && n < 4 && name_word (x, v + 1 + n)
                  && tok (x->text, v + 1 + n)->block == tok (x->text, v)->block; n++)
        ;
      i = v + 1;
      if ((n == 2 || n == 3)
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
      for (n = 0; n < v && n < 4 && name_word (x, v - 1 - n)
                  && tok (x->text, v - 1 - n)->block == tok (x->text, v)->block; n++)
        {
          if (tok (x->text, v - 1 - n)->flags & BYLINE_TOKEN_SENTENCE_START)
            {
              n++;
              break;
            }
        }
      i = v - n;
      if ((n == 2 || n == 3)
          && (i == 0 || (tok (x->text, i)->flags & BYLINE_TOKEN_SENTENCE_START)
              || tok (x->text, i - 1)->kind == BYLINE_TEXT_PUNCT
              || tok (x->text, i - 1)->kind == BYLINE_TEXT_QUOTE))
        add_mention (x, (BylineMention) { i, n, BYLINE_ENTITY_PERSON, BYLINE_MENTION_REPEATED, 0 });
    }
}

/* What the steps above joined or listed that is no name after all. */
static void
drop_non_names (Extend *x)
{
  for (guint k = 0; k < x->mentions->len; k++)
    {
      const BylineMention *m = &g_array_index (x->mentions, BylineMention, k);

      if (m->n > MAX_NAME_TOKENS || (m->n == 1 && byline_token_is_label (x->text, m->first)))
        g_array_remove_index (x->mentions, k--);
    }
}

void
byline_mentions_extend (GArray           *mentions,
                        const BylineText *text)
{
  Extend x = { text, mentions, NULL, NULL, NULL };

  x.covered = g_new0 (guint8, text->tokens->len + 1);
  x.by_word = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                     (GDestroyNotify) g_ptr_array_unref);
  for (guint k = 0; k < mentions->len; k++)
    cover (&x, &g_array_index (mentions, BylineMention, k), 1);

  split_person_of_org (&x);
  extend_particles (&x);
  add_listed (&x);
  collect_names (&x);
  drop_unconfirmed_headlines (&x);
  add_repeats (&x);
  add_unknown_names (&x);
  add_repeats (&x);
  extend_designated_names (&x);
  add_designated_runs (&x);
  add_acronyms (&x);
  add_speakers (&x);
  drop_non_names (&x);
  g_array_sort (mentions, byline_mention_compare);
  join_of_places (&x);
  join_and_bodies (&x);

  g_clear_pointer (&x.lower_words, g_hash_table_unref);
  g_hash_table_unref (x.by_word);
  g_free (x.covered);
}
