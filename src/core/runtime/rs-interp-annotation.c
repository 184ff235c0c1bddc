/* rs-interp-annotation.c: annotations and annotated assignment
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As CPython 3.11 compiles them: an annotated assignment's annotation is
 * evaluated only in a module or a class body (compiler_annassign), where a
 * plain name's stays in __annotations__ for good; a def's are evaluated
 * when the def runs and kept by the function (rs_interp_make_function).
 *
 * An annotation is names, constants, attributes, subscripts, tuples and
 * `|` (the checker lets nothing else through), evaluated as any
 * expression, but for what only types do: a generic builtin subscripted
 * (list[Foo]) is a types.GenericAlias holding its arguments, and `|` of
 * two types (or None) a types.UnionType holding both.  The model makes no
 * object for them: it keeps what they hold, which is all the trace can see
 * of them.  Passing one on to script code (m[list[int]]) is rejected.
 */
#include "rs-interp-private.h"

#include <string.h>

/* An annotation's value: one owned value, or (alias) the owned values a
 * GenericAlias or UnionType holds, at the end of held */
static gboolean eval_ann (RsInterp *self, const RsExpr *e, GArray *held, gboolean *alias);

static void
release_from (RsInterp *self,
              GArray   *held,
              guint     first)
{
  rs_interp_release_top_first (self, &g_array_index (held, RsValue, first), held->len - first);
  g_array_set_size (held, first);
}

static gboolean
reject_alias (RsInterp     *self,
              const RsExpr *e,
              GArray       *held,
              guint         first)
{
  release_from (self, held, first);
  return rs_interp_reject (self, e->line, "a generic alias or a union (list[int], int | None) "
                           "used as a value is not in the subset; use it only as an annotation");
}

/* Whether @e makes no GenericAlias or UnionType: plain evaluation */
static gboolean
is_plain (const RsExpr *e)
{
  switch ((int) e->kind)
    {
    case RS_EXPR_SUBSCRIPT:
    case RS_EXPR_BINOP:
      return FALSE;
    case RS_EXPR_ATTR:
      return is_plain (e->attr.value);
    case RS_EXPR_TUPLE:
      for (guint i = 0; i < e->seq.n_items; i++)
        if (!is_plain (e->seq.items[i]))
          return FALSE;
      return TRUE;
    default:
      return TRUE;
    }
}

/* The builtins with __class_getitem__ (and type, which type_getitem
 * serves) */
static gboolean
is_generic (RsValue v)
{
  static const RsBuiltinId generics[] = {
    RS_BI_LIST, RS_BI_DICT, RS_BI_TUPLE, RS_BI_TYPE, RS_BI_ENUMERATE, RS_BI_WEAKREF_REF,
    RS_BI_WEAKREF_WEAKMETHOD, RS_BI_WEAKREF_WEAKSET, RS_BI_WEAKREF_WEAKKEYDICT,
    RS_BI_WEAKREF_WEAKVALUEDICT,
  };

  for (guint i = 0; RS_VALUE_TAG (v) == RS_TAG_BUILTIN && i < G_N_ELEMENTS (generics); i++)
    if (RS_VALUE_PAYLOAD (v) == generics[i])
      return TRUE;
  return FALSE;
}

static gboolean
is_type (RsInterp *self,
         RsValue   v)
{
  return is_generic (v) || strcmp (rs_interp_type_name (self, v), "type") == 0;
}

/* type @t's __name__ */
static const char *
type_name (RsInterp *self,
           RsValue   t)
{
  RsObj *o = rs_heap_get_value (self->heap, t);
  guint exc;

  if (o != NULL && o->kind == RS_KIND_CLASS)
    return rs_atoms_get (self->atoms, ((RsClassData *) o->data)->name, NULL);
  if (rs_interp_exc_class_of (t, &exc))
    return rs_interp_exc_class_name (exc);
  return rs_value_builtin_str (RS_VALUE_PAYLOAD (t));
}

/* (a, b): a tuple, or the alias of the aliases it holds */
static gboolean
eval_tuple (RsInterp     *self,
            const RsExpr *e,
            GArray       *held,
            gboolean     *alias)
{
  guint first = held->len;
  gboolean any = FALSE, item_alias;

  for (guint i = 0; i < e->seq.n_items; i++)
    {
      if (!eval_ann (self, e->seq.items[i], held, &item_alias))
        {
          release_from (self, held, first);
          return FALSE;
        }
      any = any || item_alias;
    }
  *alias = any;
  if (any)
    return TRUE;
  RsValue t = RS_VALUE_OBJECT (rs_heap_new_tuple (self->heap, &g_array_index (held, RsValue, first),
                                                  held->len - first));
  g_array_set_size (held, first);
  g_array_append_val (held, t);
  return TRUE;
}

