/* byline-preview.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-preview"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "byline-preview-private.h"

/* The widget: tags, links, zoom, and the glue to GTK. Rendering is in
 * byline-preview-render.c, incremental updates in byline-preview-update.c,
 * images in byline-preview-images.c, decorations and geometry for scroll
 * sync in byline-preview-geometry.c. */

#define ZOOM_MIN  0.5
#define ZOOM_MAX  3.0
#define ZOOM_STEP 1.1

enum {
  OPEN_URI,
  ACTIVATE_SOURCE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (BylinePreview, byline_preview, GTK_TYPE_TEXT_VIEW)

GtkTextTag *
byline_preview_tag (BylinePreview *self,
                    const char    *name)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)));
  GtkTextTag *found = gtk_text_tag_table_lookup (table, name);

  g_assert (found != NULL);
  return found;
}

GtkTextTag *
byline_preview_depth_tag (BylinePreview *self,
                          const char    *prefix,
                          int            depth)
{
  char name[32];

  g_snprintf (name, sizeof name, "%s%d", prefix, CLAMP (depth, 1, g_str_equal (prefix, "quote") || g_str_equal (prefix, "h") ? 6 : BYLINE_PREVIEW_MAX_DEPTH));
  return byline_preview_tag (self, name);
}

/* Tags made later win over earlier ones where they set the same property:
 * deeper indents over shallower ones, the block's final gap over a tight one. */
static void
create_block_tags (GtkTextBuffer *buffer)
{
  static const double heading_scale[] = { 2.0, 1.6, 1.35, 1.15, 1.0, 0.9 };
  static const int heading_weight[] = { 800, 700, 700, 700, 700, 600 };
  char name[32];

  gtk_text_buffer_create_tag (buffer, "gap-tight", "pixels-below-lines", 3, NULL);
  gtk_text_buffer_create_tag (buffer, "gap", "pixels-below-lines", 12, NULL);
  for (int i = 1; i <= BYLINE_PREVIEW_MAX_DEPTH; i++)
    {
      g_snprintf (name, sizeof name, "indent%d", i);
      gtk_text_buffer_create_tag (buffer, name, "left-margin", BYLINE_PREVIEW_MARGIN + BYLINE_PREVIEW_INDENT * i, NULL);
    }
  gtk_text_buffer_create_tag (buffer, "hang", "indent", -18, NULL);
  /* Where a quote's bar is drawn: at the indent of its nesting level. */
  for (int i = 1; i <= BYLINE_PREVIEW_MAX_DEPTH; i++)
    {
      g_snprintf (name, sizeof name, "quote-at%d", i);
      gtk_text_buffer_create_tag (buffer, name, NULL);
    }
  for (int i = 1; i <= 6; i++)
    {
      g_snprintf (name, sizeof name, "quote%d", i);
      gtk_text_buffer_create_tag (buffer, name, "foreground-rgba", NULL, NULL);
    }
  for (int i = 0; i < 6; i++)
    {
      g_snprintf (name, sizeof name, "h%d", i + 1);
      /* A narrow pane may break a long word; no hyphen in a headline. */
      gtk_text_buffer_create_tag (buffer, name, "weight", heading_weight[i], "scale", heading_scale[i],
                                  "pixels-above-lines", i < 2 ? 14 : 8, "insert-hyphens", FALSE, NULL);
    }
  gtk_text_buffer_create_tag (buffer, "title", "weight", 800, "scale", 2.3, "pixels-below-lines", 18,
                              "insert-hyphens", FALSE, NULL);
  /* Its shading is drawn (byline-preview-geometry.c): paragraph-background
   * would also fill the gap below, merging neighbouring code blocks. */
  gtk_text_buffer_create_tag (buffer, "codeblock", "family", "monospace", "wrap-mode", GTK_WRAP_NONE, NULL);
  gtk_text_buffer_create_tag (buffer, "html-block", "family", "monospace", "wrap-mode", GTK_WRAP_NONE,
                              "foreground-rgba", &(GdkRGBA) { .5, .5, .5, 1 }, NULL);
  gtk_text_buffer_create_tag (buffer, "rule", "pixels-above-lines", 6, NULL);
  gtk_text_buffer_create_tag (buffer, "marker", "weight", 700, NULL);
}

