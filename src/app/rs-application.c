/* rs-application.c: the Refscope application
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "refscope-application"

#include "config.h"

#include <glib/gi18n.h>
#include <gtksourceview/gtksource.h>

#include "rs-application.h"
#include "rs-autosave.h"
#include "rs-layout.h"
#include "rs-preferences-window.h"
#include "rs-window.h"

#define MAX_RECENT 10

struct _RsApplication
{
  AdwApplication  parent_instance;
  GSettings      *settings;
  GtkCssProvider *editor_css;  /* the editor font size, on every window */
};

G_DEFINE_FINAL_TYPE (RsApplication, rs_application, ADW_TYPE_APPLICATION)

static const struct {
  const char *action;
  const char *accels[3];
} accels[] = {
  { "app.quit", { "<Ctrl>q", NULL } },
  { "app.preferences", { "<Ctrl>comma", NULL } },
  { "win.new-session", { "<Ctrl>n", NULL } },
  { "win.open", { "<Ctrl>o", NULL } },
  { "win.save", { "<Ctrl>s", NULL } },
  { "win.save-as", { "<Ctrl><Shift>s", NULL } },
  { "win.export", { "<Ctrl>e", NULL } },
  { "window.close", { "<Ctrl>w", NULL } },
  { "win.show-help-overlay", { "<Ctrl>question", NULL } },
  { "win.play", { "<Ctrl>space", NULL } },
  { "win.step-back", { "<Alt>Left", NULL } },
  { "win.step-forward", { "<Alt>Right", NULL } },
  { "win.first-step", { "<Alt>Home", NULL } },
  { "win.last-step", { "<Alt>End", NULL } },
  { "win.zoom-in", { "<Ctrl>plus", "<Ctrl>equal", NULL } },
  { "win.zoom-out", { "<Ctrl>minus", NULL } },
  { "win.zoom-fit", { "<Ctrl>0", NULL } },
  { "win.new-object", { "<Ctrl><Shift>n", NULL } },
  { "win.bind-name", { "<Ctrl>b", NULL } },
  { "win.add-reference", { "<Ctrl>r", NULL } },
  { "win.delete", { "<Ctrl>Delete", NULL } },
  { "win.collect", { "<Ctrl>g", NULL } },
  { "win.focus-command", { "<Ctrl>l", NULL } },
  { "win.pin", { "<Ctrl><Shift>p", NULL } },
  { "win.show-legend", { "<Ctrl><Shift>l", NULL } },
};

static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaSource) build_source = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
#ifdef RS_BUILD_SCHEMA_DIR
  if (schema == NULL)
    {
      /* Started from the build tree (build-aux/dev.sh run). */
      build_source = g_settings_schema_source_new_from_directory (RS_BUILD_SCHEMA_DIR,
                                                                  source, FALSE, NULL);
      if (build_source != NULL)
        schema = g_settings_schema_source_lookup (build_source, APP_ID, FALSE);
    }
#endif
  if (schema == NULL)
    {
      g_warning ("GSettings schema %s not found: settings will not be kept", APP_ID);
      return NULL;
    }
  return g_settings_new_full (schema, NULL, NULL);
}

static RsWindow *
new_window (RsApplication *self)
{
  return rs_window_new (self);
}

static void
rs_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }
  window = GTK_WINDOW (new_window (RS_APPLICATION (app)));
  gtk_window_present (window);
  /* A start: what a Refscope that stopped left unsaved is offered back. */
  rs_window_recover_orphans (RS_WINDOW (window));
}

