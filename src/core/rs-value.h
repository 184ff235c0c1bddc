/* rs-value.h: what the runtime and the history both say of values
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The built-in callables and modules an RS_TAG_BUILTIN value names, the
 * id() of a traced object and Python's repr() of a str: the interpreter
 * prints them, the snapshot labels its cards with them, the inspector
 * shows the id, and none may depend on the other.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Built-in callables and modules (RS_TAG_BUILTIN payloads).  A new one
 * is an id here, its name in rs-value.c, and for a callable a row of the
 * runtime's tables (rs-interp-builtins.c, rs-interp-methods.c). */
typedef enum {
  RS_BI_PRINT,
  RS_BI_LEN,
  RS_BI_RANGE,
  RS_BI_LIST,
  RS_BI_DICT,
  RS_BI_ID,
  RS_BI_MOD_GC,
  RS_BI_MOD_SYS,
  RS_BI_MOD_WEAKREF,
  RS_BI_GC_COLLECT,
  RS_BI_GC_ENABLE,
  RS_BI_GC_DISABLE,
  RS_BI_GC_ISENABLED,
  RS_BI_SYS_GETREFCOUNT,
  RS_BI_WEAKREF_REF,
  RS_BI_LIST_APPEND,
  RS_BI_LIST_POP,
  RS_BI_LIST_INSERT,
  RS_BI_LIST_REMOVE,
  RS_BI_LIST_CLEAR,
  RS_BI_LIST_INDEX,
  RS_BI_LIST_COUNT,
  RS_BI_LIST_EXTEND,
  RS_BI_LIST_REVERSE,
  RS_BI_LIST_COPY,
  RS_BI_DICT_POP,
  RS_BI_DICT_GET,
  RS_BI_DICT_CLEAR,
  RS_BI_DICT_KEYS,
  RS_BI_DICT_VALUES,
  RS_BI_DICT_ITEMS,
  RS_BI_DICT_COPY,
  RS_BI_OBJECT_INIT,   /* object.__init__, for Base.__init__(self) */
  RS_BI_OBJECT_REPR,   /* object's special methods through super() (rs-interp-object.c) */
  RS_BI_OBJECT_STR,
  RS_BI_OBJECT_EQ,
  RS_BI_OBJECT_NE,
  RS_BI_FORMAT,
  RS_BI_HEX,
  RS_BI_OCT,
  RS_BI_BIN,
  RS_BI_TUPLE,
  RS_BI_INT,           /* the number builtins (rs-interp-numbers.c) */
  RS_BI_FLOAT,
  RS_BI_STR,
  RS_BI_BOOL,
  RS_BI_ABS,
  RS_BI_ROUND,
  RS_BI_POW,
  RS_BI_REPR,
  RS_BI_ORD,
  RS_BI_CHR,
  RS_BI_STR_SPLIT,        /* the str methods (rs-interp-str*.c) */
  RS_BI_STR_RSPLIT,
  RS_BI_STR_SPLITLINES,
  RS_BI_STR_JOIN,
  RS_BI_STR_STRIP,
  RS_BI_STR_LSTRIP,
  RS_BI_STR_RSTRIP,
  RS_BI_STR_UPPER,
  RS_BI_STR_LOWER,
  RS_BI_STR_TITLE,
  RS_BI_STR_CAPITALIZE,
  RS_BI_STR_SWAPCASE,
  RS_BI_STR_CASEFOLD,
  RS_BI_STR_STARTSWITH,
  RS_BI_STR_ENDSWITH,
  RS_BI_STR_FIND,
  RS_BI_STR_RFIND,
  RS_BI_STR_INDEX,
  RS_BI_STR_RINDEX,
  RS_BI_STR_COUNT,
  RS_BI_STR_REPLACE,
  RS_BI_STR_CENTER,
  RS_BI_STR_LJUST,
  RS_BI_STR_RJUST,
  RS_BI_STR_ZFILL,
  RS_BI_STR_EXPANDTABS,
  RS_BI_STR_PARTITION,
  RS_BI_STR_RPARTITION,
  RS_BI_STR_ISDIGIT,
  RS_BI_STR_ISALPHA,
  RS_BI_STR_ISALNUM,
  RS_BI_STR_ISSPACE,
  RS_BI_STR_ISUPPER,
  RS_BI_STR_ISLOWER,
  RS_BI_STR_ISTITLE,
  RS_BI_STR_ISDECIMAL,
  RS_BI_STR_ISNUMERIC,
  RS_BI_STR_ISIDENTIFIER,
  RS_BI_STR_ISPRINTABLE,
  RS_BI_STR_ISASCII,
  RS_BI_STR_REMOVEPREFIX,
  RS_BI_STR_REMOVESUFFIX,
  RS_BI_STR_FORMAT,
  RS_BI_SORTED,        /* the iteration builtins (rs-interp-sort.c, rs-interp-reduce.c) */
  RS_BI_MIN,
  RS_BI_MAX,
  RS_BI_SUM,
  RS_BI_ANY,
  RS_BI_ALL,
  RS_BI_DIVMOD,
  RS_BI_LIST_SORT,     /* the list and dict methods L1 adds */
  RS_BI_DICT_SETDEFAULT,
  RS_BI_DICT_POPITEM,
  RS_BI_DICT_UPDATE,
  RS_BI_DICT_FROMKEYS, /* dict.fromkeys, found on the type */
  RS_BI_TYPE,          /* classes (rs-interp-introspect.c, rs-interp-decorate.c) */
  RS_BI_ISINSTANCE,
  RS_BI_ISSUBCLASS,
  RS_BI_CALLABLE,
  RS_BI_HASATTR,
  RS_BI_GETATTR,
  RS_BI_SETATTR,
  RS_BI_DELATTR,
  RS_BI_OBJECT,
  RS_BI_SUPER,
  RS_BI_STATICMETHOD,
  RS_BI_CLASSMETHOD,
  RS_BI_PROPERTY,
  RS_BI_PROPERTY_GETTER,
  RS_BI_PROPERTY_SETTER,
  RS_BI_PROPERTY_DELETER,
  RS_BI_TYPE_NONE,     /* what type() answers for values whose type has no name in the subset */
  RS_BI_TYPE_FUNCTION,
  RS_BI_TYPE_METHOD,
  RS_BI_TYPE_BUILTIN_FUNCTION,
  RS_BI_TYPE_MODULE,
  RS_BI_ITER,          /* iterator objects (rs-interp-iter.c) */
  RS_BI_NEXT,
  RS_BI_REVERSED,
  RS_BI_ENUMERATE,
  RS_BI_ZIP,
  RS_BI_MAP,
  RS_BI_FILTER,
  RS_BI_WEAKREF_PROXY,       /* weak helpers (rs-interp-weakref.c, rs-interp-finalize.c) */
  RS_BI_WEAKREF_FINALIZE,
  RS_BI_WEAKREF_WEAKMETHOD,
  RS_BI_WEAKREF_GETWEAKREFCOUNT,
  RS_BI_WEAKREF_PROXYTYPE,
  RS_BI_WEAKREF_CALLABLEPROXYTYPE,
  RS_BI_FINALIZE_DETACH,
  RS_BI_FINALIZE_PEEK,
  RS_BI_WEAKMETHOD_CALLBACK, /* the internal callback of a WeakMethod's two weak references */
  RS_BI_WEAKREF_WEAKVALUEDICT, /* the weak containers (rs-interp-weakdict.c) */
  RS_BI_WEAKREF_WEAKKEYDICT,
  RS_BI_WEAKREF_WEAKSET,
  RS_BI_WEAKDICT_REMOVE,       /* the callback of their weak references */
  RS_BI_WEAKDICT_GET, RS_BI_WEAKDICT_POP, RS_BI_WEAKDICT_SETDEFAULT, RS_BI_WEAKDICT_UPDATE,
  RS_BI_WEAKDICT_COPY, RS_BI_WEAKDICT_KEYS, RS_BI_WEAKDICT_VALUES, RS_BI_WEAKDICT_ITEMS,
  RS_BI_WEAKDICT_POPITEM, RS_BI_WEAKDICT_CLEAR,
  RS_BI_WEAKSET_UPDATE, RS_BI_WEAKSET_DIFFERENCE_UPDATE, RS_BI_WEAKSET_INTERSECTION_UPDATE,
  RS_BI_WEAKSET_SYMMETRIC_DIFFERENCE_UPDATE, RS_BI_WEAKSET_INTERSECTION, RS_BI_WEAKSET_UNION,
  RS_BI_WEAKSET_DIFFERENCE, RS_BI_WEAKSET_SYMMETRIC_DIFFERENCE, RS_BI_WEAKSET_ISSUBSET,
  RS_BI_WEAKSET_ISSUPERSET, RS_BI_WEAKSET_ISDISJOINT,
  RS_BI_WEAKSET_ADD, RS_BI_WEAKSET_DISCARD, RS_BI_WEAKSET_REMOVE, RS_BI_WEAKSET_CLEAR,
  RS_BI_WEAKSET_POP, RS_BI_WEAKSET_COPY,
  RS_BI_INT_BIT_LENGTH,  /* the int methods (rs-interp-intops.c) */
  RS_BI_INT_BIT_COUNT,
  RS_BI_TUPLE_INDEX,     /* the tuple methods (rs-interp-methods.c) */
  RS_BI_TUPLE_COUNT,
  RS_BI_TYPE_ELLIPSIS,         /* type(...) and type(NotImplemented) */
  RS_BI_TYPE_NOT_IMPLEMENTED,
  RS_N_BUILTINS
} RsBuiltinId;

extern const char * const rs_value_builtin_names[RS_N_BUILTINS];

/* The name of a builtin ("print", "gc", "append"), "?" out of range. */
const char *rs_value_builtin_str        (RsBuiltinId  id);
gboolean    rs_value_builtin_is_module  (RsBuiltinId  id);
/* id() of traced object @number, the address its repr shows:
 * 0x7F0000000000 + 16 * @number (LANGUAGE.md v2). */
guint64     rs_value_traced_id          (guint32      number);
/* Python's repr() of a str (lone surrogates kept as generalized UTF-8). */
void        rs_value_repr_str           (const char  *s,
                                         gsize        len,
                                         GString     *out);
/* Python's str.isprintable() of one code point (what repr() keeps) */
gboolean    rs_value_unichar_printable  (gunichar     c);
/* Whether @s holds a lone surrogate, which strict UTF-8 output refuses. */
gboolean    rs_value_str_has_surrogate  (const char  *s,
                                         gsize        len);

G_END_DECLS
