/* rs-layout-place.c: where cards go without Graphviz: kept places, pins, the frames column
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A stable layout keeps the cards already shown where they were and finds
 * free spots for the new ones; a fresh one is corrected here after
 * Graphviz: moved to match the previous scene, the frames stacked in call
 * order, the pinned cards put at their pins.  Plain data, layout thread.
 */
#include "config.h"

#include <math.h>

#include "rs-layout-private.h"

/* A new node starts next to a node that refers to it (or that it refers
 * to) and already has a place, so it settles near its neighbours. */
static gboolean
initial_position (const RsScene *scene,
                  GHashTable    *prev,
                  guint          index,
                  RsLayoutPos   *out)
{
  for (guint i = 0; i < scene->n_edges; i++)
    {
      const RsSceneEdge *e = &scene->edges[i];
      guint other = e->head == index ? e->tail : e->tail == index ? e->head : G_MAXUINT;
      RsLayoutPos *pos;

      if (other == G_MAXUINT || other == index)
        continue;
      pos = g_hash_table_lookup (prev, &scene->nodes[other].key);
      if (pos)
        {
          out->x = pos->x + (e->head == index ? 1 : -1) * 180;
          out->y = pos->y + 40;
          return TRUE;
        }
    }
  return FALSE;
}

/* Moves the whole scene so the nodes that were already shown move as
 * little as possible on average (a translation is all a fresh dot layout
 * can be corrected by without distorting it). */
void
_rs_layout_align_to_prev (RsScene    *scene,
                          GHashTable *prev)
{
  double dx = 0, dy = 0;
  guint n = 0;

  for (guint i = 0; i < scene->n_nodes; i++)
    {
      const RsSceneNode *node = &scene->nodes[i];
      RsLayoutPos *p = g_hash_table_lookup (prev, &node->key);

      if (p == NULL)
        continue;
      dx += p->x - node->x;
      dy += p->y - node->y;
      n++;
    }
  if (n > 0)
    rs_scene_translate (scene, dx / n, dy / n);
}

guint
_rs_layout_count_survivors (const RsScene *scene,
                            GHashTable    *prev)
{
  guint n = 0;

  for (guint i = 0; prev && i < scene->n_nodes; i++)
    if (g_hash_table_contains (prev, &scene->nodes[i].key))
      n++;
  return n;
}

#define PLACE_MARGIN 26.0
#define FRAME_GAP 25.0         /* nodesep, in points */
#define FRAME_COLUMN_GAP 58.0  /* ranksep, in points */

static gboolean
overlaps_placed (const RsScene *scene,
                 const gboolean *placed,
                 guint          index,
                 double         x,
                 double         y,
                 double         margin)
{
  const RsSceneNode *a = &scene->nodes[index];

  for (guint i = 0; i < scene->n_nodes; i++)
    {
      const RsSceneNode *b = &scene->nodes[i];

      if (i == index || !placed[i])
        continue;
      if (x < b->x + b->width + margin && b->x < x + a->width + margin
          && y < b->y + b->height + margin && b->y < y + a->height + margin)
        return TRUE;
    }
  return FALSE;
}

/* The right edge of the frames column, or -G_MAXDOUBLE without frames. */
static double
frames_right (const RsScene *scene)
{
  double right = -G_MAXDOUBLE;

  for (guint i = 0; i < scene->n_frames; i++)
    right = MAX (right, scene->nodes[i].x + scene->nodes[i].width);
  return right;
}

/* Each node not yet @placed goes to the free spot nearest to where it
 * started, searched on growing rings, objects to the right of the frames
 * (Python Tutor's picture: names on the left, what they point to on the
 * right); placed nodes never move. */
static void
settle_nodes (RsScene  *scene,
              gboolean *placed)
{
  double step = scene->font_size * 2;
  double min_x = frames_right (scene) + 3 * PLACE_MARGIN;

  for (guint i = 0; i < scene->n_nodes; i++)
    {
      RsSceneNode *node = &scene->nodes[i];
      double lo = node->kind == RS_SCENE_NODE_FRAME ? -G_MAXDOUBLE : min_x;
      double x0 = MAX (node->x, lo), y0 = node->y;
      gboolean found;

      if (placed[i])
        continue;
      found = !overlaps_placed (scene, placed, i, x0, y0, PLACE_MARGIN);
      for (guint ring = 1; !found && ring < 400; ring++)
        for (int k = 0; !found && k < (int) (8 * ring); k++)
          {
            double angle = 2 * G_PI * k / (8 * ring);
            double x = x0 + cos (angle) * ring * step, y = y0 + sin (angle) * ring * step;

            if (x >= lo && !overlaps_placed (scene, placed, i, x, y, PLACE_MARGIN))
              {
                x0 = x;
                y0 = y;
                found = TRUE;
              }
          }
      node->x = x0;
      node->y = y0;
      placed[i] = TRUE;
    }
}

/* In a stable layout the old and the pinned nodes stay; an old card that
 * grew into another one moves, unless the user pinned it. */
void
_rs_layout_place_new_nodes (RsScene    *scene,
                            GHashTable *prev)
{
  g_autofree gboolean *placed = g_new0 (gboolean, MAX (scene->n_nodes, 1));

  for (guint i = 0; i < scene->n_nodes; i++)
    placed[i] = scene->nodes[i].pinned || g_hash_table_contains (prev, &scene->nodes[i].key);
  for (guint i = 0; i < scene->n_nodes; i++)
    if (placed[i] && !scene->nodes[i].pinned
        && overlaps_placed (scene, placed, i, scene->nodes[i].x, scene->nodes[i].y, 2))
      placed[i] = FALSE;
  settle_nodes (scene, placed);
}

