/* test-window-errors.c: the window's mistakes, marked where they are and undone
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <gtksourceview/gtksource.h>

#include "rs-test-window.h"

/* Whether @view's text at @line:@column (1-based) is underlined as the
 * error's. */
static gboolean
underlined (GtkTextView *view,
            guint        line,
            guint        column)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "error");
  GtkTextIter iter;

  g_assert_nonnull (tag);
  if (line > (guint) gtk_text_buffer_get_line_count (buffer))
    return FALSE;
  gtk_text_buffer_get_iter_at_line_offset (buffer, &iter, line - 1, column - 1);
  return gtk_text_iter_has_tag (&iter, tag);
}

/* The tooltip of the gutter's error mark on @line, NULL without one. */
static char *
gutter_error (RsWindow *window,
              guint     line)
{
  GtkTextView *editor = script_editor (window);
  GtkSourceBuffer *buffer = GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (editor));
  GSList *marks = gtk_source_buffer_get_source_marks_at_line (buffer, line - 1, "error");
  GtkSourceMarkAttributes *attributes;
  char *tooltip = NULL;
  int priority;

  if (marks != NULL)
    {
      attributes = gtk_source_view_get_mark_attributes (GTK_SOURCE_VIEW (editor), "error", &priority);
      tooltip = gtk_source_mark_attributes_get_tooltip_text (attributes, marks->data);
    }
  g_slist_free (marks);
  return tooltip;
}

/* Types @text over line @line of @editor from column @column to its end */
static void
retype_line_end (GtkTextView *editor,
                 guint        line,
                 guint        column,
                 const char  *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (editor);
  GtkTextIter start, end;

  gtk_text_buffer_get_iter_at_line_offset (buffer, &start, line - 1, column - 1);
  gtk_text_buffer_get_iter_at_line (buffer, &end, line - 1);
  gtk_text_iter_forward_to_line_end (&end);
  gtk_text_buffer_delete_interactive (buffer, &start, &end, TRUE);
  gtk_text_buffer_insert_interactive (buffer, &start, text, -1, TRUE);
}

/* An error is marked at its line and column, with the window's name
 * for the file. */
