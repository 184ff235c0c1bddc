/* rs-replica.c: the heap rebuilt from events alone
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rs-replica.h"

#include <string.h>

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

static RsReplicaObject *
object_at (RsReplica *self,
           RsObjId    id)
{
  if (id >= self->n_objects)
    {
      self->objects = grow_array (self->objects, &self->cap_objects, id + 1, sizeof (RsReplicaObject));
      self->n_objects = id + 1;
    }
  return &self->objects[id];
}

static RsReplicaFrame *
frame_at (RsReplica *self,
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
  frame_at (self, RS_GLOBAL_FRAME)->state = RS_REPLICA_ALIVE;
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

/* Reference accounting */

static RsReplicaObject *
value_object (RsReplica *self,
              RsValue    value)
{
  RsObjId id;

  if (!RS_VALUE_IS_OBJECT (value))
    return NULL;
  id = RS_VALUE_OBJECT_ID (value);
  if (id == 0 || id >= self->n_objects)
    {
      g_critical ("event names object %u, never allocated", id);
      return NULL;
    }
  return &self->objects[id];
}

/* Where a lost reference went in the same event, if anywhere: to a
 * temporary, or from one into a slot of the event's holder. */
typedef enum {
  MOVED_NOWHERE,
  MOVED_TO_TEMP,
  MOVED_TO_HOLDER,
} Moved;

/* @value gains (@delta 1) or loses (-1) a reference held by @holder (0: a
 * frame), a temporary one when @temp. */
static void
adjust (RsReplica *self,
        RsObjId    holder,
        RsValue    value,
        int        delta,
        gboolean   temp,
        Moved      moved)
{
  RsReplicaObject *object = value_object (self, value);
  const RsReplicaObserver *observer = self->observer;
  guint32 *count;

  if (object == NULL)
    return;
  count = temp ? &object->temps : &object->refs;
  if (delta < 0 && *count == 0)
    {
      g_critical ("object %u: %s count below zero", RS_VALUE_OBJECT_ID (value),
                  temp ? "temporary" : "reference");
      return;
    }
  *count += delta;
  if (observer == NULL)
    return;
  if (delta > 0)
    observer->gain (observer->user_data, self, temp ? 0 : holder, RS_VALUE_OBJECT_ID (value));
  else
    observer->loss (observer->user_data, self, temp ? 0 : holder, RS_VALUE_OBJECT_ID (value),
                    moved != MOVED_NOWHERE, moved == MOVED_TO_HOLDER ? holder : 0);
}

/* A store: @new gains a slot reference (and loses a temporary with
 * FROM_TEMP), @old loses its slot reference (or becomes a temporary with
 * OLD_TO_TEMP).  @dir -1 undoes it, in the reverse order. */
