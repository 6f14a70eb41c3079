/* byline-export.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "byline-analysis.h"

G_BEGIN_DECLS

typedef enum
{
  BYLINE_EXPORT_DEFAULT      = 0,
  BYLINE_EXPORT_UNSAFE       = 1 << 0,  /* keep raw HTML, as cmark's CMARK_OPT_UNSAFE */
  BYLINE_EXPORT_EMBED_IMAGES = 1 << 1,  /* inline local images as data: URIs */
} BylineExportFlags;

/**
 * byline_export_html:
 * @text: the document, valid UTF-8
 * @len: its length in bytes
 * @analysis: (nullable): its analysis, for the title, author and metadata
 * @flags: #BylineExportFlags
 * @error: return location for a #GError
 *
 * Renders a standalone HTML5 document: one inlined stylesheet, the title
 * and author as metadata, the body as cmark renders it. Everything Byline
 * adds is escaped for its context. Thread-safe.
 *
 * Returns: (transfer full): the HTML document, or %NULL with @error set
 */
char *byline_export_html (const char         *text,
                          gsize               len,
                          BylineAnalysis     *analysis,
                          BylineExportFlags   flags,
                          GError            **error);

G_END_DECLS
