/* byline-preview-update.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-preview"

#include "config.h"

#include <string.h>

#include "byline-preview-private.h"

/* Incremental updates. Each top-level block knows its source byte range and
 * its character range in the buffer. After a re-parse, blocks whose source
 * bytes (and role) are unchanged are kept, wherever they moved; only the run
 * of changed blocks between the unchanged head and tail is deleted from the
 * buffer and rendered again. A change to a link reference definition can
 * change any block, so it rebuilds everything. */

/* Articles up to this size get the full article analysis for their title
 * and furniture; longer documents only have their head looked at. */
#define ARTICLE_FULL_PARSE_MAX (256 * 1024)
#define ARTICLE_HEAD_BYTES     (8 * 1024)

typedef struct
{
  const char *text;
  gsize       len;
  cmark_node *root;
  GArray     *spans;   /* BylineSpan, one per top-level block */
  GArray     *roles;   /* guint8 */
  guint       defs_hash;
} Parsed;

void
byline_block_clear (BylineBlock *block)
{
  g_clear_pointer (&block->links, g_array_unref);
}

static BylineArticle *
parse_article (const char *text,
               gsize       len,
               gsize      *scanned)
{
  const char *nl;

  if (len <= ARTICLE_FULL_PARSE_MAX)
    {
      *scanned = len;
      return byline_article_parse (text, len);
    }
  /* Cut the head at a line break; spans in its last line may be cut short. */
  nl = memrchr (text, '\n', ARTICLE_HEAD_BYTES);
  *scanned = nl != NULL ? (gsize) (nl - text) : 0;
  return byline_article_parse (text, *scanned);
}

static gboolean
span_is_ignored (const char          *text,
                 const BylineArticle *article,
                 gsize                scanned,
                 const BylineSpan    *span)
{
  gsize end = span->end;

  /* A block is hidden when its text, line break aside, is inside one range. */
  while (end > span->start && (text[end - 1] == '\n' || text[end - 1] == '\r'))
    end--;
  for (guint i = 0; i < article->ignored->len; i++)
    {
      const BylineSpan *ignored = &g_array_index (article->ignored, BylineSpan, i);

      if (ignored->end < scanned && span->start >= ignored->start && end <= ignored->end)
        return TRUE;
    }
  return FALSE;
}

static GArray *
compute_roles (const char   *text,
               gsize         len,
               const GArray *spans)
{
  GArray *roles = g_array_sized_new (FALSE, TRUE, sizeof (guint8), spans->len);
  gsize scanned;
  g_autoptr(BylineArticle) article = parse_article (text, len, &scanned);
  gboolean title_done = FALSE;

  g_array_set_size (roles, spans->len);
  for (guint i = 0; i < spans->len; i++)
    {
      const BylineSpan *span = &g_array_index (spans, BylineSpan, i);
      guint8 *role = &g_array_index (roles, guint8, i);

      if (span->start >= scanned)
        break;
      if (span_is_ignored (text, article, scanned, span))
        *role = BYLINE_BLOCK_HIDDEN;
      else if (!title_done && article->title_span.end > article->title_span.start
               && article->title_span.start >= span->start && article->title_span.end <= span->end)
        *role = BYLINE_BLOCK_TITLE;
      if (*role != BYLINE_BLOCK_HIDDEN)
        title_done = TRUE;
    }
  return roles;
}

static void
parse (Parsed     *parsed,
       const char *text,
       gsize       len,
       BylineLineIndex **index)
{
  parsed->text = text;
  parsed->len = len;
  parsed->root = byline_markdown_parse (text, len);
  *index = byline_line_index_new (text, len);
  parsed->spans = byline_markdown_blocks (parsed->root, *index);
  parsed->roles = compute_roles (text, len, parsed->spans);
  parsed->defs_hash = byline_markdown_definitions_hash (text, len, parsed->spans);
}

static void
parsed_clear (Parsed *parsed)
{
  g_clear_pointer (&parsed->root, cmark_node_free);
  g_clear_pointer (&parsed->spans, g_array_unref);
  g_clear_pointer (&parsed->roles, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Parsed, parsed_clear)

static gboolean
block_unchanged (BylinePreview *self,
                 const Parsed  *parsed,
                 guint          old_i,
                 guint          new_i)
{
  const BylineBlock *old = &g_array_index (self->blocks, BylineBlock, old_i);
  const BylineSpan *span = &g_array_index (parsed->spans, BylineSpan, new_i);
  gsize len = span->end - span->start;

  return old->role == g_array_index (parsed->roles, guint8, new_i)
         && old->src_end - old->src_start == len
         && memcmp (self->source + old->src_start, parsed->text + span->start, len) == 0;
}

/* Local images: their U+FFFC placeholders become child anchors. */
static void
insert_anchors (BylinePreview *self,
                GArray        *anchors,
                guint          base)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));

  for (guint i = 0; i < anchors->len; i++)
    {
      const BylineLink *link = &g_array_index (anchors, BylineLink, i);
      GtkTextIter start, end;
      GtkTextChildAnchor *anchor;

      gtk_text_buffer_get_iter_at_offset (buffer, &start, base + link->start);
      end = start;
      gtk_text_iter_forward_char (&end);
      gtk_text_buffer_delete (buffer, &start, &end);
      anchor = gtk_text_buffer_create_child_anchor (buffer, &start);
      gtk_text_view_add_child_at_anchor (GTK_TEXT_VIEW (self), byline_preview_picture_new (self, link->url), anchor);
    }
}

