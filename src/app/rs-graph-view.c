/* rs-graph-view.c: the canvas that shows one step of the session
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The drawing is the render library's (rs_draw_scene), the same as the
 * exports.  The view only adds the view transform, picking, gestures and
 * the clock of the transitions.  Its render node is cached and dropped on
 * any change (size, transform, scene, selection, hover, style, frame).
 */
#define G_LOG_DOMAIN "refscope-graph-view"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>
#include <math.h>

#include "rs-draw.h"
#include "rs-graph-view.h"
#include "rs-inspector.h"
#include "rs-route.h"

#define MIN_ZOOM 0.05
#define MAX_ZOOM 8.0
#define FIT_MARGIN 24.0
#define BUSY_DELAY_MS 250
#define DRAG_THRESHOLD 4.0
#define NUDGE 12.0            /* points a Shift+arrow moves a card */

typedef struct {
  double zoom;
  double x, y;   /* widget position of the scene's origin */
} ViewTransform;

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

  /* View */
  ViewTransform   view;
  ViewTransform   view_from;    /* for transitions that also refit */
  gboolean        auto_fit;     /* keep the drawing in view on every step */
  double          fit_zoom;     /* ... at this zoom (a reopened session's), or 0: fit it */
  gboolean        refit_in_transition;
  double          pinch_zoom;

  /* Transition */
  gint64          duration;
  guint           tick_id;
  gint64          start_time;
  double          t;

  GMenuModel     *menu_model;   /* a card's context menu */
  GtkWidget      *menu;

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
  ViewTransform   drag_view;
};

G_DEFINE_FINAL_TYPE (RsGraphView, rs_graph_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED,
  PROP_ZOOM,
  PROP_BUSY,
  PROP_ENGINE_NAME,
  N_PROPS
};

enum {
  LINK_REQUESTED,
  PINS_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
invalidate (RsGraphView *self)
{
  g_clear_pointer (&self->cache, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static double
ease (double t)
{
  /* ease-in-out cubic: objects glide rather than jump */
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) * (-2 * t + 2) * (-2 * t + 2) / 2;
}

static ViewTransform
current_view (RsGraphView *self)
{
  ViewTransform v = self->view;
  double e;

  if (!self->refit_in_transition || self->tick_id == 0)
    return v;
  e = ease (self->t);
  v.zoom = self->view_from.zoom + (self->view.zoom - self->view_from.zoom) * e;
  v.x = self->view_from.x + (self->view.x - self->view_from.x) * e;
  v.y = self->view_from.y + (self->view.y - self->view_from.y) * e;
  return v;
}

static void
to_scene (RsGraphView *self,
          double       wx,
          double       wy,
          double      *sx,
          double      *sy)
{
  ViewTransform v = current_view (self);

  *sx = (wx - v.x) / v.zoom;
  *sy = (wy - v.y) / v.zoom;
}

static ViewTransform
fitted_view (RsGraphView *self)
{
  ViewTransform v = { 1, 0, 0 };
  double w = gtk_widget_get_width (GTK_WIDGET (self));
  double h = gtk_widget_get_height (GTK_WIDGET (self));
  double sw, sh;

  if (self->scene == NULL || w <= 0 || h <= 0)
    return v;
  sw = MAX (self->scene->x1 - self->scene->x0, 1);
  sh = MAX (self->scene->y1 - self->scene->y0, 1);
  /* Never blow a small graph up past 1.5: text would look shouted. */
  v.zoom = CLAMP (MIN ((w - 2 * FIT_MARGIN) / sw, (h - 2 * FIT_MARGIN) / sh), MIN_ZOOM, 1.5);
  if (self->fit_zoom > 0)
    v.zoom = self->fit_zoom;
  v.x = (w - sw * v.zoom) / 2 - self->scene->x0 * v.zoom;
  v.y = (h - sh * v.zoom) / 2 - self->scene->y0 * v.zoom;
  return v;
}

static gboolean
node_state_cb (const RsSceneNode *node,
               RsNodeState       *state,
               gpointer           user_data)
{
  RsGraphView *self = user_data;

  if (node->kind != RS_SCENE_NODE_OBJECT)
    return FALSE;
  if (node->object == self->selected)
    state->highlight = 1.0;
  else if (node->object == self->hover || node->object == self->link_from)
    state->highlight = 0.4;
  else
    return FALSE;
  return TRUE;
}

static void
draw_link_drag (RsGraphView *self,
                cairo_t     *cr)
{
  GdkRectangle area;

  if (self->link_from == 0 || !rs_graph_view_get_object_area (self, self->link_from, &area))
    return;
  cairo_set_source_rgba (cr, 0.21, 0.52, 0.89, 0.9);
  cairo_set_line_width (cr, 2.5);
  cairo_move_to (cr, area.x + area.width / 2.0, area.y + area.height / 2.0);
  cairo_line_to (cr, self->drag_x + self->drag_dx, self->drag_y + self->drag_dy);
  cairo_stroke (cr);
}

/* A thumbtack in the top edge of each pinned card (only on screen: the
 * exports show where cards are, not how they got there), following the
 * card through a transition. */
static void
draw_pins (RsGraphView *self,
           cairo_t     *cr,
           double       t)
{
  const RsScene *scene = self->scene;
  const RsScene *from = self->tick_id ? self->from : NULL;
  double fs = scene->font_size;

  for (guint i = 0; i < scene->n_nodes; i++)
    {
      const RsSceneNode *node = &scene->nodes[i];
      double x = node->x + node->width - fs, y = node->y;
      int j;

      if (!node->pinned)
        continue;
      if (from && (j = rs_scene_find_node (from, node->key)) >= 0)
        {
          const RsSceneNode *was = &from->nodes[j];
          double x0 = was->x + was->width - fs, y0 = was->y;

          x = x0 + (x - x0) * t;
          y = y0 + (y - y0) * t;
        }
      cairo_new_path (cr);
      cairo_move_to (cr, x, y);
      cairo_line_to (cr, x + fs * 0.4, y - fs * 0.75);
      cairo_set_line_width (cr, 1.5);
      cairo_set_source_rgba (cr, 0.24, 0.24, 0.27, 0.9);
      cairo_stroke (cr);
      cairo_arc (cr, x + fs * 0.4, y - fs * 0.75, fs * 0.4, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, 0.88, 0.11, 0.14);
      cairo_fill_preserve (cr);
      cairo_set_source_rgba (cr, 0.24, 0.24, 0.27, 0.9);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
    }
}

static void
draw (RsGraphView *self,
      cairo_t     *cr)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  ViewTransform v = current_view (self);
  RsDrawParams params = {
    .palette = rs_palette_get (dark),
    .node_state = node_state_cb,
    .user_data = self,
    .from = self->tick_id ? self->from : NULL,
    .t = self->tick_id ? ease (self->t) : 1.0,
  };

  cairo_save (cr);
  cairo_translate (cr, v.x, v.y);
  cairo_scale (cr, v.zoom, v.zoom);
  rs_draw_scene (cr, self->scene, &params);
  draw_pins (self, cr, params.t);
  cairo_restore (cr);
  draw_link_drag (self, cr);
}

static void
rs_graph_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  RsGraphView *self = RS_GRAPH_VIEW (widget);
  int w = gtk_widget_get_width (widget);
  int h = gtk_widget_get_height (widget);

