/* byline-window-private.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-spell-checker.h"
#include "byline-window.h"

G_BEGIN_DECLS

struct _BylineWindow
{
  AdwApplicationWindow  parent_instance;

  BylineDocument       *document;
  BylineSpellChecker   *spell_checker;
  GSettings            *settings;
  GCancellable         *cancellable;

  /* Template children */
  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  GtkWidget            *editor;
  GtkWidget            *editor_scroller;
  GtkWidget            *preview;
  GtkWidget            *preview_scroller;
  GtkWidget            *panel;
  GtkPaned             *outer_paned;
  GtkWidget            *inner_paned;
  int                   editor_width;  /* the editor's share while the preview shows */

  /* Live updates */
  guint                 update_tick;
  guint                 sync_lock : 1;
  guint                 analysis_running : 1;
  guint                 analysis_pending : 1;

  /* Files */
  guint                 loading : 1;
  guint                 close_confirmed : 1;
  guint                 close_after_save : 1;
};

/* byline-window-actions.c */
void     byline_window_actions_init  (BylineWindow *self);
void     byline_window_settings_init (BylineWindow *self);
gboolean byline_window_close_request (GtkWindow    *window);
void     byline_window_show_error    (BylineWindow *self,
                                      const char   *heading,
                                      const GError *error);

/* byline-window-sync.c */
void     byline_window_sync_init          (BylineWindow *self);
void     byline_window_sync_settings_init (BylineWindow *self);
void     byline_window_sync_caret         (BylineWindow *self);

G_END_DECLS
