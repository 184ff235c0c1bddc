/* rs-heap-function.c: what a function object holds, its defaults
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A function holds its __defaults__ tuple and its keyword-only defaults
 * (CPython's __kwdefaults__ dict, untraced) as slots of its own, so the
 * mutable-default pitfall is an arrow from the function to its default.
 * func_dealloc releases the defaults, then the keyword-only ones in order,
 * then its attributes (its __dict__), the closure (the __class__ cell
 * with it), then the tuple of its annotations.
 */
#include "rs-heap-private.h"

void
rs_heap_function_set_defaults (RsHeap        *self,
                               RsObjId        func,
                               RsValue        defaults,
                               const RsValue *kwdefaults,
                               const guint32 *kw_atoms,
                               guint          n)
{
  g_return_if_fail (rs_heap_has_kind (self, func, RS_KIND_FUNCTION));

  RsFunctionData *fd = rs_heap_obj (self, func)->data;

  g_return_if_fail (fd->defaults == RS_VALUE_ABSENT && fd->kwdefaults == NULL);
  fd->defaults = defaults;
  if (defaults != RS_VALUE_ABSENT)
    rs_heap_slot_event (self, RS_EV_ATTR_SET, RS_EVENT_FROM_TEMP, func, self->atom_defaults, 0, defaults);
  if (n == 0)
    return;
  fd->kwdefaults = g_new (RsValue, n);
  fd->kw_atoms = g_memdup2 (kw_atoms, n * sizeof (guint32));
  fd->n_kwdefaults = n;
  for (guint i = 0; i < n; i++)
    {
      fd->kwdefaults[i] = kwdefaults[i];
      if (kwdefaults[i] != RS_VALUE_ABSENT)
        rs_heap_slot_event (self, RS_EV_ATTR_SET, RS_EVENT_FROM_TEMP, func, kw_atoms[i], 0, kwdefaults[i]);
    }
}

/* Stores @v, a new reference, in the function's slot @field, named @atom */
static void
set_slot (RsHeap  *self,
          RsObjId  func,
          gsize    field,
          guint32  atom,
          RsValue  v)
{
  g_return_if_fail (rs_heap_has_kind (self, func, RS_KIND_FUNCTION));

  RsValue *slot = G_STRUCT_MEMBER_P (rs_heap_obj (self, func)->data, field);

  g_return_if_fail (*slot == RS_VALUE_ABSENT);
  *slot = v;
  rs_heap_slot_event (self, RS_EV_ATTR_SET, RS_EVENT_FROM_TEMP, func, atom, 0, v);
}

void
rs_heap_function_set_closure (RsHeap  *self,
                              RsObjId  func,
                              RsValue  closure)
{
  set_slot (self, func, G_STRUCT_OFFSET (RsFunctionData, closure), self->atom_closure, closure);
}

void
rs_heap_function_set_annotations (RsHeap  *self,
                                  RsObjId  func,
                                  RsValue  annotations)
{
  set_slot (self, func, G_STRUCT_OFFSET (RsFunctionData, annotations), self->atom_annotations, annotations);
}

/* Empties the function's slot @field, named @atom, releasing what it held */
static void
clear_slot (RsHeap  *self,
            RsObjId  id,
            gsize    field,
            guint32  atom)
{
  RsValue *slot = G_STRUCT_MEMBER_P (rs_heap_obj (self, id)->data, field);
  RsValue v = *slot;

  *slot = RS_VALUE_ABSENT;
  if (v != RS_VALUE_ABSENT)
    rs_heap_slot_event (self, RS_EV_ATTR_SET, 0, id, atom, v, 0);
}

void
rs_heap_function_foreach (RsObj    *o,
                          void    (*fn) (RsHeap *self, RsValue v, gpointer data),
                          RsHeap   *self,
                          gpointer  data)
{
  RsFunctionData *fd = o->data;

  if (fd->defaults != RS_VALUE_ABSENT)
    fn (self, fd->defaults, data);
  for (guint i = 0; i < fd->n_kwdefaults; i++)
    if (fd->kwdefaults[i] != RS_VALUE_ABSENT)
      fn (self, fd->kwdefaults[i], data);
  for (guint i = 0; i < fd->attrs.len; i++)
    fn (self, fd->attrs.items[i].value, data);
  if (fd->closure != RS_VALUE_ABSENT)
    fn (self, fd->closure, data);
  if (fd->class_cell != 0)
    fn (self, RS_VALUE_OBJECT (fd->class_cell), data);
  if (fd->annotations != RS_VALUE_ABSENT)
    fn (self, fd->annotations, data);
}

/* __build_class__ fills the __class__ cell once the class exists; the
 * cell is the function's (its closure), modelled as a slot of its own */
void
rs_heap_function_set_class (RsHeap  *self,
                            RsObjId  func,
                            RsObjId  cls)
{
  g_return_if_fail (rs_heap_has_kind (self, func, RS_KIND_FUNCTION));
  g_return_if_fail (rs_heap_has_kind (self, cls, RS_KIND_CLASS));

  RsFunctionData *fd = rs_heap_obj (self, func)->data;

  g_return_if_fail (fd->class_cell == 0);
  fd->class_cell = cls;
  rs_heap_hidden_set (self, func, self->atom_class, RS_VALUE_OBJECT (cls));
}

void
rs_heap_function_dealloc (RsHeap  *self,
                          RsObjId  id)
{
  RsFunctionData *fd = rs_heap_obj (self, id)->data;
  RsValue defaults = fd->defaults;

  fd->defaults = RS_VALUE_ABSENT;
  if (defaults != RS_VALUE_ABSENT)
    rs_heap_slot_event (self, RS_EV_ATTR_SET, 0, id, self->atom_defaults, defaults, 0);
  for (guint i = 0; i < fd->n_kwdefaults; i++)
    {
      fd = rs_heap_obj (self, id)->data;
      RsValue v = fd->kwdefaults[i];
      fd->kwdefaults[i] = RS_VALUE_ABSENT;
      if (v != RS_VALUE_ABSENT)
        rs_heap_slot_event (self, RS_EV_ATTR_SET, 0, id, fd->kw_atoms[i], v, 0);
    }
  rs_heap_attrs_release (self, id);
  /* func_clear: the closure after the defaults and the dict, then the
   * annotations */
  clear_slot (self, id, G_STRUCT_OFFSET (RsFunctionData, closure), self->atom_closure);
  fd = rs_heap_obj (self, id)->data;
  RsObjId cls = fd->class_cell;
  fd->class_cell = 0;
  if (cls != 0)
    rs_heap_hidden_release (self, id, self->atom_class, RS_VALUE_OBJECT (cls));
  clear_slot (self, id, G_STRUCT_OFFSET (RsFunctionData, annotations), self->atom_annotations);
}
