/* rs-interp-weakset.c: WeakSet's set algebra (Lib/_weakrefset.py)
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A WeakSet's `data` is a set of weak references; its operators hand
 * that set a generator of `ref(item)` for each item of the other
 * operand.  What would iterate a WeakSet (`|`, `-`, `^`, copy(), `==`
 * of two WeakSets) is rejected as the oracle rejects it: the order is
 * CPython's addresses'.  A WeakSet has no pending removals here, as
 * nothing in the subset iterates one.
 */
#include "rs-interp-private.h"
#include "rs-interp-weakdict.h"

static RsWeakDictData *
data_of (RsInterp *self,
         RsValue   set)
{
  return rs_heap_weakdict_data (self->heap, set);
}

gboolean
rs_interp_weakset_is (RsInterp *self,
                      RsValue   v)
{
  RsWeakDictData *d = data_of (self, v);

  return d != NULL && d->kind == RS_WEAKDICT_SET;
}

static gboolean
reject_iteration (RsInterp *self,
                  guint     line)
{
  return rs_interp_reject (self, line, "iterating a WeakSet (its order depends on addresses)");
}

/* The referents of `ref(item) for item in other`, each with a reference,
 * in order; FALSE with ref()'s TypeError (or the iteration's error).
 * @stop, when not NULL, ends the walk early: it is asked after each item */
typedef gboolean (*StopFn) (RsInterp *self, RsValue set, GArray *items, RsValue item);

static gboolean
referents (RsInterp *self,
           RsValue   set,
           RsValue   other,
           StopFn    stop,
           guint     line,
           GArray   *items)
{
  RsForState st;
  RsValue item;
  gboolean ok = TRUE;

  if (rs_interp_weakset_is (self, other))
    return reject_iteration (self, line);
  rs_heap_incref (self->heap, other);
  if (!rs_interp_iter_begin (self, other, line, &st))
    return FALSE;
  while (ok && rs_interp_iter_next (self, &st, &item))
    {
      ok = rs_interp_weakdict_weakable (self, item, line);
      if (ok)
        g_array_append_val (items, item);
      else
        rs_heap_decref (self->heap, item);
      if (ok && stop != NULL && stop (self, set, items, item))
        break;
    }
  rs_interp_iter_end (self, &st);
  ok = ok && !self->err_set;
  if (!ok)
    {
      rs_interp_release_in_order (self, (RsValue *) items->data, items->len);
      g_array_set_size (items, 0);
    }
  return ok;
}

static void
release_items (RsInterp *self,
               GArray   *items)
{
  rs_interp_release_in_order (self, (RsValue *) items->data, items->len);
}

/* Whether @item is in @set (a live entry refers to it) */
static gboolean
has (RsInterp *self,
     RsValue   set,
     RsValue   item)
{
  return rs_interp_weakdict_find_item (self, set, item) >= 0;
}

/* How many distinct objects @items holds (set(map(ref, other))) */
static guint
distinct (GArray *items)
{
  guint n = 0;

  for (guint i = 0; i < items->len; i++)
    {
      gboolean seen = FALSE;
      for (guint j = 0; j < i && !seen; j++)
        seen = g_array_index (items, RsValue, j) == g_array_index (items, RsValue, i);
      n += !seen;
    }
  return n;
}

static gboolean
among (GArray  *items,
       RsValue  v)
{
  for (guint i = 0; i < items->len; i++)
    if (g_array_index (items, RsValue, i) == v)
      return TRUE;
  return FALSE;
}

/* Whether every entry of @set refers to one of @items (a dead one never does) */
static gboolean
entries_among (RsInterp *self,
               RsValue   set,
               GArray   *items)
{
  RsWeakDictData *d = data_of (self, set);

  for (guint i = 0; i < d->entries->len; i++)
    {
      RsValue w = g_array_index (d->entries, RsWeakDictEntry, i).key;
      if (w != RS_VALUE_ABSENT && !among (items, rs_interp_weakdict_referent (self, w)))
        return FALSE;
    }
  return TRUE;
}

/* set_issuperset stops at the first item not in the set */
static gboolean
stop_at_missing (RsInterp *self,
                 RsValue   set,
                 GArray   *items,
                 RsValue   item)
{
  return !has (self, set, item);
}

/* `<=`, `<`, `>=`, `>` with @other: the subset tests of data against the
 * references of other's items */
