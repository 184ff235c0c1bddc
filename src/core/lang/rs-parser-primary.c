/* rs-parser-primary.c: the atoms and primaries of the parser
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Names, literals (adjacent strings joined), parenthesized forms, list
 * and dict displays, the comprehensions (rs-parser-comp.c) and the sets the
 * subset rejects,
 * then calls, attributes and subscripts after an atom.
 */
#include "rs-parser-private.h"

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
  if (problem != NULL && any_format)
    return rs_parser_unsupported (P, start, NULL, "%s", problem->message);
  if (any_format)
    return rs_parser_joined_strings (P, start, prev (P));
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

/* `*x`, at the star */
RsExpr *
rs_parser_parse_starred (RsParser *P)
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
    return rs_parser_parse_starred (P);
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

/* A comprehension after its element @elt (@value: a dict's), up to @close */
static RsExpr *
finish_comprehension (RsParser      *P,
                      const RsToken *start,
                      RsCompKind     kind,
                      RsExpr        *elt,
                      RsExpr        *value,
                      RsTokenKind    close)
{
  gboolean async;
  RsExpr *e;

  if (elt->kind == RS_EXPR_STARRED)
    {
      RsToken at = { 0 };

      at.line = elt->line;
      at.ccol = elt->col;
      return rs_parser_fail_at (P, &at, "iterable unpacking cannot be used in comprehension");
    }
  e = rs_parser_parse_comprehension (P, start, kind, elt, value, &async);
  if (e == NULL || !rs_parser_expect (P, close))
    return NULL;
  e->end_line = prev (P)->end_line;
  e->end_col = prev (P)->end_col;
  if (async)
    return rs_parser_unsupported (P, start, NULL, "async is not in the subset");
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
    return finish_comprehension (P, start, RS_COMP_GEN, first, NULL, RS_TOK_RPAR);
  P->last_item = first_start;
  if (peek (P) != RS_TOK_COMMA)
    {
      if (!rs_parser_expect_close (P, RS_TOK_RPAR))
        return NULL;
      if (first->kind == RS_EXPR_STARRED)
        return rs_parser_fail_at (P, first_start, "cannot use starred expression here");
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
        return finish_comprehension (P, start, RS_COMP_LIST, first, NULL, RS_TOK_RSQB);
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
      if (peek (P) == RS_TOK_DOUBLESTAR)
        {
          const RsToken *stars = advance (P);
          RsExpr *mapping;

          if (is_set || (mapping = rs_parser_parse_bitwise_or (P)) == NULL)
            return is_set ? rs_parser_invalid_syntax (P) : NULL;
          if (keys->len == 0 && !unpack && (peek (P) == RS_TOK_FOR || peek (P) == RS_TOK_ASYNC))
            return rs_parser_fail_at (P, stars, "dict unpacking cannot be used in dict comprehension");
          /* `**m`: no key (as CPython's ast.Dict) */
          g_ptr_array_add (keys, NULL);
          g_ptr_array_add (values, mapping);
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
              if (is_set)
                {
                  e = finish_comprehension (P, start, RS_COMP_GEN, key, NULL, RS_TOK_RBRACE);
                  return e == NULL ? NULL : rs_parser_unsupported (P, start, NULL, "sets are not "
                                                                   "in the subset (their order "
                                                                   "depends on addresses)");
                }
              return finish_comprehension (P, start, RS_COMP_DICT, g_ptr_array_index (keys, 0),
                                           g_ptr_array_index (values, 0), RS_TOK_RBRACE);
            }
        }
      if (!accept (P, RS_TOK_COMMA) || peek (P) == RS_TOK_RBRACE)
        break;
    }
  if (!rs_parser_expect_close (P, RS_TOK_RBRACE))
    return NULL;
  if (is_set)
    return rs_parser_unsupported (P, start, NULL, "sets are not in the subset");
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
      advance (P);
      e = rs_parser_new_expr (P, RS_EXPR_FLOAT, start);
      e->floating.value = start->fvalue;
      return e;
    case RS_TOK_ELLIPSIS:
      advance (P);
      return rs_parser_new_expr (P, RS_EXPR_ELLIPSIS, start);
    case RS_TOK_IMAG:
      advance (P);
      e = rs_parser_unsupported (P, start, NULL, "complex literals are not in the subset");
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
  g_autoptr(GPtrArray) kw_names = g_ptr_array_new ();
  g_autoptr(GPtrArray) kw_values = g_ptr_array_new ();
  gboolean fancy = FALSE, genexp = FALSE, keywords = FALSE, unpacked = FALSE;
  const char *late = NULL;   /* CPython reports it at the token after the arguments */
  const RsToken *open = advance (P);
  const RsToken *genexp_start = NULL;
  RsExpr *e;

  while (peek (P) != RS_TOK_RPAR)
    {
      if (peek (P) == RS_TOK_STAR || peek (P) == RS_TOK_DOUBLESTAR
          || (peek (P) == RS_TOK_NAME && peek_at (P, 1) == RS_TOK_EQUAL))
        {
          const RsToken *arg_start = advance (P), *value_start;
          RsExpr *value;

          if (peek (P) == RS_TOK_EQUAL)
            advance (P);
          value_start = cur (P);
          if ((value = rs_parser_parse_expression (P)) == NULL)
            return NULL;
          P->last_item = value_start;
          fancy = TRUE;
          if (arg_start->kind == RS_TOK_STAR)
            {
              if (unpacked)
                return rs_parser_fail_at (P, arg_start, "iterable argument unpacking follows "
                                          "keyword argument unpacking");
              e = rs_parser_new_expr (P, RS_EXPR_STARRED, arg_start);
              e->unary.operand = value;
              g_ptr_array_add (args, e);
            }
          else
            {
              for (guint i = 0; arg_start->kind == RS_TOK_NAME && i < kw_names->len; i++)
                if (g_ptr_array_index (kw_names, i) == arg_start->id)
                  return rs_parser_fail_at (P, arg_start, "keyword argument repeated: %s", arg_start->id);
              g_ptr_array_add (kw_names, arg_start->kind == RS_TOK_DOUBLESTAR
                                         ? NULL : (gpointer) arg_start->id);
              g_ptr_array_add (kw_values, value);
              keywords = TRUE;
              unpacked = unpacked || arg_start->kind == RS_TOK_DOUBLESTAR;
            }
        }
      else
        {
          const RsToken *arg_start = cur (P);
          RsExpr *arg = rs_parser_parse_named_expression (P);

          if (arg == NULL)
            return NULL;
          if (keywords && late == NULL && peek (P) != RS_TOK_FOR && peek (P) != RS_TOK_ASYNC)
            late = unpacked ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument";
          if (peek (P) == RS_TOK_FOR || peek (P) == RS_TOK_ASYNC)
            {
              gboolean async;

              if (genexp_start == NULL)
                genexp_start = arg_start;

              arg = rs_parser_parse_comprehension (P, arg_start, RS_COMP_GEN, arg, NULL, &async);
              if (arg == NULL)
                return NULL;
              /* the sole argument `f(x for x in y)` includes the parentheses */
              if (args->len == 0 && !fancy && peek (P) == RS_TOK_RPAR)
                {
                  arg->line = open->line;
                  arg->col = open->col;
                }
              if (async)
                arg = rs_parser_unsupported (P, arg_start, NULL, "async is not in the subset");
              genexp = TRUE;
            }
          P->last_item = arg_start;
          g_ptr_array_add (args, arg);
        }
      if (!accept (P, RS_TOK_COMMA))
        break;
    }
  if (late != NULL && peek (P) == RS_TOK_RPAR)
    return rs_parser_fail_at (P, cur (P), "%s", late);
  if (!rs_parser_expect_close (P, RS_TOK_RPAR))
    return NULL;
  if (genexp && args->len + kw_values->len > 1)
    return rs_parser_fail_at (P, genexp_start, "Generator expression must be parenthesized");
  e = rs_parser_new_expr (P, RS_EXPR_CALL, start);
  e->call.func = func;
  e->call.args = rs_parser_steal (P, args, &e->call.n_args);
  e->call.kw_names = (const char **) rs_arena_steal_ptrs (P->arena, kw_names, &e->call.n_keywords);
  e->call.kw_values = rs_parser_steal (P, kw_values, &e->call.n_keywords);
  return e;
}

