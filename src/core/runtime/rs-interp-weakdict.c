/* rs-interp-weakdict.c: weakref.WeakValueDictionary, WeakKeyDictionary and WeakSet
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CPython's weak containers are Python classes (Lib/weakref.py,
 * Lib/_weakrefset.py) over a plain dict or set, `self.data`:
 *
 *  - WeakValueDictionary: data[key] = KeyedRef(value, self._remove, key),
 *    a weak reference that also holds the key;
 *  - WeakKeyDictionary: data[ref(key, self._remove)] = value;
 *  - WeakSet: data.add(ref(item, self._remove)).
 *
 * The model keeps the entries in the container (rs-heap-weakdict.c) with
 * the same weak reference objects, so their callbacks take their place
 * among the referent's other callbacks (newest first) and the collector
 * clears them as CPython's does.  The callback (RS_BI_WEAKDICT_REMOVE)
 * removes the entry as `_remove` does; a container being destroyed has
 * lost its own weak reference then, and removes nothing.
 */
#include "rs-interp-private.h"
#include "rs-interp-weakdict.h"

#define REMOVE_CALLBACK RS_VALUE_BUILTIN (RS_BI_WEAKDICT_REMOVE)


static const char *const type_names[] = {
  [RS_WEAKDICT_VALUES] = "WeakValueDictionary",
  [RS_WEAKDICT_KEYS] = "WeakKeyDictionary",
  [RS_WEAKDICT_SET] = "WeakSet",
};

const char *
rs_interp_weakdict_type_name (RsInterp *self,
                              RsValue   v)
{
  RsWeakDictData *d = rs_heap_weakdict_data (self->heap, v);

  return d != NULL ? type_names[d->kind] : NULL;
}

RsBuiltinId
rs_interp_weakdict_type (RsInterp *self,
                         RsValue   v)
{
  RsWeakDictData *d = rs_heap_weakdict_data (self->heap, v);

  g_return_val_if_fail (d != NULL, RS_BI_TYPE_NONE);
  return d->kind == RS_WEAKDICT_VALUES ? RS_BI_WEAKREF_WEAKVALUEDICT
         : d->kind == RS_WEAKDICT_KEYS ? RS_BI_WEAKREF_WEAKKEYDICT : RS_BI_WEAKREF_WEAKSET;
}

static RsWeakDictData *
data_of (RsInterp *self,
         RsValue   container)
{
  return rs_heap_weakdict_data (self->heap, container);
}

static RsWeakDictEntry *
entry_at (RsInterp *self,
          RsValue   container,
          guint     i)
{
  return &g_array_index (data_of (self, container)->entries, RsWeakDictEntry, i);
}

static RsWeakData *
weak_of (RsInterp *self,
         RsValue   wref)
{
  return rs_heap_get_value (self->heap, wref)->data;
}

/* Whether weakref.ref(@v) works; FALSE with CPython's TypeError */
gboolean
rs_interp_weakdict_weakable (RsInterp *self,
                RsValue   v,
                guint     line)
{
  RsObj *o = rs_heap_get_value (self->heap, v);

  if (RS_VALUE_TAG (v) == RS_TAG_BUILTIN)
    return TRUE;
  if (o == NULL || o->kind == RS_KIND_LIST || o->kind == RS_KIND_DICT ||
      o->kind == RS_KIND_RANGE || o->kind == RS_KIND_ITERATOR || o->kind == RS_KIND_WEAKREF ||
      o->kind == RS_KIND_TUPLE || o->kind == RS_KIND_EXCEPTION || !rs_interp_weakrefable (self, o))
    return rs_interp_raise (self, line, "TypeError", "cannot create weak reference to '%s' object",
                            rs_interp_type_name (self, v));
  return TRUE;
}

/* A new weak reference of @container to @referent (checked), calling
 * back the container's removal */
static RsValue
new_ref (RsInterp *self,
         RsValue   container,
         RsValue   referent,
         RsValue   key)
{
  if (!RS_VALUE_IS_OBJECT (referent))
    {
      RsObjId w = rs_heap_weakref_immortal (self->heap, referent);
      ((RsWeakData *) rs_heap_get (self->heap, w)->data)->owner = RS_VALUE_OBJECT_ID (container);
      return RS_VALUE_OBJECT (w);
    }
  return RS_VALUE_OBJECT (rs_heap_weakdict_ref (self->heap, RS_VALUE_OBJECT_ID (container),
                                                RS_VALUE_OBJECT_ID (referent), REMOVE_CALLBACK, key));
}

RsValue
rs_interp_weakdict_new_ref (RsInterp *self,
                            RsValue   container,
                            RsValue   referent)
{
  return new_ref (self, container, referent, RS_VALUE_ABSENT);
}

RsValue
rs_interp_weakdict_plain_ref (RsInterp *self,
                              RsValue   referent)
{
  if (!RS_VALUE_IS_OBJECT (referent))
    return RS_VALUE_OBJECT (rs_heap_weakref_immortal (self->heap, referent));
  return RS_VALUE_OBJECT (rs_heap_weakref (self->heap, RS_VALUE_OBJECT_ID (referent), RS_VALUE_ABSENT));
}

/* What weak reference @w refers to (ABSENT once dead) */
RsValue
rs_interp_weakdict_referent (RsInterp *self,
             RsValue   w)
{
  RsWeakData *wd = weak_of (self, w);

  if (wd->immortal != RS_VALUE_ABSENT)
    return wd->immortal;
  return wd->referent != 0 ? RS_VALUE_OBJECT (wd->referent) : RS_VALUE_ABSENT;
}

/* The entry of a value dict whose key equals @key, -1 if none */
static gint
find_key (RsInterp *self,
          RsValue   container,
          RsValue   key)
{
  RsWeakDictData *d = data_of (self, container);

  for (guint i = 0; i < d->entries->len; i++)
    {
      RsWeakDictEntry *e = &g_array_index (d->entries, RsWeakDictEntry, i);
      if (e->key != RS_VALUE_ABSENT && rs_heap_weakdict_same_key (self->heap, e->key, key))
        return i;
    }
  return -1;
}

