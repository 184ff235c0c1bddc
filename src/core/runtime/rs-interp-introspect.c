/* rs-interp-introspect.c: type, isinstance, issubclass, callable and the attribute builtins
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The builtin types are builtin values (RS_BI_INT, RS_BI_LIST, ...):
 * bool derives from int, every type from object.
 */
#include "rs-interp-private.h"
#include "rs-interp-weakdict.h"
#include "rs-check.h"

#include <string.h>

/* A class as isinstance() sees it: a script class (its id) or a builtin
 * type (the builtin's id, tagged) */
typedef struct {
  RsObjId     cls;      /* script class, or 0 */
  RsBuiltinId builtin;  /* else this builtin type; RS_N_BUILTINS: none */
  guint       exc;      /* else a builtin exception class: its index + 1 */
} TypeRef;

static const RsBuiltinId builtin_types[] = {
  RS_BI_INT, RS_BI_FLOAT, RS_BI_STR, RS_BI_BOOL, RS_BI_LIST, RS_BI_DICT, RS_BI_TUPLE,
  RS_BI_OBJECT, RS_BI_TYPE, RS_BI_STATICMETHOD, RS_BI_CLASSMETHOD, RS_BI_PROPERTY,
  RS_BI_RANGE, RS_BI_WEAKREF_REF, RS_BI_TYPE_NONE, RS_BI_TYPE_FUNCTION, RS_BI_TYPE_METHOD,
  RS_BI_TYPE_BUILTIN_FUNCTION, RS_BI_TYPE_MODULE, RS_BI_WEAKREF_PROXYTYPE,
  RS_BI_WEAKREF_CALLABLEPROXYTYPE, RS_BI_WEAKREF_FINALIZE, RS_BI_WEAKREF_WEAKMETHOD,
  RS_BI_WEAKREF_WEAKVALUEDICT, RS_BI_WEAKREF_WEAKKEYDICT, RS_BI_WEAKREF_WEAKSET,
  RS_BI_TYPE_ELLIPSIS, RS_BI_TYPE_NOT_IMPLEMENTED,
};

/* _PyArg_CheckPositional's words for a wrong argument count */
static gboolean
check_count (RsInterp   *self,
             const char *name,
             guint       min,
             guint       max,
             guint       n,
             guint       line)
{
  if (n >= min && n <= max)
    return TRUE;
  if (min == max)
    return rs_interp_raise (self, line, "TypeError", "%s expected %u argument%s, got %u", name, min,
                            min == 1 ? "" : "s", n);
  return rs_interp_raise (self, line, "TypeError", "%s expected %s %u arguments, got %u", name,
                          n < min ? "at least" : "at most", n < min ? min : max, n);
}

/* Whether @v is a class: a script class or a builtin type */
static gboolean
as_type (RsInterp *self,
         RsValue   v,
         TypeRef  *t)
{
  RsObj *o = rs_heap_get_value (self->heap, v);
  guint exc;

  if (o != NULL && o->kind == RS_KIND_CLASS)
    {
      *t = (TypeRef) { o->id, RS_N_BUILTINS, 0 };
      return TRUE;
    }
  if (rs_interp_exc_class_of (v, &exc))
    {
      *t = (TypeRef) { 0, RS_N_BUILTINS, exc + 1 };
      return TRUE;
    }
  for (guint i = 0; RS_VALUE_TAG (v) == RS_TAG_BUILTIN && i < G_N_ELEMENTS (builtin_types); i++)
    if (RS_VALUE_PAYLOAD (v) == builtin_types[i])
      {
        *t = (TypeRef) { 0, builtin_types[i], 0 };
        return TRUE;
      }
  return FALSE;
}

/* type(@v) as a TypeRef; builtin RS_N_BUILTINS for the types the subset
 * has no value of (NoneType, function, ...) */
