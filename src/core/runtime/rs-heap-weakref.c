/* rs-heap-weakref.c: weak references, their lists and their callbacks
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rs-heap-private.h"

GArray *
rs_heap_weaklist (RsHeap   *self,
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

static RsWeakData *
weak_data (RsHeap  *self,
           RsObjId  id)
{
  return rs_heap_obj (self, id)->data;
}

static gboolean
is_basic (RsWeakData   *wd,
          RsWeakFlavor  flavor)
{
  gboolean proxy = flavor == RS_WEAK_PROXY || flavor == RS_WEAK_CALLABLE_PROXY;

  return wd->callback == RS_VALUE_ABSENT &&
         (proxy ? (wd->flavor == RS_WEAK_PROXY || wd->flavor == RS_WEAK_CALLABLE_PROXY)
                : wd->flavor == RS_WEAK_REF);
}

/* weakref_new and PyWeakref_NewProxy: the callback-less ref or proxy is
 * shared.  CPython keeps a callback-less proxy at the head of the list
 * and puts everything else right after it, or at the head (the oracle's
 * ref is a subclass: never the "basic ref" CPython looks for). */
RsObjId
rs_heap_weakref_flavor (RsHeap       *self,
                        RsObjId       referent,
                        RsValue       callback,
                        RsWeakFlavor  flavor)
{
  g_return_val_if_fail (rs_heap_get (self, referent) != NULL, 0);

  GArray *wl = rs_heap_weaklist (self, referent, TRUE);
  gboolean proxy_head = wl->len > 0 && is_basic (weak_data (self, g_array_index (wl, RsObjId, 0)), RS_WEAK_PROXY);

  if (callback == RS_VALUE_ABSENT && flavor != RS_WEAK_METHOD && flavor != RS_WEAK_METHOD_FUNC)
    for (guint i = 0; i < wl->len; i++)
      if (is_basic (weak_data (self, g_array_index (wl, RsObjId, i)), flavor))
        {
          RsObjId basic = g_array_index (wl, RsObjId, i);
          rs_heap_incref (self, RS_VALUE_OBJECT (basic));
          return basic;
        }

  static const char *const types[] = {
    [RS_WEAK_REF] = "weakref", [RS_WEAK_PROXY] = "weakproxy",
    [RS_WEAK_CALLABLE_PROXY] = "weakcallableproxy", [RS_WEAK_METHOD] = "WeakMethod",
    [RS_WEAK_METHOD_FUNC] = "weakref",
  };
  RsWeakData *wd = g_new0 (RsWeakData, 1);
  wd->flavor = flavor;
  wd->user_callback = RS_VALUE_ABSENT;
  RsObjId id = rs_heap_alloc (self, RS_KIND_WEAKREF, flavor == RS_WEAK_REF ? self->kind_atoms[RS_KIND_WEAKREF]
                              : rs_atoms_intern (self->atoms, types[flavor], -1), wd);
  wd->referent = referent;
  rs_heap_emit (self, RS_EV_WEAK_SET, 0, id, 0, 0, RS_VALUE_OBJECT (referent));
  if (callback != RS_VALUE_ABSENT)
    {
      /* a builtin holds no reference: no slot (a WeakMethod's _cb is one) */
      wd->callback = callback;
      if (RS_VALUE_IS_OBJECT (callback))
        rs_heap_hidden_set (self, id, self->atom_callback, callback);
    }
  wl = rs_heap_weaklist (self, referent, TRUE);
  guint at = proxy_head && !(callback == RS_VALUE_ABSENT && flavor != RS_WEAK_REF && flavor < RS_WEAK_METHOD) ? 1 : 0;
  g_array_insert_val (wl, MIN (at, wl->len), id);
  return id;
}

RsObjId
rs_heap_weakref (RsHeap  *self,
                 RsObjId  referent,
                 RsValue  callback)
{
  return rs_heap_weakref_flavor (self, referent, callback, RS_WEAK_REF);
}

guint
rs_heap_weakref_count (RsHeap  *self,
                       RsObjId  referent)
{
  GArray *wl = rs_heap_weaklist (self, referent, FALSE);

  return wl != NULL ? wl->len : 0;
}

RsObjId
rs_heap_weakref_immortal (RsHeap  *self,
                          RsValue  referent)
{
  g_return_val_if_fail (!RS_VALUE_IS_OBJECT (referent), 0);

  RsWeakData *wd = g_new0 (RsWeakData, 1);

  wd->immortal = referent;
  return rs_heap_alloc (self, RS_KIND_WEAKREF, self->kind_atoms[RS_KIND_WEAKREF], wd);
}

