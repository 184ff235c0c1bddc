/* rs-heap-cell.c: closure cells, untraced holders of one reference
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A cell holds what a variable that nested functions use is bound to:
 * the frame that makes it and every closure tuple that has it share the
 * cell, not the value.  Its content is one slot, "cell_contents", so the
 * history draws the cell between its holders and the value.  cell_dealloc
 * has no trashcan; the collector traverses the content.
 */
#include "rs-heap-private.h"

RsObjId
rs_heap_new_cell (RsHeap  *self,
                  RsValue  content)
{
  RsValue *slot = g_new0 (RsValue, 1);
  RsObjId id = rs_heap_alloc (self, RS_KIND_CELL, 0, slot);

  if (content != RS_VALUE_ABSENT)
    rs_heap_cell_set (self, id, content);
  return id;
}

RsValue
rs_heap_cell_get (RsHeap  *self,
                  RsObjId  cell)
{
  g_return_val_if_fail (rs_heap_has_kind (self, cell, RS_KIND_CELL), RS_VALUE_ABSENT);

  return *(RsValue *) rs_heap_obj (self, cell)->data;
}

void
rs_heap_cell_set (RsHeap  *self,
                  RsObjId  cell,
                  RsValue  value)
{
  g_return_if_fail (rs_heap_has_kind (self, cell, RS_KIND_CELL));

  RsValue *slot = rs_heap_obj (self, cell)->data;
  RsValue old = *slot;

  if (old == RS_VALUE_ABSENT && value == RS_VALUE_ABSENT)
    return;
  *slot = value;
  rs_heap_slot_event (self, RS_EV_ATTR_SET, value != RS_VALUE_ABSENT ? RS_EVENT_FROM_TEMP : 0,
                      cell, self->atom_cell_contents, old, value);
}

void
rs_heap_cell_dealloc (RsHeap  *self,
                      RsObjId  id)
{
  RsValue *slot = rs_heap_obj (self, id)->data;
  RsValue old = *slot;

  *slot = RS_VALUE_ABSENT;
  if (old != RS_VALUE_ABSENT)
    rs_heap_slot_event (self, RS_EV_ATTR_SET, 0, id, self->atom_cell_contents, old, 0);
}
