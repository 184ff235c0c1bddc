/* rs-interp-decorate.c: decorators, and the staticmethod, classmethod and property builtins
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CPython 3.11 evaluates a def's decorators top to bottom before its
 * defaults, makes the function, then calls them bottom up, each CALL at
 * its decorator's line; the name is bound to what the last one returns.
 */
#include "rs-interp-private.h"
#include "rs-ast.h"

gboolean
rs_interp_eval_decorators (RsInterp     *self,
                           const RsStmt *s,
                           RsValue      *decorators)
{
  for (guint i = 0; i < s->def.n_decorators; i++)
    if (!rs_interp_eval (self, s->def.decorators[i], &decorators[i]))
      {
        rs_interp_release_top_first (self, decorators, i);
        return FALSE;
      }
  return TRUE;
}

gboolean
rs_interp_apply_decorators (RsInterp     *self,
                            const RsStmt *s,
                            RsValue      *decorators,
                            RsValue      *value)
{
  for (guint i = s->def.n_decorators; i > 0; i--)
    {
      RsValue arg = *value;

      if (!rs_interp_call_value (self, decorators[i - 1], RS_VALUE_ABSENT, &arg, 1,
                                 s->def.decorators[i - 1]->line, value))
        {
          rs_interp_release_top_first (self, decorators, i - 1);
          return FALSE;
        }
    }
  return TRUE;
}

/* object(), a super() the interpreter did not see as super().name (the
 * checker lets neither through), and the types type() names that cannot
 * be called in the subset (type(f)(...)) */
gboolean
rs_interp_builtin_unsupported (RsInterp *self,
                               RsValue  *args,
                               guint     n_args,
                               guint     line,
                               RsValue  *out)
{
  return rs_interp_reject (self, line, "this call of a builtin type is not in the subset");
}

/* staticmethod(f), classmethod(f): any object, as CPython takes */
static gboolean
wrap (RsInterp    *self,
      RsDescrKind  kind,
      RsValue     *args,
      guint        n_args,
      guint        line,
      RsValue     *out)
{
  if (n_args != 1)
    return rs_interp_raise (self, line, "TypeError", "%s expected 1 argument, got %u",
                            kind == RS_DESCR_STATICMETHOD ? "staticmethod" : "classmethod", n_args);
  rs_heap_incref (self->heap, args[0]);
  *out = RS_VALUE_OBJECT (rs_heap_new_descriptor (self->heap, kind, args[0], RS_VALUE_ABSENT,
                                                  RS_VALUE_ABSENT));
  return TRUE;
}

gboolean
rs_interp_builtin_staticmethod (RsInterp *self,
                                RsValue  *args,
                                guint     n_args,
                                guint     line,
                                RsValue  *out)
{
  return wrap (self, RS_DESCR_STATICMETHOD, args, n_args, line, out);
}

gboolean
rs_interp_builtin_classmethod (RsInterp *self,
                               RsValue  *args,
                               guint     n_args,
                               guint     line,
                               RsValue  *out)
{
  return wrap (self, RS_DESCR_CLASSMETHOD, args, n_args, line, out);
}

/* A property of @accessors (None: ABSENT), new references */
static RsValue
new_property (RsInterp      *self,
              const RsValue *accessors)
{
  RsValue v[3];

  for (guint i = 0; i < 3; i++)
    {
      v[i] = accessors[i] == RS_VALUE_NONE ? RS_VALUE_ABSENT : accessors[i];
      rs_heap_incref (self->heap, v[i]);
    }
  return RS_VALUE_OBJECT (rs_heap_new_descriptor (self->heap, RS_DESCR_PROPERTY, v[0], v[1], v[2]));
}

/* property(fget=None, fset=None, fdel=None, doc=None), by position */
gboolean
rs_interp_builtin_property (RsInterp *self,
                            RsValue  *args,
                            guint     n_args,
                            guint     line,
                            RsValue  *out)
{
  RsValue accessors[3] = { RS_VALUE_NONE, RS_VALUE_NONE, RS_VALUE_NONE };

  if (n_args > 4)
    return rs_interp_raise (self, line, "TypeError", "property() takes at most 4 arguments "
                            "(%u given)", n_args);
  for (guint i = 0; i < MIN (n_args, 3); i++)
    accessors[i] = args[i];
  *out = new_property (self, accessors);
  return TRUE;
}

/* property.getter(f), .setter(f), .deleter(f): a copy with one accessor
 * replaced (property_copy) */
static gboolean
property_copy (RsInterp   *self,
               guint       which,
               const char *method,
               RsValue    *args,
               guint       n_args,
               guint       line,
               RsValue    *out)
{
  RsDescrData *dd = rs_interp_descriptor (self, args[0]);
  RsValue accessors[3];

  if (n_args != 2)
    return rs_interp_raise (self, line, "TypeError", "property.%s() takes exactly one argument "
                            "(%u given)", method, n_args - 1);
  accessors[0] = dd->get != RS_VALUE_ABSENT ? dd->get : RS_VALUE_NONE;
  accessors[1] = dd->set != RS_VALUE_ABSENT ? dd->set : RS_VALUE_NONE;
  accessors[2] = dd->del != RS_VALUE_ABSENT ? dd->del : RS_VALUE_NONE;
  accessors[which] = args[1];
  *out = new_property (self, accessors);
  /* 3.10+: the copy keeps the name */
  rs_interp_descriptor (self, *out)->name = dd->name;
  return TRUE;
}

gboolean
rs_interp_property_getter (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out)
{
  return property_copy (self, 0, "getter", args, n_args, line, out);
}

gboolean
rs_interp_property_setter (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out)
{
  return property_copy (self, 1, "setter", args, n_args, line, out);
}

gboolean
rs_interp_property_deleter (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out)
{
  return property_copy (self, 2, "deleter", args, n_args, line, out);
}
