/* rs-interp-expr.c: expressions, attribute access, subscripts and call expressions
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each function follows the stack discipline of the CPython 3.11 opcode it
 * stands for: which temporaries are released, and in which order.
 */
#include "rs-interp-private.h"
#include "rs-interp-weakdict.h"
#include "rs-float.h"
#include "rs-check.h"

#include <string.h>

static gboolean
attribute_error (RsInterp   *self,
                 RsValue     owner,
                 const char *name,
                 guint       line)
{
  RsObj *o = rs_heap_get_value (self->heap, owner);

  RsBuiltinId bi;

  if (RS_VALUE_TAG (owner) == RS_TAG_STR && rs_interp_str_other_method (name))
    return rs_interp_reject (self, line, "str.%s() is not in the subset", name);
  if (owner == RS_VALUE_BUILTIN (RS_BI_STR) && (rs_interp_str_other_method (name)
                                                || rs_interp_find_builtin (RS_BI_STR, name, &bi)))
    return rs_interp_reject (self, line, "str.%s as an attribute of the type is not in the subset; "
                             "call the method on a string: s.%s(...)", name, name);
  if (o != NULL && o->kind == RS_KIND_CLASS)
    return rs_interp_raise_held (self, line, owner, "AttributeError",
                                 "type object '%s' has no attribute '%s'",
                                 rs_atoms_get (self->atoms, ((RsClassData *) o->data)->name, NULL),
                                 name);
  if (RS_VALUE_TAG (owner) == RS_TAG_BUILTIN && rs_value_builtin_is_module (RS_VALUE_PAYLOAD (owner)))
    return rs_interp_raise_held (self, line, owner, "AttributeError",
                                 "module '%s' has no attribute '%s'",
                                 rs_value_builtin_str (RS_VALUE_PAYLOAD (owner)), name);
  return rs_interp_raise_held (self, line, owner, "AttributeError",
                               "'%s' object has no attribute '%s'",
                               rs_interp_type_name (self, owner), name);
}

/* __class__ and __name__, which every object answers from its type: TRUE
 * when @name is one of them and @out is set or the error raised */
static gboolean
type_attr (RsInterp   *self,
           RsValue     owner,
           RsObj      *o,
           const char *name,
           guint       line,
           gboolean   *ok,
           RsValue    *out)
{
  RsValue func = owner;

  *ok = TRUE;
  if (strcmp (name, "__class__") == 0)
    {
      if (o != NULL && o->kind == RS_KIND_EXCEPTION)
        {
          *out = RS_VALUE_BUILTIN (RS_EXC_CLASS_FIRST + ((RsExcData *) o->data)->cls);
          return TRUE;
        }
      /* what type() answers */
      *ok = rs_interp_builtin_type (self, &owner, 1, line, out);
      return TRUE;
    }
  if (strcmp (name, "__name__") != 0)
    return FALSE;
  if (o != NULL && o->kind == RS_KIND_BOUND_METHOD)
    {
      func = ((RsBoundData *) o->data)->func;
      o = rs_heap_get_value (self->heap, func);
    }
  if (o != NULL && (o->kind == RS_KIND_CLASS || o->kind == RS_KIND_FUNCTION))
    {
      guint32 atom = o->kind == RS_KIND_CLASS ? ((RsClassData *) o->data)->name
                     : ((RsFunctionData *) o->data)->name;
      *out = rs_interp_code_name (self, atom);
      return TRUE;
    }
  guint exc_class;
  if (rs_interp_exc_class_of (func, &exc_class))
    {
      *out = rs_interp_new_str (self, rs_interp_exc_class_name (exc_class), -1);   /* type_name() */
      return TRUE;
    }
  if (o == NULL && RS_VALUE_TAG (func) == RS_TAG_BUILTIN && !rs_value_builtin_is_module (RS_VALUE_PAYLOAD (func)))
    {
      /* weakref.ref is the type _weakref.ReferenceType */
      *out = rs_interp_new_str (self, RS_VALUE_PAYLOAD (func) == RS_BI_WEAKREF_REF ? "ReferenceType"
                                       : rs_value_builtin_str (RS_VALUE_PAYLOAD (func)), -1);
      return TRUE;
    }
  return FALSE;
}

