/* test-scene.c: snapshots turned into scenes
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "rs-scene.h"
#include "rs-test-snapshot.h"

static guint
count_kind (const RsScene   *scene,
            RsSceneNodeKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < scene->n_nodes; i++)
    n += scene->nodes[i].kind == kind;
  return n;
}

static void
test_cycle_leak (void)
{
  RsSnapshot *snap = rs_test_snapshot_cycle_leak ();
  g_autoptr(RsScene) scene = rs_scene_new_from_snapshot (snap, NULL);
  const RsSceneNode *frame;

  /* the class holds no traced object and functions are text: two cards */
  g_assert_cmpuint (count_kind (scene, RS_SCENE_NODE_FRAME), ==, 1);
  g_assert_cmpuint (count_kind (scene, RS_SCENE_NODE_OBJECT), ==, 2);
  g_assert_cmpuint (scene->n_edges, ==, 2);
  for (guint i = 0; i < scene->n_edges; i++)
    {
      g_assert_cmpint (scene->edges[i].kind, ==, RS_SLOT_STRONG);
      g_assert_true (scene->edges[i].flags & RS_SLOT_FLAG_IN_CYCLE);
      g_assert_cmpstr (scene->rows[scene->nodes[scene->edges[i].tail].first_row
                                   + scene->edges[i].tail_row].label, ==, "friend");
    }
  frame = &scene->nodes[0];
  g_assert_cmpstr (frame->title, ==, "Global frame");
  g_assert_cmpuint (frame->n_rows, ==, 2);
  g_assert_cmpstr (scene->rows[frame->first_row].value, ==, "class Foo");
  /* __class__ is hidden: value and friend only */
  for (guint i = 1; i < scene->n_nodes; i++)
    {
      g_assert_cmpuint (scene->nodes[i].n_rows, ==, 2);
      g_assert_true (scene->nodes[i].flags & RS_SNAP_LEAKED);
      g_assert_cmpuint (scene->nodes[i].cycle, ==, 1);
      g_assert_cmpfloat (scene->nodes[i].width, >, 0);
      /* title, two rows and the band saying "leaked · cycle 1" */
      g_assert_cmpfloat (scene->nodes[i].height, ==, scene->nodes[i].row_height * 4);
      g_assert_cmpstr (scene->nodes[i].tag, ==, "leaked · cycle 1");
    }
  rs_test_snapshot_free (snap);
}

static void
test_hidden_on_request (void)
{
  RsSnapshot *snap = rs_test_snapshot_cycle_leak ();
  RsSceneOptions options = { TRUE, 0 };
  g_autoptr(RsScene) scene = rs_scene_new_from_snapshot (snap, &options);
  int foo = rs_scene_find_node (scene, RS_SCENE_KEY_OBJECT (5));

  g_assert_cmpint (foo, >=, 0);
  g_assert_cmpuint (scene->nodes[foo].n_rows, ==, 3);
  g_assert_cmpstr (scene->rows[scene->nodes[foo].first_row].label, ==, "__class__");
  g_assert_cmpstr (scene->rows[scene->nodes[foo].first_row].value, ==, "class Foo");
  rs_test_snapshot_free (snap);
}

static void
test_weakref (void)
{
  RsSnapshot *live = rs_test_snapshot_weakref (FALSE);
  RsSnapshot *dead = rs_test_snapshot_weakref (TRUE);
  g_autoptr(RsScene) a = rs_scene_new_from_snapshot (live, NULL);
  g_autoptr(RsScene) b = rs_scene_new_from_snapshot (dead, NULL);
  guint weak = 0;

  for (guint i = 0; i < a->n_edges; i++)
    weak += a->edges[i].kind == RS_SLOT_WEAK;
  g_assert_cmpuint (weak, ==, 1);
  g_assert_cmpuint (count_kind (a, RS_SCENE_NODE_DEAD), ==, 0);
  g_assert_cmpuint (count_kind (b, RS_SCENE_NODE_DEAD), ==, 1);
  for (guint i = 0; i < b->n_edges; i++)
    if (b->edges[i].kind == RS_SLOT_WEAK_DEAD)
      g_assert_cmpint (b->nodes[b->edges[i].head].kind, ==, RS_SCENE_NODE_DEAD);
  rs_test_snapshot_free (live);
  rs_test_snapshot_free (dead);
}

