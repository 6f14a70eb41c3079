/* byline-entity.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "byline-article.h"

G_BEGIN_DECLS

typedef enum
{
  BYLINE_ENTITY_PERSON,
  BYLINE_ENTITY_ORG,
  BYLINE_ENTITY_PLACE,
  BYLINE_ENTITY_OTHER,
} BylineEntityKind;

#define BYLINE_N_ENTITY_KINDS 4

/**
 * byline_entity_kind_to_string:
 * Returns: the JSON name of @kind: "PERSON", "ORG", "PLACE" or "OTHER"
 */
const char *byline_entity_kind_to_string (BylineEntityKind kind);

#define BYLINE_TYPE_ENTITY (byline_entity_get_type ())

G_DECLARE_FINAL_TYPE (BylineEntity, byline_entity, BYLINE, ENTITY, GObject)

/**
 * byline_entity_new:
 * @name: the canonical name of the group
 * @kind: its type
 *
 * A group of mentions of one person, organisation, place or other name.
 * Built by the analysis on a worker thread, then only read.
 *
 * Returns: (transfer full): a new entity with no mentions
 */
BylineEntity     *byline_entity_new           (const char        *name,
                                               BylineEntityKind   kind);
/**
 * byline_entity_add_mention:
 * @self: a #BylineEntity
 * @span: where the mention stands in the source
 * @variant: the mention's text, added to the variants when new
 */
void              byline_entity_add_mention   (BylineEntity      *self,
                                               BylineSpan         span,
                                               const char        *variant);
const char       *byline_entity_get_name      (BylineEntity      *self);
BylineEntityKind  byline_entity_get_kind      (BylineEntity      *self);
guint             byline_entity_get_count     (BylineEntity      *self);
/**
 * byline_entity_get_variants:
 * Returns: (transfer none): the names the group was written as, canonical first
 */
const char * const *byline_entity_get_variants (BylineEntity     *self);
/**
 * byline_entity_get_mentions:
 * @n_mentions: (out): the number of mentions
 * Returns: (transfer none): the mentions, in source order
 */
const BylineSpan *byline_entity_get_mentions  (BylineEntity      *self,
                                               guint             *n_mentions);

G_END_DECLS
