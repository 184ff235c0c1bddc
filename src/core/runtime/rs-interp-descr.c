/* rs-interp-descr.c: attributes through descriptors, and the special attributes
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Attribute access follows CPython 3.11's PyObject_GenericGetAttr and
 * type_getattro: a property (a data descriptor) wins over the instance's
 * own attribute, a function binds to the instance, a classmethod to the
 * class, a staticmethod gives its function; STORE_ATTR and DELETE_ATTR
 * go through a property's setter and deleter.
 */
#include "rs-interp-private.h"
#include "rs-ast.h"

#include <string.h>

RsDescrData *
rs_interp_descriptor (RsInterp *self,
                      RsValue   v)
{
  RsObj *o = rs_heap_get_value (self->heap, v);

  return o != NULL && o->kind == RS_KIND_DESCRIPTOR ? o->data : NULL;
}

const char *
rs_interp_descriptor_type_name (const RsDescrData *dd)
{
  static const char *const names[] = { "staticmethod", "classmethod", "property" };

  return names[dd->kind];
}

/* Descriptors */

static gboolean
call_accessor (RsInterp *self,
               RsValue   func,
               RsValue  *args,
               guint     n,
               guint     line,
               RsValue  *out)
{
  g_autofree RsValue *argv = g_memdup2 (args, n * sizeof (RsValue));

  rs_heap_incref (self->heap, func);
  rs_interp_hold_values (self, argv, n);
  return rs_interp_call_value (self, func, RS_VALUE_ABSENT, argv, n, line, out);
}

/* The error of a property without the accessor @what, named as
 * __set_name__ named it */
static gboolean
property_error (RsInterp   *self,
                RsValue     descr,
                RsValue     obj,
                const char *what,
                guint       line)
{
  guint32 name = rs_interp_descriptor (self, descr)->name;

  if (name == 0)
    return rs_interp_raise (self, line, "AttributeError", "property of '%s' object has no %s",
                            rs_interp_type_name (self, obj), what);
  return rs_interp_raise (self, line, "AttributeError", "property '%s' of '%s' object has no %s",
                          rs_atoms_get (self->atoms, name, NULL), rs_interp_type_name (self, obj), what);
}

/* @found (borrowed) seen through @obj (ABSENT: looked up on class @cls):
 * a new reference in @out */
gboolean
rs_interp_descr_get (RsInterp   *self,
                     RsValue     found,
                     RsValue     obj,
                     RsObjId     cls,
                     guint       line,
                     RsValue    *out)
{
  RsObj *o = rs_heap_get_value (self->heap, found);
  RsDescrData *dd = rs_interp_descriptor (self, found);

  if (o != NULL && o->kind == RS_KIND_FUNCTION && obj != RS_VALUE_ABSENT)
    {
      *out = RS_VALUE_OBJECT (rs_heap_new_bound (self->heap, obj, found));
      return TRUE;
    }
  if (dd != NULL && dd->kind == RS_DESCR_STATICMETHOD)
    found = dd->get;
  else if (dd != NULL && dd->kind == RS_DESCR_CLASSMETHOD)
    {
      *out = RS_VALUE_OBJECT (rs_heap_new_bound (self->heap, RS_VALUE_OBJECT (cls), dd->get));
      return TRUE;
    }
  else if (dd != NULL && dd->kind == RS_DESCR_PROPERTY && obj != RS_VALUE_ABSENT)
    {
      if (dd->get == RS_VALUE_ABSENT)
        return property_error (self, found, obj, "getter", line);
      return call_accessor (self, dd->get, &obj, 1, line, out);
    }
  rs_heap_incref (self->heap, found);
  *out = found;
  return TRUE;
}

gboolean
rs_interp_property_set (RsInterp   *self,
                        RsObj      *o,
                        RsValue     owner,
                        const char *name,
                        RsValue     value,
                        guint       line,
                        gboolean   *ok)
{
  RsValue found, result = RS_VALUE_NONE;
  RsDescrData *dd;

  if (o->kind != RS_KIND_INSTANCE
      || !rs_interp_class_lookup (self, o->cls, rs_interp_atom (self, name), &found, NULL)
      || (dd = rs_interp_descriptor (self, found)) == NULL || dd->kind != RS_DESCR_PROPERTY)
    return FALSE;
  RsValue func = value != RS_VALUE_ABSENT ? dd->set : dd->del;
  RsValue args[] = { owner, value };
  if (func == RS_VALUE_ABSENT)
    *ok = property_error (self, found, owner, value != RS_VALUE_ABSENT ? "setter" : "deleter", line);
  else
    *ok = call_accessor (self, func, args, value != RS_VALUE_ABSENT ? 2 : 1, line, &result);
  if (*ok)
    rs_heap_decref (self->heap, result);
  return TRUE;
}

