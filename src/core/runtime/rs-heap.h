/* rs-heap.h: the reference-counted object heap of a session
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * RsHeap keeps every object of a running session in plain arrays and
 * reproduces CPython 3.11's reference counting: destruction cascades in
 * CPython's order, the trashcan, weak reference clearing with callbacks,
 * and the cycle collector.  Every change is reported as an RsEvent.
 * Running Python code (__del__, weak reference callbacks) is delegated to
 * the interpreter through RsHeapHooks.
 */
#pragma once

#include <glib.h>
#include "rs-atoms.h"
#include "rs-event.h"

G_BEGIN_DECLS

typedef struct _RsHeap RsHeap;

/* The budget of a heap (rs-heap-budget.c): which limit a request passes */
typedef enum {
  RS_HEAP_LIMIT_NONE,
  RS_HEAP_LIMIT_BYTES,
  RS_HEAP_LIMIT_OBJECTS,
} RsHeapLimit;

typedef struct {
  /* Runs the script's __del__ of @obj, if its class has one. */
  void (*finalize)      (gpointer user_data, RsObjId obj);
  /* Calls @callback with the weak reference object @weakref. */
  void (*weak_callback) (gpointer user_data, RsValue callback, RsObjId weakref);
  /* Releases the frames @traceback (an exception's) keeps. */
  void (*release_traceback) (gpointer user_data, gpointer traceback);
  /* Calls @fn on each value the frames of @traceback hold (the collector). */
  void (*traverse_traceback) (gpointer user_data, gpointer traceback,
                              void (*fn) (RsHeap *heap, RsValue v, gpointer data),
                              RsHeap *heap, gpointer data);
  /* Generator @it goes: its frame, if it is suspended, is closed. */
  void (*close_generator) (gpointer user_data, RsObjId it);
} RsHeapHooks;

typedef enum {
  RS_OBJ_FINALIZED = 1 << 0,  /* `del N` printed, __del__ ran */
  RS_OBJ_PENDING   = 1 << 1,  /* deferred by the trashcan */
  RS_OBJ_MARK      = 1 << 2,  /* scratch for the collector */
  RS_OBJ_DICT_MODE = 1 << 3,  /* instance: attributes in a materialized dict */
  RS_OBJ_DICT_PENDING = 1 << 4, /* dead instance whose dict the trashcan deferred */
  RS_OBJ_KEEPS_FRAMES = 1 << 5, /* an exception the history sees holding frames' locals */
  RS_OBJ_FREE_WAITING = 1 << 6, /* dead, freed once those frames are gone */
} RsObjFlags;

typedef struct {
  guint32 name;    /* atom */
  guint32 order;   /* release order: class key index, or insertion counter */
  RsValue value;
  guint32 seq;     /* this object's own insertion order */
} RsAttr;

typedef struct {
  RsAttr *items;
  guint   len;
  guint   cap;
  guint32 next_order;
  guint32 next_seq;
} RsAttrs;

typedef struct {
  RsValue *items;
  guint    len;
  guint    cap;
} RsList;

typedef struct {
  RsValue key;     /* RS_VALUE_ABSENT: deleted entry */
  RsValue value;
} RsDictEntry;

typedef struct _RsDictTable RsDictTable;

typedef struct {
  RsDictEntry *entries;
  guint        len;    /* entries used, holes included */
  guint        cap;
  guint        used;   /* live entries */
  GHashTable  *index;  /* normalized key -> entry index + 1, for big dicts */
  RsDictTable *table;  /* CPython's index layout (rs-heap-dict-table.c) */
} RsDict;

/* A walk along a dict's probe sequence (rs_heap_dict_probe_start) */
typedef struct {
  gint64  hash;
  guint64 perturb;
  gsize   i;
  gint    entry;
  guint   version;
} RsDictProbe;

