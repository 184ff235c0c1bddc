/* rs-heap.c: the reference-counted object heap of a session
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Objects live in one array of RsObj slots; ids are never reused (the
 * timeline relies on that), so an id -> slot table maps the ever-growing id
 * space onto recycled slots.  Any call that can run script code (a decref,
 * a hook) may grow the slot array: RsObj pointers are re-fetched after it.
 */
#include "rs-heap.h"

#include <stdlib.h>
#include <string.h>

#define NO_SLOT G_MAXUINT32
/* CPython's _PyTrash_UNWIND_LEVEL */
#define TRASH_LIMIT 50
/* CPython's SHARED_KEYS_MAX_SIZE: the first budget of a class's key table */
#define SHARED_KEYS_MAX 30
#define DICT_INDEX_MIN 8

struct _RsHeap
{
  RsAtoms      *atoms;
  RsEventSink   sink;
  RsHeapHooks   hooks;
  gpointer      hooks_data;

  GArray       *objs;        /* RsObj */
  GArray       *slot_of;     /* guint32 slot per id, NO_SLOT when dead */
  GArray       *free_slots;  /* guint32 */
  guint         n_live;
  guint32       next_trace;
  guint32       next_gc_seq; /* the end of the gc list (gen0's tail) */

  GHashTable   *weaklists;   /* referent id -> GArray of weakref ids, list head first */

  gboolean      unannounced;
  gboolean      collecting;
  guint         trash_nesting;
  GArray       *trash_pending;  /* RsPending, newest last */

  guint32       atom_class, atom_mro, atom_base, atom_self, atom_func,
                atom_callback, atom_it_seq;
  guint32       kind_atoms[RS_N_KINDS];
};

/* An entry of the trashcan's pending stack: an object, or script frames
 * that a traceback (@levels deep) releases. */
typedef struct {
  RsObjId        id;
  guint          levels;
  RsReleaseFunc  release;
  gpointer       data;
  gpointer       item;
} RsPending;

static void dealloc (RsHeap *self, RsObjId id);

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

  if (self->sink.emit != NULL)
    self->sink.emit (self->sink.user_data, &ev, payload, n_payload);
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
    "list_iterator", "range", "tuple",
  };
  RsHeap *self = g_new0 (RsHeap, 1);

  self->atoms = atoms;
  if (sink != NULL)
    self->sink = *sink;
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
      g_free (((RsList *) o->data)->items);
      break;
    case RS_KIND_DICT:
      g_free (((RsDict *) o->data)->entries);
      g_clear_pointer (&((RsDict *) o->data)->index, g_hash_table_destroy);
      break;
    case RS_KIND_CLASS:
      g_free (((RsClassData *) o->data)->attrs.items);
      g_array_unref (((RsClassData *) o->data)->keys);
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
  g_free (self);
}

RsAtoms *
rs_heap_get_atoms (RsHeap *self)
{
  return self->atoms;
}

RsObj *
rs_heap_get (RsHeap  *self,
             RsObjId  id)
{
  if (id == 0 || id >= self->slot_of->len)
    return NULL;
  guint32 slot = g_array_index (self->slot_of, guint32, id);
  if (slot == NO_SLOT)
    return NULL;
  return &g_array_index (self->objs, RsObj, slot);
}

RsObj *
rs_heap_get_value (RsHeap  *self,
                   RsValue  v)
{
  return RS_VALUE_IS_OBJECT (v) ? rs_heap_get (self, RS_VALUE_OBJECT_ID (v)) : NULL;
}

guint
rs_heap_count (RsHeap *self)
{
  return self->n_live;
}

static RsObj *
obj (RsHeap  *self,
     RsObjId  id)
{
  RsObj *o = rs_heap_get (self, id);
  g_assert (o != NULL);
  return o;
}

static RsObjId
alloc (RsHeap    *self,
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
  guint flags = self->unannounced && o->trace_no != 0 ? RS_EVENT_HIDDEN : 0;
  rs_heap_emit (self, RS_EV_ALLOC, flags, id, kind | ((guint64) type_atom << 8),
                0, rs_value_int (o->trace_no));
  return id;
}

static void
release_slot (RsHeap  *self,
              RsObjId  id)
{
  guint32 slot = g_array_index (self->slot_of, guint32, id);
  RsObj *o = &g_array_index (self->objs, RsObj, slot);

  free_data (o);
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
  rs_heap_emit (self, RS_EV_TEMP_INC, 0, 0, 0, 0, v);
  obj (self, RS_VALUE_OBJECT_ID (v))->refcnt++;
}

static void
drop (RsHeap  *self,
      RsValue  v)
{
  if (!RS_VALUE_IS_OBJECT (v))
    return;
  RsObj *o = obj (self, RS_VALUE_OBJECT_ID (v));
  g_assert (o->refcnt > 0);
  if (--o->refcnt == 0)
    dealloc (self, o->id);
}

void
rs_heap_decref (RsHeap  *self,
                RsValue  v)
{
  if (!RS_VALUE_IS_OBJECT (v))
    return;
  rs_heap_emit (self, RS_EV_TEMP_DEC, 0, 0, 0, v, 0);
  drop (self, v);
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
  rs_heap_emit (self, kind, flags, holder, key, old_value, new_value);
  if (!(flags & RS_EVENT_FROM_TEMP) && RS_VALUE_IS_OBJECT (new_value))
    obj (self, RS_VALUE_OBJECT_ID (new_value))->refcnt++;
  if (!(flags & RS_EVENT_OLD_TO_TEMP))
    drop (self, old_value);
}

/* A hidden reference (class, self-cycle, iterator's list...) gained */
static void
hidden_set (RsHeap  *self,
            RsObjId  holder,
            guint32  atom,
            RsValue  v)
{
  rs_heap_slot_event (self, RS_EV_ATTR_SET, RS_EVENT_HIDDEN, holder, atom, 0, v);
}

static void
hidden_release (RsHeap  *self,
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
  RsClassData *cd = obj (self, cls)->data;
  RsObjId id = alloc (self, RS_KIND_INSTANCE, cd->name, NULL);

  /* init_inline_values: each new instance shrinks the key budget */
  if (cd->usable > 1)
    cd->usable--;
  obj (self, id)->cls = cls;
  hidden_set (self, id, self->atom_class, RS_VALUE_OBJECT (cls));
  return id;
}

RsObjId
rs_heap_new_list (RsHeap *self)
{
  return alloc (self, RS_KIND_LIST, self->kind_atoms[RS_KIND_LIST], g_new0 (RsList, 1));
}

RsObjId
rs_heap_new_dict (RsHeap *self)
{
  return alloc (self, RS_KIND_DICT, self->kind_atoms[RS_KIND_DICT], g_new0 (RsDict, 1));
}

