/* byline-export.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-export"

#include <string.h>

#include "byline-markdown.h"
#include "byline-export.h"
#include "byline-source.h"
#include "export/byline-export-private.h"

/* A deep copy of BylineExportOptions, for the worker thread. */
typedef struct
{
  GBytes              *text;
  BylineExportOptions  options;
  char                *source_dir;
  char                *output_dir;
  char                *fallback_title;
  char                *lang;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_bytes_unref (job->text);
  g_free (job->source_dir);
  g_free (job->output_dir);
  g_free (job->fallback_title);
  g_free (job->lang);
  g_clear_pointer (&job->options.modified, g_date_time_unref);
  g_free (job);
}

/* Folders the image paths are resolved against must be absolute and canonical. */
static char *
canonical_dir (const char *dir)
{
  return dir != NULL ? g_canonicalize_filename (dir, NULL) : NULL;
}

/* Takes @candidate and returns it when it is not empty; otherwise frees it
 * and returns a copy of the first non-empty string of the rest, or NULL. */
static char *
first_non_empty (char *candidate,
                 ...) G_GNUC_NULL_TERMINATED;

static char *
first_non_empty (char *candidate,
                 ...)
{
  va_list args;
  const char *next;

  if (candidate != NULL && candidate[0] != '\0')
    return candidate;
  g_free (candidate);
  va_start (args, candidate);
  while ((next = va_arg (args, const char *)) != NULL && next[0] == '\0')
    ;
  va_end (args);
  return g_strdup (next);
}

/* Metadata is one line of text: control characters, which no HTML
 * attribute or <title> may carry even as references, become spaces. */
static char *
one_line (char *text)
{
  for (char *p = text; p != NULL && *p != '\0'; p++)
    if ((guchar) *p < 0x20 || *p == 0x7f)
      *p = ' ';
  return text;
}

static void
collect_meta (BylineExportMeta          *meta,
              const BylineArticle       *article,
              BylineAnalysis            *analysis,
              cmark_node                *root,
              cmark_node                *heading,
              const BylineExportOptions *options)
{
  const char *analysed_title = analysis != NULL ? byline_analysis_get_title (analysis) : NULL;
  const char *analysed_author = analysis != NULL ? byline_analysis_get_author (analysis) : NULL;
  const char *fallback = options->fallback_title != NULL ? options->fallback_title : "Untitled article";

  /* The headline's own Markdown, when it is in the body, says best what it
   * reads as: "AT&amp;T *wins*" is the title "AT&T wins". */
  meta->title = one_line (first_non_empty (heading != NULL ? byline_export_node_text (heading) : NULL,
                                           analysed_title != NULL ? analysed_title : "",
                                           article->title != NULL ? article->title : "", fallback, NULL));
  if (heading != NULL)
    meta->heading_html = cmark_render_html (heading, byline_export_cmark_options (options->flags));
  meta->author = one_line (first_non_empty (g_strdup (analysed_author),
                                            article->author != NULL ? article->author : "", NULL));
  meta->description = one_line (byline_export_body_description (root));
  meta->word_count = analysis != NULL ? byline_analysis_get_word_count (analysis)
                                      : byline_export_body_count_words (root);
  meta->modified = options->modified != NULL ? g_date_time_ref (options->modified)
                                             : g_date_time_new_now_utc ();
  /* Interned: the article is freed before the page is assembled. */
  meta->lang = options->lang != NULL ? options->lang
               : article->lang != NULL ? g_intern_string (article->lang) : "en";
}

static char *
assemble (const BylineExportMeta *meta,
          BylineAnalysis         *analysis,
          const char             *body)
{
  GString *out = g_string_sized_new (strlen (body) + 16384);

  byline_export_append_head (out, meta);
  byline_export_append_json_ld (out, meta, analysis);
  g_string_append (out, "</head>\n<body>\n<article>\n");
  byline_export_append_header (out, meta);
  g_string_append (out, "<div class=\"article-body\">\n");
  g_string_append (out, body);
  g_string_append (out, "</div>\n</article>\n</body>\n</html>\n");

  return g_string_free (out, FALSE);
}

char *
byline_export_html_full (const char                 *text,
                         gsize                       len,
                         BylineAnalysis             *analysis,
                         const BylineExportOptions  *options,
                         GError                    **error)
{
  g_auto(BylineExportMeta) meta = { 0 };
  g_autoptr(BylineArticle) article = NULL;
  g_autoptr(cmark_node) root = NULL;
  g_autoptr(cmark_node) heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *source_dir = NULL;
  g_autofree char *output_dir = NULL;
  BylineExportOptions resolved = { 0 };
  BylineExportHeadline headline;

  g_return_val_if_fail (text != NULL || len == 0, NULL);
  g_return_val_if_fail (analysis == NULL || BYLINE_IS_ANALYSIS (analysis), NULL);

  if (!byline_source_validate (text, len, error))
    return NULL;
  if (text == NULL)
    text = "";

  if (options != NULL)
    resolved = *options;
  resolved.source_dir = source_dir = canonical_dir (resolved.source_dir);
  resolved.output_dir = output_dir = canonical_dir (resolved.output_dir);

  article = byline_article_parse (text, len);
  root = byline_export_body_parse (text, len, article, resolved.flags, &heading, &headline);
  byline_export_body_filter (root, &resolved);
  if (heading != NULL)
    byline_export_body_filter (heading, &resolved);
  collect_meta (&meta, article, analysis, root, heading, &resolved);
  meta.heading_in_body = headline == BYLINE_EXPORT_HEADLINE_IN_BODY;
  body = cmark_render_html (root, byline_export_cmark_options (resolved.flags));

  return assemble (&meta, analysis, body);
}

char *
byline_export_html (const char         *text,
                    gsize               len,
                    BylineAnalysis     *analysis,
                    BylineExportFlags   flags,
                    GError            **error)
{
  BylineExportOptions options = { .flags = flags };

  return byline_export_html_full (text, len, analysis, &options, error);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(BylineAnalysis) analysis = NULL;
  g_autoptr(GError) error = NULL;
  gsize len;
  const char *text = g_bytes_get_data (job->text, &len);
  char *html;

  if (text == NULL)
    text = "";
  if ((analysis = byline_analysis_run (text, len, cancellable, &error)) == NULL
      || (html = byline_export_html_full (text, len, analysis, &job->options, &error)) == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, g_bytes_new_take (html, strlen (html)), (GDestroyNotify) g_bytes_unref);
}

void
byline_export_html_async (GBytes                    *text,
                          const BylineExportOptions *options,
                          GCancellable              *cancellable,
                          GAsyncReadyCallback        callback,
                          gpointer                   user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job = g_new0 (ExportJob, 1);

  g_return_if_fail (text != NULL);

  job->text = g_bytes_ref (text);
  if (options != NULL)
    {
      job->options = *options;
      job->options.source_dir = job->source_dir = g_strdup (options->source_dir);
      job->options.output_dir = job->output_dir = g_strdup (options->output_dir);
      job->options.fallback_title = job->fallback_title = g_strdup (options->fallback_title);
      job->options.lang = job->lang = g_strdup (options->lang);
      if (options->modified != NULL)
        job->options.modified = g_date_time_ref (options->modified);
    }

  task = g_task_new (NULL, cancellable, callback, user_data);
  /* GLib's idiom stores a function pointer as a gpointer, which ISO C frowns on. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
  g_task_set_source_tag (task, byline_export_html_async);
#pragma GCC diagnostic pop
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_thread);
}

GBytes *
byline_export_html_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == byline_export_html_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
