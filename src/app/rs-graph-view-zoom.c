/* rs-graph-view-zoom.c: the canvas's view transform: fit, zoom, pan, a restored view
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The view fits the drawing on every step until the user zooms or pans;
 * a reopened session's view fits at its zoom, around its centre.
 */
#define G_LOG_DOMAIN "refscope-graph-view"

#include "config.h"

#include "rs-graph-view-private.h"

#define FIT_MARGIN 24.0

/* The zoom that fits a drawing of @sw x @sh into @w x @h: never a small
 * graph blown up past 1.5, where text would look shouted. */
static double
zoom_to_fit (double sw,
             double sh,
             double w,
             double h)
{
  return CLAMP (MIN ((w - 2 * FIT_MARGIN) / sw, (h - 2 * FIT_MARGIN) / sh), RS_GRAPH_VIEW_MIN_ZOOM, 1.5);
}

RsViewTransform
_rs_graph_view_fitted_view (RsGraphView *self)
{
  RsViewTransform v = { 1, 0, 0 };
  double w = gtk_widget_get_width (GTK_WIDGET (self));
  double h = gtk_widget_get_height (GTK_WIDGET (self));
  double left = 0, sw, sh, lw, lh;

  if (self->scene == NULL || w <= 0 || h <= 0)
    return v;
  sw = MAX (self->scene->x1 - self->scene->x0, 1);
  sh = MAX (self->scene->y1 - self->scene->y0, 1);
  v.zoom = zoom_to_fit (sw, sh, w, h);
  /* The legend covers the bottom-left corner: the drawing fits beside
   * it or above it, whichever leaves it bigger. */
  if (_rs_graph_view_legend_extent (self, &lw, &lh))
    {
      double beside = zoom_to_fit (sw, sh, w - lw, h), above = zoom_to_fit (sw, sh, w, h - lh);

      if (beside >= above)
        left = lw, w -= lw, v.zoom = beside;
      else
        h -= lh, v.zoom = above;
    }
  if (self->fit_zoom > 0)
    v.zoom = self->fit_zoom;
  v.x = left + (w - sw * v.zoom) / 2 - self->scene->x0 * v.zoom;
  v.y = (h - sh * v.zoom) / 2 - self->scene->y0 * v.zoom;
  /* A restored view keeps its centre where it was: mid-canvas. */
  if (self->has_fit_centre)
    {
      v.x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0 - self->fit_cx * v.zoom;
      v.y = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0 - self->fit_cy * v.zoom;
    }
  return v;
}

/* The view holds still from now on: the user moved it, or is arranging
 * cards in it. */
void
_rs_graph_view_stop_fitting (RsGraphView *self)
{
  self->auto_fit = FALSE;
  self->fit_zoom = 0;
  self->has_fit_centre = FALSE;
}

void
_rs_graph_view_user_moved_view (RsGraphView *self)
{
  _rs_graph_view_stop_fitting (self);
  self->refit_in_transition = FALSE;
  _rs_graph_view_invalidate (self);
  _rs_graph_view_notify_zoom (self);
}

void
_rs_graph_view_zoom_at (RsGraphView *self,
                        double       factor,
                        double       wx,
                        double       wy)
{
  double zoom = CLAMP (self->view.zoom * factor, RS_GRAPH_VIEW_MIN_ZOOM, RS_GRAPH_VIEW_MAX_ZOOM);

  /* Keep the scene point under (wx, wy) where it is. */
  self->view.x = wx - (wx - self->view.x) * zoom / self->view.zoom;
  self->view.y = wy - (wy - self->view.y) * zoom / self->view.zoom;
  self->view.zoom = zoom;
  _rs_graph_view_user_moved_view (self);
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

  _rs_graph_view_zoom_at (self, factor,
                          gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                          gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

void
rs_graph_view_zoom_fit (RsGraphView *self)
{
  g_return_if_fail (RS_IS_GRAPH_VIEW (self));

  rs_graph_view_restore_view (self, 0, NULL);
}

void
rs_graph_view_restore_view (RsGraphView  *self,
                            double        zoom,
                            const double *centre)
{
  g_return_if_fail (RS_IS_GRAPH_VIEW (self));

  self->auto_fit = TRUE;
  self->fit_zoom = zoom > 0 ? CLAMP (zoom, RS_GRAPH_VIEW_MIN_ZOOM, RS_GRAPH_VIEW_MAX_ZOOM) : 0;
  self->has_fit_centre = centre != NULL;
  if (centre != NULL)
    self->fit_cx = centre[0], self->fit_cy = centre[1];
  self->view = _rs_graph_view_fitted_view (self);
  _rs_graph_view_invalidate (self);
  _rs_graph_view_notify_zoom (self);
}

double
rs_graph_view_get_chosen_zoom (RsGraphView *self)
{
  g_return_val_if_fail (RS_IS_GRAPH_VIEW (self), 0);

  /* A restored zoom holds before the first layout gives the view one. */
  return self->auto_fit ? self->fit_zoom : self->view.zoom;
}

gboolean
rs_graph_view_get_chosen_centre (RsGraphView *self,
                                 double      *centre)
{
  g_return_val_if_fail (RS_IS_GRAPH_VIEW (self), FALSE);
  g_return_val_if_fail (centre != NULL, FALSE);

  if (self->auto_fit)
    {
      centre[0] = self->fit_cx, centre[1] = self->fit_cy;
      return self->has_fit_centre;
    }
  centre[0] = (gtk_widget_get_width (GTK_WIDGET (self)) / 2.0 - self->view.x) / self->view.zoom;
  centre[1] = (gtk_widget_get_height (GTK_WIDGET (self)) / 2.0 - self->view.y) / self->view.zoom;
  return TRUE;
}

/* Pans so that object @id is in the middle when any of it is outside the
 * view; the zoom stays. */
void
rs_graph_view_scroll_to (RsGraphView *self,
                         RsObjId      id)
{
  double w, h;
  GdkRectangle area;
  int i;

  g_return_if_fail (RS_IS_GRAPH_VIEW (self));

  w = gtk_widget_get_width (GTK_WIDGET (self));
  h = gtk_widget_get_height (GTK_WIDGET (self));
  if (!rs_graph_view_get_object_area (self, id, &area)
      || (area.x >= 0 && area.y >= 0 && area.x + area.width <= w && area.y + area.height <= h))
    return;
  i = rs_scene_find_node (self->scene, RS_SCENE_KEY_OBJECT (id));
  g_assert (i >= 0);
  self->view.x = w / 2 - (self->scene->nodes[i].x + self->scene->nodes[i].width / 2) * self->view.zoom;
  self->view.y = h / 2 - (self->scene->nodes[i].y + self->scene->nodes[i].height / 2) * self->view.zoom;
  _rs_graph_view_user_moved_view (self);
}
