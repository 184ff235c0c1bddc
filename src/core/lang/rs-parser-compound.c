/* rs-parser-compound.c: the compound statements of the parser
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Indented blocks, if/while/for, def and class, and what the subset does
 * not have but the parser must read to reject it at the oracle's place
 * (with, match, decorators, async); try; one statement of any kind.
 */
#include "config.h"

#include "rs-parser-private.h"

#include <glib/gi18n-lib.h>

#include <string.h>

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
      if (!rs_parser_parse_simple_statements (P, stmts))
        return FALSE;
    }
  else
    {
      if (!accept (P, RS_TOK_INDENT))
        {
          RsToken at = *cur (P);

          guint i = P->pos;
          while (P->toks[i].kind == RS_TOK_DEDENT)
            i++;
          /* at the end of the file, the end of its last line; else
           * CPython's DEDENT tokens have no column: the offset is 0 */
          if (P->toks[i].kind == RS_TOK_END)
            {
              at.line = P->toks[i].end_line;
              at.ccol = P->toks[i].end_col;
            }
          else if (at.kind == RS_TOK_DEDENT)
            at.ccol = 0;
          return rs_parser_fail_at (P, &at, "expected an indented block after %s on line %u",
                          what, header_line) != NULL;
        }
      if (P->blocks >= RS_MAX_DEPTH)
        return rs_parser_fail_at (P, cur (P), _("too many nested blocks and elif branches (more than %u)"),
                        RS_MAX_DEPTH) != NULL;
      P->blocks++;
      while (peek (P) != RS_TOK_DEDENT && peek (P) != RS_TOK_END)
        if (!rs_parser_parse_statement (P, stmts))
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
        return rs_parser_fail_at (P, cur (P), _("too many nested blocks and elif branches (more than %u)"),
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

/* `else:` after a loop, into @orelse (left empty without one). */
static gboolean
parse_loop_else (RsParser *P,
                 RsBlock  *orelse)
{
  const RsToken *els;

  if (peek (P) != RS_TOK_ELSE)
    return TRUE;
  els = advance (P);
  return rs_parser_expect (P, RS_TOK_COLON)
         && parse_block (P, orelse, "'else' statement", els->line);
}

static RsStmt *
parse_while (RsParser *P)
{
  const RsToken *start = advance (P);
  const RsToken *test_start = cur (P);
  RsExpr *test = rs_parser_parse_named_expression (P);
  RsStmt *s;
  guint header_end;

  if (!check_test (P, test_start, test) || !rs_parser_expect (P, RS_TOK_COLON))
    return NULL;
  header_end = prev (P)->end_line;
  s = rs_parser_new_stmt (P, RS_STMT_WHILE, start);
  s->while_.test = test;
  if (!parse_block (P, &s->while_.body, "'while' statement", start->line)
      || !parse_loop_else (P, &s->while_.orelse))
    return NULL;
  s->end_line = header_end;
  return s;
}

static RsStmt *
parse_for (RsParser *P)
{
  const RsToken *start = advance (P);
  RsExpr *target, *iter;
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
      || !parse_loop_else (P, &s->for_.orelse))
    return NULL;
  if (rs_parser_target_flaw (target, FALSE) != NULL)
    return rs_parser_unsupported_stmt (P, start, rs_parser_target_flaw (target, FALSE));
  s->end_line = header_end;
  return s;
}

/* The def's (or the lambda's) parameters in co_varnames order */
void
rs_parser_set_params (RsParser    *P,
                      RsStmt      *s,
                      RsParamSpec *spec)
{
  g_autoptr(GPtrArray) params = g_ptr_array_new ();
  guint n_kwonly;

  s->def.n_posonly = spec->n_posonly;
  s->def.n_positional = spec->positional->len;
  s->def.n_kwonly = spec->kwonly->len;
  s->def.varargs = spec->vararg != NULL;
  s->def.varkw = spec->kwarg != NULL;
  g_ptr_array_extend (params, spec->positional, NULL, NULL);
  g_ptr_array_extend (params, spec->kwonly, NULL, NULL);
  if (spec->vararg != NULL)
    g_ptr_array_add (params, (gpointer) spec->vararg);
  if (spec->kwarg != NULL)
    g_ptr_array_add (params, (gpointer) spec->kwarg);
  s->def.params = (const char **) rs_arena_steal_ptrs (P->arena, params, &s->def.n_params);
  s->def.defaults = (RsExpr **) rs_arena_steal_ptrs (P->arena, spec->defaults, &s->def.n_defaults);
  s->def.kw_defaults = (RsExpr **) rs_arena_steal_ptrs (P->arena, spec->kw_defaults, &n_kwonly);
  g_assert (n_kwonly == s->def.n_kwonly);
}

static RsStmt *
parse_def (RsParser   *P,
           GPtrArray *decorators)
{
  const RsToken *start = advance (P);
  const RsToken *name = cur (P);
  g_auto(RsParamSpec) spec = RS_PARAM_SPEC_INIT;
  const char *flaw = NULL;
  RsPosition *duplicate = NULL;
  g_autoptr(GPtrArray) annotations = g_ptr_array_new ();
  RsExpr *returns = NULL;
  RsStmt *s;
  guint header_end;
  gboolean ok;

  rs_param_spec_init (&spec);
  if (!rs_parser_expect (P, RS_TOK_NAME))
    return NULL;
  rs_parser_bind (P, name->id);
  if (!rs_parser_expect (P, RS_TOK_LPAR))
    return NULL;
  P->annotations = annotations;
  ok = rs_parser_parse_params (P, RS_TOK_RPAR, TRUE, &spec, &flaw, &duplicate);
  P->annotations = NULL;
  if (!ok || !rs_parser_expect (P, RS_TOK_RPAR))
    return NULL;
  if (accept (P, RS_TOK_RARROW) && (returns = rs_parser_parse_expression (P)) == NULL)
    return NULL;
  if (!rs_parser_expect (P, RS_TOK_COLON))
    return NULL;
  header_end = prev (P)->end_line;
  s = rs_parser_new_stmt (P, RS_STMT_DEF, start);
  if (duplicate != NULL)
    g_hash_table_insert (P->data->duplicate_params, s, duplicate);
  s->def.name = name->id;
  s->def.bound = s->def.name;
  rs_parser_set_params (P, s, &spec);
  s->def.returns = returns;
  if (decorators != NULL)
    s->def.decorators = rs_parser_steal (P, decorators, &s->def.n_decorators);
  /* one per named parameter, in source order (CPython's order of
   * evaluation), which is not co_varnames order */
  if (annotations->len == s->def.n_params)
    {
      guint n_annotations;

      s->def.annotations = rs_parser_steal (P, annotations, &n_annotations);
    }
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
  const char *flaw = decorated ? "class decorators are not in the subset; call the "
                     "function on the class after it: `Name = deco(Name)`" : NULL;
  RsExpr *base = NULL, **bases = NULL;
  guint n_bases = 0;
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
      if (call->kind != RS_EXPR_CALL || call->call.n_keywords > 0)
        flaw = "only `class Name:` or `class Name(Base, ...):` with classes of the script "
               "(class keywords are not in the subset)";
      for (guint i = 0; flaw == NULL && i < call->call.n_args; i++)
        if (call->call.args[i]->kind != RS_EXPR_NAME)
          flaw = "only `class Name:` or `class Name(Base, ...):` with classes of the script, "
                 "each base a name";
      if (flaw == NULL && call->call.n_args > 0)
        {
          base = call->call.args[0];
          bases = call->call.args;
          n_bases = call->call.n_args;
        }
    }
  if (!rs_parser_expect (P, RS_TOK_COLON))
    return NULL;
  header_end = prev (P)->end_line;
  s = rs_parser_new_stmt (P, RS_STMT_CLASS, start);
  s->class_.name = name->id;
  s->class_.base = base;
  s->class_.bases = bases;
  s->class_.n_bases = n_bases;
  if (!parse_block (P, &s->class_.body, "class definition", start->line))
    return NULL;
  if (flaw != NULL)
    return rs_parser_unsupported_stmt (P, start, flaw);
  s->end_line = header_end;
  return s;
}

