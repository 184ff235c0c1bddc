/* rs-trace-command.h: refscope --trace, headless
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Prints the LANGUAGE.md trace of the script @arg as it runs: exit 0 when
 * it ran (also after a runtime error or at the step limit), 2 when it is
 * outside the subset, 1 for other failures. */
int rs_trace_command (const char *arg,
                      guint64     step_limit);

G_END_DECLS
