/* byline-preview.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-preview"

#include <cmark.h>
#include <string.h>

#include "byline-preview.h"

#define MAX_DEPTH 6

struct _BylinePreview
{
  GtkTextView    parent_instance;

  /* Render state, valid only during byline_preview_set_markdown(). */
  GPtrArray     *open_tags;   /* GtkTextTag: every tag open at this point */
  GArray        *lists;       /* int: the next item number, or -1 in a bullet list */
  gboolean       item_start;  /* the next block is the first of a list item */
  int            quote_depth;
};

G_DEFINE_FINAL_TYPE (BylinePreview, byline_preview, GTK_TYPE_TEXT_VIEW)

static GtkTextTag *
tag (BylinePreview *self,
     const char    *name)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)));
  GtkTextTag *found = gtk_text_tag_table_lookup (table, name);

  g_assert (found != NULL);
  return found;
}

static GtkTextTag *
depth_tag (BylinePreview *self,
           const char    *prefix,
           int            depth)
{
  char name[32];

  g_snprintf (name, sizeof name, "%s%d", prefix, CLAMP (depth, 1, MAX_DEPTH));
  return tag (self, name);
}

static void
create_tags (GtkTextBuffer *buffer)
{
  static const double heading_scale[] = { 2.0, 1.6, 1.35, 1.2, 1.1, 1.0 };
  char name[32];

  gtk_text_buffer_create_tag (buffer, "block", "pixels-below-lines", 10, NULL);
  for (int i = 0; i < 6; i++)
    {
      g_snprintf (name, sizeof name, "h%d", i + 1);
      gtk_text_buffer_create_tag (buffer, name, "weight", i < 5 ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_SEMIBOLD,
                                  "scale", heading_scale[i], "pixels-above-lines", 8, NULL);
    }
  for (int i = 1; i <= MAX_DEPTH; i++)
    {
      g_snprintf (name, sizeof name, "quote%d", i);
      gtk_text_buffer_create_tag (buffer, name, "left-margin", 24 * i, "style", PANGO_STYLE_ITALIC,
                                  "foreground", "#77767b", NULL);
      g_snprintf (name, sizeof name, "list%d", i);
      gtk_text_buffer_create_tag (buffer, name, "left-margin", 20 * i, NULL);
    }
  gtk_text_buffer_create_tag (buffer, "emph", "style", PANGO_STYLE_ITALIC, NULL);
  gtk_text_buffer_create_tag (buffer, "strong", "weight", PANGO_WEIGHT_BOLD, NULL);
  gtk_text_buffer_create_tag (buffer, "code", "family", "monospace",
                              "background", "rgba(127,127,127,0.18)", NULL);
  gtk_text_buffer_create_tag (buffer, "codeblock", "family", "monospace", "wrap-mode", GTK_WRAP_NONE,
                              "paragraph-background", "rgba(127,127,127,0.14)", "left-margin", 12, NULL);
  gtk_text_buffer_create_tag (buffer, "html", "family", "monospace", "foreground", "#9a9996", NULL);
  gtk_text_buffer_create_tag (buffer, "link", "underline", PANGO_UNDERLINE_SINGLE,
                              "foreground", "#3584e4", NULL);
  gtk_text_buffer_create_tag (buffer, "image", "foreground", "#9a9996", "style", PANGO_STYLE_ITALIC, NULL);
  gtk_text_buffer_create_tag (buffer, "rule", "foreground", "#c0bfbc", "justification", GTK_JUSTIFY_CENTER,
                              NULL);
}

static void
insert (BylinePreview *self,
        const char    *text,
        GtkTextTag    *extra)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter start, end;
  int offset;

  if (text == NULL || *text == '\0')
    return;

  gtk_text_buffer_get_end_iter (buffer, &end);
  offset = gtk_text_iter_get_offset (&end);
  gtk_text_buffer_insert (buffer, &end, text, -1);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, offset);
  for (guint i = 0; i < self->open_tags->len; i++)
    gtk_text_buffer_apply_tag (buffer, g_ptr_array_index (self->open_tags, i), &start, &end);
  if (extra != NULL)
    gtk_text_buffer_apply_tag (buffer, extra, &start, &end);
}

/* Every block after the first starts on a line of its own. */
static void
begin_block (BylinePreview *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));

  if (self->item_start)
    {
      self->item_start = FALSE;
      return;
    }
  if (gtk_text_buffer_get_char_count (buffer) > 0)
    insert (self, "\n", NULL);
}

static void
push (BylinePreview *self,
      GtkTextTag    *text_tag)
{
  g_ptr_array_add (self->open_tags, text_tag);
}

static void
pop (BylinePreview *self)
{
  g_ptr_array_set_size (self->open_tags, self->open_tags->len - 1);
}

static void
render_item (BylinePreview *self)
{
  int *next = &g_array_index (self->lists, int, self->lists->len - 1);
  g_autofree char *marker = NULL;

  begin_block (self);
  if (*next < 0)
    marker = g_strdup ("•  ");
  else
    marker = g_strdup_printf ("%d.  ", (*next)++);
  insert (self, marker, NULL);
  self->item_start = TRUE;
}

static void
render_literal_block (BylinePreview *self,
                      cmark_node    *node,
                      GtkTextTag    *block_tag)
{
  g_autofree char *literal = g_strdup (cmark_node_get_literal (node));
  gsize len = strlen (literal);

  while (len > 0 && literal[len - 1] == '\n')
    literal[--len] = '\0';
  begin_block (self);
  insert (self, literal, block_tag);
}

