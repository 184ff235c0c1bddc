/* rs-autosave.c: unsaved sessions kept in the user's state folder
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An entry is a key file, ID.autosave; the lock of the process that wrote
 * it is OWNER.lock beside it, held with flock(2) while that process runs,
 * so the kernel lets it go however the process ends (kill -9 too).  The
 * lock file appears under its name only once it is locked (it is locked
 * under a temporary name, then renamed), so a lock file nobody holds
 * belongs to a process that is gone.
 */
#define G_LOG_DOMAIN "refscope-autosave"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "rs-autosave.h"
#include "rs-save.h"

#define GROUP "Autosave"
#define ENTRY_SUFFIX ".autosave"
#define LOCK_SUFFIX ".lock"

struct _RsAutosave
{
  char              *id;
  RsAutosaveFailed   failed;
  GWeakRef           object;  /* what @failed is told with */
};

typedef struct {
  char              *path;
  char              *data;    /* NULL: remove the entry */
  RsAutosaveFailed   failed;  /* NULL: the log is told */
  GWeakRef           object;
  GError            *error;
} Job;

/* The process's side: one worker, so the jobs of an entry run in the
 * order they were queued; the lock, taken by the first write. */
static struct {
  GThreadPool *pool;
  char        *owner;
  int          lock_fd;
  char        *lock_path;
  GHashTable  *taken;  /* ids of the orphans offered, main thread only */
  GMutex       mutex;
  GCond        idle;
  guint        pending;
} state = { .lock_fd = -1 };

char *
rs_autosave_get_dir (void)
{
  return g_build_filename (g_get_user_state_dir (), "refscope", "autosave", NULL);
}

static char *
entry_path (const char *id)
{
  g_autofree char *dir = rs_autosave_get_dir ();
  g_autofree char *name = g_strconcat (id, ENTRY_SUFFIX, NULL);

  return g_build_filename (dir, name, NULL);
}

static char *
lock_path (const char *owner)
{
  g_autofree char *dir = rs_autosave_get_dir ();
  g_autofree char *name = g_strconcat (owner, LOCK_SUFFIX, NULL);

  return g_build_filename (dir, name, NULL);
}

/* Locked under a temporary name first: no one sees the lock file unheld. */
static gboolean
take_lock (GError **error)
{
  g_autofree char *temporary = NULL;
  int fd;

  if (state.lock_fd >= 0)
    return TRUE;
  state.lock_path = lock_path (state.owner);
  temporary = g_strconcat (state.lock_path, ".new", NULL);
  fd = g_open (temporary, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0 || flock (fd, LOCK_EX) != 0 || g_rename (temporary, state.lock_path) != 0)
    {
      int saved = errno;

      if (fd >= 0)
        close (fd);
      g_unlink (temporary);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s: %s",
                   state.lock_path, g_strerror (saved));
      return FALSE;
    }
  state.lock_fd = fd;
  return TRUE;
}

static gboolean
write_entry (const Job  *job,
             GError    **error)
{
  g_autofree char *dir = g_path_get_dirname (job->path);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s: %s", dir, g_strerror (saved));
      return FALSE;
    }
  return take_lock (error) &&
         rs_save_contents (job->path, job->data, strlen (job->data), RS_SAVE_BREAK_LINKS, error);
}

static void
job_free (Job *job)
{
  g_free (job->path);
  g_free (job->data);
  g_weak_ref_clear (&job->object);
  g_clear_error (&job->error);
  g_free (job);
}

/* On the main thread: the window says it (its work is still there). */
static gboolean
report_failure (gpointer data)
{
  Job *job = data;
  g_autoptr(GObject) object = g_weak_ref_get (&job->object);

  if (object != NULL)
    job->failed (object, job->error);
  return G_SOURCE_REMOVE;
}

static void
run_job (gpointer data,
         gpointer user_data)
{
  Job *job = data;

  if (job->data != NULL)
    write_entry (job, &job->error);
  else if (g_unlink (job->path) != 0 && errno != ENOENT)
    g_set_error (&job->error, G_IO_ERROR, g_io_error_from_errno (errno), "%s: %s",
                 job->path, g_strerror (errno));
  if (job->error != NULL && job->failed != NULL)
    g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, report_failure, job, (GDestroyNotify) job_free);
  else
    {
      if (job->error != NULL)
        g_warning ("Autosave failed: %s", job->error->message);
      job_free (job);
    }
  g_mutex_lock (&state.mutex);
  if (--state.pending == 0)
    g_cond_broadcast (&state.idle);
  g_mutex_unlock (&state.mutex);
}

static void
start (void)
{
  if (state.pool != NULL)
    return;
  state.owner = g_uuid_string_random ();
  state.pool = g_thread_pool_new (run_job, NULL, 1, FALSE, NULL);
}

static void
queue (RsAutosave *self,
       const char *id,
       char       *data)
{
  Job *job = g_new0 (Job, 1);

  g_assert (id != NULL);
  start ();
  job->path = entry_path (id);
  job->data = data;
  g_weak_ref_init (&job->object, NULL);
  if (self != NULL && self->failed != NULL)
    {
      g_autoptr(GObject) object = g_weak_ref_get (&self->object);

      job->failed = self->failed;
      g_weak_ref_set (&job->object, object);
    }
  g_mutex_lock (&state.mutex);
  state.pending++;
  g_mutex_unlock (&state.mutex);
  g_thread_pool_push (state.pool, job, NULL);
}

RsAutosave *
rs_autosave_new (RsAutosaveFailed  failed,
                 GObject          *object)
{
  RsAutosave *self = g_new0 (RsAutosave, 1);

  g_return_val_if_fail (failed == NULL || G_IS_OBJECT (object), NULL);

  self->id = g_uuid_string_random ();
  self->failed = failed;
  g_weak_ref_init (&self->object, object);
  return self;
}

