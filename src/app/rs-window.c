/* rs-window.c: a Refscope window, one session
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window holds the session and the current step, and keeps its parts
 * in step with them: the canvas, the script's marked line, the inspector
 * and the event log.  Actions live in rs-window-actions.c, files (open,
 * save, drag-and-drop, closing) in rs-window-file.c, reading a file in
 * rs-window-load.c, autosave and recovery in rs-window-autosave.c.
 */
#define G_LOG_DOMAIN "refscope-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rs-reference-popover.h"
#include "rs-tooltip-guard.h"
#include "rs-view-state.h"
#include "rs-window-private.h"

G_DEFINE_FINAL_TYPE (RsWindow, rs_window, ADW_TYPE_APPLICATION_WINDOW)

void
_rs_window_toast (RsWindow   *self,
                  const char *message)
{
  /* A toast's title is markup; a file name ("a&b.py") is not. */
  g_autofree char *escaped = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (escaped);

  adw_toast_set_timeout (toast, 4);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
_rs_window_update_title (RsWindow *self)
{
  g_autofree char *title = NULL;

  title = g_strdup_printf ("%s%s", self->modified ? "• " : "",
                           self->display_name ? self->display_name : _("New Session"));
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, _("Refscope"));
  gtk_window_set_title (GTK_WINDOW (self), title);
  /* Every change that makes the session unsaved comes here: the text
   * typed, the engine, the pins. */
  if (self->modified)
    _rs_window_schedule_autosave (self);
}

/* What the user knows the script by, in its error messages. */
static const char *
window_name (RsWindow *self)
{
  return self->display_name ? self->display_name : _("New Session");
}

/* "NAME:LINE: Kind: message" of what stopped the run (a runtime error,
 * the step limit, or "NAME:LINE:COL: why" of what is outside the subset
 * and showed only while it ran), and its line; NULL if it ran to its end. */
char *
_rs_window_describe_stop (RsWindow *self,
                          guint    *line)
{
  const char *kind = NULL, *message = NULL;
  guint column;

  *line = 0;
  if (rs_session_get_run_rejection (self->session, line, &column, &message))
    return g_strdup_printf (_("%s:%u:%u: %s"), window_name (self), *line, column, message);
  g_autofree char *history = rs_session_describe_history_limit (self->session);
  if (history != NULL)
    {
      *line = rs_session_get_step_line (self->session, rs_session_get_n_steps (self->session) - 1);
      return g_strdup_printf (_("%s:%u: %s; the steps recorded so far can still be viewed"),
                              window_name (self), *line, history);
    }
  if (rs_session_hit_step_limit (self->session))
    {
      *line = rs_session_get_step_line (self->session, rs_session_get_n_steps (self->session) - 1);
      return g_strdup_printf (_("%s:%u: the script ran into the step limit"), window_name (self), *line);
    }
  if (!rs_session_get_error (self->session, &kind, line, &message))
    return NULL;
  /* the heap budget's MemoryError says which limit and how to raise it */
  g_autofree char *memory = rs_session_describe_memory_error (self->session);
  if (memory != NULL)
    return g_strdup_printf (_("%s:%u: %s: %s"), window_name (self), *line, kind, memory);
  return g_strdup_printf (_("%s:%u: %s: %s"), window_name (self), *line, kind, message ? message : "");
}

void
_rs_window_show_runtime_error (RsWindow *self)
{
  g_autofree char *stop = NULL;
  g_autofree char *text = NULL;
  guint line;

  if (!(stop = _rs_window_describe_stop (self, &line)))
    return;
  text = g_strdup_printf (_("%s (the script stops here: mend this line to go on)"), stop);
  rs_script_view_show_error (self->script_view, text, line, 0);
}

/* Lines in @text: where a statement appended to it starts, less one. */
static guint
count_lines (const char *text)
{
  guint n = 0;
  const char *p;

  for (p = text; *p != '\0'; p++)
    n += *p == '\n';
  return n + (p > text && p[-1] != '\n');
}