static void
test_containers (void)
{
  RsSnapshot *snap = rs_test_snapshot_containers ();
  g_autoptr(RsScene) scene = rs_scene_new_from_snapshot (snap, NULL);
  int list = rs_scene_find_node (scene, RS_SCENE_KEY_OBJECT (10));
  int empty = rs_scene_find_node (scene, RS_SCENE_KEY_OBJECT (14));
  int hang = empty;

  g_assert_cmpuint (scene->n_frames, ==, 2);
  g_assert_cmpint (scene->nodes[list].row_layout, ==, RS_SCENE_ROWS_CELLS);
  g_assert_cmpuint (scene->nodes[list].n_rows, ==, 3);
  g_assert_cmpstr (scene->rows[scene->nodes[list].first_row + 2].value, ==, "'x'");
  /* an empty list gets one note row, not zero cells */
  g_assert_cmpint (scene->nodes[empty].row_layout, ==, RS_SCENE_ROWS_VERTICAL);
  g_assert_null (scene->rows[scene->nodes[empty].first_row].label);
  g_assert_true (scene->nodes[hang].flags & RS_SNAP_LEAKED);
  g_assert_false (scene->nodes[hang].flags & RS_SNAP_IN_CYCLE);
  rs_test_snapshot_free (snap);
}

static void
test_copy_and_movement (void)
{
  RsSnapshot *snap = rs_test_snapshot_containers ();
  g_autoptr(RsScene) scene = rs_scene_new_from_snapshot (snap, NULL);
  g_autoptr(RsScene) moved = rs_scene_copy (scene);
  g_autofree char *id = rs_scene_node_id (&scene->nodes[0]);
  guint n;

  rs_scene_translate (moved, 3, 4);
  g_assert_cmpfloat_with_epsilon (rs_scene_mean_movement (scene, moved, &n), 5, 1e-9);
  g_assert_cmpuint (n, ==, scene->n_nodes);
  g_assert_cmpstr (moved->nodes[2].title, ==, scene->nodes[2].title);
  g_assert_true (moved->nodes[2].title != scene->nodes[2].title);
  g_assert_cmpstr (id, ==, "frame-1");
  rs_test_snapshot_free (snap);
}

/* A tuple or a function is a card when it holds a traced object, directly
 * or through tuples (the mutable default); of plain values it is text. */
static void
test_tuples_and_defaults (void)
{
  RsTestBuilder *b = rs_test_builder_new (3, 4, "f = g");
  RsSnapshot *snap;

  rs_test_builder_frame (b, 1, "<module>");
  rs_test_builder_ref (b, "t", RS_SLOT_STRONG, 20, 0);
  rs_test_builder_ref (b, "n", RS_SLOT_STRONG, 22, 0);
  rs_test_builder_ref (b, "f", RS_SLOT_STRONG, 23, 0);
  rs_test_builder_ref (b, "g", RS_SLOT_STRONG, 26, 0);
  rs_test_builder_object (b, 20, 0, RS_KIND_TUPLE, "tuple", "tuple", 1, RS_SNAP_REACHABLE, 0);
  rs_test_builder_ref (b, "0", RS_SLOT_STRONG, 21, 0);
  rs_test_builder_object (b, 21, 1, RS_KIND_LIST, "list", "list #1", 1, RS_SNAP_REACHABLE, 0);
  rs_test_builder_object (b, 22, 0, RS_KIND_TUPLE, "tuple", "tuple", 1, RS_SNAP_REACHABLE, 0);
  rs_test_builder_plain (b, "0", "1");
  rs_test_builder_object (b, 23, 0, RS_KIND_FUNCTION, "function", "function f", 1, RS_SNAP_REACHABLE, 0);
  rs_test_builder_ref (b, "__defaults__", RS_SLOT_STRONG, 24, 0);
  rs_test_builder_object (b, 24, 0, RS_KIND_TUPLE, "tuple", "tuple", 1, RS_SNAP_REACHABLE, 0);
  rs_test_builder_ref (b, "0", RS_SLOT_STRONG, 25, 0);
  rs_test_builder_object (b, 25, 2, RS_KIND_LIST, "list", "list #2", 1, RS_SNAP_REACHABLE, 0);
  rs_test_builder_object (b, 26, 0, RS_KIND_FUNCTION, "function", "function g", 1, RS_SNAP_REACHABLE, 0);
  rs_test_builder_ref (b, "__defaults__", RS_SLOT_STRONG, 27, 0);
  rs_test_builder_object (b, 27, 0, RS_KIND_TUPLE, "tuple", "tuple", 1, RS_SNAP_REACHABLE, 0);
  rs_test_builder_plain (b, "0", "None");
  snap = rs_test_builder_finish (b);

  g_autoptr(RsScene) scene = rs_scene_new_from_snapshot (snap, NULL);
  const RsObjId cards[] = { 20, 21, 23, 24, 25 }, text[] = { 22, 26, 27 };

  for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
    g_assert_cmpint (rs_scene_find_node (scene, RS_SCENE_KEY_OBJECT (cards[i])), >=, 0);
  for (guint i = 0; i < G_N_ELEMENTS (text); i++)
    g_assert_cmpint (rs_scene_find_node (scene, RS_SCENE_KEY_OBJECT (text[i])), <, 0);
  g_assert_cmpuint (count_kind (scene, RS_SCENE_NODE_OBJECT), ==, G_N_ELEMENTS (cards));
  rs_test_snapshot_free (snap);
}

