/* rs-interp-cells.c: cell and free variables of a running frame
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A frame's cell slots hold cells, not values (CPython's localsplus): the
 * prologue copies the closure's cells into the free slots
 * (COPY_FREE_VARS), then makes a cell for each cell variable in slot order
 * (MAKE_CELL; a parameter's value moves into its cell).  LOAD_DEREF,
 * STORE_DEREF and DELETE_DEREF go through the cell, and MAKE_FUNCTION
 * builds a closure tuple of the cells a nested function uses.
 */
#include "rs-interp-private.h"

static gint
slot_of (const RsScope *scope,
         const char    *name)
{
  for (guint i = 0; i < scope->n_varnames; i++)
    if (scope->varnames[i] == name)
      return i;
  return -1;
}

void
rs_interp_frame_make_cells (RsInterp *self,
                            RsFrame  *f)
{
  const RsScope *scope = f->scope;
  RsFunctionData *fd = rs_heap_get_value (self->heap, f->func)->data;
  guint first_free = scope->n_varnames - scope->n_frees;

  if (scope->slot_kinds == NULL)
    return;
  if (scope->n_frees > 0)
    {
      const RsList *cells = rs_heap_tuple_items (self->heap, RS_VALUE_OBJECT_ID (fd->closure));

      for (guint i = 0; i < scope->n_frees && i < cells->len; i++)
        {
          RsValue cell = cells->items[i];
          rs_heap_incref (self->heap, cell);
          f->locals[first_free + i] = cell;
          rs_heap_slot_event (self->heap, RS_EV_NAME_SET, RS_EVENT_FROM_TEMP, f->id,
                              f->atoms[first_free + i], 0, cell);
        }
    }
  for (guint i = 0; i < first_free; i++)
    {
      if (scope->slot_kinds[i] != RS_SCOPE_CELL)
        continue;
      RsValue old = f->locals[i];
      RsValue cell = RS_VALUE_OBJECT (rs_heap_new_cell (self->heap, RS_VALUE_ABSENT));
      if (old != RS_VALUE_ABSENT)
        {
          /* the cell takes a reference of its own, then the slot's goes */
          rs_heap_incref (self->heap, old);
          rs_heap_cell_set (self->heap, RS_VALUE_OBJECT_ID (cell), old);
        }
      f->locals[i] = cell;
      rs_heap_slot_event (self->heap, RS_EV_NAME_SET, RS_EVENT_FROM_TEMP, f->id, f->atoms[i],
                          old, cell);
    }
}

/* LOAD_CLOSURE for each free variable of @def, then BUILD_TUPLE: a new
 * reference in @closure (ABSENT: @def uses none) */
void
rs_interp_make_closure (RsInterp     *self,
                        const RsStmt *def,
                        RsValue      *closure)
{
  const RsScope *inner = &def->def.scope;
  RsFrame *f = self->frame;

  *closure = RS_VALUE_ABSENT;
  if (inner->n_freevars == 0 || f->kind != RS_FRAME_FUNCTION)
    return;
  g_autofree RsValue *cells = g_new (RsValue, inner->n_freevars);
  for (guint i = 0; i < inner->n_freevars; i++)
    {
      gint slot = slot_of (f->scope, inner->freevars[i]);
      g_assert (slot >= 0 && RS_SCOPE_SLOT_KIND (f->scope, slot) != RS_SCOPE_PLAIN);
      cells[i] = f->locals[slot];
      rs_heap_incref (self->heap, cells[i]);
    }
  *closure = RS_VALUE_OBJECT (rs_heap_new_tuple (self->heap, cells, inner->n_freevars));
}

static gboolean
unbound (RsInterp   *self,
         RsScopeSlot kind,
         const char *name,
         guint       line)
{
  if (kind == RS_SCOPE_FREE)
    return rs_interp_raise (self, line, "NameError",
                            "cannot access free variable '%s' where it is not associated "
                            "with a value in enclosing scope", name);
  return rs_interp_raise (self, line, "UnboundLocalError",
                          "cannot access local variable '%s' where it is not associated with a value",
                          name);
}

gboolean
rs_interp_load_deref (RsInterp *self,
                      RsFrame  *f,
                      guint     slot,
                      guint     line,
                      RsValue  *out)
{
  RsValue v = rs_heap_cell_get (self->heap, RS_VALUE_OBJECT_ID (f->locals[slot]));

  if (v == RS_VALUE_ABSENT)
    return unbound (self, RS_SCOPE_SLOT_KIND (f->scope, slot), f->scope->varnames[slot], line);
  rs_heap_incref (self->heap, v);
  *out = v;
  return TRUE;
}

gboolean
rs_interp_store_deref (RsInterp *self,
                       RsFrame  *f,
                       guint     slot,
                       RsValue   value,
                       guint     line)
{
  RsObjId cell = RS_VALUE_OBJECT_ID (f->locals[slot]);

  if (value == RS_VALUE_ABSENT && rs_heap_cell_get (self->heap, cell) == RS_VALUE_ABSENT)
    return unbound (self, RS_SCOPE_SLOT_KIND (f->scope, slot), f->scope->varnames[slot], line);
  rs_heap_cell_set (self->heap, cell, value);
  return TRUE;
}

RsValue
rs_interp_frame_slot_value (RsInterp *self,
                            RsFrame  *f,
                            guint     slot)
{
  RsValue v = f->locals[slot];

  if (v == RS_VALUE_ABSENT || RS_SCOPE_SLOT_KIND (f->scope, slot) == RS_SCOPE_PLAIN)
    return v;
  return rs_heap_cell_get (self->heap, RS_VALUE_OBJECT_ID (v));
}
