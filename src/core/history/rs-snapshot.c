/* rs-snapshot.c: the state of a session at one step, as plain data, built from the replica
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rs-snapshot-builder.h"
#include "rs-snapshot-private.h"
#include "rs-big.h"
#include "rs-float.h"
#include "rs-value.h"

#include <stdlib.h>
#include <string.h>

static const char * const kind_names[RS_N_KINDS] = {
  [RS_KIND_INSTANCE] = "instance",
  [RS_KIND_LIST] = "list",
  [RS_KIND_DICT] = "dict",
  [RS_KIND_WEAKREF] = "weakref",
  [RS_KIND_CLASS] = "class",
  [RS_KIND_FUNCTION] = "function",
  [RS_KIND_BOUND_METHOD] = "bound method",
  [RS_KIND_ITERATOR] = "iterator",
  [RS_KIND_RANGE] = "range",
  [RS_KIND_TUPLE] = "tuple",
  [RS_KIND_DESCRIPTOR] = "descriptor",
  [RS_KIND_EXCEPTION] = "exception",
  [RS_KIND_CELL] = "cell",
  [RS_KIND_FINALIZER] = "finalizer",
  [RS_KIND_WEAKDICT] = "weak container",
};

/* Reprs of plain values */

static const char *
atom_text (RsAtomLookup  lookup,
           gpointer      user_data,
           guint32       atom,
           gsize        *len)
{
  gsize dummy;
  const char *text = lookup (user_data, atom, len ? len : &dummy);

  if (text == NULL)
    {
      if (len)
        *len = 1;
      return "?";
    }
  return text;
}

/* What a teacher would call it: "module gc", "built-in print". */
static void
append_builtin (GString *out,
                guint64  id)
{
  gboolean module = rs_value_builtin_is_module ((RsBuiltinId) id);

  g_string_append_printf (out, "%s %s", module ? "module" : "built-in",
                          rs_value_builtin_str ((RsBuiltinId) id));
}

static void
append_repr (GString      *out,
             RsValue       value,
             RsAtomLookup  lookup,
             gpointer      user_data)
{
  static const char * const specials[] = { "None", "False", "True", "NotImplemented", "Ellipsis" };
  const char *text;
  gsize len;

  switch (RS_VALUE_TAG (value))
    {
    case RS_TAG_INT:
      g_string_append_printf (out, "%" G_GINT64_FORMAT, rs_value_get_int (value));
      break;
    case RS_TAG_STR:
      text = atom_text (lookup, user_data, RS_VALUE_PAYLOAD (value), &len);
      rs_value_repr_str (text, len, out);
      break;
    case RS_TAG_SPECIAL:
      g_string_append (out, specials[MIN (RS_VALUE_PAYLOAD (value), 4)]);
      break;
    case RS_TAG_BIGINT:
      {
        text = atom_text (lookup, user_data, RS_VALUE_PAYLOAD (value), &len);
        g_auto(RsBig) b = rs_big_from_bytes (text, len);
        g_autofree char *shown = rs_big_to_display (&b);
        g_string_append (out, shown);
      }
      break;
    case RS_TAG_FLOAT:
      {
        double d;
        guint32 atom;
        if (rs_float_decode (value, &d, &atom))
          rs_float_repr (d, out);
        else
          g_string_append (out, atom_text (lookup, user_data, atom, NULL));
      }
      break;
    case RS_TAG_BUILTIN:
      append_builtin (out, RS_VALUE_PAYLOAD (value));
      break;
    case RS_TAG_OBJECT:
      g_string_append_printf (out, "<object %u>", RS_VALUE_OBJECT_ID (value));
      break;
    default:
      break;
    }
}

char *
rs_snapshot_repr_value (RsValue       value,
                        RsAtomLookup  lookup,
                        gpointer      user_data)
{
  GString *out = g_string_new (NULL);

  append_repr (out, value, lookup, user_data);
  return g_string_free (out, FALSE);
}

