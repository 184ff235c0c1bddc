/* rs-window-actions.c: the win.* actions of a Refscope window
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every edit writes a statement (rs-edit.c) and runs it with
 * _rs_window_run_edit() (rs-window-run.c), exactly as if it had been
 * typed on the command line: the script stays the whole truth of the
 * session.
 */
#define G_LOG_DOMAIN "refscope-window-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-edit.h"
#include "rs-reference-popover.h"
#include "rs-window-private.h"

/* Replay */

static void
first_step_activated (GtkWidget  *widget,
                      const char *action,
                      GVariant   *param)
{
  rs_window_set_step (RS_WINDOW (widget), 0);
}

static void
step_back_activated (GtkWidget  *widget,
                     const char *action,
                     GVariant   *param)
{
  RsWindow *self = RS_WINDOW (widget);

  rs_timeline_bar_set_playing (self->timeline_bar, FALSE);
  if (self->step > 0)
    _rs_window_show_session (self, self->step - 1, TRUE);
}

static void
step_forward_activated (GtkWidget  *widget,
                        const char *action,
                        GVariant   *param)
{
  RsWindow *self = RS_WINDOW (widget);

  rs_timeline_bar_set_playing (self->timeline_bar, FALSE);
  _rs_window_show_session (self, self->step + 1, TRUE);
}

static void
last_step_activated (GtkWidget  *widget,
                     const char *action,
                     GVariant   *param)
{
  RsWindow *self = RS_WINDOW (widget);

  rs_window_set_step (self, rs_session_get_n_steps (self->session) - 1);
}

static void
play_activated (GtkWidget  *widget,
                const char *action,
                GVariant   *param)
{
  RsWindow *self = RS_WINDOW (widget);

  rs_timeline_bar_set_playing (self->timeline_bar,
                               !rs_timeline_bar_get_playing (self->timeline_bar));
}

/* View */

static void
zoom_activated (GtkWidget  *widget,
                const char *action,
                GVariant   *param)
{
  RsWindow *self = RS_WINDOW (widget);

  if (g_str_equal (action, "win.zoom-in"))
    rs_graph_view_zoom_by (self->canvas, 1.25);
  else if (g_str_equal (action, "win.zoom-out"))
    rs_graph_view_zoom_by (self->canvas, 1 / 1.25);
  else
    rs_graph_view_zoom_fit (self->canvas);
}

static void
cancel_layout_activated (GtkWidget  *widget,
                         const char *action,
                         GVariant   *param)
{
  rs_graph_view_cancel_layout (RS_WINDOW (widget)->canvas);
}

/* Editing */

/* Whether @name is bound in the global frame of the step shown. */
static gboolean
name_is_bound (RsWindow   *self,
               const char *name)
{
  const RsSnapFrame *global;

  if (self->snapshot == NULL || self->snapshot->n_frames == 0)
    return FALSE;
  global = &self->snapshot->frames[0];
  for (guint i = 0; i < global->n_slots; i++)
    if (g_strcmp0 (self->snapshot->slots[global->first_slot + i].label, name) == 0)
      return TRUE;
  return FALSE;
}

/* A name that is taken rebinds it: the button says so, never silently. */
static void
new_object_name_changed_cb (RsWindow *self)
{
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->new_object_name_entry));
  gboolean bound = name_is_bound (self, name);
  g_autofree char *tip = bound ? g_strdup_printf (_("“%s” already names an object: this rebinds it"), name) : NULL;

  gtk_button_set_label (self->new_object_create_button, bound ? _("Re_bind") : _("C_reate"));
  gtk_entry_set_icon_from_icon_name (self->new_object_name_entry, GTK_ENTRY_ICON_SECONDARY,
                                     bound ? "dialog-warning-symbolic" : NULL);
  gtk_entry_set_icon_tooltip_text (self->new_object_name_entry, GTK_ENTRY_ICON_SECONDARY, tip);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->new_object_create_button), tip);
}