gboolean
rs_interp_class_hashable (RsInterp *self,
                          RsObj    *o)
{
  RsValue hash;

  return o->kind != RS_KIND_INSTANCE
         || !rs_interp_class_lookup (self, o->cls, rs_interp_atom (self, "__hash__"), &hash, NULL)
         || hash != RS_VALUE_NONE;
}

gboolean
rs_interp_weakrefable (RsInterp *self,
                       RsObj    *o)
{
  if (o->kind == RS_KIND_DESCRIPTOR)
    return FALSE;
  return o->kind != RS_KIND_INSTANCE || !((RsClassData *) rs_heap_get (self->heap, o->cls)->data)->no_weakref;
}

gboolean
rs_interp_attr_storable (RsInterp   *self,
                         RsObj      *o,
                         const char *name,
                         guint       line)
{
  RsClassData *cd;
  guint32 atom = rs_interp_atom (self, name);

  if (o->kind != RS_KIND_INSTANCE)
    return TRUE;
  cd = rs_heap_get (self->heap, o->cls)->data;
  if (!cd->no_dict || rs_heap_class_has_slot (self->heap, o->cls, atom))
    return TRUE;
  return rs_interp_raise (self, line, "AttributeError", "'%s' object has no attribute '%s'",
                          rs_interp_type_name (self, RS_VALUE_OBJECT (o->id)), name);
}

gboolean
rs_interp_delattr (RsInterp   *self,
                   RsValue     owner,
                   const char *name,
                   guint       line)
{
  RsObj *o = rs_heap_get_value (self->heap, owner);
  gboolean ok;

  if (rs_interp_is_proxy (self, owner))
    {
      RsValue referent;
      if (!rs_interp_proxy_referent (self, owner, line, &referent))
        return FALSE;
      rs_heap_incref (self->heap, referent);
      ok = rs_interp_delattr (self, referent, name, line);
      rs_heap_decref (self->heap, referent);
      return ok;
    }
  if (o != NULL && rs_interp_property_set (self, o, owner, name, RS_VALUE_ABSENT, line, &ok))
    return ok;
  if (o != NULL && (o->kind == RS_KIND_INSTANCE || o->kind == RS_KIND_CLASS || o->kind == RS_KIND_FUNCTION
                    || o->kind == RS_KIND_WEAKDICT)
      && rs_heap_attr_delete (self->heap, o->id, rs_interp_atom (self, name)))
    return TRUE;
  /* member_set of an empty slot */
  if (o != NULL && o->kind == RS_KIND_INSTANCE
      && rs_heap_class_has_slot (self->heap, o->cls, rs_interp_atom (self, name)))
    return rs_interp_raise (self, line, "AttributeError", "%s", name);
  if (o != NULL && o->kind == RS_KIND_CLASS)
    return rs_interp_raise (self, line, "AttributeError", "type object '%s' has no attribute '%s'",
                            rs_atoms_get (self->atoms, ((RsClassData *) o->data)->name, NULL), name);
  return rs_interp_raise (self, line, "AttributeError", "'%s' object has no attribute '%s'",
                          rs_interp_type_name (self, owner), name);
}

/* Special attributes */

/* The docstring of @body: its first statement when that is a string */
static RsValue
docstring (RsInterp      *self,
           const RsBlock *body)
{
  const RsStmt *first = body->n_stmts > 0 ? body->stmts[0] : NULL;

  if (first == NULL || first->kind != RS_STMT_EXPR || first->expr.value->kind != RS_EXPR_STR)
    return RS_VALUE_NONE;
  return rs_interp_make_str (self, first->expr.value->str.value, first->expr.value->str.len);
}

/* __qualname__, __module__, __doc__, __self__, __func__, __defaults__ of
 * functions, bound methods and classes: TRUE when @name is one that
 * @owner has, with @out set (a new reference) */