/* After a layout from scratch the pinned nodes go to their pins, in the
 * same coordinates as the layout (the frames column stays at its top left
 * in every layout), and what lies under one makes room. */
void
_rs_layout_apply_pins (RsScene *scene)
{
  g_autofree gboolean *placed = NULL;
  gboolean any = FALSE;

  for (guint i = 0; i < scene->n_nodes; i++)
    any |= scene->nodes[i].pinned;
  if (!any)
    return;
  placed = g_new0 (gboolean, scene->n_nodes);
  for (guint i = 0; i < scene->n_nodes; i++)
    if ((placed[i] = scene->nodes[i].pinned))
      {
        scene->nodes[i].x = scene->nodes[i].pin_x;
        scene->nodes[i].y = scene->nodes[i].pin_y;
      }
  for (guint i = 0; i < scene->n_nodes; i++)
    if (!scene->nodes[i].pinned)
      placed[i] = !overlaps_placed (scene, placed, i, scene->nodes[i].x, scene->nodes[i].y, 2);
  settle_nodes (scene, placed);
}

/* The old positions, plus a place for each new call frame under the
 * frames already shown: the stack stays a column on the left. */
GHashTable *
_rs_layout_pins_with_new_frames (const RsScene *scene,
                                 GHashTable    *prev)
{
  GHashTable *pins = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer key, value;
  double left = G_MAXDOUBLE, bottom = -G_MAXDOUBLE;

  g_hash_table_iter_init (&iter, prev);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (pins, g_memdup2 (key, sizeof (guint64)), g_memdup2 (value, sizeof (RsLayoutPos)));
  for (guint i = 0; i < scene->n_frames; i++)
    {
      const RsSceneNode *f = &scene->nodes[i];
      RsLayoutPos *p = g_hash_table_lookup (prev, &f->key);

      if (p == NULL)
        continue;
      left = MIN (left, p->x);
      bottom = MAX (bottom, p->y + f->height);
    }
  for (guint i = 0; i < scene->n_nodes; i++)
    if (scene->nodes[i].pinned)
      {
        RsLayoutPos *p = g_new (RsLayoutPos, 1);

        p->x = scene->nodes[i].pin_x;
        p->y = scene->nodes[i].pin_y;
        g_hash_table_insert (pins, g_memdup2 (&scene->nodes[i].key, sizeof (guint64)), p);
      }
  if (left == G_MAXDOUBLE)
    return pins;
  for (guint i = 0; i < scene->n_frames; i++)
    {
      const RsSceneNode *f = &scene->nodes[i];
      RsLayoutPos *p;

      if (g_hash_table_contains (prev, &f->key))
        continue;
      p = g_new (RsLayoutPos, 1);
      p->x = left;
      p->y = bottom + PLACE_MARGIN;
      bottom += PLACE_MARGIN + f->height;
      g_hash_table_insert (pins, g_memdup2 (&f->key, sizeof f->key), p);
    }
  return pins;
}

/* dot puts the frames in the first column but in an order of its own, and
 * with newrank it may put an object with no referrer beside them.  Ordering
 * them with invisible flat edges between record nodes makes Graphviz 2.42
 * lose edges and corrupt its heap, so the column is rebuilt here: left of
 * every object, in call-stack order, the global frame on top. */
void
_rs_layout_stack_frames (RsScene *scene)
{
  double top = G_MAXDOUBLE, left = G_MAXDOUBLE, width = 0, objects_left = G_MAXDOUBLE;

  for (guint i = 0; i < scene->n_nodes; i++)
    {
      const RsSceneNode *node = &scene->nodes[i];

      if (i >= scene->n_frames)
        objects_left = MIN (objects_left, node->x);
      else
        {
          top = MIN (top, node->y);
          left = MIN (left, node->x);
          width = MAX (width, node->width);
        }
    }
  left = MIN (left, objects_left - FRAME_COLUMN_GAP - width);
  for (guint i = 0; i < scene->n_frames; i++)
    {
      scene->nodes[i].x = left;
      scene->nodes[i].y = top;
      top += scene->nodes[i].height + FRAME_GAP;
    }
}

/* Where each node starts in a stable layout: a pinned node at its pin, a
 * new one beside a neighbour placed before it, else below the others at
 * the right of the frames. */
void
_rs_layout_place_from_pins (RsScene    *scene,
                            GHashTable *pins)
{
  double bottom = 0;

  for (guint i = 0; i < scene->n_nodes; i++)
    {
      RsSceneNode *node = &scene->nodes[i];
      RsLayoutPos *pin = g_hash_table_lookup (pins, &node->key);
      RsLayoutPos guess;

      if (pin == NULL && !initial_position (scene, pins, i, &guess))
        {
          guess.x = frames_right (scene) + 3 * PLACE_MARGIN;
          guess.y = bottom + PLACE_MARGIN;
        }
      if (pin == NULL)
        {
          pin = g_memdup2 (&guess, sizeof guess);
          g_hash_table_insert (pins, g_memdup2 (&node->key, sizeof node->key), pin);
        }
      node->x = pin->x;
      node->y = pin->y;
      bottom = MAX (bottom, node->y + node->height);
    }
}

