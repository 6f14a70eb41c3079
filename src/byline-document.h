/* byline-document.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtksourceview/gtksource.h>

G_BEGIN_DECLS

#define BYLINE_TYPE_DOCUMENT (byline_document_get_type ())

G_DECLARE_FINAL_TYPE (BylineDocument, byline_document, BYLINE, DOCUMENT, GtkSourceBuffer)

BylineDocument *byline_document_new          (void);
/* (transfer none) (nullable): the file the document was loaded from or saved to */
GFile          *byline_document_get_file     (BylineDocument       *self);
/* (transfer full): the file's display name, or "Untitled article" */
char           *byline_document_dup_title    (BylineDocument       *self);
/* a counter bumped on every change, to drop stale analysis results */
guint64         byline_document_get_serial   (BylineDocument       *self);
/* (transfer full): the whole text as bytes, for worker threads */
GBytes         *byline_document_dup_bytes    (BylineDocument       *self);

void            byline_document_load_async   (BylineDocument       *self,
                                              GFile                *file,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
gboolean        byline_document_load_finish  (BylineDocument       *self,
                                              GAsyncResult         *result,
                                              GError              **error);
/* @file: (nullable): save to this file instead of the current one */
void            byline_document_save_async   (BylineDocument       *self,
                                              GFile                *file,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
gboolean        byline_document_save_finish  (BylineDocument       *self,
                                              GAsyncResult         *result,
                                              GError              **error);

G_END_DECLS
