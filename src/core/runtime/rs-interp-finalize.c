/* rs-interp-finalize.c: weakref.finalize and what a finalizer can do
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As Lib/weakref.py's finalize: calling it (or its object's death, as a
 * weak reference callback) takes it out of the registry and calls
 * func(*args); the frame of __call__ then releases self, its argument and
 * the info, whose slots go args, func, weakref.  detach() and peek() hand
 * out (obj, func, args, kwargs) with a new empty kwargs dict, which the
 * oracle traces.  Finalizers left at the end never run.
 */
#include "rs-interp-private.h"

#include <string.h>

static RsFinalizerData *
finalizer_data (RsInterp *self,
                RsValue   v)
{
  RsObj *o = rs_heap_get_value (self->heap, v);

  return o != NULL && o->kind == RS_KIND_FINALIZER ? o->data : NULL;
}

gboolean
rs_interp_is_finalizer (RsInterp *self,
                        RsValue   v)
{
  return finalizer_data (self, v) != NULL;
}

/* finalize(obj, func, /, *args) */
gboolean
rs_interp_builtin_finalize (RsInterp *self,
                            RsValue  *args,
                            guint     n_args,
                            guint     line,
                            RsValue  *out)
{
  if (self->builtin_kw != NULL && self->builtin_kw->n > 0)
    return rs_interp_reject (self, line, "keyword arguments to weakref.finalize are not in the subset");
  if (n_args < 2)
    return rs_interp_raise (self, line, "TypeError", "_Finalize.__init__() missing %u required "
                            "positional argument%s: %s", 2 - n_args, n_args == 0 ? "s" : "",
                            n_args == 0 ? "'obj' and 'func'" : "'func'");
  RsObj *o = rs_heap_get_value (self->heap, args[0]);
  if (o == NULL || o->kind == RS_KIND_LIST || o->kind == RS_KIND_DICT ||
      o->kind == RS_KIND_RANGE || o->kind == RS_KIND_ITERATOR || o->kind == RS_KIND_WEAKREF ||
      o->kind == RS_KIND_TUPLE || o->kind == RS_KIND_FINALIZER || !rs_interp_weakrefable (self, o))
    {
      if (RS_VALUE_TAG (args[0]) == RS_TAG_BUILTIN)
        return rs_interp_reject (self, line, "weakref.finalize() of a builtin is not in the subset");
      rs_interp_raise (self, line, "TypeError", "cannot create weak reference to '%s' object",
                       rs_interp_type_name (self, args[0]));
      /* the traceback keeps the frame of __init__, with obj and func */
      rs_interp_hold_until_error (self, args, 2);
      return FALSE;
    }
  RsObjId obj = o->id;   /* allocating can move the objects */
  for (guint i = 2; i < n_args; i++)
    rs_heap_incref (self->heap, args[i]);
  RsValue tuple = RS_VALUE_OBJECT (rs_heap_new_tuple (self->heap, args + 2, n_args - 2));
  *out = RS_VALUE_OBJECT (rs_heap_new_finalizer (self->heap, obj, args[1], tuple));
  rs_heap_decref (self->heap, tuple);
  return TRUE;
}

/* finalize.__call__(self, _=None): consumes @callable and @args */
gboolean
rs_interp_finalizer_call (RsInterp       *self,
                          RsValue         callable,
                          RsValue        *args,
                          guint           n_args,
                          const RsCallKw *kw,
                          guint           line,
                          RsValue        *out)
{
  RsValue func, tuple, result = RS_VALUE_NONE;
  RsObjId wref;
  gboolean ok = TRUE;

  if (n_args > 1 || kw != NULL)
    {
      if (kw != NULL)
        rs_interp_raise (self, line, "TypeError", "finalize.__call__() got an unexpected keyword argument '%s'",
                         kw->names[0]);
      else
        rs_interp_raise (self, line, "TypeError", "finalize.__call__() takes from 1 to 2 positional "
                         "arguments but %u were given", n_args + 1);
      rs_heap_decref (self->heap, callable);
      rs_interp_release_in_order (self, args, n_args);
      return FALSE;
    }
  if (rs_heap_finalizer_pop (self->heap, RS_VALUE_OBJECT_ID (callable), &func, &tuple, &wref))
    {
      /* info.func(*info.args): the frame takes its own references */
      const RsList *items = rs_heap_tuple_items (self->heap, RS_VALUE_OBJECT_ID (tuple));
      guint n = items->len;
      g_autofree RsValue *call_args = g_memdup2 (items->items, MAX (n, 1) * sizeof (RsValue));
      for (guint i = 0; i < n; i++)
        rs_heap_incref (self->heap, call_args[i]);
      rs_heap_incref (self->heap, func);
      ok = rs_interp_call_value (self, func, RS_VALUE_ABSENT, call_args, n, line, &result);
      /* the frame of __call__: self, _, info */
      rs_heap_decref (self->heap, callable);
      rs_interp_release_in_order (self, args, n_args);
      rs_heap_finalizer_release (self->heap, func, tuple, wref);
    }
  else
    {
      rs_heap_decref (self->heap, callable);
      rs_interp_release_in_order (self, args, n_args);
    }
  if (ok)
    *out = result;
  return ok;
}

