/* rs-interp-super.c: super().name and super(Class, obj).name
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The super object lives only between the call and the attribute load (no
 * script code runs in between), so the interpreter evaluates the pair as
 * one: the zero-argument form reads the method's __class__ cell and its
 * first argument, the lookup starts after the class in the MRO of the
 * object's type (or of the object, a class), and what it finds is bound
 * as super_getattro binds it.
 */
#include "rs-interp-private.h"
#include "rs-ast.h"

#include <string.h>

/* super(@type, @obj): the class whose MRO is searched (supercheck) */
static gboolean
super_start (RsInterp *self,
             RsValue   type,
             RsValue   obj,
             guint     line,
             RsObjId  *start)
{
  RsObj *t = rs_heap_get_value (self->heap, type);
  RsObj *o = rs_heap_get_value (self->heap, obj);

  if (t == NULL || t->kind != RS_KIND_CLASS)
    return rs_interp_raise (self, line, "TypeError", "super() argument 1 must be a type, not %s",
                            rs_interp_type_name (self, type));
  if (o != NULL && o->kind == RS_KIND_CLASS && rs_interp_is_subclass (self, o->id, t->id))
    *start = o->id;
  else if (o != NULL && o->kind == RS_KIND_INSTANCE && rs_interp_is_subclass (self, o->cls, t->id))
    *start = o->cls;
  else
    return rs_interp_raise (self, line, "TypeError",
                            "super(type, obj): obj must be an instance or subtype of type");
  return TRUE;
}

/* The arguments of zero-argument super(): the method's __class__ cell
 * and its first argument */
static gboolean
super_implicit (RsInterp *self,
                guint     line,
                RsValue  *type,
                RsValue  *obj)
{
  RsFrame *f = self->frame;
  RsObj *fo = f->kind == RS_FRAME_FUNCTION ? rs_heap_get_value (self->heap, f->func) : NULL;
  RsObjId cls = fo != NULL ? ((RsFunctionData *) fo->data)->class_cell : 0;

  if (f->kind != RS_FRAME_FUNCTION || f->scope->n_varnames == 0 || f->scope->n_params == 0)
    return rs_interp_raise (self, line, "RuntimeError", "super(): no arguments");
  RsValue first = rs_interp_frame_slot_value (self, f, 0);
  if (first == RS_VALUE_ABSENT)
    return rs_interp_raise (self, line, "RuntimeError", "super(): arg[0] deleted");
  if (cls == 0)
    return rs_interp_raise (self, line, "RuntimeError", "super(): empty __class__ cell");
  *type = RS_VALUE_OBJECT (cls);
  *obj = first;
  rs_heap_incref (self->heap, *type);
  rs_heap_incref (self->heap, *obj);
  return TRUE;
}

/* super(...).name: @call is the super() call (the builtin, as the
 * interpreter found it); a new reference in @out */
gboolean
rs_interp_super_getattr (RsInterp     *self,
                         const RsExpr *call,
                         const char   *name,
                         guint         line,
                         RsValue      *out)
{
  RsValue type, obj, found;
  RsObjId start = 0, owner;
  guint32 atom = rs_interp_atom (self, name);
  gboolean ok;

  if (call->call.n_args == 0 ? !super_implicit (self, call->line, &type, &obj)
      : !rs_interp_eval (self, call->call.args[0], &type))
    return FALSE;
  if (call->call.n_args == 2 && !rs_interp_eval (self, call->call.args[1], &obj))
    {
      rs_heap_decref (self->heap, type);
      return FALSE;
    }
  ok = super_start (self, type, obj, call->line, &start);
  if (ok)
    {
      /* the MRO of start after type */
      RsClassData *sd = rs_heap_get (self->heap, start)->data;
      RsObjId t = RS_VALUE_OBJECT_ID (type);
      guint i = 0;
      gboolean hit = FALSE;

      while (start != t && i < sd->n_mro && sd->mro[i] != t)
        i++;
      if (start != t)
        i++;
      for (; i < sd->n_mro && !hit; i++)
        hit = rs_heap_attr_lookup (self->heap, sd->mro[i], atom, &found);
      owner = start;
      if (hit)
        ok = rs_interp_descr_get (self, found, RS_VALUE_OBJECT (start) == obj ? RS_VALUE_ABSENT : obj,
                                  owner, line, out);
      else if (atom == self->atom_init)
        {
          /* past the script classes: the builtin exception base's __init__, or object's */
          guint exc_base = ((RsClassData *) rs_heap_get (self->heap, t)->data)->exc_base;
          RsValue init = exc_base > 0 ? RS_VALUE_BUILTIN (RS_EXC_INIT_FIRST + exc_base - 1)
                                      : RS_VALUE_BUILTIN (RS_BI_OBJECT_INIT);

          *out = RS_VALUE_OBJECT (rs_heap_new_bound (self->heap, obj, init));
        }
      else if (rs_interp_object_method (self, obj, name, line, &ok, out))
        ;
      else
        ok = rs_interp_raise (self, line, "AttributeError", "'super' object has no attribute '%s'", name);
    }
  /* the super object goes, its type, then its obj */
  rs_heap_decref (self->heap, obj);
  rs_heap_decref (self->heap, type);
  return ok;
}

/* Whether @e is super(...) and the name super is the builtin (the
 * checker let no other use of the builtin through): then @e.name is
 * rs_interp_super_getattr */
gboolean
rs_interp_is_super_call (RsInterp     *self,
                         const RsExpr *e)
{
  RsFrame *f = self->frame;
  guint32 atom;

  if (e->kind != RS_EXPR_CALL || e->call.func->kind != RS_EXPR_NAME
      || strcmp (e->call.func->name.id, "super") != 0)
    return FALSE;
  atom = rs_interp_atom (self, "super");
  for (guint i = 0; f->kind == RS_FRAME_FUNCTION && i < f->scope->n_varnames; i++)
    if (strcmp (f->scope->varnames[i], "super") == 0)
      return FALSE;
  RsValue v;
  return !rs_interp_names_lookup (f->names, atom, &v) && !rs_interp_names_lookup (&self->globals, atom, &v);
}
