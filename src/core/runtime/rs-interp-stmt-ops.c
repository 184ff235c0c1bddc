/* rs-interp-stmt-ops.c: assert, annotated assignment and annotations
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As CPython 3.11 compiles them: a failing assert raises AssertionError
 * holding its message; an annotation is evaluated only in a module or a
 * class body (compiler_annassign), where a plain name's annotation stays
 * in __annotations__ for good; a def's are evaluated when the def runs
 * and kept by the function (see rs_interp_make_function).
 */
#include "rs-interp-private.h"
#include "rs-check.h"

gboolean
rs_interp_exec_assert (RsInterp     *self,
                       const RsStmt *s)
{
  RsValue test, msg;
  gboolean truth;

  if (!rs_interp_eval (self, s->assert_.test, &test))
    return FALSE;
  gboolean ok = rs_interp_truth (self, test, s->line, &truth);
  rs_heap_decref (self->heap, test);
  if (!ok)
    return FALSE;
  if (truth)
    return TRUE;
  if (s->assert_.msg == NULL)
    return rs_interp_raise (self, s->line, "AssertionError", "%s", "");
  if (!rs_interp_eval (self, s->assert_.msg, &msg))
    return FALSE;
  g_autoptr(GString) text = g_string_new (NULL);
  /* AssertionError(msg) only holds it: no __str__ runs */
  gboolean plain = self->format_plain;
  self->format_plain = TRUE;
  if (!rs_interp_str (self, msg, text))
    g_string_truncate (text, 0);
  self->format_plain = plain;
  /* the exception's args hold the message until the error line */
  gboolean raised = rs_interp_raise_held (self, s->line, msg, "AssertionError", "%s", text->str);
  rs_heap_decref (self->heap, msg);
  return raised;
}

/* Evaluates @e as an annotation; what it references is appended to
 * @keep, or released at once when @keep is NULL. */
gboolean
rs_interp_eval_annotation (RsInterp     *self,
                           const RsExpr *e,
                           GArray       *keep)
{
  RsValue v;

  switch ((int) e->kind)
    {
    case RS_EXPR_STR:
    case RS_EXPR_NONE:
      return TRUE;
    case RS_EXPR_NAME:
      /* a builtin type (the checker made sure the script never binds
       * the name): nothing the trace shows */
      if (rs_check_annotation_type (e->name.id))
        return TRUE;
      if (!rs_interp_load_name (self, e->name.id, e->line, &v))
        return FALSE;
      if (keep != NULL && rs_heap_get_value (self->heap, v) != NULL)
        g_array_append_val (keep, v);
      else
        rs_heap_decref (self->heap, v);
      return TRUE;
    case RS_EXPR_SUBSCRIPT:
      /* list[X], dict[K, V]: the checker let only builtin generics through */
      if (e->subscript.index->kind != RS_EXPR_TUPLE)
        return rs_interp_eval_annotation (self, e->subscript.index, keep);
      for (guint i = 0; i < e->subscript.index->seq.n_items; i++)
        if (!rs_interp_eval_annotation (self, e->subscript.index->seq.items[i], keep))
          return FALSE;
      return TRUE;
    default:
      g_assert_not_reached ();
    }
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
    {
      rs_interp_release_top_first (self, (RsValue *) fresh->data, fresh->len);
      return FALSE;
    }
  store_annotation (self, ((guint64) self->frame->id << 32) | rs_interp_atom (self, target->name.id), fresh);
  return TRUE;
}
