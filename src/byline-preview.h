/* byline-preview.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BYLINE_TYPE_PREVIEW (byline_preview_get_type ())

G_DECLARE_FINAL_TYPE (BylinePreview, byline_preview, BYLINE, PREVIEW, GtkTextView)

GtkWidget *byline_preview_new          (void);
/**
 * byline_preview_set_markdown:
 * @text: (array length=len): the Markdown source, valid UTF-8
 *
 * Renders @text natively into the preview's buffer.
 */
void       byline_preview_set_markdown (BylinePreview *self,
                                        const char    *text,
                                        gsize          len);

G_END_DECLS