typedef struct {
  guint32        name;      /* atom */
  RsObjId        base;      /* 0: none; the first of bases */
  RsObjId       *bases;     /* __bases__ without object, n_bases */
  guint          n_bases;
  RsObjId       *mro;       /* __mro__ after the class itself, without object */
  guint          n_mro;
  guint32       *slots;     /* its own __slots__ (atoms), sorted as type_new does */
  guint          n_slots;
  gboolean       no_dict;   /* __slots__ all along the MRO: instances have no __dict__ */
  gboolean       no_weakref; /* ... and none of them names '__weakref__' */
  RsAttrs        attrs;     /* the class dict, insertion order */
  GArray        *keys;      /* guint32 atoms: the shared key order */
  gint           usable;    /* CPython's shared-keys budget */
  gconstpointer  stmt;      /* the RsStmt of the class */
  guint          exc_base;  /* a script exception class: its builtin base + 1, else 0 */
} RsClassData;

typedef struct {
  gconstpointer  def;       /* the RsStmt of the def */
  guint32        name;
  guint32        qualname;
  RsValue        defaults;  /* __defaults__: a tuple, or ABSENT */
  RsValue       *kwdefaults; /* __kwdefaults__: one per keyword-only parameter (ABSENT: none), or NULL */
  guint32       *kw_atoms;  /* the slots' names: "__kwdefaults__['x']" */
  guint          n_kwdefaults;
  RsObjId        class_cell; /* what its __class__ cell holds (0: no cell, or empty) */
  RsValue        closure;   /* __closure__: a tuple of cells, or ABSENT */
  RsValue        annotations; /* a tuple of what its annotations reference, or ABSENT */
  RsAttrs        attrs;     /* its __dict__: `f.x = 1` */
} RsFunctionData;

typedef struct {
  RsValue self;
  RsValue func;
} RsBoundData;

typedef enum {
  RS_DESCR_STATICMETHOD,
  RS_DESCR_CLASSMETHOD,
  RS_DESCR_PROPERTY,
} RsDescrKind;

/* staticmethod(f) and classmethod(f) hold f in get; a property holds
 * its three functions (ABSENT: None) */
typedef struct {
  RsDescrKind kind;
  RsValue     get, set, del;
  guint32     name;       /* a property's: set by __set_name__ (0: none) */
} RsDescrData;

/* What a weak reference object is (RsWeakData.flavor) */
typedef enum {
  RS_WEAK_REF,              /* weakref.ref */
  RS_WEAK_PROXY,            /* weakref.proxy of a referent that cannot be called */
  RS_WEAK_CALLABLE_PROXY,   /* ... that can */
  RS_WEAK_METHOD,           /* weakref.WeakMethod: referent the object, func_ref the function's */
  RS_WEAK_METHOD_FUNC,      /* a WeakMethod's _func_ref (its `owner`) */
} RsWeakFlavor;

typedef struct {
  RsObjId referent;         /* 0 once cleared */
  RsValue callback;         /* RS_VALUE_ABSENT: none */
  RsValue immortal;         /* a builtin referent (never dies), or ABSENT */
  RsObjId hash_referent;    /* the referent when first hashed (0: never) */
  gint64  hash;             /* its hash then, kept after the referent dies */
  guint8  flavor;           /* RsWeakFlavor */
  gboolean alive;           /* a WeakMethod: neither referent died yet (its _alive) */
  RsObjId func_ref;         /* a WeakMethod: its _func_ref; a _func_ref: its WeakMethod (no reference) */
  RsValue user_callback;    /* a WeakMethod: the callback its _cb calls, or ABSENT */
  RsObjId owner;            /* a weak container's own reference: the container (0: none) */
  RsValue key;              /* a WeakValueDictionary's KeyedRef: its key (strong), or ABSENT */
} RsWeakData;

/* A weakref.finalize object (RS_KIND_FINALIZER): while alive (in the
 * registry) it holds its function, its arguments and its weak reference
 * to the object, whose callback is the finalizer itself */
typedef struct {
  gboolean alive;
  gboolean atexit;
  RsValue  func;
  RsValue  args;            /* a tuple */
  RsObjId  wref;
} RsFinalizerData;

/* A weak container (RS_KIND_WEAKDICT, rs-heap-weakdict.c): its entries in
 * insertion order.  A value dict holds each key and the KeyedRef to its
 * value; a key dict the weak reference to each key and the value; a set
 * the weak reference to each item (value ABSENT).  The references are
 * hidden slots named by @key_atom and @value_atom. */
typedef enum {
  RS_WEAKDICT_VALUES,       /* WeakValueDictionary */
  RS_WEAKDICT_KEYS,         /* WeakKeyDictionary */
  RS_WEAKDICT_SET,          /* WeakSet */
} RsWeakDictKind;

