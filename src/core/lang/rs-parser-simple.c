/* rs-parser-simple.c: the simple statements of the parser
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Assignments, expression statements, del, global and nonlocal, the
 * imports and the keywords of one line (pass, break, return, raise, ...),
 * several of them joined by `;` on a line.
 */
#include "config.h"

#include "rs-parser-private.h"

#include <glib/gi18n-lib.h>

#include <string.h>

/* ------------------------------------------------------------------ */
/* simple statements                                                   */

/* The subset's rule for assignment and for targets (the oracle's
 * check_target): NULL if fine, else why not (untranslated: the callers
 * ask the catalogue).  Tuples and lists nest; a
 * starred target only where @star_ok (the one target of an assignment),
 * at its top level. */
const char *
rs_parser_target_flaw (const RsExpr *target,
                       gboolean      star_ok)
{
  guint i;

  if (target->kind == RS_EXPR_STARRED)
    return N_("a starred target only as `a, *b = ...` (one target, not nested, not in for)");
  if (target->kind != RS_EXPR_TUPLE && target->kind != RS_EXPR_LIST)
    return NULL;
  for (i = 0; i < target->seq.n_items; i++)
    {
      const RsExpr *item = target->seq.items[i];
      const char *flaw;

      if (item->kind == RS_EXPR_STARRED && star_ok)
        item = item->unary.operand;
      flaw = rs_parser_target_flaw (item, FALSE);
      if (flaw != NULL)
        return flaw;
    }
  return NULL;
}

static RsStmt *
parse_assignment (RsParser        *P,
                  const RsToken *start,
                  RsExpr        *first)
{
  g_autoptr(GPtrArray) targets = g_ptr_array_new ();
  const char *flaw = NULL;
  RsExpr *value = first;
  RsStmt *s;
  guint i;

  while (accept (P, RS_TOK_EQUAL))
    {
      g_ptr_array_add (targets, value);
      value = peek (P) == RS_TOK_YIELD ? rs_parser_parse_yield (P) : rs_parser_parse_star_expressions (P);
      if (value == NULL)
        return NULL;
    }
  for (i = 0; i < targets->len; i++)
    {
      RsExpr *target = g_ptr_array_index (targets, i);
      const RsExpr *hint = NULL;

      if (targets->len == 1)
        hint = target->kind == RS_EXPR_TUPLE && target->seq.n_items > 0
               ? target->seq.items[target->seq.n_items - 1] : target;
      if (!rs_parser_check_target_hint (P, target, TARGET_STORE, hint))
        return NULL;
      if (flaw == NULL)
        flaw = rs_parser_target_flaw (target, targets->len == 1);
    }
  if (flaw != NULL)
    return rs_parser_unsupported_stmt (P, start, flaw);
  s = rs_parser_new_stmt (P, RS_STMT_ASSIGN, start);
  s->assign.value = value;
  s->assign.targets = rs_parser_steal (P, targets, &s->assign.n_targets);
  return s;
}

/* A target of augmented assignments and annotations. */
static gboolean
is_single_target (const RsExpr *e)
{
  return e->kind == RS_EXPR_NAME || e->kind == RS_EXPR_ATTR || e->kind == RS_EXPR_SUBSCRIPT
         || e->kind == RS_EXPR_UNSUPPORTED_TARGET;
}

static RsStmt *
parse_expr_statement (RsParser *P)
{
  const RsToken *start = cur (P);
  RsExpr *first;
  RsStmt *s;

  if (peek (P) == RS_TOK_YIELD)
    first = rs_parser_parse_yield (P);
  else
    first = rs_parser_parse_star_expressions (P);
  if (first == NULL)
    return NULL;

  if (peek (P) == RS_TOK_EQUAL)
    return parse_assignment (P, start, first);

  if (peek (P) == RS_TOK_AUGASSIGN)
    {
      const RsToken *op = advance (P);
      RsExpr *value;

      if (!is_single_target (first))
        return rs_parser_fail_at (P, start, "'%s' is an illegal expression for augmented assignment",
                        rs_parser_describe_expr (first));
      rs_parser_check_target (P, first, TARGET_STORE);
      value = peek (P) == RS_TOK_YIELD ? rs_parser_parse_yield (P) : rs_parser_parse_star_expressions (P);
      if (value == NULL)
        return NULL;
      return rs_parser_finish_augassign (P, start, op, first, value);
    }

  if (peek (P) == RS_TOK_COLON)
    {
      /* annotated assignment */
      RsExpr *annotation, *value = NULL;

      advance (P);
      if ((annotation = rs_parser_parse_expression (P)) == NULL)
        return NULL;
      if (first->kind == RS_EXPR_TUPLE || first->kind == RS_EXPR_LIST)
        return rs_parser_fail_at (P, start, "only single target (not %s) can be annotated",
                        first->kind == RS_EXPR_TUPLE ? "tuple" : "list");
      if (!is_single_target (first))
        return rs_parser_fail_at (P, start, "illegal target for annotation");
      rs_parser_check_target (P, first, TARGET_STORE);
      if (accept (P, RS_TOK_EQUAL)
          && (value = (peek (P) == RS_TOK_YIELD ? rs_parser_parse_yield (P) : rs_parser_parse_star_expressions (P))) == NULL)
        return NULL;
      return rs_parser_finish_annassign (P, start, first, annotation, value);
    }

  s = rs_parser_new_stmt (P, RS_STMT_EXPR, start);
  s->expr.value = first;
  return s;
}

