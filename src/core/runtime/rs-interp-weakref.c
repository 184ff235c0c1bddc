/* rs-interp-weakref.c: weakref.proxy, weakref.WeakMethod and getweakrefcount
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A proxy is a weak reference object that forwards what is done to it to
 * its referent, holding the referent for the time of the operation (3.11's
 * UNWRAP and Py_INCREF); once the referent is gone every use raises
 * ReferenceError.  A WeakMethod is a weak reference to the object with a
 * second one, its _func_ref, to the function; both call back the same
 * internal _cb, which calls the WeakMethod's own callback once.
 */
#include "rs-interp-private.h"

#include <string.h>

RsWeakData *
rs_interp_weak_data (RsInterp *self,
                     RsValue   v)
{
  RsObj *o = rs_heap_get_value (self->heap, v);

  return o != NULL && o->kind == RS_KIND_WEAKREF ? o->data : NULL;
}

gboolean
rs_interp_is_proxy (RsInterp *self,
                    RsValue   v)
{
  RsWeakData *wd = rs_interp_weak_data (self, v);

  return wd != NULL && (wd->flavor == RS_WEAK_PROXY || wd->flavor == RS_WEAK_CALLABLE_PROXY);
}

gboolean
rs_interp_proxy_referent (RsInterp *self,
                          RsValue   proxy,
                          guint     line,
                          RsValue  *referent)
{
  RsWeakData *wd = rs_interp_weak_data (self, proxy);

  if (wd->referent == 0)
    return rs_interp_raise (self, line, "ReferenceError", "weakly-referenced object no longer exists");
  *referent = RS_VALUE_OBJECT (wd->referent);
  return TRUE;
}

gboolean
rs_interp_unwrap_proxy (RsInterp *self,
                        RsValue  *v,
                        guint     line)
{
  return !rs_interp_is_proxy (self, *v) || rs_interp_proxy_referent (self, *v, line, v);
}

gboolean
rs_interp_proxy_unary (RsInterp    *self,
                       RsValue      proxy,
                       RsUnaryFn    fn,
                       guint        line,
                       RsValue     *out)
{
  RsValue referent = proxy;

  if (!rs_interp_unwrap_proxy (self, &referent, line))
    return FALSE;
  rs_heap_incref (self->heap, referent);
  gboolean ok = fn (self, referent, line, out);
  rs_heap_decref (self->heap, referent);
  return ok;
}

gboolean
rs_interp_proxy_builtin (RsInterp      *self,
                         RsBuiltinFunc  fn,
                         RsValue       *args,
                         guint          n_args,
                         guint          line,
                         RsValue       *out)
{
  RsValue proxy = args[0];

  if (!rs_interp_unwrap_proxy (self, &args[0], line))
    return FALSE;
  rs_heap_incref (self->heap, args[0]);
  gboolean ok = fn (self, args, n_args, line, out);
  rs_heap_decref (self->heap, args[0]);
  args[0] = proxy;
  return ok;
}

/* What weakref.ref() refuses: TRUE when @o can be weakly referenced */
static gboolean
check_weakrefable (RsInterp *self,
                   RsValue   v,
                   guint     line)
{
  RsObj *o = rs_heap_get_value (self->heap, v);

  if (o == NULL || o->kind == RS_KIND_LIST || o->kind == RS_KIND_DICT ||
      o->kind == RS_KIND_RANGE || o->kind == RS_KIND_ITERATOR || o->kind == RS_KIND_WEAKREF ||
      o->kind == RS_KIND_TUPLE || o->kind == RS_KIND_FINALIZER || !rs_interp_weakrefable (self, o))
    return rs_interp_raise (self, line, "TypeError", "cannot create weak reference to '%s' object",
                            rs_interp_type_name (self, v));
  return TRUE;
}

