/* test-autosave.c: the autosave folder, its entries and their owners
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "rs-autosave.h"

#define OTHER "0b6c3f2e-8d1a-4c55-9e0f-7a2b3c4d5e6f"

static char *
in_dir (const char *name)
{
  g_autofree char *dir = rs_autosave_get_dir ();

  return g_build_filename (dir, name, NULL);
}

/* An entry as another Refscope, OTHER, would have written it. */
static void
write_other (const char *id,
             const char *owner,
             const char *time,
             const char *uri)
{
  g_autofree char *name = g_strconcat (id, ".autosave", NULL);
  g_autofree char *path = in_dir (name);
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autofree char *dir = rs_autosave_get_dir ();

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_key_file_set_string (keys, "Autosave", "owner", owner);
  g_key_file_set_string (keys, "Autosave", "time", time);
  g_key_file_set_string (keys, "Autosave", "text", "x = [1]\n\ny = x\n");
  if (uri != NULL)
    g_key_file_set_string (keys, "Autosave", "file", uri);
  g_assert_true (g_key_file_save_to_file (keys, path, NULL));
}

static void
remove_entry (const char *id)
{
  g_autofree char *name = g_strconcat (id, ".autosave", NULL);
  g_autofree char *path = in_dir (name);

  g_assert_cmpint (g_unlink (path), ==, 0);
}

static guint
n_orphans (GFile *file)
{
  g_autoptr(GPtrArray) orphans = rs_autosave_find_orphans (file);

  return orphans->len;
}

/* What this process writes is its own while it runs: never an orphan. */
static void
test_own_entry (void)
{
  g_autoptr(RsAutosave) autosave = rs_autosave_new (NULL, NULL);
  g_autofree char *dir = rs_autosave_get_dir ();
  GStatBuf st;

  rs_autosave_write (autosave, "a = [1]\n", NULL, NULL);
  rs_autosave_flush ();
  g_assert_cmpint (g_stat (dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpuint (n_orphans (NULL), ==, 0);
  rs_autosave_remove (autosave);
  rs_autosave_flush ();
}

/* An owner without a lock file, or with one no one holds, is gone; one
 * that holds its lock is running. */
static void
test_owner_gone_or_running (void)
{
  g_autofree char *lock = in_dir (OTHER ".lock");
  g_autoptr(GPtrArray) orphans = NULL;
  RsRecovery *recovery;
  int fd;

  write_other ("e1", OTHER, "2026-12-02T07:00:00Z", NULL);
  fd = g_open (lock, O_RDWR | O_CREAT, 0600);
  g_assert_cmpint (flock (fd, LOCK_EX), ==, 0);
  g_assert_cmpuint (n_orphans (NULL), ==, 0);
  /* The kernel lets the lock go when its holder ends, as here. */
  close (fd);
  orphans = rs_autosave_find_orphans (NULL);
  g_assert_cmpuint (orphans->len, ==, 1);
  recovery = orphans->pdata[0];
  g_assert_cmpstr (recovery->id, ==, "e1");
  g_assert_cmpstr (recovery->text, ==, "x = [1]\n\ny = x\n");
  g_assert_null (recovery->file);
  g_assert_null (recovery->name);
  /* The stale lock file is gone with its owner. */
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));
  rs_recovery_discard (recovery);
  rs_autosave_flush ();
  g_assert_cmpuint (n_orphans (NULL), ==, 0);
}

