/* rs-gc-phases.h: one gc.collect(), phase by phase
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What CPython's collector does inside one collection (Modules/gcmodule.c,
 * gc_collect_main), worked out from the recorded heap at the moment the
 * collection starts and from the events it made: every examined object's
 * gc_refs starts at its reference count; the references from inside the
 * examined set are subtracted; what is left at 0 moves, tentatively, to the
 * unreachable list; what an object still referenced from outside reaches
 * moves back; the weak references to the garbage are cleared and their
 * callbacks run; the finalizers run; what they resurrected survives; the
 * rest is cleared and freed.  The view shows each phase as a sub-step.
 */
#pragma once

#include <glib.h>
#include "rs-event.h"
#include "rs-timeline.h"

G_BEGIN_DECLS

typedef enum {
  RS_GC_PHASE_REFS,       /* gc_refs = the reference count of each examined object */
  RS_GC_PHASE_SUBTRACT,   /* minus the references from examined objects */
  RS_GC_PHASE_TENTATIVE,  /* gc_refs 0: moved to the tentatively unreachable list */
  RS_GC_PHASE_MOVE_BACK,  /* what a referenced-from-outside object reaches moves back */
  RS_GC_PHASE_LEGACY,     /* legacy finalizers (tp_del): a script has none */
  RS_GC_PHASE_WEAKREFS,   /* weak references to the garbage cleared, callbacks run */
  RS_GC_PHASE_FINALIZE,   /* each garbage object's __del__, once (PEP 442) */
  RS_GC_PHASE_RESURRECT,  /* what the finalizers made reachable again survives */
  RS_GC_PHASE_FREE,       /* tp_clear on the rest: reference counting frees it */
  RS_GC_N_PHASES
} RsGcPhaseKind;

typedef enum {
  RS_GC_LIST_YOUNG,        /* in the list being collected (reachable, as far as known) */
  RS_GC_LIST_UNREACHABLE,  /* in the unreachable list */
} RsGcList;

/* One examined object in one phase. */
typedef struct {
  RsObjId id;
  gint32  gc_refs;   /* its gc_refs in this phase; -1 once the phase no longer uses them */
  guint8  list;      /* RsGcList */
} RsGcObject;

typedef struct {
  RsGcPhaseKind kind;
  guint64     pos;         /* the picture: the state after the first @pos events */
  RsGcObject *objects;     /* the examined objects, ascending id */
  guint       n_objects;
  /* what the phase did: REFS the objects examined, SUBTRACT the references
   * subtracted, TENTATIVE and MOVE_BACK the objects moved, WEAKREFS the
   * weak references cleared, FINALIZE the finalizers run, RESURRECT the
   * objects that survived, FREE the objects freed */
  guint       count;
  /* FINALIZE: the garbage reference counting freed while the finalizers
   * ran (a __del__ that broke the cycle); 0 in the other phases */
  guint       n_freed;
} RsGcPhase;

#define RS_GC_UNTRACKED 0xff

typedef struct {
  guint     generation;   /* 0, 1, or 2 for gc.collect() */
  /* by object id (below n_generations): the generation each object the
   * collector tracks is in when the collection starts (0 young .. 2 old),
   * RS_GC_UNTRACKED for the others (gone, untracked, being destroyed) */
  guint8   *generations;
  guint     n_generations;
  guint64   start;        /* the GC_START event */
  guint64   end;          /* the GC_END event */
  RsObjId  *unreachable;  /* the unreachable list found, in the collector's order */
  guint     n_unreachable;
  RsGcPhase phases[RS_GC_N_PHASES];
} RsGcPhases;

/* The phases of the @nth collection (0-based) that starts in @step and
 * examines something, or NULL when there is none (a gc.collect() from a
 * finalizer of a running collection does nothing). */
RsGcPhases *rs_timeline_get_gc_phases  (RsTimeline *self,
                                        guint       step,
                                        guint       nth);
void        rs_gc_phases_free          (RsGcPhases *phases);
/* The generation @id is in when the collection starts, or RS_GC_UNTRACKED. */
guint             rs_gc_phases_generation_of (const RsGcPhases *phases,
                                              RsObjId           id);
/* Binary search; NULL when @id is not examined. */
const RsGcObject *rs_gc_phase_find     (const RsGcPhase *phase,
                                        RsObjId          id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsGcPhases, rs_gc_phases_free)

G_END_DECLS
