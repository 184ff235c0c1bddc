/* rs-heap.c: the object table of a session and its reference counts
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rs-heap-private.h"

#include <string.h>

/* CPython's SHARED_KEYS_MAX_SIZE: the first budget of a class's key table */
#define SHARED_KEYS_MAX 30

/* Events */

void
rs_heap_emit_payload (RsHeap        *self,
                      RsEventKind    kind,
                      guint          flags,
                      guint32        holder,
                      guint64        key,
                      RsValue        old_value,
                      RsValue        new_value,
                      const RsValue *payload,
                      guint          n_payload)
{
  RsEvent ev = { kind, flags, 0, holder, key, old_value, new_value };

  if (self->sink.emit != NULL && (self->event_mask & (1u << kind)))
    self->sink.emit (self->sink.user_data, &ev, payload, n_payload);
}

void
rs_heap_set_event_mask (RsHeap  *self,
                        guint32  kinds)
{
  self->event_mask = kinds;
}

void
rs_heap_emit (RsHeap      *self,
              RsEventKind  kind,
              guint        flags,
              guint32      holder,
              guint64      key,
              RsValue      old_value,
              RsValue      new_value)
{
  rs_heap_emit_payload (self, kind, flags, holder, key, old_value, new_value, NULL, 0);
}

/* Object table */

RsHeap *
rs_heap_new (RsAtoms           *atoms,
             const RsEventSink *sink,
             const RsHeapHooks *hooks,
             gpointer           hooks_data)
{
  static const char *kind_names[RS_N_KINDS] = {
    "instance", "list", "dict", "weakref", "type", "function", "method",
    "list_iterator", "range", "tuple", "descriptor", "exception", "cell", "finalizer", "WeakSet",
  };
  g_return_val_if_fail (atoms != NULL, NULL);

  RsHeap *self = g_new0 (RsHeap, 1);

  self->atoms = atoms;
  if (sink != NULL)
    self->sink = *sink;
  self->event_mask = G_MAXUINT32;
  if (hooks != NULL)
    self->hooks = *hooks;
  self->hooks_data = hooks_data;
  self->objs = g_array_new (FALSE, FALSE, sizeof (RsObj));
  self->slot_of = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->free_slots = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->trash_pending = g_array_new (FALSE, FALSE, sizeof (RsPending));
  self->weaklists = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  guint32 none = NO_SLOT;
  g_array_append_val (self->slot_of, none);   /* id 0 is "no object" */
  self->atom_class = rs_atoms_intern (atoms, "__class__", -1);
  self->atom_mro = rs_atoms_intern (atoms, "__mro__", -1);
  self->atom_base = rs_atoms_intern (atoms, "__base__", -1);
  self->atom_self = rs_atoms_intern (atoms, "__self__", -1);
  self->atom_func = rs_atoms_intern (atoms, "__func__", -1);
  self->atom_callback = rs_atoms_intern (atoms, "callback", -1);
  self->atom_it_seq = rs_atoms_intern (atoms, "it_seq", -1);
  self->atom_defaults = rs_atoms_intern (atoms, "__defaults__", -1);
  self->atom_closure = rs_atoms_intern (atoms, "__closure__", -1);
  self->atom_annotations = rs_atoms_intern (atoms, "__annotations__", -1);
  self->atom_cell_contents = rs_atoms_intern (atoms, "cell_contents", -1);
  self->atom_key = rs_atoms_intern (atoms, "key", -1);
  for (guint k = 0; k < RS_N_KINDS; k++)
    self->kind_atoms[k] = rs_atoms_intern (atoms, kind_names[k], -1);
  return self;
}

static void
free_data (RsObj *o)
{
  switch (o->kind)
    {
    case RS_KIND_INSTANCE:
      if (o->data != NULL)
        g_free (((RsAttrs *) o->data)->items);
      break;
    case RS_KIND_LIST:
    case RS_KIND_TUPLE:
      g_free (((RsList *) o->data)->items);
      break;
    case RS_KIND_DICT:
      g_free (((RsDict *) o->data)->entries);
      g_clear_pointer (&((RsDict *) o->data)->index, g_hash_table_destroy);
      g_clear_pointer (&((RsDict *) o->data)->table, rs_heap_dict_table_free);
      break;
    case RS_KIND_CLASS:
      g_free (((RsClassData *) o->data)->attrs.items);
      g_free (((RsClassData *) o->data)->bases);
      g_free (((RsClassData *) o->data)->mro);
      g_free (((RsClassData *) o->data)->slots);
      g_array_unref (((RsClassData *) o->data)->keys);
      break;
    case RS_KIND_FUNCTION:
      g_free (((RsFunctionData *) o->data)->attrs.items);
      g_free (((RsFunctionData *) o->data)->kwdefaults);
      g_free (((RsFunctionData *) o->data)->kw_atoms);
      break;
    case RS_KIND_WEAKDICT:
      g_array_unref (((RsWeakDictData *) o->data)->entries);
      g_free (((RsWeakDictData *) o->data)->attrs.items);
      g_array_unref (((RsWeakDictData *) o->data)->pending);
      break;
    default:
      break;
    }
  g_free (o->data);
  o->data = NULL;
}