/* The entry of a key dict or a set whose weak reference refers to
 * @referent (or is @w itself, once dead), -1 if none */
static gint
find_ref (RsInterp *self,
          RsValue   container,
          RsValue   referent,
          RsValue   w)
{
  RsWeakDictData *d = data_of (self, container);

  for (guint i = 0; i < d->entries->len; i++)
    {
      RsWeakDictEntry *e = &g_array_index (d->entries, RsWeakDictEntry, i);
      if (e->key == RS_VALUE_ABSENT)
        continue;
      if (e->key == w || (referent != RS_VALUE_ABSENT && rs_interp_weakdict_referent (self, e->key) == referent))
        return i;
    }
  return -1;
}

gint
rs_interp_weakdict_find_item (RsInterp *self,
                              RsValue   container,
                              RsValue   referent)
{
  return find_ref (self, container, referent, RS_VALUE_ABSENT);
}

/* The entry of @container for @key: a key of a value dict, a key of a key
 * dict or an item of a set.  -1 if none; -2 with the error raised */
static gint
lookup (RsInterp *self,
        RsValue   container,
        RsValue   key,
        guint     line)
{
  if (data_of (self, container)->kind == RS_WEAKDICT_VALUES)
    return rs_interp_hashable (self, key, line) ? find_key (self, container, key) : -2;
  if (!rs_interp_weakdict_weakable (self, key, line) || !rs_interp_hashable (self, key, line))
    return -2;
  return find_ref (self, container, key, RS_VALUE_ABSENT);
}

/* The KeyError of a key dict or a set: its argument is `ref(key)` */
static gboolean
ref_key_error (RsInterp *self,
               RsValue   key,
               guint     line)
{
  /* both addresses are CPython's own, which the comparison hides */
  return rs_interp_raise (self, line, "KeyError", "<weakref at 0x7ff000000010; to '%s' at 0x7ff000000020>",
                          rs_interp_type_base_name (self, key));
}

static gboolean
key_error (RsInterp *self,
           RsValue   container,
           RsValue   key,
           guint     line)
{
  if (data_of (self, container)->kind == RS_WEAKDICT_VALUES)
    return rs_interp_key_error (self, key, line);
  return ref_key_error (self, key, line);
}

/* The removal callback: `_remove(wr)` of the container that made @wref.
 * Its frame holds @wref while the entry goes, so a KeyedRef releases its
 * key only after the entry is gone. */
void
rs_interp_weakdict_callback (RsInterp *self,
                             RsObjId   wref)
{
  RsValue w = RS_VALUE_OBJECT (wref);
  RsValue container = RS_VALUE_OBJECT (weak_of (self, w)->owner);
  RsWeakDictData *d = data_of (self, container);

  rs_heap_incref (self->heap, w);
  if (d != NULL && !d->dying && d->iterating > 0)
    /* `self._pending_removals.append(wr.key)` (a key dict's: the reference) */
    rs_heap_weakdict_defer (self->heap, RS_VALUE_OBJECT_ID (container),
                            d->kind == RS_WEAKDICT_VALUES ? weak_of (self, w)->key : w);
  else if (d != NULL && !d->dying)
    {
      gint i = -1;
      if (d->kind == RS_WEAKDICT_VALUES)
        {
          /* _remove_dead_weakref(data, wr.key): only while the entry is dead */
          RsValue key = weak_of (self, w)->key;
          i = key != RS_VALUE_ABSENT ? find_key (self, container, key) : -1;
          if (i >= 0 && rs_interp_weakdict_referent (self, entry_at (self, container, i)->value) != RS_VALUE_ABSENT)
            i = -1;
        }
      else
        i = find_ref (self, container, RS_VALUE_ABSENT, w);
      if (i >= 0)
        rs_heap_weakdict_remove (self->heap, RS_VALUE_OBJECT_ID (container), i, FALSE);
    }
  rs_heap_decref (self->heap, w);
}

/* The container's methods are Python functions: an error raised in one
 * keeps its frame, with the container and the arguments, until the
 * exception goes (after the error line when nothing catches it) */
gboolean
rs_interp_weakdict_kept (RsInterp      *self,
      const RsValue *args,
      guint          n_args,
      gboolean       ok)
{
  if (!ok && !self->rejected)
    rs_interp_hold_until_error (self, args, n_args);
  return ok;
}

/* `if self._pending_removals: self._commit_removals()`, which most
 * methods of a value dict start with (a key dict's never do) */
static void
commit (RsInterp *self,
        RsValue   container)
{
  RsWeakDictData *d = data_of (self, container);

  if (d->kind == RS_WEAKDICT_VALUES && d->pending->len > 0)
    rs_heap_weakdict_commit (self->heap, RS_VALUE_OBJECT_ID (container));
}

guint
rs_interp_weakdict_len (RsInterp *self,
                        RsValue   container)
{
  RsWeakDictData *d = data_of (self, container);

  commit (self, container);
  /* a key dict's: len(self.data) - len(self._pending_removals) */
  return d->kind == RS_WEAKDICT_VALUES ? d->used : d->used - MIN (d->used, d->pending->len);
}

/* Stores @value (borrowed) under @key (borrowed) */
gboolean
rs_interp_weakdict_store (RsInterp *self,
       RsValue   container,
       RsValue   key,
       RsValue   value,
       guint     line)
{
  RsWeakDictData *d = data_of (self, container);
  RsObjId wd = RS_VALUE_OBJECT_ID (container);
  gint i;

  if (d->kind == RS_WEAKDICT_VALUES)
    {
      /* KeyedRef(value, self._remove, key) first, then data[key] = it */
      if (!rs_interp_weakdict_weakable (self, value, line))
        return FALSE;
      RsValue kref = new_ref (self, container, value, key);
      if (!rs_interp_hashable (self, key, line))
        {
          rs_heap_decref (self->heap, kref);
          return FALSE;
        }
      i = find_key (self, container, key);
      if (i >= 0)
        rs_heap_weakdict_set_value (self->heap, wd, i, kref);
      else
        {
          rs_heap_incref (self->heap, key);
          rs_heap_weakdict_append (self->heap, wd, key, kref);
        }
      return TRUE;
    }
  /* data[ref(key, self._remove)] = value: an equal key keeps its place,
   * the new reference goes */
  if (!rs_interp_weakdict_weakable (self, key, line))
    return FALSE;
  RsValue w = new_ref (self, container, key, RS_VALUE_ABSENT);
  if (!rs_interp_hashable (self, key, line))
    {
      rs_heap_decref (self->heap, w);
      return FALSE;
    }
  i = find_ref (self, container, key, RS_VALUE_ABSENT);
  if (d->kind == RS_WEAKDICT_SET)
    {
      if (i < 0)
        rs_heap_weakdict_append (self->heap, wd, w, RS_VALUE_ABSENT);
      else
        rs_heap_decref (self->heap, w);
      return TRUE;
    }
  rs_heap_incref (self->heap, value);
  if (i >= 0)
    {
      rs_heap_weakdict_set_value (self->heap, wd, i, value);
      rs_heap_decref (self->heap, w);
    }
  else
    rs_heap_weakdict_append (self->heap, wd, w, value);
  return TRUE;
}

