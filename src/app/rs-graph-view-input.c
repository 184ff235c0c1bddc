/* rs-graph-view-input.c: what the pointer, the keys and the gestures do on the canvas
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Picking a card, selecting it (click, arrow keys), its context menu,
 * zoom (Ctrl+scroll, pinch, + and -), pan (drag, scroll), the hover and
 * its tooltip, and a drag from a card's rows to another card, which asks
 * for a reference ("link-requested").  A drag on a card's title is the
 * pins' (rs-graph-view-pins.c).
 */
#define G_LOG_DOMAIN "refscope-graph-view"

#include "config.h"

#include <math.h>

#include "rs-graph-view-private.h"
#include "rs-snapshot-describe.h"
#include "rs-tooltip-guard.h"

#define DRAG_THRESHOLD 4.0

static guint link_requested_signal;

static void
to_scene (RsGraphView *self,
          double       wx,
          double       wy,
          double      *sx,
          double      *sy)
{
  RsViewTransform v = _rs_graph_view_current_view (self);

  *sx = (wx - v.x) / v.zoom;
  *sy = (wy - v.y) / v.zoom;
}

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

/* The object drawn at @x, @y (widget coordinates), or 0. */
static RsObjId
pick_object (RsGraphView *self,
             double       x,
             double       y)
{
  int i = pick_node (self, x, y, NULL);

  return i < 0 ? 0 : self->scene->nodes[i].object;
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
        _rs_graph_view_begin_move (self, index);
      else if (index >= 0)
        self->link_from = self->scene->nodes[index].object;
    }
  if (self->moving != 0)
    _rs_graph_view_update_move (self, dx, dy);
  else if (self->link_from == 0)
    {
      self->view.x = self->drag_view.x + dx;
      self->view.y = self->drag_view.y + dy;
      _rs_graph_view_user_moved_view (self);
    }
  else
    _rs_graph_view_invalidate (self);
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

  self->link_from = 0;
  if (!self->dragging)
    {
      rs_graph_view_set_selected (self, pick_object (self, x, y));
      return;
    }
  self->dragging = FALSE;
  if (self->moving != 0)
    {
      _rs_graph_view_end_move (self);
      return;
    }
  _rs_graph_view_invalidate (self);
  target = pick_object (self, x, y);
  if (from != 0 && target != 0)
    g_signal_emit (self, link_requested_signal, 0, from, target, x, y);
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
      _rs_graph_view_zoom_at (self, dy < 0 ? 1.15 : 1 / 1.15, x, y);
      return TRUE;
    }
  self->view.x -= dx * 30;
  self->view.y -= dy * 30;
  _rs_graph_view_user_moved_view (self);
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
  _rs_graph_view_zoom_at (self, self->pinch_zoom * scale / self->view.zoom, cx, cy);
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
  _rs_graph_view_set_hover (self, hover);
}

static void
leave_cb (GtkEventControllerMotion *controller,
          RsGraphView              *self)
{
  _rs_graph_view_set_hover (self, 0);
}

static gboolean
query_tooltip_cb (GtkWidget   *widget,
                  int          x,
                  int          y,
                  gboolean     keyboard,
                  GtkTooltip  *tooltip,
                  RsGraphView *self)
{
  RsObjId id = keyboard ? self->selected : pick_object (self, x, y);
  g_autofree char *text = NULL;

  if (id == 0 || self->snapshot == NULL)
    return FALSE;
  if (!(text = rs_snapshot_describe_object (self->snapshot, id)))
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
      rs_tooltip_guard_popover (GTK_WIDGET (self), self->menu);
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
  if (popup_menu (self, pick_object (self, x, y), x, y))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

/* Shift+F10 or the Menu key: the selected card's menu. */
static gboolean
popup_menu_for_selected (RsGraphView *self)
{
  GdkRectangle area;

  if (!rs_graph_view_get_object_area (self, self->selected, &area))
    return FALSE;
  /* a card half out of view: the menu still points inside the canvas */
  return popup_menu (self, self->selected,
                     CLAMP (area.x + area.width / 2.0, 0, gtk_widget_get_width (GTK_WIDGET (self)) - 1),
                     CLAMP (area.y + area.height / 2.0, 0, gtk_widget_get_height (GTK_WIDGET (self)) - 1));
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
  if ((state & GDK_SHIFT_MASK) && _rs_graph_view_nudge_selected (self, keyval))
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

void
_rs_graph_view_init_input (RsGraphView *self)
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

void
_rs_graph_view_class_init_input (GObjectClass *object_class)
{
  /* (from, to, x, y): the user dragged from one object to another. */
  link_requested_signal =
    g_signal_new ("link-requested", G_TYPE_FROM_CLASS (object_class), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 4,
                  G_TYPE_UINT, G_TYPE_UINT, G_TYPE_DOUBLE, G_TYPE_DOUBLE);
}
