/* rs-session.h: a session script, its run and its timeline
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * RsSession is what the app, the exporter and the trace command stand on:
 * it parses a script, runs it (recording every change into a timeline of
 * steps, one per executed line in any frame) and answers questions about
 * any step: its snapshot, its events, its line, its frames.  Appending
 * statements continues from the live state at the end of the timeline.
 *
 * Signals: ::reset when the whole timeline was replaced (load, truncate),
 * then notify::source and notify::n-steps; ::steps-added (first, n_added)
 * after an append, between notify::source and notify::n-steps.
 * Properties: filename, source, n-steps, stopped (read-only), recording,
 * step-limit.
 */
#pragma once

#include <gio/gio.h>
#include "rs-event.h"
#include "rs-explain.h"
#include "rs-gc-phases.h"
#include "rs-snapshot.h"

G_BEGIN_DECLS

#define RS_TYPE_SESSION (rs_session_get_type ())
G_DECLARE_FINAL_TYPE (RsSession, rs_session, RS, SESSION, GObject)

typedef enum {
  RS_SESSION_ERROR_REJECTED,   /* outside the subset: "FILE:LINE:COL: error: ..." */
  RS_SESSION_ERROR_IO,         /* unreadable, not UTF-8 */
  RS_SESSION_ERROR_STOPPED,    /* appended to a session stopped by a runtime error
                                * or the step limit */
  RS_SESSION_ERROR_NO_STEP,     /* truncate: no such step */
} RsSessionError;

#define RS_SESSION_ERROR (rs_session_error_quark ())
GQuark rs_session_error_quark (void);

#define RS_SESSION_DEFAULT_STEP_LIMIT 10000000
/* The largest script a session reads from a file. */
#define RS_SESSION_MAX_FILE_SIZE (8 * 1024 * 1024)

RsSession   *rs_session_new              (void);

/* Recording off: nothing but the trace is kept (for --trace on huge runs). */
void         rs_session_set_recording    (RsSession   *self,
                                          gboolean     recording);
void         rs_session_set_step_limit   (RsSession   *self,
                                          guint64      limit);
/* Where the trace goes while the session runs (may be NULL). */
void         rs_session_set_trace_output (RsSession   *self,
                                          GOutputStream *stream);
/* Only what the script prints goes to the trace (for --run, to compare
 * with python3 running the same file): no object lines, no end lines. */
void         rs_session_set_output_only  (RsSession   *self,
                                          gboolean     output_only);

/* Parses and checks @source, then runs it to the end (or a runtime error,
 * which is part of the timeline, not a GError).  FALSE with
 * RS_SESSION_ERROR_REJECTED when the script is outside the subset: nothing
 * ran then. */
gboolean     rs_session_load             (RsSession   *self,
                                          const char  *filename,
                                          const char  *source,
                                          gssize       length,
                                          GError     **error);
gboolean     rs_session_load_file        (RsSession   *self,
                                          GFile       *file,
                                          GError     **error);
/* A script's bytes, NUL-terminated: a regular file of at most @max_size
 * bytes, checked before it is read, else RS_SESSION_ERROR_IO with
 * "NAME: why" (@name: the file as the user named it). */
gboolean     rs_session_read_file        (GFile       *file,
                                          const char  *name,
                                          gsize        max_size,
                                          char       **contents,
                                          gsize       *length,
                                          GError     **error);
/* Runs more statements after the last step: the script text grows by
 * @statements (newline added if missing).  Emits ::steps-added. */
gboolean     rs_session_append           (RsSession   *self,
                                          const char  *statements,
                                          GError     **error);
/* Keeps the module-level statements that ended at or before @step and
 * drops the rest of the script and its steps: the session is re-run from
 * that shorter text (deterministic, so its steps are the old ones) and
 * ends at the last statement boundary at or before @step.  Emits ::reset.
 * FALSE if there is no such step. */
gboolean     rs_session_truncate         (RsSession   *self,
                                          guint        step,
                                          GError     **error);
/* Where the front end refused the text of the last load, append or
 * truncate (the LINE and COL of its "FILE:LINE:COL: error: ..."); FALSE
 * and 0 if that call was not refused by the front end. */
gboolean     rs_session_get_rejection    (RsSession   *self,
                                          guint       *line,
                                          guint       *column);
/* How many errors the front end found in that text: the subset check
 * goes on after an error where it can, the first one being
 * rs_session_get_rejection()'s (0 when the text was not refused) */
guint        rs_session_get_n_rejections (RsSession   *self);
/* Error @i of them: its LINE, COL and MESSAGE alone (owned by @self,
 * valid until the next load, append or truncate); FALSE and 0, NULL
 * when there is no error @i */
gboolean     rs_session_get_nth_rejection (RsSession  *self,
                                           guint       i,
                                           guint      *line,
                                           guint      *column,
                                           const char **message);

const char  *rs_session_get_filename     (RsSession   *self);
const char  *rs_session_get_source       (RsSession   *self);
/* Steps are 0 (before anything ran) .. n_steps - 1 (after the last line). */
guint        rs_session_get_n_steps      (RsSession   *self);
/* The line run by @step (0 for step 0), and the frame it ran in. */
guint        rs_session_get_step_line    (RsSession   *self,
                                          guint        step);
