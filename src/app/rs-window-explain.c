/* rs-window-explain.c: break a cycle from the inspector, by writing weak references into the script
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * win.break-cycle gets the references of one of rs-explain's break sets
 * (holder and target) and writes `holder.attr = weakref.ref(target)` for
 * each with rs-edit's statement writer.  A cycle the script can still
 * reach gets them after the step shown, as every edit action does; a
 * leaked one cannot be reached any more, so they go before the
 * module-level statement that leaked it, written against the last step
 * that could reach it, and the script runs again: reference counting
 * then frees the cycle where it used to leak.
 */
#define G_LOG_DOMAIN "refscope-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rs-edit.h"
#include "rs-window-private.h"

#define IMPORT_WEAKREF "import weakref\n"

/* The statements that make each link of @links weak, written for
 * @snapshot (one `import weakref` first when it is missing), or NULL. */
static char *
write_weak (const RsSnapshot *snapshot,
            GVariant         *links,
            GError          **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean import = FALSE;
  GVariantIter iter;
  guint32 holder, target;

  g_variant_iter_init (&iter, links);
  while (g_variant_iter_next (&iter, "(uu)", &holder, &target))
    {
      g_autofree char *statement = rs_edit_make_weak (snapshot, holder, target, error);

      if (statement == NULL)
        return NULL;
      if (g_str_has_prefix (statement, IMPORT_WEAKREF))
        import = TRUE;
      g_string_append_printf (text, "%s\n", statement + (g_str_has_prefix (statement, IMPORT_WEAKREF) ? strlen (IMPORT_WEAKREF) : 0));
    }
  if (import)
    g_string_prepend (text, IMPORT_WEAKREF);
  return g_strdup (text->str);
}

/* Whether step @next begins a module-level statement that comes after
 * the one before it in the text (not its caller's line again once a call
 * returned, not a loop going back): statements inserted before its line
 * run in the state of the step before @next. */
static gboolean
begins_statement (RsSession *session,
                  guint      next,
                  RsFrameId  module)
{
  guint line = rs_session_get_step_line (session, next);

  if (rs_session_get_step_frame (session, next) != module)
    return FALSE;
  for (guint step = next; step-- > 0;)
    if (rs_session_get_step_frame (session, step) == module)
      return rs_session_get_step_line (session, step) < line;
  return FALSE;
}

/* The last step before the one shown whose state the links can be
 * written against, where the next statement begins: the one before which
 * they go (G_MAXUINT: none). */
static guint
reachable_step (RsWindow  *self,
                GVariant  *links,
                char     **statements)
{
  RsFrameId module = self->snapshot->n_frames > 0 ? self->snapshot->frames[0].id : 0;

  for (guint step = self->step; step-- > 1;)
    {
      g_autoptr(RsSnapshot) snapshot = NULL;

      if (!begins_statement (self->session, step + 1, module))
        continue;
      snapshot = rs_session_get_snapshot (self->session, step);
      if ((*statements = write_weak (snapshot, links, NULL)) != NULL)
        return step;
    }
  return G_MAXUINT;
}

/* @source with @statements (their import at the top) before line @line,
 * at that line's indentation; *@line_out gets where that line is now. */
static char *
insert_before_line (const char *source,
                    const char *statements,
                    guint       line,
                    guint      *line_out)
{
  g_auto(GStrv) lines = g_strsplit (source, "\n", -1);
  g_autoptr(GString) text = g_string_new (NULL);
  const char *rest = statements;
  gboolean import = g_str_has_prefix (statements, IMPORT_WEAKREF);
  g_auto(GStrv) inserted = NULL;
  guint top = 0;

  if (import)
    rest += strlen (IMPORT_WEAKREF);
  /* the import after the opening comments, as a person writes it */
  while (import && lines[top] != NULL && lines[top][0] == '#')
    top++;
  inserted = g_strsplit (rest, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (import && i == top)
        g_string_append (text, IMPORT_WEAKREF);
      if (i + 1 == line)
        for (guint k = 0; inserted[k] != NULL && inserted[k][0] != '\0'; k++)
          g_string_append_printf (text, "%.*s%s\n", (int) strspn (lines[i], " \t"), lines[i], inserted[k]);
      g_string_append (text, lines[i]);
      if (lines[i + 1] != NULL)
        g_string_append_c (text, '\n');
    }
  *line_out = line + (import ? 1 : 0) + g_strv_length (inserted) - 1;
  return g_strdup (text->str);
}

/* After the run: the step that ran the statement that leaked the cycle,
 * at its end (after the calls it made, a __del__'s among them). */
static void
show_moved_line (RsWindow *self,
                 guint     line)
{
  guint step = rs_session_find_line_step (self->session, line);
  guint n_steps = rs_session_get_n_steps (self->session);
  RsFrameId module;

  if (step == G_MAXUINT)
    return;
  module = rs_session_get_step_frame (self->session, step);
  while (step + 1 < n_steps && (rs_session_get_step_frame (self->session, step + 1) != module ||
                                rs_session_get_step_line (self->session, step + 1) == line))
    step++;
  _rs_window_show_session (self, step, FALSE);
}

static void
break_cycle_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *links)
{
  RsWindow *self = RS_WINDOW (widget);
  GError *error = NULL;
  g_autofree char *statements = NULL;
  g_autofree char *source = NULL;
  guint step, line, moved;

  if (self->session == NULL || self->snapshot == NULL)
    return;
  if ((statements = write_weak (self->snapshot, links, &error)) != NULL || !g_error_matches (error, RS_EDIT_ERROR, RS_EDIT_ERROR_LEAKED))
    {
      _rs_window_run_edit (self, g_steal_pointer (&statements), error);
      return;
    }
  g_clear_error (&error);
  if ((step = reachable_step (self, links, &statements)) == G_MAXUINT)
    {
      g_set_error (&error, RS_EDIT_ERROR, RS_EDIT_ERROR_UNREACHABLE,
                   _("No module-level statement could reach this cycle before it leaked: "
                     "make the reference weak where the function that builds it runs"));
      _rs_window_show_edit_error (self, error);
      g_error_free (error);
      return;
    }
  line = rs_session_get_step_line (self->session, step + 1);
  source = insert_before_line (rs_session_get_source (self->session), statements, line, &moved);
  rs_script_view_change_text (self->script_view, source, FALSE);
  if (_rs_window_run_script (self))
    show_moved_line (self, moved);
}

void
_rs_window_class_init_explain (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.break-cycle", "a(uu)", break_cycle_activated);
}
