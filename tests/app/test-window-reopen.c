/* test-window-reopen.c: a saved session opens where it was left
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "rs-test-window.h"

/* Runs the main loop for @ms milliseconds: long enough for a replay at 2
 * steps a second to move. */
static void
spin (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

/* A scroll on the canvas, as the pointer gives it: it pans. */
static void
scroll_canvas (RsWindow *window,
               double    dx,
               double    dy)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window->canvas));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_SCROLL (c))
        g_signal_emit_by_name (c, "scroll", dx, dy, &handled);
    }
  g_assert_true (handled);
}

/* The first object drawn (not every object of the heap is), and where. */
static RsObjId
first_drawn (RsWindow     *window,
             GdkRectangle *area)
{
  RsSnapshot *snapshot = rs_window_get_snapshot (window);

  for (guint i = 0; i < snapshot->n_objects; i++)
    if (rs_graph_view_get_object_area (window->canvas, snapshot->objects[i].id, area))
      return snapshot->objects[i].id;
  g_assert_not_reached ();
}

static void
test_reopen_at_saved_step (void)
{
  RsWindow *window = open_example ("seed_cycle_leak.py");
  g_autofree char *dir = g_dir_make_tmp ("refscope-app-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "left.py", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  RsWindow *again;
  double zoom, centre[2], again_centre[2];
  GdkRectangle area, again_area;
  RsObjId id;
  guint saved;

  /* A step in the middle, with a card on the canvas. */
  for (saved = 1; find_titled (window, "Foo #1") == 0; saved++)
    rs_window_set_step (window, saved);
  g_assert_cmpuint (saved, <, rs_session_get_n_steps (rs_window_get_session (window)) - 1);
  saved = rs_window_get_step (window);
  wait_until_settled (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.engine", "s", "neato"));
  wait_until_settled (window);
  rs_graph_view_zoom_by (window->canvas, 1.5);
  scroll_canvas (window, 2, 1);
  zoom = rs_graph_view_get_chosen_zoom (window->canvas);
  g_assert_cmpfloat (zoom, >, 0);
  g_assert_true (rs_graph_view_get_chosen_centre (window->canvas, centre));
  g_assert_true (rs_window_save_to_file (window, file, &error));
  g_assert_no_error (error);
  id = first_drawn (window, &area);

  /* At once: the saved step, zoom and engine, nothing playing. */
  again = new_window ();
  open_file (again, file);
  g_assert_cmpuint (rs_window_get_step (again), ==, saved);
  g_assert_cmpuint (rs_timeline_bar_get_step (again->timeline_bar), ==, saved);
  g_assert_false (rs_timeline_bar_get_playing (again->timeline_bar));
  g_assert_cmpfloat_with_epsilon (rs_graph_view_get_chosen_zoom (again->canvas), zoom, 1e-3);
  g_assert_cmpint (rs_graph_view_get_engine (again->canvas), ==, RS_LAYOUT_ENGINE_NEATO);
  g_assert_false (rs_window_get_modified (again));
  g_assert_true (rs_graph_view_get_chosen_centre (again->canvas, again_centre));
  g_assert_cmpfloat_with_epsilon (again_centre[0], centre[0], 0.1);
  g_assert_cmpfloat_with_epsilon (again_centre[1], centre[1], 0.1);
  spin (800);
  g_assert_cmpuint (rs_window_get_step (again), ==, saved);
  /* Scrolled as it was: the same card at the same place. */
  wait_until_settled (again);
  g_assert_true (rs_graph_view_get_object_area (again->canvas, id, &again_area));
  g_assert_cmpint (ABS (again_area.x - area.x), <=, 1);
  g_assert_cmpint (ABS (again_area.y - area.y), <=, 1);
  g_assert_cmpint (again_area.width, ==, area.width);
  /* Playing is the user's choice. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (again), "win.play", NULL));
  g_assert_true (rs_timeline_bar_get_playing (again->timeline_bar));
  gtk_widget_activate_action (GTK_WIDGET (again), "win.play", NULL);
  wait_until_settled (again);
  close_window (again);
  close_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* Where each card is drawn, by key. */
static GHashTable *
positions (RsWindow *window)
{
  const RsScene *scene = rs_graph_view_get_scene (window->canvas);
  GHashTable *at = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  g_assert_nonnull (scene);
  g_assert_cmpuint (scene->step, ==, rs_window_get_step (window));
  for (guint i = 0; i < scene->n_nodes; i++)
    {
      double *xy = g_new (double, 2);

      xy[0] = scene->nodes[i].x;
      xy[1] = scene->nodes[i].y;
      g_hash_table_insert (at, g_memdup2 (&scene->nodes[i].key, sizeof (guint64)), xy);
    }
  return at;
}

static void
assert_same_positions (GHashTable *a,
                       GHashTable *b,
                       const char *how)
{
  GHashTableIter iter;
  gpointer key, value;

  g_assert_cmpuint (g_hash_table_size (a), ==, g_hash_table_size (b));
  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const double *xy = value, *other = g_hash_table_lookup (b, key);

      g_assert_nonnull (other);
      if (fabs (xy[0] - other[0]) > 1e-6 || fabs (xy[1] - other[1]) > 1e-6)
        g_error ("%s: node %" G_GINT64_MODIFIER "x at %g,%g, not %g,%g", how, *(guint64 *) key,
                 other[0], other[1], xy[0], xy[1]);
    }
}

/* Step N by the slider, by stepping there (forward, then back over it)
 * and by reopening a file saved at it: the same picture. */
static void
test_same_step_three_ways (void)
{
  RsWindow *slid = open_example ("seed_cycle_collect.py");
  RsWindow *stepped = open_example ("seed_cycle_collect.py");
  g_autofree char *dir = g_dir_make_tmp ("refscope-app-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "step.py", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) by_slider = NULL;
  g_autoptr(GHashTable) by_stepping = NULL;
  g_autoptr(GHashTable) by_stepping_back = NULL;
  g_autoptr(GHashTable) by_reopening = NULL;
  RsWindow *reopened;
  const guint n = 22;

  g_assert_cmpuint (rs_session_get_n_steps (rs_window_get_session (slid)), >, n + 3);
  rs_window_set_step (slid, n);
  wait_until_settled (slid);
  by_slider = positions (slid);
  g_assert_cmpuint (g_hash_table_size (by_slider), >, 2);

  rs_window_set_step (stepped, 0);
  wait_until_settled (stepped);
  while (rs_window_get_step (stepped) < n)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (stepped), "win.step-forward", NULL));
      wait_until_settled (stepped);
    }
  by_stepping = positions (stepped);
  assert_same_positions (by_slider, by_stepping, "stepping");
  rs_window_set_step (stepped, n + 3);
  wait_until_settled (stepped);
  while (rs_window_get_step (stepped) > n)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (stepped), "win.step-back", NULL));
      wait_until_settled (stepped);
    }
  by_stepping_back = positions (stepped);
  assert_same_positions (by_slider, by_stepping_back, "stepping back");

  g_assert_true (rs_window_save_to_file (stepped, file, &error));
  g_assert_no_error (error);
  reopened = new_window ();
  open_file (reopened, file);
  wait_until_settled (reopened);
  by_reopening = positions (reopened);
  assert_same_positions (by_slider, by_reopening, "reopening");

  close_window (reopened);
  close_window (stepped);
  close_window (slid);
  g_unlink (path);
  g_rmdir (dir);
}

