/* test-collector.c: gc.collect() played phase by phase in the real window
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With RS_TEST_SCREENSHOTS=DIR set, each phase of the seed's collection is
 * also saved as DIR/collector-N.png (the whole window, the event log
 * shown), to look at, and the phases of a gc.collect(0) as
 * DIR/generations-N.png.
 */
#include "config.h"

#include <string.h>

#include "rs-collector-bar.h"
#include "rs-event-log.h"
#include "rs-graph-view.h"
#include "rs-scene-regions.h"
#include "rs-test-window.h"

/* The step of the @nth collection that examines something. */
static guint
nth_collect_step (RsWindow *window,
                  guint     nth)
{
  RsSession *session = rs_window_get_session (window);

  for (guint step = 0; step < rs_session_get_n_steps (session); step++)
    if (rs_collector_bar_step_collects (session, step) && nth-- == 0)
      return step;
  g_assert_not_reached ();
}

/* The step of the example's gc.collect() line. */
static guint
collect_step (RsWindow *window)
{
  return nth_collect_step (window, 0);
}

static gboolean
scene_shows (RsWindow *window,
             RsObjId   id)
{
  const RsScene *scene = rs_graph_view_get_scene (window->canvas);

  for (guint i = 0; i < scene->n_nodes; i++)
    if (scene->nodes[i].kind == RS_SCENE_NODE_OBJECT && scene->nodes[i].object == id)
      return TRUE;
  return FALSE;
}

/* The region the card of @id is drawn in (it must be inside its box), or
 * NULL when the card is in none. */
static const RsSceneRegion *
region_of (RsWindow *window,
           RsObjId   id)
{
  const RsScene *scene = rs_graph_view_get_scene (window->canvas);
  int i = rs_scene_find_node (scene, RS_SCENE_KEY_OBJECT (id));
  const RsSceneNode *n;
  const RsSceneRegion *r;

  g_assert_cmpint (i, >=, 0);
  n = &scene->nodes[i];
  r = rs_scene_node_region (scene, n);
  if (r != NULL)
    {
      g_assert_cmpfloat (n->x, >=, r->x);
      g_assert_cmpfloat (n->y, >=, r->y);
      g_assert_cmpfloat (n->x + n->width, <=, r->x + r->width);
      g_assert_cmpfloat (n->y + n->height, <=, r->y + r->height);
    }
  return r;
}

static const RsGcObject *
gc_mark (RsWindow *window,
         RsObjId   id)
{
  const RsGraphEmphasis *emphasis = rs_graph_view_get_emphasis (window->canvas);

  g_assert_nonnull (emphasis);
  for (guint i = 0; i < emphasis->gc->len; i++)
    if (g_array_index (emphasis->gc, RsGcObject, i).id == id)
      return &g_array_index (emphasis->gc, RsGcObject, i);
  return NULL;
}

static void
save_screenshot (RsWindow   *window,
                 const char *prefix,
                 guint       n)
{
  const char *dir = g_getenv ("RS_TEST_SCREENSHOTS");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  GtkSnapshot *snapshot;
  int w = gtk_widget_get_width (GTK_WIDGET (window)), h = gtk_widget_get_height (GTK_WIDGET (window));

  if (dir == NULL)
    return;
  paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  /* the window draws its next frame first */
  for (guint i = 0; i < 100 && node == NULL; i++)
    {
      g_usleep (20000);
      while (g_main_context_iteration (NULL, FALSE));
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, snapshot, w, h);
      node = gtk_snapshot_free_to_node (snapshot);
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, w, h));
  name = g_strdup_printf ("%s-%u.png", prefix, n);
  path = g_build_filename (dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* The event log's selected row is the bar's phase, in the bar's words. */
static void
assert_log_follows (RsWindow *window)
{
  const RsGcPhase *phase = rs_collector_bar_get_phase (window->collector_bar);
  const char *selected = rs_event_log_get_selected_text (window->event_log);
  g_autofree char *number = g_strdup_printf ("Phase %u of %u, ", phase->kind + 1, RS_GC_N_PHASES);

  g_assert_nonnull (selected);
  g_assert_true (g_str_has_prefix (selected, number));
  g_assert_true (g_str_has_suffix (selected, rs_collector_bar_get_explanation (window->collector_bar)));
}

static GtkWidget *
find_list_box (GtkWidget *widget)
{
  if (GTK_IS_LIST_BOX (widget))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_list_box (c);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The bar offers the collection on its step only. */
static void
test_offer (void)
{
  RsWindow *window = open_example ("seed_cycle_collect.py");
  guint step = collect_step (window);

  rs_window_set_step (window, step - 1);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->collector_bar)));
  rs_window_set_step (window, step);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->collector_bar)));
  g_assert_null (rs_collector_bar_get_phase (window->collector_bar));
  close_window (window);
}

