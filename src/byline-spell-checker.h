/* byline-spell-checker.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtksourceview/gtksource.h>

G_BEGIN_DECLS

#define BYLINE_TYPE_SPELL_CHECKER (byline_spell_checker_get_type ())

G_DECLARE_FINAL_TYPE (BylineSpellChecker, byline_spell_checker, BYLINE, SPELL_CHECKER, GObject)

/* Underlines misspelt words of @buffer, checking in idle slices so a large
 * article never blocks typing. Text GtkSourceView marks "no-spell-check"
 * (code, URLs, link destinations) is skipped. */
BylineSpellChecker *byline_spell_checker_new          (GtkSourceBuffer    *buffer);
void                byline_spell_checker_set_enabled  (BylineSpellChecker *self,
                                                       gboolean            enabled);
gboolean            byline_spell_checker_get_enabled  (BylineSpellChecker *self);
/* (nullable): the dictionary's language, e.g. "en_US"; NULL when none is installed */
const char         *byline_spell_checker_get_language (BylineSpellChecker *self);
/* whether the checker has checked everything there is to check */
gboolean            byline_spell_checker_is_idle      (BylineSpellChecker *self);

G_END_DECLS