void
rs_heap_weak_unlink (RsHeap  *self,
                     RsObjId  wref)
{
  RsWeakData *wd = rs_heap_obj (self, wref)->data;

  if (wd->referent == 0)
    return;
  GArray *wl = rs_heap_weaklist (self, wd->referent, FALSE);
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
  RsWeakData *wd = rs_heap_obj (self, wref)->data;
  RsValue cb = wd->callback;

  wd->callback = RS_VALUE_ABSENT;
  if (RS_VALUE_IS_OBJECT (cb))
    {
      rs_heap_slot_event (self, RS_EV_ATTR_SET, RS_EVENT_HIDDEN | RS_EVENT_OLD_TO_TEMP,
                          wref, self->atom_callback, cb, 0);
    }
  return cb;
}

/* PyObject_ClearWeakRefs: up to two callback-less refs at the head of
 * the list go first; then, if one ref is left, its callback is called
 * with it as it is; else every ref left is cleared into a tuple (with its
 * callback), the callbacks run newest first and the tuple is released
 * afterwards (its items last to first). */
void
rs_heap_clear_weakrefs (RsHeap  *self,
                        RsObjId  referent)
{
  GArray *wl = rs_heap_weaklist (self, referent, FALSE);

  for (guint i = 0; i < 2 && wl != NULL && wl->len > 0; i++)
    {
      RsObjId head = g_array_index (wl, RsObjId, 0);
      if (weak_data (self, head)->callback != RS_VALUE_ABSENT)
        break;
      rs_heap_weak_unlink (self, head);
      wl = rs_heap_weaklist (self, referent, FALSE);
    }
  if (wl == NULL)
    return;
  g_autoptr(GArray) refs = g_array_copy (wl);

  if (refs->len == 1)
    {
      /* one ref: called with the weakref as it is, no tuple */
      RsObjId w = g_array_index (refs, RsObjId, 0);
      RsValue cb = weak_take_callback (self, w);
      rs_heap_weak_unlink (self, w);
      if (cb != RS_VALUE_ABSENT && self->hooks.weak_callback != NULL)
        self->hooks.weak_callback (self->hooks_data, cb, w);
      rs_heap_decref (self, cb);
      return;
    }
  g_autoptr(GArray) calls = g_array_new (FALSE, FALSE, sizeof (RsValue));
  for (guint i = 0; i < refs->len; i++)
    {
      RsObjId w = g_array_index (refs, RsObjId, i);
      RsValue wv = RS_VALUE_OBJECT (w);
      rs_heap_incref (self, wv);
      RsValue cb = weak_take_callback (self, w);
      rs_heap_weak_unlink (self, w);
      g_array_append_val (calls, wv);
      g_array_append_val (calls, cb);
    }
  for (guint i = 0; i < calls->len; i += 2)
    {
      RsValue wv = g_array_index (calls, RsValue, i);
      RsValue cb = g_array_index (calls, RsValue, i + 1);
      if (cb != RS_VALUE_ABSENT && self->hooks.weak_callback != NULL)
        self->hooks.weak_callback (self->hooks_data, cb, RS_VALUE_OBJECT_ID (wv));
    }
  for (guint i = calls->len; i > 0; i--)
    rs_heap_decref (self, g_array_index (calls, RsValue, i - 1));
}

/* weakref_dealloc; a WeakMethod's subtype_dealloc releases its
 * _func_ref first, its _cb (with the callback it calls) last */
void
rs_heap_weak_clear (RsHeap  *self,
                    RsObjId  id)
{
  RsWeakData *wd = weak_data (self, id);

  if (wd->flavor == RS_WEAK_METHOD && wd->func_ref != 0)
    {
      RsObjId func_ref = wd->func_ref;
      wd->func_ref = 0;
      rs_heap_hidden_release (self, id, rs_atoms_intern (self->atoms, "_func_ref", -1),
                              RS_VALUE_OBJECT (func_ref));
    }
  rs_heap_weak_unlink (self, id);
  rs_heap_decref (self, weak_take_callback (self, id));
  wd = weak_data (self, id);
  RsValue user = wd->user_callback;
  wd->user_callback = RS_VALUE_ABSENT;
  if (user != RS_VALUE_ABSENT)
    rs_heap_hidden_release (self, id, self->atom_callback, user);
}
