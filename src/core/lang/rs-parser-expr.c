/* rs-parser-expr.c: the expressions of the parser
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * From atoms up to star_expressions, with Python's precedence; operators
 * outside the subset become unsupported nodes that keep their left operand
 * (the oracle checks it first).
 */
#include "rs-parser-private.h"

#include <stdarg.h>
#include <string.h>

static RsExpr *parse_disjunction (RsParser *P);
static RsExpr *parse_factor (RsParser *P);

/* ------------------------------------------------------------------ */
/* atoms                                                               */

static RsExpr *
parse_strings (RsParser *P)
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
      return rs_parser_fail_at (P, &after, "cannot mix bytes and nonbytes literals");
    }
  if (problem != NULL && !problem->unsupported)
    {
      RsToken at = { 0 };

      at.line = problem->line;
      at.ccol = problem->ccol;
      return rs_parser_fail_at (P, &at, "%s", problem->message);
    }
  if (any_format)
    return rs_parser_unsupported (P, start, NULL, "f-strings are not in the subset; "
                        "pass the values to print() separately");
  if (problem != NULL)
    return rs_parser_unsupported (P, start, NULL, "%s", problem->message);
  if (any_bytes)
    {
      e = rs_parser_unsupported (P, start, NULL, "bytes literals are not in the subset");
      e->kind = RS_EXPR_UNSUPPORTED_CONST;
      return e;
    }
  e = rs_parser_new_expr (P, RS_EXPR_STR, start);
  e->str.value = rs_arena_strndup (P->arena, value->str, value->len);
  e->str.len = value->len;
  return e;
}

/* `for targets in iterable [if cond]...` after the element of a
 * comprehension; records the targets as bound names. */