RsObjId
rs_heap_new_class (RsHeap        *self,
                   guint32        name,
                   RsObjId        base,
                   gconstpointer  stmt)
{
  RsClassData *cd = g_new0 (RsClassData, 1);

  cd->name = name;
  cd->base = base;
  cd->stmt = stmt;
  cd->keys = g_array_new (FALSE, FALSE, sizeof (guint32));
  cd->usable = SHARED_KEYS_MAX;
  RsObjId id = alloc (self, RS_KIND_CLASS, name, cd);
  hidden_set (self, id, self->atom_mro, RS_VALUE_OBJECT (id));
  if (base != 0)
    hidden_set (self, id, self->atom_base, RS_VALUE_OBJECT (base));
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
  return alloc (self, RS_KIND_FUNCTION, name, fd);
}

RsObjId
rs_heap_new_bound (RsHeap  *self,
                   RsValue  self_value,
                   RsValue  func)
{
  RsBoundData *bd = g_new0 (RsBoundData, 1);
  RsObjId id = alloc (self, RS_KIND_BOUND_METHOD, self->kind_atoms[RS_KIND_BOUND_METHOD], bd);

  bd->func = func;
  hidden_set (self, id, self->atom_func, func);
  bd->self = self_value;
  hidden_set (self, id, self->atom_self, self_value);
  return id;
}

RsObjId
rs_heap_new_iter (RsHeap  *self,
                  RsObjId  seq)
{
  RsIterData *it = g_new0 (RsIterData, 1);
  RsObjId id = alloc (self, RS_KIND_ITERATOR, self->kind_atoms[RS_KIND_ITERATOR], it);

  it->seq = seq;
  hidden_set (self, id, self->atom_it_seq, RS_VALUE_OBJECT (seq));
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
  return alloc (self, RS_KIND_RANGE, self->kind_atoms[RS_KIND_RANGE], r);
}

/* Weak references */

static GArray *
weaklist (RsHeap   *self,
          RsObjId   referent,
          gboolean  create)
{
  GArray *wl = g_hash_table_lookup (self->weaklists, GUINT_TO_POINTER (referent));

  if (wl == NULL && create)
    {
      wl = g_array_new (FALSE, FALSE, sizeof (RsObjId));
      g_hash_table_insert (self->weaklists, GUINT_TO_POINTER (referent), wl);
    }
  return wl;
}

RsObjId
rs_heap_weakref (RsHeap  *self,
                 RsObjId  referent,
                 RsValue  callback)
{
  GArray *wl = weaklist (self, referent, TRUE);
  gboolean has_basic = wl->len > 0 &&
    ((RsWeakData *) obj (self, g_array_index (wl, RsObjId, 0))->data)->callback == RS_VALUE_ABSENT;

  if (callback == RS_VALUE_ABSENT && has_basic)
    {
      RsObjId basic = g_array_index (wl, RsObjId, 0);
      rs_heap_incref (self, RS_VALUE_OBJECT (basic));
      return basic;
    }

  RsWeakData *wd = g_new0 (RsWeakData, 1);
  RsObjId id = alloc (self, RS_KIND_WEAKREF, self->kind_atoms[RS_KIND_WEAKREF], wd);
  wd->referent = referent;
  rs_heap_emit (self, RS_EV_WEAK_SET, 0, id, 0, 0, RS_VALUE_OBJECT (referent));
  if (callback != RS_VALUE_ABSENT)
    {
      wd->callback = callback;
      hidden_set (self, id, self->atom_callback, callback);
    }
  /* CPython: the basic ref heads the list, callback refs go right after it */
  wl = weaklist (self, referent, TRUE);
  guint at = (callback != RS_VALUE_ABSENT && has_basic) ? 1 : 0;
  g_array_insert_val (wl, at, id);
  return id;
}

RsObjId
rs_heap_weakref_immortal (RsHeap  *self,
                          RsValue  referent)
{
  RsWeakData *wd = g_new0 (RsWeakData, 1);

  wd->immortal = referent;
  return alloc (self, RS_KIND_WEAKREF, self->kind_atoms[RS_KIND_WEAKREF], wd);
}

static void
weak_unlink (RsHeap  *self,
             RsObjId  wref)
{
  RsWeakData *wd = obj (self, wref)->data;

  if (wd->referent == 0)
    return;
  GArray *wl = weaklist (self, wd->referent, FALSE);
  for (guint i = 0; wl != NULL && i < wl->len; i++)
    {
      if (g_array_index (wl, RsObjId, i) == wref)
        {
          g_array_remove_index (wl, i);
          break;
        }
    }
  if (wl != NULL && wl->len == 0)
    g_hash_table_remove (self->weaklists, GUINT_TO_POINTER (wd->referent));
  rs_heap_emit (self, RS_EV_WEAK_CLEAR, 0, wref, 0, RS_VALUE_OBJECT (wd->referent), 0);
  wd->referent = 0;
}

/* The callback leaves the weakref as a temporary. */
static RsValue
weak_take_callback (RsHeap  *self,
                    RsObjId  wref)
{
  RsWeakData *wd = obj (self, wref)->data;
  RsValue cb = wd->callback;

  if (cb != RS_VALUE_ABSENT)
    {
      wd->callback = RS_VALUE_ABSENT;
      rs_heap_slot_event (self, RS_EV_ATTR_SET, RS_EVENT_HIDDEN | RS_EVENT_OLD_TO_TEMP,
                          wref, self->atom_callback, cb, 0);
    }
  return cb;
}

/* PyObject_ClearWeakRefs: callback-less refs first; then every ref is
 * cleared, the callbacks run newest first and are released afterwards
 * (from a tuple, so oldest first), unless there is only one. */