/* One `except [E [as name]]:` clause; NULL on a syntax error. */
static RsStmt *
parse_except (RsParser *P,
              gboolean *starred)
{
  const RsToken *exc = advance (P);
  RsStmt *h = rs_parser_new_stmt (P, RS_STMT_EXCEPT, exc);

  *starred = accept (P, RS_TOK_STAR) || *starred;
  if (peek (P) != RS_TOK_COLON)
    {
      const RsToken *first = cur (P);

      if ((h->except_.type = rs_parser_parse_expression (P)) == NULL)
        return NULL;
      if (peek (P) == RS_TOK_COMMA)
        return rs_parser_fail_at (P, first, "multiple exception types must be parenthesized");
      if (accept (P, RS_TOK_AS))
        {
          const RsToken *name = cur (P);

          if (!rs_parser_expect (P, RS_TOK_NAME))
            return NULL;
          h->except_.name = name->id;
          rs_parser_bind (P, name->id);
        }
    }
  if (!rs_parser_expect (P, RS_TOK_COLON)
      || !parse_block (P, &h->except_.body, "'except' statement", exc->line))
    return NULL;
  return h;
}

static RsStmt *
parse_try (RsParser *P)
{
  const RsToken *start = advance (P);
  RsStmt *s = rs_parser_new_stmt (P, RS_STMT_TRY, start);
  g_autoptr(GPtrArray) handlers = g_ptr_array_new ();
  gboolean starred = FALSE;

  if (!rs_parser_expect (P, RS_TOK_COLON) || !parse_block (P, &s->try_.body, "'try' statement", start->line))
    return NULL;
  while (peek (P) == RS_TOK_EXCEPT)
    {
      RsStmt *h = parse_except (P, &starred);

      if (h == NULL)
        return NULL;
      g_ptr_array_add (handlers, h);
    }
  if (handlers->len > 0 && peek (P) == RS_TOK_ELSE)
    {
      const RsToken *els = advance (P);

      if (!rs_parser_expect (P, RS_TOK_COLON) || !parse_block (P, &s->try_.orelse, "'else' statement", els->line))
        return NULL;
    }
  if (peek (P) == RS_TOK_FINALLY)
    {
      const RsToken *fin = advance (P);

      if (!rs_parser_expect (P, RS_TOK_COLON)
          || !parse_block (P, &s->try_.finalbody, "'finally' statement", fin->line))
        return NULL;
    }
  else if (handlers->len == 0)
    return rs_parser_fail_at (P, cur (P), "expected 'except' or 'finally' block");
  if (starred)
    return rs_parser_unsupported_stmt (P, start, "except* is not in the subset: write `except E:`");
  s->try_.handlers.stmts = (RsStmt **) rs_arena_steal_ptrs (P->arena, handlers, &s->try_.handlers.n_stmts);
  return s;
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
  g_autoptr(GPtrArray) decorators = g_ptr_array_new ();

  while (accept (P, RS_TOK_AT))
    {
      RsExpr *e = rs_parser_parse_named_expression (P);

      if (e == NULL)
        return NULL;
      g_ptr_array_add (decorators, e);
      if (!accept (P, RS_TOK_NEWLINE))
        return rs_parser_invalid_syntax (P);
    }
  if (peek (P) == RS_TOK_DEF)
    return parse_def (P, decorators);
  if (peek (P) == RS_TOK_CLASS)
    return parse_class (P, TRUE);
  if (peek (P) == RS_TOK_ASYNC && peek_at (P, 1) == RS_TOK_DEF)
    {
      const RsToken *start = advance (P);

      if (parse_def (P, decorators) == NULL)
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
    case RS_TOK_DEF: inner = parse_def (P, NULL); break;
    case RS_TOK_FOR: inner = parse_for (P); break;
    case RS_TOK_WITH: inner = parse_with (P); break;
    default: return rs_parser_invalid_syntax (P);
    }
  if (inner == NULL)
    return NULL;
  return rs_parser_unsupported_stmt (P, start, "async is not in the subset");
}

gboolean
rs_parser_parse_statement (RsParser  *P,
                           GPtrArray *out)
{
  RsStmt *s;

  switch (peek (P))
    {
    case RS_TOK_IF: s = parse_if (P); break;
    case RS_TOK_WHILE: s = parse_while (P); break;
    case RS_TOK_FOR: s = parse_for (P); break;
    case RS_TOK_DEF: s = parse_def (P, NULL); break;
    case RS_TOK_CLASS: s = parse_class (P, FALSE); break;
    case RS_TOK_TRY: s = parse_try (P); break;
    case RS_TOK_WITH: s = parse_with (P); break;
    case RS_TOK_ASYNC: s = parse_async (P); break;
    case RS_TOK_AT: s = parse_decorated (P); break;
    case RS_TOK_INDENT: return rs_parser_unexpected_indent (P, cur (P)) != NULL;
    default:
      if (is_match_statement (P))
        {
          s = skip_match (P);
          break;
        }
      return rs_parser_parse_simple_statements (P, out);
    }
  if (s == NULL)
    return FALSE;
  g_ptr_array_add (out, s);
  return TRUE;
}
