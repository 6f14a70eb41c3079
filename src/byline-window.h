/* byline-window.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "byline-application.h"
#include "byline-document.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_WINDOW (byline_window_get_type ())

G_DECLARE_FINAL_TYPE (BylineWindow, byline_window, BYLINE, WINDOW, AdwApplicationWindow)

BylineWindow   *byline_window_new          (BylineApplication *application);
/* Opens @file here when this window holds an empty, unchanged article, else in a new window. */
void            byline_window_open_file    (BylineWindow      *self,
                                            GFile             *file);
BylineDocument *byline_window_get_document (BylineWindow      *self);
/* For tests: the widgets and the state a user sees. */
GtkWidget      *byline_window_get_editor   (BylineWindow      *self);
GtkWidget      *byline_window_get_preview  (BylineWindow      *self);
GtkWidget      *byline_window_get_panel    (BylineWindow      *self);
/* TRUE while a preview render or an analysis is still to come for the latest edit */
gboolean        byline_window_is_busy      (BylineWindow      *self);

G_END_DECLS
