/* rs-timeline-bar.h: first, back, play, forward, last, a slider and the speed
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bar owns the position on the timeline and the playback clock; the
 * window follows its "step" property.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RS_TYPE_TIMELINE_BAR (rs_timeline_bar_get_type ())
G_DECLARE_FINAL_TYPE (RsTimelineBar, rs_timeline_bar, RS, TIMELINE_BAR, GtkWidget)

void     rs_timeline_bar_set_n_steps (RsTimelineBar *self,
                                      guint          n_steps);
guint    rs_timeline_bar_get_step    (RsTimelineBar *self);
void     rs_timeline_bar_set_step    (RsTimelineBar *self,
                                      guint          step);
gboolean rs_timeline_bar_get_playing (RsTimelineBar *self);
void     rs_timeline_bar_set_playing (RsTimelineBar *self,
                                      gboolean       playing);
double   rs_timeline_bar_get_speed   (RsTimelineBar *self);
void     rs_timeline_bar_set_speed   (RsTimelineBar *self,
                                      double         steps_per_second);

G_END_DECLS
