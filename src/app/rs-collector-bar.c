/* rs-collector-bar.c: one gc.collect(), played phase by phase
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Over the canvas while a step runs gc.collect(): an offer to see the
 * collection as CPython's collector does it (rs-gc-phases.h), then the
 * phase shown, a sentence that explains it with its numbers, and the
 * buttons that move between phases.  The window draws the phase's state
 * and marks (gc_refs, the unreachable list) when "phase-changed" says so.
 */
#define G_LOG_DOMAIN "refscope-collector-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-collector-bar.h"

struct _RsCollectorBar
{
  GtkWidget       parent_instance;

  /* Template widgets */
  GtkStack       *stack;
  GtkLabel       *offer_label;
  GtkLabel       *title_label;
  GtkLabel       *explanation_label;
  GtkButton      *previous_button;
  GtkButton      *next_button;

  /* Owned references */
  RsSession      *session;
  RsGcPhases     *phases;      /* while playing */
  char           *explanation;

  /* State */
  guint           step;
  gint            phase;       /* the phase shown, -1 when none */
};

G_DEFINE_FINAL_TYPE (RsCollectorBar, rs_collector_bar, GTK_TYPE_WIDGET)

enum {
  PHASE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

gboolean
rs_collector_bar_step_collects (RsSession *session,
                                guint      step)
{
  const RsEvent *events;
  guint n;

  g_return_val_if_fail (RS_IS_SESSION (session), FALSE);

  if (step >= rs_session_get_n_steps (session))
    return FALSE;
  /* a collection that examines anything marks its weak-reference phase
   * before any callback or finalizer can start another step */
  events = rs_session_get_step_events (session, step, &n);
  for (guint i = 0; i < n; i++)
    if (events[i].kind == RS_EV_GC_PHASE && events[i].key == RS_GC_MARK_WEAKREFS)
      return TRUE;
  return FALSE;
}

char *
rs_gc_phase_explain (const RsGcPhases *phases,
                     guint             kind)
{
  const RsGcPhase *phase;
  guint n;

  g_return_val_if_fail (phases != NULL, NULL);
  g_return_val_if_fail (kind < RS_GC_N_PHASES, NULL);

  phase = &phases->phases[kind];
  n = phase->count;

  switch ((RsGcPhaseKind) kind)
    {
    case RS_GC_PHASE_REFS:
      return g_strdup_printf (ngettext ("The collector examines %u object: each starts with gc_refs, its reference count.",
                                        "The collector examines %u objects: each starts with gc_refs, its reference count.", n), n);
    case RS_GC_PHASE_SUBTRACT:
      return g_strdup_printf (ngettext ("%u reference between examined objects is taken off. What is left counts references from outside: names, frames, temporaries.",
                                        "%u references between examined objects are taken off. What is left counts references from outside: names, frames, temporaries.", n), n);
    case RS_GC_PHASE_TENTATIVE:
      return g_strdup_printf (ngettext ("%u object with gc_refs 0 moves to the unreachable list, for now.",
                                        "%u objects with gc_refs 0 move to the unreachable list, for now.", n), n);
    case RS_GC_PHASE_MOVE_BACK:
      return g_strdup_printf (ngettext ("%u object comes back: an object referenced from outside reaches it. What stays in the unreachable list is garbage.",
                                        "%u objects come back: an object referenced from outside reaches them. What stays in the unreachable list is garbage.", n), n);
    case RS_GC_PHASE_LEGACY:
      return g_strdup (_("Legacy finalizers (tp_del) would keep garbage in gc.garbage: a script's classes have none, so nothing moves."));
    case RS_GC_PHASE_WEAKREFS:
      return g_strdup_printf (ngettext ("%u weak reference to the garbage is cleared. The callbacks of those that are not garbage themselves run now, before any __del__.",
                                        "%u weak references to the garbage are cleared. The callbacks of those that are not garbage themselves run now, before any __del__.", n), n);
    case RS_GC_PHASE_FINALIZE:
      {
        g_autofree char *run = g_strdup_printf (ngettext ("%u object of the garbage is finalized (its __del__ runs, if it has one), once in its life (PEP 442).",
                                                          "%u objects of the garbage are finalized (their __del__ runs, if they have one), once in their life (PEP 442).", n), n);
        if (phase->n_freed == 0)
          return g_steal_pointer (&run);
        return g_strdup_printf (ngettext ("%s Reference counting freed %u of them already: a __del__ broke the cycle.",
                                          "%s Reference counting freed %u of them already: a __del__ broke the cycle.",
                                          phase->n_freed), run, phase->n_freed);
      }
    case RS_GC_PHASE_RESURRECT:
      if (n == 0)
        return g_strdup (_("The collector looks again: no finalizer made anything reachable, so all of it is still garbage."));
      return g_strdup_printf (ngettext ("The collector looks again: %u object was made reachable by a finalizer and survives, with what it keeps alive.",
                                        "The collector looks again: %u objects were made reachable by a finalizer and survive, with what they keep alive.", n), n);
    case RS_GC_PHASE_FREE:
      return g_strdup_printf (ngettext ("The rest is cleared (tp_clear drops its references) and reference counting frees %u object.",
                                        "The rest is cleared (tp_clear drops its references) and reference counting frees %u objects.", n), n);
    default:
      g_assert_not_reached ();
    }
}

const char *
rs_gc_phase_title (guint kind)
{
  g_return_val_if_fail (kind < RS_GC_N_PHASES, NULL);

  switch ((RsGcPhaseKind) kind)
    {
    case RS_GC_PHASE_REFS: return _("Copy the reference counts");
    case RS_GC_PHASE_SUBTRACT: return _("Subtract the references from inside");
    case RS_GC_PHASE_TENTATIVE: return _("Move gc_refs 0 to the unreachable list");
    case RS_GC_PHASE_MOVE_BACK: return _("Move back what is still reachable");
    case RS_GC_PHASE_LEGACY: return _("Legacy finalizers");
    case RS_GC_PHASE_WEAKREFS: return _("Clear the weak references");
    case RS_GC_PHASE_FINALIZE: return _("Run the finalizers");
    case RS_GC_PHASE_RESURRECT: return _("Check for resurrection");
    case RS_GC_PHASE_FREE: return _("Clear and free");
    default: g_assert_not_reached ();
    }
}

static void
update (RsCollectorBar *self)
{
  g_autofree char *title = NULL;
  g_autofree char *call = NULL;

  g_clear_pointer (&self->explanation, g_free);
  if (self->phases == NULL || self->phase < 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "offer");
      return;
    }
  call = self->phases->generation >= 2 ? g_strdup ("gc.collect()")
                                       : g_strdup_printf ("gc.collect(%u)", self->phases->generation);
  /* Translators: "gc.collect(), phase 2 of 9: Subtract the references from inside" */
  title = g_strdup_printf (_("%s, phase %d of %d: %s"), call, self->phase + 1, RS_GC_N_PHASES,
                           rs_gc_phase_title (self->phase));
  self->explanation = rs_gc_phase_explain (self->phases, self->phase);
  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->explanation_label, self->explanation);
  gtk_widget_set_sensitive (GTK_WIDGET (self->previous_button), self->phase > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->next_button), self->phase + 1 < RS_GC_N_PHASES);
  gtk_stack_set_visible_child_name (self->stack, "phase");
}

