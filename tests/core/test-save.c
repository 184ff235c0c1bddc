/* test-save.c: a failed save leaves the old file whole, byte for byte
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The faults a user meets, made real: a full disk (a 64 KiB tmpfs), a
 * read-only file system, a folder the user may not write (as another
 * uid, since root may write anywhere), `ulimit -f`, and targets reached
 * through a symlink or a hard link.  Each failure checks the old bytes and
 * that no temporary is left beside them.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "rs-save.h"

#define ORIGINAL "x = [1, 2]\ndel x\n"
#define NOBODY 65534

/* Helpers */

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("refscope-save-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tree (const char *path)
{
  GDir *dir;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR) || g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_unlink (path);
      return;
    }
  umount2 (path, MNT_DETACH);
  g_chmod (path, 0700);
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child);
    }
  g_clear_pointer (&dir, g_dir_close);
  g_rmdir (path);
}

static char *
write_file (const char *dir,
            const char *name,
            const char *text)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  return path;
}

static void
assert_contents (const char *path,
                 const char *text)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, text, strlen (text));
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The folder holds exactly @names (sorted): no temporary is left. */
static void
assert_names (const char         *path,
              const char * const *names)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;
  g_autofree char *wanted = g_strjoinv (" ", (char **) names);
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (found, g_strdup (name));
  g_dir_close (dir);
  g_ptr_array_sort (found, compare_names);
  g_ptr_array_add (found, NULL);
  joined = g_strjoinv (" ", (char **) found->pdata);
  g_assert_cmpstr (joined, ==, wanted);
}

/* A file system of its own at @dir, or FALSE (and the test skipped) when
 * this process may not mount one. */
static gboolean
mount_tmpfs (const char *dir,
             const char *options)
{
  if (mount ("refscope-test", dir, "tmpfs", 0, options) == 0)
    return TRUE;
  g_autofree char *why = g_strdup_printf ("cannot mount a tmpfs (%s): run as root to test a full disk",
                                          g_strerror (errno));

  g_test_skip (why);
  return FALSE;
}

/* Fills the file system of @dir to the last byte. */
static void
fill_up (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "filler", NULL);
  char block[4096] = { 0 };
  FILE *f = fopen (path, "w");

  g_assert_nonnull (f);
  setvbuf (f, NULL, _IONBF, 0);
  while (fwrite (block, 1, sizeof block, f) == sizeof block)
    ;
  while (fwrite (block, 1, 1, f) == 1)
    ;
  g_assert_cmpint (errno, ==, ENOSPC);
  fclose (f);
}

static char *
big_text (gsize length)
{
  char *text = g_malloc (length + 1);

  memset (text, 'a', length);
  text[length] = '\0';
  return text;
}

static void
assert_save_fails (const char  *path,
                   const char  *text,
                   RsSaveFlags  flags,
                   int          code)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (rs_save_contents (path, text, strlen (text), flags, &error));
  g_assert_error (error, G_FILE_ERROR, code);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_assert_nonnull (strstr (error->message, ": "));
}

/* Runs @child in a forked process and asserts it exits with 0. */
static void
run_in_child (int (*child) (gpointer data),
              gpointer data)
{
  int status;
  pid_t pid = fork ();

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    _exit (child (data));
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
}

/* Tests */

static void
test_save_replaces (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = write_file (dir, "s.py", ORIGINAL);
  g_autoptr(GError) error = NULL;
  const char *names[] = { "s.py", NULL };
  struct stat st;

  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  if (geteuid () == 0)
    g_assert_cmpint (chown (path, 4321, 4322), ==, 0);
  g_assert_true (rs_save_contents (path, "y = 1\n", 6, RS_SAVE_BREAK_LINKS, &error));
  g_assert_no_error (error);
  assert_contents (path, "y = 1\n");
  assert_names (dir, names);
  g_assert_cmpint (stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);
  if (geteuid () == 0)
    g_assert_cmpint (st.st_uid * 10000 + st.st_gid, ==, 4321 * 10000 + 4322);
  remove_tree (dir);
}

static void
test_save_new_file (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "new.py", NULL);
  g_autoptr(GError) error = NULL;
  const char *names[] = { "new.py", NULL };
  mode_t mask = umask (022);
  struct stat st;

  g_assert_true (rs_save_contents (path, "", 0, RS_SAVE_BREAK_LINKS, &error));
  umask (mask);
  g_assert_no_error (error);
  assert_contents (path, "");
  assert_names (dir, names);
  g_assert_cmpint (stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0644);
  remove_tree (dir);
}

