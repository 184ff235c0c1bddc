/* rs-interp-compare.c: ==, !=, <, <=, >, >= and is of values, with CPython's recursion levels
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rs-interp-private.h"
#include "rs-interp-weakdict.h"

#include <string.h>

static gint
int_cmp (RsInterp *self,
         RsValue   a,
         RsValue   b)
{
  if (RS_VALUE_TAG (a) != RS_TAG_BIGINT && RS_VALUE_TAG (b) != RS_TAG_BIGINT)
    {
      gint64 x = rs_interp_small_int (a), y = rs_interp_small_int (b);
      return x < y ? -1 : x > y;
    }
  RsBig x = rs_interp_int_to_big (self, a), y = rs_interp_int_to_big (self, b);
  gint c = rs_big_cmp (&x, &y);
  rs_big_clear (&x);
  rs_big_clear (&y);
  return c;
}

gint
rs_interp_int_cmp (RsInterp *self,
                   RsValue   a,
                   RsValue   b)
{
  return int_cmp (self, a, b);
}

static gint
str_cmp (RsInterp *self,
         RsValue   a,
         RsValue   b)
{
  gsize la, lb;
  const char *sa = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (a), &la);
  const char *sb = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (b), &lb);
  gint c = memcmp (sa, sb, MIN (la, lb));

  if (c != 0)
    return c < 0 ? -1 : 1;
  return la < lb ? -1 : la > lb;
}

/* CPython's comparisons enter a recursion level for every pair of
 * containers they compare (PyObject_RichCompare), Python frames counting
 * too: nesting past the limit, a cycle for one, is a RecursionError. */
static gboolean
compare_too_deep (RsInterp *self,
                  guint     depth)
{
  return self->depth + depth + 1 > RECURSION_LIMIT;
}

/* range_equals: ranges are equal when they give the same numbers */
static gboolean
range_equal (const RsRangeData *a,
             const RsRangeData *b)
{
  gint64 n = rs_interp_range_length (a);

  if (n != rs_interp_range_length (b))
    return FALSE;
  if (n == 0)
    return TRUE;
  if (a->start != b->start)
    return FALSE;
  return n == 1 || a->step == b->step;
}

static gboolean
is_dict (RsInterp *self,
         RsValue   v)
{
  RsObj *o = rs_heap_get_value (self->heap, v);

  return o != NULL && o->kind == RS_KIND_DICT;
}

/* 1 equal, 0 not, -1 nested too deep */
static gint equal_depth (RsInterp *self, RsValue a, RsValue b, guint depth);

/* The function a live WeakMethod's _func_ref refers to, 0 once dead */
static RsObjId
method_func (RsInterp   *self,
             RsWeakData *w)
{
  RsObj *f = w->func_ref != 0 ? rs_heap_get (self->heap, w->func_ref) : NULL;

  return f != NULL ? ((RsWeakData *) f->data)->referent : 0;
}

/* weakref_richcompare: equal referents while both live (compared as
 * PyObject_RichCompare does, their __eq__ run even on one object, both
 * held meanwhile), identity once one is dead; two WeakMethods also need
 * the same function (WeakMethod.__eq__) */
static gint
weakref_equal (RsInterp   *self,
               RsWeakData *p,
               RsWeakData *q,
               guint       depth)
{
  gboolean methods = p->flavor == RS_WEAK_METHOD && q->flavor == RS_WEAK_METHOD;
  RsObjId f = methods ? method_func (self, p) : 0, g = methods ? method_func (self, q) : 0;
  RsValue a = RS_VALUE_OBJECT (p->referent), b = RS_VALUE_OBJECT (q->referent);
  gint r;

  if (p->referent == 0 || q->referent == 0 || (methods && (f == 0 || g == 0)))
    return 0;
  rs_heap_incref (self->heap, a);
  rs_heap_incref (self->heap, b);
  if (rs_interp_is_instance (self, a) || rs_interp_is_instance (self, b))
    r = rs_interp_special_equal (self, a, b);
  else
    r = equal_depth (self, a, b, depth + 1);
  rs_heap_decref (self->heap, a);
  rs_heap_decref (self->heap, b);
  return r > 0 && methods ? f == g : r;
}

