/* test-window-tooltips.c: no tooltip of the real window covers an open popover or menu
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rs-edit.h"
#include "rs-graph-view.h"
#include "rs-test-window.h"

static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The last object of the last step that the edit actions can reach. */
static RsObjId
some_object (RsWindow *window)
{
  RsSnapshot *snap;

  rs_window_set_step (window, rs_session_get_n_steps (rs_window_get_session (window)) - 1);
  wait_until_settled (window);
  snap = rs_window_get_snapshot (window);
  for (guint i = snap->n_objects; i > 0; i--)
    {
      g_autofree char *path = rs_edit_access_path (snap, snap->objects[i - 1].id, NULL);

      if (path != NULL)
        return snap->objects[i - 1].id;
    }
  g_assert_not_reached ();
}

/* Each menu button of the header and the toolbar: no tooltip while its
 * menu is open ("Main Menu" covered the menu's first item), its tooltip
 * back once the menu is closed. */
static void
test_menu_buttons (void)
{
  RsWindow *window = open_example ("seed_cycle_leak.py");
  GtkMenuButton *buttons[] = { window->main_menu_button, window->new_object_button, window->bind_name_button };

  wait_until_settled (window);
  rs_window_select (window, some_object (window));
  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      GtkWidget *button = GTK_WIDGET (buttons[i]);

      g_assert_true (gtk_widget_get_has_tooltip (button));
      gtk_menu_button_popup (buttons[i]);
      drain ();
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (buttons[i]))));
      g_assert_false (gtk_widget_get_has_tooltip (button));
      gtk_menu_button_popdown (buttons[i]);
      drain ();
      g_assert_true (gtk_widget_get_has_tooltip (button));
    }
  close_window (window);
}

/* The canvas's object tooltips wait while the reference popover, which
 * opens on the canvas, is open. */
static void
test_canvas_popover (void)
{
  RsWindow *window = open_example ("seed_cycle_leak.py");
  GtkWidget *canvas;

  wait_until_settled (window);
  canvas = GTK_WIDGET (window->canvas);
  g_assert_true (gtk_widget_get_has_tooltip (canvas));
  _rs_window_show_reference_popover (window, some_object (window), 0, 10, 10);
  drain ();
  g_assert_true (gtk_widget_get_visible (window->reference_popover));
  g_assert_false (gtk_widget_get_has_tooltip (canvas));
  gtk_popover_popdown (GTK_POPOVER (window->reference_popover));
  drain ();
  g_assert_true (gtk_widget_get_has_tooltip (canvas));
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  test_window_init (&argc, &argv);
  g_test_add_func ("/refscope/app/tooltips/menu-buttons", test_menu_buttons);
  g_test_add_func ("/refscope/app/tooltips/canvas-popover", test_canvas_popover);
  return test_window_run ();
}