static TypeRef
type_of (RsInterp *self,
         RsValue   v)
{
  RsObj *o = rs_heap_get_value (self->heap, v);
  TypeRef t = { 0, RS_N_BUILTINS, 0 };
  RsDescrData *dd;

  if (o != NULL && o->kind == RS_KIND_INSTANCE)
    t.cls = o->cls;
  else if (o != NULL && o->kind == RS_KIND_EXCEPTION)
    t.exc = rs_heap_exception_data (self->heap, v)->cls + 1;
  else if (o != NULL && o->kind == RS_KIND_LIST)
    t.builtin = RS_BI_LIST;
  else if (o != NULL && o->kind == RS_KIND_DICT)
    t.builtin = RS_BI_DICT;
  else if (o != NULL && o->kind == RS_KIND_CLASS)
    t.builtin = RS_BI_TYPE;
  else if ((dd = rs_interp_descriptor (self, v)) != NULL)
    t.builtin = dd->kind == RS_DESCR_STATICMETHOD ? RS_BI_STATICMETHOD
                : dd->kind == RS_DESCR_CLASSMETHOD ? RS_BI_CLASSMETHOD : RS_BI_PROPERTY;
  else if (rs_interp_is_tuple (self, v))
    t.builtin = RS_BI_TUPLE;
  else if (v == RS_VALUE_TRUE || v == RS_VALUE_FALSE)
    t.builtin = RS_BI_BOOL;
  else if (rs_interp_is_int (v))
    t.builtin = RS_BI_INT;
  else if (RS_VALUE_TAG (v) == RS_TAG_FLOAT)
    t.builtin = RS_BI_FLOAT;
  else if (RS_VALUE_TAG (v) == RS_TAG_STR)
    t.builtin = RS_BI_STR;
  else if (as_type (self, v, &(TypeRef) { 0 }))
    t.builtin = RS_BI_TYPE;
  else if (o != NULL && o->kind == RS_KIND_FUNCTION)
    t.builtin = RS_BI_TYPE_FUNCTION;
  else if (o != NULL && o->kind == RS_KIND_BOUND_METHOD)
    t.builtin = RS_VALUE_TAG (((RsBoundData *) o->data)->func) == RS_TAG_BUILTIN
                ? RS_BI_TYPE_BUILTIN_FUNCTION : RS_BI_TYPE_METHOD;
  else if (o != NULL && o->kind == RS_KIND_RANGE)
    t.builtin = RS_BI_RANGE;
  else if (o != NULL && o->kind == RS_KIND_WEAKREF)
    {
      static const RsBuiltinId flavors[] = {
        [RS_WEAK_REF] = RS_BI_WEAKREF_REF, [RS_WEAK_PROXY] = RS_BI_WEAKREF_PROXYTYPE,
        [RS_WEAK_CALLABLE_PROXY] = RS_BI_WEAKREF_CALLABLEPROXYTYPE,
        [RS_WEAK_METHOD] = RS_BI_WEAKREF_WEAKMETHOD, [RS_WEAK_METHOD_FUNC] = RS_BI_WEAKREF_REF,
      };
      t.builtin = flavors[((RsWeakData *) o->data)->flavor];
    }
  else if (o != NULL && o->kind == RS_KIND_FINALIZER)
    t.builtin = RS_BI_WEAKREF_FINALIZE;
  else if (o != NULL && o->kind == RS_KIND_WEAKDICT)
    t.builtin = rs_interp_weakdict_type (self, v);
  else if (v == RS_VALUE_NONE)
    t.builtin = RS_BI_TYPE_NONE;
  else if (v == RS_VALUE_ELLIPSIS)
    t.builtin = RS_BI_TYPE_ELLIPSIS;
  else if (v == RS_VALUE_NOT_IMPLEMENTED)
    t.builtin = RS_BI_TYPE_NOT_IMPLEMENTED;
  else if (RS_VALUE_TAG (v) == RS_TAG_BUILTIN)
    t.builtin = rs_value_builtin_is_module (RS_VALUE_PAYLOAD (v)) ? RS_BI_TYPE_MODULE
                : RS_BI_TYPE_BUILTIN_FUNCTION;
  return t;
}

static gboolean
is_subtype (RsInterp *self,
            TypeRef   a,
            TypeRef   b)
{
  if (b.cls == 0 && b.builtin == RS_BI_OBJECT && b.exc == 0)
    return TRUE;
  if (b.exc != 0)
    {
      /* a script exception class derives from its builtin base */
      if (a.cls != 0 && rs_interp_exc_is_script_class (self, a.cls))
        a.exc = ((RsClassData *) rs_heap_get (self->heap, a.cls)->data)->exc_base;
      return a.exc != 0 && rs_interp_exc_is_subclass (a.exc - 1, b.exc - 1);
    }
  if (a.exc != 0)
    return FALSE;
  if (a.cls != 0 || b.cls != 0)
    return a.cls != 0 && b.cls != 0 && rs_interp_is_subclass (self, a.cls, b.cls);
  return a.builtin == b.builtin || (a.builtin == RS_BI_BOOL && b.builtin == RS_BI_INT)
         || (a.builtin == RS_BI_WEAKREF_WEAKMETHOD && b.builtin == RS_BI_WEAKREF_REF);
}

