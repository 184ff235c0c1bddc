/* rs-heap-weakdict.c: the entries of weak containers
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * WeakValueDictionary, WeakKeyDictionary and WeakSet are Python classes of
 * CPython's weakref module that keep their entries in a plain dict or set
 * (`self.data`).  The model keeps those entries in the container itself:
 * each strong reference is a hidden slot, and the weak side is a weak
 * reference object (RS_KIND_WEAKREF) the container holds, whose callback
 * the interpreter runs to remove the entry (rs-interp-weakdict.c).
 */
#include "rs-heap-private.h"

RsObjId
rs_heap_new_weakdict (RsHeap         *self,
                      RsWeakDictKind  kind,
                      guint32         type_atom)
{
  RsWeakDictData *wd = g_new0 (RsWeakDictData, 1);

  wd->kind = kind;
  wd->entries = g_array_new (FALSE, TRUE, sizeof (RsWeakDictEntry));
  wd->pending = g_array_new (FALSE, FALSE, sizeof (RsValue));
  return rs_heap_alloc (self, RS_KIND_WEAKDICT, type_atom, wd);
}

RsWeakDictData *
rs_heap_weakdict_data (RsHeap  *self,
                       RsValue  v)
{
  RsObj *o = rs_heap_get_value (self, v);

  return o != NULL && o->kind == RS_KIND_WEAKDICT ? o->data : NULL;
}

RsObjId
rs_heap_weakdict_ref (RsHeap  *self,
                      RsObjId  owner,
                      RsObjId  referent,
                      RsValue  callback,
                      RsValue  key)
{
  RsObjId w = rs_heap_weakref (self, referent, callback);
  RsWeakData *wdata = rs_heap_obj (self, w)->data;

  wdata->owner = owner;
  if (key != RS_VALUE_ABSENT)
    {
      wdata->key = key;
      rs_heap_hidden_set (self, w, self->atom_key, key);
    }
  return w;
}

static guint32
entry_atom (RsHeap     *self,
            const char *what,
            guint       seq)
{
  g_autofree char *name = g_strdup_printf ("%s %u", what, seq);

  return rs_atoms_intern (self->atoms, name, -1);
}

void
rs_heap_weakdict_append (RsHeap  *self,
                         RsObjId  wd,
                         RsValue  key,
                         RsValue  value)
{
  g_return_if_fail (rs_heap_has_kind (self, wd, RS_KIND_WEAKDICT));

  RsWeakDictData *d = rs_heap_obj (self, wd)->data;
  guint seq = ++d->next_seq;
  RsWeakDictEntry e = {
    .key = key, .value = value,
    .key_atom = entry_atom (self, d->kind == RS_WEAKDICT_SET ? "item" : "key", seq),
    .value_atom = value != RS_VALUE_ABSENT ? entry_atom (self, "value", seq) : 0,
  };

  g_array_append_val (d->entries, e);
  d->used++;
  rs_heap_slot_event (self, RS_EV_ATTR_SET, RS_EVENT_HIDDEN | RS_EVENT_FROM_TEMP, wd, e.key_atom, 0, key);
  if (value != RS_VALUE_ABSENT)
    rs_heap_slot_event (self, RS_EV_ATTR_SET, RS_EVENT_HIDDEN | RS_EVENT_FROM_TEMP, wd, e.value_atom, 0, value);
}

void
rs_heap_weakdict_set_value (RsHeap  *self,
                            RsObjId  wd,
                            guint    i,
                            RsValue  value)
{
  g_return_if_fail (rs_heap_has_kind (self, wd, RS_KIND_WEAKDICT));

  RsWeakDictData *d = rs_heap_obj (self, wd)->data;
  RsWeakDictEntry *e = &g_array_index (d->entries, RsWeakDictEntry, i);
  RsValue old = e->value;

  e->value = value;
  rs_heap_slot_event (self, RS_EV_ATTR_SET, RS_EVENT_HIDDEN | RS_EVENT_FROM_TEMP, wd, e->value_atom, old, value);
}

