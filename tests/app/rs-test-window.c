/* rs-test-window.c: what the tests of the real window share
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <glib-unix.h>
#include <gtksourceview/gtksource.h>

#include "rs-test-window.h"

static RsApplication *app;
static GPid xvfb_pid;
static char *home;

/* An aborted test must not leave its Xvfb behind. */
static void
die_with_parent (gpointer user_data)
{
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}

/* Without a display, start a private Xvfb (as xvfb-run -a would), so the
 * test binary itself is what runs under valgrind, not a shell script. */
static void
start_xvfb (void)
{
  int fds[2];
  g_autofree char *fd = NULL;
  g_autoptr(GError) error = NULL;
  char buf[32] = { 0 };
  g_autofree char *display = NULL;
  gssize n;

  if (g_strcmp0 (g_getenv ("DISPLAY"), "") != 0 && g_getenv ("DISPLAY") != NULL)
    return;
  /* Only the write end goes to Xvfb, which writes the display number it
   * chose there once it accepts clients. */
  g_assert_true (g_unix_open_pipe (fds, 0, NULL));
  g_assert_true (g_unix_set_fd_nonblocking (fds[0], FALSE, NULL));
  fcntl (fds[0], F_SETFD, FD_CLOEXEC);
  fd = g_strdup_printf ("%d", fds[1]);
  {
    /* -noreset: no reset (and refused connections) between clients. */
    const char *argv[] = { "Xvfb", "-displayfd", fd, "-screen", "0", "1280x800x24",
                           "-nolisten", "tcp", "-noreset", NULL };

    g_spawn_async (NULL, (char **) argv, NULL,
                   G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD |
                   G_SPAWN_LEAVE_DESCRIPTORS_OPEN |
                   G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                   die_with_parent, NULL, &xvfb_pid, &error);
  }
  g_assert_no_error (error);
  close (fds[1]);
  /* Read the whole line: closing early would fail Xvfb's next write. */
  for (gsize len = 0; len < sizeof buf - 1 && !strchr (buf, '\n'); len += n)
    if ((n = read (fds[0], buf + len, sizeof buf - 1 - len)) <= 0)
      break;
  close (fds[0]);
  g_assert_nonnull (strchr (buf, '\n'));
  display = g_strdup_printf (":%s", g_strstrip (buf));
  g_setenv ("DISPLAY", display, TRUE);
}

static void
stop_xvfb (void)
{
  if (xvfb_pid == 0)
    return;
  kill (xvfb_pid, SIGTERM);
  waitpid (xvfb_pid, NULL, 0);
  g_spawn_close_pid (xvfb_pid);
}

