/* rs-interp-inplace.c: augmented assignment and the operators that work in place
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `x op= y` as CPython 3.11 compiles it (compiler_augassign): the target's
 * object and key are evaluated once, the old value is read, the operator
 * runs in place where the type has one (a list's += and *=, a dict's |=),
 * and the result is stored back; the stack releases its temporaries in the
 * order of BINARY_OP, STORE_ATTR and STORE_SUBSCR.  `d | e` is here too:
 * the traced dict of the oracle copies d, then updates the copy.
 */
#include "rs-interp-private.h"
#include "rs-interp-weakdict.h"

#include <errno.h>
#include <string.h>

static gboolean
is_kind (RsInterp  *self,
         RsValue    v,
         RsObjKind  kind)
{
  RsObj *o = rs_heap_get_value (self->heap, v);
  return o != NULL && o->kind == kind;
}

gboolean
rs_interp_dict_or (RsInterp *self,
                   RsValue   a,
                   RsValue   b,
                   guint     line,
                   RsValue  *out)
{
  g_assert (is_kind (self, a, RS_KIND_DICT) && is_kind (self, b, RS_KIND_DICT));
  /* the oracle's _D.__or__ is a frame of its own, which calls _D(self) */
  self->depth++;
  gboolean room = rs_interp_alloc_room (self, RS_KIND_DICT, 0, &a, 1, FALSE, line);
  self->depth--;
  if (!room)
    {
      /* that frame stays in the traceback with self and other */
      RsValue locals[2] = { a, b };
      rs_interp_hold_until_error (self, locals, 2);
      return FALSE;
    }
  RsObjId d = rs_heap_new_dict (self->heap);
  if (!rs_interp_dict_update (self, d, RS_VALUE_OBJECT_ID (a), line) ||
      !rs_interp_dict_update (self, d, RS_VALUE_OBJECT_ID (b), line))
    {
      rs_heap_decref (self->heap, RS_VALUE_OBJECT (d));
      return FALSE;
    }
  *out = RS_VALUE_OBJECT (d);
  return TRUE;
}

/* list_inplace_repeat */
static gboolean
list_repeat (RsInterp *self,
             RsObjId   list,
             RsValue   n,
             guint     line)
{
  RsList *l = rs_heap_get (self->heap, list)->data;

  if (!rs_interp_is_int (n))
    return rs_interp_raise (self, line, "TypeError", "can't multiply sequence by non-int of type '%s'",
                            rs_interp_type_name (self, n));
  gint64 times;
  if (!rs_interp_repeat_count (self, n, &times))
    return rs_interp_raise (self, line, "OverflowError", "cannot fit 'int' into an index-sized integer");
  if (times <= 0 || l->len == 0)
    {
      rs_heap_list_clear (self->heap, list);
      return TRUE;
    }
  /* the list's items are guint-indexed; past that, or past the budget,
   * MemoryError as CPython's past PY_SSIZE_T_MAX or a failed malloc */
  if ((guint64) times > G_MAXINT32 / l->len)
    return rs_interp_raise (self, line, "MemoryError", "%s", "");
  if (!rs_interp_reserve (self, line, (guint64) times - 1, l->len * sizeof (RsValue), 0))
    return FALSE;
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (RsValue));
  g_array_append_vals (items, l->items, l->len);
  for (gint64 t = 1; t < times; t++)
    rs_interp_list_extend (self, list, items);
  return TRUE;
}

/* Python says `+=` where the plain operator says `+` */
static void
name_inplace_operator (RsInterp *self)
{
  static const char prefix[] = "unsupported operand type(s) for ";
  const char *m = self->err_message;

  if (m == NULL || strcmp (self->err_kind, "TypeError") != 0 || !g_str_has_prefix (m, prefix))
    return;
  const char *colon = strchr (m + strlen (prefix), ':');
  if (colon == NULL)
    return;
  g_autofree char *symbol = g_strndup (m + strlen (prefix), colon - m - strlen (prefix));
  if (strcmp (symbol, "** or pow()") == 0)
    symbol[2] = '\0';
  char *renamed = g_strdup_printf ("%s%s=%s", prefix, symbol, colon);
  g_free (self->err_message);
  self->err_message = renamed;
}

