/* rs-interp-exc.c: the exception classes and what their objects answer
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The builtin exception classes of the subset (and the ones only the
 * interpreter raises) with CPython's hierarchy; script exception classes
 * derive from one.  A builtin exception is an untraced RS_KIND_EXCEPTION,
 * a script one a traced instance with the same exception part (RsExcData):
 * args, __cause__, __context__, __suppress_context__, the traceback.
 */
#include "rs-interp-private.h"

#include <string.h>

/* The builtin exception classes, each after its base */
typedef enum {
  EXC_BASE_EXCEPTION,
  EXC_EXCEPTION,
  EXC_ARITHMETIC,
  EXC_LOOKUP,
  EXC_RUNTIME,
  EXC_VALUE,
  EXC_NAME,
  EXC_UNICODE,
  EXC_N_BASES,
} ExcBase;

typedef struct {
  const char *name;
  guint       base;
} ExcClass;

static const ExcClass exc_classes[] = {
  [EXC_BASE_EXCEPTION] = { "BaseException", G_MAXUINT },
  [EXC_EXCEPTION] = { "Exception", EXC_BASE_EXCEPTION },
  [EXC_ARITHMETIC] = { "ArithmeticError", EXC_EXCEPTION },
  [EXC_LOOKUP] = { "LookupError", EXC_EXCEPTION },
  [EXC_RUNTIME] = { "RuntimeError", EXC_EXCEPTION },
  [EXC_VALUE] = { "ValueError", EXC_EXCEPTION },
  [EXC_NAME] = { "NameError", EXC_EXCEPTION },
  [EXC_UNICODE] = { "UnicodeError", EXC_VALUE },
  { "AssertionError", EXC_EXCEPTION },
  { "AttributeError", EXC_EXCEPTION },
  { "IndexError", EXC_LOOKUP },
  { "KeyError", EXC_LOOKUP },
  { "UnboundLocalError", EXC_NAME },
  { "NotImplementedError", EXC_RUNTIME },
  { "OverflowError", EXC_ARITHMETIC },
  { "RecursionError", EXC_RUNTIME },
  { "ReferenceError", EXC_EXCEPTION },
  { "StopIteration", EXC_EXCEPTION },
  { "TypeError", EXC_EXCEPTION },
  { "ZeroDivisionError", EXC_ARITHMETIC },
  /* raised by the interpreter, not names of the subset */
  { "UnicodeEncodeError", EXC_UNICODE },
  { "MemoryError", EXC_EXCEPTION },
  { "ImportError", EXC_EXCEPTION },
  { "SyntaxError", EXC_EXCEPTION },
};

/* Classes */

static gboolean
class_index (const char *name,
             guint      *cls)
{
  for (guint i = 0; i < G_N_ELEMENTS (exc_classes); i++)
    if (strcmp (exc_classes[i].name, name) == 0)
      {
        *cls = i;
        return TRUE;
      }
  return FALSE;
}

gboolean
rs_interp_exc_class_named (const char *name,
                           RsValue    *out)
{
  guint cls;

  /* the ones after "SyntaxError" in the table are no names of the subset */
  if (!class_index (name, &cls) || cls >= G_N_ELEMENTS (exc_classes) - 4)
    return FALSE;
  *out = RS_VALUE_BUILTIN (RS_EXC_CLASS_FIRST + cls);
  return TRUE;
}

gboolean
rs_interp_exc_class_of (RsValue  v,
                        guint   *cls)
{
  if (RS_VALUE_TAG (v) != RS_TAG_BUILTIN || RS_VALUE_PAYLOAD (v) < RS_EXC_CLASS_FIRST
      || RS_VALUE_PAYLOAD (v) >= RS_EXC_CLASS_FIRST + G_N_ELEMENTS (exc_classes))
    return FALSE;
  *cls = RS_VALUE_PAYLOAD (v) - RS_EXC_CLASS_FIRST;
  return TRUE;
}

