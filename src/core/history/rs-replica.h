/* rs-replica.h: the heap rebuilt from events alone
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An RsReplica is the state a stream of RsEvents describes: objects with
 * their slots in display order, refcounts and temporaries, the frame stack
 * and the weak references.  Every event can be applied and undone, so a
 * cursor moves through time in steps proportional to the changes it
 * crosses.  Objects and frames live in plain arrays indexed by id (ids are
 * never reused), with no allocation per object beyond its slot arrays.
 */
#pragma once

#include <glib.h>
#include "rs-event.h"

G_BEGIN_DECLS

typedef struct _RsReplica RsReplica;

typedef enum {
  RS_REPLICA_UNBORN = 0,
  RS_REPLICA_ALIVE  = 1,
  RS_REPLICA_FREED  = 2,
} RsReplicaState;

typedef enum {
  RS_REPLICA_WEAK_NONE = 0,  /* not a weakref, or its referent not set yet */
  RS_REPLICA_WEAK_LIVE = 1,
  RS_REPLICA_WEAK_DEAD = 2,
} RsReplicaWeakState;

/* One slot: an attribute or a name (key: atom), a list cell (key unused) or
 * a dict entry (key: the key value).  An absent value is a tombstone: the
 * slot keeps its place so that undoing a deletion puts it back there. */
typedef struct {
  RsValue  key;
  RsValue  value;
  guint32  flags;   /* RsEventFlags: RS_EVENT_HIDDEN */
  guint32  reserved;  /* private */
} RsReplicaSlot;

typedef struct {
  RsReplicaSlot *slots;
  guint32        n_slots;
  guint32        cap_slots;
} RsReplicaSlots;

typedef struct {
  guint8         kind;        /* RsObjKind */
  guint8         state;       /* RsReplicaState */
  guint8         finalized;
  guint8         weak_state;  /* RsReplicaWeakState */
  guint32        type_atom;
  guint32        number;      /* trace number, 0 when untraced */
  guint32        refs;        /* references held by slots and frames */
  guint32        temps;       /* temporary references */
  RsObjId        weak_referent;
  RsReplicaSlots attrs;       /* attributes and hidden references, first-store order */
  RsReplicaSlots items;       /* list cells, dict entries */
  GHashTable    *index;       /* big dicts: key -> last entry + 1 (private) */
} RsReplicaObject;

typedef struct {
  guint8         state;       /* RsReplicaState */
  guint32        name_atom;
  guint32        line;        /* the line this frame is at */
  RsValue        function;
  RsReplicaSlots names;       /* first-binding order */
} RsReplicaFrame;

RsReplica             *rs_replica_new            (void);
RsReplica             *rs_replica_copy           (const RsReplica *self);
void                   rs_replica_free           (RsReplica       *self);

/* @payload is the event's payload (RS_EV_CLEAR, KEY_SET, KEY_REMOVE). */
void                   rs_replica_apply          (RsReplica       *self,
                                                  const RsEvent   *event,
                                                  const RsValue   *payload,
                                                  guint            n_payload);
void                   rs_replica_undo           (RsReplica       *self,
                                                  const RsEvent   *event,
                                                  const RsValue   *payload,
                                                  guint            n_payload);

/* What a replica tells its observer (the analysis is one) while it
 * applies and undoes events; the replica knows nothing of who listens.
 * This is the hot path: a function call per reference change, no more.
 * A reference is held by an object, or by a root (a frame or a temporary)
 * when @holder is 0. */
typedef struct {
  void   (*gain)   (gpointer         user_data,
                    const RsReplica *replica,
                    RsObjId          holder,
                    RsObjId          target);
  /* @moved: in the same event, @target has just gained a reference from
   * @to (0: a root) in place of this one. */
  void   (*loss)   (gpointer         user_data,
                    const RsReplica *replica,
                    RsObjId          holder,
                    RsObjId          target,
                    gboolean         moved,
                    RsObjId          to);
  void   (*alloc)  (gpointer         user_data,
                    RsObjId          id);
  /* @id is gone: freed, or its allocation undone. */
  void   (*free)   (gpointer         user_data,
                    RsObjId          id);
  /* A freed object is alive again: its FREE was undone. */
  void   (*revive) (gpointer         user_data,
                    RsObjId          id);
  gpointer user_data;
} RsReplicaObserver;

/* @observer (may be NULL) is not copied: it must stay valid while set.  A
 * copy of the replica starts without one. */
void                   rs_replica_set_observer   (RsReplica               *self,
                                                  const RsReplicaObserver *observer);

/* Ids 1 .. get_max_object_id; an id never allocated is UNBORN. */
RsObjId                rs_replica_get_max_object_id (const RsReplica *self);
const RsReplicaObject *rs_replica_get_object     (const RsReplica *self,
                                                  RsObjId          id);
const RsReplicaFrame  *rs_replica_get_frame      (const RsReplica *self,
                                                  RsFrameId        id);
/* The live frames, the global frame first. */
const RsFrameId       *rs_replica_get_stack      (const RsReplica *self,
                                                  guint           *n_frames);
guint                  rs_replica_get_n_alive    (const RsReplica *self);
/* What a copy costs, in units comparable to one applied event. */
gsize                  rs_replica_get_weight     (const RsReplica *self);
/* Slots of all objects and frames, tombstones included. */
gsize                  rs_replica_get_n_slots    (const RsReplica *self);
/* Roughly the bytes a copy takes. */
gsize                  rs_replica_get_size       (const RsReplica *self);

static inline guint
rs_replica_object_refcount (const RsReplicaObject *object)
{
  return object->refs + object->temps;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsReplica, rs_replica_free)

G_END_DECLS
