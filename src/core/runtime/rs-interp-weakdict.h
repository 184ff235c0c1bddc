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

G_END_DECLS