/* The front end says "FILE:LINE:COL: error: REASON" for each error it
 * found (the subset check goes on after one where it can): each is
 * marked at its line and column, all at once, in the script or, when
 * @command is the statement @refused did not take after its script, in
 * the command line. */
void
_rs_window_show_rejection (RsWindow     *self,
                           RsSession    *refused,
                           const GError *error,
                           gboolean      command)
{
  guint n = rs_session_get_n_rejections (refused), first = 1;

  if (n == 0)
    {
      rs_script_view_show_error (self->script_view, error->message, 0, 0);
      return;
    }
  if (command)
    first = count_lines (rs_session_get_source (refused)) + 1;
  for (guint i = 0; i < n; i++)
    {
      guint line, column;
      const char *reason;
      g_autofree char *text = NULL;
      gboolean in_command;

      rs_session_get_nth_rejection (refused, i, &line, &column, &reason);
      text = g_strdup_printf (_("%s:%u:%u: %s"), window_name (self), line, column, reason);
      in_command = command && line >= first;
      if (in_command)
        line -= first - 1;
      if (i > 0)
        rs_script_view_add_error (self->script_view, text, line, column);
      else if (in_command)
        rs_script_view_show_command_error (self->script_view, text, line, column);
      else
        rs_script_view_show_error (self->script_view, text, line, column);
    }
}

/* Shows step @step of the session in every part of the window. */
void
_rs_window_show_session (RsWindow *self,
                         guint     step,
                         gboolean  animate)
{
  guint n_steps = rs_session_get_n_steps (self->session);

  step = MIN (step, n_steps - 1);
  g_clear_pointer (&self->snapshot, rs_snapshot_unref);
  self->snapshot = rs_session_get_snapshot (self->session, step);
  self->step = step;

  rs_timeline_bar_set_n_steps (self->timeline_bar, n_steps);
  rs_timeline_bar_set_step (self->timeline_bar, step);
  rs_graph_view_set_history (self->canvas, self->session);
  _rs_window_show_collector (self);
  rs_graph_view_set_snapshot (self->canvas, self->snapshot, animate);
  rs_script_view_set_current_line (self->script_view, rs_session_get_step_line (self->session, step));
  rs_event_log_show (self->event_log, self->session, step);
  rs_output_view_show (self->output_view, self->session, step);
  rs_inspector_show (self->inspector, self->snapshot, rs_graph_view_get_selected (self->canvas));
  if (rs_inspector_get_object (self->inspector) == 0)
    rs_graph_view_set_selected (self->canvas, 0);
  _rs_window_update_actions (self);
}

static void
timeline_step_cb (RsWindow *self)
{
  guint step = rs_timeline_bar_get_step (self->timeline_bar);

  /* Neighbouring steps glide; a jump along the slider just shows. */
  if (self->session != NULL && step != self->step)
    _rs_window_show_session (self, step, step == self->step + 1 || step + 1 == self->step);
}

static void
selection_cb (RsWindow *self)
{
  RsObjId id = rs_graph_view_get_selected (self->canvas);

  rs_inspector_show (self->inspector, self->snapshot, id);
  if (id != 0)
    gtk_stack_set_visible_child_name (self->side_stack, "inspector");
  _rs_window_update_actions (self);
}

static GSettings *
window_settings (RsWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return app ? rs_application_get_settings (RS_APPLICATION (app)) : NULL;
}

static void apply_view_state (RsWindow          *self,
                              const RsViewState *state);

static void
guard_menu_tooltip (GtkMenuButton *button)
{
  rs_tooltip_guard_popover (GTK_WIDGET (button), GTK_WIDGET (gtk_menu_button_get_popover (button)));
}

/* An inspector row leads to the object it names: selected, and in view. */
static void
inspector_object_cb (RsWindow *self,
                     guint     id)
{
  rs_graph_view_set_selected (self->canvas, id);
  rs_graph_view_scroll_to (self->canvas, id);
}

