/* rs-parser-comp.c: comprehensions and generator expressions
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `[e for t in it if c ...]`, `{k: v for ...}` and `(e for ...)` after
 * their element: the RS_EXPR_COMP node, and the function CPython compiles
 * it to, whose body is the loops written as statements so that the
 * checks and the scopes treat it as any other def.
 */
#include "config.h"

#include "rs-parser-private.h"

#include <string.h>

static RsStmt *
stmt_at (RsParser     *P,
         RsStmtKind    kind,
         const RsExpr *where)
{
  RsStmt *s = rs_arena_alloc (P->arena, sizeof *s);

  s->kind = kind;
  s->line = where->line;
  s->col = where->col;
  s->end_line = where->end_line;
  return s;
}

static RsBlock
block_of (RsParser *P,
          RsStmt   *s)
{
  RsBlock block;
  RsStmt **stmts = rs_arena_alloc (P->arena, sizeof (RsStmt *));

  stmts[0] = s;
  block.stmts = stmts;
  block.n_stmts = 1;
  return block;
}

/* The statements of the loops from fors[@i] on */
static RsStmt *
loop_stmt (RsParser *P,
           RsExpr   *e,
           RsExpr   *dot0,
           guint     i)
{
  const RsCompFor *f = &e->comp.fors[i];
  RsStmt *loop = stmt_at (P, RS_STMT_FOR, f->target), *inner;

  loop->for_.target = f->target;
  loop->for_.iter = i == 0 ? dot0 : f->iter;
  if (i + 1 < e->comp.n_fors)
    inner = loop_stmt (P, e, dot0, i + 1);
  else
    {
      inner = stmt_at (P, RS_STMT_EXPR, e->comp.elt);
      inner->expr.value = e->comp.elt;
      if (e->comp.value != NULL)
        {
          /* MAP_ADD: the key, then the value */
          RsExpr *pair = rs_arena_alloc (P->arena, sizeof *pair);
          RsExpr **items = rs_arena_alloc (P->arena, 2 * sizeof (RsExpr *));

          *pair = *e->comp.elt;
          pair->kind = RS_EXPR_TUPLE;
          items[0] = e->comp.elt;
          items[1] = e->comp.value;
          pair->seq.items = items;
          pair->seq.n_items = 2;
          inner->expr.value = pair;
        }
    }
  for (guint j = f->n_ifs; j > 0; j--)
    {
      RsStmt *test = stmt_at (P, RS_STMT_IF, f->ifs[j - 1]);

      test->if_.test = f->ifs[j - 1];
      test->if_.body = block_of (P, inner);
      inner = test;
    }
  loop->for_.body = block_of (P, inner);
  return loop;
}

static void
make_def (RsParser *P,
          RsExpr   *e)
{
  static const char *const names[] = { "<listcomp>", "<dictcomp>", "<genexpr>" };
  RsStmt *def = stmt_at (P, RS_STMT_DEF, e);
  RsExpr *dot0 = rs_arena_alloc (P->arena, sizeof *dot0);
  const char **params = rs_arena_alloc (P->arena, sizeof (const char *));

  *dot0 = *e;
  dot0->kind = RS_EXPR_NAME;
  dot0->name.id = g_intern_static_string (".0");
  params[0] = dot0->name.id;
  def->def.name = g_intern_static_string (names[e->comp.kind]);
  def->def.bound = def->def.name;
  def->def.params = params;
  def->def.n_params = 1;
  def->def.n_positional = 1;
  def->def.comp = e;
  def->def.body = block_of (P, loop_stmt (P, e, dot0, 0));
  e->comp.def = def;
}

RsExpr *
rs_parser_parse_comprehension (RsParser      *P,
                               const RsToken *start,
                               RsCompKind     kind,
                               RsExpr        *elt,
                               RsExpr        *value,
                               gboolean      *async)
{
  g_autoptr(GArray) fors = g_array_new (FALSE, TRUE, sizeof (RsCompFor));
  RsExpr *e;

  *async = FALSE;
  while (peek (P) == RS_TOK_FOR || (peek (P) == RS_TOK_ASYNC && peek_at (P, 1) == RS_TOK_FOR))
    {
      RsCompFor f = { 0 };
      g_autoptr(GPtrArray) ifs = g_ptr_array_new ();

      if (accept (P, RS_TOK_ASYNC))
        *async = TRUE;
      advance (P);
      f.target = rs_parser_parse_star_targets (P);
      if (f.target == NULL || !rs_parser_check_target (P, f.target, TARGET_STORE)
          || !rs_parser_expect (P, RS_TOK_IN))
        return NULL;
      /* disjunctions: they stop before `if`, `for` and `]` */
      if ((f.iter = rs_parser_parse_disjunction (P)) == NULL)
        return NULL;
      while (accept (P, RS_TOK_IF))
        {
          RsExpr *test = rs_parser_parse_disjunction (P);

          if (test == NULL)
            return NULL;
          g_ptr_array_add (ifs, test);
        }
      f.ifs = rs_parser_steal (P, ifs, &f.n_ifs);
      g_array_append_val (fors, f);
    }
  for (guint i = 0; i < fors->len; i++)
    {
      const char *flaw = rs_parser_target_flaw (g_array_index (fors, RsCompFor, i).target, FALSE);

      if (flaw != NULL)
        return rs_parser_unsupported (P, start, NULL, "%s", g_dgettext (GETTEXT_PACKAGE, flaw));
    }
  e = rs_parser_new_expr (P, RS_EXPR_COMP, start);
  e->comp.kind = kind;
  e->comp.elt = elt;
  e->comp.value = value;
  e->comp.n_fors = fors->len;
  e->comp.fors = rs_arena_alloc (P->arena, fors->len * sizeof (RsCompFor));
  memcpy (e->comp.fors, fors->data, fors->len * sizeof (RsCompFor));
  make_def (P, e);
  return e;
}