/* The log lists the nine phases between the collection's start and end,
 * each before the events it makes: the finalizers' lines come in phase
 * 7, before the check for resurrection. */
static void
check_log_order (RsWindow *window)
{
  const char *text = rs_event_log_get_text (window->event_log);
  const char *start = strstr (text, "gc.collect() looks for objects nothing can reach.");
  const char *end = strstr (text, "gc.collect() is done.");
  const char *destroyed = strstr (text, "Object(Foo #1) is being destroyed.");
  const char *prev = start;

  g_assert_nonnull (start);
  g_assert_nonnull (end);
  g_assert_nonnull (destroyed);
  for (guint k = 0; k < RS_GC_N_PHASES; k++)
    {
      g_autofree char *number = g_strdup_printf ("\nPhase %u of %u, %s: ", k + 1, RS_GC_N_PHASES, rs_gc_phase_title (k));
      const char *row = strstr (text, number);

      g_assert_nonnull (row);
      g_assert_true (row > prev && row < end);
      if (k == RS_GC_PHASE_FINALIZE)
        g_assert_true (row < destroyed);
      if (k == RS_GC_PHASE_RESURRECT)
        g_assert_true (row > destroyed);
      prev = row;
    }
}

/* Activating a phase's row in the log shows that phase. */
static void
test_log_activates (void)
{
  RsWindow *window = open_example ("seed_cycle_collect.py");
  GtkListBox *list = GTK_LIST_BOX (find_list_box (GTK_WIDGET (window->event_log)));
  GtkListBoxRow *row = NULL;
  guint n_selectable = 0;

  rs_window_set_step (window, collect_step (window));
  rs_collector_bar_start (window->collector_bar);
  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (list)); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_LIST_BOX_ROW (c) && gtk_list_box_row_get_selectable (GTK_LIST_BOX_ROW (c)))
      {
        n_selectable++;
        if (strstr (gtk_label_get_label (GTK_LABEL (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (c)))),
                    "Phase 4 of 9, "))
          row = GTK_LIST_BOX_ROW (c);
      }
  /* only the phases' rows */
  g_assert_cmpuint (n_selectable, ==, RS_GC_N_PHASES);
  g_assert_nonnull (row);
  g_signal_emit_by_name (list, "row-activated", row);
  g_assert_cmpint (rs_collector_bar_get_phase (window->collector_bar)->kind, ==, RS_GC_PHASE_MOVE_BACK);
  assert_log_follows (window);
  close_window (window);
}

/* The seed's pair: gc_refs 1 each, 0 after the subtraction, the
 * unreachable list, the finalizers, then the pair gone from the canvas;
 * Done shows the step again. */
