/* rs-event.h: the changes a running session records
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The interpreter (RsInterp) describes every change of the heap as an
 * RsEvent and hands it to an RsEventSink.  The timeline (RsTimeline)
 * records them and can apply or undo them on a replica; the trace printer
 * (rs-trace.c) prints the LANGUAGE.md trace from the same stream.
 *
 * Every event is undoable from its own fields: a slot change carries the old
 * and the new value, a clear carries the values it removed (in the payload
 * pool).  Object and frame ids are never reused within one session.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A value as the model sees it, packed in 64 bits: the low 3 bits are the
 * tag, the rest the payload.  Plain values (ints, floats, strings, booleans,
 * None) are not objects; strings, big ints and the rare floats that do
 * not fit are atoms of the session's atom table (rs_atoms_*). */
typedef guint64 RsValue;

typedef enum {
  RS_TAG_ABSENT = 0,  /* no value (an unbound name, an empty slot) */
  RS_TAG_OBJECT = 1,  /* payload: object id (RsObjId) */
  RS_TAG_INT    = 2,  /* payload: signed 61-bit integer */
  RS_TAG_STR    = 3,  /* payload: atom id of the string */
  RS_TAG_SPECIAL= 4,  /* payload: 0 None, 1 False, 2 True, 3 NotImplemented, 4 Ellipsis */
  RS_TAG_BIGINT = 5,  /* payload: atom id of its limbs and sign (rs_big_intern_take) */
  RS_TAG_BUILTIN= 6,  /* payload: an RsBuiltinId (print, len, gc.collect, modules...) */
  RS_TAG_FLOAT  = 7,  /* payload: the double, or the atom of its repr (rs-float.h) */
} RsValueTag;

#define RS_VALUE_TAG(v)       ((RsValueTag) ((v) & 7))
#define RS_VALUE_PAYLOAD(v)   ((guint64) (v) >> 3)
#define RS_VALUE_MAKE(tag, p) ((((guint64) (p)) << 3) | (guint64) (tag))
#define RS_VALUE_ABSENT       ((RsValue) 0)
#define RS_VALUE_NONE         RS_VALUE_MAKE (RS_TAG_SPECIAL, 0)
#define RS_VALUE_FALSE        RS_VALUE_MAKE (RS_TAG_SPECIAL, 1)
#define RS_VALUE_TRUE         RS_VALUE_MAKE (RS_TAG_SPECIAL, 2)
#define RS_VALUE_NOT_IMPLEMENTED RS_VALUE_MAKE (RS_TAG_SPECIAL, 3)
#define RS_VALUE_ELLIPSIS     RS_VALUE_MAKE (RS_TAG_SPECIAL, 4)
#define RS_VALUE_OBJECT(id)   RS_VALUE_MAKE (RS_TAG_OBJECT, (id))
#define RS_VALUE_IS_OBJECT(v) (RS_VALUE_TAG (v) == RS_TAG_OBJECT)
#define RS_VALUE_OBJECT_ID(v) ((RsObjId) RS_VALUE_PAYLOAD (v))
/* A str's payload holds the atom of its text in its low 32 bits and the
 * serial of the object above them: 0 for the object CPython shares
 * (constants, interned names), others for the strings computations make
 * (rs-interp-str-identity.c).  `is` and id() compare whole values, ==
 * and hashing the atoms. */
#define RS_VALUE_STR_ATOM(v)  ((guint32) RS_VALUE_PAYLOAD (v))
#define RS_VALUE_STR_SHIFT    32
#define RS_VALUE_INT_MIN      (-(G_GINT64_CONSTANT (1) << 60))
#define RS_VALUE_INT_MAX      ((G_GINT64_CONSTANT (1) << 60) - 1)

static inline RsValue
rs_value_int (gint64 i)
{
  return (((guint64) i) << 3) | RS_TAG_INT;
}

static inline gint64
rs_value_get_int (RsValue v)
{
  return ((gint64) v) >> 3;   /* arithmetic shift keeps the sign */
}

/* Object ids start at 1; 0 is "no object". */
typedef guint32 RsObjId;
/* Frame ids start at 1; the module's global frame is always 1. */
typedef guint32 RsFrameId;
#define RS_GLOBAL_FRAME 1

