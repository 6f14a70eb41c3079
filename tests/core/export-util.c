/* export-util.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "export-util.h"

#define BODY_START "<div class=\"article-body\">\n"
#define BODY_END "</div>\n</article>\n</body>\n</html>\n"
#define SCRIPT_START "<script type=\"application/ld+json\">\n"

char *
export_util_html (const char        *markdown,
                  BylineExportFlags  flags)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineAnalysis) analysis = byline_analysis_run (markdown, strlen (markdown), NULL, &error);
  g_autoptr(GDateTime) date = g_date_time_new_from_iso8601 (EXPORT_UTIL_DATE, NULL);
  BylineExportOptions options = { .flags = flags, .modified = date };
  char *html;

  g_assert_no_error (error);
  html = byline_export_html_full (markdown, strlen (markdown), analysis, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (html);
  return html;
}

char *
export_util_body (const char *html)
{
  const char *start = strstr (html, BODY_START);

  g_assert_nonnull (start);
  g_assert_true (g_str_has_suffix (html, BODY_END));
  start += strlen (BODY_START);
  return g_strndup (start, html + strlen (html) - strlen (BODY_END) - start);
}

char *
export_util_script_text (const char *html)
{
  const char *start = strstr (html, SCRIPT_START);
  const char *end;

  g_assert_nonnull (start);
  start += strlen (SCRIPT_START);
  end = strstr (start, "</script>");
  g_assert_nonnull (end);
  return g_strndup (start, end - start);
}

JsonObject *
export_util_json_ld (const char *html)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *json = export_util_script_text (html);

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}
