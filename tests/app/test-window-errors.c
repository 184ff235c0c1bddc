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

static void
type_at_end (GtkTextView *view,
             const char  *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  type_into (view, text, editor_new_line);
}

/* The checker stops at its first error: that one is marked, at its line
 * and column, with the window's name for the file. */
static void
test_rejected_marked_in_editor (void)
{
  RsWindow *window = new_window ();
  GtkTextView *editor = script_editor (window);
  const char *text = "a = [1]\nb = lambda: 2\n";
  g_autofree char *dir = g_dir_make_tmp ("refscope-app-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "lesson.py", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *tooltip = NULL;

  g_assert_false (rs_window_load_source (window, text, strlen (text), NULL, NULL));
  g_assert_cmpstr (rs_window_get_error (window), ==,
                   "New Session:2:5: lambda is not in the subset; define a function with def");
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
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (editor);
    GtkTextIter start, end;

    gtk_text_buffer_get_iter_at_line_offset (buffer, &start, 1, 4);
    gtk_text_buffer_get_iter_at_line (buffer, &end, 1);
    gtk_text_iter_forward_to_line_end (&end);
    gtk_text_buffer_delete_interactive (buffer, &start, &end, TRUE);
    gtk_text_buffer_insert_interactive (buffer, &start, "[2]", -1, TRUE);
  }
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

/* The command line's error is marked in the command line, at the line
 * and column of its own text; the message gives the script's line, where
 * the statement would have gone. */
static void
test_rejected_marked_in_command (void)
{
  RsWindow *window = new_window ();
  GtkTextView *command = command_view (window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (command);
  const char *statement = "def f():\n    return lambda: 1";

  g_assert_true (rs_window_run (window, "a = [1]", FALSE));
  gtk_text_buffer_set_text (buffer, statement, -1);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.run-command", "s", statement);
  g_assert_cmpstr (source (window), ==, "a = [1]\n");
  g_assert_true (g_str_has_prefix (rs_window_get_error (window), "New Session:3:12: lambda"));
  g_assert_true (underlined (command, 2, 12));
  g_assert_false (underlined (command, 1, 1));
  g_assert_false (underlined (script_editor (window), 1, 1));
  g_assert_null (gutter_error (window, 1));

  /* Mending the command takes the message away. */
  gtk_text_buffer_insert_at_cursor (buffer, " ", 1);
  g_assert_null (rs_window_get_error (window));
  g_assert_false (underlined (command, 2, 12));

  /* So does the next statement that runs. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.run-command", "s", "b = lambda: 2");
  g_assert_nonnull (rs_window_get_error (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.run-command", "s", "b = [2]");
  g_assert_null (rs_window_get_error (window));
  g_assert_cmpstr (source (window), ==, "a = [1]\nb = [2]\n");
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  test_window_init (&argc, &argv);
  g_test_add_func ("/refscope/app/errors/rejected-marked-in-editor", test_rejected_marked_in_editor);
  g_test_add_func ("/refscope/app/errors/rejected-marked-in-command", test_rejected_marked_in_command);
  return test_window_run ();
}
