/* rs-parser-private.h: what the parser's files share
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * rs-parser.c holds the helpers and the entry point, rs-parser-simple.c
 * and rs-parser-compound.c the statements, rs-parser-primary.c and
 * rs-parser-expr.c the expressions.
 */
#pragma once

#include "rs-parser.h"

G_BEGIN_DECLS

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
  GPtrArray     *annotations; /* a def's parameter annotations while parsing them, or NULL */
} RsParser;

typedef enum {
  TARGET_STORE,
  TARGET_DEL,
} TargetMode;

/* ------------------------------------------------------------------ */

static inline const RsToken *
cur (RsParser *P)
{
  return &P->toks[P->pos];
}

static inline RsTokenKind
peek (RsParser *P)
{
  return P->toks[P->pos].kind;
}

static inline RsTokenKind
peek_at (RsParser *P,
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
advance (RsParser *P)
{
  const RsToken *tok = &P->toks[P->pos];

  /* never past the tokenizer's error: the parse fails there */
  if (P->pos + 1 < P->n && tok->kind != RS_TOK_ERROR)
    P->pos++;
  return tok;
}

static inline gboolean
accept (RsParser      *P,
        RsTokenKind  kind)
{
  if (peek (P) != kind)
    return FALSE;
  advance (P);
  return TRUE;
}

static inline const RsToken *
prev (RsParser *P)
{
  return &P->toks[P->pos > 0 ? P->pos - 1 : 0];
}

/* helpers (rs-parser.c) */
gpointer rs_parser_fail_at (RsParser *P,
                            const RsToken *at,
                            const char *format,
                            ...) G_GNUC_PRINTF (3, 4);
gpointer rs_parser_invalid_syntax (RsParser *P);
gpointer rs_parser_unexpected_indent (RsParser *P,
                                     const RsToken *at);
gboolean rs_parser_expect (RsParser *P,
                           RsTokenKind kind);
gboolean rs_parser_expect_close (RsParser *P,
                                 RsTokenKind kind);
gboolean rs_parser_enter (RsParser *P,
                          guint extra);
RsExpr *rs_parser_new_expr (RsParser *P,
                            RsExprKind kind,
                            const RsToken *start);
RsExpr *rs_parser_unsupported (RsParser *P,
                               const RsToken *start,
                               RsExpr *before,
                               const char *format,
                               ...) G_GNUC_PRINTF (4, 5);
RsStmt *rs_parser_new_stmt (RsParser *P,
                            RsStmtKind kind,
                            const RsToken *start);
RsStmt *rs_parser_unsupported_stmt (RsParser *P,
                                    const RsToken *start,
                                    const char *message);
RsExpr **rs_parser_steal (RsParser *P,
                          GPtrArray *array,
                          guint *n);
void rs_parser_bind (RsParser *P,
                     const char *name);
gboolean rs_parser_starts_expression (RsTokenKind kind);
gboolean rs_parser_starts_operand (RsTokenKind kind,
                                   gboolean inversion);
const char *rs_parser_describe_expr (const RsExpr *e);
gboolean rs_parser_check_target_hint (RsParser *P,
                                      RsExpr *e,
                                      TargetMode mode,
                                      const RsExpr *hint);
gboolean rs_parser_check_target (RsParser *P,
                                 RsExpr *e,
                                 TargetMode mode);

/* statements (rs-parser-simple.c, rs-parser-compound.c) */
gboolean rs_parser_parse_simple_statements (RsParser *P,
                                            GPtrArray *out);
gboolean rs_parser_parse_statement (RsParser *P,
                                    GPtrArray *out);
/* NULL when @target is one the subset assigns to, else why not */
const char *rs_parser_target_flaw (const RsExpr *target,
                                   gboolean      star_ok);

/* atoms and primaries (rs-parser-primary.c) */
RsExpr *rs_parser_parse_primary (RsParser *P);
RsExpr *rs_parser_parse_starred (RsParser *P);

/* f-strings (rs-parser-fstring.c) */
/* The strings @first to @last (adjacent, at least one an f-string) as
 * one RS_EXPR_JOINED */
RsExpr *rs_parser_joined_strings (RsParser *P,
                                  const RsToken *first,
                                  const RsToken *last);

/* expressions (rs-parser-expr.c) */
RsExpr *rs_parser_parse_disjunction (RsParser *P);
/* rs-parser-comp.c: the `for ... in ... if ...` after a comprehension's
 * element (and a dict comprehension's @value); *async: one was `async for` */
RsExpr *rs_parser_parse_comprehension (RsParser *P,
                                       const RsToken *start,
                                       RsCompKind kind,
                                       RsExpr *elt,
                                       RsExpr *value,
                                       gboolean *async);
RsExpr *rs_parser_parse_call (RsParser *P,
                              const RsToken *start,
                              RsExpr *func);
RsExpr *rs_parser_parse_bitwise_or (RsParser *P);
/* The parameters of a def or lambda as the parser meets them */
typedef struct {
  GPtrArray  *positional;   /* names, the positional-only first */
  GPtrArray  *defaults;     /* RsExpr*: of the last positional ones */
  GPtrArray  *kwonly;       /* names */
  GPtrArray  *kw_defaults;  /* RsExpr* or NULL, one per keyword-only name */
  const char *vararg;       /* NULL: no *args */
  const char *kwarg;        /* NULL: no **kwargs */
  guint       n_posonly;
  gboolean    star;         /* `*` or `*args` seen */
} RsParamSpec;

#define RS_PARAM_SPEC_INIT { NULL, NULL, NULL, NULL, NULL, NULL, 0, FALSE }
void     rs_param_spec_init  (RsParamSpec *spec);
void     rs_param_spec_clear (RsParamSpec *spec);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RsParamSpec, rs_param_spec_clear)