void
rs_autosave_free (RsAutosave *self)
{
  if (self == NULL)
    return;
  g_free (self->id);
  g_weak_ref_clear (&self->object);
  g_free (self);
}

void
rs_autosave_adopt (RsAutosave       *self,
                   const RsRecovery *recovery)
{
  g_return_if_fail (self != NULL && recovery != NULL);

  g_free (self->id);
  self->id = g_strdup (recovery->id);
}

void
rs_autosave_write (RsAutosave *self,
                   const char *text,
                   GFile      *file,
                   const char *name)
{
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *time = g_date_time_format_iso8601 (now);

  g_return_if_fail (self != NULL && text != NULL);

  start ();
  g_key_file_set_string (keys, GROUP, "owner", state.owner);
  g_key_file_set_string (keys, GROUP, "time", time);
  if (file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_key_file_set_string (keys, GROUP, "file", uri);
    }
  if (name != NULL)
    g_key_file_set_string (keys, GROUP, "name", name);
  g_key_file_set_string (keys, GROUP, "text", text);
  queue (self, self->id, g_key_file_to_data (keys, NULL, NULL));
}

void
rs_autosave_remove (RsAutosave *self)
{
  g_return_if_fail (self != NULL);

  queue (self, self->id, NULL);
}

void
rs_autosave_flush (void)
{
  g_mutex_lock (&state.mutex);
  while (state.pending > 0)
    g_cond_wait (&state.idle, &state.mutex);
  g_mutex_unlock (&state.mutex);
}

void
rs_autosave_shutdown (void)
{
  g_clear_pointer (&state.taken, g_hash_table_unref);
  if (state.pool == NULL)
    return;
  g_thread_pool_free (g_steal_pointer (&state.pool), FALSE, TRUE);
  if (state.lock_fd >= 0)
    {
      g_unlink (state.lock_path);
      close (state.lock_fd);
      state.lock_fd = -1;
    }
  g_clear_pointer (&state.lock_path, g_free);
  g_clear_pointer (&state.owner, g_free);
}

/* Finding orphans */

/* Whether the process that wrote as @owner is gone: its lock file is not
 * there, or no one holds it (then it is removed). */
static gboolean
owner_gone (const char *owner)
{
  g_autofree char *path = lock_path (owner);
  int fd;

  /* The owner names a file: nothing but a UUID is taken as one. */
  if (!g_uuid_string_is_valid (owner) || g_strcmp0 (owner, state.owner) == 0)
    return FALSE;
  if ((fd = g_open (path, O_RDWR | O_CLOEXEC, 0)) < 0)
    return errno == ENOENT;
  if (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      close (fd);
      return FALSE;
    }
  g_unlink (path);
  close (fd);
  return TRUE;
}

void
rs_recovery_free (RsRecovery *recovery)
{
  if (recovery == NULL)
    return;
  g_free (recovery->id);
  g_clear_object (&recovery->file);
  g_free (recovery->name);
  g_free (recovery->text);
  g_clear_pointer (&recovery->time, g_date_time_unref);
  g_free (recovery);
}

/* The entry @id, if it reads whole and its writer is gone. */
static RsRecovery *
read_orphan (const char *id)
{
  g_autofree char *path = entry_path (id);
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autofree char *owner = NULL;
  g_autofree char *time = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(RsRecovery) recovery = g_new0 (RsRecovery, 1);

  if (!g_key_file_load_from_file (keys, path, G_KEY_FILE_NONE, NULL) ||
      !(owner = g_key_file_get_string (keys, GROUP, "owner", NULL)) ||
      !(time = g_key_file_get_string (keys, GROUP, "time", NULL)) ||
      !(recovery->text = g_key_file_get_string (keys, GROUP, "text", NULL)) ||
      !(recovery->time = g_date_time_new_from_iso8601 (time, NULL)) ||
      !owner_gone (owner))
    return NULL;
  recovery->id = g_strdup (id);
  recovery->name = g_key_file_get_string (keys, GROUP, "name", NULL);
  if ((uri = g_key_file_get_string (keys, GROUP, "file", NULL)))
    recovery->file = g_file_new_for_uri (uri);
  return g_steal_pointer (&recovery);
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  const RsRecovery *x = *(RsRecovery * const *) a, *y = *(RsRecovery * const *) b;

  return g_date_time_compare (y->time, x->time);
}

static gboolean
belongs_to (const RsRecovery *recovery,
            GFile            *file)
{
  if (file == NULL)
    return TRUE;
  return recovery->file != NULL && g_file_equal (recovery->file, file);
}

GPtrArray *
rs_autosave_find_orphans (GFile *file)
{
  GPtrArray *found = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_recovery_free);
  g_autofree char *path = rs_autosave_get_dir ();
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *id = NULL;
      RsRecovery *recovery;

      if (!g_str_has_suffix (name, ENTRY_SUFFIX))
        continue;
      id = g_strndup (name, strlen (name) - strlen (ENTRY_SUFFIX));
      if (state.taken != NULL && g_hash_table_contains (state.taken, id))
        continue;
      if ((recovery = read_orphan (id)) == NULL)
        continue;
      if (belongs_to (recovery, file))
        g_ptr_array_add (found, recovery);
      else
        rs_recovery_free (recovery);
    }
  g_ptr_array_sort (found, newest_first);
  return found;
}

void
rs_autosave_take (const RsRecovery *recovery)
{
  g_return_if_fail (recovery != NULL);

  if (state.taken == NULL)
    state.taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_add (state.taken, g_strdup (recovery->id));
}

void
rs_recovery_discard (const RsRecovery *recovery)
{
  g_return_if_fail (recovery != NULL);

  queue (NULL, recovery->id, NULL);
}