static void
clear_weakrefs (RsHeap  *self,
                RsObjId  referent)
{
  GArray *wl = weaklist (self, referent, FALSE);
  if (wl == NULL)
    return;
  g_autoptr(GArray) refs = g_array_copy (wl);

  for (guint i = 0; i < refs->len; i++)
    weak_unlink (self, g_array_index (refs, RsObjId, i));
  /* refs still lists them head first: basic ones have no callback */
  g_autoptr(GArray) calls = g_array_new (FALSE, FALSE, sizeof (RsValue));
  guint n_callbacks = 0;
  for (guint i = 0; i < refs->len; i++)
    if (((RsWeakData *) obj (self, g_array_index (refs, RsObjId, i))->data)->callback != RS_VALUE_ABSENT)
      n_callbacks++;
  if (n_callbacks == 1)
    {
      /* one callback: called with the weakref as it is, no tuple */
      RsObjId w = g_array_index (refs, RsObjId, refs->len - 1);
      RsValue cb = weak_take_callback (self, w);
      if (self->hooks.weak_callback != NULL)
        self->hooks.weak_callback (self->hooks_data, cb, w);
      rs_heap_decref (self, cb);
      return;
    }
  for (guint i = 0; i < refs->len; i++)
    {
      RsObjId w = g_array_index (refs, RsObjId, i);
      if (((RsWeakData *) obj (self, w)->data)->callback == RS_VALUE_ABSENT)
        continue;
      RsValue wv = RS_VALUE_OBJECT (w);
      rs_heap_incref (self, wv);
      RsValue cb = weak_take_callback (self, w);
      g_array_append_val (calls, wv);
      g_array_append_val (calls, cb);
    }
  for (guint i = 0; i < calls->len; i += 2)
    {
      RsValue wv = g_array_index (calls, RsValue, i);
      if (self->hooks.weak_callback != NULL)
        self->hooks.weak_callback (self->hooks_data, g_array_index (calls, RsValue, i + 1),
                                   RS_VALUE_OBJECT_ID (wv));
    }
  for (guint i = calls->len; i > 0; i--)
    rs_heap_decref (self, g_array_index (calls, RsValue, i - 1));
}

/* Instance and class attributes */

static RsAttrs *
attrs_of (RsObj    *o,
          gboolean  create)
{
  if (o->kind == RS_KIND_CLASS)
    return &((RsClassData *) o->data)->attrs;
  if (o->data == NULL && create)
    o->data = g_new0 (RsAttrs, 1);
  return o->data;
}

static gint
attrs_find (RsAttrs *a,
            guint32  name)
{
  for (guint i = 0; a != NULL && i < a->len; i++)
    if (a->items[i].name == name)
      return i;
  return -1;
}

gboolean
rs_heap_attr_lookup (RsHeap  *self,
                     RsObjId  id,
                     guint32  name,
                     RsValue *value)
{
  RsAttrs *a = attrs_of (obj (self, id), FALSE);
  gint i = attrs_find (a, name);

  if (i < 0)
    return FALSE;
  *value = a->items[i].value;
  return TRUE;
}

gboolean
rs_heap_class_lookup (RsHeap  *self,
                      RsObjId  cls,
                      guint32  name,
                      RsValue *value)
{
  for (guint depth = 0; cls != 0 && depth < 10000; depth++)
    {
      if (rs_heap_attr_lookup (self, cls, name, value))
        return TRUE;
      cls = ((RsClassData *) obj (self, cls)->data)->base;
    }
  return FALSE;
}