/* The step of @other (the same script, edited and run again) that ran
 * the line of @step for the same time, else @other's last step. */
guint        rs_session_map_step         (RsSession   *self,
                                          guint        step,
                                          RsSession   *other);
/* The first step that ran @line, or G_MAXUINT if it never ran. */
guint        rs_session_find_line_step   (RsSession   *self,
                                          guint        line);
RsFrameId    rs_session_get_step_frame   (RsSession   *self,
                                          guint        step);
/* The events recorded during @step; valid until the session changes. */
const RsEvent *rs_session_get_step_events (RsSession  *self,
                                           guint       step,
                                           guint      *n_events);
/* The index of @step's first event among all the run's (what
 * rs_session_get_snapshot_at counts). */
guint64      rs_session_get_step_start   (RsSession   *self,
                                          guint        step);
/* Text of an atom named by an event (names, strings, printed lines). */
const char  *rs_session_get_atom         (RsSession   *self,
                                          guint32      atom);
/* The state after @step, rebuilt from checkpoints in time proportional
 * to the changes between the nearest checkpoint and @step. */
RsSnapshot  *rs_session_get_snapshot     (RsSession   *self,
                                          guint        step);
/* The phases of the @nth collection that starts in @step (rs-gc-phases.h),
 * or NULL; and the state a phase shows, after the first @pos events. */
RsGcPhases  *rs_session_get_gc_phases    (RsSession   *self,
                                          guint        step,
                                          guint        nth);
RsSnapshot  *rs_session_get_snapshot_at  (RsSession   *self,
                                          guint64      pos);
/* The answers of rs-explain.h about the heap after @step (why alive,
 * retained, what if, break the cycle); free with rs_explain_free. */
RsExplain   *rs_session_explain          (RsSession   *self,
                                          guint        step);
/* The runtime error that stopped the script, if any. */
gboolean     rs_session_get_error        (RsSession   *self,
                                          const char **kind,
                                          guint       *line,
                                          const char **message);
/* Whether the run stopped because it reached the step limit. */
gboolean     rs_session_hit_step_limit   (RsSession   *self);

/* The heap budget of the script (rs-session-limits.c): past @bytes held
 * or @objects living objects it gets MemoryError.  0: the default, from
 * REFSCOPE_HEAP_LIMIT and REFSCOPE_OBJECT_LIMIT (sizes as
 * rs_session_parse_size reads them), else a quarter of the memory. */
#define RS_SESSION_MIN_HEAP_LIMIT   (G_GUINT64_CONSTANT (1) << 20)
#define RS_SESSION_MIN_OBJECT_LIMIT 1000
void         rs_session_set_heap_limit   (RsSession   *self,
                                          guint64      bytes,
                                          guint64      objects);
guint64      rs_session_get_heap_limit   (RsSession   *self);
guint64      rs_session_get_object_limit (RsSession   *self);
/* A number of bytes, with an optional K, M, G or T (KiB ...: the same)
 * suffix, at least @min; FALSE when @text is none */
gboolean     rs_session_parse_size       (const char  *text,
                                          guint64      min,
                                          guint64     *bytes);
/* When a MemoryError of the heap budget stopped the run: which limit it
 * passed and how to raise it (a sentence without a final period);
 * NULL otherwise */
char        *rs_session_describe_memory_error (RsSession *self);

/* The budget of the recorded history in bytes (0: the default, from
 * REFSCOPE_HISTORY_LIMIT, else RS_SESSION_DEFAULT_HISTORY_LIMIT).  When
 * a run's history reaches it, recording stops and the run stops at its
 * next line, as at the step limit (rs_session_hit_step_limit is TRUE too);
 * the steps recorded so far stay. */
#define RS_SESSION_MIN_HISTORY_LIMIT     (G_GUINT64_CONSTANT (1) << 20)
#define RS_SESSION_DEFAULT_HISTORY_LIMIT (G_GUINT64_CONSTANT (1) << 30)
void         rs_session_set_history_limit (RsSession  *self,
                                           guint64     bytes);
guint64      rs_session_get_history_limit (RsSession  *self);
gboolean     rs_session_hit_history_limit (RsSession  *self);
/* After the history limit stopped the run: the message that says so
 * (without a final period); NULL otherwise */
char        *rs_session_describe_history_limit (RsSession *self);
/* Whether the run stopped because the script did, while running, what is
 * outside the subset (LANGUAGE.md: id() of a tuple of objects,
 * sys.getrefcount of an untraced value, ...): where (the call's LINE and
 * COL) and why, as the front end's rejections say it.  The timeline ends
 * just before that call; nothing after it is part of the run. */
gboolean     rs_session_get_run_rejection (RsSession  *self,
                                           guint      *line,
                                           guint      *column,
                                           const char **message);
/* Writes the LANGUAGE.md trace of the whole run, ending with the alive and
 * leaked lines.  With a trace output stream set, the event lines went there
 * during the run and only the closing lines are written here. */
void         rs_session_write_trace      (RsSession   *self,
                                          GString     *out);

G_END_DECLS
