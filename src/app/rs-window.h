/* rs-window.h: a Refscope window, one session
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "rs-application.h"
#include "rs-session.h"

G_BEGIN_DECLS

#define RS_TYPE_WINDOW (rs_window_get_type ())
G_DECLARE_FINAL_TYPE (RsWindow, rs_window, RS, WINDOW, AdwApplicationWindow)

RsWindow   *rs_window_new          (RsApplication *application);
/* Reads @file off the main thread, then loads it and replays it from
 * step 0, or at its saved step (errors show in the window); then offers
 * the unsaved changes a Refscope that stopped left of it. */
void        rs_window_open_file    (RsWindow      *self,
                                    GFile         *file);
/* Offers back every unsaved session a Refscope that stopped left: the
 * newest in this window, each other in a new one. */
void        rs_window_recover_orphans (RsWindow   *self);
/* Loads @source as a new session named @display_name, not yet saved
 * anywhere when @file is NULL.  FALSE (and the error shown inline) when
 * the script is outside the subset. */
gboolean    rs_window_load_source  (RsWindow      *self,
                                    const char    *source,
                                    gsize          length,
                                    GFile         *file,
                                    const char    *display_name);
RsSession  *rs_window_get_session  (RsWindow      *self);
RsSnapshot *rs_window_get_snapshot (RsWindow      *self);
guint       rs_window_get_step     (RsWindow      *self);
void        rs_window_set_step     (RsWindow      *self,
                                    guint          step);
RsObjId     rs_window_get_selected (RsWindow      *self);
void        rs_window_select       (RsWindow      *self,
                                    RsObjId        id);
GFile      *rs_window_get_file     (RsWindow      *self);
gboolean    rs_window_get_modified (RsWindow      *self);
/* Writes the session to @file (atomically) and remembers it. */
gboolean    rs_window_save_to_file (RsWindow      *self,
                                    GFile         *file,
                                    GError       **error);
/* Runs @statements after the current step, as the command line does;
 * after stepping back it asks first unless @discard_later. */
gboolean    rs_window_run          (RsWindow      *self,
                                    const char    *statements,
                                    gboolean       discard_later);
/* The error of the last edit or command, as shown under the script. */
const char *rs_window_get_error    (RsWindow      *self);

G_END_DECLS