void
wait_until_settled (RsWindow *window)
{
  /* Long enough for valgrind on a loaded machine. */
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  /* A layout runs on its own thread and a transition lasts 400 ms. */
  while ((rs_graph_view_is_settling (window->canvas) ||
          rs_graph_view_get_scene (window->canvas) == NULL ||
          gtk_widget_get_width (GTK_WIDGET (window->canvas)) == 0) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (rs_graph_view_is_settling (window->canvas));
}

RsWindow *
new_window (void)
{
  RsWindow *window = rs_window_new (app);

  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  return window;
}

void
close_window (RsWindow *window)
{
  window->modified = FALSE;  /* no "save changes?" prompt in tests */
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

RsObjId
find_titled (RsWindow   *window,
             const char *title)
{
  RsSnapshot *snapshot = rs_window_get_snapshot (window);

  for (guint i = 0; i < snapshot->n_objects; i++)
    if (g_strcmp0 (snapshot->objects[i].title, title) == 0)
      return snapshot->objects[i].id;
  return 0;
}

const char *
source (RsWindow *window)
{
  return rs_session_get_source (rs_window_get_session (window));
}

void
wait_for_load (RsWindow *window)
{
  while (window->loading != NULL)
    g_main_context_iteration (NULL, TRUE);
}

void
open_file (RsWindow *window,
           GFile    *file)
{
  rs_window_open_file (window, file);
  /* Read off the main thread: nothing is in yet. */
  g_assert_nonnull (window->loading);
  wait_for_load (window);
}

RsWindow *
open_example (const char *name)
{
  RsWindow *window = new_window ();
  g_autofree char *path = g_build_filename (SRCDIR, "examples", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  open_file (window, file);
  g_assert_cmpuint (rs_session_get_n_steps (rs_window_get_session (window)), >, 1);
  return window;
}

/* Whether a label under @widget reads @text (what a toast shows). */
gboolean
shows_label (GtkWidget  *widget,
             const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_label (child, text))
      return TRUE;
  return FALSE;
}

/* The GtkTextView inside @widget (the script view keeps its own private). */
GtkTextView *
script_text_view (GtkWidget *widget)
{
  if (GTK_IS_TEXT_VIEW (widget))
    return GTK_TEXT_VIEW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (script_text_view (child) != NULL)
      return script_text_view (child);
  return NULL;
}

/* The @n-th GtkTextView under @widget, depth first: 0 is the script,
 * 1 the command line. */
static GtkTextView *
nth_text_view (GtkWidget *widget,
               guint     *n)
{
  if (GTK_IS_TEXT_VIEW (widget) && (*n)-- == 0)
    return GTK_TEXT_VIEW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkTextView *found = nth_text_view (child, n);

      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkTextView *
command_view (RsWindow *window)
{
  guint n = 1;

  return nth_text_view (GTK_WIDGET (window->script_view), &n);
}

char *
view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* What GtkSourceView does on Enter with auto-indent: a new line, then its
 * indenter. */
void
editor_new_line (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkSourceIndenter *indenter = gtk_source_view_get_indenter (GTK_SOURCE_VIEW (view));
  GtkTextIter iter;

  g_assert_true (gtk_source_view_get_auto_indent (GTK_SOURCE_VIEW (view)));
  g_assert_nonnull (indenter);
  gtk_text_buffer_insert_interactive_at_cursor (buffer, "\n", 1, TRUE);
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  gtk_source_indenter_indent (indenter, GTK_SOURCE_VIEW (view), &iter);
}

/* Types @text at the cursor: '\n' is Enter, '\b' the Backspace that
 * takes an indentation level back. */
void
type_into (GtkTextView *view,
           const char  *text,
           void       (*enter) (GtkTextView *view))
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);

  for (const char *p = text; *p != '\0'; p++)
    {
      GtkTextIter end, start;

      if (*p == '\n')
        enter (view);
      else if (*p == '\b')
        {
          gtk_text_buffer_get_iter_at_mark (buffer, &end, gtk_text_buffer_get_insert (buffer));
          start = end;
          gtk_text_iter_backward_chars (&start, 4);
          gtk_text_buffer_delete_interactive (buffer, &start, &end, TRUE);
        }
      else
        gtk_text_buffer_insert_interactive_at_cursor (buffer, p, g_utf8_next_char (p) - p, TRUE);
    }
}

void
type_at_end (GtkTextView *view,
             const char  *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  type_into (view, text, editor_new_line);
}

GtkTextView *
script_editor (RsWindow *window)
{
  return script_text_view (GTK_WIDGET (window->script_view));
}


void
test_window_init (int    *argc,
                  char ***argv)
{
  if (g_getenv ("RS_TEST_WINDOW_HOME") != NULL)
    home = g_strdup (g_getenv ("RS_TEST_WINDOW_HOME"));
  else
    home = g_dir_make_tmp ("refscope-home-XXXXXX", NULL);
  /* Recent files and settings go to a throwaway home, not the user's. */
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("XDG_STATE_HOME", home, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("NO_AT_BRIDGE", "1", TRUE);
  start_xvfb ();
  gtk_test_init (argc, argv, NULL);
  /* Criticals stay fatal; warnings do not, since CI has no session bus
   * and GtkApplication warns about it. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  app = rs_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
}

const char *
test_window_home (void)
{
  return home;
}

RsApplication *
test_window_app (void)
{
  return app;
}

int
test_window_run (void)
{
  int status = g_test_run ();

  g_clear_object (&app);
  stop_xvfb ();
  g_rmdir (home);
  g_clear_pointer (&home, g_free);
  return status;
}
