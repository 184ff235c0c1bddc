/* rs-replica.c: the replica's store: objects, frames, their slots and the dict index
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rs-replica-private.h"

#include <string.h>

/* Growing an array by doubling, zeroing the new part. */
static gpointer
grow_array (gpointer  array,
            guint32  *cap,
            guint32   needed,
            gsize     elem_size)
{
  guint32 new_cap = MAX (*cap, 8);

  if (needed <= *cap)
    return array;
  while (new_cap < needed)
    new_cap *= 2;
  array = g_realloc_n (array, new_cap, elem_size);
  memset ((char *) array + (gsize) *cap * elem_size, 0, (gsize) (new_cap - *cap) * elem_size);
  *cap = new_cap;
  return array;
}

RsReplicaObject *
rs_replica_object_at (RsReplica *self,
                      RsObjId    id)
{
  if (id >= self->n_objects)
    {
      self->objects = grow_array (self->objects, &self->cap_objects, id + 1, sizeof (RsReplicaObject));
      self->n_objects = id + 1;
    }
  return &self->objects[id];
}

RsReplicaFrame *
rs_replica_frame_at (RsReplica *self,
                     RsFrameId  id)
{
  if (id >= self->n_frames)
    {
      self->frames = grow_array (self->frames, &self->cap_frames, id + 1, sizeof (RsReplicaFrame));
      self->n_frames = id + 1;
    }
  return &self->frames[id];
}

RsReplica *
rs_replica_new (void)
{
  RsReplica *self = g_new0 (RsReplica, 1);
  RsFrameId global = RS_GLOBAL_FRAME;

  self->stack = g_array_new (FALSE, FALSE, sizeof (RsFrameId));
  rs_replica_frame_at (self, RS_GLOBAL_FRAME)->state = RS_REPLICA_ALIVE;
  g_array_append_val (self->stack, global);
  self->n_objects = 1;
  self->objects = grow_array (NULL, &self->cap_objects, 1, sizeof (RsReplicaObject));
  return self;
}

static void
slots_copy (RsReplicaSlots *slots)
{
  slots->slots = slots->n_slots ? g_memdup2 (slots->slots, slots->n_slots * sizeof (RsReplicaSlot)) : NULL;
  slots->cap_slots = slots->n_slots;
}

RsReplica *
rs_replica_copy (const RsReplica *self)
{
  RsReplica *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->observer = NULL;
  copy->objects = g_memdup2 (self->objects, (gsize) self->cap_objects * sizeof (RsReplicaObject));
  copy->frames = g_memdup2 (self->frames, (gsize) self->cap_frames * sizeof (RsReplicaFrame));
  for (guint32 i = 0; i < self->n_objects; i++)
    {
      slots_copy (&copy->objects[i].attrs);
      slots_copy (&copy->objects[i].items);
      copy->objects[i].index = NULL;
    }
  for (guint32 i = 0; i < self->n_frames; i++)
    slots_copy (&copy->frames[i].names);
  copy->stack = g_array_copy (self->stack);
  return copy;
}

void
rs_replica_free (RsReplica *self)
{
  if (self == NULL)
    return;
  for (guint32 i = 0; i < self->n_objects; i++)
    {
      g_free (self->objects[i].attrs.slots);
      g_free (self->objects[i].items.slots);
      g_clear_pointer (&self->objects[i].index, g_hash_table_unref);
    }
  for (guint32 i = 0; i < self->n_frames; i++)
    g_free (self->frames[i].names.slots);
  g_free (self->objects);
  g_free (self->frames);
  g_array_unref (self->stack);
  g_free (self);
}

void
rs_replica_set_observer (RsReplica               *self,
                         const RsReplicaObserver *observer)
{
  g_return_if_fail (self != NULL);
  self->observer = observer;
}

/* Slots */

static RsReplicaSlot *
slots_find_last (RsReplicaSlots *slots,
                 RsValue         key)
{
  for (guint32 i = slots->n_slots; i > 0; i--)
    if (slots->slots[i - 1].key == key)
      return &slots->slots[i - 1];
  return NULL;
}

void
rs_replica_slots_insert (RsReplica      *self,
                         RsReplicaSlots *slots,
                         guint32         index,
                         RsValue         key,
                         RsValue         value,
                         guint32         flags)
{
  RsReplicaSlot *slot;

  index = MIN (index, slots->n_slots);
  slots->slots = grow_array (slots->slots, &slots->cap_slots, slots->n_slots + 1, sizeof (RsReplicaSlot));
  slot = &slots->slots[index];
  memmove (slot + 1, slot, (slots->n_slots - index) * sizeof (RsReplicaSlot));
  *slot = (RsReplicaSlot) { key, value, flags, 0 };
  slots->n_slots++;
  self->n_slots++;
}

void
rs_replica_slots_remove (RsReplica      *self,
                         RsReplicaSlots *slots,
                         guint32         index)
{
  if (index >= slots->n_slots)
    {
      g_critical ("slot %u out of range (%u)", index, slots->n_slots);
      return;
    }
  memmove (&slots->slots[index], &slots->slots[index + 1],
           (slots->n_slots - index - 1) * sizeof (RsReplicaSlot));
  slots->n_slots--;
  self->n_slots--;
}

/* Attributes and names: a slot per key, kept (as a tombstone) when the key
 * is deleted, so that the first-store order survives undo and redo. */
void
rs_replica_keyed_set (RsReplica      *self,
                      RsReplicaSlots *slots,
                      RsValue         key,
                      RsValue         value,
                      guint32         flags)
{
  RsReplicaSlot *slot = slots_find_last (slots, key);

  if (slot == NULL)
    rs_replica_slots_insert (self, slots, slots->n_slots, key, value, flags & RS_EVENT_HIDDEN);
  else
    slot->value = value;
}

