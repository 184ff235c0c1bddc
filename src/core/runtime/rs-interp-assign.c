/* rs-interp-assign.c: names and the stores of assignment and del
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Namespaces, loading and storing a name in the running frame, and the
 * targets of assignment, unpacking and del, in the order CPython 3.11's
 * bytecode stores them.
 */
#include "rs-interp-private.h"

/* Namespaces */

void
rs_interp_names_init (RsNames *names)
{
  names->names = g_array_new (FALSE, FALSE, sizeof (RsName));
  names->index = g_hash_table_new (NULL, NULL);
}

void
rs_interp_names_clear (RsNames *names)
{
  g_clear_pointer (&names->names, g_array_unref);
  g_clear_pointer (&names->index, g_hash_table_destroy);
}

static gboolean
names_get (RsNames *names,
           guint32  name,
           RsValue *value)
{
  guint i = GPOINTER_TO_UINT (g_hash_table_lookup (names->index, GUINT_TO_POINTER (name)));

  if (i == 0)
    return FALSE;
  *value = g_array_index (names->names, RsName, i - 1).value;
  return TRUE;
}

gboolean
rs_interp_names_lookup (RsNames *names,
                        guint32  name,
                        RsValue *value)
{
  return names != NULL && names_get (names, name, value) && *value != RS_VALUE_ABSENT;
}

/* Stores @value (ABSENT: deletes) and returns the old value in @old. */
static void
names_set (RsNames *names,
           guint32  name,
           RsValue  value,
           RsValue *old)
{
  guint i = GPOINTER_TO_UINT (g_hash_table_lookup (names->index, GUINT_TO_POINTER (name)));

  *old = RS_VALUE_ABSENT;
  if (i != 0)
    {
      RsName *n = &g_array_index (names->names, RsName, i - 1);
      *old = n->value;
      if (value != RS_VALUE_ABSENT)
        {
          n->value = value;
          return;
        }
      /* a deleted name goes to the end when stored again, as in a dict */
      n->value = RS_VALUE_ABSENT;
      g_hash_table_remove (names->index, GUINT_TO_POINTER (name));
      return;
    }
  if (value == RS_VALUE_ABSENT)
    return;
  RsName n = { name, value };
  g_array_append_val (names->names, n);
  g_hash_table_insert (names->index, GUINT_TO_POINTER (name), GUINT_TO_POINTER (names->names->len));
}

/* Names */

static gint
scope_index (const RsScope *scope,
             const char    *name)
{
  for (guint i = 0; i < scope->n_varnames; i++)
    if (scope->varnames[i] == name)
      return i;
  return -1;
}

static gboolean
scope_is_global (const RsScope *scope,
                 const char    *name)
{
  for (guint i = 0; i < scope->n_globals; i++)
    if (scope->globals[i] == name)
      return TRUE;
  return FALSE;
}

static gboolean
load_global (RsInterp   *self,
             const char *name,
             guint       line,
             RsValue    *out)
{
  RsBuiltinId bi;

  if (names_get (&self->globals, rs_interp_atom (self, name), out))
    {
      rs_heap_incref (self->heap, *out);
      return TRUE;
    }
  if (rs_interp_builtin_name (name, &bi))
    {
      *out = RS_VALUE_BUILTIN (bi);
      return TRUE;
    }
  if (g_str_equal (name, "NotImplemented") || g_str_equal (name, "Ellipsis"))
    {
      *out = name[0] == 'N' ? RS_VALUE_NOT_IMPLEMENTED : RS_VALUE_ELLIPSIS;
      return TRUE;
    }
  if (rs_interp_exc_class_named (name, out))
    return TRUE;
  return rs_interp_raise (self, line, "NameError", "name '%s' is not defined", name);
}

