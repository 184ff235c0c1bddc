/* rs-route.c: the arrows between placed cards, drawn as our own curves
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Graphviz only places the nodes (its spline router fails on these
 * graphs); every arrow is routed here, after a layout and while the user
 * drags a card, on whichever thread holds the scene.
 */
#include "config.h"

#include <string.h>

#include "rs-route.h"

static void
set_curve (RsSceneEdge *edge,
           double       sx,
           double       sy,
           double       c1x,
           double       c1y,
           double       c2x,
           double       c2y,
           double       ex,
           double       ey)
{
  g_free (edge->points);
  edge->n_points = 4;
  edge->points = g_new (double, 8);
  edge->points[0] = sx;  edge->points[1] = sy;
  edge->points[2] = c1x; edge->points[3] = c1y;
  edge->points[4] = c2x; edge->points[5] = c2y;
  edge->points[6] = ex;  edge->points[7] = ey;
}

/* Where an arrow leaves its card: the right side of its row, or a list
 * cell's bottom (its top, under the title, when not @below). */
static void
edge_start (const RsSceneNode *t,
            const RsSceneEdge *edge,
            gboolean           below,
            double            *sx,
            double            *sy)
{
  if (t->row_layout == RS_SCENE_ROWS_CELLS)
    {
      *sx = t->x + t->width / MAX (t->n_rows, 1) * (edge->tail_row + 0.5);
      *sy = below ? t->y + t->height : t->y + t->row_height;
    }
  else
    {
      *sx = t->x + t->width;
      *sy = t->y + (t->kind == RS_SCENE_NODE_DEAD ? t->height / 2 : t->row_height * (edge->tail_row + 1.5));
    }
}

/* Where arrows land: halfway down the title band. */
static double
title_middle (const RsSceneNode *h)
{
  return h->y + MIN (h->row_height, h->height) / 2;
}

/* A row's arrow leaves from the right side of its row (a list cell: its
 * bottom) and lands on the left of the target's title, or on its right
 * when the target is behind: Python Tutor's curves. */
static void
route_preferred (const RsScene *scene,
                 RsSceneEdge   *edge)
{
  const RsSceneNode *t = &scene->nodes[edge->tail], *h = &scene->nodes[edge->head];
  /* a list cell's arrow leaves from its top when the target is wholly
   * above the card: one leaving downwards would turn back through it */
  gboolean below = h->y + h->height > t->y;
  double sx, sy, ex, ey = title_middle (h), d, c1x, c1y, c2x, c2y;

  edge_start (t, edge, below, &sx, &sy);
  if (t->row_layout == RS_SCENE_ROWS_CELLS)
    {
      c1x = sx;
      c1y = sy + (below ? 50 : -50);
    }
  else
    {
      c1x = sx + 60;
      c1y = sy;
    }
  if (edge->tail == edge->head)
    {
      /* a reference to itself: a loop out of the right side, back into
       * the right end of the title */
      ex = h->x + h->width;
      c1x = MAX (c1x, ex + 60);
      c2x = ex + 60;
      c2y = ey;
      if (t->row_layout == RS_SCENE_ROWS_CELLS)
        c1y = sy + 40;
      set_curve (edge, sx, sy, c1x, c1y, c2x, c2y, ex, ey);
      return;
    }
  if (h->x > sx + 20)
    {
      /* within the gap: control points beyond the head would make the
       * curve overshoot and turn back into the arrowhead */
      ex = h->x;
      d = MAX ((ex - sx) / 2, MIN (40, ex - sx));
      c2x = ex - d;
      if (t->row_layout != RS_SCENE_ROWS_CELLS)
        c1x = sx + d;
    }
  else
    {
      ex = h->x + h->width;
      d = MAX (60, (sx - ex) / 3);
      c2x = ex + d;
      if (t->row_layout != RS_SCENE_ROWS_CELLS)
        c1x = MAX (c1x, sx + d);
    }
  c2y = ey;
  /* A reference back to a card that is not wholly below arches over both
   * cards: a straight S-curve would cross the tail card's title. */
  if (h->x <= sx + 20 && h->y < t->y + t->height)
    {
      double top = MIN (t->y, h->y) - 40;

      c1y = MIN (c1y, top);
      c2y = top;
    }
  set_curve (edge, sx, sy, c1x, c1y, c2x, c2y, ex, ey);
}

/* Another way round: landing on the left (@side 0) or the right end of
 * the target's title, directly, over both cards (@arch 1) or under them
 * (@arch 2), the curve's reach scaled by @spread. */
static void
route_alternative (const RsScene *scene,
                   RsSceneEdge   *edge,
                   int            side,
                   int            arch,
                   double         spread)
{
  const RsSceneNode *t = &scene->nodes[edge->tail], *h = &scene->nodes[edge->head];
  gboolean cells = t->row_layout == RS_SCENE_ROWS_CELLS;
  double sx, sy, c1x, c1y, c2x, c2y, ex, ey = title_middle (h);

  edge_start (t, edge, TRUE, &sx, &sy);
  c1x = cells ? sx : sx + 50 * spread;
  c1y = cells ? sy + 50 * spread : sy;
  ex = side == 0 ? h->x : h->x + h->width;
  c2x = side == 0 ? ex - 50 * spread : ex + 50 * spread;
  c2y = ey;
  if (arch == 1)
    c1y = c2y = MIN (t->y, h->y) - 40 * spread;
  else if (arch == 2)
    c1y = c2y = MAX (t->y + t->height, h->y + h->height) + 40 * spread;
  set_curve (edge, sx, sy, c1x, c1y, c2x, c2y, ex, ey);
}

/* Our curves know nothing of the cards in their way: when the preferred
 * one crosses a card, a few others are tried and the one crossing fewest
 * is kept (on large graphs only the preferred one: this is quadratic). */
#define ROUTE_SEARCH_MAX_NODES 150

static void
route_edge (const RsScene *scene,
            RsSceneEdge   *edge)
{
  double best[8];
  guint least;

  route_preferred (scene, edge);
  if (edge->tail == edge->head || scene->n_nodes > ROUTE_SEARCH_MAX_NODES
      || (least = rs_scene_edge_crossings (scene, edge)) == 0)
    return;
  memcpy (best, edge->points, sizeof best);
  for (int arch = 0; arch < 3 && least > 0; arch++)
    for (int side = 0; side < 2 && least > 0; side++)
      for (double spread = 1; spread <= 2.5 && least > 0; spread += 0.75)
        {
          guint n;

          route_alternative (scene, edge, side, arch, spread);
          if ((n = rs_scene_edge_crossings (scene, edge)) < least)
            {
              least = n;
              memcpy (best, edge->points, sizeof best);
            }
        }
  memcpy (edge->points, best, sizeof best);
}

void
rs_route_edges (RsScene *scene)
{
  g_return_if_fail (scene != NULL);

  for (guint i = 0; i < scene->n_edges; i++)
    route_edge (scene, &scene->edges[i]);
}