/* LOAD_ATTR: a new reference to owner.name (a bound method for functions
 * found on the class); @owner stays the caller's. */
gboolean
rs_interp_getattr (RsInterp   *self,
                   RsValue     owner,
                   const char *name,
                   guint       line,
                   RsValue    *out)
{
  RsObj *o = rs_heap_get_value (self->heap, owner);
  guint32 atom = rs_interp_atom (self, name);
  RsBuiltinId bi;
  gboolean ok;

  if (rs_interp_is_proxy (self, owner))
    {
      /* proxy_getattr: the referent's, held for the time of the lookup */
      RsValue referent;
      if (!rs_interp_proxy_referent (self, owner, line, &referent))
        return FALSE;
      rs_heap_incref (self->heap, referent);
      ok = rs_interp_getattr (self, referent, name, line, out);
      rs_heap_decref (self->heap, referent);
      return ok;
    }
  if (rs_interp_finalizer_getattr (self, owner, name, &ok, out))
    return TRUE;
  if (name[0] == '_' && name[1] == '_' && type_attr (self, owner, o, name, line, &ok, out))
    return ok;
  if (rs_interp_special_method_attr (self, owner, name, line, &ok, out))
    return ok;
  if (o != NULL && o->kind == RS_KIND_EXCEPTION)
    return rs_interp_exc_getattr (self, owner, name, line, out);
  guint exc_class;
  if (rs_interp_exc_class_of (owner, &exc_class))
    return rs_interp_exc_class_getattr (self, owner, name, line, out);
  if (((name[0] == '_' && name[1] == '_') || rs_interp_descriptor (self, owner) != NULL)
      && rs_interp_special_attr (self, owner, name, line, &ok, out))
    return ok;

  if (o != NULL && o->kind == RS_KIND_INSTANCE && rs_interp_exc_is_attr (name)
      && rs_heap_exception_data (self->heap, owner) != NULL)
    return rs_interp_exc_getattr (self, owner, name, line, out);
  if (o != NULL && o->kind == RS_KIND_INSTANCE)
    {
      RsValue found;
      gboolean in_class = rs_interp_class_lookup (self, o->cls, atom, &found, NULL);
      RsDescrData *dd = in_class ? rs_interp_descriptor (self, found) : NULL;

      /* a property is a data descriptor: it wins over the instance's own */
      if (dd != NULL && dd->kind == RS_DESCR_PROPERTY)
        return rs_interp_descr_get (self, found, owner, o->cls, line, out);
      if (rs_heap_attr_lookup (self->heap, o->id, atom, out))
        {
          rs_heap_incref (self->heap, *out);
          return TRUE;
        }
      if (in_class)
        return rs_interp_descr_get (self, found, owner, o->cls, line, out);
      if (atom == self->atom_init)
        {
          /* object.__init__ bound to the instance (a method-wrapper) */
          *out = RS_VALUE_OBJECT (rs_heap_new_bound (self->heap, owner, RS_VALUE_BUILTIN (RS_BI_OBJECT_INIT)));
          return TRUE;
        }
      if (rs_check_special_method (name) && rs_interp_object_method (self, owner, name, line, &ok, out))
        return ok;
      RsSpecial r = rs_interp_special_getattr (self, owner, name, line, out);
      if (r != RS_SPECIAL_ABSENT)
        return r == RS_SPECIAL_OK;
    }
  else if (o != NULL && o->kind == RS_KIND_CLASS)
    {
      RsValue found;
      if (rs_interp_class_lookup (self, o->id, atom, &found, NULL))
        return rs_interp_descr_get (self, found, RS_VALUE_ABSENT, o->id, line, out);
      if (rs_heap_class_has_slot (self->heap, o->id, atom))
        return rs_interp_reject (self, line, "the slot descriptor %s.%s is not in the subset; "
                                 "read the slot on an instance", rs_interp_type_base_name (self, owner), name);
      if (atom == self->atom_init)
        {
          *out = RS_VALUE_BUILTIN (RS_BI_OBJECT_INIT);
          return TRUE;
        }
      if (rs_check_special_method (name) && rs_interp_object_method (self, owner, name, line, &ok, out))
        return ok;
    }
  else if (o != NULL && (o->kind == RS_KIND_FUNCTION || o->kind == RS_KIND_BOUND_METHOD))
    {
      /* the function's __dict__; a method's is its function's */
      RsObj *f = o->kind == RS_KIND_FUNCTION ? o : rs_heap_get_value (self->heap, ((RsBoundData *) o->data)->func);
      if (f != NULL && f->kind == RS_KIND_FUNCTION && rs_heap_attr_lookup (self->heap, f->id, atom, out))
        {
          rs_heap_incref (self->heap, *out);
          return TRUE;
        }
    }
  else if (RS_VALUE_TAG (owner) == RS_TAG_BUILTIN)
    {
      if (rs_interp_module_attr (self, RS_VALUE_PAYLOAD (owner), name, &bi))
        {
          *out = RS_VALUE_BUILTIN (bi);
          return TRUE;
        }
    }
  else if (o != NULL && o->kind == RS_KIND_WEAKDICT && rs_heap_attr_lookup (self->heap, o->id, atom, out))
    {
      /* its __dict__ comes before the methods of its class */
      rs_heap_incref (self->heap, *out);
      return TRUE;
    }
  else if (rs_interp_builtin_method (self, owner, name, &bi))
    {
      *out = RS_VALUE_OBJECT (rs_heap_new_bound (self->heap, owner, RS_VALUE_BUILTIN (bi)));
      return TRUE;
    }
  return attribute_error (self, owner, name, line);
}

