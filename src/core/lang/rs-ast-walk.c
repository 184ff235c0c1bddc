/* rs-ast-walk.c: the children of syntax tree nodes, in the oracle's order
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rs-ast-walk.h"

/* The children of @e in the oracle's visiting order. */
static guint
expr_children (RsExpr   *e,
               RsExpr ***items,
               RsExpr   *single[2])
{
  switch ((int) e->kind)
    {
    case RS_EXPR_CALL:
    case RS_EXPR_COMPARE:
    case RS_EXPR_DICT:
      /* more than one array: callers handle them */
      g_assert_not_reached ();
    case RS_EXPR_ATTR:
    case RS_EXPR_NOT:
    case RS_EXPR_NEG:
    case RS_EXPR_INVERT:
    case RS_EXPR_POS:
    case RS_EXPR_STARRED:
      single[0] = e->kind == RS_EXPR_ATTR ? e->attr.value : e->unary.operand;
      *items = single;
      return 1;
    case RS_EXPR_SUBSCRIPT:
      single[0] = e->subscript.value;
      single[1] = e->subscript.index;
      *items = single;
      return 2;
    case RS_EXPR_BINOP:
      single[0] = e->binop.left;
      single[1] = e->binop.right;
      *items = single;
      return 2;
    case RS_EXPR_NAMED:
      single[0] = e->named.target;
      single[1] = e->named.value;
      *items = single;
      return 2;
    case RS_EXPR_FORMATTED:
      single[0] = e->formatted.value;
      single[1] = e->formatted.spec;
      *items = single;
      return e->formatted.spec != NULL ? 2 : 1;
    case RS_EXPR_LIST:
    case RS_EXPR_TUPLE:
    case RS_EXPR_JOINED:
      *items = e->seq.items;
      return e->seq.n_items;
    case RS_EXPR_BOOLOP:
      *items = e->boolop.values;
      return e->boolop.n_values;
    case RS_EXPR_UNSUPPORTED:
      *items = e->unsupported.before;
      return e->unsupported.n_before;
    default:
      *items = NULL;
      return 0;
    }
}

gboolean
rs_expr_for_each_child (RsExpr    *e,
                RsExprFunc  func,
                gpointer   user_data)
{
  RsExpr *single[2], **items;
  guint i, n;

  switch ((int) e->kind)
    {
    case RS_EXPR_IFEXP:
      /* ast.IfExp's fields: test, body, orelse */
      return func (e->ifexp.test, user_data) && func (e->ifexp.body, user_data)
             && func (e->ifexp.orelse, user_data);
    case RS_EXPR_LAMBDA:
      /* what runs where the lambda is: its defaults (the body is a scope
       * of its own, walked as the def's block) */
      for (i = 0; i < e->lambda.def->def.n_defaults; i++)
        if (!func (e->lambda.def->def.defaults[i], user_data))
          return FALSE;
      for (i = 0; i < e->lambda.def->def.n_kwonly; i++)
        if (e->lambda.def->def.kw_defaults[i] != NULL
            && !func (e->lambda.def->def.kw_defaults[i], user_data))
          return FALSE;
      return TRUE;
    case RS_EXPR_COMP:
      /* what runs where the comprehension is: its first iterable (the
       * rest is the scope of its def) */
      return func (e->comp.fors[0].iter, user_data);
    case RS_EXPR_SLICE:
      /* ast.Slice's fields: lower, upper, step, each optional */
      return (e->slice.lower == NULL || func (e->slice.lower, user_data))
             && (e->slice.upper == NULL || func (e->slice.upper, user_data))
             && (e->slice.step == NULL || func (e->slice.step, user_data));
    case RS_EXPR_CALL:
      if (!func (e->call.func, user_data))
        return FALSE;
      for (i = 0; i < e->call.n_args; i++)
        if (!func (e->call.args[i], user_data))
          return FALSE;
      for (i = 0; i < e->call.n_keywords; i++)
        if (!func (e->call.kw_values[i], user_data))
          return FALSE;
      return TRUE;
    case RS_EXPR_COMPARE:
      if (!func (e->compare.left, user_data))
        return FALSE;
      for (i = 0; i < e->compare.n_ops; i++)
        if (!func (e->compare.comparators[i], user_data))
          return FALSE;
      return TRUE;
    case RS_EXPR_DICT:
      for (i = 0; i < e->dict.n_items; i++)
        if (e->dict.keys[i] != NULL && !func (e->dict.keys[i], user_data))
          return FALSE;
      for (i = 0; i < e->dict.n_items; i++)
        if (!func (e->dict.values[i], user_data))
          return FALSE;
      return TRUE;
    default:
      n = expr_children (e, &items, single);
      for (i = 0; i < n; i++)
        if (!func (items[i], user_data))
          return FALSE;
      return TRUE;
    }
}

