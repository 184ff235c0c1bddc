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
/* Mangles class-private names and fills every def's RsScope and is_method
 * (rs-check-scope.c): the module passed every check. */
void     rs_check_fill_scopes (RsModule  *module);
RsExpr  *rs_check_scope_free_name (RsStmt *const *enclosing,
                                   guint          n_enclosing,
                                   RsStmt        *def);

G_END_DECLS