typedef enum {
  RS_KIND_INSTANCE,     /* an instance of a script class (traced) */
  RS_KIND_LIST,         /* traced */
  RS_KIND_DICT,         /* traced */
  RS_KIND_WEAKREF,      /* weakref.ref: a weak "referent" slot, a strong "callback" */
  RS_KIND_CLASS,        /* a script class: its attributes; always in a cycle */
  RS_KIND_FUNCTION,     /* a script function or method */
  RS_KIND_BOUND_METHOD, /* "__self__" and "__func__" */
  RS_KIND_ITERATOR,     /* an iterator or a dict view: "it_seq" and what else it holds */
  RS_KIND_RANGE,        /* range objects and their iterators (no references) */
  RS_KIND_TUPLE,        /* internal tuples (unpacking of more than 3 values) */
  RS_KIND_DESCRIPTOR,   /* staticmethod, classmethod, property: "fget", "fset", "fdel" */
  RS_KIND_EXCEPTION,    /* a builtin exception: "args", "obj", "__cause__", "__context__",
                         * and the frames its traceback keeps */
  RS_KIND_CELL,         /* a closure cell: "cell_contents" */
  RS_KIND_FINALIZER,    /* weakref.finalize: "func", "args", "weakref" while alive (untraced) */
  RS_KIND_WEAKDICT,     /* WeakValueDictionary, WeakKeyDictionary, WeakSet: hidden entry slots */
  RS_N_KINDS
} RsObjKind;

/* Which kinds are numbered in the trace. */
#define RS_KIND_IS_TRACED(k) ((k) == RS_KIND_INSTANCE || (k) == RS_KIND_LIST || (k) == RS_KIND_DICT)

typedef enum {
  /* steps and frames */
  RS_EV_STEP,         /* holder: frame, key: line.  A new step starts: this line now runs */
  RS_EV_FRAME_PUSH,   /* holder: new frame, key: atom of its name, new: function object */
  RS_EV_FRAME_POP,    /* holder: frame (all its names already released) */

  /* object life */
  RS_EV_ALLOC,        /* holder: object, key: kind | (type atom << 8), new: rs_value_int(trace number or 0);
                       * flag RS_EVENT_HIDDEN: numbered but never announced (no `new` line: the
                       * oracle's allocation failed at the recursion limit after numbering it) */
  RS_EV_FINALIZE,     /* holder: object, new: rs_value_int(trace number): `del N` (its __del__ runs next, if any) */
  RS_EV_FREE,         /* holder: object, gone (its slots were released before) */
  RS_EV_RESURRECT,    /* holder: object: __del__ made it reachable again */

  /* strong references in slots; old/new are values, an object value in a
   * slot holds one reference */
  RS_EV_NAME_SET,     /* holder: frame, key: name atom, old, new (absent: unbind) */
  RS_EV_ATTR_SET,     /* holder: object (instance, class, function), key: name atom, old, new (absent: delete) */
  RS_EV_ITEM_SET,     /* holder: list, key: index, old, new (replace in place) */
  RS_EV_ITEM_INSERT,  /* holder: list, key: index, new (items after it shift up) */
  RS_EV_ITEM_REMOVE,  /* holder: list, key: index, old (items after it shift down); the reference moves to a temporary */
  RS_EV_KEY_SET,      /* holder: dict, key: payload index of the key value, old, new (absent old: appended;
                       * an appended object key gains a slot reference too) */
  RS_EV_KEY_REMOVE,   /* holder: dict, key: payload index of the key value, old; the reference moves to a temporary */
  RS_EV_CLEAR,        /* holder: list or dict, key: payload index of the removed [key,] values, new: count;
                       * the references move to temporaries, released by TEMP_DEC events after */

  /* references that live on an evaluation stack, an iterator or C code */
  RS_EV_TEMP_INC,     /* new: the value that gained a temporary reference */
  RS_EV_TEMP_DEC,     /* old: the value that lost one */

  /* weak references */
  RS_EV_WEAK_SET,     /* holder: weakref object, new: referent */
  RS_EV_WEAK_CLEAR,   /* holder: weakref object, old: referent it pointed to */

  /* the collector */
  RS_EV_GC_START,     /* key: the generation collected (2: gc.collect(), every tracked object) */
  RS_EV_GC_UNREACHABLE, /* holder: object found unreachable in this collection */
  RS_EV_GC_END,

  /* output */
  RS_EV_PRINT,        /* key: atom of the printed line (without the newline);
                       * flag RS_EVENT_HIDDEN: no newline ends it (an end=
                       * without one, or what a failing print() wrote
                       * before the failure) */
  RS_EV_ERROR,        /* key: atom of the kind ("NameError"), new: rs_value_int(line), old: atom of the message */

  /* the collector's phases, for the step-by-step view; no change */
  RS_EV_GC_YOUNG,     /* holder: an object the collection examines, in list order; only a
                       * collection of generation 0 or 1 says them (a full one examines every
                       * tracked object), right after GC_START */
  RS_EV_GC_PHASE,     /* key: the RsGcMark the collection enters */
} RsEventKind;