static gint
cmp_seq (gconstpointer a,
         gconstpointer b)
{
  const RsAttr *x = a, *y = b;

  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* The instance gets a real dict (CPython 3.11's make_dict_from_instance_
 * attributes): its order is the instance's own insertion order. */
static void
materialize (RsObj   *o,
             RsAttrs *a)
{
  o->flags |= RS_OBJ_DICT_MODE;
  if (a->len > 0)
    qsort (a->items, a->len, sizeof (RsAttr), cmp_seq);
  for (guint i = 0; i < a->len; i++)
    a->items[i].order = i;
  a->next_order = a->len;
}

/* Where a new attribute name goes in the release order (CPython 3.11's
 * shared keys of the class, or the instance's own dict once they are full). */
static guint32
attr_order (RsHeap  *self,
            RsObj   *o,
            RsAttrs *a,
            guint32  name)
{
  if (o->kind != RS_KIND_INSTANCE)
    return a->next_order++;
  RsClassData *cd = obj (self, o->cls)->data;
  if (!(o->flags & RS_OBJ_DICT_MODE))
    {
      for (guint i = 0; i < cd->keys->len; i++)
        if (g_array_index (cd->keys, guint32, i) == name)
          return i;
      if (cd->usable > 0)
        {
          cd->usable--;
          g_array_append_val (cd->keys, name);
          return cd->keys->len - 1;
        }
      materialize (o, a);
    }
  return a->next_order++;
}

void
rs_heap_attr_set (RsHeap  *self,
                  RsObjId  id,
                  guint32  name,
                  RsValue  value)
{
  RsObj *o = obj (self, id);
  RsAttrs *a = attrs_of (o, TRUE);
  gint i = attrs_find (a, name);
  RsValue old = RS_VALUE_ABSENT;

  if (i >= 0)
    {
      old = a->items[i].value;
      a->items[i].value = value;
    }
  else
    {
      guint32 order = attr_order (self, o, a, name);
      guint at = a->len;
      while (at > 0 && a->items[at - 1].order > order)
        at--;
      if (a->len == a->cap)
        {
          a->cap = MAX (1, a->cap * 2);   /* most instances have few attributes */
          a->items = g_renew (RsAttr, a->items, a->cap);
        }
      memmove (a->items + at + 1, a->items + at, (a->len - at) * sizeof (RsAttr));
      a->items[at] = (RsAttr) { name, order, value, a->next_seq++ };
      a->len++;
    }
  rs_heap_slot_event (self, RS_EV_ATTR_SET, RS_EVENT_FROM_TEMP, id, name, old, value);
}

gboolean
rs_heap_attr_delete (RsHeap  *self,
                     RsObjId  id,
                     guint32  name)
{
  RsAttrs *a = attrs_of (obj (self, id), FALSE);
  gint i = attrs_find (a, name);

  if (i < 0)
    return FALSE;
  RsValue old = a->items[i].value;
  memmove (a->items + i, a->items + i + 1, (a->len - i - 1) * sizeof (RsAttr));
  a->len--;
  rs_heap_slot_event (self, RS_EV_ATTR_SET, 0, id, name, old, 0);
  return TRUE;
}

/* Releases every attribute in release order; the object stays. */
static void
attrs_release (RsHeap  *self,
               RsObjId  id)
{
  RsObj *o = obj (self, id);
  RsAttrs *a = attrs_of (o, FALSE);
  if (a == NULL || a->len == 0)
    return;
  RsAttrs taken = *a;

  a->items = NULL;
  a->len = a->cap = 0;
  for (guint i = 0; i < taken.len; i++)
    rs_heap_slot_event (self, RS_EV_ATTR_SET, 0, id, taken.items[i].name,
                        taken.items[i].value, 0);
  g_free (taken.items);
}

/* Lists */

static RsList *
list_of (RsHeap  *self,
         RsObjId  id)
{
  RsObj *o = obj (self, id);
  g_assert (o->kind == RS_KIND_LIST);
  return o->data;
}

void
rs_heap_list_insert (RsHeap  *self,
                     RsObjId  id,
                     guint    index,
                     RsValue  value)
{
  RsList *l = list_of (self, id);

  if (index > l->len)
    index = l->len;
  if (l->len == l->cap)
    {
      l->cap = MAX (4, l->cap + l->cap / 2 + 1);
      l->items = g_renew (RsValue, l->items, l->cap);
    }
  memmove (l->items + index + 1, l->items + index, (l->len - index) * sizeof (RsValue));
  l->items[index] = value;
  l->len++;
  rs_heap_slot_event (self, RS_EV_ITEM_INSERT, RS_EVENT_FROM_TEMP, id, index, 0, value);
}

void
rs_heap_list_set (RsHeap  *self,
                  RsObjId  id,
                  guint    index,
                  RsValue  value)
{
  RsList *l = list_of (self, id);
  RsValue old = l->items[index];

  l->items[index] = value;
  rs_heap_slot_event (self, RS_EV_ITEM_SET, RS_EVENT_FROM_TEMP, id, index, old, value);
}

RsValue
rs_heap_list_remove (RsHeap   *self,
                     RsObjId   id,
                     guint     index,
                     gboolean  to_temp)
{
  RsList *l = list_of (self, id);
  RsValue old = l->items[index];

  memmove (l->items + index, l->items + index + 1, (l->len - index - 1) * sizeof (RsValue));
  l->len--;
  rs_heap_slot_event (self, RS_EV_ITEM_REMOVE, to_temp ? RS_EVENT_OLD_TO_TEMP : 0,
                      id, index, old, 0);
  return to_temp ? old : RS_VALUE_ABSENT;
}

/* list.clear() and the collector's tp_clear: the list is emptied first,
 * then the items are released last to first (CPython's _list_clear). */
void
rs_heap_list_clear (RsHeap  *self,
                    RsObjId  id)
{
  RsList *l = list_of (self, id);
  RsValue *items = l->items;
  guint n = l->len;

  if (n == 0)
    return;
  l->items = NULL;
  l->len = l->cap = 0;
  rs_heap_emit_payload (self, RS_EV_CLEAR, 0, id, 0, 0, rs_value_int (n), items, n);
  for (guint i = n; i > 0; i--)
    rs_heap_decref (self, items[i - 1]);
  g_free (items);
}

static void
list_dealloc (RsHeap  *self,
              RsObjId  id)
{
  RsList *l = list_of (self, id);
  RsValue *items = l->items;
  guint n = l->len;

  l->items = NULL;
  l->len = l->cap = 0;
  for (guint i = n; i > 0; i--)
    rs_heap_slot_event (self, RS_EV_ITEM_REMOVE, 0, id, i - 1, items[i - 1], 0);
  g_free (items);
}

/* Dicts */

static RsDict *
dict_of (RsHeap  *self,
         RsObjId  id)
{
  RsObj *o = obj (self, id);
  g_assert (o->kind == RS_KIND_DICT);
  return o->data;
}

/* True == 1 and False == 0 as dict keys; a weak reference hashes as its
 * referent did when it was first hashed (tag 7 keeps it apart from the
 * referent itself). */
static gpointer
dict_norm (RsHeap  *self,
           RsValue  key)
{
  RsObj *o = rs_heap_get_value (self, key);

  if (o != NULL && o->kind == RS_KIND_WEAKREF && ((RsWeakData *) o->data)->hash_referent != 0)
    key = ((guint64) ((RsWeakData *) o->data)->hash_referent << 3) | 7;
  else if (key == RS_VALUE_TRUE)
    key = rs_value_int (1);
  else if (key == RS_VALUE_FALSE)
    key = rs_value_int (0);
  return GSIZE_TO_POINTER ((gsize) key);
}

static void
dict_reindex (RsHeap *self,
              RsDict *d)
{
  guint j = 0;

  for (guint i = 0; i < d->len; i++)
    if (d->entries[i].key != RS_VALUE_ABSENT)
      d->entries[j++] = d->entries[i];
  d->len = j;
  if (d->index != NULL)
    g_hash_table_remove_all (d->index);
  else if (d->len >= DICT_INDEX_MIN)
    d->index = g_hash_table_new (NULL, NULL);
  for (guint i = 0; d->index != NULL && i < d->len; i++)
    g_hash_table_insert (d->index, dict_norm (self, d->entries[i].key), GUINT_TO_POINTER (i + 1));
}

gint
rs_heap_dict_find (RsHeap  *self,
                   RsObjId  id,
                   RsValue  key)
{
  RsDict *d = dict_of (self, id);
  gpointer nk = dict_norm (self, key);

  if (d->index != NULL)
    return GPOINTER_TO_INT (g_hash_table_lookup (d->index, nk)) - 1;
  for (guint i = 0; i < d->len; i++)
    if (d->entries[i].key != RS_VALUE_ABSENT && dict_norm (self, d->entries[i].key) == nk)
      return i;
  return -1;
}

/* @key is borrowed (the dict takes its own reference when it is new),
 * @value moves in. */
void
rs_heap_dict_set (RsHeap  *self,
                  RsObjId  id,
                  RsValue  key,
                  RsValue  value)
{
  gint i = rs_heap_dict_find (self, id, key);
  RsDict *d = dict_of (self, id);
  RsValue old = RS_VALUE_ABSENT;

  if (i >= 0)
    {
      old = d->entries[i].value;
      d->entries[i].value = value;
      key = d->entries[i].key;
    }
  else
    {
      if (d->len == d->cap)
        {
          d->cap = MAX (4, d->cap * 2);
          d->entries = g_renew (RsDictEntry, d->entries, d->cap);
        }
      i = d->len++;
      d->entries[i] = (RsDictEntry) { key, value };
      d->used++;
      if (d->index != NULL)
        g_hash_table_insert (d->index, dict_norm (self, key), GUINT_TO_POINTER (i + 1));
      else if (d->used >= DICT_INDEX_MIN)
        dict_reindex (self, d);
      i = rs_heap_dict_find (self, id, key);
      if (RS_VALUE_IS_OBJECT (key))
        obj (self, RS_VALUE_OBJECT_ID (key))->refcnt++;
    }
  rs_heap_emit_payload (self, RS_EV_KEY_SET, RS_EVENT_FROM_TEMP, id, 0, old, value, &key, 1);
  drop (self, old);
}

/* dict's delitem: the value is released, then the key. */
RsValue
rs_heap_dict_remove (RsHeap   *self,
                     RsObjId   id,
                     guint     entry,
                     gboolean  to_temp)
{
  RsDict *d = dict_of (self, id);
  RsDictEntry e = d->entries[entry];

  d->entries[entry].key = RS_VALUE_ABSENT;
  d->entries[entry].value = RS_VALUE_ABSENT;
  d->used--;
  if (d->index != NULL)
    g_hash_table_remove (d->index, dict_norm (self, e.key));
  if (d->len > 2 * d->used + DICT_INDEX_MIN)
    dict_reindex (self, d);
  rs_heap_emit_payload (self, RS_EV_KEY_REMOVE, to_temp ? RS_EVENT_OLD_TO_TEMP : 0,
                        id, 0, e.value, 0, &e.key, 1);
  if (!to_temp)
    drop (self, e.value);
  drop (self, e.key);
  return to_temp ? e.value : RS_VALUE_ABSENT;
}

static RsDictEntry *
dict_take (RsHeap  *self,
           RsObjId  id,
           guint   *n)
{
  RsDict *d = dict_of (self, id);
  RsDictEntry *entries = d->entries;

  *n = d->len;
  d->entries = NULL;
  d->len = d->cap = d->used = 0;
  g_clear_pointer (&d->index, g_hash_table_destroy);
  return entries;
}

void
rs_heap_dict_clear (RsHeap  *self,
                    RsObjId  id)
{
  guint n;
  RsDictEntry *entries = dict_take (self, id, &n);
  g_autoptr(GArray) removed = g_array_new (FALSE, FALSE, sizeof (RsValue));

  for (guint i = 0; i < n; i++)
    if (entries[i].key != RS_VALUE_ABSENT)
      {
        g_array_append_val (removed, entries[i].key);
        g_array_append_val (removed, entries[i].value);
      }
  if (removed->len > 0)
    rs_heap_emit_payload (self, RS_EV_CLEAR, 0, id, 0, 0, rs_value_int (removed->len / 2),
                          (RsValue *) removed->data, removed->len);
  for (guint i = 0; i < removed->len; i++)
    rs_heap_decref (self, g_array_index (removed, RsValue, i));
  g_free (entries);
}

static void
dict_dealloc (RsHeap  *self,
              RsObjId  id)
{
  guint n;
  RsDictEntry *entries = dict_take (self, id, &n);

  for (guint i = 0; i < n; i++)
    {
      if (entries[i].key == RS_VALUE_ABSENT)
        continue;
      rs_heap_emit_payload (self, RS_EV_KEY_REMOVE, 0, id, 0, entries[i].value, 0,
                            &entries[i].key, 1);
      drop (self, entries[i].key);
      drop (self, entries[i].value);
    }
  g_free (entries);
}

/* Destruction */

static gboolean
uses_trashcan (RsObjKind kind)
{
  /* 3.11's method_dealloc has no trashcan */
  return RS_KIND_IS_TRACED (kind);
}

/* `del N` and __del__; FALSE when __del__ resurrected the object. */
static gboolean
finalize (RsHeap  *self,
          RsObjId  id)
{
  RsObj *o = obj (self, id);

  if (o->trace_no == 0 || (o->flags & RS_OBJ_FINALIZED))
    return TRUE;
  o->flags |= RS_OBJ_FINALIZED;
  rs_heap_emit (self, RS_EV_FINALIZE, 0, id, 0, 0, rs_value_int (o->trace_no));
  if (o->kind != RS_KIND_INSTANCE || self->hooks.finalize == NULL)
    return TRUE;
  /* PyObject_CallFinalizerFromDealloc resurrects the object for the call;
   * subtype_dealloc re-tracks it first, at the end of the gc list */
  o->gc_seq = ++self->next_gc_seq;
  o->gc_gen = 0;
  rs_heap_incref (self, RS_VALUE_OBJECT (id));
  self->hooks.finalize (self->hooks_data, id);
  rs_heap_emit (self, RS_EV_TEMP_DEC, 0, 0, 0, RS_VALUE_OBJECT (id), 0);
  o = obj (self, id);
  if (--o->refcnt == 0)
    return TRUE;
  rs_heap_emit (self, RS_EV_RESURRECT, 0, id, 0, 0, 0);
  return FALSE;
}

static void
free_object (RsHeap  *self,
             RsObjId  id)
{
  rs_heap_emit (self, RS_EV_FREE, 0, id, 0, 0, 0);
  release_slot (self, id);
}

/* type_clear: the class dict and the base (the self-cycle is the caller's) */
static void
class_clear (RsHeap  *self,
             RsObjId  id)
{
  attrs_release (self, id);
  RsClassData *cd = obj (self, id)->data;
  RsObjId base = cd->base;
  cd->base = 0;
  if (base != 0)
    hidden_release (self, id, self->atom_base, RS_VALUE_OBJECT (base));
}

static void
weak_clear (RsHeap  *self,
            RsObjId  id)
{
  weak_unlink (self, id);
  rs_heap_decref (self, weak_take_callback (self, id));
}

/* A materialized instance dict is an object of its own in CPython, and
 * dict_dealloc takes a trashcan level: at the limit the whole dict waits
 * on the pending stack (the instance stays in the model until then). */
static gboolean
instance_dealloc (RsHeap  *self,
                  RsObjId  id)
{
  if (!(obj (self, id)->flags & RS_OBJ_DICT_MODE))
    attrs_release (self, id);
  else if (self->trash_nesting >= TRASH_LIMIT)
    {
      RsPending p = { .id = id };
      obj (self, id)->flags |= RS_OBJ_DICT_PENDING;
      g_array_append_val (self->trash_pending, p);
    }
  else
    {
      self->trash_nesting++;
      attrs_release (self, id);
      self->trash_nesting--;
    }
  hidden_release (self, id, self->atom_class, RS_VALUE_OBJECT (obj (self, id)->cls));
  return !(obj (self, id)->flags & RS_OBJ_DICT_PENDING);
}

static void
destroy (RsHeap  *self,
         RsObjId  id)
{
  if (obj (self, id)->flags & RS_OBJ_DICT_PENDING)
    {
      /* the deferred dict of a dead instance */
      obj (self, id)->flags &= ~RS_OBJ_DICT_PENDING;
      attrs_release (self, id);
      free_object (self, id);
      return;
    }
  if (!finalize (self, id))
    return;
  clear_weakrefs (self, id);
  RsObj *o = obj (self, id);
  switch ((RsObjKind) o->kind)
    {
    case RS_KIND_INSTANCE:
      if (!instance_dealloc (self, id))
        return;
      break;
    case RS_KIND_LIST:
      list_dealloc (self, id);
      break;
    case RS_KIND_DICT:
      dict_dealloc (self, id);
      break;
    case RS_KIND_CLASS:
      class_clear (self, id);
      break;
    case RS_KIND_BOUND_METHOD:
      {
        RsBoundData bd = *(RsBoundData *) o->data;
        hidden_release (self, id, self->atom_func, bd.func);
        hidden_release (self, id, self->atom_self, bd.self);
      }
      break;
    case RS_KIND_WEAKREF:
      weak_clear (self, id);
      break;
    case RS_KIND_ITERATOR:
      {
        RsIterData *it = o->data;
        RsObjId seq = it->seq;
        it->seq = 0;
        if (seq != 0)
          hidden_release (self, id, self->atom_it_seq, RS_VALUE_OBJECT (seq));
      }
      break;
    default:
      break;
    }
  free_object (self, id);
}

/* CPython's trashcan: _PyTrash_thread_destroy_chain */
static void
destroy_pending (RsHeap *self)
{
  self->trash_nesting++;
  while (self->trash_pending->len > 0)
    {
      guint last = self->trash_pending->len - 1;
      RsPending p = g_array_index (self->trash_pending, RsPending, last);
      g_array_set_size (self->trash_pending, last);
      if (p.release != NULL)
        {
          rs_heap_release_nested (self, p.levels, p.release, p.data, p.item);
          continue;
        }
      obj (self, p.id)->flags &= ~RS_OBJ_PENDING;
      dealloc (self, p.id);
    }
  self->trash_nesting--;
}

static void
trash_leave (RsHeap *self,
             guint   levels)
{
  self->trash_nesting -= levels;
  if (self->trash_nesting == 0 && self->trash_pending->len > 0)
    destroy_pending (self);
}

static void
dealloc (RsHeap  *self,
         RsObjId  id)
{
  gboolean trash = uses_trashcan (obj (self, id)->kind);

  if (trash)
    {
      if (self->trash_nesting >= TRASH_LIMIT)
        {
          RsPending p = { .id = id };
          obj (self, id)->flags |= RS_OBJ_PENDING;
          g_array_append_val (self->trash_pending, p);
          return;
        }
      self->trash_nesting++;
    }
  destroy (self, id);
  if (trash)
    trash_leave (self, 1);
}

void
rs_heap_release_nested (RsHeap        *self,
                        guint          levels,
                        RsReleaseFunc  release,
                        gpointer       data,
                        gpointer       item)
{
  guint entered = 0;

  for (; entered < levels; entered++)
    {
      if (self->trash_nesting >= TRASH_LIMIT)
        {
          RsPending p = { 0, levels - entered, release, data, item };
          g_array_append_val (self->trash_pending, p);
          trash_leave (self, entered);
          return;
        }
      self->trash_nesting++;
    }
  release (data, item);
  trash_leave (self, entered);
}

static void
tuple_dealloc (gpointer data,
               gpointer item)
{
  RsHeap *self = data;
  GArray *values = item;

  for (guint i = values->len; i > 0; i--)
    rs_heap_decref (self, g_array_index (values, RsValue, i - 1));
  g_array_unref (values);
}

void
rs_heap_tuple_release (RsHeap        *self,
                       const RsValue *values,
                       guint          n)
{
  if (n == 0)
    return;   /* the empty tuple is a shared singleton */
  GArray *copy = g_array_sized_new (FALSE, FALSE, sizeof (RsValue), n);
  g_array_append_vals (copy, values, n);
  rs_heap_release_nested (self, 1, tuple_dealloc, self, copy);
}

/* Traversal (tp_traverse) */

typedef void (*RsRefFunc) (RsHeap *self, RsValue v, gpointer data);

static void
foreach_ref (RsHeap    *self,
             RsObj     *o,
             RsRefFunc  fn,
             gpointer   data)
{
  switch ((RsObjKind) o->kind)
    {
    case RS_KIND_INSTANCE:
    case RS_KIND_CLASS:
      {
        RsAttrs *a = attrs_of (o, FALSE);
        for (guint i = 0; a != NULL && i < a->len; i++)
          fn (self, a->items[i].value, data);
        if (o->kind == RS_KIND_INSTANCE)
          fn (self, RS_VALUE_OBJECT (o->cls), data);
        else
          {
            RsClassData *cd = o->data;
            fn (self, RS_VALUE_OBJECT (o->id), data);
            if (cd->base != 0)
              fn (self, RS_VALUE_OBJECT (cd->base), data);
          }
      }
      break;
    case RS_KIND_LIST:
      {
        RsList *l = o->data;
        for (guint i = 0; i < l->len; i++)
          fn (self, l->items[i], data);
      }
      break;
    case RS_KIND_DICT:
      {
        RsDict *d = o->data;
        for (guint i = 0; i < d->len; i++)
          if (d->entries[i].key != RS_VALUE_ABSENT)
            {
              fn (self, d->entries[i].key, data);
              fn (self, d->entries[i].value, data);
            }
      }
      break;
    case RS_KIND_BOUND_METHOD:
      /* method_traverse: im_func, then im_self */
      fn (self, ((RsBoundData *) o->data)->func, data);
      fn (self, ((RsBoundData *) o->data)->self, data);
      break;
    case RS_KIND_WEAKREF:
      fn (self, ((RsWeakData *) o->data)->callback, data);
      break;
    case RS_KIND_ITERATOR:
      if (((RsIterData *) o->data)->seq != 0)
        fn (self, RS_VALUE_OBJECT (((RsIterData *) o->data)->seq), data);
      break;
    default:
      break;
    }
}

static gint
cmp_u32 (gconstpointer a,
         gconstpointer b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return x < y ? -1 : x > y;
}

/* Marking: iterative, so a million-long chain costs no C stack */
static void
mark_push (RsHeap   *self,
           RsValue   v,
           gpointer  data)
{
  RsObj *o = rs_heap_get_value (self, v);

  if (o != NULL && !(o->flags & RS_OBJ_MARK))
    {
      o->flags |= RS_OBJ_MARK;
      g_array_append_val ((GArray *) data, o->id);
    }
}

static void
mark_from (RsHeap *self,
           GArray *stack)
{
  while (stack->len > 0)
    {
      RsObjId id = g_array_index (stack, RsObjId, stack->len - 1);
      g_array_set_size (stack, stack->len - 1);
      foreach_ref (self, obj (self, id), mark_push, stack);
    }
}

static void
unmark_all (RsHeap *self)
{
  for (guint i = 0; i < self->objs->len; i++)
    g_array_index (self->objs, RsObj, i).flags &= ~RS_OBJ_MARK;
}

void
rs_heap_partition (RsHeap        *self,
                   const RsValue *roots,
                   guint          n_roots,
                   GArray        *reachable,
                   GArray        *leaked)
{
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (RsObjId));

  for (guint i = 0; i < n_roots; i++)
    mark_push (self, roots[i], stack);
  mark_from (self, stack);
  for (guint i = 0; i < self->objs->len; i++)
    {
      RsObj *o = &g_array_index (self->objs, RsObj, i);
      if (o->id == 0 || o->trace_no == 0)
        continue;
      g_array_append_val ((o->flags & RS_OBJ_MARK) ? reachable : leaked, o->trace_no);
    }
  unmark_all (self);
  g_array_sort (reachable, cmp_u32);
  g_array_sort (leaked, cmp_u32);
}

