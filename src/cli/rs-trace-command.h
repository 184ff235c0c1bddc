/* rs-trace-command.h: refscope --trace, headless
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  RS_TRACE_COMMAND_TRACE,   /* --trace: every LANGUAGE.md trace line */
  RS_TRACE_COMMAND_OUTPUT,  /* --run: what the script prints, nothing else */
} RsTraceCommand;

/* Prints the LANGUAGE.md trace of the script @arg as it runs, or only
 * what it prints: exit 0 when it ran (also after a runtime error, which
 * --run says on stderr), 2 when it is outside the subset, 3 at the step
 * limit, 1 for other failures. */
int rs_trace_command (const char     *arg,
                      guint64         step_limit,
                      RsTraceCommand  what);

G_END_DECLS