gboolean
rs_interp_exc_init_of (RsValue  v,
                       guint   *cls)
{
  if (RS_VALUE_TAG (v) != RS_TAG_BUILTIN || RS_VALUE_PAYLOAD (v) < RS_EXC_INIT_FIRST
      || RS_VALUE_PAYLOAD (v) >= RS_EXC_INIT_FIRST + G_N_ELEMENTS (exc_classes))
    return FALSE;
  *cls = RS_VALUE_PAYLOAD (v) - RS_EXC_INIT_FIRST;
  return TRUE;
}

gboolean
rs_interp_exc_class_getattr (RsInterp   *self,
                             RsValue     owner,
                             const char *name,
                             guint       line,
                             RsValue    *out)
{
  guint cls;

  if (!rs_interp_exc_class_of (owner, &cls))
    g_assert_not_reached ();
  if (strcmp (name, "__init__") == 0)
    {
      *out = RS_VALUE_BUILTIN (RS_EXC_INIT_FIRST + cls);
      return TRUE;
    }
  return rs_interp_reject (self, line, "the attribute '%s' of the builtin exception class %s is not "
                           "in the subset; __name__ and __init__ are", name, exc_classes[cls].name);
}

const char *
rs_interp_exc_class_name (guint cls)
{
  g_assert (cls < G_N_ELEMENTS (exc_classes));
  return exc_classes[cls].name;
}

gboolean
rs_interp_exc_is_subclass (guint cls,
                           guint base)
{
  for (; cls != G_MAXUINT; cls = exc_classes[cls].base)
    if (cls == base)
      return TRUE;
  return FALSE;
}

void
rs_interp_exc_class_made (RsInterp *self,
                          RsObjId   cls,
                          guint     exc_base)
{
  RsClassData *cd = rs_heap_get (self->heap, cls)->data;

  if (exc_base != G_MAXUINT)
    cd->exc_base = exc_base + 1;
  else if (cd->base != 0)
    cd->exc_base = ((RsClassData *) rs_heap_get (self->heap, cd->base)->data)->exc_base;
}

gboolean
rs_interp_exc_bases (RsInterp      *self,
                     const RsStmt  *s,
                     const RsValue *bases,
                     guint          n_bases,
                     guint         *exc_base)
{
  gboolean exception = FALSE, plain = FALSE;

  *exc_base = G_MAXUINT;
  for (guint i = 0; i < n_bases; i++)
    {
      guint cls;

      if (rs_interp_exc_class_of (bases[i], &cls))
        {
          if (*exc_base == G_MAXUINT)
            *exc_base = cls;
          exception = TRUE;
        }
      else if (RS_VALUE_IS_OBJECT (bases[i]))
        {
          if (rs_interp_exc_is_script_class (self, RS_VALUE_OBJECT_ID (bases[i])))
            exception = TRUE;
          else
            plain = TRUE;
        }
    }
  if (exception && plain)
    return rs_interp_reject (self, s->line, "class %s derives from both an exception class and "
                             "a plain class, which is not in the subset; derive it from the "
                             "exception class only", s->class_.name);
  return TRUE;
}

gboolean
rs_interp_exc_is_script_class (RsInterp *self,
                               RsObjId   cls)
{
  RsObj *o = rs_heap_get (self->heap, cls);

  return o != NULL && o->kind == RS_KIND_CLASS && ((RsClassData *) o->data)->exc_base != 0;
}

void
rs_interp_exc_instance_made (RsInterp      *self,
                             RsObjId        cls,
                             RsValue        obj,
                             const RsValue *args,
                             guint          n_args)
{
  if (!rs_interp_exc_is_script_class (self, cls))
    return;
  guint base = ((RsClassData *) rs_heap_get (self->heap, cls)->data)->exc_base - 1;
  rs_heap_exception_instance (self->heap, RS_VALUE_OBJECT_ID (obj), base,
                              rs_interp_tuple_of (self, args, n_args));
}

/* Whether BaseException's descriptor @name comes before an instance's
 * own attributes */
