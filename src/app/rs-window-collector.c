/* rs-window-collector.c: the collector played phase by phase in the window
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * While the collector bar plays a gc.collect() (rs-collector-bar.c), the
 * canvas and the inspector show the heap as the phase leaves it, in the
 * middle of the step, with the collector's marks: each examined object's
 * gc_refs and the unreachable list.  "Done" (or another step) goes back
 * to the step.
 */
#define G_LOG_DOMAIN "refscope-window"

#include "config.h"

#include "rs-window-private.h"

/* The canvas's marks for @phase: gc_refs while the phase uses them, the
 * unreachable list glowing, and the references inside the examined set
 * (while they are subtracted) or inside the unreachable list. */
static RsGraphEmphasis *
phase_emphasis (const RsGcPhase *phase)
{
  RsGraphEmphasis *emphasis = rs_graph_emphasis_new ();

  g_array_append_vals (emphasis->gc, phase->objects, phase->n_objects);
  for (guint i = 0; i < phase->n_objects; i++)
    if (phase->kind == RS_GC_PHASE_SUBTRACT || phase->objects[i].list == RS_GC_LIST_UNREACHABLE)
      g_array_append_val (emphasis->objects, phase->objects[i].id);
  return emphasis;
}

static void
phase_changed_cb (RsWindow *self)
{
  const RsGcPhase *phase = rs_collector_bar_get_phase (self->collector_bar);
  g_autoptr(RsSnapshot) snapshot = NULL;

  if (phase == NULL)
    {
      rs_graph_view_set_phase_emphasis (self->canvas, NULL);
      _rs_window_show_session (self, self->step, TRUE);
      return;
    }
  snapshot = rs_session_get_snapshot_at (self->session, phase->pos);
  rs_graph_view_set_snapshot (self->canvas, snapshot, TRUE);
  rs_inspector_show (self->inspector, snapshot, rs_graph_view_get_selected (self->canvas));
  rs_output_view_show_at (self->output_view, self->session, phase->pos);
  rs_graph_view_set_phase_emphasis (self->canvas, phase_emphasis (phase));
}

void
_rs_window_init_collector (RsWindow *self)
{
  g_signal_connect_object (self->collector_bar, "phase-changed", G_CALLBACK (phase_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

void
_rs_window_show_collector (RsWindow *self)
{
  gboolean was_playing = rs_collector_bar_get_phase (self->collector_bar) != NULL;

  rs_collector_bar_show_step (self->collector_bar, self->session, self->step);
  if (was_playing)
    rs_graph_view_set_phase_emphasis (self->canvas, NULL);
}
