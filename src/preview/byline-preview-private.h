/* byline-preview-private.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cmark.h>

#include "byline-core.h"
#include "byline-preview.h"

G_BEGIN_DECLS

/* Nesting levels (quotes plus lists) that get an indent of their own. */
#define BYLINE_PREVIEW_MAX_DEPTH 8
/* Left edge of the text and the indent per nesting level, in pixels. */
#define BYLINE_PREVIEW_MARGIN 24
#define BYLINE_PREVIEW_INDENT 26

typedef enum
{
  BYLINE_BLOCK_BODY,
  BYLINE_BLOCK_TITLE,   /* the article's headline */
  BYLINE_BLOCK_HIDDEN,  /* front matter, a repeated headline, page furniture */
} BylineBlockRole;

typedef enum
{
  BYLINE_LINK_LINK,
  BYLINE_LINK_REMOTE_IMAGE,  /* never fetched: its alt text stands in */
  BYLINE_LINK_LOCAL_IMAGE,   /* a child anchor showing the picture */
} BylineLinkKind;

/* A tag over characters of one rendered block, counted from the block's start. */
typedef struct
{
  guint       start;
  guint       end;
  GtkTextTag *tag;
} BylineRun;

/* A link or image inside one rendered block, in characters from the block's start. */
typedef struct
{
  guint           start;
  guint           end;
  BylineLinkKind  kind;
  char           *url;
} BylineLink;

/* One top-level block rendered off-buffer: its text and what to apply to it.
 * A local image stands in @text as U+FFFC and becomes a child anchor. */
typedef struct
{
  GString *text;
  guint    n_chars;
  GArray  *runs;   /* BylineRun */
  GArray  *links;  /* BylineLink, owned */
} BylineRender;

/* What the preview knows of each top-level block of the source. */
typedef struct
{
  gsize   src_start;   /* byte range in the source: see byline_markdown_blocks() */
  gsize   src_end;
  guint   pv_start;    /* character range in the preview buffer */
  guint   pv_chars;    /* with the trailing newline; 0 when hidden */
  guint8  role;        /* BylineBlockRole */
  guint8  kind;        /* cmark_node_type */
  guint8  level;       /* heading level, or 0 */
  guint8  defines;     /* its source has `]:`: it may hold a link reference definition */
  GArray *links;       /* BylineLink, owned; NULL when none */
} BylineBlock;

/* A parse of all or part of the new text: the top-level blocks to render. */
typedef struct
{
  cmark_node *root;
  GPtrArray  *nodes;   /* cmark_node, borrowed from @root */
  GArray     *spans;   /* BylineSpan per node, in bytes of the whole new text */
  GArray     *roles;   /* guint8 per node */
} BylineParsed;

/* Old blocks [old_first, old_last) give way to parsed blocks [new_first,
 * new_last); the blocks after them move by @delta bytes in the source. */
typedef struct
{
  const char         *text;
  const BylineParsed *parsed;
  guint               new_first;
  guint               new_last;
  guint               old_first;
  guint               old_last;
  gssize              delta;
} BylineReplace;

struct _BylinePreview
{
  GtkTextView      parent_instance;

  GArray          *blocks;         /* BylineBlock */
  GString         *source;         /* copy of the text last rendered; NULL before the first */
  BylineLineIndex *index;          /* lines of @source, built when needed */

  /* Following a GtkTextBuffer (byline-preview-source.c) */
  GtkTextBuffer   *followed;
  GString         *mirror;         /* the followed buffer's text, kept in step by its signals */
  BylineLineIndex *mirror_index;
  gsize            dirty_prefix;   /* bytes unchanged since the last update, at the start */
  gsize            dirty_suffix;   /* and at the end of @mirror */
  guint            dirty : 1;
  guint            mirror_lost : 1; /* line breaks GtkTextBuffer counts and we do not (\r, U+2029) */
  guint            defs_hash;      /* byline_markdown_definitions_hash() of @source */
  guint            n_rebuilt;      /* blocks rendered by the last update */
  guint            plain_text : 1; /* the headline of a plain-text article is a title */
  guint            windowed : 1;   /* the last update re-parsed only a window */
  guint            lone_cr : 1;    /* @source has a lone \r: its block spans are off */