gboolean
rs_interp_exc_is_attr (const char *name)
{
  if (name[0] != 'a' && name[0] != '_')
    return FALSE;
  return strcmp (name, "args") == 0 || strcmp (name, "__traceback__") == 0
         || strcmp (name, "__cause__") == 0 || strcmp (name, "__context__") == 0
         || strcmp (name, "__suppress_context__") == 0;
}

/* Objects */

static RsValue
new_exception (RsInterp *self,
               guint     cls,
               RsValue   args)
{
  return RS_VALUE_OBJECT (rs_heap_new_exception (self->heap, cls,
                                                 rs_interp_atom (self, exc_classes[cls].name), args));
}

gboolean
rs_interp_exc_call (RsInterp *self,
                    guint     cls,
                    RsValue  *args,
                    guint     n_args,
                    RsValue  *out)
{
  /* type_call packs them in a tuple; the stack lets go after the call */
  *out = new_exception (self, cls, rs_interp_tuple_of (self, args, n_args));
  rs_interp_release_in_order (self, args, n_args);
  return TRUE;
}

/* The slot of exception @x named @name, or NULL */
static RsValue *
value_slot (RsExcData  *x,
            const char *name)
{
  return strcmp (name, "args") == 0 ? &x->args
       : strcmp (name, "__cause__") == 0 ? &x->cause
       : strcmp (name, "__context__") == 0 ? &x->context : NULL;
}

gboolean
rs_interp_exc_init (RsInterp *self,
                    guint     cls,
                    RsValue  *args,
                    guint     n_args,
                    guint     line,
                    RsValue  *out)
{
  RsExcData *x = n_args > 0 ? rs_heap_exception_data (self->heap, args[0]) : NULL;
  gboolean ok = x != NULL && rs_interp_exc_is_subclass (x->cls, cls);

  *out = RS_VALUE_NONE;
  if (n_args == 0)
    rs_interp_raise (self, line, "TypeError", "descriptor '__init__' of '%s' object needs an argument",
                     exc_classes[cls].name);
  else if (!ok)
    rs_interp_raise (self, line, "TypeError", "descriptor '__init__' requires a '%s' object but "
                     "received a '%s'", exc_classes[cls].name, rs_interp_type_name (self, args[0]));
  if (ok)
    rs_heap_exception_set (self->heap, RS_VALUE_OBJECT_ID (args[0]), "args",
                           rs_interp_tuple_of (self, args + 1, n_args - 1));
  rs_interp_release_in_order (self, args, n_args);
  return ok;
}

gboolean
rs_interp_exc_getattr (RsInterp   *self,
                       RsValue     owner,
                       const char *name,
                       guint       line,
                       RsValue    *out)
{
  RsExcData *x = rs_heap_exception_data (self->heap, owner);
  RsValue *slot = value_slot (x, name);

  if (slot != NULL)
    {
      *out = *slot != RS_VALUE_ABSENT ? *slot : RS_VALUE_NONE;
      rs_heap_incref (self->heap, *out);
      return TRUE;
    }
  if (strcmp (name, "__suppress_context__") == 0)
    {
      *out = x->suppress_context ? RS_VALUE_TRUE : RS_VALUE_FALSE;
      return TRUE;
    }
  if (strcmp (name, "__traceback__") == 0 && x->traceback == NULL)
    {
      *out = RS_VALUE_NONE;
      return TRUE;
    }
  if (strcmp (name, "__traceback__") == 0)
    return rs_interp_reject (self, line, "a traceback as a value is not in the subset; "
                             "`e.__traceback__ = None` is, and reading it once it is None");
  return rs_interp_reject (self, line, "the attribute '%s' of a builtin exception is not in the "
                           "subset; args, __cause__, __context__, __suppress_context__ and "
                           "__traceback__ are (str(e) is its message)", name);
}