static gboolean
parse_comprehension_tail (RsParser *P)
{
  while (peek (P) == RS_TOK_FOR || (peek (P) == RS_TOK_ASYNC && peek_at (P, 1) == RS_TOK_FOR))
    {
      RsExpr *target;

      accept (P, RS_TOK_ASYNC);
      advance (P);
      target = rs_parser_parse_star_targets (P);
      if (target == NULL || !rs_parser_check_target (P, target, TARGET_STORE) || !rs_parser_expect (P, RS_TOK_IN))
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

/* `*x`, at the star */
static RsExpr *
parse_starred (RsParser *P)
{
  const RsToken *start = advance (P);
  RsExpr *operand = rs_parser_parse_bitwise_or (P), *e;

  if (operand == NULL)
    return NULL;
  e = rs_parser_new_expr (P, RS_EXPR_STARRED, start);
  e->unary.operand = operand;
  return e;
}

static RsExpr *
parse_star_named_expression (RsParser *P)
{
  if (peek (P) == RS_TOK_STAR)
    return parse_starred (P);
  return rs_parser_parse_named_expression (P);
}

/* The rest of a tuple or list display after its first item (NULL: none)
 * up to @close, as a @kind node from @start. */
static RsExpr *
finish_sequence (RsParser      *P,
                 RsExprKind     kind,
                 const RsToken *start,
                 RsExpr        *first,
                 const RsToken *first_start,
                 RsTokenKind    close)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  RsExpr *e;

  if (first != NULL)
    {
      P->last_item = first_start;
      g_ptr_array_add (items, first);
      while (accept (P, RS_TOK_COMMA) && peek (P) != close)
        {
          const RsToken *item_start = cur (P);
          RsExpr *item = parse_star_named_expression (P);

          if (item == NULL)
            return NULL;
          P->last_item = item_start;
          g_ptr_array_add (items, item);
        }
    }
  if (!rs_parser_expect_close (P, close))
    return NULL;
  e = rs_parser_new_expr (P, kind, start);
  e->seq.items = rs_parser_steal (P, items, &e->seq.n_items);
  return e;
}

static RsExpr *
parse_paren (RsParser *P)
{
  const RsToken *start = advance (P);
  const RsToken *first_start;
  RsExpr *first, *e;

  if (accept (P, RS_TOK_RPAR))
    return rs_parser_new_expr (P, RS_EXPR_TUPLE, start);
  if (peek (P) == RS_TOK_YIELD)
    {
      /* (yield x) */
      const RsToken *ystart = advance (P);

      accept (P, RS_TOK_FROM);
      if (peek (P) != RS_TOK_RPAR && rs_parser_parse_star_expressions (P) == NULL)
        return NULL;
      e = rs_parser_unsupported (P, ystart, NULL, "yield is not in the subset");
      return rs_parser_expect (P, RS_TOK_RPAR) ? e : NULL;
    }
  first_start = cur (P);
  first = parse_star_named_expression (P);
  if (first == NULL)
    return NULL;
  if (peek (P) == RS_TOK_FOR || peek (P) == RS_TOK_ASYNC)
    {
      if (!parse_comprehension_tail (P) || !rs_parser_expect (P, RS_TOK_RPAR))
        return NULL;
      return rs_parser_unsupported (P, start, NULL, "generator expressions are not in the subset");
    }
  P->last_item = first_start;
  if (peek (P) != RS_TOK_COMMA)
    {
      if (!rs_parser_expect_close (P, RS_TOK_RPAR))
        return NULL;
      if (first->kind == RS_EXPR_STARRED)
        return rs_parser_fail_at (P, start, "cannot use starred expression here");
      return first;      /* a group keeps its inner position */
    }
  return finish_sequence (P, RS_EXPR_TUPLE, start, first, first_start, RS_TOK_RPAR);
}

static RsExpr *
parse_list (RsParser *P)
{
  const RsToken *start = advance (P);
  const RsToken *first_start = cur (P);
  RsExpr *first = NULL;

  if (peek (P) != RS_TOK_RSQB)
    {
      first = parse_star_named_expression (P);
      if (first == NULL)
        return NULL;
      if (peek (P) == RS_TOK_FOR || peek (P) == RS_TOK_ASYNC)
        {
          if (!parse_comprehension_tail (P) || !rs_parser_expect (P, RS_TOK_RSQB))
            return NULL;
          return rs_parser_unsupported (P, start, NULL, "list comprehensions are not in the "
                                        "subset; build the list with a for loop and append()");
        }
    }
  return finish_sequence (P, RS_EXPR_LIST, start, first, first_start, RS_TOK_RSQB);
}

static RsExpr *
parse_braces (RsParser *P)
{
  const RsToken *start = advance (P);
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  g_autoptr(GPtrArray) values = g_ptr_array_new ();
  gboolean is_set = FALSE, unpack = FALSE;
  RsExpr *e;
  guint n;

  if (accept (P, RS_TOK_RBRACE))
    return rs_parser_new_expr (P, RS_EXPR_DICT, start);

  for (;;)
    {
      if (accept (P, RS_TOK_DOUBLESTAR))
        {
          if (is_set || rs_parser_parse_bitwise_or (P) == NULL)
            return is_set ? rs_parser_invalid_syntax (P) : NULL;
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
                  return rs_parser_fail_at (P, &at, "':' expected after dictionary key");
                }
              advance (P);
              if (peek (P) == RS_TOK_RBRACE || peek (P) == RS_TOK_COMMA)
                return rs_parser_fail_at (P, prev (P), "expression expected after dictionary key and ':'");
              value_start = cur (P);
              if ((value = rs_parser_parse_expression (P)) == NULL)
                return NULL;
              P->last_item = value_start;
              g_ptr_array_add (keys, key);
              g_ptr_array_add (values, value);
            }
          if ((peek (P) == RS_TOK_FOR || peek (P) == RS_TOK_ASYNC) && keys->len == 1 && !unpack)
            {
              if (!parse_comprehension_tail (P) || !rs_parser_expect (P, RS_TOK_RBRACE))
                return NULL;
              return rs_parser_unsupported (P, start, NULL, is_set
                                  ? "set comprehensions are not in the subset"
                                  : "dict comprehensions are not in the subset; "
                                    "fill the dict with a for loop");
            }
        }
      if (!accept (P, RS_TOK_COMMA) || peek (P) == RS_TOK_RBRACE)
        break;
    }
  if (!rs_parser_expect_close (P, RS_TOK_RBRACE))
    return NULL;
  if (is_set)
    return rs_parser_unsupported (P, start, NULL, "sets are not in the subset");
  if (unpack)
    return rs_parser_unsupported (P, start, NULL, "** in dict displays is not in the subset");
  e = rs_parser_new_expr (P, RS_EXPR_DICT, start);
  e->dict.keys = rs_parser_steal (P, keys, &n);
  e->dict.values = rs_parser_steal (P, values, &e->dict.n_items);
  return e;
}

