/* rs-interp-special-compare.c: comparisons, equality and hashing of script instances
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * do_richcompare over the classes' slots (the reflected method, the
 * NotImplemented fallbacks), list_richcompare's orders of sequences that
 * hold instances, and which instances can be dict keys.
 */
#include "rs-interp-private.h"

/* Comparisons: do_richcompare and object_richcompare */

static const char *const compare_names[] = {
  [RS_CMP_EQ] = "__eq__", [RS_CMP_NE] = "__ne__", [RS_CMP_LT] = "__lt__",
  [RS_CMP_GT] = "__gt__", [RS_CMP_LE] = "__le__", [RS_CMP_GE] = "__ge__",
};
static const RsCmpOp compare_swapped[] = {
  [RS_CMP_EQ] = RS_CMP_EQ, [RS_CMP_NE] = RS_CMP_NE, [RS_CMP_LT] = RS_CMP_GT,
  [RS_CMP_GT] = RS_CMP_LT, [RS_CMP_LE] = RS_CMP_GE, [RS_CMP_GE] = RS_CMP_LE,
};

/* Whether @w's class is a proper subclass of @v's, so that its reflected
 * method goes first */
static gboolean
reflected_first (RsInterp *self,
                 RsValue   v,
                 RsValue   w)
{
  RsObjId cv = rs_interp_instance_class (self, v), cw = rs_interp_instance_class (self, w);

  return cv != 0 && cw != 0 && cv != cw && rs_interp_is_subclass (self, cw, cv);
}

/* slot_tp_richcompare of instance @v: its method, else object's (== is
 * identity, != inverts __eq__, the orders are not implemented) */
static gboolean
instance_compare (RsInterp *self,
                  RsCmpOp   op,
                  RsValue   v,
                  RsValue   w,
                  guint     line,
                  RsValue  *out)
{
  RsValue eq;
  gboolean truth;

  switch (rs_interp_call_special (self, v, compare_names[op], &w, 1, line, out))
    {
    case RS_SPECIAL_OK:
      return TRUE;
    case RS_SPECIAL_RAISED:
      return FALSE;
    case RS_SPECIAL_ABSENT:
      break;
    }
  *out = RS_VALUE_NOT_IMPLEMENTED;
  if (op == RS_CMP_EQ && v == w)
    *out = RS_VALUE_TRUE;
  if (op != RS_CMP_NE)
    return TRUE;
  if (!instance_compare (self, RS_CMP_EQ, v, w, line, &eq))
    return FALSE;
  if (eq == RS_VALUE_NOT_IMPLEMENTED)
    return TRUE;
  gboolean ok = rs_interp_truth (self, eq, line, &truth);
  rs_heap_decref (self->heap, eq);
  *out = truth ? RS_VALUE_FALSE : RS_VALUE_TRUE;
  return ok;
}

/* One side's try: an instance's slot; a builtin value does not know an
 * instance (NotImplemented) */
static gboolean
try_compare (RsInterp *self,
             RsCmpOp   op,
             RsValue   v,
             RsValue   w,
             guint     line,
             RsValue  *out)
{
  *out = RS_VALUE_NOT_IMPLEMENTED;
  return !rs_interp_is_instance (self, v) || instance_compare (self, op, v, w, line, out);
}

