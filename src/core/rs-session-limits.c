/* rs-session-limits.c: the memory budget of a session's script
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The heap budget (bytes and objects) the interpreter checks before each
 * allocation the script asks for; past it the script gets MemoryError,
 * and the session says which limit it was and how to raise it.  The
 * limits come from the command line (--heap-limit, --object-limit), else
 * from REFSCOPE_HEAP_LIMIT and REFSCOPE_OBJECT_LIMIT, else from the
 * machine (rs_interp_default_heap_bytes).
 *
 * The recorded history has a budget of its own (--history-limit,
 * REFSCOPE_HISTORY_LIMIT, else RS_SESSION_DEFAULT_HISTORY_LIMIT): when it
 * is reached recording stops, the run stops at its next line as at the
 * step limit, and the steps recorded so far stay.
 */
#include "rs-session-internal.h"

#include <glib/gi18n.h>
#include <string.h>

gboolean
rs_session_parse_size (const char *text,
                       guint64     min,
                       guint64    *bytes)
{
  static const struct { const char *suffix; guint64 factor; } units[] = {
    { "", 1 }, { "K", 1 << 10 }, { "KiB", 1 << 10 }, { "M", 1 << 20 }, { "MiB", 1 << 20 },
    { "G", 1 << 30 }, { "GiB", 1 << 30 }, { "T", G_GUINT64_CONSTANT (1) << 40 },
    { "TiB", G_GUINT64_CONSTANT (1) << 40 },
  };
  gsize digits = 0;

  if (text == NULL)
    return FALSE;
  while (g_ascii_isdigit (text[digits]))
    digits++;
  if (digits == 0 || digits > 20)
    return FALSE;

  g_autofree char *number = g_strndup (text, digits);
  guint64 n;
  if (!g_ascii_string_to_unsigned (number, 10, 0, G_MAXUINT64, &n, NULL))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    if (g_ascii_strcasecmp (text + digits, units[i].suffix) == 0)
      {
        if (n > G_MAXUINT64 / units[i].factor || n * units[i].factor < min)
          return FALSE;
        *bytes = n * units[i].factor;
        return TRUE;
      }
  return FALSE;
}

static guint64
from_environment (const char *name,
                  guint64     min)
{
  guint64 n;
  const char *value = g_getenv (name);

  if (value == NULL || !rs_session_parse_size (value, min, &n))
    {
      if (value != NULL)
        g_warning ("%s=%s is not a size from %" G_GUINT64_FORMAT "; the default applies",
                   name, value, min);
      return 0;
    }
  return n;
}

guint64
rs_session_get_heap_limit (RsSession *self)
{
  g_return_val_if_fail (RS_IS_SESSION (self), 0);

  if (self->heap_bytes != 0)
    return self->heap_bytes;
  guint64 n = from_environment ("REFSCOPE_HEAP_LIMIT", RS_SESSION_MIN_HEAP_LIMIT);
  return n != 0 ? n : rs_interp_default_heap_bytes ();
}

guint64
rs_session_get_object_limit (RsSession *self)
{
  g_return_val_if_fail (RS_IS_SESSION (self), 0);

  if (self->heap_objects != 0)
    return self->heap_objects;
  guint64 n = from_environment ("REFSCOPE_OBJECT_LIMIT", RS_SESSION_MIN_OBJECT_LIMIT);
  return n != 0 ? n : rs_interp_default_object_limit (rs_session_get_heap_limit (self));
}

void
rs_session_apply_heap_limit (RsSession *self)
{
  rs_interp_set_heap_budget (self->interp, rs_session_get_heap_limit (self),
                             rs_session_get_object_limit (self));
}

void
rs_session_set_heap_limit (RsSession *self,
                           guint64    bytes,
                           guint64    objects)
{
  g_return_if_fail (RS_IS_SESSION (self));

  self->heap_bytes = bytes;
  self->heap_objects = objects;
  rs_session_apply_heap_limit (self);
}

char *
rs_session_describe_memory_error (RsSession *self)
{
  g_return_val_if_fail (RS_IS_SESSION (self), NULL);

  const char *kind;
  if (!rs_session_get_error (self, &kind, NULL, NULL) || strcmp (kind, "MemoryError") != 0)
    return NULL;

  RsHeapLimit hit = rs_interp_get_memory_limit_hit (self->interp);
  if (hit == RS_HEAP_LIMIT_OBJECTS)
    {
      g_autofree char *count = g_strdup_printf ("%" G_GUINT64_FORMAT, rs_session_get_object_limit (self));
      return g_strdup_printf (_("the script passed the object limit of %s living objects; "
                                "raise it with --object-limit=N or REFSCOPE_OBJECT_LIMIT=N"), count);
    }
  if (hit == RS_HEAP_LIMIT_BYTES)
    {
      g_autofree char *size = g_format_size_full (rs_session_get_heap_limit (self), G_FORMAT_SIZE_IEC_UNITS);
      return g_strdup_printf (_("the script asked for more memory than the heap limit of %s; "
                                "raise it with --heap-limit=BYTES or REFSCOPE_HEAP_LIMIT=BYTES "
                                "(K, M and G suffixes)"), size);
    }
  return NULL;
}

guint64
rs_session_get_history_limit (RsSession *self)
{
  g_return_val_if_fail (RS_IS_SESSION (self), 0);

  if (self->history_bytes != 0)
    return self->history_bytes;
  guint64 n = from_environment ("REFSCOPE_HISTORY_LIMIT", RS_SESSION_MIN_HISTORY_LIMIT);
  return n != 0 ? n : RS_SESSION_DEFAULT_HISTORY_LIMIT;
}

void
rs_session_set_history_limit (RsSession *self,
                              guint64    bytes)
{
  g_return_if_fail (RS_IS_SESSION (self));

  self->history_bytes = bytes;
  self->history_limit = rs_session_get_history_limit (self);
}

void
rs_session_check_history (RsSession *self)
{
  /* the size is a sum of a few lengths: every 1024 events is often enough */
  if ((rs_timeline_get_n_events (self->timeline) & 1023) != 0 ||
      rs_timeline_get_bytes (self->timeline) <= self->history_limit)
    return;
  self->history_full = TRUE;
  /* the run stops at its next line, as at the step limit */
  rs_interp_set_step_limit (self->interp, MAX (rs_interp_get_n_steps (self->interp), 1));
}

gboolean
rs_session_hit_history_limit (RsSession *self)
{
  g_return_val_if_fail (RS_IS_SESSION (self), FALSE);

  return self->history_full;
}

char *
rs_session_describe_history_limit (RsSession *self)
{
  g_return_val_if_fail (RS_IS_SESSION (self), NULL);

  if (!self->history_full)
    return NULL;

  g_autofree char *size = g_format_size_full (self->history_limit, G_FORMAT_SIZE_IEC_UNITS);
  guint n = rs_timeline_get_n_steps (self->timeline);
  g_autofree char *steps = g_strdup_printf ("%u", n > 0 ? n - 1 : 0);
  return g_strdup_printf (_("recording stopped after step %s: the history reached its limit of %s "
                            "(raise it with --history-limit=BYTES or REFSCOPE_HISTORY_LIMIT=BYTES)"),
                          steps, size);
}