  if (self->scene == NULL || w <= 0 || h <= 0)
    return;
  if (self->cache == NULL)
    {
      GtkSnapshot *sub = gtk_snapshot_new ();
      cairo_t *cr = gtk_snapshot_append_cairo (sub, &GRAPHENE_RECT_INIT (0, 0, w, h));

      draw (self, cr);
      cairo_destroy (cr);
      self->cache = gtk_snapshot_free_to_node (sub);
    }
  if (self->cache != NULL)
    gtk_snapshot_append_node (snapshot, self->cache);
}

static void
rs_graph_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  RsGraphView *self = RS_GRAPH_VIEW (widget);

  if (self->auto_fit)
    self->view = fitted_view (self);
  invalidate (self);
  /* The reference popover lives on the canvas. */
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child))
      gtk_popover_present (GTK_POPOVER (child));
}

/* Transitions */

static void
stop_transition (RsGraphView *self)
{
  if (self->tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
  self->tick_id = 0;
  self->refit_in_transition = FALSE;
  g_clear_pointer (&self->from, rs_scene_free);
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  RsGraphView *self = RS_GRAPH_VIEW (widget);
  gint64 now = gdk_frame_clock_get_frame_time (clock);

  self->t = MIN (1.0, (double) (now - self->start_time) / self->duration);
  invalidate (self);
  if (self->t < 1.0)
    return G_SOURCE_CONTINUE;
  self->tick_id = 0;
  self->refit_in_transition = FALSE;
  g_clear_pointer (&self->from, rs_scene_free);
  return G_SOURCE_REMOVE;
}

static void
show_scene (RsGraphView *self,
            RsScene     *scene,
            gboolean     animate)
{
  RsScene *old = self->scene;
  gboolean first = old == NULL;

  stop_transition (self);
  self->scene = scene;
  if (self->auto_fit)
    {
      self->view_from = self->view;
      self->view = fitted_view (self);
    }
  if (animate && old != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->from = old;
      self->t = 0;
      self->refit_in_transition = self->auto_fit && !first;
      self->start_time = gdk_frame_clock_get_frame_time (gtk_widget_get_frame_clock (GTK_WIDGET (self)));
      self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), tick_cb, NULL, NULL);
    }
  else
    g_clear_pointer (&old, rs_scene_free);
  invalidate (self);
}

/* Layout */

