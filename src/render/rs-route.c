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

/* ---- the two arrows of a 2-cycle ---------------------------------------- */

#define POLYLINE_STEPS 12

/* The curve as a polyline of POLYLINE_STEPS segments a piece. */
static GArray *
polyline (const RsSceneEdge *edge)
{
  GArray *line = g_array_new (FALSE, FALSE, sizeof (double));

  g_array_append_vals (line, edge->points, 2);
  for (guint seg = 0; 3 * seg + 3 < edge->n_points; seg++)
    {
      const double *p = edge->points + 6 * seg;

      for (int i = 1; i <= POLYLINE_STEPS; i++)
        {
          double t = (double) i / POLYLINE_STEPS, u = 1 - t;
          double xy[2] = {
            u * u * u * p[0] + 3 * u * u * t * p[2] + 3 * u * t * t * p[4] + t * t * t * p[6],
            u * u * u * p[1] + 3 * u * u * t * p[3] + 3 * u * t * t * p[5] + t * t * t * p[7],
          };

          g_array_append_vals (line, xy, 2);
        }
    }
  return line;
}

/* Which side of a-b the point p is on. */
static double
side_of (const double *a,
         const double *b,
         const double *p)
{
  return (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
}

static gboolean
edges_cross (const RsSceneEdge *e,
             const RsSceneEdge *f)
{
  g_autoptr(GArray) a = polyline (e);
  g_autoptr(GArray) b = polyline (f);
  const double *pa = (const double *) (gpointer) a->data, *pb = (const double *) (gpointer) b->data;

  for (guint i = 0; i + 3 < a->len; i += 2)
    for (guint j = 0; j + 3 < b->len; j += 2)
      if (side_of (pa + i, pa + i + 2, pb + j) * side_of (pa + i, pa + i + 2, pb + j + 2) < 0
          && side_of (pb + j, pb + j + 2, pa + i) * side_of (pb + j, pb + j + 2, pa + i + 2) < 0)
        return TRUE;
  return FALSE;
}

/* The arrow back of a 2-cycle, when it was routed before @edge. */
static const RsSceneEdge *
cycle_partner (const RsScene     *scene,
               const RsSceneEdge *edge)
{
  for (const RsSceneEdge *e = scene->edges; e < edge; e++)
    if (e->tail == edge->head && e->head == edge->tail && e->tail != e->head)
      return e;
  return NULL;
}

/* ---- choosing a route ---------------------------------------------------- */

/* Our curves know nothing of the cards in their way: when the preferred
 * one crosses a card, or crosses the arrow back of a 2-cycle (a pair
 * that reads as one loop only when its arrows do not cross), a few
 * others are tried and the cheapest is kept (on large graphs only the
 * preferred one: this is quadratic). */
#define ROUTE_SEARCH_MAX_NODES 150
#define CYCLE_CROSSING_COST 100

static guint
route_cost (const RsScene     *scene,
            const RsSceneEdge *edge,
            const RsSceneEdge *partner)
{
  return rs_scene_edge_crossings (scene, edge)
         + (partner != NULL && edges_cross (edge, partner) ? CYCLE_CROSSING_COST : 0);
}

static void
route_edge (const RsScene *scene,
            RsSceneEdge   *edge)
{
  const RsSceneEdge *partner;
  double best[8];
  guint least;

  route_preferred (scene, edge);
  if (edge->tail == edge->head || scene->n_nodes > ROUTE_SEARCH_MAX_NODES)
    return;
  partner = cycle_partner (scene, edge);
  if ((least = route_cost (scene, edge, partner)) == 0)
    return;
  memcpy (best, edge->points, sizeof best);
  for (int arch = 0; arch < 3 && least > 0; arch++)
    for (int side = 0; side < 2 && least > 0; side++)
      for (double spread = 1; spread <= 2.5 && least > 0; spread += 0.75)
        {
          guint n;

          route_alternative (scene, edge, side, arch, spread);
          if ((n = route_cost (scene, edge, partner)) < least)
            {
              least = n;
              memcpy (best, edge->points, sizeof best);
            }
        }
  memcpy (edge->points, best, sizeof best);
}

/* ---- landings ------------------------------------------------------------ */

/* Arrows landing on the same side of a card land a lane apart, in the
 * order they come from (top first), so that no head hides another: a weak
 * reference's hollow head beside the strong one, not on top of it. */
#define LANE 11.0

typedef struct {
  guint  edge;
  guint  head;
  int    side;     /* 0 left, 1 right */
  double from_y;   /* where the arrow leaves its card */
} Landing;

static int
compare_landings (gconstpointer a,
                  gconstpointer b)
{
  const Landing *la = a, *lb = b;

  if (la->head != lb->head)
    return la->head < lb->head ? -1 : 1;
  if (la->side != lb->side)
    return la->side - lb->side;
  if (la->from_y != lb->from_y)
    return la->from_y < lb->from_y ? -1 : 1;
  return la->edge < lb->edge ? -1 : la->edge > lb->edge;
}

/* The @n arrows of @first on one side of their card, a lane apart around
 * the title's middle (closer on a short card), kept within the card. */
static void
land_side (RsScene       *scene,
           const Landing *first,
           guint          n)
{
  const RsSceneNode *h = &scene->nodes[first->head];
  double lane = MIN (LANE, (h->height - 8) / (n - 1));
  double top = title_middle (h) - lane * (n - 1) / 2;

  top = MAX (MIN (top, h->y + h->height - 4 - lane * (n - 1)), h->y + 4);
  for (guint k = 0; k < n; k++)
    {
      RsSceneEdge *edge = &scene->edges[first[k].edge];
      double *end = &edge->points[2 * edge->n_points - 1];

      /* the curve still arrives level: its last control point moves too */
      if (end[-2] == *end)
        end[-2] = top + lane * k;
      *end = top + lane * k;
    }
}

static void
spread_landings (RsScene *scene)
{
  g_autoptr(GArray) landings = g_array_new (FALSE, FALSE, sizeof (Landing));

  for (guint i = 0; i < scene->n_edges; i++)
    {
      const RsSceneEdge *edge = &scene->edges[i];
      const RsSceneNode *h = &scene->nodes[edge->head];
      Landing landing = { i, edge->head, edge->points[2 * edge->n_points - 2] > h->x + h->width / 2,
                          edge->points[1] };

      if (edge->n_points >= 4)
        g_array_append_val (landings, landing);
    }
  g_array_sort (landings, compare_landings);
  for (guint first = 0, last; first < landings->len; first = last)
    {
      const Landing *l = &g_array_index (landings, Landing, first);

      for (last = first + 1; last < landings->len; last++)
        if (g_array_index (landings, Landing, last).head != l->head
            || g_array_index (landings, Landing, last).side != l->side)
          break;
      if (last - first > 1)
        land_side (scene, l, last - first);
    }
}

void
rs_route_edges (RsScene *scene)
{
  g_return_if_fail (scene != NULL);

  for (guint i = 0; i < scene->n_edges; i++)
    route_edge (scene, &scene->edges[i]);
  spread_landings (scene);
}
