/* test-explain-view.c: the inspector's why alive, what dies with it, what if and break the cycle, in the real window
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "rs-explain-view.h"
#include "rs-graph-view.h"
#include "rs-graph-view-private.h"
#include "rs-inspector.h"
#include "rs-snapshot-describe.h"
#include "rs-test-window.h"

static const char pair_script[] =
  "class Foo:\n    pass\n\na = Foo()\na.friend = Foo()\na.friend.items = [Foo()]\n";

static RsWindow *
window_selecting (const char *script,
                  const char *title)
{
  RsWindow *window = new_window ();

  g_assert_true (rs_window_load_source (window, script, strlen (script), NULL, "pair.py"));
  rs_window_set_step (window, rs_session_get_n_steps (rs_window_get_session (window)) - 1);
  wait_until_settled (window);
  rs_window_select (window, find_titled (window, title));
  return window;
}

static void
assert_ids (GArray        *ids,
            const RsObjId *expected,
            guint          n)
{
  g_assert_cmpuint (ids->len, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (g_array_index (ids, RsObjId, i), ==, expected[i]);
}

/* The chain from a root is written as the script would, and stressed on
 * the canvas with the frame row it starts at. */
static void
test_why_alive (void)
{
  RsWindow *window = window_selecting (pair_script, "Foo #3");
  RsExplainView *view = rs_inspector_get_explain_view (window->inspector);
  const RsGraphEmphasis *emphasis;
  RsObjId chain[4];

  chain[0] = find_titled (window, "Foo #1");
  chain[1] = find_titled (window, "Foo #2");
  chain[2] = find_titled (window, "list #4");
  chain[3] = find_titled (window, "Foo #3");
  g_assert_cmpstr (rs_explain_view_get_why (view), ==, "a -> a.friend -> a.friend.items -> a.friend.items[0]");
  g_assert_null (rs_graph_view_get_emphasis (window->canvas));
  rs_explain_view_preview (view, RS_EXPLAIN_PREVIEW_WHY);
  emphasis = rs_graph_view_get_emphasis (window->canvas);
  g_assert_nonnull (emphasis);
  assert_ids (emphasis->path, chain, 4);
  g_assert_cmpstr (emphasis->root, ==, "a");
  rs_explain_view_preview (view, RS_EXPLAIN_PREVIEW_NONE);
  g_assert_null (rs_graph_view_get_emphasis (window->canvas));
  close_window (window);
}

static gboolean
has_class (GtkWidget  *widget,
           const char *css_class)
{
  return gtk_widget_has_css_class (widget, css_class);
}

static gboolean
has_title (GtkWidget  *widget,
           const char *title)
{
  return ADW_IS_PREFERENCES_ROW (widget)
         && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* The first widget under @widget, depth first, that @match takes. */
static GtkWidget *
find_widget (GtkWidget   *widget,
             gboolean   (*match) (GtkWidget *, const char *),
             const char  *what)
{
  if (match (widget, what))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, what);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Each link of the chain selects the object it leads to, and the links
 * are reachable with the keyboard. */
static void
test_why_links_select (void)
{
  RsWindow *window = window_selecting (pair_script, "Foo #3");
  GtkWidget *label = find_widget (GTK_WIDGET (window->inspector), has_class, "why-chain");
  RsObjId second = find_titled (window, "Foo #2");
  g_autofree char *uri = g_strdup_printf ("%u", second);
  gboolean handled = FALSE;

  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_focusable (label));
  g_signal_emit_by_name (label, "activate-link", uri, &handled);
  g_assert_true (handled);
  g_assert_cmpuint (rs_window_get_selected (window), ==, second);
  g_assert_cmpstr (rs_explain_view_get_why (rs_inspector_get_explain_view (window->inspector)), ==, "a -> a.friend");
  close_window (window);
}

/* What dies with Foo #2: itself, its list and what the list holds (in
 * the order objects were made). */