gboolean
rs_interp_builtin_proxy (RsInterp *self,
                         RsValue  *args,
                         guint     n_args,
                         guint     line,
                         RsValue  *out)
{
  if (n_args < 1 || n_args > 2)
    return rs_interp_raise (self, line, "TypeError", "proxy expected at %s %u argument%s, got %u",
                            n_args < 1 ? "least" : "most", n_args < 1 ? 1 : 2, n_args < 1 ? "" : "s", n_args);
  if (RS_VALUE_TAG (args[0]) == RS_TAG_BUILTIN)
    return rs_interp_reject (self, line, "weakref.proxy() of a builtin is not in the subset");
  if (!check_weakrefable (self, args[0], line))
    return FALSE;
  RsValue callable;
  if (!rs_interp_builtin_callable (self, args, 1, line, &callable))
    return FALSE;
  RsValue cb = n_args == 2 && args[1] != RS_VALUE_NONE ? args[1] : RS_VALUE_ABSENT;
  *out = RS_VALUE_OBJECT (rs_heap_weakref_flavor (self->heap, RS_VALUE_OBJECT_ID (args[0]), cb,
                                                  callable == RS_VALUE_TRUE ? RS_WEAK_CALLABLE_PROXY
                                                  : RS_WEAK_PROXY));
  return TRUE;
}

gboolean
rs_interp_builtin_getweakrefcount (RsInterp *self,
                                   RsValue  *args,
                                   guint     n_args,
                                   guint     line,
                                   RsValue  *out)
{
  *out = rs_value_int (RS_VALUE_IS_OBJECT (args[0])
                       ? rs_heap_weakref_count (self->heap, RS_VALUE_OBJECT_ID (args[0])) : 0);
  return TRUE;
}

/* weakref.ProxyType() and CallableProxyType() */
gboolean
rs_interp_builtin_proxy_type (RsInterp *self,
                              RsValue  *args,
                              guint     n_args,
                              guint     line,
                              RsValue  *out)
{
  return rs_interp_raise (self, line, "TypeError", "cannot create 'weakref.ProxyType' instances");
}

gboolean
rs_interp_builtin_callable_proxy_type (RsInterp *self,
                                       RsValue  *args,
                                       guint     n_args,
                                       guint     line,
                                       RsValue  *out)
{
  return rs_interp_raise (self, line, "TypeError", "cannot create 'weakref.CallableProxyType' instances");
}

/* WeakMethod(meth, callback=None) */
gboolean
rs_interp_builtin_weakmethod (RsInterp *self,
                              RsValue  *args,
                              guint     n_args,
                              guint     line,
                              RsValue  *out)
{
  if (n_args < 1 || n_args > 2)
    return rs_interp_raise (self, line, "TypeError", "WeakMethod.__new__() takes from 2 to 3 "
                            "positional arguments but %u were given", n_args + 1);
  RsObj *m = rs_heap_get_value (self->heap, args[0]);
  RsBoundData *bd = m != NULL && m->kind == RS_KIND_BOUND_METHOD ? m->data : NULL;
  if (bd == NULL || RS_VALUE_TAG (bd->func) == RS_TAG_BUILTIN)
    {
      g_autoptr(GString) type = g_string_new (NULL);
      RsValue t;
      if (!rs_interp_builtin_type (self, args, 1, line, &t))
        return FALSE;
      rs_interp_repr (self, t, type);
      return rs_interp_raise (self, line, "TypeError", "argument should be a bound method, not %s", type->str);
    }
  RsValue obj = bd->self, func = bd->func;
  if (!check_weakrefable (self, obj, line))
    return FALSE;
  RsValue marker = RS_VALUE_BUILTIN (RS_BI_WEAKMETHOD_CALLBACK);
  RsObjId wm = rs_heap_weakref_flavor (self->heap, RS_VALUE_OBJECT_ID (obj), marker, RS_WEAK_METHOD);
  RsObjId fr = rs_heap_weakref_flavor (self->heap, RS_VALUE_OBJECT_ID (func), marker, RS_WEAK_METHOD_FUNC);
  RsWeakData *wd = rs_interp_weak_data (self, RS_VALUE_OBJECT (wm));
  wd->func_ref = fr;
  wd->alive = TRUE;
  rs_heap_slot_event (self->heap, RS_EV_ATTR_SET, RS_EVENT_HIDDEN | RS_EVENT_FROM_TEMP, wm,
                      rs_interp_atom (self, "_func_ref"), 0, RS_VALUE_OBJECT (fr));
  rs_interp_weak_data (self, RS_VALUE_OBJECT (fr))->func_ref = wm;
  if (n_args == 2 && args[1] != RS_VALUE_NONE)
    {
      wd->user_callback = args[1];
      rs_heap_slot_event (self->heap, RS_EV_ATTR_SET, RS_EVENT_HIDDEN, wm,
                          rs_interp_atom (self, "callback"), 0, args[1]);
    }
  *out = RS_VALUE_OBJECT (wm);
  return TRUE;
}

