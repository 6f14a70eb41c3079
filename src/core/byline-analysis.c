/* byline-analysis.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-analysis"

#include <json-glib/json-glib.h>

#include "byline-analysis.h"
#include "byline-error.h"
#include "byline-source.h"
#include "entities/byline-detect.h"

struct _BylineAnalysis
{
  GObject     parent_instance;

  guint64     serial;
  char       *title;
  char       *author;
  guint       word_count;
  GListStore *entities;
  GListStore *quotes;
};

G_DEFINE_FINAL_TYPE (BylineAnalysis, byline_analysis, G_TYPE_OBJECT)

static void
byline_analysis_finalize (GObject *object)
{
  BylineAnalysis *self = (BylineAnalysis *) object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->author, g_free);
  g_clear_object (&self->entities);
  g_clear_object (&self->quotes);

  G_OBJECT_CLASS (byline_analysis_parent_class)->finalize (object);
}

static void
byline_analysis_class_init (BylineAnalysisClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = byline_analysis_finalize;
}

static void
byline_analysis_init (BylineAnalysis *self)
{
  self->entities = g_list_store_new (BYLINE_TYPE_ENTITY);
  self->quotes = g_list_store_new (BYLINE_TYPE_QUOTE);
}

static guint
count_words (const char          *text,
             gsize                len,
             const BylineArticle *article)
{
  gboolean in_word = FALSE;
  guint words = 0;

  for (gsize i = 0; i < len; i++)
    {
      gboolean wordy = g_ascii_isalnum (text[i]) || (guchar) text[i] >= 0x80;

      if (wordy && !in_word && (article == NULL || !byline_article_is_ignored (article, i)))
        words++;
      in_word = wordy || (in_word && (text[i] == '\'' || text[i] == '-'));
    }

  return words;
}

static BylineAnalysis *
analyse (const char    *text,
         gsize          len,
         gboolean       quotes_too,
         GCancellable  *cancellable,
         GError       **error)
{
  g_autoptr(BylineAnalysis) self = NULL;
  g_autoptr(BylineArticle) article = NULL;
  g_autoptr(BylineText) layer = NULL;
  g_autoptr(GPtrArray) entities = NULL;
  g_autoptr(GPtrArray) quotes = NULL;

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  if (!byline_source_validate (text, len, error))
    return NULL;

  self = g_object_new (BYLINE_TYPE_ANALYSIS, NULL);
  article = byline_article_parse (text, len);
  self->title = g_strdup (article->title);
  self->author = g_strdup (article->author);
  self->word_count = count_words (text, len, article);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  layer = byline_text_new (text, len, article);
  entities = byline_entities_detect_text (layer, article);
  g_list_store_splice (self->entities, 0, 0, entities->pdata, entities->len);

  if (!quotes_too)
    return g_steal_pointer (&self);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  quotes = byline_quotes_detect_text (layer, article, entities);
  g_list_store_splice (self->quotes, 0, 0, quotes->pdata, quotes->len);

  return g_steal_pointer (&self);
}

BylineAnalysis *
byline_analysis_run (const char    *text,
                     gsize          len,
                     GCancellable  *cancellable,
                     GError       **error)
{
  return analyse (text, len, TRUE, cancellable, error);
}

BylineAnalysis *
byline_analysis_run_entities (const char    *text,
                              gsize          len,
                              GCancellable  *cancellable,
                              GError       **error)
{
  return analyse (text, len, FALSE, cancellable, error);
}

static void
run_in_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GBytes *bytes = task_data;
  g_autoptr(GError) error = NULL;
  gsize len;
  const char *text = g_bytes_get_data (bytes, &len);
  BylineAnalysis *self;

  self = byline_analysis_run (text, len, cancellable, &error);
  if (self == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  self->serial = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (task), "serial"));
  g_task_return_pointer (task, self, g_object_unref);
}

void
byline_analysis_run_async (GBytes              *text,
                           guint64              serial,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (text != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  /* GLib's idiom stores a function pointer as a gpointer, which ISO C frowns on. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
  g_task_set_source_tag (task, byline_analysis_run_async);
#pragma GCC diagnostic pop
  g_task_set_task_data (task, g_bytes_ref (text), (GDestroyNotify) g_bytes_unref);
  g_object_set_data (G_OBJECT (task), "serial", GSIZE_TO_POINTER ((gsize) serial));
  g_task_run_in_thread (task, run_in_thread);
}

BylineAnalysis *
byline_analysis_run_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

guint64
byline_analysis_get_serial (BylineAnalysis *self)
{
  g_return_val_if_fail (BYLINE_IS_ANALYSIS (self), 0);

  return self->serial;
}

const char *
byline_analysis_get_title (BylineAnalysis *self)
{
  g_return_val_if_fail (BYLINE_IS_ANALYSIS (self), NULL);

  return self->title;
}

const char *
byline_analysis_get_author (BylineAnalysis *self)
{
  g_return_val_if_fail (BYLINE_IS_ANALYSIS (self), NULL);

  return self->author;
}

guint
byline_analysis_get_word_count (BylineAnalysis *self)
{
  g_return_val_if_fail (BYLINE_IS_ANALYSIS (self), 0);

  return self->word_count;
}

GListModel *
byline_analysis_get_entities (BylineAnalysis *self)
{
  g_return_val_if_fail (BYLINE_IS_ANALYSIS (self), NULL);

  return G_LIST_MODEL (self->entities);
}

GListModel *
byline_analysis_get_quotes (BylineAnalysis *self)
{
  g_return_val_if_fail (BYLINE_IS_ANALYSIS (self), NULL);

  return G_LIST_MODEL (self->quotes);
}

BylineEntity *
byline_analysis_find_entity (BylineAnalysis *self,
                             const char     *name)
{
  guint n;

  g_return_val_if_fail (BYLINE_IS_ANALYSIS (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->entities));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BylineEntity) entity = g_list_model_get_item (G_LIST_MODEL (self->entities), i);

      /* The store keeps its own reference, so the borrowed pointer stays valid. */
      if (g_str_equal (byline_entity_get_name (entity), name))
        return entity;
    }

  return NULL;
}