/* Building */

char *
rs_snapshot_builder_intern (RsSnapshotBuilder *b,
                            const char        *str)
{
  return g_string_chunk_insert (b->snap->strings, str);
}

static char *
atom_str (RsSnapshotBuilder *b,
          guint32            atom)
{
  gsize len;
  const char *text = atom_text (b->lookup, b->user_data, atom, &len);

  return g_string_chunk_insert_len (b->snap->strings, text, len);
}

static const RsReplicaObject *
object_of (RsSnapshotBuilder *b,
           RsObjId            id)
{
  return rs_replica_get_object (b->replica, id);
}

/* "Foo #3", "list #2", "class Foo", "function f", "weakref" */
void
rs_snapshot_append_title (GString               *out,
                          const RsReplicaObject *object,
                          RsAtomLookup           lookup,
                          gpointer               user_data)
{
  const char *type = object->type_atom ? atom_text (lookup, user_data, object->type_atom, NULL) : "";
  const char *kind = kind_names[MIN (object->kind, RS_N_KINDS - 1)];

  if (object->kind == RS_KIND_INSTANCE)
    g_string_append_printf (out, "%s #%u", type, object->number);
  else if (object->kind == RS_KIND_WEAKDICT)
    g_string_append (out, type);
  else if (RS_KIND_IS_TRACED (object->kind))
    g_string_append_printf (out, "%s #%u", kind, object->number);
  else if (*type != '\0' && strcmp (type, kind) != 0)
    g_string_append_printf (out, "%s %s", kind, type);
  else
    g_string_append (out, kind);
}

char *
rs_snapshot_builder_title (RsSnapshotBuilder *b,
                           RsObjId            id)
{
  g_string_truncate (b->buf, 0);
  rs_snapshot_append_title (b->buf, object_of (b, id), b->lookup, b->user_data);
  return rs_snapshot_builder_intern (b, b->buf->str);
}

static char *
value_text (RsSnapshotBuilder *b,
            RsValue            value)
{
  g_string_truncate (b->buf, 0);
  if (RS_VALUE_IS_OBJECT (value) && object_of (b, RS_VALUE_OBJECT_ID (value)) != NULL)
    {
      char *title = rs_snapshot_builder_title (b, RS_VALUE_OBJECT_ID (value));
      g_string_printf (b->buf, "<%s>", title);
    }
  else
    append_repr (b->buf, value, b->lookup, b->user_data);
  return rs_snapshot_builder_intern (b, b->buf->str);
}

static void
add_slot (RsSnapshotBuilder *b,
          RsObjId            holder,
          char              *label,
          RsValue            value,
          guint32            replica_flags)
{
  RsSnapSlot slot = { label, NULL, RS_SLOT_PLAIN, 0, 0, 0 };

  if (replica_flags & RS_EVENT_HIDDEN)
    slot.flags |= RS_SLOT_FLAG_HIDDEN;
  if (RS_VALUE_IS_OBJECT (value))
    {
      slot.kind = RS_SLOT_STRONG;
      slot.target = RS_VALUE_OBJECT_ID (value);
      if (holder != 0 && rs_analysis_edge_in_cycle (b->analysis, holder, slot.target))
        slot.flags |= RS_SLOT_FLAG_IN_CYCLE;
    }
  else
    slot.text = value_text (b, value);
  g_array_append_val (b->slots, slot);
}

static char *
index_label (RsSnapshotBuilder *b,
             guint              index)
{
  g_string_printf (b->buf, "%u", index);
  return rs_snapshot_builder_intern (b, b->buf->str);
}