/* A new reference to what entry @i gives for @key: a value dict's live
 * value, a key dict's value; ABSENT for a dead value */
static RsValue
entry_value (RsInterp *self,
             RsValue   container,
             guint     i)
{
  RsWeakDictEntry *e = entry_at (self, container, i);
  RsValue v = data_of (self, container)->kind == RS_WEAKDICT_VALUES ? rs_interp_weakdict_referent (self, e->value) : e->value;

  rs_heap_incref (self->heap, v);
  return v;
}

gboolean
rs_interp_weakdict_getitem (RsInterp *self,
                            RsValue   container,
                            RsValue   key,
                            guint     line,
                            RsValue  *out)
{
  commit (self, container);
  if (data_of (self, container)->kind == RS_WEAKDICT_SET)
    return rs_interp_raise (self, line, "TypeError", "'WeakSet' object is not subscriptable");
  gint i = lookup (self, container, key, line);
  RsValue frame[] = { container, key };
  if (i == -2)
    return rs_interp_weakdict_kept (self, frame, 2, FALSE);
  *out = i >= 0 ? entry_value (self, container, i) : RS_VALUE_ABSENT;
  if (*out == RS_VALUE_ABSENT)
    return rs_interp_weakdict_kept (self, frame, 2, key_error (self, container, key, line));
  return TRUE;
}

gboolean
rs_interp_weakdict_setitem (RsInterp *self,
                            RsValue   container,
                            RsValue   key,
                            RsValue   value,
                            guint     line)
{
  gboolean ok;

  commit (self, container);
  if (data_of (self, container)->kind == RS_WEAKDICT_SET)
    ok = rs_interp_raise (self, line, "TypeError", "'WeakSet' object does not support item assignment");
  else
    {
      RsValue frame[] = { container, key, value };
      ok = rs_interp_weakdict_kept (self, frame, 3, rs_interp_weakdict_store (self, container, key, value, line));
    }
  rs_heap_decref (self->heap, value);
  return ok;
}

gboolean
rs_interp_weakdict_delitem (RsInterp *self,
                            RsValue   container,
                            RsValue   key,
                            guint     line)
{
  commit (self, container);
  if (data_of (self, container)->kind == RS_WEAKDICT_SET)
    return rs_interp_raise (self, line, "TypeError", "'WeakSet' object doesn't support item deletion");
  gint i = lookup (self, container, key, line);
  RsValue frame[] = { container, key };
  if (i == -2)
    return rs_interp_weakdict_kept (self, frame, 2, FALSE);
  if (i < 0)
    return rs_interp_weakdict_kept (self, frame, 2, key_error (self, container, key, line));
  rs_heap_weakdict_remove (self->heap, RS_VALUE_OBJECT_ID (container), i, FALSE);
  return TRUE;
}

gboolean
rs_interp_weakdict_contains (RsInterp *self,
                             RsValue   container,
                             RsValue   key,
                             guint     line,
                             gboolean *result)
{
  RsWeakDictData *d = data_of (self, container);
  gint i;

  *result = FALSE;
  commit (self, container);
  if (d->kind == RS_WEAKDICT_VALUES)
    {
      /* `self.data[key]()` in a try: a key that cannot be hashed raises */
      RsValue frame[] = { container, key };
      if ((i = lookup (self, container, key, line)) == -2)
        return rs_interp_weakdict_kept (self, frame, 2, FALSE);
      *result = i >= 0 && rs_interp_weakdict_referent (self, entry_at (self, container, i)->value) != RS_VALUE_ABSENT;
      return TRUE;
    }
  /* `ref(key) in self.data`: what cannot be weakly referenced is not in it */
  RsObj *o = rs_heap_get_value (self->heap, key);
  if (RS_VALUE_TAG (key) != RS_TAG_BUILTIN &&
      (o == NULL || o->kind == RS_KIND_LIST || o->kind == RS_KIND_DICT || o->kind == RS_KIND_RANGE ||
       o->kind == RS_KIND_ITERATOR || o->kind == RS_KIND_WEAKREF || o->kind == RS_KIND_TUPLE ||
       o->kind == RS_KIND_EXCEPTION || !rs_interp_weakrefable (self, o)))
    return TRUE;
  RsValue frame[] = { container, key };
  if (!rs_interp_hashable (self, key, line))
    return rs_interp_weakdict_kept (self, frame, 2, FALSE);
  *result = find_ref (self, container, key, RS_VALUE_ABSENT) >= 0;
  return TRUE;
}

/* keys(), values(), items() (and iter()) of a weak dict are generators:
 * they start at the first next(), under an _IterationGuard that makes the
 * entries of what dies wait until the last generator ends; a local of
 * theirs keeps the last value (a key dict's: the last key) until the next
 * step.  A WeakSet's order is CPython's addresses': rejected. */
