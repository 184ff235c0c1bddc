/* rs-parser.c: the recursive-descent parser of session scripts
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One function per rule of Python 3.11's grammar (Grammar/python.gram),
 * simplified where the difference cannot change whether a script is valid
 * Python.  Positions follow CPython: a node starts at the first token of
 * the rule that made it, so `(a + b) * c` starts at the parenthesis while
 * the inner `a + b` starts at `a`.
 */
#include "rs-parser.h"
#include "rs-check.h"

#include <stdarg.h>
#include <string.h>

/* Deepest expression tree: every later pass recurses over it.  The oracle's
 * own checker recurses too and fails beyond about 490 levels. */
#define MAX_DEPTH RS_MAX_DEPTH

typedef struct {
  const char    *filename;
  const RsToken *toks;
  guint          n;
  guint          pos;
  RsArena       *arena;
  RsModuleData  *data;
  GError       **error;
  guint          depth;
  const RsToken *last_item;   /* start of the last element parsed in brackets */
  guint          error_line;  /* of the parser's own error */
  guint          furthest;    /* furthest token looked at */
  guint          blocks;      /* nesting of blocks and elif branches */
  gboolean       indent_error;
} Parser;

static RsExpr *parse_expression (Parser *P);
static RsExpr *parse_named_expression (Parser *P);
static RsExpr *parse_star_expressions (Parser *P);
static RsExpr *parse_bitwise_or (Parser *P);
static RsExpr *parse_disjunction (Parser *P);
static RsExpr *parse_factor (Parser *P);
static RsExpr *parse_star_targets (Parser *P);
static gboolean parse_statement (Parser *P, GPtrArray *out);
static gboolean starts_expression (RsTokenKind kind);
static gboolean starts_operand (RsTokenKind kind, gboolean inversion);
static gboolean parse_block (Parser *P, RsBlock *out, const char *what, guint header_line);

/* ------------------------------------------------------------------ */
/* tokens                                                              */

static inline const RsToken *
cur (Parser *P)
{
  return &P->toks[P->pos];
}

static inline RsTokenKind
peek (Parser *P)
{
  return P->toks[P->pos].kind;
}

static inline RsTokenKind
peek_at (Parser *P,
         guint   ahead)
{
  guint i = MIN (P->pos + ahead, P->n - 1);

  /* never past the tokenizer's error */
  while (i > P->pos && P->toks[i - 1].kind == RS_TOK_ERROR)
    i--;
  P->furthest = MAX (P->furthest, i);
  return P->toks[i].kind;
}

static inline const RsToken *
advance (Parser *P)
{
  const RsToken *tok = &P->toks[P->pos];

  /* never past the tokenizer's error: the parse fails there */
  if (P->pos + 1 < P->n && tok->kind != RS_TOK_ERROR)
    P->pos++;
  return tok;
}

static inline gboolean
accept (Parser      *P,
        RsTokenKind  kind)
{
  if (peek (P) != kind)
    return FALSE;
  advance (P);
  return TRUE;
}

static inline const RsToken *
prev (Parser *P)
{
  return &P->toks[P->pos > 0 ? P->pos - 1 : 0];
}

/* ------------------------------------------------------------------ */
/* errors                                                              */

static gpointer
fail_at (Parser        *P,
         const RsToken *at,
         const char    *format,
         ...) G_GNUC_PRINTF (3, 4);