static void
test_save_full_disk (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = NULL;
  g_autofree char *text = big_text (128 * 1024);
  const char *names[] = { "filler", "s.py", NULL };

  if (!mount_tmpfs (dir, "size=64k"))
    {
      remove_tree (dir);
      return;
    }
  path = write_file (dir, "s.py", ORIGINAL);
  fill_up (dir);
  assert_save_fails (path, text, RS_SAVE_BREAK_LINKS, G_FILE_ERROR_NOSPC);
  assert_contents (path, ORIGINAL);
  assert_names (dir, names);
  remove_tree (dir);
}

static void
test_save_read_only_file_system (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = NULL;
  const char *names[] = { "s.py", NULL };

  if (!mount_tmpfs (dir, "size=64k"))
    {
      remove_tree (dir);
      return;
    }
  path = write_file (dir, "s.py", ORIGINAL);
  g_assert_cmpint (mount ("refscope-test", dir, "tmpfs", MS_REMOUNT | MS_RDONLY, NULL), ==, 0);
  assert_save_fails (path, "y = 1\n", RS_SAVE_BREAK_LINKS, G_FILE_ERROR_ROFS);
  assert_contents (path, ORIGINAL);
  assert_names (dir, names);
  remove_tree (dir);
}

/* Root writes any folder: the save runs as nobody, as a user would. */
static int
save_as_user (gpointer data)
{
  g_autoptr(GError) error = NULL;
  const char *path = data;

  if (geteuid () == 0 && (setgid (NOBODY) != 0 || setuid (NOBODY) != 0))
    return 10;
  if (rs_save_contents (path, "y = 1\n", 6, RS_SAVE_BREAK_LINKS, &error))
    return 11;
  return g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_ACCES)
         && strstr (error->message, path) != NULL ? 0 : 12;
}