/* @a against @spec, a class or a tuple of them (nested too): -1 when
 * @spec is neither */
static gint
matches (RsInterp *self,
         TypeRef   a,
         RsValue   spec)
{
  TypeRef b;

  if (as_type (self, spec, &b))
    return is_subtype (self, a, b);
  if (!rs_interp_is_tuple (self, spec))
    return -1;
  const RsList *items = rs_heap_tuple_items (self->heap, RS_VALUE_OBJECT_ID (spec));
  gint found = 0;
  for (guint i = 0; i < items->len && found == 0; i++)
    found = matches (self, a, items->items[i]);
  return found;
}

/* The bool of @m, or the TypeError @error when @m is -1 */
static gboolean
answer (RsInterp   *self,
        gint        m,
        const char *error,
        guint       line,
        RsValue    *out)
{
  if (m < 0)
    return rs_interp_raise (self, line, "TypeError", "%s", error);
  *out = m ? RS_VALUE_TRUE : RS_VALUE_FALSE;
  return TRUE;
}

gboolean
rs_interp_builtin_isinstance (RsInterp *self,
                              RsValue  *args,
                              guint     n_args,
                              guint     line,
                              RsValue  *out)
{
  if (!check_count (self, "isinstance", 2, 2, n_args, line))
    return FALSE;
  /* a proxy is also an instance of what its __class__ (its referent's) says */
  RsValue referent = args[0];
  gint m = matches (self, type_of (self, args[0]), args[1]);
  if (m == 0 && rs_interp_is_proxy (self, args[0]))
    {
      if (!rs_interp_proxy_referent (self, args[0], line, &referent))
        return FALSE;
      m = matches (self, type_of (self, referent), args[1]);
    }
  return answer (self, m,
                 "isinstance() arg 2 must be a type, a tuple of types, or a union", line, out);
}

gboolean
rs_interp_builtin_issubclass (RsInterp *self,
                              RsValue  *args,
                              guint     n_args,
                              guint     line,
                              RsValue  *out)
{
  TypeRef a;

  if (!check_count (self, "issubclass", 2, 2, n_args, line))
    return FALSE;
  if (!as_type (self, args[0], &a))
    return rs_interp_raise (self, line, "TypeError", "issubclass() arg 1 must be a class");
  return answer (self, matches (self, a, args[1]),
                 "issubclass() arg 2 must be a class, a tuple of classes, or a union", line, out);
}

/* type(x) with one argument */
gboolean
rs_interp_builtin_type (RsInterp *self,
                        RsValue  *args,
                        guint     n_args,
                        guint     line,
                        RsValue  *out)
{
  TypeRef t;

  if (n_args != 1)
    return rs_interp_raise (self, line, "TypeError", "type() takes 1 or 3 arguments");
  t = type_of (self, args[0]);
  if (t.exc != 0)
    {
      *out = RS_VALUE_BUILTIN (RS_EXC_CLASS_FIRST + t.exc - 1);
      return TRUE;
    }
  if (t.cls == 0 && t.builtin == RS_N_BUILTINS)
    return rs_interp_reject (self, line, "type() or __class__ of %s objects is not in the subset; "
                             "use it on instances, classes, containers, numbers and strings",
                             rs_interp_type_base_name (self, args[0]));
  *out = t.cls != 0 ? RS_VALUE_OBJECT (t.cls) : RS_VALUE_BUILTIN (t.builtin);
  rs_heap_incref (self->heap, *out);
  return TRUE;
}

gboolean
rs_interp_builtin_callable (RsInterp *self,
                            RsValue  *args,
                            guint     n_args,
                            guint     line,
                            RsValue  *out)
{
  RsObj *o = rs_heap_get_value (self->heap, args[0]);
  RsDescrData *dd = rs_interp_descriptor (self, args[0]);
  RsValue call;
  gboolean yes;

  if (n_args != 1)
    return rs_interp_raise (self, line, "TypeError", "callable() takes exactly one argument (%u given)",
                            n_args);
  if (o != NULL)
    yes = o->kind == RS_KIND_FUNCTION || o->kind == RS_KIND_BOUND_METHOD || o->kind == RS_KIND_CLASS
          || o->kind == RS_KIND_WEAKREF || (dd != NULL && dd->kind == RS_DESCR_STATICMETHOD)
          || (o->kind == RS_KIND_INSTANCE
              && rs_interp_class_lookup (self, o->cls, rs_interp_atom (self, "__call__"), &call, NULL));
  else
    yes = RS_VALUE_TAG (args[0]) == RS_TAG_BUILTIN && !rs_value_builtin_is_module (RS_VALUE_PAYLOAD (args[0]));
  *out = yes ? RS_VALUE_TRUE : RS_VALUE_FALSE;
  return TRUE;
}