static gboolean
list_index (RsInterp *self,
            RsList   *l,
            RsValue   index,
            guint     line,
            const char *what,
            guint    *at)
{
  gint64 i;

  if (!rs_interp_special_index (self, index, line, &index))
    return FALSE;
  if (!rs_interp_get_index (self, index, &i))
    return rs_interp_raise (self, line, "TypeError", "list indices must be integers or slices, not %s",
                            rs_interp_type_name (self, index));
  if (i < 0)
    i += l->len;
  if (i < 0 || i >= (gint64) l->len)
    return rs_interp_raise (self, line, "IndexError", "%s", what);
  *at = i;
  return TRUE;
}

gboolean
rs_interp_getitem (RsInterp *self,
                   RsValue   container,
                   RsValue   index,
                   guint     line,
                   RsValue  *out)
{
  RsObj *o = rs_heap_get_value (self->heap, container);
  guint at;

  if (rs_interp_is_proxy (self, container))
    {
      /* proxy_getitem: on the referent, held meanwhile */
      RsValue referent;
      if (!rs_interp_proxy_referent (self, container, line, &referent))
        return FALSE;
      rs_heap_incref (self->heap, referent);
      gboolean ok = rs_interp_getitem (self, referent, index, line, out);
      rs_heap_decref (self->heap, referent);
      return ok;
    }
  if (rs_interp_is_instance (self, container))
    return rs_interp_special_item (self, "__getitem__", container, &index, 1, line, out,
                                   "'%s' object is not subscriptable");
  if (o != NULL && o->kind == RS_KIND_LIST)
    {
      if (!list_index (self, o->data, index, line, "list index out of range", &at))
        return FALSE;
      *out = ((RsList *) o->data)->items[at];
      rs_heap_incref (self->heap, *out);
      return TRUE;
    }
  if (o != NULL && o->kind == RS_KIND_TUPLE)
    return rs_interp_tuple_getitem (self, container, index, line, out);
  if (o != NULL && o->kind == RS_KIND_WEAKDICT)
    return rs_interp_weakdict_getitem (self, container, index, line, out);
  if (o != NULL && o->kind == RS_KIND_DICT)
    {
      RsObjId d = o->id;
      gint i;
      if (!rs_interp_dict_lookup (self, d, index, line, &i))
        return FALSE;
      if (i < 0)
        return rs_interp_key_error (self, index, line);
      *out = ((RsDict *) rs_heap_get (self->heap, d)->data)->entries[i].value;
      rs_heap_incref (self->heap, *out);
      return TRUE;
    }
  if (o != NULL && o->kind == RS_KIND_RANGE)
    {
      RsRangeData *r = o->data;
      gint64 i, n = rs_interp_range_length (r);
      if (!rs_interp_get_index (self, index, &i))
        return rs_interp_raise (self, line, "TypeError", "range indices must be integers or slices, not %s",
                                rs_interp_type_name (self, index));
      if (i < 0)
        i += n;
      if (i < 0 || i >= n)
        return rs_interp_raise (self, line, "IndexError", "range object index out of range");
      *out = rs_interp_make_int (self, r->start + i * r->step);
      return TRUE;
    }
  if (RS_VALUE_TAG (container) == RS_TAG_STR)
    {
      gsize len;
      gint64 i;
      const char *s = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (container), &len);
      glong n = rs_interp_str_length (s, len);
      if (!rs_interp_special_index (self, index, line, &index))
        return FALSE;
      if (!rs_interp_get_index (self, index, &i))
        return rs_interp_raise (self, line, "TypeError", "string indices must be integers");
      if (i < 0)
        i += n;
      if (i < 0 || i >= n)
        return rs_interp_raise (self, line, "IndexError", "string index out of range");
      const char *p = g_utf8_offset_to_pointer (s, i);
      *out = rs_interp_char_str (self, p);
      return TRUE;
    }
  return rs_interp_raise (self, line, "TypeError", "'%s' object is not subscriptable",
                          rs_interp_type_name (self, container));
}

