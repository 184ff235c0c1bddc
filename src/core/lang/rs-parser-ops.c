/* rs-parser-ops.c: the parser's everyday operators and statements
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `**`, conditional expressions and `:=`; augmented and annotated
 * assignment, assert, and the import forms of the three modules.  What
 * needs a part of Python the model does not have yet (annotations that
 * are not plain names) becomes an unsupported node that says what to
 * write instead; a power that would be complex is rejected where it runs.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "rs-parser-private.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* expressions                                                          */

RsExpr *
rs_parser_new_power (RsParser      *P,
                     const RsToken *start,
                     RsExpr        *left,
                     RsExpr        *right)
{
  RsExpr *e = rs_parser_new_expr (P, RS_EXPR_BINOP, start);

  e->binop.op = RS_BIN_POW;
  e->binop.left = left;
  e->binop.right = right;
  return e;
}

/* One unit after its `%` (simple_format_arg_parse of CPython's
 * ast_opt.c): FALSE for what the optimizer leaves alone */
static gboolean
simple_unit (const char *s,
             gsize       len,
             gsize      *ppos,
             char       *spec,
             gboolean   *ljust,
             gint       *width,
             gint       *prec)
{
  gsize pos = *ppos;
  char ch;

#define NEXTC G_STMT_START { if (pos >= len) return FALSE; ch = s[pos++]; } G_STMT_END
  *ljust = FALSE;
  for (;;)
    {
      NEXTC;
      if (ch == '-')
        *ljust = TRUE;
      else if (ch != '+' && ch != ' ' && ch != '#' && ch != '0')
        break;
    }
  if (ch >= '0' && ch <= '9')
    {
      guint digits = 0;
      *width = 0;
      while (ch >= '0' && ch <= '9')
        {
          *width = *width * 10 + (ch - '0');
          NEXTC;
          if (++digits >= 3)
            return FALSE;
        }
    }
  if (ch == '.')
    {
      guint digits = 0;
      NEXTC;
      *prec = 0;
      while (ch >= '0' && ch <= '9')
        {
          *prec = *prec * 10 + (ch - '0');
          NEXTC;
          if (++digits >= 3)
            return FALSE;
        }
    }
#undef NEXTC
  *spec = ch;
  *ppos = pos;
  return TRUE;
}

static RsExpr *
new_str_at (RsParser      *P,
            const RsToken *start,
            const RsExpr  *at,
            const char    *text,
            gsize          len)
{
  RsExpr *e = rs_parser_new_expr (P, RS_EXPR_STR, start);

  e->line = at->line;
  e->col = at->col;
  e->str.value = rs_arena_strndup (P->arena, text, len);
  e->str.len = len;
  return e;
}

/* CPython 3.11's AST optimizer (optimize_format) turns `'...' % (a, b)`
 * with only %s, %r and %a units, as many as the tuple's items, into an
 * f-string: each item is converted right after it is evaluated, before
 * the next one is.  Anything else stays a BINARY_OP, a tuple of
 * constants too (folded first, it is no tuple display any more). */