BylineQuote *
byline_analysis_get_author_quote (BylineAnalysis *self)
{
  guint n;

  g_return_val_if_fail (BYLINE_IS_ANALYSIS (self), NULL);

  /* The author's first quote that says something (four words or more),
   * else the first: a quoted word or phrase is no statement. */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->quotes));
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(BylineQuote) quote = g_list_model_get_item (G_LIST_MODEL (self->quotes), i);

        /* The store keeps its own reference, so the borrowed pointer stays valid. */
        if (byline_quote_get_is_author (quote) && (pass == 1 || count_words (byline_quote_get_text (quote), strlen (byline_quote_get_text (quote)), NULL) >= 4))
          return quote;
      }

  return NULL;
}

static void
add_nullable_string (JsonBuilder *builder,
                     const char  *member,
                     const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_span (JsonBuilder *builder,
          BylineSpan   span)
{
  json_builder_set_member_name (builder, "start");
  json_builder_add_int_value (builder, span.start);
  json_builder_set_member_name (builder, "end");
  json_builder_add_int_value (builder, span.end);
}

static void
build_entity (JsonBuilder  *builder,
              BylineEntity *entity)
{
  const char * const *variants = byline_entity_get_variants (entity);
  const BylineSpan *mentions;
  guint n_mentions;

  json_builder_begin_object (builder);
  add_nullable_string (builder, "name", byline_entity_get_name (entity));
  add_nullable_string (builder, "type",
                       byline_entity_kind_to_string (byline_entity_get_kind (entity)));
  json_builder_set_member_name (builder, "count");
  json_builder_add_int_value (builder, byline_entity_get_count (entity));
  json_builder_set_member_name (builder, "variants");
  json_builder_begin_array (builder);
  for (guint i = 0; variants[i] != NULL; i++)
    json_builder_add_string_value (builder, variants[i]);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "mentions");
  json_builder_begin_array (builder);
  mentions = byline_entity_get_mentions (entity, &n_mentions);
  for (guint i = 0; i < n_mentions; i++)
    {
      json_builder_begin_object (builder);
      add_span (builder, mentions[i]);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
build_quote (JsonBuilder *builder,
             BylineQuote *quote)
{
  json_builder_begin_object (builder);
  add_nullable_string (builder, "text", byline_quote_get_text (quote));
  add_nullable_string (builder, "speaker", byline_quote_get_speaker (quote));
  json_builder_set_member_name (builder, "is_author");
  json_builder_add_boolean_value (builder, byline_quote_get_is_author (quote));
  add_span (builder, byline_quote_get_span (quote));
  json_builder_end_object (builder);
}

static void
build_list (JsonBuilder *builder,
            const char  *member,
            GListModel  *model,
            void       (*build_item) (JsonBuilder *, gpointer))
{
  guint n = g_list_model_get_n_items (model);

  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      build_item (builder, item);
    }
  json_builder_end_array (builder);
}

char *
byline_analysis_to_json (BylineAnalysis *self,
                         gboolean        pretty)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  BylineQuote *author_quote;

  g_return_val_if_fail (BYLINE_IS_ANALYSIS (self), NULL);

  json_builder_begin_object (builder);
  add_nullable_string (builder, "title", self->title);
  add_nullable_string (builder, "author", self->author);
  json_builder_set_member_name (builder, "word_count");
  json_builder_add_int_value (builder, self->word_count);
  build_list (builder, "entities", G_LIST_MODEL (self->entities),
              (void (*) (JsonBuilder *, gpointer)) build_entity);
  build_list (builder, "quotes", G_LIST_MODEL (self->quotes),
              (void (*) (JsonBuilder *, gpointer)) build_quote);
  json_builder_set_member_name (builder, "author_quote");
  author_quote = byline_analysis_get_author_quote (self);
  if (author_quote != NULL)
    build_quote (builder, author_quote);
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, pretty);
  return json_generator_to_data (generator, NULL);
}
