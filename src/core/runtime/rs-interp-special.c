/* rs-interp-special.c: the special methods of script classes, looked up on the type and called from C
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CPython finds a special method on the type, never on the instance
 * (_PyType_Lookup along the bases), and calls it as a plain Python call:
 * the frame takes its own references to self and the arguments and
 * releases them when it returns.  The callers here borrow what they pass.
 */
#include "rs-interp-private.h"

#include <string.h>

/* The class of @v when it is an instance of a script class, else 0 */
static RsObjId
instance_class (RsInterp *self,
                RsValue   v)
{
  RsObj *o = rs_heap_get_value (self->heap, v);

  return o != NULL && o->kind == RS_KIND_INSTANCE ? o->cls : 0;
}

gboolean
rs_interp_is_instance (RsInterp *self,
                       RsValue   v)
{
  return instance_class (self, v) != 0;
}

gboolean
rs_interp_has_special (RsInterp   *self,
                       RsValue     v,
                       const char *name)
{
  RsObjId cls = instance_class (self, v);
  RsValue func;

  return cls != 0 && rs_heap_class_lookup (self->heap, cls, rs_interp_atom (self, g_intern_string (name)), &func);
}

RsSpecial
rs_interp_call_special (RsInterp   *self,
                        RsValue     obj,
                        const char *name,
                        RsValue    *args,
                        guint       n_args,
                        guint       line,
                        RsValue    *out)
{
  RsObjId cls = instance_class (self, obj);
  RsValue func;
  g_autofree RsValue *argv = NULL;

  if (cls == 0 || !rs_heap_class_lookup (self->heap, cls, rs_interp_atom (self, g_intern_string (name)), &func))
    return RS_SPECIAL_ABSENT;
  argv = g_new (RsValue, n_args + 1);
  argv[0] = obj;
  for (guint i = 0; i < n_args; i++)
    argv[i + 1] = args[i];
  rs_interp_hold_values (self, argv, n_args + 1);
  rs_heap_incref (self->heap, func);
  return rs_interp_call_value (self, func, RS_VALUE_ABSENT, argv, n_args + 1, line, out)
         ? RS_SPECIAL_OK : RS_SPECIAL_RAISED;
}

/* repr() and str() */

gboolean
rs_interp_special_text (RsInterp *self,
                        RsValue   v,
                        gboolean  repr,
                        GString  *out,
                        gboolean *found)
{
  const char *name = repr || !rs_interp_has_special (self, v, "__str__") ? "__repr__" : "__str__";
  RsValue result;
  RsSpecial r = rs_interp_call_special (self, v, name, NULL, 0, self->frame->line, &result);

  *found = r != RS_SPECIAL_ABSENT;
  if (r != RS_SPECIAL_OK)
    return r == RS_SPECIAL_ABSENT;
  if (RS_VALUE_TAG (result) != RS_TAG_STR)
    {
      rs_interp_raise (self, self->frame->line, "TypeError", "%s returned non-string (type %s)",
                       name, rs_interp_type_name (self, result));
      rs_heap_decref (self->heap, result);
      return FALSE;
    }
  gsize len;
  const char *s = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (result), &len);
  g_string_append_len (out, s, len);
  rs_heap_decref (self->heap, result);
  return TRUE;
}

static gboolean
runs_code (RsInterp *self,
           RsValue   v,
           guint     depth)
{
  RsObj *o = rs_heap_get_value (self->heap, v);

  if (o == NULL)
    return FALSE;
  if (depth > 64)
    return TRUE;   /* deep or cyclic: say yes, that is always safe */
  switch (o->kind)
    {
    case RS_KIND_INSTANCE:
      return rs_interp_has_special (self, v, "__repr__") || rs_interp_has_special (self, v, "__str__");
    case RS_KIND_LIST:
    case RS_KIND_TUPLE:
      for (guint i = 0; i < ((RsList *) o->data)->len; i++)
        if (runs_code (self, ((RsList *) o->data)->items[i], depth + 1))
          return TRUE;
      return FALSE;
    case RS_KIND_DICT:
      for (guint i = 0; i < ((RsDict *) o->data)->len; i++)
        if (((RsDict *) o->data)->entries[i].key != RS_VALUE_ABSENT &&
            (runs_code (self, ((RsDict *) o->data)->entries[i].key, depth + 1) ||
             runs_code (self, ((RsDict *) o->data)->entries[i].value, depth + 1)))
          return TRUE;
      return FALSE;
    case RS_KIND_BOUND_METHOD:
      return runs_code (self, ((RsBoundData *) o->data)->self, depth + 1);
    default:
      return FALSE;
    }
}

