/* byline-source.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-source"

#include <string.h>

#include "byline-error.h"
#include "byline-source.h"

gboolean
byline_source_validate (const char  *data,
                        gsize        len,
                        GError     **error)
{
  const char *nul;
  const char *bad = NULL;

  g_return_val_if_fail (data != NULL || len == 0, FALSE);

  if (len > BYLINE_SOURCE_MAX_BYTES)
    {
      g_set_error (error, BYLINE_CORE_ERROR, BYLINE_CORE_ERROR_TOO_LARGE,
                   "file is too large (%" G_GSIZE_FORMAT " MB, the limit is %d MB)",
                   len / (1024 * 1024), BYLINE_SOURCE_MAX_BYTES / (1024 * 1024));
      return FALSE;
    }

  if (len == 0)
    return TRUE;

  nul = memchr (data, '\0', len);
  if (nul != NULL)
    {
      g_set_error (error, BYLINE_CORE_ERROR, BYLINE_CORE_ERROR_BINARY,
                   "not a text file (NUL byte at offset %" G_GSIZE_FORMAT ")",
                   (gsize) (nul - data));
      return FALSE;
    }

  if (!g_utf8_validate_len (data, len, &bad))
    {
      g_set_error (error, BYLINE_CORE_ERROR, BYLINE_CORE_ERROR_INVALID_UTF8,
                   "invalid UTF-8 at byte offset %" G_GSIZE_FORMAT,
                   (gsize) (bad - data));
      return FALSE;
    }

  return TRUE;
}

char *
byline_source_load (const char  *path,
                    gsize       *len,
                    GError     **error)
{
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR,
                           "is a folder, not a file");
      return NULL;
    }

  mapped = g_mapped_file_new (path, FALSE, &local_error);
  if (mapped == NULL)
    {
      /* GLib's message repeats the path; callers name the file themselves,
       * so keep only the reason after the last colon. */
      const char *reason = strrchr (local_error->message, ':');

      g_set_error_literal (error, G_FILE_ERROR, local_error->code,
                           reason != NULL ? reason + 2 : local_error->message);
      return NULL;
    }

  data = g_mapped_file_get_contents (mapped);
  length = g_mapped_file_get_length (mapped);
  if (!byline_source_validate (data, length, error))
    return NULL;

  if (len != NULL)
    *len = length;

  return data != NULL ? g_strndup (data, length) : g_strdup ("");
}
