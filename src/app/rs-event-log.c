/* rs-event-log.c: what each step created, destroyed and printed
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The seed tutorial taught with __del__ printing "Object(...) is being
 * destroyed."; the log says the same for every traced object, in the order
 * the events happened, grouped by step.  While a collection plays
 * phase by phase, each phase has its row among the collection's events,
 * in the collector bar's words, and the row of the phase shown is
 * selected.
 */
#define G_LOG_DOMAIN "refscope-event-log"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-collector-bar.h"
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
  guint              scroll_frames;  /* how many frames it has scrolled to the phase */
  GtkListBoxRow     *selected;    /* the phase shown, scrolled to instead of the end */
};

G_DEFINE_FINAL_TYPE (RsEventLog, rs_event_log, GTK_TYPE_WIDGET)

enum {
  PHASE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A collection played phase by phase, and the phase shown */
typedef struct {
  const RsGcPhases *phases;
  guint             current;
  guint             next;      /* the next phase to list */
} RsPhaseRows;

#define PHASE_KEY "rs-gc-phase"

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

static GtkListBoxRow *
append_row (RsEventLog *self,
            const char *text,
            const char *css_class,
            gboolean    current)
{
  GtkWidget *label = gtk_label_new (text);
  GtkListBoxRow *row;

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_list_box_append (self->list, label);
  row = GTK_LIST_BOX_ROW (gtk_widget_get_parent (label));
  /* only a phase's row leads somewhere */
  gtk_list_box_row_set_selectable (row, FALSE);
  gtk_list_box_row_set_activatable (row, FALSE);
  if (current)
    gtk_widget_add_css_class (GTK_WIDGET (row), "event-current");
  g_string_append_printf (self->text, "%s\n", text);
  return row;
}

/* Where phase @kind's row goes: before the events the phase makes (the
 * first phases make none, the later ones start where the one before
 * leaves its picture). */
static guint64
phase_start (const RsGcPhases *phases,
             guint             kind)
{
  return kind == 0 ? phases->start + 1 : phases->phases[kind - 1].pos;
}

static void
append_phase_row (RsEventLog  *self,
                  RsPhaseRows *rows)
{
  guint kind = rows->next++;
  g_autofree char *explanation = rs_gc_phase_explain (rows->phases, kind);
  /* Translators: "Phase 2 of 9, Subtract the references from inside: 7 references ..." */
  g_autofree char *text = g_strdup_printf (_("Phase %u of %u, %s: %s"), kind + 1, RS_GC_N_PHASES,
                                           rs_gc_phase_title (kind), explanation);
  GtkListBoxRow *row = append_row (self, text, "event-phase", TRUE);

  gtk_list_box_row_set_selectable (row, TRUE);
  gtk_list_box_row_set_activatable (row, TRUE);
  g_object_set_data (G_OBJECT (row), PHASE_KEY, GUINT_TO_POINTER (kind + 1));
  if (kind == rows->current)
    {
      gtk_list_box_select_row (self->list, row);
      self->selected = row;
    }
}

/* The phases' rows that go before event @pos */
static void
append_phases_before (RsEventLog  *self,
                      RsPhaseRows *rows,
                      guint64      pos)
{
  while (rows != NULL && rows->next < RS_GC_N_PHASES && phase_start (rows->phases, rows->next) <= pos)
    append_phase_row (self, rows);
}

static void
append_header (RsEventLog *self,
               RsSession  *session,
               guint       step,
               gboolean    current,
               gboolean   *header)
{
  g_autofree char *title = NULL;

  if (*header)
    return;
  title = g_strdup_printf (_("Step %u, line %u"), step, rs_session_get_step_line (session, step));
  append_row (self, title, "step-header", current);
  *header = TRUE;
}

/* @rows: the phases of a collection that runs in @step, or NULL; @last:
 * no step is listed after this one */
static void
show_step (RsEventLog  *self,
           RsSession   *session,
           guint        step,
           gboolean     current,
           GHashTable  *titles,
           RsPhaseRows *rows,
           gboolean     last)
{
  g_autoptr(RsSnapshot) before = NULL;
  const RsEvent *events;
  guint n_events = 0;
  gboolean header = FALSE;
  guint64 first = rs_session_get_step_start (session, step);

  events = rs_session_get_step_events (session, step, &n_events);
  for (guint i = 0; i <= n_events; i++)
    {
      g_autofree char *text = NULL;
      /* the phases that start here; after the last event, those that
       * start in no later step */
      guint64 pos = i < n_events ? first + i : last ? G_MAXUINT64 : first + i - 1;

      if (rows != NULL && rows->next < RS_GC_N_PHASES && phase_start (rows->phases, rows->next) <= pos)
        {
          append_header (self, session, step, current, &header);
          append_phases_before (self, rows, pos);
        }
      if (i == n_events)
        break;
      if (events[i].kind == RS_EV_FINALIZE && before == NULL && step > 0)
        before = rs_session_get_snapshot (session, step - 1);
      if (!(text = rs_event_log_describe (session, &events[i], before, titles)))
        continue;
      append_header (self, session, step, current, &header);
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
  graphene_rect_t bounds;
  double page = gtk_adjustment_get_page_size (adj);

  /* the phase shown in the middle, once its row has its place: wrapped
   * rows above it take their height over a few frames */
  if (self->selected != NULL &&
      gtk_widget_compute_bounds (GTK_WIDGET (self->selected), GTK_WIDGET (self->list), &bounds))
    {
      double target = bounds.origin.y + bounds.size.height / 2 - page / 2;

      target = CLAMP (target, 0, MAX (gtk_adjustment_get_upper (adj) - page, 0));
      gboolean moved = ABS (gtk_adjustment_get_value (adj) - target) > 0.5;

      gtk_adjustment_set_value (adj, target);
      if (++self->scroll_frames < 10 && (self->scroll_frames < 3 || moved))
        return G_SOURCE_CONTINUE;
    }
  else
    gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj) - page);
  self->scroll_id = 0;
  return G_SOURCE_REMOVE;
}

