/* rs-explain-command.h: refscope --explain, headless
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  guint     number;   /* the object N; 0: every object */
  gint64    step;     /* -1: the last */
  gboolean  json;
} RsExplainRequest;

/* Prints why object N of the script @arg is alive or leaked at the step,
 * what it retains and what removing each reference to it frees (JSON as
 * docs/explain.md has it with request->json): exit 0 when printed, 2 for
 * a script outside the subset or an N the run never allocated, 1 for
 * other failures (a step it does not have). */
int rs_explain_command (const RsExplainRequest *request,
                        const char             *arg);

G_END_DECLS
