/* rs-save.c: writing a file so that a failed save leaves the old one whole
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GLib's g_file_replace_contents renames its temporary over the target even
 * when a write failed (a full disk left a 0-byte session), and writes
 * symlinked or hard-linked targets in place.  Here every error path removes
 * the temporary before the target is touched.
 */
#include "config.h"

#include "rs-save.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

/* As the kernel's own limit on the links followed in one path. */
#define MAX_SYMLINKS 40

static gboolean
fail_with (GError      **error,
           const char   *path,
           GFileError    code,
           const char   *cause)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_FILE_ERROR, code, "%s: %s", display, cause);
  return FALSE;
}

static gboolean
fail (GError     **error,
      const char  *path,
      int          saved_errno)
{
  return fail_with (error, path, g_file_error_from_errno (saved_errno), g_strerror (saved_errno));
}

/* The file a save of @path writes: the destination of its symlinks, which
 * need not exist yet (a dangling link is saved through). */
static char *
resolve_target (const char *path)
{
  g_autofree char *current = g_strdup (path);

  for (guint i = 0; i < MAX_SYMLINKS; i++)
    {
      g_autofree char *link = NULL;
      g_autofree char *dir = NULL;
      struct stat st;

      if (lstat (current, &st) != 0 || !S_ISLNK (st.st_mode)
          || (link = g_file_read_link (current, NULL)) == NULL)
        return g_steal_pointer (&current);
      dir = g_path_get_dirname (current);
      g_free (current);
      current = g_path_is_absolute (link) ? g_steal_pointer (&link) : g_build_filename (dir, link, NULL);
    }
  errno = ELOOP;
  return NULL;
}

/* 0, or the errno of the write that failed. */
static int
write_all (int         fd,
           const char *data,
           gsize       length)
{
  while (length > 0)
    {
      gssize n = write (fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return errno;
      data += n;
      length -= n;
    }
  return 0;
}

/* Only root may give a file away: when another user who may write the
 * folder saves, the file becomes theirs (as with cp), its mode is kept. */
static int
keep_mode_and_owner (int                fd,
                     const struct stat *old)
{
  if (fchown (fd, old->st_uid, old->st_gid) != 0 && errno != EPERM)
    return errno;
  /* After fchown, which clears the set-id bits. */
  if (fchmod (fd, old->st_mode & 07777) != 0)
    return errno;
  return 0;
}

static int
fill_temporary (int                fd,
                const struct stat *old,
                const char        *data,
                gsize              length)
{
  int e = write_all (fd, data, length);

  if (e == 0 && old != NULL)
    e = keep_mode_and_owner (fd, old);
  if (e == 0 && fsync (fd) != 0)
    e = errno;
  return e;
}

/* The rename is durable once the folder is synced.  Some file systems
 * refuse to sync a folder; the file itself is synced by then. */
static void
sync_folder (const char *dir)
{
  int fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd < 0)
    return;
  (void) fsync (fd);
  close (fd);
}

static gboolean
write_beside (const char         *path,
              const char         *target,
              const struct stat  *old,
              const char         *data,
              gsize               length,
              GError            **error)
{
  g_autofree char *dir = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *name = g_strdup_printf (".%s.XXXXXX", base);
  g_autofree char *tmp = g_build_filename (dir, name, NULL);
  /* A new file gets 0666 less the umask, as open() gives it. */
  int fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, old != NULL ? 0600 : 0666);
  int e;

  if (fd < 0)
    return fail (error, path, errno);
  e = fill_temporary (fd, old, data, length);
  if (close (fd) != 0 && e == 0)
    e = errno;
  if (e == 0 && rename (tmp, target) != 0)
    e = errno;
  if (e != 0)
    {
      g_unlink (tmp);
      return fail (error, path, e);
    }
  sync_folder (dir);
  return TRUE;
}

/* What a failed write in place puts back: the old bytes over the new. */
static void
restore (int         fd,
         const char *saved,
         gsize       saved_length)
{
  if (lseek (fd, 0, SEEK_SET) == 0 && write_all (fd, saved, saved_length) == 0
      && ftruncate (fd, saved_length) == 0)
    (void) fsync (fd);
}

static int
read_all (int      fd,
          GString *out)
{
  char buffer[16384];
  gssize n;

  while ((n = read (fd, buffer, sizeof buffer)) != 0)
    {
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return errno;
      g_string_append_len (out, buffer, n);
    }
  return 0;
}

/* The space beyond the old end is reserved before a byte is overwritten,
 * so a full disk or a file size limit fails with the old bytes in place. */
static int
overwrite (int         fd,
           gsize       old_length,
           const char *data,
           gsize       length)
{
  int e = 0;

  if (length > old_length && (e = posix_fallocate (fd, old_length, length - old_length)) != 0)
    {
      (void) ftruncate (fd, old_length);
      return e;
    }
  if (lseek (fd, 0, SEEK_SET) != 0)
    return errno;
  if ((e = write_all (fd, data, length)) == 0 && ftruncate (fd, length) != 0)
    e = errno;
  if (e == 0 && fsync (fd) != 0)
    e = errno;
  return e;
}

static gboolean
write_in_place (const char  *path,
                const char  *target,
                const char  *data,
                gsize        length,
                GError     **error)
{
  g_autoptr(GString) saved = g_string_new (NULL);
  int fd = open (target, O_RDWR | O_CLOEXEC);
  int e;

  if (fd < 0)
    return fail (error, path, errno);
  if ((e = read_all (fd, saved)) == 0 && (e = overwrite (fd, saved->len, data, length)) != 0)
    restore (fd, saved->str, saved->len);
  if (close (fd) != 0 && e == 0)
    e = errno;
  return e == 0 || fail (error, path, e);
}

gboolean
rs_save_is_hard_linked (const char *path)
{
  g_autofree char *target = NULL;
  struct stat st;

  g_return_val_if_fail (path != NULL, FALSE);

  target = resolve_target (path);
  return target != NULL && stat (target, &st) == 0 && S_ISREG (st.st_mode) && st.st_nlink > 1;
}

gboolean
rs_save_contents (const char   *path,
                  const char   *data,
                  gsize         length,
                  RsSaveFlags   flags,
                  GError      **error)
{
  g_autofree char *target = NULL;
  struct stat st;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((target = resolve_target (path)) == NULL)
    return fail (error, path, errno);
  if (stat (target, &st) != 0)
    return errno == ENOENT ? write_beside (path, target, NULL, data, length, error)
                           : fail (error, path, errno);
  if (!S_ISREG (st.st_mode))
    return fail_with (error, path, G_FILE_ERROR_INVAL, _("not a regular file"));
  if (st.st_nlink > 1 && (flags & RS_SAVE_KEEP_LINKS))
    return write_in_place (path, target, data, length, error);
  return write_beside (path, target, &st, data, length, error);
}