/* The attribute name of getattr() and friends: a str in the subset */
static gboolean
attr_name (RsInterp    *self,
           RsValue      v,
           guint        line,
           const char **name)
{
  if (RS_VALUE_TAG (v) != RS_TAG_STR)
    return rs_interp_raise (self, line, "TypeError", "attribute name must be string, not '%s'",
                            rs_interp_type_name (self, v));
  *name = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (v), NULL);
  if (g_str_has_prefix (*name, "_rs_") || rs_check_forbidden_attr (*name)
      || (rs_check_is_dunder (*name) && strcmp (*name, "__init__") != 0
          && !rs_check_dunder_attr (*name)))
    return rs_interp_reject (self, line, "attribute '%s' is not in the subset", *name);
  return TRUE;
}

/* getattr(@obj, @name) where an AttributeError means "absent": FALSE
 * with *found FALSE and the error dropped, as _PyObject_LookupAttr does */
static gboolean
lookup_attr (RsInterp   *self,
             RsValue     obj,
             const char *name,
             guint       line,
             gboolean   *found,
             RsValue    *out)
{
  guint first_held = self->err_held->len, first_frame = self->err_frames->len;

  *found = rs_interp_getattr (self, obj, name, line, out);
  if (*found)
    return TRUE;
  if (self->aborting || g_strcmp0 (self->err_kind, "AttributeError") != 0)
    return FALSE;
  rs_interp_clear_error (self, first_held, first_frame);
  return TRUE;
}

gboolean
rs_interp_builtin_getattr (RsInterp *self,
                           RsValue  *args,
                           guint     n_args,
                           guint     line,
                           RsValue  *out)
{
  const char *name;
  gboolean found = TRUE, ok;

  if (!check_count (self, "getattr", 2, 3, n_args, line))
    return FALSE;
  if (!attr_name (self, args[1], line, &name))
    return FALSE;
  RsValue passed = rs_interp_pass_str (self, args[1]);   /* __getattr__ gets the name itself */
  if (n_args == 2)
    ok = rs_interp_getattr (self, args[0], name, line, out);
  else
    ok = lookup_attr (self, args[0], name, line, &found, out);
  rs_interp_pass_str (self, passed);
  if (!ok)
    return FALSE;
  if (!found)
    {
      *out = args[2];
      rs_heap_incref (self->heap, *out);
    }
  return TRUE;
}

gboolean
rs_interp_builtin_hasattr (RsInterp *self,
                           RsValue  *args,
                           guint     n_args,
                           guint     line,
                           RsValue  *out)
{
  const char *name;
  gboolean found;
  RsValue v;

  if (!check_count (self, "hasattr", 2, 2, n_args, line))
    return FALSE;
  if (!attr_name (self, args[1], line, &name))
    return FALSE;
  RsValue passed = rs_interp_pass_str (self, args[1]);
  gboolean ok = lookup_attr (self, args[0], name, line, &found, &v);
  rs_interp_pass_str (self, passed);
  if (!ok)
    return FALSE;
  if (found)
    rs_heap_decref (self->heap, v);
  *out = found ? RS_VALUE_TRUE : RS_VALUE_FALSE;
  return TRUE;
}

gboolean
rs_interp_builtin_setattr (RsInterp *self,
                           RsValue  *args,
                           guint     n_args,
                           guint     line,
                           RsValue  *out)
{
  const char *name;

  if (!check_count (self, "setattr", 3, 3, n_args, line))
    return FALSE;
  if (!attr_name (self, args[1], line, &name))
    return FALSE;
  /* rs_interp_setattr takes references of its own to release */
  rs_heap_incref (self->heap, args[2]);
  rs_heap_incref (self->heap, args[0]);
  return rs_interp_setattr (self, args[0], name, args[2], line);
}

gboolean
rs_interp_builtin_delattr (RsInterp *self,
                           RsValue  *args,
                           guint     n_args,
                           guint     line,
                           RsValue  *out)
{
  const char *name;

  if (!check_count (self, "delattr", 2, 2, n_args, line))
    return FALSE;
  return attr_name (self, args[1], line, &name) && rs_interp_delattr (self, args[0], name, line);
}
