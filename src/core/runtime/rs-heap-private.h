/* rs-heap-private.h: what the parts of the heap share
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Objects live in one array of RsObj slots; ids are never reused (the
 * timeline relies on that), so an id -> slot table maps the ever-growing id
 * space onto recycled slots.  Any call that can run script code (a decref,
 * a hook) may grow the slot array: RsObj pointers are re-fetched after it.
 */
#pragma once

#include "rs-heap.h"

G_BEGIN_DECLS

#define NO_SLOT G_MAXUINT32

struct _RsHeap
{
  RsAtoms      *atoms;
  RsEventSink   sink;
  guint32       event_mask;  /* bit k: events of kind k reach the sink */
  RsHeapHooks   hooks;
  gpointer      hooks_data;
  gboolean      partitioning;  /* rs_heap_partition is marking */

  GArray       *objs;        /* RsObj */
  GArray       *slot_of;     /* guint32 slot per id, NO_SLOT when dead */
  GArray       *free_slots;  /* guint32 */
  guint         n_live;
  guint32       next_trace;
  guint32       next_gc_seq; /* the end of the gc list (gen0's tail) */

  GHashTable   *weaklists;   /* referent id -> GArray of weakref ids, list head first */
  GHashTable   *exc_instances; /* instance id -> RsExcData: script exceptions (rs-heap-exc.c) */
  GHashTable   *instance_hashes; /* instance id -> gint64 its __hash__ returned last */
  GHashTable   *kept_frames;   /* exception id -> frames whose locals it holds, for the history */

  gboolean      unannounced;
  gboolean      collecting;
  guint         trash_nesting;
  GArray       *trash_pending;  /* RsPending, newest last */

  /* the budget (rs-heap-budget.c): what the objects hold, estimated */
  guint64       bytes;
  guint64       bytes_limit;    /* 0: none */
  guint64       objects_limit;  /* 0: none */
  RsHeapLimit   tripped;        /* a growth went past a limit since the last check */

  guint32       atom_class, atom_mro, atom_base, atom_self, atom_func,
                atom_callback, atom_it_seq, atom_defaults,
                 atom_closure, atom_annotations, atom_cell_contents, atom_key;
  guint32       kind_atoms[RS_N_KINDS];
};

/* rs-heap-dict-table.c */
void rs_heap_dict_table_free   (RsDictTable *t);
void rs_heap_dict_table_insert (RsHeap *self, RsObjId dict, RsValue key);
void rs_heap_dict_table_delete (RsHeap *self, RsObjId dict, RsValue key);
void rs_heap_dict_table_clear  (RsHeap *self, RsObjId dict);

/* An entry of the trashcan's pending stack: an object, or script frames
 * that a traceback (@levels deep) releases. */
typedef struct {
  RsObjId        id;
  guint          levels;
  RsReleaseFunc  release;
  gpointer       data;
  gpointer       item;
} RsPending;

/* rs_heap_get, inlined: the parts of the heap look objects up all the time
 * and, in files of their own, would pay a call for each. */
static inline RsObj *
rs_heap_lookup (RsHeap  *self,
                RsObjId  id)
{
  if (id == 0 || id >= self->slot_of->len)
    return NULL;
  guint32 slot = g_array_index (self->slot_of, guint32, id);
  if (slot == NO_SLOT)
    return NULL;
  return &g_array_index (self->objs, RsObj, slot);
}

/* The living object @id: the heap never holds or hands out a dead one. */
static inline RsObj *
rs_heap_obj (RsHeap  *self,
             RsObjId  id)
{
  RsObj *o = rs_heap_lookup (self, id);
  g_assert (o != NULL);
  return o;
}

/* Whether @id is a living object of @kind: what public functions check
 * of the ids their callers pass. */
static inline gboolean
rs_heap_has_kind (RsHeap    *self,
                  RsObjId    id,
                  RsObjKind  kind)
{
  RsObj *o = rs_heap_lookup (self, id);
  return o != NULL && o->kind == kind;
}

/* What one object costs the budget besides its items: the slot, the id
 * table's entry, the data of its kind */
#define RS_HEAP_OBJECT_BYTES (sizeof (RsObj) + sizeof (guint32) + 64)

/* rs-heap-budget.c: @delta bytes more (or fewer) held; a growth past a
 * limit is remembered for rs_heap_budget_tripped */
void     rs_heap_account         (RsHeap *self, gint64 delta);

