/* rs-heap-tuple.c: tuples, untraced objects that hold their items
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A tuple keeps its items in an RsList that never changes after it is
 * made: the items are ITEM_INSERT events when it is built and ITEM_REMOVE
 * events, last to first, when it dies (tupledealloc), so the history and
 * the drawing see them as they see a list's.
 */
#include "rs-heap-private.h"

RsObjId
rs_heap_new_tuple (RsHeap        *self,
                   const RsValue *items,
                   guint          n)
{
  g_return_val_if_fail (items != NULL || n == 0, 0);

  RsList *l = g_new0 (RsList, 1);
  /* no type name: the card's title is the kind, "tuple" */
  RsObjId id = rs_heap_alloc (self, RS_KIND_TUPLE, 0, l);

  l->items = g_new (RsValue, MAX (n, 1));
  l->cap = MAX (n, 1);
  rs_heap_account (self, (gint64) l->cap * sizeof (RsValue));
  for (guint i = 0; i < n; i++)
    {
      l->items[i] = items[i];
      l->len = i + 1;
      rs_heap_slot_event (self, RS_EV_ITEM_INSERT, RS_EVENT_FROM_TEMP, id, i, 0, items[i]);
    }
  return id;
}

void
rs_heap_tuple_set (RsHeap  *self,
                   RsObjId  id,
                   guint    index,
                   RsValue  value)
{
  g_return_if_fail (rs_heap_has_kind (self, id, RS_KIND_TUPLE));
  RsList *l = rs_heap_get (self, id)->data;
  g_return_if_fail (index < l->len);

  RsValue old = l->items[index];

  l->items[index] = value;
  rs_heap_slot_event (self, RS_EV_ITEM_SET, RS_EVENT_FROM_TEMP, id, index, old, value);
}

const RsList *
rs_heap_tuple_items (RsHeap  *self,
                     RsObjId  id)
{
  g_return_val_if_fail (rs_heap_has_kind (self, id, RS_KIND_TUPLE), NULL);

  return rs_heap_obj (self, id)->data;
}

void
rs_heap_tuple_dealloc (RsHeap  *self,
                       RsObjId  id)
{
  RsList *l = rs_heap_obj (self, id)->data;
  RsValue *items = l->items;
  guint n = l->len;

  g_assert (rs_heap_obj (self, id)->kind == RS_KIND_TUPLE);
  rs_heap_account (self, -(gint64) l->cap * sizeof (RsValue));
  l->items = NULL;
  l->len = l->cap = 0;
  for (guint i = n; i > 0; i--)
    rs_heap_slot_event (self, RS_EV_ITEM_REMOVE, 0, id, i - 1, items[i - 1], 0);
  g_free (items);
}

/* A dict key for tuple @id: equal tuples (True == 1 and 1.0 == 1 inside
 * too) get the same one.  An object id at or above 2^33 keeps it apart
 * from every value and from a weak reference's key (ids from 2^32). */
guint64
rs_heap_tuple_dict_key (RsHeap  *self,
                        RsObjId  id)
{
  g_autoptr(GString) key = g_string_new (NULL);
  const RsList *l = rs_heap_obj (self, id)->data;

  /* an item that is a tuple has a key of its own, the same for equal ones */
  for (guint i = 0; i < l->len; i++)
    g_string_append_printf (key, "%" G_GINT64_MODIFIER "x,", rs_heap_dict_key (self, l->items[i]));
  return RS_VALUE_OBJECT ((G_GUINT64_CONSTANT (2) << 32) | rs_atoms_intern (self->atoms, key->str, key->len));
}
