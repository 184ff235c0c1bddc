/* rs-replica-private.h: the replica's store, shared by its two files
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * rs-replica.c keeps the objects, frames and slots (and the index of big
 * dicts); rs-replica-apply.c changes them, event by event, forward and
 * back, and tells the observer.
 */
#pragma once

#include "rs-replica.h"

G_BEGIN_DECLS

struct _RsReplica
{
  RsReplicaObject *objects;    /* [0] unused */
  guint32          n_objects;  /* max id + 1 */
  guint32          cap_objects;
  RsReplicaFrame  *frames;     /* [0] unused, [1] the global frame */
  guint32          n_frames;
  guint32          cap_frames;
  GArray          *stack;      /* RsFrameId, the global frame first */
  guint            n_alive;
  gsize            n_slots;    /* slots of every object and frame, tombstones too */
  const RsReplicaObserver *observer;  /* not owned */
};

/* The record of @id, growing the array up to it. */
RsReplicaObject *rs_replica_object_at      (RsReplica       *self,
                                            RsObjId          id);
RsReplicaFrame  *rs_replica_frame_at       (RsReplica       *self,
                                            RsFrameId        id);

void             rs_replica_slots_insert   (RsReplica       *self,
                                            RsReplicaSlots  *slots,
                                            guint32          index,
                                            RsValue          key,
                                            RsValue          value,
                                            guint32          flags);
void             rs_replica_slots_remove   (RsReplica       *self,
                                            RsReplicaSlots  *slots,
                                            guint32          index);
void             rs_replica_keyed_set      (RsReplica       *self,
                                            RsReplicaSlots  *slots,
                                            RsValue          key,
                                            RsValue          value,
                                            guint32          flags);

/* True and 1 (False and 0) are the same key, as in Python. */
static inline RsValue
rs_replica_dict_norm (RsValue key)
{
  if (key == RS_VALUE_TRUE)
    return rs_value_int (1);
  if (key == RS_VALUE_FALSE)
    return rs_value_int (0);
  return key;
}

/* A dict's last entry for @key, a tombstone or not; NULL if none. */
RsReplicaSlot   *rs_replica_dict_find_last (RsReplicaObject *object,
                                            RsValue          key);
/* Its entry for @key that holds a value; NULL if none. */
RsReplicaSlot   *rs_replica_dict_find_live (RsReplicaObject *object,
                                            RsValue          key);
void             rs_replica_dict_append    (RsReplica       *self,
                                            RsReplicaObject *object,
                                            RsValue          key,
                                            RsValue          value);
/* Drops the last entry (undoing an append). */
void             rs_replica_dict_pop       (RsReplica       *self,
                                            RsReplicaObject *object);

G_END_DECLS
