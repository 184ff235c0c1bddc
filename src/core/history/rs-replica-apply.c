/* rs-replica-apply.c: applying and undoing events on a replica, with their reference accounting
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rs-replica-private.h"

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
        rs_replica_slots_insert (self, items, index, 0,
                      event->kind == RS_EV_ITEM_INSERT ? event->new_value : event->old_value, 0);
      else
        rs_replica_slots_remove (self, items, index);
    }
  account_store (self, event->holder, event->old_value, event->new_value, event->flags, dir);
}

/* Dicts */

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
    rs_replica_dict_append (self, object, key, event->new_value);
  else if (appended)
    {
      if (items->n_slots == 0
          || rs_replica_dict_norm (items->slots[items->n_slots - 1].key) != rs_replica_dict_norm (key))
        g_critical ("dict %u: undoing an append that is not last", event->holder);
      else
        rs_replica_dict_pop (self, object);
    }
  else if ((slot = rs_replica_dict_find_live (object, key)) != NULL)
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
  RsReplicaSlot *slot = dir > 0 ? rs_replica_dict_find_live (object, key)
                                : rs_replica_dict_find_last (object, key);

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
      rs_replica_slots_insert (self, items, i, 0, payload[i], 0);
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
      RsReplicaSlot *slot = dir > 0 ? rs_replica_dict_find_live (object, payload[i])
                                    : rs_replica_dict_find_last (object, payload[i]);
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
  rs_replica_keyed_set (self, &object->attrs, event->key,
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
  rs_replica_keyed_set (self, &frame->names, event->key,
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
  RsReplicaFrame *frame = rs_replica_frame_at (self, event->holder);
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
  object = rs_replica_object_at (self, event->holder);
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
    case RS_EV_GC_YOUNG:
    case RS_EV_GC_PHASE:
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

