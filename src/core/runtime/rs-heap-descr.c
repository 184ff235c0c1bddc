/* rs-heap-descr.c: staticmethod, classmethod and property objects
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Untraced holders of the functions they wrap: sm_dealloc and cm_dealloc
 * release the callable, property_dealloc fget, fset, then fdel.
 */
#include "rs-heap-private.h"

static const char *const slot_names[] = { "fget", "fset", "fdel" };
static const char *const kind_names[] = { "staticmethod", "classmethod", "property" };

static guint32
slot_atom (RsHeap *self,
           guint   i)
{
  return rs_atoms_intern (self->atoms, slot_names[i], -1);
}

RsObjId
rs_heap_new_descriptor (RsHeap      *self,
                        RsDescrKind  kind,
                        RsValue      get,
                        RsValue      set,
                        RsValue      del)
{
  g_return_val_if_fail (kind <= RS_DESCR_PROPERTY, 0);

  RsDescrData *dd = g_new0 (RsDescrData, 1);
  RsObjId id = rs_heap_alloc (self, RS_KIND_DESCRIPTOR,
                              rs_atoms_intern (self->atoms, kind_names[kind], -1), dd);
  RsValue *slots[] = { &dd->get, &dd->set, &dd->del };
  RsValue values[] = { get, set, del };

  dd->kind = kind;
  for (guint i = 0; i < G_N_ELEMENTS (slots); i++)
    {
      *slots[i] = values[i];
      if (values[i] != RS_VALUE_ABSENT)
        rs_heap_slot_event (self, RS_EV_ATTR_SET, RS_EVENT_FROM_TEMP, id, slot_atom (self, i),
                            0, values[i]);
    }
  return id;
}

void
rs_heap_descriptor_foreach (RsObj    *o,
                            void    (*fn) (RsHeap *self, RsValue v, gpointer data),
                            RsHeap   *self,
                            gpointer  data)
{
  RsDescrData *dd = o->data;
  RsValue values[] = { dd->get, dd->set, dd->del };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    if (values[i] != RS_VALUE_ABSENT)
      fn (self, values[i], data);
}

void
rs_heap_descriptor_dealloc (RsHeap  *self,
                            RsObjId  id)
{
  for (guint i = 0; i < G_N_ELEMENTS (slot_names); i++)
    {
      RsDescrData *dd = rs_heap_obj (self, id)->data;
      RsValue *slots[] = { &dd->get, &dd->set, &dd->del };
      RsValue v = *slots[i];

      *slots[i] = RS_VALUE_ABSENT;
      if (v != RS_VALUE_ABSENT)
        rs_heap_slot_event (self, RS_EV_ATTR_SET, 0, id, slot_atom (self, i), v, 0);
    }
}
