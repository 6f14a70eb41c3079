/* byline-export.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-export"

#include "byline-export.h"
#include "byline-markdown.h"
#include "byline-source.h"

static const char stylesheet[] =
  ":root{color-scheme:light dark;--fg:#1e1e1e;--bg:#fdfdfc;--muted:#5e5c64;--rule:#d0d0d0}"
  "@media (prefers-color-scheme:dark){:root{--fg:#e8e8e6;--bg:#1e1e1e;--muted:#a0a0a0;--rule:#444}}"
  "body{margin:0;background:var(--bg);color:var(--fg);"
  "font:1.125rem/1.6 Georgia,'Noto Serif','DejaVu Serif',serif}"
  "article{max-width:38rem;margin:3rem auto;padding:0 1.25rem}"
  "h1,h2,h3,h4{font-family:system-ui,'Cantarell',sans-serif;line-height:1.2}"
  ".byline{color:var(--muted);font-family:system-ui,sans-serif}"
  "pre,code{font-family:'DejaVu Sans Mono',monospace;font-size:.9em}"
  "pre{overflow:auto;padding:.75rem;background:rgba(127,127,127,.12)}"
  "blockquote{margin-left:0;padding-left:1rem;border-left:.25rem solid var(--rule)}"
  "img{max-width:100%}"
  "@media print{body{background:#fff;color:#000}article{margin:0;max-width:none}}";

char *
byline_export_html (const char         *text,
                    gsize               len,
                    BylineAnalysis     *analysis,
                    BylineExportFlags   flags,
                    GError            **error)
{
  g_autoptr(GString) out = NULL;
  g_autofree char *body = NULL;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  const char *raw_title;

  g_return_val_if_fail (text != NULL || len == 0, NULL);
  g_return_val_if_fail (analysis == NULL || BYLINE_IS_ANALYSIS (analysis), NULL);

  if (!byline_source_validate (text, len, error))
    return NULL;

  raw_title = analysis != NULL ? byline_analysis_get_title (analysis) : NULL;
  title = g_markup_escape_text (raw_title != NULL ? raw_title : "Untitled article", -1);
  if (analysis != NULL && byline_analysis_get_author (analysis) != NULL)
    author = g_markup_escape_text (byline_analysis_get_author (analysis), -1);
  body = byline_markdown_to_html (text, len, (flags & BYLINE_EXPORT_UNSAFE) != 0);

  out = g_string_sized_new (len * 5 / 4 + 4096);
  g_string_append (out, "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
  g_string_append_printf (out, "<title>%s</title>\n", title);
  if (author != NULL)
    g_string_append_printf (out, "<meta name=\"author\" content=\"%s\">\n", author);
  g_string_append_printf (out, "<style>%s</style>\n</head>\n<body>\n<article>\n", stylesheet);
  if (author != NULL)
    g_string_append_printf (out, "<p class=\"byline\">By %s</p>\n", author);
  g_string_append (out, body);
  g_string_append (out, "</article>\n</body>\n</html>\n");

  return g_string_free (g_steal_pointer (&out), FALSE);
}
