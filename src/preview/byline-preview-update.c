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
 * its character range in the buffer. An edit re-parses a window of blocks
 * around it (byline-preview-window.c) and rebuilds only those. When that is
 * not safe (a link reference definition may have changed, a block's role
 * changed), everything is parsed again, and blocks whose source bytes and
 * role are unchanged are still kept: only the run of changed blocks between
 * the unchanged head and tail is rebuilt. A changed definition can change
 * any block, so it rebuilds them all. */

/* Articles up to this size get the full article analysis for their title
 * and furniture; longer documents only have their head looked at. */
#define ARTICLE_FULL_PARSE_MAX (256 * 1024)
#define ARTICLE_HEAD_BYTES     (8 * 1024)

/* What byline_article_parse() says about the new text, for block roles. */
typedef struct
{
  BylineArticle *article;
  const char    *text;
  gsize          len;
  gsize          scanned;     /* blocks starting past this are body text */
  gboolean       plain_text;
  gboolean       title_done;  /* the first visible block was seen */
} Frame;

void
byline_block_clear (BylineBlock *block)
{
  g_clear_pointer (&block->links, g_array_unref);
}

void
byline_parsed_clear (BylineParsed *parsed)
{
  g_clear_pointer (&parsed->nodes, g_ptr_array_unref);
  g_clear_pointer (&parsed->spans, g_array_unref);
  g_clear_pointer (&parsed->roles, g_array_unref);
  g_clear_pointer (&parsed->root, cmark_node_free);
}

void
byline_parsed_add_children (BylineParsed          *parsed,
                            const BylineLineIndex *index,
                            gsize                  from,
                            gsize                  to,
                            gssize                 shift)
{
  g_autoptr(GArray) spans = byline_markdown_blocks (parsed->root, index);
  cmark_node *node = cmark_node_first_child (parsed->root);

  parsed->nodes = g_ptr_array_new ();
  parsed->spans = g_array_new (FALSE, FALSE, sizeof (BylineSpan));
  parsed->roles = g_array_new (FALSE, TRUE, sizeof (guint8));
  for (guint i = 0; i < spans->len; i++, node = cmark_node_next (node))
    {
      BylineSpan span = g_array_index (spans, BylineSpan, i);

      if (span.start < from || span.start >= to)
        continue;
      span.start += shift;
      span.end = MIN (span.end, to) + shift;
      g_ptr_array_add (parsed->nodes, node);
      g_array_append_val (parsed->spans, span);
    }
  g_array_set_size (parsed->roles, parsed->nodes->len);
}

static void
frame_init (Frame      *frame,
            const char *text,
            gsize       len,
            gboolean    plain_text)
{
  const char *nl;

  frame->text = text;
  frame->len = len;
  frame->plain_text = plain_text;
  frame->title_done = FALSE;
  if (len <= ARTICLE_FULL_PARSE_MAX)
    frame->scanned = len;
  else
    {
      /* Cut the head at a line break; spans in its last line may be cut short. */
      nl = memrchr (text, '\n', ARTICLE_HEAD_BYTES);
      frame->scanned = nl != NULL ? (gsize) (nl - text) : 0;
    }
  frame->article = byline_article_parse (text, frame->scanned);
}

static gboolean
span_is_ignored (const Frame      *frame,
                 const BylineSpan *span)
{
  gsize end = span->end;

  /* A block is hidden when its text, line breaks aside, is inside one range. */
  while (end > span->start && (frame->text[end - 1] == '\n' || frame->text[end - 1] == '\r'))
    end--;
  for (guint i = 0; i < frame->article->ignored->len; i++)
    {
      const BylineSpan *ignored = &g_array_index (frame->article->ignored, BylineSpan, i);

      /* Of a long document's head, only front matter and the repeated headline
       * count: "furniture" at the end of the head is mid-document text. */
      if (frame->scanned < frame->len && ignored->start > frame->article->title_span.end + 1024)
        continue;
      if (ignored->end < frame->scanned && span->start >= ignored->start && end <= ignored->end)
        return TRUE;
    }
  return FALSE;
}

/* Blocks in document order: hidden, the title (a level-one heading, or the
 * headline paragraph of a plain-text article), or body text. */
static guint8
frame_role (Frame            *frame,
            const BylineSpan *span,
            guint8            kind,
            guint8            level)
{
  const BylineSpan *title = &frame->article->title_span;
  gboolean first;

  if (span->start >= frame->scanned)
    return BYLINE_BLOCK_BODY;
  if (span_is_ignored (frame, span))
    return BYLINE_BLOCK_HIDDEN;
  first = !frame->title_done;
  frame->title_done = TRUE;
  if (first && title->end > title->start && title->start >= span->start && title->end <= span->end
      && ((kind == CMARK_NODE_HEADING && level == 1) || (frame->plain_text && kind == CMARK_NODE_PARAGRAPH)))
    return BYLINE_BLOCK_TITLE;
  return BYLINE_BLOCK_BODY;
}