gboolean
rs_interp_weakdict_iter (RsInterp   *self,
                         RsValue     container,
                         RsIterWhat  what,
                         guint       line,
                         RsValue    *out)
{
  RsWeakDictData *d = data_of (self, container);
  RsObjId it;
  RsIterData *id;

  if (d->kind == RS_WEAKDICT_SET)
    return rs_interp_reject (self, line, "iterating a WeakSet (its order depends on addresses)");
  it = rs_heap_new_iter_of (self->heap, RS_ITER_WEAKDICT, "generator");
  id = rs_heap_get (self->heap, it)->data;
  id->what = what;
  /* its __qualname__, for its repr */
  g_autofree char *qualname = g_strdup_printf ("%s.%s", type_names[d->kind], what == RS_ITER_KEYS ? "keys"
                                               : what == RS_ITER_VALUES ? "values" : "items");
  id->str = RS_VALUE_MAKE (RS_TAG_STR, rs_interp_atom (self, g_intern_string (qualname)));
  id->held[0] = container;
  id->held_atom[0] = rs_interp_atom (self, "self");
  id->held_atom[1] = rs_interp_atom (self, d->kind == RS_WEAKDICT_VALUES
                                     ? (what == RS_ITER_VALUES ? "obj" : "v")
                                     : (what == RS_ITER_ITEMS ? "key" : "obj"));
  rs_heap_slot_event (self->heap, RS_EV_ATTR_SET, RS_EVENT_HIDDEN, it, id->held_atom[0], 0, container);
  *out = RS_VALUE_OBJECT (it);
  return TRUE;
}

static RsIterData *
gen_data (RsInterp *self,
          RsObjId   it)
{
  return rs_heap_get (self->heap, it)->data;
}

/* `v = wr()`: the generator's local takes @v (ABSENT: None), then lets
 * the old one go */
static void
gen_rebind (RsInterp *self,
            RsObjId   it,
            RsValue   v)
{
  RsValue old = gen_data (self, it)->held[1];

  gen_data (self, it)->held[1] = v;
  if (v != RS_VALUE_ABSENT || old != RS_VALUE_ABSENT)
    rs_heap_slot_event (self->heap, RS_EV_ATTR_SET, RS_EVENT_HIDDEN, it, gen_data (self, it)->held_atom[1],
                        old, v);
}

/* The generator returns: its guard ends, then its frame lets its
 * locals go, self first */
static void
gen_finish (RsInterp *self,
            RsObjId   it)
{
  RsValue container = gen_data (self, it)->held[0];
  RsValue local = gen_data (self, it)->held[1];

  gen_data (self, it)->next = 2;
  rs_heap_weakdict_end_iteration (self->heap, RS_VALUE_OBJECT_ID (container));
  gen_data (self, it)->held[0] = RS_VALUE_ABSENT;
  gen_data (self, it)->held[1] = RS_VALUE_ABSENT;
  rs_heap_slot_event (self->heap, RS_EV_ATTR_SET, RS_EVENT_HIDDEN, it, gen_data (self, it)->held_atom[0],
                      container, 0);
  if (local != RS_VALUE_ABSENT)
    rs_heap_slot_event (self->heap, RS_EV_ATTR_SET, RS_EVENT_HIDDEN, it, gen_data (self, it)->held_atom[1],
                        local, 0);
}

gboolean
rs_interp_weakdict_next (RsInterp *self,
                         RsObjId   it,
                         guint     line,
                         RsValue  *item)
{
  RsIterData *id = gen_data (self, it);
  RsValue container = id->held[0];
  RsWeakDictData *d;

  if (id->next == 2)
    return FALSE;
  if (id->next == 0)
    {
      commit (self, container);
      id = gen_data (self, it);
      id->next = 1;
      id->index = 0;
      id->used = data_of (self, container)->used;
      data_of (self, container)->iterating++;
    }
  for (;;)
    {
      id = gen_data (self, it);
      d = data_of (self, container);
      if (d->used != id->used)
        {
          gen_finish (self, it);
          return rs_interp_raise (self, line, "RuntimeError", "dictionary changed size during iteration");
        }
      guint i = id->index;
      while (i < d->entries->len && g_array_index (d->entries, RsWeakDictEntry, i).key == RS_VALUE_ABSENT)
        i++;
      if (i >= d->entries->len)
        {
          gen_finish (self, it);
          return FALSE;
        }
      id->index = i + 1;
      RsWeakDictEntry e = g_array_index (d->entries, RsWeakDictEntry, i);
      gboolean values = d->kind == RS_WEAKDICT_VALUES;
      RsValue referent = rs_interp_weakdict_referent (self, values ? e.value : e.key);
      /* the local that keeps the last item: a value dict's value, a key
       * dict's key (none for their keys() and values()) */
      gboolean has_local = values ? id->what != RS_ITER_KEYS : id->what != RS_ITER_VALUES;
      if (has_local)
        gen_rebind (self, it, referent);
      if (referent == RS_VALUE_ABSENT)
        continue;
      RsValue key = values ? e.key : referent;
      RsValue value = values ? referent : e.value;
      if (id->what == RS_ITER_ITEMS)
        {
          RsValue kv[2] = { key, value };
          rs_interp_hold_values (self, kv, 2);
          *item = RS_VALUE_OBJECT (rs_heap_new_tuple (self->heap, kv, 2));
        }
      else
        {
          *item = id->what == RS_ITER_KEYS ? key : value;
          rs_heap_incref (self->heap, *item);
        }
      return TRUE;
    }
}

gboolean
rs_interp_weakdict_is_mapping (RsInterp *self,
                               RsValue   v)
{
  RsWeakDictData *d = data_of (self, v);

  return d != NULL && d->kind != RS_WEAKDICT_SET;
}

gboolean
rs_interp_weakdict_merge (RsInterp *self,
                          RsObjId   dict,
                          RsValue   container,
                          guint     line)
{
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (RsValue));
  RsForState st;
  RsValue iter, key, value;
  gboolean ok = TRUE;

  /* PyMapping_Keys: list(container.keys()) */
  if (!rs_interp_weakdict_iter (self, container, RS_ITER_KEYS, line, &iter) ||
      !rs_interp_iter_begin (self, iter, line, &st))
    return FALSE;
  while (rs_interp_iter_next (self, &st, &key))
    g_array_append_val (keys, key);
  rs_interp_iter_end (self, &st);
  for (guint i = 0; ok && i < keys->len; i++)
    {
      key = g_array_index (keys, RsValue, i);
      ok = rs_interp_weakdict_getitem (self, container, key, line, &value);
      if (ok)
        rs_heap_dict_set (self->heap, dict, key, value);
    }
  /* the list of keys goes at the end, its last first */
  rs_interp_release_top_first (self, (RsValue *) keys->data, keys->len);
  return ok;
}

