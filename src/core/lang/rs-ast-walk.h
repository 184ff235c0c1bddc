/* rs-ast-walk.h: the children of syntax tree nodes, in the oracle's order
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the checker's passes share to visit a tree: the oracle's visiting
 * order (ast.NodeVisitor: fields in their declared order, so a dict's keys
 * before its values).  Private to the front end.
 */
#pragma once

#include "rs-ast-private.h"

G_BEGIN_DECLS

/* Called on each node visited; FALSE stops the walk. */
typedef gboolean (*RsExprFunc) (RsExpr   *e,
                                gpointer  user_data);

/* Calls @func on every direct child of @e, in the oracle's order. */
gboolean rs_expr_for_each_child (RsExpr     *e,
                                 RsExprFunc  func,
                                 gpointer    user_data);
/* Depth of the tree under @e, without recursion (the tree may be deep);
 * stops counting beyond RS_MAX_DEPTH. */
guint    rs_expr_depth          (RsExpr     *e);
/* Calls @func on every expression directly in @s (not in its body). */
gboolean rs_stmt_for_each_expr  (RsStmt     *s,
                                 RsExprFunc  func,
                                 gpointer    user_data);
/* Stores the blocks directly in @s in @blocks (room for RS_STMT_MAX_BLOCKS),
 * in the compiler's order; returns how many. */
guint    rs_stmt_blocks         (RsStmt     *s,
                                 RsBlock   **blocks);

G_END_DECLS
