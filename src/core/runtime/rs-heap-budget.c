/* rs-heap-budget.c: the memory budget of a heap
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The heap counts what its objects hold (a fixed cost per object, the
 * item arrays of lists, tuples and dicts) and the strings of the session
 * (atoms are never freed).  A request the script makes is checked before
 * anything is allocated (rs_heap_budget_check); a container that grows
 * one item at a time is let grow and trips the budget, which the
 * interpreter checks after the operation (rs_heap_budget_tripped).
 */
#include "rs-heap-private.h"

void
rs_heap_set_budget (RsHeap  *self,
                    guint64  bytes,
                    guint64  objects)
{
  self->bytes_limit = bytes;
  self->objects_limit = objects;
  self->tripped = RS_HEAP_LIMIT_NONE;
}

guint64
rs_heap_get_bytes (RsHeap *self)
{
  return self->bytes + rs_atoms_get_bytes (self->atoms);
}

guint64
rs_heap_get_bytes_limit (RsHeap *self)
{
  return self->bytes_limit;
}

guint64
rs_heap_get_objects_limit (RsHeap *self)
{
  return self->objects_limit;
}

RsHeapLimit
rs_heap_budget_check (RsHeap  *self,
                      guint64  n_bytes,
                      guint64  n_objects)
{
  if (self->objects_limit != 0 && n_objects > 0 &&
      (n_objects > self->objects_limit || self->n_live > self->objects_limit - n_objects))
    return RS_HEAP_LIMIT_OBJECTS;
  if (n_bytes == G_MAXUINT64)
    return RS_HEAP_LIMIT_BYTES;
  if (self->bytes_limit == 0)
    return RS_HEAP_LIMIT_NONE;

  guint64 used = rs_heap_get_bytes (self);
  if (n_bytes > self->bytes_limit || used > self->bytes_limit - n_bytes)
    return RS_HEAP_LIMIT_BYTES;
  return RS_HEAP_LIMIT_NONE;
}

void
rs_heap_account (RsHeap *self,
                 gint64  delta)
{
  if (delta < 0 && (guint64) -delta > self->bytes)
    self->bytes = 0;
  else
    self->bytes += delta;
  if (delta <= 0 || self->tripped != RS_HEAP_LIMIT_NONE)
    return;
  if (self->objects_limit != 0 && self->n_live > self->objects_limit)
    self->tripped = RS_HEAP_LIMIT_OBJECTS;
  else if (self->bytes_limit != 0 && rs_heap_get_bytes (self) > self->bytes_limit)
    self->tripped = RS_HEAP_LIMIT_BYTES;
}

RsHeapLimit
rs_heap_budget_tripped (RsHeap *self)
{
  RsHeapLimit hit = self->tripped;

  self->tripped = RS_HEAP_LIMIT_NONE;
  return hit;
}