/* `other = dict(other)` of pairs, then each stored: CPython's own dict,
 * untraced, whose pairs go when the method ends (key, then value) */
static gboolean
update_from_pairs (RsInterp *self,
                   RsValue   container,
                   RsValue   other,
                   RsValue  *rebound,
                   guint     line)
{
  g_autoptr(GArray) kv = g_array_new (FALSE, FALSE, sizeof (RsValue));
  RsForState st;
  RsValue item;
  gboolean ok = TRUE;

  rs_heap_incref (self->heap, other);
  if (!rs_interp_iter_begin (self, other, line, &st))
    return FALSE;
  for (guint i = 0; ok && rs_interp_iter_next (self, &st, &item); i++)
    {
      g_autoptr(GArray) pair = g_array_new (FALSE, FALSE, sizeof (RsValue));
      ok = rs_interp_dict_pair_of (self, item, i, line, pair) && rs_interp_hashable (self, g_array_index (pair, RsValue, 0), line);
      gint at = -1;
      for (guint j = 0; ok && j < kv->len; j += 2)
        if (rs_heap_weakdict_same_key (self->heap, g_array_index (kv, RsValue, j), g_array_index (pair, RsValue, 0)))
          at = j;
      if (ok)
        {
          rs_interp_hold_values (self, (RsValue *) pair->data, 2);
          if (at < 0)
            g_array_append_vals (kv, pair->data, 2);
          else
            {
              /* an equal key keeps its place and its first object */
              RsValue old = g_array_index (kv, RsValue, at + 1);
              g_array_index (kv, RsValue, at + 1) = g_array_index (pair, RsValue, 1);
              rs_heap_decref (self->heap, g_array_index (pair, RsValue, 0));
              rs_heap_decref (self->heap, old);
            }
        }
      rs_heap_decref (self->heap, item);
    }
  rs_interp_iter_end (self, &st);
  ok = ok && !self->err_set;
  if (ok && rebound != NULL)
    {
      /* update()'s parameter now names the dict: the argument goes */
      rs_heap_decref (self->heap, *rebound);
      *rebound = RS_VALUE_NONE;
    }
  for (guint i = 0; ok && i < kv->len; i += 2)
    ok = rs_interp_weakdict_store (self, container, g_array_index (kv, RsValue, i),
                                   g_array_index (kv, RsValue, i + 1), line);
  rs_interp_release_in_order (self, (RsValue *) kv->data, kv->len);
  return ok;
}

/* Fills a new container from @other: a dict, or another container of
 * the same kind (pairs, for a set: any iterable) */
gboolean
rs_interp_weakdict_update_from (RsInterp *self,
             RsValue   container,
             RsValue   other,
             guint     line)
{
  RsObj *o = rs_heap_get_value (self->heap, other);
  RsWeakDictData *d = data_of (self, container);
  RsForState st;
  RsValue item;

  if (d->kind == RS_WEAKDICT_SET)
    {
      /* `for element in other: self.add(element)` */
      rs_heap_incref (self->heap, other);
      if (!rs_interp_iter_begin (self, other, line, &st))
        return FALSE;
      gboolean ok = TRUE;
      while (ok && rs_interp_iter_next (self, &st, &item))
        {
          ok = rs_interp_weakdict_store (self, container, item, RS_VALUE_ABSENT, line);
          rs_heap_decref (self->heap, item);
        }
      rs_interp_iter_end (self, &st);
      return ok && !self->err_set;
    }
  if (o != NULL && o->kind == RS_KIND_DICT)
    {
      RsDict *src = o->data;
      g_autoptr(GArray) kv = g_array_new (FALSE, FALSE, sizeof (RsDictEntry));
      for (guint i = 0; i < src->len; i++)
        if (src->entries[i].key != RS_VALUE_ABSENT)
          g_array_append_val (kv, src->entries[i]);
      rs_heap_incref (self->heap, other);
      gboolean ok = TRUE;
      for (guint i = 0; ok && i < kv->len; i++)
        ok = rs_interp_weakdict_store (self, container, g_array_index (kv, RsDictEntry, i).key,
                    g_array_index (kv, RsDictEntry, i).value, line);
      rs_heap_decref (self->heap, other);
      return ok;
    }
  if (rs_heap_weakdict_data (self->heap, other) != NULL &&
      rs_heap_weakdict_data (self->heap, other)->kind == d->kind)
    {
      RsValue iter;
      if (!rs_interp_weakdict_iter (self, other, RS_ITER_ITEMS, line, &iter))
        return FALSE;
      if (!rs_interp_iter_begin (self, iter, line, &st))
        return FALSE;
      gboolean ok = TRUE;
      while (ok && rs_interp_iter_next (self, &st, &item))
        {
          const RsList *kv = rs_heap_tuple_items (self->heap, RS_VALUE_OBJECT_ID (item));
          ok = rs_interp_weakdict_store (self, container, kv->items[0], kv->items[1], line);
          rs_heap_decref (self->heap, item);
        }
      rs_interp_iter_end (self, &st);
      return ok;
    }
  return update_from_pairs (self, container, other, NULL, line);
}

