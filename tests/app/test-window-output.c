/* test-window-output.c: what the script printed and the events of the step, in view
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rs-test-window.h"

/* Until the layout is done and the frames after it have drawn: sizes
 * and scroll positions are applied on frame clock ticks. */
static void
settle (RsWindow *window)
{
  gint64 until;

  wait_until_settled (window);
  until = g_get_monotonic_time () + 300 * 1000;
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

/* Whether @widget is shown whole inside @within (its scrolled ancestor or
 * the window) at their sizes now. */
static gboolean
inside (GtkWidget *widget,
        GtkWidget *within)
{
  graphene_rect_t b;

  g_assert_true (gtk_widget_compute_bounds (widget, within, &b));
  return gtk_widget_get_mapped (widget) && b.size.height > 0
         && b.origin.y >= -1 && b.origin.y + b.size.height <= gtk_widget_get_height (within) + 1
         && b.origin.x >= -1 && b.origin.x + b.size.width <= gtk_widget_get_width (within) + 1;
}

/* The output follows the step: nothing before the first print, what was
 * printed up to the step after it, in view under the canvas without
 * opening a tab. */
static void
test_output_follows_step (void)
{
  RsWindow *window = open_example ("seed_cycle_collect.py");
  RsSession *session = rs_window_get_session (window);
  guint before_collect = rs_session_find_line_step (session, 24);
  const char *text;

  rs_window_set_step (window, before_collect - 1);
  settle (window);
  g_assert_cmpstr (rs_output_view_get_text (window->output_view), ==, "");
  g_assert_true (inside (GTK_WIDGET (window->output_view), GTK_WIDGET (window)));
  rs_window_set_step (window, before_collect);
  settle (window);
  g_assert_cmpstr (rs_output_view_get_text (window->output_view), ==, "before collect\n");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.last-step", NULL);
  settle (window);
  text = rs_output_view_get_text (window->output_view);
  g_assert_true (g_str_has_prefix (text, "before collect\ndestroyed "));
  g_assert_true (g_str_has_suffix (text, "\nend\n"));
  /* and back: a prefix again */
  rs_window_set_step (window, before_collect);
  settle (window);
  g_assert_cmpstr (rs_output_view_get_text (window->output_view), ==, "before collect\n");
  close_window (window);
}

/* The last row of a GtkListBox under @widget, depth first. */
static GtkWidget *
last_row (GtkWidget *widget)
{
  if (GTK_IS_LIST_BOX (widget))
    return gtk_widget_get_last_child (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (last_row (child) != NULL)
      return last_row (child);
  return NULL;
}

/* At the window's default size the Events list shows the current step's
 * last row, whichever step that is. */
static void
test_events_current_row_in_view (void)
{
  RsWindow *window = open_example ("seed_cycle_collect.py");
  guint n_steps = rs_session_get_n_steps (rs_window_get_session (window));

  guint checked = 0;

  gtk_stack_set_visible_child_name (window->side_stack, "events");
  for (guint step = n_steps - 1; step > 0 && checked < 4; step--)
    {
      GtkWidget *row;

      rs_window_set_step (window, step);
      settle (window);
      row = last_row (GTK_WIDGET (window->event_log));
      /* a step that listed nothing has no row of its own */
      if (row == NULL || !gtk_widget_has_css_class (row, "event-current"))
        continue;
      g_assert_true (inside (row, gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW)));
      g_assert_true (inside (gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW), GTK_WIDGET (window)));
      checked++;
    }
  g_assert_cmpuint (checked, ==, 4);
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  test_window_init (&argc, &argv);
  g_test_add_func ("/refscope/app/output/follows-step", test_output_follows_step);
  g_test_add_func ("/refscope/app/output/events-current-row-in-view", test_events_current_row_in_view);
  return test_window_run ();
}
