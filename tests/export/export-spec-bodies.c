/* export-spec-bodies.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * export-spec-bodies SPEC.JSON: exports every example's Markdown as an
 * unsafe, whole-source page and prints the bodies as a JSON array of
 * strings, in the examples' order, for test-conformance.py to compare.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "export-util.h"

static char *
export_body (const char *markdown)
{
  BylineExportFlags flags = BYLINE_EXPORT_UNSAFE | BYLINE_EXPORT_WHOLE_SOURCE;
  g_autoptr(GError) error = NULL;
  g_autofree char *html = byline_export_html (markdown, strlen (markdown), NULL, flags, &error);

  g_assert_no_error (error);
  return export_util_body (html);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  JsonArray *examples;

  if (argc != 2)
    {
      g_printerr ("usage: %s SPEC.JSON\n", argv[0]);
      return 1;
    }
  if (!json_parser_load_from_file (parser, argv[1], &error))
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return 1;
    }

  examples = json_node_get_array (json_parser_get_root (parser));
  json_builder_begin_array (builder);
  for (guint i = 0; i < json_array_get_length (examples); i++)
    {
      JsonObject *example = json_array_get_object_element (examples, i);
      g_autofree char *body = export_body (json_object_get_string_member (example, "markdown"));

      json_builder_add_string_value (builder, body);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, NULL);
  fputs (json, stdout);
  return 0;
}
