/* byline-export-meta.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-export"

#include <json-glib/json-glib.h>

#include "byline-export-private.h"
#include "byline-export-resources.h"

#define STYLESHEET_PATH "/io/github/bylineeditor/Byline/export/export.css"

/* Search engines read the first few; the rest would only swell the head. */
#define MAX_MENTIONS 50

/* schema.org types for BylineEntityKind, in its order. */
static const char * const mention_types[BYLINE_N_ENTITY_KINDS] = {
  "Person", "Organization", "Place", "Thing",
};

static const char * const months[] = {
  "January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December",
};

void
byline_export_meta_clear (BylineExportMeta *meta)
{
  g_clear_pointer (&meta->title, g_free);
  g_clear_pointer (&meta->heading_html, g_free);
  g_clear_pointer (&meta->author, g_free);
  g_clear_pointer (&meta->description, g_free);
  g_clear_pointer (&meta->modified, g_date_time_unref);
  g_clear_pointer (&meta->published, g_date_time_unref);
}

static gboolean
is_english (const BylineExportMeta *meta)
{
  return g_ascii_strncasecmp (meta->lang, "en", 2) == 0
         && (meta->lang[2] == '\0' || meta->lang[2] == '-');
}

static char *
format_iso8601 (GDateTime *time)
{
  return g_date_time_format (time, "%Y-%m-%dT%H:%M:%S%:z");
}

static void
append_meta (GString    *out,
             const char *attribute,
             const char *name,
             const char *content)
{
  g_autofree char *element = NULL;

  if (content == NULL)
    return;
  element = g_markup_printf_escaped ("<meta %s=\"%s\" content=\"%s\">\n", attribute, name, content);
  g_string_append (out, element);
}

