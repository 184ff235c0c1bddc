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
/* Exit status of a run the step limit stopped. */
#define RS_CLI_STEP_LIMIT 3
/* The default step limit of --trace: recording off, a run of any length
 * takes constant memory, so programs CPython finishes in a second finish. */
#define RS_CLI_TRACE_STEP_LIMIT G_GUINT64_CONSTANT (200000000)

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
/* What stopped the run of @session before the end of @arg's script, said
 * on stderr: 0 (the script ended, maybe with a runtime error),
 * RS_CLI_USAGE (outside the subset, found while it ran: FILE:LINE:COL:
 * error: ...) or RS_CLI_STEP_LIMIT (@step_limit executed lines). */
int      rs_cli_report_stop (RsSession   *session,
                             const char  *arg,
                             guint64      step_limit);

G_END_DECLS
