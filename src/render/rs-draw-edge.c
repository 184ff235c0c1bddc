/* rs-draw-edge.c: the arrows of a scene, in three passes
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rs-draw-private.h"

void
_rs_draw_edge_paint (const RsDrawCtx   *ctx,
                     const RsSceneEdge *edge,
                     RsPaint           *paint)
{
  const RsPalette *p = ctx->pal;

  *paint = (RsPaint) { NULL, &p->edge, 2.0, FALSE, RS_HATCH_NONE, NULL };
  if (edge->kind == RS_SLOT_WEAK)
    paint->stroke = &p->weak_edge, paint->dashed = TRUE;
  else if (edge->kind == RS_SLOT_WEAK_DEAD)
    paint->stroke = &p->muted, paint->dashed = TRUE;
  if (edge->flags & RS_SLOT_FLAG_IN_CYCLE)
    paint->stroke = &p->leak, paint->line_width = 4.5;
}

static char *
edge_class (const RsSceneEdge *edge)
{
  return g_strdup_printf ("rs-edge %s%s%s",
                          edge->kind == RS_SLOT_STRONG ? "rs-strong"
                          : edge->kind == RS_SLOT_WEAK ? "rs-weak" : "rs-weak-dead",
                          (edge->flags & RS_SLOT_FLAG_IN_CYCLE) ? " rs-cycle-edge" : "",
                          (edge->flags & RS_SLOT_FLAG_HIDDEN) ? " rs-hidden" : "");
}

void
_rs_draw_arrowhead (const RsDrawCtx   *ctx,
                    const RsSceneEdge *edge,
                    const RsPaint     *line,
                    double tip_x, double tip_y,
                    double base_x, double base_y)
{
  double ux = tip_x - base_x, uy = tip_y - base_y, len = hypot (ux, uy);
  double l = MAX (ctx->fs * 0.75, line->line_width * 2.6), w = l * 0.45;
  double pts[6];
  RsPaint head = { line->stroke, line->stroke, 1.2, FALSE, RS_HATCH_NONE, NULL };

  if (len < 1e-6)
    return;
  ux /= len;
  uy /= len;
  pts[0] = tip_x;
  pts[1] = tip_y;
  pts[2] = tip_x - l * ux - w * uy;
  pts[3] = tip_y - l * uy + w * ux;
  pts[4] = tip_x - l * ux + w * uy;
  pts[5] = tip_y - l * uy - w * ux;
  if (edge->kind != RS_SLOT_STRONG)
    head.fill = &ctx->pal->background, head.line_width = 1.6;   /* hollow: weak */
  rs_canvas_polygon (ctx->canvas, pts, 3, &head);
}

/* The edge's points, moved along with its ends during a transition (or a
 * plain curve when the layout gave none). */
static double *
edge_points (const RsDrawCtx   *ctx,
             const RsSceneEdge *edge,
             guint             *n_out,
             double            *tip_x,
             double            *tip_y)
{
  const RsSceneNode *head = &ctx->scene->nodes[edge->head];
  double tdx = ctx->dx[edge->tail], tdy = ctx->dy[edge->tail];
  double hdx = ctx->dx[edge->head], hdy = ctx->dy[edge->head];
  guint n = edge->n_points;
  double *pts;

  if (n < 4)
    {
      double ax, ay, hx = head->x + hdx, hy = head->y + hdy + head->height / 2;
      const RsSceneNode *tail = &ctx->scene->nodes[edge->tail];

      _rs_draw_row_anchor (tail, edge->tail_row, tail->x + tdx, tail->y + tdy, &ax, &ay);
      if (hx < ax)
        hx += head->width;
      pts = g_new (double, 8);
      pts[0] = ax; pts[1] = ay;
      pts[2] = (2 * ax + hx) / 3; pts[3] = ay;
      pts[4] = (ax + 2 * hx) / 3; pts[5] = hy;
      pts[6] = hx; pts[7] = hy;
      *n_out = 4;
      *tip_x = hx;
      *tip_y = hy;
      return pts;
    }
  pts = g_new (double, 2 * n);
  for (guint i = 0; i < n; i++)
    {
      double w = (double) i / (n - 1);

      pts[2 * i] = edge->points[2 * i] + (1 - w) * tdx + w * hdx;
      pts[2 * i + 1] = edge->points[2 * i + 1] + (1 - w) * tdy + w * hdy;
    }
  *n_out = n;
  *tip_x = edge->points[2 * n - 2] + hdx;
  *tip_y = edge->points[2 * n - 1] + hdy;
  return pts;
}

/* The point halfway along the curve's segments (where a label goes). */
static void
curve_middle (const double *pts,
              guint         n,
              double       *x,
              double       *y)
{
  guint segments = (n - 1) / 3, k = segments / 2;
  const double *p = &pts[2 * 3 * k];

  if (segments % 2 == 0)
    {
      *x = p[0];
      *y = p[1];
      return;
    }
  /* a cubic bezier at t = 1/2 */
  *x = (p[0] + 3 * p[2] + 3 * p[4] + p[6]) / 8;
  *y = (p[1] + 3 * p[3] + 3 * p[5] + p[7]) / 8;
}