/* A closure's cells are cards between the function and the value when
 * they hold a traced object (the closure over self); a function whose
 * cells hold only plain values stays text, and so do its cells. */
static void
test_closure_cells (void)
{
  RsTestBuilder *b = rs_test_builder_new (3, 4, "h = g");
  RsSnapshot *snap;

  rs_test_builder_frame (b, 1, "<module>");
  rs_test_builder_ref (b, "f", RS_SLOT_STRONG, 30, 0);
  rs_test_builder_ref (b, "g", RS_SLOT_STRONG, 34, 0);
  rs_test_builder_object (b, 30, 0, RS_KIND_FUNCTION, "function", "function f", 1, RS_SNAP_REACHABLE, 0);
  rs_test_builder_ref (b, "__closure__", RS_SLOT_STRONG, 31, 0);
  rs_test_builder_object (b, 31, 0, RS_KIND_TUPLE, "tuple", "tuple", 1, RS_SNAP_REACHABLE, 0);
  rs_test_builder_ref (b, "0", RS_SLOT_STRONG, 32, 0);
  rs_test_builder_object (b, 32, 0, RS_KIND_CELL, "cell", "cell", 1, RS_SNAP_REACHABLE, 0);
  rs_test_builder_ref (b, "cell_contents", RS_SLOT_STRONG, 33, 0);
  rs_test_builder_object (b, 33, 1, RS_KIND_INSTANCE, "Widget", "Widget #1", 1, RS_SNAP_REACHABLE, 0);
  rs_test_builder_object (b, 34, 0, RS_KIND_FUNCTION, "function", "function g", 1, RS_SNAP_REACHABLE, 0);
  rs_test_builder_ref (b, "__closure__", RS_SLOT_STRONG, 35, 0);
  rs_test_builder_object (b, 35, 0, RS_KIND_TUPLE, "tuple", "tuple", 1, RS_SNAP_REACHABLE, 0);
  rs_test_builder_ref (b, "0", RS_SLOT_STRONG, 36, 0);
  rs_test_builder_object (b, 36, 0, RS_KIND_CELL, "cell", "cell", 1, RS_SNAP_REACHABLE, 0);
  rs_test_builder_plain (b, "cell_contents", "1");
  snap = rs_test_builder_finish (b);

  g_autoptr(RsScene) scene = rs_scene_new_from_snapshot (snap, NULL);
  const RsObjId cards[] = { 30, 31, 32, 33 }, text[] = { 34, 35, 36 };

  for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
    g_assert_cmpint (rs_scene_find_node (scene, RS_SCENE_KEY_OBJECT (cards[i])), >=, 0);
  for (guint i = 0; i < G_N_ELEMENTS (text); i++)
    g_assert_cmpint (rs_scene_find_node (scene, RS_SCENE_KEY_OBJECT (text[i])), <, 0);
  rs_test_snapshot_free (snap);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/refscope/scene/cycle-leak", test_cycle_leak);
  g_test_add_func ("/refscope/scene/hidden-on-request", test_hidden_on_request);
  g_test_add_func ("/refscope/scene/weakref", test_weakref);
  g_test_add_func ("/refscope/scene/containers", test_containers);
  g_test_add_func ("/refscope/scene/copy-and-movement", test_copy_and_movement);
  g_test_add_func ("/refscope/scene/tuples-and-defaults", test_tuples_and_defaults);
  g_test_add_func ("/refscope/scene/closure-cells", test_closure_cells);
  return g_test_run ();
}
