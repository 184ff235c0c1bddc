/* rs-analysis.h: reachability, leaks and leaked cycles of a replica
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The roots are the live frames (their names and the functions they run),
 * every object holding a temporary reference (it is on an evaluation
 * stack) and every dying object (refcount 0, its destruction under way:
 * what it still holds is about to be released, not leaked).  Reachability
 * follows strong slots only, hidden ones included, never a weak referent.  A leaked object is alive and unreachable; leaked
 * objects are split into strongly connected components (Tarjan) and a
 * component with more than one object or a self-reference is a cycle.
 *
 * The analysis observes a replica (rs_replica_set_observer) and hears of
 * each reference it gains or loses, so that most steps (allocations,
 * stores into reachable objects, releases of objects that stay rooted)
 * keep the result without a recount; anything the notes cannot decide
 * cheaply marks it for a full recount.
 */
#pragma once

#include <glib.h>
#include "rs-replica.h"

G_BEGIN_DECLS

typedef struct _RsAnalysis RsAnalysis;

RsAnalysis *rs_analysis_new            (void);
void        rs_analysis_free           (RsAnalysis       *self);

/* To give the replica the analysis follows; valid while the analysis lives. */
const RsReplicaObserver *rs_analysis_get_observer (RsAnalysis *self);

/* Forget everything: the next update recounts from the roots. */
void        rs_analysis_invalidate     (RsAnalysis       *self);
/* Brings the result up to date with @replica. */
void        rs_analysis_update         (RsAnalysis       *self,
                                        const RsReplica  *replica);

gboolean    rs_analysis_is_reachable   (const RsAnalysis *self,
                                        RsObjId           id);
/* The 1-based index of @id's leaked cycle, or 0. */
guint       rs_analysis_get_cycle      (const RsAnalysis *self,
                                        RsObjId           id);
guint       rs_analysis_get_n_cycles   (const RsAnalysis *self);
/* Whether the strong edge @holder -> @target lies inside a leaked cycle. */
gboolean    rs_analysis_edge_in_cycle  (const RsAnalysis *self,
                                        RsObjId           holder,
                                        RsObjId           target);

/* How often update had to recount reachability (to measure). */
guint       rs_analysis_get_n_full     (const RsAnalysis *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsAnalysis, rs_analysis_free)

G_END_DECLS