gboolean
rs_interp_weakdict_or (RsInterp *self,
                       RsBinOp   op,
                       RsValue   a,
                       RsValue   b,
                       gboolean  inplace,
                       guint     line,
                       RsValue  *out)
{
  gboolean weak_a = rs_interp_weakdict_is_mapping (self, a), weak_b = rs_interp_weakdict_is_mapping (self, b);
  RsObj *x = rs_heap_get_value (self->heap, a), *y = rs_heap_get_value (self->heap, b);
  gboolean map_a = weak_a || (x != NULL && x->kind == RS_KIND_DICT);
  gboolean map_b = weak_b || (y != NULL && y->kind == RS_KIND_DICT);
  RsValue c;

  *out = RS_VALUE_ABSENT;
  if (op != RS_BIN_OR || (!(weak_a && (inplace || map_b)) && !(weak_b && map_a && !inplace)))
    return FALSE;
  if (inplace)
    {
      /* __ior__: self.update(other) */
      if (rs_interp_weakdict_update_from (self, a, b, line))
        {
          rs_heap_incref (self->heap, a);
          *out = a;
        }
      return TRUE;
    }
  /* __or__: c = self.copy(); c.update(other), or __ror__ of a dict on
   * the left: c = self.__class__(); c.update(other); c.update(self) */
  RsWeakDictKind kind = data_of (self, weak_a ? a : b)->kind;
  c = RS_VALUE_OBJECT (rs_heap_new_weakdict (self->heap, kind, rs_interp_atom (self, type_names[kind])));
  if (rs_interp_weakdict_update_from (self, c, a, line) && rs_interp_weakdict_update_from (self, c, b, line))
    *out = c;
  else
    rs_heap_decref (self->heap, c);
  return TRUE;
}

/* update()'s keywords: a value dict stores each under its name
 * (`for key, o in kwargs.items()`), a key dict cannot refer to a str */
static gboolean
store_keywords (RsInterp *self,
                RsValue   container,
                guint     line)
{
  const RsCallKw *kw = self->builtin_kw;

  for (guint i = 0; kw != NULL && i < kw->n; i++)
    {
      if (data_of (self, container)->kind != RS_WEAKDICT_VALUES)
        return rs_interp_raise (self, line, "TypeError", "cannot create weak reference to 'str' object");
      if (!rs_interp_weakdict_store (self, container, rs_interp_kw_key (self, kw, i), kw->values[i], line))
        return FALSE;
    }
  return TRUE;
}

/* The constructors: WeakValueDictionary(other=()), WeakKeyDictionary(dict=None),
 * WeakSet(data=None) */
static gboolean
construct (RsInterp       *self,
           RsWeakDictKind  kind,
           RsValue        *args,
           guint           n_args,
           guint           line,
           RsValue        *out)
{
  if (n_args > 1)
    return rs_interp_raise (self, line, "TypeError", "%s.__init__() takes from 1 to 2 positional "
                            "arguments but %u were given", type_names[kind], n_args + 1);
  RsValue container = RS_VALUE_OBJECT (rs_heap_new_weakdict (self->heap, kind,
                                                             rs_interp_atom (self, type_names[kind])));
  if ((n_args == 1 && args[0] != RS_VALUE_NONE && !rs_interp_weakdict_update_from (self, container, args[0], line))
      || !store_keywords (self, container, line))
    {
      rs_heap_decref (self->heap, container);
      return FALSE;
    }
  *out = container;
  return TRUE;
}

static gboolean
new_value_dict (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out)
{
  return construct (self, RS_WEAKDICT_VALUES, args, n_args, line, out);
}

static gboolean
new_key_dict (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out)
{
  return construct (self, RS_WEAKDICT_KEYS, args, n_args, line, out);
}

static gboolean
new_set (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out)
{
  return construct (self, RS_WEAKDICT_SET, args, n_args, line, out);
}

/* The methods: args[0] is the container */

gboolean
rs_interp_weakdict_arity (RsInterp   *self,
       RsValue     container,
       const char *method,
       guint       n_args,
       guint       min,
       guint       max,
       guint       line)
{
  const char *type = type_names[data_of (self, container)->kind];

  if (n_args - 1 < min)
    return rs_interp_raise (self, line, "TypeError", "%s.%s() missing 1 required positional argument: '%s'",
                            type, method, data_of (self, container)->kind == RS_WEAKDICT_SET ? "item" : "key");
  if (n_args - 1 > max)
    return rs_interp_raise (self, line, "TypeError", "%s.%s() takes from %u to %u positional arguments "
                            "but %u were given", type, method, min + 1, max + 1, n_args);
  return TRUE;
}

static gboolean
method_get_run (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out)
{
  commit (self, args[0]);
  gint i = lookup (self, args[0], args[1], line);
  if (i == -2)
    return FALSE;
  RsValue v = i >= 0 ? entry_value (self, args[0], i) : RS_VALUE_ABSENT;
  if (v == RS_VALUE_ABSENT)
    {
      v = n_args == 3 ? args[2] : RS_VALUE_NONE;
      rs_heap_incref (self->heap, v);
    }
  *out = v;
  return TRUE;
}

static gboolean
method_get (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out)
{
  return rs_interp_weakdict_arity (self, args[0], "get", n_args, 1, 2, line) &&
         rs_interp_weakdict_kept (self, args, n_args, method_get_run (self, args, n_args, line, out));
}

static gboolean
method_pop_run (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out)
{
  commit (self, args[0]);
  gint i = lookup (self, args[0], args[1], line);
  if (i == -2)
    return FALSE;
  RsValue v = RS_VALUE_ABSENT;
  if (i >= 0)
    {
      RsValue taken = rs_heap_weakdict_remove (self->heap, RS_VALUE_OBJECT_ID (args[0]), i, TRUE);
      if (data_of (self, args[0])->kind == RS_WEAKDICT_VALUES)
        {
          /* `self.data.pop(key)()`: the KeyedRef goes once called */
          v = rs_interp_weakdict_referent (self, taken);
          rs_heap_incref (self->heap, v);
          rs_heap_decref (self->heap, taken);
        }
      else
        v = taken;
    }
  if (v == RS_VALUE_ABSENT)
    {
      if (n_args < 3)
        return key_error (self, args[0], args[1], line);
      v = args[2];
      rs_heap_incref (self->heap, v);
    }
  *out = v;
  return TRUE;
}

static gboolean
method_pop (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out)
{
  return rs_interp_weakdict_arity (self, args[0], "pop", n_args, 1, 2, line) &&
         rs_interp_weakdict_kept (self, args, n_args, method_pop_run (self, args, n_args, line, out));
}

/* popitem(): `key, wr = self.data.popitem()` until the referent lives (a
 * value dict commits its removals first, a key dict never does and may
 * meet the dead references waiting there); the frame lets its locals
 * go after the tuple is made: self, key, then wr or value, then o.
 * FALSE when the entries ran out. */
