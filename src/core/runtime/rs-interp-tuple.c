/* rs-interp-tuple.c: tuple displays, tuple() and the tuple operators
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A display of constants is one constant of its code object in CPython
 * (the AST optimizer folds it, the compiler merges equal constants): it
 * is made once per code object and kept, so `is` and id() see one object.
 * Any other display is BUILD_TUPLE: the items first, then the tuple.
 */
#include "rs-interp-private.h"

#include <string.h>

gboolean
rs_interp_is_constant (const RsExpr *e)
{
  switch ((int) e->kind)
    {
    case RS_EXPR_NONE:
    case RS_EXPR_TRUE:
    case RS_EXPR_FALSE:
    case RS_EXPR_ELLIPSIS:
    case RS_EXPR_INT:
    case RS_EXPR_FLOAT:
    case RS_EXPR_STR:
      return TRUE;
    case RS_EXPR_NEG:
    case RS_EXPR_POS:
    case RS_EXPR_INVERT:
    case RS_EXPR_NOT:
      return rs_interp_is_constant (e->unary.operand);
    case RS_EXPR_BINOP:
      return rs_interp_is_constant (e->binop.left) && rs_interp_is_constant (e->binop.right);
    case RS_EXPR_TUPLE:
      for (guint i = 0; i < e->seq.n_items; i++)
        if (!rs_interp_is_constant (e->seq.items[i]))
          return FALSE;
      return TRUE;
    default:
      return FALSE;
    }
}

/* The code object running now, as a key: a function's scope, the module,
 * or a class body's frame */
static gconstpointer
current_code (RsInterp *self)
{
  if (self->frame->kind == RS_FRAME_FUNCTION)
    return self->frame->scope;
  return self->frame;
}

static gboolean
eval_items (RsInterp     *self,
            const RsExpr *e,
            RsValue      *items)
{
  for (guint i = 0; i < e->seq.n_items; i++)
    if (!rs_interp_eval (self, e->seq.items[i], &items[i]))
      {
        for (guint j = i; j > 0; j--)
          rs_heap_decref (self->heap, items[j - 1]);
        return FALSE;
      }
  return TRUE;
}

/* The folded constant: one per code object and value (the repr tells
 * True from 1, as CPython's constant keys do) */
static gboolean
eval_constant (RsInterp     *self,
               const RsExpr *e,
               RsValue      *items,
               RsValue      *out)
{
  g_autoptr(GString) key = g_string_new (NULL);
  RsObjId t = rs_heap_new_tuple (self->heap, items, e->seq.n_items);
  gpointer known;

  rs_interp_repr (self, RS_VALUE_OBJECT (t), key);
  g_string_append_printf (key, "@%p", current_code (self));
  if (self->tuple_constants == NULL)
    self->tuple_constants = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  known = g_hash_table_lookup (self->tuple_constants, key->str);
  if (known != NULL)
    {
      rs_heap_decref (self->heap, RS_VALUE_OBJECT (t));
      *out = RS_VALUE_OBJECT (GPOINTER_TO_UINT (known));
      rs_heap_incref (self->heap, *out);
      return TRUE;
    }
  /* the code object's reference: kept for the whole session */
  g_hash_table_insert (self->tuple_constants, g_strdup (key->str), GUINT_TO_POINTER (t));
  rs_heap_incref (self->heap, RS_VALUE_OBJECT (t));
  *out = RS_VALUE_OBJECT (t);
  return TRUE;
}

/* Whether `*v` can be walked: its type has __iter__ or __getitem__
 * (else LIST_EXTEND's TypeError) */
gboolean
rs_interp_star_iterable (RsInterp *self,
                         RsValue   v,
                         guint     line)
{
  RsObj *o = rs_heap_get_value (self->heap, v);
  gboolean ok;

  if (rs_interp_is_instance (self, v))
    ok = rs_interp_has_special (self, v, "__iter__") || rs_interp_has_special (self, v, "__getitem__");
  else
    ok = RS_VALUE_TAG (v) == RS_TAG_STR ||
         (o != NULL && (o->kind == RS_KIND_LIST || o->kind == RS_KIND_TUPLE || o->kind == RS_KIND_DICT ||
                        o->kind == RS_KIND_RANGE || o->kind == RS_KIND_ITERATOR));
  return ok || rs_interp_raise (self, line, "TypeError", "Value after * must be an iterable, not %s",
                                rs_interp_type_name (self, v));
}

