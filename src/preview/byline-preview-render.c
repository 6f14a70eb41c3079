/* byline-preview-render.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-preview"

#include "config.h"

#include <string.h>

#include "byline-preview-private.h"

/* Renders one top-level cmark block into text plus tag runs, off the buffer.
 * Follows cmark's html.c: one iterator loop, a switch on the node type, a
 * small function per case. Block structure becomes buffer lines: every leaf
 * block ends with a newline; containers become tag ranges over their lines. */

#define HARD_BREAK "\xe2\x80\xa8"   /* U+2028: a new line inside the paragraph */
#define ANCHOR     "\xef\xbf\xbc"   /* U+FFFC: where a child anchor goes */
#define RULE_TEXT  "\xe2\x80\x8b"   /* U+200B: a thematic break is drawn, not written */

typedef struct
{
  int      next;      /* next item number, or -1 in a bullet list */
  char     delim;
  gboolean tight;
} ListState;

typedef struct
{
  guint       start;
  GtkTextTag *tag;
} OpenRun;

typedef struct
{
  BylinePreview  *self;
  BylineRender   *out;
  BylineBlockRole role;
  GArray         *open;         /* OpenRun: containers and inlines not yet closed */
  GArray         *lists;        /* ListState */
  int             depth;        /* quotes plus lists */
  int             quote_depth;
  char           *marker;       /* the list marker the next leaf begins with */
  guint           leaf_start;   /* where the current leaf block began */
  gboolean        leaf_marked;  /* it begins with a list marker */
  guint           line_start;   /* start of the line being written */
  guint           last_line;    /* start of the last line finished */
  int             image_depth;  /* > 0 inside an image: text is alt text */
  GString        *alt;
} Renderer;

void
byline_render_init (BylineRender *render)
{
  render->text = g_string_new (NULL);
  render->n_chars = 0;
  render->runs = g_array_new (FALSE, FALSE, sizeof (BylineRun));
  render->links = g_array_new (FALSE, FALSE, sizeof (BylineLink));
  g_array_set_clear_func (render->links, (GDestroyNotify) byline_link_clear);
}

void
byline_render_clear (BylineRender *render)
{
  if (render->text != NULL)
    g_string_free (render->text, TRUE);
  render->text = NULL;
  g_clear_pointer (&render->runs, g_array_unref);
  g_clear_pointer (&render->links, g_array_unref);
}

void
byline_link_clear (BylineLink *link)
{
  g_clear_pointer (&link->url, g_free);
}

gboolean
byline_preview_uri_is_local (const char *url)
{
  g_autofree char *scheme = g_uri_parse_scheme (url);

  if (url == NULL || *url == '\0' || g_str_has_prefix (url, "//"))
    return FALSE;
  return scheme == NULL || g_ascii_strcasecmp (scheme, "file") == 0;
}

static void
append (Renderer   *r,
        const char *text,
        gssize      len)
{
  const char *nl;

  if (text == NULL)
    return;
  if (len < 0)
    len = strlen (text);
  if (r->image_depth > 0)
    {
      g_string_append_len (r->alt, text, len);
      return;
    }
  /* Remember where the last line starts: spacing tags go on it. */
  nl = memrchr (text, '\n', len);
  if (nl != NULL)
    r->line_start = r->out->n_chars + g_utf8_strlen (text, nl - text + 1);
  g_string_append_len (r->out->text, text, len);
  r->out->n_chars += g_utf8_strlen (text, len);
}

static void
add_run (Renderer   *r,
         guint       start,
         GtkTextTag *tag)
{
  BylineRun run = { start, r->out->n_chars, tag };

  if (run.end > run.start)
    g_array_append_val (r->out->runs, run);
}

static void
open_run (Renderer   *r,
          GtkTextTag *tag)
{
  OpenRun open = { r->out->n_chars, tag };

  g_array_append_val (r->open, open);
}

static void
close_run (Renderer *r)
{
  OpenRun *open = &g_array_index (r->open, OpenRun, r->open->len - 1);

  add_run (r, open->start, open->tag);
  g_array_set_size (r->open, r->open->len - 1);
}

static gboolean
in_tight_list (Renderer *r)
{
  return r->lists->len > 0 && g_array_index (r->lists, ListState, r->lists->len - 1).tight;
}

/* A leaf block starts: the pending list marker goes first, on its line. */
static void
begin_leaf (Renderer *r)
{
  r->leaf_start = r->out->n_chars;
  r->leaf_marked = r->marker != NULL;
  if (r->marker != NULL)
    {
      guint start = r->out->n_chars;

      append (r, r->marker, -1);
      add_run (r, start, byline_preview_tag (r->self, "marker"));
      g_clear_pointer (&r->marker, g_free);
    }
}

/* A leaf block ends with a newline; its last line carries the spacing below. */
static void
end_leaf (Renderer *r)
{
  r->last_line = r->line_start;
  append (r, "\n", 1);
  add_run (r, r->last_line, byline_preview_tag (r->self, in_tight_list (r) ? "gap-tight" : "gap"));
}

