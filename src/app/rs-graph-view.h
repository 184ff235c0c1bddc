/* rs-graph-view.h: the canvas that shows one step of the session
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Zoom (Ctrl+scroll, pinch, + and -), pan (drag, scroll), fit; click to
 * select an object, hover for a tooltip, drag a card by its title to move
 * and pin it, drag from a card's rows to another card to ask for a
 * reference ("link-requested").  Layout runs on the render
 * library's layout thread; the view animates from the previous scene to
 * the new one (fade-out of freed objects, fade-in, glide).
 */
#pragma once

#include <gtk/gtk.h>
#include "rs-layout.h"
#include "rs-scene.h"
#include "rs-scene-regions.h"
#include "rs-session.h"
#include "rs-snapshot.h"

G_BEGIN_DECLS

#define RS_TYPE_GRAPH_VIEW (rs_graph_view_get_type ())
G_DECLARE_FINAL_TYPE (RsGraphView, rs_graph_view, RS, GRAPH_VIEW, GtkWidget)

#define RS_GRAPH_VIEW_TRANSITION_USEC (400 * 1000)

/* What the canvas stresses for one of the inspector's answers: the cards
 * it names drawn clear and glowing, every other card and arrow dimmed. */
typedef struct {
  GArray *objects;   /* RsObjId: a set (a retained set, a cycle) */
  GArray *path;      /* RsObjId: a chain, each arrow to the next glows */
  char   *root;      /* the chain's first label ("a", "f: x"): its frame row's arrow glows */
  GArray *freed;     /* RsObjId, in the order a what-if frees them: "freed 1", ... */
  GArray *leaked;    /* RsObjId: what a what-if leaves leaked: "leaks" */
  GArray *gc;        /* RsGcObject: a collector's phase: gc_refs and the unreachable list */
  gboolean light;    /* a glance (a hovered card's retained set): the rest only a little dimmed */
} RsGraphEmphasis;

RsGraphEmphasis *rs_graph_emphasis_new  (void);
void             rs_graph_emphasis_free (RsGraphEmphasis *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsGraphEmphasis, rs_graph_emphasis_free)

/* Stresses @emphasis (transfer full; NULL: the plain drawing again). */
void           rs_graph_view_set_emphasis  (RsGraphView     *self,
                                            RsGraphEmphasis *emphasis);
/* The collector's marks for the phase shown (transfer full; NULL: none):
 * under an answer's emphasis, shown again when the answer goes. */
void           rs_graph_view_set_phase_emphasis (RsGraphView     *self,
                                                 RsGraphEmphasis *emphasis);
/* The collector's lists as regions of the canvas (transfer full; NULL:
 * none), for the states inside a step (a phase) laid out from now on:
 * set before the phase's snapshot. */
void           rs_graph_view_set_phase_regions (RsGraphView *self,
                                                RsRegions   *regions);
/* The hovered card's retained set (transfer full; NULL: none): under an
 * answer, over a phase. */
void           rs_graph_view_set_hover_emphasis (RsGraphView     *self,
                                                 RsGraphEmphasis *emphasis);
/* The emphasis drawn: the answer's, else the hover's, else the phase's. */
const RsGraphEmphasis *rs_graph_view_get_emphasis (RsGraphView *self);

/* Lays @snapshot out (NULL clears); @animate: a transition from the scene
 * shown now. */
void           rs_graph_view_set_snapshot  (RsGraphView    *self,
                                            RsSnapshot     *snapshot,
                                            gboolean        animate);
/* Where the snapshots of the other steps come from (NULL: nowhere): with
 * it, a step is laid out the same however it was reached. */
void           rs_graph_view_set_history   (RsGraphView    *self,
                                            RsSession      *session);
RsSession     *rs_graph_view_get_history   (RsGraphView    *self);
/* The legend of the marks in the canvas's corner (on by default). */
gboolean       rs_graph_view_get_show_legend (RsGraphView  *self);
void           rs_graph_view_set_show_legend (RsGraphView  *self,
                                              gboolean      show_legend);