/* `(a, *s, b)`: CPython's own list of the items (untraced), then the
 * tuple of them (LIST_TO_TUPLE); an error releases the iterable, then the
 * items, the last first */
static gboolean
eval_starred (RsInterp     *self,
              const RsExpr *e,
              RsValue      *out)
{
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (RsValue));

  for (guint i = 0; i < e->seq.n_items; i++)
    {
      const RsExpr *x = e->seq.items[i];
      gboolean starred = x->kind == RS_EXPR_STARRED;
      RsValue v, item;
      RsForState st;
      if (!rs_interp_eval (self, starred ? x->unary.operand : x, &v))
        {
          rs_interp_release_top_first (self, (RsValue *) items->data, items->len);
          return FALSE;
        }
      if (!starred)
        {
          g_array_append_val (items, v);
          continue;
        }
      gboolean ok = rs_interp_star_iterable (self, v, e->line);
      if (ok)
        ok = rs_interp_length_hint (self, v, e->line);
      if (ok)
        {
          rs_heap_incref (self->heap, v);
          ok = rs_interp_iter_begin (self, v, e->line, &st);
          while (ok && rs_interp_iter_next (self, &st, &item))
            g_array_append_val (items, item);
          if (ok)
            rs_interp_iter_end (self, &st);
          ok = ok && !self->err_set;
        }
      rs_heap_decref (self->heap, v);
      if (!ok)
        {
          rs_interp_release_top_first (self, (RsValue *) items->data, items->len);
          return FALSE;
        }
    }
  *out = rs_interp_tuple_of (self, (RsValue *) items->data, items->len);
  rs_interp_release_top_first (self, (RsValue *) items->data, items->len);
  return TRUE;
}

gboolean
rs_interp_eval_tuple (RsInterp     *self,
                      const RsExpr *e,
                      RsValue      *out)
{
  guint n = e->seq.n_items;
  g_autofree RsValue *items = g_new (RsValue, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    if (e->seq.items[i]->kind == RS_EXPR_STARRED)
      return eval_starred (self, e, out);

  if (!eval_items (self, e, items))
    return FALSE;
  if (n == 0)
    {
      *out = rs_interp_tuple_of (self, NULL, 0);
      return TRUE;
    }
  if (rs_interp_is_constant (e))
    return eval_constant (self, e, items, out);
  *out = RS_VALUE_OBJECT (rs_heap_new_tuple (self->heap, items, n));
  return TRUE;
}

gboolean
rs_interp_is_tuple (RsInterp *self,
                    RsValue   v)
{
  RsObj *o = rs_heap_get_value (self->heap, v);

  return o != NULL && o->kind == RS_KIND_TUPLE;
}

/* A new tuple of (new references to) @items; the empty tuple is one
 * object, made once */
RsValue
rs_interp_tuple_of (RsInterp      *self,
                    const RsValue *items,
                    guint          n)
{
  if (n == 0)
    {
      if (self->empty_tuple == 0)
        self->empty_tuple = rs_heap_new_tuple (self->heap, NULL, 0);
      rs_heap_incref (self->heap, RS_VALUE_OBJECT (self->empty_tuple));
      return RS_VALUE_OBJECT (self->empty_tuple);
    }
  for (guint i = 0; i < n; i++)
    rs_heap_incref (self->heap, items[i]);
  return RS_VALUE_OBJECT (rs_heap_new_tuple (self->heap, items, n));
}

/* tuple(x): x itself when it is a tuple (PySequence_Tuple) */
gboolean
rs_interp_builtin_tuple (RsInterp *self,
                         RsValue  *args,
                         guint     n_args,
                         guint     line,
                         RsValue  *out)
{
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (RsValue));

  if (n_args == 0)
    {
      *out = rs_interp_tuple_of (self, NULL, 0);
      return TRUE;
    }
  if (rs_interp_is_tuple (self, args[0]))
    {
      *out = args[0];
      rs_heap_incref (self->heap, *out);
      return TRUE;
    }
  if ((rs_heap_get_value (self->heap, args[0]) != NULL &&
       rs_heap_get_value (self->heap, args[0])->kind == RS_KIND_ITERATOR) ||
      (rs_interp_is_instance (self, args[0]) && rs_interp_has_special (self, args[0], "__iter__")))
    {
      /* an iterator's, a view's or __next__'s items are new references */
      if (!rs_interp_iter_collect (self, args[0], line, items))
        return FALSE;
      *out = items->len == 0 ? rs_interp_tuple_of (self, NULL, 0)
                             : RS_VALUE_OBJECT (rs_heap_new_tuple (self->heap, (RsValue *) (gpointer) items->data,
                                                                   items->len));
      return TRUE;
    }
  if (!rs_interp_iter_items (self, args[0], line, items))
    return FALSE;
  *out = rs_interp_tuple_of (self, (RsValue *) (gpointer) items->data, items->len);
  return TRUE;
}

