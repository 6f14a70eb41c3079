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

/**
 * byline_source_save:
 * @path: where to write, in the GLib file name encoding
 * @data: the bytes to write
 * @len: their length
 * @error: return location for a #GError (G_FILE_ERROR)
 *
 * Writes @data the way a careful shell redirection would, but atomically
 * for regular files: a new or regular file is replaced through a temporary
 * file in the same folder (fsync, then rename) and keeps its permissions; a
 * symbolic link is followed, so the link stays and its target changes; a
 * device or FIFO is written through, never replaced; a folder or a file
 * the user may not write is an error. Messages name no temporary file.
 * Blocking; for the command line and worker threads.
 *
 * Returns: %TRUE on success
 */
gboolean byline_source_save (const char  *path,
                             const char  *data,
                             gsize        len,
                             GError     **error);

G_END_DECLS
