/* rs-interp-private.h: what the parts of the interpreter share
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The interpreter walks the tree but owns temporaries exactly the way
 * CPython 3.11's evaluation stack does: every eval returns a new reference
 * (a temporary) that its caller moves into a slot or releases, in the order
 * the bytecode would.
 */
#pragma once

#include "rs-interp.h"
#include "rs-big.h"
#include "rs-heap.h"
#include "rs-value.h"

G_BEGIN_DECLS

#define RS_VALUE_BUILTIN(id) RS_VALUE_MAKE (RS_TAG_BUILTIN, (id))

/* sys.getrecursionlimit(): Python frames and C recursion (comparisons)
 * share it; the module frame is level 1 */
#define RECURSION_LIMIT 1000

typedef enum {
  RS_EXEC_OK,
  RS_EXEC_ERROR,
  RS_EXEC_BREAK,
  RS_EXEC_CONTINUE,
  RS_EXEC_RETURN,
} RsExec;

typedef enum {
  RS_FRAME_MODULE,
  RS_FRAME_FUNCTION,
  RS_FRAME_CLASS,
  RS_FRAME_ARGS,      /* values a failed call keeps until after the error line */
} RsFrameKind;

/* A namespace in insertion order (module names, a class body's names). */
typedef struct {
  guint32 name;
  RsValue value;      /* RS_VALUE_ABSENT: deleted */
} RsName;

typedef struct {
  GArray     *names;  /* RsName */
  GHashTable *index;  /* atom -> index + 1 */
} RsNames;

/* The keyword arguments of a call: new references to the values */
typedef struct {
  const char **names;   /* interned */
  RsValue     *values;
  guint        n;
  gboolean     mapped;  /* the call got them in a dict (`**m`, CALL_FUNCTION_EX) */
  const RsValue *keys;  /* the strs of the names (a `**m` key is itself), NULL: interned */
} RsCallKw;

typedef struct _RsFrame RsFrame;
struct _RsFrame
{
  RsFrameId      id;
  RsFrameKind    kind;
  RsFrame       *back;
  const RsScope *scope;    /* functions */
  guint32       *atoms;    /* functions: atoms of scope->varnames */
  RsValue       *locals;   /* functions: one per varname; args: the values */
  guint          n_locals; /* args frames */
  RsNames       *names;    /* module, class body */
  const char    *class_name; /* class body: for the methods' qualnames */
  GArray        *class_cells; /* class body: RsObjId of the methods made with a __class__ cell */
  RsValue        func;
  guint          line;
  RsValue        retval;
  /* the frame object's references (traceback entries, f_back of kept
   * frames): a frame that finishes while it has some keeps its locals,
   * and its caller, until the last goes (rs-interp-traceback.c) */
  guint          kept;
  gboolean       done;
  gboolean       back_kept;  /* it holds @back */
  /* the exception whose traceback keeps it (0: none, or more than one);
   * once done, the history sees its locals held by that exception, in
   * slots named @keeper_atoms (one per varname, then the function) */
  RsObjId        keeper;
  gboolean       shared;
  guint32       *keeper_atoms;
  /* done, but kept on the stack: the history sees a hidden marker name
   * (RS_KEPT_FRAME_MARK), since it cannot tell which tracebacks keep it */
  gboolean       marked;
};

struct _RsInterp
{
  RsAtoms       *atoms;
  RsEventSink    sink;
  RsHeap        *heap;
  GHashTable    *atom_cache;   /* interned string -> atom */

  RsNames        globals;
  RsFrame        module_frame;
  RsFrame       *frame;        /* the running frame */
  RsFrameId      next_frame;
  guint          depth;

  guint64        step_limit;
  RsHeapLimit    memory_hit;   /* the limit of the last MemoryError of the budget */
  guint64        n_steps;
  gboolean       stopped;      /* refuses to run more */
  gboolean       aborting;     /* the step limit was hit, or a rejection */
  gboolean       rejected;     /* outside the subset: nothing more is emitted */
  guint          call_col;     /* column of the call running now (for rejections) */
  guint          reject_line, reject_col;
  char          *reject_message;
  gboolean       gc_enabled;

  /* the error being raised */
  gboolean       err_set;
  const char    *err_kind;
  char          *err_message;
  guint          err_line;
  GArray        *err_held;     /* RsValue: what the exception holds (.obj, a key) */
  GPtrArray     *err_frames;   /* RsFrame*: unfinished frames, innermost first */
  RsValue        err_exc;      /* its exception object once there is one (raise,
                                * caught and raised again), else ABSENT */
  RsValue        err_context;  /* without err_exc: the exception being handled
                                * when it was raised (its __context__), or ABSENT */
  GArray        *handling;     /* RsValue: the exceptions being handled, innermost
                                * last (sys.exc_info()); NULL until a try runs */
  GHashTable    *tracebacks;   /* the live ones (rs-interp-traceback.c), NULL: none yet */

  guint32        atom_init, atom_del;
  const char    *format_error;  /* str() failed: the error kind */
  gboolean       format_plain;  /* no script __repr__ runs (a KeyError's text) */
  guint          run_result;
  const RsModule *run_module;
  gboolean       class_call_from_c; /* the next instantiation's args are borrowed */
  GHashTable    *imported;      /* atoms of the names module-level imports bind */
  GArray        *annotations;   /* RsValue: what module and class __annotations__ hold */
  GArray        *annotation_keys; /* guint64 per annotations entry: frame id << 32 | name */
  GHashTable    *untraced_ids;  /* RsValue -> k: what id() has seen (rs-interp-id.c) */
  GHashTable    *tuple_constants; /* folded tuple displays (rs-interp-tuple.c) */
  const RsCallKw *pending_kw;   /* the keywords of the call rs_interp_call_value makes next */
  RsObjId        empty_tuple;   /* the shared (), 0 until made */
  guint64        str_serial;    /* the next computed str's object (rs-interp-str-identity.c) */
  RsValue        text_object;   /* the str a script's __str__, __repr__ or __format__ */
  const GString *text_out;      /* returned first into this text, NULL: none */
  RsValue        passed_str;    /* the str a builtin passes on as its text (getattr()'s name) */
  const RsCallKw *builtin_kw;   /* the keywords of the RS_ROW_KEYWORDS builtin running now */
};

/* rs-interp.c */
guint32  rs_interp_atom          (RsInterp *self, const char *str);
gboolean rs_interp_is_imported   (RsInterp *self, const char *name);
gint64   rs_interp_range_length  (const RsRangeData *r);
/* rs-interp-budget.c: whether @n items of @size bytes and @n_objects new
 * objects fit the heap's budget; else MemoryError at @line */
gboolean rs_interp_reserve       (RsInterp *self, guint line, guint64 n, guint64 size,
                                  guint64 n_objects);
/* A new list or tuple of @a + @b items (saturating) */
gboolean rs_interp_reserve_items (RsInterp *self, guint line, guint64 a, guint64 b);
/* |@x| ** @e (@e >= 0), reserved before it is computed */
gboolean rs_interp_reserve_power (RsInterp *self, guint line, const RsBig *x, const RsBig *e);
/* MemoryError at @line if a growth passed the budget since the last check */
gboolean rs_interp_budget_ok     (RsInterp *self, guint line);
gboolean rs_interp_raise         (RsInterp *self, guint line, const char *kind,
                                  const char *format, ...) G_GNUC_PRINTF (4, 5);
/* Raises, and the exception keeps a reference to @held until the error
 * line (AttributeError.obj, a KeyError's key). */
gboolean rs_interp_raise_held    (RsInterp *self, guint line, RsValue held,
                                  const char *kind, const char *format, ...) G_GNUC_PRINTF (5, 6);
void     rs_interp_release_error (RsInterp *self, guint first_held, guint first_frame);
/* Stops the run where the running call is: what it does is outside the
 * subset (LANGUAGE.md: rejected when it happens).  Nothing more is emitted,
 * as the oracle exits there.  Returns FALSE. */
gboolean rs_interp_reject        (RsInterp *self, guint line,
                                  const char *format, ...) G_GNUC_PRINTF (3, 4);
