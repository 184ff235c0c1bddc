/* rs-session-trace.c: the LANGUAGE.md trace of a session's run, as it happens and at its end
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rs-session-internal.h"

#include "rs-trace.h"

/* With an output stream, the trace lines go out by the buffer: a run
 * without recording keeps no more than that, and a line costs no call
 * into the stream. */
#define TRACE_BUFFER_SIZE 65536

void
rs_session_trace_event (RsSession     *self,
                        const RsEvent *event)
{
  rs_trace_append_event (self->atoms, event, self->trace);
  if (self->trace->len >= TRACE_BUFFER_SIZE && self->trace_output != NULL)
    rs_session_flush_trace (self);
}

void
rs_session_flush_trace (RsSession *self)
{
  g_autoptr(GError) error = NULL;

  if (self->trace_output == NULL || self->trace->len == 0)
    return;
  if (!g_output_stream_write_all (self->trace_output, self->trace->str, self->trace->len, NULL, NULL, &error))
    {
      g_warning ("Cannot write the trace: %s", error->message);
      g_clear_object (&self->trace_output);
    }
  g_string_truncate (self->trace, 0);
}

static void
append_numbers (GString    *out,
                const char *label,
                GArray     *numbers)
{
  g_string_append (out, label);
  for (guint i = 0; i < numbers->len; i++)
    g_string_append_printf (out, " %u", g_array_index (numbers, guint, i));
  g_string_append_c (out, '\n');
}

void
rs_session_write_trace (RsSession *self,
                        GString   *out)
{
  g_autoptr(GArray) reachable = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) leaked = g_array_new (FALSE, FALSE, sizeof (guint));

  g_return_if_fail (RS_IS_SESSION (self));
  g_return_if_fail (out != NULL);

  g_string_append_len (out, self->trace->str, self->trace->len);
  rs_interp_get_alive (self->interp, reachable, leaked);
  append_numbers (out, "alive", reachable);
  append_numbers (out, "leaked", leaked);
}

