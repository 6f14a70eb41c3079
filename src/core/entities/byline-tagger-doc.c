// SPDX-License-Identifier: GPL-3.0-or-later
/* byline-tagger-doc.c: per-document word statistics for the tagger
 *
 * Copyright 2025 The Byline authors
 */

#define G_LOG_DOMAIN "byline-tagger"

#include "config.h"

#include "byline-tagger-private.h"
#include "byline-tagger-doc-private.h"

/* An open-addressing set of lower-cased word hashes; the low two bits of a slot
 * hold the BylineDocFlags, the rest the hash (never 0 for a used slot). */
struct _BylineTaggerDoc {
  guint64 *slots;
  guint32  mask;
  guint32  used;
};

#define DOC_FLAG_BITS 0x3ull
#define DOC_KEY(h)    (((h) & ~DOC_FLAG_BITS) | 0x4ull)

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
      guchar c;

      if (tok->len == 0 || (tok->flags & skip))
        continue;
      c = (guchar) tok->text[0];
      if (g_ascii_islower (c))
        doc_add (doc, byline_tagger_hash_lower (BYLINE_TAGGER_HASH_SEED, tok->text, tok->len),
                 BYLINE_DOC_SEEN_LOWER);
      else if (g_ascii_isupper (c) && i > 0 && !(tok->flags & BYLINE_TOKEN_SENTENCE_START))
        doc_add (doc, byline_tagger_hash_lower (BYLINE_TAGGER_HASH_SEED, tok->text, tok->len),
                 BYLINE_DOC_SEEN_CAP_MID);
    }
}