static void
speed_cb (RsWindow *self)
{
  /* A transition never outlasts the step it shows. */
  double speed = rs_timeline_bar_get_speed (self->timeline_bar);
  GSettings *settings = window_settings (self);
  gint64 usec = RS_GRAPH_VIEW_TRANSITION_USEC;

  if (settings != NULL)
    usec = g_settings_get_boolean (settings, "animate")
             ? g_settings_get_int (settings, "animation-duration") * (gint64) 1000 : 0;
  rs_graph_view_set_transition_time (self->canvas, MIN (usec, (gint64) (0.9 * G_USEC_PER_SEC / speed)));
}

static void
show_legend_cb (RsWindow *self)
{
  rs_graph_view_set_show_legend (self->canvas,
                                 g_settings_get_boolean (window_settings (self), "show-legend"));
}

void
_rs_window_update_busy (RsWindow *self)
{
  gtk_widget_set_visible (self->layout_progress,
                          rs_graph_view_get_busy (self->canvas) || self->loading != NULL);
}

static void
link_requested_cb (RsWindow *self,
                   guint     from,
                   guint     to,
                   double    x,
                   double    y)
{
  _rs_window_show_reference_popover (self, from, to, x, y);
}

/* The engine is part of the session's picture: saving keeps it. */
static void
engine_cb (RsWindow *self)
{
  if (self->modified)
    return;
  self->modified = TRUE;
  _rs_window_update_title (self);
}

/* Typed text is the user's work, run or not: closing asks first.  Each
 * change counts, not only the first: after a save, more typing in a text
 * that had not run is unsaved again. */
static void
script_edited_cb (RsWindow *self)
{
  if (!rs_script_view_get_edited (self->script_view) || self->modified)
    return;
  self->modified = TRUE;
  _rs_window_update_title (self);
}

/* Not in constructed: GObject sets "application" only after it. */
static void
follow_settings (RsWindow *self)
{
  GSettings *settings;

  if (!(settings = window_settings (self)))
    return;
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  gtk_paned_set_position (self->paned, g_settings_get_int (settings, "window-width") -
                                       g_settings_get_int (settings, "side-panel-width"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  /* Every window plays at the one speed the preferences show. */
  g_settings_bind (settings, "playback-speed", self->timeline_bar, "speed", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (settings, "changed::animate", G_CALLBACK (speed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "changed::animation-duration",
                           G_CALLBACK (speed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "changed::show-legend",
                           G_CALLBACK (show_legend_cb), self, G_CONNECT_SWAPPED);
  speed_cb (self);
  show_legend_cb (self);
  /* The first, empty session takes the default engine too. */
  apply_view_state (self, &(RsViewState) { 0 });
  self->modified = FALSE;
  _rs_window_update_title (self);
}

static gboolean
save_window_state (RsWindow *self)
{
  GSettings *settings = window_settings (self);
  int width, height;

  if (settings == NULL)
    return FALSE;
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (settings, "window-width", width);
  g_settings_set_int (settings, "window-height", height);
  g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  /* Measured as it is restored, from the window's edge: exact both ways. */
  g_settings_set_int (settings, "side-panel-width", width - gtk_paned_get_position (self->paned));
  return FALSE;
}

static void
rs_window_dispose (GObject *object)
{
  RsWindow *self = RS_WINDOW (object);

  /* A file still loading is not wanted any more. */
  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  _rs_window_dispose_autosave (self);
  _rs_window_dispose_retained (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), RS_TYPE_WINDOW);
  g_clear_object (&self->session);
  g_clear_pointer (&self->snapshot, rs_snapshot_unref);
  g_clear_object (&self->file);
  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->pending_statements, g_free);
  g_clear_pointer (&self->left_steps, g_hash_table_unref);
  g_clear_weak_pointer (&self->export_toast);
  G_OBJECT_CLASS (rs_window_parent_class)->dispose (object);
}

static void
rs_window_class_init (RsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_window_dispose;

  g_type_ensure (RS_TYPE_COLLECTOR_BAR);
  g_type_ensure (RS_TYPE_GRAPH_VIEW);
  g_type_ensure (RS_TYPE_TIMELINE_BAR);
  g_type_ensure (RS_TYPE_SCRIPT_VIEW);
  g_type_ensure (RS_TYPE_INSPECTOR);
  g_type_ensure (RS_TYPE_EVENT_LOG);
  g_type_ensure (RS_TYPE_OUTPUT_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/refscope/Refscope/rs-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, main_menu_button);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, new_object_button);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, new_object_class_entry);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, new_object_name_entry);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, new_object_create_button);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, bind_name_button);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, bind_name_entry);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, layout_progress);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, canvas);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, collector_bar);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, timeline_bar);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, script_view);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, side_stack);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, inspector);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, event_log);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, output_view);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, recent_section);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, examples_section);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, canvas_menu);

  _rs_window_class_init_actions (widget_class);
  _rs_window_class_init_explain (widget_class);
  _rs_window_class_init_file (widget_class);
}