/* The live slot of a weak container named @what @n ("key 3"), or NULL */
static const RsReplicaSlot *
weakdict_slot (RsSnapshotBuilder     *b,
               const RsReplicaObject *object,
               const char            *what,
               const char            *n)
{
  for (guint32 i = 0; i < object->attrs.n_slots; i++)
    {
      const RsReplicaSlot *s = &object->attrs.slots[i];
      const char *name = atom_text (b->lookup, b->user_data, (guint32) s->key, NULL);
      if (s->value != RS_VALUE_ABSENT && g_str_has_prefix (name, what) && name[strlen (what)] == ' '
          && strcmp (name + strlen (what) + 1, n) == 0)
        return s;
    }
  return NULL;
}

/* A weak container's entries ("key N", "value N", "item N" in the
 * replica): its own weak references become weak slots to what they refer
 * to (@internal gets them: they are drawn as these slots), the strong
 * side stays strong.  A value dict's value is labelled with its key. */
static void
add_weakdict_slots (RsSnapshotBuilder     *b,
                    RsObjId                id,
                    const RsReplicaObject *object,
                    GHashTable            *internal)
{
  for (guint32 i = 0; i < object->attrs.n_slots; i++)
    {
      const RsReplicaSlot *s = &object->attrs.slots[i];
      const char *name = atom_text (b->lookup, b->user_data, (guint32) s->key, NULL);
      const char *n = strchr (name, ' ');
      const RsReplicaObject *w = RS_VALUE_IS_OBJECT (s->value) ? object_of (b, RS_VALUE_OBJECT_ID (s->value)) : NULL;
      char *label;

      if (s->value == RS_VALUE_ABSENT || n == NULL)
        continue;
      n++;
      if (g_str_has_prefix (name, "value"))
        {
          /* labelled with its key, a key dict's with what its key refers to */
          const RsReplicaSlot *key = weakdict_slot (b, object, "key", n);
          const RsReplicaObject *kw = key != NULL && RS_VALUE_IS_OBJECT (key->value)
                                      ? object_of (b, RS_VALUE_OBJECT_ID (key->value)) : NULL;
          if (kw != NULL && kw->kind == RS_KIND_WEAKREF)
            label = kw->weak_state == RS_REPLICA_WEAK_LIVE
                    ? value_text (b, RS_VALUE_OBJECT (kw->weak_referent))
                    : rs_snapshot_builder_intern (b, "(value)");
          else
            label = key != NULL ? value_text (b, key->value) : rs_snapshot_builder_intern (b, "(value)");
        }
      else
        label = rs_snapshot_builder_intern (b, g_str_has_prefix (name, "item") ? "(item)" : "(key)");
      if (w == NULL || w->kind != RS_KIND_WEAKREF)
        {
          /* a plain key shows as the label of its value, as a dict's */
          if (!RS_VALUE_IS_OBJECT (s->value) && g_str_has_prefix (name, "key"))
            continue;
          add_slot (b, id, label, s->value, 0);
          continue;
        }
      RsSnapSlot slot = { label, NULL, RS_SLOT_WEAK_DEAD, 0, 0, RS_VALUE_OBJECT_ID (s->value) };
      if (w->weak_state == RS_REPLICA_WEAK_LIVE)
        slot.kind = RS_SLOT_WEAK, slot.target = w->weak_referent;
      g_array_append_val (b->slots, slot);
      g_hash_table_add (internal, GUINT_TO_POINTER (RS_VALUE_OBJECT_ID (s->value)));
    }
}

