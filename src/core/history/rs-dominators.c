/* rs-dominators.c: the dominator tree of a graph, by Lengauer and Tarjan's semi-dominators
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything below works on preorder numbers (0 is the root), so that
 * "semi[w] < semi[u]" compares depths in the depth-first tree.
 */
#include "rs-dominators.h"

#include <string.h>

typedef struct {
  guint32  n;          /* nodes reached */
  guint32 *order;      /* preorder number -> node */
  guint32 *num;        /* node -> preorder number, NONE if not reached */
  guint32 *parent;     /* by number: the depth-first tree's parent */
  guint32 *semi;       /* by number */
  guint32 *label;      /* by number: the smallest semi on the compressed path */
  guint32 *ancestor;   /* by number: the forest of processed nodes, NONE at a tree's top */
  GArray  *stack;
} Dom;

/* Preorder numbers from @root, with an explicit stack of (node, next edge). */
static void
number_nodes (Dom           *d,
              const guint32 *first,
              const guint32 *targets,
              guint32        root)
{
  g_autoptr(GArray) calls = g_array_new (FALSE, FALSE, sizeof (guint32) * 2);
  guint32 top[2] = { root, first[root] };

  d->num[root] = 0;
  d->order[0] = root;
  d->parent[0] = 0;
  d->n = 1;
  g_array_append_val (calls, top);
  while (calls->len > 0)
    {
      guint32 *frame = &g_array_index (calls, guint32, (calls->len - 1) * 2);
      guint32 v = frame[0], w;

      if (frame[1] == first[v + 1])
        {
          g_array_set_size (calls, calls->len - 1);
          continue;
        }
      w = targets[frame[1]++];
      if (d->num[w] != RS_DOMINATORS_NONE)
        continue;
      d->num[w] = d->n;
      d->order[d->n] = w;
      d->parent[d->n] = d->num[v];
      d->n++;
      {
        guint32 next[2] = { w, first[w] };
        g_array_append_val (calls, next);
      }
    }
}

/* The node of smallest semi-dominator on @j's path to the top of its
 * tree in the forest (the top excluded), compressing the path. */
static guint32
eval (Dom     *d,
      guint32  j)
{
  guint32 x = j;

  if (d->ancestor[j] == RS_DOMINATORS_NONE)
    return j;
  g_array_set_size (d->stack, 0);
  while (d->ancestor[d->ancestor[x]] != RS_DOMINATORS_NONE)
    {
      g_array_append_val (d->stack, x);
      x = d->ancestor[x];
    }
  while (d->stack->len > 0)
    {
      guint32 v = g_array_index (d->stack, guint32, d->stack->len - 1);
      guint32 a = d->ancestor[v];

      g_array_set_size (d->stack, d->stack->len - 1);
      if (d->semi[d->label[a]] < d->semi[d->label[v]])
        d->label[v] = d->label[a];
      d->ancestor[v] = d->ancestor[a];
    }
  return d->label[j];
}

/* The predecessors of each node, in compressed rows. */
static void
reverse_edges (guint32         n_nodes,
               const guint32  *first,
               const guint32  *targets,
               guint32       **rfirst,
               guint32       **rsources)
{
  guint32 n_edges = first[n_nodes];
  guint32 *fill = g_new0 (guint32, n_nodes + 1);

  *rfirst = g_new0 (guint32, n_nodes + 1);
  *rsources = g_new (guint32, MAX (n_edges, 1));
  for (guint32 e = 0; e < n_edges; e++)
    (*rfirst)[targets[e] + 1]++;
  for (guint32 v = 0; v < n_nodes; v++)
    (*rfirst)[v + 1] += (*rfirst)[v];
  for (guint32 v = 0; v < n_nodes; v++)
    for (guint32 e = first[v]; e < first[v + 1]; e++)
      (*rsources)[(*rfirst)[targets[e]] + fill[targets[e]]++] = v;
  g_free (fill);
}

guint32 *
rs_dominators_compute (guint32        n_nodes,
                       const guint32 *first,
                       const guint32 *targets,
                       guint32        root)
{
  Dom d = { 0 };
  g_autofree guint32 *rfirst = NULL;
  g_autofree guint32 *rsources = NULL;
  guint32 *idom;

  g_return_val_if_fail (first != NULL && root < n_nodes, NULL);
  g_return_val_if_fail (targets != NULL || first[n_nodes] == 0, NULL);

  d.order = g_new (guint32, n_nodes);
  d.num = g_new (guint32, n_nodes);
  d.parent = g_new (guint32, n_nodes);
  d.semi = g_new (guint32, n_nodes);
  d.label = g_new (guint32, n_nodes);
  d.ancestor = g_new (guint32, n_nodes);
  d.stack = g_array_new (FALSE, FALSE, sizeof (guint32));
  memset (d.num, 0xff, n_nodes * sizeof (guint32));
  number_nodes (&d, first, targets, root);
  reverse_edges (n_nodes, first, targets, &rfirst, &rsources);
  for (guint32 i = 0; i < d.n; i++)
    {
      d.semi[i] = d.label[i] = i;
      d.ancestor[i] = RS_DOMINATORS_NONE;
    }
  for (guint32 w = d.n - 1; w > 0; w--)
    {
      guint32 node = d.order[w];

      for (guint32 e = rfirst[node]; e < rfirst[node + 1]; e++)
        {
          guint32 j = d.num[rsources[e]];

          if (j != RS_DOMINATORS_NONE)
            d.semi[w] = MIN (d.semi[w], d.semi[eval (&d, j)]);
        }
      d.ancestor[w] = d.parent[w];
    }
  /* SEMI-NCA: the immediate dominator is the nearest ancestor of the
   * parent at or above the semi-dominator; d.label is reused for it. */
  d.label[0] = 0;
  for (guint32 w = 1; w < d.n; w++)
    {
      guint32 a = d.parent[w];

      while (a > d.semi[w])
        a = d.label[a];
      d.label[w] = a;
    }
  idom = g_new (guint32, n_nodes);
  memset (idom, 0xff, n_nodes * sizeof (guint32));
  for (guint32 w = 0; w < d.n; w++)
    idom[d.order[w]] = d.order[d.label[w]];
  g_free (d.order);
  g_free (d.num);
  g_free (d.parent);
  g_free (d.semi);
  g_free (d.label);
  g_free (d.ancestor);
  g_array_unref (d.stack);
  return idom;
}