RsExec   rs_interp_exec_block    (RsInterp *self, const RsBlock *block);
/* Counts a step at @line: FALSE when the step limit is reached */
gboolean rs_interp_step          (RsInterp *self, guint line);
gboolean rs_interp_eval_test     (RsInterp *self, const RsExpr *test, gboolean *truth);
/* rs-interp-comp.c: a comprehension or a generator expression; the
 * next item of generator @it (as rs_interp_iter_next); the heap's hook
 * that closes a generator when it goes */
gboolean rs_interp_eval_comp     (RsInterp *self, const RsExpr *e, RsValue *out);
gboolean rs_interp_gen_next      (RsInterp *self, RsObjId it, guint line, RsValue *item);
void     rs_interp_gen_close     (gpointer user_data, RsObjId it);
/* rs-interp-loops.c */
RsExec   rs_interp_exec_while    (RsInterp *self, const RsStmt *s);
RsExec   rs_interp_exec_for      (RsInterp *self, const RsStmt *s);

/* rs-interp-assign.c */
void     rs_interp_names_init    (RsNames *names);
void     rs_interp_names_clear   (RsNames *names);
/* The value (borrowed) bound to @name in @names (may be NULL) */
gboolean rs_interp_names_lookup  (RsNames *names, guint32 name, RsValue *value);
gboolean rs_interp_load_name     (RsInterp *self, const char *name, guint line, RsValue *out);
gboolean rs_interp_make_function (RsInterp *self, const RsStmt *s, RsValue *value);
/* Cells (rs-interp-cells.c): the prologue of a function frame whose
 * arguments are bound, the closure tuple of nested def @def, and the
 * loads and stores of slot @slot that holds a cell */
void     rs_interp_frame_make_cells (RsInterp *self, RsFrame *f);
void     rs_interp_make_closure  (RsInterp *self, const RsStmt *def, RsValue *closure);
gboolean rs_interp_load_deref    (RsInterp *self, RsFrame *f, guint slot, guint line, RsValue *out);
gboolean rs_interp_store_deref   (RsInterp *self, RsFrame *f, guint slot, RsValue value, guint line);
/* What slot @slot of @f is bound to (through its cell; borrowed) */
RsValue  rs_interp_frame_slot_value (RsInterp *self, RsFrame *f, guint slot);
gboolean rs_interp_store_name    (RsInterp *self, const char *name, RsValue value, guint line);
/* Stores the temporary @value in @target (a name, attribute, subscript or
 * an unpacking of them). */
gboolean rs_interp_store_target  (RsInterp *self, const RsExpr *target, RsValue value);
gboolean rs_interp_exec_assign   (RsInterp *self, const RsStmt *s);
/* STORE_ATTR: @value moves in, then @owner (a temporary) is released */
gboolean rs_interp_setattr       (RsInterp *self, RsValue owner, const char *name,
                                  RsValue value, guint line);
gboolean rs_interp_exec_del_target (RsInterp *self, const RsExpr *target);
/* FALSE, with the TypeError of UNPACK_SEQUENCE, when @value cannot be
 * unpacked; the temporary @value is released then */
gboolean rs_interp_check_unpackable (RsInterp *self, RsValue value, guint line);

/* rs-interp-call.c */
extern const RsHeapHooks rs_interp_heap_hooks;
RsFrame *rs_interp_frame_new     (RsInterp *self, RsFrameKind kind);
void     rs_interp_release_frame (RsInterp *self, RsFrame *frame);
/* Releases the locals only (frame.clear()) */
void     rs_interp_frame_clear   (RsInterp *self, RsFrame *frame);
void     rs_interp_frame_free_quietly (gpointer frame);
/* Enters @levels of recursion, or raises RecursionError. */
gboolean rs_interp_enter         (RsInterp *self, guint levels, guint line);
/* Whether the oracle's allocation code fits under the recursion limit;
 * FALSE with a RecursionError (see rs-interp-call.c).  @held (the
 * arguments of the allocation) are stolen when @steal, else referenced. */
gboolean rs_interp_alloc_room    (RsInterp *self, RsObjKind kind, RsObjId cls,
                                  RsValue *held, guint n_held, gboolean steal,
                                  guint line);
/* Calls @callable with @self_arg (ABSENT: none) and @args; consumes all. */
gboolean rs_interp_call_value    (RsInterp *self, RsValue callable, RsValue self_arg,
                                  RsValue *args, guint n_args, guint line, RsValue *out);
void     rs_interp_hold_until_error (RsInterp *self, const RsValue *values, guint n);
/* Drops the error being raised, as a caught one (FOR_ITER's StopIteration):
 * what it holds from @first_held on, then its traceback's frames from
 * @first_frame on */
void     rs_interp_clear_error   (RsInterp *self, guint first_held, guint first_frame);
/* rs_interp_call_value with keyword arguments (@kw: NULL, none; its
 * values are consumed too) */
gboolean rs_interp_call_kw       (RsInterp *self, RsValue callable, RsValue self_arg,
                                  RsValue *args, guint n_args, const RsCallKw *kw,
                                  guint line, RsValue *out);

/* rs-interp-bind.c: arguments to parameters; FALSE with CPython's
 * TypeError, the frame (its parameters) is the caller's to clear */
gboolean rs_interp_bind_args     (RsInterp *self, RsFrame *f, RsValue func, RsValue *args,
                                  guint n_args, const RsCallKw *kw, guint line);

/* The defaults of def @s, evaluated when it runs: positional ones left to
 * right into a tuple (ABSENT: none), then the keyword-only ones */
gboolean rs_interp_eval_defaults (RsInterp *self, const RsStmt *s, RsValue *defaults,
                                  RsValue *kwdefaults);
void     rs_interp_set_defaults  (RsInterp *self, RsObjId func, const RsStmt *s,
                                  RsValue defaults, RsValue *kwdefaults);

/* rs-interp-call-args.c: whether call @e has a `*` or a `**` (CPython
 * compiles it to CALL_FUNCTION_EX) */
gboolean rs_interp_call_is_ex    (const RsExpr *e);
/* A new reference to each of @values */
void     rs_interp_hold_values   (RsInterp *self, const RsValue *values, guint n);
/* A call with keywords, `*seq` or `**mapping`;
 * consumes @callable and @self_arg (ABSENT: none) */
gboolean rs_interp_call_with_keywords (RsInterp *self, const RsExpr *e, RsValue callable,
                                       RsValue self_arg, guint line, RsValue *out);

/* rs-interp-class.c: bases, the MRO, __slots__; rs-interp-descr.c: attributes
 * through descriptors, special attributes; rs-interp-super.c: super() */
/* THE lookup of a class attribute along the __mro__ of @cls (the class
 * first): @value borrowed, @owner (may be NULL) the class that has it.
 * Special methods are looked up with it too. */
gboolean rs_interp_class_lookup  (RsInterp *self, RsObjId cls, guint32 name, RsValue *value,
                                  RsObjId *owner);
/* The staticmethod, classmethod or property @v is, or NULL */
RsDescrData *rs_interp_descriptor (RsInterp *self, RsValue v);
const char *rs_interp_descriptor_type_name (const RsDescrData *dd);
gboolean rs_interp_is_subclass   (RsInterp *self, RsObjId a, RsObjId b);
/* The bases of class @s, evaluated (new references in @bases) */
gboolean rs_interp_eval_bases    (RsInterp *self, const RsStmt *s, GArray *bases);
gboolean rs_interp_new_class     (RsInterp *self, const RsStmt *s, RsNames *ns, GArray *bases,
                                  RsObjId *cls);
void     rs_interp_fill_class_cells (RsInterp *self, RsFrame *body, RsObjId cls);
/* Class attribute @found (borrowed) as seen through instance @obj (ABSENT:
 * on class @cls itself): binds functions, calls a property's getter */
gboolean rs_interp_descr_get     (RsInterp *self, RsValue found, RsValue obj, RsObjId cls,
                                  guint line, RsValue *out);
