/* rs-event-log.c: what each step created, destroyed and printed
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The seed tutorial taught with __del__ printing "Object(...) is being
 * destroyed."; the log says the same for every traced object, in the order
 * the events happened, grouped by step.
 */
#define G_LOG_DOMAIN "refscope-event-log"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-event-log.h"

/* Only the latest steps are listed: the log follows the replay. */
#define MAX_STEPS 200

struct _RsEventLog
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkScrolledWindow *scrolled;
  GtkListBox        *list;

  GString           *text;
  guint              scroll_id;   /* a tick that scrolls to the end, or 0 */
};

G_DEFINE_FINAL_TYPE (RsEventLog, rs_event_log, GTK_TYPE_WIDGET)

static char *
alloc_title (RsSession     *session,
             const RsEvent *event)
{
  const char *type = rs_session_get_atom (session, (guint32) (event->key >> 8));

  return g_strdup_printf ("%s #%u", type ? type : "?", (guint) rs_value_get_int (event->new_value));
}

static char *
finalized_title (const RsEvent    *event,
                 const RsSnapshot *before,
                 GHashTable       *titles)
{
  const char *title = g_hash_table_lookup (titles, GUINT_TO_POINTER (event->holder));
  const RsSnapObject *object;

  if (title != NULL)
    return g_strdup (title);
  object = before ? rs_snapshot_find_object (before, event->holder) : NULL;
  if (object == NULL || object->number == 0)
    return NULL;  /* not traced: the trace has no `del` for it either */
  return g_strdup (object->title);
}

char *
rs_event_log_describe (RsSession        *session,
                       const RsEvent    *event,
                       const RsSnapshot *before,
                       GHashTable       *titles)
{
  g_autofree char *title = NULL;

  g_return_val_if_fail (RS_IS_SESSION (session), NULL);
  g_return_val_if_fail (event != NULL, NULL);

  switch ((RsEventKind) event->kind)
    {
    case RS_EV_ALLOC:
      if (!RS_KIND_IS_TRACED (event->key & 0xff))
        return NULL;
      title = alloc_title (session, event);
      g_hash_table_insert (titles, GUINT_TO_POINTER (event->holder), g_strdup (title));
      return g_strdup_printf (_("Object(%s) is being created."), title);
    case RS_EV_FINALIZE:
      if (!(title = finalized_title (event, before, titles)))
        return NULL;
      return g_strdup_printf (_("Object(%s) is being destroyed."), title);
    case RS_EV_RESURRECT:
      if (!(title = finalized_title (event, before, titles)))
        return NULL;
      return g_strdup_printf (_("Object(%s) was brought back to life by its __del__."), title);
    case RS_EV_GC_START:
      return g_strdup (_("gc.collect() looks for objects nothing can reach."));
    case RS_EV_GC_END:
      return g_strdup (_("gc.collect() is done."));
    case RS_EV_PRINT:
      return g_strdup_printf (_("print: %s"), rs_session_get_atom (session, (guint32) event->key));
    case RS_EV_ERROR:
      return g_strdup_printf (_("%s at line %d stops the script."),
                              rs_session_get_atom (session, (guint32) event->key),
                              (int) rs_value_get_int (event->new_value));
    default:
      return NULL;
    }
}

static const char *
event_class (const RsEvent *event)
{
  if (event->kind == RS_EV_ALLOC)
    return "event-new";
  if (event->kind == RS_EV_FINALIZE || event->kind == RS_EV_ERROR)
    return "event-del";
  return NULL;
}

static void
append_row (RsEventLog *self,
            const char *text,
            const char *css_class,
            gboolean    current)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_list_box_append (self->list, label);
  if (current)
    gtk_widget_add_css_class (gtk_widget_get_parent (label), "event-current");
  g_string_append_printf (self->text, "%s\n", text);
}

static void
show_step (RsEventLog *self,
           RsSession  *session,
           guint       step,
           gboolean    current,
           GHashTable *titles)
{
  g_autoptr(RsSnapshot) before = NULL;
  const RsEvent *events;
  guint n_events = 0;
  gboolean header = FALSE;

  events = rs_session_get_step_events (session, step, &n_events);
  for (guint i = 0; i < n_events; i++)
    {
      g_autofree char *text = NULL;

      if (events[i].kind == RS_EV_FINALIZE && before == NULL && step > 0)
        before = rs_session_get_snapshot (session, step - 1);
      if (!(text = rs_event_log_describe (session, &events[i], before, titles)))
        continue;
      if (!header)
        {
          g_autofree char *title = g_strdup_printf (_("Step %u, line %u"), step,
                                                    rs_session_get_step_line (session, step));
          append_row (self, title, "step-header", current);
          header = TRUE;
        }
      append_row (self, text, event_class (&events[i]), current);
    }
}

/* The newest events are at the bottom: follow them once the rows are
 * measured.  Not from notify::upper itself: that comes while the viewport
 * allocates, which then places the rows at the old scroll position and
 * the current step's row stays cut off; the next frame scrolls. */
static gboolean
scroll_to_end_cb (GtkWidget     *widget,
                  GdkFrameClock *clock,
                  gpointer       user_data)
{
  RsEventLog *self = RS_EVENT_LOG (widget);
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (self->scrolled);

  self->scroll_id = 0;
  gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj));
  return G_SOURCE_REMOVE;
}

static void
upper_changed_cb (RsEventLog *self)
{
  if (self->scroll_id == 0)
    self->scroll_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_to_end_cb, NULL, NULL);
}

static void
rs_event_log_dispose (GObject *object)
{
  RsEventLog *self = RS_EVENT_LOG (object);

  if (self->scroll_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_id);
  self->scroll_id = 0;
  gtk_widget_dispose_template (GTK_WIDGET (object), RS_TYPE_EVENT_LOG);
  G_OBJECT_CLASS (rs_event_log_parent_class)->dispose (object);
}

static void
rs_event_log_finalize (GObject *object)
{
  RsEventLog *self = RS_EVENT_LOG (object);

  g_string_free (self->text, TRUE);
  G_OBJECT_CLASS (rs_event_log_parent_class)->finalize (object);
}

static void
rs_event_log_class_init (RsEventLogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_event_log_dispose;
  object_class->finalize = rs_event_log_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/refscope/Refscope/rs-event-log.ui");
  gtk_widget_class_bind_template_child (widget_class, RsEventLog, scrolled);
  gtk_widget_class_bind_template_child (widget_class, RsEventLog, list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rseventlog");
}

static void
rs_event_log_init (RsEventLog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->text = g_string_new (NULL);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scrolled), "notify::upper",
                           G_CALLBACK (upper_changed_cb), self, G_CONNECT_SWAPPED);
}

void
rs_event_log_show (RsEventLog *self,
                   RsSession  *session,
                   guint       step)
{
  g_autoptr(GHashTable) titles = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  GtkWidget *child;
  guint first;

  g_return_if_fail (RS_IS_EVENT_LOG (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))))
    gtk_list_box_remove (self->list, child);
  g_string_truncate (self->text, 0);
  if (session == NULL)
    return;

  first = step > MAX_STEPS ? step - MAX_STEPS : 0;
  for (guint s = first; s <= step && s < rs_session_get_n_steps (session); s++)
    show_step (self, session, s, s == step, titles);
  upper_changed_cb (self);
}

const char *
rs_event_log_get_text (RsEventLog *self)
{
  g_return_val_if_fail (RS_IS_EVENT_LOG (self), NULL);

  return self->text->str;
}
