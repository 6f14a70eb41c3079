/* byline-export-private.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cmark.h>

#include "byline-article.h"
#include "byline-export.h"

G_BEGIN_DECLS

/* What the export says about the article besides its body. All text is
 * plain (unescaped) UTF-8; each writer escapes it for its own context. */
typedef struct
{
  char       *title;
  char       *heading_html;  /* (nullable): the <h1> rendered from the headline's Markdown */
  gboolean    heading_in_body; /* the body shows the headline: the header has no <h1> */
  char       *author;
  char       *description;   /* (nullable): from the first paragraph */
  guint       word_count;
  GDateTime  *modified;
  GDateTime  *published;     /* (nullable): the front matter's date */
  const char *lang;
} BylineExportMeta;

void byline_export_meta_clear (BylineExportMeta *meta);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BylineExportMeta, byline_export_meta_clear)

/* byline-export-body.c */

typedef enum
{
  BYLINE_EXPORT_HEADLINE_NONE,     /* the source's blocks hold no headline */
  BYLINE_EXPORT_HEADLINE_LIFTED,   /* moved into the header as @heading */
  BYLINE_EXPORT_HEADLINE_IN_BODY,  /* left in the body, where it is shown */
} BylineExportHeadline;

/* Parses @text and lifts out what the header shows instead (headline, a
 * `By NAME` line) and what is not article text (front matter, furniture),
 * unless @flags has BYLINE_EXPORT_WHOLE_SOURCE. @heading receives the
 * headline block as a detached level-1 heading, or NULL; @headline says
 * what became of the headline; @title receives the plain text of a
 * headline left in the body, or NULL. */
cmark_node *byline_export_body_parse       (const char                *text,
                                            gsize                      len,
                                            const BylineArticle       *article,
                                            BylineExportFlags          flags,
                                            cmark_node               **heading,
                                            BylineExportHeadline      *headline,
                                            char                     **title);
/* Drops links and images whose URL the policy refuses (safe mode) and
 * points local images at the output folder or embeds them. */
void        byline_export_body_filter      (cmark_node                *root,
                                            const BylineExportOptions *options);
char       *byline_export_node_text        (cmark_node                *node);
char       *byline_export_body_description (cmark_node                *root);
guint       byline_export_body_count_words (cmark_node                *root);
int         byline_export_cmark_options    (BylineExportFlags          flags);

/* byline-export-url.c */

/* Whether a link (or, with @image, an image) may point at @url in safe mode. */
gboolean byline_export_url_is_allowed (const char                *url,
                                       gboolean                   image);
/* The URL a local image should have in the output, or NULL to keep @url. */
char    *byline_export_image_url      (const char                *url,
                                       const BylineExportOptions *options);
/* The URL a link to a local file that exists should have in the output,
 * relative to it, or NULL to keep @url. */
char    *byline_export_link_url       (const char                *url,
                                       const BylineExportOptions *options);

/* byline-export-meta.c */

void byline_export_append_head    (GString                *out,
                                   const BylineExportMeta *meta);
void byline_export_append_json_ld (GString                *out,
                                   const BylineExportMeta *meta,
                                   BylineAnalysis         *analysis);
void byline_export_append_header  (GString                *out,
                                   const BylineExportMeta *meta);

G_END_DECLS