static void
create_inline_tags (GtkTextBuffer *buffer)
{
  const GdkRGBA shade = { .5, .5, .5, .18 };
  const GdkRGBA dim = { .5, .5, .5, 1 };

  gtk_text_buffer_create_tag (buffer, "emph", "style", PANGO_STYLE_ITALIC, NULL);
  gtk_text_buffer_create_tag (buffer, "strong", "weight", PANGO_WEIGHT_BOLD, NULL);
  gtk_text_buffer_create_tag (buffer, "code", "family", "monospace", "background-rgba", &shade, NULL);
  gtk_text_buffer_create_tag (buffer, "html", "family", "monospace", "foreground-rgba", &dim, NULL);
  gtk_text_buffer_create_tag (buffer, "link", "underline", PANGO_UNDERLINE_SINGLE, NULL);
  gtk_text_buffer_create_tag (buffer, "link-inert", "underline", PANGO_UNDERLINE_SINGLE,
                              "foreground-rgba", &dim, NULL);
  gtk_text_buffer_create_tag (buffer, "image", "style", PANGO_STYLE_ITALIC, "foreground-rgba", &dim,
                              "background-rgba", &shade, NULL);
  gtk_text_buffer_create_tag (buffer, "picture", NULL);
}

/* Colours that differ between the light and the dark style (libadwaita's palette). */
static void
update_colors (BylinePreview *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GdkRGBA link, marker;

  gdk_rgba_parse (&link, dark ? "#78aeed" : "#1c71d8");
  gdk_rgba_parse (&marker, dark ? "#99c1f1" : "#3584e4");
  g_object_set (byline_preview_tag (self, "link"), "foreground-rgba", &link, NULL);
  g_object_set (byline_preview_tag (self, "marker"), "foreground-rgba", &marker, NULL);
  for (int i = 1; i <= 6; i++)
    {
      GdkRGBA quote = dark ? (GdkRGBA) { .80, .80, .80, 1 } : (GdkRGBA) { .30, .30, .32, 1 };

      g_object_set (byline_preview_depth_tag (self, "quote", i), "foreground-rgba", &quote, NULL);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
byline_preview_real_open_uri (BylinePreview *self,
                              const char    *uri)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
  return TRUE;
}

static gboolean
iter_at_widget_point (BylinePreview *self,
                      double         x,
                      double         y,
                      GtkTextIter   *iter)
{
  int bx, by;

  gtk_text_view_window_to_buffer_coords (GTK_TEXT_VIEW (self), GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
  return gtk_text_view_get_iter_at_location (GTK_TEXT_VIEW (self), iter, bx, by);
}

static void
click_released_cb (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   BylinePreview   *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter iter;

  if (n_press != 1 || gtk_text_buffer_get_has_selection (buffer))
    return;
  if (!iter_at_widget_point (self, x, y, &iter))
    {
      int bx, by;

      gtk_text_view_window_to_buffer_coords (GTK_TEXT_VIEW (self), GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
      gtk_text_view_get_line_at_y (GTK_TEXT_VIEW (self), &iter, by, NULL);
    }
  byline_preview_click_at (self, &iter);
}

static char *
link_tooltip (const BylineLink *link)
{
  switch (link->kind)
    {
    case BYLINE_LINK_REMOTE_IMAGE:
      return g_strdup_printf (_("Remote image, not loaded: %s"), link->url);
    case BYLINE_LINK_LOCAL_IMAGE:
      return g_strdup (link->url);
    case BYLINE_LINK_LINK:
    default:
      return byline_preview_uri_is_clickable (link->url)
             ? g_strdup (link->url)
             : g_strdup_printf (_("%s (not opened from the preview)"), link->url);
    }
}

static gboolean
query_tooltip_cb (BylinePreview *self,
                  int            x,
                  int            y,
                  gboolean       keyboard,
                  GtkTooltip    *tooltip)
{
  g_autofree char *text = NULL;
  GtkTextIter iter;

  if (keyboard || !iter_at_widget_point (self, x, y, &iter))
    return FALSE;
  if ((text = byline_preview_dup_tooltip_at (self, &iter)) == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
motion_cb (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           BylinePreview            *self)
{
  const BylineLink *link = NULL;
  GtkTextIter iter;

  if (iter_at_widget_point (self, x, y, &iter))
    link = byline_preview_link_at (self, &iter);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                   link != NULL && link->kind == BYLINE_LINK_LINK
                                   && byline_preview_uri_is_clickable (link->url) ? "pointer" : "default");
}

/* Ctrl+wheel zooms, as in browsers and GNOME apps. */
static gboolean
scroll_cb (GtkEventControllerScroll *scroll,
           double                    dx,
           double                    dy,
           BylinePreview            *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (scroll));

  if ((state & GDK_CONTROL_MASK) == 0 || dy == 0)
    return FALSE;
  byline_preview_set_zoom (self, dy < 0 ? self->zoom * ZOOM_STEP : self->zoom / ZOOM_STEP);
  return TRUE;
}

static void
apply_zoom (BylinePreview *self)
{
  g_autofree char *css = NULL;
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  /* Tags scale relative to the widget's font, so one CSS rule zooms everything. */
  g_ascii_dtostr (number, sizeof number, 12.0 * self->zoom);
  css = g_strdup_printf ("textview.preview { font-size: %spt; }", number);
  gtk_css_provider_load_from_data (self->zoom_css, css, -1);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  BylinePreview *self = BYLINE_PREVIEW (widget);

  if (g_str_equal (action_name, "preview.zoom-in"))
    byline_preview_set_zoom (self, self->zoom * ZOOM_STEP);
  else if (g_str_equal (action_name, "preview.zoom-out"))
    byline_preview_set_zoom (self, self->zoom / ZOOM_STEP);
  else
    byline_preview_set_zoom (self, 1.0);
}

static void
byline_preview_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  BylinePreview *self = BYLINE_PREVIEW (widget);

  GTK_WIDGET_CLASS (byline_preview_parent_class)->size_allocate (widget, width, height, baseline);
  if (width != self->last_width)
    {
      GtkTextTagTable *tags = gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)));
      GtkTextTag *title = gtk_text_tag_table_lookup (tags, "title");

      self->last_width = width;
      byline_preview_rescale_pictures (self);
      /* The headline shrinks with a narrow pane rather than split its words. */
      if (title != NULL)
        g_object_set (title, "scale", CLAMP (width / 240.0, 1.4, 2.3), NULL);
    }
}