static void
set_busy (RsGraphView *self,
          gboolean     busy)
{
  if (self->busy == busy)
    return;
  self->busy = busy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static gboolean
busy_cb (gpointer user_data)
{
  RsGraphView *self = user_data;

  self->busy_id = 0;
  set_busy (self, TRUE);
  return G_SOURCE_REMOVE;
}

typedef struct {
  RsGraphView *self;
  guint        generation;
  RsScene     *scene;
  GError      *error;
} LayoutResult;

static void layout_done_cb (RsLayout *layout, guint generation, RsScene *scene,
                            GError *error, gpointer user_data);

static gboolean
deliver_on_main_thread (gpointer data)
{
  LayoutResult *result = data;

  layout_done_cb (NULL, result->generation, result->scene, result->error, result->self);
  g_clear_error (&result->error);
  g_object_unref (result->self);
  g_free (result);
  return G_SOURCE_REMOVE;
}

static void
layout_done_cb (RsLayout *layout,
                guint     generation,
                RsScene  *scene,
                GError   *error,
                gpointer  user_data)
{
  RsGraphView *self = user_data;

  /* g_main_context_invoke() may run us on the layout thread when the main
   * context happens to be free, even before rs_layout_request() returned
   * our generation: hop to the main thread first. */
  if (g_thread_self () != self->main_thread)
    {
      LayoutResult *result = g_new0 (LayoutResult, 1);

      result->self = g_object_ref (self);
      result->generation = generation;
      result->scene = scene;
      result->error = error ? g_error_copy (error) : NULL;
      g_idle_add_full (G_PRIORITY_DEFAULT, deliver_on_main_thread, result, NULL);
      return;
    }
  if (generation != self->generation)
    {
      g_clear_pointer (&scene, rs_scene_free);
      return;
    }
  self->generation = 0;
  g_clear_handle_id (&self->busy_id, g_source_remove);
  set_busy (self, FALSE);
  if (scene == NULL)
    {
      g_warning ("Layout failed: %s", error ? error->message : "unknown error");
      return;
    }
  show_scene (self, scene, self->animate_next);
}

static void
request_layout (RsGraphView *self,
                RsLayoutMode mode)
{
  RsSceneOptions options = { 0 };
  RsScene *scene;

  if (self->snapshot == NULL)
    return;
  scene = rs_scene_new_from_snapshot (self->snapshot, &options);
  rs_scene_pin_nodes (scene, (const RsScenePin *) self->pins->data, self->pins->len);
  /* Counted here rather than taken from rs_layout_request()'s return: the
   * job may be done and freed on the layout thread before that returns. */
  self->generation = ++self->n_requests;
  rs_layout_request (self->layout, scene, self->engine,
                     self->scene ? mode : RS_LAYOUT_FRESH,
                     self->scene, layout_done_cb, self);
  if (self->busy_id == 0 && !self->busy)
    self->busy_id = g_timeout_add (BUSY_DELAY_MS, busy_cb, self);
}

/* Interaction */

/* The object card drawn at widget point @x, @y, as a node index, or -1;
 * @in_title: whether the point is on its title band. */
static int
pick_node (RsGraphView *self,
           double       x,
           double       y,
           gboolean    *in_title)
{
  double sx, sy;

  if (self->scene == NULL)
    return -1;
  to_scene (self, x, y, &sx, &sy);
  for (guint i = self->scene->n_nodes; i-- > 0;)
    {
      const RsSceneNode *node = &self->scene->nodes[i];

      if (node->kind == RS_SCENE_NODE_OBJECT &&
          sx >= node->x && sx <= node->x + node->width &&
          sy >= node->y && sy <= node->y + node->height)
        {
          if (in_title)
            *in_title = sy <= node->y + node->row_height;
          return (int) i;
        }
    }
  return -1;
}

RsObjId
rs_graph_view_pick (RsGraphView *self,
                    double       x,
                    double       y)
{
  int i;

  g_return_val_if_fail (RS_IS_GRAPH_VIEW (self), 0);

  i = pick_node (self, x, y, NULL);
  return i < 0 ? 0 : self->scene->nodes[i].object;
}

/* The view holds still from now on: the user moved it, or is arranging
 * cards in it. */
static void
stop_fitting (RsGraphView *self)
{
  self->auto_fit = FALSE;
  self->fit_zoom = 0;
}

static void
user_moved_view (RsGraphView *self)
{
  stop_fitting (self);
  self->refit_in_transition = FALSE;
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

static void
zoom_at (RsGraphView *self,
         double       factor,
         double       wx,
         double       wy)
{
  double zoom = CLAMP (self->view.zoom * factor, MIN_ZOOM, MAX_ZOOM);

  /* Keep the scene point under (wx, wy) where it is. */
  self->view.x = wx - (wx - self->view.x) * zoom / self->view.zoom;
  self->view.y = wy - (wy - self->view.y) * zoom / self->view.zoom;
  self->view.zoom = zoom;
  user_moved_view (self);
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               RsGraphView    *self)
{
  self->drag_x = x;
  self->drag_y = y;
  self->drag_dx = self->drag_dy = 0;
  self->dragging = FALSE;
  self->drag_view = self->view;
  self->link_from = 0;
  self->moving = 0;
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

/* Puts the card of node @index at @x, @y (scene coordinates) in the scene
 * shown, with its arrows, without a layout: it follows the pointer. */
static void
place_node (RsGraphView *self,
            int          index,
            double       x,
            double       y)
{
  self->scene->nodes[index].x = x;
  self->scene->nodes[index].y = y;
  rs_route_edges (self->scene);
  rs_scene_update_bounds (self->scene);
  invalidate (self);
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                RsGraphView    *self)
{
  self->drag_dx = dx;
  self->drag_dy = dy;
  if (!self->dragging && hypot (dx, dy) < DRAG_THRESHOLD)
    return;
  if (!self->dragging)
    {
      gboolean in_title = FALSE;
      int index = pick_node (self, self->drag_x, self->drag_y, &in_title);

      self->dragging = TRUE;
      /* Dragging a card by its title moves it (and pins it there), from
       * its rows draws a reference; elsewhere it pans. */
      if (index >= 0 && in_title)
        {
          self->moving = self->scene->nodes[index].key;
          self->move_x = self->scene->nodes[index].x;
          self->move_y = self->scene->nodes[index].y;
          stop_fitting (self);
          rs_graph_view_set_selected (self, self->scene->nodes[index].object);
          gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
        }
      else if (index >= 0)
        self->link_from = self->scene->nodes[index].object;
    }
  if (self->moving != 0)
    {
      /* a layout that arrived meanwhile brought a new scene */
      int index = self->scene ? rs_scene_find_node (self->scene, self->moving) : -1;

      if (index >= 0)
        place_node (self, index, self->move_x + dx / self->view.zoom, self->move_y + dy / self->view.zoom);
    }
  else if (self->link_from == 0)
    {
      self->view.x = self->drag_view.x + dx;
      self->view.y = self->drag_view.y + dy;
      user_moved_view (self);
    }
  else
    invalidate (self);
}

static void
drag_end_cb (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             RsGraphView    *self)
{
  double x = self->drag_x + dx;
  double y = self->drag_y + dy;
  RsObjId from = self->link_from;
  RsObjId target;
  int moving = self->moving && self->scene ? rs_scene_find_node (self->scene, self->moving) : -1;
  gboolean was_moving = self->moving != 0;

  self->link_from = 0;
  self->moving = 0;
  if (!self->dragging)
    {
      rs_graph_view_set_selected (self, rs_graph_view_pick (self, x, y));
      return;
    }
  if (was_moving)
    {
      self->dragging = FALSE;
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grab");
      if (moving >= 0)
        rs_graph_view_move_object (self, self->scene->nodes[moving].object,
                                   self->scene->nodes[moving].x, self->scene->nodes[moving].y);
      return;
    }
  self->dragging = FALSE;
  invalidate (self);
  target = rs_graph_view_pick (self, x, y);
  if (from != 0 && target != 0)
    g_signal_emit (self, signals[LINK_REQUESTED], 0, from, target, x, y);
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           RsGraphView              *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  double x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
  double y = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
  GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller));

  if (state & GDK_CONTROL_MASK)
    {
      double ex, ey;

      if (event != NULL && gdk_event_get_position (event, &ex, &ey))
        {
          /* Event positions are surface-relative; close enough to center
           * on the pointer once translated. */
          graphene_point_t p;
          GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));

          if (gtk_widget_compute_point (GTK_WIDGET (native), GTK_WIDGET (self),
                                        &GRAPHENE_POINT_INIT (ex, ey), &p))
            x = p.x, y = p.y;
        }
      zoom_at (self, dy < 0 ? 1.15 : 1 / 1.15, x, y);
      return TRUE;
    }
  self->view.x -= dx * 30;
  self->view.y -= dy * 30;
  user_moved_view (self);
  return TRUE;
}

