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

RsObjId
rs_heap_weakref (RsHeap  *self,
                 RsObjId  referent,
                 RsValue  callback)
{
  g_return_val_if_fail (rs_heap_get (self, referent) != NULL, 0);

  GArray *wl = rs_heap_weaklist (self, referent, TRUE);
  gboolean has_basic = wl->len > 0 &&
    ((RsWeakData *) rs_heap_obj (self, g_array_index (wl, RsObjId, 0))->data)->callback == RS_VALUE_ABSENT;

  if (callback == RS_VALUE_ABSENT && has_basic)
    {
      RsObjId basic = g_array_index (wl, RsObjId, 0);
      rs_heap_incref (self, RS_VALUE_OBJECT (basic));
      return basic;
    }

  RsWeakData *wd = g_new0 (RsWeakData, 1);
  RsObjId id = rs_heap_alloc (self, RS_KIND_WEAKREF, self->kind_atoms[RS_KIND_WEAKREF], wd);
  wd->referent = referent;
  rs_heap_emit (self, RS_EV_WEAK_SET, 0, id, 0, 0, RS_VALUE_OBJECT (referent));
  if (callback != RS_VALUE_ABSENT)
    {
      wd->callback = callback;
      rs_heap_hidden_set (self, id, self->atom_callback, callback);
    }
  /* CPython: the basic ref heads the list, callback refs go right after it */
  wl = rs_heap_weaklist (self, referent, TRUE);
  guint at = (callback != RS_VALUE_ABSENT && has_basic) ? 1 : 0;
  g_array_insert_val (wl, at, id);
  return id;
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
void
rs_heap_clear_weakrefs (RsHeap  *self,
                        RsObjId  referent)
{
  GArray *wl = rs_heap_weaklist (self, referent, FALSE);
  if (wl == NULL)
    return;
  g_autoptr(GArray) refs = g_array_copy (wl);

  for (guint i = 0; i < refs->len; i++)
    rs_heap_weak_unlink (self, g_array_index (refs, RsObjId, i));
  /* refs still lists them head first: basic ones have no callback */
  g_autoptr(GArray) calls = g_array_new (FALSE, FALSE, sizeof (RsValue));
  guint n_callbacks = 0;
  for (guint i = 0; i < refs->len; i++)
    if (((RsWeakData *) rs_heap_obj (self, g_array_index (refs, RsObjId, i))->data)->callback != RS_VALUE_ABSENT)
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
      if (((RsWeakData *) rs_heap_obj (self, w)->data)->callback == RS_VALUE_ABSENT)
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

void
rs_heap_weak_clear (RsHeap  *self,
                    RsObjId  id)
{
  rs_heap_weak_unlink (self, id);
  rs_heap_decref (self, weak_take_callback (self, id));
}
