/* byline-source.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Documents larger than this are refused: GtkTextView and the analysis
 * stay usable far beyond the 10 MB benchmark, but not on arbitrary dumps. */
#define BYLINE_SOURCE_MAX_BYTES (64 * 1024 * 1024)

/**
 * byline_source_validate:
 * @data: bytes of a document
 * @len: length of @data
 * @error: return location for a #BYLINE_CORE_ERROR
 *
 * Checks that @data is text Byline can edit: no NUL bytes (a binary file),
 * valid UTF-8, at most %BYLINE_SOURCE_MAX_BYTES. The message names the byte
 * offset of the first problem. Thread-safe.
 *
 * Returns: %TRUE when the data is usable text
 */
gboolean byline_source_validate (const char  *data,
                                 gsize        len,
                                 GError     **error);

/**
 * byline_source_load:
 * @path: a file name in the GLib file name encoding
 * @len: (out): length of the returned text
 * @error: return location for a #GError (G_FILE_ERROR or BYLINE_CORE_ERROR)
 *
 * Blocking read and validation, for the command line, tests and worker
 * threads. A leading UTF-8 byte order mark is kept (offsets stay byte
 * offsets into the file).
 *
 * Returns: (transfer full): NUL-terminated contents, or %NULL
 */
char *byline_source_load (const char  *path,
                          gsize       *len,
                          GError     **error);

G_END_DECLS