RsValue
rs_heap_weakdict_remove (RsHeap   *self,
                         RsObjId   wd,
                         guint     i,
                         gboolean  take)
{
  g_return_val_if_fail (rs_heap_has_kind (self, wd, RS_KIND_WEAKDICT), RS_VALUE_ABSENT);

  RsWeakDictData *d = rs_heap_obj (self, wd)->data;
  RsWeakDictEntry e = g_array_index (d->entries, RsWeakDictEntry, i);

  g_return_val_if_fail (e.key != RS_VALUE_ABSENT, RS_VALUE_ABSENT);
  g_array_index (d->entries, RsWeakDictEntry, i).key = RS_VALUE_ABSENT;
  g_array_index (d->entries, RsWeakDictEntry, i).value = RS_VALUE_ABSENT;
  d->used--;
  if (take)
    {
      /* _PyDict_Pop: the key goes, the value is handed out */
      rs_heap_hidden_release (self, wd, e.key_atom, e.key);
      if (e.value != RS_VALUE_ABSENT)
        rs_heap_slot_event (self, RS_EV_ATTR_SET, RS_EVENT_HIDDEN | RS_EVENT_OLD_TO_TEMP, wd,
                            e.value_atom, e.value, 0);
      return e.value;
    }
  /* delitem_common: the value, then the key */
  rs_heap_hidden_release (self, wd, e.value_atom, e.value);
  rs_heap_hidden_release (self, wd, e.key_atom, e.key);
  return RS_VALUE_ABSENT;
}

gboolean
rs_heap_weakdict_pop_last (RsHeap  *self,
                           RsObjId  wd,
                           RsValue *key,
                           RsValue *value)
{
  g_return_val_if_fail (rs_heap_has_kind (self, wd, RS_KIND_WEAKDICT), FALSE);

  RsWeakDictData *d = rs_heap_obj (self, wd)->data;
  guint i = d->entries->len;

  while (i > 0 && g_array_index (d->entries, RsWeakDictEntry, i - 1).key == RS_VALUE_ABSENT)
    i--;
  if (i == 0)
    return FALSE;
  RsWeakDictEntry e = g_array_index (d->entries, RsWeakDictEntry, i - 1);
  /* dict.popitem() takes the last entry off the table: its slot is free again */
  g_array_set_size (d->entries, i - 1);
  d->used--;
  rs_heap_slot_event (self, RS_EV_ATTR_SET, RS_EVENT_HIDDEN | RS_EVENT_OLD_TO_TEMP, wd, e.key_atom, e.key, 0);
  if (e.value != RS_VALUE_ABSENT)
    rs_heap_slot_event (self, RS_EV_ATTR_SET, RS_EVENT_HIDDEN | RS_EVENT_OLD_TO_TEMP, wd,
                        e.value_atom, e.value, 0);
  *key = e.key;
  *value = e.value;
  return TRUE;
}

gboolean
rs_heap_weakdict_same_key (RsHeap  *self,
                           RsValue  a,
                           RsValue  b)
{
  return rs_heap_dict_key (self, a) == rs_heap_dict_key (self, b);
}

void
rs_heap_weakdict_clear (RsHeap  *self,
                        RsObjId  wd)
{
  g_return_if_fail (rs_heap_has_kind (self, wd, RS_KIND_WEAKDICT));

  RsWeakDictData *d = rs_heap_obj (self, wd)->data;
  GArray *entries = d->entries;

  /* the entries leave first: what they release may look at @wd */
  d->entries = g_array_new (FALSE, TRUE, sizeof (RsWeakDictEntry));
  d->used = 0;
  for (guint i = 0; i < entries->len; i++)
    {
      RsWeakDictEntry e = g_array_index (entries, RsWeakDictEntry, i);
      if (e.key == RS_VALUE_ABSENT)
        continue;
      rs_heap_hidden_release (self, wd, e.key_atom, e.key);
      rs_heap_hidden_release (self, wd, e.value_atom, e.value);
    }
  g_array_unref (entries);
}

void
rs_heap_weakdict_foreach (RsObj    *o,
                          void    (*fn) (RsHeap *self, RsValue v, gpointer data),
                          RsHeap   *self,
                          gpointer  data)
{
  RsWeakDictData *d = o->data;

  for (guint i = 0; i < d->entries->len; i++)
    {
      RsWeakDictEntry *e = &g_array_index (d->entries, RsWeakDictEntry, i);
      if (e->key == RS_VALUE_ABSENT)
        continue;
      fn (self, e->key, data);
      fn (self, e->value, data);
    }
  for (guint i = 0; i < d->attrs.len; i++)
    fn (self, d->attrs.items[i].value, data);
  for (guint i = 0; i < d->pending->len; i++)
    fn (self, g_array_index (d->pending, RsValue, i), data);
}

