/* rs-window-collector.c: the collector played phase by phase in the window
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * While the collector bar plays a gc.collect() (rs-collector-bar.c), the
 * canvas and the inspector show the heap as the phase leaves it, in the
 * middle of the step, with the collector's marks: each examined object's
 * gc_refs and the unreachable list, and its lists as two regions of
 * the canvas, the cards moving from one to the other as the phases go;
 * the event log lists a row per phase, the one shown selected.
 * "Done" (or another step) goes back to the step.
 */
#define G_LOG_DOMAIN "refscope-window"

#include "config.h"

#include <glib/gi18n.h>

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

/* Where an object is drawn in a phase: one of the collector's lists */
typedef enum {
  PLACE_NONE,         /* untracked, or born while the collection runs */
  PLACE_YOUNG,        /* the list collected: reachable as far as known */
  PLACE_UNREACHABLE,
  PLACE_GENERATION,   /* + g: generation g, not examined (or, once the
                       * collection is over, where the survivors went) */
  N_PLACES = PLACE_GENERATION + 3
} RsGcPlace;

/* The later phases follow only the garbage: an examined object not in
 * them stays where move_unreachable left it, and once the garbage is
 * freed the survivors have joined the next generation. */
static RsGcPlace
place_of (const RsGcPhases *phases,
          const RsGcPhase  *phase,
          RsObjId           id)
{
  guint gen = rs_gc_phases_generation_of (phases, id);
  guint old = MIN (phases->generation + 1, 2);
  const RsGcObject *o = rs_gc_phase_find (phase, id);

  if (gen == RS_GC_UNTRACKED)
    return PLACE_NONE;
  if (gen > phases->generation)
    return PLACE_GENERATION + gen;
  if (o == NULL)
    o = rs_gc_phase_find (&phases->phases[RS_GC_PHASE_MOVE_BACK], id);
  g_assert (o != NULL);   /* every object of the collected generations is examined */
  if (o->list == RS_GC_LIST_UNREACHABLE)
    return PLACE_UNREACHABLE;
  return phase->kind == RS_GC_PHASE_FREE ? PLACE_GENERATION + old : PLACE_YOUNG;
}

static char *
place_caption (const RsGcPhases *phases,
               const RsGcPhase  *phase,
               RsGcPlace         place,
               guint             n)
{
  guint gen = place - PLACE_GENERATION;

  if (place == PLACE_UNREACHABLE)
    return g_strdup_printf (ngettext ("unreachable: %u object", "unreachable: %u objects", n), n);
  if (place == PLACE_YOUNG && phases->generation == 0)
    return g_strdup_printf (ngettext ("reachable (young), generation 0: %u object",
                                      "reachable (young), generation 0: %u objects", n), n);
  if (place == PLACE_YOUNG && phases->generation == 1)
    return g_strdup_printf (ngettext ("reachable (young), generations 0 and 1: %u object",
                                      "reachable (young), generations 0 and 1: %u objects", n), n);
  if (place == PLACE_YOUNG)
    return g_strdup_printf (ngettext ("reachable (young): %u object", "reachable (young): %u objects", n), n);
  if (phase->kind == RS_GC_PHASE_FREE && gen == MIN (phases->generation + 1, 2))
    /* Translators: "generation 1, with the survivors: 3 objects" */
    return g_strdup_printf (ngettext ("generation %u, with the survivors: %u object",
                                      "generation %u, with the survivors: %u objects", n), gen, n);
  /* Translators: "generation 2, not examined: 3 objects" */
  return g_strdup_printf (ngettext ("generation %u, not examined: %u object",
                                    "generation %u, not examined: %u objects", n), gen, n);
}

static const RsRegionKind place_kinds[N_PLACES] = {
  [PLACE_YOUNG] = RS_REGION_REACHABLE,
  [PLACE_UNREACHABLE] = RS_REGION_UNREACHABLE,
  [PLACE_GENERATION] = RS_REGION_OLDER,
  [PLACE_GENERATION + 1] = RS_REGION_OLDER,
  [PLACE_GENERATION + 2] = RS_REGION_OLDER,
};

/* The collector's lists, and the generations it leaves alone, as
 * regions of the canvas, each caption with the size of its list. */
RsRegions *
_rs_window_phase_regions (const RsGcPhases *phases,
                          const RsGcPhase  *phase)
{
  RsRegions *regions = rs_regions_new ();
  guint n[N_PLACES] = { 0 }, index[N_PLACES];

  for (RsObjId id = 1; id < phases->n_generations; id++)
    n[place_of (phases, phase, id)]++;
  for (guint p = PLACE_YOUNG; p < N_PLACES; p++)
    if (n[p] > 0)
      {
        g_autofree char *caption = place_caption (phases, phase, p, n[p]);
        index[p] = rs_regions_add (regions, place_kinds[p], caption);
      }
  for (RsObjId id = 1; id < phases->n_generations; id++)
    {
      RsGcPlace p = place_of (phases, phase, id);
      if (p != PLACE_NONE)
        rs_regions_add_object (regions, index[p], id);
    }
  return regions;
}

static void
phase_changed_cb (RsWindow *self)
{
  const RsGcPhase *phase = rs_collector_bar_get_phase (self->collector_bar);
  g_autoptr(RsSnapshot) snapshot = NULL;

  if (phase == NULL)
    {
      rs_graph_view_set_phase_emphasis (self->canvas, NULL);
      rs_graph_view_set_phase_regions (self->canvas, NULL);
      _rs_window_show_session (self, self->step, TRUE);
      return;
    }
  snapshot = rs_session_get_snapshot_at (self->session, phase->pos);
  rs_graph_view_set_phase_regions (self->canvas,
                                   _rs_window_phase_regions (rs_collector_bar_get_phases (self->collector_bar),
                                                             phase));
  rs_graph_view_set_snapshot (self->canvas, snapshot, TRUE);
  rs_inspector_show (self->inspector, snapshot, rs_graph_view_get_selected (self->canvas));
  rs_output_view_show_at (self->output_view, self->session, phase->pos);
  rs_event_log_show_phases (self->event_log, self->session, self->step,
                            rs_collector_bar_get_phases (self->collector_bar), phase->kind);
  rs_graph_view_set_phase_emphasis (self->canvas, phase_emphasis (phase));
}

/* A phase's row in the event log shows that phase. */
static void
phase_activated_cb (RsWindow *self,
                    guint     kind)
{
  rs_collector_bar_show_phase (self->collector_bar, kind);
}

void
_rs_window_init_collector (RsWindow *self)
{
  g_signal_connect_object (self->collector_bar, "phase-changed", G_CALLBACK (phase_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->event_log, "phase-activated", G_CALLBACK (phase_activated_cb),
                           self, G_CONNECT_SWAPPED);
}

void
_rs_window_show_collector (RsWindow *self)
{
  gboolean was_playing = rs_collector_bar_get_phase (self->collector_bar) != NULL;

  rs_collector_bar_show_step (self->collector_bar, self->session, self->step);
  if (was_playing)
    {
      rs_graph_view_set_phase_emphasis (self->canvas, NULL);
      rs_graph_view_set_phase_regions (self->canvas, NULL);
    }
}