/* The bound of a slice after its `:` (NULL when there is none) */
static gboolean
parse_slice_bound (RsParser  *P,
                   RsExpr   **bound)
{
  *bound = NULL;
  if (peek (P) == RS_TOK_COLON || peek (P) == RS_TOK_COMMA || peek (P) == RS_TOK_RSQB)
    return TRUE;
  *bound = rs_parser_parse_expression (P);
  return *bound != NULL;
}

/* One element of a subscript; *slice: it was a slice (or starred). */
static gboolean
parse_slice (RsParser   *P,
             RsExpr  **index,
             gboolean *slice)
{
  const RsToken *start = cur (P);
  RsExpr *lower = NULL, *e;

  *index = NULL;
  if (peek (P) == RS_TOK_STAR)
    {
      *slice = TRUE;
      return parse_star_named_expression (P) != NULL;
    }
  if (peek (P) != RS_TOK_COLON)
    {
      *index = lower = rs_parser_parse_named_expression (P);
      if (*index == NULL)
        return FALSE;
      if (peek (P) != RS_TOK_COLON)
        return TRUE;
    }
  *slice = TRUE;
  advance (P);   /* : */
  e = rs_parser_new_expr (P, RS_EXPR_SLICE, start);
  e->slice.lower = lower;
  *index = e;
  if (!parse_slice_bound (P, &e->slice.upper))
    return FALSE;
  return !accept (P, RS_TOK_COLON) || parse_slice_bound (P, &e->slice.step);
}