static RsExpr *
parse_atom (RsParser *P)
{
  const RsToken *start = cur (P);
  RsExpr *e;

  switch (peek (P))
    {
    case RS_TOK_NAME:
      advance (P);
      e = rs_parser_new_expr (P, RS_EXPR_NAME, start);
      e->name.id = start->id;
      return e;
    case RS_TOK_NONE:
      advance (P);
      return rs_parser_new_expr (P, RS_EXPR_NONE, start);
    case RS_TOK_TRUE:
      advance (P);
      return rs_parser_new_expr (P, RS_EXPR_TRUE, start);
    case RS_TOK_FALSE:
      advance (P);
      return rs_parser_new_expr (P, RS_EXPR_FALSE, start);
    case RS_TOK_INT:
      advance (P);
      e = rs_parser_new_expr (P, RS_EXPR_INT, start);
      e->integer.value = start->value;
      e->integer.digits = start->digits;
      return e;
    case RS_TOK_FLOAT:
    case RS_TOK_IMAG:
    case RS_TOK_ELLIPSIS:
      advance (P);
      e = rs_parser_unsupported (P, start, NULL, "%s literals are not in the subset%s",
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
      return rs_parser_invalid_syntax (P);
    }
}

/* ------------------------------------------------------------------ */
/* primaries                                                           */

RsExpr *
rs_parser_parse_call (RsParser        *P,
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
          if (rs_parser_parse_expression (P) == NULL)
            return NULL;
          P->last_item = value_start;
          fancy = TRUE;
        }
      else
        {
          const RsToken *arg_start = cur (P);
          RsExpr *arg = rs_parser_parse_named_expression (P);

          if (arg == NULL)
            return NULL;
          if (peek (P) == RS_TOK_FOR || peek (P) == RS_TOK_ASYNC)
            {
              if (!parse_comprehension_tail (P))
                return NULL;
              /* the sole argument `f(x for x in y)` includes the parentheses */
              if (args->len == 0 && !fancy && peek (P) == RS_TOK_RPAR)
                arg_start = open;
              arg = rs_parser_unsupported (P, arg_start, NULL,
                                 "generator expressions are not in the subset");
              genexp = TRUE;
            }
          P->last_item = arg_start;
          g_ptr_array_add (args, arg);
        }
      if (!accept (P, RS_TOK_COMMA))
        break;
    }
  if (!rs_parser_expect_close (P, RS_TOK_RPAR))
    return NULL;
  if (genexp && args->len + fancy > 1)
    return rs_parser_fail_at (P, start, "Generator expression must be parenthesized");
  if (fancy)
    return rs_parser_unsupported (P, start, NULL, "keyword and starred arguments are not in "
                        "the subset; pass plain positional arguments");
  e = rs_parser_new_expr (P, RS_EXPR_CALL, start);
  e->call.func = func;
  e->call.args = rs_parser_steal (P, args, &e->call.n_args);
  return e;
}

