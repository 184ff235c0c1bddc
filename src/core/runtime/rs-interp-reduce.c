/* rs-interp-reduce.c: min, max, sum, any, all and divmod
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The builtins that walk an iterable to one value, each in the order of
 * CPython 3.11's bltinmodule.c: they iterate as the for loop does (a
 * list iterator holds its list meanwhile), call a key function as a
 * script call, and release what they no longer keep at once.
 */
#include "rs-interp-private.h"

/* What min() and max() walk: an iterable, or their own arguments */
typedef struct {
  RsForState     st;
  const RsValue *args;   /* NULL: st */
  guint          n_args;
  guint          next;
} RsReduceSource;

static gboolean
source_next (RsInterp       *self,
             RsReduceSource *src,
             RsValue        *item)
{
  if (src->args == NULL)
    return rs_interp_iter_next (self, &src->st, item);
  if (src->next >= src->n_args)
    return FALSE;
  *item = src->args[src->next++];
  rs_heap_incref (self->heap, *item);
  return TRUE;
}

/* The key of @item: a new reference */
static gboolean
key_of (RsInterp *self,
        RsValue   keyfunc,
        RsValue   item,
        guint     line,
        RsValue  *key)
{
  if (keyfunc == RS_VALUE_ABSENT)
    {
      rs_heap_incref (self->heap, item);
      *key = item;
      return TRUE;
    }
  rs_heap_incref (self->heap, keyfunc);
  rs_heap_incref (self->heap, item);
  return rs_interp_call_value (self, keyfunc, RS_VALUE_ABSENT, &item, 1, line, key);
}

/* The best item of @src by @op between keys; ABSENT when it is empty */
static gboolean
best_of (RsInterp       *self,
         RsReduceSource *src,
         RsValue         keyfunc,
         RsCmpOp         op,
         guint           line,
         RsValue        *best)
{
  RsValue best_key = RS_VALUE_ABSENT, item, key;
  gboolean ok = TRUE;

  *best = RS_VALUE_ABSENT;
  while (ok && source_next (self, src, &item))
    {
      gboolean better = TRUE;
      if (!key_of (self, keyfunc, item, line, &key))
        {
          rs_heap_decref (self->heap, item);
          ok = FALSE;
        }
      else if (best_key != RS_VALUE_ABSENT && !rs_interp_compare_truth (self, op, key, best_key, line, &better))
        {
          rs_heap_decref (self->heap, key);
          rs_heap_decref (self->heap, item);
          ok = FALSE;
        }
      else if (better)
        {
          rs_heap_decref (self->heap, best_key);
          rs_heap_decref (self->heap, *best);
          best_key = key;
          *best = item;
        }
      else
        {
          rs_heap_decref (self->heap, item);
          rs_heap_decref (self->heap, key);
        }
    }
  /* the iterator failed (a generator expression's error) */
  ok = ok && !self->err_set;
  rs_heap_decref (self->heap, best_key);
  if (!ok)
    {
      rs_heap_decref (self->heap, *best);
      *best = RS_VALUE_ABSENT;
    }
  return ok;
}

/* min() and max(): one iterable, or several arguments; key=, default= */
static gboolean
min_max (RsInterp   *self,
         RsValue    *args,
         guint       n_args,
         guint       line,
         RsCmpOp     op,
         const char *name,
         RsValue    *out)
{
  static const char *const names[] = { "key", "default", NULL };
  RsReduceSource src = { .args = NULL };
  RsValue kw[2];

  if (n_args == 0)
    return rs_interp_raise (self, line, "TypeError", "%s expected at least 1 argument, got 0", name);
  if (!rs_interp_builtin_keywords (self, name, names, kw, line))
    return FALSE;
  if (n_args > 1 && kw[1] != RS_VALUE_ABSENT)
    return rs_interp_raise (self, line, "TypeError",
                            "Cannot specify a default for %s() with multiple positional arguments", name);
  if (n_args > 1)
    {
      src.args = args;
      src.n_args = n_args;
    }
  else
    {
      rs_heap_incref (self->heap, args[0]);
      if (!rs_interp_iter_begin (self, args[0], line, &src.st))
        return FALSE;
    }
  gboolean ok = best_of (self, &src, kw[0] == RS_VALUE_NONE ? RS_VALUE_ABSENT : kw[0], op, line, out);
  if (ok && *out == RS_VALUE_ABSENT && kw[1] != RS_VALUE_ABSENT)
    {
      *out = kw[1];
      rs_heap_incref (self->heap, *out);
    }
  else if (ok && *out == RS_VALUE_ABSENT)
    ok = rs_interp_raise (self, line, "ValueError", "%s() arg is an empty sequence", name);
  if (src.args == NULL)
    rs_interp_iter_end (self, &src.st);
  return ok;
}

gboolean
rs_interp_builtin_min (RsInterp *self,
                       RsValue  *args,
                       guint     n_args,
                       guint     line,
                       RsValue  *out)
{
  return min_max (self, args, n_args, line, RS_CMP_LT, "min", out);
}

gboolean
rs_interp_builtin_max (RsInterp *self,
                       RsValue  *args,
                       guint     n_args,
                       guint     line,
                       RsValue  *out)
{
  return min_max (self, args, n_args, line, RS_CMP_GT, "max", out);
}

