/* rs-check-private.h: what the checker's files share
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * rs-check.c runs the passes: the depth and subset checks itself, then
 * what CPython's compiler rejects (rs-check-compiler.c), then it fills in
 * the scopes (rs-check-scope.c).
 */
#pragma once

#include "rs-ast-walk.h"
#include "rs-check.h"

G_BEGIN_DECLS

/* How an expression is used, as ast.Load / ast.Store / ast.Del. */
typedef enum {
  CTX_LOAD,
  CTX_STORE,
  CTX_DEL,
} Ctx;

/* What CPython's symtable and code generator reject (rs-check-compiler.c). */
gboolean rs_check_compiler    (RsModule  *module,
                               GError   **error);
/* The names after a `.` or in `[...]` of the fields of the str.format
 * string @s (rs-check-format.c); NULL when it does not parse */
GPtrArray *rs_check_format_parts (const char *s,
                                  gsize       n);
/* Mangles class-private names (rs-check-scope.c): the module passed
 * every check */
void     rs_check_mangle      (RsModule  *module);
/* Fills every def's RsScope and is_method (rs-check-scope.c), once
 * rs_check_cells found the cells */
void     rs_check_fill_scopes (RsModule  *module);

/* The names a def binds, in the compiler's order (rs-check-scope.c) */
typedef struct {
  GHashTable *locals;    /* names local to the function */
  GHashTable *seen;      /* names already in order */
  GPtrArray  *order;     /* co_varnames */
  GPtrArray  *globals;   /* declared global (repeats too) */
  GHashTable *nonlocals; /* declared nonlocal -> the first such RsStmt, or NULL: not wanted */
} RsCheckScope;

/* Adds what @block binds to @sc->locals (nested defs: their name only),
 * and its global and nonlocal declarations */
void     rs_check_collect_locals (RsCheckScope *sc,
                                  RsBlock      *block);
/* CPython's symtable analysis of closures (rs-check-cells.c): every def's
 * cellvars and freevars, or a located error (`nonlocal` without a binding,
 * a `**kwargs` a nested function uses) */
gboolean rs_check_cells       (RsModule  *module,
                               GError   **error);

G_END_DECLS