void
rs_heap_free (RsHeap *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->objs->len; i++)
    {
      RsObj *o = &g_array_index (self->objs, RsObj, i);
      if (o->id != 0)
        free_data (o);
    }
  g_array_unref (self->objs);
  g_array_unref (self->slot_of);
  g_array_unref (self->free_slots);
  g_array_unref (self->trash_pending);
  g_hash_table_destroy (self->weaklists);
  g_clear_pointer (&self->exc_instances, g_hash_table_destroy);
  g_clear_pointer (&self->instance_hashes, g_hash_table_destroy);
  g_clear_pointer (&self->kept_frames, g_hash_table_destroy);
  g_free (self);
}

RsObj *
rs_heap_get (RsHeap  *self,
             RsObjId  id)
{
  return rs_heap_lookup (self, id);
}

RsObj *
rs_heap_get_value (RsHeap  *self,
                   RsValue  v)
{
  return RS_VALUE_IS_OBJECT (v) ? rs_heap_lookup (self, RS_VALUE_OBJECT_ID (v)) : NULL;
}

guint
rs_heap_count (RsHeap *self)
{
  return self->n_live;
}

RsObjId
rs_heap_alloc (RsHeap    *self,
               RsObjKind  kind,
               guint32    type_atom,
               gpointer   data)
{
  RsObjId id = self->slot_of->len;
  guint32 slot;

  if (self->free_slots->len > 0)
    {
      slot = g_array_index (self->free_slots, guint32, self->free_slots->len - 1);
      g_array_set_size (self->free_slots, self->free_slots->len - 1);
    }
  else
    {
      slot = self->objs->len;
      g_array_set_size (self->objs, slot + 1);
    }
  g_array_append_val (self->slot_of, slot);
  RsObj *o = &g_array_index (self->objs, RsObj, slot);
  *o = (RsObj) { .id = id, .refcnt = 1, .kind = kind, .data = data,
                 .gc_seq = ++self->next_gc_seq };
  if (RS_KIND_IS_TRACED (kind))
    o->trace_no = ++self->next_trace;
  self->n_live++;
  rs_heap_account (self, RS_HEAP_OBJECT_BYTES);
  guint flags = self->unannounced && o->trace_no != 0 ? RS_EVENT_HIDDEN : 0;
  rs_heap_emit (self, RS_EV_ALLOC, flags, id, kind | ((guint64) type_atom << 8),
                0, rs_value_int (o->trace_no));
  return id;
}

void
rs_heap_release_slot (RsHeap  *self,
                      RsObjId  id)
{
  guint32 slot = g_array_index (self->slot_of, guint32, id);
  RsObj *o = &g_array_index (self->objs, RsObj, slot);

  free_data (o);
  rs_heap_account (self, -(gint64) RS_HEAP_OBJECT_BYTES);
  o->id = 0;
  g_array_index (self->slot_of, guint32, id) = NO_SLOT;
  g_array_append_val (self->free_slots, slot);
  self->n_live--;
}

void
rs_heap_set_unannounced (RsHeap   *self,
                         gboolean  unannounced)
{
  self->unannounced = unannounced;
}

/* Reference counting */

void
rs_heap_incref (RsHeap  *self,
                RsValue  v)
{
  if (!RS_VALUE_IS_OBJECT (v))
    return;
  g_return_if_fail (rs_heap_lookup (self, RS_VALUE_OBJECT_ID (v)) != NULL);
  rs_heap_emit (self, RS_EV_TEMP_INC, 0, 0, 0, 0, v);
  rs_heap_obj (self, RS_VALUE_OBJECT_ID (v))->refcnt++;
}

void
rs_heap_drop (RsHeap  *self,
              RsValue  v)
{
  if (!RS_VALUE_IS_OBJECT (v))
    return;
  RsObj *o = rs_heap_obj (self, RS_VALUE_OBJECT_ID (v));
  g_assert (o->refcnt > 0);
  if (--o->refcnt == 0)
    rs_heap_dealloc (self, o->id);
}

