/* rs-trace-command.c: refscope --trace and --run, headless
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same session as the app's, with recording off: the trace lines go
 * to stdout while it runs, 64 KiB at a time, so a run of any length takes
 * constant memory.  --run keeps only what the script prints, as
 * `python3 FILE.py` would (with automatic collection off), so that the two
 * can be timed on the same file.
 */
#include "config.h"

#include <gio/gunixoutputstream.h>
#include <glib/gi18n.h>
#include <unistd.h>

#include "rs-cli-private.h"
#include "rs-trace-command.h"

/* What the stream could not take is lost with stdout: nothing else to do. */
static void
finish_trace (RsSession     *session,
              GOutputStream *out)
{
  g_autoptr(GString) tail = g_string_new (NULL);

  rs_session_write_trace (session, tail);
  g_output_stream_write_all (out, tail->str, tail->len, NULL, NULL, NULL);
  g_output_stream_close (out, NULL, NULL);
}

/* python3 ends an uncaught error with its kind and message on stderr:
 * so does --run, with the line, the rest of a traceback being CPython's. */
static void
report_runtime_error (RsSession  *session,
                      const char *arg)
{
  const char *kind, *message;
  guint line;

  if (!rs_session_get_error (session, &kind, &line, &message))
    return;
  if (message != NULL && *message != '\0')
    g_printerr ("%s:%u: %s: %s\n", arg, line, kind, message);
  else
    g_printerr ("%s:%u: %s\n", arg, line, kind);
}

int
rs_trace_command (const char     *arg,
                  guint64         step_limit,
                  RsTraceCommand  what)
{
  g_autoptr(RsSession) session = rs_session_new ();
  g_autoptr(GOutputStream) stdout_stream = g_unix_output_stream_new (STDOUT_FILENO, FALSE);
  g_autoptr(GOutputStream) out = g_buffered_output_stream_new_sized (stdout_stream, 65536);
  int status;

  g_return_val_if_fail (arg != NULL, 1);

  rs_session_set_recording (session, FALSE);
  rs_session_set_step_limit (session, step_limit);
  rs_session_set_output_only (session, what == RS_TRACE_COMMAND_OUTPUT);
  rs_session_set_trace_output (session, out);
  if (!rs_cli_load (session, arg, NULL, NULL, &status))
    return status;
  g_output_stream_flush (out, NULL, NULL);
  if (what == RS_TRACE_COMMAND_OUTPUT)
    {
      g_output_stream_close (out, NULL, NULL);
      report_runtime_error (session, arg);
    }
  /* rejected while running: the trace so far and no closing lines, as
   * the oracle, which exits there */
  else if (!rs_session_get_run_rejection (session, NULL, NULL, NULL))
    finish_trace (session, out);
  return rs_cli_report_stop (session, arg, step_limit);
}