static void
test_retained (void)
{
  RsWindow *window = window_selecting (pair_script, "Foo #2");
  RsExplainView *view = rs_inspector_get_explain_view (window->inspector);
  RsObjId retained[3];

  retained[0] = find_titled (window, "Foo #2");
  retained[1] = find_titled (window, "Foo #3");
  retained[2] = find_titled (window, "list #4");
  g_assert_cmpstr (rs_explain_view_get_retained (view), ==, "3 objects: Foo #2, Foo #3, list #4");
  rs_explain_view_preview (view, RS_EXPLAIN_PREVIEW_RETAINED);
  assert_ids (rs_graph_view_get_emphasis (window->canvas)->objects, retained, 3);
  close_window (window);
}

/* Pointing at the Held by row previews what removing it frees, in
 * CPython's order, and what leaks, before anything changes. */
static void
test_what_if (void)
{
  const char *script = "class Foo:\n    pass\n\na = Foo()\na.friend = Foo()\na.friend.back = a.friend\n"
                       "a.friend.items = [Foo()]\n";
  RsWindow *window = window_selecting (script, "Foo #1");
  guint n_steps = rs_session_get_n_steps (rs_window_get_session (window));
  const RsGraphEmphasis *emphasis;
  RsObjId freed[1], leaked[3];

  freed[0] = find_titled (window, "Foo #1");
  leaked[0] = find_titled (window, "Foo #2");
  leaked[1] = find_titled (window, "Foo #3");
  leaked[2] = find_titled (window, "list #4");
  rs_inspector_preview_holder (window->inspector, 0);
  g_assert_cmpstr (rs_inspector_get_what_if (window->inspector), ==,
                   "Without a (del, = None or a weak reference): frees Foo #1; leaks Foo #2, Foo #3, list #4");
  emphasis = rs_graph_view_get_emphasis (window->canvas);
  assert_ids (emphasis->freed, freed, 1);
  assert_ids (emphasis->leaked, leaked, 3);
  /* with no preview, the keyboard's focus on the row previews it too */
  rs_inspector_preview_holder (window->inspector, G_MAXUINT);
  g_assert_null (rs_graph_view_get_emphasis (window->canvas));
  gtk_widget_grab_focus (find_widget (GTK_WIDGET (window->inspector), has_title, "a"));
  g_assert_nonnull (rs_graph_view_get_emphasis (window->canvas));
  g_assert_true (g_str_has_prefix (rs_inspector_get_what_if (window->inspector), "Without a "));
  /* a preview changes nothing */
  g_assert_cmpuint (rs_session_get_n_steps (rs_window_get_session (window)), ==, n_steps);
  g_assert_nonnull (rs_snapshot_find_object (rs_window_get_snapshot (window), freed[0]));
  close_window (window);
}

static guint
count_leaked (RsSnapshot *snapshot)
{
  guint n = 0;

  for (guint i = 0; i < snapshot->n_objects; i++)
    n += (snapshot->objects[i].flags & RS_SNAP_LEAKED) != 0;
  return n;
}

static guint
count_instances (RsSnapshot *snapshot)
{
  guint n = 0;

  for (guint i = 0; i < snapshot->n_objects; i++)
    n += snapshot->objects[i].kind == RS_KIND_INSTANCE;
  return n;
}

/* Clicks @button and waits until the script changed (a button clicks
 * once its pressed look has shown) and the window settled. */
static void
click_until_changed (RsWindow  *window,
                     GtkWidget *button)
{
  g_autofree char *old_source = g_strdup (source (window));

  gtk_widget_activate (button);
  for (gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
       g_strcmp0 (source (window), old_source) == 0 && g_get_monotonic_time () < end;)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (source (window), !=, old_source);
  wait_until_settled (window);
}

/* A cycle the names still reach: the weak reference is written after the
 * script, and deleting the names then frees the pair by reference
 * counting. */