static void
byline_preview_snapshot_layer (GtkTextView      *text_view,
                               GtkTextViewLayer  layer,
                               GtkSnapshot      *snapshot)
{
  if (layer == GTK_TEXT_VIEW_LAYER_BELOW_TEXT)
    byline_preview_snapshot_decor (BYLINE_PREVIEW (text_view), snapshot);
}

static void
byline_preview_dispose (GObject *object)
{
  BylinePreview *self = BYLINE_PREVIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_pointer (&self->pictures, g_ptr_array_unref);
  byline_preview_source_dispose (self);
  G_OBJECT_CLASS (byline_preview_parent_class)->dispose (object);
}

static void
byline_preview_finalize (GObject *object)
{
  BylinePreview *self = BYLINE_PREVIEW (object);

  g_clear_pointer (&self->blocks, g_array_unref);
  if (self->source != NULL)
    g_string_free (self->source, TRUE);
  g_clear_pointer (&self->index, byline_line_index_free);
  g_clear_pointer (&self->textures, g_hash_table_unref);
  g_clear_object (&self->base_dir);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->zoom_css);

  G_OBJECT_CLASS (byline_preview_parent_class)->finalize (object);
}

static void
add_zoom_bindings (GtkWidgetClass *widget_class)
{
  static const struct { guint key; const char *action; } keys[] = {
    { GDK_KEY_plus, "preview.zoom-in" },
    { GDK_KEY_equal, "preview.zoom-in" },
    { GDK_KEY_KP_Add, "preview.zoom-in" },
    { GDK_KEY_minus, "preview.zoom-out" },
    { GDK_KEY_KP_Subtract, "preview.zoom-out" },
    { GDK_KEY_0, "preview.zoom-reset" },
    { GDK_KEY_KP_0, "preview.zoom-reset" },
  };

  gtk_widget_class_install_action (widget_class, "preview.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-reset", NULL, zoom_action);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i].key, GDK_CONTROL_MASK, keys[i].action, NULL);
}

static void
byline_preview_class_init (BylinePreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = byline_preview_dispose;
  object_class->finalize = byline_preview_finalize;
  widget_class->size_allocate = byline_preview_size_allocate;
  GTK_TEXT_VIEW_CLASS (klass)->snapshot_layer = byline_preview_snapshot_layer;

  /**
   * BylinePreview::open-uri:
   * @uri: an http, https or mailto URI the user clicked
   *
   * The default handler opens @uri with the desktop's handler. Return
   * %TRUE from a handler to stop it. Never emitted for other schemes.
   */
  signals[OPEN_URI] = g_signal_new_class_handler ("open-uri", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                                  G_CALLBACK (byline_preview_real_open_uri),
                                                  g_signal_accumulator_true_handled, NULL, NULL,
                                                  G_TYPE_BOOLEAN, 1, G_TYPE_STRING);
  /**
   * BylinePreview::activate-source:
   * @offset: byte offset into the source of the block the user clicked
   */
  signals[ACTIVATE_SOURCE] = g_signal_new ("activate-source", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT64);
  add_zoom_bindings (widget_class);
  gtk_widget_class_set_css_name (widget_class, "textview");
}