static guint8
node_role (Frame            *frame,
           const BylineSpan *span,
           cmark_node       *node)
{
  cmark_node_type kind = cmark_node_get_type (node);

  return frame_role (frame, span, kind, kind == CMARK_NODE_HEADING ? cmark_node_get_heading_level (node) : 0);
}

static gboolean
old_role_stays (BylinePreview *self,
                Frame         *frame,
                guint          i,
                gssize         shift)
{
  const BylineBlock *block = &g_array_index (self->blocks, BylineBlock, i);
  BylineSpan span = { block->src_start + shift, block->src_end + shift };

  return frame_role (frame, &span, block->kind, block->level) == block->role;
}

/* Long documents only have their first few kilobytes analysed: a block that
 * starts past them, before and after the edit, is body text both times. */
static gboolean
past_head (BylinePreview *self,
           guint          i,
           gssize         shift)
{
  gssize start = g_array_index (self->blocks, BylineBlock, i).src_start;

  return self->source->len > ARTICLE_FULL_PARSE_MAX
         && start > ARTICLE_HEAD_BYTES && start + shift > ARTICLE_HEAD_BYTES;
}

gboolean
byline_preview_fix_roles (BylinePreview *self,
                          const char    *text,
                          gsize          len,
                          BylineParsed  *parsed,
                          guint          old_first,
                          guint          old_last)
{
  gssize delta = (gssize) len - (gssize) self->source->len;
  gboolean same = TRUE;
  Frame frame;

  /* Crossing the size where the analysis changes can change any role. */
  if ((len <= ARTICLE_FULL_PARSE_MAX) != (self->source->len <= ARTICLE_FULL_PARSE_MAX))
    return FALSE;
  frame_init (&frame, text, len, self->plain_text);
  for (guint i = 0; same && i < old_first && !past_head (self, i, 0); i++)
    same = old_role_stays (self, &frame, i, 0);
  for (guint k = 0; k < parsed->nodes->len; k++)
    g_array_index (parsed->roles, guint8, k) = node_role (&frame, &g_array_index (parsed->spans, BylineSpan, k),
                                                          g_ptr_array_index (parsed->nodes, k));
  /* Past the analysed head every role is body text, before and after. */
  for (guint i = old_last; same && i < self->blocks->len && !past_head (self, i, delta); i++)
    same = old_role_stays (self, &frame, i, delta);
  byline_article_free (frame.article);
  return same;
}

/* Whether old block @old_i can stay for new block @new_i. Blocks kept at the
 * head stay where they are, so they must not have moved (an edit in blank
 * lines before the first block moves them all); at the tail, equal lengths
 * keep them aligned with the end of the text. */
static gboolean
block_unchanged (BylinePreview      *self,
                 const char         *text,
                 const BylineParsed *parsed,
                 guint               old_i,
                 guint               new_i,
                 gboolean            head)
{
  const BylineBlock *old = &g_array_index (self->blocks, BylineBlock, old_i);
  const BylineSpan *span = &g_array_index (parsed->spans, BylineSpan, new_i);
  gsize len = span->end - span->start;

  return old->role == g_array_index (parsed->roles, guint8, new_i)
         && (!head || old->src_start == span->start)
         && old->src_end - old->src_start == len
         && memcmp (self->source->str + old->src_start, text + span->start, len) == 0;
}

/* Parses everything; keeps the unchanged head and tail unless @everything. */
static void
update_full (BylinePreview *self,
             const char    *text,
             gsize          len,
             gboolean       everything)
{
  g_auto(BylineParsed) parsed = { 0 };
  g_autoptr(BylineLineIndex) index = byline_line_index_new (text, len);
  BylineReplace replace = { text, &parsed };
  guint n_old = self->blocks->len, n_new, head = 0, tail = 0;
  guint defs_hash;
  Frame frame;

  parsed.root = byline_markdown_parse (text, len);
  byline_parsed_add_children (&parsed, index, 0, len + 1, 0);
  n_new = parsed.nodes->len;
  frame_init (&frame, text, len, self->plain_text);
  for (guint k = 0; k < n_new; k++)
    g_array_index (parsed.roles, guint8, k) = node_role (&frame, &g_array_index (parsed.spans, BylineSpan, k),
                                                         g_ptr_array_index (parsed.nodes, k));
  byline_article_free (frame.article);
  defs_hash = byline_markdown_definitions_hash (text, len, parsed.spans);
  if (!everything && defs_hash == self->defs_hash)
    {
      while (head < n_old && head < n_new && block_unchanged (self, text, &parsed, head, head, TRUE))
        head++;
      while (tail < n_old - head && tail < n_new - head
             && block_unchanged (self, text, &parsed, n_old - 1 - tail, n_new - 1 - tail, FALSE))
        tail++;
    }
  replace.new_first = replace.old_first = head;
  replace.new_last = n_new - tail;
  replace.old_last = n_old - tail;
  replace.delta = (gssize) len - (gssize) self->source->len;
  byline_preview_replace_blocks (self, &replace);
  self->defs_hash = defs_hash;
}