/* STORE_SUBSCR: @value moves in. */
gboolean
rs_interp_setitem (RsInterp *self,
                   RsValue   container,
                   RsValue   index,
                   RsValue   value,
                   guint     line)
{
  RsObj *o = rs_heap_get_value (self->heap, container);
  guint at;

  if (rs_interp_is_proxy (self, container))
    {
      RsValue referent;
      if (!rs_interp_proxy_referent (self, container, line, &referent))
        {
          rs_heap_decref (self->heap, value);
          return FALSE;
        }
      rs_heap_incref (self->heap, referent);
      gboolean ok = rs_interp_setitem (self, referent, index, value, line);
      rs_heap_decref (self->heap, referent);
      return ok;
    }
  if (rs_interp_is_instance (self, container))
    {
      RsValue kv[2] = { index, value };
      gboolean ok = rs_interp_special_item (self, "__setitem__", container, kv, 2, line, NULL,
                                            "'%s' object does not support item assignment");
      rs_heap_decref (self->heap, value);
      return ok;
    }
  if (o != NULL && o->kind == RS_KIND_LIST)
    {
      if (!list_index (self, o->data, index, line, "list assignment index out of range", &at))
        {
          rs_heap_decref (self->heap, value);
          return FALSE;
        }
      rs_heap_list_set (self->heap, o->id, at, value);
      return TRUE;
    }
  if (o != NULL && o->kind == RS_KIND_WEAKDICT)
    return rs_interp_weakdict_setitem (self, container, index, value, line);
  if (o != NULL && o->kind == RS_KIND_DICT)
    {
      return rs_interp_dict_store (self, o->id, index, value, FALSE, line);
    }
  rs_heap_decref (self->heap, value);
  return rs_interp_raise (self, line, "TypeError", "'%s' object does not support item assignment",
                          rs_interp_type_name (self, container));
}

gboolean
rs_interp_delitem (RsInterp *self,
                   RsValue   container,
                   RsValue   index,
                   guint     line)
{
  RsObj *o = rs_heap_get_value (self->heap, container);
  guint at;

  if (rs_interp_is_proxy (self, container))
    {
      RsValue referent;
      if (!rs_interp_proxy_referent (self, container, line, &referent))
        return FALSE;
      rs_heap_incref (self->heap, referent);
      gboolean ok = rs_interp_delitem (self, referent, index, line);
      rs_heap_decref (self->heap, referent);
      return ok;
    }
  if (rs_interp_is_instance (self, container))
    return rs_interp_special_item (self, "__delitem__", container, &index, 1, line, NULL,
                                   "'%s' object doesn't support item deletion");
  if (o != NULL && o->kind == RS_KIND_LIST)
    {
      if (!list_index (self, o->data, index, line, "list assignment index out of range", &at))
        return FALSE;
      rs_heap_list_remove (self->heap, o->id, at, FALSE);
      return TRUE;
    }
  if (o != NULL && o->kind == RS_KIND_WEAKDICT)
    return rs_interp_weakdict_delitem (self, container, index, line);
  if (o != NULL && o->kind == RS_KIND_DICT)
    {
      RsObjId d = o->id;
      gint i;
      if (!rs_interp_dict_lookup (self, d, index, line, &i))
        return FALSE;
      if (i < 0)
        return rs_interp_key_error (self, index, line);
      rs_heap_dict_remove (self->heap, d, i, FALSE);
      return TRUE;
    }
  return rs_interp_raise (self, line, "TypeError", "'%s' object does not support item deletion",
                          rs_interp_type_name (self, container));
}

