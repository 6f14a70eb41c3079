/* test-util.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "test-util.h"

char *
test_read_source_file (const char *relative,
                       gsize      *len)
{
  g_autofree char *path = g_build_filename (BYLINE_SOURCE_DIR, relative, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, len, &error);
  g_assert_no_error (error);
  return contents;
}