/* (obj, func, args, {}) of a live finalizer whose object lives, else None;
 * detach() takes it out of the registry first */
static gboolean
info_tuple (RsInterp *self,
            RsValue   finalizer,
            gboolean  detach,
            RsValue  *out)
{
  RsFinalizerData *fd = finalizer_data (self, finalizer);
  RsWeakData *wd = fd->alive ? rs_heap_get (self->heap, fd->wref)->data : NULL;

  *out = RS_VALUE_NONE;
  if (wd == NULL || wd->referent == 0)
    return TRUE;
  RsValue items[4] = { RS_VALUE_OBJECT (wd->referent), fd->func, fd->args, 0 };
  for (guint i = 0; i < 3; i++)
    rs_heap_incref (self->heap, items[i]);
  if (detach)
    {
      RsValue func, tuple;
      RsObjId wref;
      rs_heap_finalizer_pop (self->heap, RS_VALUE_OBJECT_ID (finalizer), &func, &tuple, &wref);
      rs_heap_finalizer_release (self->heap, func, tuple, wref);
    }
  items[3] = RS_VALUE_OBJECT (rs_heap_new_dict (self->heap));
  *out = RS_VALUE_OBJECT (rs_heap_new_tuple (self->heap, items, 4));
  return TRUE;
}

gboolean
rs_interp_finalize_detach (RsInterp *self,
                           RsValue  *args,
                           guint     n_args,
                           guint     line,
                           RsValue  *out)
{
  return info_tuple (self, args[0], TRUE, out);
}

gboolean
rs_interp_finalize_peek (RsInterp *self,
                         RsValue  *args,
                         guint     n_args,
                         guint     line,
                         RsValue  *out)
{
  return info_tuple (self, args[0], FALSE, out);
}

/* f.alive and f.atexit; TRUE in *@handled when @name is one of them */
gboolean
rs_interp_finalizer_getattr (RsInterp   *self,
                             RsValue     owner,
                             const char *name,
                             gboolean   *handled,
                             RsValue    *out)
{
  RsFinalizerData *fd = finalizer_data (self, owner);

  *handled = fd != NULL && (strcmp (name, "alive") == 0 || strcmp (name, "atexit") == 0);
  if (*handled)
    *out = fd->alive && (name[1] == 'l' || fd->atexit) ? RS_VALUE_TRUE : RS_VALUE_FALSE;
  return *handled;
}

/* f.atexit = value (other attributes: AttributeError, as __slots__ = ()) */
gboolean
rs_interp_finalizer_setattr (RsInterp   *self,
                             RsValue     owner,
                             const char *name,
                             RsValue     value,
                             guint       line)
{
  RsFinalizerData *fd = finalizer_data (self, owner);
  gboolean truth = TRUE;

  if (strcmp (name, "atexit") != 0)
    return rs_interp_raise (self, line, "AttributeError", strcmp (name, "alive") == 0
                            ? "property 'alive' of 'finalize' object has no setter"
                            : "'finalize' object has no attribute '%s'", name);
  if (fd->alive && !rs_interp_truth (self, value, line, &truth))
    return FALSE;
  if (fd->alive)
    fd->atexit = truth;
  return TRUE;
}

void
rs_interp_format_finalizer (RsInterp *self,
                            RsValue   v,
                            GString  *out)
{
  RsFinalizerData *fd = finalizer_data (self, v);
  RsWeakData *wd = fd->alive ? rs_heap_get (self->heap, fd->wref)->data : NULL;

  g_string_append_printf (out, "<finalize object at 0x%" G_GINT64_MODIFIER "x; ", rs_interp_address (self, v));
  if (wd == NULL || wd->referent == 0)
    {
      g_string_append (out, "dead>");
      return;
    }
  g_string_append_printf (out, "for '%s' at 0x%" G_GINT64_MODIFIER "x>",
                          rs_interp_type_base_name (self, RS_VALUE_OBJECT (wd->referent)),
                          rs_interp_address (self, RS_VALUE_OBJECT (wd->referent)));
}