static void
render_literal_block (Renderer   *r,
                      cmark_node *node,
                      const char *tag_name)
{
  const char *literal = cmark_node_get_literal (node);
  gsize len = literal != NULL ? strlen (literal) : 0;
  guint start;

  while (len > 0 && literal[len - 1] == '\n')
    len--;
  begin_leaf (r);
  start = r->out->n_chars;
  append (r, literal, len);
  add_run (r, start, byline_preview_tag (r->self, tag_name));
  end_leaf (r);
}

static void
render_thematic_break (Renderer *r)
{
  guint start;

  begin_leaf (r);
  start = r->out->n_chars;
  append (r, RULE_TEXT, -1);
  add_run (r, start, byline_preview_tag (r->self, "rule"));
  end_leaf (r);
}

static GtkTextTag *
heading_tag (Renderer   *r,
             cmark_node *node)
{
  if (r->role == BYLINE_BLOCK_TITLE && r->depth == 0)
    return byline_preview_tag (r->self, "title");
  return byline_preview_depth_tag (r->self, "h", cmark_node_get_heading_level (node));
}

static void
render_text_block (Renderer        *r,
                   cmark_node      *node,
                   cmark_event_type ev)
{
  gboolean heading = cmark_node_get_type (node) == CMARK_NODE_HEADING;
  gboolean title = r->role == BYLINE_BLOCK_TITLE && r->depth == 0;

  if (ev == CMARK_EVENT_ENTER)
    {
      begin_leaf (r);
      if (heading || title)
        open_run (r, heading_tag (r, node));
      return;
    }
  if (heading || title)
    close_run (r);
  end_leaf (r);
  /* After its marker a paragraph hangs: wrapped lines align with its text. The
   * run takes the line break too, so the items of a list make a single run. */
  if (r->leaf_marked)
    add_run (r, r->leaf_start, byline_preview_tag (r->self, "hang"));
}

static void
render_quote (Renderer        *r,
              cmark_event_type ev)
{
  if (ev == CMARK_EVENT_ENTER)
    {
      r->depth++;
      r->quote_depth++;
      open_run (r, byline_preview_depth_tag (r->self, "indent", r->depth));
      open_run (r, byline_preview_depth_tag (r->self, "quote", r->quote_depth));
      open_run (r, byline_preview_depth_tag (r->self, "quote-at", r->depth));
      return;
    }
  close_run (r);
  close_run (r);
  close_run (r);
  r->depth--;
  r->quote_depth--;
}

static void
render_list (Renderer        *r,
             cmark_node      *node,
             cmark_event_type ev)
{
  ListState state;

  if (ev == CMARK_EVENT_EXIT)
    {
      close_run (r);
      g_array_set_size (r->lists, r->lists->len - 1);
      r->depth--;
      return;
    }
  state.next = cmark_node_get_list_type (node) == CMARK_ORDERED_LIST ? cmark_node_get_list_start (node) : -1;
  state.delim = cmark_node_get_list_delim (node) == CMARK_PAREN_DELIM ? ')' : '.';
  state.tight = cmark_node_get_list_tight (node);
  g_array_append_val (r->lists, state);
  r->depth++;
  open_run (r, byline_preview_depth_tag (r->self, "indent", r->depth));
}

static void
render_item (Renderer        *r,
             cmark_event_type ev)
{
  static const char * const bullets[] = { "•", "◦", "▪" };
  ListState *list = &g_array_index (r->lists, ListState, r->lists->len - 1);

  if (ev == CMARK_EVENT_ENTER)
    {
      g_free (r->marker);
      if (list->next < 0)
        r->marker = g_strdup_printf ("%s\xe2\x80\x82", bullets[(r->lists->len - 1) % 3]);
      else
        r->marker = g_strdup_printf ("%d%c\xe2\x80\x82", list->next++, list->delim);
      return;
    }
  /* An empty item still shows its marker, on a line of its own. */
  if (r->marker != NULL)
    {
      begin_leaf (r);
      end_leaf (r);
    }
}

static void
add_link (Renderer       *r,
          guint           start,
          BylineLinkKind  kind,
          const char     *url)
{
  BylineLink link = { start, r->out->n_chars, kind, g_strdup (url ? url : "") };

  g_array_append_val (r->out->links, link);
}

gboolean
byline_preview_uri_is_clickable (const char *url)
{
  g_autofree char *scheme = g_uri_parse_scheme (url);

  return scheme != NULL && (g_ascii_strcasecmp (scheme, "http") == 0
                            || g_ascii_strcasecmp (scheme, "https") == 0
                            || g_ascii_strcasecmp (scheme, "mailto") == 0);
}

static void
render_link (Renderer        *r,
             cmark_node      *node,
             cmark_event_type ev)
{
  const char *url = cmark_node_get_url (node);
  OpenRun *open;

  if (ev == CMARK_EVENT_ENTER)
    {
      open_run (r, byline_preview_tag (r->self, byline_preview_uri_is_clickable (url) ? "link" : "link-inert"));
      return;
    }
  open = &g_array_index (r->open, OpenRun, r->open->len - 1);
  add_link (r, open->start, BYLINE_LINK_LINK, url);
  close_run (r);
}

