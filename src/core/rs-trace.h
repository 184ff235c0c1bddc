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

/* Whether an event of @kind may stand for a trace line: the sink hands
 * the formatter these only. */
static inline gboolean
rs_trace_has_line (guint8 kind)
{
  switch ((RsEventKind) kind)
    {
    case RS_EV_ALLOC:
    case RS_EV_FINALIZE:
    case RS_EV_GC_START:
    case RS_EV_GC_END:
    case RS_EV_PRINT:
    case RS_EV_ERROR:
      return TRUE;
    default:
      return FALSE;
    }
}

G_END_DECLS
