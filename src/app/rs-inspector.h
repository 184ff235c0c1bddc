/* rs-inspector.h: who holds the selected object, and why it lives
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "rs-explain-view.h"
#include "rs-graph-view.h"
#include "rs-snapshot.h"

G_BEGIN_DECLS

#define RS_TYPE_INSPECTOR (rs_inspector_get_type ())
G_DECLARE_FINAL_TYPE (RsInspector, rs_inspector, RS, INSPECTOR, GtkWidget)

/* Shows object @id of @snapshot; nothing when @snapshot is NULL or @id is
 * not alive there. */
void        rs_inspector_show       (RsInspector      *self,
                                     const RsSnapshot *snapshot,
                                     RsObjId           id);
/* Where the answers of its explain view are drawn (and the session). */
void        rs_inspector_set_canvas (RsInspector      *self,
                                     RsGraphView      *canvas);
RsExplainView *rs_inspector_get_explain_view (RsInspector *self);
/* The what-if line under Held by, and what pointing at row @index shows. */
const char *rs_inspector_get_what_if (RsInspector     *self);
void        rs_inspector_preview_holder (RsInspector  *self,
                                     guint             index);
RsObjId     rs_inspector_get_object (RsInspector      *self);
/* "refcount 2 = a, Foo #2.friend" */
const char *rs_inspector_get_ledger (RsInspector      *self);
/* "id 0x7f0000000010" for a traced object, else NULL */
const char *rs_inspector_get_id     (RsInspector      *self);
/* "Reachable", "Leaked, in cycle 1: ...", ... */
const char *rs_inspector_get_status (RsInspector      *self);

G_END_DECLS