static void
flatten_del_target (RsParser    *P,
                    RsExpr    *target,
                    GPtrArray *out)
{
  guint i;

  /* `del (a, b)` deletes a, then b: the same as `del a, b` */
  if (target->kind == RS_EXPR_TUPLE)
    {
      for (i = 0; i < target->seq.n_items; i++)
        flatten_del_target (P, target->seq.items[i], out);
      return;
    }
  if (target->kind == RS_EXPR_LIST)
    {
      RsToken at = { 0 };
      RsExpr *e;

      at.line = target->line;
      at.col = target->col;
      e = rs_parser_unsupported (P, &at, NULL, "list targets are not in the subset");
      e->end_line = target->end_line;
      e->end_col = target->end_col;
      target = e;
    }
  g_ptr_array_add (out, target);
}

static RsStmt *
parse_del (RsParser *P)
{
  const RsToken *start = advance (P);
  g_autoptr(GPtrArray) targets = g_ptr_array_new ();
  RsStmt *s;

  do
    {
      RsExpr *target;

      if (!rs_parser_starts_expression (peek (P)))
        break;
      target = rs_parser_parse_bitwise_or (P);
      if (target == NULL || !rs_parser_check_target (P, target, TARGET_DEL))
        return NULL;
      flatten_del_target (P, target, targets);
    }
  while (accept (P, RS_TOK_COMMA));
  if (targets->len == 0)
    return rs_parser_invalid_syntax (P);
  s = rs_parser_new_stmt (P, RS_STMT_DELETE, start);
  s->del.targets = rs_parser_steal (P, targets, &s->del.n_targets);
  return s;
}

static RsStmt *
parse_names_stmt (RsParser     *P,
                  RsStmtKind  kind)
{
  const RsToken *start = advance (P);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  RsStmt *s;

  do
    {
      const RsToken *name = cur (P);

      if (!rs_parser_expect (P, RS_TOK_NAME))
        return NULL;
      g_ptr_array_add (names, (gpointer) name->id);
    }
  while (accept (P, RS_TOK_COMMA));
  s = rs_parser_new_stmt (P, kind, start);
  s->names.names = (const char **) rs_arena_steal_ptrs (P->arena, names, &s->names.n_names);
  return s;
}

/* dotted_name: NAME ('.' NAME)*, interned as one string */
static const char *
parse_dotted_name (RsParser *P)
{
  g_autoptr(GString) name = g_string_new (NULL);

  do
    {
      const RsToken *tok = cur (P);

      if (!rs_parser_expect (P, RS_TOK_NAME))
        return NULL;
      if (name->len > 0)
        g_string_append_c (name, '.');
      g_string_append (name, tok->id);
    }
  while (accept (P, RS_TOK_DOT));
  return g_intern_string (name->str);
}

static RsStmt *
parse_import (RsParser *P)
{
  const RsToken *start = advance (P);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GPtrArray) asnames = g_ptr_array_new ();
  const char *flaw = NULL;

  do
    {
      const char *name = parse_dotted_name (P), *bound;

      if (name == NULL)
        return NULL;
      bound = name;
      if (accept (P, RS_TOK_AS))
        {
          if (!rs_parser_expect (P, RS_TOK_NAME))
            return NULL;
          bound = prev (P)->id;
        }
      rs_parser_bind (P, bound);
      g_hash_table_insert (P->data->modules, (gpointer) bound, (gpointer) name);
      if (flaw == NULL)
        flaw = rs_parser_import_flaw (name, FALSE);
      g_ptr_array_add (names, (gpointer) name);
      g_ptr_array_add (asnames, (gpointer) bound);
    }
  while (accept (P, RS_TOK_COMMA));
  if (flaw != NULL)
    return rs_parser_unsupported_stmt (P, start, flaw);
  return rs_parser_new_import (P, start, RS_STMT_IMPORT, NULL, names, asnames);
}

