/* test-ui-util.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "byline-application.h"
#include "byline-window.h"

G_BEGIN_DECLS

/* Runs the main loop until @window has loaded, rendered and analysed (or 10 s pass). */
void  test_ui_wait_idle        (BylineWindow *window);
/* gtk_test_init() plus a registered BylineApplication (startup has run);
 * (transfer full). */
BylineApplication *test_ui_init (int    *argc,
                                 char ***argv);
/* g_test_run(), then drops @app; returns the exit status. */
int                test_ui_run  (BylineApplication *app);

/* A new window of @app showing data/samples/stargate.txt, loaded and analysed. */
BylineWindow *test_ui_open_seed (BylineApplication *app);
/* Runs @n iterations of the main loop, about a millisecond apart. */
void  test_ui_iterate          (guint         n);
/* Runs the main loop until @done (@data) holds or 10 s pass; returns whether it held. */
gboolean test_ui_wait_for (gboolean (*done) (gpointer data),
                           gpointer   data);
/* (transfer full): the whole text of a GtkTextView */
char *test_ui_dup_text         (GtkWidget    *text_view);
/* Renders @widget to a PNG; fails the test if the picture is blank. */
void  test_ui_save_screenshot  (GtkWidget    *widget,
                                const char   *path);

G_END_DECLS
