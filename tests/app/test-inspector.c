/* test-inspector.c: the real window's inspector names every holder and leads to the objects it names
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "rs-graph-view.h"
#include "rs-inspector.h"
#include "rs-test-window.h"

/* The sentences a hidden holder's ledger entry may start with: the kind of
 * holder it is, each followed by the line it belongs to. */
static const char *const hidden_kinds[] = {
  "the call of ",
  "the iterator of the for loop on line ",
  "the evaluation stack of ",
};

/* How many entries of @ledger name a hidden holder by its kind and a line. */
static guint
count_hidden (const char *ledger)
{
  guint n = 0;

  for (guint k = 0; k < G_N_ELEMENTS (hidden_kinds); k++)
    for (const char *at = strstr (ledger, hidden_kinds[k]); at; at = strstr (at + 1, hidden_kinds[k]))
      {
        const char *line = strstr (at, "line ");

        g_assert_nonnull (line);
        g_assert_true (g_ascii_isdigit (line[5]) && line[5] != '0');
        n++;
      }
  return n;
}

/* Every object held by temporaries, at every step of @name: the inspector's
 * ledger names each of them, never "(temporary)".  Returns how many. */
static guint
check_case (const char *name)
{
  g_autofree char *path = g_build_filename (SRCDIR, "tests", "cases", name, NULL);
  g_autofree char *text = NULL;
  RsWindow *window = new_window ();
  guint n_steps, n_checked = 0;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (rs_window_load_source (window, text, strlen (text), NULL, name));
  n_steps = rs_session_get_n_steps (rs_window_get_session (window));
  for (guint step = 0; step < n_steps; step++)
    {
      RsSnapshot *snap;

      rs_window_set_step (window, step);
      snap = rs_window_get_snapshot (window);
      for (guint i = 0; i < snap->n_objects; i++)
        {
          const RsSnapObject *object = &snap->objects[i];
          const char *ledger;

          if (object->n_temporaries == 0)
            continue;
          rs_window_select (window, object->id);
          ledger = rs_inspector_get_ledger (window->inspector);
          g_assert_null (strstr (ledger, "(temporary)"));
          g_assert_cmpuint (count_hidden (ledger), ==, object->n_temporaries);
          n_checked++;
        }
    }
  close_window (window);
  return n_checked;
}

static void
test_hidden_holders_named (void)
{
  const char *const cases[] = {
    "del_creates_objects_refcount_path.py",
    "class_instance_count_many.py",
    "call_default_refcount.py",
  };
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    n += check_case (cases[i]);
  g_assert_cmpuint (n, >, 0);
}

/* a = A(); a = None: while A.__del__ runs the object is not yet said to
 * be finalized, and the call that holds it says whose finalizer it is. */
static void
test_finalizer_running (void)
{
  const char *script = "class A:\n    def __del__(self):\n        print('bye')\n\n"
                       "a = A()\na = None\nprint('done')\n";
  RsWindow *window = new_window ();
  RsSession *session;
  RsObjId a;
  guint step;

  g_assert_true (rs_window_load_source (window, script, strlen (script), NULL, "del.py"));
  session = rs_window_get_session (window);
  for (step = 0; step < rs_session_get_n_steps (session); step++)
    {
      rs_window_set_step (window, step);
      RsSnapshot *snap = rs_window_get_snapshot (window);

      if (g_str_has_suffix (snap->frames[snap->n_frames - 1].name, "__del__"))
        break;
    }
  g_assert_cmpuint (step, <, rs_session_get_n_steps (session));
  a = find_titled (window, "A #1");
  g_assert_cmpuint (a, !=, 0);
  rs_window_select (window, a);
  g_assert_true (g_str_has_prefix (rs_inspector_get_status (window->inspector), "Being finalized"));
  g_assert_cmpstr (rs_inspector_get_ledger (window->inspector), ==,
                   "refcount 2 = self in __del__, the call of __del__, the finalizer of A #1, "
                   "from line 6 while it runs");
  close_window (window);
}