static void
show_phase (RsCollectorBar *self,
            gint            phase)
{
  self->phase = phase;
  if (phase < 0)
    g_clear_pointer (&self->phases, rs_gc_phases_free);
  update (self);
  g_signal_emit (self, signals[PHASE_CHANGED], 0);
}

void
rs_collector_bar_show_step (RsCollectorBar *self,
                            RsSession      *session,
                            guint           step)
{
  g_return_if_fail (RS_IS_COLLECTOR_BAR (self));
  g_return_if_fail (session == NULL || RS_IS_SESSION (session));

  g_set_object (&self->session, session);
  self->step = step;
  self->phase = -1;
  g_clear_pointer (&self->phases, rs_gc_phases_free);
  update (self);
  gtk_widget_set_visible (GTK_WIDGET (self), session != NULL && rs_collector_bar_step_collects (session, step));
}

void
rs_collector_bar_start (RsCollectorBar *self)
{
  g_return_if_fail (RS_IS_COLLECTOR_BAR (self));

  if (self->session == NULL || !rs_collector_bar_step_collects (self->session, self->step))
    return;
  g_clear_pointer (&self->phases, rs_gc_phases_free);
  self->phases = rs_session_get_gc_phases (self->session, self->step, 0);
  if (self->phases != NULL)
    show_phase (self, 0);
}

