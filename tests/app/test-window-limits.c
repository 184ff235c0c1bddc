/* test-window-limits.c: the heap and history budgets in the window
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "rs-test-window.h"
#include "rs-session-private.h"

/* A statement typed in the command line that asks for more than the heap
 * budget gets MemoryError in the script: the message says which limit and
 * how to raise it, the statement is not kept, and the session goes on. */
static void
test_memory_error_in_command (void)
{
  RsWindow *window;
  const char *error;

  window = new_window ();
  g_assert_true (rs_window_run (window, "a = [1]", FALSE));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.run-command", "s", "b = [0] * 1000000000");
  error = rs_window_get_error (window);
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error, "New Session:2: MemoryError: the script asked for more "
                                          "memory than the heap limit of 64.0"));
  g_assert_nonnull (strstr (error, "REFSCOPE_HEAP_LIMIT"));
  g_assert_cmpstr (source (window), ==, "a = [1]\n");

  /* the session is the one before it, and goes on once it is undone */
  g_assert_false (rs_session_get_error (rs_window_get_session (window), NULL, NULL, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_null (rs_window_get_error (window));
  g_assert_true (rs_window_run (window, "c = [2] * 3", FALSE));
  g_assert_null (rs_window_get_error (window));
  g_assert_cmpstr (source (window), ==, "a = [1]\nc = [2] * 3\n");
  wait_until_settled (window);
  close_window (window);
}

/* A script that allocates forever fills the history budget: recording
 * stops with a message that says so, and the steps recorded so far can be
 * stepped through. */
static void
test_history_limit_stops_recording (void)
{
  const char *script = "class Foo:\n    pass\nwhile True:\n    a = Foo()\n";
  RsWindow *window;
  const char *error;
  guint n_steps;

  window = new_window ();
  g_assert_true (rs_window_load_source (window, script, strlen (script), NULL, NULL));
  error = rs_window_get_error (window);
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error, "New Session:4: recording stopped after step "));
  g_assert_nonnull (strstr (error, "the history reached its limit of 2.0"));
  g_assert_nonnull (strstr (error, "the steps recorded so far can still be viewed"));
  g_assert_true (rs_session_hit_history_limit (rs_window_get_session (window)));
  g_assert_cmpuint (rs_timeline_get_bytes (rs_session_get_timeline (rs_window_get_session (window))),
                    <, 3u << 20);

  n_steps = rs_session_get_n_steps (rs_window_get_session (window));
  g_assert_cmpuint (n_steps, >, 1000);
  rs_window_set_step (window, n_steps / 2);
  g_assert_cmpuint (rs_window_get_step (window), ==, n_steps / 2);
  g_assert_nonnull (rs_window_get_snapshot (window));
  g_assert_cmpuint (rs_window_get_snapshot (window)->n_objects, >, 0);
  wait_until_settled (window);
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  /* the limits the window reads, before any thread starts */
  g_setenv ("REFSCOPE_HEAP_LIMIT", "64M", TRUE);
  g_setenv ("REFSCOPE_HISTORY_LIMIT", "2M", TRUE);
  test_window_init (&argc, &argv);
  g_test_add_func ("/refscope/window-limits/memory-error-in-command", test_memory_error_in_command);
  g_test_add_func ("/refscope/window-limits/history-limit-stops-recording", test_history_limit_stops_recording);
  return test_window_run ();
}