/* Where a collection is, between its GC_START and its GC_END (gcmodule.c's
 * gc_collect_main): after finding the unreachable list it clears the weak
 * references to it and runs their callbacks, then the finalizers (`__del__`),
 * then looks again at what they resurrected, then clears the rest. */
typedef enum {
  RS_GC_MARK_WEAKREFS = 1,
  RS_GC_MARK_FINALIZE,
  RS_GC_MARK_RESURRECT,
  RS_GC_MARK_FREE,
} RsGcMark;

/* Reference accounting, so that a replica fed only with events knows every
 * refcount exactly (refcount = slots holding the object + temporaries):
 *
 *  - ALLOC: the new object starts with one temporary reference (its
 *    creator's), as in CPython.
 *  - NAME_SET, ATTR_SET, ITEM_SET, KEY_SET, ITEM_INSERT: the new value gains
 *    a slot reference; with RS_EVENT_FROM_TEMP it also loses a temporary (the
 *    reference moved off the evaluation stack).  The old value loses its
 *    slot reference; with RS_EVENT_OLD_TO_TEMP it becomes a temporary
 *    instead (released later by a TEMP_DEC, e.g. `l.pop()`'s result).
 *  - ITEM_REMOVE, KEY_REMOVE: the old value (and an object key) lose their
 *    slot reference, or with RS_EVENT_OLD_TO_TEMP become temporaries.
 *  - CLEAR: every removed value (and object key) becomes a temporary.
 *  - TEMP_INC / TEMP_DEC: one temporary more / less.
 *  - FRAME_PUSH: @new_value (the function) gains a reference held by the
 *    frame; FRAME_POP: @old_value loses it.  A frame's names are released by
 *    NAME_SET events (new: absent), in CPython's order, before FRAME_POP.
 *  - WEAK_SET / WEAK_CLEAR change no refcount.
 *  - A dying object's references are released as ATTR_SET / ITEM_REMOVE /
 *    KEY_REMOVE events (new: absent) in CPython's order, then FREE.
 *  - Hidden references (an instance's class, a class's self-cycle, an
 *    iterator's list, a bound method's self and function) are ATTR_SET
 *    events with RS_EVENT_HIDDEN and a descriptive key atom ("__class__",
 *    "__mro__", "it_seq", "__self__", "__func__", "callback").
 * A decref that reaches zero is followed at once by the destruction events
 * (FINALIZE, WEAK_CLEAR..., releases, FREE), or later for trashcan-deferred
 * objects. */
/* A finished frame that tracebacks keep on the stack (its locals with it)
 * has a hidden name of this atom, bound to True (NAME_SET, RS_EVENT_HIDDEN)
 * until just before its FRAME_POP: which exception's death releases it
 * is not in the events. */
#define RS_KEPT_FRAME_MARK "(kept by a traceback)"
/* A finished frame that one exception keeps leaves the stack: its locals
 * become slots of the exception labelled RS_TRACEBACK_SLOT "F.name", and
 * its function a slot labelled RS_TRACEBACK_SLOT "F" set after them (the
 * drawing makes a kept-frame card of each such group). */
#define RS_TRACEBACK_SLOT "(traceback) "

typedef enum {
  RS_EVENT_FROM_TEMP   = 1 << 0,
  RS_EVENT_OLD_TO_TEMP = 1 << 1,
  RS_EVENT_HIDDEN      = 1 << 2,
} RsEventFlags;

typedef struct {
  guint8   kind;      /* RsEventKind */
  guint8   flags;
  guint16  reserved;
  guint32  holder;    /* object or frame id, by kind */
  guint64  key;
  RsValue  old_value;
  RsValue  new_value;
} RsEvent;

G_STATIC_ASSERT (sizeof (RsEvent) == 32);
/* rs_heap_set_event_mask has a bit per kind */
G_STATIC_ASSERT (RS_EV_GC_PHASE < 32);

/* Where events go: the interpreter calls @emit for each one, in order.
 * @payload/@n_payload hold the extra values of RS_EV_CLEAR, KEY_SET and
 * KEY_REMOVE (the key value first); the sink copies what it keeps. */
typedef struct {
  void (*emit) (gpointer       user_data,
                const RsEvent *event,
                const RsValue *payload,
                guint          n_payload);
  gpointer user_data;
} RsEventSink;

G_END_DECLS
