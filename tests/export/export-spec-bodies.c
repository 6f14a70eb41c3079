/* export-spec-bodies.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * export-spec-bodies [--article] SPEC.JSON: exports every example's Markdown
 * as an unsafe page and prints, in the examples' order, a JSON array of
 * [header heading, body] pairs for test-conformance.py to compare.
 *
 * By default the page is whole-source (every block in the body, the header
 * heading empty). With --article it is exported as `byline --export-html
 * --unsafe` does, headline and furniture lifted out; the header heading is
 * then the page's <h1> line, so a headline moved out of the body can be
 * put back in front of it.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "export-util.h"

static void
add_export (JsonBuilder *builder,
            const char  *markdown,
            gboolean     article)
{
  BylineExportFlags flags = BYLINE_EXPORT_UNSAFE | (article ? 0 : BYLINE_EXPORT_WHOLE_SOURCE);
  g_autoptr(GError) error = NULL;
  g_autofree char *html = byline_export_html (markdown, strlen (markdown), NULL, flags, &error);
  g_autofree char *body = NULL;
  g_autofree char *heading = NULL;
  const char *header, *h1, *end;

  g_assert_no_error (error);
  body = export_util_body (html);
  header = strstr (html, "<header>\n");
  g_assert_nonnull (header);
  h1 = g_str_has_prefix (header + strlen ("<header>\n"), "<h1>") ? header + strlen ("<header>\n") : NULL;
  end = h1 != NULL ? strstr (h1, "</h1>\n") : NULL;
  if (article && end != NULL)
    heading = g_strndup (h1, end + strlen ("</h1>\n") - h1);

  json_builder_begin_array (builder);
  json_builder_add_string_value (builder, heading != NULL ? heading : "");
  json_builder_add_string_value (builder, body);
  json_builder_end_array (builder);
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
  gboolean article = argc == 3 && g_str_equal (argv[1], "--article");
  const char *spec = argv[argc - 1];

  if (argc != 2 && !article)
    {
      g_printerr ("usage: %s [--article] SPEC.JSON\n", argv[0]);
      return 1;
    }
  if (!json_parser_load_from_file (parser, spec, &error))
    {
      g_printerr ("%s: %s\n", spec, error->message);
      return 1;
    }

  examples = json_node_get_array (json_parser_get_root (parser));
  json_builder_begin_array (builder);
  for (guint i = 0; i < json_array_get_length (examples); i++)
    {
      JsonObject *example = json_array_get_object_element (examples, i);

      add_export (builder, json_object_get_string_member (example, "markdown"), article);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, NULL);
  fputs (json, stdout);
  return 0;
}