static void
test_break_reachable_cycle (void)
{
  const char *script = "class Foo:\n    pass\n\na = Foo()\nb = Foo()\na.f = b\nb.f = a\n";
  RsWindow *window = window_selecting (script, "Foo #1");
  GPtrArray *buttons = rs_explain_view_get_break_buttons (rs_inspector_get_explain_view (window->inspector));

  g_assert_cmpuint (buttons->len, ==, 2);
  click_until_changed (window, g_ptr_array_index (buttons, 0));
  g_assert_true (g_str_has_prefix (source (window), "import weakref\n"));
  g_assert_true (g_str_has_suffix (source (window), "b.f = a\na.f = weakref.ref(b)\n"));
  g_assert_true (rs_window_run (window, "del a, b", FALSE));
  g_assert_cmpuint (count_instances (rs_window_get_snapshot (window)), ==, 0);
  g_assert_cmpuint (count_leaked (rs_window_get_snapshot (window)), ==, 0);
  close_window (window);
}

/* At every step of some examples, a Held by row previews a what-if or,
 * when none lines up with it for sure, clears the canvas; most rows have
 * one. */
static void
test_every_holder_previews (void)
{
  static const char *const examples[] = { "cycle_leak_collect.py", "function_frames.py", "seed_cycle_leak.py" };
  guint n_rows = 0, n_previews = 0;

  for (guint e = 0; e < G_N_ELEMENTS (examples); e++)
    {
      RsWindow *window = open_example (examples[e]);
      guint n_steps = rs_session_get_n_steps (rs_window_get_session (window));

      for (guint step = 0; step < n_steps; step++)
        {
          RsSnapshot *snapshot;

          rs_window_set_step (window, step);
          snapshot = rs_window_get_snapshot (window);
          for (guint i = 0; i < snapshot->n_objects; i++)
            {
              guint n;

              rs_inspector_show (window->inspector, snapshot, snapshot->objects[i].id);
              rs_snapshot_describe_holders (snapshot, snapshot->objects[i].id, &n);
              for (guint row = 0; row < n; row++, n_rows++)
                {
                  const RsGraphEmphasis *emphasis;

                  rs_inspector_preview_holder (window->inspector, row);
                  emphasis = rs_graph_view_get_emphasis (window->canvas);
                  if (emphasis == NULL)
                    continue;
                  n_previews++;
                  g_assert_true (g_str_has_prefix (rs_inspector_get_what_if (window->inspector), "Without "));
                }
            }
        }
      close_window (window);
    }
  g_test_message ("%u of %u rows preview", n_previews, n_rows);
  g_assert_cmpuint (n_previews * 10, >=, n_rows * 8);
}

/* A cycle a function builds and drops was never reachable from a
 * module-level statement: the button says so and changes nothing. */
static void
test_break_unreachable_cycle (void)
{
  const char *script = "class Foo:\n    pass\n\n\ndef f():\n    x = Foo()\n    x.me = x\n\n\nf()\n";
  RsWindow *window = window_selecting (script, "Foo #1");
  GPtrArray *buttons = rs_explain_view_get_break_buttons (rs_inspector_get_explain_view (window->inspector));

  g_assert_cmpuint (buttons->len, ==, 1);
  gtk_widget_activate_action_variant (g_ptr_array_index (buttons, 0), "win.break-cycle",
                                      gtk_actionable_get_action_target_value (g_ptr_array_index (buttons, 0)));
  g_assert_cmpstr (source (window), ==, script);
  g_assert_true (g_str_has_prefix (rs_window_get_error (window), "No module-level statement could reach this cycle"));
  close_window (window);
}

/* The seed's leaked pair: a break set's button writes the weak reference
 * where the pair could still be reached, and reference counting frees
 * both when `del a` runs. */
