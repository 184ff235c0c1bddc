/* rs-cli-private.h: what the headless commands share
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rs-session.h"

G_BEGIN_DECLS

/* Exit status of a command line the commands cannot run. */
#define RS_CLI_USAGE 2

/* Prints "refscope: error: MESSAGE" and returns RS_CLI_USAGE. */
int      rs_cli_usage_error (const char  *format,
                             ...) G_GNUC_PRINTF (1, 2);
/* Runs the script @arg (a path or a URI) in @session, named as given.
 * On failure prints why and returns FALSE with the exit status in
 * @status: 2 when it cannot run, outside the subset or not UTF-8
 * (FILE:LINE:COL: error: ...), 1 when it cannot be read: missing, not a
 * regular file, larger than RS_SESSION_MAX_FILE_SIZE (refscope: error:
 * FILE: ...).  @contents (may be NULL) gets the script's text. */
gboolean rs_cli_load        (RsSession   *session,
                             const char  *arg,
                             char       **contents,
                             gsize       *length,
                             int         *status);

G_END_DECLS