/* The engine and the pins are part of the saved picture. */
static void
test_view_changes_modify (void)
{
  RsWindow *window = open_example ("seed_cycle_leak.py");
  g_autofree char *dir = g_dir_make_tmp ("refscope-app-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "view.py", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  gboolean pinned = FALSE;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.last-step", NULL);
  wait_until_settled (window);
  g_assert_true (rs_window_save_to_file (window, file, &error));
  g_assert_no_error (error);
  g_assert_false (rs_window_get_modified (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.engine", "s", "fdp"));
  g_assert_true (rs_window_get_modified (window));

  g_assert_true (rs_window_save_to_file (window, file, &error));
  g_assert_no_error (error);
  g_assert_false (rs_window_get_modified (window));
  wait_until_settled (window);
  /* The first object drawn (not every object of the heap is). */
  for (guint i = 0; i < rs_window_get_snapshot (window)->n_objects && !pinned; i++)
    pinned = rs_graph_view_pin_object (window->canvas, rs_window_get_snapshot (window)->objects[i].id);
  g_assert_true (pinned);
  g_assert_true (rs_window_get_modified (window));
  wait_until_settled (window);
  close_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  test_window_init (&argc, &argv);
  g_test_add_func ("/refscope/app/reopen/at-saved-step", test_reopen_at_saved_step);
  g_test_add_func ("/refscope/app/reopen/view-changes-modify", test_view_changes_modify);
  g_test_add_func ("/refscope/app/reopen/same-step-three-ways", test_same_step_three_ways);
  return test_window_run ();
}