/* rs-heap.c: the object table and the reference counts */
void     rs_heap_emit_payload    (RsHeap *self, RsEventKind kind, guint flags,
                                  guint32 holder, guint64 key, RsValue old_value,
                                  RsValue new_value, const RsValue *payload,
                                  guint n_payload);
/* A new object with one temporary reference, announced by an ALLOC. */
RsObjId  rs_heap_alloc           (RsHeap *self, RsObjKind kind, guint32 type_atom,
                                  gpointer data);
/* Frees the slot of @id and its kind's data; the id stays dead. */
void     rs_heap_release_slot    (RsHeap *self, RsObjId id);
/* A reference released without an event of its own. */
void     rs_heap_drop            (RsHeap *self, RsValue v);
void     rs_heap_hidden_set      (RsHeap *self, RsObjId holder, guint32 atom, RsValue v);
void     rs_heap_hidden_release  (RsHeap *self, RsObjId holder, guint32 atom, RsValue v);

/* rs-heap-containers.c: attributes, lists and dicts */
RsAttrs *rs_heap_attrs_of        (RsObj *o, gboolean create);
void     rs_heap_attrs_release   (RsHeap *self, RsObjId id);
void     rs_heap_list_dealloc    (RsHeap *self, RsObjId id);
void     rs_heap_dict_dealloc    (RsHeap *self, RsObjId id);

/* rs-heap-function.c */
void     rs_heap_function_foreach (RsObj *o, void (*fn) (RsHeap *self, RsValue v, gpointer data),
                                   RsHeap *self, gpointer data);
void     rs_heap_cell_dealloc (RsHeap *self, RsObjId id);
void     rs_heap_function_dealloc (RsHeap *self, RsObjId id);
/* rs-heap-descr.c */
void     rs_heap_descriptor_foreach (RsObj *o, void (*fn) (RsHeap *self, RsValue v, gpointer data),
                                     RsHeap *self, gpointer data);
void     rs_heap_descriptor_dealloc (RsHeap *self, RsObjId id);
/* rs-heap.c: the hidden slot of base @i of a class */
guint32  rs_heap_base_atom       (RsHeap *self, guint i);

/* rs-heap-exc.c */
/* BaseException_clear, which its dealloc calls too */
void     rs_heap_exception_clear (RsHeap *self, RsObjId id);
/* The exception part of instance @id goes (its attributes went) */
void     rs_heap_exception_instance_dealloc (RsHeap *self, RsObjId id);
/* BaseException_traverse: what @o holds, its traceback's frames too
 * (nothing for an instance that is no exception) */
void     rs_heap_exception_foreach (RsHeap *self, RsObj *o,
                                    void (*fn) (RsHeap *self, RsValue v, gpointer data),
                                    gpointer data);

/* rs-heap-tuple.c */
void     rs_heap_tuple_dealloc   (RsHeap *self, RsObjId id);
guint64  rs_heap_tuple_dict_key  (RsHeap *self, RsObjId id);
/* rs-heap-containers.c: the normalized dict key of @key */
RsValue  rs_heap_dict_key        (RsHeap *self, RsValue key);

/* rs-heap-weakref.c */
GArray  *rs_heap_weaklist        (RsHeap *self, RsObjId referent, gboolean create);
/* Takes @wref off its referent's list (a WEAK_CLEAR event). */
void     rs_heap_weak_unlink     (RsHeap *self, RsObjId wref);
void     rs_heap_clear_weakrefs  (RsHeap *self, RsObjId referent);
/* A dying weak reference: unlinked, its callback released. */
void     rs_heap_weak_clear      (RsHeap *self, RsObjId id);

/* rs-heap-weakdict.c */
void     rs_heap_weakdict_foreach (RsObj *o, void (*fn) (RsHeap *self, RsValue v, gpointer data),
                                   RsHeap *self, gpointer data);
void     rs_heap_weakdict_dealloc (RsHeap *self, RsObjId id);

/* rs-heap-dealloc.c */
/* The FREE of dead object @id (its references are released) */
void     rs_heap_free_object     (RsHeap *self, RsObjId id);
/* Destroys @id, whose count reached zero, or defers it (the trashcan). */
void     rs_heap_dealloc         (RsHeap *self, RsObjId id);
void     rs_heap_class_clear     (RsHeap *self, RsObjId id);

G_END_DECLS