/* The cycle collector (gcmodule.c's collect()) */

/* Per slot state of a collection (gc_refs and which list an object is in) */
typedef enum {
  GC_OUTSIDE = 0,  /* not a candidate (g_new0), or already scanned */
  GC_YOUNG,        /* in move_unreachable's young list, not scanned yet */
  GC_UNREACHABLE,  /* tentatively unreachable */
} RsGcState;

typedef struct {
  gint32 refs;
  guint8 state;
} RsGcHead;

typedef struct {
  RsGcHead *heads;   /* per slot */
  GArray   *young;   /* RsObjId: the young list, scanned front to back */
} RsGcScan;

static RsGcHead *
gc_head (RsHeap   *self,
         RsGcHead *heads,
         RsValue   v)
{
  if (!RS_VALUE_IS_OBJECT (v))
    return NULL;
  guint32 slot = g_array_index (self->slot_of, guint32, RS_VALUE_OBJECT_ID (v));
  return slot == NO_SLOT ? NULL : &heads[slot];
}

static void
subtract_ref (RsHeap   *self,
              RsValue   v,
              gpointer  data)
{
  RsGcHead *h = gc_head (self, data, v);

  if (h != NULL)
    h->refs--;
}

/* gcmodule.c's visit_reachable: a referent of a reachable object is
 * reachable; if it was already moved to the unreachable list it goes back
 * to the END of the young list, to be scanned later. */