gboolean
rs_interp_special_attr (RsInterp   *self,
                        RsValue     owner,
                        const char *name,
                        guint       line,
                        gboolean   *ok,
                        RsValue    *out)
{
  RsObj *o = rs_heap_get_value (self->heap, owner);
  RsObjKind kind = o != NULL ? o->kind : RS_N_KINDS;
  RsDescrData *dd = rs_interp_descriptor (self, owner);
  RsObj *wrapped = dd != NULL ? rs_heap_get_value (self->heap, dd->get) : NULL;

  *ok = TRUE;
  if (dd != NULL && dd->kind != RS_DESCR_PROPERTY && strcmp (name, "__func__") == 0)
    *out = dd->get;
  else if (dd != NULL && wrapped != NULL && wrapped->kind == RS_KIND_FUNCTION
           && (strcmp (name, "__doc__") == 0
               || (dd->kind != RS_DESCR_PROPERTY && strcmp (name, "__name__") == 0)))
    /* 3.10+: staticmethod and classmethod wrap their function's names and
     * doc, a property takes its getter's doc */
    *out = name[2] == 'n' ? rs_interp_code_name (self, ((RsFunctionData *) wrapped->data)->name)
           : docstring (self, &((const RsStmt *) ((RsFunctionData *) wrapped->data)->def)->def.body);
  else if (dd != NULL && dd->kind != RS_DESCR_PROPERTY && wrapped != NULL
           && (strcmp (name, "__qualname__") == 0 || strcmp (name, "__module__") == 0))
    return rs_interp_special_attr (self, dd->get, name, line, ok, out);
  else if (dd != NULL && dd->kind == RS_DESCR_PROPERTY && strcmp (name, "__doc__") == 0)
    *out = RS_VALUE_NONE;
  else if (dd != NULL && dd->kind == RS_DESCR_PROPERTY
           && (strcmp (name, "fget") == 0 || strcmp (name, "fset") == 0 || strcmp (name, "fdel") == 0))
    {
      RsValue v = name[1] == 'g' ? dd->get : name[1] == 's' ? dd->set : dd->del;
      *out = v != RS_VALUE_ABSENT ? v : RS_VALUE_NONE;
    }
  else if (kind == RS_KIND_BOUND_METHOD && (strcmp (name, "__self__") == 0
                                            || (strcmp (name, "__func__") == 0
                                                && RS_VALUE_TAG (((RsBoundData *) o->data)->func) != RS_TAG_BUILTIN)))
    {
      RsBoundData *bd = o->data;
      *out = name[2] == 's' ? bd->self : bd->func;
    }
  else if (kind == RS_KIND_BOUND_METHOD && RS_VALUE_TAG (((RsBoundData *) o->data)->func) != RS_TAG_BUILTIN)
    /* method_getattro: the rest is the function's */
    return rs_interp_special_attr (self, ((RsBoundData *) o->data)->func, name, line, ok, out);
  else if (kind == RS_KIND_FUNCTION && strcmp (name, "__qualname__") == 0)
    *out = rs_interp_code_name (self, ((RsFunctionData *) o->data)->qualname);
  else if (kind == RS_KIND_CLASS && strcmp (name, "__qualname__") == 0)
    *out = RS_VALUE_MAKE (RS_TAG_STR, ((RsClassData *) o->data)->name);
  else if ((kind == RS_KIND_FUNCTION || kind == RS_KIND_CLASS || kind == RS_KIND_INSTANCE)
           && strcmp (name, "__module__") == 0)
    *out = rs_interp_make_str (self, "__main__", -1);
  else if (kind == RS_KIND_FUNCTION && strcmp (name, "__defaults__") == 0)
    {
      RsValue d = ((RsFunctionData *) o->data)->defaults;
      *out = d != RS_VALUE_ABSENT ? d : RS_VALUE_NONE;
    }
  else if (kind == RS_KIND_FUNCTION && strcmp (name, "__doc__") == 0)
    *out = docstring (self, &((const RsStmt *) ((RsFunctionData *) o->data)->def)->def.body);
  else if ((kind == RS_KIND_CLASS || kind == RS_KIND_INSTANCE) && strcmp (name, "__doc__") == 0)
    {
      RsObjId cls = kind == RS_KIND_CLASS ? o->id : o->cls;
      const RsStmt *s = ((RsClassData *) rs_heap_get (self->heap, cls)->data)->stmt;
      *out = docstring (self, &s->class_.body);
    }
  else if (strcmp (name, "__doc__") == 0 || (strcmp (name, "__self__") == 0 && RS_VALUE_TAG (owner) == RS_TAG_BUILTIN))
    {
      /* the builtins' documentation, the builtins module */
      const char *type = rs_interp_type_base_name (self, owner);
      *ok = name[2] == 'd'
            ? rs_interp_reject (self, line, "__doc__ of a value of type %s is not in the subset "
                                "(the model has no docstrings of builtins)", type)
            : rs_interp_reject (self, line, "__self__ of a value of type %s is not in the subset",
                                type);
      return TRUE;
    }
  else
    return FALSE;
  rs_heap_incref (self->heap, *out);
  return TRUE;
}
