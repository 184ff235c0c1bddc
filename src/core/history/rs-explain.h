/* rs-explain.h: why an object is alive, what it retains, what removing a reference frees
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An RsExplain answers a learner's questions about the heap of one step,
 * exactly, from the replica of that step (it keeps a copy) and the events
 * that led to it (for the order in which CPython releases an instance's
 * attributes), never by running anything again:
 *
 *  - why alive: the shortest chain of strong references from a root
 *    ("a", "a.friend", "a.friend[2]"), and every simple one on request;
 *    for a leaked object its cycle (the strongly connected component
 *    keeping it alive) or the cycle it hangs from;
 *  - retained: the objects only reachable through it (the dominator tree
 *    over strong references from the roots, rs-dominators.c);
 *  - what if: for each reference to it, what removing that reference
 *    frees at once by reference counting, in CPython's order (attributes
 *    in the class's key order, list items last to first, dict entries key
 *    then value, the trashcan's 50 levels), and what becomes leaked; a
 *    __del__ or a weak reference callback runs script code, which makes
 *    the answer uncertain, and it says so;
 *  - break the cycle: the smallest sets of its references that, made weak,
 *    leave no cycle for reference counting to be stuck on.
 *
 * Objects are replica ids; rs_explain_get_number gives the trace number.
 */
#pragma once

#include <glib.h>
#include "rs-replica.h"
#include "rs-timeline.h"

G_BEGIN_DECLS

typedef struct _RsExplain RsExplain;

typedef enum {
  RS_EXPLAIN_UNBORN,
  RS_EXPLAIN_ALIVE,    /* reachable from a root */
  RS_EXPLAIN_LEAKED,   /* alive and unreachable */
  RS_EXPLAIN_FREED,
} RsExplainState;

/* What removing one reference to an object would do. */
typedef struct {
  char    *reference;  /* "a.friend", "l[2]", "f: x", "(temporary)" */
  RsObjId  holder;     /* the holding object, 0 for a frame or a temporary */
  gboolean hidden;     /* a reference CPython keeps out of sight (__class__, ...) */
  GArray  *frees;      /* RsObjId, in the order CPython frees them */
  GArray  *leaks;      /* RsObjId, ascending: alive before, unreachable after, not freed */
  char    *uncertain;  /* NULL, or why script code could change the answer */
} RsExplainRemoval;

void        rs_explain_removal_free (RsExplainRemoval *removal);

RsExplain  *rs_explain_new          (const RsReplica *replica,
                                     const RsEvent   *events,
                                     guint64          n_events,
                                     RsAtomLookup     lookup,
                                     gpointer         user_data);
void        rs_explain_free         (RsExplain       *self);

RsObjId     rs_explain_get_max_id   (const RsExplain *self);
/* The trace number of @id, 0 when untraced. */
guint       rs_explain_get_number   (const RsExplain *self,
                                     RsObjId          id);
/* The object traced as @number, 0 if none was allocated by this step. */
RsObjId     rs_explain_find_number  (const RsExplain *self,
                                     guint            number);
RsExplainState rs_explain_get_state (const RsExplain *self,
                                     RsObjId          id);
/* "Foo #3", "list #2", "class Foo". */
char       *rs_explain_title        (const RsExplain *self,
                                     RsObjId          id);

/* The labels of the shortest chain from a root to @id (alive), or from
 * the cycle it hangs from to it (leaked; empty when it is in the cycle
 * itself).  Empty for a freed object. */
GPtrArray  *rs_explain_why_alive    (RsExplain       *self,
                                     RsObjId          id);
/* The objects the labels of rs_explain_why_alive lead to, in order (for a
 * leaked object the first is the cycle's member it hangs from). */
GArray     *rs_explain_why_alive_objects (RsExplain  *self,
                                     RsObjId          id);
/* Up to @max simple chains from a root to @id, shortest first. */
GPtrArray  *rs_explain_root_paths   (RsExplain       *self,
                                     RsObjId          id,
                                     guint            max);
/* The cycle that keeps a leaked @id alive: its component's members,
 * ascending; *hangs (may be NULL) tells whether @id only hangs from it.
 * Empty when alive, freed, or held by something the replica does not
 * show (a live finalizer). */
GArray     *rs_explain_get_cycle    (RsExplain       *self,
                                     RsObjId          id,
                                     gboolean        *hangs);
/* @id and what it dominates, ascending after @id itself. */
GArray     *rs_explain_retained     (RsExplain       *self,
                                     RsObjId          id);
/* One removal per strong reference to @id (RsExplainRemoval). */
GPtrArray  *rs_explain_what_if      (RsExplain       *self,
                                     RsObjId          id);
/* Minimal sets of labels (each a GPtrArray of char *) of the references
 * inside @id's cycle (leaked or still reachable) which, made weak, leave
 * it without a cycle, smallest first; empty when @id is in no cycle or no
 * set of weakly referenceable references would do. */
GPtrArray  *rs_explain_break_cycle  (RsExplain       *self,
                                     RsObjId          id);

/* One reference of a break set: from @holder's slot to @target. */
typedef struct {
  RsObjId holder;
  RsObjId target;
} RsExplainLink;

/* The sets of rs_explain_break_cycle, in the same order, each a GArray of
 * RsExplainLink (what an edit needs to write the statements). */
GPtrArray  *rs_explain_break_cycle_links (RsExplain  *self,
                                     RsObjId          id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsExplain, rs_explain_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsExplainRemoval, rs_explain_removal_free)

G_END_DECLS