static RsExpr *
parse_subscript (RsParser        *P,
                 const RsToken *start,
                 RsExpr        *value)
{
  gboolean slice = FALSE, tuple = FALSE;
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  RsExpr *index, *e;

  const RsToken *item_start, *first_start;

  advance (P);   /* [ */
  item_start = first_start = cur (P);
  if (!parse_slice (P, &index, &slice))
    return NULL;
  g_ptr_array_add (items, index);
  P->last_item = slice ? NULL : item_start;
  while (accept (P, RS_TOK_COMMA))
    {
      RsExpr *item;

      tuple = TRUE;
      if (peek (P) == RS_TOK_RSQB)
        break;
      item_start = cur (P);
      if (!parse_slice (P, &item, &slice))
        return NULL;
      g_ptr_array_add (items, item);
      P->last_item = slice ? NULL : item_start;
    }
  if (tuple && !slice)
    {
      /* `d[a, b]` is `d[(a, b)]` */
      index = rs_parser_new_expr (P, RS_EXPR_TUPLE, first_start);
      index->seq.items = rs_parser_steal (P, items, &index->seq.n_items);
    }
  if (!rs_parser_expect_close (P, RS_TOK_RSQB))
    return NULL;
  if (slice && (tuple || index == NULL))
    {
      e = rs_parser_unsupported (P, start, NULL, "tuples of slices are not in the subset; "
                                 "use one slice `a[i:j:k]`");
      e->kind = RS_EXPR_UNSUPPORTED_TARGET;
      return e;
    }
  e = rs_parser_new_expr (P, RS_EXPR_SUBSCRIPT, start);
  e->subscript.value = value;
  e->subscript.index = index;
  return e;
}

RsExpr *
rs_parser_parse_primary (RsParser *P)
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
