/* rs-check.h: the subset check and the scope analysis
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * rs_check_module() accepts exactly what the oracle (shared/oracle/trace.py,
 * class Checker, then CPython's compiler) accepts, reports the first
 * rejection at the position the oracle reports, and then fills in what the
 * interpreter needs: every def's RsScope and is_method, class-private names
 * mangled as CPython does.
 */
#pragma once

#include "rs-ast-private.h"

G_BEGIN_DECLS

/* Whether @name is special (`__name__`), not private (`__name`) */
gboolean rs_check_is_dunder (const char *name);
/* Whether the script may read attribute @name of the special ones
 * (`__class__`, `__qualname__`, ...) */
gboolean rs_check_dunder_attr (const char *name);
/* Whether @name is an attribute no value has in the subset (`valuerefs`,
 * `tb_frame`, `mro`, ...) */
gboolean rs_check_forbidden_attr (const char *name);
/* Whether the script may read special method @name as an attribute
 * (`super().__repr__`, `Base.__eq__`) */
gboolean rs_check_special_method (const char *name);
/* CPython's _Py_Mangle: private name @name (`__x`) inside class
 * @class_name (NULL: none) is `_C__x`; other names as they are (interned) */
const char *rs_check_mangle_name (const char *class_name,
                                  const char *name);
gboolean rs_check_module (RsModule *module,
                          GError  **error);

G_END_DECLS