gboolean
rs_interp_text_runs_code (RsInterp *self,
                          RsValue   v)
{
  return runs_code (self, v, 0);
}

/* Truth and len() */

/* slot_sq_length: what __len__ returned as a size (its __index__) */
static gboolean
length_of (RsInterp *self,
           RsValue   result,
           guint     line,
           gint64   *n)
{
  gboolean ok = TRUE;

  if (!rs_interp_is_int (result))
    ok = rs_interp_raise (self, line, "TypeError", "'%s' object cannot be interpreted as an integer",
                          rs_interp_type_name (self, result));
  else if (RS_VALUE_TAG (result) == RS_TAG_BIGINT)
    ok = rs_interp_raise (self, line, "OverflowError", "cannot fit 'int' into an index-sized integer");
  else if ((*n = rs_interp_small_int (result)) < 0)
    ok = rs_interp_raise (self, line, "ValueError", "__len__() should return >= 0");
  rs_heap_decref (self->heap, result);
  return ok;
}

RsSpecial
rs_interp_special_len (RsInterp *self,
                       RsValue   v,
                       guint     line,
                       gint64   *n)
{
  RsValue result;
  RsSpecial r = rs_interp_call_special (self, v, "__len__", NULL, 0, line, &result);

  if (r == RS_SPECIAL_OK && !length_of (self, result, line, n))
    return RS_SPECIAL_RAISED;
  return r;
}

gboolean
rs_interp_truth (RsInterp *self,
                 RsValue   v,
                 guint     line,
                 gboolean *result)
{
  RsValue b;
  gint64 n;

  if (!rs_interp_is_instance (self, v))
    {
      *result = rs_interp_truthy (self, v);
      return TRUE;
    }
  switch (rs_interp_call_special (self, v, "__bool__", NULL, 0, line, &b))
    {
    case RS_SPECIAL_OK:
      if (b != RS_VALUE_TRUE && b != RS_VALUE_FALSE)
        {
          rs_interp_raise (self, line, "TypeError", "__bool__ should return bool, returned %s",
                           rs_interp_type_name (self, b));
          rs_heap_decref (self->heap, b);
          return FALSE;
        }
      *result = b == RS_VALUE_TRUE;
      return TRUE;
    case RS_SPECIAL_RAISED:
      return FALSE;
    case RS_SPECIAL_ABSENT:
      break;
    }
  switch (rs_interp_special_len (self, v, line, &n))
    {
    case RS_SPECIAL_OK:
      *result = n != 0;
      return TRUE;
    case RS_SPECIAL_RAISED:
      return FALSE;
    case RS_SPECIAL_ABSENT:
      break;
    }
  *result = TRUE;
  return TRUE;
}

/* format() of an instance: PyObject_Format calls the bound __format__
 * (which holds the object), object.__format__ takes the empty spec only
 * and gives str() */
gboolean
rs_interp_special_format (RsInterp   *self,
                          RsValue     v,
                          const char *spec,
                          gsize       spec_len,
                          guint       line,
                          GString    *out)
{
  RsValue arg = rs_interp_make_str (self, spec, spec_len), result;
  gboolean ok;

  rs_heap_incref (self->heap, v);   /* the bound method */
  switch (rs_interp_call_special (self, v, "__format__", &arg, 1, line, &result))
    {
    case RS_SPECIAL_OK:
      ok = RS_VALUE_TAG (result) == RS_TAG_STR ||
           rs_interp_raise (self, line, "TypeError", "__format__ must return a str, not %s",
                            rs_interp_type_name (self, result));
      if (ok)
        {
          gsize len;
          const char *s = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (result), &len);
          g_string_append_len (out, s, len);
        }
      rs_heap_decref (self->heap, result);
      break;
    case RS_SPECIAL_RAISED:
      ok = FALSE;
      break;
    default:
      if (spec_len > 0)
        ok = rs_interp_raise (self, line, "TypeError", "unsupported format string passed to %s.__format__",
                              rs_interp_type_name (self, v));
      else
        ok = rs_interp_str (self, v, out) || rs_interp_format_failed (self, line);
      break;
    }
  rs_heap_decref (self->heap, arg);
  rs_heap_decref (self->heap, v);
  return ok;
}

