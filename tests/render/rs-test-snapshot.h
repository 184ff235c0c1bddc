/* rs-test-snapshot.h: hand-built snapshots for the render tests
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builds an RsSnapshot from calls in the order the struct stores them, so
 * the render tests do not depend on a running session.  Free the result
 * with rs_test_snapshot_free(), not rs_snapshot_unref().
 */
#pragma once

#include "rs-snapshot.h"

typedef struct _RsTestBuilder RsTestBuilder;

RsTestBuilder *rs_test_builder_new    (guint          step,
                                       guint          line,
                                       const char    *source_line);
/* Frames and objects take the slots added after them. */
void           rs_test_builder_frame  (RsTestBuilder *b,
                                       RsFrameId      id,
                                       const char    *name);
void           rs_test_builder_object (RsTestBuilder *b,
                                       RsObjId        id,
                                       guint          number,
                                       RsObjKind      kind,
                                       const char    *type_name,
                                       const char    *title,
                                       guint          refcount,
                                       guint          flags,
                                       guint          cycle);
void           rs_test_builder_ref    (RsTestBuilder *b,
                                       const char    *label,
                                       RsSlotKind     kind,
                                       RsObjId        target,
                                       guint          flags);
void           rs_test_builder_plain  (RsTestBuilder *b,
                                       const char    *label,
                                       const char    *text);
RsSnapshot    *rs_test_builder_finish (RsTestBuilder *b);
void           rs_test_snapshot_free  (RsSnapshot    *snapshot);

/* Ready-made states. */
RsSnapshot    *rs_test_snapshot_cycle_leak   (void);  /* seed_cycle_leak.py at the end */
RsSnapshot    *rs_test_snapshot_weakref      (gboolean dead);
RsSnapshot    *rs_test_snapshot_containers   (void);  /* list, dict, a leak hanging off a cycle */
/* A chain of @n objects from the global name "head", for layout timing */
RsSnapshot    *rs_test_snapshot_chain        (guint n,
                                              guint step);
