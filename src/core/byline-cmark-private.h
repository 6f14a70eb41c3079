/* byline-cmark-private.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <cmark.h>

G_BEGIN_DECLS

/* cmark trees and iterators under g_autoptr, defined once for all of core.
 * Only free a node that is not linked into another tree. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cmark_node, cmark_node_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cmark_iter, cmark_iter_free)

G_END_DECLS