/* The end of an operation on @a and @b (released, @a first): its
 * result @out, if @ok, joins @held */
static gboolean
push_result (RsInterp *self,
             GArray   *held,
             gboolean  ok,
             RsValue   out,
             RsValue   a,
             RsValue   b,
             gboolean *alias)
{
  rs_heap_decref (self->heap, a);
  rs_heap_decref (self->heap, b);
  if (ok)
    g_array_append_val (held, out);
  *alias = FALSE;
  return ok;
}

/* x[i]: a GenericAlias of a generic builtin, the TypeError of another
 * type, else BINARY_SUBSCR */
static gboolean
eval_subscript (RsInterp     *self,
                const RsExpr *e,
                GArray       *held,
                gboolean     *alias)
{
  guint first = held->len;
  gboolean base_alias, index_alias;
  RsValue base, index, out = RS_VALUE_ABSENT;

  if (!eval_ann (self, e->subscript.value, held, &base_alias))
    return FALSE;
  if (base_alias)
    return reject_alias (self, e, held, first);
  base = g_array_index (held, RsValue, first);
  if (!eval_ann (self, e->subscript.index, held, &index_alias))
    {
      release_from (self, held, first);
      return FALSE;
    }
  if (is_generic (base))
    {
      /* the alias holds the builtin (no reference the trace sees) and
       * its arguments */
      *alias = TRUE;
      return TRUE;
    }
  if (is_type (self, base))
    {
      /* BINARY_SUBSCR releases the container, then the index */
      rs_interp_raise (self, e->line, "TypeError", "type '%s' is not subscriptable", type_name (self, base));
      rs_heap_decref (self->heap, base);
      g_array_remove_index (held, first);
      release_from (self, held, first);
      return FALSE;
    }
  if (index_alias)
    return reject_alias (self, e, held, first);
  index = g_array_index (held, RsValue, first + 1);
  g_array_set_size (held, first);
  gboolean ok = rs_interp_getitem (self, base, index, e->line, &out);
  return push_result (self, held, ok, out, base, index, alias);
}

/* _Py_union_type_or: None, types and aliases make a union */
static gboolean
is_unionable (RsInterp *self,
              GArray   *held,
              guint     at,
              gboolean  alias)
{
  return alias || g_array_index (held, RsValue, at) == RS_VALUE_NONE
         || is_type (self, g_array_index (held, RsValue, at));
}

/* a | b: a UnionType of two types (not of two Nones), else BINARY_OP */
static gboolean
eval_or (RsInterp     *self,
         const RsExpr *e,
         GArray       *held,
         gboolean     *alias)
{
  guint first = held->len, second;
  gboolean left_alias, right_alias;
  RsValue left, right, out = RS_VALUE_ABSENT;

  g_assert (e->binop.op == RS_BIN_OR);
  if (!eval_ann (self, e->binop.left, held, &left_alias))
    return FALSE;
  second = held->len;
  if (!eval_ann (self, e->binop.right, held, &right_alias))
    {
      release_from (self, held, first);
      return FALSE;
    }
  if (is_unionable (self, held, first, left_alias) && is_unionable (self, held, second, right_alias)
      && (left_alias || right_alias || g_array_index (held, RsValue, first) != RS_VALUE_NONE
          || g_array_index (held, RsValue, second) != RS_VALUE_NONE))
    {
      *alias = TRUE;
      return TRUE;
    }
  if (left_alias || right_alias)
    return reject_alias (self, e, held, first);
  left = g_array_index (held, RsValue, first);
  right = g_array_index (held, RsValue, second);
  g_array_set_size (held, first);
  gboolean ok = rs_interp_binop (self, RS_BIN_OR, left, right, e->line, &out);
  return push_result (self, held, ok, out, left, right, alias);
}

static gboolean
eval_ann (RsInterp     *self,
          const RsExpr *e,
          GArray       *held,
          gboolean     *alias)
{
  RsValue v, out;
  gboolean value_alias;
  guint first;

  *alias = FALSE;
  if (is_plain (e))
    {
      if (!rs_interp_eval (self, e, &v))
        return FALSE;
      g_array_append_val (held, v);
      return TRUE;
    }
  switch ((int) e->kind)
    {
    case RS_EXPR_SUBSCRIPT:
      return eval_subscript (self, e, held, alias);
    case RS_EXPR_BINOP:
      return eval_or (self, e, held, alias);
    case RS_EXPR_TUPLE:
      return eval_tuple (self, e, held, alias);
    case RS_EXPR_ATTR:
      first = held->len;
      if (!eval_ann (self, e->attr.value, held, &value_alias))
        return FALSE;
      if (value_alias)
        return reject_alias (self, e, held, first);
      v = g_array_index (held, RsValue, held->len - 1);
      g_array_set_size (held, held->len - 1);
      gboolean ok = rs_interp_getattr (self, v, e->attr.name, e->end_line, &out);
      rs_heap_decref (self->heap, v);
      if (ok)
        g_array_append_val (held, out);
      return ok;
    default:
      g_assert_not_reached ();
    }
}

