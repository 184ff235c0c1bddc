/* rs-edit.h: the statements that the app's edit actions write
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Editing by hand is writing Python: every gesture becomes a statement of
 * the subset, appended to the script and run.  These builders need only a
 * snapshot (GLib only, tested without a display).  An object is editable
 * when a module-level expression reaches it; a leaked one never is.
 */
#pragma once

#include <glib.h>
#include "rs-snapshot.h"

G_BEGIN_DECLS

typedef enum {
  RS_EDIT_ERROR_LEAKED,       /* nothing in the program can reach the object */
  RS_EDIT_ERROR_UNREACHABLE,  /* only a running call can reach it */
  RS_EDIT_ERROR_BAD_NAME,     /* not a Python identifier, or a keyword */
  RS_EDIT_ERROR_UNSUPPORTED,  /* e.g. a weak reference to a list */
  RS_EDIT_ERROR_NOTHING,      /* nothing selected, or nothing to delete */
} RsEditError;

#define RS_EDIT_ERROR (rs_edit_error_quark ())
GQuark rs_edit_error_quark (void);

/* One strong holder of an object, for the inspector. */
typedef struct {
  char *label;       /* "a", "Foo #1.friend", "list #2[0]", "func: b" */
  char *delete_stmt; /* "del a", "del a.friend", or NULL when not editable */
} RsEditHolder;

void      rs_edit_holder_free     (RsEditHolder *holder);

gboolean  rs_edit_is_identifier   (const char       *name);
/* A module-level expression whose value is @id ("a", "a.friend[0]",
 * "w()"), or NULL with RS_EDIT_ERROR. */
char     *rs_edit_access_path     (const RsSnapshot *snapshot,
                                   RsObjId           id,
                                   GError          **error);
/* The first of a, b, c, ... that no module name uses. */
char     *rs_edit_free_name       (const RsSnapshot *snapshot);
/* Every strong holder of @id (RsEditHolder). */
GPtrArray *rs_edit_list_holders   (const RsSnapshot *snapshot,
                                   RsObjId           id);

char     *rs_edit_new_object      (const RsSnapshot *snapshot,
                                   const char       *class_name,
                                   const char       *name,
                                   GError          **error);
char     *rs_edit_bind_name       (const RsSnapshot *snapshot,
                                   RsObjId           id,
                                   const char       *name,
                                   GError          **error);
char     *rs_edit_store_reference (const RsSnapshot *snapshot,
                                   RsObjId           from,
                                   RsObjId           to,
                                   const char       *attribute,
                                   gboolean          weak,
                                   GError          **error);
/* Makes @holder's strong reference to @target weak ("a.friend =
 * weakref.ref(b)", "l[0] = ...", "d['k'] = ...", after `import weakref`
 * when the script has not imported it), or NULL with RS_EDIT_ERROR. */
char     *rs_edit_make_weak       (const RsSnapshot *snapshot,
                                   RsObjId           holder,
                                   RsObjId           target,
                                   GError          **error);
/* Deletes the first module name bound to @id. */
char     *rs_edit_delete_name     (const RsSnapshot *snapshot,
                                   RsObjId           id,
                                   GError          **error);
char     *rs_edit_collect         (const RsSnapshot *snapshot);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsEditHolder, rs_edit_holder_free)

G_END_DECLS