static gboolean
update_window (BylinePreview *self,
               const char    *text,
               gsize          len,
               BylineEdit     edit)
{
  g_auto(BylineParsed) parsed = { 0 };
  BylineReplace replace = { text, &parsed };

  if (!byline_preview_parse_window (self, text, len, edit, &parsed, &replace.old_first, &replace.old_last)
      || !byline_preview_fix_roles (self, text, len, &parsed, replace.old_first, replace.old_last))
    return FALSE;
  replace.new_last = parsed.nodes->len;
  replace.delta = (gssize) len - (gssize) self->source->len;
  /* The window starts a block early and may end late: keep what did not change. */
  while (replace.new_first < replace.new_last && replace.old_first < replace.old_last
         && block_unchanged (self, text, &parsed, replace.old_first, replace.new_first, TRUE))
    replace.new_first++, replace.old_first++;
  while (replace.new_first < replace.new_last && replace.old_first < replace.old_last
         && block_unchanged (self, text, &parsed, replace.old_last - 1, replace.new_last - 1, FALSE))
    replace.new_last--, replace.old_last--;
  byline_preview_replace_blocks (self, &replace);
  return TRUE;
}

/* memcmp is vectorised: let it find the first differing chunk. */
static gsize
common_prefix (const char *a,
               const char *b,
               gsize       n)
{
  gsize i = 0;

  while (i + 4096 <= n && memcmp (a + i, b + i, 4096) == 0)
    i += 4096;
  while (i < n && a[i] == b[i])
    i++;
  return i;
}

static gsize
common_suffix (const char *a_end,
               const char *b_end,
               gsize       n)
{
  gsize i = 0;

  while (i + 4096 <= n && memcmp (a_end - i - 4096, b_end - i - 4096, 4096) == 0)
    i += 4096;
  while (i < n && a_end[-1 - (gssize) i] == b_end[-1 - (gssize) i])
    i++;
  return i;
}

/* Narrows @edit to the bytes that really differ; they may not overlap. */
static BylineEdit
measure_edit (BylinePreview *self,
              const char    *text,
              gsize          len,
              BylineEdit     edit)
{
  const char *old = self->source->str;
  gsize shorter = MIN (len, self->source->len);

  edit.prefix = MIN (edit.prefix, shorter);
  edit.prefix += common_prefix (old + edit.prefix, text + edit.prefix, shorter - edit.prefix);
  edit.suffix = MIN (edit.suffix, shorter - edit.prefix);
  edit.suffix += common_suffix (old + self->source->len - edit.suffix, text + len - edit.suffix,
                                shorter - edit.prefix - edit.suffix);
  return edit;
}

/* The old copy becomes the new text: the edited bytes are written and the
 * tail moves once (a 10 MB copy moves in about a millisecond). */
static void
splice_source (BylinePreview *self,
               const char    *text,
               gsize          len,
               BylineEdit     edit)
{
  GString *source = self->source;
  gsize old_len = source->len;

  if (len > old_len)
    g_string_set_size (source, len);
  memmove (source->str + len - edit.suffix, source->str + old_len - edit.suffix, edit.suffix);
  memcpy (source->str + edit.prefix, text + edit.prefix, len - edit.suffix - edit.prefix);
  if (len < old_len)
    g_string_truncate (source, len);
  g_clear_pointer (&self->index, byline_line_index_free);
}

/* cmark also ends lines at a lone \r; the line index does not, so block
 * spans would be off: such text is always rendered from scratch. */
static gboolean
has_lone_cr (const char *text,
             gsize       len)
{
  for (const char *p = text; (p = memchr (p, '\r', len - (p - text))) != NULL; p++)
    if (p + 1 == text + len || p[1] != '\n')
      return TRUE;
  return FALSE;
}