gboolean
rs_interp_compare_value (RsInterp *self,
                         RsCmpOp   op,
                         RsValue   v,
                         RsValue   w,
                         guint     line,
                         RsValue  *out)
{
  static const char *symbols[] = { "is", "is not", "==", "!=", "<", ">", "<=", ">=" };
  gboolean checked_reverse, result, ok;

  if (op >= RS_CMP_EQ && (!rs_interp_unwrap_proxy (self, &v, line) || !rs_interp_unwrap_proxy (self, &w, line)))
    return FALSE;
  checked_reverse = reflected_first (self, v, w);
  if (op >= RS_CMP_LT && op <= RS_CMP_GE && rs_interp_sequence_order (self, op, v, w, line, &ok, out))
    return ok;
  if (op < RS_CMP_EQ || op > RS_CMP_GE ||
      (!rs_interp_is_instance (self, v) && !rs_interp_is_instance (self, w)))
    {
      if (!rs_interp_compare (self, op, v, w, line, &result))
        return FALSE;
      *out = result ? RS_VALUE_TRUE : RS_VALUE_FALSE;
      return TRUE;
    }
  if (checked_reverse)
    {
      if (!try_compare (self, compare_swapped[op], w, v, line, out))
        return FALSE;
      if (*out != RS_VALUE_NOT_IMPLEMENTED)
        return TRUE;
    }
  if (!try_compare (self, op, v, w, line, out))
    return FALSE;
  if (*out != RS_VALUE_NOT_IMPLEMENTED)
    return TRUE;
  if (!checked_reverse)
    {
      if (!try_compare (self, compare_swapped[op], w, v, line, out))
        return FALSE;
      if (*out != RS_VALUE_NOT_IMPLEMENTED)
        return TRUE;
    }
  if (op == RS_CMP_EQ || op == RS_CMP_NE)
    {
      *out = (v == w) == (op == RS_CMP_EQ) ? RS_VALUE_TRUE : RS_VALUE_FALSE;
      return TRUE;
    }
  return rs_interp_raise (self, line, "TypeError", "'%s' not supported between instances of '%s' and '%s'",
                          symbols[op], rs_interp_type_name (self, v), rs_interp_type_name (self, w));
}

/* The truth of @v @op @w: a script's methods too (PyObject_RichCompare,
 * then PyObject_IsTrue, as sort, min and max do) */
gboolean
rs_interp_compare_truth (RsInterp *self,
                         RsCmpOp   op,
                         RsValue   v,
                         RsValue   w,
                         guint     line,
                         gboolean *result)
{
  RsValue r;
  gboolean ok;

  if (!rs_interp_compare_value (self, op, v, w, line, &r))
    return FALSE;
  ok = rs_interp_truth (self, r, line, result);
  rs_heap_decref (self->heap, r);
  return ok;
}

gint
rs_interp_special_equal (RsInterp *self,
                         RsValue   v,
                         RsValue   w)
{
  guint line = self->frame->line;
  RsValue r;
  gboolean truth;

  if (!rs_interp_compare_value (self, RS_CMP_EQ, v, w, line, &r))
    return RS_EQUAL_RAISED;
  gboolean ok = rs_interp_truth (self, r, line, &truth);
  rs_heap_decref (self->heap, r);
  return !ok ? RS_EQUAL_RAISED : truth;
}

/* Orders of lists and tuples that hold instances */

static gboolean
holds_instance (RsInterp *self,
                RsValue   v,
                guint     depth)
{
  RsObj *o = rs_heap_get_value (self->heap, v);

  if (o == NULL || depth > 64)
    return o != NULL;
  if (o->kind == RS_KIND_INSTANCE)
    return TRUE;
  if (o->kind != RS_KIND_LIST && o->kind != RS_KIND_TUPLE)
    return FALSE;
  for (guint i = 0; i < ((RsList *) o->data)->len; i++)
    if (holds_instance (self, ((RsList *) o->data)->items[i], depth + 1))
      return TRUE;
  return FALSE;
}

/* list_richcompare and tuplerichcompare for an order: the first items
 * that differ (PyObject_RichCompareBool) decide with @op, and what that
 * comparison returns is the result; FALSE (nothing done) when @v and @w
 * are not two lists or two tuples holding an instance */