typedef struct {
  RsValue key;              /* ABSENT: a removed entry */
  RsValue value;
  guint32 key_atom, value_atom;
} RsWeakDictEntry;

typedef struct {
  guint8   kind;            /* RsWeakDictKind */
  gboolean dying;           /* destroyed now: its callbacks find it gone */
  GArray  *entries;         /* RsWeakDictEntry */
  guint    used;            /* live entries */
  guint    next_seq;        /* numbers the entries' slot names */
  RsAttrs  attrs;           /* what the script stores on it (`cache.hits = 0`) */
  guint    iterating;       /* its generators running now (_IterationGuard) */
  GArray  *pending;         /* RsValue, each a reference: the keys (a value dict) or
                             * weak references whose entries wait for them */
} RsWeakDictData;

/* What a dict iterator or view yields (a list's iterator: its items) */
typedef enum {
  RS_ITER_KEYS,
  RS_ITER_VALUES,
  RS_ITER_ITEMS,            /* (key, value) tuples */
} RsIterWhat;
/* A builtin exception (RS_KIND_EXCEPTION) */
typedef struct {
  guint    cls;             /* its class, as the interpreter numbers them */
  RsValue  args;            /* a tuple */
  RsValue  obj;             /* AttributeError.obj, or ABSENT */
  RsValue  cause;           /* __cause__, ABSENT: None */
  RsValue  context;         /* __context__, ABSENT: None */
  gboolean suppress_context;
  gpointer traceback;       /* the interpreter's (RsHeapHooks), NULL: None */
  guint    tb_line;         /* the line of the traceback's innermost entry */
} RsExcData;

/* Where an iterator's items come from (rs-interp-iter.c) */
typedef enum {
  RS_ITER_SEQ,              /* seq: a list, tuple or dict (the for loop's) */
  RS_ITER_RANGE,            /* next, stop, step */
  RS_ITER_STR,              /* str from offset */
  RS_ITER_REVERSED,         /* seq (a list or tuple) or str, backwards from index / offset */
  RS_ITER_ENUMERATE,        /* held[0]: the iterator; next: the count */
  RS_ITER_ZIP,              /* held[0]: a tuple of iterators */
  RS_ITER_MAP,              /* held[0]: a tuple of iterators, held[1]: the function */
  RS_ITER_FILTER,           /* held[0]: the function, held[1]: the iterator */
  RS_ITER_GEN,              /* a generator expression: gen, its suspended frame */
  RS_ITER_WEAKDICT,         /* a weak dict's keys(), values() or items() generator:
                             * held[0] its container, held[1] the local that keeps the
                             * last item; index: the next entry, used: the dict's size
                             * when it started, next: 0 new, 1 running, 2 done */
} RsIterSource;

typedef struct {
  RsObjId seq;              /* 0 once exhausted */
  guint   index;
  guint8  what;             /* RsIterWhat */
  gboolean view;            /* a dict view (keys(), values(), items()): never exhausted */
  guint   used;             /* a dict iterator: the dict's size when it began */
  guint   remaining;        /* a dict iterator: the entries it still expects */
  guint8  source;           /* RsIterSource */
  gint64  next, stop, step;
  RsValue str;              /* an atom: no reference */
  gsize   offset;
  RsValue held[2];          /* released in this order; ABSENT: none */
  guint32 held_atom[2];
  RsValue result;           /* enumerate's, zip's and items' reused (x, y) tuple, or ABSENT */
  guint32 result_atom;
  gpointer gen;             /* a generator's state, the interpreter's (RsHeapHooks) */
} RsIterData;

typedef struct {
  gint64 start, stop, step;
} RsRangeData;

typedef struct {
  RsObjId  id;
  guint32  refcnt;
  guint8   kind;       /* RsObjKind */
  guint8   flags;      /* RsObjFlags */
  guint8   gc_gen;     /* CPython's gc generation: 0 young .. 2 old */
  guint8   reserved;
  guint32  trace_no;   /* 0: not traced */
  guint32  gc_seq;     /* place in CPython's gc list: smaller is earlier */
  RsObjId  cls;        /* instances: their class */
  gpointer data;       /* per kind: RsAttrs*, RsList*, RsDict*, ... */
} RsObj;