static void
new_object_activated (GtkWidget  *widget,
                      const char *action,
                      GVariant   *param)
{
  RsWindow *self = RS_WINDOW (widget);
  g_autofree char *name = rs_edit_free_name (self->snapshot);

  gtk_editable_set_text (GTK_EDITABLE (self->new_object_name_entry), name);
  new_object_name_changed_cb (self);
  gtk_menu_button_popup (self->new_object_button);
  gtk_widget_grab_focus (GTK_WIDGET (self->new_object_class_entry));
}

static void
create_object_activated (GtkWidget  *widget,
                         const char *action,
                         GVariant   *param)
{
  RsWindow *self = RS_WINDOW (widget);
  const char *class_name = gtk_editable_get_text (GTK_EDITABLE (self->new_object_class_entry));
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->new_object_name_entry));
  GError *error = NULL;
  char *statements;

  if (param != NULL)
    g_variant_get (param, "(&s&s)", &class_name, &name);
  statements = rs_edit_new_object (self->snapshot, class_name, name, &error);
  gtk_menu_button_popdown (self->new_object_button);
  _rs_window_run_edit (self, statements, error);
}

static void
bind_name_activated (GtkWidget  *widget,
                     const char *action,
                     GVariant   *param)
{
  RsWindow *self = RS_WINDOW (widget);
  g_autofree char *name = rs_edit_free_name (self->snapshot);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = rs_edit_access_path (self->snapshot, rs_window_get_selected (self), &error);

  if (path == NULL)
    {
      _rs_window_show_edit_error (self, error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->bind_name_entry), name);
  gtk_menu_button_popup (self->bind_name_button);
  gtk_widget_grab_focus (GTK_WIDGET (self->bind_name_entry));
}

static void
bind_name_entered_activated (GtkWidget  *widget,
                             const char *action,
                             GVariant   *param)
{
  RsWindow *self = RS_WINDOW (widget);
  const char *name = param ? g_variant_get_string (param, NULL)
                           : gtk_editable_get_text (GTK_EDITABLE (self->bind_name_entry));
  GError *error = NULL;
  char *statements = rs_edit_bind_name (self->snapshot, rs_window_get_selected (self), name, &error);

  gtk_menu_button_popdown (self->bind_name_button);
  _rs_window_run_edit (self, statements, error);
}

void
_rs_window_show_reference_popover (RsWindow *self,
                                   RsObjId   from,
                                   RsObjId   to,
                                   double    x,
                                   double    y)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = rs_edit_access_path (self->snapshot, from, &error);
  GdkRectangle area = { (int) x, (int) y, 1, 1 };

  if (path == NULL)
    {
      _rs_window_show_edit_error (self, error);
      return;
    }
  rs_reference_popover_setup (RS_REFERENCE_POPOVER (self->reference_popover), self->snapshot, from, to);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->reference_popover), &area);
  gtk_popover_popup (GTK_POPOVER (self->reference_popover));
}

static void
add_reference_activated (GtkWidget  *widget,
                         const char *action,
                         GVariant   *param)
{
  RsWindow *self = RS_WINDOW (widget);
  RsObjId from = rs_window_get_selected (self);
  GdkRectangle area = { 0 };

  rs_graph_view_get_object_area (self->canvas, from, &area);
  _rs_window_show_reference_popover (self, from, 0, area.x + area.width / 2.0, area.y + area.height);
}

static void
store_reference_activated (GtkWidget  *widget,
                           const char *action,
                           GVariant   *param)
{
  RsWindow *self = RS_WINDOW (widget);
  guint32 from, to;
  const char *attribute;
  gboolean weak;
  GError *error = NULL;
  char *statements;

  g_variant_get (param, "(uu&sb)", &from, &to, &attribute, &weak);
  statements = rs_edit_store_reference (self->snapshot, from, to, attribute, weak, &error);
  _rs_window_run_edit (self, statements, error);
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action,
                  GVariant   *param)
{
  RsWindow *self = RS_WINDOW (widget);
  GError *error = NULL;
  char *statements = rs_edit_delete_name (self->snapshot, rs_window_get_selected (self), &error);

  _rs_window_run_edit (self, statements, error);
}