static void
visit_reachable (RsHeap   *self,
                 RsValue   v,
                 gpointer  data)
{
  RsGcScan *scan = data;
  RsGcHead *h = gc_head (self, scan->heads, v);

  if (h == NULL || h->state == GC_OUTSIDE)
    return;
  if (h->state == GC_UNREACHABLE)
    {
      RsObjId id = RS_VALUE_OBJECT_ID (v);
      h->state = GC_YOUNG;
      g_array_append_val (scan->young, id);
    }
  if (h->refs == 0)
    h->refs = 1;
}

/* Every tracked object in gc list order: the order a full collection
 * scans (survivors of the last one, then newer objects). */
typedef struct {
  guint   rank;   /* 0: the collected generation's own list; g + 1: merged gen g */
  guint32 seq;
  RsObjId id;
} RsGcPlace;

static gint
cmp_gc_place (gconstpointer a,
              gconstpointer b)
{
  const RsGcPlace *p = a, *q = b;

  if (p->rank != q->rank)
    return p->rank < q->rank ? -1 : 1;
  if (p->seq != q->seq)
    return p->seq < q->seq ? -1 : 1;
  return p->id < q->id ? -1 : p->id > q->id;
}

/* The list gc_collect_main() collects: @generation's own list, then the
 * younger generations merged after it, 0 first, each in list order. */