static void
add_object_slots (RsSnapshotBuilder     *b,
                  RsObjId                id,
                  const RsReplicaObject *object,
                  GHashTable            *internal)
{
  guint index = 0;

  if (object->kind == RS_KIND_WEAKDICT)
    {
      add_weakdict_slots (b, id, object, internal);
      return;
    }

  if (object->kind == RS_KIND_WEAKREF && object->weak_state != RS_REPLICA_WEAK_NONE)
    {
      RsSnapSlot slot = { rs_snapshot_builder_intern (b, "referent"), NULL, RS_SLOT_WEAK_DEAD, 0, 0, id };

      if (object->weak_state == RS_REPLICA_WEAK_LIVE)
        slot.kind = RS_SLOT_WEAK, slot.target = object->weak_referent;
      g_array_append_val (b->slots, slot);
    }
  for (guint32 i = 0; i < object->attrs.n_slots; i++)
    {
      const RsReplicaSlot *s = &object->attrs.slots[i];
      const char *name = atom_str (b, (guint32) s->key);
      guint32 flags = s->flags;
      /* a finalizer's card shows what it holds (its func, args and weak
       * reference), not the registry's hold on itself */
      if (object->kind == RS_KIND_FINALIZER && strcmp (name, "registry") != 0)
        flags &= ~RS_EVENT_HIDDEN;
      if (s->value != RS_VALUE_ABSENT)
        add_slot (b, id, (char *) name, s->value, flags);
    }
  for (guint32 i = 0; i < object->items.n_slots; i++)
    {
      const RsReplicaSlot *s = &object->items.slots[i];

      if (s->value == RS_VALUE_ABSENT)
        continue;
      if (object->kind != RS_KIND_DICT)
        {
          add_slot (b, id, index_label (b, index++), s->value, s->flags);
          continue;
        }
      if (RS_VALUE_IS_OBJECT (s->key))
        add_slot (b, id, rs_snapshot_builder_intern (b, "(key)"), s->key, 0);
      add_slot (b, id, value_text (b, s->key), s->value, s->flags);
    }
}

static guint
object_flags (RsSnapshotBuilder     *b,
              RsObjId                id,
              const RsReplicaObject *object)
{
  guint flags = 0;

  /* A dying object (refcount 0) is neither: it is being destroyed. */
  if (rs_replica_object_refcount (object) == 0)
    ;
  else if (rs_analysis_is_reachable (b->analysis, id))
    flags |= RS_SNAP_REACHABLE;
  else
    flags |= RS_SNAP_LEAKED;
  if (rs_analysis_get_cycle (b->analysis, id) != 0)
    flags |= RS_SNAP_IN_CYCLE;
  if (object->finalized)
    flags |= RS_SNAP_FINALIZED;
  if (RS_KIND_IS_TRACED (object->kind))
    flags |= RS_SNAP_TRACED;
  return flags;
}

static void
add_objects (RsSnapshotBuilder *b)
{
  RsObjId max_id = rs_replica_get_max_object_id (b->replica);
  /* the weak references of weak containers (made after their container) */
  g_autoptr(GHashTable) internal = g_hash_table_new (NULL, NULL);

  for (RsObjId id = 1; id <= max_id; id++)
    {
      const RsReplicaObject *object = object_of (b, id);
      RsSnapObject snap_object = { 0 };
      const char *type;

      if (object->state != RS_REPLICA_ALIVE)
        continue;
      type = object->kind == RS_KIND_INSTANCE && object->type_atom
             ? atom_text (b->lookup, b->user_data, object->type_atom, NULL)
             : kind_names[MIN (object->kind, RS_N_KINDS - 1)];
      snap_object.id = id;
      snap_object.number = object->number;
      snap_object.kind = object->kind;
      snap_object.type_name = rs_snapshot_builder_intern (b, type);
      snap_object.title = rs_snapshot_builder_title (b, id);
      snap_object.refcount = rs_replica_object_refcount (object);
      snap_object.n_temporaries = object->temps;
      snap_object.flags = object_flags (b, id, object);
      if (g_hash_table_contains (internal, GUINT_TO_POINTER (id)))
        snap_object.flags |= RS_SNAP_INTERNAL;
      snap_object.cycle = rs_analysis_get_cycle (b->analysis, id);
      snap_object.first_slot = b->slots->len;
      add_object_slots (b, id, object, internal);
      snap_object.n_slots = b->slots->len - snap_object.first_slot;
      g_array_append_val (b->objects, snap_object);
    }
}

static char *
frame_name (RsSnapshotBuilder    *b,
            RsFrameId             id,
            const RsReplicaFrame *frame)
{
  if (id == RS_GLOBAL_FRAME)
    return rs_snapshot_builder_intern (b, "Global frame");
  return atom_str (b, frame->name_atom);
}

