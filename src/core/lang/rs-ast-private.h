/* rs-ast-private.h: what the front end (lexer, parser, checker) shares
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The parser reads more than the subset so that the checker can reject what
 * is outside it with a precise position, in the order the oracle's checker
 * visits the tree.  Such constructs become nodes of the private kinds below;
 * a module that contains one never leaves the front end.
 */
#pragma once

#include "rs-ast.h"

G_BEGIN_DECLS

/* unsupported.message; fails after visiting unsupported.before (the left
 * operand of an operator outside the subset, like the oracle) */
#define RS_EXPR_UNSUPPORTED       ((RsExprKind) 0x100)
/* a float, complex, bytes or ellipsis literal (a "constant" for the class
 * body rule, rejected when visited) */
#define RS_EXPR_UNSUPPORTED_CONST ((RsExprKind) 0x101)
/* a subscript with a slice: rejected when visited, but a valid target */
#define RS_EXPR_UNSUPPORTED_TARGET ((RsExprKind) 0x103)
/* unsupported.message, rejected as soon as it is visited */
#define RS_STMT_UNSUPPORTED       ((RsStmtKind) 0x100)

/* Deepest expression tree the front end accepts: every pass over the tree
 * recurses, the C stack must stay bounded.  The oracle's own checker
 * recurses too and fails (RecursionError) beyond about 494 levels: never
 * refuse what it accepts. */
#define RS_MAX_DEPTH 500

typedef struct _RsArena RsArena;

RsArena    *rs_arena_new       (void);
void        rs_arena_free      (RsArena    *arena);
/* zeroed, pointer aligned, lives as long as the arena */
gpointer    rs_arena_alloc     (RsArena    *arena,
                                gsize       size);
char       *rs_arena_strndup   (RsArena    *arena,
                                const char *text,
                                gsize       len);
/* a copy of the pointer array in the arena */
gpointer   *rs_arena_steal_ptrs (RsArena   *arena,
                                 GPtrArray *array,
                                 guint     *n);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsArena, rs_arena_free)

/* What the parser learns about the names a module binds, kept for the
 * modules parsed after it (rs_module_parse_more). */
typedef struct {
  RsArena    *arena;
  GHashTable *bound;      /* interned names stored, deleted, defined, params, imports */
  GHashTable *modules;    /* interned names of imported modules */
  /* def statement -> RsPosition of its first repeated parameter name */
  GHashTable *duplicate_params;
} RsModuleData;

typedef struct {
  guint line;
  guint col;
} RsPosition;

#define RS_MODULE_DATA(module) ((RsModuleData *) (module)->arena)

void        rs_parse_error_setv (GError    **error,
                                 RsParseError code,
                                 const char *filename,
                                 guint       line,
                                 guint       col,
                                 const char *format,
                                 va_list     args) G_GNUC_PRINTF (6, 0);
/* Sets "FILE:LINE:COL: error: MESSAGE", or when *@error is set adds
 * the error to it (the subset check, which goes on after an error) */
void        rs_parse_error_set  (GError    **error,
                                 RsParseError code,
                                 const char *filename,
                                 guint       line,
                                 guint       col,
                                 const char *format,
                                 ...) G_GNUC_PRINTF (6, 7);

RsModule   *rs_module_new_empty (const char *filename,
                                 const char *source,
                                 gsize       length);

G_END_DECLS
