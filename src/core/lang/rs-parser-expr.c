/* rs-parser-expr.c: the expressions of the parser
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * From the primaries (rs-parser-primary.c) up to star_expressions, with
 * Python's precedence; operators outside the subset become unsupported
 * nodes that keep their left operand (the oracle checks it first).
 */
#include "rs-parser-private.h"

#include <string.h>

static RsExpr *parse_factor (RsParser *P);

/* ------------------------------------------------------------------ */
/* operators                                                           */

static RsExpr *
parse_power (RsParser *P)
{
  const RsToken *start = cur (P);
  RsExpr *left, *right;

  if (accept (P, RS_TOK_AWAIT))
    {
      if (rs_parser_parse_primary (P) == NULL)
        return NULL;
      return rs_parser_unsupported (P, start, NULL, "await is not in the subset");
    }
  left = rs_parser_parse_primary (P);
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
  if (op == RS_TOK_TILDE)
    return rs_parser_unsupported (P, start, NULL, "the operator ~ is not in the subset");
  e = rs_parser_new_expr (P, op == RS_TOK_PLUS ? RS_EXPR_POS : RS_EXPR_NEG, start);
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
        left = rs_parser_unsupported (P, start, left, "the operator %s is not in the subset",
                            info->text);
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
    { RS_TOK_SLASH, TRUE, RS_BIN_DIV, "/" },
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

RsExpr *
rs_parser_parse_disjunction (RsParser *P)
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
      e = rs_parser_parse_disjunction (P);
      if (e != NULL && accept (P, RS_TOK_IF))
        {
          if (rs_parser_parse_disjunction (P) == NULL)
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
    return rs_parser_parse_starred (P);
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
      RsExpr *item = peek (P) == RS_TOK_STAR ? rs_parser_parse_starred (P) : rs_parser_parse_bitwise_or (P);

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
