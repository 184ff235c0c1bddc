/* rs-graph-view-emphasis.c: what the canvas stresses for a question about the heap
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The inspector's answers (why alive, what dies with it, what if) are
 * drawn on the canvas while the user looks at them: the cards they name
 * glow and the others dim, the arrows of a chain glow, and a preview
 * marks what would be freed (in order) and what would leak; the arrows
 * inside a stressed set (a cycle, a retained set) glow as well.  The answers
 * come from rs-explain; this only draws them.
 */
#define G_LOG_DOMAIN "refscope-graph-view"

#include "config.h"

#include <string.h>

#include "rs-graph-view-private.h"

#define DIMMED 0.28
#define DIMMED_LIGHTLY 0.6

RsGraphEmphasis *
rs_graph_emphasis_new (void)
{
  RsGraphEmphasis *self = g_new0 (RsGraphEmphasis, 1);

  self->objects = g_array_new (FALSE, FALSE, sizeof (RsObjId));
  self->path = g_array_new (FALSE, FALSE, sizeof (RsObjId));
  self->freed = g_array_new (FALSE, FALSE, sizeof (RsObjId));
  self->leaked = g_array_new (FALSE, FALSE, sizeof (RsObjId));
  self->gc = g_array_new (FALSE, FALSE, sizeof (RsGcObject));
  return self;
}

void
rs_graph_emphasis_free (RsGraphEmphasis *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->objects);
  g_array_unref (self->path);
  g_array_unref (self->freed);
  g_array_unref (self->leaked);
  g_array_unref (self->gc);
  g_free (self->root);
  g_free (self);
}

/* Each stressed object's RsNodeState, by id. */
static void
add_states (GHashTable *states,
            GArray     *ids,
            RsNodeMark  mark)
{
  for (guint i = 0; i < ids->len; i++)
    {
      RsNodeState *state = g_new0 (RsNodeState, 1);

      *state = (RsNodeState) { 1, 0.8, mark, mark == RS_NODE_MARK_FREED ? i + 1 : 0 };
      g_hash_table_replace (states, GUINT_TO_POINTER (g_array_index (ids, RsObjId, i)), state);
    }
}

/* The collector's marks: the unreachable list glows, the rest only says
 * its gc_refs. */
static void
add_gc_states (GHashTable *states,
               GArray     *objects)
{
  for (guint i = 0; i < objects->len; i++)
    {
      const RsGcObject *o = &g_array_index (objects, RsGcObject, i);
      RsNodeState *state = g_new0 (RsNodeState, 1);
      gboolean unreachable = o->list == RS_GC_LIST_UNREACHABLE;

      *state = (RsNodeState) { 1, unreachable ? 0.8 : 0,
                               unreachable ? RS_NODE_MARK_GC_UNREACHABLE : RS_NODE_MARK_GC_YOUNG,
                               o->gc_refs >= 0 ? (guint) o->gc_refs + 1 : 0 };
      g_hash_table_replace (states, GUINT_TO_POINTER (o->id), state);
    }
}

static void
clear_layer (RsEmphasisLayer *layer)
{
  g_clear_pointer (&layer->emphasis, rs_graph_emphasis_free);
  g_clear_pointer (&layer->states, g_hash_table_unref);
  g_clear_pointer (&layer->objects, g_hash_table_unref);
}

static void
set_layer (RsEmphasisLayer *layer,
           RsGraphEmphasis *emphasis)
{
  clear_layer (layer);
  layer->emphasis = emphasis;
  if (emphasis == NULL)
    return;
  layer->states = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  add_states (layer->states, emphasis->objects, RS_NODE_MARK_NONE);
  add_states (layer->states, emphasis->path, RS_NODE_MARK_NONE);
  add_states (layer->states, emphasis->freed, RS_NODE_MARK_FREED);
  add_states (layer->states, emphasis->leaked, RS_NODE_MARK_LEAKED);
  add_gc_states (layer->states, emphasis->gc);
  layer->objects = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < emphasis->objects->len; i++)
    g_hash_table_add (layer->objects, GUINT_TO_POINTER (g_array_index (emphasis->objects, RsObjId, i)));
}

/* The answer while there is one, else the collector's phase, else NULL. */
static const RsEmphasisLayer *
shown (RsGraphView *self)
{
  if (self->answer.emphasis != NULL)
    return &self->answer;
  if (self->glance.emphasis != NULL)
    return &self->glance;
  return self->phase.emphasis != NULL ? &self->phase : NULL;
}

void
_rs_graph_view_clear_emphasis (RsGraphView *self)
{
  clear_layer (&self->answer);
  clear_layer (&self->glance);
  clear_layer (&self->phase);
  g_clear_pointer (&self->phase_regions, rs_regions_free);
}

void
rs_graph_view_set_emphasis (RsGraphView     *self,
                            RsGraphEmphasis *emphasis)
{
  g_return_if_fail (RS_IS_GRAPH_VIEW (self));

  set_layer (&self->answer, emphasis);
  _rs_graph_view_invalidate (self);
}

void
rs_graph_view_set_hover_emphasis (RsGraphView     *self,
                                  RsGraphEmphasis *emphasis)
{
  g_return_if_fail (RS_IS_GRAPH_VIEW (self));

  set_layer (&self->glance, emphasis);
  _rs_graph_view_invalidate (self);
}

