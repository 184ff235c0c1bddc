/* rs-session-steps.c: what a session says about its steps: lines, events, snapshots, the error
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rs-session-internal.h"
#include "rs-step-map.h"

static const char *
session_lookup (gpointer  user_data,
                guint32   atom,
                gsize    *len)
{
  return rs_atoms_get (user_data, atom, len);
}


static char *
line_text (RsSession *self,
           guint      line)
{
  guint start, end;

  if (line == 0 || line > self->line_starts->len)
    return g_strdup ("");
  start = g_array_index (self->line_starts, guint, line - 1);
  end = line < self->line_starts->len ? g_array_index (self->line_starts, guint, line) : self->source->len;
  return g_strstrip (g_strndup (self->source->str + start, end - start));
}

const char *
rs_session_get_filename (RsSession *self)
{
  g_return_val_if_fail (RS_IS_SESSION (self), NULL);
  return self->filename;
}

const char *
rs_session_get_source (RsSession *self)
{
  g_return_val_if_fail (RS_IS_SESSION (self), NULL);
  return self->source->str;
}

guint
rs_session_get_n_steps (RsSession *self)
{
  g_return_val_if_fail (RS_IS_SESSION (self), 1);
  return rs_timeline_get_n_steps (self->timeline);
}

guint
rs_session_get_step_line (RsSession *self,
                          guint      step)
{
  g_return_val_if_fail (RS_IS_SESSION (self), 0);
  g_return_val_if_fail (step < rs_session_get_n_steps (self), 0);
  return rs_timeline_get_step_line (self->timeline, step);
}

guint
rs_session_map_step (RsSession *self,
                     guint      step,
                     RsSession *other)
{
  g_return_val_if_fail (RS_IS_SESSION (self), 0);
  g_return_val_if_fail (RS_IS_SESSION (other), 0);
  g_return_val_if_fail (step < rs_session_get_n_steps (self), 0);
  return rs_step_map (self->timeline, step, other->timeline);
}

guint
rs_session_find_line_step (RsSession *self,
                           guint      line)
{
  g_return_val_if_fail (RS_IS_SESSION (self), RS_STEP_NONE);
  return rs_step_map_find (self->timeline, line, 1);
}

RsFrameId
rs_session_get_step_frame (RsSession *self,
                           guint      step)
{
  g_return_val_if_fail (RS_IS_SESSION (self), 0);
  g_return_val_if_fail (step < rs_session_get_n_steps (self), 0);
  return rs_timeline_get_step_frame (self->timeline, step);
}

const RsEvent *
rs_session_get_step_events (RsSession *self,
                            guint      step,
                            guint     *n_events)
{
  g_return_val_if_fail (RS_IS_SESSION (self), NULL);
  g_return_val_if_fail (n_events != NULL, NULL);
  g_return_val_if_fail (step < rs_session_get_n_steps (self), NULL);
  return rs_timeline_get_step_events (self->timeline, step, n_events);
}

guint64
rs_session_get_step_start (RsSession *self,
                           guint      step)
{
  g_return_val_if_fail (RS_IS_SESSION (self), 0);
  g_return_val_if_fail (step < rs_session_get_n_steps (self), 0);
  return step == 0 ? 0 : rs_timeline_get_step_end (self->timeline, step - 1);
}

const char *
rs_session_get_atom (RsSession *self,
                     guint32    atom)
{
  gsize len;

  g_return_val_if_fail (RS_IS_SESSION (self), NULL);
  return rs_atoms_get (self->atoms, atom, &len);
}

const char *
rs_session_atom_text (gpointer  session,
                      guint32   atom,
                      gsize    *len)
{
  RsSession *self = session;

  g_return_val_if_fail (RS_IS_SESSION (self), NULL);
  return rs_atoms_get (self->atoms, atom, len);
}

RsSnapshot *
rs_session_get_snapshot (RsSession *self,
                         guint      step)
{
  RsSnapshot *snapshot;

  g_return_val_if_fail (RS_IS_SESSION (self), NULL);
  g_return_val_if_fail (step < rs_session_get_n_steps (self), NULL);

  snapshot = rs_timeline_get_snapshot (self->timeline, step, session_lookup, self->atoms);
  snapshot->source_line = line_text (self, snapshot->line);
  return snapshot;
}

RsGcPhases *
rs_session_get_gc_phases (RsSession *self,
                          guint      step,
                          guint      nth)
{
  g_return_val_if_fail (RS_IS_SESSION (self), NULL);
  g_return_val_if_fail (step < rs_session_get_n_steps (self), NULL);

  return rs_timeline_get_gc_phases (self->timeline, step, nth);
}

RsSnapshot *
rs_session_get_snapshot_at (RsSession *self,
                            guint64    pos)
{
  RsSnapshot *snapshot;

  g_return_val_if_fail (RS_IS_SESSION (self), NULL);
  g_return_val_if_fail (pos <= rs_timeline_get_n_events (self->timeline), NULL);

  snapshot = rs_timeline_get_snapshot_at (self->timeline, pos, session_lookup, self->atoms);
  snapshot->source_line = line_text (self, snapshot->line);
  return snapshot;
}

RsExplain *
rs_session_explain (RsSession *self,
                    guint      step)
{
  const RsEvent *events;
  guint64 n_events;

  g_return_val_if_fail (RS_IS_SESSION (self), NULL);
  g_return_val_if_fail (step < rs_session_get_n_steps (self), NULL);

  events = rs_timeline_get_events (self->timeline, &n_events);
  return rs_explain_new (rs_timeline_seek (self->timeline, step), events,
                         rs_timeline_get_step_end (self->timeline, step), rs_session_atom_text, self);
}

gboolean
rs_session_get_error (RsSession   *self,
                      const char **kind,
                      guint       *line,
                      const char **message)
{
  g_return_val_if_fail (RS_IS_SESSION (self), FALSE);

  if (!self->has_error)
    return FALSE;
  if (kind != NULL)
    *kind = rs_session_get_atom (self, self->error_kind);
  if (line != NULL)
    *line = self->error_line;
  if (message != NULL)
    *message = rs_session_get_atom (self, self->error_message);
  return TRUE;
}

gboolean
rs_session_hit_step_limit (RsSession *self)
{
  g_return_val_if_fail (RS_IS_SESSION (self), FALSE);
  return self->result == RS_RUN_STEP_LIMIT;
}

gboolean
rs_session_get_run_rejection (RsSession   *self,
                              guint       *line,
                              guint       *column,
                              const char **message)
{
  g_return_val_if_fail (RS_IS_SESSION (self), FALSE);

  if (self->interp == NULL || self->result != RS_RUN_REJECTED)
    {
      if (line != NULL)
        *line = 0;
      if (column != NULL)
        *column = 0;
      if (message != NULL)
        *message = NULL;
      return FALSE;
    }
  return rs_interp_get_rejection (self->interp, line, column, message);
}

