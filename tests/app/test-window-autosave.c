/* test-window-autosave.c: unsaved work survives kill -9 and is offered back
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A crash is a real one: this binary starts itself as a child (with
 * RS_TEST_CRASH_CHILD) that opens windows in the application, types into
 * them, waits for the autosave and says "ready"; the test kills it with
 * SIGKILL, then starts the application anew in its own process and
 * answers what the window offers.
 */
#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "rs-test-window.h"

#define CHILD_SECONDS 60

/* This binary, for the child: not /proc/self/exe, which under valgrind is
 * valgrind. */
static char *self_path;

static char *
typed_text (guint i)
{
  return g_strdup_printf ("typed_%u = [%u]\n", i, i);
}

/* The entries in the autosave folder. */
static guint
count_entries (void)
{
  g_autofree char *path = rs_autosave_get_dir ();
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    n += g_str_has_suffix (name, ".autosave");
  return n;
}

static void
spin_until (gboolean (*done) (gpointer data),
            gpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static gboolean
has_entries (gpointer data)
{
  rs_autosave_flush ();
  return count_entries () == GPOINTER_TO_UINT (data);
}

/* The child: a window for each item of @spec ("untitled" or a file's
 * path, separated by ';'), the i-th typed_text typed at its end. */
static void G_GNUC_NORETURN
crash_child (const char *spec)
{
  g_auto(GStrv) items = g_strsplit (spec, ";", -1);
  gint64 deadline = g_get_monotonic_time () + CHILD_SECONDS * G_USEC_PER_SEC;
  guint n = g_strv_length (items);

  for (guint i = 0; i < n; i++)
    {
      RsWindow *window = new_window ();
      g_autofree char *text = typed_text (i);

      if (!g_str_equal (items[i], "untitled"))
        {
          g_autoptr(GFile) file = g_file_new_for_path (items[i]);

          open_file (window, file);
        }
      type_at_end (script_editor (window), text);
    }
  while (!has_entries (GUINT_TO_POINTER (n)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  fputs (count_entries () == n ? "ready\n" : "no autosave\n", stdout);
  fflush (stdout);
  /* Waits for the SIGKILL; the parent gone, the kernel ends it. */
  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE), g_usleep (10000);
  _exit (1);
}

static void
die_with_parent (gpointer user_data)
{
  prctl (PR_SET_PDEATHSIG, SIGKILL);
}

/* Starts the child on @spec, waits for its autosave, and kills it. */
static void
crash (const char *spec)
{
  g_auto(GStrv) env = g_get_environ ();
  const char *argv[] = { self_path, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GIOChannel) out = NULL;
  g_autofree char *line = NULL;
  GPid pid;
  int out_fd, status;

  env = g_environ_setenv (env, "RS_TEST_CRASH_CHILD", spec, TRUE);
  env = g_environ_setenv (env, "RS_TEST_WINDOW_HOME", test_window_home (), TRUE);
  g_spawn_async_with_pipes (NULL, (char **) argv, env, G_SPAWN_DO_NOT_REAP_CHILD, die_with_parent, NULL,
                            &pid, NULL, &out_fd, NULL, &error);
  g_assert_no_error (error);
  out = g_io_channel_unix_new (out_fd);
  g_io_channel_set_close_on_unref (out, TRUE);
  /* g_test_init's own lines ("# random seed ...") come first. */
  do
    {
      g_clear_pointer (&line, g_free);
      g_io_channel_read_line (out, &line, NULL, NULL, &error);
      g_assert_no_error (error);
    }
  while (line != NULL && line[0] == '#');
  g_assert_cmpstr (line, ==, "ready\n");
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);
  g_spawn_close_pid (pid);
}

/* The recovery dialogs shown over @window. */
static AdwMessageDialog *
find_dialog (RsWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (item) &&
          gtk_window_get_transient_for (GTK_WINDOW (item)) == GTK_WINDOW (window) &&
          gtk_widget_get_visible (GTK_WIDGET (item)))
        return ADW_MESSAGE_DIALOG (item);
    }
  return NULL;
}

static gboolean
has_dialog (gpointer window)
{
  return find_dialog (window) != NULL;
}

/* Waits for the dialog over @window, checks that it names @name, and
 * answers @response. */
