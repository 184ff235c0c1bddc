/* rs-session-private.h: what tests and tools may look at inside a session
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rs-interp.h"
#include "rs-session.h"
#include "rs-timeline.h"

G_BEGIN_DECLS

RsTimeline *rs_session_get_timeline (RsSession *self);
RsInterp   *rs_session_get_interp   (RsSession *self);
/* The text of @atom and its length, for a lookup callback taking the
 * session as user data (rs_explain_new's) */
const char *rs_session_atom_text    (gpointer   session,
                                     guint32    atom,
                                     gsize     *len);

/* Called on every RS_EV_STEP before it is recorded, when the timeline's
 * head is the state at the end of step @ended (consistency checks). */
typedef void (*RsSessionStepHook) (RsSession *self,
                                   guint      ended,
                                   gpointer   user_data);
void        rs_session_set_step_hook (RsSession         *self,
                                      RsSessionStepHook  hook,
                                      gpointer           user_data);

G_END_DECLS
