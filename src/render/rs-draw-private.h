/* rs-draw-private.h: what drawing a scene shares with drawing its legend
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The legend draws its marks with the scene's own painting, so a sample
 * looks like what it explains.
 */
#pragma once

#include "rs-draw.h"

G_BEGIN_DECLS

/* One drawing in progress (the legend uses canvas, pal and fs only). */
typedef struct {
  RsCanvas          *canvas;
  const RsScene     *scene;
  const RsPalette   *pal;
  double             fs;
  double            *dx, *dy;      /* per node: offset from its final place */
  double            *opacity;
  double            *highlight;
  RsNodeState       *marks;        /* per node: a preview's mark (NULL: none) */
  RsEdgeStateFunc    edge_state;   /* NULL: every edge as its ends */
  gpointer           user_data;
} RsDrawCtx;

void  _rs_draw_text_at     (const RsDrawCtx   *ctx,
                            double             x,
                            double             y_center,
                            const char        *text,
                            RsTextFace         face,
                            const RsColor     *color,
                            double             align);
void  _rs_draw_badge       (const RsDrawCtx   *ctx,
                            const RsSceneNode *node,
                            double             x,
                            double             y);
/* Where a row's arrow starts: the dot in its value cell, the card at
 * x, y. */
void  _rs_draw_row_anchor  (const RsSceneNode *node,
                            guint              row,
                            double             x,
                            double             y,
                            double            *ax,
                            double            *ay);
/* rs-draw-regions.c: @scene's regions (rs-scene-regions.h), behind
 * everything, gliding from params->from's. */
void  _rs_draw_regions     (RsCanvas           *canvas,
                            const RsScene      *scene,
                            const RsPalette    *pal,
                            const RsDrawParams *params);
/* rs-draw-edge.c: every arrow of ctx->scene. */
void  _rs_draw_edges       (const RsDrawCtx   *ctx);
void  _rs_draw_edge_paint  (const RsDrawCtx   *ctx,
                            const RsSceneEdge *edge,
                            RsPaint           *paint);
void  _rs_draw_arrowhead   (const RsDrawCtx   *ctx,
                            const RsSceneEdge *edge,
                            const RsPaint     *line,
                            double             tip_x,
                            double             tip_y,
                            double             base_x,
                            double             base_y);

G_END_DECLS
