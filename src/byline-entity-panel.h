/* byline-entity-panel.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "byline-core.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_ENTITY_PANEL (byline_entity_panel_get_type ())

G_DECLARE_FINAL_TYPE (BylineEntityPanel, byline_entity_panel, BYLINE, ENTITY_PANEL, GtkWidget)

GtkWidget      *byline_entity_panel_new          (void);
/* @analysis: (nullable): the result to show; the panel keeps a reference */
void            byline_entity_panel_set_analysis (BylineEntityPanel *self,
                                                  BylineAnalysis    *analysis);
BylineAnalysis *byline_entity_panel_get_analysis (BylineEntityPanel *self);

G_END_DECLS
