/* rs-window-retained.c: what dies with the card under the pointer
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Hovering a card lights up its retained set (rs-explain's dominators:
 * what reference counting would free with it), the rest only a little
 * dimmed, so a glance over the canvas shows what holds what alive.  The
 * explanation of the step shown is made on the first hover and kept
 * while the step stays.  A collector's phase (a state inside a step) has
 * no retained sets of its own: nothing lights up then.
 */
#define G_LOG_DOMAIN "refscope-window"

#include "config.h"

#include "rs-window-private.h"

static RsExplain *
step_explanation (RsWindow *self)
{
  if (self->retained_snapshot != self->snapshot)
    {
      g_clear_pointer (&self->retained_explain, rs_explain_free);
      g_clear_pointer (&self->retained_snapshot, rs_snapshot_unref);
    }
  if (self->retained_explain == NULL && self->snapshot != NULL && self->session != NULL)
    {
      self->retained_explain = rs_session_explain (self->session, self->snapshot->step);
      self->retained_snapshot = rs_snapshot_ref (self->snapshot);
    }
  return self->retained_explain;
}

static void
hovered_cb (RsWindow *self)
{
  RsObjId id = rs_graph_view_get_hovered (self->canvas);
  g_autoptr(RsGraphEmphasis) emphasis = NULL;
  g_autoptr(GArray) retained = NULL;
  RsExplain *explain;

  if (id == 0 || rs_collector_bar_get_phase (self->collector_bar) != NULL ||
      (explain = step_explanation (self)) == NULL)
    {
      rs_graph_view_set_hover_emphasis (self->canvas, NULL);
      return;
    }
  retained = rs_explain_retained (explain, id);
  emphasis = rs_graph_emphasis_new ();
  emphasis->light = TRUE;
  g_array_append_vals (emphasis->objects, retained->data, retained->len);
  rs_graph_view_set_hover_emphasis (self->canvas, g_steal_pointer (&emphasis));
}

void
_rs_window_init_retained (RsWindow *self)
{
  g_signal_connect_object (self->canvas, "notify::hovered", G_CALLBACK (hovered_cb), self, G_CONNECT_SWAPPED);
}

void
_rs_window_dispose_retained (RsWindow *self)
{
  g_clear_pointer (&self->retained_explain, rs_explain_free);
  g_clear_pointer (&self->retained_snapshot, rs_snapshot_unref);
}