gboolean
rs_collector_bar_next (RsCollectorBar *self)
{
  g_return_val_if_fail (RS_IS_COLLECTOR_BAR (self), FALSE);

  if (self->phases == NULL || self->phase + 1 >= RS_GC_N_PHASES)
    return FALSE;
  show_phase (self, self->phase + 1);
  return TRUE;
}

gboolean
rs_collector_bar_previous (RsCollectorBar *self)
{
  g_return_val_if_fail (RS_IS_COLLECTOR_BAR (self), FALSE);

  if (self->phases == NULL || self->phase <= 0)
    return FALSE;
  show_phase (self, self->phase - 1);
  return TRUE;
}

gboolean
rs_collector_bar_show_phase (RsCollectorBar *self,
                             guint           kind)
{
  g_return_val_if_fail (RS_IS_COLLECTOR_BAR (self), FALSE);
  g_return_val_if_fail (kind < RS_GC_N_PHASES, FALSE);

  if (self->phases == NULL || self->phase < 0)
    return FALSE;
  if ((guint) self->phase != kind)
    show_phase (self, (gint) kind);
  return TRUE;
}

void
rs_collector_bar_stop (RsCollectorBar *self)
{
  g_return_if_fail (RS_IS_COLLECTOR_BAR (self));

  if (self->phase >= 0)
    show_phase (self, -1);
}

const RsGcPhase *
rs_collector_bar_get_phase (RsCollectorBar *self)
{
  g_return_val_if_fail (RS_IS_COLLECTOR_BAR (self), NULL);

  return self->phases != NULL && self->phase >= 0 ? &self->phases->phases[self->phase] : NULL;
}

const RsGcPhases *
rs_collector_bar_get_phases (RsCollectorBar *self)
{
  g_return_val_if_fail (RS_IS_COLLECTOR_BAR (self), NULL);

  return self->phase >= 0 ? self->phases : NULL;
}

const char *
rs_collector_bar_get_explanation (RsCollectorBar *self)
{
  g_return_val_if_fail (RS_IS_COLLECTOR_BAR (self), NULL);

  return self->explanation;
}

static void
start_cb (RsCollectorBar *self)
{
  rs_collector_bar_start (self);
}

static void
next_cb (RsCollectorBar *self)
{
  rs_collector_bar_next (self);
}

static void
previous_cb (RsCollectorBar *self)
{
  rs_collector_bar_previous (self);
}

static void
done_cb (RsCollectorBar *self)
{
  rs_collector_bar_stop (self);
}

static void
rs_collector_bar_dispose (GObject *object)
{
  RsCollectorBar *self = RS_COLLECTOR_BAR (object);

  g_clear_object (&self->session);
  g_clear_pointer (&self->phases, rs_gc_phases_free);
  g_clear_pointer (&self->explanation, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (object), RS_TYPE_COLLECTOR_BAR);
  G_OBJECT_CLASS (rs_collector_bar_parent_class)->dispose (object);
}

static void
rs_collector_bar_class_init (RsCollectorBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_collector_bar_dispose;

  /* The phase shown changed (rs_collector_bar_get_phase); NULL: the step again. */
  signals[PHASE_CHANGED] = g_signal_new ("phase-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/refscope/Refscope/rs-collector-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, RsCollectorBar, stack);
  gtk_widget_class_bind_template_child (widget_class, RsCollectorBar, offer_label);
  gtk_widget_class_bind_template_child (widget_class, RsCollectorBar, title_label);
  gtk_widget_class_bind_template_child (widget_class, RsCollectorBar, explanation_label);
  gtk_widget_class_bind_template_child (widget_class, RsCollectorBar, previous_button);
  gtk_widget_class_bind_template_child (widget_class, RsCollectorBar, next_button);
  gtk_widget_class_bind_template_callback (widget_class, start_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_cb);
  gtk_widget_class_bind_template_callback (widget_class, previous_cb);
  gtk_widget_class_bind_template_callback (widget_class, done_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rscollectorbar");
}

static void
rs_collector_bar_init (RsCollectorBar *self)
{
  self->phase = -1;
  gtk_widget_init_template (GTK_WIDGET (self));
}
