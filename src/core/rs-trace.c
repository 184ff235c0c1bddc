/* rs-trace.c: the LANGUAGE.md trace of a run
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rs-trace.h"

/* --trace writes a line for every object a loop makes: no printf, whose
 * formatting and buffer allocation cost more than the rest of the line. */
static void
append_int (GString *out,
            gint64   value)
{
  char digits[24];
  guint64 magnitude = value < 0 ? -(guint64) value : (guint64) value;
  gsize start = sizeof digits;

  do
    digits[--start] = '0' + magnitude % 10;
  while ((magnitude /= 10) > 0);
  if (value < 0)
    digits[--start] = '-';
  g_string_append_len (out, digits + start, sizeof digits - start);
}

static void
append_atom (GString *out,
             RsAtoms *atoms,
             guint32  atom)
{
  gsize len;
  const char *text = rs_atoms_get (atoms, atom, &len);

  g_string_append_len (out, text, len);
}

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
        {
          g_string_append (out, "new ");
          append_int (out, rs_value_get_int (event->new_value));
          g_string_append_c (out, ' ');
          append_atom (out, atoms, event->key >> 8);
          g_string_append_c (out, '\n');
        }
      break;
    case RS_EV_FINALIZE:
      g_string_append (out, "del ");
      append_int (out, rs_value_get_int (event->new_value));
      g_string_append_c (out, '\n');
      break;
    case RS_EV_GC_START:
      g_string_append (out, "gc start\n");
      break;
    case RS_EV_GC_END:
      g_string_append (out, "gc end\n");
      break;
    case RS_EV_PRINT:
      append_atom (out, atoms, event->key);
      if (!(event->flags & RS_EVENT_HIDDEN))
        g_string_append_c (out, '\n');
      break;
    case RS_EV_ERROR:
      g_string_append (out, "error ");
      append_atom (out, atoms, event->key);
      g_string_append (out, " line ");
      append_int (out, rs_value_get_int (event->new_value));
      g_string_append_c (out, '\n');
      break;
    default:
      break;
    }
}