RsExpr *
rs_parser_fold_percent (RsParser      *P,
                        const RsToken *start,
                        RsExpr        *e)
{
  const RsExpr *fmt = e->binop.left, *args = e->binop.right;

  if (e->binop.op != RS_BIN_MOD || fmt->kind != RS_EXPR_STR || args->kind != RS_EXPR_TUPLE ||
      rs_expr_is_constant (args))
    return e;
  for (guint i = 0; i < args->seq.n_items; i++)
    if (args->seq.items[i]->kind == RS_EXPR_STARRED)
      return e;

  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  const char *s = fmt->str.value;
  gsize len = fmt->str.len, pos = 0;
  guint cnt = 0;

  for (;;)
    {
      g_autoptr(GString) literal = g_string_new (NULL);
      while (pos < len)
        {
          if (s[pos] != '%')
            g_string_append_c (literal, s[pos++]);
          else if (pos + 1 < len && s[pos + 1] == '%')
            {
              g_string_append_c (literal, '%');
              pos += 2;
            }
          else
            break;
        }
      if (literal->len > 0)
        g_ptr_array_add (parts, new_str_at (P, start, e, literal->str, literal->len));
      if (pos >= len)
        break;
      if (cnt >= args->seq.n_items)
        return e;
      pos++;

      char spec;
      gboolean ljust;
      gint width = -1, prec = -1;
      if (!simple_unit (s, len, &pos, &spec, &ljust, &width, &prec) ||
          (spec != 's' && spec != 'r' && spec != 'a'))
        return e;

      RsExpr *field = rs_parser_new_expr (P, RS_EXPR_FORMATTED, start);
      field->line = e->line;
      field->col = e->col;
      field->formatted.value = args->seq.items[cnt++];
      field->formatted.conversion = spec;
      g_autoptr(GString) text = g_string_new (NULL);
      if (!ljust && width > 0)
        g_string_append_c (text, '>');
      if (width >= 0)
        g_string_append_printf (text, "%d", width);
      if (prec >= 0)
        g_string_append_printf (text, ".%d", prec);
      if (text->len > 0)
        {
          g_autoptr(GPtrArray) spec_parts = g_ptr_array_new ();
          RsExpr *joined = rs_parser_new_expr (P, RS_EXPR_JOINED, start);
          g_ptr_array_add (spec_parts, new_str_at (P, start, e, text->str, text->len));
          joined->line = e->line;
          joined->col = e->col;
          joined->seq.items = (RsExpr **) rs_arena_steal_ptrs (P->arena, spec_parts, &joined->seq.n_items);
          field->formatted.spec = joined;
        }
      g_ptr_array_add (parts, field);
    }
  if (cnt < args->seq.n_items)
    return e;

  RsExpr *joined = rs_parser_new_expr (P, RS_EXPR_JOINED, start);
  joined->line = e->line;
  joined->col = e->col;
  joined->end_line = e->end_line;
  joined->end_col = e->end_col;
  joined->seq.items = (RsExpr **) rs_arena_steal_ptrs (P->arena, parts, &joined->seq.n_items);
  return joined;
}

/* `body if test else orelse`, after the `if` */
RsExpr *
rs_parser_parse_ifexp (RsParser      *P,
                       const RsToken *start,
                       RsExpr        *body)
{
  RsExpr *test, *orelse, *e;

  test = rs_parser_parse_disjunction (P);
  if (test == NULL)
    return NULL;
  if (!accept (P, RS_TOK_ELSE))
    return rs_parser_fail_at (P, start, "expected 'else' after 'if' expression");
  orelse = rs_parser_parse_expression (P);
  if (orelse == NULL)
    return NULL;
  e = rs_parser_new_expr (P, RS_EXPR_IFEXP, start);
  e->ifexp.test = test;
  e->ifexp.body = body;
  e->ifexp.orelse = orelse;
  return e;
}

/* `NAME := expression` */
RsExpr *
rs_parser_parse_walrus (RsParser      *P,
                        const RsToken *start)
{
  RsExpr *target, *value, *e;

  target = rs_parser_new_expr (P, RS_EXPR_NAME, advance (P));
  target->name.id = start->id;
  rs_parser_bind (P, start->id);
  advance (P);
  value = rs_parser_parse_expression (P);
  if (value == NULL)
    return NULL;
  e = rs_parser_new_expr (P, RS_EXPR_NAMED, start);
  e->named.target = target;
  e->named.value = value;
  return e;
}

/* ------------------------------------------------------------------ */
/* augmented assignment                                                 */

typedef struct {
  const char *text;
  RsBinOp     op;
} AugOp;

static const AugOp aug_ops[] = {
  { "+=", RS_BIN_ADD }, { "-=", RS_BIN_SUB }, { "*=", RS_BIN_MUL },
  { "/=", RS_BIN_DIV }, { "//=", RS_BIN_FLOORDIV }, { "%=", RS_BIN_MOD }, { "**=", RS_BIN_POW },
  { "<<=", RS_BIN_LSHIFT }, { ">>=", RS_BIN_RSHIFT }, { "&=", RS_BIN_AND },
  { "^=", RS_BIN_XOR }, { "|=", RS_BIN_OR },
};

static const AugOp *
find_aug_op (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (aug_ops); i++)
    if (strcmp (aug_ops[i].text, text) == 0)
      return &aug_ops[i];
  return NULL;
}

static RsStmt *
unsupported_stmt_printf (RsParser      *P,
                         const RsToken *start,
                         const char    *format,
                         ...) G_GNUC_PRINTF (3, 4);

