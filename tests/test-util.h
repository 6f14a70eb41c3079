/* test-util.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Reads a file of the source tree (e.g. "data/samples/stargate.txt"); aborts the test when missing. */
char *test_read_source_file (const char *relative,
                             gsize      *len);

G_END_DECLS