/* TRUE when @name is a property on the class of @owner (@o): *ok is its
 * setter's (@value ABSENT: deleter's) result; the caller's references stay */
gboolean rs_interp_property_set  (RsInterp *self, RsObj *o, RsValue owner, const char *name,
                                  RsValue value, guint line, gboolean *ok);
/* FALSE for an instance whose class sets __hash__ = None */
gboolean rs_interp_class_hashable (RsInterp *self, RsObj *o);
/* Whether @o, of a kind weakref.ref takes, is no instance of a class
 * whose __slots__ leave out '__weakref__' */
gboolean rs_interp_weakrefable   (RsInterp *self, RsObj *o);
/* Whether instance @o can get attribute @name (its class's __slots__):
 * FALSE with CPython's AttributeError */
gboolean rs_interp_attr_storable (RsInterp *self, RsObj *o, const char *name, guint line);
/* DELATTR: @owner stays the caller's */
gboolean rs_interp_delattr       (RsInterp *self, RsValue owner, const char *name, guint line);
gboolean rs_interp_is_super_call (RsInterp *self, const RsExpr *e);
/* @owner.@name of the special attributes functions, methods and classes
 * answer themselves (__qualname__, __self__, ...), and a property's fget,
 * fset and fdel: TRUE with @out set (*ok FALSE: rejected, the __doc__ of
 * a builtin) */
gboolean rs_interp_special_attr  (RsInterp *self, RsValue owner, const char *name, guint line,
                                  gboolean *ok, RsValue *out);
gboolean rs_interp_super_getattr (RsInterp *self, const RsExpr *call, const char *name,
                                  guint line, RsValue *out);

/* rs-interp-decorate.c */
gboolean rs_interp_eval_decorators (RsInterp *self, const RsStmt *s, RsValue *decorators);
/* Calls @decorators (consumed) bottom up on the function in @value */
gboolean rs_interp_apply_decorators (RsInterp *self, const RsStmt *s, RsValue *decorators,
                                     RsValue *value);
