/* test-seed.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "byline-core.h"
#include "test-util.h"

/* The seed article against its expected analysis (tests/data/README.md). */

typedef struct
{
  char           *text;
  gsize           len;
  BylineAnalysis *analysis;
  JsonParser     *parser;
  JsonObject     *expected;
} Seed;

static void
seed_clear (Seed *seed)
{
  g_clear_object (&seed->parser);
  g_clear_object (&seed->analysis);
  g_clear_pointer (&seed->text, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Seed, seed_clear)

static void
seed_init (Seed *seed)
{
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;
  gsize json_len;

  seed->text = test_read_source_file ("data/samples/stargate.txt", &seed->len);
  json = test_read_source_file ("tests/data/stargate.expected.json", &json_len);
  seed->parser = json_parser_new ();
  json_parser_load_from_data (seed->parser, json, json_len, &error);
  g_assert_no_error (error);
  seed->expected = json_node_get_object (json_parser_get_root (seed->parser));
  seed->analysis = byline_analysis_run (seed->text, seed->len, NULL, &error);
  g_assert_no_error (error);
}

/* An also_acceptable entry naming @name, or NULL. */
static JsonObject *
acceptable (const Seed *seed,
            const char *name)
{
  JsonArray *list = json_object_get_array_member (seed->expected, "also_acceptable");

  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      JsonObject *entry = json_array_get_object_element (list, i);

      if (g_str_equal (json_object_get_string_member (entry, "name"), name))
        return entry;
    }
  return NULL;
}

static gboolean
type_and_count_match (BylineEntity *entity,
                      JsonObject   *entry)
{
  return g_str_equal (byline_entity_kind_to_string (byline_entity_get_kind (entity)),
                      json_object_get_string_member (entry, "type"))
         && byline_entity_get_count (entity) == (guint) json_object_get_int_member (entry, "count");
}

static void
assert_variants (BylineEntity *entity,
                 JsonArray    *variants)
{
  const char * const *got = byline_entity_get_variants (entity);

  g_assert_cmpuint (g_strv_length ((char **) got), ==, json_array_get_length (variants));
  /* The canonical name first, then the same names in any order. */
  g_assert_cmpstr (got[0], ==, json_array_get_string_element (variants, 0));
  for (guint i = 0; i < json_array_get_length (variants); i++)
    g_assert_true (g_strv_contains (got, json_array_get_string_element (variants, i)));
}

static void
test_title_and_author (void)
{
  g_auto(Seed) seed = { 0 };

  seed_init (&seed);
  g_assert_cmpstr (byline_analysis_get_title (seed.analysis), ==,
                   json_object_get_string_member (seed.expected, "title"));
  g_assert_cmpstr (byline_analysis_get_author (seed.analysis), ==,
                   json_object_get_string_member (seed.expected, "author"));
}

static void
test_entities (void)
{
  g_auto(Seed) seed = { 0 };
  JsonArray *expected;

  seed_init (&seed);
  expected = json_object_get_array_member (seed.expected, "entities");
  for (guint i = 0; i < json_array_get_length (expected); i++)
    {
      JsonObject *entry = json_array_get_object_element (expected, i);
      const char *name = json_object_get_string_member (entry, "name");
      BylineEntity *entity = byline_analysis_find_entity (seed.analysis, name);
      JsonObject *alternative = acceptable (&seed, name);

      g_test_message ("expected entity %s", name);
      g_assert_nonnull (entity);
      g_assert_true (type_and_count_match (entity, entry)
                     || (alternative != NULL && type_and_count_match (entity, alternative)));
      assert_variants (entity, json_object_get_array_member (entry, "variants"));
    }
}

/* No group beyond the expected ones, except an acceptable one, and none of
 * the non-names as a name or a variant. */
static void
test_nothing_else (void)
{
  g_auto(Seed) seed = { 0 };
  GListModel *entities;
  JsonArray *expected, *not_entities;

  seed_init (&seed);
  entities = byline_analysis_get_entities (seed.analysis);
  expected = json_object_get_array_member (seed.expected, "entities");
  not_entities = json_object_get_array_member (seed.expected, "not_entities");
  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(BylineEntity) entity = g_list_model_get_item (entities, i);
      const char *name = byline_entity_get_name (entity);
      JsonObject *alternative = acceptable (&seed, name);
      gboolean listed = FALSE;

      for (guint k = 0; k < json_array_get_length (expected); k++)
        listed |= g_str_equal (name, json_object_get_string_member (json_array_get_object_element (expected, k), "name"));
      g_test_message ("found entity %s", name);
      g_assert_true (listed || (alternative != NULL && type_and_count_match (entity, alternative)));
      for (guint k = 0; k < json_array_get_length (not_entities); k++)
        g_assert_false (g_strv_contains (byline_entity_get_variants (entity),
                                         json_array_get_string_element (not_entities, k)));
    }
}

static void
test_author_quote (void)
{
  g_auto(Seed) seed = { 0 };
  JsonObject *want;
  BylineQuote *quote;
  BylineSpan span;

  seed_init (&seed);
  want = json_object_get_object_member (seed.expected, "author_quote");
  quote = byline_analysis_get_author_quote (seed.analysis);
  g_assert_nonnull (quote);
  g_assert_cmpstr (byline_quote_get_speaker (quote), ==, json_object_get_string_member (want, "speaker"));
  g_assert_cmpint (byline_quote_get_is_author (quote), ==, json_object_get_boolean_member (want, "is_author"));
  g_assert_cmpstr (byline_quote_get_text (quote), ==, json_object_get_string_member (want, "text"));
  span = byline_quote_get_span (quote);
  g_assert_cmpint (seed.text[span.start], ==, '"');
  g_assert_cmpint (seed.text[span.end - 1], ==, '"');
}

/* Every mention's bytes spell one of its group's variants. */
static void
test_offsets (void)
{
  g_auto(Seed) seed = { 0 };
  GListModel *entities;

  seed_init (&seed);
  entities = byline_analysis_get_entities (seed.analysis);
  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(BylineEntity) entity = g_list_model_get_item (entities, i);
      guint n;
      const BylineSpan *mentions = byline_entity_get_mentions (entity, &n);

      for (guint m = 0; m < n; m++)
        {
          g_autofree char *named = g_strndup (seed.text + mentions[m].start, mentions[m].end - mentions[m].start);

          g_assert_true (g_strv_contains (byline_entity_get_variants (entity), named));
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/seed/title-and-author", test_title_and_author);
  g_test_add_func ("/core/seed/entities", test_entities);
  g_test_add_func ("/core/seed/nothing-else", test_nothing_else);
  g_test_add_func ("/core/seed/author-quote", test_author_quote);
  g_test_add_func ("/core/seed/offsets", test_offsets);

  return g_test_run ();
}