static void
zoom_begin_cb (GtkGesture       *gesture,
               GdkEventSequence *sequence,
               RsGraphView      *self)
{
  self->pinch_zoom = self->view.zoom;
}

static void
zoom_scale_changed_cb (GtkGestureZoom *gesture,
                       double          scale,
                       RsGraphView    *self)
{
  double cx, cy;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &cx, &cy))
    cx = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0, cy = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
  zoom_at (self, self->pinch_zoom * scale / self->view.zoom, cx, cy);
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           RsGraphView              *self)
{
  gboolean in_title = FALSE;
  int index = pick_node (self, x, y, &in_title);
  RsObjId hover = index < 0 ? 0 : self->scene->nodes[index].object;

  if (!self->dragging)
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self), index >= 0 && in_title ? "grab" : NULL);
  if (hover == self->hover)
    return;
  self->hover = hover;
  invalidate (self);
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
}

static void
leave_cb (GtkEventControllerMotion *controller,
          RsGraphView              *self)
{
  if (self->hover == 0)
    return;
  self->hover = 0;
  invalidate (self);
}

static gboolean
query_tooltip_cb (GtkWidget   *widget,
                  int          x,
                  int          y,
                  gboolean     keyboard,
                  GtkTooltip  *tooltip,
                  RsGraphView *self)
{
  RsObjId id = keyboard ? self->selected : rs_graph_view_pick (self, x, y);
  g_autofree char *text = NULL;

  if (id == 0 || self->snapshot == NULL)
    return FALSE;
  if (!(text = rs_inspector_describe (self->snapshot, id)))
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* The next (or previous) object after the selection, in scene order. */
static void
select_neighbour (RsGraphView *self,
                  int          direction)
{
  const RsScene *scene = self->scene;
  int n, start = -1;

  if (scene == NULL || (n = (int) scene->n_nodes) == 0)
    return;
  for (int i = 0; i < n; i++)
    if (scene->nodes[i].kind == RS_SCENE_NODE_OBJECT && scene->nodes[i].object == self->selected)
      start = i;
  for (int k = 1; k <= n; k++)
    {
      int i = ((start < 0 ? (direction > 0 ? -1 : 0) : start) + direction * k + n * 2) % n;

      if (scene->nodes[i].kind == RS_SCENE_NODE_OBJECT)
        {
          rs_graph_view_set_selected (self, scene->nodes[i].object);
          return;
        }
    }
}

/* The context menu of the card of @id, pointing at @x, @y. */
static gboolean
popup_menu (RsGraphView *self,
            RsObjId      id,
            double       x,
            double       y)
{
  if (self->menu_model == NULL || id == 0)
    return FALSE;
  rs_graph_view_set_selected (self, id);
  if (self->menu == NULL)
    {
      self->menu = gtk_popover_menu_new_from_model (self->menu_model);
      gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
      gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
      gtk_widget_set_halign (self->menu, GTK_ALIGN_START);
    }
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->menu));
  return TRUE;
}