gboolean rs_interp_builtin_unsupported (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_builtin_staticmethod (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_builtin_classmethod (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_builtin_property (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_property_getter (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_property_setter (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_property_deleter (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
/* the classes of the builtins that are types without being numbers */
static inline gboolean
rs_interp_builtin_is_class_type (guint id)
{
  return id == RS_BI_OBJECT || id == RS_BI_TYPE || id == RS_BI_SUPER || id == RS_BI_STATICMETHOD
         || id == RS_BI_CLASSMETHOD || id == RS_BI_PROPERTY
         || (id >= RS_BI_TYPE_NONE && id <= RS_BI_TYPE_MODULE)
         || id == RS_BI_TYPE_ELLIPSIS || id == RS_BI_TYPE_NOT_IMPLEMENTED;
}

/* rs-interp-introspect.c */
gboolean rs_interp_builtin_type (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_builtin_isinstance (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_builtin_issubclass (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_builtin_callable (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_builtin_hasattr (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_builtin_getattr (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_builtin_setattr (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_builtin_delattr (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);

/* rs-interp-expr.c */
gboolean rs_interp_eval          (RsInterp *self, const RsExpr *e, RsValue *out);
gboolean rs_interp_getattr       (RsInterp *self, RsValue owner, const char *name,
                                  guint line, RsValue *out);
gboolean rs_interp_getitem       (RsInterp *self, RsValue container, RsValue index,
                                  guint line, RsValue *out);
gboolean rs_interp_setitem       (RsInterp *self, RsValue container, RsValue index,
                                  RsValue value, guint line);
gboolean rs_interp_delitem       (RsInterp *self, RsValue container, RsValue index,
                                  guint line);

/* A builtin function or method: borrows @args (a method's self first),
 * stores a new reference in @out (None unless it sets it). */
typedef gboolean (*RsBuiltinFunc) (RsInterp *self, RsValue *args, guint n_args,
                                   guint line, RsValue *out);

/* Owners that are no RsBuiltinId */
enum {
  RS_OWNER_BUILTINS = RS_N_BUILTINS,  /* a name of the builtins namespace */
  RS_OWNER_NONE,                      /* found by no lookup (object.__init__) */
  RS_OWNER_DICT_TYPE,                 /* an attribute of the type dict (fromkeys) */
};

enum {
  /* print and the type calls (weakref.ref, list(x), dict(x)) get their
   * arguments in a tuple of their own, released before the caller's */
  RS_ROW_PACKS     = 1 << 0,
  /* the function checks the count itself: in its own words, or after
   * allocating as the oracle does */
  RS_ROW_OWN_CHECK = 1 << 1,
  /* the function takes keyword arguments: it reads self->builtin_kw */
  RS_ROW_KEYWORDS  = 1 << 2,
};

#define RS_ARGS_ANY G_MAXUINT

/* A builtin's row in a table indexed by RsBuiltinId */
typedef struct {
  guint          owner;     /* where its name is found: a module (RS_BI_MOD_GC...),
                             * the type it is a method of (RS_BI_LIST...), or RS_OWNER_* */
  guint          min_args;  /* methods: besides self */
  guint          max_args;
  guint          flags;     /* RS_ROW_* */
  RsBuiltinFunc  call;
} RsBuiltinRow;

/* rs-interp-builtins.c */
gboolean rs_interp_call_builtin  (RsInterp *self, RsBuiltinId id, RsValue *args,
                                  guint n_args, guint line, RsValue *out);
/* The builtin function or method @owner (RsBuiltinRow.owner) has under @name */
gboolean rs_interp_find_builtin  (guint owner, const char *name, RsBuiltinId *id);
gboolean rs_interp_module_attr   (RsInterp *self, RsBuiltinId module, const char *name,
                                  RsBuiltinId *id);
gboolean rs_interp_builtin_name  (const char *name, RsBuiltinId *id);
/* The module `import @name` binds */
gboolean rs_interp_module_name   (const char *name, RsBuiltinId *id);
/* list(x) and dict(x) */
gboolean rs_interp_builtin_list  (RsInterp *self, RsValue *args, guint n_args,
                                  guint line, RsValue *out);
gboolean rs_interp_builtin_dict  (RsInterp *self, RsValue *args, guint n_args,
                                  guint line, RsValue *out);
/* Stores (new references to) the entries of dict @src in @dst. */
gboolean rs_interp_dict_update   (RsInterp *self, RsObjId dst, RsObjId src, guint line);
/* Appends (new references to) @items to @list. */
void     rs_interp_list_extend   (RsInterp *self, RsObjId list, GArray *items);
/* The items of a list, dict (keys), range or str, borrowed (plain values
 * made for ranges and strings); FALSE with TypeError for the rest. */
gboolean rs_interp_iter_items    (RsInterp *self, RsValue v, guint line, GArray *items);

/* rs-interp-methods.c */
extern const RsBuiltinRow rs_interp_methods[RS_N_BUILTINS];
gboolean rs_interp_builtin_method (RsInterp *self, RsValue owner, const char *name,
                                   RsBuiltinId *id);
gboolean rs_interp_key_error     (RsInterp *self, RsValue key, guint line);
/* The KeyError of popitem() on an empty dict */
gboolean rs_interp_popitem_empty (RsInterp *self, guint line);
/* Whether @name is a method of CPython's str that the subset leaves out
 * (rs-interp-str.c): run-time rejections name it */
gboolean rs_interp_str_other_method (const char *name);

/* rs-interp-id.c: the deterministic ids of LANGUAGE.md */
/* The address CPython's reprs show: the value's id() when id() has seen
 * it or it is traced, else one outside the ranges id() hands out. */
guint64  rs_interp_address       (RsInterp *self, RsValue v);
gboolean rs_interp_id            (RsInterp *self, RsValue v, guint line, RsValue *out);
/* type(v).__name__ (rs_interp_type_name without the module), as the
 * oracle's run-time rejections name a value */
const char *rs_interp_type_base_name (RsInterp *self, RsValue v);

/* rs-interp-tuple.c: tuple displays, tuple(), indexing and operators */
gboolean rs_interp_eval_tuple    (RsInterp *self, const RsExpr *e, RsValue *out);
gboolean rs_interp_is_tuple      (RsInterp *self, RsValue v);
RsValue  rs_interp_tuple_of      (RsInterp *self, const RsValue *items, guint n);
gboolean rs_interp_builtin_tuple (RsInterp *self, RsValue *args, guint n_args,
                                  guint line, RsValue *out);
gboolean rs_interp_tuple_getitem (RsInterp *self, RsValue tuple, RsValue index,
                                  guint line, RsValue *out);
/* FALSE when @op is no tuple operation on @a and @b */
/* rs-interp-values.c: a sequence repeat's count, an int that fits
 * Py_ssize_t (FALSE: not an int, or too big) */
gboolean rs_interp_repeat_count  (RsInterp *self, RsValue n, gint64 *times);
gboolean rs_interp_tuple_binop   (RsInterp *self, RsBinOp op, RsValue a, RsValue b, guint line,
                                  RsValue *out);

/* rs-interp-unpack.c: `a, *rest = value` (@target holds the star); the
 * temporary @value is consumed */
gboolean rs_interp_unpack_starred (RsInterp *self, const RsExpr *target, RsValue value);

/* rs-interp-values.c: type names, truth, hashing, arithmetic;
 * rs-interp-compare.c: comparisons */
/* An int to Python: small, big, or a bool */
static inline gboolean
rs_interp_is_int (RsValue v)
{
  RsValueTag t = RS_VALUE_TAG (v);
  return t == RS_TAG_INT || t == RS_TAG_BIGINT || v == RS_VALUE_TRUE || v == RS_VALUE_FALSE;
}
/* Releases @n values first to last (a call's arguments, a dict's values) */
static inline void
rs_interp_release_in_order (RsInterp      *self,
                            const RsValue *values,
                            guint          n)
{
  for (guint i = 0; i < n; i++)
    rs_heap_decref (self->heap, values[i]);
}
/* Releases @n values last to first, as the stack unwinds */
static inline void
rs_interp_release_top_first (RsInterp      *self,
                             const RsValue *values,
                             guint          n)
{
  for (guint i = n; i > 0; i--)
    rs_heap_decref (self->heap, values[i - 1]);
}
/* A small int (or a bool) as a number */
static inline gint64
rs_interp_small_int (RsValue v)
{
  if (v == RS_VALUE_TRUE)
    return 1;
  if (v == RS_VALUE_FALSE)
    return 0;
  return rs_value_get_int (v);
}
/* An int or a float */
static inline gboolean
rs_interp_is_number (RsValue v)
{
  return rs_interp_is_int (v) || RS_VALUE_TAG (v) == RS_TAG_FLOAT;
}
const char *rs_interp_type_name  (RsInterp *self, RsValue v);
gboolean rs_interp_truthy        (RsInterp *self, RsValue v);
gint     rs_interp_equal         (RsInterp *self, RsValue a, RsValue b, guint line);
/* rs-interp-dict-lookup.c: @key hashed, then found in @dict (*@at -1: not
 * there) the way CPython's probing calls __eq__ */
gboolean rs_interp_dict_lookup   (RsInterp *self, RsObjId dict, RsValue key, guint line, gint *at);
gboolean rs_interp_dict_lookup_hashed (RsInterp *self, RsObjId dict, RsValue key, guint line, gint *at);
RsValue  rs_interp_dict_key_at  (RsInterp *self, RsObjId dict, gint at, RsValue key);
gboolean rs_interp_dict_store_take (RsInterp *self, RsObjId dict, RsValue key, RsValue value, guint line);
gboolean rs_interp_dict_store    (RsInterp *self, RsObjId dict, RsValue key, RsValue value,
                                  gboolean borrowed, guint line);
gboolean rs_interp_dict_merge    (RsInterp *self, RsObjId dst, RsObjId src, guint line);
/* rs-interp-mapping.c: an object with keys() as a mapping.  @store gets
 * each key (borrowed) in order and takes its value by subscript. */
typedef gboolean (*RsMappingStore) (RsInterp *self, RsValue mapping, RsValue key,
                                    guint line, gpointer data);
gboolean rs_interp_has_keys      (RsInterp *self, RsValue v);
gboolean rs_interp_mapping_each  (RsInterp *self, RsValue mapping, guint line,
                                  RsMappingStore store, gpointer data);
/* dict_merge of mapping @mapping into @dict (update, `{**m}`, dict(m)) */
gboolean rs_interp_mapping_merge (RsInterp *self, RsObjId dict, RsValue mapping, guint line);
/* rs-interp-dict-display.c: `{k: v, **m}` */
gboolean rs_interp_eval_dict     (RsInterp *self, const RsExpr *e, RsValue *out);
/* rs-interp-timsort.c: list.sort's timsort over @keys, @values along */
#define RS_SORT_ONE_RUN 64   /* timsort's MIN_MERGE: shorter lists are one run */
typedef struct {
  RsInterp *interp;
  RsValue  *keys;
  RsValue  *values;
  guint     line;
} RsSort;
gboolean rs_interp_timsort       (RsSort *s, guint n);
void     rs_interp_sort_reverse  (RsSort *s, guint lo, guint hi);
void     rs_interp_reverse_values (RsValue *v, guint lo, guint hi);
/* rs-interp-tuple.c: whether `*v` can be walked (else TypeError) */
gboolean rs_interp_star_iterable (RsInterp *self, RsValue v, guint line);
/* rs-interp-views.c: PyObject_LengthHint's visible part (FALSE: raised) */
gboolean rs_interp_length_hint   (RsInterp *self, RsValue iterable, guint line);
/* -1, 0, 1 for two ints */
gint     rs_interp_int_cmp       (RsInterp *self, RsValue a, RsValue b);
/* rs-interp-identity.c: `@a is @b`, FALSE (rejected) where the model cannot tell */
gboolean rs_interp_identical     (RsInterp *self, RsValue a, RsValue b, guint line, gboolean *result);
gboolean rs_interp_compare       (RsInterp *self, RsCmpOp op, RsValue a, RsValue b,
                                  guint line, gboolean *result);
gboolean rs_interp_binop         (RsInterp *self, RsBinOp op, RsValue a, RsValue b,
                                  guint line, RsValue *out);
gboolean rs_interp_negate        (RsInterp *self, RsValue v, guint line, RsValue *out);
/* +@v: the number itself (a bool as its int) */
gboolean rs_interp_positive      (RsInterp *self, RsValue v, guint line, RsValue *out);
/* The str of keyword @i of @kw, as a **kwargs dict gets it */
RsValue  rs_interp_kw_key         (RsInterp *self, const RsCallKw *kw, guint i);
RsValue  rs_interp_make_int      (RsInterp *self, gint64 i);
/* The int value of @b, which it clears */
RsValue  rs_interp_big_value     (RsInterp *self, RsBig *b);
/* An int (a bool too) as an RsBig of the caller's */
RsBig    rs_interp_int_to_big    (RsInterp *self, RsValue v);
/* The int of a literal's digits (RsExpr's integer.digits) */
RsValue  rs_interp_int_literal   (RsInterp *self, const char *digits);
/* An int (a bool too) that fits 64 bits; FALSE for a bigger one */
gboolean rs_interp_int_to_int64  (RsInterp *self, RsValue v, gint64 *out);
/* The decimal text of an int, NULL past CPython's RS_BIG_MAX_STR_DIGITS */
char    *rs_interp_int_text      (RsInterp *self, RsValue v);
RsValue  rs_interp_make_str      (RsInterp *self, const char *s, gssize len);
/* rs-interp-str-identity.c: which object a str computation gives */
RsValue  rs_interp_new_str       (RsInterp *self, const char *s, gssize len);
RsValue  rs_interp_static_str    (RsInterp *self, const char *text);
RsValue  rs_interp_code_name     (RsInterp *self, guint32 atom);
RsValue  rs_interp_result_str    (RsInterp *self, const char *s, gssize len);
RsValue  rs_interp_substr        (RsInterp *self, RsValue v, gsize start, gsize bytes);
RsValue  rs_interp_str_folded     (const RsExpr *e, RsValue v);
RsValue  rs_interp_char_str       (RsInterp *self, const char *p);
void     rs_interp_text_begin     (RsInterp *self);
void     rs_interp_text_object    (RsInterp *self, RsValue v, GString *out);
RsValue  rs_interp_text_str       (RsInterp *self, const GString *text, gboolean fresh);
RsValue  rs_interp_pass_str       (RsInterp *self, RsValue v);
RsValue  rs_interp_passed_str     (RsInterp *self, const char *text, gsize len, gboolean shared);
gboolean rs_interp_get_index     (RsInterp *self, RsValue v, gint64 *i);
gboolean rs_interp_hashable      (RsInterp *self, RsValue key, guint line);
/* Code points in @len bytes of UTF-8 (NUL included) */
glong    rs_interp_str_length    (const char *s, gsize len);

/* rs-interp-intops.c: & | ^ << >> ** on ints (both operands ints), ~ */
gboolean rs_interp_int_op        (RsInterp *self, RsBinOp op, RsValue a, RsValue b,
                                  guint line, RsValue *out);
gboolean rs_interp_invert        (RsInterp *self, RsValue v, guint line, RsValue *out);
/* int.bit_length() and int.bit_count() (rows of rs_interp_methods) */
gboolean rs_interp_int_bit_length (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_int_bit_count (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);

/* rs-interp-inplace.c: augmented assignment, `in`, and the dict operators */
/* d | e for two dicts: a new dict */
gboolean rs_interp_dict_or       (RsInterp *self, RsValue a, RsValue b, guint line,
                                  RsValue *out);
/* x op= y: in place for lists and dicts, else as x op y */
gboolean rs_interp_inplace_op    (RsInterp *self, RsBinOp op, RsValue a, RsValue b,
                                  guint line, RsValue *out);
gboolean rs_interp_exec_augassign (RsInterp *self, const RsStmt *s);

/* rs-interp-stmt-ops.c: assert */
gboolean rs_interp_exec_assert   (RsInterp *self, const RsStmt *s);
/* rs-interp-annotation.c: annotated assignment, annotations */
gboolean rs_interp_exec_annassign (RsInterp *self, const RsStmt *s);
/* Evaluates the annotation @e; appends its value to @keep (a generic
 * alias or a union: what it holds), or releases it (@keep NULL) */
gboolean rs_interp_eval_annotation (RsInterp *self, const RsExpr *e, GArray *keep);
void     rs_interp_class_annotations (RsInterp *self, RsFrame *f);
/* @item in @container */
gboolean rs_interp_contains      (RsInterp *self, RsValue container, RsValue item,
                                  guint line, gboolean *result);

/* rs-interp-float.c: floats and true division */
RsValue  rs_interp_make_float    (RsInterp *self, double d);
/* An int or float as a double; FALSE with OverflowError for a huge int */
gboolean rs_interp_to_double     (RsInterp *self, RsValue v, guint line, double *out);
/* The int equal to integral, finite @d */
RsValue  rs_interp_int_of_double (RsInterp *self, double d);
/* -1, 0, 1 of two numbers, exact; 2 when a nan leaves them unordered */
gint     rs_interp_number_cmp    (RsInterp *self, RsValue a, RsValue b);
/* @op on numbers of which one is a float, or int / int */
gboolean rs_interp_float_binop   (RsInterp *self, RsBinOp op, RsValue a, RsValue b,
                                  guint line, RsValue *out);
gboolean rs_interp_float_divmod  (RsInterp *self, RsValue a, RsValue b, guint line,
                                  double *div, double *mod);
/* int() of a float, truncated: FALSE for inf and nan */
gboolean rs_interp_float_to_int  (RsInterp *self, RsValue v, guint line, RsValue *out);
/* One %e %E %f %F %g %G conversion; @sign: '+', ' ' or 0 */
gboolean rs_interp_percent_float (RsInterp *self, char conv, RsValue v, gint precision,
                                  gboolean alt, char sign, GString *out, guint line);

/* rs-interp-numbers.c: the number builtins (RsBuiltinFunc rows) */
gboolean rs_interp_builtin_int   (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_builtin_float (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_builtin_str   (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_builtin_bool  (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_builtin_abs   (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_builtin_round (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
/* rs-interp-pow.c */
gboolean rs_interp_builtin_pow   (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
/* int, float, str and bool are types, not functions */
static inline gboolean
rs_interp_builtin_is_number_type (guint id)
{
  return id == RS_BI_INT || id == RS_BI_FLOAT || id == RS_BI_STR || id == RS_BI_BOOL;
}
/* @a ** @b of two numbers (TypeError for the rest) */
gboolean rs_interp_power         (RsInterp *self, RsValue a, RsValue b, guint line, RsValue *out);

/* rs-interp-format.c: str(), repr() and ascii() of values */
/* FALSE when CPython's str() fails: nested too deep (RecursionError), an
 * int of more than 4300 digits (ValueError); the kind in format_error */
gboolean rs_interp_str           (RsInterp *self, RsValue v, GString *out);
void     rs_interp_repr          (RsInterp *self, RsValue v, GString *out);
/* str(), repr() or ascii() of @v for the conversion 's', 'r' or 'a';
 * FALSE with the error raised where CPython's fails */
gboolean rs_interp_convert       (RsInterp *self, RsValue v, char conversion,
                                  guint line, GString *out);
/* After rs_interp_str failed: raises the error of format_error, unless a
 * script __str__ or __repr__ raised it already.  Returns FALSE. */
gboolean rs_interp_format_failed (RsInterp *self, guint line);

/* rs-interp-print.c: print(), the row's and with keywords (sep=, end=) */
gboolean rs_interp_builtin_print (RsInterp *self, RsValue *args, guint n_args,
                                  guint line, RsValue *out);
gboolean rs_interp_print_kw      (RsInterp *self, RsValue *args, guint n_args,
                                  const RsCallKw *kw, guint line);

/* rs-interp-printf.c: @format % @arg, str's printf-style formatting */
gboolean rs_interp_str_format    (RsInterp *self, RsValue format, RsValue arg,
                                  guint line, RsValue *out);

/* rs-interp-format-spec.c: format() and the spec mini-language */
/* Appends format(@v, spec) to @out: str's and int's __format__, or
 * object.__format__ (the empty spec only) */
gboolean rs_interp_format        (RsInterp *self, RsValue v, const char *spec,
                                  gsize spec_len, guint line, GString *out);
gboolean rs_interp_builtin_format (RsInterp *self, RsValue *args, guint n_args,
                                   guint line, RsValue *out);
/* The digits of the int @v in @base (2, 8, 10 or 16), lower case,
 * without its sign; FALSE with CPython's ValueError past its limit on
 * decimal text */
/* CPython's ValueError for an int past its limit on decimal text */
gboolean rs_interp_raise_int_text_limit (RsInterp *self, guint line);
gboolean rs_interp_int_digits    (RsInterp *self, RsValue v, guint base,
                                  gboolean *negative, GString *out, guint line);
/* hex(), oct() and bin() of @v in @base */
gboolean rs_interp_builtin_to_base (RsInterp *self, RsValue v, guint base,
                                    guint line, RsValue *out);

/* rs-interp-slice.c: a[i:j:k] (@e, @target: a subscript whose index is
 * an RS_EXPR_SLICE); the store consumes the temporary @value */
gboolean rs_interp_eval_slice    (RsInterp *self, const RsExpr *e, RsValue *out);
gboolean rs_interp_store_slice   (RsInterp *self, const RsExpr *target, RsValue value);
gboolean rs_interp_del_slice     (RsInterp *self, const RsExpr *target);
/* A slice bound, or a start or end of str.find and friends: None keeps
 * @dflt, an int too big for 64 bits is clamped */
gboolean rs_interp_slice_index   (RsInterp *self, RsValue v, gint64 dflt, guint line,
                                  gint64 *out);
/* The oracle's _listify: a new traced list of @items (new references
 * that move in), as a slice or split() returns it */
gboolean rs_interp_listify       (RsInterp *self, GArray *items, guint line, RsValue *out);

/* rs-interp-special.c, rs-interp-special-compare.c,
 * rs-interp-special-numbers.c: the special methods of script classes,
 * found on the type (the class, then its bases) and called as script
 * calls; the protocols below are the ones every operation and builtin
 * goes through */
typedef enum {
  RS_SPECIAL_ABSENT,   /* the class does not define it: nothing ran */
  RS_SPECIAL_OK,       /* called; @out holds the new result */
  RS_SPECIAL_RAISED,   /* called, and it raised */
} RsSpecial;
/* The class of @v when it is an instance of a script class, else 0 */
RsObjId  rs_interp_instance_class (RsInterp *self, RsValue v);
/* Whether @v is an instance of a script class */
gboolean rs_interp_is_instance   (RsInterp *self, RsValue v);
/* Whether type(@v) is a script class that defines (or inherits) @name */
gboolean rs_interp_has_special   (RsInterp *self, RsValue v, const char *name);
/* Calls type(@obj).@name(@obj, *@args); borrows @obj and @args */
RsSpecial rs_interp_call_special (RsInterp *self, RsValue obj, const char *name,
                                  RsValue *args, guint n_args, guint line, RsValue *out);
/* Appends what __repr__ (@repr) or __str__, else __repr__, returns;
 * *@found is FALSE (and nothing ran) when the class defines neither */
gboolean rs_interp_special_text  (RsInterp *self, RsValue v, gboolean repr, GString *out,
                                  gboolean *found);
/* Whether str() or repr() of @v may run a script __str__ or __repr__ */
gboolean rs_interp_text_runs_code (RsInterp *self, RsValue v);
/* format(@v, spec) of an instance: its __format__, or object's */
gboolean rs_interp_special_format (RsInterp *self, RsValue v, const char *spec, gsize spec_len,
                                   guint line, GString *out);
/* The truth of @v (PyObject_IsTrue): __bool__, else __len__, of an
 * instance; FALSE when they raised */
gboolean rs_interp_truth         (RsInterp *self, RsValue v, guint line, gboolean *result);
/* len() through __len__, checked as CPython does */
RsSpecial rs_interp_special_len  (RsInterp *self, RsValue v, guint line, gint64 *n);

/* @v @op @w as a value (PyObject_RichCompare): the rich comparisons of
 * instances try their methods, the reflected one too, as CPython does */
gboolean rs_interp_compare_value (RsInterp *self, RsCmpOp op, RsValue v, RsValue w,
                                  guint line, RsValue *out);
/* ... and its truth (what sort, min and max use) */
gboolean rs_interp_compare_truth (RsInterp *self, RsCmpOp op, RsValue v, RsValue w,
                                  guint line, gboolean *result);
/* rs-interp-object.c: object's special methods through super() or a
 * script class; the first is TRUE when it decided (*@ok FALSE: rejected) */
gboolean rs_interp_special_method_attr (RsInterp *self, RsValue owner, const char *name,
                                        guint line, gboolean *ok, RsValue *out);
gboolean rs_interp_object_method (RsInterp *self, RsValue obj, const char *name,
                                  guint line, gboolean *ok, RsValue *out);
gboolean rs_interp_is_object_method (RsValue func);
gboolean rs_interp_object_repr   (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_object_eq     (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_object_ne     (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
/* @v @op @w for an order @op of two lists or two tuples that hold
 * instances (FALSE: they are not): the first items that differ decide,
 * *@ok FALSE when a method raised */
gboolean rs_interp_sequence_order (RsInterp *self, RsCmpOp op, RsValue v, RsValue w,
                                   guint line, gboolean *ok, RsValue *out);
/* rs_interp_equal of a list's @item, held while a script __eq__ runs */
gint     rs_interp_item_equal    (RsInterp *self, RsValue item, RsValue other, guint line);
/* What rs_interp_equal returns when a script __eq__ (or __bool__) raised */
#define RS_EQUAL_RAISED (-2)
/* PyObject_RichCompareBool(@v, @w, Py_EQ) where one is an instance,
 * identity aside: 1, 0 or RS_EQUAL_RAISED */
gint     rs_interp_special_equal (RsInterp *self, RsValue v, RsValue w);
/* @v @op @w where one is an instance: __op__, __rop__ in CPython's order
 * (a subclass's reflected one first); NotImplemented when neither did */
gboolean rs_interp_special_binop (RsInterp *self, RsBinOp op, RsValue v, RsValue w,
                                  guint line, RsValue *out);
/* @v @op= @w of an instance: __iop__, else as @v @op @w */
gboolean rs_interp_special_inplace (RsInterp *self, RsBinOp op, RsValue v, RsValue w,
                                    guint line, RsValue *out);
/* -v, +v, ~v, abs(v) of an instance: @name, or "bad operand type for @what" */
gboolean rs_interp_special_unary (RsInterp *self, RsValue v, const char *name,
                                  const char *what, guint line, RsValue *out);
/* type(@container).@name(@container, *@args): __getitem__, __setitem__,
 * __delitem__ (@out NULL: the result is dropped); TypeError @missing
 * (a format with the type's name) when it is not defined */
gboolean rs_interp_special_item  (RsInterp *self, const char *name, RsValue container,
                                  RsValue *args, guint n_args, guint line, RsValue *out,
                                  const char *missing);
/* @item in instance @container: __contains__ */
gboolean rs_interp_special_contains (RsInterp *self, RsValue container, RsValue item,
                                     guint line, gboolean *result);
/* Calls an instance whose class defines __call__; consumes as
 * rs_interp_call_kw */
gboolean rs_interp_special_call  (RsInterp *self, RsValue callable, RsValue *args, guint n_args,
                                  const RsCallKw *kw, guint line, RsValue *out);
/* iter(@v) of an instance: what __iter__ returns, which must be an
 * iterator (an instance with __next__, or a builtin iterator) */
gboolean rs_interp_special_iter  (RsInterp *self, RsValue v, guint line, RsValue *iter);
/* next() of an instance iterator: its __next__; *@done when it raised
 * StopIteration, which is then cleared */
gboolean rs_interp_special_next  (RsInterp *self, RsValue iter, guint line, RsValue *item,
                                  gboolean *done);
/* int(@v) or float(@v) (@to_float) of an instance: __int__, __float__ */
gboolean rs_interp_special_number (RsInterp *self, RsValue v, gboolean to_float, guint line,
                                   RsValue *out);
/* An instance as an index (PyNumber_Index): its __index__ as an int;
 * @out is @v itself for other values and classes without __index__ */
gboolean rs_interp_special_index (RsInterp *self, RsValue v, guint line, RsValue *out);
/* Whether instance @key can be a dict key: its class's __hash__ (None
 * when it has __eq__ alone) runs; FALSE with the error */
gboolean rs_interp_special_hash  (RsInterp *self, RsValue key, guint line);
/* The number %-conversion @conv formats for instance @v (its __int__,
 * __index__ or __float__), or @v itself */
gboolean rs_interp_special_percent (RsInterp *self, char conv, RsValue v, guint line,
                                    RsValue *out);
/* The fallback of a failed attribute lookup on an instance: __getattr__ */
RsSpecial rs_interp_special_getattr (RsInterp *self, RsValue owner, const char *name,
                                     guint line, RsValue *out);
/* FALSE: @v cannot be iterated (TypeError), or only through __getitem__
 * or outside a for loop (rejected while running) */
gboolean rs_interp_special_not_iterable (RsInterp *self, RsValue v, guint line);

/* rs-interp-fstring.c */
gboolean rs_interp_eval_joined   (RsInterp *self, const RsExpr *e, RsValue *out);

/* The iteration builtins and the list and dict methods of L1 */
/* rs-interp-builtins.c: a builtin's call with keywords (@kw: NULL, none;
 * borrowed like the arguments) */
gboolean rs_interp_call_builtin_kw (RsInterp *self, RsBuiltinId id, RsValue *args,
                                    guint n_args, const RsCallKw *kw, guint line,
                                    RsValue *out);
gboolean rs_interp_builtin_takes_keywords (RsBuiltinId id);
/* The keywords of the builtin @func running now: the value of each of
 * @names (NULL-terminated) borrowed in @values, ABSENT when not given;
 * FALSE with CPython's TypeError for a keyword not in @names */
gboolean rs_interp_builtin_keywords (RsInterp *self, const char *func,
                                     const char *const *names, RsValue *values,
                                     guint line);
/* The iteration state of a for loop: an iterator object for lists and
 * dicts (it holds the container), plain numbers for ranges and strings. */
typedef struct {
  RsValue  iter;        /* RS_KIND_ITERATOR object, an instance with __next__, or ABSENT */
  gint64   next, stop, stepby;
  RsValue  str;         /* iterating a string */
  gsize    offset;
  guint    line;        /* of the loop or the builtin: a dict's RuntimeError */
  gboolean failed;      /* __next__ raised */
} RsForState;
/* rs-interp-loops.c: the for loop's iteration, for the builtins that
 * consume an iterable.  Begin consumes the temporary @v; next gives a new
 * reference; end drops the iterator. */
gboolean rs_interp_iter_begin    (RsInterp *self, RsValue v, guint line, RsForState *st);
gboolean rs_interp_iter_next     (RsInterp *self, RsForState *st, RsValue *item);
void     rs_interp_iter_end      (RsInterp *self, RsForState *st);
/* rs-interp-sort.c: list.sort() and sorted() */
gboolean rs_interp_list_sort     (RsInterp *self, RsValue *args, guint n_args,
                                  guint line, RsValue *out);
gboolean rs_interp_builtin_sorted (RsInterp *self, RsValue *args, guint n_args,
                                   guint line, RsValue *out);
/* rs-interp-reduce.c: min, max, sum, any, all, divmod */
gboolean rs_interp_builtin_min   (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_builtin_max   (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_builtin_sum   (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_builtin_any   (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_builtin_all   (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_builtin_divmod (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
/* rs-interp-dict-methods.c */
/* dict(x, **kw) and d.update(x, **kw) of dict @d: @args (none or one)
 * and the running builtin's keywords */
gboolean rs_interp_dict_fill     (RsInterp *self, RsObjId d, RsValue *args, guint n_args, guint line);
/* d.update(pairs), d |= pairs: each item of @seq a sequence of two */
gboolean rs_interp_dict_update_pairs (RsInterp *self, RsObjId d, RsValue seq, guint line);
/* The two items of update sequence element @item (#@i), borrowed, in @pair */
gboolean rs_interp_dict_pair_of  (RsInterp *self, RsValue item, guint i, guint line, GArray *pair);
gboolean rs_interp_dict_update_method (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_dict_setdefault (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_dict_popitem  (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_dict_fromkeys (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
/* rs-interp-views.c: dict views and iterators */
gboolean rs_interp_is_view       (RsInterp *self, RsValue v);
/* type(@o).__name__ of an RS_KIND_ITERATOR */
const char *rs_interp_iter_type_name (RsInterp *self, RsObj *o);
/* A new iterator of dict or view @v */
RsValue  rs_interp_dict_iter     (RsInterp *self, RsValue v);
/* The next item of dict iterator @it (a new reference); FALSE when it is
 * exhausted, or with RuntimeError when the dict changed size */
gboolean rs_interp_dict_iter_next (RsInterp *self, RsObj *it, guint line, RsValue *item);
gboolean rs_interp_dict_keys     (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_dict_values   (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_dict_items    (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gint64   rs_interp_view_length   (RsInterp *self, RsObj *view);
gboolean rs_interp_view_contains (RsInterp *self, RsObj *view, RsValue item, guint line,
                                  gboolean *result);
/* rs_interp_iter_items of a keys or values view (an items view is
 * rejected there: its tuples are new) */
gboolean rs_interp_view_items    (RsInterp *self, RsObj *view, guint line, GArray *items);
/* rs-interp-iter.c: iterator objects */
/* iter(@v): a new reference to an iterator */
gboolean rs_interp_get_iter      (RsInterp *self, RsValue v, guint line, RsValue *out);
/* The next item of an iterator that is not the for loop's kind (range,
 * str, reversed, enumerate, zip, map, filter), as rs_interp_iter_next */
gboolean rs_interp_iter_source_next (RsInterp *self, RsObjId it, guint line, RsValue *item);
/* type(it).__name__ of those; NULL for the for loop's */
const char *rs_interp_iter_source_name (RsInterp *self, RsIterData *d);
/* Exhausted: iterator @it lets go of its list, tuple or dict */
void     rs_interp_iter_drop_seq (RsInterp *self, RsObjId it);
/* Iterator @it holds a tuple of @n Nones that its steps reuse */
void     rs_interp_iter_hold_result (RsInterp *self, RsObjId it, guint n);
/* (@a, @b), their temporaries moved in: @it's reused tuple when only
 * it holds that, else a new one */
RsValue  rs_interp_iter_pair     (RsInterp *self, RsObjId it, RsValue a, RsValue b);
/* Appends new references to the items of iterator or view @v to @items;
 * FALSE (none appended) when an error stops it */
gboolean rs_interp_iter_collect  (RsInterp *self, RsValue v, guint line, GArray *items);
/* UNPACK_SEQUENCE of iterator or view @value (consumed) into @n new
 * references */
gboolean rs_interp_unpack_iter   (RsInterp *self, RsValue value, guint n, guint line,
                                  RsValue *out);
/* Stops the run: iterator or items view @v is walked where its new
 * references have no owner (a starred unpacking) */
gboolean rs_interp_reject_iterated (RsInterp *self, RsValue v, guint line);
gboolean rs_interp_iter_contains (RsInterp *self, RsValue it, RsValue item, guint line,
                                  gboolean *result);
gboolean rs_interp_builtin_iter  (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_builtin_next  (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_builtin_reversed (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_builtin_enumerate (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_builtin_zip   (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_builtin_map   (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
gboolean rs_interp_builtin_filter (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
/* list(x) and l.extend(x): appends the items of @iterable to @list */
gboolean rs_interp_list_fill     (RsInterp *self, RsObjId list, RsValue iterable, guint line);

/* rs-interp-traceback.c: tracebacks, the frames an exception keeps */
/* @frame finished by an error: the traceback the error makes keeps it */
void     rs_interp_frame_unwound (RsInterp *self, RsFrame *frame);
/* @frame returned: released, unless a frame object keeps it */
void     rs_interp_frame_finish  (RsInterp *self, RsFrame *frame);
/* One reference to @frame's frame object less */
void     rs_interp_frame_unkeep  (RsInterp *self, RsFrame *frame);
/* The frames of @traceback (that finished) are the exception @exc's */
void     rs_interp_traceback_keeper (RsInterp *self, gpointer traceback, RsObjId exc);
/* What a frame kept by an exception releases from the exception's slots:
 * its locals, then its function */
void     rs_interp_frame_mark_kept (RsInterp *self, RsFrame *f, gboolean marked);
void     rs_interp_frame_clear_kept (RsInterp *self, RsFrame *frame);
void     rs_interp_frame_pop_kept (RsInterp *self, RsFrame *frame);
/* The frames the error passed through since @first_frame join
 * @traceback (NULL: a new one) as its outer entries, and @catcher (the
 * frame whose handler takes the error, or NULL) as the outermost */
gpointer rs_interp_traceback_take (RsInterp *self, guint first_frame, gpointer traceback,
                                   RsFrame *catcher);
void     rs_interp_traceback_release (gpointer user_data, gpointer traceback);
void     rs_interp_traceback_clear (RsInterp *self, gpointer traceback);
/* Frees every traceback and the frames they keep, releasing nothing (the
 * interpreter goes) */
void     rs_interp_traceback_free_all (RsInterp *self);
void     rs_interp_traceback_traverse (gpointer user_data, gpointer traceback,
                                       void (*fn) (RsHeap *heap, RsValue v, gpointer data),
                                       RsHeap *heap, gpointer data);

/* rs-interp-exc.c: exception classes and objects; rs-interp-raise.c:
 * the error being raised, raise and try */
/* The builtin exception classes are RS_TAG_BUILTIN values from here on */
#define RS_EXC_CLASS_FIRST 0x10000
/* ... and their __init__ (BaseException_init) */
#define RS_EXC_INIT_FIRST  0x18000
gboolean rs_interp_exc_class_named (const char *name, RsValue *out);
/* Whether @v is a builtin exception class; its index in @cls */
gboolean rs_interp_exc_class_of  (RsValue v, guint *cls);
const char *rs_interp_exc_class_name (guint cls);
/* Whether builtin exception class @cls derives from @base (indices) */
gboolean rs_interp_exc_is_subclass (guint cls, guint base);
/* Class @cls was made: with the builtin exception base @exc_base
 * (G_MAXUINT: none), or a script one's subclass, it is an exception class */
void     rs_interp_exc_class_made (RsInterp *self, RsObjId cls, guint exc_base);
/* The builtin exception class among @bases of class statement @s, in
 * @exc_base (G_MAXUINT: none); FALSE, rejected while running, when the
 * bases mix exception classes and plain classes */
gboolean rs_interp_exc_bases     (RsInterp *self, const RsStmt *s, const RsValue *bases,
                                  guint n_bases, guint *exc_base);
/* A new instance of class @cls: with the call's @args, if it is an
 * exception class (BaseException_new) */
void     rs_interp_exc_instance_made (RsInterp *self, RsObjId cls, RsValue obj,
                                      const RsValue *args, guint n_args);
/* Whether BaseException's descriptor @name comes before an instance's
 * own attributes */
gboolean rs_interp_exc_is_attr   (const char *name);
/* Whether instances of script class @cls are exceptions */
gboolean rs_interp_exc_is_script_class (RsInterp *self, RsObjId cls);
/* Whether @v is the __init__ of a builtin exception class; the class in @cls */
gboolean rs_interp_exc_init_of   (RsValue v, guint *cls);
/* Calls the __init__ of exception class @cls on @args[0] (consumes @args) */
gboolean rs_interp_exc_init      (RsInterp *self, guint cls, RsValue *args, guint n_args,
                                  guint line, RsValue *out);
/* An attribute of the builtin exception class @owner */
gboolean rs_interp_exc_class_getattr (RsInterp *self, RsValue owner, const char *name,
                                      guint line, RsValue *out);
/* A new builtin exception of the class named @kind holding the tuple @args
 * (its temporary moves in) */
RsValue  rs_interp_exc_new_named (RsInterp *self, const char *kind, RsValue args);
/* isinstance(@exc, @type): FALSE in @is_class when @type is no exception class */
gboolean rs_interp_exc_isinstance (RsInterp *self, RsValue exc, RsValue type,
                                   gboolean *is_class);
/* Calls exception class @cls: @args (consumed) become its args */
gboolean rs_interp_exc_call      (RsInterp *self, guint cls, RsValue *args, guint n_args,
                                  RsValue *out);
/* An attribute of the builtin exception @owner (borrowed) */
gboolean rs_interp_exc_getattr   (RsInterp *self, RsValue owner, const char *name,
                                  guint line, RsValue *out);
/* STORE_ATTR on a builtin exception: consumes @owner and @value */
gboolean rs_interp_exc_setattr   (RsInterp *self, RsValue owner, const char *name,
                                  RsValue value, guint line);
/* str() of exception @x as BaseException_str (KeyError's: the repr of its key) */
gboolean rs_interp_exc_str_uses_repr (const RsExcData *x);
/* An error is being raised: it gets the handled exception as __context__ */
void     rs_interp_exc_note_raise (RsInterp *self);
RsExec   rs_interp_exec_try      (RsInterp *self, const RsStmt *s);
gboolean rs_interp_exec_raise    (RsInterp *self, const RsStmt *s);
/* The uncaught error's exception, before and after its error line:
 * what it carries goes first; after the line its kept frames release
 * their locals, innermost first (@frames), then it dies (@dies) */
void     rs_interp_exc_drop_carried (RsInterp *self);
void     rs_interp_exc_release_kept (RsInterp *self);
void     rs_interp_exc_release_raised (RsInterp *self);
/* A swallowed error (in __del__, a callback) goes with what it kept
 * since @first_held and @first_frame */
void     rs_interp_exc_discard   (RsInterp *self, guint first_held, guint first_frame);
/* What call_unraisable sets aside and puts back */
typedef struct {
  RsValue exc, context;
} RsExcSaved;
void     rs_interp_exc_set_aside (RsInterp *self, RsExcSaved *saved);
void     rs_interp_exc_restore   (RsInterp *self, const RsExcSaved *saved);

/* rs-interp-weakref.c: proxies, WeakMethod, getweakrefcount */
RsWeakData *rs_interp_weak_data  (RsInterp *self, RsValue v);
gboolean rs_interp_is_proxy      (RsInterp *self, RsValue v);
/* The referent of live proxy @proxy (borrowed), else ReferenceError */
gboolean rs_interp_proxy_referent (RsInterp *self, RsValue proxy, guint line, RsValue *referent);
/* UNWRAP: @v, if a proxy, becomes its referent (borrowed); FALSE when dead */
gboolean rs_interp_unwrap_proxy  (RsInterp *self, RsValue *v, guint line);
gboolean rs_interp_builtin_proxy (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out);
typedef gboolean (*RsUnaryFn) (RsInterp *self, RsValue v, guint line, RsValue *out);
/* WRAP_UNARY: @fn of the referent of @proxy, held meanwhile (ReferenceError once dead) */
gboolean rs_interp_proxy_unary   (RsInterp *self, RsValue proxy, RsUnaryFn fn, guint line, RsValue *out);
/* The same for builtin @fn whose first argument args[0] is a proxy */
gboolean rs_interp_proxy_builtin (RsInterp *self, RsBuiltinFunc fn, RsValue *args, guint n_args, guint line,
                                  RsValue *out);
gboolean rs_interp_builtin_getweakrefcount (RsInterp *self, RsValue *args, guint n_args, guint line,
                                            RsValue *out);
gboolean rs_interp_builtin_proxy_type (RsInterp *self, RsValue *args, guint n_args, guint line,
                                       RsValue *out);
gboolean rs_interp_builtin_callable_proxy_type (RsInterp *self, RsValue *args, guint n_args,
                                                guint line, RsValue *out);
gboolean rs_interp_builtin_weakmethod (RsInterp *self, RsValue *args, guint n_args, guint line,
                                       RsValue *out);
gboolean rs_interp_weakmethod_callback (RsInterp *self, RsValue *args, guint n_args, guint line,
                                        RsValue *out);
/* Calls a proxy or a WeakMethod, consuming all; *@handled FALSE for others */
gboolean rs_interp_weak_call     (RsInterp *self, RsValue callable, RsValue *args, guint n_args,
                                  const RsCallKw *kw, guint line, gboolean *handled, RsValue *out);
/* rs-interp-finalize.c: weakref.finalize */
gboolean rs_interp_is_finalizer  (RsInterp *self, RsValue v);
gboolean rs_interp_builtin_finalize (RsInterp *self, RsValue *args, guint n_args, guint line,
                                     RsValue *out);
/* Calls finalizer @callable, consuming all */
gboolean rs_interp_finalizer_call (RsInterp *self, RsValue callable, RsValue *args, guint n_args,
                                   const RsCallKw *kw, guint line, RsValue *out);
gboolean rs_interp_finalize_detach (RsInterp *self, RsValue *args, guint n_args, guint line,
                                    RsValue *out);
gboolean rs_interp_finalize_peek (RsInterp *self, RsValue *args, guint n_args, guint line,
                                  RsValue *out);
gboolean rs_interp_finalizer_getattr (RsInterp *self, RsValue owner, const char *name,
                                      gboolean *handled, RsValue *out);
gboolean rs_interp_finalizer_setattr (RsInterp *self, RsValue owner, const char *name,
                                      RsValue value, guint line);
void     rs_interp_format_finalizer (RsInterp *self, RsValue v, GString *out);

G_END_DECLS