void
rs_heap_weakdict_defer (RsHeap  *self,
                        RsObjId  wd,
                        RsValue  v)
{
  g_return_if_fail (rs_heap_has_kind (self, wd, RS_KIND_WEAKDICT));

  rs_heap_incref (self, v);
  g_array_append_val (((RsWeakDictData *) rs_heap_obj (self, wd)->data)->pending, v);
}

/* The entry a pending @v stands for, -1 if it went already: a value
 * dict's key whose KeyedRef is dead (_remove_dead_weakref), or the weak
 * reference itself */
static gint
pending_entry (RsHeap  *self,
               RsObjId  wd,
               RsValue  v)
{
  RsWeakDictData *d = rs_heap_obj (self, wd)->data;

  for (guint i = 0; i < d->entries->len; i++)
    {
      RsWeakDictEntry *e = &g_array_index (d->entries, RsWeakDictEntry, i);
      if (e->key == RS_VALUE_ABSENT)
        continue;
      if (d->kind != RS_WEAKDICT_VALUES)
        {
          if (e->key == v)
            return i;
          continue;
        }
      if (rs_heap_weakdict_same_key (self, e->key, v))
        {
          RsObj *w = rs_heap_get_value (self, e->value);
          return w != NULL && w->kind == RS_KIND_WEAKREF && ((RsWeakData *) w->data)->referent == 0
                 && ((RsWeakData *) w->data)->immortal == RS_VALUE_ABSENT ? (gint) i : -1;
        }
    }
  return -1;
}

void
rs_heap_weakdict_commit (RsHeap  *self,
                         RsObjId  wd)
{
  g_return_if_fail (rs_heap_has_kind (self, wd, RS_KIND_WEAKDICT));

  for (;;)
    {
      GArray *pending = ((RsWeakDictData *) rs_heap_obj (self, wd)->data)->pending;
      if (pending->len == 0)
        return;
      /* `key = pop()`: the key is the local's until the next pop */
      RsValue v = g_array_index (pending, RsValue, pending->len - 1);
      g_array_set_size (pending, pending->len - 1);
      gint i = pending_entry (self, wd, v);
      if (i >= 0)
        rs_heap_weakdict_remove (self, wd, i, FALSE);
      rs_heap_decref (self, v);
    }
}

void
rs_heap_weakdict_end_iteration (RsHeap  *self,
                                RsObjId  wd)
{
  RsWeakDictData *d;

  if (!rs_heap_has_kind (self, wd, RS_KIND_WEAKDICT))
    return;
  d = rs_heap_obj (self, wd)->data;
  if (d->iterating > 0 && --d->iterating == 0)
    rs_heap_weakdict_commit (self, wd);
}

/* The pending list as a list releases them: the last first */
static void
release_pending (RsHeap  *self,
                 RsObjId  wd)
{
  RsWeakDictData *d = rs_heap_obj (self, wd)->data;
  GArray *pending = d->pending;

  d->pending = g_array_new (FALSE, FALSE, sizeof (RsValue));
  for (guint i = pending->len; i > 0; i--)
    rs_heap_decref (self, g_array_index (pending, RsValue, i - 1));
  g_array_unref (pending);
}

/* subtype_dealloc: the container's weak references go first (its removal
 * callbacks then find it gone), then its __dict__: `data` and the other
 * attributes its __init__ sets, then the script's own */
void
rs_heap_weakdict_dealloc (RsHeap  *self,
                          RsObjId  id)
{
  RsWeakDictData *d = rs_heap_obj (self, id)->data;

  d->dying = TRUE;
  /* a value dict's __init__ sets _pending_removals before data, a key
   * dict's after */
  if (d->kind == RS_WEAKDICT_VALUES)
    release_pending (self, id);
  rs_heap_weakdict_clear (self, id);
  release_pending (self, id);
  rs_heap_attrs_release (self, id);
}
