/* rs-parser.c: the recursive-descent parser of session scripts
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One function per rule of Python 3.11's grammar (Grammar/python.gram),
 * simplified where the difference cannot change whether a script is valid
 * Python.  Positions follow CPython: a node starts at the first token of
 * the rule that made it, so `(a + b) * c` starts at the parenthesis while
 * the inner `a + b` starts at `a`.  This file: helpers and statements;
 * rs-parser-expr.c: expressions.
 */
#include "rs-parser-private.h"

#include <stdarg.h>
#include <string.h>

static gboolean parse_statement (RsParser *P, GPtrArray *out);
static gboolean parse_block (RsParser *P, RsBlock *out, const char *what, guint header_line);

/* ------------------------------------------------------------------ */
/* errors                                                              */

gpointer
rs_parser_fail_at (RsParser        *P,
                   const RsToken *at,
                   const char    *format,
                   ...)
{
  va_list args;

  if (P->error != NULL && *P->error != NULL)
    return NULL;       /* the first error wins */
  P->error_line = at->line;
  va_start (args, format);
  rs_parse_error_setv (P->error, RS_PARSE_ERROR_SYNTAX, P->filename,
                       at->line, at->ccol, format, args);
  va_end (args);
  return NULL;
}

/* What may follow `print` in a Python 2 print statement, but not in an
 * expression (`print -1` and `print [0]` are valid Python 3). */
static gboolean
starts_legacy_argument (RsTokenKind kind)
{
  switch (kind)
    {
    case RS_TOK_NAME: case RS_TOK_INT: case RS_TOK_FLOAT: case RS_TOK_IMAG:
    case RS_TOK_STRING: case RS_TOK_NONE: case RS_TOK_TRUE: case RS_TOK_FALSE:
    case RS_TOK_LBRACE: case RS_TOK_NOT: case RS_TOK_LAMBDA: case RS_TOK_TILDE:
    case RS_TOK_AWAIT: case RS_TOK_ELLIPSIS:
      return TRUE;
    default:
      return FALSE;
    }
}

static gpointer
unexpected_indent (RsParser        *P,
                   const RsToken *at)
{
  RsToken before = *at;

  /* CPython points at the last character of the indentation */
  before.ccol = MAX (at->ccol, 2) - 1;
  P->indent_error = TRUE;
  return rs_parser_fail_at (P, &before, "unexpected indent");
}

