/* rs-window-load.c: reading a session's file off the main thread
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A file is read on a worker thread with the checks of the command line
 * (rs_session_read_file: a regular file of a script's size, read with a
 * bound) and the front end's encoding check, so a FIFO, /dev/zero or a
 * slow disk never holds up the window; only then does the window load it.
 */
#define G_LOG_DOMAIN "refscope-window-load"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rs-frontend.h"
#include "rs-window-private.h"

typedef struct {
  GFile      *file;
  char       *name;
  RsRecovery *recovery;  /* offered once the file is in the window */
} Load;

typedef struct {
  char  *contents;
  gsize  length;
} Loaded;

static void
load_free (Load *load)
{
  g_clear_object (&load->file);
  g_free (load->name);
  rs_recovery_free (load->recovery);
  g_free (load);
}

static void
loaded_free (Loaded *loaded)
{
  g_free (loaded->contents);
  g_free (loaded);
}

/* The front end's located error for a text that is not UTF-8 or has a
 * NUL byte ("NAME:LINE:COL: error: ..."), which the editor cannot show. */
static gboolean
check_text (const char  *name,
            const char  *contents,
            gsize        length,
            GError     **error)
{
  g_autoptr(RsModule) module = NULL;

  if (memchr (contents, '\0', length) == NULL && g_utf8_validate_len (contents, length, NULL))
    return TRUE;
  module = rs_module_parse (name, contents, length, error);
  g_assert (module == NULL);
  return FALSE;
}

/* On a worker thread: the checks of the command line (a regular file of a
 * script's size, read with a bound), then the encoding; a leading byte
 * order mark is dropped, as python3 does. */
static void
load_in_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Load *load = task_data;
  g_autofree char *contents = NULL;
  GError *error = NULL;
  Loaded *loaded;
  gsize length = 0, skip = 0;

  if (!rs_session_read_file (load->file, load->name, RS_SESSION_MAX_FILE_SIZE, &contents, &length, &error) ||
      !check_text (load->name, contents, length, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  if (length >= 3 && memcmp (contents, "\xef\xbb\xbf", 3) == 0)
    skip = 3;
  loaded = g_new0 (Loaded, 1);
  loaded->length = length - skip;
  loaded->contents = g_memdup2 (contents + skip, loaded->length + 1);
  g_task_return_pointer (task, loaded, (GDestroyNotify) loaded_free);
}

/* "Could not open NAME: why", the located errors as the window writes
 * them elsewhere (without "error: "). */
static void
show_open_error (RsWindow     *self,
                 const GError *error)
{
  g_autofree char *message = NULL;
  const char *reason = strstr (error->message, ": error: ");

  if (reason != NULL)
    {
      g_autofree char *where = g_strndup (error->message, reason - error->message);

      message = g_strdup_printf (_("Could not open %s: %s"), where, reason + strlen (": error: "));
    }
  else
    message = g_strdup_printf (_("Could not open %s"), error->message);
  _rs_window_toast (self, message);
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  RsWindow *self = RS_WINDOW (source);
  Load *load = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  Loaded *loaded;
  GtkApplication *app;

  /* Closed, or another file asked for since: this one is not wanted. */
  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;
  g_clear_object (&self->loading);
  _rs_window_update_busy (self);
  if ((loaded = g_task_propagate_pointer (G_TASK (result), &error)) == NULL)
    show_open_error (self, error);
  else
    {
      rs_window_load_source (self, loaded->contents, loaded->length, load->file, load->name);
      loaded_free (loaded);
      if ((app = gtk_window_get_application (GTK_WINDOW (self))))
        rs_application_add_recent (RS_APPLICATION (app), load->file);
    }
  _rs_window_offer_recovery (self, g_steal_pointer (&load->recovery), load->file);
}

void
_rs_window_open_and_recover (RsWindow   *self,
                             GFile      *file,
                             RsRecovery *recovery)
{
  g_autoptr(GTask) task = NULL;
  Load *load = g_new0 (Load, 1);

  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  self->loading = g_cancellable_new ();
  load->file = g_object_ref (file);
  load->name = g_file_get_basename (file);
  load->recovery = recovery;
  task = g_task_new (self, self->loading, loaded_cb, NULL);
  g_task_set_source_tag (task, _rs_window_open_and_recover);
  g_task_set_task_data (task, load, (GDestroyNotify) load_free);
  g_task_run_in_thread (task, load_in_thread);
  _rs_window_update_busy (self);
}

void
rs_window_open_file (RsWindow *self,
                     GFile    *file)
{
  g_return_if_fail (RS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  _rs_window_open_and_recover (self, file, NULL);
}