void
byline_preview_update_text (BylinePreview *self,
                            const char    *text,
                            gsize          len,
                            BylineEdit     edit)
{
  gboolean lone_cr = !edit.no_cr && has_lone_cr (text, len);

  if (self->source != NULL && (lone_cr || self->lone_cr))
    g_clear_pointer (&self->source, byline_string_free);
  self->lone_cr = lone_cr;
  if (self->source == NULL)
    {
      self->source = g_string_new_len ("", 0);
      self->windowed = FALSE;
      update_full (self, text, len, TRUE);
      g_string_append_len (self->source, text, len);
      return;
    }
  edit = measure_edit (self, text, len, edit);
  if (edit.prefix == len && len == self->source->len)
    {
      self->n_rebuilt = 0;
      return;
    }
  self->windowed = update_window (self, text, len, edit);
  if (!self->windowed)
    update_full (self, text, len, FALSE);
  splice_source (self, text, len, edit);
}

void
byline_string_free (GString *string)
{
  g_string_free (string, TRUE);
}

void
byline_preview_set_markdown (BylinePreview *self,
                             const char    *text,
                             gsize          len)
{
  g_return_if_fail (BYLINE_IS_PREVIEW (self));
  g_return_if_fail (text != NULL || len == 0);

  byline_preview_update_text (self, text ? text : "", len, (BylineEdit) { 0, 0, FALSE });
}

void
byline_preview_rebuild (BylinePreview *self)
{
  g_autoptr(GString) text = NULL;

  g_return_if_fail (BYLINE_IS_PREVIEW (self));

  /* Rendering starts from nothing: every block is new. */
  text = g_steal_pointer (&self->source);
  byline_preview_update_text (self, text ? text->str : "", text ? text->len : 0, (BylineEdit) { 0, 0, FALSE });
}

void
byline_preview_set_plain_text (BylinePreview *self,
                               gboolean       plain_text)
{
  g_return_if_fail (BYLINE_IS_PREVIEW (self));

  if (self->plain_text == !!plain_text)
    return;
  self->plain_text = !!plain_text;
  byline_preview_rebuild (self);
}

guint
byline_preview_get_n_rebuilt (BylinePreview *self)
{
  g_return_val_if_fail (BYLINE_IS_PREVIEW (self), 0);

  return self->n_rebuilt;
}

gboolean
byline_preview_get_last_windowed (BylinePreview *self)
{
  g_return_val_if_fail (BYLINE_IS_PREVIEW (self), FALSE);

  return self->windowed;
}

/* The line index is built when scroll sync first needs it after an update. */
const BylineLineIndex *
byline_preview_get_index (BylinePreview *self)
{
  /* Following a buffer, its own index is ahead of the last render by at most a frame. */
  if (self->mirror_index != NULL && !self->mirror_lost)
    return self->mirror_index;
  if (self->index == NULL)
    self->index = self->source ? byline_line_index_new (self->source->str, self->source->len)
                               : byline_line_index_new ("", 0);
  return self->index;
}

static gsize
source_key (const BylineBlock *block)
{
  return block->src_start;
}

static gsize
buffer_key (const BylineBlock *block)
{
  return block->pv_start;
}

/* The last block whose key is at or before @offset; the first one when none is. */
static int
last_block_at (BylinePreview *self,
               gsize        (*key) (const BylineBlock *block),
               gsize          offset)
{
  guint lo = 0;
  guint hi = self->blocks->len;

  if (hi == 0)
    return -1;
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (key (&g_array_index (self->blocks, BylineBlock, mid)) <= offset)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

int
byline_preview_block_at_source (BylinePreview *self,
                                gsize          offset)
{
  return last_block_at (self, source_key, offset);
}

/* Hidden blocks take no room: at their offset, the visible block after them wins. */
int
byline_preview_block_at_char (BylinePreview *self,
                              guint          offset)
{
  return last_block_at (self, buffer_key, offset);
}

const BylineLink *
byline_preview_find_link (BylinePreview     *self,
                          const GtkTextIter *iter,
                          gboolean           image)
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

      if (offset >= block->pv_start + link->start && offset < block->pv_start + link->end
          && (link->kind != BYLINE_LINK_LINK) == image)
        return link;
    }
  return NULL;
}

const BylineLink *
byline_preview_link_at (BylinePreview     *self,
                        const GtkTextIter *iter)
{
  const BylineLink *link = byline_preview_find_link (self, iter, FALSE);

  /* A link around an image wins: clicking the image follows the link. */
  return link != NULL ? link : byline_preview_find_link (self, iter, TRUE);
}
