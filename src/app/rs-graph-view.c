/* rs-graph-view.c: the canvas that shows one step of the session
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The drawing is the render library's (rs_draw_scene), the same as the
 * exports.  The view adds the layout requests and the clock of the
 * transitions; the view transform (fit, zoom, a restored view), input and
 * pins are in their own files (rs-graph-view-private.h).  Its render node is cached and dropped on
 * any change (size, transform, scene, selection, hover, style, frame).
 */
#define G_LOG_DOMAIN "refscope-graph-view"

#include "config.h"

#include <adwaita.h>

#include "rs-draw.h"
#include "rs-graph-view-private.h"

#define BUSY_DELAY_MS 250

G_DEFINE_FINAL_TYPE (RsGraphView, rs_graph_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED,
  PROP_ZOOM,
  PROP_BUSY,
  PROP_ENGINE_NAME,
  PROP_SHOW_LEGEND,
  PROP_HOVERED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
_rs_graph_view_invalidate (RsGraphView *self)
{
  g_clear_pointer (&self->cache, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
_rs_graph_view_notify_zoom (RsGraphView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

static double
ease (double t)
{
  /* ease-in-out cubic: objects glide rather than jump */
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) * (-2 * t + 2) * (-2 * t + 2) / 2;
}

RsViewTransform
_rs_graph_view_current_view (RsGraphView *self)
{
  RsViewTransform v = self->view;
  double e;

  if (!self->refit_in_transition || self->tick_id == 0)
    return v;
  e = ease (self->t);
  v.zoom = self->view_from.zoom + (self->view.zoom - self->view_from.zoom) * e;
  v.x = self->view_from.x + (self->view.x - self->view_from.x) * e;
  v.y = self->view_from.y + (self->view.y - self->view_from.y) * e;
  return v;
}

static gboolean
node_state_cb (const RsSceneNode *node,
               RsNodeState       *state,
               gpointer           user_data)
{
  RsGraphView *self = user_data;

  if (_rs_graph_view_emphasis_node (self, node, state))
    return TRUE;
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

/* The legend, at the view's own small size in its bottom-left corner
 * (when the canvas has room for it): what the marks mean. */
#define LEGEND_FONT_SIZE 10.0
#define LEGEND_MARGIN 12.0

gboolean
_rs_graph_view_legend_extent (RsGraphView *self,
                              double      *width,
                              double      *height)
{
  double w, h;

  if (!self->show_legend)
    return FALSE;
  rs_draw_legend_size (LEGEND_FONT_SIZE, &w, &h);
  if (w + 2 * LEGEND_MARGIN > gtk_widget_get_width (GTK_WIDGET (self))
      || h + 2 * LEGEND_MARGIN > gtk_widget_get_height (GTK_WIDGET (self)))
    return FALSE;
  *width = w + 2 * LEGEND_MARGIN;
  *height = h + 2 * LEGEND_MARGIN;
  return TRUE;
}

static void
draw_legend (RsGraphView     *self,
             cairo_t         *cr,
             const RsPalette *palette)
{
  double w, h, height = gtk_widget_get_height (GTK_WIDGET (self));
  RsCanvas *canvas;

  if (!_rs_graph_view_legend_extent (self, &w, &h))
    return;
  w -= 2 * LEGEND_MARGIN;
  h -= 2 * LEGEND_MARGIN;
  canvas = rs_canvas_new_cairo (cr);
  rs_draw_legend_canvas (canvas, palette, LEGEND_FONT_SIZE, LEGEND_MARGIN, height - LEGEND_MARGIN - h);
  rs_canvas_free (canvas);
}

static void
draw (RsGraphView *self,
      cairo_t     *cr)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  RsViewTransform v = _rs_graph_view_current_view (self);
  RsDrawParams params = {
    .palette = rs_palette_get (dark),
    .node_state = node_state_cb,
    .user_data = self,
    .from = self->tick_id ? self->from : NULL,
    .t = self->tick_id ? ease (self->t) : 1.0,
    .edge_state = _rs_graph_view_emphasis_edge,
  };

  cairo_save (cr);
  cairo_translate (cr, v.x, v.y);
  cairo_scale (cr, v.zoom, v.zoom);
  rs_draw_scene (cr, self->scene, &params);
  _rs_graph_view_draw_pins (self, cr, params.t);
  cairo_restore (cr);
  draw_link_drag (self, cr);
  draw_legend (self, cr, params.palette);
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
    self->view = _rs_graph_view_fitted_view (self);
  _rs_graph_view_invalidate (self);
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
  _rs_graph_view_invalidate (self);
  if (self->t < 1.0)
    return G_SOURCE_CONTINUE;
  self->tick_id = 0;
  self->refit_in_transition = FALSE;
  g_clear_pointer (&self->from, rs_scene_free);
  return G_SOURCE_REMOVE;
}

void
_rs_graph_view_show_scene (RsGraphView *self,
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
      self->view = _rs_graph_view_fitted_view (self);
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
  _rs_graph_view_invalidate (self);
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

/* A step of the history, laid out as a function of the step and kept;
 * a state inside a step, or any picture of a collector's phase (its
 * regions), is laid out from the picture shown and not kept. */
static gboolean
shows_step (RsGraphView *self)
{
  return self->history != NULL && !self->snapshot->mid_step && self->phase_regions == NULL;
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
  if (shows_step (self) && !_rs_graph_view_step_laid_out (self, scene))
    return;
  _rs_graph_view_show_scene (self, scene, self->animate_next);
}

void
_rs_graph_view_send_layout (RsGraphView   *self,
                            RsSnapshot    *snapshot,
                            RsLayoutMode   mode,
                            const RsScene *prev)
{
  RsSceneOptions options = { 0 };
  RsScene *scene = rs_scene_new_from_snapshot (snapshot, &options);

  rs_scene_pin_nodes (scene, (const RsScenePin *) self->pins->data, self->pins->len);
  if (!shows_step (self))
    rs_scene_set_regions (scene, self->phase_regions);
  /* Counted here rather than taken from rs_layout_request()'s return: the
   * job may be done and freed on the layout thread before that returns. */
  self->generation = ++self->n_requests;
  rs_layout_request (self->layout, scene, self->engine, prev ? mode : RS_LAYOUT_FRESH, prev,
                     layout_done_cb, self);
  if (self->busy_id == 0 && !self->busy)
    self->busy_id = g_timeout_add (BUSY_DELAY_MS, busy_cb, self);
}

void
_rs_graph_view_request_layout (RsGraphView *self,
                               RsLayoutMode mode)
{
  if (self->snapshot == NULL)
    return;
  if (shows_step (self))
    _rs_graph_view_request_step (self);
  else if (self->snapshot->mid_step || self->phase_regions != NULL)
    _rs_graph_view_send_layout (self, self->snapshot, RS_LAYOUT_STABLE, self->scene);
  else
    _rs_graph_view_send_layout (self, self->snapshot, mode, self->scene);
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
  g_clear_object (&self->history);
  g_clear_pointer (&self->history_source, g_free);
  g_clear_pointer (&self->step_scenes, g_hash_table_unref);
  _rs_graph_view_clear_emphasis (self);
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
    case PROP_SHOW_LEGEND: g_value_set_boolean (value, self->show_legend); break;
    case PROP_HOVERED: g_value_set_uint (value, self->hover); break;
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
    case PROP_SHOW_LEGEND: rs_graph_view_set_show_legend (self, g_value_get_boolean (value)); break;
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
    g_param_spec_double ("zoom", NULL, NULL, RS_GRAPH_VIEW_MIN_ZOOM, RS_GRAPH_VIEW_MAX_ZOOM, 1,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The engine by name, for the window's win.engine property action. */
  properties[PROP_ENGINE_NAME] =
    g_param_spec_string ("engine-name", NULL, NULL, "dot",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* For the window's win.show-legend property action. */
  properties[PROP_SHOW_LEGEND] =
    g_param_spec_boolean ("show-legend", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The object under the pointer (0: none), for the retained set's highlight. */
  properties[PROP_HOVERED] =
    g_param_spec_uint ("hovered", NULL, NULL, 0, G_MAXUINT32, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  _rs_graph_view_class_init_pins (object_class);
  _rs_graph_view_class_init_input (object_class);

  gtk_widget_class_set_css_name (widget_class, "rsgraphview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
style_changed_cb (RsGraphView *self)
{
  _rs_graph_view_invalidate (self);
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
  self->show_legend = TRUE;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  _rs_graph_view_init_input (self);
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
      _rs_graph_view_invalidate (self);
      return;
    }
  /* A jump along the timeline is shown without a transition, so it needs
   * no mental map; a fresh layout is also the cheaper one then. */
  _rs_graph_view_request_layout (self, animate ? RS_LAYOUT_STABLE : RS_LAYOUT_FRESH);
}

const RsScene *
rs_graph_view_get_scene (RsGraphView *self)
{
  g_return_val_if_fail (RS_IS_GRAPH_VIEW (self), NULL);

  return self->scene;
}

void
_rs_graph_view_set_hover (RsGraphView *self,
                          RsObjId      id)
{
  if (id == self->hover)
    return;
  self->hover = id;
  _rs_graph_view_invalidate (self);
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOVERED]);
}

RsObjId
rs_graph_view_get_hovered (RsGraphView *self)
{
  g_return_val_if_fail (RS_IS_GRAPH_VIEW (self), 0);

  return self->hover;
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
  _rs_graph_view_invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
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
  _rs_graph_view_forget_steps (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENGINE_NAME]);
  _rs_graph_view_request_layout (self, RS_LAYOUT_FRESH);
}

gboolean
rs_graph_view_get_show_legend (RsGraphView *self)
{
  g_return_val_if_fail (RS_IS_GRAPH_VIEW (self), FALSE);

  return self->show_legend;
}

void
rs_graph_view_set_show_legend (RsGraphView *self,
                               gboolean     show_legend)
{
  g_return_if_fail (RS_IS_GRAPH_VIEW (self));

  show_legend = !!show_legend;
  if (self->show_legend == show_legend)
    return;
  self->show_legend = show_legend;
  /* A fitted view makes room for the legend, or takes its room back. */
  if (self->auto_fit)
    self->view = _rs_graph_view_fitted_view (self);
  _rs_graph_view_invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_LEGEND]);
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
  RsViewTransform v;
  int i;

  g_return_val_if_fail (RS_IS_GRAPH_VIEW (self), FALSE);
  g_return_val_if_fail (area != NULL, FALSE);

  if (self->scene == NULL || (i = rs_scene_find_node (self->scene, RS_SCENE_KEY_OBJECT (id))) < 0)
    return FALSE;
  v = _rs_graph_view_current_view (self);
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