static gpointer
fail_at (Parser        *P,
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
unexpected_indent (Parser        *P,
                   const RsToken *at)
{
  RsToken before = *at;

  /* CPython points at the last character of the indentation */
  before.ccol = MAX (at->ccol, 2) - 1;
  P->indent_error = TRUE;
  return fail_at (P, &before, "unexpected indent");
}

static gpointer
invalid_syntax (Parser *P)
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
    return fail_at (P, prev (P), "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                    prev (P)->id, prev (P)->id);
  if (at->kind == RS_TOK_END)
    return fail_at (P, at, "unexpected end of file");
  return fail_at (P, at, "invalid syntax");
}

static gboolean
expect (Parser      *P,
        RsTokenKind  kind)
{
  if (accept (P, kind))
    return TRUE;
  /* CPython's forced tokens: a header's colon before the end of the line,
   * the parenthesis after `def NAME` */
  if ((kind == RS_TOK_COLON && peek (P) == RS_TOK_NEWLINE) || kind == RS_TOK_LPAR)
    return fail_at (P, cur (P), "expected '%s'", rs_token_kind_describe (kind)) != NULL;
  return invalid_syntax (P) != NULL;
}

/* The closing bracket of a display or call; an expression instead of it
 * is most likely a missing comma (CPython's invalid_expression rule). */
static gboolean
expect_close (Parser      *P,
              RsTokenKind  kind)
{
  const RsToken *item = P->last_item;
  RsTokenKind next = peek (P);

  /* an expression must follow: `[a - not b]` is just invalid syntax */
  if (next != kind && item != NULL && starts_expression (next)
      && ((next != RS_TOK_MINUS && next != RS_TOK_PLUS && next != RS_TOK_TILDE
           && next != RS_TOK_STAR) || starts_operand (peek_at (P, 1), FALSE))
      && !(item->kind == RS_TOK_NAME && item[1].kind == RS_TOK_STRING))
    {
      peek_at (P, 1);    /* CPython read past the second expression */
      return fail_at (P, item, "invalid syntax. Perhaps you forgot a comma?") != NULL;
    }
  return expect (P, kind);
}

/* Nesting guard: every recursive rule goes through it. */
static gboolean
enter (Parser *P,
       guint   extra)
{
  if (P->depth + extra >= MAX_DEPTH)
    {
      fail_at (P, cur (P), "expression nested too deeply (more than %u levels)",
               MAX_DEPTH);
      return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* nodes                                                               */

static void
set_end (Parser *P,
         RsExpr *e)
{
  e->end_line = prev (P)->end_line;
  e->end_col = prev (P)->end_col;
}

static RsExpr *
new_expr (Parser        *P,
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

static RsExpr *
unsupported (Parser        *P,
             const RsToken *start,
             RsExpr        *before,
             const char    *format,
             ...) G_GNUC_PRINTF (4, 5);

static RsExpr *
unsupported (Parser        *P,
             const RsToken *start,
             RsExpr        *before,
             const char    *format,
             ...)
{
  RsExpr *e = new_expr (P, RS_EXPR_UNSUPPORTED, start);
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

static RsStmt *
new_stmt (Parser        *P,
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

static RsStmt *
unsupported_stmt (Parser        *P,
                  const RsToken *start,
                  const char    *message)
{
  RsStmt *s = new_stmt (P, RS_STMT_UNSUPPORTED, start);

  s->unsupported.message = message;
  return s;
}

static RsExpr **
steal (Parser    *P,
       GPtrArray *array,
       guint     *n)
{
  return (RsExpr **) rs_arena_steal_ptrs (P->arena, array, n);
}

static void
bind (Parser     *P,
      const char *name)
{
  g_hash_table_add (P->data->bound, (gpointer) name);
}

static gboolean
starts_expression (RsTokenKind kind)
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
static gboolean
starts_operand (RsTokenKind kind,
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

static const char *
describe_expr (const RsExpr *e)
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

typedef enum {
  TARGET_STORE,
  TARGET_DEL,
} TargetMode;

/* Checks that @e can be assigned to (or deleted), as CPython's parser does,
 * and records the names it binds.  @hint: the element just before a
 * single `=`, which CPython suspects to be a mistyped `==`. */
static gboolean
check_target_hint (Parser       *P,
                   RsExpr       *e,
                   TargetMode    mode,
                   const RsExpr *hint)
{
  guint i;

  switch ((int) e->kind)
    {
    case RS_EXPR_NAME:
      bind (P, e->name.id);
      return TRUE;
    case RS_EXPR_ATTR:
    case RS_EXPR_SUBSCRIPT:
    case RS_EXPR_UNSUPPORTED_TARGET:
      return TRUE;
    case RS_EXPR_TUPLE:
    case RS_EXPR_LIST:
      for (i = 0; i < e->seq.n_items; i++)
        if (!check_target_hint (P, e->seq.items[i], mode, hint))
          return FALSE;
      return TRUE;
    case RS_EXPR_STARRED:
      if (mode == TARGET_DEL)
        break;
      return check_target_hint (P, e->unary.operand, mode, hint);
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
      return fail_at (P, &at, "cannot delete starred") != NULL;
    return fail_at (P, &at, "cannot %s %s%s", mode == TARGET_DEL ? "delete" : "assign to",
                    describe_expr (e),
                    here ? " here. Maybe you meant '==' instead of '='?" : "") != NULL;
  }
}

static gboolean
check_target (Parser     *P,
              RsExpr     *e,
              TargetMode  mode)
{
  return check_target_hint (P, e, mode, NULL);
}

/* ------------------------------------------------------------------ */
/* atoms                                                               */

static RsExpr *
parse_strings (Parser *P)
{
  const RsToken *start = cur (P);
  g_autoptr(GString) value = g_string_new (NULL);
  gboolean any_bytes = FALSE, any_text = FALSE, any_format = FALSE;
  RsExpr *e;

  const RsTokenProblem *problem = NULL;

  while (peek (P) == RS_TOK_STRING)
    {
      const RsToken *tok = advance (P);

      if (tok->str_flags & RS_STR_BYTES)
        any_bytes = TRUE;
      else
        any_text = TRUE;
      if (tok->str_flags & RS_STR_FORMAT)
        any_format = TRUE;
      if (tok->str_flags & RS_STR_INVALID)
        {
          /* a syntax error wins over an unsupported escape */
          if (problem == NULL || (problem->unsupported && !tok->problem->unsupported))
            problem = tok->problem;
        }
      else
        g_string_append_len (value, tok->str, tok->str_len);
    }
  if (any_bytes && any_text)
    {
      RsToken after = *prev (P);

      after.line = after.end_line;
      after.ccol = after.end_col;
      return fail_at (P, &after, "cannot mix bytes and nonbytes literals");
    }
  if (problem != NULL && !problem->unsupported)
    {
      RsToken at = { 0 };

      at.line = problem->line;
      at.ccol = problem->ccol;
      return fail_at (P, &at, "%s", problem->message);
    }
  if (any_format)
    return unsupported (P, start, NULL, "f-strings are not in the subset; "
                        "pass the values to print() separately");
  if (problem != NULL)
    return unsupported (P, start, NULL, "%s", problem->message);
  if (any_bytes)
    {
      e = unsupported (P, start, NULL, "bytes literals are not in the subset");
      e->kind = RS_EXPR_UNSUPPORTED_CONST;
      return e;
    }
  e = new_expr (P, RS_EXPR_STR, start);
  e->str.value = rs_arena_strndup (P->arena, value->str, value->len);
  e->str.len = value->len;
  return e;
}

/* `for targets in iterable [if cond]...` after the element of a
 * comprehension; records the targets as bound names. */
static gboolean
parse_comprehension_tail (Parser *P)
{
  while (peek (P) == RS_TOK_FOR || (peek (P) == RS_TOK_ASYNC && peek_at (P, 1) == RS_TOK_FOR))
    {
      RsExpr *target;

      accept (P, RS_TOK_ASYNC);
      advance (P);
      target = parse_star_targets (P);
      if (target == NULL || !check_target (P, target, TARGET_STORE) || !expect (P, RS_TOK_IN))
        return FALSE;
      /* disjunctions: they stop before `if`, `for` and `]` */
      if (parse_disjunction (P) == NULL)
        return FALSE;
      while (accept (P, RS_TOK_IF))
        if (parse_disjunction (P) == NULL)
          return FALSE;
    }
  return TRUE;
}

static RsExpr *
parse_star_named_expression (Parser *P)
{
  const RsToken *start = cur (P);

  if (accept (P, RS_TOK_STAR))
    {
      RsExpr *operand = parse_bitwise_or (P), *e;

      if (operand == NULL)
        return NULL;
      e = new_expr (P, RS_EXPR_STARRED, start);
      e->unary.operand = operand;
      return e;
    }
  return parse_named_expression (P);
}

static RsExpr *
parse_paren (Parser *P)
{
  const RsToken *start = advance (P);
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  const RsToken *first_start;
  RsExpr *first, *e;

  if (accept (P, RS_TOK_RPAR))
    {
      e = new_expr (P, RS_EXPR_TUPLE, start);
      return e;
    }
  if (peek (P) == RS_TOK_YIELD)
    {
      /* (yield x) */
      const RsToken *ystart = advance (P);

      accept (P, RS_TOK_FROM);
      if (peek (P) != RS_TOK_RPAR && parse_star_expressions (P) == NULL)
        return NULL;
      e = unsupported (P, ystart, NULL, "yield is not in the subset");
      return expect (P, RS_TOK_RPAR) ? e : NULL;
    }
  first_start = cur (P);
  first = parse_star_named_expression (P);
  if (first == NULL)
    return NULL;
  if (peek (P) == RS_TOK_FOR || peek (P) == RS_TOK_ASYNC)
    {
      if (!parse_comprehension_tail (P) || !expect (P, RS_TOK_RPAR))
        return NULL;
      return unsupported (P, start, NULL, "generator expressions are not in the subset");
    }
  P->last_item = first_start;
  if (peek (P) != RS_TOK_COMMA)
    {
      if (!expect_close (P, RS_TOK_RPAR))
        return NULL;
      if (first->kind == RS_EXPR_STARRED)
        return fail_at (P, start, "cannot use starred expression here");
      return first;      /* a group keeps its inner position */
    }
  g_ptr_array_add (items, first);
  while (accept (P, RS_TOK_COMMA) && peek (P) != RS_TOK_RPAR)
    {
      const RsToken *item_start = cur (P);
      RsExpr *item = parse_star_named_expression (P);

      if (item == NULL)
        return NULL;
      P->last_item = item_start;
      g_ptr_array_add (items, item);
    }
  if (!expect_close (P, RS_TOK_RPAR))
    return NULL;
  e = new_expr (P, RS_EXPR_TUPLE, start);
  e->seq.items = steal (P, items, &e->seq.n_items);
  return e;
}

static RsExpr *
parse_list (Parser *P)
{
  const RsToken *start = advance (P);
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  RsExpr *e;

  if (peek (P) != RS_TOK_RSQB)
    {
      const RsToken *first_start = cur (P);
      RsExpr *first = parse_star_named_expression (P);

      if (first == NULL)
        return NULL;
      if (peek (P) == RS_TOK_FOR || peek (P) == RS_TOK_ASYNC)
        {
          if (!parse_comprehension_tail (P) || !expect (P, RS_TOK_RSQB))
            return NULL;
          return unsupported (P, start, NULL, "list comprehensions are not in the "
                              "subset; build the list with a for loop and append()");
        }
      P->last_item = first_start;
      g_ptr_array_add (items, first);
      while (accept (P, RS_TOK_COMMA) && peek (P) != RS_TOK_RSQB)
        {
          const RsToken *item_start = cur (P);
          RsExpr *item = parse_star_named_expression (P);

          if (item == NULL)
            return NULL;
          P->last_item = item_start;
          g_ptr_array_add (items, item);
        }
    }
  if (!expect_close (P, RS_TOK_RSQB))
    return NULL;
  e = new_expr (P, RS_EXPR_LIST, start);
  e->seq.items = steal (P, items, &e->seq.n_items);
  return e;
}

static RsExpr *
parse_braces (Parser *P)
{
  const RsToken *start = advance (P);
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  g_autoptr(GPtrArray) values = g_ptr_array_new ();
  gboolean is_set = FALSE, unpack = FALSE;
  RsExpr *e;
  guint n;

  if (accept (P, RS_TOK_RBRACE))
    return new_expr (P, RS_EXPR_DICT, start);

  for (;;)
    {
      if (accept (P, RS_TOK_DOUBLESTAR))
        {
          if (is_set || parse_bitwise_or (P) == NULL)
            return is_set ? invalid_syntax (P) : NULL;
          unpack = TRUE;
        }
      else
        {
          const RsToken *key_start = cur (P);
          RsExpr *key = parse_star_named_expression (P);

          if (key == NULL)
            return NULL;
          P->last_item = key_start;
          if (keys->len + values->len == 0 && !unpack && peek (P) != RS_TOK_COLON)
            is_set = TRUE;
          if (is_set)
            g_ptr_array_add (keys, key);
          else
            {
              const RsToken *value_start;
              RsExpr *value;

              if (peek (P) != RS_TOK_COLON)
                {
                  RsToken at = *key_start;

                  /* CPython points at the key's last character */
                  at.line = key->end_line;
                  at.ccol = key->end_col - 1;
                  return fail_at (P, &at, "':' expected after dictionary key");
                }
              advance (P);
              if (peek (P) == RS_TOK_RBRACE || peek (P) == RS_TOK_COMMA)
                return fail_at (P, prev (P), "expression expected after dictionary key and ':'");
              value_start = cur (P);
              if ((value = parse_expression (P)) == NULL)
                return NULL;
              P->last_item = value_start;
              g_ptr_array_add (keys, key);
              g_ptr_array_add (values, value);
            }
          if ((peek (P) == RS_TOK_FOR || peek (P) == RS_TOK_ASYNC) && keys->len == 1 && !unpack)
            {
              if (!parse_comprehension_tail (P) || !expect (P, RS_TOK_RBRACE))
                return NULL;
              return unsupported (P, start, NULL, is_set
                                  ? "set comprehensions are not in the subset"
                                  : "dict comprehensions are not in the subset; "
                                    "fill the dict with a for loop");
            }
        }
      if (!accept (P, RS_TOK_COMMA) || peek (P) == RS_TOK_RBRACE)
        break;
    }
  if (!expect_close (P, RS_TOK_RBRACE))
    return NULL;
  if (is_set)
    return unsupported (P, start, NULL, "sets are not in the subset");
  if (unpack)
    return unsupported (P, start, NULL, "** in dict displays is not in the subset");
  e = new_expr (P, RS_EXPR_DICT, start);
  e->dict.keys = steal (P, keys, &n);
  e->dict.values = steal (P, values, &e->dict.n_items);
  return e;
}

static RsExpr *
parse_atom (Parser *P)
{
  const RsToken *start = cur (P);
  RsExpr *e;

  switch (peek (P))
    {
    case RS_TOK_NAME:
      advance (P);
      e = new_expr (P, RS_EXPR_NAME, start);
      e->name.id = start->id;
      return e;
    case RS_TOK_NONE:
      advance (P);
      return new_expr (P, RS_EXPR_NONE, start);
    case RS_TOK_TRUE:
      advance (P);
      return new_expr (P, RS_EXPR_TRUE, start);
    case RS_TOK_FALSE:
      advance (P);
      return new_expr (P, RS_EXPR_FALSE, start);
    case RS_TOK_INT:
      advance (P);
      e = new_expr (P, RS_EXPR_INT, start);
      e->integer.value = start->value;
      e->integer.digits = start->digits;
      return e;
    case RS_TOK_FLOAT:
    case RS_TOK_IMAG:
    case RS_TOK_ELLIPSIS:
      advance (P);
      e = unsupported (P, start, NULL, "%s literals are not in the subset%s",
                       start->kind == RS_TOK_FLOAT ? "float"
                       : start->kind == RS_TOK_IMAG ? "complex" : "ellipsis",
                       start->kind == RS_TOK_FLOAT ? "; use integers" : "");
      e->kind = RS_EXPR_UNSUPPORTED_CONST;
      return e;
    case RS_TOK_STRING:
      return parse_strings (P);
    case RS_TOK_LPAR:
      return parse_paren (P);
    case RS_TOK_LSQB:
      return parse_list (P);
    case RS_TOK_LBRACE:
      return parse_braces (P);
    default:
      return invalid_syntax (P);
    }
}

/* ------------------------------------------------------------------ */
/* primaries                                                           */

static RsExpr *
parse_call (Parser        *P,
            const RsToken *start,
            RsExpr        *func)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  gboolean fancy = FALSE, genexp = FALSE;
  const RsToken *open = advance (P);
  RsExpr *e;

  while (peek (P) != RS_TOK_RPAR)
    {
      if (peek (P) == RS_TOK_STAR || peek (P) == RS_TOK_DOUBLESTAR
          || (peek (P) == RS_TOK_NAME && peek_at (P, 1) == RS_TOK_EQUAL))
        {
          const RsToken *value_start;

          advance (P);
          if (peek (P) == RS_TOK_EQUAL)
            advance (P);
          value_start = cur (P);
          if (parse_expression (P) == NULL)
            return NULL;
          P->last_item = value_start;
          fancy = TRUE;
        }
      else
        {
          const RsToken *arg_start = cur (P);
          RsExpr *arg = parse_named_expression (P);

          if (arg == NULL)
            return NULL;
          if (peek (P) == RS_TOK_FOR || peek (P) == RS_TOK_ASYNC)
            {
              if (!parse_comprehension_tail (P))
                return NULL;
              /* the sole argument `f(x for x in y)` includes the parentheses */
              if (args->len == 0 && !fancy && peek (P) == RS_TOK_RPAR)
                arg_start = open;
              arg = unsupported (P, arg_start, NULL,
                                 "generator expressions are not in the subset");
              genexp = TRUE;
            }
          P->last_item = arg_start;
          g_ptr_array_add (args, arg);
        }
      if (!accept (P, RS_TOK_COMMA))
        break;
    }
  if (!expect_close (P, RS_TOK_RPAR))
    return NULL;
  if (genexp && args->len + fancy > 1)
    return fail_at (P, start, "Generator expression must be parenthesized");
  if (fancy)
    return unsupported (P, start, NULL, "keyword and starred arguments are not in "
                        "the subset; pass plain positional arguments");
  e = new_expr (P, RS_EXPR_CALL, start);
  e->call.func = func;
  e->call.args = steal (P, args, &e->call.n_args);
  return e;
}

/* One element of a subscript; *slice: it was a slice (or starred). */
static gboolean
parse_slice (Parser   *P,
             RsExpr  **index,
             gboolean *slice)
{
  *index = NULL;
  if (peek (P) == RS_TOK_STAR)
    {
      *slice = TRUE;
      return parse_star_named_expression (P) != NULL;
    }
  if (peek (P) != RS_TOK_COLON)
    {
      *index = parse_named_expression (P);
      if (*index == NULL)
        return FALSE;
      if (peek (P) != RS_TOK_COLON)
        return TRUE;
    }
  *slice = TRUE;
  advance (P);   /* : */
  if (peek (P) != RS_TOK_COLON && peek (P) != RS_TOK_COMMA && peek (P) != RS_TOK_RSQB
      && parse_expression (P) == NULL)
    return FALSE;
  if (accept (P, RS_TOK_COLON) && peek (P) != RS_TOK_COMMA && peek (P) != RS_TOK_RSQB
      && parse_expression (P) == NULL)
    return FALSE;
  return TRUE;
}

static RsExpr *
parse_subscript (Parser        *P,
                 const RsToken *start,
                 RsExpr        *value)
{
  gboolean slice = FALSE, tuple = FALSE;
  RsExpr *index, *e;

  const RsToken *item_start;

  advance (P);   /* [ */
  item_start = cur (P);
  if (!parse_slice (P, &index, &slice))
    return NULL;
  P->last_item = slice ? NULL : item_start;
  while (accept (P, RS_TOK_COMMA))
    {
      RsExpr *ignored;

      tuple = TRUE;
      if (peek (P) == RS_TOK_RSQB)
        break;
      item_start = cur (P);
      if (!parse_slice (P, &ignored, &slice))
        return NULL;
      P->last_item = slice ? NULL : item_start;
    }
  if (!expect_close (P, RS_TOK_RSQB))
    return NULL;
  if (slice || tuple || index->kind == RS_EXPR_TUPLE)
    {
      e = unsupported (P, start, NULL, "slices are not in the subset");
      e->kind = RS_EXPR_UNSUPPORTED_TARGET;
      return e;
    }
  e = new_expr (P, RS_EXPR_SUBSCRIPT, start);
  e->subscript.value = value;
  e->subscript.index = index;
  return e;
}

static RsExpr *
parse_primary (Parser *P)
{
  const RsToken *start = cur (P);
  RsExpr *e = parse_atom (P);
  guint chain = 0;

  while (e != NULL)
    {
      if (peek (P) != RS_TOK_DOT && peek (P) != RS_TOK_LPAR && peek (P) != RS_TOK_LSQB)
        break;
      if (!enter (P, ++chain))
        return NULL;
      if (accept (P, RS_TOK_DOT))
        {
          const RsToken *name = cur (P);
          RsExpr *attr;

          if (!expect (P, RS_TOK_NAME))
            return NULL;
          attr = new_expr (P, RS_EXPR_ATTR, start);
          attr->attr.value = e;
          attr->attr.name = name->id;
          e = attr;
        }
      else if (peek (P) == RS_TOK_LPAR)
        e = parse_call (P, start, e);
      else
        e = parse_subscript (P, start, e);
    }
  return e;
}

/* ------------------------------------------------------------------ */
/* operators                                                           */

static RsExpr *
parse_power (Parser *P)
{
  const RsToken *start = cur (P);
  RsExpr *left, *right;

  if (accept (P, RS_TOK_AWAIT))
    {
      if (parse_primary (P) == NULL)
        return NULL;
      return unsupported (P, start, NULL, "await is not in the subset");
    }
  left = parse_primary (P);
  if (left == NULL || peek (P) != RS_TOK_DOUBLESTAR || !starts_operand (peek_at (P, 1), FALSE))
    return left;
  advance (P);
  if (!enter (P, 1))
    return NULL;
  P->depth++;
  right = parse_factor (P);
  P->depth--;
  if (right == NULL)
    return NULL;
  return unsupported (P, start, left, "the operator ** is not in the subset; "
                      "multiply with *");
}

static RsExpr *
parse_factor (Parser *P)
{
  const RsToken *start = cur (P);
  RsTokenKind op = peek (P);
  RsExpr *operand, *e;

  if (op != RS_TOK_MINUS && op != RS_TOK_PLUS && op != RS_TOK_TILDE)
    return parse_power (P);
  if (!enter (P, 1))
    return NULL;
  advance (P);
  P->depth++;
  operand = parse_factor (P);
  P->depth--;
  if (operand == NULL)
    return NULL;
  if (op == RS_TOK_PLUS)
    return unsupported (P, start, NULL, "unary + is not in the subset");
  if (op == RS_TOK_TILDE)
    return unsupported (P, start, NULL, "the operator ~ is not in the subset");
  e = new_expr (P, RS_EXPR_NEG, start);
  e->unary.operand = operand;
  return e;
}

typedef RsExpr *(*ParseFunc) (Parser *P);

typedef struct {
  RsTokenKind kind;
  gboolean    supported;
  RsBinOp     op;
  const char *text;
} BinOpInfo;

/* A left-associative chain of binary operators from @ops over @operand. */
static RsExpr *
parse_binary (Parser          *P,
              ParseFunc        operand,
              const BinOpInfo *ops,
              guint            n_ops)
{
  const RsToken *start = cur (P);
  RsExpr *left = operand (P);
  guint chain = 0;

  while (left != NULL)
    {
      const BinOpInfo *info = NULL;
      RsExpr *right;
      guint i;

      for (i = 0; i < n_ops; i++)
        if (ops[i].kind == peek (P))
          info = &ops[i];
      if (info == NULL || !starts_operand (peek_at (P, 1), FALSE))
        break;
      if (!enter (P, ++chain))
        return NULL;
      advance (P);
      right = operand (P);
      if (right == NULL)
        return NULL;
      if (!info->supported)
        left = unsupported (P, start, left, "the operator %s is not in the subset%s",
                            info->text, info->kind == RS_TOK_SLASH
                            ? "; use // for integer division" : "");
      else
        {
          RsExpr *e = new_expr (P, RS_EXPR_BINOP, start);

          e->binop.op = info->op;
          e->binop.left = left;
          e->binop.right = right;
          left = e;
        }
    }
  return left;
}

static RsExpr *
parse_term (Parser *P)
{
  static const BinOpInfo ops[] = {
    { RS_TOK_STAR, TRUE, RS_BIN_MUL, "*" },
    { RS_TOK_DOUBLESLASH, TRUE, RS_BIN_FLOORDIV, "//" },
    { RS_TOK_PERCENT, TRUE, RS_BIN_MOD, "%" },
    { RS_TOK_SLASH, FALSE, 0, "/" },
    { RS_TOK_AT, FALSE, 0, "@" },
  };
  return parse_binary (P, parse_factor, ops, G_N_ELEMENTS (ops));
}

static RsExpr *
parse_sum (Parser *P)
{
  static const BinOpInfo ops[] = {
    { RS_TOK_PLUS, TRUE, RS_BIN_ADD, "+" },
    { RS_TOK_MINUS, TRUE, RS_BIN_SUB, "-" },
  };
  return parse_binary (P, parse_term, ops, G_N_ELEMENTS (ops));
}

static RsExpr *
parse_shift (Parser *P)
{
  static const BinOpInfo ops[] = {
    { RS_TOK_LEFTSHIFT, FALSE, 0, "<<" },
    { RS_TOK_RIGHTSHIFT, FALSE, 0, ">>" },
  };
  return parse_binary (P, parse_sum, ops, G_N_ELEMENTS (ops));
}

static RsExpr *
parse_bitwise_and (Parser *P)
{
  static const BinOpInfo ops[] = { { RS_TOK_AMPER, FALSE, 0, "&" } };
  return parse_binary (P, parse_shift, ops, G_N_ELEMENTS (ops));
}

static RsExpr *
parse_bitwise_xor (Parser *P)
{
  static const BinOpInfo ops[] = { { RS_TOK_CIRCUMFLEX, FALSE, 0, "^" } };
  return parse_binary (P, parse_bitwise_and, ops, G_N_ELEMENTS (ops));
}

static RsExpr *
parse_bitwise_or (Parser *P)
{
  static const BinOpInfo ops[] = { { RS_TOK_VBAR, FALSE, 0, "|" } };
  return parse_binary (P, parse_bitwise_xor, ops, G_N_ELEMENTS (ops));
}

/* A comparison operator at the current token; FALSE if none.  *bad: `in`
 * or `not in`. */
static gboolean
parse_cmp_op (Parser   *P,
              RsCmpOp  *op,
              gboolean *bad)
{
  RsTokenKind kind = peek (P);
  guint width;

  if (kind != RS_TOK_EQEQUAL && kind != RS_TOK_NOTEQUAL && kind != RS_TOK_LESS
      && kind != RS_TOK_GREATER && kind != RS_TOK_LESSEQUAL && kind != RS_TOK_GREATEREQUAL
      && kind != RS_TOK_IN && kind != RS_TOK_IS
      && !(kind == RS_TOK_NOT && peek_at (P, 1) == RS_TOK_IN))
    return FALSE;
  width = (kind == RS_TOK_NOT || (kind == RS_TOK_IS && peek_at (P, 1) == RS_TOK_NOT)) ? 2 : 1;
  if (!starts_operand (peek_at (P, width), FALSE))
    return FALSE;
  switch (kind)
    {
    case RS_TOK_EQEQUAL: *op = RS_CMP_EQ; break;
    case RS_TOK_NOTEQUAL: *op = RS_CMP_NE; break;
    case RS_TOK_LESS: *op = RS_CMP_LT; break;
    case RS_TOK_GREATER: *op = RS_CMP_GT; break;
    case RS_TOK_LESSEQUAL: *op = RS_CMP_LE; break;
    case RS_TOK_GREATEREQUAL: *op = RS_CMP_GE; break;
    case RS_TOK_IN: *bad = TRUE; *op = RS_CMP_EQ; break;
    case RS_TOK_NOT:
      if (peek_at (P, 1) != RS_TOK_IN)
        return FALSE;
      advance (P);
      *bad = TRUE;
      *op = RS_CMP_NE;
      break;
    case RS_TOK_IS:
      if (peek_at (P, 1) == RS_TOK_NOT)
        {
          advance (P);
          *op = RS_CMP_IS_NOT;
        }
      else
        *op = RS_CMP_IS;
      break;
    default:
      return FALSE;
    }
  advance (P);
  return TRUE;
}

static RsExpr *
parse_comparison (Parser *P)
{
  const RsToken *start = cur (P);
  g_autoptr(GArray) ops = NULL;
  g_autoptr(GPtrArray) comparators = NULL;
  RsExpr *left = parse_bitwise_or (P), *e;
  gboolean bad = FALSE;
  RsCmpOp op;

  if (left == NULL)
    return NULL;
  while (parse_cmp_op (P, &op, &bad))
    {
      RsExpr *right = parse_bitwise_or (P);

      if (right == NULL)
        return NULL;
      if (ops == NULL)
        {
          ops = g_array_new (FALSE, FALSE, sizeof (RsCmpOp));
          comparators = g_ptr_array_new ();
        }
      g_array_append_val (ops, op);
      g_ptr_array_add (comparators, right);
    }
  if (ops == NULL)
    return left;
  if (bad)
    return unsupported (P, start, left, "the operators `in` and `not in` are not in "
                        "the subset; use a loop or len()");
  e = new_expr (P, RS_EXPR_COMPARE, start);
  e->compare.left = left;
  e->compare.comparators = steal (P, comparators, &e->compare.n_ops);
  e->compare.ops = rs_arena_alloc (P->arena, sizeof (RsCmpOp) * ops->len);
  memcpy (e->compare.ops, ops->data, sizeof (RsCmpOp) * ops->len);
  return e;
}

static RsExpr *
parse_inversion (Parser *P)
{
  const RsToken *start = cur (P);
  RsExpr *operand, *e;

  if (peek (P) != RS_TOK_NOT)
    return parse_comparison (P);
  if (!enter (P, 1))
    return NULL;
  advance (P);
  P->depth++;
  operand = parse_inversion (P);
  P->depth--;
  if (operand == NULL)
    return NULL;
  e = new_expr (P, RS_EXPR_NOT, start);
  e->unary.operand = operand;
  return e;
}

static RsExpr *
parse_boolop (Parser      *P,
              RsTokenKind  kind,
              RsBoolOp     op,
              ParseFunc    operand)
{
  const RsToken *start = cur (P);
  g_autoptr(GPtrArray) values = NULL;
  RsExpr *first = operand (P), *e;

  if (first == NULL || peek (P) != kind || !starts_operand (peek_at (P, 1), TRUE))
    return first;
  values = g_ptr_array_new ();
  g_ptr_array_add (values, first);
  while (peek (P) == kind && starts_operand (peek_at (P, 1), TRUE) && accept (P, kind))
    {
      RsExpr *next = operand (P);

      if (next == NULL)
        return NULL;
      g_ptr_array_add (values, next);
    }
  e = new_expr (P, RS_EXPR_BOOLOP, start);
  e->boolop.op = op;
  e->boolop.values = steal (P, values, &e->boolop.n_values);
  return e;
}

static RsExpr *
parse_conjunction (Parser *P)
{
  return parse_boolop (P, RS_TOK_AND, RS_BOOL_AND, parse_inversion);
}

static RsExpr *
parse_disjunction (Parser *P)
{
  return parse_boolop (P, RS_TOK_OR, RS_BOOL_OR, parse_conjunction);
}

/* ------------------------------------------------------------------ */
/* parameters (def and lambda)                                         */

static void
note_param (Parser         *P,
            GHashTable     *seen,
            const RsToken  *name,
            RsPosition    **duplicate)
{
  if (duplicate == NULL)
    return;
  if (!g_hash_table_add (seen, (gpointer) name->id) && *duplicate == NULL)
    {
      *duplicate = rs_arena_alloc (P->arena, sizeof (RsPosition));
      (*duplicate)->line = name->line;
      (*duplicate)->col = name->col;
    }
}

/* Parses parameters up to @closing.  Plain positional parameters go to
 * @params; *flaw is set to a message for anything else; *duplicate to the
 * position of the first repeated name (a SyntaxError CPython reports only
 * after the subset check, when it compiles). */
static gboolean
parse_params (Parser       *P,
              RsTokenKind   closing,
              gboolean      annotations,
              GPtrArray    *params,
              const char  **flaw,
              RsPosition  **duplicate)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  gboolean defaults = FALSE, star = FALSE;

  while (peek (P) != closing)
    {
      const RsToken *tok = cur (P);

      if (accept (P, RS_TOK_SLASH))
        *flaw = "positional-only parameters (/) are not in the subset";
      else if (accept (P, RS_TOK_STAR) || accept (P, RS_TOK_DOUBLESTAR))
        {
          star = TRUE;
          *flaw = "*args, **kwargs and keyword-only parameters are not in the subset";
          if (peek (P) == RS_TOK_NAME)
            {
              const RsToken *name = advance (P);

              note_param (P, seen, name, duplicate);
              bind (P, name->id);
              if (annotations && accept (P, RS_TOK_COLON) && parse_expression (P) == NULL)
                return FALSE;
            }
          else if (tok->kind == RS_TOK_DOUBLESTAR)
            return invalid_syntax (P) != NULL;
        }
      else if (peek (P) == RS_TOK_NAME)
        {
          const RsToken *tok_name = advance (P);
          const char *name = tok_name->id;

          note_param (P, seen, tok_name, duplicate);
          bind (P, name);
          if (annotations && accept (P, RS_TOK_COLON))
            {
              *flaw = "annotations are not in the subset";
              if (parse_expression (P) == NULL)
                return FALSE;
            }
          if (accept (P, RS_TOK_EQUAL))
            {
              *flaw = "default parameter values are not in the subset";
              defaults = TRUE;
              if (parse_expression (P) == NULL)
                return FALSE;
            }
          else if (defaults && !star)
            return fail_at (P, tok_name, "non-default argument follows default argument") != NULL;
          if (g_str_has_prefix (name, "_rs_"))
            *flaw = "names starting with _rs_ are reserved";
          g_ptr_array_add (params, (gpointer) name);
        }
      else
        return invalid_syntax (P) != NULL;
      if (!accept (P, RS_TOK_COMMA))
        break;
    }
  return TRUE;
}

static RsExpr *
parse_lambda (Parser *P)
{
  const RsToken *start = advance (P);
  g_autoptr(GPtrArray) params = g_ptr_array_new ();
  const char *flaw = NULL;

  if (!parse_params (P, RS_TOK_COLON, FALSE, params, &flaw, NULL)
      || !expect (P, RS_TOK_COLON))
    return NULL;
  if (parse_expression (P) == NULL)
    return NULL;
  return unsupported (P, start, NULL, "lambda is not in the subset; define a function with def");
}

/* ------------------------------------------------------------------ */
/* expressions                                                         */

static RsExpr *
parse_expression (Parser *P)
{
  const RsToken *start = cur (P);
  RsExpr *e;

  if (!enter (P, 1))
    return NULL;
  P->depth++;
  if (peek (P) == RS_TOK_LAMBDA)
    e = parse_lambda (P);
  else
    {
      e = parse_disjunction (P);
      if (e != NULL && accept (P, RS_TOK_IF))
        {
          if (parse_disjunction (P) == NULL)
            e = NULL;
          else if (!accept (P, RS_TOK_ELSE))
            e = fail_at (P, start, "expected 'else' after 'if' expression");
          else if (parse_expression (P) == NULL)
            e = NULL;
          else
            e = unsupported (P, start, NULL, "conditional expressions `x if c else y` "
                             "are not in the subset; use an if statement");
        }
    }
  P->depth--;
  return e;
}

static RsExpr *
parse_named_expression (Parser *P)
{
  const RsToken *start = cur (P);

  if (peek (P) == RS_TOK_NAME && peek_at (P, 1) == RS_TOK_COLONEQUAL)
    {
      bind (P, advance (P)->id);
      advance (P);
      if (parse_expression (P) == NULL)
        return NULL;
      return unsupported (P, start, NULL, "assignment expressions (:=) are not in the subset");
    }
  return parse_expression (P);
}

static RsExpr *
parse_star_expression (Parser *P)
{
  const RsToken *start = cur (P);

  if (accept (P, RS_TOK_STAR))
    {
      RsExpr *operand = parse_bitwise_or (P), *e;

      if (operand == NULL)
        return NULL;
      e = new_expr (P, RS_EXPR_STARRED, start);
      e->unary.operand = operand;
      return e;
    }
  return parse_expression (P);
}

/* `a`, or `a, b, ...` as a tuple without parentheses. */
static RsExpr *
parse_star_expressions (Parser *P)
{
  const RsToken *start = cur (P);
  g_autoptr(GPtrArray) items = NULL;
  RsExpr *first = parse_star_expression (P), *e;

  if (first == NULL || peek (P) != RS_TOK_COMMA)
    return first;
  items = g_ptr_array_new ();
  g_ptr_array_add (items, first);
  while (accept (P, RS_TOK_COMMA) && starts_expression (peek (P)))
    {
      RsExpr *item = parse_star_expression (P);

      if (item == NULL)
        return NULL;
      g_ptr_array_add (items, item);
    }
  e = new_expr (P, RS_EXPR_TUPLE, start);
  e->seq.items = steal (P, items, &e->seq.n_items);
  return e;
}

/* Targets of `for` and comprehensions: stop before `in`. */
static RsExpr *
parse_star_targets (Parser *P)
{
  const RsToken *start = cur (P);
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  RsExpr *e;

  for (;;)
    {
      const RsToken *item_start = cur (P);
      RsExpr *item;

      if (accept (P, RS_TOK_STAR))
        {
          RsExpr *operand = parse_bitwise_or (P);

          if (operand == NULL)
            return NULL;
          item = new_expr (P, RS_EXPR_STARRED, item_start);
          item->unary.operand = operand;
        }
      else if ((item = parse_bitwise_or (P)) == NULL)
        return NULL;
      g_ptr_array_add (items, item);
      if (!accept (P, RS_TOK_COMMA) || peek (P) == RS_TOK_IN)
        break;
    }
  if (items->len == 1 && prev (P)->kind != RS_TOK_COMMA)
    return g_ptr_array_index (items, 0);
  e = new_expr (P, RS_EXPR_TUPLE, start);
  e->seq.items = steal (P, items, &e->seq.n_items);
  return e;
}

/* `yield` expression statements and values. */
static RsExpr *
parse_yield (Parser *P)
{
  const RsToken *start = advance (P);

  if (accept (P, RS_TOK_FROM))
    {
      if (parse_expression (P) == NULL)
        return NULL;
    }
  else if (starts_expression (peek (P)) && parse_star_expressions (P) == NULL)
    return NULL;
  return unsupported (P, start, NULL, "yield is not in the subset");
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
parse_assignment (Parser        *P,
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
      value = peek (P) == RS_TOK_YIELD ? parse_yield (P) : parse_star_expressions (P);
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
      if (!check_target_hint (P, target, TARGET_STORE, hint))
        return NULL;
      if (flaw == NULL)
        flaw = assign_target_flaw (target);
    }
  if (flaw != NULL)
    return unsupported_stmt (P, start, flaw);
  s = new_stmt (P, RS_STMT_ASSIGN, start);
  s->assign.value = value;
  s->assign.targets = steal (P, targets, &s->assign.n_targets);
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
parse_expr_statement (Parser *P)
{
  const RsToken *start = cur (P);
  RsExpr *first;
  RsStmt *s;

  if (peek (P) == RS_TOK_YIELD)
    first = parse_yield (P);
  else
    first = parse_star_expressions (P);
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
        return fail_at (P, start, "'%s' is an illegal expression for augmented assignment",
                        describe_expr (first));
      check_target (P, first, TARGET_STORE);
      value = peek (P) == RS_TOK_YIELD ? parse_yield (P) : parse_star_expressions (P);
      if (value == NULL)
        return NULL;
      message = g_strdup_printf ("augmented assignment `%s` is not in the subset; "
                                 "write `x = x %s ...`", op->id, plain);
      s = unsupported_stmt (P, start, rs_arena_strndup (P->arena, message, strlen (message)));
      g_free (message);
      return s;
    }

  if (peek (P) == RS_TOK_COLON)
    {
      /* annotated assignment */
      advance (P);
      if (parse_expression (P) == NULL)
        return NULL;
      if (first->kind == RS_EXPR_TUPLE || first->kind == RS_EXPR_LIST)
        return fail_at (P, start, "only single target (not %s) can be annotated",
                        first->kind == RS_EXPR_TUPLE ? "tuple" : "list");
      if (!is_single_target (first))
        return fail_at (P, start, "illegal target for annotation");
      check_target (P, first, TARGET_STORE);
      if (accept (P, RS_TOK_EQUAL)
          && (peek (P) == RS_TOK_YIELD ? parse_yield (P) : parse_star_expressions (P)) == NULL)
        return NULL;
      return unsupported_stmt (P, start, "annotations are not in the subset");
    }

  s = new_stmt (P, RS_STMT_EXPR, start);
  s->expr.value = first;
  return s;
}

static void
flatten_del_target (Parser    *P,
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
      e = unsupported (P, &at, NULL, "list targets are not in the subset");
      e->end_line = target->end_line;
      e->end_col = target->end_col;
      target = e;
    }
  g_ptr_array_add (out, target);
}

static RsStmt *
parse_del (Parser *P)
{
  const RsToken *start = advance (P);
  g_autoptr(GPtrArray) targets = g_ptr_array_new ();
  RsStmt *s;

  do
    {
      RsExpr *target;

      if (!starts_expression (peek (P)))
        break;
      target = parse_bitwise_or (P);
      if (target == NULL || !check_target (P, target, TARGET_DEL))
        return NULL;
      flatten_del_target (P, target, targets);
    }
  while (accept (P, RS_TOK_COMMA));
  if (targets->len == 0)
    return invalid_syntax (P);
  s = new_stmt (P, RS_STMT_DELETE, start);
  s->del.targets = steal (P, targets, &s->del.n_targets);
  return s;
}

static RsStmt *
parse_names_stmt (Parser     *P,
                  RsStmtKind  kind)
{
  const RsToken *start = advance (P);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  RsStmt *s;

  do
    {
      const RsToken *name = cur (P);

      if (!expect (P, RS_TOK_NAME))
        return NULL;
      g_ptr_array_add (names, (gpointer) name->id);
    }
  while (accept (P, RS_TOK_COMMA));
  if (kind == RS_STMT_UNSUPPORTED)
    return unsupported_stmt (P, start, "nonlocal is not in the subset");
  s = new_stmt (P, kind, start);
  s->names.names = (const char **) rs_arena_steal_ptrs (P->arena, names, &s->names.n_names);
  return s;
}

/* dotted_name: NAME ('.' NAME)*, interned as one string */
static const char *
parse_dotted_name (Parser *P)
{
  g_autoptr(GString) name = g_string_new (NULL);

  do
    {
      const RsToken *tok = cur (P);

      if (!expect (P, RS_TOK_NAME))
        return NULL;
      if (name->len > 0)
        g_string_append_c (name, '.');
      g_string_append (name, tok->id);
    }
  while (accept (P, RS_TOK_DOT));
  return g_intern_string (name->str);
}

static RsStmt *
parse_import (Parser *P)
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
      bind (P, name);
      if (accept (P, RS_TOK_AS))
        {
          if (!expect (P, RS_TOK_NAME))
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
    return unsupported_stmt (P, start, flaw);
  s = new_stmt (P, RS_STMT_IMPORT, start);
  s->names.names = (const char **) rs_arena_steal_ptrs (P->arena, names, &s->names.n_names);
  return s;
}

static RsStmt *
parse_from_import (Parser *P)
{
  const RsToken *start = advance (P);

  while (accept (P, RS_TOK_DOT) || accept (P, RS_TOK_ELLIPSIS))
    ;
  if (peek (P) == RS_TOK_NAME && parse_dotted_name (P) == NULL)
    return NULL;
  if (!expect (P, RS_TOK_IMPORT))
    return NULL;
  if (!accept (P, RS_TOK_STAR))
    {
      gboolean paren = accept (P, RS_TOK_LPAR);

      do
        {
          if (paren && peek (P) == RS_TOK_RPAR)
            break;
          if (!expect (P, RS_TOK_NAME))
            return NULL;
          if (accept (P, RS_TOK_AS) && !expect (P, RS_TOK_NAME))
            return NULL;
        }
      while (accept (P, RS_TOK_COMMA));
      if (paren && !expect (P, RS_TOK_RPAR))
        return NULL;
    }
  return unsupported_stmt (P, start, "`from ... import` is not in the subset; "
                           "write `import gc`, `import weakref` or `import sys`");
}

static RsStmt *
parse_simple_statement (Parser *P)
{
  const RsToken *start = cur (P);
  RsStmt *s;

  switch (peek (P))
    {
    case RS_TOK_PASS:
      advance (P);
      return new_stmt (P, RS_STMT_PASS, start);
    case RS_TOK_BREAK:
      advance (P);
      return new_stmt (P, RS_STMT_BREAK, start);
    case RS_TOK_CONTINUE:
      advance (P);
      return new_stmt (P, RS_STMT_CONTINUE, start);
    case RS_TOK_RETURN:
      {
        RsExpr *value = NULL;

        advance (P);
        if (starts_expression (peek (P)) && (value = parse_star_expressions (P)) == NULL)
          return NULL;
        s = new_stmt (P, RS_STMT_RETURN, start);
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
      if (starts_expression (peek (P)))
        {
          if (parse_expression (P) == NULL)
            return NULL;
          if (accept (P, RS_TOK_FROM) && parse_expression (P) == NULL)
            return NULL;
        }
      return unsupported_stmt (P, start, "raise is not in the subset");
    case RS_TOK_ASSERT:
      advance (P);
      if (parse_expression (P) == NULL)
        return NULL;
      if (accept (P, RS_TOK_COMMA) && parse_expression (P) == NULL)
        return NULL;
      return unsupported_stmt (P, start, "assert is not in the subset; use an if statement");
    default:
      return parse_expr_statement (P);
    }
}

static gboolean
parse_simple_statements (Parser    *P,
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
    return invalid_syntax (P) != NULL;
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* compound statements                                                 */

static gboolean
parse_block (Parser     *P,
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
          return fail_at (P, &at, "expected an indented block after %s on line %u",
                          what, header_line) != NULL;
        }
      if (P->blocks >= RS_MAX_DEPTH)
        return fail_at (P, cur (P), "too many nested blocks and elif branches (more than %u)",
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
check_test (Parser        *P,
            const RsToken *start,
            RsExpr        *test)
{
  if (test == NULL)
    return FALSE;
  if (peek (P) != RS_TOK_EQUAL)
    return TRUE;
  if (test->kind == RS_EXPR_NAME)
    return fail_at (P, start, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?") != NULL;
  return fail_at (P, start, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                  describe_expr (test)) != NULL;
}

static RsStmt *
parse_if (Parser *P)
{
  const RsToken *start = advance (P);   /* if or elif */
  const RsToken *test_start = cur (P);
  RsExpr *test = parse_named_expression (P);
  RsStmt *s;
  guint header_end;

  if (!check_test (P, test_start, test) || !expect (P, RS_TOK_COLON))
    return NULL;
  header_end = prev (P)->end_line;
  s = new_stmt (P, RS_STMT_IF, start);
  s->if_.test = test;
  if (!parse_block (P, &s->if_.body, start->kind == RS_TOK_IF ? "'if' statement"
                    : "'elif' statement", start->line))
    return NULL;
  if (peek (P) == RS_TOK_ELIF)
    {
      RsStmt *elif;

      /* an elif is an if nested in the else branch: every pass recurses */
      if (P->blocks >= RS_MAX_DEPTH)
        return fail_at (P, cur (P), "too many nested blocks and elif branches (more than %u)",
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

      if (!expect (P, RS_TOK_COLON)
          || !parse_block (P, &s->if_.orelse, "'else' statement", els->line))
        return NULL;
    }
  s->end_line = header_end;
  return s;
}

/* `else:` after a loop: parsed, and a reason to reject the loop. */
static gboolean
parse_loop_else (Parser  *P,
                 gboolean *has_else)
{
  RsBlock ignored;
  const RsToken *els;

  *has_else = FALSE;
  if (peek (P) != RS_TOK_ELSE)
    return TRUE;
  els = advance (P);
  *has_else = TRUE;
  return expect (P, RS_TOK_COLON)
         && parse_block (P, &ignored, "'else' statement", els->line);
}

static RsStmt *
parse_while (Parser *P)
{
  const RsToken *start = advance (P);
  const RsToken *test_start = cur (P);
  RsExpr *test = parse_named_expression (P);
  gboolean has_else;
  RsStmt *s;
  guint header_end;

  if (!check_test (P, test_start, test) || !expect (P, RS_TOK_COLON))
    return NULL;
  header_end = prev (P)->end_line;
  s = new_stmt (P, RS_STMT_WHILE, start);
  s->while_.test = test;
  if (!parse_block (P, &s->while_.body, "'while' statement", start->line)
      || !parse_loop_else (P, &has_else))
    return NULL;
  if (has_else)
    return unsupported_stmt (P, start, "while/else is not in the subset");
  s->end_line = header_end;
  return s;
}

static RsStmt *
parse_for (Parser *P)
{
  const RsToken *start = advance (P);
  RsExpr *target, *iter;
  gboolean has_else;
  RsStmt *s;
  guint header_end;

  target = parse_star_targets (P);
  if (target == NULL || !check_target (P, target, TARGET_STORE) || !expect (P, RS_TOK_IN))
    return NULL;
  iter = parse_star_expressions (P);
  if (iter == NULL || !expect (P, RS_TOK_COLON))
    return NULL;
  header_end = prev (P)->end_line;
  s = new_stmt (P, RS_STMT_FOR, start);
  s->for_.target = target;
  s->for_.iter = iter;
  if (!parse_block (P, &s->for_.body, "'for' statement", start->line)
      || !parse_loop_else (P, &has_else))
    return NULL;
  if (has_else || target->kind != RS_EXPR_NAME)
    return unsupported_stmt (P, start, "only `for NAME in ...:` without else is in the subset");
  s->end_line = header_end;
  return s;
}

static RsStmt *
parse_def (Parser   *P,
           gboolean  decorated)
{
  const RsToken *start = advance (P);
  const RsToken *name = cur (P);
  g_autoptr(GPtrArray) params = g_ptr_array_new ();
  const char *flaw = decorated ? "decorators are not in the subset" : NULL;
  RsPosition *duplicate = NULL;
  RsStmt *s;
  guint header_end;

  if (!expect (P, RS_TOK_NAME))
    return NULL;
  bind (P, name->id);
  if (!expect (P, RS_TOK_LPAR)
      || !parse_params (P, RS_TOK_RPAR, TRUE, params, &flaw, &duplicate)
      || !expect (P, RS_TOK_RPAR))
    return NULL;
  if (accept (P, RS_TOK_RARROW))
    {
      flaw = "annotations are not in the subset";
      if (parse_expression (P) == NULL)
        return NULL;
    }
  if (!expect (P, RS_TOK_COLON))
    return NULL;
  header_end = prev (P)->end_line;
  s = new_stmt (P, RS_STMT_DEF, start);
  if (duplicate != NULL)
    g_hash_table_insert (P->data->duplicate_params, s, duplicate);
  s->def.name = name->id;
  s->def.params = (const char **) rs_arena_steal_ptrs (P->arena, params, &s->def.n_params);
  if (!parse_block (P, &s->def.body, "function definition", start->line))
    return NULL;
  if (flaw != NULL)
    return unsupported_stmt (P, start, flaw);
  s->end_line = header_end;
  return s;
}

static RsStmt *
parse_class (Parser   *P,
             gboolean  decorated)
{
  const RsToken *start = advance (P);
  const RsToken *name = cur (P);
  const char *flaw = decorated ? "decorators are not in the subset" : NULL;
  RsExpr *base = NULL;
  RsStmt *s;
  guint header_end;

  if (!expect (P, RS_TOK_NAME))
    return NULL;
  bind (P, name->id);
  if (peek (P) == RS_TOK_LPAR)
    {
      /* parse the bases as a call's arguments */
      RsExpr *call = parse_call (P, name, NULL);

      if (call == NULL)
        return NULL;
      if (call->kind != RS_EXPR_CALL || call->call.n_args > 1
          || (call->call.n_args == 1 && call->call.args[0]->kind != RS_EXPR_NAME))
        flaw = "only `class Name:` or `class Name(Base):` with a class of the script";
      else if (call->call.n_args == 1)
        base = call->call.args[0];
    }
  if (!expect (P, RS_TOK_COLON))
    return NULL;
  header_end = prev (P)->end_line;
  s = new_stmt (P, RS_STMT_CLASS, start);
  s->class_.name = name->id;
  s->class_.base = base;
  if (!parse_block (P, &s->class_.body, "class definition", start->line))
    return NULL;
  if (flaw != NULL)
    return unsupported_stmt (P, start, flaw);
  s->end_line = header_end;
  return s;
}

static RsStmt *
parse_try (Parser *P)
{
  const RsToken *start = advance (P);
  RsBlock ignored;
  gboolean handlers = FALSE;

  if (!expect (P, RS_TOK_COLON) || !parse_block (P, &ignored, "'try' statement", start->line))
    return NULL;
  while (peek (P) == RS_TOK_EXCEPT)
    {
      const RsToken *exc = advance (P);

      handlers = TRUE;
      accept (P, RS_TOK_STAR);
      if (peek (P) != RS_TOK_COLON)
        {
          if (parse_expression (P) == NULL)
            return NULL;
          if (accept (P, RS_TOK_COMMA) && parse_star_expressions (P) == NULL)
            return NULL;
          if (accept (P, RS_TOK_AS) && !expect (P, RS_TOK_NAME))
            return NULL;
        }
      if (!expect (P, RS_TOK_COLON)
          || !parse_block (P, &ignored, "'except' statement", exc->line))
        return NULL;
    }
  if (handlers && peek (P) == RS_TOK_ELSE)
    {
      const RsToken *els = advance (P);

      if (!expect (P, RS_TOK_COLON) || !parse_block (P, &ignored, "'else' statement", els->line))
        return NULL;
    }
  if (peek (P) == RS_TOK_FINALLY)
    {
      const RsToken *fin = advance (P);

      handlers = TRUE;
      if (!expect (P, RS_TOK_COLON)
          || !parse_block (P, &ignored, "'finally' statement", fin->line))
        return NULL;
    }
  if (!handlers)
    return fail_at (P, cur (P), "expected 'except' or 'finally' block");
  return unsupported_stmt (P, start, "try is not in the subset");
}

static gboolean
parse_with_item (Parser *P)
{
  if (parse_expression (P) == NULL)
    return FALSE;
  if (accept (P, RS_TOK_AS))
    {
      RsExpr *target = parse_star_targets (P);

      return target != NULL && check_target (P, target, TARGET_STORE);
    }
  return TRUE;
}

static RsStmt *
parse_with (Parser *P)
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
  if (paren && !expect (P, RS_TOK_RPAR))
    return NULL;
  if (!expect (P, RS_TOK_COLON) || !parse_block (P, &ignored, "'with' statement", start->line))
    return NULL;
  return unsupported_stmt (P, start, "with is not in the subset");
}

/* `match x:` followed by an indented block of `case`s (match is a soft
 * keyword: `match = 1` is an assignment). */
static gboolean
is_match_statement (Parser *P)
{
  guint i;

  if (peek (P) != RS_TOK_NAME || strcmp (cur (P)->id, "match") != 0
      || !starts_expression (peek_at (P, 1)))
    return FALSE;
  for (i = P->pos; i + 3 < P->n && P->toks[i].kind != RS_TOK_NEWLINE; i++)
    ;
  return P->toks[i].kind == RS_TOK_NEWLINE && P->toks[i - 1].kind == RS_TOK_COLON
         && P->toks[i + 1].kind == RS_TOK_INDENT && P->toks[i + 2].kind == RS_TOK_NAME
         && strcmp (P->toks[i + 2].id, "case") == 0;
}

static RsStmt *
skip_match (Parser *P)
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
        return invalid_syntax (P);
      advance (P);
    }
  while (level > 0 && peek (P) != RS_TOK_END);
  return unsupported_stmt (P, start, "match statements are not in the subset");
}

static RsStmt *
parse_decorated (Parser *P)
{
  while (accept (P, RS_TOK_AT))
    {
      if (parse_named_expression (P) == NULL)
        return NULL;
      if (!accept (P, RS_TOK_NEWLINE))
        return invalid_syntax (P);
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
      return unsupported_stmt (P, start, "async is not in the subset");
    }
  return invalid_syntax (P);
}

static RsStmt *
parse_async (Parser *P)
{
  const RsToken *start = advance (P);
  RsStmt *inner;

  switch (peek (P))
    {
    case RS_TOK_DEF: inner = parse_def (P, FALSE); break;
    case RS_TOK_FOR: inner = parse_for (P); break;
    case RS_TOK_WITH: inner = parse_with (P); break;
    default: return invalid_syntax (P);
    }
  if (inner == NULL)
    return NULL;
  return unsupported_stmt (P, start, "async is not in the subset");
}

static gboolean
parse_statement (Parser    *P,
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
  Parser P = { 0 };
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
          fail_at (&P, cur (&P), "invalid syntax");
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

/* ------------------------------------------------------------------ */
/* the public entry points                                             */

/* The oracle reads scripts as UTF-8 text (NUL is valid UTF-8 there, and
 * rejected later as a syntax error). */
static gboolean
check_encoding (const char *filename,
                const char *source,
                gsize       length,
                guint       first_line,
                GError    **error)
{
  const char *end = source + length, *p = source, *bad = NULL;
  const char *line_start = source;
  guint line = first_line;

  while (p < end)
    {
      if (*p == '\0')
        {
          p++;
          continue;
        }
      if (!g_utf8_validate_len (p, strnlen (p, end - p), &bad))
        break;
      p += strnlen (p, end - p);
      bad = NULL;
    }
  if (bad == NULL)
    {
      p = memchr (source, '\0', length);
      if (p == NULL)
        return TRUE;
      bad = p;
      for (p = source; p < bad; p++)
        if (*p == '\n')
          line++, line_start = p + 1;
      rs_parse_error_set (error, RS_PARSE_ERROR_SYNTAX, filename, line,
                          (guint) g_utf8_strlen (line_start, bad - line_start) + 1,
                          "source code cannot contain null bytes");
      return FALSE;
    }
  for (p = source; p < bad; p++)
    if (*p == '\n')
      line++, line_start = p + 1;
  rs_parse_error_set (error, RS_PARSE_ERROR_ENCODING, filename, line,
                      (guint) (bad - line_start) + 1,
                      "the text is not valid UTF-8 (byte 0x%02x); save it as UTF-8",
                      (guint) (guchar) *bad);
  return FALSE;
}

/* Python reads text with universal newlines: \r\n and \r are \n. */
static char *
normalize_newlines (const char *source,
                    gsize       length,
                    gsize      *out_length)
{
  char *text = g_malloc (length + 1);
  gsize i, n = 0;

  for (i = 0; i < length; i++)
    {
      if (source[i] == '\r')
        {
          text[n++] = '\n';
          if (i + 1 < length && source[i + 1] == '\n')
            i++;
        }
      else
        text[n++] = source[i];
    }
  text[n] = '\0';
  *out_length = n;
  return text;
}

static void
copy_names (GHashTable *to,
            GHashTable *from)
{
  GHashTableIter iter;
  gpointer name;

  g_hash_table_iter_init (&iter, from);
  while (g_hash_table_iter_next (&iter, &name, NULL))
    g_hash_table_add (to, name);
}

static RsModule *
parse_module (const RsModule *previous,
              const char     *filename,
              const char     *source,
              gsize           length,
              guint           first_line,
              GError        **error)
{
  g_autoptr(RsModule) module = rs_module_new_empty (filename, source, length);
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (RsToken));
  RsModuleData *data = RS_MODULE_DATA (module);
  g_autofree char *text = NULL;
  gsize text_length;
  RsLexError lex_error;
  gboolean ok;

  if (!check_encoding (filename, source, length, first_line, error))
    return NULL;
  text = normalize_newlines (source, length, &text_length);
  if (previous != NULL)
    {
      copy_names (data->bound, RS_MODULE_DATA (previous)->bound);
      copy_names (data->modules, RS_MODULE_DATA (previous)->modules);
    }
  rs_lexer_tokenize (filename, text, text_length, first_line, data->arena, tokens, &lex_error);
  ok = rs_parser_parse (module, (const RsToken *) tokens->data, tokens->len, &lex_error, error);
  g_clear_error (&lex_error.error);
  if (!ok || !rs_check_module (module, error))
    return NULL;
  return g_steal_pointer (&module);
}

RsModule *
rs_module_parse (const char  *filename,
                 const char  *source,
                 gssize       length,
                 GError     **error)
{
  g_return_val_if_fail (filename != NULL, NULL);
  g_return_val_if_fail (source != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = strlen (source);
  return parse_module (NULL, filename, source, length, 1, error);
}

RsModule *
rs_module_parse_more (const RsModule *previous,
                      const char     *filename,
                      const char     *source,
                      guint           first_line,
                      GError        **error)
{
  g_return_val_if_fail (previous != NULL, NULL);
  g_return_val_if_fail (filename != NULL, NULL);
  g_return_val_if_fail (source != NULL, NULL);
  g_return_val_if_fail (first_line >= 1, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return parse_module (previous, filename, source, strlen (source), first_line, error);
}
