// SPDX-License-Identifier: GPL-3.0-or-later
/* byline-tagger-doc-private.h: document statistics lookup for feature extraction
 *
 * Copyright 2025 The Byline authors
 */

#pragma once

#include "byline-tagger.h"

G_BEGIN_DECLS

/* BylineDocFlags recorded for a lower-cased word hash, 0 when unseen. */
guint8 byline_tagger_doc_lookup (const BylineTaggerDoc *doc,
                                 guint64                h_lower);

G_END_DECLS
