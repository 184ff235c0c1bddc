/* rs-graph-view-pins.c: moving the canvas's cards and pinning them there
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A card dragged by its title follows the pointer with its arrows (routed
 * again, no layout) and is pinned where it lands; Shift+arrows nudge the
 * selected one.  A pin holds on every step where the object exists; the
 * cards it lands on make room (a stable layout from there).
 */
#define G_LOG_DOMAIN "refscope-graph-view"

#include "config.h"

#include <math.h>

#include "rs-graph-view-private.h"
#include "rs-route.h"

#define NUDGE 12.0            /* points a Shift+arrow moves a card */

static guint pins_changed_signal;

/* A thumbtack in the top edge of each pinned card (only on screen: the
 * exports show where cards are, not how they got there), following the
 * card through a transition. */
void
_rs_graph_view_draw_pins (RsGraphView *self,
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
  _rs_graph_view_invalidate (self);
}

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
  g_signal_emit (self, pins_changed_signal, 0);
  self->animate_next = TRUE;
  _rs_graph_view_forget_steps (self);
  _rs_graph_view_request_layout (self, mode);
}

/* Moves object @id's card to @x, @y (scene coordinates) and pins it. */
static gboolean
move_object (RsGraphView *self,
             RsObjId      id,
             double       x,
             double       y)
{
  RsScenePin pin = { RS_SCENE_KEY_OBJECT (id), x, y };
  int i, p;

  if (!isfinite (x) || !isfinite (y) || fabs (x) > 1e6 || fabs (y) > 1e6)
    return FALSE;
  if (self->scene == NULL || (i = rs_scene_find_node (self->scene, pin.key)) < 0)
    return FALSE;
  if (x != self->scene->nodes[i].x || y != self->scene->nodes[i].y)
    _rs_graph_view_stop_fitting (self);
  place_node (self, i, x, y);
  if ((p = find_pin (self, pin.key)) >= 0)
    g_array_index (self->pins, RsScenePin, p) = pin;
  else
    g_array_append_val (self->pins, pin);
  /* A stable layout from here: the cards it landed on make room. */
  pins_changed (self, RS_LAYOUT_STABLE);
  return TRUE;
}

void
_rs_graph_view_begin_move (RsGraphView *self,
                           int          index)
{
  self->moving = self->scene->nodes[index].key;
  self->move_x = self->scene->nodes[index].x;
  self->move_y = self->scene->nodes[index].y;
  _rs_graph_view_stop_fitting (self);
  rs_graph_view_set_selected (self, self->scene->nodes[index].object);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
}

void
_rs_graph_view_update_move (RsGraphView *self,
                            double       dx,
                            double       dy)
{
  /* a layout that arrived meanwhile brought a new scene */
  int index = self->scene ? rs_scene_find_node (self->scene, self->moving) : -1;

  g_assert (self->moving != 0);

  if (index >= 0)
    place_node (self, index, self->move_x + dx / self->view.zoom, self->move_y + dy / self->view.zoom);
}

void
_rs_graph_view_end_move (RsGraphView *self)
{
  int index = self->scene ? rs_scene_find_node (self->scene, self->moving) : -1;

  g_assert (self->moving != 0);

  self->moving = 0;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grab");
  if (index >= 0)
    move_object (self, self->scene->nodes[index].object,
                 self->scene->nodes[index].x, self->scene->nodes[index].y);
}

/* Shift+arrow moves the selected card a little and pins it: moving by
 * keyboard what a drag on its title moves. */
gboolean
_rs_graph_view_nudge_selected (RsGraphView *self,
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
  return move_object (self, self->selected,
                      self->scene->nodes[i].x + dx, self->scene->nodes[i].y + dy);
}

gboolean
rs_graph_view_pin_object (RsGraphView *self,
                          RsObjId      id)
{
  int i;

  g_return_val_if_fail (RS_IS_GRAPH_VIEW (self), FALSE);

  if (self->scene == NULL || (i = rs_scene_find_node (self->scene, RS_SCENE_KEY_OBJECT (id))) < 0)
    return FALSE;
  return move_object (self, id, self->scene->nodes[i].x, self->scene->nodes[i].y);
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
  _rs_graph_view_forget_steps (self);
  if (self->snapshot != NULL)
    _rs_graph_view_request_layout (self, RS_LAYOUT_FRESH);
}

void
_rs_graph_view_class_init_pins (GObjectClass *object_class)
{
  /* The user pinned, moved or unpinned a card (not set_pins()). */
  pins_changed_signal =
    g_signal_new ("pins-changed", G_TYPE_FROM_CLASS (object_class), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}
