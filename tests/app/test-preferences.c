/* test-preferences.c: each row of the Preferences window changes what it says, in every window
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "rs-graph-view-private.h"
#include "rs-preferences-window.h"
#include "rs-test-window.h"

static GSettings *
settings_of (RsWindow *window)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));

  return rs_application_get_settings (RS_APPLICATION (app));
}

/* The template child @id of the Preferences window. */
static gpointer
find_child (GtkWidget  *widget,
            const char *id)
{
  if (g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)), id) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gpointer found = find_child (child, id);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
open_preferences (RsWindow *window)
{
  GtkWidget *prefs;

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (g_application_get_default ()),
                                            "preferences"));
  prefs = GTK_WIDGET (rs_preferences_window_new (GTK_WINDOW (window), settings_of (window)));
  gtk_window_present (GTK_WINDOW (prefs));
  return prefs;
}

static void
close_preferences (GtkWidget *prefs,
                   RsWindow  *window)
{
  gtk_window_destroy (GTK_WINDOW (prefs));
  /* The next test starts from the defaults. */
  g_settings_delay (settings_of (window));
  {
    g_autoptr(GSettingsSchema) schema = NULL;
    g_auto(GStrv) keys = NULL;

    g_object_get (settings_of (window), "settings-schema", &schema, NULL);
    keys = g_settings_schema_list_keys (schema);
    for (guint i = 0; keys[i] != NULL; i++)
      g_settings_reset (settings_of (window), keys[i]);
  }
  g_settings_apply (settings_of (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_style (void)
{
  RsWindow *window = new_window ();
  GtkWidget *prefs = open_preferences (window);
  AdwStyleManager *manager = adw_style_manager_get_default ();

  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==, ADW_COLOR_SCHEME_DEFAULT);
  adw_combo_row_set_selected (find_child (prefs, "style_row"), 2);
  g_assert_cmpstr (g_settings_get_string (settings_of (window), "style"), ==, "dark");
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (manager));
  adw_combo_row_set_selected (find_child (prefs, "style_row"), 1);
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_assert_false (adw_style_manager_get_dark (manager));
  adw_combo_row_set_selected (find_child (prefs, "style_row"), 0);
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==, ADW_COLOR_SCHEME_DEFAULT);
  close_preferences (prefs, window);
  close_window (window);
}

/* New sessions take the default engine; a saved session keeps its own. */
static void
test_engine (void)
{
  RsWindow *window = open_example ("seed_cycle_leak.py");
  GtkWidget *prefs = open_preferences (window);
  g_autofree char *dir = g_dir_make_tmp ("refscope-app-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "circo.py", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  RsWindow *fresh;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.engine", "s", "circo"));
  g_assert_true (rs_window_save_to_file (window, file, &error));
  g_assert_no_error (error);
  adw_combo_row_set_selected (find_child (prefs, "engine_row"), 1);
  g_assert_cmpstr (g_settings_get_string (settings_of (window), "layout-engine"), ==, "neato");
  /* The session open keeps the engine it shows. */
  g_assert_cmpint (rs_graph_view_get_engine (window->canvas), ==, RS_LAYOUT_ENGINE_CIRCO);

  fresh = new_window ();
  g_assert_cmpint (rs_graph_view_get_engine (fresh->canvas), ==, RS_LAYOUT_ENGINE_NEATO);
  g_assert_false (rs_window_get_modified (fresh));
  open_file (fresh, file);
  g_assert_cmpint (rs_graph_view_get_engine (fresh->canvas), ==, RS_LAYOUT_ENGINE_CIRCO);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-session", NULL));
  g_assert_cmpint (rs_graph_view_get_engine (window->canvas), ==, RS_LAYOUT_ENGINE_NEATO);

  close_preferences (prefs, window);
  wait_until_settled (fresh);
  wait_until_settled (window);
  close_window (fresh);
  close_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

static int
editor_font_size (RsWindow *window)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (script_editor (window)));

  return pango_font_description_get_size (pango_context_get_font_description (context));
}

