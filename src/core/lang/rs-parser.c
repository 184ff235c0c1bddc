/* rs-parser.c: the recursive-descent parser of session scripts
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One function per rule of Python 3.11's grammar (Grammar/python.gram),
 * simplified where the difference cannot change whether a script is valid
 * Python.  Positions follow CPython: a node starts at the first token of
 * the rule that made it, so `(a + b) * c` starts at the parenthesis while
 * the inner `a + b` starts at `a`.  This file: the helpers every rule
 * uses and the entry point; rs-parser-simple.c and rs-parser-compound.c:
 * statements; rs-parser-primary.c and rs-parser-expr.c: expressions.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "rs-parser-private.h"

#include <stdarg.h>
#include <string.h>

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

gpointer
rs_parser_unexpected_indent (RsParser      *P,
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
    return rs_parser_unexpected_indent (P, at);
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
      rs_parser_fail_at (P, cur (P), _("expression nested too deeply (more than %u levels)"),
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
  message = g_strdup_vprintf (g_dgettext (GETTEXT_PACKAGE, format), args);
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

  /* the checker reports it with "%s": the catalogue is asked here */
  s->unsupported.message = g_dgettext (GETTEXT_PACKAGE, message);
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
    case RS_EXPR_ELLIPSIS: return "ellipsis";
    case RS_EXPR_INT: case RS_EXPR_FLOAT: case RS_EXPR_STR: case RS_EXPR_UNSUPPORTED_CONST: return "literal";
    case RS_EXPR_CALL: return "function call";
    case RS_EXPR_COMPARE: return "comparison";
    case RS_EXPR_DICT: return "dict literal";
    case RS_EXPR_ATTR: return "attribute";
    case RS_EXPR_SUBSCRIPT: return "subscript";
    case RS_EXPR_JOINED: return "f-string expression";
    case RS_EXPR_LAMBDA: return "lambda";
    case RS_EXPR_COMP:
      return e->comp.kind == RS_COMP_LIST ? "list comprehension"
             : e->comp.kind == RS_COMP_DICT ? "dict comprehension" : "generator expression";
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
    gboolean here = e == hint && (e->kind == RS_EXPR_CALL || e->kind == RS_EXPR_INT || e->kind == RS_EXPR_FLOAT
                                  || e->kind == RS_EXPR_STR || e->kind == RS_EXPR_BINOP
                                  || e->kind == RS_EXPR_NEG || e->kind == RS_EXPR_POS || e->kind == RS_EXPR_DICT
                                  || e->kind == RS_EXPR_JOINED
                                  || (e->kind == RS_EXPR_COMP && e->comp.kind != RS_COMP_GEN)
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
      if (!rs_parser_parse_statement (&P, stmts))
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
