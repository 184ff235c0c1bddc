/* rs-interp-object.c: object's special methods, reached through super() or a script class
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `super().__repr__()` in a class whose bases define no __repr__ finds
 * object's: the default repr, object.__str__ (which is repr()), and the
 * identity __eq__ and the __ne__ that inverts type(self).__eq__, each a
 * method-wrapper bound to the instance.  Only instances of script classes
 * that derive from no exception class get them (an exception's come from
 * BaseException); object's other special methods are rejected where
 * they are reached.
 */
#include "rs-interp-private.h"
#include "rs-check.h"

#include <string.h>

static const struct {
  const char *name;
  RsBuiltinId id;   /* 0: object has it, the model not */
} object_methods[] = {
  { "__repr__", RS_BI_OBJECT_REPR }, { "__str__", RS_BI_OBJECT_STR },
  { "__eq__", RS_BI_OBJECT_EQ }, { "__ne__", RS_BI_OBJECT_NE },
  { "__lt__", 0 }, { "__le__", 0 }, { "__gt__", 0 }, { "__ge__", 0 },
  { "__hash__", 0 }, { "__format__", 0 },
};

gboolean
rs_interp_is_object_method (RsValue func)
{
  return func == RS_VALUE_BUILTIN (RS_BI_OBJECT_REPR) || func == RS_VALUE_BUILTIN (RS_BI_OBJECT_STR)
         || func == RS_VALUE_BUILTIN (RS_BI_OBJECT_EQ) || func == RS_VALUE_BUILTIN (RS_BI_OBJECT_NE);
}

/* @owner.@name for a special method @name (not __init__, whose lookup is
 * the interpreter's): the script classes' and instances' go the usual
 * way, TRUE (rejected) for any other value, whose special methods the
 * model does not have */
gboolean
rs_interp_special_method_attr (RsInterp   *self,
                               RsValue     owner,
                               const char *name,
                               guint       line,
                               gboolean   *ok,
                               RsValue    *out)
{
  RsObj *o = rs_heap_get_value (self->heap, owner);

  if (!rs_check_special_method (name) || strcmp (name, "__init__") == 0
      || (o != NULL && (o->kind == RS_KIND_INSTANCE || o->kind == RS_KIND_CLASS)))
    return FALSE;
  *ok = rs_interp_reject (self, line, "%s.%s is not in the subset (special methods can be "
                          "read on script classes and their instances only)",
                          rs_interp_type_base_name (self, owner), name);
  return TRUE;
}

/* object.@name bound to @obj, for a lookup that found nothing in the
 * script classes: TRUE with @out set (or the run rejected, *@ok FALSE)
 * when object has @name, FALSE when it has not (an AttributeError) */
gboolean
rs_interp_object_method (RsInterp   *self,
                         RsValue     obj,
                         const char *name,
                         guint       line,
                         gboolean   *ok,
                         RsValue    *out)
{
  RsObj *o = rs_heap_get_value (self->heap, obj);

  for (guint i = 0; i < G_N_ELEMENTS (object_methods); i++)
    {
      if (strcmp (name, object_methods[i].name) != 0)
        continue;
      if (rs_heap_exception_data (self->heap, obj) != NULL)
        *ok = rs_interp_reject (self, line, "BaseException.%s is not in the subset", name);
      else if (object_methods[i].id == 0 || o == NULL || o->kind != RS_KIND_INSTANCE)
        *ok = rs_interp_reject (self, line, "object.%s is not in the subset here (only object's "
                                "__repr__, __str__, __eq__ and __ne__, through super() or an "
                                "instance of a script class that is not an exception)", name);
      else
        {
          *out = RS_VALUE_OBJECT (rs_heap_new_bound (self->heap, obj, RS_VALUE_BUILTIN (object_methods[i].id)));
          *ok = TRUE;
        }
      return TRUE;
    }
  return FALSE;
}

/* object.__repr__: <__main__.C object at 0x...>, without the class's own */
gboolean
rs_interp_object_repr (RsInterp *self,
                       RsValue  *args,
                       guint     n_args,
                       guint     line,
                       RsValue  *out)
{
  g_autoptr(GString) text = g_string_new (NULL);

  rs_interp_repr (self, args[0], text);
  *out = rs_interp_new_str (self, text->str, text->len);
  return TRUE;
}

/* object.__eq__: True for the object itself, else NotImplemented */
gboolean
rs_interp_object_eq (RsInterp *self,
                     RsValue  *args,
                     guint     n_args,
                     guint     line,
                     RsValue  *out)
{
  *out = args[0] == args[1] ? RS_VALUE_TRUE : RS_VALUE_NOT_IMPLEMENTED;
  return TRUE;
}

/* object.__ne__: type(self).__eq__ inverted, NotImplemented kept */
gboolean
rs_interp_object_ne (RsInterp *self,
                     RsValue  *args,
                     guint     n_args,
                     guint     line,
                     RsValue  *out)
{
  RsValue eq = RS_VALUE_NOT_IMPLEMENTED;
  gboolean truth;

  switch (rs_interp_call_special (self, args[0], "__eq__", args + 1, 1, line, &eq))
    {
    case RS_SPECIAL_RAISED:
      return FALSE;
    case RS_SPECIAL_ABSENT:
      eq = args[0] == args[1] ? RS_VALUE_TRUE : RS_VALUE_NOT_IMPLEMENTED;
      break;
    default:
      break;
    }
  if (eq == RS_VALUE_NOT_IMPLEMENTED)
    {
      *out = eq;
      return TRUE;
    }
  gboolean ok = rs_interp_truth (self, eq, line, &truth);
  rs_heap_decref (self->heap, eq);
  *out = truth ? RS_VALUE_FALSE : RS_VALUE_TRUE;
  return ok;
}
