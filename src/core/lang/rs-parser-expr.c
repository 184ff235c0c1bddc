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
  return rs_parser_new_power (P, start, left, right);
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
  e = rs_parser_new_expr (P, op == RS_TOK_TILDE ? RS_EXPR_INVERT
                            : op == RS_TOK_PLUS ? RS_EXPR_POS : RS_EXPR_NEG, start);
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
          left = rs_parser_fold_percent (P, start, e);
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
    { RS_TOK_LEFTSHIFT, TRUE, RS_BIN_LSHIFT, "<<" },
    { RS_TOK_RIGHTSHIFT, TRUE, RS_BIN_RSHIFT, ">>" },
  };
  return parse_binary (P, parse_sum, ops, G_N_ELEMENTS (ops));
}

static RsExpr *
parse_bitwise_and (RsParser *P)
{
  static const BinOpInfo ops[] = { { RS_TOK_AMPER, TRUE, RS_BIN_AND, "&" } };
  return parse_binary (P, parse_shift, ops, G_N_ELEMENTS (ops));
}

static RsExpr *
parse_bitwise_xor (RsParser *P)
{
  static const BinOpInfo ops[] = { { RS_TOK_CIRCUMFLEX, TRUE, RS_BIN_XOR, "^" } };
  return parse_binary (P, parse_bitwise_and, ops, G_N_ELEMENTS (ops));
}

RsExpr *
rs_parser_parse_bitwise_or (RsParser *P)
{
  static const BinOpInfo ops[] = { { RS_TOK_VBAR, TRUE, RS_BIN_OR, "|" } };
  return parse_binary (P, parse_bitwise_xor, ops, G_N_ELEMENTS (ops));
}

/* A comparison operator at the current token; FALSE if none. */
static gboolean
parse_cmp_op (RsParser   *P,
              RsCmpOp  *op)
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
    case RS_TOK_IN: *op = RS_CMP_IN; break;
    case RS_TOK_NOT:
      if (peek_at (P, 1) != RS_TOK_IN)
        return FALSE;
      advance (P);
      *op = RS_CMP_NOT_IN;
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
  RsCmpOp op;

  if (left == NULL)
    return NULL;
  while (parse_cmp_op (P, &op))
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

void
rs_param_spec_init (RsParamSpec *spec)
{
  *spec = (RsParamSpec) RS_PARAM_SPEC_INIT;
  spec->positional = g_ptr_array_new ();
  spec->defaults = g_ptr_array_new ();
  spec->kwonly = g_ptr_array_new ();
  spec->kw_defaults = g_ptr_array_new ();
}

void
rs_param_spec_clear (RsParamSpec *spec)
{
  g_clear_pointer (&spec->positional, g_ptr_array_unref);
  g_clear_pointer (&spec->defaults, g_ptr_array_unref);
  g_clear_pointer (&spec->kwonly, g_ptr_array_unref);
  g_clear_pointer (&spec->kw_defaults, g_ptr_array_unref);
}

/* One parameter name (with its annotation); NULL on a syntax error */
static const char *
parse_param_name (RsParser      *P,
                  GHashTable    *seen,
                  gboolean       annotations,
                  const char   **flaw,
                  RsPosition   **duplicate)
{
  const RsToken *tok_name = cur (P);
  RsExpr *annotation = NULL;

  if (!rs_parser_expect (P, RS_TOK_NAME))
    return NULL;
  note_param (P, seen, tok_name, duplicate);
  rs_parser_bind (P, tok_name->id);
  if (annotations && accept (P, RS_TOK_COLON))
    {
      if (P->annotations == NULL)
        *flaw = "annotations are not in the subset";
      if ((annotation = rs_parser_parse_expression (P)) == NULL)
        return NULL;
    }
  /* a def's annotations, in source order: the order CPython evaluates them */
  if (P->annotations != NULL)
    g_ptr_array_add (P->annotations, annotation);
  if (g_str_has_prefix (tok_name->id, "_rs_"))
    *flaw = "names starting with _rs_ are reserved";
  return tok_name->id;
}

/* `*args`, `*` or `**kwargs` (the star is next) */
static gboolean
parse_star_param (RsParser     *P,
                  GHashTable   *seen,
                  gboolean      annotations,
                  RsParamSpec  *spec,
                  const char  **flaw,
                  RsPosition  **duplicate)
{
  const RsToken *tok = advance (P);

  if (spec->kwarg != NULL)
    return rs_parser_fail_at (P, tok, "arguments cannot follow var-keyword argument") != NULL;
  if (tok->kind == RS_TOK_DOUBLESTAR)
    {
      spec->kwarg = parse_param_name (P, seen, annotations, flaw, duplicate);
      return spec->kwarg != NULL;
    }
  if (spec->star)
    return rs_parser_fail_at (P, tok, "* argument may appear only once") != NULL;
  spec->star = TRUE;
  if (peek (P) != RS_TOK_NAME)
    {
      if (peek (P) != RS_TOK_COMMA || peek_at (P, 1) == RS_TOK_RPAR || peek_at (P, 1) == RS_TOK_DOUBLESTAR)
        return rs_parser_fail_at (P, tok, "named arguments must follow bare *") != NULL;
      return TRUE;
    }
  spec->vararg = parse_param_name (P, seen, annotations, flaw, duplicate);
  return spec->vararg != NULL;
}