gboolean
rs_interp_inplace_op (RsInterp *self,
                      RsBinOp   op,
                      RsValue   a,
                      RsValue   b,
                      guint     line,
                      RsValue  *out)
{
  if (is_kind (self, a, RS_KIND_LIST) && (op == RS_BIN_ADD || op == RS_BIN_MUL))
    {
      RsObjId list = RS_VALUE_OBJECT_ID (a);
      if (op == RS_BIN_ADD)
        {
          /* list_extend: any iterable, the list itself too */
          if (!rs_interp_list_fill (self, list, b, line))
            return FALSE;
        }
      else if (!list_repeat (self, list, b, line))
        return FALSE;
      rs_heap_incref (self->heap, a);
      *out = a;
      return TRUE;
    }
  if (is_kind (self, a, RS_KIND_DICT) && op == RS_BIN_OR)
    {
      RsObjId dict = RS_VALUE_OBJECT_ID (a);
      if (is_kind (self, b, RS_KIND_DICT))
        {
          if (!rs_interp_dict_update (self, dict, RS_VALUE_OBJECT_ID (b), line))
            return FALSE;
        }
      else if (rs_interp_has_keys (self, b) ? !rs_interp_mapping_merge (self, dict, b, line)
                                            : !rs_interp_dict_update_pairs (self, dict, b, line))
        return FALSE;
      rs_heap_incref (self->heap, a);
      *out = a;
      return TRUE;
    }
  if (rs_interp_weakset_binop (self, op, a, b, TRUE, line, out)
      || rs_interp_weakdict_or (self, op, a, b, TRUE, line, out))
    return *out != RS_VALUE_ABSENT;
  if (rs_interp_is_instance (self, a) ? rs_interp_special_inplace (self, op, a, b, line, out)
                                     : rs_interp_binop (self, op, a, b, line, out))
    return TRUE;
  name_inplace_operator (self);
  return FALSE;
}

/* BINARY_OP (inplace): both operands are released after the operator,
 * whether it worked or not. */
static gboolean
apply (RsInterp     *self,
       const RsStmt *s,
       RsValue       left,
       RsValue       right,
       RsValue      *result)
{
  if (rs_interp_weakset_is (self, left))
    self->call_col = s->col;   /* where the oracle rejects `s |= t` of WeakSets */
  gboolean ok = rs_interp_inplace_op (self, s->augassign.op, left, right, s->line, result);

  rs_heap_decref (self->heap, left);
  rs_heap_decref (self->heap, right);
  return ok;
}

static gboolean
augassign_name (RsInterp     *self,
                const RsStmt *s)
{
  const RsExpr *target = s->augassign.target;
  RsValue left, right, result;

  if (!rs_interp_load_name (self, target->name.id, target->line, &left))
    return FALSE;
  if (!rs_interp_eval (self, s->augassign.value, &right))
    {
      rs_heap_decref (self->heap, left);
      return FALSE;
    }
  if (!apply (self, s, left, right, &result))
    return FALSE;
  return rs_interp_store_name (self, target->name.id, result, target->line);
}

/* a.x op= v: LOAD a; COPY 1; LOAD_ATTR x; v; BINARY_OP; SWAP 2; STORE_ATTR x */
static gboolean
augassign_attr (RsInterp     *self,
                const RsStmt *s)
{
  const RsExpr *target = s->augassign.target;
  RsValue owner, left, right, result;

  if (!rs_interp_eval (self, target->attr.value, &owner))
    return FALSE;
  if (!rs_interp_getattr (self, owner, target->attr.name, target->end_line, &left))
    {
      rs_heap_decref (self->heap, owner);
      return FALSE;
    }
  if (!rs_interp_eval (self, s->augassign.value, &right))
    {
      rs_heap_decref (self->heap, left);
      rs_heap_decref (self->heap, owner);
      return FALSE;
    }
  if (!apply (self, s, left, right, &result))
    {
      rs_heap_decref (self->heap, owner);
      return FALSE;
    }
  return rs_interp_setattr (self, owner, target->attr.name, result, target->end_line);
}

/* d[k] op= v: LOAD d; LOAD k; COPY 2; COPY 2; BINARY_SUBSCR; v; BINARY_OP;
 * SWAP 3; SWAP 2; STORE_SUBSCR */
static gboolean
augassign_subscript (RsInterp     *self,
                     const RsStmt *s)
{
  const RsExpr *target = s->augassign.target;
  RsValue container, index, left, right, result;
  gboolean ok;

  if (!rs_interp_eval (self, target->subscript.value, &container))
    return FALSE;
  if (!rs_interp_eval (self, target->subscript.index, &index))
    {
      rs_heap_decref (self->heap, container);
      return FALSE;
    }
  ok = rs_interp_getitem (self, container, index, target->line, &left);
  if (ok && !rs_interp_eval (self, s->augassign.value, &right))
    {
      rs_heap_decref (self->heap, left);
      ok = FALSE;
    }
  else if (ok)
    ok = apply (self, s, left, right, &result);
  if (!ok)
    {
      /* the unwinding stack: the key first */
      rs_heap_decref (self->heap, index);
      rs_heap_decref (self->heap, container);
      return FALSE;
    }
  /* STORE_SUBSCR releases the container, then the key, failing or not */
  ok = rs_interp_setitem (self, container, index, result, target->line);
  rs_heap_decref (self->heap, container);
  rs_heap_decref (self->heap, index);
  return ok;
}

gboolean
rs_interp_exec_augassign (RsInterp     *self,
                          const RsStmt *s)
{
  switch (s->augassign.target->kind)
    {
    case RS_EXPR_NAME:
      return augassign_name (self, s);
    case RS_EXPR_ATTR:
      return augassign_attr (self, s);
    case RS_EXPR_SUBSCRIPT:
      return augassign_subscript (self, s);
    default:
      g_assert_not_reached ();
    }
}