void
rs_graph_view_set_phase_emphasis (RsGraphView     *self,
                                  RsGraphEmphasis *emphasis)
{
  g_return_if_fail (RS_IS_GRAPH_VIEW (self));

  set_layer (&self->phase, emphasis);
  _rs_graph_view_invalidate (self);
}

void
rs_graph_view_set_phase_regions (RsGraphView *self,
                                 RsRegions   *regions)
{
  g_return_if_fail (RS_IS_GRAPH_VIEW (self));

  g_clear_pointer (&self->phase_regions, rs_regions_free);
  self->phase_regions = regions;
}

const RsGraphEmphasis *
rs_graph_view_get_emphasis (RsGraphView *self)
{
  g_return_val_if_fail (RS_IS_GRAPH_VIEW (self), NULL);

  return shown (self) ? shown (self)->emphasis : NULL;
}

/* A frame row holding the chain's first object under the chain's first
 * label: "a" in the global frame, "x" for "f: x". */
static gboolean
is_root_row (RsGraphView       *self,
             const RsScene     *scene,
             const RsSceneEdge *edge)
{
  const RsGraphEmphasis *emphasis = shown (self)->emphasis;
  const char *root = emphasis->root, *colon;
  const char *label = scene->rows[scene->nodes[edge->tail].first_row + edge->tail_row].label;

  if (root == NULL || emphasis->path->len == 0 || scene->nodes[edge->tail].kind != RS_SCENE_NODE_FRAME)
    return FALSE;
  if (scene->nodes[edge->head].object != g_array_index (emphasis->path, RsObjId, 0))
    return FALSE;
  colon = strstr (root, ": ");
  return g_strcmp0 (label, colon ? colon + 2 : root) == 0;
}

static gboolean
is_path_edge (RsGraphView       *self,
              const RsScene     *scene,
              const RsSceneEdge *edge)
{
  const RsEmphasisLayer *layer = shown (self);
  GArray *path = layer->emphasis->path;
  const RsSceneNode *tail = &scene->nodes[edge->tail], *head = &scene->nodes[edge->head];

  if (edge->kind != RS_SLOT_STRONG || head->kind != RS_SCENE_NODE_OBJECT)
    return FALSE;
  if (is_root_row (self, scene, edge))
    return TRUE;
  /* inside a stressed set (a cycle, a retained set) */
  if (tail->kind == RS_SCENE_NODE_OBJECT &&
      g_hash_table_contains (layer->objects, GUINT_TO_POINTER (tail->object)) &&
      g_hash_table_contains (layer->objects, GUINT_TO_POINTER (head->object)))
    return TRUE;
  for (guint i = 0; tail->kind == RS_SCENE_NODE_OBJECT && i + 1 < path->len; i++)
    if (g_array_index (path, RsObjId, i) == tail->object && g_array_index (path, RsObjId, i + 1) == head->object)
      return TRUE;
  return FALSE;
}

gboolean
_rs_graph_view_emphasis_edge (const RsScene     *scene,
                              const RsSceneEdge *edge,
                              RsEdgeState       *state,
                              gpointer           user_data)
{
  RsGraphView *self = user_data;

  if (shown (self) == NULL)
    return FALSE;
  if (is_path_edge (self, scene, edge))
    *state = (RsEdgeState) { 1, shown (self)->emphasis->light ? 0.5 : 1 };
  else
    *state = (RsEdgeState) { shown (self)->emphasis->light ? DIMMED_LIGHTLY : DIMMED, 0 };
  return TRUE;
}

/* A frame stays clear when the chain starts in it. */
static gboolean
frame_holds_root (RsGraphView       *self,
                  const RsSceneNode *node)
{
  const RsScene *scene = self->scene;

  for (guint i = 0; scene != NULL && i < scene->n_edges; i++)
    if (&scene->nodes[scene->edges[i].tail] == node && is_root_row (self, scene, &scene->edges[i]))
      return TRUE;
  return FALSE;
}

gboolean
_rs_graph_view_emphasis_node (RsGraphView       *self,
                              const RsSceneNode *node,
                              RsNodeState       *state)
{
  const RsNodeState *stressed;

  if (shown (self) == NULL)
    return FALSE;
  stressed = node->kind == RS_SCENE_NODE_OBJECT
    ? g_hash_table_lookup (shown (self)->states, GUINT_TO_POINTER (node->object)) : NULL;
  if (stressed != NULL)
    *state = *stressed;
  else if (node->kind == RS_SCENE_NODE_FRAME && frame_holds_root (self, node))
    *state = (RsNodeState) { 1, 0, RS_NODE_MARK_NONE, 0 };
  else
    *state = (RsNodeState) { shown (self)->emphasis->light ? DIMMED_LIGHTLY : DIMMED, 0, RS_NODE_MARK_NONE, 0 };
  if (stressed != NULL && shown (self)->emphasis->light)
    state->highlight = 0.5;
  /* the object the answer is about stays in sight */
  if (node->kind == RS_SCENE_NODE_OBJECT && node->object == self->selected)
    {
      state->opacity = 1;
      state->highlight = 1.0;
    }
  return TRUE;
}