static void
render_image (Renderer        *r,
              cmark_node      *node,
              cmark_event_type ev)
{
  const char *url = cmark_node_get_url (node);
  g_autofree char *alt = NULL;
  guint start;

  if (ev == CMARK_EVENT_ENTER)
    {
      if (r->image_depth++ == 0)
        g_string_truncate (r->alt, 0);
      return;
    }
  if (--r->image_depth > 0)
    return;
  alt = g_strdup (r->alt->str);
  start = r->out->n_chars;
  if (byline_preview_uri_is_local (url) && r->self->base_dir != NULL)
    {
      append (r, ANCHOR, -1);
      add_run (r, start, byline_preview_tag (r->self, "picture"));
      add_link (r, start, BYLINE_LINK_LOCAL_IMAGE, url);
      return;
    }
  /* Remote images are never fetched: the alt text stands in. */
  append (r, "\xe2\x96\xa3\xc2\xa0", -1);  /* U+25A3 and a no-break space */
  append (r, *alt ? alt : "image", -1);
  add_run (r, start, byline_preview_tag (r->self, "image"));
  add_link (r, start, BYLINE_LINK_REMOTE_IMAGE, url);
}

static void
render_inline_literal (Renderer   *r,
                       cmark_node *node,
                       const char *tag_name)
{
  guint start = r->out->n_chars;

  append (r, cmark_node_get_literal (node), -1);
  if (r->image_depth == 0)
    add_run (r, start, byline_preview_tag (r->self, tag_name));
}

static void
render_span (Renderer        *r,
             const char      *tag_name,
             cmark_event_type ev)
{
  if (r->image_depth > 0)
    return;
  if (ev == CMARK_EVENT_ENTER)
    open_run (r, byline_preview_tag (r->self, tag_name));
  else
    close_run (r);
}

static gboolean
render_inline (Renderer        *r,
               cmark_node      *node,
               cmark_event_type ev)
{
  switch (cmark_node_get_type (node))
    {
    case CMARK_NODE_TEXT:
      append (r, cmark_node_get_literal (node), -1);
      return TRUE;
    case CMARK_NODE_SOFTBREAK:
      append (r, " ", 1);
      return TRUE;
    case CMARK_NODE_LINEBREAK:
      append (r, r->image_depth > 0 ? " " : HARD_BREAK, -1);
      return TRUE;
    case CMARK_NODE_CODE:
      render_inline_literal (r, node, "code");
      return TRUE;
    case CMARK_NODE_HTML_INLINE:
      render_inline_literal (r, node, "html");
      return TRUE;
    case CMARK_NODE_EMPH:
      render_span (r, "emph", ev);
      return TRUE;
    case CMARK_NODE_STRONG:
      render_span (r, "strong", ev);
      return TRUE;
    case CMARK_NODE_LINK:
      if (r->image_depth == 0)
        render_link (r, node, ev);
      return TRUE;
    case CMARK_NODE_IMAGE:
      render_image (r, node, ev);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
render_node (Renderer        *r,
             cmark_node      *node,
             cmark_event_type ev)
{
  if (render_inline (r, node, ev))
    return;
  switch (cmark_node_get_type (node))
    {
    case CMARK_NODE_PARAGRAPH:
    case CMARK_NODE_HEADING:
      render_text_block (r, node, ev);
      break;
    case CMARK_NODE_BLOCK_QUOTE:
      render_quote (r, ev);
      break;
    case CMARK_NODE_LIST:
      render_list (r, node, ev);
      break;
    case CMARK_NODE_ITEM:
      render_item (r, ev);
      break;
    case CMARK_NODE_CODE_BLOCK:
      render_literal_block (r, node, "codeblock");
      break;
    case CMARK_NODE_HTML_BLOCK:
      render_literal_block (r, node, "html-block");
      break;
    case CMARK_NODE_THEMATIC_BREAK:
      render_thematic_break (r);
      break;
    default:
      break;
    }
}

void
byline_preview_render_block (BylinePreview   *self,
                             cmark_node      *node,
                             BylineBlockRole  role,
                             BylineRender    *render)
{
  Renderer r = { self, render, role };
  cmark_iter *iter;
  cmark_event_type ev;

  if (role == BYLINE_BLOCK_HIDDEN)
    return;

  r.open = g_array_new (FALSE, FALSE, sizeof (OpenRun));
  r.lists = g_array_new (FALSE, FALSE, sizeof (ListState));
  r.alt = g_string_new (NULL);
  iter = cmark_iter_new (node);
  while ((ev = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    render_node (&r, cmark_iter_get_node (iter), ev);
  cmark_iter_free (iter);

  /* The block's last line gets the full gap, even at the end of a tight list. */
  if (render->n_chars > 0)
    add_run (&r, r.last_line, byline_preview_tag (self, "gap"));

  g_assert (r.open->len == 0);
  g_array_unref (r.open);
  g_array_unref (r.lists);
  g_string_free (r.alt, TRUE);
  g_free (r.marker);
}