/* One element of a subscript; *slice: it was a slice (or starred). */
static gboolean
parse_slice (RsParser   *P,
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
      *index = rs_parser_parse_named_expression (P);
      if (*index == NULL)
        return FALSE;
      if (peek (P) != RS_TOK_COLON)
        return TRUE;
    }
  *slice = TRUE;
  advance (P);   /* : */
  if (peek (P) != RS_TOK_COLON && peek (P) != RS_TOK_COMMA && peek (P) != RS_TOK_RSQB
      && rs_parser_parse_expression (P) == NULL)
    return FALSE;
  if (accept (P, RS_TOK_COLON) && peek (P) != RS_TOK_COMMA && peek (P) != RS_TOK_RSQB
      && rs_parser_parse_expression (P) == NULL)
    return FALSE;
  return TRUE;
}

static RsExpr *
parse_subscript (RsParser        *P,
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
  if (!rs_parser_expect_close (P, RS_TOK_RSQB))
    return NULL;
  if (slice || tuple || index->kind == RS_EXPR_TUPLE)
    {
      e = rs_parser_unsupported (P, start, NULL, "slices are not in the subset");
      e->kind = RS_EXPR_UNSUPPORTED_TARGET;
      return e;
    }
  e = rs_parser_new_expr (P, RS_EXPR_SUBSCRIPT, start);
  e->subscript.value = value;
  e->subscript.index = index;
  return e;
}

static RsExpr *
parse_primary (RsParser *P)
{
  const RsToken *start = cur (P);
  RsExpr *e = parse_atom (P);
  guint chain = 0;

  while (e != NULL)
    {
      if (peek (P) != RS_TOK_DOT && peek (P) != RS_TOK_LPAR && peek (P) != RS_TOK_LSQB)
        break;
      if (!rs_parser_enter (P, ++chain))
        return NULL;
      if (accept (P, RS_TOK_DOT))
        {
          const RsToken *name = cur (P);
          RsExpr *attr;

          if (!rs_parser_expect (P, RS_TOK_NAME))
            return NULL;
          attr = rs_parser_new_expr (P, RS_EXPR_ATTR, start);
          attr->attr.value = e;
          attr->attr.name = name->id;
          e = attr;
        }
      else if (peek (P) == RS_TOK_LPAR)
        e = rs_parser_parse_call (P, start, e);
      else
        e = parse_subscript (P, start, e);
    }
  return e;
}

/* ------------------------------------------------------------------ */
/* operators                                                           */

static RsExpr *
parse_power (RsParser *P)
{
  const RsToken *start = cur (P);
  RsExpr *left, *right;

  if (accept (P, RS_TOK_AWAIT))
    {
      if (parse_primary (P) == NULL)
        return NULL;
      return rs_parser_unsupported (P, start, NULL, "await is not in the subset");
    }
  left = parse_primary (P);
  if (left == NULL || peek (P) != RS_TOK_DOUBLESTAR || !rs_parser_starts_operand (peek_at (P, 1), FALSE))
    return left;
  advance (P);
  if (!rs_parser_enter (P, 1))
    return NULL;
  P->depth++;
  right = parse_factor (P);
  P->depth--;
  if (right == NULL)
    return NULL;
  return rs_parser_unsupported (P, start, left, "the operator ** is not in the subset; "
                      "multiply with *");
}

static RsExpr *
parse_factor (RsParser *P)
{
  const RsToken *start = cur (P);
  RsTokenKind op = peek (P);
  RsExpr *operand, *e;

  if (op != RS_TOK_MINUS && op != RS_TOK_PLUS && op != RS_TOK_TILDE)
    return parse_power (P);
  if (!rs_parser_enter (P, 1))
    return NULL;
  advance (P);
  P->depth++;
  operand = parse_factor (P);
  P->depth--;
  if (operand == NULL)
    return NULL;
  if (op == RS_TOK_PLUS)
    return rs_parser_unsupported (P, start, NULL, "unary + is not in the subset");
  if (op == RS_TOK_TILDE)
    return rs_parser_unsupported (P, start, NULL, "the operator ~ is not in the subset");
  e = rs_parser_new_expr (P, RS_EXPR_NEG, start);
  e->unary.operand = operand;
  return e;
}