RsHeap   *rs_heap_new            (RsAtoms           *atoms,
                                  const RsEventSink *sink,
                                  const RsHeapHooks *hooks,
                                  gpointer           hooks_data);
void      rs_heap_free           (RsHeap            *self);
/* Only events of the kinds in @kinds (bit k: RsEventKind k) reach the
 * sink; all do at first.  A run that records nothing asks for the few
 * its trace or output needs, and the rest cost one test each. */
void      rs_heap_set_event_mask (RsHeap            *self,
                                  guint32            kinds);

void      rs_heap_emit           (RsHeap *self,
                                  RsEventKind kind,
                                  guint       flags,
                                  guint32     holder,
                                  guint64     key,
                                  RsValue     old_value,
                                  RsValue     new_value);

/* NULL when @id is not a living object. */
RsObj    *rs_heap_get            (RsHeap *self, RsObjId id);
RsObj    *rs_heap_get_value      (RsHeap *self, RsValue v);
guint     rs_heap_count          (RsHeap *self);

/* The budget: at most @bytes held by objects and strings and @objects
 * living objects (0: no limit).  The checks only answer; the interpreter
 * raises MemoryError. */
void      rs_heap_set_budget     (RsHeap *self, guint64 bytes, guint64 objects);
guint64   rs_heap_get_bytes      (RsHeap *self);
guint64   rs_heap_get_bytes_limit (RsHeap *self);
guint64   rs_heap_get_objects_limit (RsHeap *self);
/* Which limit @n_bytes more bytes and @n_objects more objects would pass
 * (RS_HEAP_LIMIT_NONE: they fit).  @n_bytes G_MAXUINT64: more than any. */
RsHeapLimit rs_heap_budget_check (RsHeap *self, guint64 n_bytes, guint64 n_objects);
/* The limit a growth passed since the last call (and forgets it) */
RsHeapLimit rs_heap_budget_tripped (RsHeap *self);

/* Allocation: the new object holds one temporary reference. */
RsObjId   rs_heap_new_instance   (RsHeap *self, RsObjId cls);
RsObjId   rs_heap_new_list       (RsHeap *self);
RsObjId   rs_heap_new_dict       (RsHeap *self);
RsObjId   rs_heap_new_class      (RsHeap *self, guint32 name, RsObjId base, gconstpointer stmt);
/* A class of @n_bases bases whose __mro__ after itself is @mro
 * (both without object) */
RsObjId   rs_heap_new_class_with_bases (RsHeap *self, guint32 name, const RsObjId *bases,
                                        guint n_bases, const RsObjId *mro, guint n_mro,
                                        gconstpointer stmt);
RsObjId   rs_heap_new_function   (RsHeap *self, gconstpointer def, guint32 name, guint32 qualname);
/* The __slots__ of @cls (@slots sorted, @n atoms) and what its
 * instances have besides */
void      rs_heap_class_set_slots (RsHeap *self, RsObjId cls, const guint32 *slots, guint n,
                                   gboolean no_dict, gboolean no_weakref);
/* Whether @name is a slot of class @cls or of a class of its MRO */
gboolean  rs_heap_class_has_slot (RsHeap *self, RsObjId cls, guint32 name);
/* The class a method's implicit __class__ cell holds (super()) */
void      rs_heap_function_set_class (RsHeap *self, RsObjId func, RsObjId cls);
/* A staticmethod, classmethod or property: the temporaries move in */
RsObjId   rs_heap_new_descriptor (RsHeap *self, RsDescrKind kind, RsValue get,
                                  RsValue set, RsValue del);
/* __defaults__ (a tuple, or ABSENT) and the @n keyword-only defaults
 * (ABSENT: none) of a new function, in slots named @kw_atoms: their
 * temporaries move in */
void      rs_heap_function_set_defaults (RsHeap *self, RsObjId func, RsValue defaults,
                                         const RsValue *kwdefaults, const guint32 *kw_atoms,
                                         guint n);
/* The closure of a new function: the temporary @closure (a tuple of
 * cells) moves in */
