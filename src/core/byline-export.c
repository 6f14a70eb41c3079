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
              const char                *body_title,
              const BylineExportOptions *options)
{
  const char *analysed_title = analysis != NULL ? byline_analysis_get_title (analysis) : NULL;
  const char *analysed_author = analysis != NULL ? byline_analysis_get_author (analysis) : NULL;
  const char *fallback = options->fallback_title != NULL ? options->fallback_title : "Untitled article";

  /* The headline's own Markdown, when it is in the body, says best what it
   * reads as: "AT&amp;T *wins*" is the title "AT&T wins". */
  meta->title = one_line (first_non_empty (heading != NULL ? byline_export_node_text (heading) : NULL,
                                           body_title != NULL ? body_title : "",
                                           analysed_title != NULL ? analysed_title : "",
                                           article->title != NULL ? article->title : "", fallback, NULL));
  if (heading != NULL)
    meta->heading_html = cmark_render_html (heading, byline_export_cmark_options (options->flags));
  meta->author = one_line (first_non_empty (g_strdup (analysed_author),
                                            article->author != NULL ? article->author : "", NULL));
  meta->description = one_line (article->description != NULL && article->description[0] != '\0'
                                ? g_strdup (article->description)
                                : byline_export_body_description (root));
  if (article->published != NULL)
    meta->published = g_date_time_ref (article->published);
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

/* The page without what the analysis adds: everything taken from the
 * source alone, so it can be made while the analysis runs. */
typedef struct
{
  BylineExportOptions   options;
  char                 *source_dir;
  char                 *output_dir;
  BylineArticle        *article;
  cmark_node           *root;
  cmark_node           *heading;
  BylineExportHeadline  headline;
  char                 *body_title;  /* the headline's words when it stays in the body */
  char                 *body;
} Page;

static void
page_clear (Page *page)
{
  g_free (page->source_dir);
  g_free (page->output_dir);
  g_clear_pointer (&page->article, byline_article_free);
  g_clear_pointer (&page->root, cmark_node_free);
  g_clear_pointer (&page->heading, cmark_node_free);
  g_free (page->body_title);
  g_free (page->body);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Page, page_clear)

static gboolean
page_prepare (Page                       *page,
              const char                 *text,
              gsize                       len,
              const BylineExportOptions  *options,
              GError                    **error)
{
  if (!byline_source_validate (text, len, error))
    return FALSE;
  if (text == NULL)
    text = "";

  if (options != NULL)
    page->options = *options;
  page->options.source_dir = page->source_dir = canonical_dir (page->options.source_dir);
  page->options.output_dir = page->output_dir = canonical_dir (page->options.output_dir);

  page->article = byline_article_parse (text, len);
  page->root = byline_export_body_parse (text, len, page->article, page->options.flags,
                                         &page->heading, &page->headline, &page->body_title);
  byline_export_body_filter (page->root, &page->options);
  if (page->heading != NULL)
    byline_export_body_filter (page->heading, &page->options);
  page->body = cmark_render_html (page->root, byline_export_cmark_options (page->options.flags));
  return TRUE;
}

static char *
page_finish (Page           *page,
             BylineAnalysis *analysis)
{
  g_auto(BylineExportMeta) meta = { 0 };

  collect_meta (&meta, page->article, analysis, page->root, page->heading, page->body_title,
                &page->options);
  meta.heading_in_body = page->headline == BYLINE_EXPORT_HEADLINE_IN_BODY;
  return assemble (&meta, analysis, page->body);
}

char *
byline_export_html_full (const char                 *text,
                         gsize                       len,
                         BylineAnalysis             *analysis,
                         const BylineExportOptions  *options,
                         GError                    **error)
{
  g_auto(Page) page = { 0 };

  g_return_val_if_fail (text != NULL || len == 0, NULL);
  g_return_val_if_fail (analysis == NULL || BYLINE_IS_ANALYSIS (analysis), NULL);

  if (!page_prepare (&page, text, len, options, error))
    return NULL;
  return page_finish (&page, analysis);
}

typedef struct
{
  const char     *text;
  gsize           len;
  GCancellable   *cancellable;
  BylineAnalysis *analysis;
  GError         *error;
} Analysing;

static gpointer
analyse_thread (gpointer data)
{
  Analysing *job = data;

  /* The metadata names entities, never quotes. */
  job->analysis = byline_analysis_run_entities (job->text, job->len, job->cancellable, &job->error);
  return NULL;
}

char *
byline_export_html_analysed (const char                 *text,
                             gsize                       len,
                             const BylineExportOptions  *options,
                             GCancellable               *cancellable,
                             GError                    **error)
{
  g_auto(Page) page = { 0 };
  g_autoptr(GError) prepare_error = NULL;
  Analysing job = { text != NULL ? text : "", len, cancellable, NULL, NULL };
  GThread *thread;
  gboolean prepared;
  char *html = NULL;

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  /* The analysis is the long part: the page is made beside it. */
  thread = g_thread_try_new ("byline-analysis", analyse_thread, &job, NULL);
  prepared = page_prepare (&page, text, len, options, &prepare_error);
  if (thread != NULL)
    g_thread_join (thread);
  else
    analyse_thread (&job);

  if (!prepared)
    g_propagate_error (error, g_steal_pointer (&prepare_error));
  else if (job.analysis == NULL)
    g_propagate_error (error, g_steal_pointer (&job.error));
  else
    html = page_finish (&page, job.analysis);

  g_clear_error (&job.error);
  g_clear_object (&job.analysis);
  return html;
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
  g_autoptr(GError) error = NULL;
  gsize len;
  const char *text = g_bytes_get_data (job->text, &len);
  char *html;

  if (text == NULL)
    text = "";
  if ((html = byline_export_html_analysed (text, len, &job->options, cancellable, &error)) == NULL)
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
      /* Filled from the worker thread: not offered here. */
      job->options.missing_images = NULL;
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
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == byline_export_html_async, NULL);
#pragma GCC diagnostic pop

  return g_task_propagate_pointer (G_TASK (result), error);
}