gboolean
rs_interp_load_name (RsInterp   *self,
                     const char *name,
                     guint       line,
                     RsValue    *out)
{
  RsFrame *f = self->frame;

  if (f->kind == RS_FRAME_FUNCTION && !scope_is_global (f->scope, name))
    {
      gint i = scope_index (f->scope, name);
      if (i >= 0 && RS_SCOPE_SLOT_KIND (f->scope, i) != RS_SCOPE_PLAIN)
        return rs_interp_load_deref (self, f, i, line, out);
      if (i >= 0)
        {
          if (f->locals[i] == RS_VALUE_ABSENT)
            return rs_interp_raise (self, line, "UnboundLocalError",
                                    "cannot access local variable '%s' where it is not associated with a value",
                                    name);
          *out = f->locals[i];
          rs_heap_incref (self->heap, *out);
          return TRUE;
        }
    }
  else if (f->kind == RS_FRAME_CLASS &&
           names_get (f->names, rs_interp_atom (self, name), out))
    {
      rs_heap_incref (self->heap, *out);
      return TRUE;
    }
  return load_global (self, name, line, out);
}

/* Stores the temporary @value under @name; ABSENT deletes (FALSE: unbound). */
gboolean
rs_interp_store_name (RsInterp   *self,
                      const char *name,
                      RsValue     value,
                      guint       line)
{
  RsFrame *f = self->frame;
  guint32 atom = rs_interp_atom (self, name);
  RsValue old;
  RsFrameId holder = f->id;

  if (f->kind == RS_FRAME_FUNCTION && !scope_is_global (f->scope, name))
    {
      gint i = scope_index (f->scope, name);
      g_assert (i >= 0);
      if (RS_SCOPE_SLOT_KIND (f->scope, i) != RS_SCOPE_PLAIN)
        return rs_interp_store_deref (self, f, i, value, line);
      old = f->locals[i];
      if (value == RS_VALUE_ABSENT && old == RS_VALUE_ABSENT)
        return rs_interp_raise (self, line, "UnboundLocalError",
                                "cannot access local variable '%s' where it is not associated with a value",
                                name);
      f->locals[i] = value;
    }
  else
    {
      RsNames *names = f->kind == RS_FRAME_CLASS ? f->names : &self->globals;
      if (f->kind != RS_FRAME_CLASS)
        holder = RS_GLOBAL_FRAME;
      names_set (names, atom, value, &old);
      if (value == RS_VALUE_ABSENT && old == RS_VALUE_ABSENT)
        return rs_interp_raise (self, line, "NameError", "name '%s' is not defined", name);
    }
  rs_heap_slot_event (self->heap, RS_EV_NAME_SET,
                      value != RS_VALUE_ABSENT ? RS_EVENT_FROM_TEMP : 0,
                      holder, atom, old, value);
  return TRUE;
}

/* Assignment targets */

static gboolean
store_attr (RsInterp     *self,
            const RsExpr *target,
            RsValue       value)
{
  RsValue owner;

  if (!rs_interp_eval (self, target->attr.value, &owner))
    {
      rs_heap_decref (self->heap, value);
      return FALSE;
    }
  /* STORE_ATTR carries the line where the attribute name ends */
  return rs_interp_setattr (self, owner, target->attr.name, value, target->end_line);
}

