/* rs-draw.h: drawing a laid-out scene with cairo (screen and files)
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One drawing path for the app and the exports.  The drawing is in scene
 * coordinates (points): set the cairo transform before calling.
 */
#pragma once

#include <cairo.h>
#include "rs-canvas.h"
#include "rs-scene.h"

G_BEGIN_DECLS

typedef struct {
  RsColor background;
  RsColor text;
  RsColor muted;
  RsColor card_fill;
  RsColor card_title;
  RsColor card_border;
  RsColor frame_fill;
  RsColor frame_title;
  RsColor frame_border;
  RsColor kept_fill;     /* a finished frame a traceback keeps: greyed */
  RsColor kept_title;
  RsColor kept_border;
  RsColor edge;
  RsColor weak_edge;
  RsColor leak;          /* border and cycle edges of leaked objects */
  RsColor leak_fill;
  RsColor leak_hatch;
  RsColor hang;          /* leaked only because a cycle holds it */
  RsColor hang_fill;
  RsColor new_accent;
  RsColor highlight;
  RsColor badge_fill;
  RsColor badge_text;
} RsPalette;

const RsPalette *rs_palette_get (gboolean dark);

/* What a preview says will become of a node (rs-explain's what-if). */
typedef enum {
  RS_NODE_MARK_NONE,
  RS_NODE_MARK_FREED,    /* freed at once by reference counting, as the order-th */
  RS_NODE_MARK_LEAKED,   /* left alive and unreachable */
  RS_NODE_MARK_GC_YOUNG, /* the collector's: examined, reachable so far; order: gc_refs + 1
                          * (0: no number: it survived its finalizer) */
  RS_NODE_MARK_GC_UNREACHABLE, /* the collector's unreachable list; order: gc_refs + 1 (0: none) */
} RsNodeMark;

/* Per node: how visible and how highlighted (both 0..1), and its mark. */
typedef struct {
  double     opacity;
  double     highlight;
  RsNodeMark mark;
  guint      order;
} RsNodeState;

/* Return FALSE to keep the defaults (opacity 1, highlight 0). */
typedef gboolean (*RsNodeStateFunc) (const RsSceneNode *node,
                                     RsNodeState       *state,
                                     gpointer           user_data);

/* Per edge: how visible and how highlighted (both 0..1), on top of its
 * ends' opacity. */
typedef struct {
  double opacity;
  double highlight;
} RsEdgeState;

/* Return FALSE to keep the defaults (opacity 1, highlight 0). */
typedef gboolean (*RsEdgeStateFunc) (const RsScene     *scene,
                                     const RsSceneEdge *edge,
                                     RsEdgeState       *state,
                                     gpointer           user_data);

typedef struct {
  const RsPalette *palette;        /* NULL: light */
  RsNodeStateFunc  node_state;     /* may be NULL */
  gpointer         user_data;
  /* A transition: nodes move from where they are in @from (t = 0) to
   * where they are in the scene (t = 1); nodes only in @from fade out,
   * nodes only in the scene fade in. */
  const RsScene   *from;
  double           t;
  RsEdgeStateFunc  edge_state;     /* may be NULL; gets user_data */
} RsDrawParams;

void  rs_draw_scene        (cairo_t            *cr,
                            const RsScene      *scene,
                            const RsDrawParams *params);
void  rs_draw_scene_canvas (RsCanvas           *canvas,
                            const RsScene      *scene,
                            const RsDrawParams *params);

/* The legend of every mark, its top-left corner at x, y. */
void  rs_draw_legend_size  (double              font_size,
                            double             *width,
                            double             *height);
void  rs_draw_legend_canvas (RsCanvas          *canvas,
                             const RsPalette   *palette,
                             double             font_size,
                             double             x,
                             double             y);

G_END_DECLS