/* The laid-out scene shown (or being animated to); NULL before the first. */
const RsScene *rs_graph_view_get_scene     (RsGraphView    *self);
RsObjId        rs_graph_view_get_selected  (RsGraphView    *self);
RsObjId        rs_graph_view_get_hovered   (RsGraphView    *self);
void           rs_graph_view_set_selected  (RsGraphView    *self,
                                            RsObjId         id);
double         rs_graph_view_get_zoom      (RsGraphView    *self);
void           rs_graph_view_set_zoom      (RsGraphView    *self,
                                            double          zoom);
void           rs_graph_view_zoom_by       (RsGraphView    *self,
                                            double          factor);
/* Fits the drawing into the view, and keeps fitting it on later steps
 * until the user zooms or pans. */
void           rs_graph_view_zoom_fit      (RsGraphView    *self);
/* A reopened session's view: its zoom (0: fit) and the scene point
 * @centre (x, y; NULL: the drawing's centre) in the middle, kept on
 * every step until the user zooms or pans. */
void           rs_graph_view_restore_view  (RsGraphView    *self,
                                            double          zoom,
                                            const double   *centre);
/* The zoom the user chose, or 0 while the view fits the drawing. */
double         rs_graph_view_get_chosen_zoom (RsGraphView  *self);
/* The scene point in the middle of the view the user moved (x, y);
 * FALSE while the view centres the drawing. */
gboolean       rs_graph_view_get_chosen_centre (RsGraphView *self,
                                                double      *centre);
RsLayoutEngine rs_graph_view_get_engine    (RsGraphView    *self);
void           rs_graph_view_set_engine    (RsGraphView    *self,
                                            RsLayoutEngine  engine);
/* TRUE while a layout has run for a while (the window shows progress). */
gboolean       rs_graph_view_get_busy      (RsGraphView    *self);
/* Drops the pending layout: the view keeps the scene it shows. */
void           rs_graph_view_cancel_layout (RsGraphView    *self);
/* TRUE while a layout is pending or a transition runs. */
gboolean       rs_graph_view_is_settling   (RsGraphView    *self);
/* Shortens transitions (fast playback) down from 400 ms. */
void           rs_graph_view_set_transition_time (RsGraphView *self,
                                                  gint64       usec);
/* Pans until object @id is in view (the zoom stays). */
void           rs_graph_view_scroll_to     (RsGraphView    *self,
                                            RsObjId         id);
/* Where object @id is drawn, in widget coordinates. */
gboolean       rs_graph_view_get_object_area (RsGraphView  *self,
                                              RsObjId       id,
                                              GdkRectangle *area);
/* Pins: the places the user chose for objects (a drag on a card's title,
 * Shift+arrows), kept over every step and saved with the session.  All
 * but set_pins() emit "pins-changed" and lay the step out again. */
/* Pins object @id where it is drawn now. */
gboolean       rs_graph_view_pin_object    (RsGraphView    *self,
                                            RsObjId         id);
gboolean       rs_graph_view_unpin_object  (RsGraphView    *self,
                                            RsObjId         id);
gboolean       rs_graph_view_is_pinned     (RsGraphView    *self,
                                            RsObjId         id);
void           rs_graph_view_unpin_all     (RsGraphView    *self);
const RsScenePin *rs_graph_view_get_pins   (RsGraphView    *self,
                                            guint          *n_pins);
/* Replaces the pins (a session opened), silently. */
void           rs_graph_view_set_pins      (RsGraphView    *self,
                                            const RsScenePin *pins,
                                            guint           n_pins);
/* The menu a card shows on a right click, Shift+F10 or the Menu key. */
void           rs_graph_view_set_context_menu (RsGraphView *self,
                                               GMenuModel  *model);
/* The popover showing it, once it was shown (tests). */
GtkWidget     *rs_graph_view_get_context_menu (RsGraphView *self);

G_END_DECLS