static gint
equal_depth (RsInterp *self,
             RsValue   a,
             RsValue   b,
             guint     depth)
{
  /* PyObject_RichCompareBool's identity shortcut holds inside containers;
   * at the top, a float is not itself when it is a NaN and a dict's
   * dict_equal looks every key up in itself (a lookup may call __eq__) */
  if (a == b && (depth > 0 || (RS_VALUE_TAG (a) != RS_TAG_FLOAT && !is_dict (self, a))))
    return 1;
  if (rs_interp_is_int (a) && rs_interp_is_int (b))
    return int_cmp (self, a, b) == 0;
  if (rs_interp_is_number (a) && rs_interp_is_number (b))
    return rs_interp_number_cmp (self, a, b) == 0;
  if (RS_VALUE_TAG (a) == RS_TAG_STR && RS_VALUE_TAG (b) == RS_TAG_STR)
    return RS_VALUE_STR_ATOM (a) == RS_VALUE_STR_ATOM (b);
  if (rs_interp_is_instance (self, a) || rs_interp_is_instance (self, b))
    return rs_interp_special_equal (self, a, b);
  RsObj *x = rs_heap_get_value (self->heap, a), *y = rs_heap_get_value (self->heap, b);
  if (x == NULL || y == NULL || x->kind != y->kind)
    return 0;
  if ((x->kind == RS_KIND_LIST || x->kind == RS_KIND_TUPLE || x->kind == RS_KIND_DICT) &&
      compare_too_deep (self, depth))
    return -1;
  if (x->kind == RS_KIND_LIST || x->kind == RS_KIND_TUPLE)
    {
      RsList *l = x->data, *m = y->data;
      gboolean is_list = x->kind == RS_KIND_LIST;
      if (l->len != m->len)
        return 0;
      for (guint i = 0; i < l->len && i < m->len; i++)
        {
          /* list_richcompare holds both items while __eq__ may run */
          RsValue p = l->items[i], q = m->items[i];
          gboolean hold = is_list && p != q &&
                          (rs_interp_is_instance (self, p) || rs_interp_is_instance (self, q));
          if (hold)
            {
              rs_heap_incref (self->heap, p);
              rs_heap_incref (self->heap, q);
            }
          gint r = equal_depth (self, p, q, depth + 1);
          if (hold)
            {
              rs_heap_decref (self->heap, p);
              rs_heap_decref (self->heap, q);
            }
          if (r <= 0)
            return r;
          l = rs_heap_get_value (self->heap, a)->data;
          m = rs_heap_get_value (self->heap, b)->data;
        }
      return l->len == m->len;
    }
  if (x->kind == RS_KIND_DICT)
    {
      RsDict *d = x->data, *e = y->data;
      RsObjId yid = y->id;
      if (d->used != e->used)
        return 0;
      for (guint i = 0; i < d->len; i++)
        {
          if (d->entries[i].key == RS_VALUE_ABSENT)
            continue;
          /* the lookup in the other dict may call __eq__ on its keys */
          RsValue k = d->entries[i].key;
          gint j;
          rs_heap_incref (self->heap, k);
          gboolean found = rs_interp_dict_lookup_hashed (self, yid, k, 0, &j);
          rs_heap_decref (self->heap, k);
          if (!found)
            return RS_EQUAL_RAISED;
          if (j < 0)
            return 0;
          d = rs_heap_get_value (self->heap, a)->data;
          e = rs_heap_get_value (self->heap, b)->data;
          if (i >= d->len || d->entries[i].key != k)
            return 0;
          /* dict_equal holds the key and both values while __eq__ may run */
          RsValue key = d->entries[i].key, p = d->entries[i].value, q = e->entries[j].value;
          gboolean hold = p != q && (rs_interp_is_instance (self, p) || rs_interp_is_instance (self, q));
          if (hold)
            {
              rs_heap_incref (self->heap, p);
              rs_heap_incref (self->heap, key);
              rs_heap_incref (self->heap, q);
            }
          gint r = equal_depth (self, p, q, depth + 1);
          if (hold)
            {
              rs_heap_decref (self->heap, key);
              rs_heap_decref (self->heap, p);
              rs_heap_decref (self->heap, q);
            }
          d = rs_heap_get_value (self->heap, a)->data;
          e = rs_heap_get_value (self->heap, b)->data;
          if (r <= 0)
            return r;
        }
      return 1;
    }
  if (x->kind == RS_KIND_BOUND_METHOD)
    {
      RsBoundData *p = x->data, *q = y->data;
      return p->self == q->self && p->func == q->func;
    }
  if (x->kind == RS_KIND_WEAKREF)
    return weakref_equal (self, x->data, y->data, depth);
  if (x->kind == RS_KIND_RANGE)
    return range_equal (x->data, y->data);
  return 0;
}

