/* rs-step-map.h: the step of a new run that matches a step of an old one
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * When the script is edited and run again, the user stays where they
 * were: at the step that ran the same line for the same time (the k-th
 * step that ran that line), or at the last step when the new run has no
 * such step.  A first run (the old one ran nothing) shows its end.
 */
#pragma once

#include "rs-timeline.h"

G_BEGIN_DECLS

#define RS_STEP_NONE G_MAXUINT

/* How many steps up to and including @step ran @step's line: 1 for the
 * first time it ran. */
guint  rs_step_map_occurrence  (RsTimeline *timeline,
                                guint       step);
/* The step that ran @line for the @occurrence-th time (from 1), or
 * RS_STEP_NONE. */
guint  rs_step_map_find        (RsTimeline *timeline,
                                guint       line,
                                guint       occurrence);
/* The step of @to with the line and occurrence of @from's @step, else
 * @to's last step (also when @from ran no line at all). */
guint  rs_step_map             (RsTimeline *from,
                                guint       step,
                                RsTimeline *to);

G_END_DECLS