static void
test_rejected_marked_in_editor (void)
{
  RsWindow *window = new_window ();
  GtkTextView *editor = script_editor (window);
  const char *text = "a = [1]\nb = lambda **k: 2\n";
  g_autofree char *dir = g_dir_make_tmp ("refscope-app-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "lesson.py", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *tooltip = NULL;

  g_assert_false (rs_window_load_source (window, text, strlen (text), NULL, NULL));
  g_assert_cmpstr (rs_window_get_error (window), ==,
                   "New Session:2:5: **kwargs in a lambda is not in the subset");
  g_assert_true (underlined (editor, 2, 5));
  g_assert_true (underlined (editor, 2, 13));
  g_assert_false (underlined (editor, 2, 4));
  g_assert_false (underlined (editor, 1, 1));
  tooltip = gutter_error (window, 2);
  g_assert_cmpstr (tooltip, ==, rs_window_get_error (window));
  g_assert_null (gutter_error (window, 1));

  /* Typing takes the message and its marks away: they were about the
   * text before. */
  type_at_end (editor, "c = [2]");
  g_assert_null (rs_window_get_error (window));
  g_assert_false (underlined (editor, 2, 5));
  g_assert_null (gutter_error (window, 2));

  /* Run: the same marks; fixed and run, none. */
  g_assert_false (_rs_window_run_script (window));
  g_assert_true (g_str_has_prefix (rs_window_get_error (window), "New Session:2:5: "));
  g_assert_true (underlined (editor, 2, 5));
  g_assert_true (rs_window_save_to_file (window, file, &error));
  g_assert_no_error (error);
  g_assert_false (_rs_window_run_script (window));
  /* Saved, the file has its name. */
  g_assert_true (g_str_has_prefix (rs_window_get_error (window), "lesson.py:2:5: "));
  retype_line_end (editor, 2, 5, "[2]");
  g_assert_null (rs_window_get_error (window));
  g_assert_true (_rs_window_run_script (window));
  g_assert_null (rs_window_get_error (window));
  g_assert_cmpstr (source (window), ==, "a = [1]\nb = [2]\nc = [2]");
  g_assert_false (underlined (editor, 2, 5));
  wait_until_settled (window);
  close_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* Every error the checker finds is marked at once, each at its place
 * with its own message, the messages listed under the text, the first
 * the oracle's. */
static void
test_every_rejection_marked (void)
{
  RsWindow *window = new_window ();
  GtkTextView *editor = script_editor (window);
  const char *text = "a = [1]\nb = vars(a)\nclass A:\n    x = {1}\nc = 2j\n";
  static const char *const expected[] = {
    "New Session:2:5: builtin 'vars' is not in the subset",
    "New Session:4:9: sets are not in the subset",
    "New Session:5:5: complex literals are not in the subset",
  };
  g_auto(GStrv) messages = NULL;

  g_assert_false (rs_window_load_source (window, text, strlen (text), NULL, NULL));
  messages = g_strsplit (rs_window_get_error (window), "\n", -1);
  g_assert_cmpuint (g_strv_length (messages), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      guint line = i == 0 ? 2 : i == 1 ? 4 : 5, column = i == 1 ? 9 : 5;
      g_autofree char *gutter = gutter_error (window, line);

      g_assert_true (g_str_has_prefix (messages[i], expected[i]));
      g_assert_true (underlined (editor, line, column));
      g_assert_false (underlined (editor, line, column - 1));
      g_assert_cmpstr (gutter, ==, messages[i]);
    }
  g_assert_null (gutter_error (window, 1));
  g_assert_null (gutter_error (window, 3));
  g_assert_false (underlined (editor, 3, 1));

  /* One edit takes them all away; the two left come back on Run. */
  type_at_end (editor, "d = 1");
  g_assert_null (rs_window_get_error (window));
  g_assert_null (gutter_error (window, 4));
  g_assert_false (underlined (editor, 4, 9));
  retype_line_end (editor, 2, 5, "a");
  g_assert_false (_rs_window_run_script (window));
  g_strfreev (messages);
  messages = g_strsplit (rs_window_get_error (window), "\n", -1);
  g_assert_cmpuint (g_strv_length (messages), ==, 2);
  g_assert_true (g_str_has_prefix (messages[0], expected[1]));
  g_assert_true (underlined (editor, 4, 9));
  g_assert_true (underlined (editor, 5, 5));
  g_assert_null (gutter_error (window, 2));
  close_window (window);
}

/* The command line's error is marked in the command line, at the line
 * and column of its own text; the message gives the script's line, where
 * the statement would have gone. */
static void
test_rejected_marked_in_command (void)
{
  RsWindow *window = new_window ();
  GtkTextView *command = command_view (window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (command);
  const char *statement = "def f():\n    return lambda **k: 1";

  g_assert_true (rs_window_run (window, "a = [1]", FALSE));
  gtk_text_buffer_set_text (buffer, statement, -1);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.run-command", "s", statement);
  g_assert_cmpstr (source (window), ==, "a = [1]\n");
  g_assert_true (g_str_has_prefix (rs_window_get_error (window), "New Session:3:12: **kwargs in a lambda"));
  g_assert_true (underlined (command, 2, 12));
  g_assert_false (underlined (command, 1, 1));
  g_assert_false (underlined (script_editor (window), 1, 1));
  g_assert_null (gutter_error (window, 1));

  /* Mending the command takes the message away. */
  gtk_text_buffer_insert_at_cursor (buffer, " ", 1);
  g_assert_null (rs_window_get_error (window));
  g_assert_false (underlined (command, 2, 12));

  /* So does the next statement that runs. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.run-command", "s", "b = lambda **k: 2");
  g_assert_nonnull (rs_window_get_error (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.run-command", "s", "b = [2]");
  g_assert_null (rs_window_get_error (window));
  g_assert_cmpstr (source (window), ==, "a = [1]\nb = [2]\n");
  close_window (window);
}

/* Whether @view has, before its own bindings, @accelerator for @action. */
static gboolean
has_capture_shortcut (GtkWidget  *view,
                      const char *accelerator,
                      const char *action)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (view);
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (accelerator);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (c) ||
          gtk_event_controller_get_propagation_phase (c) != GTK_PHASE_CAPTURE)
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (c)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (c), j);
          GtkShortcutAction *named = gtk_shortcut_get_action (shortcut);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted) &&
              GTK_IS_NAMED_ACTION (named) &&
              g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (named)), action))
            return TRUE;
        }
    }
  return FALSE;
}

static guint
last_step (RsWindow *window)
{
  return rs_session_get_n_steps (rs_window_get_session (window)) - 1;
}

/* A statement that raises is shown with its error, in the editor, and the
 * session goes on from the state before it: Ctrl+Z takes it back out. */