static void
collect_activated (GtkWidget  *widget,
                   const char *action,
                   GVariant   *param)
{
  RsWindow *self = RS_WINDOW (widget);

  _rs_window_run_edit (self, rs_edit_collect (self->snapshot), NULL);
}

static void
run_command_activated (GtkWidget  *widget,
                       const char *action,
                       GVariant   *param)
{
  rs_window_run (RS_WINDOW (widget), g_variant_get_string (param, NULL), FALSE);
}

static void
run_script_activated (GtkWidget  *widget,
                      const char *action,
                      GVariant   *param)
{
  _rs_window_run_script (RS_WINDOW (widget));
}

static void
run_to_cursor_activated (GtkWidget  *widget,
                         const char *action,
                         GVariant   *param)
{
  RsWindow *self = RS_WINDOW (widget);
  guint line = rs_script_view_get_cursor_line (self->script_view);
  guint step;

  if (rs_script_view_get_edited (self->script_view) && !_rs_window_run_script (self))
    return;
  step = rs_session_find_line_step (self->session, line);
  if (step == G_MAXUINT)
    {
      g_autofree char *message = g_strdup_printf (_("Line %u does not run"), line);

      _rs_window_toast (self, message);
      return;
    }
  rs_window_set_step (self, step);
}

/* Ctrl+Z and Ctrl+Shift+Z, in the editor too: taking back a change to
 * the text that ran takes back its run, so the state goes with the text
 * (typing not run yet is only text). */
static void
undo_activated (GtkWidget  *widget,
                const char *action,
                GVariant   *param)
{
  RsWindow *self = RS_WINDOW (widget);
  gboolean had_run = !rs_script_view_get_edited (self->script_view);

  if (!rs_script_view_undo (self->script_view, g_str_equal (action, "win.redo")))
    return;
  if (had_run && rs_script_view_get_edited (self->script_view))
    _rs_window_run_edited (self, TRUE);
}

static void
focus_command_activated (GtkWidget  *widget,
                         const char *action,
                         GVariant   *param)
{
  rs_script_view_focus_command (RS_WINDOW (widget)->script_view);
}

void
_rs_window_update_actions (RsWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  guint n_steps = self->session ? rs_session_get_n_steps (self->session) : 1;
  RsObjId selected = rs_window_get_selected (self);
  const RsSnapObject *object = self->snapshot ? rs_snapshot_find_object (self->snapshot, selected) : NULL;
  /* Leaked objects stay selectable (the inspector explains them), but
   * nothing can be written about them. */
  gboolean editable = object != NULL && !(object->flags & RS_SNAP_LEAKED);

  gtk_widget_action_set_enabled (widget, "win.first-step", self->step > 0);
  gtk_widget_action_set_enabled (widget, "win.step-back", self->step > 0);
  gtk_widget_action_set_enabled (widget, "win.step-forward", self->step + 1 < n_steps);
  gtk_widget_action_set_enabled (widget, "win.last-step", self->step + 1 < n_steps);
  gtk_widget_action_set_enabled (widget, "win.play", n_steps > 1);
  gtk_widget_action_set_enabled (widget, "win.bind-name", editable);
  gtk_widget_action_set_enabled (widget, "win.add-reference", editable);
  gtk_widget_action_set_enabled (widget, "win.delete", editable);
  /* Pinning is about the picture, not the program: leaked objects too. */
  if (self->pin_action != NULL)
    {
      guint n_pins;

      g_simple_action_set_enabled (self->pin_action, object != NULL);
      g_simple_action_set_state (self->pin_action,
                                 g_variant_new_boolean (object != NULL && rs_graph_view_is_pinned (self->canvas, selected)));
      rs_graph_view_get_pins (self->canvas, &n_pins);
      g_simple_action_set_enabled (self->unpin_all_action, n_pins > 0);
    }
}

