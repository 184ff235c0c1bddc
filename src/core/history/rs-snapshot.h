/* rs-snapshot.h: the state of a session at one step, as plain data
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An RsSnapshot is what the layout, the drawing, the exports and the
 * inspector read.  It owns all its memory (no pointers into the session),
 * so it can be handed to the layout thread.  It is immutable and
 * reference counted: rs_snapshot_ref() from any thread.
 */
#pragma once

#include <glib.h>
#include "rs-event.h"

G_BEGIN_DECLS

typedef enum {
  RS_SNAP_REACHABLE = 1 << 0,  /* reachable from the frames' names */
  RS_SNAP_LEAKED    = 1 << 1,  /* alive but unreachable */
  RS_SNAP_IN_CYCLE  = 1 << 2,  /* leaked and part of a strongly connected component
                                * with a cycle (a self-reference counts) */
  RS_SNAP_FINALIZED = 1 << 3,  /* its `del` line has happened (resurrected or pending) */
  RS_SNAP_NEW       = 1 << 4,  /* allocated during this step */
  RS_SNAP_TRACED    = 1 << 5,  /* numbered in the trace (instance, list, dict) */
  RS_SNAP_INTERNAL  = 1 << 6,  /* a weak container's own weak reference: drawn as
                                * the container's weak slot to its referent */
} RsSnapObjectFlags;

typedef enum {
  RS_SLOT_PLAIN,      /* a plain value, shown inline: text */
  RS_SLOT_STRONG,     /* a strong reference to target */
  RS_SLOT_WEAK,       /* a live weak reference (a weakref object) to target */
  RS_SLOT_WEAK_DEAD,  /* a weakref object whose referent is gone */
} RsSlotKind;

typedef enum {
  RS_SLOT_FLAG_HIDDEN   = 1 << 0,  /* a reference CPython keeps out of sight:
                                    * an instance's class, an iterator's list,
                                    * a temporary; drawn only on request */
  RS_SLOT_FLAG_IN_CYCLE = 1 << 1,  /* an edge inside a leaked cycle (both ends
                                    * in the same leaked SCC) */
} RsSlotFlags;

typedef struct {
  char       *label;      /* "friend", "0", "'k'", a frame's local name */
  char       *text;       /* RS_SLOT_PLAIN: the value's repr ("1", "'abc'", "None",
                           * "function f"); otherwise NULL */
  RsSlotKind  kind;
  guint       flags;      /* RsSlotFlags */
  RsObjId     target;     /* STRONG/WEAK: the object; WEAK_DEAD: 0 */
  RsObjId     via;        /* WEAK/WEAK_DEAD: the weakref object holding it */
} RsSnapSlot;

typedef struct {
  RsObjId     id;         /* stable for the object's whole life */
  guint       number;     /* trace number N (0 for untraced kinds) */
  RsObjKind   kind;
  char       *type_name;  /* "Foo", "list", "dict", "class", "bound method", "iterator" */
  char       *title;      /* "Foo #3", "list #2", "class Foo", "Foo.method" */
  guint       refcount;   /* exact CPython refcount (what sys.getrefcount - 1 says) */
  guint       n_temporaries; /* how many of refcount are evaluation temporaries */
  guint       flags;      /* RsSnapObjectFlags */
  guint       cycle;      /* leaked SCC index (1-based) or 0 */
  guint       first_slot; /* into slots[] */
  guint       n_slots;
  guint       first_weak_referrer;   /* into referrers[]: weakref objects pointing here */
  guint       n_weak_referrers;
} RsSnapObject;

typedef struct {
  RsFrameId   id;
  char       *name;       /* "Global frame", "func", "Foo.__init__" */
  guint       line;       /* the line this frame is at */
  guint       first_slot; /* into slots[]: its names, in binding order */
  guint       n_slots;
} RsSnapFrame;

/* One holder of a strong reference to an object, for the inspector's ledger
 * ("refcount 3 = a, l[0], b.friend"). */
typedef struct {
  RsObjId     object;     /* the referenced object */
  RsObjId     holder;     /* holding object, or 0 for a frame */
  RsFrameId   frame;      /* holding frame, or 0 */
  char       *label;      /* "a", "l[0]", "b.friend", "(temporary)" */
} RsSnapReferrer;

typedef struct _RsSnapshot RsSnapshot;
struct _RsSnapshot
{
  /* private */
  gint            ref_count;

  /* public, read-only */
  guint           step;       /* 0 = before the first line */
  guint           line;       /* the line of this step (0 at step 0) */
  char           *source_line;/* that line's text, trimmed (for captions) */

  RsSnapObject   *objects;    /* live objects, ascending id */
  guint           n_objects;
  RsSnapSlot     *slots;
  guint           n_slots;
  RsSnapFrame    *frames;     /* [0] is the global frame, then call frames outermost first */
  guint           n_frames;
  RsSnapReferrer *referrers;  /* strong holders grouped by object (ascending object id),
                               * then weak referrers for first_weak_referrer */
  guint           n_referrers;
  guint           n_cycles;   /* leaked SCCs with a cycle */

  RsObjId        *freed;      /* objects freed during this step (for fade-out) */
  guint           n_freed;
  guint           n_strong_referrers; /* referrers[0 .. n_strong_referrers) are strong */
  gboolean        mid_step;   /* the state inside @step, not at its end (a collector's phase) */

  /* private: every string above lives here */
  GStringChunk   *strings;
};

RsSnapshot         *rs_snapshot_ref         (RsSnapshot *self);
void                rs_snapshot_unref       (RsSnapshot *self);
/* Binary search by id; NULL when not alive at this step. */
const RsSnapObject *rs_snapshot_find_object (const RsSnapshot *self,
                                             RsObjId           id);

/* Whether two snapshots show the same state (step, objects, slots, frames,
 * referrers, flags and freed list). */
gboolean            rs_snapshot_equal       (const RsSnapshot *a,
                                             const RsSnapshot *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsSnapshot, rs_snapshot_unref)

G_END_DECLS
