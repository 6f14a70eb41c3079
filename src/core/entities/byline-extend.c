/* entities/byline-extend.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-entities"

#include "entities/byline-extend-private.h"

typedef struct
{
  guint first;                          /* a mention that spells the name */
  guint n;
  guint votes[BYLINE_N_ENTITY_KINDS];   /* tagged body mentions per type */
} Name;

/* Document-level consistency. A story names its subjects many times, and
 * the tagger, reading one sentence at a time, misses some: the surname
 * alone at a sentence start, a short name listed after a tagged one, the
 * headline where every word is capitalised. Whatever the body establishes
 * as a name is looked for everywhere else. */

#define MAX_LISTED_WORDS 3
#define MAX_UNKNOWN_WORDS 6

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
 * surname of every person named in full (written first in Chinese and
 * Korean names) and the short name of a company ("Nvidia" of "Nvidia
 * Corp"). */
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
      if (byline_name_family_first (x->text, m))
        add_name (x, m->first, 1, BYLINE_ENTITY_PERSON);
      else if (m->kind == BYLINE_ENTITY_ORG && m->n == 2
               && byline_word_is_company_designator (x->text->source + tok (x->text, last)->start,
                                                     tok (x->text, last)->len))
        add_name (x, m->first, 1, BYLINE_ENTITY_ORG);  /* "Nvidia" of "Nvidia Corp" */
      else if (m->kind == BYLINE_ENTITY_PERSON && m->n >= 2 && tok (x->text, last)->len >= 2
          && (byline_text_token_starts_upper (x->text, last) || byline_shapes_particle_name (x->text, last))
          && !byline_word_is_stop (x->text->source + tok (x->text, last)->start, tok (x->text, last)->len))
        add_name (x, last, 1, BYLINE_ENTITY_PERSON);
    }
}

/* The first body name spelt at token @i, longest first, or NULL. */
static const Name *
name_at (const Extend *x,
         guint         i)
{
  const BylineTextToken *t = tok (x->text, i);
  const char *w = x->text->source + t->start;
  GPtrArray *names;

  if (t->kind != BYLINE_TEXT_WORD)
    return NULL;
  /* Capitalised words, and surnames with a particle ("el-Tayeb"); the
   * common lower-case word is told cheaply. */
  if (!byline_text_token_starts_upper (x->text, i)
      && !(t->len >= 4 && memchr (w, '-', MIN (t->len, 5)) != NULL && byline_shapes_particle_name (x->text, i)))
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

static gboolean
unconfirmed_headline (Extend              *x,
                      const BylineMention *m)
{
  return m->headline && !m->known && !headline_confirmed (x, m);
}

/* Drops every mention but the byline's for which @drop says so. */
static void
drop_mentions (Extend    *x,
               gboolean (*drop) (Extend *, const BylineMention *))
{
  for (guint k = x->mentions->len; k > 0; k--)
    {
      BylineMention *m = &g_array_index (x->mentions, BylineMention, k - 1);

      if (m->origin != BYLINE_MENTION_AUTHOR && drop (x, m))
        {
          cover (x, m, 0);
          g_array_remove_index (x->mentions, k - 1);
        }
    }
}

/* Whether @m is part of a longer name the body establishes, written in
 * full where @m stands: "Jinping" of "Xi Jinping" in "as Xi Jinping meets".
 * A headline's guess gives way whatever its type, the body's only to a
 * name of its own type. */
static gboolean
inside_longer_name (Extend              *x,
                    const BylineMention *m)
{
  gboolean inside = FALSE;

  cover (x, m, 0);
  for (guint s = m->first > 3 ? m->first - 3 : 0; s <= m->first && !inside; s++)
    {
      const Name *name = name_at (x, s);

      inside = name != NULL && name->n > m->n && s + name->n >= m->first + m->n
               && (m->headline || majority (name) == m->kind);
    }
  cover (x, m, 1);
  return inside;
}

/* A headline's verb: "Tightens", "Warns", "Rising", "Raised" (a word
 * ending as English verbs do). */
static gboolean
looks_like_verb (const BylineText *text,
                 guint             i)
{
  const BylineTextToken *t = tok (text, i);
  const char *w = text->source + t->start;

  if (t->kind != BYLINE_TEXT_WORD || t->len < 4)
    return FALSE;
  return (t->len >= 5 && w[t->len - 1] == 's' && w[t->len - 2] != 's')
         || (t->len >= 5 && memcmp (w + t->len - 3, "ing", 3) == 0)
         || memcmp (w + t->len - 2, "ed", 2) == 0;
}

/* "Okafor Hat-Trick Sinks Blackburn", "Brussels Tightens Grip": a headline
 * name that starts or ends with a name the body establishes, run on over
 * words the body writes in lower case (or, after a place or a company, a
 * headline's verb), is that name. */
static void
trim_headline_names (Extend *x)
{
  for (guint k = 0; k < x->mentions->len; k++)
    {
      BylineMention *m = &g_array_index (x->mentions, BylineMention, k);
      guint end = m->first + m->n, keep_first = m->first, keep_n = 0;
      int kind = m->kind;

      if (!m->headline || m->n < 2 || m->origin == BYLINE_MENTION_AUTHOR)
        continue;
      cover (x, m, 0);
      for (guint s = m->first; s < end && keep_n == 0; s++)
        {
          const Name *name = name_at (x, s);
          gboolean rest_lower = TRUE;

          if (name == NULL || name->n >= m->n || (s != m->first && s + name->n != end))
            continue;
          for (guint i = m->first; i < end && rest_lower; i++)
            if (i < s || i >= s + name->n)
              rest_lower = byline_extend_seen_lower (x, i) || (majority (name) != BYLINE_ENTITY_PERSON
                                                               && looks_like_verb (x->text, i));
          if (rest_lower)
            keep_first = s, keep_n = name->n, kind = majority (name);
        }
      if (keep_n > 0)
        {
          m->first = keep_first;
          m->n = keep_n;
          m->kind = (guint8) kind;
        }
      cover (x, m, 1);
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

gboolean
byline_extend_seen_lower (Extend *x,
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
         && !byline_word_is_person_title (s, t->len) && (caps || !byline_extend_seen_lower (x, i));
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
         && (byline_word_is_stop (s, t->len) || !byline_extend_seen_lower (x, i));
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

  byline_name_shapes_first (&x);
  add_listed (&x);
  collect_names (&x);
  drop_mentions (&x, unconfirmed_headline);
  drop_mentions (&x, inside_longer_name);  /* cut short: add_repeats() writes them in full */
  trim_headline_names (&x);
  add_repeats (&x);
  add_unknown_names (&x);
  add_repeats (&x);
  byline_name_shapes_after (&x);
  g_array_sort (mentions, byline_mention_compare);
  byline_name_shapes_join (&x);

  g_clear_pointer (&x.lower_words, g_hash_table_unref);
  g_hash_table_unref (x.by_word);
  g_free (x.covered);
}
