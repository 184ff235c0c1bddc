/* test-window-reopen.c: a saved session opens where it was left
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

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

static void
test_reopen_at_saved_step (void)
{
  RsWindow *window = open_example ("seed_cycle_leak.py");
  g_autofree char *dir = g_dir_make_tmp ("refscope-app-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "left.py", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  RsWindow *again;
  double zoom;

  rs_window_set_step (window, 3);
  wait_until_settled (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.engine", "s", "neato"));
  rs_graph_view_zoom_by (window->canvas, 1.5);
  zoom = rs_graph_view_get_chosen_zoom (window->canvas);
  g_assert_cmpfloat (zoom, >, 0);
  g_assert_true (rs_window_save_to_file (window, file, &error));
  g_assert_no_error (error);

  /* At once: the saved step, zoom and engine, nothing playing. */
  again = new_window ();
  rs_window_open_file (again, file);
  g_assert_cmpuint (rs_window_get_step (again), ==, 3);
  g_assert_cmpuint (rs_timeline_bar_get_step (again->timeline_bar), ==, 3);
  g_assert_false (rs_timeline_bar_get_playing (again->timeline_bar));
  g_assert_cmpfloat_with_epsilon (rs_graph_view_get_chosen_zoom (again->canvas), zoom, 1e-3);
  g_assert_cmpint (rs_graph_view_get_engine (again->canvas), ==, RS_LAYOUT_ENGINE_NEATO);
  g_assert_false (rs_window_get_modified (again));
  spin (800);
  g_assert_cmpuint (rs_window_get_step (again), ==, 3);
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
  return test_window_run ();
}