static gboolean
compare (RsInterp *self,
         RsValue   set,
         RsValue   other,
         gboolean  superset,
         gboolean  strict,
         guint     line,
         gboolean *result)
{
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (RsValue));

  if (!referents (self, set, other, superset && !strict ? stop_at_missing : NULL, line, items))
    return FALSE;
  guint n = distinct (items), used = data_of (self, set)->used;
  gboolean all = TRUE;
  for (guint i = 0; superset && all && i < items->len; i++)
    all = has (self, set, g_array_index (items, RsValue, i));
  if (!superset)
    all = entries_among (self, set, items);
  *result = all && (!strict || (superset ? used > n : used < n));
  release_items (self, items);
  return TRUE;
}

gboolean
rs_interp_weakset_compare (RsInterp *self,
                           RsCmpOp   op,
                           RsValue   a,
                           RsValue   b,
                           guint     line,
                           gboolean *result)
{
  gboolean swap = !rs_interp_weakset_is (self, a);
  RsValue set = swap ? b : a, other = swap ? a : b;

  /* __eq__ of two WeakSets iterates the other one */
  if (op == RS_CMP_EQ || op == RS_CMP_NE)
    return reject_iteration (self, line);
  gboolean greater = op == RS_CMP_GT || op == RS_CMP_GE;
  return compare (self, set, other, greater != swap, op == RS_CMP_LT || op == RS_CMP_GT, line, result);
}

/* set_intersection stops once it has as many items as the set */
static gboolean
stop_when_full (RsInterp *self,
                RsValue   set,
                GArray   *items,
                RsValue   item)
{
  guint found = 0;

  for (guint i = 0; i < items->len; i++)
    found += has (self, set, g_array_index (items, RsValue, i));
  return found >= data_of (self, set)->used;
}

/* `&=`: data.intersection_update(ref(item) for item in other).  The set
 * keeps the callback-less references of the generator: an item that
 * dies later stays counted, as in CPython. */
static gboolean
intersection_update (RsInterp *self,
                     RsValue   set,
                     RsValue   other,
                     guint     line)
{
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (RsValue));
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (RsValue));

  if (!referents (self, set, other, stop_when_full, line, items))
    return FALSE;
  for (guint i = 0; i < items->len; i++)
    {
      RsValue item = g_array_index (items, RsValue, i);
      if (has (self, set, item) && !among (kept, item))
        g_array_append_val (kept, item);
    }
  RsObjId id = RS_VALUE_OBJECT_ID (set);
  for (guint i = 0; i < kept->len; i++)
    g_array_index (kept, RsValue, i) = rs_interp_weakdict_plain_ref (self, g_array_index (kept, RsValue, i));
  rs_heap_weakdict_clear (self->heap, id);
  for (guint i = 0; i < kept->len; i++)
    rs_heap_weakdict_append (self->heap, id, g_array_index (kept, RsValue, i), RS_VALUE_ABSENT);
  release_items (self, items);
  return TRUE;
}

/* `-=`: data.difference_update(ref(item) for item in other); itself: clear */
static gboolean
difference_update (RsInterp *self,
                   RsValue   set,
                   RsValue   other,
                   guint     line)
{
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (RsValue));

  if (set == other)
    {
      rs_heap_weakdict_clear (self->heap, RS_VALUE_OBJECT_ID (set));
      return TRUE;
    }
  if (!referents (self, set, other, NULL, line, items))
    return FALSE;
  for (guint i = 0; i < items->len; i++)
    {
      gint at = rs_interp_weakdict_find_item (self, set, g_array_index (items, RsValue, i));
      if (at >= 0)
        rs_heap_weakdict_remove (self->heap, RS_VALUE_OBJECT_ID (set), at, FALSE);
    }
  release_items (self, items);
  return TRUE;
}

/* `^=`: data.symmetric_difference_update(ref(item, self._remove) for item
 * in other): the new references are all made first; each item in the
 * set leaves it, each other one comes in with its new reference */