static void
test_phases (void)
{
  RsWindow *window = open_example ("seed_cycle_collect.py");
  guint step = collect_step (window);
  RsObjId a, b;
  guint n = 0;
  g_autofree char *examined = NULL;

  gtk_stack_set_visible_child_name (window->side_stack, "events");
  rs_window_set_step (window, step);
  wait_until_settled (window);
  a = find_titled (window, "Foo #1");
  b = find_titled (window, "Foo #2");
  g_assert_cmpuint (a, !=, 0);
  g_assert_cmpuint (b, !=, 0);
  save_screenshot (window, "collector", n++);

  rs_collector_bar_start (window->collector_bar);
  wait_until_settled (window);
  g_assert_cmpint (rs_collector_bar_get_phase (window->collector_bar)->kind, ==, RS_GC_PHASE_REFS);
  g_assert_nonnull (strstr (rs_collector_bar_get_explanation (window->collector_bar), "examines"));
  g_assert_cmpint (gc_mark (window, a)->gc_refs, ==, 1);
  g_assert_true (scene_shows (window, a));
  /* the pair starts in the young list's region, captioned with its size */
  g_assert_cmpuint (region_of (window, a)->kind, ==, RS_REGION_REACHABLE);
  g_assert_true (region_of (window, b) == region_of (window, a));
  g_assert_true (g_str_has_prefix (region_of (window, a)->caption, "reachable (young): "));
  examined = g_strdup_printf (": %u objects", rs_collector_bar_get_phase (window->collector_bar)->count);
  g_assert_true (g_str_has_suffix (region_of (window, a)->caption, examined));
  g_assert_nonnull (strstr (rs_output_view_get_text (window->output_view), "before collect"));
  g_assert_null (strstr (rs_output_view_get_text (window->output_view), "destroyed"));
  assert_log_follows (window);
  save_screenshot (window, "collector", n++);

  g_assert_true (rs_collector_bar_next (window->collector_bar));
  wait_until_settled (window);
  g_assert_cmpint (gc_mark (window, a)->gc_refs, ==, 0);
  g_assert_cmpint (gc_mark (window, b)->gc_refs, ==, 0);
  assert_log_follows (window);
  save_screenshot (window, "collector", n++);
  /* and back again */
  g_assert_true (rs_collector_bar_previous (window->collector_bar));
  g_assert_cmpint (gc_mark (window, a)->gc_refs, ==, 1);
  g_assert_false (rs_collector_bar_previous (window->collector_bar));
  g_assert_true (rs_collector_bar_next (window->collector_bar));

  while (rs_collector_bar_get_phase (window->collector_bar)->kind != RS_GC_PHASE_MOVE_BACK)
    {
      g_assert_true (rs_collector_bar_next (window->collector_bar));
      wait_until_settled (window);
      save_screenshot (window, "collector", n++);
    }
  g_assert_cmpuint (gc_mark (window, a)->list, ==, RS_GC_LIST_UNREACHABLE);
  g_assert_cmpuint (gc_mark (window, b)->list, ==, RS_GC_LIST_UNREACHABLE);
  /* moved to the other region, which only the garbage is in */
  g_assert_cmpuint (region_of (window, a)->kind, ==, RS_REGION_UNREACHABLE);
  g_assert_cmpuint (region_of (window, b)->kind, ==, RS_REGION_UNREACHABLE);
  g_assert_cmpstr (region_of (window, a)->caption, ==, "unreachable: 2 objects");
  g_assert_cmpuint (rs_collector_bar_get_phases (window->collector_bar)->n_unreachable, ==, 2);

  while (rs_collector_bar_next (window->collector_bar))
    {
      wait_until_settled (window);
      assert_log_follows (window);
      save_screenshot (window, "collector", n++);
      if (rs_collector_bar_get_phase (window->collector_bar)->kind == RS_GC_PHASE_FINALIZE)
        {
          /* both __del__ ran, and the first one's `del self.friend` broke
           * the cycle: reference counting freed both already */
          g_assert_cmpuint (rs_collector_bar_get_phase (window->collector_bar)->count, ==, 2);
          g_assert_cmpuint (rs_collector_bar_get_phase (window->collector_bar)->n_freed, ==, 2);
          g_assert_nonnull (strstr (rs_collector_bar_get_explanation (window->collector_bar), "broke the cycle"));
          g_assert_false (scene_shows (window, a));
          /* what the finalizers printed is in the output already */
          g_assert_nonnull (strstr (rs_output_view_get_text (window->output_view), "destroyed 1"));
        }
    }
  g_assert_cmpint (rs_collector_bar_get_phase (window->collector_bar)->kind, ==, RS_GC_PHASE_FREE);
  g_assert_false (scene_shows (window, a));
  g_assert_false (scene_shows (window, b));
  check_log_order (window);

  rs_collector_bar_stop (window->collector_bar);
  wait_until_settled (window);
  g_assert_null (rs_collector_bar_get_phase (window->collector_bar));
  g_assert_null (rs_event_log_get_selected_text (window->event_log));
  g_assert_null (strstr (rs_event_log_get_text (window->event_log), "Phase 1 of 9"));
  g_assert_null (rs_graph_view_get_emphasis (window->canvas));
  g_assert_cmpuint (rs_graph_view_get_scene (window->canvas)->n_regions, ==, 0);
  g_assert_cmpuint (rs_window_get_step (window), ==, step);
  g_assert_true (scene_shows (window, a) == (rs_snapshot_find_object (rs_window_get_snapshot (window), a) != NULL));
  close_window (window);
}