gboolean
rs_interp_tuple_getitem (RsInterp *self,
                         RsValue   tuple,
                         RsValue   index,
                         guint     line,
                         RsValue  *out)
{
  const RsList *l = rs_heap_tuple_items (self->heap, RS_VALUE_OBJECT_ID (tuple));
  gint64 i;

  if (!rs_interp_special_index (self, index, line, &index))
    return FALSE;
  if (!rs_interp_get_index (self, index, &i))
    return rs_interp_raise (self, line, "TypeError", "tuple indices must be integers or slices, not %s",
                            rs_interp_type_name (self, index));
  if (i < 0)
    i += l->len;
  if (i < 0 || i >= (gint64) l->len)
    return rs_interp_raise (self, line, "IndexError", "tuple index out of range");
  *out = l->items[i];
  rs_heap_incref (self->heap, *out);
  return TRUE;
}

/* tupleconcat and tuplerepeat: FALSE when neither applies.  An exact
 * tuple that would be copied unchanged is returned itself. */
gboolean
rs_interp_tuple_binop (RsInterp *self,
                       RsBinOp   op,
                       RsValue   a,
                       RsValue   b,
                       guint     line,
                       RsValue  *out)
{
  gboolean ta = rs_interp_is_tuple (self, a), tb = rs_interp_is_tuple (self, b);

  if (op == RS_BIN_ADD && ta && tb)
    {
      const RsList *x = rs_heap_tuple_items (self->heap, RS_VALUE_OBJECT_ID (a));
      const RsList *y = rs_heap_tuple_items (self->heap, RS_VALUE_OBJECT_ID (b));

      if (x->len == 0 || y->len == 0)
        {
          *out = x->len == 0 ? b : a;
          rs_heap_incref (self->heap, *out);
          return TRUE;
        }
      *out = RS_VALUE_ABSENT;
      if (!rs_interp_reserve (self, line, (guint64) x->len + y->len, 2 * sizeof (RsValue), 1))
        return TRUE;
      g_autofree RsValue *items = g_new (RsValue, x->len + y->len);
      memcpy (items, x->items, x->len * sizeof (RsValue));
      memcpy (items + x->len, y->items, y->len * sizeof (RsValue));
      *out = rs_interp_tuple_of (self, items, x->len + y->len);
      return TRUE;
    }
  if (op == RS_BIN_MUL && tb && !ta)
    return rs_interp_tuple_binop (self, op, b, a, line, out);
  gint64 times;
  if (op != RS_BIN_MUL || !ta || !rs_interp_repeat_count (self, b, &times))
    return FALSE;

  const RsList *x = rs_heap_tuple_items (self->heap, RS_VALUE_OBJECT_ID (a));
  times = MAX (0, times);

  if (x->len == 0 || times == 1)
    {
      *out = a;
      rs_heap_incref (self->heap, *out);
      return TRUE;
    }
  /* tuplerepeat: past Py_ssize_t, or past the budget, MemoryError */
  *out = RS_VALUE_ABSENT;
  if (times > 0 && !rs_interp_reserve (self, line, (guint64) times,
                                       2 * x->len * sizeof (RsValue), 1))
    return TRUE;
  g_autoptr(GArray) items = g_array_sized_new (FALSE, FALSE, sizeof (RsValue), x->len * times);
  for (gint64 t = 0; t < times; t++)
    g_array_append_vals (items, x->items, x->len);
  *out = rs_interp_tuple_of (self, (RsValue *) (gpointer) items->data, items->len);
  return TRUE;
}