static void
answer (RsWindow   *window,
        const char *name,
        gboolean    file_newer,
        const char *response)
{
  AdwMessageDialog *dialog;
  g_autofree char *quoted = g_strdup_printf ("“%s”", name);
  const char *body;

  spin_until (has_dialog, window);
  dialog = find_dialog (window);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Recover Unsaved Changes?");
  body = adw_message_dialog_get_body (dialog);
  g_assert_nonnull (strstr (body, quoted));
  g_assert_nonnull (strstr (body, "can be recovered"));
  g_assert_true ((strstr (body, "the file was saved after them") != NULL) == file_newer);
  g_assert_true (adw_message_dialog_has_response (dialog, "recover"));
  g_assert_true (adw_message_dialog_has_response (dialog, "discard"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "recover");
  adw_message_dialog_response (dialog, response);
  if (find_dialog (window) == dialog)
    gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
assert_script (RsWindow   *window,
               const char *expected)
{
  g_autofree char *text = rs_script_view_dup_text (window->script_view);

  g_assert_cmpstr (text, ==, expected);
}

/* A start of the application with no window open, as `refscope` is. */
static RsWindow *
start_again (void)
{
  GtkApplication *app = GTK_APPLICATION (test_window_app ());
  RsWindow *window;

  g_assert_null (gtk_application_get_windows (app));
  g_application_activate (G_APPLICATION (app));
  g_assert_nonnull (gtk_application_get_windows (app));
  window = RS_WINDOW (g_list_last (gtk_application_get_windows (app))->data);
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  return window;
}

static void
close_all (void)
{
  GtkApplication *app = GTK_APPLICATION (test_window_app ());

  while (gtk_application_get_windows (app) != NULL)
    close_window (gtk_application_get_windows (app)->data);
  rs_autosave_flush ();
  g_assert_cmpuint (count_entries (), ==, 0);
}

static char *
write_lesson (const char *text)
{
  char *path = g_build_filename (test_window_home (), "lesson.py", NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

/* Typed text is written a few seconds later; saving removes it. */
static void
test_written_and_removed_on_save (void)
{
  RsWindow *window = new_window ();
  g_autofree char *path = g_build_filename (test_window_home (), "saved.py", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GSource *due;

  /* Due within a few seconds of the change (measured on the timer, not
   * the clock: valgrind runs slower than any limit). */
  type_at_end (script_editor (window), "x = [1]\n");
  g_assert_cmpuint (window->autosave_source, !=, 0);
  due = g_main_context_find_source_by_id (NULL, window->autosave_source);
  g_assert_cmpint (g_source_get_ready_time (due) - g_get_monotonic_time (), <=, 3 * G_USEC_PER_SEC);
  spin_until (has_entries, GUINT_TO_POINTER (1));
  /* Ours: a running Refscope's entries are not offered to anyone. */
  {
    g_autoptr(GPtrArray) orphans = rs_autosave_find_orphans (NULL);

    g_assert_cmpuint (orphans->len, ==, 0);
  }
  g_assert_true (rs_window_save_to_file (window, file, &error));
  g_assert_no_error (error);
  rs_autosave_flush ();
  g_assert_cmpuint (count_entries (), ==, 0);
  /* Typed again: written again, under the file's name. */
  type_at_end (script_editor (window), "y = x\n");
  spin_until (has_entries, GUINT_TO_POINTER (1));
  close_all ();
  g_assert_cmpint (g_unlink (path), ==, 0);
}

/* kill -9 of an untitled session: the next start offers its text. */
static void
test_untitled_after_kill (void)
{
  RsWindow *window;
  g_autofree char *typed = typed_text (0);

  crash ("untitled");
  g_assert_cmpuint (count_entries (), ==, 1);
  window = start_again ();
  answer (window, "New Session", FALSE, "recover");
  assert_script (window, typed);
  g_assert_cmpstr (source (window), ==, typed);
  g_assert_true (rs_window_get_modified (window));
  g_assert_null (rs_window_get_file (window));
  /* Ours now, rewritten at once: not an orphan any more. */
  rs_autosave_flush ();
  g_assert_cmpuint (count_entries (), ==, 1);
  {
    g_autoptr(GPtrArray) orphans = rs_autosave_find_orphans (NULL);

    g_assert_cmpuint (orphans->len, ==, 0);
  }
  wait_until_settled (window);
  close_all ();
}

/* kill -9 of a saved file's session: opening the file offers the typed
 * text back, the file kept as the one Save writes. */
static void
test_file_reopened_after_kill (void)
{
  g_autofree char *path = write_lesson ("a = [1]\n");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *typed = typed_text (0);
  g_autofree char *expected = g_strconcat ("a = [1]\n", typed, NULL);
  RsWindow *window;

  crash (path);
  window = new_window ();
  open_file (window, file);
  assert_script (window, "a = [1]\n");
  answer (window, "lesson.py", FALSE, "recover");
  assert_script (window, expected);
  g_assert_true (rs_window_get_modified (window));
  g_assert_true (g_file_equal (rs_window_get_file (window), file));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• lesson.py");
  wait_until_settled (window);
  close_all ();
  g_assert_cmpint (g_unlink (path), ==, 0);
}

/* The file saved again after the crash: the dialog says so; Discard
 * removes the text and keeps the file's. */
static void
test_file_newer_discarded (void)
{
  g_autofree char *path = write_lesson ("a = [1]\n");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  RsWindow *window;

  crash (path);
  g_usleep (20000);
  g_free (write_lesson ("b = [2]\n"));
  window = new_window ();
  open_file (window, file);
  answer (window, "lesson.py", TRUE, "discard");
  assert_script (window, "b = [2]\n");
  g_assert_false (rs_window_get_modified (window));
  rs_autosave_flush ();
  g_assert_cmpuint (count_entries (), ==, 0);
  wait_until_settled (window);
  close_all ();
  g_assert_cmpint (g_unlink (path), ==, 0);
}

/* Several windows, one untitled and one a file: the start offers each in
 * a window of its own. */
static void
test_several_windows (void)
{
  g_autofree char *path = write_lesson ("a = [1]\n");
  g_autofree char *spec = g_strconcat ("untitled;", path, NULL);
  g_autofree char *first = typed_text (0);
  g_autofree char *typed = typed_text (1);
  g_autofree char *second = g_strconcat ("a = [1]\n", typed, NULL);
  GtkApplication *app = GTK_APPLICATION (test_window_app ());
  guint untitled = 0, titled = 0;

  crash (spec);
  g_assert_cmpuint (count_entries (), ==, 2);
  start_again ();
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (app)), ==, 2);
  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    {
      RsWindow *window = l->data;

      spin_until (has_dialog, window);
      if (rs_window_get_file (window) == NULL)
        {
          answer (window, "New Session", FALSE, "recover");
          assert_script (window, first);
          untitled++;
        }
      else
        {
          answer (window, "lesson.py", FALSE, "recover");
          assert_script (window, second);
          titled++;
        }
      wait_until_settled (window);
    }
  g_assert_cmpuint (untitled, ==, 1);
  g_assert_cmpuint (titled, ==, 1);
  close_all ();
  g_assert_cmpint (g_unlink (path), ==, 0);
}

/* Closed without an answer: the text stays for the next start, and this
 * one does not ask twice. */
static void
test_later_kept (void)
{
  RsWindow *window;
  g_autoptr(GPtrArray) orphans = NULL;
  g_autofree char *dir = rs_autosave_get_dir ();
  g_autoptr(GDir) entries = NULL;
  const char *name;

  crash ("untitled");
  window = start_again ();
  answer (window, "New Session", FALSE, "later");
  assert_script (window, "");
  rs_autosave_flush ();
  g_assert_cmpuint (count_entries (), ==, 1);
  orphans = rs_autosave_find_orphans (NULL);
  g_assert_cmpuint (orphans->len, ==, 0);
  close_window (window);
  entries = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (entries)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_str_has_suffix (name, ".autosave"))
        g_assert_cmpint (g_unlink (path), ==, 0);
    }
  close_all ();
}

static gboolean
shows_failure (gpointer data)
{
  RsWindow *window = data;
  g_autofree char *dir = rs_autosave_get_dir ();
  g_autofree char *message = g_strdup_printf ("Could not autosave: %s: Not a directory", dir);

  return shows_label (GTK_WIDGET (window->toast_overlay), message);
}

/* The folder cannot be written (here a file stands in its place): the
 * window says so, once, and keeps the work. */
static void
test_failure_said (void)
{
  g_autofree char *dir = rs_autosave_get_dir ();
  g_autofree char *aside = g_strconcat (dir, ".aside", NULL);
  RsWindow *window;

  rs_autosave_flush ();
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_cmpint (g_rename (dir, aside), ==, 0);
  g_assert_true (g_file_set_contents (dir, "", 0, NULL));
  window = new_window ();
  type_at_end (script_editor (window), "x = [1]\n");
  spin_until (shows_failure, window);
  g_assert_true (window->autosave_warned);
  assert_script (window, "x = [1]\n");
  g_assert_true (rs_window_get_modified (window));
  close_window (window);
  rs_autosave_flush ();
  g_assert_cmpint (g_unlink (dir), ==, 0);
  g_assert_cmpint (g_rename (aside, dir), ==, 0);
  close_all ();
}

int
main (int    argc,
      char **argv)
{
  const char *child = g_getenv ("RS_TEST_CRASH_CHILD");
  int status;

  self_path = g_canonicalize_filename (argv[0], NULL);
  test_window_init (&argc, &argv);
  if (child != NULL)
    crash_child (child);
  g_test_add_func ("/refscope/window-autosave/written-and-removed-on-save", test_written_and_removed_on_save);
  g_test_add_func ("/refscope/window-autosave/untitled-after-kill", test_untitled_after_kill);
  g_test_add_func ("/refscope/window-autosave/file-reopened-after-kill", test_file_reopened_after_kill);
  g_test_add_func ("/refscope/window-autosave/file-newer-discarded", test_file_newer_discarded);
  g_test_add_func ("/refscope/window-autosave/several-windows", test_several_windows);
  g_test_add_func ("/refscope/window-autosave/later-kept", test_later_kept);
  g_test_add_func ("/refscope/window-autosave/failure-said", test_failure_said);
  status = test_window_run ();
  g_free (self_path);
  return status;
}
