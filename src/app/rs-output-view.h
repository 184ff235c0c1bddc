/* rs-output-view.h: what the script printed up to the step shown
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "rs-session.h"

G_BEGIN_DECLS

#define RS_TYPE_OUTPUT_VIEW (rs_output_view_get_type ())
G_DECLARE_FINAL_TYPE (RsOutputView, rs_output_view, RS, OUTPUT_VIEW, GtkWidget)

/* Shows the text @session's script printed in steps 0 to @step, its end
 * in view. */
void        rs_output_view_show     (RsOutputView *self,
                                     RsSession    *session,
                                     guint         step);
/* Shows what was printed before event @pos of @session's run: in the
 * middle of a step (a collector's phase). */
void        rs_output_view_show_at  (RsOutputView *self,
                                     RsSession    *session,
                                     guint64       pos);
/* The text shown. */
const char *rs_output_view_get_text (RsOutputView *self);

G_END_DECLS