static int
compare_runs (gconstpointer a,
              gconstpointer b)
{
  const BylineRun *x = a, *y = b;

  if (x->tag != y->tag)
    return x->tag < y->tag ? -1 : 1;
  return x->start < y->start ? -1 : x->start > y->start;
}

/* Joins runs of one tag that touch or overlap, such as the gaps of
 * consecutive paragraphs: each apply_tag costs microseconds. */
static void
merge_runs (GArray *runs)
{
  guint kept = 0;

  g_array_sort (runs, compare_runs);
  for (guint i = 0; i < runs->len; i++)
    {
      BylineRun *run = &g_array_index (runs, BylineRun, i);
      BylineRun *last = kept > 0 ? &g_array_index (runs, BylineRun, kept - 1) : NULL;

      if (last != NULL && last->tag == run->tag && run->start <= last->end)
        last->end = MAX (last->end, run->end);
      else
        g_array_index (runs, BylineRun, kept++) = *run;
    }
  g_array_set_size (runs, kept);
}

/* Inserts the renders of many blocks at once: GtkTextBuffer pays per insert
 * (signals, layout invalidation), far more than per byte. */
static void
insert_render (BylinePreview *self,
               guint          base,
               BylineRender  *all,
               GArray        *anchors)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter start, end;

  gtk_text_buffer_get_iter_at_offset (buffer, &start, base);
  gtk_text_buffer_insert (buffer, &start, all->text->str, all->text->len);
  /* Text inserted where a neighbour's tag ends may be inside that tag: clear it. */
  gtk_text_buffer_get_iter_at_offset (buffer, &start, base);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, base + all->n_chars);
  gtk_text_buffer_remove_all_tags (buffer, &start, &end);
  insert_anchors (self, anchors, base);

  merge_runs (all->runs);
  for (guint i = 0; i < all->runs->len; i++)
    {
      const BylineRun *run = &g_array_index (all->runs, BylineRun, i);

      gtk_text_buffer_get_iter_at_offset (buffer, &start, base + run->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, base + run->end);
      gtk_text_buffer_apply_tag (buffer, run->tag, &start, &end);
    }
}

/* Appends @render to @all, which starts at character 0 of the update. */
static void
append_render (BylineRender *all,
               BylineRender *render,
               GArray       *anchors)
{
  guint base = all->n_chars;

  g_string_append_len (all->text, render->text->str, render->text->len);
  all->n_chars += render->n_chars;
  for (guint i = 0; i < render->runs->len; i++)
    {
      BylineRun run = g_array_index (render->runs, BylineRun, i);

      run.start += base;
      run.end += base;
      g_array_append_val (all->runs, run);
    }
  for (guint i = 0; i < render->links->len; i++)
    {
      const BylineLink *link = &g_array_index (render->links, BylineLink, i);
      BylineLink anchor = { base + link->start, base + link->end, link->kind, link->url };

      if (link->kind == BYLINE_LINK_LOCAL_IMAGE)
        g_array_append_val (anchors, anchor);
    }
}

static GPtrArray *
collect_nodes (cmark_node *root)
{
  GPtrArray *nodes = g_ptr_array_new ();

  for (cmark_node *node = cmark_node_first_child (root); node; node = cmark_node_next (node))
    g_ptr_array_add (nodes, node);
  return nodes;
}

/* Renders new blocks [first, last) at character @pv_start, appending them to @out. */
static void
render_blocks (BylinePreview *self,
               const Parsed  *parsed,
               guint          first,
               guint          last,
               guint          pv_start,
               GArray        *out)
{
  g_autoptr(GPtrArray) nodes = collect_nodes (parsed->root);
  g_autoptr(GArray) anchors = g_array_new (FALSE, FALSE, sizeof (BylineLink));
  BylineRender all;

  byline_render_init (&all);
  for (guint i = first; i < last; i++)
    {
      const BylineSpan *span = &g_array_index (parsed->spans, BylineSpan, i);
      BylineBlock block = { span->start, span->end, pv_start + all.n_chars, 0,
                            g_array_index (parsed->roles, guint8, i), NULL };
      BylineRender render;

      byline_render_init (&render);
      byline_preview_render_block (self, g_ptr_array_index (nodes, i), block.role, &render);
      /* Anchors borrow the URLs: the block keeps the links. */
      append_render (&all, &render, anchors);
      block.pv_chars = render.n_chars;
      if (render.links->len > 0)
        block.links = g_steal_pointer (&render.links);
      g_array_append_val (out, block);
      byline_render_clear (&render);
    }
  insert_render (self, pv_start, &all, anchors);
  byline_render_clear (&all);
}

