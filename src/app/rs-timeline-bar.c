/* rs-timeline-bar.c: first, back, play, forward, last, a slider and the speed
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "refscope-timeline-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-timeline-bar.h"

static const double speeds[] = { 0.5, 1, 2, 4, 8, 16 };

struct _RsTimelineBar
{
  GtkWidget      parent_instance;

  /* Template widgets */
  GtkWidget     *box;
  GtkButton     *play_button;
  GtkScale      *scale;
  GtkAdjustment *adjustment;
  GtkLabel      *step_label;
  GtkDropDown   *speed_dropdown;

  /* State */
  guint          n_steps;
  guint          step;
  guint          timeout_id;
};

G_DEFINE_FINAL_TYPE (RsTimelineBar, rs_timeline_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_N_STEPS,
  PROP_STEP,
  PROP_PLAYING,
  PROP_SPEED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_label (RsTimelineBar *self)
{
  g_autofree char *text = NULL;

  /* Step 0 is "before the first line", so the last step is n_steps - 1. */
  text = g_strdup_printf (_("Step %u of %u"), self->step,
                          self->n_steps > 0 ? self->n_steps - 1 : 0);
  gtk_label_set_label (self->step_label, text);
}

static gboolean
tick_cb (gpointer user_data)
{
  RsTimelineBar *self = user_data;

  if (self->step + 1 >= self->n_steps)
    {
      self->timeout_id = 0;
      rs_timeline_bar_set_playing (self, FALSE);
      return G_SOURCE_REMOVE;
    }
  rs_timeline_bar_set_step (self, self->step + 1);
  return G_SOURCE_CONTINUE;
}

static void
restart_clock (RsTimelineBar *self)
{
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->timeout_id = g_timeout_add ((guint) (1000.0 / rs_timeline_bar_get_speed (self)),
                                    tick_cb, self);
}

static void
value_changed_cb (RsTimelineBar *self,
                  GtkAdjustment *adjustment)
{
  double value = gtk_adjustment_get_value (adjustment);

  rs_timeline_bar_set_step (self, (guint) (value + 0.5));
}

static void
speed_changed_cb (RsTimelineBar *self)
{
  if (self->timeout_id != 0)
    restart_clock (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEED]);
}

static void
rs_timeline_bar_dispose (GObject *object)
{
  RsTimelineBar *self = RS_TIMELINE_BAR (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), RS_TYPE_TIMELINE_BAR);
  G_OBJECT_CLASS (rs_timeline_bar_parent_class)->dispose (object);
}

