/* rs-window-run.c: running the script and the statements written into it
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text typed into the script runs with _rs_window_run_script(), which
 * loads it anew; it runs first when something else is about to run after
 * it.  A statement (typed on the command line, or written by an edit
 * action) runs with rs_window_run() after the script, at the step shown
 * (the later steps dropped when the user agrees), and is taken back when
 * it raises.
 */
#define G_LOG_DOMAIN "refscope-window-run"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rs-window-private.h"

void
_rs_window_show_edit_error (RsWindow     *self,
                            const GError *error)
{
  rs_script_view_show_error (self->script_view, error->message, 0, 0);
  _rs_window_toast (self, error->message);
}

static void
discard_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     RsWindow         *self)
{
  g_autofree char *statements = g_steal_pointer (&self->pending_statements);

  if (g_strcmp0 (response, "discard") == 0 && statements != NULL)
    {
      self->hoist_imports = self->pending_hoist;
      rs_window_run (self, statements, TRUE);
      self->hoist_imports = FALSE;
    }
}

static void
ask_discard_later (RsWindow   *self,
                   const char *statements)
{
  guint later = rs_session_get_n_steps (self->session) - 1 - self->step;
  AdwMessageDialog *dialog;

  g_free (self->pending_statements);
  self->pending_statements = g_strdup (statements);
  self->pending_hoist = self->hoist_imports;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Discard Later Steps?"), NULL));
  adw_message_dialog_format_body (dialog,
    ngettext ("You are at step %u. Running “%s” here drops the step after it, and the script lines it ran.",
              "You are at step %u. Running “%s” here drops the %u steps after it, and the script lines they ran.",
              later),
    self->step, statements, later);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "discard", _("_Discard and Run"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (discard_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
truncate_here (RsWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (rs_session_truncate (self->session, self->step, &error))
    return TRUE;
  _rs_window_show_edit_error (self, error);
  return FALSE;
}

/* Where the user was when they left a text that ran: undo and redo come
 * back to that step, not to the one after the change they take back. */
static void
leave_text (RsWindow *self)
{
  g_hash_table_replace (self->left_steps, g_strdup (rs_session_get_source (self->session)),
                        GUINT_TO_POINTER (self->step));
}

static guint
step_to_show (RsWindow  *self,
              RsSession *session,
              gboolean   back_to_left)
{
  gpointer step;

  if (back_to_left &&
      g_hash_table_lookup_extended (self->left_steps, rs_session_get_source (session), NULL, &step))
    return GPOINTER_TO_UINT (step);
  return rs_session_map_step (self->session, self->step, session);
}

gboolean
_rs_window_run_edited (RsWindow *self,
                       gboolean  back_to_left)
{
  g_autofree char *text = rs_script_view_dup_text (self->script_view);
  g_autoptr(RsSession) session = rs_session_new ();
  g_autoptr(GError) error = NULL;
  guint step;

  rs_timeline_bar_set_playing (self->timeline_bar, FALSE);
  if (!rs_session_load (session, rs_session_get_filename (self->session), text, -1, &error))
    {
      /* The old run stays on screen, the text in the editor. */
      _rs_window_show_rejection (self, session, error, FALSE);
      return FALSE;
    }
  step = step_to_show (self, session, back_to_left);
  leave_text (self);
  g_set_object (&self->session, session);
  self->modified = TRUE;
  rs_script_view_change_text (self->script_view, rs_session_get_source (session), TRUE);
  rs_script_view_show_error (self->script_view, NULL, 0, 0);
  _rs_window_show_session (self, step, FALSE);
  _rs_window_show_runtime_error (self);
  _rs_window_update_title (self);
  return TRUE;
}

gboolean
_rs_window_run_script (RsWindow *self)
{
  return _rs_window_run_edited (self, FALSE);
}

static gboolean
stopped (RsSession *session)
{
  return rs_session_get_error (session, NULL, NULL, NULL) || rs_session_hit_step_limit (session) ||
         rs_session_get_run_rejection (session, NULL, NULL, NULL);
}

/* The statement raised (or ran into the step limit): it stays in the
 * editor with its error, to be fixed or undone, and the session goes on
 * from the state before it, at step @step: @before is run again (the
 * session is deterministic). */
static void
take_back (RsWindow   *self,
           const char *before,
           guint       step)
{
  g_autofree char *text = g_strdup (rs_session_get_source (self->session));
  guint line = 0;
  g_autofree char *stop = _rs_window_describe_stop (self, &line);
  g_autofree char *message = NULL;
  gboolean ok;

  message = g_strdup_printf (_("%s (it did not run: undo it with Ctrl+Z, or fix it and run)"), stop);
  ok = rs_session_load (self->session, rs_session_get_filename (self->session), before, -1, NULL);
  g_assert (ok && !stopped (self->session));
  rs_script_view_clear_command (self->script_view);
  rs_script_view_change_text (self->script_view, text, FALSE);
  rs_script_view_show_error (self->script_view, message, line, 0);
  _rs_window_show_session (self, step, FALSE);
}

static gboolean
has_line (const char *text,
          const char *line,
          gsize       len)
{
  for (const char *p = text; (p = strstr (p, line)) != NULL; p += len)
    if ((p == text || p[-1] == '\n') && (p[len] == '\n' || p[len] == '\0'))
      return TRUE;
  return FALSE;
}

/* The edit actions' `import gc` and `import weakref` go to the top of the
 * script (after its opening comments), once, as a person writes them:
 * *@rest gets the statements without it; returns the script with the
 * import, or NULL when it needs no new line. */
static char *
hoist_import (const char *source,
              const char *statements,
              const char **rest)
{
  const char *end = strchr (statements, '\n'), *top = source;
  GString *text;

  *rest = statements;
  if (end == NULL || !(g_str_has_prefix (statements, "import gc\n") || g_str_has_prefix (statements, "import weakref\n")))
    return NULL;
  *rest = end + 1;
  if (has_line (source, statements, end - statements))
    return NULL;
  while (*top == '#' && strchr (top, '\n') != NULL)
    top = strchr (top, '\n') + 1;
  text = g_string_new_len (source, top - source);
  g_string_append_len (text, statements, end + 1 - statements);
  g_string_append (text, top);
  if (text->len > 0 && text->str[text->len - 1] != '\n')
    g_string_append_c (text, '\n');
  g_string_append (text, *rest);
  return g_string_free (text, FALSE);
}

gboolean
rs_window_run (RsWindow   *self,
               const char *statements,
               gboolean    discard_later)
{
  g_autofree char *hoisted = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  guint last;
  gboolean ok;

  g_return_val_if_fail (RS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (statements != NULL, FALSE);

  /* Statements go after the script the user sees, not the one that ran. */
  if (rs_script_view_get_edited (self->script_view) && !_rs_window_run_script (self))
    return FALSE;
  /* Nothing runs after the line the script stops at: that one first. */
  if (stopped (self->session))
    {
      _rs_window_show_runtime_error (self);
      return FALSE;
    }
  rs_timeline_bar_set_playing (self->timeline_bar, FALSE);
  if (self->step + 1 < rs_session_get_n_steps (self->session) && !discard_later)
    {
      ask_discard_later (self, statements);
      return FALSE;
    }
  leave_text (self);
  if (self->step + 1 < rs_session_get_n_steps (self->session))
    {
      if (!truncate_here (self))
        return FALSE;
      self->modified = TRUE;
    }

  last = rs_session_get_n_steps (self->session) - 1;
  before = g_strdup (rs_session_get_source (self->session));
  if (self->hoist_imports && (hoisted = hoist_import (before, statements, &statements)) != NULL)
    ok = rs_session_load (self->session, rs_session_get_filename (self->session), hoisted, -1, &error);
  else
    ok = rs_session_append (self->session, statements, &error);
  if (ok && stopped (self->session))
    {
      take_back (self, before, last);
      _rs_window_update_title (self);
      return FALSE;
    }
  rs_script_view_change_text (self->script_view, rs_session_get_source (self->session), TRUE);
  if (!ok)
    _rs_window_show_rejection (self, self->session, error, TRUE);
  else
    rs_script_view_show_error (self->script_view, NULL, 0, 0);
  if (ok)
    {
      self->modified = TRUE;
      rs_script_view_clear_command (self->script_view);
      _rs_window_show_runtime_error (self);
    }
  _rs_window_show_session (self, rs_session_get_n_steps (self->session) - 1, TRUE);
  _rs_window_update_title (self);
  return ok;
}

/* Runs what an rs_edit_*() builder wrote, or says why there is nothing. */
void
_rs_window_run_edit (RsWindow *self,
                     char     *statements,
                     GError   *error)
{
  if (statements == NULL)
    _rs_window_show_edit_error (self, error);
  else
    {
      self->hoist_imports = TRUE;
      rs_window_run (self, statements, FALSE);
      self->hoist_imports = FALSE;
    }
  g_free (statements);
  g_clear_error (&error);
}