gpointer
rs_parser_invalid_syntax (RsParser *P)
{
  /* like CPython, at the furthest token looked at */
  const RsToken *at = &P->toks[MAX (P->pos, P->furthest)];

  if (at->kind == RS_TOK_INDENT)
    return unexpected_indent (P, at);
  if (starts_legacy_argument (at->kind) && P->pos > 0 && prev (P)->kind == RS_TOK_NAME
      && (strcmp (prev (P)->id, "print") == 0 || strcmp (prev (P)->id, "exec") == 0)
      && (P->pos == 1
          || P->toks[P->pos - 2].kind == RS_TOK_NEWLINE || P->toks[P->pos - 2].kind == RS_TOK_INDENT
          || P->toks[P->pos - 2].kind == RS_TOK_DEDENT || P->toks[P->pos - 2].kind == RS_TOK_SEMI))
    return rs_parser_fail_at (P, prev (P), "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                    prev (P)->id, prev (P)->id);
  if (at->kind == RS_TOK_END)
    return rs_parser_fail_at (P, at, "unexpected end of file");
  return rs_parser_fail_at (P, at, "invalid syntax");
}

gboolean
rs_parser_expect (RsParser      *P,
                  RsTokenKind  kind)
{
  if (accept (P, kind))
    return TRUE;
  /* CPython's forced tokens: a header's colon before the end of the line,
   * the parenthesis after `def NAME` */
  if ((kind == RS_TOK_COLON && peek (P) == RS_TOK_NEWLINE) || kind == RS_TOK_LPAR)
    return rs_parser_fail_at (P, cur (P), "expected '%s'", rs_token_kind_describe (kind)) != NULL;
  return rs_parser_invalid_syntax (P) != NULL;
}

/* The closing bracket of a display or call; an expression instead of it
 * is most likely a missing comma (CPython's invalid_expression rule). */
gboolean
rs_parser_expect_close (RsParser      *P,
                        RsTokenKind  kind)
{
  const RsToken *item = P->last_item;
  RsTokenKind next = peek (P);

  /* an expression must follow: `[a - not b]` is just invalid syntax */
  if (next != kind && item != NULL && rs_parser_starts_expression (next)
      && ((next != RS_TOK_MINUS && next != RS_TOK_PLUS && next != RS_TOK_TILDE
           && next != RS_TOK_STAR) || rs_parser_starts_operand (peek_at (P, 1), FALSE))
      && !(item->kind == RS_TOK_NAME && item[1].kind == RS_TOK_STRING))
    {
      peek_at (P, 1);    /* CPython read past the second expression */
      return rs_parser_fail_at (P, item, "invalid syntax. Perhaps you forgot a comma?") != NULL;
    }
  return rs_parser_expect (P, kind);
}

/* Nesting guard: every recursive rule goes through it. */
gboolean
rs_parser_enter (RsParser *P,
                 guint   extra)
{
  if (P->depth + extra >= RS_MAX_DEPTH)
    {
      rs_parser_fail_at (P, cur (P), "expression nested too deeply (more than %u levels)",
               RS_MAX_DEPTH);
      return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* nodes                                                               */

static void
set_end (RsParser *P,
         RsExpr *e)
{
  e->end_line = prev (P)->end_line;
  e->end_col = prev (P)->end_col;
}

RsExpr *
rs_parser_new_expr (RsParser        *P,
                    RsExprKind     kind,
                    const RsToken *start)
{
  RsExpr *e = rs_arena_alloc (P->arena, sizeof *e);

  e->kind = kind;
  e->line = start->line;
  e->col = start->col;
  set_end (P, e);
  return e;
}

RsExpr *
rs_parser_unsupported (RsParser        *P,
                       const RsToken *start,
                       RsExpr        *before,
                       const char    *format,
                       ...)
{
  RsExpr *e = rs_parser_new_expr (P, RS_EXPR_UNSUPPORTED, start);
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  e->unsupported.message = rs_arena_strndup (P->arena, message, strlen (message));
  if (before != NULL)
    {
      e->unsupported.before = rs_arena_alloc (P->arena, sizeof (RsExpr *));
      e->unsupported.before[0] = before;
      e->unsupported.n_before = 1;
    }
  return e;
}

RsStmt *
rs_parser_new_stmt (RsParser        *P,
                    RsStmtKind     kind,
                    const RsToken *start)
{
  RsStmt *s = rs_arena_alloc (P->arena, sizeof *s);

  s->kind = kind;
  s->line = start->line;
  s->col = start->col;
  s->end_line = prev (P)->end_line;
  return s;
}

RsStmt *
rs_parser_unsupported_stmt (RsParser        *P,
                            const RsToken *start,
                            const char    *message)
{
  RsStmt *s = rs_parser_new_stmt (P, RS_STMT_UNSUPPORTED, start);

  s->unsupported.message = message;
  return s;
}

RsExpr **
rs_parser_steal (RsParser    *P,
                 GPtrArray *array,
                 guint     *n)
{
  return (RsExpr **) rs_arena_steal_ptrs (P->arena, array, n);
}

void
rs_parser_bind (RsParser     *P,
                const char *name)
{
  g_hash_table_add (P->data->bound, (gpointer) name);
}

gboolean
rs_parser_starts_expression (RsTokenKind kind)
{
  switch (kind)
    {
    case RS_TOK_NAME: case RS_TOK_INT: case RS_TOK_FLOAT: case RS_TOK_IMAG:
    case RS_TOK_STRING: case RS_TOK_NONE: case RS_TOK_TRUE: case RS_TOK_FALSE:
    case RS_TOK_LPAR: case RS_TOK_LSQB: case RS_TOK_LBRACE: case RS_TOK_MINUS:
    case RS_TOK_PLUS: case RS_TOK_TILDE: case RS_TOK_NOT: case RS_TOK_LAMBDA:
    case RS_TOK_AWAIT: case RS_TOK_STAR: case RS_TOK_ELLIPSIS:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Whether an operand can start at a token of @kind: CPython's PEG parser
 * ends an expression before an operator that no operand follows, and a
 * rule further out reports the error (`x if a @ not b` is "expected
 * 'else'"). */
gboolean
rs_parser_starts_operand (RsTokenKind kind,
                          gboolean    inversion)
{
  switch (kind)
    {
    case RS_TOK_NAME: case RS_TOK_INT: case RS_TOK_FLOAT: case RS_TOK_IMAG:
    case RS_TOK_STRING: case RS_TOK_NONE: case RS_TOK_TRUE: case RS_TOK_FALSE:
    case RS_TOK_LPAR: case RS_TOK_LSQB: case RS_TOK_LBRACE: case RS_TOK_MINUS:
    case RS_TOK_PLUS: case RS_TOK_TILDE: case RS_TOK_AWAIT: case RS_TOK_ELLIPSIS:
      return TRUE;
    case RS_TOK_NOT:
      return inversion;
    default:
      return FALSE;
    }
}

/* ------------------------------------------------------------------ */
/* targets                                                             */

const char *
rs_parser_describe_expr (const RsExpr *e)
{
  switch ((int) e->kind)
    {
    case RS_EXPR_NONE: return "None";
    case RS_EXPR_TRUE: return "True";
    case RS_EXPR_FALSE: return "False";
    case RS_EXPR_INT: case RS_EXPR_STR: case RS_EXPR_UNSUPPORTED_CONST: return "literal";
    case RS_EXPR_CALL: return "function call";
    case RS_EXPR_COMPARE: return "comparison";
    case RS_EXPR_DICT: return "dict literal";
    case RS_EXPR_ATTR: return "attribute";
    case RS_EXPR_SUBSCRIPT: return "subscript";
    default: return "expression";
    }
}

/* Checks that @e can be assigned to (or deleted), as CPython's parser does,
 * and records the names it binds.  @hint: the element just before a
 * single `=`, which CPython suspects to be a mistyped `==`. */
gboolean
rs_parser_check_target_hint (RsParser       *P,
                             RsExpr       *e,
                             TargetMode    mode,
                             const RsExpr *hint)
{
  guint i;

  switch ((int) e->kind)
    {
    case RS_EXPR_NAME:
      rs_parser_bind (P, e->name.id);
      return TRUE;
    case RS_EXPR_ATTR:
    case RS_EXPR_SUBSCRIPT:
    case RS_EXPR_UNSUPPORTED_TARGET:
      return TRUE;
    case RS_EXPR_TUPLE:
    case RS_EXPR_LIST:
      for (i = 0; i < e->seq.n_items; i++)
        if (!rs_parser_check_target_hint (P, e->seq.items[i], mode, hint))
          return FALSE;
      return TRUE;
    case RS_EXPR_STARRED:
      if (mode == TARGET_DEL)
        break;
      return rs_parser_check_target_hint (P, e->unary.operand, mode, hint);
    default:
      break;
    }
  {
    RsToken at = { 0 };
    gboolean here = e == hint && (e->kind == RS_EXPR_CALL || e->kind == RS_EXPR_INT
                                  || e->kind == RS_EXPR_STR || e->kind == RS_EXPR_BINOP
                                  || e->kind == RS_EXPR_NEG || e->kind == RS_EXPR_DICT
                                  || e->kind == RS_EXPR_UNSUPPORTED_CONST);

    at.line = e->line;
    at.ccol = e->col;     /* close enough: the message names the problem */
    if (e->kind == RS_EXPR_STARRED)
      return rs_parser_fail_at (P, &at, "cannot delete starred") != NULL;
    return rs_parser_fail_at (P, &at, "cannot %s %s%s", mode == TARGET_DEL ? "delete" : "assign to",
                    rs_parser_describe_expr (e),
                    here ? " here. Maybe you meant '==' instead of '='?" : "") != NULL;
  }
}

gboolean
rs_parser_check_target (RsParser     *P,
                        RsExpr     *e,
                        TargetMode  mode)
{
  return rs_parser_check_target_hint (P, e, mode, NULL);
}

/* ------------------------------------------------------------------ */
/* simple statements                                                   */

/* The subset's rule for assignment targets (the oracle's check_Assign):
 * NULL if fine, else why not. */
static const char *
assign_target_flaw (const RsExpr *target)
{
  guint i;

  if (target->kind == RS_EXPR_LIST)
    return "list targets are not in the subset; write `a, b = ...`";
  if (target->kind == RS_EXPR_STARRED)
    return "starred assignment targets are not in the subset";
  if (target->kind != RS_EXPR_TUPLE)
    return NULL;
  for (i = 0; i < target->seq.n_items; i++)
    {
      RsExprKind kind = target->seq.items[i]->kind;

      if (kind == RS_EXPR_STARRED)
        return "starred assignment targets are not in the subset";
      if (kind != RS_EXPR_NAME && kind != RS_EXPR_ATTR && kind != RS_EXPR_SUBSCRIPT
          && kind != RS_EXPR_UNSUPPORTED_TARGET)
        return "nested unpacking is not in the subset; unpack one level at a time";
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
        flaw = assign_target_flaw (target);
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
      g_autofree char *plain = g_strndup (op->id, strlen (op->id) - 1);
      RsExpr *value;
      char *message;

      if (!is_single_target (first))
        return rs_parser_fail_at (P, start, "'%s' is an illegal expression for augmented assignment",
                        rs_parser_describe_expr (first));
      rs_parser_check_target (P, first, TARGET_STORE);
      value = peek (P) == RS_TOK_YIELD ? rs_parser_parse_yield (P) : rs_parser_parse_star_expressions (P);
      if (value == NULL)
        return NULL;
      message = g_strdup_printf ("augmented assignment `%s` is not in the subset; "
                                 "write `x = x %s ...`", op->id, plain);
      s = rs_parser_unsupported_stmt (P, start, rs_arena_strndup (P->arena, message, strlen (message)));
      g_free (message);
      return s;
    }

  if (peek (P) == RS_TOK_COLON)
    {
      /* annotated assignment */
      advance (P);
      if (rs_parser_parse_expression (P) == NULL)
        return NULL;
      if (first->kind == RS_EXPR_TUPLE || first->kind == RS_EXPR_LIST)
        return rs_parser_fail_at (P, start, "only single target (not %s) can be annotated",
                        first->kind == RS_EXPR_TUPLE ? "tuple" : "list");
      if (!is_single_target (first))
        return rs_parser_fail_at (P, start, "illegal target for annotation");
      rs_parser_check_target (P, first, TARGET_STORE);
      if (accept (P, RS_TOK_EQUAL)
          && (peek (P) == RS_TOK_YIELD ? rs_parser_parse_yield (P) : rs_parser_parse_star_expressions (P)) == NULL)
        return NULL;
      return rs_parser_unsupported_stmt (P, start, "annotations are not in the subset");
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
  if (kind == RS_STMT_UNSUPPORTED)
    return rs_parser_unsupported_stmt (P, start, "nonlocal is not in the subset");
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
  const char *flaw = NULL;
  RsStmt *s;

  do
    {
      const char *name = parse_dotted_name (P);

      if (name == NULL)
        return NULL;
      g_hash_table_add (P->data->modules, (gpointer) name);
      rs_parser_bind (P, name);
      if (accept (P, RS_TOK_AS))
        {
          if (!rs_parser_expect (P, RS_TOK_NAME))
            return NULL;
          flaw = "`import ... as` is not in the subset; write `import gc`, "
                 "`import weakref` or `import sys`";
        }
      if (strcmp (name, "gc") != 0 && strcmp (name, "weakref") != 0
          && strcmp (name, "sys") != 0 && flaw == NULL)
        flaw = "only `import gc`, `import weakref` and `import sys` are in the subset";
      g_ptr_array_add (names, (gpointer) name);
    }
  while (accept (P, RS_TOK_COMMA));
  if (flaw != NULL)
    return rs_parser_unsupported_stmt (P, start, flaw);
  s = rs_parser_new_stmt (P, RS_STMT_IMPORT, start);
  s->names.names = (const char **) rs_arena_steal_ptrs (P->arena, names, &s->names.n_names);
  return s;
}

static RsStmt *
parse_from_import (RsParser *P)
{
  const RsToken *start = advance (P);

  while (accept (P, RS_TOK_DOT) || accept (P, RS_TOK_ELLIPSIS))
    ;
  if (peek (P) == RS_TOK_NAME && parse_dotted_name (P) == NULL)
    return NULL;
  if (!rs_parser_expect (P, RS_TOK_IMPORT))
    return NULL;
  if (!accept (P, RS_TOK_STAR))
    {
      gboolean paren = accept (P, RS_TOK_LPAR);

      do
        {
          if (paren && peek (P) == RS_TOK_RPAR)
            break;
          if (!rs_parser_expect (P, RS_TOK_NAME))
            return NULL;
          if (accept (P, RS_TOK_AS) && !rs_parser_expect (P, RS_TOK_NAME))
            return NULL;
        }
      while (accept (P, RS_TOK_COMMA));
      if (paren && !rs_parser_expect (P, RS_TOK_RPAR))
        return NULL;
    }
  return rs_parser_unsupported_stmt (P, start, "`from ... import` is not in the subset; "
                           "write `import gc`, `import weakref` or `import sys`");
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
      return parse_names_stmt (P, RS_STMT_UNSUPPORTED);
    case RS_TOK_IMPORT:
      return parse_import (P);
    case RS_TOK_FROM:
      return parse_from_import (P);
    case RS_TOK_RAISE:
      advance (P);
      if (rs_parser_starts_expression (peek (P)))
        {
          if (rs_parser_parse_expression (P) == NULL)
            return NULL;
          if (accept (P, RS_TOK_FROM) && rs_parser_parse_expression (P) == NULL)
            return NULL;
        }
      return rs_parser_unsupported_stmt (P, start, "raise is not in the subset");
    case RS_TOK_ASSERT:
      advance (P);
      if (rs_parser_parse_expression (P) == NULL)
        return NULL;
      if (accept (P, RS_TOK_COMMA) && rs_parser_parse_expression (P) == NULL)
        return NULL;
      return rs_parser_unsupported_stmt (P, start, "assert is not in the subset; use an if statement");
    default:
      return parse_expr_statement (P);
    }
}

static gboolean
parse_simple_statements (RsParser    *P,
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

/* ------------------------------------------------------------------ */
/* compound statements                                                 */

static gboolean
parse_block (RsParser     *P,
             RsBlock    *out,
             const char *what,
             guint       header_line)
{
  g_autoptr(GPtrArray) stmts = g_ptr_array_new ();

  if (!accept (P, RS_TOK_NEWLINE))
    {
      if (!parse_simple_statements (P, stmts))
        return FALSE;
    }
  else
    {
      if (!accept (P, RS_TOK_INDENT))
        {
          RsToken at = *cur (P);

          /* CPython's DEDENT tokens have no column: the offset is 0 */
          if (at.kind == RS_TOK_DEDENT)
            at.ccol = 0;
          return rs_parser_fail_at (P, &at, "expected an indented block after %s on line %u",
                          what, header_line) != NULL;
        }
      if (P->blocks >= RS_MAX_DEPTH)
        return rs_parser_fail_at (P, cur (P), "too many nested blocks and elif branches (more than %u)",
                        RS_MAX_DEPTH) != NULL;
      P->blocks++;
      while (peek (P) != RS_TOK_DEDENT && peek (P) != RS_TOK_END)
        if (!parse_statement (P, stmts))
          {
            P->blocks--;
            return FALSE;
          }
      P->blocks--;
      accept (P, RS_TOK_DEDENT);
    }
  out->stmts = (RsStmt **) rs_arena_steal_ptrs (P->arena, stmts, &out->n_stmts);
  return TRUE;
}

/* `if x = 1:` (CPython's invalid_named_expression) */
static gboolean
check_test (RsParser        *P,
            const RsToken *start,
            RsExpr        *test)
{
  if (test == NULL)
    return FALSE;
  if (peek (P) != RS_TOK_EQUAL)
    return TRUE;
  if (test->kind == RS_EXPR_NAME)
    return rs_parser_fail_at (P, start, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?") != NULL;
  return rs_parser_fail_at (P, start, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                  rs_parser_describe_expr (test)) != NULL;
}

static RsStmt *
parse_if (RsParser *P)
{
  const RsToken *start = advance (P);   /* if or elif */
  const RsToken *test_start = cur (P);
  RsExpr *test = rs_parser_parse_named_expression (P);
  RsStmt *s;
  guint header_end;

  if (!check_test (P, test_start, test) || !rs_parser_expect (P, RS_TOK_COLON))
    return NULL;
  header_end = prev (P)->end_line;
  s = rs_parser_new_stmt (P, RS_STMT_IF, start);
  s->if_.test = test;
  if (!parse_block (P, &s->if_.body, start->kind == RS_TOK_IF ? "'if' statement"
                    : "'elif' statement", start->line))
    return NULL;
  if (peek (P) == RS_TOK_ELIF)
    {
      RsStmt *elif;

      /* an elif is an if nested in the else branch: every pass recurses */
      if (P->blocks >= RS_MAX_DEPTH)
        return rs_parser_fail_at (P, cur (P), "too many nested blocks and elif branches (more than %u)",
                        RS_MAX_DEPTH);
      P->blocks++;
      elif = parse_if (P);
      P->blocks--;
      if (elif == NULL)
        return NULL;
      s->if_.orelse.stmts = rs_arena_alloc (P->arena, sizeof (RsStmt *));
      s->if_.orelse.stmts[0] = elif;
      s->if_.orelse.n_stmts = 1;
    }
  else if (peek (P) == RS_TOK_ELSE)
    {
      const RsToken *els = advance (P);

      if (!rs_parser_expect (P, RS_TOK_COLON)
          || !parse_block (P, &s->if_.orelse, "'else' statement", els->line))
        return NULL;
    }
  s->end_line = header_end;
  return s;
}

/* `else:` after a loop: parsed, and a reason to reject the loop. */
static gboolean
parse_loop_else (RsParser  *P,
                 gboolean *has_else)
{
  RsBlock ignored;
  const RsToken *els;

  *has_else = FALSE;
  if (peek (P) != RS_TOK_ELSE)
    return TRUE;
  els = advance (P);
  *has_else = TRUE;
  return rs_parser_expect (P, RS_TOK_COLON)
         && parse_block (P, &ignored, "'else' statement", els->line);
}

static RsStmt *
parse_while (RsParser *P)
{
  const RsToken *start = advance (P);
  const RsToken *test_start = cur (P);
  RsExpr *test = rs_parser_parse_named_expression (P);
  gboolean has_else;
  RsStmt *s;
  guint header_end;

  if (!check_test (P, test_start, test) || !rs_parser_expect (P, RS_TOK_COLON))
    return NULL;
  header_end = prev (P)->end_line;
  s = rs_parser_new_stmt (P, RS_STMT_WHILE, start);
  s->while_.test = test;
  if (!parse_block (P, &s->while_.body, "'while' statement", start->line)
      || !parse_loop_else (P, &has_else))
    return NULL;
  if (has_else)
    return rs_parser_unsupported_stmt (P, start, "while/else is not in the subset");
  s->end_line = header_end;
  return s;
}

static RsStmt *
parse_for (RsParser *P)
{
  const RsToken *start = advance (P);
  RsExpr *target, *iter;
  gboolean has_else;
  RsStmt *s;
  guint header_end;

  target = rs_parser_parse_star_targets (P);
  if (target == NULL || !rs_parser_check_target (P, target, TARGET_STORE) || !rs_parser_expect (P, RS_TOK_IN))
    return NULL;
  iter = rs_parser_parse_star_expressions (P);
  if (iter == NULL || !rs_parser_expect (P, RS_TOK_COLON))
    return NULL;
  header_end = prev (P)->end_line;
  s = rs_parser_new_stmt (P, RS_STMT_FOR, start);
  s->for_.target = target;
  s->for_.iter = iter;
  if (!parse_block (P, &s->for_.body, "'for' statement", start->line)
      || !parse_loop_else (P, &has_else))
    return NULL;
  if (has_else || target->kind != RS_EXPR_NAME)
    return rs_parser_unsupported_stmt (P, start, "only `for NAME in ...:` without else is in the subset");
  s->end_line = header_end;
  return s;
}

static RsStmt *
parse_def (RsParser   *P,
           gboolean  decorated)
{
  const RsToken *start = advance (P);
  const RsToken *name = cur (P);
  g_autoptr(GPtrArray) params = g_ptr_array_new ();
  const char *flaw = decorated ? "decorators are not in the subset" : NULL;
  RsPosition *duplicate = NULL;
  RsStmt *s;
  guint header_end;

  if (!rs_parser_expect (P, RS_TOK_NAME))
    return NULL;
  rs_parser_bind (P, name->id);
  if (!rs_parser_expect (P, RS_TOK_LPAR)
      || !rs_parser_parse_params (P, RS_TOK_RPAR, TRUE, params, &flaw, &duplicate)
      || !rs_parser_expect (P, RS_TOK_RPAR))
    return NULL;
  if (accept (P, RS_TOK_RARROW))
    {
      flaw = "annotations are not in the subset";
      if (rs_parser_parse_expression (P) == NULL)
        return NULL;
    }
  if (!rs_parser_expect (P, RS_TOK_COLON))
    return NULL;
  header_end = prev (P)->end_line;
  s = rs_parser_new_stmt (P, RS_STMT_DEF, start);
  if (duplicate != NULL)
    g_hash_table_insert (P->data->duplicate_params, s, duplicate);
  s->def.name = name->id;
  s->def.params = (const char **) rs_arena_steal_ptrs (P->arena, params, &s->def.n_params);
  if (!parse_block (P, &s->def.body, "function definition", start->line))
    return NULL;
  if (flaw != NULL)
    return rs_parser_unsupported_stmt (P, start, flaw);
  s->end_line = header_end;
  return s;
}

static RsStmt *
parse_class (RsParser   *P,
             gboolean  decorated)
{
  const RsToken *start = advance (P);
  const RsToken *name = cur (P);
  const char *flaw = decorated ? "decorators are not in the subset" : NULL;
  RsExpr *base = NULL;
  RsStmt *s;
  guint header_end;

  if (!rs_parser_expect (P, RS_TOK_NAME))
    return NULL;
  rs_parser_bind (P, name->id);
  if (peek (P) == RS_TOK_LPAR)
    {
      /* parse the bases as a call's arguments */
      RsExpr *call = rs_parser_parse_call (P, name, NULL);

      if (call == NULL)
        return NULL;
      if (call->kind != RS_EXPR_CALL || call->call.n_args > 1
          || (call->call.n_args == 1 && call->call.args[0]->kind != RS_EXPR_NAME))
        flaw = "only `class Name:` or `class Name(Base):` with a class of the script";
      else if (call->call.n_args == 1)
        base = call->call.args[0];
    }
  if (!rs_parser_expect (P, RS_TOK_COLON))
    return NULL;
  header_end = prev (P)->end_line;
  s = rs_parser_new_stmt (P, RS_STMT_CLASS, start);
  s->class_.name = name->id;
  s->class_.base = base;
  if (!parse_block (P, &s->class_.body, "class definition", start->line))
    return NULL;
  if (flaw != NULL)
    return rs_parser_unsupported_stmt (P, start, flaw);
  s->end_line = header_end;
  return s;
}

static RsStmt *
parse_try (RsParser *P)
{
  const RsToken *start = advance (P);
  RsBlock ignored;
  gboolean handlers = FALSE;

  if (!rs_parser_expect (P, RS_TOK_COLON) || !parse_block (P, &ignored, "'try' statement", start->line))
    return NULL;
  while (peek (P) == RS_TOK_EXCEPT)
    {
      const RsToken *exc = advance (P);

      handlers = TRUE;
      accept (P, RS_TOK_STAR);
      if (peek (P) != RS_TOK_COLON)
        {
          if (rs_parser_parse_expression (P) == NULL)
            return NULL;
          if (accept (P, RS_TOK_COMMA) && rs_parser_parse_star_expressions (P) == NULL)
            return NULL;
          if (accept (P, RS_TOK_AS) && !rs_parser_expect (P, RS_TOK_NAME))
            return NULL;
        }
      if (!rs_parser_expect (P, RS_TOK_COLON)
          || !parse_block (P, &ignored, "'except' statement", exc->line))
        return NULL;
    }
  if (handlers && peek (P) == RS_TOK_ELSE)
    {
      const RsToken *els = advance (P);

      if (!rs_parser_expect (P, RS_TOK_COLON) || !parse_block (P, &ignored, "'else' statement", els->line))
        return NULL;
    }
  if (peek (P) == RS_TOK_FINALLY)
    {
      const RsToken *fin = advance (P);

      handlers = TRUE;
      if (!rs_parser_expect (P, RS_TOK_COLON)
          || !parse_block (P, &ignored, "'finally' statement", fin->line))
        return NULL;
    }
  if (!handlers)
    return rs_parser_fail_at (P, cur (P), "expected 'except' or 'finally' block");
  return rs_parser_unsupported_stmt (P, start, "try is not in the subset");
}

static gboolean
parse_with_item (RsParser *P)
{
  if (rs_parser_parse_expression (P) == NULL)
    return FALSE;
  if (accept (P, RS_TOK_AS))
    {
      RsExpr *target = rs_parser_parse_star_targets (P);

      return target != NULL && rs_parser_check_target (P, target, TARGET_STORE);
    }
  return TRUE;
}

static RsStmt *
parse_with (RsParser *P)
{
  const RsToken *start = advance (P);
  RsBlock ignored;
  gboolean paren = FALSE;

  /* `with (a as b, c):` – parenthesized items, told apart from a
   * parenthesized expression by an `as` at the first nesting level */
  if (peek (P) == RS_TOK_LPAR)
    {
      guint i, level = 0;

      for (i = P->pos; i < P->n && P->toks[i].kind != RS_TOK_NEWLINE; i++)
        {
          RsTokenKind k = P->toks[i].kind;

          if (k == RS_TOK_LPAR || k == RS_TOK_LSQB || k == RS_TOK_LBRACE)
            level++;
          else if (k == RS_TOK_RPAR || k == RS_TOK_RSQB || k == RS_TOK_RBRACE)
            {
              if (--level == 0)
                {
                  paren = paren && i + 1 < P->n && P->toks[i + 1].kind == RS_TOK_COLON;
                  break;
                }
            }
          else if (k == RS_TOK_AS && level == 1)
            paren = TRUE;
        }
    }
  if (paren)
    advance (P);
  do
    {
      if (paren && peek (P) == RS_TOK_RPAR)
        break;
      if (!parse_with_item (P))
        return NULL;
    }
  while (accept (P, RS_TOK_COMMA));
  if (paren && !rs_parser_expect (P, RS_TOK_RPAR))
    return NULL;
  if (!rs_parser_expect (P, RS_TOK_COLON) || !parse_block (P, &ignored, "'with' statement", start->line))
    return NULL;
  return rs_parser_unsupported_stmt (P, start, "with is not in the subset");
}

/* `match x:` followed by an indented block of `case`s (match is a soft
 * keyword: `match = 1` is an assignment). */
static gboolean
is_match_statement (RsParser *P)
{
  guint i;

  if (peek (P) != RS_TOK_NAME || strcmp (cur (P)->id, "match") != 0
      || !rs_parser_starts_expression (peek_at (P, 1)))
    return FALSE;
  for (i = P->pos; i + 3 < P->n && P->toks[i].kind != RS_TOK_NEWLINE; i++)
    ;
  return P->toks[i].kind == RS_TOK_NEWLINE && P->toks[i - 1].kind == RS_TOK_COLON
         && P->toks[i + 1].kind == RS_TOK_INDENT && P->toks[i + 2].kind == RS_TOK_NAME
         && strcmp (P->toks[i + 2].id, "case") == 0;
}

static RsStmt *
skip_match (RsParser *P)
{
  const RsToken *start = cur (P);
  guint level = 0;

  /* patterns have a grammar of their own: skip the whole statement */
  while (peek (P) != RS_TOK_NEWLINE && peek (P) != RS_TOK_ERROR)
    advance (P);
  advance (P);
  do
    {
      if (peek (P) == RS_TOK_INDENT)
        level++;
      else if (peek (P) == RS_TOK_DEDENT)
        level--;
      else if (peek (P) == RS_TOK_ERROR)
        return rs_parser_invalid_syntax (P);
      advance (P);
    }
  while (level > 0 && peek (P) != RS_TOK_END);
  return rs_parser_unsupported_stmt (P, start, "match statements are not in the subset");
}

static RsStmt *
parse_decorated (RsParser *P)
{
  while (accept (P, RS_TOK_AT))
    {
      if (rs_parser_parse_named_expression (P) == NULL)
        return NULL;
      if (!accept (P, RS_TOK_NEWLINE))
        return rs_parser_invalid_syntax (P);
    }
  if (peek (P) == RS_TOK_DEF)
    return parse_def (P, TRUE);
  if (peek (P) == RS_TOK_CLASS)
    return parse_class (P, TRUE);
  if (peek (P) == RS_TOK_ASYNC && peek_at (P, 1) == RS_TOK_DEF)
    {
      const RsToken *start = advance (P);

      if (parse_def (P, TRUE) == NULL)
        return NULL;
      return rs_parser_unsupported_stmt (P, start, "async is not in the subset");
    }
  return rs_parser_invalid_syntax (P);
}

static RsStmt *
parse_async (RsParser *P)
{
  const RsToken *start = advance (P);
  RsStmt *inner;

  switch (peek (P))
    {
    case RS_TOK_DEF: inner = parse_def (P, FALSE); break;
    case RS_TOK_FOR: inner = parse_for (P); break;
    case RS_TOK_WITH: inner = parse_with (P); break;
    default: return rs_parser_invalid_syntax (P);
    }
  if (inner == NULL)
    return NULL;
  return rs_parser_unsupported_stmt (P, start, "async is not in the subset");
}

static gboolean
parse_statement (RsParser    *P,
                 GPtrArray *out)
{
  RsStmt *s;

  switch (peek (P))
    {
    case RS_TOK_IF: s = parse_if (P); break;
    case RS_TOK_WHILE: s = parse_while (P); break;
    case RS_TOK_FOR: s = parse_for (P); break;
    case RS_TOK_DEF: s = parse_def (P, FALSE); break;
    case RS_TOK_CLASS: s = parse_class (P, FALSE); break;
    case RS_TOK_TRY: s = parse_try (P); break;
    case RS_TOK_WITH: s = parse_with (P); break;
    case RS_TOK_ASYNC: s = parse_async (P); break;
    case RS_TOK_AT: s = parse_decorated (P); break;
    case RS_TOK_INDENT: return unexpected_indent (P, cur (P)) != NULL;
    default:
      if (is_match_statement (P))
        {
          s = skip_match (P);
          break;
        }
      return parse_simple_statements (P, out);
    }
  if (s == NULL)
    return FALSE;
  g_ptr_array_add (out, s);
  return TRUE;
}

gboolean
rs_parser_parse (RsModule         *module,
                 const RsToken    *tokens,
                 guint             n_tokens,
                 const RsLexError *lex_error,
                 GError          **error)
{
  RsParser P = { 0 };
  g_autoptr(GPtrArray) stmts = g_ptr_array_new ();
  GError *local_error = NULL;

  g_return_val_if_fail (n_tokens > 0 && tokens[n_tokens - 1].kind == RS_TOK_END, FALSE);

  P.filename = module->filename;
  P.toks = tokens;
  P.n = n_tokens;
  P.data = RS_MODULE_DATA (module);
  P.arena = P.data->arena;
  P.error = &local_error;

  while (peek (&P) != RS_TOK_END)
    {
      if (peek (&P) == RS_TOK_DEDENT || peek (&P) == RS_TOK_NEWLINE)
        {
          rs_parser_fail_at (&P, cur (&P), "invalid syntax");
          break;
        }
      if (!parse_statement (&P, stmts))
        break;
    }
  if (lex_error->error != NULL
      && (local_error == NULL || MAX (P.pos, P.furthest) >= lex_error->index
          || (!P.indent_error && (lex_error->overrides
                                  || (lex_error->bracket_line != 0
                                      && MAX (P.error_line,
                                              P.toks[MAX (P.pos, P.furthest)].line)
                                         > lex_error->bracket_line)))))
    {
      /* CPython, after a generic parser error, tokenizes the rest of the
       * source and reports what it finds there instead */
      g_clear_error (&local_error);
      local_error = g_error_copy (lex_error->error);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  module->body.stmts = (RsStmt **) rs_arena_steal_ptrs (P.arena, stmts, &module->body.n_stmts);
  return TRUE;
}
