/* rs-heap-finalizer.c: weakref.finalize objects and their registry
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CPython's finalize keeps, in a registry its class holds, an _Info per
 * live finalizer: a weak reference to the object (whose callback is the
 * finalizer), the function and the arguments tuple.  Here the finalizer
 * object holds them itself, in hidden slots, and the registry's
 * reference is a hidden slot of the finalizer on itself.  Nothing a
 * finalizer holds is traversed: the registry is no name of the script,
 * so what only a live finalizer holds is leaked, and the collector sees
 * the registry's references as external ones (it never frees them).
 */
#include "rs-heap-private.h"

RsObjId
rs_heap_new_finalizer (RsHeap  *self,
                       RsObjId  obj,
                       RsValue  func,
                       RsValue  args)
{
  g_return_val_if_fail (rs_heap_get (self, obj) != NULL, 0);

  RsFinalizerData *fd = g_new0 (RsFinalizerData, 1);
  RsObjId id = rs_heap_alloc (self, RS_KIND_FINALIZER, self->kind_atoms[RS_KIND_FINALIZER], fd);
  /* info.weakref = ref(obj, self); info.func = func; info.args = args */
  RsObjId wref = rs_heap_weakref (self, obj, RS_VALUE_OBJECT (id));
  fd = rs_heap_obj (self, id)->data;
  fd->wref = wref;
  rs_heap_slot_event (self, RS_EV_ATTR_SET, RS_EVENT_HIDDEN | RS_EVENT_FROM_TEMP, id,
                      rs_atoms_intern (self->atoms, "weakref", -1), 0, RS_VALUE_OBJECT (wref));
  fd->func = func;
  rs_heap_hidden_set (self, id, rs_atoms_intern (self->atoms, "func", -1), func);
  fd->args = args;
  rs_heap_hidden_set (self, id, rs_atoms_intern (self->atoms, "args", -1), args);
  fd->alive = TRUE;
  fd->atexit = TRUE;
  /* self._registry[self] = info */
  rs_heap_hidden_set (self, id, rs_atoms_intern (self->atoms, "registry", -1), RS_VALUE_OBJECT (id));
  return id;
}

static RsValue
take_slot (RsHeap     *self,
           RsObjId     id,
           const char *name,
           RsValue     v)
{
  rs_heap_slot_event (self, RS_EV_ATTR_SET, RS_EVENT_HIDDEN | RS_EVENT_OLD_TO_TEMP, id,
                      rs_atoms_intern (self->atoms, name, -1), v, 0);
  return v;
}

gboolean
rs_heap_finalizer_pop (RsHeap  *self,
                       RsObjId  id,
                       RsValue *func,
                       RsValue *args,
                       RsObjId *wref)
{
  g_return_val_if_fail (rs_heap_has_kind (self, id, RS_KIND_FINALIZER), FALSE);

  RsFinalizerData *fd = rs_heap_obj (self, id)->data;
  if (!fd->alive)
    return FALSE;
  RsFinalizerData taken = *fd;
  fd->alive = FALSE;
  fd->func = fd->args = RS_VALUE_ABSENT;
  fd->wref = 0;
  /* the registry lets go of the key (the caller holds the finalizer) and
   * hands the info over */
  rs_heap_hidden_release (self, id, rs_atoms_intern (self->atoms, "registry", -1), RS_VALUE_OBJECT (id));
  *wref = RS_VALUE_OBJECT_ID (take_slot (self, id, "weakref", RS_VALUE_OBJECT (taken.wref)));
  *func = take_slot (self, id, "func", taken.func);
  *args = take_slot (self, id, "args", taken.args);
  return TRUE;
}

/* _Info's slots go in alphabetical order: args, atexit, func, index,
 * kwargs, weakref */
void
rs_heap_finalizer_release (RsHeap  *self,
                           RsValue  func,
                           RsValue  args,
                           RsObjId  wref)
{
  rs_heap_decref (self, args);
  rs_heap_decref (self, func);
  rs_heap_decref (self, RS_VALUE_OBJECT (wref));
}
