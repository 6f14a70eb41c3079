/* byline-preview-dump.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-preview"

#include "config.h"

#include "byline-preview-private.h"

/* A stable text form of the buffer for golden and equivalence tests:
 * `<+name>` where a tag starts, `<-name>` where it ends (each group sorted by
 * name), `href`/`src` on links and images, and escapes for what is invisible. */

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
append_toggles (BylinePreview     *self,
                GString           *out,
                const GtkTextIter *iter,
                gboolean           on)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GSList *tags = gtk_text_iter_get_toggled_tags (iter, on);

  for (GSList *l = tags; l != NULL; l = l->next)
    {
      char *name = NULL;

      g_object_get (l->data, "name", &name, NULL);
      g_ptr_array_add (names, name);
    }
  g_slist_free (tags);
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      gboolean is_link = g_str_has_prefix (name, "link");
      gboolean is_image = g_str_equal (name, "image") || g_str_equal (name, "picture");
      const BylineLink *link = on && (is_link || is_image) ? byline_preview_find_link (self, iter, is_image) : NULL;

      if (link != NULL)
        g_string_append_printf (out, "<+%s %s=\"%s\">", name,
                                link->kind == BYLINE_LINK_LINK ? "href" : "src", link->url);
      else
        g_string_append_printf (out, "<%c%s>", on ? '+' : '-', name);
    }
}

static void
append_text (GString    *out,
             const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '<' || c == '\\')
        g_string_append_c (out, '\\');
      if (c == 0x2028)
        g_string_append (out, "<br>");
      else if (c == 0xFFFC)
        g_string_append (out, "<anchor>");
      else if (c == 0x200B)
        g_string_append (out, "<zwsp>");
      else
        g_string_append_unichar (out, c);
    }
}

char *
byline_preview_dup_dump (BylinePreview *self)
{
  GtkTextBuffer *buffer;
  GString *out = g_string_new (NULL);
  GtkTextIter iter, next;

  g_return_val_if_fail (BYLINE_IS_PREVIEW (self), NULL);

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  gtk_text_buffer_get_start_iter (buffer, &iter);
  for (;;)
    {
      g_autofree char *text = NULL;

      append_toggles (self, out, &iter, FALSE);
      append_toggles (self, out, &iter, TRUE);
      if (gtk_text_iter_is_end (&iter))
        break;
      next = iter;
      gtk_text_iter_forward_to_tag_toggle (&next, NULL);
      text = gtk_text_iter_get_slice (&iter, &next);
      append_text (out, text);
      iter = next;
    }
  return g_string_free (out, FALSE);
}

char *
byline_preview_dup_block_table (BylinePreview *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (BYLINE_IS_PREVIEW (self), NULL);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      const BylineBlock *block = &g_array_index (self->blocks, BylineBlock, i);

      g_string_append_printf (out, "%" G_GSIZE_FORMAT "-%" G_GSIZE_FORMAT " role=%u kind=%u level=%u defines=%u chars=%u+%u\n",
                              block->src_start, block->src_end, block->role, block->kind, block->level,
                              block->defines, block->pv_start, block->pv_chars);
    }
  return g_string_free (out, FALSE);
}
