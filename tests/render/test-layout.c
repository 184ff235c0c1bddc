/* test-layout.c: Graphviz on its own thread
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "rs-layout.h"
#include "rs-route.h"
#include "rs-test-snapshot.h"

static RsScene *
laid_out (RsSnapshot     *snap,
          RsLayoutEngine  engine)
{
  g_autoptr(GError) error = NULL;
  RsScene *scene = rs_scene_new_from_snapshot (snap, NULL);

  g_assert_true (rs_layout_run_sync (scene, engine, RS_LAYOUT_FRESH, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (scene->laid_out);
  return scene;
}

static gboolean
overlap (const RsSceneNode *a,
         const RsSceneNode *b)
{
  return a->x < b->x + b->width - 0.5 && b->x < a->x + a->width - 0.5
      && a->y < b->y + b->height - 0.5 && b->y < a->y + a->height - 0.5;
}

static void
test_engines (void)
{
  RsSnapshot *snap = rs_test_snapshot_containers ();

  for (RsLayoutEngine e = 0; e < RS_LAYOUT_N_ENGINES; e++)
    {
      g_autoptr(RsScene) scene = laid_out (snap, e);

      g_assert_cmpstr (scene->engine, ==, rs_layout_engine_to_name (e));
      for (guint i = 0; i < scene->n_nodes; i++)
        {
          g_assert_true (isfinite (scene->nodes[i].x) && isfinite (scene->nodes[i].y));
          for (guint j = i + 1; j < scene->n_nodes; j++)
            if (overlap (&scene->nodes[i], &scene->nodes[j]))
              g_error ("%s: %s overlaps %s", scene->engine, scene->nodes[i].title, scene->nodes[j].title);
        }
      for (guint i = 0; i < scene->n_edges; i++)
        {
          g_assert_cmpuint (scene->edges[i].n_points, >=, 4);
          g_assert_cmpuint ((scene->edges[i].n_points - 1) % 3, ==, 0);
        }
      g_assert_cmpfloat (scene->x1 - scene->x0, >, 100);
    }
  rs_test_snapshot_free (snap);
}

static void
test_frames_left (void)
{
  RsSnapshot *snap = rs_test_snapshot_containers ();
  g_autoptr(RsScene) scene = laid_out (snap, RS_LAYOUT_ENGINE_DOT);
  double frames_right = 0;

  for (guint i = 0; i < scene->n_frames; i++)
    frames_right = MAX (frames_right, scene->nodes[i].x + scene->nodes[i].width);
  for (guint i = scene->n_frames; i < scene->n_nodes; i++)
    g_assert_cmpfloat (scene->nodes[i].x, >, frames_right);
  /* the global frame above the call's frame */
  g_assert_cmpfloat (scene->nodes[0].y, <, scene->nodes[1].y);
  rs_test_snapshot_free (snap);
}

static void
test_engine_names (void)
{
  RsLayoutEngine e;

  g_assert_true (rs_layout_engine_from_name ("SFDP", &e));
  g_assert_cmpint (e, ==, RS_LAYOUT_ENGINE_SFDP);
  g_assert_false (rs_layout_engine_from_name ("twopi-ish", &e));
}

static void
test_large_graph_switches (void)
{
  RsSnapshot *snap = rs_test_snapshot_chain (RS_LAYOUT_LARGE_GRAPH + 20, 1);
  g_autoptr(RsScene) scene = laid_out (snap, RS_LAYOUT_ENGINE_DOT);

  g_assert_cmpstr (scene->engine, ==, "sfdp");
  rs_test_snapshot_free (snap);
}