void
rs_heap_decref (RsHeap  *self,
                RsValue  v)
{
  if (!RS_VALUE_IS_OBJECT (v))
    return;
  RsObj *o = rs_heap_lookup (self, RS_VALUE_OBJECT_ID (v));
  /* a count at zero: the object is being destroyed, nobody holds it */
  g_return_if_fail (o != NULL && o->refcnt > 0);
  rs_heap_emit (self, RS_EV_TEMP_DEC, 0, 0, 0, v, 0);
  rs_heap_drop (self, v);
}

void
rs_heap_slot_event (RsHeap      *self,
                    RsEventKind  kind,
                    guint        flags,
                    guint32      holder,
                    guint64      key,
                    RsValue      old_value,
                    RsValue      new_value)
{
  g_return_if_fail (!RS_VALUE_IS_OBJECT (new_value) ||
                    rs_heap_lookup (self, RS_VALUE_OBJECT_ID (new_value)) != NULL);

  rs_heap_emit (self, kind, flags, holder, key, old_value, new_value);
  if (!(flags & RS_EVENT_FROM_TEMP) && RS_VALUE_IS_OBJECT (new_value))
    rs_heap_obj (self, RS_VALUE_OBJECT_ID (new_value))->refcnt++;
  if (!(flags & RS_EVENT_OLD_TO_TEMP))
    rs_heap_drop (self, old_value);
}

/* A hidden reference (class, self-cycle, iterator's list...) gained */
void
rs_heap_hidden_set (RsHeap  *self,
                    RsObjId  holder,
                    guint32  atom,
                    RsValue  v)
{
  rs_heap_slot_event (self, RS_EV_ATTR_SET, RS_EVENT_HIDDEN, holder, atom, 0, v);
}

void
rs_heap_hidden_release (RsHeap  *self,
                        RsObjId  holder,
                        guint32  atom,
                        RsValue  v)
{
  if (v != RS_VALUE_ABSENT)
    rs_heap_slot_event (self, RS_EV_ATTR_SET, RS_EVENT_HIDDEN, holder, atom, v, 0);
}

/* Allocation */

RsObjId
rs_heap_new_instance (RsHeap  *self,
                      RsObjId  cls)
{
  g_return_val_if_fail (rs_heap_has_kind (self, cls, RS_KIND_CLASS), 0);

  RsClassData *cd = rs_heap_obj (self, cls)->data;
  RsObjId id = rs_heap_alloc (self, RS_KIND_INSTANCE, cd->name, NULL);

  /* init_inline_values: each new instance shrinks the key budget */
  if (cd->usable > 1)
    cd->usable--;
  rs_heap_obj (self, id)->cls = cls;
  rs_heap_hidden_set (self, id, self->atom_class, RS_VALUE_OBJECT (cls));
  return id;
}

RsObjId
rs_heap_new_list (RsHeap *self)
{
  return rs_heap_alloc (self, RS_KIND_LIST, self->kind_atoms[RS_KIND_LIST], g_new0 (RsList, 1));
}

RsObjId
rs_heap_new_dict (RsHeap *self)
{
  return rs_heap_alloc (self, RS_KIND_DICT, self->kind_atoms[RS_KIND_DICT], g_new0 (RsDict, 1));
}

RsObjId
rs_heap_new_class (RsHeap        *self,
                   guint32        name,
                   RsObjId        base,
                   gconstpointer  stmt)
{
  g_return_val_if_fail (base == 0 || rs_heap_has_kind (self, base, RS_KIND_CLASS), 0);

  g_autofree RsObjId *mro = NULL;
  guint n_mro = 0;

  if (base != 0)
    {
      RsClassData *bd = rs_heap_obj (self, base)->data;
      n_mro = bd->n_mro + 1;
      mro = g_new (RsObjId, n_mro);
      mro[0] = base;
      memcpy (mro + 1, bd->mro, bd->n_mro * sizeof (RsObjId));
    }
  return rs_heap_new_class_with_bases (self, name, &base, base != 0 ? 1 : 0, mro, n_mro, stmt);
}

/* The atom of the hidden slot that holds base @i: "__base__", then
 * "__bases__[1]", ... */
guint32
rs_heap_base_atom (RsHeap *self,
                   guint   i)
{
  g_autofree char *name = NULL;

  if (i == 0)
    return self->atom_base;
  name = g_strdup_printf ("__bases__[%u]", i);
  return rs_atoms_intern (self->atoms, name, -1);
}