/* CSS sizes reach Pango in pixels: compare in the default's units. */
static void
assert_font_size (RsWindow *window,
                  int       base,
                  int       points)
{
  gint64 deadline = g_get_monotonic_time () + G_USEC_PER_SEC;

  /* The style is computed again on the next frame. */
  while (ABS (editor_font_size (window) * 11 - base * points) > 11 * points &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpint (ABS (editor_font_size (window) * 11 - base * points), <=, 11 * points);
}

static void
test_font_size (void)
{
  RsWindow *window = new_window ();
  RsWindow *other = new_window ();
  GtkWidget *prefs = open_preferences (window);
  int base = editor_font_size (window);

  g_assert_cmpint (base, >, 0);
  gtk_spin_button_set_value (find_child (prefs, "font_size_spin"), 20);
  g_assert_cmpint (g_settings_get_int (settings_of (window), "editor-font-size"), ==, 20);
  assert_font_size (window, base, 20);
  assert_font_size (other, base, 20);
  close_preferences (prefs, window);
  assert_font_size (other, base, 11);
  close_window (other);
  close_window (window);
}

static gboolean
legend_action_state (RsWindow *window)
{
  g_autoptr(GVariant) state = g_action_group_get_action_state (G_ACTION_GROUP (window), "show-legend");

  return g_variant_get_boolean (state);
}

static void
test_legend (void)
{
  RsWindow *window = new_window ();
  GtkWidget *prefs = open_preferences (window);
  RsWindow *fresh;

  g_assert_true (legend_action_state (window));
  gtk_switch_set_active (find_child (prefs, "legend_switch"), FALSE);
  g_assert_false (g_settings_get_boolean (settings_of (window), "show-legend"));
  g_assert_false (rs_graph_view_get_show_legend (window->canvas));
  g_assert_false (legend_action_state (window));
  fresh = new_window ();
  g_assert_false (legend_action_state (fresh));
  /* The action still shows it in one window only. */
  g_action_group_activate_action (G_ACTION_GROUP (fresh), "show-legend", NULL);
  g_assert_true (legend_action_state (fresh));
  g_assert_false (legend_action_state (window));
  close_preferences (prefs, window);
  g_assert_true (legend_action_state (window));
  close_window (fresh);
  close_window (window);
}

static void
test_playback (void)
{
  RsWindow *window = new_window ();
  RsWindow *other = new_window ();
  GtkWidget *prefs = open_preferences (window);
  RsGraphView *canvas = window->canvas;

  g_assert_cmpint (canvas->duration, ==, RS_GRAPH_VIEW_TRANSITION_USEC);
  adw_combo_row_set_selected (find_child (prefs, "speed_row"), 4);
  g_assert_cmpfloat (g_settings_get_double (settings_of (window), "playback-speed"), ==, 8);
  g_assert_cmpfloat (rs_timeline_bar_get_speed (window->timeline_bar), ==, 8);
  g_assert_cmpfloat (rs_timeline_bar_get_speed (other->timeline_bar), ==, 8);
  /* Fast playback still shortens the transition to fit its step. */
  g_assert_cmpint (canvas->duration, ==, (gint64) (0.9 * G_USEC_PER_SEC / 8));
  adw_combo_row_set_selected (find_child (prefs, "speed_row"), 0);
  g_assert_cmpint (canvas->duration, ==, RS_GRAPH_VIEW_TRANSITION_USEC);

  gtk_spin_button_set_value (find_child (prefs, "duration_spin"), 150);
  g_assert_cmpint (g_settings_get_int (settings_of (window), "animation-duration"), ==, 150);
  g_assert_cmpint (canvas->duration, ==, 150 * 1000);
  g_assert_cmpint (other->canvas->duration, ==, 150 * 1000);
  g_assert_true (gtk_widget_get_sensitive (find_child (prefs, "duration_row")));
  gtk_switch_set_active (find_child (prefs, "animate_switch"), FALSE);
  g_assert_false (g_settings_get_boolean (settings_of (window), "animate"));
  g_assert_cmpint (canvas->duration, ==, 1);
  g_assert_false (gtk_widget_get_sensitive (find_child (prefs, "duration_row")));
  close_preferences (prefs, window);
  g_assert_cmpint (canvas->duration, ==, RS_GRAPH_VIEW_TRANSITION_USEC);
  close_window (other);
  close_window (window);
}

/* The size, the side panel and the state a window was closed with. */
static void
test_window_size_restored (void)
{
  RsWindow *window = new_window ();
  GSettings *settings = settings_of (window);
  RsWindow *again;
  int width, height;

  g_settings_set_int (settings, "window-width", 1240);
  g_settings_set_int (settings, "window-height", 640);
  g_settings_set_int (settings, "side-panel-width", 400);
  again = new_window ();
  gtk_window_get_default_size (GTK_WINDOW (again), &width, &height);
  g_assert_cmpint (width, ==, 1240);
  g_assert_cmpint (height, ==, 640);
  wait_until_settled (again);
  g_assert_cmpint (gtk_paned_get_position (again->paned), ==, 1240 - 400);
  /* Less the handle and the window's own frame. */
  g_assert_cmpint (ABS (gtk_widget_get_width (gtk_paned_get_end_child (again->paned)) - 400), <=, 20);
  g_assert_false (gtk_window_is_maximized (GTK_WINDOW (again)));

  /* Closing keeps what the window was, for the next start. */
  gtk_window_set_default_size (GTK_WINDOW (again), 1200, 600);
  gtk_paned_set_position (again->paned, 1200 - 380);
  while (gtk_widget_get_width (gtk_paned_get_end_child (again->paned)) > 390)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (gtk_paned_get_position (again->paned), ==, 1200 - 380);
  again->modified = FALSE;
  gtk_window_close (GTK_WINDOW (again));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1200);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 600);
  g_assert_cmpint (g_settings_get_int (settings, "side-panel-width"), ==, 380);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "side-panel-width");
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  test_window_init (&argc, &argv);
  g_test_add_func ("/refscope/app/preferences/style", test_style);
  g_test_add_func ("/refscope/app/preferences/engine", test_engine);
  g_test_add_func ("/refscope/app/preferences/font-size", test_font_size);
  g_test_add_func ("/refscope/app/preferences/legend", test_legend);
  g_test_add_func ("/refscope/app/preferences/playback", test_playback);
  g_test_add_func ("/refscope/app/preferences/window-size-restored", test_window_size_restored);
  return test_window_run ();
}
