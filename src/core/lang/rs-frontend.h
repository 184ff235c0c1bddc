/* rs-frontend.h: a script's text to a checked module
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The front end's entry points: what the session and the tools call.
 */
#pragma once

#include "rs-ast.h"

G_BEGIN_DECLS

/* Parses and checks a whole script.  On failure returns NULL and sets an
 * error whose message is exactly "FILE:LINE:COL: error: MESSAGE". */
RsModule *rs_module_parse      (const char  *filename,
                                const char  *source,
                                gssize       length,
                                GError     **error);
/* Parses statements to run after an existing module (the app's command line
 * and edits): names bound by @previous count as bound for the subset check,
 * line numbers continue at @first_line. */
RsModule *rs_module_parse_more (const RsModule *previous,
                                const char     *filename,
                                const char     *source,
                                guint           first_line,
                                GError        **error);

G_END_DECLS