static void
add_frames (RsSnapshotBuilder *b)
{
  guint n_stack;
  const RsFrameId *stack = rs_replica_get_stack (b->replica, &n_stack);

  for (guint f = 0; f < n_stack; f++)
    {
      const RsReplicaFrame *frame = rs_replica_get_frame (b->replica, stack[f]);
      RsSnapFrame snap_frame = { stack[f], frame_name (b, stack[f], frame), frame->line, b->slots->len, 0 };

      for (guint32 i = 0; i < frame->names.n_slots; i++)
        {
          const RsReplicaSlot *s = &frame->names.slots[i];

          if (s->value != RS_VALUE_ABSENT)
            add_slot (b, 0, atom_str (b, (guint32) s->key), s->value, s->flags);
        }
      snap_frame.n_slots = b->slots->len - snap_frame.first_slot;
      g_array_append_val (b->frames, snap_frame);
    }
}

static void
add_step_changes (RsSnapshotBuilder *b,
                  const RsEvent     *events,
                  guint              n_events)
{
  g_autoptr(GArray) freed = g_array_new (FALSE, FALSE, sizeof (RsObjId));

  for (guint i = 0; i < n_events; i++)
    {
      RsSnapObject *object;

      if (events[i].kind == RS_EV_FREE)
        g_array_append_val (freed, events[i].holder);
      else if (events[i].kind == RS_EV_ALLOC
               && (object = (RsSnapObject *) rs_snapshot_find_object (b->snap, events[i].holder)) != NULL)
        object->flags |= RS_SNAP_NEW;
    }
  b->snap->n_freed = freed->len;
  b->snap->freed = (RsObjId *) (gpointer) g_array_free (g_steal_pointer (&freed), FALSE);
}

RsSnapshot *
rs_snapshot_build (const RsReplica  *replica,
                   const RsAnalysis *analysis,
                   const RsEvent    *events,
                   guint             n_events,
                   guint             step,
                   guint             line,
                   RsAtomLookup      lookup,
                   gpointer          user_data)
{
  RsSnapshot *snap = g_new0 (RsSnapshot, 1);
  RsSnapshotBuilder b = { replica, analysis, lookup, user_data, snap };
  guint n_alive;
  gsize n_slots;

  snap->ref_count = 1;
  snap->strings = g_string_chunk_new (65536);
  snap->step = step;
  snap->line = line;
  snap->n_cycles = rs_analysis_get_n_cycles (analysis);
  /* Sized up front: growing arrays of a million entries costs copies. */
  n_alive = rs_replica_get_n_alive (replica);
  n_slots = rs_replica_get_n_slots (replica);
  b.objects = g_array_sized_new (FALSE, FALSE, sizeof (RsSnapObject), n_alive);
  b.slots = g_array_sized_new (FALSE, FALSE, sizeof (RsSnapSlot), n_slots + 16);
  b.frames = g_array_new (FALSE, FALSE, sizeof (RsSnapFrame));
  b.referrers = g_array_sized_new (FALSE, FALSE, sizeof (RsSnapReferrer), n_slots + 16);
  b.names = g_hash_table_new (NULL, NULL);
  b.buf = g_string_new (NULL);

  add_objects (&b);
  add_frames (&b);
  rs_snapshot_builder_add_ledger (&b);

  snap->n_objects = b.objects->len;
  snap->objects = (RsSnapObject *) (gpointer) g_array_free (b.objects, FALSE);
  snap->n_slots = b.slots->len;
  snap->slots = (RsSnapSlot *) (gpointer) g_array_free (b.slots, FALSE);
  snap->n_frames = b.frames->len;
  snap->frames = (RsSnapFrame *) (gpointer) g_array_free (b.frames, FALSE);
  snap->n_referrers = b.referrers->len;
  snap->referrers = (RsSnapReferrer *) (gpointer) g_array_free (b.referrers, FALSE);
  add_step_changes (&b, events, n_events);
  g_hash_table_unref (b.names);
  g_string_free (b.buf, TRUE);
  return snap;
}