static guint
block_pv_start (BylinePreview *self,
                guint          i)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));

  if (i < self->blocks->len)
    return g_array_index (self->blocks, BylineBlock, i).pv_start;
  return gtk_text_buffer_get_char_count (buffer);
}

/* Replaces old blocks [old_first, old_last) by new blocks [new_first, new_last). */
static void
replace_blocks (BylinePreview *self,
                const Parsed  *parsed,
                guint          old_first,
                guint          old_last,
                guint          new_first,
                guint          new_last)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  g_autoptr(GArray) fresh = g_array_new (FALSE, FALSE, sizeof (BylineBlock));
  guint pv_start = block_pv_start (self, old_first);
  guint pv_end = block_pv_start (self, old_last);
  GtkTextIter start, end;
  int delta = -(int) (pv_end - pv_start);

  gtk_text_buffer_get_iter_at_offset (buffer, &start, pv_start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, pv_end);
  gtk_text_buffer_delete (buffer, &start, &end);
  render_blocks (self, parsed, new_first, new_last, pv_start, fresh);
  for (guint i = 0; i < fresh->len; i++)
    delta += g_array_index (fresh, BylineBlock, i).pv_chars;

  g_array_remove_range (self->blocks, old_first, old_last - old_first);
  g_array_insert_vals (self->blocks, old_first, fresh->data, fresh->len);
  /* The tail keeps its renders; its offsets move. */
  for (guint i = old_first + fresh->len, k = new_last; i < self->blocks->len; i++, k++)
    {
      BylineBlock *block = &g_array_index (self->blocks, BylineBlock, i);
      const BylineSpan *span = &g_array_index (parsed->spans, BylineSpan, k);

      block->pv_start += delta;
      block->src_start = span->start;
      block->src_end = span->end;
    }
  self->n_rebuilt = new_last - new_first;
}

static void
update (BylinePreview *self,
        const char    *text,
        gsize          len,
        gboolean       full)
{
  g_auto(Parsed) parsed = { 0 };
  char *copy = g_malloc (len + 1);
  guint n_old = self->blocks->len;
  guint head = 0;
  guint tail = 0;
  guint n_new;

  /* Parse a copy: the next update compares against it, and the index points into it. */
  memcpy (copy, text, len);
  copy[len] = '\0';
  g_clear_pointer (&self->index, byline_line_index_free);
  parse (&parsed, copy, len, &self->index);
  n_new = parsed.spans->len;
  if (!full && parsed.defs_hash == self->defs_hash)
    {
      while (head < n_old && head < n_new && block_unchanged (self, &parsed, head, head))
        head++;
      while (tail < n_old - head && tail < n_new - head
             && block_unchanged (self, &parsed, n_old - 1 - tail, n_new - 1 - tail))
        tail++;
    }
  replace_blocks (self, &parsed, head, n_old - tail, head, n_new - tail);

  g_free (self->source);
  self->source = copy;
  self->source_len = len;
  self->defs_hash = parsed.defs_hash;
}

void
byline_preview_set_markdown (BylinePreview *self,
                             const char    *text,
                             gsize          len)
{
  g_return_if_fail (BYLINE_IS_PREVIEW (self));
  g_return_if_fail (text != NULL || len == 0);

  update (self, text ? text : "", len, FALSE);
}

void
byline_preview_rebuild (BylinePreview *self)
{
  g_return_if_fail (BYLINE_IS_PREVIEW (self));

  update (self, self->source ? self->source : "", self->source_len, TRUE);
}

guint
byline_preview_get_n_rebuilt (BylinePreview *self)
{
  g_return_val_if_fail (BYLINE_IS_PREVIEW (self), 0);

  return self->n_rebuilt;
}

int
byline_preview_block_at_source (BylinePreview *self,
                                gsize          offset)
{
  guint lo = 0;
  guint hi = self->blocks->len;

  if (hi == 0)
    return -1;
  /* The last block starting at or before @offset. */
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->blocks, BylineBlock, mid).src_start <= offset)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

int
byline_preview_block_at_char (BylinePreview *self,
                              guint          offset)
{
  guint lo = 0;
  guint hi = self->blocks->len;

  if (hi == 0)
    return -1;
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->blocks, BylineBlock, mid).pv_start <= offset)
        lo = mid;
      else
        hi = mid;
    }
  /* Hidden blocks take no room: the visible one at this offset is the last one starting there. */
  return lo;
}

const BylineLink *
byline_preview_link_at (BylinePreview     *self,
                        const GtkTextIter *iter)
{
  guint offset = gtk_text_iter_get_offset (iter);
  int i = byline_preview_block_at_char (self, offset);
  const BylineBlock *block;

  if (i < 0)
    return NULL;
  block = &g_array_index (self->blocks, BylineBlock, i);
  for (guint k = 0; block->links != NULL && k < block->links->len; k++)
    {
      const BylineLink *link = &g_array_index (block->links, BylineLink, k);

      if (offset >= block->pv_start + link->start && offset < block->pv_start + link->end)
        return link;
    }
  return NULL;
}
