/* rs-trace.c: the LANGUAGE.md trace of a run
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rs-trace.h"

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