/* STORE_ATTR: @value moves in, then @owner is released. */
gboolean
rs_interp_setattr (RsInterp   *self,
                   RsValue     owner,
                   const char *name,
                   RsValue     value,
                   guint       line)
{
  RsObj *o = rs_heap_get_value (self->heap, owner);
  if (rs_interp_is_proxy (self, owner))
    {
      /* proxy_setattr: on the referent, held for the time of the store */
      RsValue referent;
      gboolean ok = rs_interp_proxy_referent (self, owner, line, &referent);
      if (ok)
        {
          rs_heap_incref (self->heap, referent);
          ok = rs_interp_setattr (self, referent, name, value, line);
        }
      else
        rs_heap_decref (self->heap, value);
      rs_heap_decref (self->heap, owner);
      return ok;
    }
  if (o != NULL && o->kind == RS_KIND_FINALIZER)
    {
      gboolean ok = rs_interp_finalizer_setattr (self, owner, name, value, line);
      rs_heap_decref (self->heap, value);
      rs_heap_decref (self->heap, owner);
      return ok;
    }
  if (o != NULL && (o->kind == RS_KIND_EXCEPTION || rs_interp_exc_is_attr (name))
      && rs_heap_exception_data (self->heap, owner) != NULL)
    return rs_interp_exc_setattr (self, owner, name, value, line);
  if (o == NULL || (o->kind != RS_KIND_INSTANCE && o->kind != RS_KIND_CLASS && o->kind != RS_KIND_FUNCTION
                    && o->kind != RS_KIND_WEAKDICT))
    {
      const char *type = rs_interp_type_name (self, owner);
      rs_heap_decref (self->heap, value);
      rs_heap_decref (self->heap, owner);
      return rs_interp_raise (self, line, "AttributeError",
                              "'%s' object has no attribute '%s'", type, name);
    }
  gboolean ok;
  if (o->kind == RS_KIND_WEAKDICT)
    ;   /* a Python instance of the weakref module: no properties, no slots */
  else if (rs_interp_property_set (self, o, owner, name, value, line, &ok)
           || !(ok = rs_interp_attr_storable (self, o, name, line)))
    {
      /* STORE_ATTR releases the value, then the owner */
      rs_heap_decref (self->heap, value);
      rs_heap_decref (self->heap, owner);
      return ok;
    }
  rs_heap_attr_set (self->heap, o->id, rs_interp_atom (self, name), value);
  rs_heap_decref (self->heap, owner);
  return TRUE;
}

static gboolean
store_subscript (RsInterp     *self,
                 const RsExpr *target,
                 RsValue       value)
{
  RsValue container, index;

  if (!rs_interp_eval (self, target->subscript.value, &container))
    {
      rs_heap_decref (self->heap, value);
      return FALSE;
    }
  if (!rs_interp_eval (self, target->subscript.index, &index))
    {
      rs_heap_decref (self->heap, container);
      rs_heap_decref (self->heap, value);
      return FALSE;
    }
  gboolean ok = rs_interp_setitem (self, container, index, value, target->line);
  rs_heap_decref (self->heap, container);
  rs_heap_decref (self->heap, index);
  return ok;
}

gboolean
rs_interp_check_unpackable (RsInterp *self,
                            RsValue   value,
                            guint     line)
{
  RsObj *o = rs_heap_get_value (self->heap, value);

  if (RS_VALUE_TAG (value) == RS_TAG_STR ||
      (o != NULL && (o->kind == RS_KIND_LIST || o->kind == RS_KIND_TUPLE ||
                     o->kind == RS_KIND_DICT || o->kind == RS_KIND_RANGE ||
                     o->kind == RS_KIND_ITERATOR)) ||
      (rs_interp_is_instance (self, value) && rs_interp_has_special (self, value, "__iter__")))
    return TRUE;
  const char *type = rs_interp_type_name (self, value);
  rs_heap_decref (self->heap, value);
  return rs_interp_raise (self, line, "TypeError", "cannot unpack non-iterable %s object", type);
}

/* The values of an unpacking, as new temporaries. */
static gboolean
unpack_values (RsInterp *self,
               RsValue   value,
               guint     n,
               guint     line,
               RsValue  *out)
{
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (RsValue));
  RsObj *obj;

  if (!rs_interp_check_unpackable (self, value, line))
    return FALSE;
  obj = rs_heap_get_value (self->heap, value);
  if ((obj != NULL && obj->kind == RS_KIND_ITERATOR) || rs_interp_is_instance (self, value))
    return rs_interp_unpack_iter (self, value, n, line, out);
  if (!rs_interp_iter_items (self, value, line, items))
    {
      rs_heap_decref (self->heap, value);
      return FALSE;
    }
  if (items->len != n)
    {
      guint got = items->len;
      rs_heap_decref (self->heap, value);
      if (got > n)
        return rs_interp_raise (self, line, "ValueError",
                                "too many values to unpack (expected %u)", n);
      return rs_interp_raise (self, line, "ValueError",
                              "not enough values to unpack (expected %u, got %u)", n, got);
    }
  for (guint i = 0; i < n; i++)
    {
      out[i] = g_array_index (items, RsValue, i);
      rs_heap_incref (self->heap, out[i]);
    }
  rs_heap_decref (self->heap, value);
  return TRUE;
}