/* A step that adds one object keeps every other object in place. */
static void
test_stable (void)
{
  RsSnapshot *before = rs_test_snapshot_chain (12, 1);
  RsSnapshot *after = rs_test_snapshot_chain (13, 2);
  g_autoptr(RsScene) a = laid_out (before, RS_LAYOUT_ENGINE_DOT);
  g_autoptr(RsScene) b = rs_scene_new_from_snapshot (after, NULL);
  g_autoptr(GError) error = NULL;
  guint n;

  g_assert_true (rs_layout_run_sync (b, RS_LAYOUT_ENGINE_DOT, RS_LAYOUT_STABLE, a, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (rs_scene_mean_movement (a, b, &n), <, 1.0);
  g_assert_cmpuint (n, ==, a->n_nodes);
  for (guint i = 0; i < b->n_nodes; i++)
    for (guint j = i + 1; j < b->n_nodes; j++)
      g_assert_false (overlap (&b->nodes[i], &b->nodes[j]));
  rs_test_snapshot_free (before);
  rs_test_snapshot_free (after);
}

static void
assert_no_overlap (const RsScene *scene)
{
  for (guint i = 0; i < scene->n_nodes; i++)
    for (guint j = i + 1; j < scene->n_nodes; j++)
      if (overlap (&scene->nodes[i], &scene->nodes[j]))
        g_error ("%s overlaps %s", scene->nodes[i].title, scene->nodes[j].title);
}

/* A pinned card is where the user put it, in a fresh layout (a jump, a
 * reopened session) and in a stable one; the cards it landed on move. */
static void
test_pins (void)
{
  RsSnapshot *before = rs_test_snapshot_chain (12, 1);
  RsSnapshot *after = rs_test_snapshot_chain (13, 2);
  g_autoptr(RsScene) plain = laid_out (before, RS_LAYOUT_ENGINE_DOT);
  g_autoptr(RsScene) a = rs_scene_new_from_snapshot (before, NULL);
  g_autoptr(RsScene) b = rs_scene_new_from_snapshot (after, NULL);
  g_autoptr(GError) error = NULL;
  const RsSceneNode *last = &plain->nodes[plain->n_nodes - 1];
  const RsSceneNode *other = &plain->nodes[plain->n_frames];
  /* the last card, dropped right onto the first one */
  RsScenePin pins[] = {
    { last->key, other->x + 3, other->y + 2 },
    { RS_SCENE_KEY_OBJECT (424242), 1, 1 },   /* not in these steps */
  };
  int ia, ib;

  rs_scene_pin_nodes (a, pins, G_N_ELEMENTS (pins));
  g_assert_true (rs_layout_run_sync (a, RS_LAYOUT_ENGINE_DOT, RS_LAYOUT_FRESH, NULL, NULL, &error));
  g_assert_no_error (error);
  ia = rs_scene_find_node (a, last->key);
  g_assert_true (a->nodes[ia].pinned);
  g_assert_cmpfloat (a->nodes[ia].x, ==, pins[0].x);
  g_assert_cmpfloat (a->nodes[ia].y, ==, pins[0].y);
  g_assert_false (a->nodes[a->n_frames].pinned);
  assert_no_overlap (a);

  /* a step later the pin holds, even against the scene shown before */
  pins[0].x += 200;
  rs_scene_pin_nodes (b, pins, 1);
  g_assert_true (rs_layout_run_sync (b, RS_LAYOUT_ENGINE_DOT, RS_LAYOUT_STABLE, a, NULL, &error));
  g_assert_no_error (error);
  ib = rs_scene_find_node (b, last->key);
  g_assert_cmpfloat (b->nodes[ib].x, ==, pins[0].x);
  g_assert_cmpfloat (b->nodes[ib].y, ==, pins[0].y);
  assert_no_overlap (b);
  /* every edge starts and ends on the cards where they are now */
  for (guint i = 0; i < b->n_edges; i++)
    {
      const RsSceneEdge *e = &b->edges[i];
      const RsSceneNode *h = &b->nodes[e->head];
      double ex = e->points[2 * (e->n_points - 1)];

      g_assert_true (fabs (ex - h->x) < 0.01 || fabs (ex - (h->x + h->width)) < 0.01);
    }
  rs_test_snapshot_free (before);
  rs_test_snapshot_free (after);
}

/* An arrow whose usual curve would run through a card goes round it. */
static void
test_route_around (void)
{
  RsSnapshot *snap = rs_test_snapshot_chain (6, 1);
  g_autoptr(RsScene) scene = laid_out (snap, RS_LAYOUT_ENGINE_DOT);
  RsSceneEdge *edge = NULL;
  RsSceneNode *t, *h, *block = NULL;

  for (guint i = 0; i < scene->n_edges && edge == NULL; i++)
    if (scene->edges[i].tail >= scene->n_frames && scene->edges[i].head >= scene->n_frames
        && scene->edges[i].tail != scene->edges[i].head)
      edge = &scene->edges[i];
  g_assert_nonnull (edge);
  t = &scene->nodes[edge->tail];
  h = &scene->nodes[edge->head];
  for (guint i = 0; i < scene->n_nodes; i++)
    {
      RsSceneNode *n = &scene->nodes[i];

      if (n == t || n == h)
        continue;
      /* everything else far away, but one card right in the way */
      n->x = 5000 + 300 * i;
      n->y = 5000;
      if (block == NULL && i >= scene->n_frames)
        block = n;
    }
  g_assert_nonnull (block);
  t->x = 0;
  t->y = 0;
  h->x = t->width + 400;
  h->y = 0;
  block->x = t->width + 200 - block->width / 2;
  block->y = t->row_height * (edge->tail_row + 1.5) - block->height / 2;

  /* a straight arrow would cross it: the count sees it */
  g_free (edge->points);
  edge->n_points = 4;
  edge->points = g_new (double, 8);
  for (int k = 0; k < 4; k++)
    {
      edge->points[2 * k] = t->x + t->width + (h->x - t->x - t->width) * k / 3.0;
      edge->points[2 * k + 1] = block->y + block->height / 2;
    }
  g_assert_cmpuint (rs_scene_edge_crossings (scene, edge), ==, 1);

  rs_route_edges (scene);
  g_assert_cmpuint (rs_scene_edge_crossings (scene, edge), ==, 0);
  /* and it still ends on its target's title (in its own lane there) */
  g_assert_cmpfloat (edge->points[7], >, h->y);
  g_assert_cmpfloat (edge->points[7], <, h->y + MIN (h->row_height, h->height));
  rs_test_snapshot_free (snap);
}

typedef struct {
  guint calls;
  guint generation;
} Delivered;

static void
on_done (RsLayout *layout,
         guint     generation,
         RsScene  *scene,
         GError   *error,
         gpointer  user_data)
{
  Delivered *d = user_data;

  g_assert_no_error (error);
  g_assert_nonnull (scene);
  g_assert_true (scene->laid_out);
  d->calls++;
  d->generation = generation;
  rs_scene_free (scene);
}

static RsScene *
scene_of (RsSnapshot *(*make) (guint, guint),
          guint        n)
{
  RsSnapshot *snap = make (n, n);
  RsScene *scene = rs_scene_new_from_snapshot (snap, NULL);

  rs_test_snapshot_free (snap);
  return scene;
}

static gboolean
on_timeout (gpointer data)
{
  g_error ("no layout result within the time limit");
  return G_SOURCE_REMOVE;
}

/* Only the newest of several quick requests is delivered. */
static void
test_async_generation (void)
{
  g_autoptr(RsLayout) layout = rs_layout_new (NULL);
  Delivered d = { 0 };
  guint last = 0, timeout;

  for (guint i = 0; i < 4; i++)
    last = rs_layout_request (layout, scene_of (rs_test_snapshot_chain, 10 + i),
                              RS_LAYOUT_ENGINE_DOT, RS_LAYOUT_FRESH, NULL, on_done, &d);
  g_assert_cmpuint (last, ==, 4);
  timeout = g_timeout_add_seconds (60, on_timeout, NULL);
  while (d.calls == 0)
    g_main_context_iteration (NULL, TRUE);
  /* let any stale result that was already running arrive, and be dropped */
  for (guint i = 0; i < 3; i++)
    {
      g_usleep (20000);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
  g_source_remove (timeout);
  g_assert_cmpuint (d.calls, ==, 1);
  g_assert_cmpuint (d.generation, ==, last);
}

/* Nothing is delivered after the RsLayout is gone. */
static void
test_async_dispose (void)
{
  RsLayout *layout = rs_layout_new (NULL);
  Delivered d = { 0 };
  g_autoptr(RsScene) probe = scene_of (rs_test_snapshot_chain, 3);

  rs_layout_request (layout, scene_of (rs_test_snapshot_chain, 8), RS_LAYOUT_ENGINE_DOT,
                     RS_LAYOUT_FRESH, NULL, on_done, &d);
  g_assert_finalize_object (layout);
  /* a synchronous job queued behind it has finished once this returns */
  g_assert_true (rs_layout_run_sync (probe, RS_LAYOUT_ENGINE_NEATO, RS_LAYOUT_FRESH, NULL, NULL, NULL));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (d.calls, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/refscope/layout/engines", test_engines);
  g_test_add_func ("/refscope/layout/frames-left", test_frames_left);
  g_test_add_func ("/refscope/layout/engine-names", test_engine_names);
  g_test_add_func ("/refscope/layout/large-graph-switches", test_large_graph_switches);
  g_test_add_func ("/refscope/layout/stable", test_stable);
  g_test_add_func ("/refscope/layout/pins", test_pins);
  g_test_add_func ("/refscope/layout/route-around", test_route_around);
  g_test_add_func ("/refscope/layout/async-generation", test_async_generation);
  g_test_add_func ("/refscope/layout/async-dispose", test_async_dispose);
  return g_test_run ();
}