static gboolean
raise_too_deep (RsInterp *self,
                guint     line)
{
  return rs_interp_raise (self, line, "RecursionError", "maximum recursion depth exceeded in comparison");
}

gint
rs_interp_equal (RsInterp *self,
                 RsValue   a,
                 RsValue   b,
                 guint     line)
{
  gint r = equal_depth (self, a, b, 0);

  if (r < 0 && r != RS_EQUAL_RAISED)
    raise_too_deep (self, line);
  return r;
}

#define ORDER_NONE     (-2)   /* unordered types */
#define ORDER_TOO_DEEP (-3)   /* nested past the recursion limit */
#define ORDER_NAN      2      /* a nan: every order is false */

/* -1, 0, 1, ORDER_NONE or ORDER_TOO_DEEP */
static gint
order (RsInterp *self,
       RsValue   a,
       RsValue   b,
       guint     depth)
{
  if (rs_interp_is_int (a) && rs_interp_is_int (b))
    return int_cmp (self, a, b);
  if (rs_interp_is_number (a) && rs_interp_is_number (b))
    return rs_interp_number_cmp (self, a, b);
  if (RS_VALUE_TAG (a) == RS_TAG_STR && RS_VALUE_TAG (b) == RS_TAG_STR)
    return str_cmp (self, a, b);
  RsObj *x = rs_heap_get_value (self->heap, a), *y = rs_heap_get_value (self->heap, b);
  if (x == NULL || y == NULL || x->kind != y->kind ||
      (x->kind != RS_KIND_LIST && x->kind != RS_KIND_TUPLE))
    return ORDER_NONE;
  if (compare_too_deep (self, depth))
    return ORDER_TOO_DEEP;
  /* list_richcompare and tuplerichcompare: the first items that differ decide */
  RsList *l = x->data, *m = y->data;
  for (guint i = 0; i < MIN (l->len, m->len); i++)
    {
      gint r = equal_depth (self, l->items[i], m->items[i], depth + 1);
      if (r < 0)
        return ORDER_TOO_DEEP;
      if (r == 0)
        return order (self, l->items[i], m->items[i], depth + 1);
    }
  return l->len < m->len ? -1 : l->len > m->len;
}

gboolean
rs_interp_compare (RsInterp *self,
                   RsCmpOp   op,
                   RsValue   a,
                   RsValue   b,
                   guint     line,
                   gboolean *result)
{
  static const char *symbols[] = { "is", "is not", "==", "!=", "<", ">", "<=", ">=" };

  switch (op)
    {
    case RS_CMP_IS:
      return rs_interp_identical (self, a, b, line, result);
    case RS_CMP_IS_NOT:
      if (!rs_interp_identical (self, a, b, line, result))
        return FALSE;
      *result = !*result;
      return TRUE;
    case RS_CMP_EQ:
    case RS_CMP_NE:
      if (rs_interp_weakset_is (self, a) && rs_interp_weakset_is (self, b))
        return rs_interp_weakset_compare (self, op, a, b, line, result);
      {
        gint r = rs_interp_equal (self, a, b, line);
        *result = op == RS_CMP_EQ ? r > 0 : r == 0;
        return r >= 0;
      }
    case RS_CMP_IN:
    case RS_CMP_NOT_IN:
      if (!rs_interp_contains (self, b, a, line, result))
        return FALSE;
      *result = *result == (op == RS_CMP_IN);
      return TRUE;
    default:
      break;
    }
  /* `x < s` is `s > x` */
  if (rs_interp_weakset_is (self, a) || (rs_interp_weakset_is (self, b) && !rs_interp_is_instance (self, a)))
    return rs_interp_weakset_compare (self, op, a, b, line, result);
  gint c = order (self, a, b, 0);
  if (c == ORDER_TOO_DEEP)
    return raise_too_deep (self, line);
  if (c == ORDER_NONE)
    return rs_interp_raise (self, line, "TypeError",
                            "'%s' not supported between instances of '%s' and '%s'",
                            symbols[op], rs_interp_type_name (self, a), rs_interp_type_name (self, b));
  if (c == ORDER_NAN)
    {
      *result = FALSE;
      return TRUE;
    }
  switch (op)
    {
    case RS_CMP_LT: *result = c < 0; break;
    case RS_CMP_GT: *result = c > 0; break;
    case RS_CMP_LE: *result = c <= 0; break;
    default: *result = c >= 0; break;
    }
  return TRUE;
}

