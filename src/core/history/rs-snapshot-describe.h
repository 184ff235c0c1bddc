/* rs-snapshot-describe.h: an object of a snapshot in words, for the tooltip and the inspector
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rs-snapshot.h"

G_BEGIN_DECLS

/* "list", or "instance of a class of the script, number 2 in the trace". */
char  *rs_snapshot_describe_type     (const RsSnapObject *object);
/* Why the object lives, or that it is leaked and what frees it; "finalized"
 * only once its `__del__` has returned. */
char  *rs_snapshot_describe_status   (const RsSnapshot   *snapshot,
                                      const RsSnapObject *object);
/* Its refcount and who holds it: "refcount 3 = a, l[0], b.friend"; NULL
 * when @id is not alive in @self. */
char  *rs_snapshot_describe_refcount (const RsSnapshot   *self,
                                      RsObjId             id);
/* The strong holders of @id, as the ledger names them (*n_out entries;
 * NULL when none). */
const RsSnapReferrer *rs_snapshot_describe_holders (const RsSnapshot *self,
                                                    RsObjId           id,
                                                    guint            *n_out);
/* Its weak referrers ("w, cache['k']"), or "none". */
char  *rs_snapshot_describe_weak     (const RsSnapshot   *snapshot,
                                      const RsSnapObject *object);
/* The short text of the canvas tooltip: title, refcount ledger and
 * state; NULL when @id is not alive in @snapshot. */
char  *rs_snapshot_describe_object   (const RsSnapshot   *snapshot,
                                      RsObjId             id);

G_END_DECLS