/* Dicts: entries in insertion order; a removed key leaves a tombstone so
 * that undoing the removal restores its place, a new key is appended. */

/* Big dicts get an index from key to their last entry, built on demand
 * (a copy starts without one); each entry of an indexed dict links to the
 * previous entry with the same key (in reserved), so that undoing an
 * append can restore the index. */
#define DICT_INDEX_MIN 64

static RsReplicaSlot *
dict_scan (RsReplicaSlots *items,
           RsValue         key)
{
  key = rs_replica_dict_norm (key);
  for (guint32 i = items->n_slots; i > 0; i--)
    if (rs_replica_dict_norm (items->slots[i - 1].key) == key)
      return &items->slots[i - 1];
  return NULL;
}

static void
dict_build_index (RsReplicaObject *object)
{
  RsReplicaSlots *items = &object->items;

  object->index = g_hash_table_new (g_direct_hash, NULL);
  for (guint32 i = 0; i < items->n_slots; i++)
    {
      gpointer key = (gpointer) (guintptr) rs_replica_dict_norm (items->slots[i].key);

      items->slots[i].reserved = GPOINTER_TO_UINT (g_hash_table_lookup (object->index, key));
      g_hash_table_insert (object->index, key, GUINT_TO_POINTER (i + 1));
    }
}

static gboolean
dict_indexed (RsReplicaObject *object)
{
  /* Keys go into pointers: only where they fit. */
  if (GLIB_SIZEOF_VOID_P < 8)
    return FALSE;
  if (object->index == NULL && object->items.n_slots >= DICT_INDEX_MIN)
    dict_build_index (object);
  return object->index != NULL;
}

RsReplicaSlot *
rs_replica_dict_find_last (RsReplicaObject *object,
                           RsValue          key)
{
  guint position;

  if (!dict_indexed (object))
    return dict_scan (&object->items, key);
  position = GPOINTER_TO_UINT (g_hash_table_lookup (object->index,
                                                    (gpointer) (guintptr) rs_replica_dict_norm (key)));
  return position > 0 ? &object->items.slots[position - 1] : NULL;
}

RsReplicaSlot *
rs_replica_dict_find_live (RsReplicaObject *object,
                           RsValue          key)
{
  RsReplicaSlot *slot = rs_replica_dict_find_last (object, key);

  return slot != NULL && slot->value != RS_VALUE_ABSENT ? slot : NULL;
}

void
rs_replica_dict_append (RsReplica       *self,
                        RsReplicaObject *object,
                        RsValue          key,
                        RsValue          value)
{
  RsReplicaSlots *items = &object->items;
  gboolean indexed = dict_indexed (object);
  guint previous = 0;

  if (indexed)
    previous = GPOINTER_TO_UINT (g_hash_table_lookup (object->index,
                                                      (gpointer) (guintptr) rs_replica_dict_norm (key)));
  rs_replica_slots_insert (self, items, items->n_slots, key, value, 0);
  items->slots[items->n_slots - 1].reserved = previous;
  if (indexed)
    g_hash_table_insert (object->index, (gpointer) (guintptr) rs_replica_dict_norm (key),
                         GUINT_TO_POINTER (items->n_slots));
}

void
rs_replica_dict_pop (RsReplica       *self,
                     RsReplicaObject *object)
{
  RsReplicaSlots *items = &object->items;
  RsReplicaSlot *last = &items->slots[items->n_slots - 1];

  gpointer key = (gpointer) (guintptr) rs_replica_dict_norm (last->key);

  if (object->index != NULL && last->reserved > 0)
    g_hash_table_insert (object->index, key, GUINT_TO_POINTER (last->reserved));
  else if (object->index != NULL)
    g_hash_table_remove (object->index, key);
  rs_replica_slots_remove (self, items, items->n_slots - 1);
}

/* Accessors */

RsObjId
rs_replica_get_max_object_id (const RsReplica *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_objects - 1;
}

const RsReplicaObject *
rs_replica_get_object (const RsReplica *self,
                       RsObjId          id)
{
  g_return_val_if_fail (self != NULL, NULL);
  return id > 0 && id < self->n_objects ? &self->objects[id] : NULL;
}

const RsReplicaFrame *
rs_replica_get_frame (const RsReplica *self,
                      RsFrameId        id)
{
  g_return_val_if_fail (self != NULL, NULL);
  return id > 0 && id < self->n_frames ? &self->frames[id] : NULL;
}

const RsFrameId *
rs_replica_get_stack (const RsReplica *self,
                      guint           *n_frames)
{
  g_return_val_if_fail (self != NULL && n_frames != NULL, NULL);
  *n_frames = self->stack->len;
  return (const RsFrameId *) (gpointer) self->stack->data;
}

guint
rs_replica_get_n_alive (const RsReplica *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_alive;
}

gsize
rs_replica_get_weight (const RsReplica *self)
{
  g_return_val_if_fail (self != NULL, 0);
  /* Dead records cost a memcpy; live ones a loop step and their slots. */
  return self->n_objects / 8 + self->n_alive + self->n_frames + self->n_slots / 4 + 64;
}

gsize
rs_replica_get_size (const RsReplica *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return sizeof *self + (gsize) self->cap_objects * sizeof (RsReplicaObject)
         + (gsize) self->cap_frames * sizeof (RsReplicaFrame) + self->n_slots * sizeof (RsReplicaSlot);
}

gsize
rs_replica_get_n_slots (const RsReplica *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_slots;
}