static void
rs_window_init (RsWindow *self)
{
  g_autoptr(GPropertyAction) engine = NULL;
  g_autoptr(GPropertyAction) legend = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->left_steps = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->reference_popover = rs_reference_popover_new ();
  gtk_widget_set_parent (self->reference_popover, GTK_WIDGET (self->canvas));
  rs_tooltip_guard_popover (GTK_WIDGET (self->canvas), self->reference_popover);
  guard_menu_tooltip (self->main_menu_button);
  guard_menu_tooltip (self->new_object_button);
  guard_menu_tooltip (self->bind_name_button);

  _rs_window_init_collector (self);
  _rs_window_init_retained (self);
  g_signal_connect_object (self->timeline_bar, "notify::step",
                           G_CALLBACK (timeline_step_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timeline_bar, "notify::speed",
                           G_CALLBACK (speed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->canvas, "notify::selected",
                           G_CALLBACK (selection_cb), self, G_CONNECT_SWAPPED);
  rs_inspector_set_canvas (self->inspector, self->canvas);
  g_signal_connect_object (self->inspector, "object-activated",
                           G_CALLBACK (inspector_object_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->canvas, "notify::busy",
                           G_CALLBACK (_rs_window_update_busy), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->canvas, "link-requested",
                           G_CALLBACK (link_requested_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->canvas, "notify::engine-name",
                           G_CALLBACK (engine_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->script_view, "changed",
                           G_CALLBACK (script_edited_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "close-request", G_CALLBACK (save_window_state), NULL);
  engine = g_property_action_new ("engine", self->canvas, "engine-name");
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (engine));
  legend = g_property_action_new ("show-legend", self->canvas, "show-legend");
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (legend));
  _rs_window_init_actions (self);
  rs_graph_view_set_context_menu (self->canvas, G_MENU_MODEL (self->canvas_menu));
  speed_cb (self);
  _rs_window_init_file (self);
  _rs_window_init_autosave (self);
  rs_window_load_source (self, "", 0, NULL, NULL);
}

RsWindow *
rs_window_new (RsApplication *application)
{
  RsWindow *self = g_object_new (RS_TYPE_WINDOW, "application", application, NULL);

  follow_settings (self);
  return self;
}

static void
apply_view_state (RsWindow          *self,
                  const RsViewState *state)
{
  GSettings *settings = window_settings (self);
  g_autofree char *fallback = settings ? g_settings_get_string (settings, "layout-engine") : NULL;
  RsLayoutEngine engine;

  /* A saved session's own engine wins over the default of new ones. */
  if ((state->engine && rs_layout_engine_from_name (state->engine, &engine)) ||
      (fallback && rs_layout_engine_from_name (fallback, &engine)))
    rs_graph_view_set_engine (self->canvas, engine);
  rs_graph_view_restore_view (self->canvas, state->zoom, state->has_centre ? state->centre : NULL);
  rs_graph_view_set_pins (self->canvas,
                          state->pins ? (const RsScenePin *) state->pins->data : NULL,
                          state->pins ? state->pins->len : 0);
}

gboolean
rs_window_load_source (RsWindow   *self,
                       const char *source,
                       gsize       length,
                       GFile      *file,
                       const char *display_name)
{
  g_autoptr(RsSession) session = rs_session_new ();
  g_autoptr(GError) error = NULL;
  RsViewState state = { 0 };
  g_autofree char *script = NULL;
  gboolean ok;

  g_return_val_if_fail (RS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (source != NULL, FALSE);

  script = g_strndup (source, rs_view_state_parse (&state, source, length));
  ok = rs_session_load (session, display_name ? display_name : "untitled.py", script, -1, &error);
  g_free (self->display_name);
  self->display_name = g_strdup (display_name);
  /* Keep the rejected text in view, with the reason marked in it. */
  rs_script_view_set_text (self->script_view, ok ? rs_session_get_source (session) : script);
  if (!ok)
    _rs_window_show_rejection (self, session, error, FALSE);
  else
    rs_script_view_show_error (self->script_view, NULL, 0, 0);
  if (!ok)
    {
      g_clear_object (&session);
      session = rs_session_new ();
      rs_session_load (session, display_name ? display_name : "untitled.py", "", 0, NULL);
    }

  g_set_object (&self->session, session);
  g_set_object (&self->file, file);
  g_hash_table_remove_all (self->left_steps);
  g_clear_pointer (&self->snapshot, rs_snapshot_unref);
  rs_graph_view_set_snapshot (self->canvas, NULL, FALSE);
  rs_graph_view_set_selected (self->canvas, 0);
  apply_view_state (self, &state);
  /* The saved view is the file's, not a change to it. */
  self->modified = FALSE;
  /* A saved session opens where it was left: playing it is the user's
   * choice.  A script without a saved step replays from step 0. */
  _rs_window_show_session (self, state.has_step ? state.step : 0, FALSE);
  _rs_window_update_title (self);
  if (ok)
    {
      _rs_window_show_runtime_error (self);
      if (!state.has_step && rs_session_get_n_steps (session) > 1)
        rs_timeline_bar_set_playing (self->timeline_bar, TRUE);
    }
  rs_view_state_clear (&state);
  return ok;
}

RsSession *
rs_window_get_session (RsWindow *self)
{
  g_return_val_if_fail (RS_IS_WINDOW (self), NULL);

  return self->session;
}

RsSnapshot *
rs_window_get_snapshot (RsWindow *self)
{
  g_return_val_if_fail (RS_IS_WINDOW (self), NULL);

  return self->snapshot;
}

guint
rs_window_get_step (RsWindow *self)
{
  g_return_val_if_fail (RS_IS_WINDOW (self), 0);

  return self->step;
}

void
rs_window_set_step (RsWindow *self,
                    guint     step)
{
  g_return_if_fail (RS_IS_WINDOW (self));

  rs_timeline_bar_set_playing (self->timeline_bar, FALSE);
  _rs_window_show_session (self, step, FALSE);
}

RsObjId
rs_window_get_selected (RsWindow *self)
{
  g_return_val_if_fail (RS_IS_WINDOW (self), 0);

  return rs_graph_view_get_selected (self->canvas);
}

void
rs_window_select (RsWindow *self,
                  RsObjId   id)
{
  g_return_if_fail (RS_IS_WINDOW (self));

  rs_graph_view_set_selected (self->canvas, id);
}

GFile *
rs_window_get_file (RsWindow *self)
{
  g_return_val_if_fail (RS_IS_WINDOW (self), NULL);

  return self->file;
}

gboolean
rs_window_get_modified (RsWindow *self)
{
  g_return_val_if_fail (RS_IS_WINDOW (self), FALSE);

  return self->modified;
}

const char *
rs_window_get_error (RsWindow *self)
{
  g_return_val_if_fail (RS_IS_WINDOW (self), NULL);

  return rs_script_view_get_error (self->script_view);
}
