/* rs-graph-view-steps.c: the layout of a step, the same however it was reached
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A step's picture is a function of the step and the pins, not of the
 * path the user took to it: every KEYFRAME_STEPS-th step is laid out
 * fresh, and each step after it stably from the layout of the step
 * before (its cards stay, new ones join them).  Reaching step N by the
 * slider, by stepping or by reopening a file lays out the same steps from
 * the same keyframe, or finds them already laid out here.
 */
#include "config.h"

#include "rs-graph-view-private.h"

#define KEYFRAME_STEPS 16
/* Past this many steps laid out, the oldest layouts are simply forgotten:
 * they can be laid out again, the same. */
#define MAX_KEPT_STEPS 512

void
rs_graph_view_set_history (RsGraphView *self,
                           RsSession   *session)
{
  g_return_if_fail (RS_IS_GRAPH_VIEW (self));
  g_return_if_fail (session == NULL || RS_IS_SESSION (session));

  /* Another text is another run: its steps are other steps. */
  if (session == self->history
      && (session == NULL || g_strcmp0 (rs_session_get_source (session), self->history_source) == 0))
    return;
  g_set_object (&self->history, session);
  g_free (self->history_source);
  self->history_source = session ? g_strdup (rs_session_get_source (session)) : NULL;
  _rs_graph_view_forget_steps (self);
}

RsSession *
rs_graph_view_get_history (RsGraphView *self)
{
  g_return_val_if_fail (RS_IS_GRAPH_VIEW (self), NULL);

  return self->history;
}

void
_rs_graph_view_forget_steps (RsGraphView *self)
{
  if (self->step_scenes != NULL)
    g_hash_table_remove_all (self->step_scenes);
}

static const RsScene *
kept_step (RsGraphView *self,
           guint        step)
{
  return self->step_scenes ? g_hash_table_lookup (self->step_scenes, GUINT_TO_POINTER (step)) : NULL;
}

static void
keep_step (RsGraphView   *self,
           const RsScene *scene)
{
  if (self->step_scenes == NULL)
    self->step_scenes = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) rs_scene_free);
  if (g_hash_table_size (self->step_scenes) >= MAX_KEPT_STEPS)
    g_hash_table_remove_all (self->step_scenes);
  g_hash_table_replace (self->step_scenes, GUINT_TO_POINTER (scene->step), rs_scene_copy (scene));
}

/* Lays out @step from the step before (laid out already), or fresh on a
 * keyframe. */
static void
request_one (RsGraphView *self,
             guint        step)
{
  g_autoptr(RsSnapshot) snapshot = NULL;
  const RsScene *prev = step % KEYFRAME_STEPS == 0 ? NULL : kept_step (self, step - 1);

  g_assert (step % KEYFRAME_STEPS == 0 || prev != NULL);
  snapshot = step == self->snapshot->step ? rs_snapshot_ref (self->snapshot)
                                          : rs_session_get_snapshot (self->history, step);
  _rs_graph_view_send_layout (self, snapshot, prev ? RS_LAYOUT_STABLE : RS_LAYOUT_FRESH, prev);
}

void
_rs_graph_view_request_step (RsGraphView *self)
{
  guint step = self->snapshot->step, first = step;
  const RsScene *kept = kept_step (self, step);

  g_assert (self->history != NULL);
  if (kept != NULL)
    {
      /* laid out before: no layout, and the one in flight is void */
      rs_graph_view_cancel_layout (self);
      _rs_graph_view_show_scene (self, rs_scene_copy (kept), self->animate_next);
      return;
    }
  while (first % KEYFRAME_STEPS != 0 && kept_step (self, first - 1) == NULL)
    first--;
  request_one (self, first);
}

gboolean
_rs_graph_view_step_laid_out (RsGraphView *self,
                              RsScene     *scene)
{
  keep_step (self, scene);
  if (scene->step >= self->snapshot->step)
    return TRUE;
  /* one of the steps on the way from the keyframe */
  request_one (self, scene->step + 1);
  rs_scene_free (scene);
  return FALSE;
}