static RsStmt *
unsupported_stmt_printf (RsParser      *P,
                         const RsToken *start,
                         const char    *format,
                         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (g_dgettext (GETTEXT_PACKAGE, format), args);
  va_end (args);
  return rs_parser_unsupported_stmt (P, start, rs_arena_strndup (P->arena, message, strlen (message)));
}

/* `target op= value`, after the operator; @target is checked already. */
RsStmt *
rs_parser_finish_augassign (RsParser      *P,
                            const RsToken *start,
                            const RsToken *op,
                            RsExpr        *target,
                            RsExpr        *value)
{
  const AugOp *aug = find_aug_op (op->id);
  RsStmt *s;

  if (aug == NULL)
    return unsupported_stmt_printf (P, start, "augmented assignment `%s` is not in the subset",
                                    op->id);
  if (target->kind == RS_EXPR_UNSUPPORTED_TARGET
      || (target->kind == RS_EXPR_SUBSCRIPT && target->subscript.index->kind == RS_EXPR_SLICE))
    return rs_parser_unsupported_stmt (P, start, "augmented assignment to a slice is not in the subset; "
                                       "write `l[i:j] = l[i:j] + x`");
  s = rs_parser_new_stmt (P, RS_STMT_AUGASSIGN, start);
  s->augassign.target = target;
  s->augassign.op = aug->op;
  s->augassign.value = value;
  return s;
}

/* ------------------------------------------------------------------ */
/* annotated assignment                                                 */

RsStmt *
rs_parser_finish_annassign (RsParser      *P,
                            const RsToken *start,
                            RsExpr        *target,
                            RsExpr        *annotation,
                            RsExpr        *value)
{
  RsStmt *s;

  if (target->kind != RS_EXPR_NAME && target->kind != RS_EXPR_ATTR)
    return rs_parser_unsupported_stmt (P, start, "annotated target is not in the subset; "
                                       "annotate a name or an attribute (`x: int = 1`)");
  s = rs_parser_new_stmt (P, RS_STMT_ANNASSIGN, start);
  s->annassign.target = target;
  s->annassign.annotation = annotation;
  s->annassign.value = value;
  s->annassign.simple = target->kind == RS_EXPR_NAME && start->kind != RS_TOK_LPAR;
  return s;
}

/* ------------------------------------------------------------------ */
/* assert                                                               */

RsStmt *
rs_parser_parse_assert (RsParser *P)
{
  const RsToken *start = advance (P);
  RsExpr *test, *msg = NULL;
  RsStmt *s;

  test = rs_parser_parse_expression (P);
  if (test == NULL)
    return NULL;
  if (accept (P, RS_TOK_COMMA) && (msg = rs_parser_parse_expression (P)) == NULL)
    return NULL;
  s = rs_parser_new_stmt (P, RS_STMT_ASSERT, start);
  s->assert_.test = test;
  s->assert_.msg = msg;
  return s;
}

/* ------------------------------------------------------------------ */
/* imports                                                              */

static gboolean
is_module (const char *name)
{
  return strcmp (name, "gc") == 0 || strcmp (name, "weakref") == 0 || strcmp (name, "sys") == 0;
}

RsStmt *
rs_parser_new_import (RsParser      *P,
                      const RsToken *start,
                      RsStmtKind     kind,
                      const char    *module,
                      GPtrArray     *names,
                      GPtrArray     *asnames)
{
  RsStmt *s = rs_parser_new_stmt (P, kind, start);
  guint n;

  s->names.module = module;
  s->names.names = (const char **) rs_arena_steal_ptrs (P->arena, names, &s->names.n_names);
  s->names.asnames = (const char **) rs_arena_steal_ptrs (P->arena, asnames, &n);
  return s;
}

/* `import gc`, `import weakref as wr`, ...: NULL if fine, else why not */
const char *
rs_parser_import_flaw (const char *module,
                       gboolean    from)
{
  if (module != NULL && is_module (module))
    return NULL;
  return from ? "only `from gc import ...`, `from weakref import ...` and `from sys import ...` "
                "are in the subset"
              : "only `import gc`, `import weakref` and `import sys` (with `as` if you like) "
                "are in the subset";
}