/* _cb(arg): the first death of the two calls the WeakMethod's callback */
gboolean
rs_interp_weakmethod_callback (RsInterp *self,
                               RsValue  *args,
                               guint     n_args,
                               guint     line,
                               RsValue  *out)
{
  RsWeakData *wd = rs_interp_weak_data (self, args[0]);
  RsObjId wm = wd->flavor == RS_WEAK_METHOD ? RS_VALUE_OBJECT_ID (args[0]) : wd->func_ref;

  wd = rs_heap_get (self->heap, wm) != NULL ? rs_interp_weak_data (self, RS_VALUE_OBJECT (wm)) : NULL;
  if (wd == NULL || !wd->alive)
    return TRUE;
  wd->alive = FALSE;
  if (wd->user_callback == RS_VALUE_ABSENT)
    return TRUE;
  RsValue cb = wd->user_callback, arg = RS_VALUE_OBJECT (wm), result;
  rs_heap_incref (self->heap, cb);
  rs_heap_incref (self->heap, arg);
  if (!rs_interp_call_value (self, cb, RS_VALUE_ABSENT, &arg, 1, line, &result))
    return FALSE;
  rs_heap_decref (self->heap, result);
  return TRUE;
}

/* Calling a WeakMethod: a new bound method, or None */
static gboolean
weakmethod_call (RsInterp *self,
                 RsWeakData *wd,
                 RsValue  *out)
{
  RsWeakData *fd = wd->func_ref != 0 ? rs_interp_weak_data (self, RS_VALUE_OBJECT (wd->func_ref)) : NULL;

  if (wd->referent == 0 || fd == NULL || fd->referent == 0)
    {
      *out = RS_VALUE_NONE;
      return TRUE;
    }
  *out = RS_VALUE_OBJECT (rs_heap_new_bound (self->heap, RS_VALUE_OBJECT (wd->referent),
                                             RS_VALUE_OBJECT (fd->referent)));
  return TRUE;
}

/* Calls of proxies and WeakMethods (consumes @callable and @args, as
 * rs_interp_call_value): FALSE in *@handled for a plain weak reference */
gboolean
rs_interp_weak_call (RsInterp       *self,
                     RsValue         callable,
                     RsValue        *args,
                     guint           n_args,
                     const RsCallKw *kw,
                     guint           line,
                     gboolean       *handled,
                     RsValue        *out)
{
  RsWeakData *wd = rs_interp_weak_data (self, callable);
  gboolean ok;

  *handled = wd != NULL && wd->flavor != RS_WEAK_REF && wd->flavor != RS_WEAK_METHOD_FUNC;
  if (!*handled)
    return FALSE;
  if (wd->flavor == RS_WEAK_METHOD)
    {
      ok = (n_args == 0 && kw == NULL) ||
        rs_interp_raise (self, line, "TypeError", "WeakMethod.__call__() takes 1 positional argument "
                         "but %u were given", n_args + 1);
      ok = ok && weakmethod_call (self, wd, out);
      rs_heap_decref (self->heap, callable);
      rs_interp_release_in_order (self, args, n_args);
      return ok;
    }
  RsValue referent;
  if (wd->flavor == RS_WEAK_PROXY)
    ok = rs_interp_raise (self, line, "TypeError", "'weakref.ProxyType' object is not callable");
  else
    ok = rs_interp_proxy_referent (self, callable, line, &referent);
  if (!ok)
    {
      rs_heap_decref (self->heap, callable);
      rs_interp_release_in_order (self, args, n_args);
      return FALSE;
    }
  /* proxy_call: the referent held, the arguments in a tuple of their own
   * (released after the call, before the caller's) */
  rs_heap_incref (self->heap, referent);
  for (guint i = 0; i < n_args; i++)
    rs_heap_incref (self->heap, args[i]);
  g_autofree RsValue *frame_args = g_memdup2 (args, MAX (n_args, 1) * sizeof (RsValue));
  for (guint i = 0; i < n_args; i++)
    rs_heap_incref (self->heap, args[i]);
  rs_heap_incref (self->heap, referent);
  ok = rs_interp_call_kw (self, referent, RS_VALUE_ABSENT, frame_args, n_args, kw, line, out);
  rs_heap_decref (self->heap, referent);
  rs_heap_tuple_release (self->heap, args, n_args);
  rs_heap_decref (self->heap, callable);
  rs_interp_release_in_order (self, args, n_args);
  return ok;
}