static GArray *
gc_tracked (RsHeap *self,
            guint   generation)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (RsObjId));
  g_autoptr(GArray) places = g_array_new (FALSE, FALSE, sizeof (RsGcPlace));

  for (guint i = 0; i < self->objs->len; i++)
    {
      RsObj *o = &g_array_index (self->objs, RsObj, i);
      /* objects being destroyed are untracked, as in CPython */
      if (o->id == 0 || o->kind == RS_KIND_RANGE || o->refcnt == 0 || o->gc_gen > generation)
        continue;
      RsGcPlace p = { o->gc_gen == generation ? 0 : o->gc_gen + 1u, o->gc_seq, o->id };
      g_array_append_val (places, p);
    }
  g_array_sort (places, cmp_gc_place);
  for (guint i = 0; i < places->len; i++)
    g_array_append_val (ids, g_array_index (places, RsGcPlace, i).id);
  return ids;
}

/* update_refs + subtract_refs: gc_refs = references from outside @ids */
static RsGcHead *
gc_refs_new (RsHeap *self,
             GArray *ids)
{
  RsGcHead *heads = g_new0 (RsGcHead, self->objs->len);

  for (guint i = 0; i < ids->len; i++)
    {
      RsObj *o = obj (self, g_array_index (ids, RsObjId, i));
      RsGcHead *h = gc_head (self, heads, RS_VALUE_OBJECT (o->id));
      *h = (RsGcHead) { .refs = o->refcnt, .state = GC_YOUNG };
    }
  for (guint i = 0; i < ids->len; i++)
    foreach_ref (self, obj (self, g_array_index (ids, RsObjId, i)), subtract_ref, heads);
  return heads;
}

/* The ids among @ids (in gc list order) that nothing outside them
 * references, directly or through others, in CPython's unreachable-list
 * order (move_unreachable); the others are appended to @reachable in the
 * order the young list has afterwards. */
static GArray *
find_unreachable (RsHeap *self,
                  GArray *ids,
                  GArray *reachable)
{
  RsGcScan scan = { gc_refs_new (self, ids), g_array_copy (ids) };
  g_autoptr(GArray) moved = g_array_new (FALSE, FALSE, sizeof (RsObjId));

  for (guint i = 0; i < scan.young->len; i++)
    {
      RsObjId id = g_array_index (scan.young, RsObjId, i);
      RsGcHead *h = gc_head (self, scan.heads, RS_VALUE_OBJECT (id));
      if (h->refs == 0)
        {
          h->state = GC_UNREACHABLE;
          g_array_append_val (moved, id);
          continue;
        }
      foreach_ref (self, obj (self, id), visit_reachable, &scan);
      h->state = GC_OUTSIDE;
      g_array_append_val (reachable, id);
    }
  /* an object moved back to the young list left its place here */
  GArray *unreachable = g_array_new (FALSE, FALSE, sizeof (RsObjId));
  for (guint i = 0; i < moved->len; i++)
    {
      RsObjId id = g_array_index (moved, RsObjId, i);
      if (gc_head (self, scan.heads, RS_VALUE_OBJECT (id))->state == GC_UNREACHABLE)
        g_array_append_val (unreachable, id);
    }
  g_array_unref (scan.young);
  g_free (scan.heads);
  return unreachable;
}

/* Puts @ids, in their order, at gc list places @first, @first + 1, ... */
static void
gc_renumber (RsHeap  *self,
             GArray  *ids,
             guint32  first,
             guint    generation)
{
  for (guint i = 0; i < ids->len; i++)
    {
      RsObj *o = obj (self, g_array_index (ids, RsObjId, i));
      o->gc_seq = first + i;
      o->gc_gen = generation;
    }
}

