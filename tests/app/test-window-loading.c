/* test-window-loading.c: the window reads files off the main thread, with
 * the checks of the command line
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "rs-test-window.h"

static char *dir;

static char *
write_file (const char *name,
            const char *contents,
            gssize      length)
{
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return path;
}

/* Opens @path in a window that ran "x = [1]": the session and the text
 * stay as they were, and a toast says @message. */
static void
assert_refused (const char *path,
                const char *message)
{
  RsWindow *window = new_window ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = NULL;
  RsSession *before;

  g_assert_true (rs_window_run (window, "x = [1]", FALSE));
  before = rs_window_get_session (window);
  open_file (window, file);
  g_assert_true (rs_window_get_session (window) == before);
  g_assert_cmpstr (source (window), ==, "x = [1]\n");
  text = rs_script_view_dup_text (window->script_view);
  g_assert_cmpstr (text, ==, "x = [1]\n");
  g_assert_null (rs_window_get_file (window));
  if (!shows_label (GTK_WIDGET (window->toast_overlay), message))
    g_error ("no toast “%s”", message);
  close_window (window);
}

/* Opening a FIFO would wait for a writer: it is not opened. */
static void
test_fifo (void)
{
  g_autofree char *path = g_build_filename (dir, "pipe.py", NULL);

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  assert_refused (path, "Could not open pipe.py: not a regular file");
  g_assert_cmpint (g_unlink (path), ==, 0);
}

/* /dev/zero never ends: it is not read. */
static void
test_dev_zero (void)
{
  assert_refused ("/dev/zero", "Could not open zero: not a regular file");
}

static void
test_folder (void)
{
  g_autofree char *path = g_build_filename (dir, "folder.py", NULL);

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  assert_refused (path, "Could not open folder.py: not a regular file");
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

static void
test_too_big (void)
{
  g_autofree char *filler = g_strnfill (RS_SESSION_MAX_FILE_SIZE + 1, '#');
  g_autofree char *path = write_file ("big.py", filler, -1);

  assert_refused (path, "Could not open big.py: larger than 8.0\u00a0MiB, the limit for a script");
  g_assert_cmpint (g_unlink (path), ==, 0);
}

/* The same located message as `refscope --trace`, CPython's words. */
static void
test_null_bytes (void)
{
  g_autofree char *path = write_file ("nul.py", "a = 1\nb = 2\0\n", 13);

  assert_refused (path, "Could not open nul.py:2:6: source code cannot contain null bytes");
  g_assert_cmpint (g_unlink (path), ==, 0);
}

static void
test_invalid_utf8 (void)
{
  g_autofree char *path = write_file ("latin1.py", "a = 1\ns = 'caf\xe9'\n", -1);

  assert_refused (path, "Could not open latin1.py:2:9: (unicode error) 'utf-8' codec can't decode "
                        "byte 0xe9: invalid continuation byte");
  g_assert_cmpint (g_unlink (path), ==, 0);
}

/* A file name is not markup. */
static void
test_name_with_markup (void)
{
  g_autofree char *path = g_build_filename (dir, "<b>&amp;.py", NULL);

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  assert_refused (path, "Could not open <b>&amp;.py: not a regular file");
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

/* A leading byte order mark is skipped, as python3 does: the script runs
 * and its text has none. */
static void
test_byte_order_mark (void)
{
  g_autofree char *path = write_file ("bom.py", "\xef\xbb\xbf" "a = [1]\nb = a\n", -1);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  RsWindow *window = new_window ();
  g_autofree char *text = NULL;

  open_file (window, file);
  g_assert_cmpstr (source (window), ==, "a = [1]\nb = a\n");
  text = rs_script_view_dup_text (window->script_view);
  g_assert_cmpstr (text, ==, "a = [1]\nb = a\n");
  g_assert_true (g_file_equal (rs_window_get_file (window), file));
  g_assert_null (rs_window_get_error (window));
  g_assert_false (rs_window_get_modified (window));
  wait_until_settled (window);
  close_window (window);
  g_assert_cmpint (g_unlink (path), ==, 0);
}

/* The file is read on another thread: Open returns at once, the main
 * loop goes on, and the file is in only when the read is done.  A second
 * Open before the first is in wins; closing the window while it reads
 * drops the read. */
static void
test_off_the_main_thread (void)
{
  g_autofree char *first = write_file ("first.py", "a = [1]\n", -1);
  g_autofree char *second = write_file ("second.py", "b = [2]\n", -1);
  g_autoptr(GFile) first_file = g_file_new_for_path (first);
  g_autoptr(GFile) second_file = g_file_new_for_path (second);
  RsWindow *window = new_window ();

  rs_window_open_file (window, first_file);
  g_assert_nonnull (window->loading);
  g_assert_cmpstr (source (window), ==, "");
  g_assert_true (gtk_widget_get_visible (window->layout_progress));
  rs_window_open_file (window, second_file);
  wait_for_load (window);
  g_assert_cmpstr (source (window), ==, "b = [2]\n");
  g_assert_true (g_file_equal (rs_window_get_file (window), second_file));
  /* The first read ends later, unwanted. */
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpstr (source (window), ==, "b = [2]\n");
  wait_until_settled (window);
  g_assert_false (gtk_widget_get_visible (window->layout_progress));

  rs_window_open_file (window, first_file);
  g_assert_nonnull (window->loading);
  close_window (window);
  g_assert_cmpint (g_unlink (first), ==, 0);
  g_assert_cmpint (g_unlink (second), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  int status;

  test_window_init (&argc, &argv);
  dir = g_dir_make_tmp ("refscope-loading-XXXXXX", NULL);
  g_test_add_func ("/refscope/window-loading/fifo", test_fifo);
  g_test_add_func ("/refscope/window-loading/dev-zero", test_dev_zero);
  g_test_add_func ("/refscope/window-loading/folder", test_folder);
  g_test_add_func ("/refscope/window-loading/too-big", test_too_big);
  g_test_add_func ("/refscope/window-loading/null-bytes", test_null_bytes);
  g_test_add_func ("/refscope/window-loading/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/refscope/window-loading/name-with-markup", test_name_with_markup);
  g_test_add_func ("/refscope/window-loading/byte-order-mark", test_byte_order_mark);
  g_test_add_func ("/refscope/window-loading/off-the-main-thread", test_off_the_main_thread);
  status = test_window_run ();
  g_rmdir (dir);
  g_free (dir);
  return status;
}