static gboolean
symmetric_difference_update (RsInterp *self,
                             RsValue   set,
                             RsValue   other,
                             guint     line)
{
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (RsValue));
  g_autoptr(GArray) refs = g_array_new (FALSE, FALSE, sizeof (RsValue));
  RsObjId id = RS_VALUE_OBJECT_ID (set);

  if (set == other)
    {
      rs_heap_weakdict_clear (self->heap, id);
      return TRUE;
    }
  if (!referents (self, set, other, NULL, line, items))
    return FALSE;
  for (guint i = 0; i < items->len; i++)
    {
      RsValue w = rs_interp_weakdict_new_ref (self, set, g_array_index (items, RsValue, i));
      g_array_append_val (refs, w);
    }
  for (guint i = 0; i < items->len; i++)
    {
      RsValue item = g_array_index (items, RsValue, i), w = g_array_index (refs, RsValue, i);
      gboolean repeated = FALSE;
      for (guint j = 0; j < i && !repeated; j++)
        repeated = g_array_index (items, RsValue, j) == item;
      gint at = repeated ? -1 : rs_interp_weakdict_find_item (self, set, item);
      if (at >= 0)
        rs_heap_weakdict_remove (self->heap, id, at, FALSE);
      else if (!repeated)
        {
          rs_heap_weakdict_append (self->heap, id, w, RS_VALUE_ABSENT);
          g_array_index (refs, RsValue, i) = RS_VALUE_ABSENT;
        }
    }
  for (guint i = 0; i < refs->len; i++)
    if (g_array_index (refs, RsValue, i) != RS_VALUE_ABSENT)
      rs_heap_decref (self->heap, g_array_index (refs, RsValue, i));
  release_items (self, items);
  return TRUE;
}

static gboolean
update (RsInterp *self,
        RsValue   set,
        RsValue   other,
        guint     line)
{
  return rs_interp_weakdict_update_from (self, set, other, line);
}

/* `&`: WeakSet(item for item in other if item in self); what cannot be
 * weakly referenced is not in it */
static gboolean
intersection (RsInterp *self,
              RsValue   set,
              RsValue   other,
              guint     line,
              RsValue  *out)
{
  RsForState st;
  RsValue item;
  gboolean ok = TRUE;

  if (rs_interp_weakset_is (self, other))
    return reject_iteration (self, line);
  RsValue result = RS_VALUE_OBJECT (rs_heap_new_weakdict (self->heap, RS_WEAKDICT_SET,
                                                          rs_interp_atom (self, "WeakSet")));
  rs_heap_incref (self->heap, other);
  if (!rs_interp_iter_begin (self, other, line, &st))
    {
      rs_heap_decref (self->heap, result);
      return FALSE;
    }
  while (ok && rs_interp_iter_next (self, &st, &item))
    {
      if (has (self, set, item))
        ok = rs_interp_weakdict_store (self, result, item, RS_VALUE_ABSENT, line);
      rs_heap_decref (self->heap, item);
    }
  rs_interp_iter_end (self, &st);
  if (!ok || self->err_set)
    {
      rs_heap_decref (self->heap, result);
      return FALSE;
    }
  *out = result;
  return TRUE;
}

typedef gboolean (*InplaceFn) (RsInterp *self, RsValue set, RsValue other, guint line);

static const InplaceFn inplace_ops[] = {
  [RS_BIN_OR] = update,
  [RS_BIN_AND] = intersection_update,
  [RS_BIN_SUB] = difference_update,
  [RS_BIN_XOR] = symmetric_difference_update,
};

gboolean
rs_interp_weakset_binop (RsInterp *self,
                         RsBinOp   op,
                         RsValue   a,
                         RsValue   b,
                         gboolean  inplace,
                         guint     line,
                         RsValue  *out)
{
  *out = RS_VALUE_ABSENT;
  if (!rs_interp_weakset_is (self, a) || op >= G_N_ELEMENTS (inplace_ops) || inplace_ops[op] == NULL)
    return FALSE;
  if (inplace)
    {
      if (inplace_ops[op] (self, a, b, line))
        {
          rs_heap_incref (self->heap, a);
          *out = a;
        }
      return TRUE;
    }
  /* `|`, `-` and `^` start from a copy of the set, or iterate it */
  if (op != RS_BIN_AND)
    reject_iteration (self, line);
  else
    intersection (self, a, b, line, out);
  return TRUE;
}

/* The methods: args[0] is the set */

static gboolean
method (RsInterp   *self,
        RsValue    *args,
        guint       n_args,
        guint       line,
        const char *name,
        InplaceFn   fn)
{
  return rs_interp_weakdict_arity (self, args[0], name, n_args, 1, 1, line) &&
         rs_interp_weakdict_kept (self, args, n_args, fn (self, args[0], args[1], line));
}

static gboolean
set_update (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out)
{
  return method (self, args, n_args, line, "update", update);
}

static gboolean
set_difference_update (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out)
{
  return method (self, args, n_args, line, "difference_update", difference_update);
}

static gboolean
set_intersection_update (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out)
{
  return method (self, args, n_args, line, "intersection_update", intersection_update);
}