static void
test_save_read_only_folder (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = write_file (dir, "s.py", ORIGINAL);
  const char *names[] = { "s.py", NULL };

  g_assert_cmpint (g_chmod (path, 0666), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  run_in_child (save_as_user, path);
  assert_contents (path, ORIGINAL);
  assert_names (dir, names);
  remove_tree (dir);
}

/* The link stays a link; the temporary goes beside its destination. */
static void
test_save_symlink (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *real_dir = g_build_filename (dir, "real", NULL);
  g_autofree char *real = NULL;
  g_autofree char *link = g_build_filename (dir, "link.py", NULL);
  g_autoptr(GError) error = NULL;
  const char *names[] = { "link.py", "real", NULL };
  const char *real_names[] = { "s.py", NULL };

  g_assert_cmpint (g_mkdir (real_dir, 0700), ==, 0);
  real = write_file (real_dir, "s.py", ORIGINAL);
  g_assert_cmpint (symlink ("real/s.py", link), ==, 0);
  g_assert_true (rs_save_contents (link, "y = 1\n", 6, RS_SAVE_BREAK_LINKS, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  assert_contents (real, "y = 1\n");
  assert_names (dir, names);
  assert_names (real_dir, real_names);
  remove_tree (dir);
}

static void
test_save_symlink_full_disk (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *full = g_build_filename (dir, "full", NULL);
  g_autofree char *link = g_build_filename (dir, "link.py", NULL);
  g_autofree char *text = big_text (128 * 1024);
  g_autofree char *real = NULL;
  const char *names[] = { "full", "link.py", NULL };
  const char *full_names[] = { "filler", "s.py", NULL };

  g_assert_cmpint (g_mkdir (full, 0700), ==, 0);
  if (!mount_tmpfs (full, "size=64k"))
    {
      remove_tree (dir);
      return;
    }
  real = write_file (full, "s.py", ORIGINAL);
  fill_up (full);
  g_assert_cmpint (symlink (real, link), ==, 0);
  assert_save_fails (link, text, RS_SAVE_BREAK_LINKS, G_FILE_ERROR_NOSPC);
  assert_contents (real, ORIGINAL);
  assert_names (dir, names);
  assert_names (full, full_names);
  remove_tree (dir);
}

static void
test_save_hard_link (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *a = write_file (dir, "a.py", ORIGINAL);
  g_autofree char *b = g_build_filename (dir, "b.py", NULL);
  g_autoptr(GError) error = NULL;
  const char *names[] = { "a.py", "b.py", NULL };
  struct stat st_a, st_b;

  g_assert_cmpint (link (a, b), ==, 0);
  g_assert_true (rs_save_is_hard_linked (a));
  g_assert_true (rs_save_contents (a, "y = 1\n", 6, RS_SAVE_KEEP_LINKS, &error));
  g_assert_no_error (error);
  assert_contents (b, "y = 1\n");
  g_assert_cmpint (stat (a, &st_a), ==, 0);
  g_assert_cmpint (stat (b, &st_b), ==, 0);
  g_assert_cmpuint (st_a.st_ino, ==, st_b.st_ino);

  g_assert_true (rs_save_contents (a, "z = 2\n", 6, RS_SAVE_BREAK_LINKS, &error));
  g_assert_no_error (error);
  assert_contents (a, "z = 2\n");
  assert_contents (b, "y = 1\n");
  g_assert_false (rs_save_is_hard_linked (a));
  g_assert_false (rs_save_is_hard_linked (b));
  assert_names (dir, names);
  remove_tree (dir);
}

/* Written in place, a full disk still fails before a byte changes. */
static void
test_save_hard_link_full_disk (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *a = NULL;
  g_autofree char *b = g_build_filename (dir, "b.py", NULL);
  g_autofree char *text = big_text (128 * 1024);
  const char *names[] = { "a.py", "b.py", "filler", NULL };

  if (!mount_tmpfs (dir, "size=64k"))
    {
      remove_tree (dir);
      return;
    }
  a = write_file (dir, "a.py", ORIGINAL);
  g_assert_cmpint (link (a, b), ==, 0);
  fill_up (dir);
  assert_save_fails (a, text, RS_SAVE_KEEP_LINKS, G_FILE_ERROR_NOSPC);
  assert_save_fails (a, text, RS_SAVE_BREAK_LINKS, G_FILE_ERROR_NOSPC);
  assert_contents (a, ORIGINAL);
  assert_contents (b, ORIGINAL);
  g_assert_true (rs_save_is_hard_linked (a));
  assert_names (dir, names);
  remove_tree (dir);
}

/* `ulimit -f 4`: writing past it raises SIGXFSZ, which an editor ignores
 * to get EFBIG. */
static int
save_under_size_limit (gpointer data)
{
  const char *path = data;
  struct rlimit limit = { 4096, 4096 };
  g_autofree char *text = big_text (64 * 1024);
  RsSaveFlags flags[] = { RS_SAVE_BREAK_LINKS, RS_SAVE_KEEP_LINKS };

  signal (SIGXFSZ, SIG_IGN);
  if (setrlimit (RLIMIT_FSIZE, &limit) != 0)
    return 10;
  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    {
      g_autoptr(GError) error = NULL;

      if (rs_save_contents (path, text, strlen (text), flags[i], &error))
        return 11;
      if (strstr (error->message, path) == NULL || strstr (error->message, g_strerror (EFBIG)) == NULL)
        return 12;
    }
  return 0;
}

static void
test_save_file_size_limit (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *a = write_file (dir, "a.py", ORIGINAL);
  g_autofree char *b = g_build_filename (dir, "b.py", NULL);
  const char *names[] = { "a.py", "b.py", NULL };

  g_assert_cmpint (link (a, b), ==, 0);
  run_in_child (save_under_size_limit, a);
  assert_contents (a, ORIGINAL);
  assert_contents (b, ORIGINAL);
  assert_names (dir, names);
  remove_tree (dir);
}

static void
test_save_not_regular (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *sub = g_build_filename (dir, "sub.py", NULL);
  const char *names[] = { "sub.py", NULL };

  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  assert_save_fails (sub, "y = 1\n", RS_SAVE_BREAK_LINKS, G_FILE_ERROR_INVAL);
  g_assert_true (g_file_test (sub, G_FILE_TEST_IS_DIR));
  assert_names (dir, names);
  remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  /* The tests' mounts vanish with this process, even if it crashes. */
  if (unshare (CLONE_NEWNS) == 0)
    mount ("none", "/", "none", MS_REC | MS_PRIVATE, NULL);
  g_test_add_func ("/refscope/save/replaces", test_save_replaces);
  g_test_add_func ("/refscope/save/new-file", test_save_new_file);
  g_test_add_func ("/refscope/save/full-disk", test_save_full_disk);
  g_test_add_func ("/refscope/save/read-only-file-system", test_save_read_only_file_system);
  g_test_add_func ("/refscope/save/read-only-folder", test_save_read_only_folder);
  g_test_add_func ("/refscope/save/symlink", test_save_symlink);
  g_test_add_func ("/refscope/save/symlink-full-disk", test_save_symlink_full_disk);
  g_test_add_func ("/refscope/save/hard-link", test_save_hard_link);
  g_test_add_func ("/refscope/save/hard-link-full-disk", test_save_hard_link_full_disk);
  g_test_add_func ("/refscope/save/file-size-limit", test_save_file_size_limit);
  g_test_add_func ("/refscope/save/not-regular", test_save_not_regular);
  return g_test_run ();
}
