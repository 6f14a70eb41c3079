/* byline-entity-panel.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-entity-panel"

#include <glib/gi18n.h>

#include "byline-entity-panel.h"

struct _BylineEntityPanel
{
  GtkWidget       parent_instance;

  BylineAnalysis *analysis;

  GtkWidget      *quote_box;
  GtkLabel       *quote_label;
  GtkLabel       *speaker_label;
  GtkLabel       *summary_label;
  GtkWidget      *empty_label;
  GtkWidget      *headings[BYLINE_N_ENTITY_KINDS];
  GtkListBox     *lists[BYLINE_N_ENTITY_KINDS];
  GtkFilterListModel *filtered[BYLINE_N_ENTITY_KINDS];
  GtkSliceListModel  *shown[BYLINE_N_ENTITY_KINDS];
  GtkWidget          *more_labels[BYLINE_N_ENTITY_KINDS];
};

/* A long document names thousands of things; the panel lists the most
 * frequent of each kind, which is what an editor checks, and says how many
 * more there are. It also keeps rebuilding the rows cheap. */
#define ROWS_PER_KIND 40

G_DEFINE_FINAL_TYPE (BylineEntityPanel, byline_entity_panel, GTK_TYPE_WIDGET)

enum {
  ENTITY_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
row_activated_cb (BylineEntityPanel *self,
                  GtkListBoxRow     *row)
{
  BylineEntity *entity = g_object_get_data (G_OBJECT (gtk_list_box_row_get_child (row)), "entity");

  if (entity != NULL)
    g_signal_emit (self, signals[ENTITY_ACTIVATED], 0, entity);
}

static gboolean
kind_matches (gpointer item,
              gpointer user_data)
{
  return byline_entity_get_kind (item) == GPOINTER_TO_UINT (user_data);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  BylineEntity *entity = item;
  g_autofree char *count = g_strdup_printf ("%u", byline_entity_get_count (entity));
  g_autofree char *variants = g_strjoinv (", ", (char **) byline_entity_get_variants (entity));
  const char * const *names = byline_entity_get_variants (entity);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (byline_entity_get_name (entity));
  GtkWidget *badge = gtk_label_new (count);
  g_autofree char *tooltip = NULL;

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (labels), name);
  /* The other spellings of the same name, under it. */
  if (names[0] != NULL && names[1] != NULL)
    {
      g_autofree char *others = g_strjoinv (", ", (char **) names + 1);
      GtkWidget *also = gtk_label_new (others);

      gtk_label_set_xalign (GTK_LABEL (also), 0);
      gtk_label_set_ellipsize (GTK_LABEL (also), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (also, "dim-label");
      gtk_widget_add_css_class (also, "caption");
      gtk_box_append (GTK_BOX (labels), also);
    }
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (badge, "entity-count");
  gtk_widget_add_css_class (badge, "numeric");
  gtk_box_append (GTK_BOX (box), labels);
  gtk_box_append (GTK_BOX (box), badge);
  tooltip = g_strdup_printf (_("%s — click to find each mention in the article"), variants);
  gtk_widget_set_tooltip_text (box, tooltip);
  gtk_widget_add_css_class (box, "entity-row");
  g_object_set_data_full (G_OBJECT (box), "entity", g_object_ref (entity), g_object_unref);
  return box;
}

static void
update_quote (BylineEntityPanel *self)
{
  BylineQuote *quote = self->analysis ? byline_analysis_get_author_quote (self->analysis) : NULL;
  g_autofree char *text = NULL;
  g_autofree char *speaker = NULL;

  gtk_widget_set_visible (self->quote_box, quote != NULL);
  if (quote == NULL)
    return;

  text = g_strdup_printf ("“%s”", byline_quote_get_text (quote));
  speaker = g_strdup_printf ("— %s", byline_quote_get_speaker (quote));
  gtk_label_set_text (self->quote_label, text);
  gtk_label_set_text (self->speaker_label, speaker);
}

static void
update_visibility (BylineEntityPanel *self)
{
  guint total = 0;

  for (guint k = 0; k < BYLINE_N_ENTITY_KINDS; k++)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered[k]));

      gtk_widget_set_visible (self->headings[k], n > 0);
      gtk_widget_set_visible (GTK_WIDGET (self->lists[k]), n > 0);
      gtk_widget_set_visible (self->more_labels[k], n > ROWS_PER_KIND);
      if (n > ROWS_PER_KIND)
        {
          g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more", "%u more",
                                                                n - ROWS_PER_KIND),
                                                   n - ROWS_PER_KIND);

          gtk_label_set_text (GTK_LABEL (self->more_labels[k]), more);
        }
      total += n;
    }
  gtk_widget_set_visible (self->empty_label, total == 0);
}

