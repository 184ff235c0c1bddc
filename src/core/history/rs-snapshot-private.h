/* rs-snapshot-private.h: building snapshots (for RsTimeline)
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rs-analysis.h"
#include "rs-replica.h"
#include "rs-snapshot.h"
#include "rs-timeline.h"

G_BEGIN_DECLS

/* The state of @replica (with @analysis up to date) after @step, whose
 * events are @events (for the NEW flags and the freed list). */
RsSnapshot *rs_snapshot_build (const RsReplica  *replica,
                               const RsAnalysis *analysis,
                               const RsEvent    *events,
                               guint             n_events,
                               guint             step,
                               guint             line,
                               RsAtomLookup      lookup,
                               gpointer          user_data);

/* Python's repr of a plain value ('abc', 12, None, True); objects as
 * "<object N>" (the snapshot gives them titles). */
char       *rs_snapshot_repr_value (RsValue       value,
                                    RsAtomLookup  lookup,
                                    gpointer      user_data);

/* The title of @object: "Foo #3", "list #2", "class Foo", "function f". */
void        rs_snapshot_append_title (GString               *out,
                                      const RsReplicaObject *object,
                                      RsAtomLookup           lookup,
                                      gpointer               user_data);

G_END_DECLS
