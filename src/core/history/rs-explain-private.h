/* rs-explain-private.h: the reference graph an RsExplain answers from, shared by its files
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * rs-explain.c builds the graph and answers why alive, cycles and
 * retained sets; rs-explain-what-if.c plays a removal by reference
 * counting and looks for the references that break a cycle;
 * rs-explain-order.c reads from the events the order in which CPython
 * releases each instance's attributes.  Node 0 is the root: the frames,
 * the temporaries and the dying objects hold through it.
 */
#pragma once

#include "rs-explain.h"

G_BEGIN_DECLS

#define RS_EXPLAIN_NONE G_MAXUINT32
/* CPython's _PyTrash_UNWIND_LEVEL */
#define RS_EXPLAIN_TRASH_LIMIT 50

typedef enum {
  RS_EXPLAIN_REF_NAME,      /* a frame's name (slot: index in its names) */
  RS_EXPLAIN_REF_FUNCTION,  /* the function a frame runs */
  RS_EXPLAIN_REF_TEMP,      /* an evaluation temporary */
  RS_EXPLAIN_REF_DYING,     /* the destruction under way of a dead object: no count */
  RS_EXPLAIN_REF_ATTR,      /* slot: index in the holder's attrs */
  RS_EXPLAIN_REF_ITEM,      /* a list or tuple cell (slot: index in items) */
  RS_EXPLAIN_REF_VALUE,     /* a dict value (slot: index in items) */
  RS_EXPLAIN_REF_KEY,       /* a dict key (slot: index in items) */
} RsExplainRefKind;

typedef struct {
  RsObjId   holder;   /* 0: the root */
  RsObjId   target;
  RsFrameId frame;    /* NAME, FUNCTION: the frame */
  guint8    kind;     /* RsExplainRefKind */
  guint8    hidden;
  guint16   reserved;
  guint32   slot;
} RsExplainRef;

struct _RsExplain
{
  RsReplica     *replica;    /* a copy of the step's */
  RsAtomLookup   lookup;
  gpointer       user_data;
  guint32        n;          /* max id + 1 */
  /* references by holder, each holder's in CPython's release order */
  RsExplainRef  *refs;
  guint32       *first;      /* n + 1 */
  /* references by target: indices into refs */
  guint32       *in_refs;
  guint32       *in_first;   /* n + 1 */
  guint32       *rc;         /* by id: its refcount */
  guint8        *alive;      /* by id */
  guint8        *callbacks;  /* by id: a live weak reference to it has a callback */
  guint8        *has_del;    /* by id: an instance whose class defines __del__ */
  gboolean       kept_frames; /* a finished frame tracebacks keep is on the stack */
  guint8        *dict_mode;  /* by id: an instance with a dict of its own (a trashcan level) */
  /* shortest paths from the root */
  guint32       *parent;     /* by id: the reference it is reached by, NONE */
  /* strongly connected components of the alive objects */
  guint32       *component;  /* by id */
  guint8        *cyclic;     /* by component */
  guint32        n_components;
  /* the dominator tree, built on first use */
  guint32       *idom;
  guint32       *dom_first;
  guint32       *dom_children;
  GHashTable    *names;      /* id -> the name labels call it by */
  /* what-if's scratch, as the counts are (rs-explain-what-if.c) */
  guint32       *play_rc;
  guint8        *play_gone;
  GArray        *play_touched;
};

/* Fills in the references, the shortest paths and the components. */
void        rs_explain_build_graph (RsExplain          *self,
                                    const RsEvent      *events,
                                    guint64             n_events);
const char *rs_explain_atom_text   (RsExplain          *self,
                                    guint32             atom);

/* The rank of each attribute in the order CPython releases an instance's
 * attributes, from @events: by instance id, a GArray of atoms (guint32)
 * whose index is the rank; instances missing release in slot order.
 * @dict_mode (by id, below @n_ids) gets 1 for an instance whose
 * attributes went into a dict of its own. */
GHashTable *rs_explain_attr_orders (const RsEvent *events,
                                    guint64        n_events,
                                    RsAtomLookup   lookup,
                                    gpointer       user_data,
                                    guint8        *dict_mode,
                                    guint32        n_ids);

/* The label of reference @r: "a", "f: x", "a.friend", "l[2]", "d['k']". */
char       *rs_explain_ref_label   (RsExplain          *self,
                                    const RsExplainRef *r);
/* Marks in @reached what the root reaches without reference @skip and
 * without the objects marked in @gone. */
void        rs_explain_reach       (const RsExplain    *self,
                                    guint32             skip,
                                    const guint8       *gone,
                                    guint8             *reached);

G_END_DECLS