/* sum(iterable, /, start=0): start + item, one after the other */
gboolean
rs_interp_builtin_sum (RsInterp *self,
                       RsValue  *args,
                       guint     n_args,
                       guint     line,
                       RsValue  *out)
{
  static const char *const names[] = { "start", NULL };
  RsValue start, result, item;
  RsForState st;

  if (n_args == 0)
    return rs_interp_raise (self, line, "TypeError", "sum() takes at least 1 positional argument (0 given)");
  if (n_args > 2)
    return rs_interp_raise (self, line, "TypeError", "sum() takes at most 2 arguments (%u given)", n_args);
  if (!rs_interp_builtin_keywords (self, "sum", names, &start, line))
    return FALSE;
  if (n_args == 2 && start != RS_VALUE_ABSENT)
    return rs_interp_raise (self, line, "TypeError", "argument for sum() given by name ('start') and position (2)");
  if (n_args == 2)
    start = args[1];
  rs_heap_incref (self->heap, args[0]);
  if (!rs_interp_iter_begin (self, args[0], line, &st))
    return FALSE;
  if (RS_VALUE_TAG (start) == RS_TAG_STR)
    {
      rs_interp_iter_end (self, &st);
      return rs_interp_raise (self, line, "TypeError", "sum() can't sum strings [use ''.join(seq) instead]");
    }
  result = start == RS_VALUE_ABSENT ? rs_value_int (0) : start;
  rs_heap_incref (self->heap, result);
  while (rs_interp_iter_next (self, &st, &item))
    {
      RsValue sum;
      gboolean ok = rs_interp_binop (self, RS_BIN_ADD, result, item, line, &sum);
      rs_heap_decref (self->heap, result);
      rs_heap_decref (self->heap, item);
      if (!ok)
        {
          rs_interp_iter_end (self, &st);
          return FALSE;
        }
      result = sum;
    }
  rs_interp_iter_end (self, &st);
  if (self->err_set)
    {
      rs_heap_decref (self->heap, result);
      return FALSE;
    }
  *out = result;
  return TRUE;
}

/* any() and all(): the first item whose truth is @stop_at decides */
static gboolean
any_all (RsInterp   *self,
         RsValue    *args,
         guint       n_args,
         guint       line,
         gboolean    stop_at,
         const char *name,
         RsValue    *out)
{
  RsForState st;
  RsValue item;
  gboolean found = FALSE;

  if (n_args != 1)
    return rs_interp_raise (self, line, "TypeError", "%s() takes exactly one argument (%u given)",
                            name, n_args);
  rs_heap_incref (self->heap, args[0]);
  if (!rs_interp_iter_begin (self, args[0], line, &st))
    return FALSE;
  while (!found && rs_interp_iter_next (self, &st, &item))
    {
      gboolean truth, ok = rs_interp_truth (self, item, line, &truth);

      rs_heap_decref (self->heap, item);
      if (!ok)
        {
          rs_interp_iter_end (self, &st);
          return FALSE;
        }
      found = truth == stop_at;
    }
  rs_interp_iter_end (self, &st);
  if (self->err_set)
    return FALSE;
  *out = found == stop_at ? RS_VALUE_TRUE : RS_VALUE_FALSE;
  return TRUE;
}

gboolean
rs_interp_builtin_any (RsInterp *self,
                       RsValue  *args,
                       guint     n_args,
                       guint     line,
                       RsValue  *out)
{
  return any_all (self, args, n_args, line, TRUE, "any", out);
}

gboolean
rs_interp_builtin_all (RsInterp *self,
                       RsValue  *args,
                       guint     n_args,
                       guint     line,
                       RsValue  *out)
{
  return any_all (self, args, n_args, line, FALSE, "all", out);
}

/* divmod(a, b) of two numbers: (a // b, a % b) */
gboolean
rs_interp_builtin_divmod (RsInterp *self,
                          RsValue  *args,
                          guint     n_args,
                          guint     line,
                          RsValue  *out)
{
  RsValue parts[2];

  if (n_args != 2)
    return rs_interp_raise (self, line, "TypeError", "divmod expected 2 arguments, got %u", n_args);
  RsValue a = args[0], b = args[1];
  if (!rs_interp_is_number (a) || !rs_interp_is_number (b))
    return rs_interp_raise (self, line, "TypeError", "unsupported operand type(s) for divmod(): '%s' and '%s'",
                            rs_interp_type_name (self, a), rs_interp_type_name (self, b));
  if (rs_interp_is_int (a) && rs_interp_is_int (b))
    {
      if (RS_VALUE_TAG (b) != RS_TAG_BIGINT && rs_interp_small_int (b) == 0)
        return rs_interp_raise (self, line, "ZeroDivisionError", "integer division or modulo by zero");
      if (!rs_interp_binop (self, RS_BIN_FLOORDIV, a, b, line, &parts[0]))
        return FALSE;
      if (!rs_interp_binop (self, RS_BIN_MOD, a, b, line, &parts[1]))
        {
          rs_heap_decref (self->heap, parts[0]);
          return FALSE;
        }
    }
  else
    {
      double div, mod;
      if (!rs_interp_float_divmod (self, a, b, line, &div, &mod))
        return FALSE;
      parts[0] = rs_interp_make_float (self, div);
      parts[1] = rs_interp_make_float (self, mod);
    }
  *out = RS_VALUE_OBJECT (rs_heap_new_tuple (self->heap, parts, 2));
  return TRUE;
}