static void
test_break_cycle (void)
{
  RsWindow *window = open_example ("seed_cycle_leak.py");
  RsSession *session;
  RsExplainView *view;
  GPtrArray *buttons;
  guint n_steps;
  RsSnapshot *last;

  n_steps = rs_session_get_n_steps (rs_window_get_session (window));
  rs_window_set_step (window, n_steps - 1);
  wait_until_settled (window);
  g_assert_cmpuint (count_leaked (rs_window_get_snapshot (window)), ==, 2);
  rs_window_select (window, find_titled (window, "Foo #1"));
  view = rs_inspector_get_explain_view (window->inspector);
  g_assert_cmpstr (rs_explain_view_get_why (view), ==, "Foo #1 -> Foo #2 -> ...");
  buttons = rs_explain_view_get_break_buttons (view);
  g_assert_cmpuint (buttons->len, ==, 2);
  click_until_changed (window, g_ptr_array_index (buttons, 0));

  session = rs_window_get_session (window);
  g_assert_true (g_str_has_prefix (source (window), "import weakref\n"));
  g_assert_nonnull (strstr (source (window), "= weakref.ref(a"));
  g_assert_false (rs_session_get_error (session, NULL, NULL, NULL));
  /* shown: the step after `del a`, where nothing is left leaked */
  g_assert_cmpuint (count_leaked (rs_window_get_snapshot (window)), ==, 0);
  g_assert_cmpuint (count_instances (rs_window_get_snapshot (window)), ==, 0);
  g_assert_cmpuint (rs_session_get_step_line (session, window->step), ==, 20);
  last = rs_session_get_snapshot (session, rs_session_get_n_steps (session) - 1);
  g_assert_cmpuint (count_instances (last), ==, 0);
  g_assert_cmpuint (count_leaked (last), ==, 0);
  rs_snapshot_unref (last);
  close_window (window);
}

/* Hovering a card lights up what dies with it; an answer shown in the
 * inspector goes over it, and it goes with the pointer. */
static void
test_hover_retained (void)
{
  RsWindow *window = window_selecting (pair_script, "Foo #3");
  RsExplainView *view = rs_inspector_get_explain_view (window->inspector);
  const RsGraphEmphasis *emphasis;
  RsObjId retained[3];

  retained[0] = find_titled (window, "Foo #2");
  retained[1] = find_titled (window, "Foo #3");
  retained[2] = find_titled (window, "list #4");
  g_assert_null (rs_graph_view_get_emphasis (window->canvas));
  _rs_graph_view_set_hover (window->canvas, retained[0]);
  emphasis = rs_graph_view_get_emphasis (window->canvas);
  g_assert_nonnull (emphasis);
  g_assert_true (emphasis->light);
  assert_ids (emphasis->objects, retained, 3);

  /* the why-alive answer goes over the glance, then gives it back */
  rs_explain_view_preview (view, RS_EXPLAIN_PREVIEW_WHY);
  g_assert_false (rs_graph_view_get_emphasis (window->canvas)->light);
  rs_explain_view_preview (view, RS_EXPLAIN_PREVIEW_NONE);
  g_assert_true (rs_graph_view_get_emphasis (window->canvas)->light);

  /* a card that holds nothing else lights up alone */
  _rs_graph_view_set_hover (window->canvas, retained[1]);
  assert_ids (rs_graph_view_get_emphasis (window->canvas)->objects, &retained[1], 1);
  _rs_graph_view_set_hover (window->canvas, 0);
  g_assert_null (rs_graph_view_get_emphasis (window->canvas));
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  test_window_init (&argc, &argv);
  g_test_add_func ("/refscope/app/explain/why-alive", test_why_alive);
  g_test_add_func ("/refscope/app/explain/why-links-select", test_why_links_select);
  g_test_add_func ("/refscope/app/explain/retained", test_retained);
  g_test_add_func ("/refscope/app/explain/hover-retained", test_hover_retained);
  g_test_add_func ("/refscope/app/explain/what-if", test_what_if);
  g_test_add_func ("/refscope/app/explain/every-holder-previews", test_every_holder_previews);
  g_test_add_func ("/refscope/app/explain/break-cycle", test_break_cycle);
  g_test_add_func ("/refscope/app/explain/break-reachable-cycle", test_break_reachable_cycle);
  g_test_add_func ("/refscope/app/explain/break-unreachable-cycle", test_break_unreachable_cycle);
  return test_window_run ();
}