gboolean
rs_interp_eval_annotation (RsInterp     *self,
                           const RsExpr *e,
                           GArray       *keep)
{
  g_autoptr(GArray) dropped = keep == NULL ? g_array_new (FALSE, FALSE, sizeof (RsValue)) : NULL;
  gboolean alias;

  if (keep == NULL)
    {
      if (!eval_ann (self, e, dropped, &alias))
        return FALSE;
      release_from (self, dropped, 0);
      return TRUE;
    }
  return eval_ann (self, e, keep, &alias);
}

/* __annotations__[name] = what @fresh holds, in the namespace of @key:
 * the new value stored, then the old one released */
static void
store_annotation (RsInterp *self,
                  guint64   key,
                  GArray   *fresh)
{
  g_autoptr(GArray) old = g_array_new (FALSE, FALSE, sizeof (RsValue));

  if (self->annotations == NULL)
    {
      self->annotations = g_array_new (FALSE, FALSE, sizeof (RsValue));
      self->annotation_keys = g_array_new (FALSE, FALSE, sizeof (guint64));
    }
  for (guint i = 0; i < self->annotations->len; i++)
    if (g_array_index (self->annotation_keys, guint64, i) == key)
      {
        g_array_append_val (old, g_array_index (self->annotations, RsValue, i));
        g_array_remove_index (self->annotations, i);
        g_array_remove_index (self->annotation_keys, i--);
      }
  for (guint i = 0; i < fresh->len; i++)
    {
      g_array_append_val (self->annotations, g_array_index (fresh, RsValue, i));
      g_array_append_val (self->annotation_keys, key);
    }
  rs_interp_release_top_first (self, (RsValue *) old->data, old->len);
}

/* The end of class body @f (the running frame): what its __annotations__
 * hold goes to its namespace, in a tuple, so that the class keeps it until
 * the collector frees the class */
void
rs_interp_class_annotations (RsInterp *self,
                             RsFrame  *f)
{
  g_autoptr(GArray) mine = g_array_new (FALSE, FALSE, sizeof (RsValue));

  g_assert (self->frame == f && f->kind == RS_FRAME_CLASS);
  for (guint i = 0; self->annotations != NULL && i < self->annotations->len; i++)
    if (g_array_index (self->annotation_keys, guint64, i) >> 32 == f->id)
      {
        g_array_append_val (mine, g_array_index (self->annotations, RsValue, i));
        g_array_remove_index (self->annotations, i);
        g_array_remove_index (self->annotation_keys, i--);
      }
  if (mine->len == 0)
    return;
  RsValue t = RS_VALUE_OBJECT (rs_heap_new_tuple (self->heap, (RsValue *) mine->data, mine->len));
  gboolean stored = rs_interp_store_name (self, "__annotations__", t, f->line);
  g_assert (stored);
}

gboolean
rs_interp_exec_annassign (RsInterp     *self,
                          const RsStmt *s)
{
  const RsExpr *target = s->annassign.target;
  gboolean evaluated = self->frame->kind == RS_FRAME_MODULE || self->frame->kind == RS_FRAME_CLASS;
  RsValue v;

  if (s->annassign.value != NULL)
    {
      if (!rs_interp_eval (self, s->annassign.value, &v) || !rs_interp_store_target (self, target, v))
        return FALSE;
    }
  else if (target->kind == RS_EXPR_ATTR)
    {
      /* check_ann_expr: the object is evaluated, then dropped */
      if (!rs_interp_eval (self, target->attr.value, &v))
        return FALSE;
      rs_heap_decref (self->heap, v);
    }
  if (!evaluated)
    return TRUE;
  if (!s->annassign.simple)
    return rs_interp_eval_annotation (self, s->annassign.annotation, NULL);
  g_autoptr(GArray) fresh = g_array_new (FALSE, FALSE, sizeof (RsValue));
  if (!rs_interp_eval_annotation (self, s->annassign.annotation, fresh))
    return FALSE;
  store_annotation (self, ((guint64) self->frame->id << 32) | rs_interp_atom (self, target->name.id), fresh);
  return TRUE;
}
