/* rs-explain-view.h: why the selected object lives, what dies with it, how to break its cycle
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "rs-explain.h"
#include "rs-graph-view.h"
#include "rs-snapshot.h"

G_BEGIN_DECLS

#define RS_TYPE_EXPLAIN_VIEW (rs_explain_view_get_type ())
G_DECLARE_FINAL_TYPE (RsExplainView, rs_explain_view, RS, EXPLAIN_VIEW, GtkWidget)

/* Where the answers are drawn, and where the session comes from. */
void        rs_explain_view_set_canvas    (RsExplainView    *self,
                                           RsGraphView      *canvas);
/* Answers for object @id of @snapshot (0: nothing). */
void        rs_explain_view_show          (RsExplainView    *self,
                                           const RsSnapshot *snapshot,
                                           RsObjId           id);

typedef enum {
  RS_EXPLAIN_PREVIEW_NONE,
  RS_EXPLAIN_PREVIEW_WHY,        /* the chain from a root, or the cycle */
  RS_EXPLAIN_PREVIEW_RETAINED,   /* what dies with it */
} RsExplainPreview;

/* Stresses an answer on the canvas (what hovering its row does). */
void        rs_explain_view_preview       (RsExplainView    *self,
                                           RsExplainPreview  preview);
/* The what-if of the shown object's strong reference @index (in the
 * order of its holders), or NULL. */
const RsExplainRemoval *rs_explain_view_get_removal (RsExplainView *self,
                                           guint             index);
/* Marks what removing reference @index frees and leaks on the canvas;
 * returns the one-line summary (NULL when there is no such reference). */
char       *rs_explain_view_preview_removal (RsExplainView  *self,
                                           guint             index);

/* What the view shows, for tests: "a -> a.friend", "3 objects: ...". */
const char *rs_explain_view_get_why       (RsExplainView    *self);
const char *rs_explain_view_get_retained  (RsExplainView    *self);
/* The break-the-cycle buttons, in order. */
GPtrArray  *rs_explain_view_get_break_buttons (RsExplainView *self);

G_END_DECLS
