/* rs-export-command.h: refscope --export, headless
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rs-export.h"

G_BEGIN_DECLS

typedef struct {
  const char      *out;
  gint64           step;          /* -1: the last */
  gboolean         all_steps;
  gboolean         engine_given;  /* else the engine the script saved */
  RsExportOptions  options;
} RsExportRequest;

/* Draws a step of the script @arg (or every step, with all_steps) into
 * request->out: exit 0 when written, 2 for an output it cannot write
 * (unknown format, --all-steps without PDF) or a script outside the
 * subset, 1 for other failures. */
int rs_export_command (const RsExportRequest *request,
                       const char            *arg);

G_END_DECLS