static void
pin_change_state_cb (GSimpleAction *action,
                     GVariant      *state,
                     RsWindow      *self)
{
  RsObjId selected = rs_window_get_selected (self);

  if (g_variant_get_boolean (state))
    rs_graph_view_pin_object (self->canvas, selected);
  else
    rs_graph_view_unpin_object (self->canvas, selected);
  _rs_window_update_actions (self);
}

static void
unpin_all_cb (GSimpleAction *action,
              GVariant      *param,
              RsWindow      *self)
{
  rs_graph_view_unpin_all (self->canvas);
}

/* A moved card is part of the session's picture: saving keeps it. */
static void
pins_changed_cb (RsWindow *self)
{
  self->modified = TRUE;
  _rs_window_update_title (self);
  _rs_window_update_actions (self);
}

void
_rs_window_init_actions (RsWindow *self)
{
  g_autoptr(GSimpleAction) pin = g_simple_action_new_stateful ("pin", NULL, g_variant_new_boolean (FALSE));
  g_autoptr(GSimpleAction) unpin_all = g_simple_action_new ("unpin-all", NULL);

  g_signal_connect_object (pin, "change-state", G_CALLBACK (pin_change_state_cb), self, 0);
  g_signal_connect_object (unpin_all, "activate", G_CALLBACK (unpin_all_cb), self, 0);
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (pin));
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (unpin_all));
  self->pin_action = pin;
  self->unpin_all_action = unpin_all;
  g_signal_connect_object (self->canvas, "pins-changed",
                           G_CALLBACK (pins_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->new_object_name_entry, "changed",
                           G_CALLBACK (new_object_name_changed_cb), self, G_CONNECT_SWAPPED);
  _rs_window_update_actions (self);
}

void
_rs_window_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.first-step", NULL, first_step_activated);
  gtk_widget_class_install_action (widget_class, "win.step-back", NULL, step_back_activated);
  gtk_widget_class_install_action (widget_class, "win.play", NULL, play_activated);
  gtk_widget_class_install_action (widget_class, "win.step-forward", NULL, step_forward_activated);
  gtk_widget_class_install_action (widget_class, "win.last-step", NULL, last_step_activated);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "win.zoom-fit", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "win.cancel-layout", NULL, cancel_layout_activated);
  gtk_widget_class_install_action (widget_class, "win.new-object", NULL, new_object_activated);
  gtk_widget_class_install_action (widget_class, "win.create-object", NULL, create_object_activated);
  gtk_widget_class_install_action (widget_class, "win.create-object-named", "(ss)", create_object_activated);
  gtk_widget_class_install_action (widget_class, "win.bind-name", NULL, bind_name_activated);
  gtk_widget_class_install_action (widget_class, "win.bind-name-entered", NULL, bind_name_entered_activated);
  gtk_widget_class_install_action (widget_class, "win.bind-name-to", "s", bind_name_entered_activated);
  gtk_widget_class_install_action (widget_class, "win.add-reference", NULL, add_reference_activated);
  gtk_widget_class_install_action (widget_class, "win.store-reference", "(uusb)", store_reference_activated);
  gtk_widget_class_install_action (widget_class, "win.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "win.collect", NULL, collect_activated);
  gtk_widget_class_install_action (widget_class, "win.run-command", "s", run_command_activated);
  gtk_widget_class_install_action (widget_class, "win.focus-command", NULL, focus_command_activated);
  gtk_widget_class_install_action (widget_class, "win.run-script", NULL, run_script_activated);
  gtk_widget_class_install_action (widget_class, "win.run-to-cursor", NULL, run_to_cursor_activated);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_activated);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "win.run-script", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "win.run-script", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_CONTROL_MASK, "win.run-to-cursor", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
}