/* Calls */

/* LOAD_METHOD: a function found on the class keeps its owner as self
 * (no bound method); anything else is a plain attribute. */
static gboolean
load_method (RsInterp   *self,
             RsValue     owner,
             const char *name,
             guint       line,
             RsValue    *callable,
             RsValue    *self_arg)
{
  RsObj *o = rs_heap_get_value (self->heap, owner);
  guint32 atom = rs_interp_atom (self, name);
  RsBuiltinId bi;
  RsValue v;

  *self_arg = RS_VALUE_ABSENT;
  if (o != NULL && o->kind == RS_KIND_INSTANCE &&
      !rs_heap_attr_lookup (self->heap, o->id, atom, &v) &&
      rs_heap_class_lookup (self->heap, o->cls, atom, &v) &&
      rs_heap_get_value (self->heap, v) != NULL &&
      rs_heap_get_value (self->heap, v)->kind == RS_KIND_FUNCTION)
    {
      rs_heap_incref (self->heap, v);
      *callable = v;
      *self_arg = owner;
      return TRUE;
    }
  if (rs_interp_builtin_method (self, owner, name, &bi))
    {
      *callable = RS_VALUE_BUILTIN (bi);
      *self_arg = owner;
      return TRUE;
    }
  gboolean ok = rs_interp_getattr (self, owner, name, line, callable);
  rs_heap_decref (self->heap, owner);
  return ok;
}

static gboolean
eval_call (RsInterp     *self,
           const RsExpr *e,
           RsValue      *out)
{
  const RsExpr *fe = e->call.func;
  RsValue callable, self_arg = RS_VALUE_ABSENT;
  guint n = e->call.n_args;
  g_autofree RsValue *args = g_new (RsValue, MAX (n, 1));
  guint line = e->line;

  /* with a `*` or a `**` it is LOAD_ATTR (a bound method) and
   * CALL_FUNCTION_EX at the call's start */
  if (fe->kind == RS_EXPR_ATTR && rs_interp_is_super_call (self, fe->attr.value))
    {
      /* the super object has no LOAD_METHOD shortcut: a bound method */
      if (!rs_interp_super_getattr (self, fe->attr.value, fe->attr.name, fe->end_line, &callable))
        return FALSE;
      if (n + e->call.n_keywords < 30)
        line = fe->end_line;
    }
  else if (fe->kind == RS_EXPR_ATTR && !rs_interp_call_is_ex (e))
    {
      RsValue owner;
      if (!rs_interp_eval (self, fe->attr.value, &owner) ||
          !load_method (self, owner, fe->attr.name, fe->end_line, &callable, &self_arg))
        return FALSE;
      /* CPython 3.11's LOAD_METHOD ... CALL carry the line where the
       * attribute name ends; calls on an imported module or with 30+
       * arguments are compiled as LOAD_ATTR + CALL at the call's start */
      if (!(fe->attr.value->kind == RS_EXPR_NAME &&
            rs_interp_is_imported (self, fe->attr.value->name.id)) && n + e->call.n_keywords < 30)
        line = fe->end_line;
    }
  else if (!rs_interp_eval (self, fe, &callable))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (e->call.args[i]->kind == RS_EXPR_STARRED)
      return rs_interp_call_with_keywords (self, e, callable, self_arg, line, out);
  if (e->call.n_keywords > 0)
    return rs_interp_call_with_keywords (self, e, callable, self_arg, line, out);
  for (guint i = 0; i < n; i++)
    {
      if (!rs_interp_eval (self, e->call.args[i], &args[i]))
        {
          rs_interp_release_top_first (self, args, i);
          rs_heap_decref (self->heap, self_arg);
          rs_heap_decref (self->heap, callable);
          return FALSE;
        }
    }
  self->call_col = e->col;   /* where a rejection in the callee is reported */
  return rs_interp_call_value (self, callable, self_arg, args, n, line, out);
}

