/* rs-step-map.c: the step of a new run that matches a step of an old one
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rs-step-map.h"

guint
rs_step_map_occurrence (RsTimeline *timeline,
                        guint       step)
{
  guint line, occurrence = 0;

  g_return_val_if_fail (timeline != NULL, 0);
  g_return_val_if_fail (step < rs_timeline_get_n_steps (timeline), 0);

  line = rs_timeline_get_step_line (timeline, step);
  for (guint s = 0; s <= step; s++)
    if (rs_timeline_get_step_line (timeline, s) == line)
      occurrence++;
  g_assert (occurrence >= 1);
  return occurrence;
}

guint
rs_step_map_find (RsTimeline *timeline,
                  guint       line,
                  guint       occurrence)
{
  guint n_steps;

  g_return_val_if_fail (timeline != NULL, RS_STEP_NONE);
  g_return_val_if_fail (occurrence >= 1, RS_STEP_NONE);

  n_steps = rs_timeline_get_n_steps (timeline);
  for (guint s = 0; s < n_steps; s++)
    if (rs_timeline_get_step_line (timeline, s) == line && --occurrence == 0)
      return s;
  return RS_STEP_NONE;
}

guint
rs_step_map (RsTimeline *from,
             guint       step,
             RsTimeline *to)
{
  guint found;

  g_return_val_if_fail (from != NULL && to != NULL, 0);
  g_return_val_if_fail (step < rs_timeline_get_n_steps (from), 0);

  /* A run that ran no line (an empty script) has no place to keep. */
  if (rs_timeline_get_n_steps (from) == 1)
    return rs_timeline_get_n_steps (to) - 1;
  found = rs_step_map_find (to, rs_timeline_get_step_line (from, step),
                            rs_step_map_occurrence (from, step));
  return found != RS_STEP_NONE ? found : rs_timeline_get_n_steps (to) - 1;
}
