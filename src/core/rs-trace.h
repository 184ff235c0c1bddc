/* rs-trace.h: the LANGUAGE.md trace of a run
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include "rs-atoms.h"
#include "rs-event.h"

G_BEGIN_DECLS

/* Appends the trace line an event stands for (if any) to @out:
 * "new N Type", "del N", "gc start", "gc end", printed text, "error Kind line L". */
void rs_trace_append_event (RsAtoms       *atoms,
                            const RsEvent *event,
                            GString       *out);

G_END_DECLS
