// SPDX-License-Identifier: GPL-3.0-or-later
/* byline-tagger-doc.c: per-document word statistics for the tagger
 *
 * Copyright 2025 The Byline authors
 */

#define G_LOG_DOMAIN "byline-tagger"

#include "config.h"

#include "byline-tagger-private.h"
#include "byline-tagger-doc-private.h"

#include <string.h>

/* An open-addressing set of lower-cased word hashes; the low eight bits of a slot
 * hold the BylineDocFlags, the rest the hash (never 0 for a used slot). */
struct _BylineTaggerDoc {
  guint64 *slots;
  guint32  mask;
  guint32  used;
};

#define DOC_FLAG_BITS 0xffull
#define DOC_KEY(h)    (((h) & ~(guint64) 0x1ff) | 0x100ull)

BylineTaggerDoc *
byline_tagger_doc_new (void)
{
  BylineTaggerDoc *doc = g_new0 (BylineTaggerDoc, 1);

  doc->mask = 255;
  doc->slots = g_new0 (guint64, doc->mask + 1);
  return doc;
}

void
byline_tagger_doc_free (BylineTaggerDoc *doc)
{
  if (doc == NULL)
    return;
  g_free (doc->slots);
  g_free (doc);
}

static guint64 *
doc_find (guint64 *slots,
          guint32  mask,
          guint64  key)
{
  for (guint32 i = (guint32) (key >> 32) & mask;; i = (i + 1) & mask)
    if (slots[i] == 0 || (slots[i] & ~DOC_FLAG_BITS) == key)
      return &slots[i];
}

static void
doc_grow (BylineTaggerDoc *doc)
{
  guint32 mask = doc->mask * 2 + 1;
  guint64 *slots = g_new0 (guint64, (gsize) mask + 1);

  for (guint32 i = 0; i <= doc->mask; i++)
    if (doc->slots[i] != 0)
      *doc_find (slots, mask, doc->slots[i] & ~DOC_FLAG_BITS) = doc->slots[i];
  g_free (doc->slots);
  doc->slots = slots;
  doc->mask = mask;
}

static void
doc_add (BylineTaggerDoc *doc,
         guint64          h_lower,
         guint8           flags)
{
  guint64 key = DOC_KEY (h_lower);
  guint64 *slot;

  if ((doc->used + 1) * 2 > doc->mask)
    doc_grow (doc);
  slot = doc_find (doc->slots, doc->mask, key);
  if (*slot == 0)
    doc->used++;
  *slot = key | (*slot & DOC_FLAG_BITS) | flags;
}

guint8
byline_tagger_doc_lookup (const BylineTaggerDoc *doc,
                          guint64                h_lower)
{
  return (guint8) (*doc_find (doc->slots, doc->mask, DOC_KEY (h_lower)) & DOC_FLAG_BITS);
}

static inline gboolean
is_capitalised (const BylineTaggerToken *tok)
{
  guchar c = (guchar) tok->text[0];

  if (c < 0x80)
    return g_ascii_isupper (c);
  return g_unichar_isupper (g_utf8_get_char_validated (tok->text, tok->len));
}

static inline gboolean
token_is (const BylineTaggerToken *tok,
          const char              *word)
{
  return tok->len == strlen (word) && g_ascii_strncasecmp (tok->text, word, tok->len) == 0;
}

/* How a capitalised word is used: inside a run of capitalised words, alone, before
 * a possessive, after "the". Collected over the whole document, this tells the
 * tagger about a word's other mentions ("Chen" after "Emily Chen"). */
static guint8
usage_flags (const BylineTaggerToken *tokens,
             guint                    n,
             guint                    i)
{
  gboolean prev = i > 0 && is_capitalised (&tokens[i - 1]) && !(tokens[i].flags & BYLINE_TOKEN_SENTENCE_START);
  gboolean next = i + 1 < n && is_capitalised (&tokens[i + 1]);
  guint8 flags = 0;

  if (prev && next)
    flags |= BYLINE_DOC_RUN_INSIDE;
  else if (next)
    flags |= BYLINE_DOC_RUN_FIRST;
  else if (prev)
    flags |= BYLINE_DOC_RUN_LAST;
  else if (!(tokens[i].flags & BYLINE_TOKEN_SENTENCE_START))
    flags |= BYLINE_DOC_ALONE;
  if (i + 1 < n && (token_is (&tokens[i + 1], "'s") || token_is (&tokens[i + 1], "\xe2\x80\x99s")))
    flags |= BYLINE_DOC_POSSESSIVE;
  if (i > 0 && token_is (&tokens[i - 1], "the"))
    flags |= BYLINE_DOC_AFTER_THE;
  return flags;
}

void
byline_tagger_doc_add_sentence (BylineTaggerDoc         *doc,
                                const BylineTaggerToken *tokens,
                                guint                    n)
{
  const guint skip = BYLINE_TOKEN_HEADLINE | BYLINE_TOKEN_ALL_CAPS_LINE;

  g_return_if_fail (doc != NULL);
  g_return_if_fail (tokens != NULL || n == 0);

  /* Only ordinary text says how a word is really written: headlines capitalise
   * everything and the first word of a sentence is capitalised anyway. */
  for (guint i = 0; i < n; i++)
    {
      const BylineTaggerToken *tok = &tokens[i];
      guint64 h;
      guint8 flags;

      if (tok->len == 0 || (tok->flags & skip))
        continue;
      if (g_ascii_islower ((guchar) tok->text[0]))
        flags = BYLINE_DOC_SEEN_LOWER;
      else if (is_capitalised (tok))
        flags = usage_flags (tokens, n, i)
                | (i > 0 && !(tok->flags & BYLINE_TOKEN_SENTENCE_START) ? BYLINE_DOC_SEEN_CAP_MID : 0);
      else
        continue;
      h = byline_tagger_hash_lower (BYLINE_TAGGER_HASH_SEED, tok->text, tok->len);
      doc_add (doc, h, flags);
    }
}