static void
test_runtime_error_undone (void)
{
  RsWindow *window = new_window ();
  GtkTextView *editor = script_editor (window);
  g_autofree char *shown = NULL;
  guint before;

  g_assert_true (has_capture_shortcut (GTK_WIDGET (editor), "<Control>z", "win.undo"));
  g_assert_true (has_capture_shortcut (GTK_WIDGET (editor), "<Control><Shift>z", "win.redo"));
  g_assert_true (rs_window_run (window, "a = [1]", FALSE));
  g_assert_true (rs_window_run (window, "b = [2]", FALSE));
  before = rs_window_get_step (window);
  g_assert_cmpuint (before, ==, last_step (window));

  g_assert_false (rs_window_run (window, "c = a[5]", FALSE));
  g_assert_true (g_str_has_prefix (rs_window_get_error (window),
                                   "New Session:3: IndexError: list index out of range (it did not run"));
  g_assert_nonnull (gutter_error (window, 3));
  shown = view_text (editor);
  g_assert_cmpstr (shown, ==, "a = [1]\nb = [2]\nc = a[5]\n");
  g_assert_true (rs_script_view_get_edited (window->script_view));
  /* The session is the one before it, at the step the user was on. */
  g_assert_cmpstr (source (window), ==, "a = [1]\nb = [2]\n");
  g_assert_false (rs_session_get_error (rs_window_get_session (window), NULL, NULL, NULL));
  g_assert_cmpuint (rs_window_get_step (window), ==, before);
  g_assert_cmpuint (last_step (window), ==, before);
  g_assert_cmpuint (find_titled (window, "list #2"), !=, 0);
  g_clear_pointer (&shown, g_free);
  shown = view_text (command_view (window));
  g_assert_cmpstr (shown, ==, "");

  /* Ctrl+Z: the text is the one that ran again, the message gone. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_clear_pointer (&shown, g_free);
  shown = view_text (editor);
  g_assert_cmpstr (shown, ==, "a = [1]\nb = [2]\n");
  g_assert_false (rs_script_view_get_edited (window->script_view));
  g_assert_null (rs_window_get_error (window));
  g_assert_cmpuint (rs_window_get_step (window), ==, before);

  /* And the session goes on. */
  g_assert_true (rs_window_run (window, "c = [3]", FALSE));
  g_assert_cmpstr (source (window), ==, "a = [1]\nb = [2]\nc = [3]\n");
  g_assert_cmpuint (find_titled (window, "list #3"), !=, 0);
  g_assert_null (rs_window_get_error (window));

  /* Or fixed in place: the line is mended and run. */
  g_assert_false (rs_window_run (window, "d = b[7]", FALSE));
  g_assert_cmpstr (source (window), ==, "a = [1]\nb = [2]\nc = [3]\n");
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (editor);
    GtkTextIter start, end;

    gtk_text_buffer_get_iter_at_line_offset (buffer, &start, 3, 6);
    end = start;
    gtk_text_iter_forward_char (&end);
    gtk_text_buffer_delete_interactive (buffer, &start, &end, TRUE);
    gtk_text_buffer_insert_interactive (buffer, &start, "0", -1, TRUE);
  }
  g_assert_null (rs_window_get_error (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run-script", NULL));
  g_assert_cmpstr (source (window), ==, "a = [1]\nb = [2]\nc = [3]\nd = b[0]\n");
  g_assert_null (rs_window_get_error (window));
  g_assert_false (rs_session_get_error (rs_window_get_session (window), NULL, NULL, NULL));
  wait_until_settled (window);
  close_window (window);
}

/* A script that stops at a line runs nothing after it: the window says
 * which line to fix, and the statement waits in the command line. */
static void
test_stopped_script_says_where (void)
{
  RsWindow *window = new_window ();
  const char *script = "a = [1]\nb = a[3]\n";
  GtkTextBuffer *command = gtk_text_view_get_buffer (command_view (window));
  g_autofree char *waiting = NULL;

  g_assert_true (rs_window_load_source (window, script, strlen (script), NULL, NULL));
  g_assert_true (g_str_has_prefix (rs_window_get_error (window), "New Session:2: IndexError"));
  gtk_text_buffer_set_text (command, "c = [2]", -1);
  g_assert_null (rs_window_get_error (window));
  g_assert_false (rs_window_run (window, "c = [2]", FALSE));
  g_assert_true (g_str_has_prefix (rs_window_get_error (window), "New Session:2: IndexError"));
  g_assert_nonnull (gutter_error (window, 2));
  g_assert_cmpstr (source (window), ==, script);
  waiting = view_text (command_view (window));
  g_assert_cmpstr (waiting, ==, "c = [2]");
  close_window (window);
}

/* @do_edit wrote @line and ran it: Ctrl+Z takes back the text and the
 * state, back at the step the user was on; Ctrl+Shift+Z brings both back. */
static void
assert_undo_redo (RsWindow   *window,
                  const char *line,
                  const char *text_before,
                  guint       step_before,
                  guint       n_objects_before)
{
  g_autofree char *text_after = g_strdup (source (window));
  guint step_after = rs_window_get_step (window);
  guint n_objects_after = rs_window_get_snapshot (window)->n_objects;

  g_assert_nonnull (strstr (text_after, line));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (source (window), ==, text_before);
  g_assert_null (strstr (source (window), line));
  g_assert_false (rs_script_view_get_edited (window->script_view));
  g_assert_cmpuint (rs_window_get_step (window), ==, step_before);
  g_assert_cmpuint (rs_window_get_snapshot (window)->n_objects, ==, n_objects_before);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpstr (source (window), ==, text_after);
  g_assert_false (rs_script_view_get_edited (window->script_view));
  g_assert_cmpuint (rs_window_get_step (window), ==, step_after);
  g_assert_cmpuint (rs_window_get_snapshot (window)->n_objects, ==, n_objects_after);
}

typedef struct {
  char  *text;
  guint  step;
  guint  n_objects;
} Before;

static void
remember (RsWindow *window,
          Before   *before)
{
  g_free (before->text);
  before->text = g_strdup (source (window));
  before->step = rs_window_get_step (window);
  before->n_objects = rs_window_get_snapshot (window)->n_objects;
}

static void
test_undo_redo_edit_actions (void)
{
  RsWindow *window = new_window ();
  GtkWidget *w = GTK_WIDGET (window);
  Before before = { 0 };
  RsObjId foo;

  remember (window, &before);
  gtk_widget_activate_action (w, "win.create-object-named", "(ss)", "Foo", "a");
  assert_undo_redo (window, "a = Foo()", before.text, before.step, before.n_objects);
  foo = find_titled (window, "Foo #1");
  g_assert_cmpuint (foo, !=, 0);

  rs_window_select (window, foo);
  remember (window, &before);
  gtk_widget_activate_action (w, "win.bind-name-to", "s", "b");
  assert_undo_redo (window, "b = a\n", before.text, before.step, before.n_objects);

  remember (window, &before);
  gtk_widget_activate_action (w, "win.store-reference", "(uusb)", foo, foo, "me", FALSE);
  assert_undo_redo (window, "a.me = a\n", before.text, before.step, before.n_objects);

  rs_window_select (window, foo);
  remember (window, &before);
  gtk_widget_activate_action (w, "win.delete", NULL);
  assert_undo_redo (window, "del a\n", before.text, before.step, before.n_objects);

  remember (window, &before);
  gtk_widget_activate_action (w, "win.run-command", "s", "del b");
  assert_undo_redo (window, "del b\n", before.text, before.step, before.n_objects);

  remember (window, &before);
  gtk_widget_activate_action (w, "win.collect", NULL);
  assert_undo_redo (window, "gc.collect()", before.text, before.step, before.n_objects);
  g_assert_cmpuint (find_titled (window, "Foo #1"), ==, 0);

  /* Undone twice, then redone: a step at a time. */
  g_assert_true (gtk_widget_activate_action (w, "win.undo", NULL));
  g_assert_true (gtk_widget_activate_action (w, "win.undo", NULL));
  g_assert_null (strstr (source (window), "del b"));
  g_assert_nonnull (strstr (source (window), "del a\n"));
  g_assert_true (gtk_widget_activate_action (w, "win.redo", NULL));
  g_assert_nonnull (strstr (source (window), "del b\n"));
  g_assert_null (strstr (source (window), "gc.collect()"));
  g_free (before.text);
  wait_until_settled (window);
  close_window (window);
}

/* Running after stepping back dropped the later steps: undo brings them
 * back, at the step the user had stepped back to. */
static void
test_undo_discarded_steps (void)
{
  RsWindow *window = new_window ();
  g_autofree char *text = NULL;

  rs_window_run (window, "a = [1]\nb = [2]\nc = [3]", FALSE);
  text = g_strdup (source (window));
  rs_window_set_step (window, 1);
  g_assert_true (rs_window_run (window, "d = [4]", TRUE));
  g_assert_null (strstr (source (window), "c = [3]"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (source (window), ==, text);
  g_assert_cmpuint (rs_window_get_step (window), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_nonnull (strstr (source (window), "d = [4]\n"));
  g_assert_cmpuint (rs_window_get_step (window), ==, last_step (window));
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  test_window_init (&argc, &argv);
  g_test_add_func ("/refscope/app/errors/rejected-marked-in-editor", test_rejected_marked_in_editor);
  g_test_add_func ("/refscope/app/errors/rejected-marked-in-command", test_rejected_marked_in_command);
  g_test_add_func ("/refscope/app/errors/every-rejection-marked", test_every_rejection_marked);
  g_test_add_func ("/refscope/app/errors/runtime-error-undone", test_runtime_error_undone);
  g_test_add_func ("/refscope/app/errors/stopped-script-says-where", test_stopped_script_says_where);
  g_test_add_func ("/refscope/app/errors/undo-redo-edit-actions", test_undo_redo_edit_actions);
  g_test_add_func ("/refscope/app/errors/undo-discarded-steps", test_undo_discarded_steps);
  return test_window_run ();
}
