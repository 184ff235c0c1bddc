/* rs-collector-bar.h: one gc.collect(), played phase by phase
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "rs-session.h"

G_BEGIN_DECLS

#define RS_TYPE_COLLECTOR_BAR (rs_collector_bar_get_type ())
G_DECLARE_FINAL_TYPE (RsCollectorBar, rs_collector_bar, RS, COLLECTOR_BAR, GtkWidget)

/* Offers to play the collection that starts in @step of @session, if
 * any, and leaves a phase shown, silently (the caller shows the step). */
void              rs_collector_bar_show_step   (RsCollectorBar *self,
                                                RsSession      *session,
                                                guint           step);
/* Whether @step of @session starts a collection that examines objects. */
gboolean          rs_collector_bar_step_collects (RsSession    *session,
                                                  guint         step);
/* Plays the offered collection from its first phase; moves between its
 * phases; goes back to the step. */
void              rs_collector_bar_start       (RsCollectorBar *self);
gboolean          rs_collector_bar_next        (RsCollectorBar *self);
gboolean          rs_collector_bar_previous    (RsCollectorBar *self);
/* Shows phase @kind (an RsGcPhaseKind) of the collection playing. */
gboolean          rs_collector_bar_show_phase  (RsCollectorBar *self,
                                                guint           kind);
void              rs_collector_bar_stop        (RsCollectorBar *self);
/* The phase shown, NULL when none is; its collection. */
const RsGcPhase  *rs_collector_bar_get_phase   (RsCollectorBar *self);
const RsGcPhases *rs_collector_bar_get_phases  (RsCollectorBar *self);
/* The sentence that explains the phase shown (for the tests). */
const char       *rs_collector_bar_get_explanation (RsCollectorBar *self);

/* The name of phase @kind ("Subtract the references from inside"), and
 * the sentence that explains it in @phases, with its numbers: the bar's
 * words, which the event log repeats. */
const char       *rs_gc_phase_title            (guint             kind);
char             *rs_gc_phase_explain          (const RsGcPhases *phases,
                                                guint             kind);

G_END_DECLS