typedef RsExpr *(*ParseFunc) (RsParser *P);

typedef struct {
  RsTokenKind kind;
  gboolean    supported;
  RsBinOp     op;
  const char *text;
} BinOpInfo;

/* A left-associative chain of binary operators from @ops over @operand. */
static RsExpr *
parse_binary (RsParser          *P,
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
      if (info == NULL || !rs_parser_starts_operand (peek_at (P, 1), FALSE))
        break;
      if (!rs_parser_enter (P, ++chain))
        return NULL;
      advance (P);
      right = operand (P);
      if (right == NULL)
        return NULL;
      if (!info->supported)
        left = rs_parser_unsupported (P, start, left, "the operator %s is not in the subset%s",
                            info->text, info->kind == RS_TOK_SLASH
                            ? "; use // for integer division" : "");
      else
        {
          RsExpr *e = rs_parser_new_expr (P, RS_EXPR_BINOP, start);

          e->binop.op = info->op;
          e->binop.left = left;
          e->binop.right = right;
          left = e;
        }
    }
  return left;
}

static RsExpr *
parse_term (RsParser *P)
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
parse_sum (RsParser *P)
{
  static const BinOpInfo ops[] = {
    { RS_TOK_PLUS, TRUE, RS_BIN_ADD, "+" },
    { RS_TOK_MINUS, TRUE, RS_BIN_SUB, "-" },
  };
  return parse_binary (P, parse_term, ops, G_N_ELEMENTS (ops));
}

static RsExpr *
parse_shift (RsParser *P)
{
  static const BinOpInfo ops[] = {
    { RS_TOK_LEFTSHIFT, FALSE, 0, "<<" },
    { RS_TOK_RIGHTSHIFT, FALSE, 0, ">>" },
  };
  return parse_binary (P, parse_sum, ops, G_N_ELEMENTS (ops));
}

static RsExpr *
parse_bitwise_and (RsParser *P)
{
  static const BinOpInfo ops[] = { { RS_TOK_AMPER, FALSE, 0, "&" } };
  return parse_binary (P, parse_shift, ops, G_N_ELEMENTS (ops));
}

static RsExpr *
parse_bitwise_xor (RsParser *P)
{
  static const BinOpInfo ops[] = { { RS_TOK_CIRCUMFLEX, FALSE, 0, "^" } };
  return parse_binary (P, parse_bitwise_and, ops, G_N_ELEMENTS (ops));
}

RsExpr *
rs_parser_parse_bitwise_or (RsParser *P)
{
  static const BinOpInfo ops[] = { { RS_TOK_VBAR, FALSE, 0, "|" } };
  return parse_binary (P, parse_bitwise_xor, ops, G_N_ELEMENTS (ops));
}

/* A comparison operator at the current token; FALSE if none.  *bad: `in`
 * or `not in`. */
