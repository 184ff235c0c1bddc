/* test-kept-frames.c: the frames a traceback keeps, drawn as their own cards
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Real sessions, so the runtime's traceback slots and the scene's reading
 * of them are checked together: each frame an exception keeps is a card of
 * its own (its locals, greyed, "kept by the traceback of ValueError"), the
 * exception has one row per kept frame with an arrow to it, outermost
 * first, and a traceback cycle is drawn through the frame that holds it.
 */
#include <string.h>

#include "rs-scene.h"
#include "rs-session.h"

static const char stored[] =
  "class Box:\n"
  "    pass\n"
  "def inner(text):\n"
  "    scratch = Box()\n"
  "    raise ValueError(text)\n"
  "def outer(keep):\n"
  "    big = Box()\n"
  "    try:\n"
  "        inner('x')\n"
  "    except ValueError as e:\n"
  "        keep.error = e\n"
  "holder = Box()\n"
  "outer(holder)\n"
  "print('kept')\n"
  "holder.error = None\n"
  "print('gone')\n"
  "def retry():\n"
  "    data = Box()\n"
  "    try:\n"
  "        inner('y')\n"
  "    except ValueError as e:\n"
  "        saved = e\n"
  "retry()\n"
  "print('leaked')\n";

/* The scene at the last step at @line. */
static RsScene *
scene_at_line (RsSession *session,
               guint      line)
{
  for (guint step = rs_session_get_n_steps (session); step > 0; step--)
    {
      g_autoptr(RsSnapshot) snap = rs_session_get_snapshot (session, step - 1);

      if (snap->line == line)
        return rs_scene_new_from_snapshot (snap, NULL);
    }
  g_assert_not_reached ();
}

static const RsSceneNode *
find_titled (const RsScene   *scene,
             RsSceneNodeKind  kind,
             const char      *title)
{
  for (guint i = 0; i < scene->n_nodes; i++)
    if (scene->nodes[i].kind == kind && strcmp (scene->nodes[i].title, title) == 0)
      return &scene->nodes[i];
  return NULL;
}

/* The labels of @node's rows, joined by spaces */
static char *
row_labels (const RsScene     *scene,
            const RsSceneNode *node)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < node->n_rows; i++)
    g_string_append_printf (s, "%s%s", i ? " " : "", scene->rows[node->first_row + i].label);
  return g_string_free (s, FALSE);
}

/* The node the arrow of @node's row @label points at, or NULL */
static const RsSceneNode *
row_target (const RsScene     *scene,
            const RsSceneNode *node,
            const char        *label,
            guint             *edge_flags)
{
  for (guint i = 0; i < node->n_rows; i++)
    {
      const RsSceneRow *row = &scene->rows[node->first_row + i];

      if (strcmp (row->label, label) == 0 && row->edge != G_MAXUINT)
        {
          *edge_flags = scene->edges[row->edge].flags;
          return &scene->nodes[scene->edges[row->edge].head];
        }
    }
  return NULL;
}

static const RsSceneNode *
exception_card (const RsScene *scene)
{
  for (guint i = 0; i < scene->n_nodes; i++)
    if (scene->nodes[i].kind == RS_SCENE_NODE_OBJECT && scene->nodes[i].object_kind == RS_KIND_EXCEPTION)
      return &scene->nodes[i];
  return NULL;
}

static void
test_stored_exception (void)
{
  g_autoptr(RsSession) session = rs_session_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (rs_session_load (session, "kept.py", stored, -1, &error));
  g_assert_no_error (error);

  /* line 14: outer returned, holder.error keeps both frames */
  {
    g_autoptr(RsScene) scene = scene_at_line (session, 14);
    const RsSceneNode *exc = exception_card (scene);
    const RsSceneNode *outer = find_titled (scene, RS_SCENE_NODE_KEPT_FRAME, "outer");
    const RsSceneNode *inner = find_titled (scene, RS_SCENE_NODE_KEPT_FRAME, "inner");
    g_autofree char *exc_rows = NULL, *outer_rows = NULL, *inner_rows = NULL;
    guint flags;

    g_assert_nonnull (exc);
    g_assert_nonnull (outer);
    g_assert_nonnull (inner);
    exc_rows = row_labels (scene, exc);
    outer_rows = row_labels (scene, outer);
    inner_rows = row_labels (scene, inner);
    /* outermost first, as a traceback reads; locals in binding order */
    g_assert_cmpstr (exc_rows, ==, "args (traceback) outer (traceback) inner");
    g_assert_cmpstr (outer_rows, ==, "keep big");
    g_assert_cmpstr (inner_rows, ==, "text scratch");
    g_assert_true (row_target (scene, exc, "(traceback) outer", &flags) == outer);
    g_assert_false (flags & RS_SLOT_FLAG_IN_CYCLE);
    g_assert_true (row_target (scene, exc, "(traceback) inner", &flags) == inner);
    g_assert_cmpstr (outer->tag, ==, "kept by the traceback of ValueError");
    g_assert_cmpuint (outer->object, ==, exc->object);
    g_assert_false (outer->flags & RS_SNAP_LEAKED);
    /* the locals' arrows leave the frame's card: keep -> holder's Box */
    g_assert_nonnull (row_target (scene, outer, "keep", &flags));
    g_assert_nonnull (row_target (scene, inner, "scratch", &flags));
    g_assert_cmpstr (row_target (scene, inner, "scratch", &flags)->title, ==, "Box #3");
    /* the ids round-trip (saved pins name them) */
    {
      g_autofree char *id = rs_scene_node_id (inner);
      guint64 key;

      g_assert_true (rs_scene_key_from_id (id, &key));
      g_assert_cmpuint (key, ==, inner->key);
      g_assert_cmpuint (key, !=, outer->key);
    }
  }

  /* line 16: the exception died, and both frames with it */
  {
    g_autoptr(RsScene) scene = scene_at_line (session, 16);

    for (guint i = 0; i < scene->n_nodes; i++)
      g_assert_cmpint (scene->nodes[i].kind, !=, RS_SCENE_NODE_KEPT_FRAME);
  }

  /* line 24: retry's local holds the exception: the cycle runs through
   * retry's card, and inner's (its f_back is retry's frame) */
  {
    g_autoptr(RsScene) scene = scene_at_line (session, 24);
    const RsSceneNode *exc = exception_card (scene);
    const RsSceneNode *retry = find_titled (scene, RS_SCENE_NODE_KEPT_FRAME, "retry");
    const RsSceneNode *inner = find_titled (scene, RS_SCENE_NODE_KEPT_FRAME, "inner");
    guint flags;

    g_assert_nonnull (exc);
    g_assert_true (exc->flags & RS_SNAP_IN_CYCLE);
    g_assert_nonnull (retry);
    g_assert_nonnull (inner);
    g_assert_true (retry->flags & RS_SNAP_LEAKED);
    g_assert_true (retry->flags & RS_SNAP_IN_CYCLE);
    g_assert_cmpuint (retry->cycle, ==, exc->cycle);
    g_assert_true (inner->flags & RS_SNAP_IN_CYCLE);
    g_assert_true (row_target (scene, exc, "(traceback) retry", &flags) == retry);
    g_assert_true (flags & RS_SLOT_FLAG_IN_CYCLE);
    g_assert_true (row_target (scene, retry, "saved", &flags) == exc);
    g_assert_true (flags & RS_SLOT_FLAG_IN_CYCLE);
    /* data is only held by the cycle */
    g_assert_false (row_target (scene, retry, "data", &flags)->flags & RS_SNAP_IN_CYCLE);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/refscope/scene/kept-frames", test_stored_exception);
  return g_test_run ();
}