/* Arrows are painted in three passes over all of them, so that no halo
 * (which keeps the text under an arrow readable) can hide another arrow's
 * head: halos, then lines, then heads and labels. */
typedef enum {
  EDGE_HALO,
  EDGE_LINE,
  EDGE_HEAD,
} EdgePass;

/* A highlighted edge's halo is the highlight's glow. */
static void
draw_edge_halo (const RsDrawCtx   *ctx,
                const double      *pts,
                guint              n,
                const RsPaint     *paint,
                const RsEdgeState *state)
{
  RsColor color = ctx->pal->background;
  RsPaint halo = { NULL, &color, paint->line_width + 4, FALSE, RS_HATCH_NONE, NULL };

  color.a = 0.85;
  if (state->highlight > 0)
    {
      color = ctx->pal->highlight;
      color.a *= state->highlight;
      halo.line_width = paint->line_width + 8;
    }
  rs_canvas_curve (ctx->canvas, pts, n, &halo);
}

static void
draw_edge_line (const RsDrawCtx   *ctx,
                const RsSceneEdge *edge,
                const double      *pts,
                guint              n,
                const RsPaint     *paint)
{
  const RsSceneNode *tail = &ctx->scene->nodes[edge->tail];
  double ax, ay;

  /* a stem from the row's dot to where the routed curve leaves the card */
  _rs_draw_row_anchor (tail, edge->tail_row, tail->x + ctx->dx[edge->tail], tail->y + ctx->dy[edge->tail], &ax, &ay);
  if (hypot (pts[0] - ax, pts[1] - ay) > 1)
    {
      double stem[] = { ax, ay, ax, ay, pts[0], pts[1], pts[0], pts[1] };

      rs_canvas_curve (ctx->canvas, stem, 4, paint);
    }
  rs_canvas_curve (ctx->canvas, pts, n, paint);
}

static void
draw_edge_head (const RsDrawCtx   *ctx,
                const RsSceneEdge *edge,
                const double      *pts,
                guint              n,
                const RsPaint     *paint,
                double             tip_x,
                double             tip_y)
{
  double base_x = pts[2 * n - 2], base_y = pts[2 * n - 1];

  if (hypot (tip_x - base_x, tip_y - base_y) < 1 && n >= 2)
    {
      base_x = pts[2 * n - 4];
      base_y = pts[2 * n - 3];
    }
  _rs_draw_arrowhead (ctx, edge, paint, tip_x, tip_y, base_x, base_y);
  /* a weak container's arrows are weak by what it is, and many meet at
   * the objects it holds: no label on each */
  if (edge->kind == RS_SLOT_WEAK && ctx->scene->nodes[edge->tail].object_kind != RS_KIND_WEAKDICT)
    {
      double mx, my;

      curve_middle (pts, n, &mx, &my);
      _rs_draw_text_at (ctx, mx, my - ctx->fs * 0.7, _("weak"), RS_TEXT_SMALL, &ctx->pal->weak_edge, 0.5);
    }
}

static void
draw_edge (const RsDrawCtx *ctx,
           guint            index,
           EdgePass         pass)
{
  static const char *const prefixes[] = { "halo-", "", "head-" };
  const RsSceneEdge *edge = &ctx->scene->edges[index];
  g_autofree char *css = pass == EDGE_LINE ? edge_class (edge) : g_strdup (pass == EDGE_HALO ? "rs-halo" : "rs-arrowhead");
  g_autofree char *tail_id = rs_scene_node_id (&ctx->scene->nodes[edge->tail]);
  g_autofree char *id = g_strdup_printf ("%sedge-%s-%u", prefixes[pass], tail_id, edge->tail_row);
  g_autofree double *pts = NULL;
  double tip_x, tip_y;
  guint n;
  RsPaint paint;
  RsEdgeState state = { 1, 0 };

  if (ctx->edge_state == NULL || !ctx->edge_state (ctx->scene, edge, &state, ctx->user_data))
    state = (RsEdgeState) { 1, 0 };
  state.opacity = CLAMP (state.opacity, 0, 1);
  state.highlight = CLAMP (state.highlight, 0, 1);
  rs_canvas_begin_group (ctx->canvas, id, css,
                         MIN (ctx->opacity[edge->tail], ctx->opacity[edge->head]) * state.opacity);
  _rs_draw_edge_paint (ctx, edge, &paint);
  pts = edge_points (ctx, edge, &n, &tip_x, &tip_y);
  if (pass == EDGE_HALO)
    draw_edge_halo (ctx, pts, n, &paint, &state);
  else if (pass == EDGE_LINE)
    draw_edge_line (ctx, edge, pts, n, &paint);
  else
    draw_edge_head (ctx, edge, pts, n, &paint, tip_x, tip_y);
  rs_canvas_end_group (ctx->canvas);
}

void
_rs_draw_edges (const RsDrawCtx *ctx)
{
  for (EdgePass pass = EDGE_HALO; pass <= EDGE_HEAD; pass++)
    for (guint i = 0; i < ctx->scene->n_edges; i++)
      draw_edge (ctx, i, pass);
}