/* Comparisons: do_richcompare and object_richcompare */

static const char *const compare_names[] = {
  [RS_CMP_EQ] = "__eq__", [RS_CMP_NE] = "__ne__", [RS_CMP_LT] = "__lt__",
  [RS_CMP_GT] = "__gt__", [RS_CMP_LE] = "__le__", [RS_CMP_GE] = "__ge__",
};
static const RsCmpOp compare_swapped[] = {
  [RS_CMP_EQ] = RS_CMP_EQ, [RS_CMP_NE] = RS_CMP_NE, [RS_CMP_LT] = RS_CMP_GT,
  [RS_CMP_GT] = RS_CMP_LT, [RS_CMP_LE] = RS_CMP_GE, [RS_CMP_GE] = RS_CMP_LE,
};

/* Whether script class @sub derives from @cls (is it or one below) */
static gboolean
is_subclass (RsInterp *self,
             RsObjId   sub,
             RsObjId   cls)
{
  for (; sub != 0; sub = ((RsClassData *) rs_heap_get (self->heap, sub)->data)->base)
    if (sub == cls)
      return TRUE;
  return FALSE;
}

/* Whether @w's class is a proper subclass of @v's, so that its reflected
 * method goes first */
static gboolean
reflected_first (RsInterp *self,
                 RsValue   v,
                 RsValue   w)
{
  RsObjId cv = instance_class (self, v), cw = instance_class (self, w);

  return cv != 0 && cw != 0 && cv != cw && is_subclass (self, cw, cv);
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
  gboolean checked_reverse = reflected_first (self, v, w), result, ok;

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

/* Arithmetic: binary_op1 over SLOT1BINFULL, binary_iop1, the unary slots */

static const char *const binop_names[] = {
  [RS_BIN_ADD] = "add", [RS_BIN_SUB] = "sub", [RS_BIN_MUL] = "mul",
  [RS_BIN_FLOORDIV] = "floordiv", [RS_BIN_MOD] = "mod", [RS_BIN_DIV] = "truediv",
  [RS_BIN_POW] = "pow", [RS_BIN_LSHIFT] = "lshift", [RS_BIN_RSHIFT] = "rshift",
  [RS_BIN_AND] = "and", [RS_BIN_XOR] = "xor", [RS_BIN_OR] = "or",
};

/* The method of one side: NotImplemented when its class lacks it */
static gboolean
call_or_not_implemented (RsInterp   *self,
                         RsValue     v,
                         const char *name,
                         RsValue     w,
                         guint       line,
                         RsValue    *out)
{
  switch (rs_interp_call_special (self, v, name, &w, 1, line, out))
    {
    case RS_SPECIAL_ABSENT:
      *out = RS_VALUE_NOT_IMPLEMENTED;
      return TRUE;
    case RS_SPECIAL_OK:
      return TRUE;
    default:
      return FALSE;
    }
}

/* A script class has the number slot when it defines __op__ or __rop__ */
static gboolean
has_slot (RsInterp   *self,
          RsValue     v,
          const char *name,
          const char *rname)
{
  return rs_interp_has_special (self, v, name) || rs_interp_has_special (self, v, rname);
}

/* method_is_overloaded: type(@w)'s @rname is not type(@v)'s */
static gboolean
overloaded (RsInterp   *self,
            RsValue     v,
            RsValue     w,
            const char *rname)
{
  guint32 atom = rs_interp_atom (self, g_intern_string (rname));
  RsValue a, b;

  if (!rs_heap_class_lookup (self->heap, instance_class (self, w), atom, &b))
    return FALSE;
  return !rs_heap_class_lookup (self->heap, instance_class (self, v), atom, &a) || a != b;
}

gboolean
rs_interp_special_binop (RsInterp *self,
                         RsBinOp   op,
                         RsValue   v,
                         RsValue   w,
                         guint     line,
                         RsValue  *out)
{
  g_autofree char *name = g_strdup_printf ("__%s__", binop_names[op]);
  g_autofree char *rname = g_strdup_printf ("__r%s__", binop_names[op]);
  RsObjId cv = instance_class (self, v), cw = instance_class (self, w);
  gboolean do_other = cv != cw && has_slot (self, w, name, rname);

  if (has_slot (self, v, name, rname))
    {
      if (do_other && is_subclass (self, cw, cv) && overloaded (self, v, w, rname))
        {
          if (!call_or_not_implemented (self, w, rname, v, line, out))
            return FALSE;
          if (*out != RS_VALUE_NOT_IMPLEMENTED)
            return TRUE;
          do_other = FALSE;
        }
      if (!call_or_not_implemented (self, v, name, w, line, out))
        return FALSE;
      if (*out != RS_VALUE_NOT_IMPLEMENTED || cv == cw)
        return TRUE;
    }
  if (do_other)
    return call_or_not_implemented (self, w, rname, v, line, out);
  *out = RS_VALUE_NOT_IMPLEMENTED;
  return TRUE;
}

gboolean
rs_interp_special_inplace (RsInterp *self,
                           RsBinOp   op,
                           RsValue   v,
                           RsValue   w,
                           guint     line,
                           RsValue  *out)
{
  g_autofree char *name = g_strdup_printf ("__i%s__", binop_names[op]);

  if (!call_or_not_implemented (self, v, name, w, line, out))
    return FALSE;
  if (*out != RS_VALUE_NOT_IMPLEMENTED)
    return TRUE;
  return rs_interp_binop (self, op, v, w, line, out);
}

gboolean
rs_interp_special_unary (RsInterp   *self,
                         RsValue     v,
                         const char *name,
                         const char *what,
                         guint       line,
                         RsValue    *out)
{
  switch (rs_interp_call_special (self, v, name, NULL, 0, line, out))
    {
    case RS_SPECIAL_OK:
      return TRUE;
    case RS_SPECIAL_RAISED:
      return FALSE;
    default:
      return rs_interp_raise (self, line, "TypeError", "bad operand type for %s: '%s'",
                              what, rs_interp_type_name (self, v));
    }
}

/* Containers and calls */

gboolean
rs_interp_special_item (RsInterp   *self,
                        const char *name,
                        RsValue     container,
                        RsValue    *args,
                        guint       n_args,
                        guint       line,
                        RsValue    *out,
                        const char *missing)
{
  RsValue result;

  switch (rs_interp_call_special (self, container, name, args, n_args, line, &result))
    {
    case RS_SPECIAL_OK:
      if (out != NULL)
        *out = result;
      else
        rs_heap_decref (self->heap, result);
      return TRUE;
    case RS_SPECIAL_RAISED:
      return FALSE;
    default:
      return rs_interp_raise (self, line, "TypeError", missing, rs_interp_type_name (self, container));
    }
}

gboolean
rs_interp_special_contains (RsInterp *self,
                            RsValue   container,
                            RsValue   item,
                            guint     line,
                            gboolean *result)
{
  RsValue r;

  switch (rs_interp_call_special (self, container, "__contains__", &item, 1, line, &r))
    {
    case RS_SPECIAL_OK:
      {
        gboolean ok = rs_interp_truth (self, r, line, result);
        rs_heap_decref (self->heap, r);
        return ok;
      }
    case RS_SPECIAL_RAISED:
      return FALSE;
    default:
      if (rs_interp_has_special (self, container, "__getitem__"))
        return rs_interp_reject (self, line, "`in` over __getitem__ (without __contains__) is not "
                                 "in the subset; define __contains__");
      return rs_interp_raise (self, line, "TypeError", "argument of type '%s' is not iterable",
                              rs_interp_type_name (self, container));
    }
}

/* slot_tp_call: the call's arguments go in a tuple that holds them while
 * __call__ runs; consumes @callable and @args as rs_interp_call_value */
gboolean
rs_interp_special_call (RsInterp       *self,
                        RsValue         callable,
                        RsValue        *args,
                        guint           n_args,
                        const RsCallKw *kw,
                        guint           line,
                        RsValue        *out)
{
  RsValue func;

  rs_heap_class_lookup (self->heap, instance_class (self, callable),
                        rs_interp_atom (self, g_intern_string ("__call__")), &func);
  guint n_kw = kw != NULL ? kw->n : 0;
  g_autofree RsValue *kw_values = g_memdup2 (kw != NULL ? kw->values : NULL, n_kw * sizeof (RsValue));

  rs_interp_hold_values (self, args, n_args);   /* the tuple */
  rs_interp_hold_values (self, kw_values, n_kw);   /* the kwargs dict */
  if (n_kw > 0)
    {
      /* _PyStack_UnpackDict: self, the arguments and the keywords' values
       * on a stack of its own */
      rs_heap_incref (self->heap, callable);
      rs_interp_hold_values (self, args, n_args);
      rs_interp_hold_values (self, kw_values, n_kw);
    }
  rs_interp_hold_values (self, args, n_args);   /* the frame */
  rs_interp_hold_values (self, kw_values, n_kw);
  rs_heap_incref (self->heap, callable);
  rs_heap_incref (self->heap, func);
  gboolean ok = rs_interp_call_kw (self, func, callable, args, n_args, kw, line, out);
  if (n_kw > 0)
    {
      rs_heap_decref (self->heap, callable);
      rs_interp_release_in_order (self, args, n_args);
      rs_interp_release_in_order (self, kw_values, n_kw);
    }
  rs_heap_tuple_release (self->heap, args, n_args);
  rs_interp_release_in_order (self, kw_values, n_kw);
  rs_interp_release_in_order (self, args, n_args);
  rs_interp_release_in_order (self, kw_values, n_kw);
  rs_heap_decref (self->heap, callable);
  return ok;
}

/* Iterating an instance: CPython would walk __getitem__ from 0 until
 * IndexError, which the model does not do yet; FALSE, with the TypeError
 * when the class has no __getitem__, else a rejection */
gboolean
rs_interp_special_not_iterable (RsInterp *self,
                                RsValue   v,
                                guint     line)
{
  if (rs_interp_has_special (self, v, "__iter__"))
    return rs_interp_reject (self, line, "iterating an object with __iter__ is in the subset "
                             "only in a for loop; loop over it and append to a list");
  if (rs_interp_has_special (self, v, "__getitem__"))
    return rs_interp_reject (self, line, "iterating over __getitem__ is not in the subset; "
                             "iterate over a list the object holds");
  return rs_interp_raise (self, line, "TypeError", "'%s' object is not iterable",
                          rs_interp_type_name (self, v));
}

gboolean
rs_interp_special_iter (RsInterp *self,
                        RsValue   v,
                        guint     line,
                        RsValue  *iter)
{
  RsObj *o;

  switch (rs_interp_call_special (self, v, "__iter__", NULL, 0, line, iter))
    {
    case RS_SPECIAL_ABSENT:
      return rs_interp_special_not_iterable (self, v, line);
    case RS_SPECIAL_RAISED:
      return FALSE;
    default:
      break;
    }
  o = rs_heap_get_value (self->heap, *iter);
  if (rs_interp_has_special (self, *iter, "__next__") || (o != NULL && o->kind == RS_KIND_ITERATOR))
    return TRUE;
  rs_interp_raise (self, line, "TypeError", "iter() returned non-iterator of type '%s'",
                   rs_interp_type_name (self, *iter));
  rs_heap_decref (self->heap, *iter);
  *iter = RS_VALUE_ABSENT;
  return FALSE;
}

gboolean
rs_interp_special_next (RsInterp *self,
                        RsValue   iter,
                        guint     line,
                        RsValue  *item,
                        gboolean *done)
{
  guint first_held = self->err_held->len, first_frame = self->err_frames->len;

  *done = FALSE;
  if (rs_interp_call_special (self, iter, "__next__", NULL, 0, line, item) == RS_SPECIAL_OK)
    return TRUE;
  if (self->aborting || g_strcmp0 (self->err_kind, "StopIteration") != 0)
    return FALSE;
  rs_interp_clear_error (self, first_held, first_frame);
  *done = TRUE;
  return TRUE;
}

/* Conversions and attributes */

/* int(@v) or float(@v) of an instance (@to_float): __int__ or __float__,
 * whose result must be an int or a float (a bool becomes its int) */
gboolean
rs_interp_special_number (RsInterp *self,
                          RsValue   v,
                          gboolean  to_float,
                          guint     line,
                          RsValue  *out)
{
  const char *name = to_float ? "__float__" : "__int__";

  switch (rs_interp_call_special (self, v, name, NULL, 0, line, out))
    {
    case RS_SPECIAL_RAISED:
      return FALSE;
    case RS_SPECIAL_ABSENT:
      if (rs_interp_has_special (self, v, "__index__"))
        {
          double d;
          if (!rs_interp_special_index (self, v, line, out))
            return FALSE;
          if (!to_float)
            return TRUE;
          if (!rs_interp_to_double (self, *out, line, &d))
            return FALSE;
          *out = rs_interp_make_float (self, d);
          return TRUE;
        }
      return rs_interp_raise (self, line, "TypeError", to_float
                              ? "float() argument must be a string or a real number, not '%s'"
                              : "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                              rs_interp_type_name (self, v));
    default:
      break;
    }
  if (to_float ? RS_VALUE_TAG (*out) == RS_TAG_FLOAT : rs_interp_is_int (*out))
    {
      if (*out == RS_VALUE_TRUE || *out == RS_VALUE_FALSE)
        *out = rs_value_int (*out == RS_VALUE_TRUE);
      return TRUE;
    }
  if (to_float)
    rs_interp_raise (self, line, "TypeError", "%s.__float__ returned non-float (type %s)",
                     rs_interp_type_name (self, v), rs_interp_type_name (self, *out));
  else
    rs_interp_raise (self, line, "TypeError", "__int__ returned non-int (type %s)",
                     rs_interp_type_name (self, *out));
  rs_heap_decref (self->heap, *out);
  return FALSE;
}

/* slot_tp_getattr_hook: after the plain lookup found nothing, __getattr__
 * runs bound (the bound method holds the object while it runs) */
RsSpecial
rs_interp_special_getattr (RsInterp   *self,
                           RsValue     owner,
                           const char *name,
                           guint       line,
                           RsValue    *out)
{
  RsValue arg;
  RsSpecial r;

  if (!rs_interp_has_special (self, owner, "__getattr__"))
    return RS_SPECIAL_ABSENT;
  arg = rs_interp_make_str (self, name, -1);
  rs_heap_incref (self->heap, owner);
  r = rs_interp_call_special (self, owner, "__getattr__", &arg, 1, line, out);
  rs_heap_decref (self->heap, owner);
  rs_heap_decref (self->heap, arg);
  return r;
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

/* PyNumber_Index for an instance: what its __index__ returns (a bool
 * becomes its int); @v itself when it is no instance or has none */
gboolean
rs_interp_special_index (RsInterp *self,
                         RsValue   v,
                         guint     line,
                         RsValue  *out)
{
  *out = v;
  switch (rs_interp_call_special (self, v, "__index__", NULL, 0, line, out))
    {
    case RS_SPECIAL_ABSENT:
      *out = v;
      return TRUE;
    case RS_SPECIAL_RAISED:
      return FALSE;
    default:
      break;
    }
  if (rs_interp_is_int (*out))
    {
      if (*out == RS_VALUE_TRUE || *out == RS_VALUE_FALSE)
        *out = rs_value_int (*out == RS_VALUE_TRUE);
      return TRUE;
    }
  rs_interp_raise (self, line, "TypeError", "__index__ returned non-int (type %s)",
                   rs_interp_type_name (self, *out));
  rs_heap_decref (self->heap, *out);
  return FALSE;
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

  for (RsObjId c = instance_class (self, key); c != 0 && func == RS_VALUE_ABSENT;
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
  if (rs_interp_has_special (self, key, "__eq__"))
    return rs_interp_reject (self, line, "a dict key whose class defines __hash__ and __eq__ "
                             "is not in the subset yet; key the dict by a str or int attribute");
  if (rs_interp_call_special (self, key, "__hash__", NULL, 0, line, &result) != RS_SPECIAL_OK)
    return FALSE;
  gboolean ok = rs_interp_is_int (result) ||
                rs_interp_raise (self, line, "TypeError", "__hash__ method should return an integer");
  rs_heap_decref (self->heap, result);
  return ok;
}

/* The number a %-conversion of an instance formats: %d %i %u take
 * __int__ (PyNumber_Long), %x %X %o %c __index__, the float ones
 * __float__; @v itself when the class has none of them (the conversion
 * then raises its own TypeError) */
gboolean
rs_interp_special_percent (RsInterp *self,
                           char      conv,
                           RsValue   v,
                           guint     line,
                           RsValue  *out)
{
  gboolean by_index = strchr ("xXoc", conv) != NULL, to_float = strchr ("eEfFgG", conv) != NULL;

  *out = v;
  if (by_index)
    return rs_interp_special_index (self, v, line, out);
  if (rs_interp_has_special (self, v, to_float ? "__float__" : "__int__") ||
      rs_interp_has_special (self, v, "__index__"))
    return rs_interp_special_number (self, v, to_float, line, out);
  return TRUE;
}