RsObjId
rs_heap_new_class_with_bases (RsHeap        *self,
                              guint32        name,
                              const RsObjId *bases,
                              guint          n_bases,
                              const RsObjId *mro,
                              guint          n_mro,
                              gconstpointer  stmt)
{
  for (guint i = 0; i < n_bases; i++)
    g_return_val_if_fail (rs_heap_has_kind (self, bases[i], RS_KIND_CLASS), 0);

  RsClassData *cd = g_new0 (RsClassData, 1);

  cd->name = name;
  cd->base = n_bases > 0 ? bases[0] : 0;
  cd->bases = g_memdup2 (bases, n_bases * sizeof (RsObjId));
  cd->n_bases = n_bases;
  cd->mro = g_memdup2 (mro, n_mro * sizeof (RsObjId));
  cd->n_mro = n_mro;
  cd->stmt = stmt;
  cd->keys = g_array_new (FALSE, FALSE, sizeof (guint32));
  cd->usable = SHARED_KEYS_MAX;
  RsObjId id = rs_heap_alloc (self, RS_KIND_CLASS, name, cd);
  rs_heap_hidden_set (self, id, self->atom_mro, RS_VALUE_OBJECT (id));
  for (guint i = 0; i < n_bases; i++)
    rs_heap_hidden_set (self, id, rs_heap_base_atom (self, i), RS_VALUE_OBJECT (bases[i]));
  return id;
}

RsObjId
rs_heap_new_function (RsHeap        *self,
                      gconstpointer  def,
                      guint32        name,
                      guint32        qualname)
{
  RsFunctionData *fd = g_new0 (RsFunctionData, 1);

  fd->def = def;
  fd->name = name;
  fd->qualname = qualname;
  return rs_heap_alloc (self, RS_KIND_FUNCTION, name, fd);
}

RsObjId
rs_heap_new_bound (RsHeap  *self,
                   RsValue  self_value,
                   RsValue  func)
{
  RsBoundData *bd = g_new0 (RsBoundData, 1);
  RsObjId id = rs_heap_alloc (self, RS_KIND_BOUND_METHOD, self->kind_atoms[RS_KIND_BOUND_METHOD], bd);

  bd->func = func;
  rs_heap_hidden_set (self, id, self->atom_func, func);
  bd->self = self_value;
  rs_heap_hidden_set (self, id, self->atom_self, self_value);
  return id;
}

RsObjId
rs_heap_new_iter (RsHeap  *self,
                  RsObjId  seq)
{
  g_return_val_if_fail (rs_heap_has_kind (self, seq, RS_KIND_LIST) ||
                        rs_heap_has_kind (self, seq, RS_KIND_TUPLE) ||
                        rs_heap_has_kind (self, seq, RS_KIND_DICT), 0);

  RsIterData *it = g_new0 (RsIterData, 1);
  RsObjId id = rs_heap_alloc (self, RS_KIND_ITERATOR, self->kind_atoms[RS_KIND_ITERATOR], it);

  it->seq = seq;
  rs_heap_hidden_set (self, id, self->atom_it_seq, RS_VALUE_OBJECT (seq));
  return id;
}

RsObjId
rs_heap_new_iter_of (RsHeap       *self,
                     RsIterSource  source,
                     const char   *type)
{
  RsIterData *it = g_new0 (RsIterData, 1);

  it->source = source;
  return rs_heap_alloc (self, RS_KIND_ITERATOR, rs_atoms_intern (self->atoms, type, -1), it);
}

RsObjId
rs_heap_new_dict_iter (RsHeap     *self,
                       RsObjId     dict,
                       RsIterWhat  what,
                       gboolean    view,
                       const char *type)
{
  g_return_val_if_fail (rs_heap_has_kind (self, dict, RS_KIND_DICT), 0);

  RsObjId id = rs_heap_new_iter_of (self, RS_ITER_SEQ, type);
  RsIterData *it = rs_heap_get (self, id)->data;

  it->seq = dict;
  rs_heap_hidden_set (self, id, self->atom_it_seq, RS_VALUE_OBJECT (dict));
  it->what = what;
  it->view = view;
  it->used = it->remaining = ((RsDict *) rs_heap_get (self, dict)->data)->used;
  return id;
}

RsObjId
rs_heap_new_range (RsHeap *self,
                   gint64  start,
                   gint64  stop,
                   gint64  step)
{
  RsRangeData *r = g_new0 (RsRangeData, 1);

  *r = (RsRangeData) { start, stop, step };
  return rs_heap_alloc (self, RS_KIND_RANGE, self->kind_atoms[RS_KIND_RANGE], r);
}