static void
rs_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      RsWindow *window = new_window (RS_APPLICATION (app));

      rs_window_open_file (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  GApplication *app = G_APPLICATION (user_data);
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));

  /* Each window asks before discarding its own unsaved changes. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  static const char *developers[] = { "The Refscope developers", NULL };
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  AdwAboutWindow *about = ADW_ABOUT_WINDOW (adw_about_window_new ());

  adw_about_window_set_application_name (about, _("Refscope"));
  adw_about_window_set_application_icon (about, APP_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_developer_name (about, _("The Refscope developers"));
  adw_about_window_set_developers (about, developers);
  adw_about_window_set_comments (about,
    _("See how CPython frees objects: reference counts that free an object the "
      "moment they reach zero, weak references, and the cycle collector."));
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_set_copyright (about, "© 2026 The Refscope developers");
  adw_about_window_set_translator_credits (about, _("translator-credits"));
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (about), parent);
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  RsApplication *self = RS_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (self->settings == NULL)
    return;
  gtk_window_present (rs_preferences_window_new (parent, self->settings));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "preferences", preferences_activated },
  { "about", about_activated },
};

static void
style_changed_cb (RsApplication *self)
{
  static const struct { const char *name; AdwColorScheme scheme; } schemes[] = {
    { "default", ADW_COLOR_SCHEME_DEFAULT },
    { "light", ADW_COLOR_SCHEME_FORCE_LIGHT },
    { "dark", ADW_COLOR_SCHEME_FORCE_DARK },
  };
  g_autofree char *style = g_settings_get_string (self->settings, "style");

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    if (g_str_equal (style, schemes[i].name))
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (), schemes[i].scheme);
}

static void
editor_font_size_cb (RsApplication *self)
{
  g_autofree char *css =
    g_strdup_printf ("rsscriptview textview { font-size: %dpt; }",
                     g_settings_get_int (self->settings, "editor-font-size"));

  gtk_css_provider_load_from_data (self->editor_css, css, -1);
}

/* Style and editor font are the whole application's: one place follows them. */
static void
follow_settings (RsApplication *self)
{
  self->editor_css = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (self->editor_css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_signal_connect_object (self->settings, "changed::style",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::editor-font-size",
                           G_CALLBACK (editor_font_size_cb), self, G_CONNECT_SWAPPED);
  style_changed_cb (self);
  editor_font_size_cb (self);
}

static void
rs_application_startup (GApplication *app)
{
  RsApplication *self = RS_APPLICATION (app);

  G_APPLICATION_CLASS (rs_application_parent_class)->startup (app);

  gtk_source_init ();
  /* gvLayout switches LC_NUMERIC process-wide: the main thread keeps its own. */
  rs_layout_use_thread_locale ();
  self->settings = create_settings ();
  if (self->settings != NULL)
    follow_settings (self);
  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app),
                                           accels[i].action, accels[i].accels);
  gtk_window_set_default_icon_name (APP_ID);
}

static void
rs_application_shutdown (GApplication *app)
{
  RsApplication *self = RS_APPLICATION (app);

  G_APPLICATION_CLASS (rs_application_parent_class)->shutdown (app);
  /* The last writes land; what is left unsaved is offered next time. */
  rs_autosave_shutdown ();
  g_clear_object (&self->settings);
  g_clear_object (&self->editor_css);
  gtk_source_finalize ();
}

static void
rs_application_class_init (RsApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = rs_application_activate;
  app_class->open = rs_application_open;
  app_class->startup = rs_application_startup;
  app_class->shutdown = rs_application_shutdown;
}

static void
rs_application_init (RsApplication *self)
{
}

RsApplication *
rs_application_new (void)
{
  /* Non-unique: each `refscope FILE.py` is its own process, which also
   * keeps the app usable where no session bus runs (CI, xvfb-run). */
  return g_object_new (RS_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", "/io/github/refscope/Refscope",
                       NULL);
}

GSettings *
rs_application_get_settings (RsApplication *self)
{
  g_return_val_if_fail (RS_IS_APPLICATION (self), NULL);

  return self->settings;
}

void
rs_application_add_recent (RsApplication *self,
                           GFile         *file)
{
  g_autofree char *uri = NULL;
  g_auto(GStrv) old = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) recent = NULL;
  guint n = 1;

  g_return_if_fail (RS_IS_APPLICATION (self));
  g_return_if_fail (G_IS_FILE (file));

  uri = g_file_get_uri (file);
  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  if (self->settings == NULL)
    return;

  builder = g_strv_builder_new ();
  g_strv_builder_add (builder, uri);
  old = g_settings_get_strv (self->settings, "recent-files");
  for (guint i = 0; old[i] != NULL && n < MAX_RECENT; i++)
    {
      if (g_strcmp0 (old[i], uri) == 0)
        continue;
      g_strv_builder_add (builder, old[i]);
      n++;
    }
  recent = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-files", (const char * const *) recent);
}
