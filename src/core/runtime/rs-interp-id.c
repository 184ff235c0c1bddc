/* rs-interp-id.c: id() and the addresses reprs show
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * LANGUAGE.md makes ids deterministic: traced object N is at
 * rs_value_traced_id (N), any other value gets 0x7E0000000000 + 16*k, k
 * counting the distinct values id() has been asked about.  Object ids are
 * never reused within a session, so an id is never handed out twice.
 * Plain values are the same object when they are the same value, as `is`
 * says.
 */
#include "rs-interp-private.h"

#define UNTRACED_BASE G_GUINT64_CONSTANT (0x7E0000000000)
/* for reprs of what id() has not seen: outside both ranges of ids */
#define UNSEEN_BASE   G_GUINT64_CONSTANT (0x7D0000000000)
#define ADDRESS_STEP  16

/* The k of @v, 0 when id() has not seen it. */
static guint
untraced_number (RsInterp *self,
                 RsValue   v)
{
  if (self->untraced_ids == NULL)
    return 0;
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->untraced_ids, &v));
}

guint64
rs_interp_address (RsInterp *self,
                   RsValue   v)
{
  RsObj *o = rs_heap_get_value (self->heap, v);
  guint k;

  if (o != NULL && o->trace_no != 0)
    return rs_value_traced_id (o->trace_no);
  k = untraced_number (self, v);
  if (k != 0)
    return UNTRACED_BASE + ADDRESS_STEP * (guint64) k;
  return UNSEEN_BASE + ADDRESS_STEP * (o != NULL ? (guint64) o->id : 0);
}

/* A tuple that holds nothing the script made (numbers, strings, None,
 * builtins, ranges, such tuples): the oracle keeps it alive as it is */
static gboolean
tuple_is_atomic (RsInterp *self,
                 RsObj    *o)
{
  const RsList *items = rs_heap_tuple_items (self->heap, o->id);

  for (guint i = 0; i < items->len; i++)
    {
      RsObj *item = rs_heap_get_value (self->heap, items->items[i]);
      if (item != NULL && item->kind != RS_KIND_RANGE &&
          !(item->kind == RS_KIND_TUPLE && tuple_is_atomic (self, item)))
        return FALSE;
    }
  return TRUE;
}

/* What CPython cannot weakly reference and the oracle would have to keep
 * alive to keep its number: a weak reference holds its callback, an
 * iterator its list, a tuple its objects.  A WeakMethod has a
 * `__weakref__` slot (Lib/weakref.py). */
static gboolean
id_outside_subset (RsInterp *self,
                   RsObj    *o)
{
  if (o != NULL && o->kind == RS_KIND_WEAKREF)
    return ((RsWeakData *) o->data)->flavor != RS_WEAK_METHOD;
  return o != NULL && (o->kind == RS_KIND_ITERATOR || o->kind == RS_KIND_FINALIZER ||
                       (o->kind == RS_KIND_TUPLE && !tuple_is_atomic (self, o)));
}

const char *
rs_interp_type_base_name (RsInterp *self,
                          RsValue   v)
{
  const char *name = rs_interp_type_name (self, v);
  const char *dot = strrchr (name, '.');

  return dot != NULL ? dot + 1 : name;
}

gboolean
rs_interp_id (RsInterp *self,
              RsValue   v,
              guint     line,
              RsValue  *out)
{
  RsObj *o = rs_heap_get_value (self->heap, v);

  if (id_outside_subset (self, o))
    return rs_interp_reject (self, line, "id() of %s objects is not in the subset: they hold "
                             "references and cannot be weakly referenced", rs_interp_type_base_name (self, v));
  if ((o == NULL || o->trace_no == 0) && untraced_number (self, v) == 0)
    {
      if (self->untraced_ids == NULL)
        self->untraced_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      guint k = g_hash_table_size (self->untraced_ids) + 1;
      g_hash_table_insert (self->untraced_ids, g_memdup2 (&v, sizeof v), GUINT_TO_POINTER (k));
    }
  *out = rs_interp_make_int (self, (gint64) rs_interp_address (self, v));
  return TRUE;
}
