/* byline-spell-checker.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-spell-checker"

#include <string.h>
#include <enchant.h>

#include "byline-spell-checker.h"

/* Words checked per idle slice: small enough to stay within a frame. */
#define WORDS_PER_SLICE 400

struct _BylineSpellChecker
{
  GObject          parent_instance;

  GtkSourceBuffer *buffer;   /* weak: the buffer owns the checker's purpose */
  GtkTextTag      *tag;
  GtkTextMark     *pending;  /* where checking resumes; NULL when done */
  GtkTextMark     *until;    /* where it stops: an edit needs only its own lines */
  EnchantBroker   *broker;
  EnchantDict     *dict;
  char            *language;
  guint            idle_id;
  guint            enabled : 1;
};

enum {
  PROP_0,
  PROP_ENABLED,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (BylineSpellChecker, byline_spell_checker, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static gboolean check_slice_cb (gpointer user_data);

/* The first dictionary the user's languages have, else English. */
static void
load_dictionary (BylineSpellChecker *self)
{
  const char * const *languages = g_get_language_names ();

  self->broker = enchant_broker_init ();
  for (guint i = 0; languages[i] != NULL && self->dict == NULL; i++)
    {
      g_autofree char *lang = g_strdup (languages[i]);
      char *dot = strchr (lang, '.');

      if (dot != NULL)
        *dot = '\0';
      if (g_str_equal (lang, "C") || g_str_equal (lang, "POSIX") || strchr (lang, '@') != NULL)
        continue;
      if (enchant_broker_dict_exists (self->broker, lang))
        {
          self->dict = enchant_broker_request_dict (self->broker, lang);
          self->language = g_steal_pointer (&lang);
        }
    }
  if (self->dict == NULL && enchant_broker_dict_exists (self->broker, "en_US"))
    {
      self->dict = enchant_broker_request_dict (self->broker, "en_US");
      self->language = g_strdup ("en_US");
    }
}

static void
schedule_range (BylineSpellChecker *self,
                const GtkTextIter  *from,
                const GtkTextIter  *to)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self->buffer);
  GtkTextIter start = *from, end = *to;

  if (!self->enabled || self->dict == NULL)
    return;

  /* One region covers every place that needs a look. */
  if (self->pending != NULL)
    {
      GtkTextIter pending, until;

      gtk_text_buffer_get_iter_at_mark (buffer, &pending, self->pending);
      gtk_text_buffer_get_iter_at_mark (buffer, &until, self->until);
      if (gtk_text_iter_compare (&pending, &start) < 0)
        start = pending;
      if (gtk_text_iter_compare (&until, &end) > 0)
        end = until;
      gtk_text_buffer_move_mark (buffer, self->pending, &start);
      gtk_text_buffer_move_mark (buffer, self->until, &end);
    }
  else
    {
      self->pending = gtk_text_buffer_create_mark (buffer, NULL, &start, TRUE);
      self->until = gtk_text_buffer_create_mark (buffer, NULL, &end, FALSE);
    }

  if (self->idle_id == 0)
    self->idle_id = g_idle_add_full (G_PRIORITY_LOW, check_slice_cb, self, NULL);
}

/* From the start of @from's line to the end of @to's line. */
static void
schedule_lines (BylineSpellChecker *self,
                const GtkTextIter  *from,
                const GtkTextIter  *to)
{
  GtkTextIter start = *from, end = *to;

  gtk_text_iter_set_line_offset (&start, 0);
  if (!gtk_text_iter_ends_line (&end))
    gtk_text_iter_forward_to_line_end (&end);
  schedule_range (self, &start, &end);
}

static void
clear_region (BylineSpellChecker *self)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self->buffer);

  if (self->pending != NULL && buffer != NULL)
    {
      gtk_text_buffer_delete_mark (buffer, self->pending);
      gtk_text_buffer_delete_mark (buffer, self->until);
    }
  self->pending = self->until = NULL;
}

static gboolean
word_needs_check (const char *word)
{
  /* Skip acronyms, brand spellings with inner capitals (OpenAI, iPhone),
   * words with digits and very short words. */
  gboolean lower = FALSE;

  if (g_utf8_strlen (word, -1) < 2)
    return FALSE;
  for (const char *p = word; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isdigit (c) || (p != word && g_unichar_isupper (c)))
        return FALSE;
      lower |= g_unichar_islower (c);
    }
  return lower;
}

static void
check_word (BylineSpellChecker *self,
            GtkTextIter        *start,
            GtkTextIter        *end)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self->buffer);
  g_autofree char *word = gtk_text_iter_get_slice (start, end);

  gtk_text_buffer_remove_tag (buffer, self->tag, start, end);
  if (gtk_source_buffer_iter_has_context_class (self->buffer, start, "no-spell-check")
      || !word_needs_check (word))
    return;
  if (enchant_dict_check (self->dict, word, -1) != 0)
    gtk_text_buffer_apply_tag (buffer, self->tag, start, end);
}

