/* rs-trace.c: the LANGUAGE.md trace of a run, and `refscope --trace`
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rs-trace.h"
#include "rs-frontend.h"
#include "rs-interp.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void
rs_trace_append_event (RsAtoms       *atoms,
                       const RsEvent *event,
                       GString       *out)
{
  g_return_if_fail (atoms != NULL && event != NULL && out != NULL);

  switch ((RsEventKind) event->kind)
    {
    case RS_EV_ALLOC:
      if (rs_value_get_int (event->new_value) > 0 && !(event->flags & RS_EVENT_HIDDEN))
        g_string_append_printf (out, "new %" G_GINT64_FORMAT " %s\n",
                                rs_value_get_int (event->new_value),
                                rs_atoms_get (atoms, event->key >> 8, NULL));
      break;
    case RS_EV_FINALIZE:
      g_string_append_printf (out, "del %" G_GINT64_FORMAT "\n", rs_value_get_int (event->new_value));
      break;
    case RS_EV_GC_START:
      g_string_append (out, "gc start\n");
      break;
    case RS_EV_GC_END:
      g_string_append (out, "gc end\n");
      break;
    case RS_EV_PRINT:
      {
        gsize len;
        const char *text = rs_atoms_get (atoms, event->key, &len);
        g_string_append_len (out, text, len);
        if (!(event->flags & RS_EVENT_HIDDEN))
          g_string_append_c (out, '\n');
      }
      break;
    case RS_EV_ERROR:
      g_string_append_printf (out, "error %s line %" G_GINT64_FORMAT "\n",
                              rs_atoms_get (atoms, event->key, NULL),
                              rs_value_get_int (event->new_value));
      break;
    default:
      break;
    }
}

typedef struct {
  RsAtoms *atoms;
  GString *buffer;
} RsTraceOut;

static void
trace_flush (RsTraceOut *t)
{
  fwrite (t->buffer->str, 1, t->buffer->len, stdout);
  g_string_truncate (t->buffer, 0);
}

/* Streams the trace: nothing but a small buffer is kept. */
static void
trace_emit (gpointer       user_data,
            const RsEvent *event,
            const RsValue *payload,
            guint          n_payload)
{
  RsTraceOut *t = user_data;

  switch ((RsEventKind) event->kind)
    {
    case RS_EV_ALLOC:
    case RS_EV_FINALIZE:
    case RS_EV_GC_START:
    case RS_EV_GC_END:
    case RS_EV_PRINT:
    case RS_EV_ERROR:
      rs_trace_append_event (t->atoms, event, t->buffer);
      if (t->buffer->len > 65536)
        trace_flush (t);
      break;
    default:
      break;
    }
}

static void
print_numbers (const char *label,
               GArray     *numbers)
{
  GString *line = g_string_new (label);

  for (guint i = 0; i < numbers->len; i++)
    g_string_append_printf (line, " %u", g_array_index (numbers, guint32, i));
  g_string_append_c (line, '\n');
  fwrite (line->str, 1, line->len, stdout);
  g_string_free (line, TRUE);
}

static gboolean
parse_args (int          argc,
            char       **argv,
            const char **file,
            guint64     *step_limit)
{
  *file = NULL;
  for (int i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--trace") == 0)
        continue;
      if (strcmp (argv[i], "--step-limit") == 0 && i + 1 < argc)
        {
          char *end;
          *step_limit = g_ascii_strtoull (argv[++i], &end, 10);
          if (*end != '\0' || end == argv[i])
            return FALSE;
          continue;
        }
      if (g_str_has_prefix (argv[i], "--step-limit="))
        {
          char *end;
          const char *n = argv[i] + strlen ("--step-limit=");
          *step_limit = g_ascii_strtoull (n, &end, 10);
          if (*end != '\0' || end == n)
            return FALSE;
          continue;
        }
      if (*file != NULL || argv[i][0] == '-')
        return FALSE;
      *file = argv[i];
    }
  return *file != NULL;
}

int
rs_trace_command (int    argc,
                  char **argv)
{
  const char *file;
  guint64 step_limit = 10000000;
  g_autofree char *source = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;

  if (!parse_args (argc, argv, &file, &step_limit))
    {
      g_printerr ("usage: refscope --trace [--step-limit N] FILE.py\n");
      return 1;
    }
  if (!g_file_get_contents (file, &source, &length, &error))
    {
      g_printerr ("refscope: %s\n", error->message);
      return 1;
    }
  if (!g_utf8_validate (source, length, NULL))
    {
      g_printerr ("refscope: %s: the file is not valid UTF-8\n", file);
      return 1;
    }
  g_autoptr(RsModule) module = rs_module_parse (file, source, length, &error);
  if (module == NULL)
    {
      g_printerr ("%s\n", error->message);
      return g_error_matches (error, RS_PARSE_ERROR, RS_PARSE_ERROR_ENCODING) ? 1 : 2;
    }

  g_autoptr(RsAtoms) atoms = rs_atoms_new ();
  RsTraceOut out = { atoms, g_string_new (NULL) };
  RsEventSink sink = { trace_emit, &out };
  g_autoptr(RsInterp) interp = rs_interp_new (atoms, &sink);
  rs_interp_set_step_limit (interp, step_limit);
  RsRunResult result = rs_interp_run (interp, module);
  trace_flush (&out);
  g_string_free (out.buffer, TRUE);
  if (result == RS_RUN_STEP_LIMIT)
    g_printerr ("refscope: %s: stopped after %" G_GUINT64_FORMAT " executed lines "
                "(the step limit; raise it with --step-limit N)\n", file, step_limit);

  g_autoptr(GArray) reachable = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) leaked = g_array_new (FALSE, FALSE, sizeof (guint32));
  rs_interp_get_alive (interp, reachable, leaked);
  print_numbers ("alive", reachable);
  print_numbers ("leaked", leaked);
  fflush (stdout);
  return 0;
}