/* gc.collect(0) shows the generation it leaves alone as a region of its
 * own, and its survivors joining generation 1 once it is over. */
static void
test_generations (void)
{
  static const char script[] = "import gc\n"
                               "class Foo:\n"
                               "    pass\n"
                               "old = Foo()\n"
                               "gc.collect(0)\n"
                               "young = Foo()\n"
                               "young.me = young\n"
                               "kept = Foo()\n"
                               "del young\n"
                               "gc.collect(0)\n";
  RsWindow *window = new_window ();
  RsObjId old, young, kept;
  guint step;

  g_assert_true (rs_window_load_source (window, script, strlen (script), NULL, "generations.py"));
  step = nth_collect_step (window, 1);
  /* the step before, where the garbage is still drawn */
  rs_window_set_step (window, step - 1);
  wait_until_settled (window);
  old = find_titled (window, "Foo #1");
  young = find_titled (window, "Foo #2");
  kept = find_titled (window, "Foo #3");
  g_assert_true (old != 0 && young != 0 && kept != 0);
  rs_window_set_step (window, step);
  gtk_stack_set_visible_child_name (window->side_stack, "events");
  rs_collector_bar_start (window->collector_bar);
  wait_until_settled (window);
  save_screenshot (window, "generations", 0);
  g_assert_cmpuint (rs_collector_bar_get_phases (window->collector_bar)->generation, ==, 0);
  g_assert_cmpuint (region_of (window, old)->kind, ==, RS_REGION_OLDER);
  g_assert_true (g_str_has_prefix (region_of (window, old)->caption, "generation 1, not examined: "));
  g_assert_cmpuint (region_of (window, young)->kind, ==, RS_REGION_REACHABLE);
  g_assert_true (g_str_has_prefix (region_of (window, young)->caption, "reachable (young), generation 0: "));
  g_assert_true (region_of (window, kept) == region_of (window, young));
  /* old is not examined: no gc_refs */
  g_assert_null (gc_mark (window, old));

  while (rs_collector_bar_get_phase (window->collector_bar)->kind != RS_GC_PHASE_TENTATIVE)
    g_assert_true (rs_collector_bar_next (window->collector_bar));
  wait_until_settled (window);
  save_screenshot (window, "generations", 1);
  g_assert_cmpuint (region_of (window, young)->kind, ==, RS_REGION_UNREACHABLE);
  g_assert_cmpuint (region_of (window, kept)->kind, ==, RS_REGION_REACHABLE);
  g_assert_cmpuint (region_of (window, old)->kind, ==, RS_REGION_OLDER);

  while (rs_collector_bar_next (window->collector_bar))
    ;
  wait_until_settled (window);
  save_screenshot (window, "generations", 2);
  g_assert_false (scene_shows (window, young));
  /* kept survived: now in generation 1 with old */
  g_assert_true (region_of (window, kept) == region_of (window, old));
  g_assert_true (g_str_has_prefix (region_of (window, kept)->caption, "generation 1, with the survivors: "));
  close_window (window);
}

/* Moving to another step while a phase shows leaves the phase. */
static void
test_leave_by_step (void)
{
  RsWindow *window = open_example ("seed_cycle_collect.py");
  guint step = collect_step (window);

  rs_window_set_step (window, step);
  rs_collector_bar_start (window->collector_bar);
  rs_collector_bar_next (window->collector_bar);
  g_assert_nonnull (rs_graph_view_get_emphasis (window->canvas));
  rs_window_set_step (window, step - 1);
  g_assert_null (rs_collector_bar_get_phase (window->collector_bar));
  g_assert_null (rs_graph_view_get_emphasis (window->canvas));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->collector_bar)));
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  test_window_init (&argc, &argv);
  g_test_add_func ("/refscope/collector/offer", test_offer);
  g_test_add_func ("/refscope/collector/phases", test_phases);
  g_test_add_func ("/refscope/collector/leave-by-step", test_leave_by_step);
  g_test_add_func ("/refscope/collector/generations", test_generations);
  g_test_add_func ("/refscope/collector/log-activates", test_log_activates);
  return test_window_run ();
}
