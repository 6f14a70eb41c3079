/* byline-error.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define BYLINE_CORE_ERROR (byline_core_error_quark ())

typedef enum
{
  BYLINE_CORE_ERROR_INVALID_UTF8,
  BYLINE_CORE_ERROR_BINARY,
  BYLINE_CORE_ERROR_TOO_LARGE,
  BYLINE_CORE_ERROR_INVALID_DATA,
  BYLINE_CORE_ERROR_FAILED,
} BylineCoreError;

GQuark byline_core_error_quark (void);

G_END_DECLS
