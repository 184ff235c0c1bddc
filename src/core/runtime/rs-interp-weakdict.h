/* rs-interp-weakdict.h: what the interpreter's operations ask of the weak containers
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * WeakValueDictionary, WeakKeyDictionary and WeakSet (rs-interp-weakdict.c):
 * subscripts, `in`, len(), iteration and repr() come here from the
 * generic operations; the constructors and methods are rows of
 * rs_interp_weakdict_rows.
 */
#pragma once

#include "rs-interp-private.h"

G_BEGIN_DECLS

extern const RsBuiltinRow rs_interp_weakdict_rows[RS_N_BUILTINS];

/* type(v).__name__ of a container, NULL for other values */
const char *rs_interp_weakdict_type_name (RsInterp *self, RsValue v);
/* The builtin class of container @v (what type() answers) */
RsBuiltinId rs_interp_weakdict_type      (RsInterp *self, RsValue v);
/* The owner of the methods of @v, RS_OWNER_NONE when it is no container */
guint    rs_interp_weakdict_method_owner (RsInterp *self, RsValue v);
/* The removal callback of a container's weak reference @wref */
void     rs_interp_weakdict_callback     (RsInterp *self, RsObjId wref);
guint    rs_interp_weakdict_len          (RsInterp *self, RsValue container);
gboolean rs_interp_weakdict_getitem      (RsInterp *self, RsValue container, RsValue key,
                                          guint line, RsValue *out);
/* @value moves in */
gboolean rs_interp_weakdict_setitem      (RsInterp *self, RsValue container, RsValue key,
                                          RsValue value, guint line);
gboolean rs_interp_weakdict_delitem      (RsInterp *self, RsValue container, RsValue key,
                                          guint line);
gboolean rs_interp_weakdict_contains     (RsInterp *self, RsValue container, RsValue key,
                                          guint line, gboolean *result);
/* A new iterator over what the container holds now (@what) */
gboolean rs_interp_weakdict_iter         (RsInterp *self, RsValue container, RsIterWhat what,
                                          guint line, RsValue *out);
/* The next item of such an iterator (RS_ITER_WEAKDICT) */
gboolean rs_interp_weakdict_next         (RsInterp *self, RsObjId it, guint line, RsValue *item);
/* Whether @v is a weak dict (a mapping: it has keys()) */
gboolean rs_interp_weakdict_is_mapping   (RsInterp *self, RsValue v);
/* dict(@container), d.update(@container): PyDict_Merge of a mapping, its
 * keys() listed first, then each looked up */
gboolean rs_interp_weakdict_merge        (RsInterp *self, RsObjId dict, RsValue container, guint line);
/* FALSE when rejected (a non-empty WeakSet) */
gboolean rs_interp_weakdict_repr         (RsInterp *self, RsValue container, guint line,
                                          GString *out);

/* `|` or `|=` (@inplace) with a weak dict: FALSE when not handled (not
 * two mappings); else *out is the result, ABSENT on an error */
gboolean rs_interp_weakdict_or           (RsInterp *self, RsBinOp op, RsValue a, RsValue b, gboolean inplace,
                                          guint line, RsValue *out);

/* What rs-interp-weakset.c shares with the containers */
extern const RsBuiltinRow rs_interp_weakset_rows[RS_N_BUILTINS];
/* Whether weakref.ref(@v) works; FALSE with CPython's TypeError */
gboolean rs_interp_weakdict_weakable     (RsInterp *self, RsValue v, guint line);
/* What weak reference @w refers to (ABSENT once dead) */
RsValue  rs_interp_weakdict_referent     (RsInterp *self, RsValue w);
/* A new weak reference of @container to @referent, calling back its removal */
RsValue  rs_interp_weakdict_new_ref      (RsInterp *self, RsValue container, RsValue referent);
/* ref(@referent): the shared callback-less one */
RsValue  rs_interp_weakdict_plain_ref    (RsInterp *self, RsValue referent);
/* The entry of a key dict or a set referring to @referent, -1 if none */
gint     rs_interp_weakdict_find_item    (RsInterp *self, RsValue container, RsValue referent);
/* Stores @value (borrowed; ABSENT in a set) under @key (borrowed) */
gboolean rs_interp_weakdict_store        (RsInterp *self, RsValue container, RsValue key, RsValue value,
                                          guint line);
/* update(@other) of a new or existing container */
gboolean rs_interp_weakdict_update_from  (RsInterp *self, RsValue container, RsValue other, guint line);
/* An error in a container's Python method keeps its frame (@args) */
gboolean rs_interp_weakdict_kept         (RsInterp *self, const RsValue *args, guint n_args, gboolean ok);
/* The argument count check of method @method, in CPython's words */
gboolean rs_interp_weakdict_arity        (RsInterp *self, RsValue container, const char *method,
                                          guint n_args, guint min, guint max, guint line);

/* Whether @v is a WeakSet */
gboolean rs_interp_weakset_is            (RsInterp *self, RsValue v);
/* A comparison with a WeakSet on either side */
gboolean rs_interp_weakset_compare       (RsInterp *self, RsCmpOp op, RsValue a, RsValue b, guint line,
                                          gboolean *result);
/* `|`, `&`, `-`, `^` (@inplace: `|=` ...) with a WeakSet on the left:
 * FALSE when not handled; else *out is the result, ABSENT on an error */
gboolean rs_interp_weakset_binop         (RsInterp *self, RsBinOp op, RsValue a, RsValue b, gboolean inplace,
                                          guint line, RsValue *out);

G_END_DECLS