static void
render_container (BylinePreview  *self,
                  cmark_node     *node,
                  cmark_event_type ev)
{
  gboolean enter = ev == CMARK_EVENT_ENTER;

  switch (cmark_node_get_type (node))
    {
    case CMARK_NODE_PARAGRAPH:
      if (enter)
        begin_block (self);
      break;
    case CMARK_NODE_HEADING:
      if (enter)
        begin_block (self), push (self, depth_tag (self, "h", cmark_node_get_heading_level (node)));
      else
        pop (self);
      break;
    case CMARK_NODE_BLOCK_QUOTE:
      if (enter)
        push (self, depth_tag (self, "quote", ++self->quote_depth));
      else
        pop (self), self->quote_depth--;
      break;
    case CMARK_NODE_LIST:
      if (enter)
        {
          int start = cmark_node_get_list_type (node) == CMARK_ORDERED_LIST
                      ? cmark_node_get_list_start (node) : -1;

          g_array_append_val (self->lists, start);
          push (self, depth_tag (self, "list", self->lists->len));
        }
      else
        {
          g_array_set_size (self->lists, self->lists->len - 1);
          pop (self);
        }
      break;
    case CMARK_NODE_ITEM:
      if (enter)
        render_item (self);
      break;
    case CMARK_NODE_EMPH:
    case CMARK_NODE_STRONG:
    case CMARK_NODE_LINK:
    case CMARK_NODE_IMAGE:
      if (!enter)
        pop (self);
      else if (cmark_node_get_type (node) == CMARK_NODE_IMAGE)
        push (self, tag (self, "image")), insert (self, "[image: ", NULL);
      else
        push (self, tag (self, cmark_node_get_type (node) == CMARK_NODE_EMPH ? "emph"
                               : cmark_node_get_type (node) == CMARK_NODE_STRONG ? "strong" : "link"));
      if (!enter && cmark_node_get_type (node) == CMARK_NODE_IMAGE)
        insert (self, "]", tag (self, "image"));
      break;
    default:
      break;
    }
}

static void
render_leaf (BylinePreview *self,
             cmark_node    *node)
{
  switch (cmark_node_get_type (node))
    {
    case CMARK_NODE_TEXT:
      insert (self, cmark_node_get_literal (node), NULL);
      break;
    case CMARK_NODE_SOFTBREAK:
      insert (self, " ", NULL);
      break;
    case CMARK_NODE_LINEBREAK:
      insert (self, "\n", NULL);
      break;
    case CMARK_NODE_CODE:
      insert (self, cmark_node_get_literal (node), tag (self, "code"));
      break;
    case CMARK_NODE_HTML_INLINE:
      insert (self, cmark_node_get_literal (node), tag (self, "html"));
      break;
    case CMARK_NODE_CODE_BLOCK:
      render_literal_block (self, node, tag (self, "codeblock"));
      break;
    case CMARK_NODE_HTML_BLOCK:
      render_literal_block (self, node, tag (self, "html"));
      break;
    case CMARK_NODE_THEMATIC_BREAK:
      begin_block (self);
      insert (self, "⁂", tag (self, "rule"));
      break;
    default:
      break;
    }
}

static gboolean
is_leaf (cmark_node *node)
{
  switch (cmark_node_get_type (node))
    {
    case CMARK_NODE_TEXT:
    case CMARK_NODE_SOFTBREAK:
    case CMARK_NODE_LINEBREAK:
    case CMARK_NODE_CODE:
    case CMARK_NODE_HTML_INLINE:
    case CMARK_NODE_CODE_BLOCK:
    case CMARK_NODE_HTML_BLOCK:
    case CMARK_NODE_THEMATIC_BREAK:
      return TRUE;
    default:
      return FALSE;
    }
}

static void
byline_preview_finalize (GObject *object)
{
  BylinePreview *self = BYLINE_PREVIEW (object);

  g_clear_pointer (&self->open_tags, g_ptr_array_unref);
  g_clear_pointer (&self->lists, g_array_unref);

  G_OBJECT_CLASS (byline_preview_parent_class)->finalize (object);
}

static void
byline_preview_class_init (BylinePreviewClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = byline_preview_finalize;

  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "textview");
}

static void
byline_preview_init (BylinePreview *self)
{
  self->open_tags = g_ptr_array_new ();
  self->lists = g_array_new (FALSE, FALSE, sizeof (int));

  create_tags (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)));
  gtk_widget_add_css_class (GTK_WIDGET (self), "preview");
  gtk_text_view_set_editable (GTK_TEXT_VIEW (self), FALSE);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (self), FALSE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self), 24);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self), 24);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self), 18);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self), 18);
  gtk_text_view_set_pixels_below_lines (GTK_TEXT_VIEW (self), 10);
}

GtkWidget *
byline_preview_new (void)
{
  return g_object_new (BYLINE_TYPE_PREVIEW, NULL);
}

void
byline_preview_set_markdown (BylinePreview *self,
                             const char    *text,
                             gsize          len)
{
  GtkTextBuffer *buffer;
  cmark_node *root;
  cmark_iter *iter;
  cmark_event_type ev;

  g_return_if_fail (BYLINE_IS_PREVIEW (self));

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  gtk_text_buffer_set_text (buffer, "", 0);
  g_ptr_array_set_size (self->open_tags, 0);
  g_array_set_size (self->lists, 0);
  self->item_start = FALSE;
  self->quote_depth = 0;

  root = cmark_parse_document (text, len, CMARK_OPT_VALIDATE_UTF8);
  iter = cmark_iter_new (root);
  while ((ev = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);

      if (cmark_node_get_type (node) == CMARK_NODE_DOCUMENT)
        continue;
      /* cmark's iterator gives leaves a single ENTER and containers an ENTER and an EXIT. */
      if (is_leaf (node))
        render_leaf (self, node);
      else
        render_container (self, node, ev);
    }
  cmark_iter_free (iter);
  cmark_node_free (root);
}