void      rs_heap_function_set_closure (RsHeap *self, RsObjId func, RsValue closure);
void      rs_heap_function_set_annotations (RsHeap *self, RsObjId func, RsValue annotations);
/* A cell holding the temporary @content (ABSENT: empty) */
RsObjId   rs_heap_new_cell       (RsHeap *self, RsValue content);
/* What cell @cell holds (borrowed; ABSENT: empty) */
RsValue   rs_heap_cell_get       (RsHeap *self, RsObjId cell);
/* Stores the temporary @value in @cell (ABSENT: empties it), then
 * releases the old content */
void      rs_heap_cell_set       (RsHeap *self, RsObjId cell, RsValue value);
RsObjId   rs_heap_new_bound      (RsHeap *self, RsValue self_value, RsValue func);
RsObjId   rs_heap_new_iter       (RsHeap *self, RsObjId seq);
/* An iterator of @source that holds no sequence (yet), of type @type */
RsObjId   rs_heap_new_iter_of    (RsHeap *self, RsIterSource source, const char *type);
/* Stores the temporary @value in slot @index of tuple @tuple (a reused
 * result tuple), releasing the old item */
void      rs_heap_tuple_set      (RsHeap *self, RsObjId tuple, guint index, RsValue value);
/* An iterator (@view FALSE) or a view of dict @dict, yielding @what, of
 * type @type */
RsObjId   rs_heap_new_dict_iter  (RsHeap *self, RsObjId dict, RsIterWhat what, gboolean view,
                                  const char *type);
RsObjId   rs_heap_new_range      (RsHeap *self, gint64 start, gint64 stop, gint64 step);
/* A tuple of @n items: their temporary references move in. */
RsObjId   rs_heap_new_tuple      (RsHeap *self, const RsValue *items, guint n);
/* A builtin exception of class @cls (named @name) holding the tuple
 * @args, whose temporary moves in. */
RsObjId   rs_heap_new_exception  (RsHeap *self, guint cls, guint32 name, RsValue args);
/* The exception part of a new instance of a script exception class
 * (BaseException_new): its args tuple @args, whose temporary moves in.
 * Its attributes go in the instance's own order (it has a dict). */
void      rs_heap_exception_instance (RsHeap *self, RsObjId id, guint cls, RsValue args);
/* NULL unless @v is a builtin exception or an instance of a script
 * exception class (valid until code runs) */
RsExcData *rs_heap_exception_data (RsHeap *self, RsValue v);
/* Stores the temporary @value in the slot @slot of exception @id (one of
 * "args", "obj", "__cause__", "__context__"), then releases the old one. */
void      rs_heap_exception_set  (RsHeap *self, RsObjId id, const char *slot, RsValue value);
/* The history sees the locals of a frame in slots of exception @id, from
 * _keep_frame until _frame_gone: a dead @id stays in the model until the
 * last such frame is gone (the trashcan can defer a frame's release). */
void      rs_heap_exception_keep_frame (RsHeap *self, RsObjId id);
void      rs_heap_exception_frame_gone (RsHeap *self, RsObjId id);
/* The items of tuple @id (valid until the next call that can run code) */
const RsList *rs_heap_tuple_items (RsHeap *self, RsObjId id);
/* A weak reference to a builtin function, class or module: it never dies. */
RsObjId   rs_heap_weakref_immortal (RsHeap *self, RsValue referent);
/* The next traced allocation gets its number but no `new` line
 * (RS_EVENT_HIDDEN on its ALLOC): the oracle's allocation code can fail
 * between numbering an object and announcing it. */
void      rs_heap_set_unannounced (RsHeap *self, gboolean unannounced);
/* weakref.ref(@referent, @callback): reuses the callback-less one. */
RsObjId   rs_heap_weakref        (RsHeap *self, RsObjId referent, RsValue callback);
/* A weak reference of @flavor (a proxy reuses the callback-less proxy),
 * placed in the list where CPython puts it */
RsObjId   rs_heap_weakref_flavor (RsHeap *self, RsObjId referent, RsValue callback,
                                  RsWeakFlavor flavor);
/* weakref.getweakrefcount(@referent) */
guint     rs_heap_weakref_count  (RsHeap *self, RsObjId referent);
/* weakref.finalize(@obj, @func, *@args): @args a tuple; the new finalizer
 * (a temporary) holds them, the registry holds it */
