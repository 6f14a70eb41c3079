/* byline-export.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "byline-analysis.h"

G_BEGIN_DECLS

typedef enum
{
  BYLINE_EXPORT_DEFAULT      = 0,
  BYLINE_EXPORT_UNSAFE       = 1 << 0,  /* keep raw HTML and every URL, as cmark's CMARK_OPT_UNSAFE */
  BYLINE_EXPORT_EMBED_IMAGES = 1 << 1,  /* inline local images as data: URIs */
  BYLINE_EXPORT_WHOLE_SOURCE = 1 << 2,  /* render every block: lift out no headline, byline or furniture */
} BylineExportFlags;

/**
 * BylineExportOptions:
 * @flags: #BylineExportFlags
 * @source_dir: (nullable): the folder the document lives in; relative image
 *   paths are read from there. %NULL leaves them as written.
 * @output_dir: (nullable): the folder the HTML goes to; local images are
 *   referenced relative to it. %NULL leaves them as written.
 * @fallback_title: (nullable): the title when the article has none
 *   (e.g. the file name); "Untitled article" when %NULL
 * @lang: (nullable): BCP 47 language tag of the article; "en" when %NULL
 * @modified: (nullable): the `dateModified` of the metadata; now when %NULL
 * @missing_images: (nullable) (element-type utf8): when set, receives the
 *   URL, as written, of every local image that could not be read; the
 *   page keeps them as references
 *
 * How to export. Zero-initialise and set what you need: core reads no
 * settings of its own, so the same options give the same document.
 */
typedef struct
{
  BylineExportFlags  flags;
  const char        *source_dir;
  const char        *output_dir;
  const char        *fallback_title;
  const char        *lang;
  GDateTime         *modified;
  GPtrArray         *missing_images;
} BylineExportOptions;

/**
 * byline_export_html_full:
 * @text: the document, Markdown or plain text
 * @len: its length in bytes
 * @analysis: (nullable): its analysis; supplies the title, author, word
 *   count and the people, organisations and places the metadata mentions
 * @options: (nullable): how to export; %NULL for the defaults
 * @error: return location for a #BYLINE_CORE_ERROR
 *
 * Renders a standalone HTML5 document: one inlined stylesheet (light, dark,
 * print), the title as `<title>` and `<h1>`, the author as metadata and a
 * visible byline, Open Graph tags and a schema.org `NewsArticle` in JSON-LD.
 * The body is cmark's HTML of the source without the headline block, a
 * `By NAME` byline line, front matter and trailing page furniture
 * (byline_article_parse() finds them; %BYLINE_EXPORT_WHOLE_SOURCE keeps
 * them). Unless %BYLINE_EXPORT_UNSAFE is set, raw HTML is omitted and
 * links and images whose URL is not http(s), mailto, tel, a relative path
 * or a raster data: image are dropped, their text kept. Everything Byline
 * adds is escaped for its context.
 *
 * Blocking: reads local images with %BYLINE_EXPORT_EMBED_IMAGES (an image
 * that cannot be read stays a reference). Thread-safe.
 *
 * Returns: (transfer full): the HTML document, or %NULL with @error set
 *   when @text is not valid UTF-8 text
 */
char *byline_export_html_full (const char                 *text,
                               gsize                       len,
                               BylineAnalysis             *analysis,
                               const BylineExportOptions  *options,
                               GError                    **error);

/**
 * byline_export_html_analysed:
 * @text: the document, Markdown or plain text
 * @len: its length in bytes
 * @options: (nullable): how to export; %NULL for the defaults
 * @cancellable: (nullable): cancels the analysis
 * @error: return location for a #BYLINE_CORE_ERROR or %G_IO_ERROR_CANCELLED
 *
 * byline_export_html_full() with the analysis of @text, which runs in a
 * second thread while the page is made. Blocking; thread-safe.
 *
 * Returns: (transfer full): the HTML document, or %NULL with @error set
 */
char *byline_export_html_analysed (const char                 *text,
                                   gsize                       len,
                                   const BylineExportOptions  *options,
                                   GCancellable               *cancellable,
                                   GError                    **error);

/**
 * byline_export_html:
 * @flags: #BylineExportFlags
 *
 * byline_export_html_full() with only @flags set.
 *
 * Returns: (transfer full): the HTML document, or %NULL with @error set
 */
char *byline_export_html (const char         *text,
                          gsize               len,
                          BylineAnalysis     *analysis,
                          BylineExportFlags   flags,
                          GError            **error);

/**
 * byline_export_html_async:
 * @text: the document; kept alive until the export ends
 * @options: (nullable): how to export; copied, so it may go after the call
 * @cancellable: (nullable): a #GCancellable
 *
 * Runs byline_analysis_run() and byline_export_html_full() in a worker
 * thread, for the window. Finish with byline_export_html_finish().
 */
void    byline_export_html_async  (GBytes                     *text,
                                   const BylineExportOptions  *options,
                                   GCancellable               *cancellable,
                                   GAsyncReadyCallback         callback,
                                   gpointer                    user_data);
/**
 * byline_export_html_finish:
 *
 * Returns: (transfer full): the HTML document as bytes, or %NULL with
 *   @error set (%G_IO_ERROR_CANCELLED when cancelled)
 */
GBytes *byline_export_html_finish (GAsyncResult               *result,
                                   GError                    **error);

G_END_DECLS