/* Displays: the items first, then the container (BUILD_LIST, BUILD_MAP) */

/* `[a, *s, b]`, and a display of more than 30 items that are not all
 * constants: the list is made after the items before the first star (of
 * none, for the big one), then filled item by item (LIST_APPEND,
 * LIST_EXTEND); an error frees it with what it holds */
static gboolean
eval_list_filled (RsInterp     *self,
                  const RsExpr *e,
                  guint         built,
                  RsValue      *out)
{
  guint n = e->seq.n_items;
  g_autofree RsValue *items = g_new (RsValue, MAX (built, 1));

  for (guint i = 0; i < built; i++)
    if (!rs_interp_eval (self, e->seq.items[i], &items[i]))
      {
        rs_interp_release_top_first (self, items, i);
        return FALSE;
      }
  g_autofree RsValue *reversed = g_new (RsValue, MAX (built, 1));
  for (guint i = 0; i < built; i++)
    reversed[i] = items[built - 1 - i];
  if (!rs_interp_alloc_room (self, RS_KIND_LIST, 0, reversed, built, TRUE, e->line))
    return FALSE;
  RsObjId l = rs_heap_new_list (self->heap);
  for (guint i = 0; i < built; i++)
    rs_heap_list_insert (self->heap, l, i, items[i]);
  for (guint i = built; i < n; i++)
    {
      const RsExpr *x = e->seq.items[i];
      RsValue v;
      gboolean starred = x->kind == RS_EXPR_STARRED;
      if (!rs_interp_eval (self, starred ? x->unary.operand : x, &v))
        {
          rs_heap_decref (self->heap, RS_VALUE_OBJECT (l));
          return FALSE;
        }
      if (!starred)
        {
          rs_heap_list_insert (self->heap, l, ((RsList *) rs_heap_get (self->heap, l)->data)->len, v);
          continue;
        }
      gboolean ok = rs_interp_star_iterable (self, v, e->line) &&
                    rs_interp_list_fill (self, l, v, e->line);
      if (!ok)
        {
          /* the oracle's _list_extend: the list goes first */
          rs_heap_decref (self->heap, RS_VALUE_OBJECT (l));
          rs_heap_decref (self->heap, v);
          return FALSE;
        }
      rs_heap_decref (self->heap, v);
    }
  *out = RS_VALUE_OBJECT (l);
  return TRUE;
}