  GFile           *base_dir;       /* resolves relative image paths; NULL for untitled */
  GHashTable      *textures;       /* char *path → GdkTexture, or NULL while loading */
  GPtrArray       *pictures;       /* GtkPicture in child anchors, for rescaling */
  GCancellable    *cancellable;
  int              last_width;

  GtkCssProvider  *zoom_css;
  double           zoom;
  int              caret_block;    /* -1 when none */
};

/* byline-preview.c */
GtkTextTag  *byline_preview_tag          (BylinePreview *self,
                                          const char    *name);
GtkTextTag  *byline_preview_depth_tag    (BylinePreview *self,
                                          const char    *prefix,
                                          int            depth);

/* byline-preview-render.c */
void         byline_render_init          (BylineRender  *render);
void         byline_render_clear         (BylineRender  *render);
void         byline_link_clear           (BylineLink    *link);
void         byline_preview_render_block (BylinePreview *self,
                                          cmark_node    *node,
                                          BylineBlockRole role,
                                          BylineRender  *render);
gboolean     byline_preview_uri_is_local (const char    *url);
gboolean     byline_preview_uri_is_clickable (const char *url);

/* What an update knows about the edit: bytes unchanged at the start and at
 * the end of the text (lower bounds; G_MAXSIZE when not known). */
typedef struct
{
  gsize    prefix;
  gsize    suffix;
  gboolean no_cr;   /* the caller knows the text has no \r */
} BylineEdit;

/* byline-preview-update.c */
void         byline_string_free          (GString       *string);
void         byline_preview_update_text  (BylinePreview *self,
                                          const char    *text,
                                          gsize          len,
                                          BylineEdit     edit);
void         byline_block_clear          (BylineBlock   *block);
void         byline_parsed_clear         (BylineParsed  *parsed);
void         byline_parsed_add_children  (BylineParsed  *parsed,
                                          const BylineLineIndex *index,
                                          gsize          from,
                                          gsize          to,
                                          gssize         shift);
const BylineLineIndex *byline_preview_get_index (BylinePreview *self);
gboolean     byline_preview_fix_roles    (BylinePreview *self,
                                          const char    *text,
                                          gsize          len,
                                          BylineParsed  *parsed,
                                          guint          old_first,
                                          guint          old_last);

/* byline-preview-insert.c */
void         byline_preview_replace_blocks (BylinePreview       *self,
                                            const BylineReplace *replace);

/* byline-preview-window.c */
gboolean     byline_preview_parse_window (BylinePreview *self,
                                          const char    *text,
                                          gsize          len,
                                          BylineEdit     edit,
                                          BylineParsed  *parsed,
                                          guint         *old_first,
                                          guint         *old_last);
int          byline_preview_block_at_source (BylinePreview *self,
                                          gsize          offset);
int          byline_preview_block_at_char (BylinePreview *self,
                                          guint          offset);
const BylineLink *byline_preview_link_at (BylinePreview *self,
                                          const GtkTextIter *iter);
/* The link (or, with @image, the image) at @iter, or %NULL. */
const BylineLink *byline_preview_find_link (BylinePreview     *self,
                                            const GtkTextIter *iter,
                                            gboolean           image);

/* byline-preview-source.c */
void         byline_preview_source_dispose (BylinePreview *self);

/* byline-preview-images.c */
GtkWidget   *byline_preview_picture_new  (BylinePreview *self,
                                          const char    *url);
void         byline_preview_rescale_pictures (BylinePreview *self);
void         byline_preview_texture_unref (gpointer      texture);

/* byline-preview-decor.c */
void         byline_preview_snapshot_decor (BylinePreview *self,
                                          GtkSnapshot   *snapshot);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BylineParsed, byline_parsed_clear)

G_END_DECLS
