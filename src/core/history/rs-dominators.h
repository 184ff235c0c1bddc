/* rs-dominators.h: the dominator tree of a graph, by Lengauer and Tarjan's semi-dominators
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A node d dominates n when every path from the root to n passes through
 * d: freeing d frees n, which is what an object retains.  The graph is in
 * compressed rows (the edges of node v are targets[first[v] .. first[v+1])),
 * so that the explanation (rs-explain.c) and the benchmark hand it the
 * same arrays.  Semi-dominators with path compression, then the nearest
 * common ancestor walk of Georgiadis' SEMI-NCA: O(E log N), no recursion.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RS_DOMINATORS_NONE G_MAXUINT32

/* The immediate dominator of each of @n_nodes nodes (@root's is @root,
 * RS_DOMINATORS_NONE for what @root does not reach); free with g_free. */
guint32 *rs_dominators_compute (guint32        n_nodes,
                                const guint32 *first,
                                const guint32 *targets,
                                guint32        root);

G_END_DECLS