/* A new value for __cause__ or __context__: None or an exception */
static gboolean
chained_value (RsInterp   *self,
               RsValue    *value,
               const char *what,
               guint       line)
{
  if (*value == RS_VALUE_NONE)
    {
      *value = RS_VALUE_ABSENT;
      return TRUE;
    }
  if (rs_heap_exception_data (self->heap, *value) != NULL)
    return TRUE;
  return rs_interp_raise (self, line, "TypeError", "exception %s must be None or derive from "
                          "BaseException", what);
}

/* BaseException's setters (BaseException_set_tb and the others) */
static gboolean
set_slot (RsInterp   *self,
          RsObjId     id,
          const char *name,
          RsValue     value,
          guint       line)
{
  /* an instance of a script exception class keeps its RsExcData aside */
  RsExcData *x = rs_heap_exception_data (self->heap, RS_VALUE_OBJECT (id));

  g_assert (x != NULL);
  if (strcmp (name, "__traceback__") == 0)
    {
      if (value != RS_VALUE_NONE)
        return rs_interp_raise (self, line, "TypeError", "__traceback__ must be a traceback or None");
      gpointer tb = g_steal_pointer (&x->traceback);
      if (tb != NULL)
        rs_interp_traceback_release (self, tb);
      return TRUE;
    }
  if (strcmp (name, "__suppress_context__") == 0)
    {
      if (value != RS_VALUE_TRUE && value != RS_VALUE_FALSE)
        return rs_interp_raise (self, line, "TypeError", "attribute value type must be bool");
      x->suppress_context = value == RS_VALUE_TRUE;
      return TRUE;
    }
  if (strcmp (name, "args") == 0 && !rs_interp_is_tuple (self, value))
    return rs_interp_reject (self, line, "args of a builtin exception can be set to a tuple only");
  if (strcmp (name, "__cause__") == 0 && !chained_value (self, &value, "cause", line))
    return FALSE;
  if (strcmp (name, "__context__") == 0 && !chained_value (self, &value, "context", line))
    return FALSE;
  if (strcmp (name, "__cause__") == 0)
    x->suppress_context = TRUE;
  if (value_slot (x, name) == NULL)
    return rs_interp_reject (self, line, "storing the attribute '%s' on a builtin exception is not "
                             "in the subset; keep what goes with it in a variable", name);
  rs_heap_incref (self->heap, value);
  rs_heap_exception_set (self->heap, id, name, value);
  return TRUE;
}

gboolean
rs_interp_exc_setattr (RsInterp   *self,
                       RsValue     owner,
                       const char *name,
                       RsValue     value,
                       guint       line)
{
  gboolean ok = set_slot (self, RS_VALUE_OBJECT_ID (owner), name, value, line);

  rs_heap_decref (self->heap, value);
  rs_heap_decref (self->heap, owner);
  return ok;
}

gboolean
rs_interp_exc_str_uses_repr (const RsExcData *x)
{
  guint key_error;

  return class_index ("KeyError", &key_error) && rs_interp_exc_is_subclass (x->cls, key_error);
}

RsValue
rs_interp_exc_new_named (RsInterp   *self,
                         const char *kind,
                         RsValue     args)
{
  guint cls;
  gboolean known = class_index (kind, &cls);

  g_assert (known);
  return new_exception (self, cls, args);
}

gboolean
rs_interp_exc_isinstance (RsInterp *self,
                          RsValue   exc,
                          RsValue   type,
                          gboolean *is_class)
{
  RsObj *eo = rs_heap_get_value (self->heap, exc), *to = rs_heap_get_value (self->heap, type);
  guint cls;

  *is_class = TRUE;
  if (rs_interp_exc_class_of (type, &cls))
    return rs_interp_exc_is_subclass (rs_heap_exception_data (self->heap, exc)->cls, cls);
  if (to != NULL && rs_interp_exc_is_script_class (self, to->id))
    return eo->kind == RS_KIND_INSTANCE && to->id != 0 && rs_interp_is_subclass (self, eo->cls, to->id);
  *is_class = FALSE;
  return FALSE;
}
