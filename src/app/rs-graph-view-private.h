/* rs-graph-view-private.h: what the canvas's painting, view, input and pins share
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * rs-graph-view.c paints the scene and runs the layouts and the
 * transitions; rs-graph-view-zoom.c keeps the view transform (fit, zoom,
 * pan, a restored view); rs-graph-view-input.c turns pointer, keys and
 * gestures into selection, zoom, pan and reference requests;
 * rs-graph-view-pins.c moves cards and keeps the pins.
 */
#pragma once

#include <gtk/gtk.h>

#include "rs-draw.h"
#include "rs-graph-view.h"
#include "rs-scene-regions.h"

G_BEGIN_DECLS

typedef struct {
  double zoom;
  double x, y;   /* widget position of the scene's origin */
} RsViewTransform;

/* One set of marks the canvas stresses, with its lookups. */
typedef struct {
  RsGraphEmphasis *emphasis;
  GHashTable      *states;   /* id -> RsNodeState */
  GHashTable      *objects;  /* the set of emphasis->objects */
} RsEmphasisLayer;

struct _RsGraphView
{
  GtkWidget       parent_instance;

  /* Owned references */
  RsLayout       *layout;
  RsSnapshot     *snapshot;
  RsScene        *scene;        /* laid out, shown (the target of a transition) */
  RsScene        *from;         /* the scene a transition starts from, or NULL */
  GskRenderNode  *cache;

  /* Layout */
  GThread        *main_thread;
  guint           generation;   /* of the pending request, 0 if none */
  guint           n_requests;   /* RsLayout numbers its requests 1, 2, ... */
  guint           busy_id;
  RsLayoutEngine  engine;
  gboolean        busy;
  gboolean        animate_next;

  /* The layouts of the steps (rs-graph-view-steps.c) */
  RsSession      *history;        /* where other steps' snapshots come from, or NULL */
  char           *history_source; /* the text that ran: another is another run */
  GHashTable     *step_scenes;    /* step -> RsScene laid out, or NULL */

  /* View */
  RsViewTransform view;
  RsViewTransform view_from;    /* for transitions that also refit */
  gboolean        show_legend;
  gboolean        auto_fit;     /* keep the drawing in view on every step */
  double          fit_zoom;     /* ... at this zoom (a reopened session's), or 0: fit it */
  gboolean        has_fit_centre;
  double          fit_cx, fit_cy;  /* ... with this scene point in the middle, or the drawing's */
  gboolean        refit_in_transition;
  double          pinch_zoom;

  /* Transition */
  gint64          duration;
  guint           tick_id;
  gint64          start_time;
  double          t;

  GMenuModel     *menu_model;   /* a card's context menu */
  GtkWidget      *menu;

  /* An answer stressed on the canvas (rs-graph-view-emphasis.c) */
  RsEmphasisLayer answer;   /* shown over the others while there is one */
  RsEmphasisLayer glance;   /* the hovered card's retained set */
  RsEmphasisLayer phase;    /* a collector's phase (rs-window-collector.c) */
  RsRegions      *phase_regions;  /* ... its lists, drawn as regions of the canvas */

  /* Pins: where the user put objects, kept across steps */
  GArray         *pins;         /* of RsScenePin */

  /* Interaction */
  RsObjId         selected;
  RsObjId         hover;
  RsObjId         link_from;
  guint64         moving;       /* the node a drag on its title moves, or 0 */
  double          move_x, move_y;  /* where it was when the drag began */
  gboolean        dragging;
  double          drag_x, drag_y;      /* where the drag started */
  double          drag_dx, drag_dy;    /* how far it went */
  RsViewTransform drag_view;
};

#define RS_GRAPH_VIEW_MIN_ZOOM 0.05
#define RS_GRAPH_VIEW_MAX_ZOOM 8.0

/* rs-graph-view.c */
void            _rs_graph_view_invalidate      (RsGraphView  *self);
void            _rs_graph_view_notify_zoom     (RsGraphView  *self);
/* The view transform now, midway through a transition that refits. */
RsViewTransform _rs_graph_view_current_view    (RsGraphView  *self);
void            _rs_graph_view_request_layout  (RsGraphView  *self,
                                                RsLayoutMode  mode);
/* Asks the layout thread for @snapshot's scene with the pins. */
void            _rs_graph_view_send_layout     (RsGraphView   *self,
                                                RsSnapshot    *snapshot,
                                                RsLayoutMode   mode,
                                                const RsScene *prev);
void            _rs_graph_view_show_scene      (RsGraphView  *self,
                                                RsScene      *scene,
                                                gboolean      animate);

/* rs-graph-view-steps.c */
/* The pins, the engine or the run changed: every step is laid out anew. */
void            _rs_graph_view_forget_steps    (RsGraphView  *self);
/* Lays out the step of self->snapshot as a function of the step. */
void            _rs_graph_view_request_step    (RsGraphView  *self);
/* A layout of the history arrived (@scene: transfer full): TRUE when it is
 * the step to show, FALSE when it was one on the way (the next is asked). */
gboolean        _rs_graph_view_step_laid_out   (RsGraphView  *self,
                                                RsScene      *scene);

/* rs-graph-view-zoom.c */
/* The view that shows the whole drawing (or the restored view). */
RsViewTransform _rs_graph_view_fitted_view     (RsGraphView  *self);
/* The legend's corner (bottom left, margins included), if it is drawn. */
gboolean        _rs_graph_view_legend_extent   (RsGraphView  *self,
                                                double       *width,
                                                double       *height);
void            _rs_graph_view_stop_fitting    (RsGraphView  *self);
void            _rs_graph_view_user_moved_view (RsGraphView  *self);
void            _rs_graph_view_zoom_at         (RsGraphView  *self,
                                                double        factor,
                                                double        wx,
                                                double        wy);

/* rs-graph-view-input.c */
void            _rs_graph_view_class_init_input (GObjectClass *object_class);
void            _rs_graph_view_init_input       (RsGraphView  *self);

/* rs-graph-view-emphasis.c: the node's and the edge's state while an
 * answer is stressed (FALSE when none is). */
void            _rs_graph_view_clear_emphasis  (RsGraphView       *self);
/* The object under the pointer changed (0: none): "hovered" says so. */
void            _rs_graph_view_set_hover       (RsGraphView       *self,
                                                RsObjId            id);
gboolean        _rs_graph_view_emphasis_node   (RsGraphView       *self,
                                                const RsSceneNode *node,
                                                RsNodeState       *state);
gboolean        _rs_graph_view_emphasis_edge   (const RsScene     *scene,
                                                const RsSceneEdge *edge,
                                                RsEdgeState       *state,
                                                gpointer           user_data);

/* rs-graph-view-pins.c */
void            _rs_graph_view_class_init_pins (GObjectClass *object_class);
void            _rs_graph_view_draw_pins       (RsGraphView  *self,
                                                cairo_t      *cr,
                                                double        t);
/* A drag on the title of the card of node @index: the card follows the
 * pointer (update, @dx, @dy from where it was) and is pinned where the
 * drag ends. */
void            _rs_graph_view_begin_move      (RsGraphView  *self,
                                                int           index);
void            _rs_graph_view_update_move     (RsGraphView  *self,
                                                double        dx,
                                                double        dy);
void            _rs_graph_view_end_move        (RsGraphView  *self);
gboolean        _rs_graph_view_nudge_selected  (RsGraphView  *self,
                                                guint         keyval);

G_END_DECLS