static void
secondary_pressed_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      RsGraphView     *self)
{
  if (popup_menu (self, rs_graph_view_pick (self, x, y), x, y))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

/* Shift+F10 or the Menu key: the selected card's menu. */
static gboolean
popup_menu_for_selected (RsGraphView *self)
{
  GdkRectangle area;

  if (!rs_graph_view_get_object_area (self, self->selected, &area))
    return FALSE;
  return popup_menu (self, self->selected, area.x + area.width / 2.0, area.y + area.height / 2.0);
}

/* Shift+arrow moves the selected card a little and pins it: moving by
 * keyboard what a drag on its title moves. */
static gboolean
nudge_selected (RsGraphView *self,
                guint        keyval)
{
  double dx = 0, dy = 0;
  int i;

  switch (keyval)
    {
    case GDK_KEY_Left: dx = -NUDGE; break;
    case GDK_KEY_Right: dx = NUDGE; break;
    case GDK_KEY_Up: dy = -NUDGE; break;
    case GDK_KEY_Down: dy = NUDGE; break;
    default: return FALSE;
    }
  if (self->scene == NULL || self->selected == 0
      || (i = rs_scene_find_node (self->scene, RS_SCENE_KEY_OBJECT (self->selected))) < 0)
    return FALSE;
  return rs_graph_view_move_object (self, self->selected,
                                    self->scene->nodes[i].x + dx, self->scene->nodes[i].y + dy);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                RsGraphView           *self)
{
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;
  if ((state & GDK_SHIFT_MASK) && nudge_selected (self, keyval))
    return TRUE;
  if (keyval == GDK_KEY_Menu || ((state & GDK_SHIFT_MASK) && keyval == GDK_KEY_F10))
    return popup_menu_for_selected (self);
  switch (keyval)
    {
    case GDK_KEY_plus: case GDK_KEY_KP_Add: case GDK_KEY_equal:
      rs_graph_view_zoom_by (self, 1.25);
      return TRUE;
    case GDK_KEY_minus: case GDK_KEY_KP_Subtract:
      rs_graph_view_zoom_by (self, 1 / 1.25);
      return TRUE;
    case GDK_KEY_Right: case GDK_KEY_Down:
      select_neighbour (self, 1);
      return TRUE;
    case GDK_KEY_Left: case GDK_KEY_Up:
      select_neighbour (self, -1);
      return TRUE;
    case GDK_KEY_Escape:
      rs_graph_view_set_selected (self, 0);
      return TRUE;
    case GDK_KEY_Delete: case GDK_KEY_KP_Delete: case GDK_KEY_BackSpace:
      gtk_widget_activate_action (GTK_WIDGET (self), "win.delete", NULL);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
setup_controllers (RsGraphView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *zoom = gtk_gesture_zoom_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkGesture *secondary = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (drag));
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (secondary), GDK_BUTTON_SECONDARY);
  g_signal_connect (secondary, "pressed", G_CALLBACK (secondary_pressed_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (secondary));
  g_signal_connect (zoom, "begin", G_CALLBACK (zoom_begin_cb), self);
  g_signal_connect (zoom, "scale-changed", G_CALLBACK (zoom_scale_changed_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (zoom));
  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (widget, scroll);
  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (widget, motion);
  g_signal_connect (key, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (widget, key);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);
}

static void
rs_graph_view_dispose (GObject *object)
{
  RsGraphView *self = RS_GRAPH_VIEW (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  self->menu = NULL;
  g_clear_object (&self->menu_model);
  stop_transition (self);
  g_clear_handle_id (&self->busy_id, g_source_remove);
  self->generation = 0;
  g_clear_object (&self->layout);
  g_clear_pointer (&self->snapshot, rs_snapshot_unref);
  g_clear_pointer (&self->scene, rs_scene_free);
  g_clear_pointer (&self->cache, gsk_render_node_unref);
  g_clear_pointer (&self->pins, g_array_unref);
  G_OBJECT_CLASS (rs_graph_view_parent_class)->dispose (object);
}

static void
rs_graph_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RsGraphView *self = RS_GRAPH_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED: g_value_set_uint (value, self->selected); break;
    case PROP_ZOOM: g_value_set_double (value, self->view.zoom); break;
    case PROP_BUSY: g_value_set_boolean (value, self->busy); break;
    case PROP_ENGINE_NAME: g_value_set_string (value, rs_layout_engine_to_name (self->engine)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_graph_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RsGraphView *self = RS_GRAPH_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED: rs_graph_view_set_selected (self, g_value_get_uint (value)); break;
    case PROP_ZOOM: rs_graph_view_set_zoom (self, g_value_get_double (value)); break;
    case PROP_ENGINE_NAME:
      {
        RsLayoutEngine engine;

        if (rs_layout_engine_from_name (g_value_get_string (value), &engine))
          rs_graph_view_set_engine (self, engine);
      }
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_graph_view_class_init (RsGraphViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_graph_view_dispose;
  object_class->get_property = rs_graph_view_get_property;
  object_class->set_property = rs_graph_view_set_property;
  widget_class->snapshot = rs_graph_view_snapshot;
  widget_class->size_allocate = rs_graph_view_size_allocate;

  properties[PROP_SELECTED] =
    g_param_spec_uint ("selected", NULL, NULL, 0, G_MAXUINT32, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, MIN_ZOOM, MAX_ZOOM, 1,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The engine by name, for the window's win.engine property action. */
  properties[PROP_ENGINE_NAME] =
    g_param_spec_string ("engine-name", NULL, NULL, "dot",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The user pinned, moved or unpinned a card (not set_pins()). */
  signals[PINS_CHANGED] =
    g_signal_new ("pins-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* (from, to, x, y): the user dragged from one object to another. */
  signals[LINK_REQUESTED] =
    g_signal_new ("link-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 4,
                  G_TYPE_UINT, G_TYPE_UINT, G_TYPE_DOUBLE, G_TYPE_DOUBLE);

  gtk_widget_class_set_css_name (widget_class, "rsgraphview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
style_changed_cb (RsGraphView *self)
{
  invalidate (self);
}

static void
rs_graph_view_init (RsGraphView *self)
{
  self->view.zoom = 1;
  self->auto_fit = TRUE;
  self->duration = RS_GRAPH_VIEW_TRANSITION_USEC;
  self->engine = RS_LAYOUT_ENGINE_DOT;
  self->layout = rs_layout_new (NULL);
  self->pins = g_array_new (FALSE, FALSE, sizeof (RsScenePin));
  self->main_thread = g_thread_self ();
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  setup_controllers (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
}

void
rs_graph_view_set_snapshot (RsGraphView *self,
                            RsSnapshot  *snapshot,
                            gboolean     animate)
{
  g_return_if_fail (RS_IS_GRAPH_VIEW (self));

  if (snapshot == self->snapshot)
    return;
  g_clear_pointer (&self->snapshot, rs_snapshot_unref);
  self->snapshot = snapshot ? rs_snapshot_ref (snapshot) : NULL;
  self->animate_next = animate;
  if (snapshot == NULL)
    {
      self->generation = 0;
      stop_transition (self);
      g_clear_pointer (&self->scene, rs_scene_free);
      self->auto_fit = TRUE;
      invalidate (self);
      return;
    }
  /* A jump along the timeline is shown without a transition, so it needs
   * no mental map; a fresh layout is also the cheaper one then. */
  request_layout (self, animate ? RS_LAYOUT_STABLE : RS_LAYOUT_FRESH);
}

RsSnapshot *
rs_graph_view_get_snapshot (RsGraphView *self)
{
  g_return_val_if_fail (RS_IS_GRAPH_VIEW (self), NULL);

  return self->snapshot;
}

const RsScene *
rs_graph_view_get_scene (RsGraphView *self)
{
  g_return_val_if_fail (RS_IS_GRAPH_VIEW (self), NULL);

  return self->scene;
}

RsObjId
rs_graph_view_get_selected (RsGraphView *self)
{
  g_return_val_if_fail (RS_IS_GRAPH_VIEW (self), 0);

  return self->selected;
}

void
rs_graph_view_set_selected (RsGraphView *self,
                            RsObjId      id)
{
  g_return_if_fail (RS_IS_GRAPH_VIEW (self));

  if (self->selected == id)
    return;
  self->selected = id;
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

double
rs_graph_view_get_zoom (RsGraphView *self)
{
  g_return_val_if_fail (RS_IS_GRAPH_VIEW (self), 1);

  return self->view.zoom;
}

void
rs_graph_view_set_zoom (RsGraphView *self,
                        double       zoom)
{
  g_return_if_fail (RS_IS_GRAPH_VIEW (self));

  rs_graph_view_zoom_by (self, zoom / self->view.zoom);
}

void
rs_graph_view_zoom_by (RsGraphView *self,
                       double       factor)
{
  g_return_if_fail (RS_IS_GRAPH_VIEW (self));

  zoom_at (self, factor,
           gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
           gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

void
rs_graph_view_zoom_fit (RsGraphView *self)
{
  g_return_if_fail (RS_IS_GRAPH_VIEW (self));

  self->auto_fit = TRUE;
  self->fit_zoom = 0;
  self->view = fitted_view (self);
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

void
rs_graph_view_restore_zoom (RsGraphView *self,
                            double       zoom)
{
  g_return_if_fail (RS_IS_GRAPH_VIEW (self));

  if (zoom <= 0)
    {
      rs_graph_view_zoom_fit (self);
      return;
    }
  self->auto_fit = TRUE;
  self->fit_zoom = CLAMP (zoom, MIN_ZOOM, MAX_ZOOM);
  self->view = fitted_view (self);
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

double
rs_graph_view_get_chosen_zoom (RsGraphView *self)
{
  g_return_val_if_fail (RS_IS_GRAPH_VIEW (self), 0);

  return self->auto_fit && self->fit_zoom == 0 ? 0 : self->view.zoom;
}

RsLayoutEngine
rs_graph_view_get_engine (RsGraphView *self)
{
  g_return_val_if_fail (RS_IS_GRAPH_VIEW (self), RS_LAYOUT_ENGINE_DOT);

  return self->engine;
}

void
rs_graph_view_set_engine (RsGraphView    *self,
                          RsLayoutEngine  engine)
{
  g_return_if_fail (RS_IS_GRAPH_VIEW (self));

  if (self->engine == engine)
    return;
  self->engine = engine;
  self->animate_next = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENGINE_NAME]);
  request_layout (self, RS_LAYOUT_FRESH);
}

gboolean
rs_graph_view_get_busy (RsGraphView *self)
{
  g_return_val_if_fail (RS_IS_GRAPH_VIEW (self), FALSE);

  return self->busy;
}

void
rs_graph_view_cancel_layout (RsGraphView *self)
{
  g_return_if_fail (RS_IS_GRAPH_VIEW (self));

  /* The layout thread finishes its job; its result is dropped. */
  self->generation = 0;
  g_clear_handle_id (&self->busy_id, g_source_remove);
  set_busy (self, FALSE);
}

gboolean
rs_graph_view_is_settling (RsGraphView *self)
{
  g_return_val_if_fail (RS_IS_GRAPH_VIEW (self), FALSE);

  return self->generation != 0 || self->tick_id != 0;
}

gboolean
rs_graph_view_get_object_area (RsGraphView  *self,
                               RsObjId       id,
                               GdkRectangle *area)
{
  ViewTransform v;
  int i;

  g_return_val_if_fail (RS_IS_GRAPH_VIEW (self), FALSE);
  g_return_val_if_fail (area != NULL, FALSE);

  if (self->scene == NULL || (i = rs_scene_find_node (self->scene, RS_SCENE_KEY_OBJECT (id))) < 0)
    return FALSE;
  v = current_view (self);
  area->x = (int) (self->scene->nodes[i].x * v.zoom + v.x);
  area->y = (int) (self->scene->nodes[i].y * v.zoom + v.y);
  area->width = MAX (1, (int) (self->scene->nodes[i].width * v.zoom));
  area->height = MAX (1, (int) (self->scene->nodes[i].height * v.zoom));
  return TRUE;
}

void
rs_graph_view_set_transition_time (RsGraphView *self,
                                   gint64       usec)
{
  g_return_if_fail (RS_IS_GRAPH_VIEW (self));

  self->duration = CLAMP (usec, 1, RS_GRAPH_VIEW_TRANSITION_USEC);
}

/* Pins */

static int
find_pin (RsGraphView *self,
          guint64      key)
{
  for (guint i = 0; i < self->pins->len; i++)
    if (g_array_index (self->pins, RsScenePin, i).key == key)
      return (int) i;
  return -1;
}

static void
pins_changed (RsGraphView  *self,
              RsLayoutMode  mode)
{
  g_signal_emit (self, signals[PINS_CHANGED], 0);
  self->animate_next = TRUE;
  request_layout (self, mode);
}

gboolean
rs_graph_view_move_object (RsGraphView *self,
                           RsObjId      id,
                           double       x,
                           double       y)
{
  RsScenePin pin = { RS_SCENE_KEY_OBJECT (id), x, y };
  int i, p;

  g_return_val_if_fail (RS_IS_GRAPH_VIEW (self), FALSE);

  if (!isfinite (x) || !isfinite (y) || fabs (x) > 1e6 || fabs (y) > 1e6)
    return FALSE;
  if (self->scene == NULL || (i = rs_scene_find_node (self->scene, pin.key)) < 0)
    return FALSE;
  if (x != self->scene->nodes[i].x || y != self->scene->nodes[i].y)
    stop_fitting (self);
  place_node (self, i, x, y);
  if ((p = find_pin (self, pin.key)) >= 0)
    g_array_index (self->pins, RsScenePin, p) = pin;
  else
    g_array_append_val (self->pins, pin);
  /* A stable layout from here: the cards it landed on make room. */
  pins_changed (self, RS_LAYOUT_STABLE);
  return TRUE;
}

gboolean
rs_graph_view_pin_object (RsGraphView *self,
                          RsObjId      id)
{
  int i;

  g_return_val_if_fail (RS_IS_GRAPH_VIEW (self), FALSE);

  if (self->scene == NULL || (i = rs_scene_find_node (self->scene, RS_SCENE_KEY_OBJECT (id))) < 0)
    return FALSE;
  return rs_graph_view_move_object (self, id, self->scene->nodes[i].x, self->scene->nodes[i].y);
}

gboolean
rs_graph_view_unpin_object (RsGraphView *self,
                            RsObjId      id)
{
  int p;

  g_return_val_if_fail (RS_IS_GRAPH_VIEW (self), FALSE);

  if ((p = find_pin (self, RS_SCENE_KEY_OBJECT (id))) < 0)
    return FALSE;
  g_array_remove_index (self->pins, p);
  /* The card goes back to where the layout puts it. */
  pins_changed (self, RS_LAYOUT_FRESH);
  return TRUE;
}

gboolean
rs_graph_view_is_pinned (RsGraphView *self,
                         RsObjId      id)
{
  g_return_val_if_fail (RS_IS_GRAPH_VIEW (self), FALSE);

  return find_pin (self, RS_SCENE_KEY_OBJECT (id)) >= 0;
}

void
rs_graph_view_unpin_all (RsGraphView *self)
{
  g_return_if_fail (RS_IS_GRAPH_VIEW (self));

  if (self->pins->len == 0)
    return;
  g_array_set_size (self->pins, 0);
  pins_changed (self, RS_LAYOUT_FRESH);
}

const RsScenePin *
rs_graph_view_get_pins (RsGraphView *self,
                        guint       *n_pins)
{
  g_return_val_if_fail (RS_IS_GRAPH_VIEW (self), NULL);
  g_return_val_if_fail (n_pins != NULL, NULL);

  *n_pins = self->pins->len;
  return (const RsScenePin *) self->pins->data;
}

void
rs_graph_view_set_pins (RsGraphView      *self,
                        const RsScenePin *pins,
                        guint             n_pins)
{
  g_return_if_fail (RS_IS_GRAPH_VIEW (self));
  g_return_if_fail (pins != NULL || n_pins == 0);

  g_array_set_size (self->pins, 0);
  for (guint i = 0; i < n_pins; i++)
    if ((pins[i].key >> 32) == (RS_SCENE_KEY_OBJECT (0) >> 32))
      g_array_append_val (self->pins, pins[i]);
  if (self->snapshot != NULL)
    request_layout (self, RS_LAYOUT_FRESH);
}

void
rs_graph_view_set_context_menu (RsGraphView *self,
                                GMenuModel  *model)
{
  g_return_if_fail (RS_IS_GRAPH_VIEW (self));
  g_return_if_fail (model == NULL || G_IS_MENU_MODEL (model));

  if (self->menu != NULL)
    {
      gtk_widget_unparent (self->menu);
      self->menu = NULL;
    }
  g_set_object (&self->menu_model, model);
}

GtkWidget *
rs_graph_view_get_context_menu (RsGraphView *self)
{
  g_return_val_if_fail (RS_IS_GRAPH_VIEW (self), NULL);

  return self->menu;
}