static void
upper_changed_cb (RsEventLog *self)
{
  self->scroll_frames = 0;
  if (self->scroll_id == 0)
    self->scroll_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_to_end_cb, NULL, NULL);
}

static void
row_activated_cb (RsEventLog    *self,
                  GtkListBoxRow *row)
{
  guint kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), PHASE_KEY));

  if (kind > 0)
    g_signal_emit (self, signals[PHASE_ACTIVATED], 0, kind - 1);
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

  /* A phase's row was activated: show that phase (guint: its RsGcPhaseKind). */
  signals[PHASE_ACTIVATED] = g_signal_new ("phase-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

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
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (row_activated_cb), self, G_CONNECT_SWAPPED);
}

static void
show (RsEventLog  *self,
      RsSession   *session,
      guint        step,
      RsPhaseRows *rows)
{
  g_autoptr(GHashTable) titles = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  GtkWidget *child;
  guint first, last;

  self->selected = NULL;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))))
    gtk_list_box_remove (self->list, child);
  g_string_truncate (self->text, 0);
  if (session == NULL)
    return;

  first = step > MAX_STEPS ? step - MAX_STEPS : 0;
  /* a collection played phase by phase: the steps its finalizers and
   * callbacks run too, to its end */
  last = step;
  while (rows != NULL && last + 1 < rs_session_get_n_steps (session) &&
         rs_session_get_step_start (session, last + 1) <= rows->phases->end)
    last++;
  for (guint s = first; s <= last && s < rs_session_get_n_steps (session); s++)
    show_step (self, session, s, s == step, titles, s >= step ? rows : NULL, s == last);
  upper_changed_cb (self);
}

void
rs_event_log_show (RsEventLog *self,
                   RsSession  *session,
                   guint       step)
{
  g_return_if_fail (RS_IS_EVENT_LOG (self));

  show (self, session, step, NULL);
}

void
rs_event_log_show_phases (RsEventLog       *self,
                          RsSession        *session,
                          guint             step,
                          const RsGcPhases *phases,
                          guint             current)
{
  RsPhaseRows rows = { phases, current, 0 };

  g_return_if_fail (RS_IS_EVENT_LOG (self));
  g_return_if_fail (RS_IS_SESSION (session));
  g_return_if_fail (phases != NULL && current < RS_GC_N_PHASES);

  show (self, session, step, &rows);
}

const char *
rs_event_log_get_selected_text (RsEventLog *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (RS_IS_EVENT_LOG (self), NULL);

  row = gtk_list_box_get_selected_row (self->list);
  return row ? gtk_label_get_label (GTK_LABEL (gtk_list_box_row_get_child (row))) : NULL;
}

const char *
rs_event_log_get_text (RsEventLog *self)
{
  g_return_val_if_fail (RS_IS_EVENT_LOG (self), NULL);

  return self->text->str;
}
