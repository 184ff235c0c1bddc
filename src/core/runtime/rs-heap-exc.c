/* rs-heap-exc.c: builtin exceptions, untraced objects that hold their args, cause and context
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The slots are ATTR_SET events on the exception, so the history and the
 * drawing see what it holds; the frames its traceback keeps belong to the
 * interpreter, which releases them through RsHeapHooks.release_traceback.
 */
#include "rs-heap-private.h"

#include <string.h>

RsObjId
rs_heap_new_exception (RsHeap  *self,
                       guint    cls,
                       guint32  name,
                       RsValue  args)
{
  RsExcData *x = g_new0 (RsExcData, 1);
  RsObjId id = rs_heap_alloc (self, RS_KIND_EXCEPTION, name, x);

  x->cls = cls;
  x->obj = x->cause = x->context = RS_VALUE_ABSENT;
  x->args = args;
  rs_heap_slot_event (self, RS_EV_ATTR_SET, RS_EVENT_FROM_TEMP, id,
                      rs_atoms_intern (self->atoms, "args", -1), 0, args);
  return id;
}

void
rs_heap_exception_instance (RsHeap  *self,
                            RsObjId  id,
                            guint    cls,
                            RsValue  args)
{
  g_return_if_fail (rs_heap_has_kind (self, id, RS_KIND_INSTANCE));

  RsExcData *x = g_new0 (RsExcData, 1);

  if (self->exc_instances == NULL)
    self->exc_instances = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_hash_table_insert (self->exc_instances, GUINT_TO_POINTER (id), x);
  rs_heap_obj (self, id)->flags |= RS_OBJ_DICT_MODE;
  x->cls = cls;
  x->obj = x->cause = x->context = RS_VALUE_ABSENT;
  x->args = args;
  rs_heap_slot_event (self, RS_EV_ATTR_SET, RS_EVENT_FROM_TEMP, id,
                      rs_atoms_intern (self->atoms, "args", -1), 0, args);
}

RsExcData *
rs_heap_exception_data (RsHeap  *self,
                        RsValue  v)
{
  RsObj *o = rs_heap_get_value (self, v);

  if (o != NULL && o->kind == RS_KIND_INSTANCE && self->exc_instances != NULL)
    return g_hash_table_lookup (self->exc_instances, GUINT_TO_POINTER (o->id));
  return o != NULL && o->kind == RS_KIND_EXCEPTION ? o->data : NULL;
}

static RsValue *
slot_of (RsExcData  *x,
         const char *slot)
{
  if (strcmp (slot, "args") == 0)
    return &x->args;
  if (strcmp (slot, "obj") == 0)
    return &x->obj;
  if (strcmp (slot, "__cause__") == 0)
    return &x->cause;
  g_assert (strcmp (slot, "__context__") == 0);
  return &x->context;
}

void
rs_heap_exception_set (RsHeap     *self,
                       RsObjId     id,
                       const char *slot,
                       RsValue     value)
{
  RsExcData *x = rs_heap_exception_data (self, RS_VALUE_OBJECT (id));

  g_return_if_fail (x != NULL);

  RsValue *place = slot_of (x, slot);
  RsValue old = *place;

  *place = value;
  rs_heap_slot_event (self, RS_EV_ATTR_SET, value != RS_VALUE_ABSENT ? RS_EVENT_FROM_TEMP : 0, id,
                      rs_atoms_intern (self->atoms, slot, -1), old, value);
}

static void
release_slot (RsHeap     *self,
              RsObjId     id,
              const char *slot)
{
  RsValue *place = slot_of (rs_heap_exception_data (self, RS_VALUE_OBJECT (id)), slot);
  RsValue old = *place;

  *place = RS_VALUE_ABSENT;
  if (old != RS_VALUE_ABSENT)
    rs_heap_slot_event (self, RS_EV_ATTR_SET, 0, id, rs_atoms_intern (self->atoms, slot, -1), old, 0);
}

/* AttributeError_clear, then BaseException_clear: obj, args, the
 * traceback, cause, context */
void
rs_heap_exception_clear (RsHeap  *self,
                         RsObjId  id)
{
  release_slot (self, id, "obj");
  release_slot (self, id, "args");
  RsExcData *x = rs_heap_exception_data (self, RS_VALUE_OBJECT (id));
  gpointer tb = g_steal_pointer (&x->traceback);
  if (tb != NULL && self->hooks.release_traceback != NULL)
    self->hooks.release_traceback (self->hooks_data, tb);
  release_slot (self, id, "__cause__");
  release_slot (self, id, "__context__");
}

void
rs_heap_exception_keep_frame (RsHeap  *self,
                              RsObjId  id)
{
  if (self->kept_frames == NULL)
    self->kept_frames = g_hash_table_new (NULL, NULL);
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (self->kept_frames, GUINT_TO_POINTER (id)));
  g_hash_table_insert (self->kept_frames, GUINT_TO_POINTER (id), GUINT_TO_POINTER (n + 1));
  rs_heap_obj (self, id)->flags |= RS_OBJ_KEEPS_FRAMES;
}

void
rs_heap_exception_frame_gone (RsHeap  *self,
                              RsObjId  id)
{
  RsObj *o = rs_heap_lookup (self, id);
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (self->kept_frames, GUINT_TO_POINTER (id)));

  g_assert (o != NULL && n > 0);
  if (n > 1)
    {
      g_hash_table_insert (self->kept_frames, GUINT_TO_POINTER (id), GUINT_TO_POINTER (n - 1));
      return;
    }
  g_hash_table_remove (self->kept_frames, GUINT_TO_POINTER (id));
  o->flags &= ~RS_OBJ_KEEPS_FRAMES;
  if ((o->flags & RS_OBJ_FREE_WAITING) && !(o->flags & RS_OBJ_DICT_PENDING))
    {
      o->flags &= ~RS_OBJ_FREE_WAITING;
      rs_heap_free_object (self, id);
    }
}

/* A dying script exception, after its attributes: BaseException_clear's
 * rest */
void
rs_heap_exception_instance_dealloc (RsHeap  *self,
                                    RsObjId  id)
{
  if (rs_heap_exception_data (self, RS_VALUE_OBJECT (id)) == NULL)
    return;
  rs_heap_exception_clear (self, id);
  g_hash_table_remove (self->exc_instances, GUINT_TO_POINTER (id));
}

void
rs_heap_exception_foreach (RsHeap   *self,
                           RsObj    *o,
                           void    (*fn) (RsHeap *self, RsValue v, gpointer data),
                           gpointer  data)
{
  RsExcData *x = rs_heap_exception_data (self, RS_VALUE_OBJECT (o->id));

  if (x == NULL)
    return;

  fn (self, x->args, data);
  fn (self, x->obj, data);
  if (x->traceback != NULL && self->hooks.traverse_traceback != NULL)
    self->hooks.traverse_traceback (self->hooks_data, x->traceback, fn, self, data);
  fn (self, x->cause, data);
  fn (self, x->context, data);
}