static gboolean
parse_cmp_op (RsParser   *P,
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
  if (!rs_parser_starts_operand (peek_at (P, width), FALSE))
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
parse_comparison (RsParser *P)
{
  const RsToken *start = cur (P);
  g_autoptr(GArray) ops = NULL;
  g_autoptr(GPtrArray) comparators = NULL;
  RsExpr *left = rs_parser_parse_bitwise_or (P), *e;
  gboolean bad = FALSE;
  RsCmpOp op;

  if (left == NULL)
    return NULL;
  while (parse_cmp_op (P, &op, &bad))
    {
      RsExpr *right = rs_parser_parse_bitwise_or (P);

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
    return rs_parser_unsupported (P, start, left, "the operators `in` and `not in` are not in "
                        "the subset; use a loop or len()");
  e = rs_parser_new_expr (P, RS_EXPR_COMPARE, start);
  e->compare.left = left;
  e->compare.comparators = rs_parser_steal (P, comparators, &e->compare.n_ops);
  e->compare.ops = rs_arena_alloc (P->arena, sizeof (RsCmpOp) * ops->len);
  memcpy (e->compare.ops, ops->data, sizeof (RsCmpOp) * ops->len);
  return e;
}

static RsExpr *
parse_inversion (RsParser *P)
{
  const RsToken *start = cur (P);
  RsExpr *operand, *e;

  if (peek (P) != RS_TOK_NOT)
    return parse_comparison (P);
  if (!rs_parser_enter (P, 1))
    return NULL;
  advance (P);
  P->depth++;
  operand = parse_inversion (P);
  P->depth--;
  if (operand == NULL)
    return NULL;
  e = rs_parser_new_expr (P, RS_EXPR_NOT, start);
  e->unary.operand = operand;
  return e;
}

static RsExpr *
parse_boolop (RsParser      *P,
              RsTokenKind  kind,
              RsBoolOp     op,
              ParseFunc    operand)
{
  const RsToken *start = cur (P);
  g_autoptr(GPtrArray) values = NULL;
  RsExpr *first = operand (P), *e;

  if (first == NULL || peek (P) != kind || !rs_parser_starts_operand (peek_at (P, 1), TRUE))
    return first;
  values = g_ptr_array_new ();
  g_ptr_array_add (values, first);
  while (peek (P) == kind && rs_parser_starts_operand (peek_at (P, 1), TRUE) && accept (P, kind))
    {
      RsExpr *next = operand (P);

      if (next == NULL)
        return NULL;
      g_ptr_array_add (values, next);
    }
  e = rs_parser_new_expr (P, RS_EXPR_BOOLOP, start);
  e->boolop.op = op;
  e->boolop.values = rs_parser_steal (P, values, &e->boolop.n_values);
  return e;
}

static RsExpr *
parse_conjunction (RsParser *P)
{
  return parse_boolop (P, RS_TOK_AND, RS_BOOL_AND, parse_inversion);
}

static RsExpr *
parse_disjunction (RsParser *P)
{
  return parse_boolop (P, RS_TOK_OR, RS_BOOL_OR, parse_conjunction);
}

/* ------------------------------------------------------------------ */
/* parameters (def and lambda)                                         */

static void
note_param (RsParser         *P,
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
gboolean
rs_parser_parse_params (RsParser       *P,
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
              rs_parser_bind (P, name->id);
              if (annotations && accept (P, RS_TOK_COLON) && rs_parser_parse_expression (P) == NULL)
                return FALSE;
            }
          else if (tok->kind == RS_TOK_DOUBLESTAR)
            return rs_parser_invalid_syntax (P) != NULL;
        }
      else if (peek (P) == RS_TOK_NAME)
        {
          const RsToken *tok_name = advance (P);
          const char *name = tok_name->id;

          note_param (P, seen, tok_name, duplicate);
          rs_parser_bind (P, name);
          if (annotations && accept (P, RS_TOK_COLON))
            {
              *flaw = "annotations are not in the subset";
              if (rs_parser_parse_expression (P) == NULL)
                return FALSE;
            }
          if (accept (P, RS_TOK_EQUAL))
            {
              *flaw = "default parameter values are not in the subset";
              defaults = TRUE;
              if (rs_parser_parse_expression (P) == NULL)
                return FALSE;
            }
          else if (defaults && !star)
            return rs_parser_fail_at (P, tok_name, "non-default argument follows default argument") != NULL;
          if (g_str_has_prefix (name, "_rs_"))
            *flaw = "names starting with _rs_ are reserved";
          g_ptr_array_add (params, (gpointer) name);
        }
      else
        return rs_parser_invalid_syntax (P) != NULL;
      if (!accept (P, RS_TOK_COMMA))
        break;
    }
  return TRUE;
}

