/* byline-analysis.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "byline-entity.h"
#include "byline-quote.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_ANALYSIS (byline_analysis_get_type ())

G_DECLARE_FINAL_TYPE (BylineAnalysis, byline_analysis, BYLINE, ANALYSIS, GObject)

/**
 * byline_analysis_run:
 * @text: the document (Markdown or plain text), valid UTF-8
 * @len: its length in bytes
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Finds the article's title, author, entities and quotes. Blocking and
 * thread-safe; the result is immutable, so it can be handed from a worker
 * thread to the main thread.
 *
 * Returns: (transfer full): the result, or %NULL when cancelled or @text is not UTF-8
 */
BylineAnalysis *byline_analysis_run          (const char           *text,
                                              gsize                 len,
                                              GCancellable         *cancellable,
                                              GError              **error);

/**
 * byline_analysis_run_entities:
 *
 * byline_analysis_run() without the quotes (the list stays empty): what
 * the HTML export's metadata needs, a little faster.
 *
 * Returns: (transfer full): the result, or %NULL when cancelled or @text is not UTF-8
 */
BylineAnalysis *byline_analysis_run_entities (const char           *text,
                                              gsize                 len,
                                              GCancellable         *cancellable,
                                              GError              **error);
/**
 * byline_analysis_run_async:
 * @text: the document; kept alive until the analysis ends
 * @serial: a caller's counter (e.g. the buffer's change count) stored in the result
 *
 * Runs byline_analysis_run() in a worker thread.
 */
void            byline_analysis_run_async    (GBytes               *text,
                                              guint64               serial,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
BylineAnalysis *byline_analysis_run_finish   (GAsyncResult         *result,
                                              GError              **error);

guint64         byline_analysis_get_serial   (BylineAnalysis       *self);
const char     *byline_analysis_get_title    (BylineAnalysis       *self);
const char     *byline_analysis_get_author   (BylineAnalysis       *self);
guint           byline_analysis_get_word_count (BylineAnalysis     *self);
/**
 * byline_analysis_get_entities:
 * Returns: (transfer none): a #GListModel of #BylineEntity, most mentioned first
 */
GListModel     *byline_analysis_get_entities (BylineAnalysis       *self);
/**
 * byline_analysis_get_quotes:
 * Returns: (transfer none): a #GListModel of #BylineQuote in source order
 */
GListModel     *byline_analysis_get_quotes   (BylineAnalysis       *self);
/**
 * byline_analysis_find_entity:
 * @name: a canonical name, as byline_entity_get_name() gives it
 *
 * Returns: (transfer none) (nullable): the group named @name
 */
BylineEntity   *byline_analysis_find_entity  (BylineAnalysis       *self,
                                              const char           *name);
/**
 * byline_analysis_get_author_quote:
 * Returns: (transfer none) (nullable): the first quote spoken by the author
 */
BylineQuote    *byline_analysis_get_author_quote (BylineAnalysis   *self);
/**
 * byline_analysis_to_json:
 * @pretty: indent the output
 *
 * Serialises the result in the JSON contract of `byline --entities`.
 *
 * Returns: (transfer full): a JSON document
 */
char           *byline_analysis_to_json      (BylineAnalysis       *self,
                                              gboolean              pretty);

G_END_DECLS