static RsStmt *
parse_from_import (RsParser *P)
{
  const RsToken *start = advance (P);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GPtrArray) asnames = g_ptr_array_new ();
  const char *module = NULL;
  gboolean relative = FALSE, star = FALSE;

  while (accept (P, RS_TOK_DOT) || accept (P, RS_TOK_ELLIPSIS))
    relative = TRUE;
  if (peek (P) == RS_TOK_NAME && (module = parse_dotted_name (P)) == NULL)
    return NULL;
  if (!rs_parser_expect (P, RS_TOK_IMPORT))
    return NULL;
  if (accept (P, RS_TOK_STAR))
    star = TRUE;
  else
    {
      gboolean paren = accept (P, RS_TOK_LPAR);

      do
        {
          const char *name;

          if (paren && peek (P) == RS_TOK_RPAR)
            break;
          if (!rs_parser_expect (P, RS_TOK_NAME))
            return NULL;
          name = prev (P)->id;
          g_ptr_array_add (names, (gpointer) name);
          if (accept (P, RS_TOK_AS))
            {
              if (!rs_parser_expect (P, RS_TOK_NAME))
                return NULL;
              name = prev (P)->id;
            }
          rs_parser_bind (P, name);
          g_ptr_array_add (asnames, (gpointer) name);
        }
      while (accept (P, RS_TOK_COMMA));
      if (paren && !rs_parser_expect (P, RS_TOK_RPAR))
        return NULL;
    }
  if (relative || rs_parser_import_flaw (module, TRUE) != NULL)
    return rs_parser_unsupported_stmt (P, start, rs_parser_import_flaw (NULL, TRUE));
  if (star)
    return rs_parser_unsupported_stmt (P, start, "`from ... import *` is not in the subset; "
                                       "name what you import");
  return rs_parser_new_import (P, start, RS_STMT_IMPORT_FROM, module, names, asnames);
}

static RsStmt *
parse_simple_statement (RsParser *P)
{
  const RsToken *start = cur (P);
  RsStmt *s;

  switch (peek (P))
    {
    case RS_TOK_PASS:
      advance (P);
      return rs_parser_new_stmt (P, RS_STMT_PASS, start);
    case RS_TOK_BREAK:
      advance (P);
      return rs_parser_new_stmt (P, RS_STMT_BREAK, start);
    case RS_TOK_CONTINUE:
      advance (P);
      return rs_parser_new_stmt (P, RS_STMT_CONTINUE, start);
    case RS_TOK_RETURN:
      {
        RsExpr *value = NULL;

        advance (P);
        if (rs_parser_starts_expression (peek (P)) && (value = rs_parser_parse_star_expressions (P)) == NULL)
          return NULL;
        s = rs_parser_new_stmt (P, RS_STMT_RETURN, start);
        s->return_.value = value;
        return s;
      }
    case RS_TOK_DEL:
      return parse_del (P);
    case RS_TOK_GLOBAL:
      return parse_names_stmt (P, RS_STMT_GLOBAL);
    case RS_TOK_NONLOCAL:
      return parse_names_stmt (P, RS_STMT_NONLOCAL);
    case RS_TOK_IMPORT:
      return parse_import (P);
    case RS_TOK_FROM:
      return parse_from_import (P);
    case RS_TOK_RAISE:
      {
        RsStmt *r = rs_parser_new_stmt (P, RS_STMT_RAISE, advance (P));

        if (rs_parser_starts_expression (peek (P)))
          {
            if ((r->raise_.exc = rs_parser_parse_expression (P)) == NULL)
              return NULL;
            if (accept (P, RS_TOK_FROM) && (r->raise_.cause = rs_parser_parse_expression (P)) == NULL)
              return NULL;
          }
        r->end_line = prev (P)->end_line;
        return r;
      }
    case RS_TOK_ASSERT:
      return rs_parser_parse_assert (P);
    default:
      return parse_expr_statement (P);
    }
}

gboolean
rs_parser_parse_simple_statements (RsParser  *P,
                                   GPtrArray *out)
{
  for (;;)
    {
      RsStmt *s = parse_simple_statement (P);

      if (s == NULL)
        return FALSE;
      g_ptr_array_add (out, s);
      if (!accept (P, RS_TOK_SEMI) || peek (P) == RS_TOK_NEWLINE)
        break;
    }
  if (!accept (P, RS_TOK_NEWLINE))
    return rs_parser_invalid_syntax (P) != NULL;
  return TRUE;
}
