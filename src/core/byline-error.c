/* byline-error.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-error.h"

G_DEFINE_QUARK (byline-core-error-quark, byline_core_error)