static void
append_stylesheet (GString *out)
{
  g_autoptr(GBytes) css = g_resource_lookup_data (byline_export_get_resource (), STYLESHEET_PATH,
                                                  G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  gsize size;
  const char *data = g_bytes_get_data (css, &size);

  g_assert (data != NULL);  /* compiled in */
  g_string_append (out, "<style>\n");
  g_string_append_len (out, data, size);
  g_string_append (out, "</style>\n");
}

void
byline_export_append_head (GString                *out,
                           const BylineExportMeta *meta)
{
  g_autofree char *start = NULL;
  g_autofree char *modified = format_iso8601 (meta->modified);

  start = g_markup_printf_escaped ("<!doctype html>\n<html lang=\"%s\">\n<head>\n"
                                   "<meta charset=\"utf-8\">\n"
                                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                                   "<title>%s</title>\n",
                                   meta->lang, meta->title);
  g_string_append (out, start);
  append_meta (out, "name", "author", meta->author);
  append_meta (out, "name", "description", meta->description);
  append_meta (out, "property", "og:type", "article");
  append_meta (out, "property", "og:title", meta->title);
  append_meta (out, "property", "og:description", meta->description);
  append_meta (out, "property", "article:modified_time", modified);
  append_meta (out, "name", "generator", "Byline " PACKAGE_VERSION);
  append_stylesheet (out);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_typed (JsonBuilder *builder,
           const char  *member,
           const char  *type,
           const char  *name)
{
  if (member != NULL)
    json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);
  add_string (builder, "@type", type);
  add_string (builder, "name", name);
  json_builder_end_object (builder);
}

static void
add_mentions (JsonBuilder    *builder,
              BylineAnalysis *analysis)
{
  GListModel *entities = byline_analysis_get_entities (analysis);
  guint n = MIN (g_list_model_get_n_items (entities), MAX_MENTIONS);

  if (n == 0)
    return;
  json_builder_set_member_name (builder, "mentions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BylineEntity) entity = g_list_model_get_item (entities, i);
      BylineEntityKind kind = byline_entity_get_kind (entity);

      add_typed (builder, NULL, mention_types[kind < BYLINE_N_ENTITY_KINDS ? kind : BYLINE_ENTITY_OTHER],
                 byline_entity_get_name (entity));
    }
  json_builder_end_array (builder);
}

static JsonNode *
build_news_article (const BylineExportMeta *meta,
                    BylineAnalysis         *analysis)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *modified = format_iso8601 (meta->modified);

  json_builder_begin_object (builder);
  add_string (builder, "@context", "https://schema.org");
  add_string (builder, "@type", "NewsArticle");
  add_string (builder, "headline", meta->title);
  if (meta->description != NULL)
    add_string (builder, "description", meta->description);
  add_string (builder, "inLanguage", meta->lang);
  /* "By AP", "By Reuters": a one-word byline is a wire service. */
  if (meta->author != NULL)
    add_typed (builder, "author", strchr (meta->author, ' ') != NULL ? "Person" : "Organization",
               meta->author);
  json_builder_set_member_name (builder, "wordCount");
  json_builder_add_int_value (builder, meta->word_count);
  add_string (builder, "dateModified", modified);
  if (meta->published != NULL)
    {
      g_autofree char *published = format_iso8601 (meta->published);

      add_string (builder, "datePublished", published);
    }
  if (analysis != NULL)
    add_mentions (builder, analysis);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* JSON is text in a <script> element, which ends at the first `</script`
 * and changes state at `<!--`: no '<' may stay literal. '>' and '&' go too,
 * and U+2028/U+2029, which older JavaScript parsers take for line ends.
 * All of these occur only inside JSON strings, where \uXXXX means the same. */
static void
append_script_json (GString    *out,
                    const char *json)
{
  for (const char *p = json; *p != '\0'; p++)
    {
      if (*p == '<' || *p == '>' || *p == '&')
        g_string_append_printf (out, "\\u%04x", (guint) *p);
      else if (p[0] == '\xe2' && p[1] == '\x80' && (p[2] == '\xa8' || p[2] == '\xa9'))
        {
          g_string_append (out, p[2] == '\xa8' ? "\\u2028" : "\\u2029");
          p += 2;
        }
      else
        g_string_append_c (out, *p);
    }
}

void
byline_export_append_json_ld (GString                *out,
                              const BylineExportMeta *meta,
                              BylineAnalysis         *analysis)
{
  g_autoptr(JsonNode) root = build_news_article (meta, analysis);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *json = NULL;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json = json_generator_to_data (generator, NULL);

  g_string_append (out, "<script type=\"application/ld+json\">\n");
  append_script_json (out, json);
  g_string_append (out, "\n</script>\n");
}

/* The date a reader sees: when it was published, or else last changed. */
static GDateTime *
visible_date (const BylineExportMeta *meta)
{
  return meta->published != NULL ? meta->published : meta->modified;
}

static char *
format_visible_date (const BylineExportMeta *meta)
{
  GDateTime *date = visible_date (meta);

  if (!is_english (meta))
    return g_date_time_format (date, "%Y-%m-%d");
  return g_strdup_printf ("%d %s %d", g_date_time_get_day_of_month (date),
                          months[g_date_time_get_month (date) - 1], g_date_time_get_year (date));
}

void
byline_export_append_header (GString                *out,
                             const BylineExportMeta *meta)
{
  g_autofree char *heading = NULL;
  g_autofree char *byline = NULL;
  g_autofree char *date = format_visible_date (meta);
  g_autofree char *machine_date = format_iso8601 (visible_date (meta));

  heading = meta->heading_in_body ? g_strdup ("")
            : meta->heading_html != NULL ? g_strdup (meta->heading_html)
            : g_markup_printf_escaped ("<h1>%s</h1>\n", meta->title);
  if (meta->author != NULL)
    byline = g_markup_printf_escaped ("%s<span class=\"author\">%s</span><span class=\"separator\"> · </span>",
                                      is_english (meta) ? "By " : "", meta->author);
  g_string_append (out, "<header>\n");
  g_string_append (out, heading);
  g_string_append_printf (out, "<p class=\"byline\">%s<time datetime=\"%s\">%s</time></p>\n",
                          byline != NULL ? byline : "", machine_date, date);
  g_string_append (out, "</header>\n");
}