void rs_parser_set_params (RsParser *P,
                           RsStmt *s,
                           RsParamSpec *spec);
gboolean rs_parser_parse_params (RsParser *P,
                                 RsTokenKind closing,
                                 gboolean annotations,
                                 RsParamSpec *spec,
                                 const char **flaw,
                                 RsPosition **duplicate);
RsExpr *rs_parser_parse_expression (RsParser *P);
RsExpr *rs_parser_parse_named_expression (RsParser *P);
RsExpr *rs_parser_parse_star_expressions (RsParser *P);
RsExpr *rs_parser_parse_star_targets (RsParser *P);
RsExpr *rs_parser_parse_yield (RsParser *P);

/* everyday operators and statements (rs-parser-ops.c) */
/* `'%s' % (a, b)` as the f-string CPython's AST optimizer makes of it */
RsExpr *rs_parser_fold_percent (RsParser *P, const RsToken *start, RsExpr *e);
RsExpr *rs_parser_new_power (RsParser *P,
                             const RsToken *start,
                             RsExpr *left,
                             RsExpr *right);
RsExpr *rs_parser_parse_ifexp (RsParser *P,
                               const RsToken *start,
                               RsExpr *body);
RsExpr *rs_parser_parse_walrus (RsParser *P,
                                const RsToken *start);
RsStmt *rs_parser_finish_augassign (RsParser *P,
                                    const RsToken *start,
                                    const RsToken *op,
                                    RsExpr *target,
                                    RsExpr *value);
RsStmt *rs_parser_finish_annassign (RsParser *P,
                                    const RsToken *start,
                                    RsExpr *target,
                                    RsExpr *annotation,
                                    RsExpr *value);
RsStmt *rs_parser_parse_assert (RsParser *P);
const char *rs_parser_import_flaw (const char *module,
                                   gboolean from);
RsStmt *rs_parser_new_import (RsParser *P,
                              const RsToken *start,
                              RsStmtKind kind,
                              const char *module,
                              GPtrArray *names,
                              GPtrArray *asnames);

G_END_DECLS