gboolean
rs_interp_sequence_order (RsInterp *self,
                          RsCmpOp   op,
                          RsValue   v,
                          RsValue   w,
                          guint     line,
                          gboolean *ok,
                          RsValue  *out)
{
  RsObj *x = rs_heap_get_value (self->heap, v), *y = rs_heap_get_value (self->heap, w);
  guint i;

  if (x == NULL || y == NULL || x->kind != y->kind ||
      (x->kind != RS_KIND_LIST && x->kind != RS_KIND_TUPLE) ||
      (!holds_instance (self, v, 0) && !holds_instance (self, w, 0)))
    return FALSE;
  for (i = 0; i < ((RsList *) x->data)->len && i < ((RsList *) y->data)->len; i++)
    {
      gint r = rs_interp_equal (self, ((RsList *) x->data)->items[i], ((RsList *) y->data)->items[i], line);
      if (r < 0)
        {
          *ok = FALSE;
          return TRUE;
        }
      if (r == 0)
        break;
      /* __eq__ may have changed the lists */
      x = rs_heap_get_value (self->heap, v);
      y = rs_heap_get_value (self->heap, w);
    }
  guint m = ((RsList *) x->data)->len, n = ((RsList *) y->data)->len;
  if (i >= m || i >= n)
    {
      gboolean r = op == RS_CMP_LT ? m < n : op == RS_CMP_LE ? m <= n : op == RS_CMP_GT ? m > n : m >= n;
      *out = r ? RS_VALUE_TRUE : RS_VALUE_FALSE;
      *ok = TRUE;
      return TRUE;
    }
  *ok = rs_interp_compare_value (self, op, ((RsList *) x->data)->items[i], ((RsList *) y->data)->items[i],
                                 line, out);
  return TRUE;
}

/* slot_tp_hash: an int that fits a Py_ssize_t is the hash itself (-1
 * made -2), a bigger one hashes as an int */
static gint64
hash_value (RsInterp *self,
            RsValue   result)
{
  gint64 h;

  if (RS_VALUE_TAG (result) == RS_TAG_BIGINT)
    {
      if (!rs_interp_int_to_int64 (self, result, &h))
        return rs_heap_value_hash (self->heap, result);
    }
  else
    h = rs_heap_value_hash (self->heap, result);
  return h == -1 ? -2 : h;
}

/* hash() of an instance: the class nearest in the chain that defines
 * __hash__ or __eq__ decides (__eq__ alone makes __hash__ None there) */
gboolean
rs_interp_special_hash (RsInterp *self,
                        RsValue   key,
                        guint     line)
{
  guint32 hash_atom = rs_interp_atom (self, g_intern_static_string ("__hash__"));
  guint32 eq_atom = rs_interp_atom (self, g_intern_static_string ("__eq__"));
  RsValue func = RS_VALUE_ABSENT, result;

  for (RsObjId c = rs_interp_instance_class (self, key); c != 0 && func == RS_VALUE_ABSENT;
       c = ((RsClassData *) rs_heap_get (self->heap, c)->data)->base)
    {
      RsValue eq;
      if (!rs_heap_attr_lookup (self->heap, c, hash_atom, &func) &&
          rs_heap_attr_lookup (self->heap, c, eq_atom, &eq))
        func = RS_VALUE_NONE;
    }
  if (func == RS_VALUE_ABSENT)
    return TRUE;   /* object.__hash__: the identity */
  if (func == RS_VALUE_NONE)
    return rs_interp_raise (self, line, "TypeError", "unhashable type: '%s'",
                            rs_interp_type_name (self, key));
  if (rs_interp_call_special (self, key, "__hash__", NULL, 0, line, &result) != RS_SPECIAL_OK)
    return FALSE;
  gboolean ok = rs_interp_is_int (result) ||
                rs_interp_raise (self, line, "TypeError", "__hash__ method should return an integer");
  if (ok)
    rs_heap_set_instance_hash (self->heap, RS_VALUE_OBJECT_ID (key), hash_value (self, result));
  rs_heap_decref (self->heap, result);
  return ok;
}

/* PyObject_RichCompareBool(@item, @other, Py_EQ) of a list's item, which
 * list_contains and list.index/count/remove hold while __eq__ may run */
gint
rs_interp_item_equal (RsInterp *self,
                      RsValue   item,
                      RsValue   other,
                      guint     line)
{
  gboolean hold = rs_interp_is_instance (self, item) || rs_interp_is_instance (self, other);
  gint r;

  if (hold)
    rs_heap_incref (self->heap, item);
  r = rs_interp_equal (self, item, other, line);
  if (hold)
    rs_heap_decref (self->heap, item);
  return r;
}