/* Public API */

RsSnapshot *
rs_snapshot_ref (RsSnapshot *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_int_inc (&self->ref_count);
  return self;
}

void
rs_snapshot_unref (RsSnapshot *self)
{
  g_return_if_fail (self != NULL);
  if (!g_atomic_int_dec_and_test (&self->ref_count))
    return;
  g_free (self->objects);
  g_free (self->slots);
  g_free (self->frames);
  g_free (self->referrers);
  g_free (self->freed);
  g_free (self->source_line);
  g_string_chunk_free (self->strings);
  g_free (self);
}

const RsSnapObject *
rs_snapshot_find_object (const RsSnapshot *self,
                         RsObjId           id)
{
  guint lo = 0, hi;

  g_return_val_if_fail (self != NULL, NULL);
  hi = self->n_objects;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (self->objects[mid].id < id)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < self->n_objects && self->objects[lo].id == id ? &self->objects[lo] : NULL;
}

static gboolean
slots_equal (const RsSnapSlot *a,
             const RsSnapSlot *b)
{
  return g_strcmp0 (a->label, b->label) == 0 && g_strcmp0 (a->text, b->text) == 0
         && a->kind == b->kind && a->flags == b->flags && a->target == b->target && a->via == b->via;
}

static gboolean
objects_equal (const RsSnapObject *a,
               const RsSnapObject *b)
{
  return a->id == b->id && a->number == b->number && a->kind == b->kind
         && g_strcmp0 (a->type_name, b->type_name) == 0 && g_strcmp0 (a->title, b->title) == 0
         && a->refcount == b->refcount && a->n_temporaries == b->n_temporaries
         && a->flags == b->flags && a->cycle == b->cycle && a->first_slot == b->first_slot
         && a->n_slots == b->n_slots && a->first_weak_referrer == b->first_weak_referrer
         && a->n_weak_referrers == b->n_weak_referrers;
}

static gboolean
frames_equal (const RsSnapFrame *a,
              const RsSnapFrame *b)
{
  return a->id == b->id && g_strcmp0 (a->name, b->name) == 0 && a->line == b->line
         && a->first_slot == b->first_slot && a->n_slots == b->n_slots;
}

static gboolean
referrers_equal (const RsSnapReferrer *a,
                 const RsSnapReferrer *b)
{
  return a->object == b->object && a->holder == b->holder && a->frame == b->frame
         && g_strcmp0 (a->label, b->label) == 0;
}

gboolean
rs_snapshot_equal (const RsSnapshot *a,
                   const RsSnapshot *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (a->step != b->step || a->line != b->line || g_strcmp0 (a->source_line, b->source_line) != 0
      || a->n_objects != b->n_objects || a->n_slots != b->n_slots || a->n_frames != b->n_frames
      || a->n_referrers != b->n_referrers || a->n_strong_referrers != b->n_strong_referrers
      || a->n_cycles != b->n_cycles || a->n_freed != b->n_freed)
    return FALSE;
  for (guint i = 0; i < a->n_objects; i++)
    if (!objects_equal (&a->objects[i], &b->objects[i]))
      return FALSE;
  for (guint i = 0; i < a->n_slots; i++)
    if (!slots_equal (&a->slots[i], &b->slots[i]))
      return FALSE;
  for (guint i = 0; i < a->n_frames; i++)
    if (!frames_equal (&a->frames[i], &b->frames[i]))
      return FALSE;
  for (guint i = 0; i < a->n_referrers; i++)
    if (!referrers_equal (&a->referrers[i], &b->referrers[i]))
      return FALSE;
  return a->n_freed == 0 || memcmp (a->freed, b->freed, a->n_freed * sizeof (RsObjId)) == 0;
}