/* A window that ran @script, at its last step. */
static RsWindow *
window_at_end (const char *script,
               const char *name)
{
  RsWindow *window = new_window ();

  g_assert_true (rs_window_load_source (window, script, strlen (script), NULL, name));
  rs_window_set_step (window, rs_session_get_n_steps (rs_window_get_session (window)) - 1);
  wait_until_settled (window);
  return window;
}

/* The list row of the inspector titled @title, depth first under @widget. */
static GtkWidget *
find_row (GtkWidget  *widget,
          const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (widget)
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = find_row (child, title);

      if (row != NULL)
        return row;
    }
  return NULL;
}

/* Whether the middle of @id's card is on the canvas. */
static gboolean
object_in_view (RsWindow *window,
                RsObjId   id)
{
  GtkWidget *canvas = GTK_WIDGET (window->canvas);
  GdkRectangle area;
  int cx, cy;

  g_assert_true (rs_graph_view_get_object_area (window->canvas, id, &area));
  cx = area.x + area.width / 2, cy = area.y + area.height / 2;
  return cx >= 0 && cy >= 0 && cx < gtk_widget_get_width (canvas) && cy < gtk_widget_get_height (canvas);
}

/* The held-by list names each holder as the ledger does, and a holding
 * object's row selects it on the canvas and brings it into view. */
static void
test_holder_row_selects (void)
{
  const char *script = "class Foo:\n    pass\n\na = Foo()\na.friend = Foo()\n";
  RsWindow *window = window_at_end (script, "pair.py");
  RsObjId first, second;
  GtkWidget *row;

  first = find_titled (window, "Foo #1");
  second = find_titled (window, "Foo #2");
  rs_window_select (window, second);
  g_assert_cmpstr (rs_inspector_get_ledger (window->inspector), ==, "refcount 1 = a.friend");
  g_assert_null (find_row (GTK_WIDGET (window->inspector), "Foo #1.friend"));
  row = find_row (GTK_WIDGET (window->inspector), "a.friend");
  g_assert_nonnull (row);

  /* Zoomed in on the other corner, the holder is out of sight until its
   * row is activated. */
  rs_graph_view_set_zoom (window->canvas, 8);
  rs_graph_view_scroll_to (window->canvas, second);
  g_assert_false (object_in_view (window, first));
  gtk_widget_activate (row);
  g_assert_cmpuint (rs_window_get_selected (window), ==, first);
  g_assert_cmpuint (rs_inspector_get_object (window->inspector), ==, first);
  g_assert_true (object_in_view (window, first));
  close_window (window);
}

/* A leaked object lists the other members of its cycle, and each row leads
 * to that member. */
static void
test_cycle_members (void)
{
  const char *script = "class Foo:\n    pass\n\na = Foo()\nb = Foo()\nc = Foo()\n"
                       "a.next = b\nb.next = c\nc.next = a\ndel a, b, c\n";
  RsWindow *window = window_at_end (script, "ring.py");
  RsObjId first, third;
  GtkWidget *row;

  first = find_titled (window, "Foo #1");
  third = find_titled (window, "Foo #3");
  rs_window_select (window, first);
  g_assert_true (g_str_has_prefix (rs_inspector_get_status (window->inspector), "Leaked, in cycle"));
  g_assert_nonnull (find_row (GTK_WIDGET (window->inspector), "Foo #2"));
  row = find_row (GTK_WIDGET (window->inspector), "Foo #3");
  g_assert_nonnull (row);
  g_assert_null (find_row (GTK_WIDGET (window->inspector), "Foo #1"));
  gtk_widget_activate (row);
  g_assert_cmpuint (rs_window_get_selected (window), ==, third);
  g_assert_nonnull (find_row (GTK_WIDGET (window->inspector), "Foo #1"));
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  test_window_init (&argc, &argv);
  g_test_add_func ("/refscope/app/inspector/hidden-holders-named", test_hidden_holders_named);
  g_test_add_func ("/refscope/app/inspector/finalizer-running", test_finalizer_running);
  g_test_add_func ("/refscope/app/inspector/holder-row-selects", test_holder_row_selects);
  g_test_add_func ("/refscope/app/inspector/cycle-members", test_cycle_members);
  return test_window_run ();
}
