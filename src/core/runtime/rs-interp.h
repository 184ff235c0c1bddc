/* rs-interp.h: runs session scripts on the reference-counted heap
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * RsInterp executes RsModule statements the way CPython 3.11 does (with the
 * automatic cycle collector off) and reports every change of its heap to an
 * RsEventSink (see rs-event.h).  It keeps its state between runs, so more
 * statements can be run after the first module (the app's edits).
 */
#pragma once

#include <glib.h>
#include "rs-ast.h"
#include "rs-atoms.h"
#include "rs-event.h"
#include "rs-heap.h"

G_BEGIN_DECLS

typedef struct _RsInterp RsInterp;

typedef enum {
  RS_RUN_OK,          /* ran to the end */
  RS_RUN_ERROR,       /* a runtime error stopped it (an RS_EV_ERROR was emitted) */
  RS_RUN_STEP_LIMIT,  /* the step limit stopped it (reported as an error too) */
  RS_RUN_REJECTED,    /* it did what is outside the subset; nothing was emitted
                       * from there on (see rs_interp_get_rejection) */
} RsRunResult;

/* @atoms and @sink must outlive the interpreter. */
RsInterp   *rs_interp_new            (RsAtoms           *atoms,
                                      const RsEventSink *sink);
void        rs_interp_free           (RsInterp          *self);
void        rs_interp_set_step_limit (RsInterp          *self,
                                      guint64            limit);
/* The kinds of event the sink gets (bit k: RsEventKind k; rs_heap_set_event_mask) */
void        rs_interp_set_event_mask (RsInterp          *self,
                                      guint32            kinds);
/* The heap budget (rs-interp-budget.c): past @bytes (objects, strings)
 * or @objects living objects the script gets MemoryError; 0: no limit */
void        rs_interp_set_heap_budget (RsInterp         *self,
                                       guint64           bytes,
                                       guint64           objects);
/* A quarter of the memory, at most half of what RLIMIT_AS and
 * RLIMIT_DATA allow; the object limit that goes with @bytes */
guint64     rs_interp_default_heap_bytes   (void);
guint64     rs_interp_default_object_limit (guint64 bytes);
/* The limit the last MemoryError of the budget passed
 * (RS_HEAP_LIMIT_NONE: none was raised) */
RsHeapLimit rs_interp_get_memory_limit_hit (RsInterp        *self);
/* Runs @module's statements at module level.  @module must outlive the
 * interpreter (functions keep pointers into it).  After RS_RUN_ERROR,
 * RS_RUN_STEP_LIMIT or RS_RUN_REJECTED the interpreter refuses to run more. */
RsRunResult rs_interp_run            (RsInterp          *self,
                                      const RsModule    *module);
/* Trace numbers of the traced objects alive now, ascending: reachable from
 * the module's names, and leaked (alive but unreachable). */
void        rs_interp_get_alive      (RsInterp          *self,
                                      GArray            *reachable,
                                      GArray            *leaked);
/* The refcount the heap holds for an object (for consistency checks). */
guint       rs_interp_get_refcount   (RsInterp          *self,
                                      RsObjId            id);
guint64     rs_interp_get_n_steps    (RsInterp          *self);
/* After RS_RUN_REJECTED: where (1-based, the column of the call) and why;
 * FALSE and zeros otherwise. */
gboolean    rs_interp_get_rejection  (RsInterp          *self,
                                      guint             *line,
                                      guint             *column,
                                      const char       **message);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsInterp, rs_interp_free)

G_END_DECLS