static void
account_store (RsReplica *self,
               RsObjId    holder,
               RsValue    old_value,
               RsValue    new_value,
               guint      flags,
               int        dir)
{
  if (dir > 0)
    {
      adjust (self, holder, new_value, 1, FALSE, MOVED_NOWHERE);
      if (flags & RS_EVENT_FROM_TEMP)
        adjust (self, holder, new_value, -1, TRUE, MOVED_TO_HOLDER);
      if (flags & RS_EVENT_OLD_TO_TEMP)
        adjust (self, holder, old_value, 1, TRUE, MOVED_NOWHERE);
      adjust (self, holder, old_value, -1, FALSE, flags & RS_EVENT_OLD_TO_TEMP ? MOVED_TO_TEMP : MOVED_NOWHERE);
    }
  else
    {
      adjust (self, holder, old_value, 1, FALSE, MOVED_NOWHERE);
      if (flags & RS_EVENT_OLD_TO_TEMP)
        adjust (self, holder, old_value, -1, TRUE, MOVED_TO_HOLDER);
      if (flags & RS_EVENT_FROM_TEMP)
        adjust (self, holder, new_value, 1, TRUE, MOVED_NOWHERE);
      adjust (self, holder, new_value, -1, FALSE, flags & RS_EVENT_FROM_TEMP ? MOVED_TO_TEMP : MOVED_NOWHERE);
    }
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

static void
slots_insert (RsReplica      *self,
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

static void
slots_remove (RsReplica      *self,
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
static void
keyed_set (RsReplica      *self,
           RsReplicaSlots *slots,
           RsValue         key,
           RsValue         value,
           guint32         flags)
{
  RsReplicaSlot *slot = slots_find_last (slots, key);

  if (slot == NULL)
    slots_insert (self, slots, slots->n_slots, key, value, flags & RS_EVENT_HIDDEN);
  else
    slot->value = value;
}

static RsReplicaObject *
holder_object (RsReplica     *self,
               const RsEvent *event)
{
  if (event->holder == 0 || event->holder >= self->n_objects
      || self->objects[event->holder].state != RS_REPLICA_ALIVE)
    {
      g_critical ("event %d names object %u, not alive", event->kind, event->holder);
      return NULL;
    }
  return &self->objects[event->holder];
}

static RsReplicaFrame *
holder_frame (RsReplica     *self,
              const RsEvent *event)
{
  if (event->holder == 0 || event->holder >= self->n_frames
      || self->frames[event->holder].state != RS_REPLICA_ALIVE)
    {
      g_critical ("event %d names frame %u, not alive", event->kind, event->holder);
      return NULL;
    }
  return &self->frames[event->holder];
}

/* Lists */

static void
list_event (RsReplica     *self,
            const RsEvent *event,
            int            dir)
{
  RsReplicaObject *object = holder_object (self, event);
  RsReplicaSlots *items;
  guint32 index = (guint32) event->key;
  gboolean insert;

  if (object == NULL)
    return;
  items = &object->items;
  if (event->kind == RS_EV_ITEM_SET)
    {
      if (index >= items->n_slots)
        {
          g_critical ("list %u: index %u out of range", event->holder, index);
          return;
        }
      items->slots[index].value = dir > 0 ? event->new_value : event->old_value;
    }
  else
    {
      insert = (event->kind == RS_EV_ITEM_INSERT) == (dir > 0);
      if (insert)
        slots_insert (self, items, index, 0,
                      event->kind == RS_EV_ITEM_INSERT ? event->new_value : event->old_value, 0);
      else
        slots_remove (self, items, index);
    }
  account_store (self, event->holder, event->old_value, event->new_value, event->flags, dir);
}

/* Dicts: entries in insertion order; a removed key leaves a tombstone so
 * that undoing the removal restores its place, a new key is appended. */

/* Big dicts get an index from key to their last entry, built on demand
 * (a copy starts without one); each entry of an indexed dict links to the
 * previous entry with the same key (in reserved), so that undoing an
 * append can restore the index. */
#define DICT_INDEX_MIN 64

/* True and 1 (False and 0) are the same key, as in Python. */
static RsValue
dict_norm (RsValue key)
{
  if (key == RS_VALUE_TRUE)
    return rs_value_int (1);
  if (key == RS_VALUE_FALSE)
    return rs_value_int (0);
  return key;
}

static RsReplicaSlot *
dict_scan (RsReplicaSlots *items,
           RsValue         key)
{
  key = dict_norm (key);
  for (guint32 i = items->n_slots; i > 0; i--)
    if (dict_norm (items->slots[i - 1].key) == key)
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
      gpointer key = (gpointer) (guintptr) dict_norm (items->slots[i].key);

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

static RsReplicaSlot *
dict_find_last (RsReplicaObject *object,
                RsValue          key)
{
  guint position;

  if (!dict_indexed (object))
    return dict_scan (&object->items, key);
  position = GPOINTER_TO_UINT (g_hash_table_lookup (object->index, (gpointer) (guintptr) dict_norm (key)));
  return position > 0 ? &object->items.slots[position - 1] : NULL;
}

static RsReplicaSlot *
dict_find_live (RsReplicaObject *object,
                RsValue          key)
{
  RsReplicaSlot *slot = dict_find_last (object, key);

  return slot != NULL && slot->value != RS_VALUE_ABSENT ? slot : NULL;
}

static void
dict_append (RsReplica       *self,
             RsReplicaObject *object,
             RsValue          key,
             RsValue          value)
{
  RsReplicaSlots *items = &object->items;
  gboolean indexed = dict_indexed (object);
  guint previous = 0;

  if (indexed)
    previous = GPOINTER_TO_UINT (g_hash_table_lookup (object->index, (gpointer) (guintptr) dict_norm (key)));
  slots_insert (self, items, items->n_slots, key, value, 0);
  items->slots[items->n_slots - 1].reserved = previous;
  if (indexed)
    g_hash_table_insert (object->index, (gpointer) (guintptr) dict_norm (key), GUINT_TO_POINTER (items->n_slots));
}

static void
dict_pop (RsReplica       *self,
          RsReplicaObject *object)
{
  RsReplicaSlots *items = &object->items;
  RsReplicaSlot *last = &items->slots[items->n_slots - 1];

  gpointer key = (gpointer) (guintptr) dict_norm (last->key);

  if (object->index != NULL && last->reserved > 0)
    g_hash_table_insert (object->index, key, GUINT_TO_POINTER (last->reserved));
  else if (object->index != NULL)
    g_hash_table_remove (object->index, key);
  slots_remove (self, items, items->n_slots - 1);
}

static void
dict_key_set (RsReplica       *self,
              RsReplicaObject *object,
              const RsEvent   *event,
              RsValue          key,
              int              dir)
{
  RsReplicaSlots *items = &object->items;
  RsReplicaSlot *slot;
  gboolean appended = event->old_value == RS_VALUE_ABSENT;

  if (appended && dir > 0)
    dict_append (self, object, key, event->new_value);
  else if (appended)
    {
      if (items->n_slots == 0 || dict_norm (items->slots[items->n_slots - 1].key) != dict_norm (key))
        g_critical ("dict %u: undoing an append that is not last", event->holder);
      else
        dict_pop (self, object);
    }
  else if ((slot = dict_find_live (object, key)) != NULL)
    slot->value = dir > 0 ? event->new_value : event->old_value;
  else
    g_critical ("dict %u: key not found", event->holder);

  if (appended)
    adjust (self, event->holder, key, dir, FALSE, MOVED_NOWHERE);
  account_store (self, event->holder, event->old_value, event->new_value, event->flags, dir);
}

static void
dict_key_remove (RsReplica       *self,
                 RsReplicaObject *object,
                 const RsEvent   *event,
                 RsValue          key,
                 int              dir)
{
  RsReplicaSlot *slot = dir > 0 ? dict_find_live (object, key) : dict_find_last (object, key);

  if (slot == NULL)
    {
      g_critical ("dict %u: key not found", event->holder);
      return;
    }
  slot->value = dir > 0 ? RS_VALUE_ABSENT : event->old_value;
  account_store (self, event->holder, event->old_value, RS_VALUE_ABSENT, event->flags, dir);
  adjust (self, event->holder, key, -dir, FALSE, MOVED_NOWHERE);
}

static void
dict_event (RsReplica     *self,
            const RsEvent *event,
            const RsValue *payload,
            guint          n_payload,
            int            dir)
{
  RsReplicaObject *object = holder_object (self, event);

  if (object == NULL)
    return;
  if (n_payload < 1)
    {
      g_critical ("dict %u: event without a key", event->holder);
      return;
    }
  if (event->kind == RS_EV_KEY_SET)
    dict_key_set (self, object, event, payload[0], dir);
  else
    dict_key_remove (self, object, event, payload[0], dir);
}

/* CLEAR: every removed value (and object key) becomes a temporary. */
static void
move_to_temp (RsReplica *self,
              RsObjId    holder,
              RsValue    value,
              int        dir)
{
  if (dir > 0)
    {
      adjust (self, holder, value, 1, TRUE, MOVED_NOWHERE);
      adjust (self, holder, value, -1, FALSE, MOVED_TO_TEMP);
    }
  else
    {
      adjust (self, holder, value, 1, FALSE, MOVED_NOWHERE);
      adjust (self, holder, value, -1, TRUE, MOVED_TO_HOLDER);
    }
}

static void
list_clear (RsReplica       *self,
            RsReplicaObject *object,
            const RsEvent   *event,
            const RsValue   *payload,
            guint            n_payload,
            int              dir)
{
  RsReplicaSlots *items = &object->items;

  if (dir > 0)
    {
      self->n_slots -= items->n_slots;
      items->n_slots = 0;
    }
  else
    for (guint i = 0; i < n_payload; i++)
      slots_insert (self, items, i, 0, payload[i], 0);
  for (guint i = 0; i < n_payload; i++)
    move_to_temp (self, event->holder, payload[i], dir);
}

static void
dict_clear (RsReplica       *self,
            RsReplicaObject *object,
            const RsEvent   *event,
            const RsValue   *payload,
            guint            n_payload,
            int              dir)
{
  for (guint i = 0; i + 1 < n_payload; i += 2)
    {
      RsReplicaSlot *slot = dir > 0 ? dict_find_live (object, payload[i])
                                    : dict_find_last (object, payload[i]);
      if (slot == NULL)
        {
          g_critical ("dict %u: cleared key not found", event->holder);
          continue;
        }
      slot->value = dir > 0 ? RS_VALUE_ABSENT : payload[i + 1];
      move_to_temp (self, event->holder, payload[i], dir);
      move_to_temp (self, event->holder, payload[i + 1], dir);
    }
}

static void
clear_event (RsReplica     *self,
             const RsEvent *event,
             const RsValue *payload,
             guint          n_payload,
             int            dir)
{
  RsReplicaObject *object = holder_object (self, event);

  if (object == NULL)
    return;
  if (object->kind == RS_KIND_DICT)
    dict_clear (self, object, event, payload, n_payload, dir);
  else
    list_clear (self, object, event, payload, n_payload, dir);
}

/* Names and attributes */

static void
attr_event (RsReplica     *self,
            const RsEvent *event,
            int            dir)
{
  RsReplicaObject *object = holder_object (self, event);

  if (object == NULL)
    return;
  keyed_set (self, &object->attrs, event->key,
             dir > 0 ? event->new_value : event->old_value, event->flags);
  account_store (self, event->holder, event->old_value, event->new_value, event->flags, dir);
}

static void
name_event (RsReplica     *self,
            const RsEvent *event,
            int            dir)
{
  RsReplicaFrame *frame = holder_frame (self, event);

  if (frame == NULL)
    return;
  keyed_set (self, &frame->names, event->key,
             dir > 0 ? event->new_value : event->old_value, event->flags);
  account_store (self, 0, event->old_value, event->new_value, event->flags, dir);
}

/* Frames */

static void
stack_remove (RsReplica *self,
              RsFrameId  id)
{
  for (guint i = self->stack->len; i > 0; i--)
    if (g_array_index (self->stack, RsFrameId, i - 1) == id)
      {
        g_array_remove_index (self->stack, i - 1);
        return;
      }
  g_critical ("frame %u not on the stack", id);
}

/* @open: the frame becomes live (a push, or an undone pop). */
static void
frame_toggle (RsReplica     *self,
              const RsEvent *event,
              gboolean       open,
              RsValue        function)
{
  RsReplicaFrame *frame = frame_at (self, event->holder);
  RsFrameId id = event->holder;

  if (event->holder == RS_GLOBAL_FRAME)
    {
      /* The global frame always exists; only its function is accounted. */
      frame->function = open ? function : RS_VALUE_ABSENT;
      adjust (self, 0, function, open ? 1 : -1, FALSE, MOVED_NOWHERE);
      return;
    }
  if (open)
    {
      frame->state = RS_REPLICA_ALIVE;
      frame->name_atom = event->kind == RS_EV_FRAME_PUSH ? (guint32) event->key : frame->name_atom;
      frame->function = function;
      g_array_append_val (self->stack, id);
      adjust (self, 0, function, 1, FALSE, MOVED_NOWHERE);
    }
  else
    {
      frame->state = event->kind == RS_EV_FRAME_PUSH ? RS_REPLICA_UNBORN : RS_REPLICA_FREED;
      stack_remove (self, id);
      adjust (self, 0, function, -1, FALSE, MOVED_NOWHERE);
    }
}

/* Object life */

static void
alloc_event (RsReplica     *self,
             const RsEvent *event,
             int            dir)
{
  RsReplicaObject *object;

  if (event->holder == 0)
    return;
  object = object_at (self, event->holder);
  if (dir > 0)
    {
      if (object->state != RS_REPLICA_UNBORN)
        g_critical ("object %u allocated twice", event->holder);
      g_free (object->attrs.slots);
      g_free (object->items.slots);
      g_clear_pointer (&object->index, g_hash_table_unref);
      *object = (RsReplicaObject) {
        .kind = event->key & 0xff,
        .state = RS_REPLICA_ALIVE,
        .type_atom = (guint32) (event->key >> 8),
        .number = RS_VALUE_TAG (event->new_value) == RS_TAG_INT ? (guint32) rs_value_get_int (event->new_value) : 0,
        .temps = 1,
      };
      self->n_alive++;
      if (self->observer != NULL)
        self->observer->alloc (self->observer->user_data, event->holder);
    }
  else
    {
      self->n_slots -= object->attrs.n_slots + object->items.n_slots;
      object->attrs.n_slots = object->items.n_slots = 0;
      object->state = RS_REPLICA_UNBORN;
      object->temps = object->refs = 0;
      self->n_alive--;
      if (self->observer != NULL)
        self->observer->free (self->observer->user_data, event->holder);
    }
}

static void
free_event (RsReplica     *self,
            const RsEvent *event,
            int            dir)
{
  RsReplicaObject *object;

  if (event->holder == 0 || event->holder >= self->n_objects)
    return;
  object = &self->objects[event->holder];
  object->state = dir > 0 ? RS_REPLICA_FREED : RS_REPLICA_ALIVE;
  self->n_alive += dir > 0 ? -1 : 1;
  if (self->observer == NULL)
    return;
  if (dir > 0)
    self->observer->free (self->observer->user_data, event->holder);
  else
    self->observer->revive (self->observer->user_data, event->holder);
}

static void
weak_event (RsReplica     *self,
            const RsEvent *event,
            int            dir)
{
  RsReplicaObject *object = holder_object (self, event);
  gboolean set = (event->kind == RS_EV_WEAK_SET) == (dir > 0);

  if (object == NULL)
    return;
  if (set)
    {
      object->weak_state = RS_REPLICA_WEAK_LIVE;
      object->weak_referent = RS_VALUE_OBJECT_ID (event->kind == RS_EV_WEAK_SET ? event->new_value
                                                                                : event->old_value);
    }
  else
    {
      object->weak_state = event->kind == RS_EV_WEAK_SET ? RS_REPLICA_WEAK_NONE : RS_REPLICA_WEAK_DEAD;
      object->weak_referent = 0;
    }
}

static void
step_event (RsReplica     *self,
            const RsEvent *event,
            int            dir)
{
  RsReplicaFrame *frame = holder_frame (self, event);

  /* The timeline stores the frame's previous line in old_value. */
  if (frame != NULL)
    frame->line = dir > 0 ? (guint32) event->key : (guint32) rs_value_get_int (event->old_value);
}

static void
replica_event (RsReplica     *self,
               const RsEvent *event,
               const RsValue *payload,
               guint          n_payload,
               int            dir)
{
  switch ((RsEventKind) event->kind)
    {
    case RS_EV_STEP: step_event (self, event, dir); break;
    case RS_EV_FRAME_PUSH: frame_toggle (self, event, dir > 0, event->new_value); break;
    case RS_EV_FRAME_POP: frame_toggle (self, event, dir < 0, event->old_value); break;
    case RS_EV_ALLOC: alloc_event (self, event, dir); break;
    case RS_EV_FINALIZE:
      if (event->holder < self->n_objects)
        self->objects[event->holder].finalized = dir > 0;
      break;
    case RS_EV_FREE: free_event (self, event, dir); break;
    case RS_EV_NAME_SET: name_event (self, event, dir); break;
    case RS_EV_ATTR_SET: attr_event (self, event, dir); break;
    case RS_EV_ITEM_SET:
    case RS_EV_ITEM_INSERT:
    case RS_EV_ITEM_REMOVE: list_event (self, event, dir); break;
    case RS_EV_KEY_SET:
    case RS_EV_KEY_REMOVE: dict_event (self, event, payload, n_payload, dir); break;
    case RS_EV_CLEAR: clear_event (self, event, payload, n_payload, dir); break;
    case RS_EV_TEMP_INC: adjust (self, 0, event->new_value, dir, TRUE, MOVED_NOWHERE); break;
    case RS_EV_TEMP_DEC: adjust (self, 0, event->old_value, -dir, TRUE, MOVED_NOWHERE); break;
    case RS_EV_WEAK_SET:
    case RS_EV_WEAK_CLEAR: weak_event (self, event, dir); break;
    case RS_EV_RESURRECT:
    case RS_EV_GC_START:
    case RS_EV_GC_UNREACHABLE:
    case RS_EV_GC_END:
    case RS_EV_PRINT:
    case RS_EV_ERROR:
      break;
    default:
      g_critical ("unknown event kind %d", event->kind);
    }
}

void
rs_replica_apply (RsReplica     *self,
                  const RsEvent *event,
                  const RsValue *payload,
                  guint          n_payload)
{
  g_return_if_fail (self != NULL && event != NULL);
  replica_event (self, event, payload, n_payload, 1);
}

void
rs_replica_undo (RsReplica     *self,
                 const RsEvent *event,
                 const RsValue *payload,
                 guint          n_payload)
{
  g_return_if_fail (self != NULL && event != NULL);
  replica_event (self, event, payload, n_payload, -1);
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