/* Newest first; a file's own; taken ones not found again. */
static void
test_order_file_and_taken (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/tmp/lesson.py");
  g_autoptr(GFile) other = g_file_new_for_path ("/tmp/other.py");
  g_autoptr(GPtrArray) orphans = NULL;

  write_other ("old", OTHER, "2026-12-01T07:00:00Z", "file:///tmp/lesson.py");
  write_other ("new", OTHER, "2026-12-02T07:00:00.5Z", "file:///tmp/lesson.py");
  write_other ("untitled", OTHER, "2026-12-02T08:00:00Z", NULL);
  orphans = rs_autosave_find_orphans (NULL);
  g_assert_cmpuint (orphans->len, ==, 3);
  g_assert_cmpstr (((RsRecovery *) orphans->pdata[0])->id, ==, "untitled");
  g_assert_cmpstr (((RsRecovery *) orphans->pdata[1])->id, ==, "new");
  g_assert_cmpstr (((RsRecovery *) orphans->pdata[2])->id, ==, "old");
  g_clear_pointer (&orphans, g_ptr_array_unref);
  g_assert_cmpuint (n_orphans (file), ==, 2);
  g_assert_cmpuint (n_orphans (other), ==, 0);

  orphans = rs_autosave_find_orphans (file);
  rs_autosave_take (orphans->pdata[0]);
  g_clear_pointer (&orphans, g_ptr_array_unref);
  orphans = rs_autosave_find_orphans (file);
  g_assert_cmpuint (orphans->len, ==, 1);
  g_assert_cmpstr (((RsRecovery *) orphans->pdata[0])->id, ==, "old");
  remove_entry ("old");
  remove_entry ("new");
  remove_entry ("untitled");
}

/* What is not an entry is left alone: a broken key file, no text, an
 * owner that is not a UUID (it names a file), a bad time. */
static void
test_broken_entries_ignored (void)
{
  g_autofree char *junk = in_dir ("junk.autosave");

  g_assert_true (g_file_set_contents (junk, "not [a key file", -1, NULL));
  write_other ("path", "../../etc/passwd", "2026-12-02T07:00:00Z", NULL);
  write_other ("time", OTHER, "yesterday", NULL);
  g_assert_cmpuint (n_orphans (NULL), ==, 0);
  g_assert_cmpint (g_unlink (junk), ==, 0);
  remove_entry ("path");
  remove_entry ("time");
}

/* An adopted entry is written under its id, by this process: it is no
 * orphan from then on, and is removed as the adopter's. */
static void
test_adopt (void)
{
  g_autoptr(RsAutosave) autosave = rs_autosave_new (NULL, NULL);
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autofree char *path = in_dir ("kept.autosave");
  g_autofree char *text = NULL;

  write_other ("kept", OTHER, "2026-12-02T07:00:00Z", NULL);
  orphans = rs_autosave_find_orphans (NULL);
  g_assert_cmpuint (orphans->len, ==, 1);
  rs_autosave_adopt (autosave, orphans->pdata[0]);
  rs_autosave_write (autosave, "z = [3]\n", NULL, "kept.py");
  rs_autosave_flush ();
  g_assert_cmpuint (n_orphans (NULL), ==, 0);
  g_assert_true (g_key_file_load_from_file (keys, path, G_KEY_FILE_NONE, NULL));
  text = g_key_file_get_string (keys, "Autosave", "text", NULL);
  g_assert_cmpstr (text, ==, "z = [3]\n");
  rs_autosave_remove (autosave);
  rs_autosave_flush ();
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = g_dir_make_tmp ("refscope-autosave-XXXXXX", NULL);
  g_autofree char *dir = NULL;
  g_autofree char *parent = NULL;
  int status;

  g_setenv ("XDG_STATE_HOME", home, TRUE);
  g_test_init (&argc, &argv, NULL);
  dir = rs_autosave_get_dir ();
  parent = g_path_get_dirname (dir);
  g_test_add_func ("/refscope/autosave/own-entry", test_own_entry);
  g_test_add_func ("/refscope/autosave/owner-gone-or-running", test_owner_gone_or_running);
  g_test_add_func ("/refscope/autosave/order-file-and-taken", test_order_file_and_taken);
  g_test_add_func ("/refscope/autosave/broken-entries-ignored", test_broken_entries_ignored);
  g_test_add_func ("/refscope/autosave/adopt", test_adopt);
  status = g_test_run ();
  rs_autosave_shutdown ();
  /* Only this process's lock was left, and shutdown removed it. */
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_rmdir (parent);
  g_rmdir (home);
  return status;
}