static gboolean
check_slice_cb (gpointer user_data)
{
  BylineSpellChecker *self = user_data;
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self->buffer);
  GtkTextIter iter, end;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, self->pending);
  if (!gtk_text_iter_starts_word (&iter) && gtk_text_iter_inside_word (&iter))
    gtk_text_iter_backward_word_start (&iter);
  /* Highlighting is lazy; the "no-spell-check" classes must be known here. */
  end = iter;
  gtk_text_iter_forward_chars (&end, WORDS_PER_SLICE * 20);
  gtk_source_buffer_ensure_highlight (self->buffer, &iter, &end);

  for (guint n = 0; n < WORDS_PER_SLICE; n++)
    {
      if (!gtk_text_iter_starts_word (&iter) && !gtk_text_iter_forward_word_end (&iter))
        break;
      if (!gtk_text_iter_starts_word (&iter))
        gtk_text_iter_backward_word_start (&iter);
      end = iter;
      if (!gtk_text_iter_forward_word_end (&end))
        break;
      check_word (self, &iter, &end);
      iter = end;
    }

  gtk_text_buffer_get_iter_at_mark (buffer, &end, self->until);
  if (gtk_text_iter_compare (&iter, &end) < 0 && !gtk_text_iter_is_end (&iter)
      && gtk_text_iter_forward_word_end (&iter))
    {
      gtk_text_iter_backward_word_start (&iter);
      gtk_text_buffer_move_mark (buffer, self->pending, &iter);
      return G_SOURCE_CONTINUE;
    }

  clear_region (self);
  self->idle_id = 0;
  return G_SOURCE_REMOVE;
}

/* An edit needs its own line looked at again, from the line's start. */
static void
insert_text_after_cb (BylineSpellChecker *self,
                      GtkTextIter        *location,
                      const char         *text,
                      int                 len)
{
  GtkTextIter start = *location;

  gtk_text_iter_backward_chars (&start, g_utf8_strlen (text, len));
  schedule_lines (self, &start, location);
}

static void
delete_range_after_cb (BylineSpellChecker *self,
                       GtkTextIter        *start,
                       GtkTextIter        *end)
{
  schedule_lines (self, start, start);
}

static void
byline_spell_checker_dispose (GObject *object)
{
  BylineSpellChecker *self = BYLINE_SPELL_CHECKER (object);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  clear_region (self);
  g_clear_weak_pointer (&self->buffer);

  G_OBJECT_CLASS (byline_spell_checker_parent_class)->dispose (object);
}

static void
byline_spell_checker_finalize (GObject *object)
{
  BylineSpellChecker *self = BYLINE_SPELL_CHECKER (object);

  if (self->dict != NULL)
    enchant_broker_free_dict (self->broker, self->dict);
  if (self->broker != NULL)
    enchant_broker_free (self->broker);
  g_free (self->language);

  G_OBJECT_CLASS (byline_spell_checker_parent_class)->finalize (object);
}

static void
byline_spell_checker_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  BylineSpellChecker *self = BYLINE_SPELL_CHECKER (object);

  switch (prop_id)
    {
    case PROP_ENABLED:
      g_value_set_boolean (value, self->enabled);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_spell_checker_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  BylineSpellChecker *self = BYLINE_SPELL_CHECKER (object);

  switch (prop_id)
    {
    case PROP_ENABLED:
      byline_spell_checker_set_enabled (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_spell_checker_class_init (BylineSpellCheckerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = byline_spell_checker_dispose;
  object_class->finalize = byline_spell_checker_finalize;
  object_class->get_property = byline_spell_checker_get_property;
  object_class->set_property = byline_spell_checker_set_property;

  properties[PROP_ENABLED] =
    g_param_spec_boolean ("enabled", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
byline_spell_checker_init (BylineSpellChecker *self)
{
  load_dictionary (self);
}

BylineSpellChecker *
byline_spell_checker_new (GtkSourceBuffer *buffer)
{
  BylineSpellChecker *self;

  g_return_val_if_fail (GTK_SOURCE_IS_BUFFER (buffer), NULL);

  self = g_object_new (BYLINE_TYPE_SPELL_CHECKER, NULL);
  g_set_weak_pointer (&self->buffer, buffer);
  self->tag = gtk_text_buffer_create_tag (GTK_TEXT_BUFFER (buffer), NULL,
                                          "underline", PANGO_UNDERLINE_ERROR, NULL);
  g_signal_connect_object (buffer, "insert-text", G_CALLBACK (insert_text_after_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (buffer, "delete-range", G_CALLBACK (delete_range_after_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  return self;
}

void
byline_spell_checker_set_enabled (BylineSpellChecker *self,
                                  gboolean            enabled)
{
  GtkTextIter start, end;

  g_return_if_fail (BYLINE_IS_SPELL_CHECKER (self));

  if (self->enabled == !!enabled)
    return;

  self->enabled = !!enabled;
  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (self->buffer), &start, &end);
  if (enabled)
    schedule_range (self, &start, &end);
  else
    gtk_text_buffer_remove_tag (GTK_TEXT_BUFFER (self->buffer), self->tag, &start, &end);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENABLED]);
}

gboolean
byline_spell_checker_get_enabled (BylineSpellChecker *self)
{
  g_return_val_if_fail (BYLINE_IS_SPELL_CHECKER (self), FALSE);

  return self->enabled;
}

const char *
byline_spell_checker_get_language (BylineSpellChecker *self)
{
  g_return_val_if_fail (BYLINE_IS_SPELL_CHECKER (self), NULL);

  return self->language;
}

gboolean
byline_spell_checker_is_idle (BylineSpellChecker *self)
{
  g_return_val_if_fail (BYLINE_IS_SPELL_CHECKER (self), TRUE);

  return self->idle_id == 0;
}