static RsExpr *
parse_lambda (RsParser *P)
{
  const RsToken *start = advance (P);
  g_autoptr(GPtrArray) params = g_ptr_array_new ();
  const char *flaw = NULL;

  if (!rs_parser_parse_params (P, RS_TOK_COLON, FALSE, params, &flaw, NULL)
      || !rs_parser_expect (P, RS_TOK_COLON))
    return NULL;
  if (rs_parser_parse_expression (P) == NULL)
    return NULL;
  return rs_parser_unsupported (P, start, NULL, "lambda is not in the subset; define a function with def");
}

/* ------------------------------------------------------------------ */
/* expressions                                                         */

RsExpr *
rs_parser_parse_expression (RsParser *P)
{
  const RsToken *start = cur (P);
  RsExpr *e;

  if (!rs_parser_enter (P, 1))
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
            e = rs_parser_fail_at (P, start, "expected 'else' after 'if' expression");
          else if (rs_parser_parse_expression (P) == NULL)
            e = NULL;
          else
            e = rs_parser_unsupported (P, start, NULL, "conditional expressions `x if c else y` "
                             "are not in the subset; use an if statement");
        }
    }
  P->depth--;
  return e;
}

RsExpr *
rs_parser_parse_named_expression (RsParser *P)
{
  const RsToken *start = cur (P);

  if (peek (P) == RS_TOK_NAME && peek_at (P, 1) == RS_TOK_COLONEQUAL)
    {
      rs_parser_bind (P, advance (P)->id);
      advance (P);
      if (rs_parser_parse_expression (P) == NULL)
        return NULL;
      return rs_parser_unsupported (P, start, NULL, "assignment expressions (:=) are not in the subset");
    }
  return rs_parser_parse_expression (P);
}

static RsExpr *
parse_star_expression (RsParser *P)
{
  if (peek (P) == RS_TOK_STAR)
    return parse_starred (P);
  return rs_parser_parse_expression (P);
}

/* `a`, or `a, b, ...` as a tuple without parentheses. */
RsExpr *
rs_parser_parse_star_expressions (RsParser *P)
{
  const RsToken *start = cur (P);
  g_autoptr(GPtrArray) items = NULL;
  RsExpr *first = parse_star_expression (P), *e;

  if (first == NULL || peek (P) != RS_TOK_COMMA)
    return first;
  items = g_ptr_array_new ();
  g_ptr_array_add (items, first);
  while (accept (P, RS_TOK_COMMA) && rs_parser_starts_expression (peek (P)))
    {
      RsExpr *item = parse_star_expression (P);

      if (item == NULL)
        return NULL;
      g_ptr_array_add (items, item);
    }
  e = rs_parser_new_expr (P, RS_EXPR_TUPLE, start);
  e->seq.items = rs_parser_steal (P, items, &e->seq.n_items);
  return e;
}

/* Targets of `for` and comprehensions: stop before `in`. */
RsExpr *
rs_parser_parse_star_targets (RsParser *P)
{
  const RsToken *start = cur (P);
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  RsExpr *e;

  for (;;)
    {
      RsExpr *item = peek (P) == RS_TOK_STAR ? parse_starred (P) : rs_parser_parse_bitwise_or (P);

      if (item == NULL)
        return NULL;
      g_ptr_array_add (items, item);
      if (!accept (P, RS_TOK_COMMA) || peek (P) == RS_TOK_IN)
        break;
    }
  if (items->len == 1 && prev (P)->kind != RS_TOK_COMMA)
    return g_ptr_array_index (items, 0);
  e = rs_parser_new_expr (P, RS_EXPR_TUPLE, start);
  e->seq.items = rs_parser_steal (P, items, &e->seq.n_items);
  return e;
}

/* `yield` expression statements and values. */
RsExpr *
rs_parser_parse_yield (RsParser *P)
{
  const RsToken *start = advance (P);

  if (accept (P, RS_TOK_FROM))
    {
      if (rs_parser_parse_expression (P) == NULL)
        return NULL;
    }
  else if (rs_parser_starts_expression (peek (P)) && rs_parser_parse_star_expressions (P) == NULL)
    return NULL;
  return rs_parser_unsupported (P, start, NULL, "yield is not in the subset");
}
