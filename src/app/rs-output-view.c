/* rs-output-view.c: what the script printed up to the step shown
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The printed text of a run is gathered once, step by step as far as the
 * steps shown need it, with where each step's output ends: showing a step
 * is then a prefix of it, going forward or back.
 */
#include "config.h"

#include "rs-output-view.h"

struct _RsOutputView
{
  GtkWidget       parent_instance;

  /* Template widgets */
  GtkScrolledWindow *scrolled;
  GtkTextView    *text_view;
  GtkLabel       *placeholder;

  /* Owned references */
  RsSession      *session;      /* the run gathered */
  char           *source;       /* its text: another is another run */
  GString        *printed;      /* what steps 0 .. ends->len - 1 printed */
  GArray         *ends;         /* gsize: the length of printed after each step */
  char           *shown;
  guint           scroll_id;    /* a tick that scrolls to the end, or 0 */
};

G_DEFINE_FINAL_TYPE (RsOutputView, rs_output_view, GTK_TYPE_WIDGET)

static void
forget_run (RsOutputView *self,
            RsSession    *session)
{
  g_set_object (&self->session, session);
  g_free (self->source);
  self->source = g_strdup (rs_session_get_source (session));
  g_string_truncate (self->printed, 0);
  g_array_set_size (self->ends, 0);
}

/* Gathers the output of the steps up to @step. */
static void
gather (RsOutputView *self,
        guint         step)
{
  while (self->ends->len <= step)
    {
      guint n;
      const RsEvent *events = rs_session_get_step_events (self->session, self->ends->len, &n);

      for (guint i = 0; i < n; i++)
        if (events[i].kind == RS_EV_PRINT)
          {
            g_string_append (self->printed, rs_session_get_atom (self->session, (guint32) events[i].key));
            /* a hidden print ended without a newline (end='') */
            if (!(events[i].flags & RS_EVENT_HIDDEN))
              g_string_append_c (self->printed, '\n');
          }
      g_array_append_val (self->ends, self->printed->len);
    }
}

/* Keeps the last line in view once the text is measured: on the next
 * frame, as the event log does (see there why). */
static gboolean
scroll_to_end_cb (GtkWidget     *widget,
                  GdkFrameClock *clock,
                  gpointer       user_data)
{
  RsOutputView *self = RS_OUTPUT_VIEW (widget);
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (self->scrolled);

  self->scroll_id = 0;
  gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj));
  return G_SOURCE_REMOVE;
}

static void
upper_changed_cb (RsOutputView *self)
{
  if (self->scroll_id == 0)
    self->scroll_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_to_end_cb, NULL, NULL);
}

static void
rs_output_view_dispose (GObject *object)
{
  RsOutputView *self = RS_OUTPUT_VIEW (object);

  g_clear_object (&self->session);
  if (self->scroll_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_id);
  self->scroll_id = 0;
  gtk_widget_dispose_template (GTK_WIDGET (object), RS_TYPE_OUTPUT_VIEW);
  /* the template's top child has no id, so dispose_template leaves it */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL;)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (rs_output_view_parent_class)->dispose (object);
}

static void
rs_output_view_finalize (GObject *object)
{
  RsOutputView *self = RS_OUTPUT_VIEW (object);

  g_free (self->source);
  g_free (self->shown);
  g_string_free (self->printed, TRUE);
  g_array_unref (self->ends);
  G_OBJECT_CLASS (rs_output_view_parent_class)->finalize (object);
}

static void
rs_output_view_class_init (RsOutputViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_output_view_dispose;
  object_class->finalize = rs_output_view_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/refscope/Refscope/rs-output-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RsOutputView, scrolled);
  gtk_widget_class_bind_template_child (widget_class, RsOutputView, text_view);
  gtk_widget_class_bind_template_child (widget_class, RsOutputView, placeholder);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rsoutputview");
}

static void
rs_output_view_init (RsOutputView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->printed = g_string_new (NULL);
  self->ends = g_array_new (FALSE, FALSE, sizeof (gsize));
  self->shown = g_strdup ("");
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scrolled), "notify::upper",
                           G_CALLBACK (upper_changed_cb), self, G_CONNECT_SWAPPED);
}

void
rs_output_view_show (RsOutputView *self,
                     RsSession    *session,
                     guint         step)
{
  gsize end = 0;

  g_return_if_fail (RS_IS_OUTPUT_VIEW (self));
  g_return_if_fail (session == NULL || RS_IS_SESSION (session));

  if (session != NULL)
    {
      if (session != self->session || g_strcmp0 (rs_session_get_source (session), self->source) != 0)
        forget_run (self, session);
      step = MIN (step, rs_session_get_n_steps (session) - 1);
      gather (self, step);
      end = g_array_index (self->ends, gsize, step);
    }
  g_free (self->shown);
  self->shown = g_strndup (self->printed->str, end);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), self->shown, -1);
  gtk_widget_set_visible (GTK_WIDGET (self->placeholder), end == 0);
  upper_changed_cb (self);
}

void
rs_output_view_show_at (RsOutputView *self,
                        RsSession    *session,
                        guint64       pos)
{
  g_autoptr(GString) text = NULL;
  const RsEvent *events;
  guint step = 0, n;

  g_return_if_fail (RS_IS_OUTPUT_VIEW (self));
  g_return_if_fail (RS_IS_SESSION (session));

  if (session != self->session || g_strcmp0 (rs_session_get_source (session), self->source) != 0)
    forget_run (self, session);
  while (step + 1 < rs_session_get_n_steps (session) && rs_session_get_step_start (session, step + 1) <= pos)
    step++;
  if (step > 0)
    gather (self, step - 1);
  text = g_string_new_len (self->printed->str, step > 0 ? g_array_index (self->ends, gsize, step - 1) : 0);
  /* the step's own prints before @pos, as gather() takes them */
  events = rs_session_get_step_events (session, step, &n);
  n = (guint) MIN ((guint64) n, pos - rs_session_get_step_start (session, step));
  for (guint i = 0; i < n; i++)
    if (events[i].kind == RS_EV_PRINT)
      {
        g_string_append (text, rs_session_get_atom (session, (guint32) events[i].key));
        if (!(events[i].flags & RS_EVENT_HIDDEN))
          g_string_append_c (text, '\n');
      }
  g_free (self->shown);
  self->shown = g_strdup (text->str);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), self->shown, -1);
  gtk_widget_set_visible (GTK_WIDGET (self->placeholder), text->len == 0);
  upper_changed_cb (self);
}

const char *
rs_output_view_get_text (RsOutputView *self)
{
  g_return_val_if_fail (RS_IS_OUTPUT_VIEW (self), NULL);

  return self->shown;
}
