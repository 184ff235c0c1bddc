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

RsObjId
rs_interp_instance_class (RsInterp *self,
                          RsValue   v)
{
  RsObj *o = rs_heap_get_value (self->heap, v);

  return o != NULL && o->kind == RS_KIND_INSTANCE ? o->cls : 0;
}

gboolean
rs_interp_is_instance (RsInterp *self,
                       RsValue   v)
{
  return rs_interp_instance_class (self, v) != 0;
}

gboolean
rs_interp_has_special (RsInterp   *self,
                       RsValue     v,
                       const char *name)
{
  RsObjId cls = rs_interp_instance_class (self, v);
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
  RsObjId cls = rs_interp_instance_class (self, obj);
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
  rs_interp_text_object (self, result, out);
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

  if (rs_interp_is_proxy (self, v))
    {
      RsValue referent;
      if (!rs_interp_proxy_referent (self, v, line, &referent))
        return FALSE;
      rs_heap_incref (self->heap, referent);
      gboolean ok = rs_interp_truth (self, referent, line, result);
      rs_heap_decref (self->heap, referent);
      return ok;
    }
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
  RsValue arg = rs_interp_passed_str (self, spec, spec_len, FALSE), result;
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
          rs_interp_text_object (self, result, out);
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

/* _PySequence_IterSearch: each item compared with @item (the item on the
 * left) until one is equal */
static gboolean
iter_search (RsInterp *self,
             RsValue   container,
             RsValue   item,
             guint     line,
             gboolean *result)
{
  RsForState st;
  RsValue x;
  gint r = 0;

  *result = FALSE;
  rs_heap_incref (self->heap, container);
  if (!rs_interp_iter_begin (self, container, line, &st))
    return FALSE;
  while (r == 0 && rs_interp_iter_next (self, &st, &x))
    {
      r = x == item ? 1 : rs_interp_equal (self, x, item, line);
      rs_heap_decref (self->heap, x);
    }
  rs_interp_iter_end (self, &st);
  *result = r > 0;
  return r >= 0 && !self->err_set;
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
      if (rs_interp_has_special (self, container, "__iter__"))
        return iter_search (self, container, item, line, result);
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

  rs_heap_class_lookup (self->heap, rs_interp_instance_class (self, callable),
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
  arg = rs_interp_passed_str (self, name, strlen (name), TRUE);
  rs_heap_incref (self->heap, owner);
  r = rs_interp_call_special (self, owner, "__getattr__", &arg, 1, line, out);
  rs_heap_decref (self->heap, owner);
  rs_heap_decref (self->heap, arg);
  return r;
}