static gboolean
set_symmetric_difference_update (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out)
{
  return method (self, args, n_args, line, "symmetric_difference_update", symmetric_difference_update);
}

static gboolean
set_intersection (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out)
{
  return rs_interp_weakdict_arity (self, args[0], "intersection", n_args, 1, 1, line) &&
         rs_interp_weakdict_kept (self, args, n_args, intersection (self, args[0], args[1], line, out));
}

static gboolean
set_iterates (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out)
{
  return reject_iteration (self, line);
}

static gboolean
set_test (RsInterp   *self,
          RsValue    *args,
          guint       n_args,
          guint       line,
          const char *name,
          gboolean    superset,
          RsValue    *out)
{
  gboolean r;

  if (!rs_interp_weakdict_arity (self, args[0], name, n_args, 1, 1, line) ||
      !rs_interp_weakdict_kept (self, args, n_args, compare (self, args[0], args[1], superset, FALSE, line, &r)))
    return FALSE;
  *out = r ? RS_VALUE_TRUE : RS_VALUE_FALSE;
  return TRUE;
}

static gboolean
set_issubset (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out)
{
  return set_test (self, args, n_args, line, "issubset", FALSE, out);
}

static gboolean
set_issuperset (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out)
{
  return set_test (self, args, n_args, line, "issuperset", TRUE, out);
}

/* `len(self.intersection(other)) == 0` */
static gboolean
set_isdisjoint (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out)
{
  RsValue common;

  if (!rs_interp_weakdict_arity (self, args[0], "isdisjoint", n_args, 1, 1, line) ||
      !rs_interp_weakdict_kept (self, args, n_args, intersection (self, args[0], args[1], line, &common)))
    return FALSE;
  *out = data_of (self, common)->used == 0 ? RS_VALUE_TRUE : RS_VALUE_FALSE;
  rs_heap_decref (self->heap, common);
  return TRUE;
}

const RsBuiltinRow rs_interp_weakset_rows[RS_N_BUILTINS] = {
  /*                                            owner                  min max          flags             call */
  [RS_BI_WEAKSET_UPDATE]                      = { RS_BI_WEAKREF_WEAKSET, 0, RS_ARGS_ANY, RS_ROW_OWN_CHECK, set_update },
  [RS_BI_WEAKSET_DIFFERENCE_UPDATE]           = { RS_BI_WEAKREF_WEAKSET, 0, RS_ARGS_ANY, RS_ROW_OWN_CHECK, set_difference_update },
  [RS_BI_WEAKSET_INTERSECTION_UPDATE]         = { RS_BI_WEAKREF_WEAKSET, 0, RS_ARGS_ANY, RS_ROW_OWN_CHECK, set_intersection_update },
  [RS_BI_WEAKSET_SYMMETRIC_DIFFERENCE_UPDATE] = { RS_BI_WEAKREF_WEAKSET, 0, RS_ARGS_ANY, RS_ROW_OWN_CHECK, set_symmetric_difference_update },
  [RS_BI_WEAKSET_INTERSECTION]                = { RS_BI_WEAKREF_WEAKSET, 0, RS_ARGS_ANY, RS_ROW_OWN_CHECK, set_intersection },
  [RS_BI_WEAKSET_UNION]                       = { RS_BI_WEAKREF_WEAKSET, 0, RS_ARGS_ANY, RS_ROW_OWN_CHECK, set_iterates },
  [RS_BI_WEAKSET_DIFFERENCE]                  = { RS_BI_WEAKREF_WEAKSET, 0, RS_ARGS_ANY, RS_ROW_OWN_CHECK, set_iterates },
  [RS_BI_WEAKSET_SYMMETRIC_DIFFERENCE]        = { RS_BI_WEAKREF_WEAKSET, 0, RS_ARGS_ANY, RS_ROW_OWN_CHECK, set_iterates },
  [RS_BI_WEAKSET_ISSUBSET]                    = { RS_BI_WEAKREF_WEAKSET, 0, RS_ARGS_ANY, RS_ROW_OWN_CHECK, set_issubset },
  [RS_BI_WEAKSET_ISSUPERSET]                  = { RS_BI_WEAKREF_WEAKSET, 0, RS_ARGS_ANY, RS_ROW_OWN_CHECK, set_issuperset },
  [RS_BI_WEAKSET_ISDISJOINT]                  = { RS_BI_WEAKREF_WEAKSET, 0, RS_ARGS_ANY, RS_ROW_OWN_CHECK, set_isdisjoint },
};