RsObjId   rs_heap_new_finalizer  (RsHeap *self, RsObjId obj, RsValue func, RsValue args);
/* Takes finalizer @id out of the registry: its function and arguments
 * become temporaries of the caller (@func, @args), its weak reference is
 * released after them by rs_heap_finalizer_release */
gboolean  rs_heap_finalizer_pop  (RsHeap *self, RsObjId id, RsValue *func, RsValue *args,
                                  RsObjId *wref);
/* What a popped finalizer's info releases: args, func, then the weak reference */
void      rs_heap_finalizer_release (RsHeap *self, RsValue func, RsValue args, RsObjId wref);

/* Weak containers (rs-heap-weakdict.c) */
RsObjId   rs_heap_new_weakdict   (RsHeap *self, RsWeakDictKind kind, guint32 type_atom);
RsWeakDictData *rs_heap_weakdict_data (RsHeap *self, RsValue v);
/* A new weak reference of container @owner to @referent, calling back
 * @callback; a KeyedRef's @key (ABSENT: none) gets a reference of it */
RsObjId   rs_heap_weakdict_ref   (RsHeap *self, RsObjId owner, RsObjId referent,
                                  RsValue callback, RsValue key);
/* Appends an entry: the temporaries @key and @value (ABSENT: none) move in */
void      rs_heap_weakdict_append (RsHeap *self, RsObjId wd, RsValue key, RsValue value);
/* Stores the temporary @value in entry @i, then releases the old one */
void      rs_heap_weakdict_set_value (RsHeap *self, RsObjId wd, guint i, RsValue value);
/* Takes entry @i out: its value is released, then its key (a dict's
 * delitem); with @take the value becomes the caller's temporary instead
 * and the key goes first (dict.pop) */
RsValue   rs_heap_weakdict_remove (RsHeap *self, RsObjId wd, guint i, gboolean take);
/* While @wd is iterated a dead entry waits: @v (a key or a weak
 * reference) gets a reference on the pending list */
void      rs_heap_weakdict_defer (RsHeap *self, RsObjId wd, RsValue v);
/* _commit_removals: the waiting entries go, the last deferred first */
void      rs_heap_weakdict_commit (RsHeap *self, RsObjId wd);
/* A generator of @wd ends (_IterationGuard.__exit__) */
void      rs_heap_weakdict_end_iteration (RsHeap *self, RsObjId wd);
/* dict.popitem() of the entries: the last one's references are handed
 * out (a set's @value is ABSENT); FALSE when there is none */
gboolean  rs_heap_weakdict_pop_last (RsHeap *self, RsObjId wd, RsValue *key, RsValue *value);
/* Whether dict keys @a and @b are the same key */
gboolean  rs_heap_weakdict_same_key (RsHeap *self, RsValue a, RsValue b);
/* Empties @wd, each entry's key then value (dict_dealloc's order) */
void      rs_heap_weakdict_clear (RsHeap *self, RsObjId wd);

/* Temporaries (evaluation stack, C code). */
void      rs_heap_incref         (RsHeap *self, RsValue v);
void      rs_heap_decref         (RsHeap *self, RsValue v);

/* Emits a slot change and does its reference accounting (rs-event.h). */
void      rs_heap_slot_event     (RsHeap *self,
                                  RsEventKind kind,
                                  guint       flags,
                                  guint32     holder,
                                  guint64     key,
                                  RsValue     old_value,
                                  RsValue     new_value);

/* Instance, class and function attributes.  Set moves the temporary
 * @value in. */
gboolean  rs_heap_attr_lookup    (RsHeap *self, RsObjId obj, guint32 name, RsValue *value);
void      rs_heap_attr_set       (RsHeap *self, RsObjId obj, guint32 name, RsValue value);
gboolean  rs_heap_attr_delete    (RsHeap *self, RsObjId obj, guint32 name);
/* Looks up @name along the __mro__ of @cls (the class first); @owner
 * (may be NULL) gets the class that has it. */
gboolean  rs_heap_class_lookup   (RsHeap *self, RsObjId cls, guint32 name, RsValue *value);
gboolean  rs_heap_class_lookup_owner (RsHeap *self, RsObjId cls, guint32 name, RsValue *value,
                                      RsObjId *owner);

