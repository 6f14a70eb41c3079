/* byline-entity.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-entity"

#include "byline-entity.h"

struct _BylineEntity
{
  GObject           parent_instance;

  char             *name;
  BylineEntityKind  kind;
  GPtrArray        *variants;   /* NULL-terminated array of owned strings */
  GArray           *mentions;   /* BylineSpan */
};

enum {
  PROP_0,
  PROP_NAME,
  PROP_KIND,
  PROP_COUNT,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (BylineEntity, byline_entity, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static const char * const kind_names[BYLINE_N_ENTITY_KINDS] = { "PERSON", "ORG", "PLACE", "OTHER" };

const char *
byline_entity_kind_to_string (BylineEntityKind kind)
{
  g_return_val_if_fail (kind < BYLINE_N_ENTITY_KINDS, "OTHER");

  return kind_names[kind];
}

static void
byline_entity_finalize (GObject *object)
{
  BylineEntity *self = (BylineEntity *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->variants, g_ptr_array_unref);
  g_clear_pointer (&self->mentions, g_array_unref);

  G_OBJECT_CLASS (byline_entity_parent_class)->finalize (object);
}

static void
byline_entity_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BylineEntity *self = BYLINE_ENTITY (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_KIND:
      g_value_set_uint (value, self->kind);
      break;
    case PROP_COUNT:
      g_value_set_uint (value, self->mentions->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_entity_class_init (BylineEntityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = byline_entity_finalize;
  object_class->get_property = byline_entity_get_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_uint ("kind", NULL, NULL, 0, BYLINE_N_ENTITY_KINDS - 1, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_COUNT] =
    g_param_spec_uint ("count", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
byline_entity_init (BylineEntity *self)
{
  self->variants = g_ptr_array_new_null_terminated (1, g_free, TRUE);
  self->mentions = g_array_new (FALSE, FALSE, sizeof (BylineSpan));
}

BylineEntity *
byline_entity_new (const char       *name,
                   BylineEntityKind  kind)
{
  BylineEntity *self;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (kind < BYLINE_N_ENTITY_KINDS, NULL);

  self = g_object_new (BYLINE_TYPE_ENTITY, NULL);
  self->name = g_strdup (name);
  self->kind = kind;
  g_ptr_array_add (self->variants, g_strdup (name));

  return self;
}

void
byline_entity_add_mention (BylineEntity *self,
                           BylineSpan    span,
                           const char   *variant)
{
  guint i = self->mentions->len;

  g_return_if_fail (BYLINE_IS_ENTITY (self));
  g_return_if_fail (span.start <= span.end);

  /* Keep source order; mentions almost always arrive in order. */
  while (i > 0 && g_array_index (self->mentions, BylineSpan, i - 1).start > span.start)
    i--;
  g_array_insert_val (self->mentions, i, span);

  if (variant != NULL && !g_strv_contains ((const char * const *) self->variants->pdata, variant))
    g_ptr_array_add (self->variants, g_strdup (variant));
}

const char *
byline_entity_get_name (BylineEntity *self)
{
  g_return_val_if_fail (BYLINE_IS_ENTITY (self), NULL);

  return self->name;
}

BylineEntityKind
byline_entity_get_kind (BylineEntity *self)
{
  g_return_val_if_fail (BYLINE_IS_ENTITY (self), BYLINE_ENTITY_OTHER);

  return self->kind;
}

guint
byline_entity_get_count (BylineEntity *self)
{
  g_return_val_if_fail (BYLINE_IS_ENTITY (self), 0);

  return self->mentions->len;
}

const char * const *
byline_entity_get_variants (BylineEntity *self)
{
  g_return_val_if_fail (BYLINE_IS_ENTITY (self), NULL);

  return (const char * const *) self->variants->pdata;
}

const BylineSpan *
byline_entity_get_mentions (BylineEntity *self,
                            guint        *n_mentions)
{
  g_return_val_if_fail (BYLINE_IS_ENTITY (self), NULL);

  *n_mentions = self->mentions->len;
  return (const BylineSpan *) (gpointer) self->mentions->data;
}
