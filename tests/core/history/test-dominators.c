/* test-dominators.c: the dominator tree against the definition
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>
#include "rs-dominators.h"

/* Compressed rows from an edge list. */
static void
rows (guint32         n,
      const guint32  *edges,
      guint32         n_edges,
      guint32       **first,
      guint32       **targets)
{
  guint32 *fill = g_new0 (guint32, n);

  *first = g_new0 (guint32, n + 1);
  *targets = g_new (guint32, MAX (n_edges, 1));
  for (guint32 e = 0; e < n_edges; e++)
    (*first)[edges[2 * e] + 1]++;
  for (guint32 v = 0; v < n; v++)
    (*first)[v + 1] += (*first)[v];
  for (guint32 e = 0; e < n_edges; e++)
    (*targets)[(*first)[edges[2 * e]] + fill[edges[2 * e]]++] = edges[2 * e + 1];
  g_free (fill);
}

/* Whether @root reaches @to without passing through @cut. */
static gboolean
reaches (guint32        n,
         const guint32 *first,
         const guint32 *targets,
         guint32        root,
         guint32        cut,
         guint32        to)
{
  g_autofree guint8 *seen = g_new0 (guint8, n);
  g_autofree guint32 *queue = g_new (guint32, n);
  guint32 head = 0, tail = 0;

  if (root == cut)
    return FALSE;
  seen[root] = 1;
  queue[tail++] = root;
  while (head < tail)
    {
      guint32 v = queue[head++];

      for (guint32 e = first[v]; e < first[v + 1]; e++)
        if (!seen[targets[e]] && targets[e] != cut)
          {
            seen[targets[e]] = 1;
            queue[tail++] = targets[e];
          }
    }
  return seen[to];
}

/* idom[v] dominates v, and no dominator of v lies below it: every other
 * dominator of v dominates idom[v] too. */
static void
check_definition (guint32        n,
                  const guint32 *first,
                  const guint32 *targets,
                  const guint32 *idom)
{
  for (guint32 v = 1; v < n; v++)
    {
      if (!reaches (n, first, targets, 0, G_MAXUINT32, v))
        {
          g_assert_cmpuint (idom[v], ==, RS_DOMINATORS_NONE);
          continue;
        }
      g_assert_cmpuint (idom[v], !=, RS_DOMINATORS_NONE);
      g_assert_false (idom[v] != 0 && reaches (n, first, targets, 0, idom[v], v));
      for (guint32 d = 1; d < n; d++)
        if (d != v && d != idom[v] && !reaches (n, first, targets, 0, d, v))
          g_assert_false (reaches (n, first, targets, 0, d, idom[v]));
    }
  g_assert_cmpuint (idom[0], ==, 0);
}

/* The graph of Lengauer and Tarjan's paper (R = 0, A = 1, ... L = 12). */
static void
test_paper (void)
{
  enum { R, A, B, C, D, E, F, G, H, I, J, K, L, N };
  static const guint32 edges[] = {
    R, A, R, B, R, C, A, D, B, A, B, D, B, E, C, F, C, G, D, L, E, H,
    F, I, G, I, G, J, H, E, H, K, I, K, J, I, K, I, K, R, L, H,
  };
  static const guint32 expected[N] = { R, R, R, R, R, R, C, C, R, R, G, R, D };
  g_autofree guint32 *first = NULL;
  g_autofree guint32 *targets = NULL;
  g_autofree guint32 *idom = NULL;

  rows (N, edges, G_N_ELEMENTS (edges) / 2, &first, &targets);
  idom = rs_dominators_compute (N, first, targets, R);
  for (guint32 v = 0; v < N; v++)
    g_assert_cmpuint (idom[v], ==, expected[v]);
  check_definition (N, first, targets, idom);
}

/* Random graphs, sparse and dense, some nodes unreachable. */
static void
test_random (void)
{
  GRand *rand = g_rand_new_with_seed (12);

  for (guint round = 0; round < 300; round++)
    {
      guint32 n = g_rand_int_range (rand, 1, 24);
      guint32 n_edges = g_rand_int_range (rand, 0, n * 3 + 1);
      g_autofree guint32 *edges = g_new (guint32, 2 * MAX (n_edges, 1));
      g_autofree guint32 *first = NULL;
      g_autofree guint32 *targets = NULL;
      g_autofree guint32 *idom = NULL;

      for (guint32 e = 0; e < 2 * n_edges; e++)
        edges[e] = g_rand_int_range (rand, 0, n);
      rows (n, edges, n_edges, &first, &targets);
      idom = rs_dominators_compute (n, first, targets, 0);
      check_definition (n, first, targets, idom);
    }
  g_rand_free (rand);
}

/* A chain of a million nodes: no recursion. */
static void
test_long_chain (void)
{
  guint32 n = 1000000;
  g_autofree guint32 *first = g_new (guint32, n + 1);
  g_autofree guint32 *targets = g_new (guint32, n);
  g_autofree guint32 *idom = NULL;

  for (guint32 v = 0; v <= n; v++)
    first[v] = MIN (v, n - 1);
  for (guint32 v = 0; v + 1 < n; v++)
    targets[v] = v + 1;
  idom = rs_dominators_compute (n, first, targets, 0);
  g_assert_cmpuint (idom[n - 1], ==, n - 2);
  g_assert_cmpuint (idom[1], ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/refscope/dominators/paper", test_paper);
  g_test_add_func ("/refscope/dominators/random", test_random);
  g_test_add_func ("/refscope/dominators/long-chain", test_long_chain);
  return g_test_run ();
}