/* Lists.  Stores move the temporary in; removals hand a temporary out. */
void      rs_heap_list_insert    (RsHeap *self, RsObjId list, guint index, RsValue value);
void      rs_heap_list_set       (RsHeap *self, RsObjId list, guint index, RsValue value);
RsValue   rs_heap_list_remove    (RsHeap *self, RsObjId list, guint index, gboolean to_temp);
void      rs_heap_list_clear     (RsHeap *self, RsObjId list);
/* Empties @list without releasing its items: their references become
 * temporaries of the caller, who gets the items (to g_free) and their
 * count (list.sort() works on them outside the list, as CPython's). */
RsValue  *rs_heap_list_take      (RsHeap *self, RsObjId list, guint *n);

/* Dicts: @key must be hashable (not a list or dict). */
gint      rs_heap_dict_find      (RsHeap *self, RsObjId dict, RsValue key);
void      rs_heap_dict_set       (RsHeap *self, RsObjId dict, RsValue key, RsValue value);
RsValue   rs_heap_dict_remove    (RsHeap *self, RsObjId dict, guint entry, gboolean to_temp);
void      rs_heap_dict_clear     (RsHeap *self, RsObjId dict);

/* CPython's index of a dict, for lookups that call __eq__
 * (rs-heap-dict-table.c) */
void      rs_heap_set_instance_hash (RsHeap *self, RsObjId id, gint64 hash);
gint64    rs_heap_value_hash     (RsHeap *self, RsValue key);
/* The value equal keys share (True is 1, 1.0 is 1, a tuple by its items) */
RsValue   rs_heap_dict_norm_key  (RsHeap *self, RsValue key);
void      rs_heap_dict_presize   (RsHeap *self, RsObjId dict, guint n);
gboolean  rs_heap_dict_merge_prepare (RsHeap *self, RsObjId dst, RsObjId src);
gboolean  rs_heap_dict_merge_piece_prepare (RsHeap *self, RsObjId dst, guint n_pairs, guint n_keys);
gboolean  rs_heap_dict_may_call_eq (RsHeap *self, RsObjId dict, RsValue key);
gboolean  rs_heap_value_holds_instance (RsHeap *self, RsValue key);
void      rs_heap_dict_probe_start (RsHeap *self, RsObjId dict, gint64 hash, RsDictProbe *p);
RsValue   rs_heap_dict_probe_next (RsHeap *self, RsObjId dict, RsDictProbe *p, gboolean *same_hash);
gboolean  rs_heap_dict_probe_valid (RsHeap *self, RsObjId dict, const RsDictProbe *p, RsValue key);

/* Calls @release(@data, @item) @levels trashcan levels deeper (CPython
 * objects that are not in the model, such as a traceback and its frame
 * objects), or puts it on the pending stack when the limit is reached. */
typedef void (*RsReleaseFunc) (gpointer data, gpointer item);
void      rs_heap_release_nested (RsHeap        *self,
                                  guint          levels,
                                  RsReleaseFunc  release,
                                  gpointer       data,
                                  gpointer       item);

/* The argument tuple CPython builds for some calls (print's *args, type
 * calls): @values each got a reference for it; releases them as
 * tupledealloc does (last to first), a trashcan level deeper, or defers
 * the whole tuple when the trashcan is full. */
void      rs_heap_tuple_release  (RsHeap        *self,
                                  const RsValue *values,
                                  guint          n);

/* The collector: returns the number of unreachable objects found. */
guint     rs_heap_collect        (RsHeap *self);
/* gc.collect(@generation): collects generations 0 to @generation (0..2)
 * only; what survives moves one generation up. */
guint     rs_heap_collect_generation (RsHeap *self,
                                      guint   generation);
/* Marks what is reachable from @roots (object values), then reports the
 * traced objects as reachable or leaked (trace numbers, ascending). */
/* Whether rs_heap_partition is marking now (a traversal hook may then
 * follow references the collector's traversal leaves out) */
gboolean  rs_heap_is_partitioning (RsHeap *self);
void      rs_heap_partition      (RsHeap *self,
                                  const RsValue *roots,
                                  guint          n_roots,
                                  GArray        *reachable,
                                  GArray        *leaked);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsHeap, rs_heap_free)

G_END_DECLS