static void
setup_controllers (BylinePreview *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (click, "released", G_CALLBACK (click_released_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect_object (motion, "motion", G_CALLBACK (motion_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  /* Before the scrolled window scrolls. */
  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect_object (scroll, "scroll", G_CALLBACK (scroll_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
}

static void
byline_preview_init (BylinePreview *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));

  self->blocks = g_array_new (FALSE, FALSE, sizeof (BylineBlock));
  g_array_set_clear_func (self->blocks, (GDestroyNotify) byline_block_clear);
  self->textures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, byline_preview_texture_unref);
  self->pictures = g_ptr_array_new_with_free_func (g_object_unref);
  self->cancellable = g_cancellable_new ();
  self->caret_block = -1;
  self->dirty_prefix = self->dirty_suffix = G_MAXSIZE;
  self->zoom = 1.0;
  self->zoom_css = gtk_css_provider_new ();
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_add_provider (gtk_widget_get_style_context (GTK_WIDGET (self)),
                                  GTK_STYLE_PROVIDER (self->zoom_css),
                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  G_GNUC_END_IGNORE_DEPRECATIONS

  create_block_tags (buffer);
  create_inline_tags (buffer);
  update_colors (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_colors), self, G_CONNECT_SWAPPED);
  setup_controllers (self);
  gtk_widget_add_css_class (GTK_WIDGET (self), "preview");
  gtk_text_view_set_editable (GTK_TEXT_VIEW (self), FALSE);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (self), FALSE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self), BYLINE_PREVIEW_MARGIN);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self), BYLINE_PREVIEW_MARGIN);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self), 18);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self), 18);
}

GtkWidget *
byline_preview_new (void)
{
  return g_object_new (BYLINE_TYPE_PREVIEW, NULL);
}

void
byline_preview_set_base_dir (BylinePreview *self,
                             GFile         *dir)
{
  g_return_if_fail (BYLINE_IS_PREVIEW (self));
  g_return_if_fail (dir == NULL || G_IS_FILE (dir));

  if (self->base_dir == dir || (self->base_dir && dir && g_file_equal (self->base_dir, dir)))
    return;
  g_set_object (&self->base_dir, dir);
  g_hash_table_remove_all (self->textures);
  /* Relative image paths now mean something else: render every block again. */
  byline_preview_rebuild (self);
}

void
byline_preview_set_zoom (BylinePreview *self,
                         double         zoom)
{
  g_return_if_fail (BYLINE_IS_PREVIEW (self));

  zoom = CLAMP (zoom, ZOOM_MIN, ZOOM_MAX);
  if (G_APPROX_VALUE (zoom, self->zoom, 0.001))
    return;
  self->zoom = zoom;
  apply_zoom (self);
}

double
byline_preview_get_zoom (BylinePreview *self)
{
  g_return_val_if_fail (BYLINE_IS_PREVIEW (self), 1.0);

  return self->zoom;
}

void
byline_preview_click_at (BylinePreview     *self,
                         const GtkTextIter *iter)
{
  const BylineLink *link;
  gboolean handled = FALSE;
  int block;

  g_return_if_fail (BYLINE_IS_PREVIEW (self));
  g_return_if_fail (iter != NULL);

  link = byline_preview_link_at (self, iter);
  /* Only web and mail links open; anything else (javascript:, file:, …) stays inert. */
  if (link != NULL && link->kind == BYLINE_LINK_LINK && byline_preview_uri_is_clickable (link->url))
    {
      g_signal_emit (self, signals[OPEN_URI], 0, link->url, &handled);
      return;
    }
  block = byline_preview_block_at_char (self, gtk_text_iter_get_offset (iter));
  if (block >= 0)
    g_signal_emit (self, signals[ACTIVATE_SOURCE], 0,
                   (guint64) g_array_index (self->blocks, BylineBlock, block).src_start);
}

char *
byline_preview_dup_tooltip_at (BylinePreview     *self,
                               const GtkTextIter *iter)
{
  const BylineLink *link;

  g_return_val_if_fail (BYLINE_IS_PREVIEW (self), NULL);

  link = byline_preview_link_at (self, iter);
  return link != NULL ? link_tooltip (link) : NULL;
}
