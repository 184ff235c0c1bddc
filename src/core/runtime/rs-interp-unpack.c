/* rs-interp-unpack.c: starred unpacking, `a, *rest, z = value`
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * UNPACK_EX as CPython 3.11's unpack_iterable does it: the items before
 * the star are taken, then the list of the rest is allocated and filled,
 * the items after the star move out of its end, and the targets are
 * stored left to right.  On a failure what was taken is released newest
 * first (the list of the rest before it), then the value.
 */
#include "rs-interp-private.h"

static gboolean
store_all (RsInterp     *self,
           const RsExpr *target,
           RsValue      *values)
{
  for (guint i = 0; i < target->seq.n_items; i++)
    {
      const RsExpr *t = target->seq.items[i];
      if (t->kind == RS_EXPR_STARRED)
        t = t->unary.operand;
      if (!rs_interp_store_target (self, t, values[i]))
        {
          for (guint j = i + 1; j < target->seq.n_items; j++)
            rs_heap_decref (self->heap, values[j]);
          return FALSE;
        }
    }
  return TRUE;
}

/* @values: one per target, the star's the list */
static gboolean
take_values (RsInterp     *self,
             const RsExpr *target,
             guint         star,
             RsValue       value,
             RsValue      *values)
{
  guint n = target->seq.n_items, after = n - star - 1;
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (RsValue));

  if (!rs_interp_iter_items (self, value, target->line, items))
    return FALSE;
  for (guint i = 0; i < star; i++)
    {
      if (i >= items->len)
        {
          rs_interp_release_top_first (self, values, i);
          return rs_interp_raise (self, target->line, "ValueError", "not enough values to unpack "
                                  "(expected at least %u, got %u)", n - 1, i);
        }
      values[i] = g_array_index (items, RsValue, i);
      rs_heap_incref (self->heap, values[i]);
    }
  RsObjId rest = rs_heap_new_list (self->heap);
  g_array_remove_range (items, 0, star);
  rs_interp_list_extend (self, rest, items);
  if (items->len < after)
    {
      rs_heap_decref (self->heap, RS_VALUE_OBJECT (rest));
      rs_interp_release_top_first (self, values, star);
      return rs_interp_raise (self, target->line, "ValueError", "not enough values to unpack "
                              "(expected at least %u, got %u)", n - 1, star + items->len);
    }
  values[star] = RS_VALUE_OBJECT (rest);
  for (guint i = after; i > 0; i--)
    {
      guint len = ((RsList *) rs_heap_get (self->heap, rest)->data)->len;
      values[star + i] = rs_heap_list_remove (self->heap, rest, len - 1, TRUE);
    }
  return TRUE;
}

gboolean
rs_interp_unpack_starred (RsInterp     *self,
                          const RsExpr *target,
                          RsValue       value)
{
  guint n = target->seq.n_items, star = 0;
  g_autofree RsValue *values = g_new0 (RsValue, n);

  while (target->seq.items[star]->kind != RS_EXPR_STARRED)
    star++;
  if (!rs_interp_check_unpackable (self, value, target->line))
    return FALSE;
  gboolean ok = take_values (self, target, star, value, values);
  rs_heap_decref (self->heap, value);
  return ok && store_all (self, target, values);
}