static void
byline_entity_panel_dispose (GObject *object)
{
  BylineEntityPanel *self = BYLINE_ENTITY_PANEL (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), BYLINE_TYPE_ENTITY_PANEL);
  /* A plain GtkWidget parent must drop its own children. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  for (guint k = 0; k < BYLINE_N_ENTITY_KINDS; k++)
    {
      g_clear_object (&self->shown[k]);
      g_clear_object (&self->filtered[k]);
    }
  g_clear_object (&self->analysis);

  G_OBJECT_CLASS (byline_entity_panel_parent_class)->dispose (object);
}

static void
byline_entity_panel_class_init (BylineEntityPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = byline_entity_panel_dispose;

  /**
   * BylineEntityPanel::entity-activated:
   * @entity: the #BylineEntity whose row the user activated
   */
  signals[ENTITY_ACTIVATED] =
    g_signal_new ("entity-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, BYLINE_TYPE_ENTITY);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/bylineeditor/Byline/ui/byline-entity-panel.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "entitypanel");
  gtk_widget_class_bind_template_child (widget_class, BylineEntityPanel, quote_box);
  gtk_widget_class_bind_template_child (widget_class, BylineEntityPanel, quote_label);
  gtk_widget_class_bind_template_child (widget_class, BylineEntityPanel, speaker_label);
  gtk_widget_class_bind_template_child (widget_class, BylineEntityPanel, summary_label);
  gtk_widget_class_bind_template_child (widget_class, BylineEntityPanel, empty_label);
  gtk_widget_class_bind_template_child_full (widget_class, "person_heading", FALSE,
                                             G_STRUCT_OFFSET (BylineEntityPanel, headings[BYLINE_ENTITY_PERSON]));
  gtk_widget_class_bind_template_child_full (widget_class, "org_heading", FALSE,
                                             G_STRUCT_OFFSET (BylineEntityPanel, headings[BYLINE_ENTITY_ORG]));
  gtk_widget_class_bind_template_child_full (widget_class, "place_heading", FALSE,
                                             G_STRUCT_OFFSET (BylineEntityPanel, headings[BYLINE_ENTITY_PLACE]));
  gtk_widget_class_bind_template_child_full (widget_class, "other_heading", FALSE,
                                             G_STRUCT_OFFSET (BylineEntityPanel, headings[BYLINE_ENTITY_OTHER]));
  gtk_widget_class_bind_template_child_full (widget_class, "person_list", FALSE,
                                             G_STRUCT_OFFSET (BylineEntityPanel, lists[BYLINE_ENTITY_PERSON]));
  gtk_widget_class_bind_template_child_full (widget_class, "org_list", FALSE,
                                             G_STRUCT_OFFSET (BylineEntityPanel, lists[BYLINE_ENTITY_ORG]));
  gtk_widget_class_bind_template_child_full (widget_class, "place_list", FALSE,
                                             G_STRUCT_OFFSET (BylineEntityPanel, lists[BYLINE_ENTITY_PLACE]));
  gtk_widget_class_bind_template_child_full (widget_class, "other_list", FALSE,
                                             G_STRUCT_OFFSET (BylineEntityPanel, lists[BYLINE_ENTITY_OTHER]));
  gtk_widget_class_bind_template_child_full (widget_class, "person_more", FALSE,
                                             G_STRUCT_OFFSET (BylineEntityPanel, more_labels[BYLINE_ENTITY_PERSON]));
  gtk_widget_class_bind_template_child_full (widget_class, "org_more", FALSE,
                                             G_STRUCT_OFFSET (BylineEntityPanel, more_labels[BYLINE_ENTITY_ORG]));
  gtk_widget_class_bind_template_child_full (widget_class, "place_more", FALSE,
                                             G_STRUCT_OFFSET (BylineEntityPanel, more_labels[BYLINE_ENTITY_PLACE]));
  gtk_widget_class_bind_template_child_full (widget_class, "other_more", FALSE,
                                             G_STRUCT_OFFSET (BylineEntityPanel, more_labels[BYLINE_ENTITY_OTHER]));
}

static void
byline_entity_panel_init (BylineEntityPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint k = 0; k < BYLINE_N_ENTITY_KINDS; k++)
    {
      GtkCustomFilter *filter = gtk_custom_filter_new (kind_matches, GUINT_TO_POINTER (k), NULL);

      self->filtered[k] = gtk_filter_list_model_new (NULL, GTK_FILTER (filter));
      self->shown[k] = gtk_slice_list_model_new (G_LIST_MODEL (g_object_ref (self->filtered[k])),
                                                 0, ROWS_PER_KIND);
      gtk_list_box_bind_model (self->lists[k], G_LIST_MODEL (self->shown[k]),
                               create_row, NULL, NULL);
      g_signal_connect_object (self->lists[k], "row-activated", G_CALLBACK (row_activated_cb),
                               self, G_CONNECT_SWAPPED);
    }
  update_quote (self);
  update_visibility (self);
}

GtkWidget *
byline_entity_panel_new (void)
{
  return g_object_new (BYLINE_TYPE_ENTITY_PANEL, NULL);
}

void
byline_entity_panel_set_analysis (BylineEntityPanel *self,
                                  BylineAnalysis    *analysis)
{
  g_autofree char *summary = NULL;

  g_return_if_fail (BYLINE_IS_ENTITY_PANEL (self));
  g_return_if_fail (analysis == NULL || BYLINE_IS_ANALYSIS (analysis));

  if (!g_set_object (&self->analysis, analysis))
    return;

  for (guint k = 0; k < BYLINE_N_ENTITY_KINDS; k++)
    gtk_filter_list_model_set_model (self->filtered[k],
                                     analysis ? byline_analysis_get_entities (analysis) : NULL);
  if (analysis != NULL)
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u word", "%u words",
                                            byline_analysis_get_word_count (analysis)),
                               byline_analysis_get_word_count (analysis));
  gtk_label_set_text (self->summary_label, summary ? summary : "");
  update_quote (self);
  update_visibility (self);
}

BylineAnalysis *
byline_entity_panel_get_analysis (BylineEntityPanel *self)
{
  g_return_val_if_fail (BYLINE_IS_ENTITY_PANEL (self), NULL);

  return self->analysis;
}