static void
gc_clear_weakrefs (RsHeap *self,
                   GArray *unreachable)
{
  g_autoptr(GHashTable) garbage = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) calls = g_array_new (FALSE, FALSE, sizeof (RsObjId));

  for (guint i = 0; i < unreachable->len; i++)
    g_hash_table_add (garbage, GUINT_TO_POINTER (g_array_index (unreachable, RsObjId, i)));
  for (guint i = 0; i < unreachable->len; i++)
    {
      GArray *wl = weaklist (self, g_array_index (unreachable, RsObjId, i), FALSE);
      if (wl == NULL)
        continue;
      g_autoptr(GArray) refs = g_array_copy (wl);
      for (guint j = 0; j < refs->len; j++)
        {
          RsObjId w = g_array_index (refs, RsObjId, j);
          weak_unlink (self, w);
          if (((RsWeakData *) obj (self, w)->data)->callback == RS_VALUE_ABSENT ||
              g_hash_table_contains (garbage, GUINT_TO_POINTER (w)))
            continue;
          rs_heap_incref (self, RS_VALUE_OBJECT (w));
          g_array_append_val (calls, w);
        }
    }
  for (guint i = 0; i < calls->len; i++)
    {
      RsObjId w = g_array_index (calls, RsObjId, i);
      RsValue cb = ((RsWeakData *) obj (self, w)->data)->callback;
      if (cb != RS_VALUE_ABSENT && self->hooks.weak_callback != NULL)
        {
          rs_heap_incref (self, cb);
          self->hooks.weak_callback (self->hooks_data, cb, w);
          rs_heap_decref (self, cb);
        }
      rs_heap_decref (self, RS_VALUE_OBJECT (w));
    }
}

/* tp_clear: drop the references that can form cycles */
static void
gc_clear (RsHeap  *self,
          RsObjId  id)
{
  RsObj *o = obj (self, id);

  switch ((RsObjKind) o->kind)
    {
    case RS_KIND_INSTANCE:
      attrs_release (self, id);
      break;
    case RS_KIND_LIST:
      rs_heap_list_clear (self, id);
      break;
    case RS_KIND_DICT:
      rs_heap_dict_clear (self, id);
      break;
    case RS_KIND_CLASS:
      class_clear (self, id);
      hidden_release (self, id, self->atom_mro, RS_VALUE_OBJECT (id));
      break;
    case RS_KIND_WEAKREF:
      weak_clear (self, id);
      break;
    default:
      break;
    }
}

/* finalize_garbage: every pending __del__ of the batch, in list order */
static void
gc_finalize (RsHeap *self,
             GArray *unreachable)
{
  for (guint i = 0; i < unreachable->len; i++)
    {
      RsObjId id = g_array_index (unreachable, RsObjId, i);
      RsObj *o = rs_heap_get (self, id);
      if (o == NULL || o->trace_no == 0 || (o->flags & RS_OBJ_FINALIZED))
        continue;
      o->flags |= RS_OBJ_FINALIZED;
      rs_heap_emit (self, RS_EV_FINALIZE, 0, id, 0, 0, rs_value_int (o->trace_no));
      if (o->kind == RS_KIND_INSTANCE && self->hooks.finalize != NULL)
        {
          rs_heap_incref (self, RS_VALUE_OBJECT (id));
          self->hooks.finalize (self->hooks_data, id);
          rs_heap_decref (self, RS_VALUE_OBJECT (id));
        }
    }
}

/* The batch objects still in the unreachable list: not freed, and not
 * re-tracked by a dealloc that a finalizer caused (their gc_seq moved
 * past @last, the list's end when the batch was found). */
static GArray *
gc_still_listed (RsHeap  *self,
                 GArray  *unreachable,
                 guint32  last)
{
  GArray *still = g_array_new (FALSE, FALSE, sizeof (RsObjId));

  for (guint i = 0; i < unreachable->len; i++)
    {
      RsObjId id = g_array_index (unreachable, RsObjId, i);
      RsObj *o = rs_heap_get (self, id);
      if (o != NULL && o->gc_seq <= last)
        g_array_append_val (still, id);
    }
  return still;
}

/* tp_clear on the garbage, which frees it by refcount */
static void
gc_clear_all (RsHeap *self,
              GArray *garbage)
{
  for (guint i = 0; i < garbage->len; i++)
    rs_heap_incref (self, RS_VALUE_OBJECT (g_array_index (garbage, RsObjId, i)));
  for (guint i = 0; i < garbage->len; i++)
    {
      RsObjId id = g_array_index (garbage, RsObjId, i);
      gc_clear (self, id);
      rs_heap_decref (self, RS_VALUE_OBJECT (id));
    }
}

guint
rs_heap_collect (RsHeap *self)
{
  return rs_heap_collect_generation (self, 2);
}

guint
rs_heap_collect_generation (RsHeap *self,
                            guint   generation)
{
  g_return_val_if_fail (generation <= 2, 0);

  guint old = MIN (generation + 1, 2);
  rs_heap_emit (self, RS_EV_GC_START, 0, 0, 0, 0, 0);
  if (self->collecting)
    {
      /* gc.collect() from a finalizer of the running collection does nothing */
      rs_heap_emit (self, RS_EV_GC_END, 0, 0, 0, 0, 0);
      return 0;
    }
  self->collecting = TRUE;
  g_autoptr(GArray) tracked = gc_tracked (self, generation);
  g_autoptr(GArray) survivors = g_array_new (FALSE, FALSE, sizeof (RsObjId));
  g_autoptr(GArray) unreachable = find_unreachable (self, tracked, survivors);
  guint found = unreachable->len;
  /* the survivors join the next older generation at its end, in
   * move_unreachable's order, then room for the resurrected (merged after
   * them); finalizers allocate after that */
  guint32 last = self->next_gc_seq;
  gc_renumber (self, survivors, last + 1, old);
  guint32 resurrected_first = last + survivors->len + 1;
  self->next_gc_seq = resurrected_first + unreachable->len;

  for (guint i = 0; i < unreachable->len; i++)
    rs_heap_emit (self, RS_EV_GC_UNREACHABLE, 0, g_array_index (unreachable, RsObjId, i), 0, 0, 0);
  gc_clear_weakrefs (self, unreachable);
  gc_finalize (self, unreachable);
  /* handle_resurrected_objects: only what is still unreachable dies */
  g_autoptr(GArray) still = gc_still_listed (self, unreachable, last);
  g_autoptr(GArray) resurrected = g_array_new (FALSE, FALSE, sizeof (RsObjId));
  g_autoptr(GArray) garbage = find_unreachable (self, still, resurrected);
  gc_renumber (self, resurrected, resurrected_first, old);
  gc_clear_all (self, garbage);
  self->collecting = FALSE;
  rs_heap_emit (self, RS_EV_GC_END, 0, 0, 0, 0, 0);
  return found;
}