/* A named parameter and its default, before or after the star */
static gboolean
parse_named_param (RsParser     *P,
                   GHashTable   *seen,
                   gboolean      annotations,
                   RsParamSpec  *spec,
                   const char  **flaw,
                   RsPosition  **duplicate)
{
  const RsToken *tok_name = cur (P);
  const char *name = parse_param_name (P, seen, annotations, flaw, duplicate);
  RsExpr *value = NULL;

  if (name == NULL)
    return FALSE;
  if (spec->kwarg != NULL)
    return rs_parser_fail_at (P, tok_name, "arguments cannot follow var-keyword argument") != NULL;
  if (accept (P, RS_TOK_EQUAL) && (value = rs_parser_parse_expression (P)) == NULL)
    return FALSE;
  if (spec->star)
    {
      g_ptr_array_add (spec->kwonly, (gpointer) name);
      g_ptr_array_add (spec->kw_defaults, value);
      return TRUE;
    }
  if (value == NULL && spec->defaults->len > 0)
    return rs_parser_fail_at (P, tok_name, "non-default argument follows default argument") != NULL;
  g_ptr_array_add (spec->positional, (gpointer) name);
  if (value != NULL)
    g_ptr_array_add (spec->defaults, value);
  return TRUE;
}

/* Parses parameters up to @closing into @spec (its arrays made by the
 * caller); *flaw is set to a message for what is outside the subset;
 * *duplicate to the position of the first repeated name (a SyntaxError
 * CPython reports only after the subset check, when it compiles). */
gboolean
rs_parser_parse_params (RsParser       *P,
                        RsTokenKind     closing,
                        gboolean        annotations,
                        RsParamSpec    *spec,
                        const char    **flaw,
                        RsPosition    **duplicate)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  while (peek (P) != closing)
    {
      const RsToken *tok = cur (P);

      if (accept (P, RS_TOK_SLASH))
        {
          if (spec->star || spec->kwarg != NULL)
            return rs_parser_fail_at (P, tok, "/ must be ahead of *") != NULL;
          if (spec->positional->len == 0)
            return rs_parser_fail_at (P, tok, "at least one argument must precede /") != NULL;
          if (spec->n_posonly > 0)
            return rs_parser_fail_at (P, tok, "/ may appear only once") != NULL;
          spec->n_posonly = spec->positional->len;
        }
      else if (peek (P) == RS_TOK_STAR || peek (P) == RS_TOK_DOUBLESTAR)
        {
          if (!parse_star_param (P, seen, annotations, spec, flaw, duplicate))
            return FALSE;
        }
      else if (peek (P) == RS_TOK_NAME)
        {
          if (!parse_named_param (P, seen, annotations, spec, flaw, duplicate))
            return FALSE;
        }
      else
        return rs_parser_invalid_syntax (P) != NULL;
      if (!accept (P, RS_TOK_COMMA))
        break;
    }
  return TRUE;
}

/* CPython's symtable error, which a def gets in the checker */
static RsExpr *
lambda_duplicate (RsParser         *P,
                  const RsStmt     *def,
                  const RsPosition *at)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  RsToken where = { 0 };
  guint i;

  for (i = 0; g_hash_table_add (seen, (gpointer) def->def.params[i]); i++)
    ;
  where.line = at->line;
  where.ccol = at->col;
  rs_parser_fail_at (P, &where, "duplicate argument '%s' in function definition", def->def.params[i]);
  return NULL;
}

static RsExpr *
parse_lambda (RsParser *P)
{
  const RsToken *start = advance (P);
  g_auto(RsParamSpec) spec = RS_PARAM_SPEC_INIT;
  GPtrArray *annotations = P->annotations;
  const char *flaw = NULL;
  RsPosition *duplicate = NULL;
  g_autoptr(GPtrArray) body = g_ptr_array_new ();
  const RsToken *body_start;
  RsExpr *e, *value;
  RsStmt *ret;
  gboolean ok;

  /* a lambda in a default value: its parameters are not the def's */
  rs_param_spec_init (&spec);
  P->annotations = NULL;
  ok = rs_parser_parse_params (P, RS_TOK_COLON, FALSE, &spec, &flaw, &duplicate);
  P->annotations = annotations;
  if (!ok || !rs_parser_expect (P, RS_TOK_COLON))
    return NULL;
  body_start = cur (P);
  if ((value = rs_parser_parse_expression (P)) == NULL)
    return NULL;
  if (flaw == NULL && spec.kwarg != NULL)
    flaw = "**kwargs in a lambda is not in the subset";
  if (flaw != NULL)
    return rs_parser_unsupported (P, start, NULL, "%s", flaw);
  e = rs_parser_new_expr (P, RS_EXPR_LAMBDA, start);
  e->lambda.def = rs_parser_new_stmt (P, RS_STMT_DEF, start);
  e->lambda.def->def.name = g_intern_static_string ("<lambda>");
  e->lambda.def->def.bound = e->lambda.def->def.name;
  rs_parser_set_params (P, e->lambda.def, &spec);
  if (duplicate != NULL)
    return lambda_duplicate (P, e->lambda.def, duplicate);
  ret = rs_parser_new_stmt (P, RS_STMT_RETURN, body_start);
  ret->return_.value = value;
  g_ptr_array_add (body, ret);
  e->lambda.def->def.body.stmts = (RsStmt **) rs_arena_steal_ptrs (P->arena, body,
                                                                   &e->lambda.def->def.body.n_stmts);
  return e;
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
        e = rs_parser_parse_ifexp (P, start, e);
    }
  P->depth--;
  return e;
}

RsExpr *
rs_parser_parse_named_expression (RsParser *P)
{
  const RsToken *start = cur (P);

  if (peek (P) == RS_TOK_NAME && peek_at (P, 1) == RS_TOK_COLONEQUAL)
    return rs_parser_parse_walrus (P, start);
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