static gboolean
eval_list (RsInterp     *self,
           const RsExpr *e,
           RsValue      *out)
{
  guint n = e->seq.n_items, first_star = n;
  gboolean constants = TRUE;

  for (guint i = n; i > 0; i--)
    if (e->seq.items[i - 1]->kind == RS_EXPR_STARRED)
      first_star = i - 1;
  for (guint i = 0; i < n && constants; i++)
    {
      const RsExpr *x = e->seq.items[i];
      if (x->kind == RS_EXPR_NEG || x->kind == RS_EXPR_POS)
        x = x->unary.operand;
      constants = x->kind == RS_EXPR_INT || x->kind == RS_EXPR_FLOAT || x->kind == RS_EXPR_STR ||
                  x->kind == RS_EXPR_NONE || x->kind == RS_EXPR_TRUE || x->kind == RS_EXPR_FALSE ||
                  x->kind == RS_EXPR_ELLIPSIS;
    }
  if (n > 30 && !constants)
    return eval_list_filled (self, e, 0, out);
  if (first_star < n)
    return eval_list_filled (self, e, first_star, out);

  g_autofree RsValue *items = g_new (RsValue, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      if (!rs_interp_eval (self, e->seq.items[i], &items[i]))
        {
          rs_interp_release_top_first (self, items, i);
          return FALSE;
        }
    }
  g_autofree RsValue *reversed = g_new (RsValue, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    reversed[i] = items[n - 1 - i];
  if (!rs_interp_alloc_room (self, RS_KIND_LIST, 0, reversed, n, TRUE, e->line))
    return FALSE;
  RsObjId l = rs_heap_new_list (self->heap);
  for (guint i = 0; i < n; i++)
    rs_heap_list_insert (self->heap, l, i, items[i]);
  *out = RS_VALUE_OBJECT (l);
  return TRUE;
}

/* Operators */

static gboolean
eval_compare (RsInterp     *self,
              const RsExpr *e,
              RsValue      *out)
{
  RsValue left, right;

  if (!rs_interp_eval (self, e->compare.left, &left))
    return FALSE;
  for (guint i = 0; i < e->compare.n_ops; i++)
    {
      if (!rs_interp_eval (self, e->compare.comparators[i], &right))
        {
          rs_heap_decref (self->heap, left);
          return FALSE;
        }
      RsValue r;
      if (rs_interp_weakset_is (self, left) || rs_interp_weakset_is (self, right))
        self->call_col = e->col;   /* where the oracle rejects == of two WeakSets */
      gboolean ok = rs_interp_compare_value (self, e->compare.ops[i], left, right, e->line, &r);
      gboolean go_on = FALSE;
      rs_heap_decref (self->heap, left);
      left = right;
      /* a chain goes on while each result is true; a false one is its value */
      if (ok && i + 1 < e->compare.n_ops)
        {
          ok = rs_interp_truth (self, r, e->line, &go_on);
          if (!ok || go_on)
            rs_heap_decref (self->heap, r);
        }
      if (!ok || !go_on)
        {
          rs_heap_decref (self->heap, left);
          if (ok)
            *out = r;
          return ok;
        }
    }
  g_assert_not_reached ();
}

static gboolean
eval_boolop (RsInterp     *self,
             const RsExpr *e,
             RsValue      *out)
{
  for (guint i = 0; i < e->boolop.n_values; i++)
    {
      if (!rs_interp_eval (self, e->boolop.values[i], out))
        return FALSE;
      if (i + 1 == e->boolop.n_values)
        return TRUE;
      gboolean truth;
      if (!rs_interp_truth (self, *out, e->line, &truth))
        {
          rs_heap_decref (self->heap, *out);
          return FALSE;
        }
      if (truth == (e->boolop.op == RS_BOOL_OR))
        return TRUE;
      rs_heap_decref (self->heap, *out);
    }
  *out = RS_VALUE_NONE;
  return TRUE;
}

static gboolean
eval_binop (RsInterp     *self,
            const RsExpr *e,
            RsValue      *out)
{
  RsValue left, right;

  if (!rs_interp_eval (self, e->binop.left, &left))
    return FALSE;
  if (!rs_interp_eval (self, e->binop.right, &right))
    {
      rs_heap_decref (self->heap, left);
      return FALSE;
    }
  if (rs_interp_weakset_is (self, left))
    self->call_col = e->col;   /* where the oracle rejects `s | t` of a WeakSet */
  gboolean ok = rs_interp_binop (self, e->binop.op, left, right, e->line, out);
  rs_heap_decref (self->heap, left);
  rs_heap_decref (self->heap, right);
  if (ok)
    *out = rs_interp_str_folded (e, *out);
  return ok;
}

static gboolean
eval_unary (RsInterp     *self,
            const RsExpr *e,
            RsValue      *out)
{
  RsValue v;

  if (!rs_interp_eval (self, e->unary.operand, &v))
    return FALSE;
  gboolean ok = TRUE, truth;
  if (e->kind == RS_EXPR_NOT)
    {
      if ((ok = rs_interp_truth (self, v, e->line, &truth)))
        *out = truth ? RS_VALUE_FALSE : RS_VALUE_TRUE;
    }
  else if (e->kind == RS_EXPR_INVERT)
    ok = rs_interp_invert (self, v, e->line, out);
  else if (e->kind == RS_EXPR_POS)
    ok = rs_interp_positive (self, v, e->line, out);
  else
    ok = rs_interp_negate (self, v, e->line, out);
  rs_heap_decref (self->heap, v);
  return ok;
}

gboolean
rs_interp_eval (RsInterp     *self,
                const RsExpr *e,
                RsValue      *out)
{
  RsValue a, b;

  switch (e->kind)
    {
    case RS_EXPR_NAME:
      return rs_interp_load_name (self, e->name.id, e->line, out);
    case RS_EXPR_NONE:
      *out = RS_VALUE_NONE;
      return TRUE;
    case RS_EXPR_TRUE:
      *out = RS_VALUE_TRUE;
      return TRUE;
    case RS_EXPR_FALSE:
      *out = RS_VALUE_FALSE;
      return TRUE;
    case RS_EXPR_ELLIPSIS:
      *out = RS_VALUE_ELLIPSIS;
      return TRUE;
    case RS_EXPR_INT:
      if (e->integer.digits != NULL)
        *out = rs_interp_int_literal (self, e->integer.digits);
      else
        *out = rs_interp_make_int (self, e->integer.value);
      return TRUE;
    case RS_EXPR_FLOAT:
      *out = rs_float_value (self->atoms, e->floating.value);
      return TRUE;
    case RS_EXPR_STR:
      *out = rs_interp_make_str (self, e->str.value, e->str.len);
      return TRUE;
    case RS_EXPR_CALL:
      return eval_call (self, e, out);
    case RS_EXPR_ATTR:
      {
        if (rs_interp_is_super_call (self, e->attr.value))
          return rs_interp_super_getattr (self, e->attr.value, e->attr.name, e->end_line, out);
        if (!rs_interp_eval (self, e->attr.value, &a))
          return FALSE;
        /* LOAD_ATTR carries the line where the attribute name ends */
        gboolean ok = rs_interp_getattr (self, a, e->attr.name, e->end_line, out);
        rs_heap_decref (self->heap, a);
        return ok;
      }
    case RS_EXPR_SUBSCRIPT:
      {
        if (e->subscript.index->kind == RS_EXPR_SLICE)
          return rs_interp_eval_slice (self, e, out);
        if (!rs_interp_eval (self, e->subscript.value, &a))
          return FALSE;
        if (!rs_interp_eval (self, e->subscript.index, &b))
          {
            rs_heap_decref (self->heap, a);
            return FALSE;
          }
        gboolean ok = rs_interp_getitem (self, a, b, e->line, out);
        rs_heap_decref (self->heap, a);
        rs_heap_decref (self->heap, b);
        if (ok)
          *out = rs_interp_str_folded (e, *out);
        return ok;
      }
    case RS_EXPR_LIST:
      return eval_list (self, e, out);
    case RS_EXPR_DICT:
      return rs_interp_eval_dict (self, e, out);
    case RS_EXPR_COMPARE:
      return eval_compare (self, e, out);
    case RS_EXPR_BOOLOP:
      return eval_boolop (self, e, out);
    case RS_EXPR_NOT:
    case RS_EXPR_NEG:
    case RS_EXPR_INVERT:
    case RS_EXPR_POS:
      return eval_unary (self, e, out);
    case RS_EXPR_BINOP:
      return eval_binop (self, e, out);
    case RS_EXPR_IFEXP:
      {
        gboolean truth;
        if (!rs_interp_eval (self, e->ifexp.test, &a))
          return FALSE;
        gboolean ok = rs_interp_truth (self, a, e->line, &truth);
        rs_heap_decref (self->heap, a);
        if (!ok)
          return FALSE;
        return rs_interp_eval (self, truth ? e->ifexp.body : e->ifexp.orelse, out);
      }
    case RS_EXPR_LAMBDA:
      return rs_interp_make_function (self, e->lambda.def, out);
    case RS_EXPR_COMP:
      return rs_interp_eval_comp (self, e, out);
    case RS_EXPR_NAMED:
      /* the value, COPY, then STORE: the old value goes after the store */
      if (!rs_interp_eval (self, e->named.value, out))
        return FALSE;
      rs_heap_incref (self->heap, *out);
      if (rs_interp_store_name (self, e->named.target->name.id, *out, e->named.target->line))
        return TRUE;
      rs_heap_decref (self->heap, *out);
      return FALSE;
    case RS_EXPR_JOINED:
      return rs_interp_eval_joined (self, e, out);
    case RS_EXPR_TUPLE:
      return rs_interp_eval_tuple (self, e, out);
    default:
      return rs_interp_raise (self, e->line, "SyntaxError", "expression not supported");
    }
}