static gboolean
store_values (RsInterp     *self,
              const RsExpr *target,
              RsValue      *values)
{
  for (guint i = 0; i < target->seq.n_items; i++)
    {
      if (!rs_interp_store_target (self, target->seq.items[i], values[i]))
        {
          for (guint j = i + 1; j < target->seq.n_items; j++)
            rs_heap_decref (self->heap, values[j]);
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
rs_interp_store_target (RsInterp     *self,
                        const RsExpr *target,
                        RsValue       value)
{
  switch (target->kind)
    {
    case RS_EXPR_NAME:
      return rs_interp_store_name (self, target->name.id, value, target->line);
    case RS_EXPR_ATTR:
      return store_attr (self, target, value);
    case RS_EXPR_SUBSCRIPT:
      if (target->subscript.index->kind == RS_EXPR_SLICE)
        return rs_interp_store_slice (self, target, value);
      return store_subscript (self, target, value);
    case RS_EXPR_TUPLE:
    case RS_EXPR_LIST:
      {
        guint n = target->seq.n_items;
        for (guint i = 0; i < n; i++)
          if (target->seq.items[i]->kind == RS_EXPR_STARRED)
            return rs_interp_unpack_starred (self, target, value);
        g_autofree RsValue *values = g_new0 (RsValue, MAX (n, 1));
        if (!unpack_values (self, value, n, target->line, values))
          return FALSE;
        return store_values (self, target, values);
      }
    default:
      rs_heap_decref (self->heap, value);
      return rs_interp_raise (self, target->line, "SyntaxError", "cannot assign to expression");
    }
}

/* `a, b` and `[a, b]` unpack alike */
static gboolean
is_sequence (const RsExpr *target)
{
  return target->kind == RS_EXPR_TUPLE || target->kind == RS_EXPR_LIST;
}

/* CPython 3.11's optimizer (apply_static_swaps) stores `a, b = x, y` and
 * `a, b, c = x, y, z` last target first when every target is a distinct
 * local name of a function and the values are not one folded constant.
 * A cell variable's STORE_DEREF is not swappable: the SWAP stays, and
 * the stores go first to last. */
static gboolean
stores_right_to_left (RsInterp     *self,
                      const RsStmt *s)
{
  const RsExpr *target = s->assign.targets[0];
  const RsExpr *value = s->assign.value;
  gboolean all_constant = TRUE;

  if (self->frame->kind != RS_FRAME_FUNCTION || s->assign.n_targets != 1 ||
      !is_sequence (target) || target->seq.n_items < 2 || target->seq.n_items > 3 ||
      value->seq.n_items != target->seq.n_items)
    return FALSE;
  for (guint i = 0; i < value->seq.n_items; i++)
    all_constant = all_constant && rs_expr_is_constant (value->seq.items[i]);
  if (all_constant)
    return FALSE;
  for (guint i = 0; i < target->seq.n_items; i++)
    {
      const RsExpr *t = target->seq.items[i];
      if (t->kind != RS_EXPR_NAME || scope_is_global (self->frame->scope, t->name.id))
        return FALSE;
      gint slot = scope_index (self->frame->scope, t->name.id);
      if (slot >= 0 && RS_SCOPE_SLOT_KIND (self->frame->scope, slot) != RS_SCOPE_PLAIN)
        return FALSE;
      for (guint j = 0; j < i; j++)
        if (target->seq.items[j]->name.id == t->name.id)
          return FALSE;
    }
  return TRUE;
}

/* `a, b = x, y` (as many plain targets as values, in every target): the
 * tuple CPython builds and unpacks at once changes no count */
static gboolean
unpacks_display (const RsStmt *s)
{
  const RsExpr *value = s->assign.value;

  if (value->kind != RS_EXPR_TUPLE)
    return FALSE;
  for (guint i = 0; i < value->seq.n_items; i++)
    if (value->seq.items[i]->kind == RS_EXPR_STARRED)
      return FALSE;
  for (guint t = 0; t < s->assign.n_targets; t++)
    {
      const RsExpr *target = s->assign.targets[t];
      if (!is_sequence (target) || target->seq.n_items != value->seq.n_items)
        return FALSE;
      for (guint i = 0; i < target->seq.n_items; i++)
        if (target->seq.items[i]->kind == RS_EXPR_STARRED)
          return FALSE;
    }
  return TRUE;
}

/* `a, b = x, y`: all values first, then the targets left to right */
static gboolean
exec_unpack_display (RsInterp     *self,
                     const RsStmt *s)
{
  const RsExpr *value = s->assign.value;
  guint n = value->seq.n_items;
  g_autofree RsValue *values = g_new0 (RsValue, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      if (!rs_interp_eval (self, value->seq.items[i], &values[i]))
        {
          for (guint j = i; j > 0; j--)
            rs_heap_decref (self->heap, values[j - 1]);
          return FALSE;
        }
    }
  if (stores_right_to_left (self, s))
    {
      const RsExpr *target = s->assign.targets[0];
      for (guint i = n; i > 0; i--)
        if (!rs_interp_store_name (self, target->seq.items[i - 1]->name.id, values[i - 1], target->line))
          {
            for (guint j = i - 1; j > 0; j--)
              rs_heap_decref (self->heap, values[j - 1]);
            return FALSE;
          }
      return TRUE;
    }
  for (guint t = 0; t < s->assign.n_targets; t++)
    {
      const RsExpr *target = s->assign.targets[t];
      gboolean last = t + 1 == s->assign.n_targets;
      g_assert (is_sequence (target) && target->seq.n_items == n);
      if (!last)
        for (guint i = 0; i < n; i++)
          rs_heap_incref (self->heap, values[i]);
      if (!store_values (self, target, values))
        {
          if (!last)
            for (guint i = n; i > 0; i--)
              rs_heap_decref (self->heap, values[i - 1]);
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
rs_interp_exec_assign (RsInterp     *self,
                       const RsStmt *s)
{
  RsValue value;

  if (unpacks_display (s))
    return exec_unpack_display (self, s);
  if (!rs_interp_eval (self, s->assign.value, &value))
    return FALSE;
  for (guint t = 0; t < s->assign.n_targets; t++)
    {
      gboolean last = t + 1 == s->assign.n_targets;
      if (!last)
        rs_heap_incref (self->heap, value);   /* DUP_TOP */
      if (!rs_interp_store_target (self, s->assign.targets[t], value))
        {
          if (!last)
            rs_heap_decref (self->heap, value);
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
rs_interp_exec_del_target (RsInterp     *self,
                           const RsExpr *target)
{
  RsValue owner, index;

  switch (target->kind)
    {
    case RS_EXPR_NAME:
      return rs_interp_store_name (self, target->name.id, RS_VALUE_ABSENT, target->line);
    case RS_EXPR_ATTR:
      {
        if (!rs_interp_eval (self, target->attr.value, &owner))
          return FALSE;
        /* DELETE_ATTR carries the line where the attribute name ends */
        gboolean ok = rs_interp_delattr (self, owner, target->attr.name, target->end_line);
        rs_heap_decref (self->heap, owner);
        return ok;
      }
    case RS_EXPR_SUBSCRIPT:
      {
        if (target->subscript.index->kind == RS_EXPR_SLICE)
          return rs_interp_del_slice (self, target);
        if (!rs_interp_eval (self, target->subscript.value, &owner))
          return FALSE;
        if (!rs_interp_eval (self, target->subscript.index, &index))
          {
            rs_heap_decref (self->heap, owner);
            return FALSE;
          }
        gboolean ok = rs_interp_delitem (self, owner, index, target->line);
        rs_heap_decref (self->heap, owner);
        rs_heap_decref (self->heap, index);
        return ok;
      }
    case RS_EXPR_TUPLE:
    case RS_EXPR_LIST:
      for (guint i = 0; i < target->seq.n_items; i++)
        if (!rs_interp_exec_del_target (self, target->seq.items[i]))
          return FALSE;
      return TRUE;
    default:
      return rs_interp_raise (self, target->line, "SyntaxError", "cannot delete expression");
    }
}