typedef struct {
  RsExpr *expr;
  guint   depth;
} DepthItem;

typedef struct {
  GArray *stack;
  guint   depth;
} DepthWalk;

static gboolean
push_depth (RsExpr   *child,
            gpointer  user_data)
{
  DepthWalk *walk = user_data;
  DepthItem item = { child, walk->depth + 1 };

  g_array_append_val (walk->stack, item);
  return TRUE;
}

guint
rs_expr_depth (RsExpr *e)
{
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (DepthItem));
  DepthItem first = { e, 1 };
  guint max = 0;

  g_array_append_val (stack, first);
  while (stack->len > 0)
    {
      DepthItem item = g_array_index (stack, DepthItem, stack->len - 1);
      DepthWalk walk = { stack, item.depth };

      g_array_set_size (stack, stack->len - 1);
      max = MAX (max, item.depth);
      if (max > RS_MAX_DEPTH)
        break;
      rs_expr_for_each_child (item.expr, push_depth, &walk);
    }
  return max;
}

gboolean
rs_stmt_for_each_expr (RsStmt    *s,
                    RsExprFunc  func,
                    gpointer   user_data)
{
  guint i;

  switch ((int) s->kind)
    {
    case RS_STMT_EXPR:
      return func (s->expr.value, user_data);
    case RS_STMT_ASSIGN:
      for (i = 0; i < s->assign.n_targets; i++)
        if (!func (s->assign.targets[i], user_data))
          return FALSE;
      return func (s->assign.value, user_data);
    case RS_STMT_DELETE:
      for (i = 0; i < s->del.n_targets; i++)
        if (!func (s->del.targets[i], user_data))
          return FALSE;
      return TRUE;
    case RS_STMT_IF:
      return func (s->if_.test, user_data);
    case RS_STMT_WHILE:
      return func (s->while_.test, user_data);
    case RS_STMT_FOR:
      return func (s->for_.target, user_data) && func (s->for_.iter, user_data);
    case RS_STMT_RETURN:
      return s->return_.value == NULL || func (s->return_.value, user_data);
    case RS_STMT_AUGASSIGN:
      return func (s->augassign.target, user_data) && func (s->augassign.value, user_data);
    case RS_STMT_DEF:
      /* evaluated where the def runs, in the compiler's order */
      for (i = 0; i < s->def.n_decorators; i++)
        if (!func (s->def.decorators[i], user_data))
          return FALSE;
      for (i = 0; i < s->def.n_defaults; i++)
        if (!func (s->def.defaults[i], user_data))
          return FALSE;
      for (i = 0; i < s->def.n_kwonly; i++)
        if (s->def.kw_defaults[i] != NULL && !func (s->def.kw_defaults[i], user_data))
          return FALSE;
      for (i = 0; s->def.annotations != NULL && i < s->def.n_params; i++)
        if (s->def.annotations[i] != NULL && !func (s->def.annotations[i], user_data))
          return FALSE;
      return s->def.returns == NULL || func (s->def.returns, user_data);
    case RS_STMT_ASSERT:
      return func (s->assert_.test, user_data)
             && (s->assert_.msg == NULL || func (s->assert_.msg, user_data));
    case RS_STMT_ANNASSIGN:
      return func (s->annassign.target, user_data) && func (s->annassign.annotation, user_data)
             && (s->annassign.value == NULL || func (s->annassign.value, user_data));
    case RS_STMT_RAISE:
      return (s->raise_.exc == NULL || func (s->raise_.exc, user_data))
             && (s->raise_.cause == NULL || func (s->raise_.cause, user_data));
    case RS_STMT_EXCEPT:
      return s->except_.type == NULL || func (s->except_.type, user_data);
    default:
      return TRUE;
    }
}

guint
rs_stmt_blocks (RsStmt   *s,
             RsBlock **blocks)
{
  switch ((int) s->kind)
    {
    case RS_STMT_IF:
      blocks[0] = &s->if_.body;
      blocks[1] = &s->if_.orelse;
      return 2;
    case RS_STMT_WHILE:
      blocks[0] = &s->while_.body;
      blocks[1] = &s->while_.orelse;
      return 2;
    case RS_STMT_FOR:
      blocks[0] = &s->for_.body;
      blocks[1] = &s->for_.orelse;
      return 2;
    case RS_STMT_DEF:
      blocks[0] = &s->def.body;
      return 1;
    case RS_STMT_CLASS:
      blocks[0] = &s->class_.body;
      return 1;
    case RS_STMT_TRY:
      /* the compiler's (and the symbol table's) order */
      blocks[0] = &s->try_.body;
      blocks[1] = &s->try_.orelse;
      blocks[2] = &s->try_.handlers;
      blocks[3] = &s->try_.finalbody;
      return 4;
    case RS_STMT_EXCEPT:
      blocks[0] = &s->except_.body;
      return 1;
    default:
      return 0;
    }
}