static gboolean
pop_pair (RsInterp *self,
          RsValue   container,
          RsValue  *out)
{
  gboolean values = data_of (self, container)->kind == RS_WEAKDICT_VALUES;
  RsValue key, value, o;

  commit (self, container);
  for (;;)
    {
      if (!rs_heap_weakdict_pop_last (self->heap, RS_VALUE_OBJECT_ID (container), &key, &value))
        return FALSE;
      o = rs_interp_weakdict_referent (self, values ? value : key);
      if (o != RS_VALUE_ABSENT)
        break;
      /* the next `key, wr = ...` rebinds key, then wr */
      rs_heap_decref (self->heap, key);
      rs_heap_decref (self->heap, value);
    }
  RsValue kv[2] = { values ? key : o, values ? o : value };
  rs_interp_hold_values (self, kv, 2);
  *out = RS_VALUE_OBJECT (rs_heap_new_tuple (self->heap, kv, 2));
  rs_heap_decref (self->heap, key);
  rs_heap_decref (self->heap, value);
  return TRUE;
}

static gboolean
method_popitem (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out)
{
  if (!rs_interp_weakdict_arity (self, args[0], "popitem", n_args, 0, 0, line))
    return FALSE;
  if (pop_pair (self, args[0], out))
    return TRUE;
  return rs_interp_weakdict_kept (self, args, n_args, rs_interp_popitem_empty (self, line));
}

/* MutableMapping.clear(): `self.popitem()` until the KeyError, each
 * tuple dropped at once (its last item first) */
static gboolean
method_clear (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out)
{
  RsValue pair;

  if (!rs_interp_weakdict_arity (self, args[0], "clear", n_args, 0, 0, line))
    return FALSE;
  while (pop_pair (self, args[0], &pair))
    rs_heap_decref (self->heap, pair);
  return TRUE;
}

static gboolean
method_setdefault_run (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out)
{
  RsValue dflt = n_args == 3 ? args[2] : RS_VALUE_NONE;
  gint i = lookup (self, args[0], args[1], line);
  if (i == -2)
    return FALSE;
  RsValue v = i >= 0 ? entry_value (self, args[0], i) : RS_VALUE_ABSENT;
  if (v == RS_VALUE_ABSENT)
    commit (self, args[0]);
  if (v == RS_VALUE_ABSENT && !rs_interp_weakdict_store (self, args[0], args[1], dflt, line))
    return FALSE;
  if (v == RS_VALUE_ABSENT)
    {
      v = dflt;
      rs_heap_incref (self->heap, v);
    }
  *out = v;
  return TRUE;
}

static gboolean
method_setdefault (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out)
{
  return rs_interp_weakdict_arity (self, args[0], "setdefault", n_args, 1, 2, line) &&
         rs_interp_weakdict_kept (self, args, n_args, method_setdefault_run (self, args, n_args, line, out));
}

static gboolean
method_update (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out)
{
  commit (self, args[0]);
  if (n_args > 2)
    return rs_interp_raise (self, line, "TypeError", "%s.update() takes from 1 to 2 positional "
                            "arguments but %u were given", type_names[data_of (self, args[0])->kind], n_args);
  if (n_args == 2 && args[1] != RS_VALUE_NONE)
    {
      RsObj *o = rs_heap_get_value (self->heap, args[1]);
      gboolean pairs = (o == NULL || o->kind != RS_KIND_DICT) && !rs_interp_weakdict_is_mapping (self, args[1]);
      gboolean ok = pairs ? update_from_pairs (self, args[0], args[1], &args[1], line)
                          : rs_interp_weakdict_update_from (self, args[0], args[1], line);
      if (!rs_interp_weakdict_kept (self, args, n_args, ok))
        return FALSE;
    }
  return rs_interp_weakdict_kept (self, args, n_args, store_keywords (self, args[0], line));
}

static gboolean
method_copy (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out)
{
  RsWeakDictData *d = data_of (self, args[0]);

  if (!rs_interp_weakdict_arity (self, args[0], "copy", n_args, 0, 0, line))
    return FALSE;
  if (d->kind == RS_WEAKDICT_SET)
    return rs_interp_reject (self, line, "iterating a WeakSet (its order depends on addresses)");
  return construct (self, d->kind, args, 1, line, out);
}

static gboolean
method_keys (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out)
{
  return rs_interp_weakdict_arity (self, args[0], "keys", n_args, 0, 0, line) &&
         rs_interp_weakdict_iter (self, args[0], RS_ITER_KEYS, line, out);
}

static gboolean
method_values (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out)
{
  return rs_interp_weakdict_arity (self, args[0], "values", n_args, 0, 0, line) &&
         rs_interp_weakdict_iter (self, args[0], RS_ITER_VALUES, line, out);
}

static gboolean
method_items (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out)
{
  return rs_interp_weakdict_arity (self, args[0], "items", n_args, 0, 0, line) &&
         rs_interp_weakdict_iter (self, args[0], RS_ITER_ITEMS, line, out);
}

/* WeakSet's methods */

static gboolean
set_add (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out)
{
  return rs_interp_weakdict_arity (self, args[0], "add", n_args, 1, 1, line) &&
         rs_interp_weakdict_kept (self, args, n_args, rs_interp_weakdict_store (self, args[0], args[1], RS_VALUE_ABSENT, line));
}

static gboolean
set_drop (RsInterp   *self,
          RsValue    *args,
          guint       n_args,
          guint       line,
          const char *method,
          gboolean    missing_raises)
{
  if (!rs_interp_weakdict_arity (self, args[0], method, n_args, 1, 1, line))
    return FALSE;
  gint i = lookup (self, args[0], args[1], line);
  if (i == -2)
    return rs_interp_weakdict_kept (self, args, n_args, FALSE);
  if (i >= 0)
    rs_heap_weakdict_remove (self->heap, RS_VALUE_OBJECT_ID (args[0]), i, FALSE);
  else if (missing_raises)
    return rs_interp_weakdict_kept (self, args, n_args, ref_key_error (self, args[1], line));
  return TRUE;
}

