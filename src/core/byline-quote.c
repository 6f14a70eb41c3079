/* byline-quote.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-quote"

#include "byline-quote.h"

struct _BylineQuote
{
  GObject     parent_instance;

  char       *text;
  char       *speaker;
  BylineSpan  span;
  guint       is_author : 1;
};

enum {
  PROP_0,
  PROP_TEXT,
  PROP_SPEAKER,
  PROP_IS_AUTHOR,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (BylineQuote, byline_quote, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
byline_quote_finalize (GObject *object)
{
  BylineQuote *self = (BylineQuote *) object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->speaker, g_free);

  G_OBJECT_CLASS (byline_quote_parent_class)->finalize (object);
}

static void
byline_quote_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  BylineQuote *self = BYLINE_QUOTE (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_SPEAKER:
      g_value_set_string (value, self->speaker);
      break;
    case PROP_IS_AUTHOR:
      g_value_set_boolean (value, self->is_author);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_quote_class_init (BylineQuoteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = byline_quote_finalize;
  object_class->get_property = byline_quote_get_property;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SPEAKER] =
    g_param_spec_string ("speaker", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_IS_AUTHOR] =
    g_param_spec_boolean ("is-author", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
byline_quote_init (BylineQuote *self)
{
}

BylineQuote *
byline_quote_new (const char *text,
                  const char *speaker,
                  gboolean    is_author,
                  BylineSpan  span)
{
  BylineQuote *self;

  g_return_val_if_fail (text != NULL, NULL);

  self = g_object_new (BYLINE_TYPE_QUOTE, NULL);
  self->text = g_strdup (text);
  self->speaker = g_strdup (speaker);
  self->is_author = !!is_author;
  self->span = span;

  return self;
}

const char *
byline_quote_get_text (BylineQuote *self)
{
  g_return_val_if_fail (BYLINE_IS_QUOTE (self), NULL);

  return self->text;
}

const char *
byline_quote_get_speaker (BylineQuote *self)
{
  g_return_val_if_fail (BYLINE_IS_QUOTE (self), NULL);

  return self->speaker;
}

gboolean
byline_quote_get_is_author (BylineQuote *self)
{
  g_return_val_if_fail (BYLINE_IS_QUOTE (self), FALSE);

  return self->is_author;
}

BylineSpan
byline_quote_get_span (BylineQuote *self)
{
  g_return_val_if_fail (BYLINE_IS_QUOTE (self), ((BylineSpan) { 0, 0 }));

  return self->span;
}