static void
rs_timeline_bar_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RsTimelineBar *self = RS_TIMELINE_BAR (object);

  switch (prop_id)
    {
    case PROP_N_STEPS: g_value_set_uint (value, self->n_steps); break;
    case PROP_STEP: g_value_set_uint (value, self->step); break;
    case PROP_PLAYING: g_value_set_boolean (value, self->timeout_id != 0); break;
    case PROP_SPEED: g_value_set_double (value, rs_timeline_bar_get_speed (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_timeline_bar_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RsTimelineBar *self = RS_TIMELINE_BAR (object);

  switch (prop_id)
    {
    case PROP_N_STEPS: rs_timeline_bar_set_n_steps (self, g_value_get_uint (value)); break;
    case PROP_STEP: rs_timeline_bar_set_step (self, g_value_get_uint (value)); break;
    case PROP_PLAYING: rs_timeline_bar_set_playing (self, g_value_get_boolean (value)); break;
    case PROP_SPEED: rs_timeline_bar_set_speed (self, g_value_get_double (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_timeline_bar_class_init (RsTimelineBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_timeline_bar_dispose;
  object_class->get_property = rs_timeline_bar_get_property;
  object_class->set_property = rs_timeline_bar_set_property;

  properties[PROP_N_STEPS] =
    g_param_spec_uint ("n-steps", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STEP] =
    g_param_spec_uint ("step", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAYING] =
    g_param_spec_boolean ("playing", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SPEED] =
    g_param_spec_double ("speed", NULL, NULL, 0.25, 16, 2,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/refscope/Refscope/rs-timeline-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, RsTimelineBar, box);
  gtk_widget_class_bind_template_child (widget_class, RsTimelineBar, play_button);
  gtk_widget_class_bind_template_child (widget_class, RsTimelineBar, scale);
  gtk_widget_class_bind_template_child (widget_class, RsTimelineBar, adjustment);
  gtk_widget_class_bind_template_child (widget_class, RsTimelineBar, step_label);
  gtk_widget_class_bind_template_child (widget_class, RsTimelineBar, speed_dropdown);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rstimelinebar");
}

static void
rs_timeline_bar_init (RsTimelineBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drop_down_set_selected (self->speed_dropdown, 2);
  g_signal_connect_object (self->adjustment, "value-changed",
                           G_CALLBACK (value_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->speed_dropdown, "notify::selected",
                           G_CALLBACK (speed_changed_cb), self, G_CONNECT_SWAPPED);
  update_label (self);
}

void
rs_timeline_bar_set_n_steps (RsTimelineBar *self,
                             guint          n_steps)
{
  g_return_if_fail (RS_IS_TIMELINE_BAR (self));

  if (self->n_steps == n_steps)
    return;
  self->n_steps = n_steps;
  gtk_adjustment_set_upper (self->adjustment, n_steps > 0 ? n_steps - 1 : 0);
  if (n_steps > 0 && self->step >= n_steps)
    rs_timeline_bar_set_step (self, n_steps - 1);
  update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_STEPS]);
}

guint
rs_timeline_bar_get_step (RsTimelineBar *self)
{
  g_return_val_if_fail (RS_IS_TIMELINE_BAR (self), 0);

  return self->step;
}

void
rs_timeline_bar_set_step (RsTimelineBar *self,
                          guint          step)
{
  g_return_if_fail (RS_IS_TIMELINE_BAR (self));

  step = MIN (step, self->n_steps > 0 ? self->n_steps - 1 : 0);
  if (self->step == step)
    return;
  self->step = step;
  gtk_adjustment_set_value (self->adjustment, step);
  update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
}

gboolean
rs_timeline_bar_get_playing (RsTimelineBar *self)
{
  g_return_val_if_fail (RS_IS_TIMELINE_BAR (self), FALSE);

  return self->timeout_id != 0;
}

void
rs_timeline_bar_set_playing (RsTimelineBar *self,
                             gboolean       playing)
{
  g_return_if_fail (RS_IS_TIMELINE_BAR (self));

  if (playing)
    {
      /* Play from the start again once the end was reached. */
      if (self->step + 1 >= self->n_steps)
        rs_timeline_bar_set_step (self, 0);
      restart_clock (self);
    }
  else
    g_clear_handle_id (&self->timeout_id, g_source_remove);
  gtk_button_set_icon_name (self->play_button,
                            playing ? "media-playback-pause-symbolic"
                                    : "media-playback-start-symbolic");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
}

double
rs_timeline_bar_get_speed (RsTimelineBar *self)
{
  guint i;

  g_return_val_if_fail (RS_IS_TIMELINE_BAR (self), 1);

  i = gtk_drop_down_get_selected (self->speed_dropdown);
  return speeds[MIN (i, G_N_ELEMENTS (speeds) - 1)];
}

void
rs_timeline_bar_set_speed (RsTimelineBar *self,
                           double         steps_per_second)
{
  guint best = 0;

  g_return_if_fail (RS_IS_TIMELINE_BAR (self));

  for (guint i = 1; i < G_N_ELEMENTS (speeds); i++)
    if (ABS (speeds[i] - steps_per_second) < ABS (speeds[best] - steps_per_second))
      best = i;
  gtk_drop_down_set_selected (self->speed_dropdown, best);
}
