/* rs-session-internal.h: the fields of a session, shared by the files that implement it
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * rs-session.c loads, runs, appends and truncates; rs-session-steps.c
 * answers the questions about steps; rs-session-trace.c writes the trace.
 */
#pragma once

#include "rs-atoms.h"
#include "rs-session-private.h"

G_BEGIN_DECLS

struct _RsSession
{
  GObject            parent_instance;

  char              *filename;
  GString           *source;
  GArray            *line_starts;  /* guint: offset of each line in source */
  gboolean           recording;
  guint64            step_limit;
  guint64            heap_bytes;    /* 0: the default (rs-session-limits.c) */
  guint64            heap_objects;  /* 0: the default */
  guint64            history_bytes; /* 0: the default */
  guint64            history_limit; /* this run's, in force */
  gboolean           history_full;  /* this run's history reached it: recording stopped */
  GOutputStream     *trace_output;
  gboolean           output_only;  /* the trace carries only what print writes */

  /* The current run: replaced as a whole on load and truncate */
  RsAtoms           *atoms;
  RsTimeline        *timeline;
  RsInterp          *interp;
  GPtrArray         *modules;      /* RsModule: what ran, in order */
  RsEventSink        sink;
  GString           *trace;        /* event lines not sent to trace_output */
  RsRunResult        result;
  gboolean           has_error;
  guint32            error_kind;
  guint32            error_message;
  guint              error_line;
  guint              n_steps_seen;

  /* Why the front end refused the text of the last load, append or
   * truncate (of RS_PARSE_ERROR), or NULL */
  GError            *rejection;

  RsSessionStepHook  step_hook;
  gpointer           step_hook_data;
};

/* Appends the trace line of @event, if any, to self->trace; with a trace
 * output stream, a full buffer goes there. */
void rs_session_trace_event (RsSession     *self,
                             const RsEvent *event);
/* Sends what self->trace holds to the trace output stream, if any (at the
 * end of each run). */
void rs_session_flush_trace (RsSession     *self);

/* rs-session-limits.c: gives the new interpreter its heap budget */
void rs_session_apply_heap_limit (RsSession *self);
/* Stops recording, and the run at its next line, once the history passes
 * its limit; called for each recorded event */
void rs_session_check_history (RsSession *self);

G_END_DECLS