static gboolean
set_discard (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out)
{
  return set_drop (self, args, n_args, line, "discard", FALSE);
}

static gboolean
set_remove (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out)
{
  return set_drop (self, args, n_args, line, "remove", TRUE);
}

static gboolean
set_clear (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out)
{
  if (!rs_interp_weakdict_arity (self, args[0], "clear", n_args, 0, 0, line))
    return FALSE;
  rs_heap_weakdict_clear (self->heap, RS_VALUE_OBJECT_ID (args[0]));
  return TRUE;
}

static gboolean
set_pop (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out)
{
  return rs_interp_reject (self, line, "WeakSet.pop() (its choice depends on addresses)");
}

/* repr(): `<WeakValueDictionary at 0x...>`; a WeakSet only empty */
gboolean
rs_interp_weakdict_repr (RsInterp *self,
                         RsValue   container,
                         guint     line,
                         GString  *out)
{
  RsWeakDictData *d = data_of (self, container);

  if (d->kind == RS_WEAKDICT_SET)
    {
      if (d->used > 0)
        return rs_interp_reject (self, line, "repr of a non-empty WeakSet");
      g_string_append (out, "set()");
      return TRUE;
    }
  g_string_append_printf (out, "<%s at %#" G_GINT64_MODIFIER "x>", type_names[d->kind],
                          rs_interp_address (self, container));
  return TRUE;
}

/* The owner the methods of @v are found on (RS_OWNER_NONE: no container) */
guint
rs_interp_weakdict_method_owner (RsInterp *self,
                                 RsValue   v)
{
  RsWeakDictData *d = data_of (self, v);

  if (d == NULL)
    return RS_OWNER_NONE;
  return d->kind == RS_WEAKDICT_SET ? RS_BI_WEAKREF_WEAKSET : RS_BI_WEAKREF_WEAKVALUEDICT;
}

const RsBuiltinRow rs_interp_weakdict_rows[RS_N_BUILTINS] = {
  /*                                owner                        min max          flags             call */
  [RS_BI_WEAKREF_WEAKVALUEDICT] = { RS_BI_MOD_WEAKREF,           0, RS_ARGS_ANY, RS_ROW_OWN_CHECK | RS_ROW_KEYWORDS, new_value_dict },
  [RS_BI_WEAKREF_WEAKKEYDICT]   = { RS_BI_MOD_WEAKREF,           0, RS_ARGS_ANY, RS_ROW_OWN_CHECK, new_key_dict },
  [RS_BI_WEAKREF_WEAKSET]       = { RS_BI_MOD_WEAKREF,           0, RS_ARGS_ANY, RS_ROW_OWN_CHECK, new_set },
  /* both dicts' methods are found on the value dict's name */
  [RS_BI_WEAKDICT_GET]          = { RS_BI_WEAKREF_WEAKVALUEDICT, 0, RS_ARGS_ANY, RS_ROW_OWN_CHECK, method_get },
  [RS_BI_WEAKDICT_POP]          = { RS_BI_WEAKREF_WEAKVALUEDICT, 0, RS_ARGS_ANY, RS_ROW_OWN_CHECK, method_pop },
  [RS_BI_WEAKDICT_SETDEFAULT]   = { RS_BI_WEAKREF_WEAKVALUEDICT, 0, RS_ARGS_ANY, RS_ROW_OWN_CHECK, method_setdefault },
  [RS_BI_WEAKDICT_UPDATE]       = { RS_BI_WEAKREF_WEAKVALUEDICT, 0, RS_ARGS_ANY, RS_ROW_OWN_CHECK | RS_ROW_KEYWORDS, method_update },
  [RS_BI_WEAKDICT_COPY]         = { RS_BI_WEAKREF_WEAKVALUEDICT, 0, RS_ARGS_ANY, RS_ROW_OWN_CHECK, method_copy },
  [RS_BI_WEAKDICT_POPITEM]      = { RS_BI_WEAKREF_WEAKVALUEDICT, 0, RS_ARGS_ANY, RS_ROW_OWN_CHECK, method_popitem },
  [RS_BI_WEAKDICT_CLEAR]        = { RS_BI_WEAKREF_WEAKVALUEDICT, 0, RS_ARGS_ANY, RS_ROW_OWN_CHECK, method_clear },
  [RS_BI_WEAKDICT_KEYS]         = { RS_BI_WEAKREF_WEAKVALUEDICT, 0, RS_ARGS_ANY, RS_ROW_OWN_CHECK, method_keys },
  [RS_BI_WEAKDICT_VALUES]       = { RS_BI_WEAKREF_WEAKVALUEDICT, 0, RS_ARGS_ANY, RS_ROW_OWN_CHECK, method_values },
  [RS_BI_WEAKDICT_ITEMS]        = { RS_BI_WEAKREF_WEAKVALUEDICT, 0, RS_ARGS_ANY, RS_ROW_OWN_CHECK, method_items },
  [RS_BI_WEAKSET_ADD]           = { RS_BI_WEAKREF_WEAKSET,       0, RS_ARGS_ANY, RS_ROW_OWN_CHECK, set_add },
  [RS_BI_WEAKSET_DISCARD]       = { RS_BI_WEAKREF_WEAKSET,       0, RS_ARGS_ANY, RS_ROW_OWN_CHECK, set_discard },
  [RS_BI_WEAKSET_REMOVE]        = { RS_BI_WEAKREF_WEAKSET,       0, RS_ARGS_ANY, RS_ROW_OWN_CHECK, set_remove },
  [RS_BI_WEAKSET_CLEAR]         = { RS_BI_WEAKREF_WEAKSET,       0, RS_ARGS_ANY, RS_ROW_OWN_CHECK, set_clear },
  [RS_BI_WEAKSET_POP]           = { RS_BI_WEAKREF_WEAKSET,       0, RS_ARGS_ANY, RS_ROW_OWN_CHECK, set_pop },
  [RS_BI_WEAKSET_COPY]          = { RS_BI_WEAKREF_WEAKSET,       0, RS_ARGS_ANY, RS_ROW_OWN_CHECK, method_copy },
};
