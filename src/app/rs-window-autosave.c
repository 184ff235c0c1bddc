/* rs-window-autosave.c: a window's unsaved work kept, and offered back
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A few seconds after a change, the session as Save would write it goes
 * to the window's autosave entry (rs-autosave.c); saving or discarding
 * removes it.  What a Refscope that stopped without saving left is
 * offered back when Refscope starts, or when its file is opened again,
 * as GNOME Text Editor does: Recover or Discard.
 */
#define G_LOG_DOMAIN "refscope-window-autosave"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rs-window-private.h"

/* Not put off by each key: while typing goes on, a write at least this
 * often. */
#define AUTOSAVE_DELAY_MS 2000

static gboolean
autosave_now (gpointer data)
{
  RsWindow *self = data;
  g_autofree char *text = NULL;

  self->autosave_source = 0;
  if (!self->modified)
    {
      rs_autosave_remove (self->autosave);
      return G_SOURCE_REMOVE;
    }
  text = _rs_window_session_text (self);
  rs_autosave_write (self->autosave, text, self->file, self->display_name);
  return G_SOURCE_REMOVE;
}

void
_rs_window_schedule_autosave (RsWindow *self)
{
  if (self->autosave != NULL && self->autosave_source == 0)
    self->autosave_source = g_timeout_add (AUTOSAVE_DELAY_MS, autosave_now, self);
}

/* Said once: a full disk would say it every few seconds. */
static void
autosave_failed_cb (GObject      *object,
                    const GError *error)
{
  RsWindow *self = RS_WINDOW (object);
  g_autofree char *message = NULL;

  if (self->autosave_warned)
    return;
  self->autosave_warned = TRUE;
  message = g_strdup_printf (_("Could not autosave: %s"), error->message);
  _rs_window_toast (self, message);
}

void
_rs_window_init_autosave (RsWindow *self)
{
  self->autosave = rs_autosave_new (autosave_failed_cb, G_OBJECT (self));
  g_signal_connect_object (self->script_view, "changed",
                           G_CALLBACK (_rs_window_schedule_autosave), self, G_CONNECT_SWAPPED);
}

/* A window closed with nothing unsaved leaves no entry; one closed with
 * unsaved work (the session ending) leaves it to be offered back. */
void
_rs_window_dispose_autosave (RsWindow *self)
{
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  if (self->autosave != NULL && !self->modified)
    rs_autosave_remove (self->autosave);
  g_clear_pointer (&self->autosave, rs_autosave_free);
}

/* Offering back */

static void
recover (RsWindow         *self,
         const RsRecovery *recovery)
{
  if (self->loading != NULL)
    {
      g_cancellable_cancel (self->loading);
      g_clear_object (&self->loading);
      _rs_window_update_busy (self);
    }
  rs_window_load_source (self, recovery->text, strlen (recovery->text), recovery->file, recovery->name);
  /* Still not saved: the entry is this window's now, written at once so
   * that no other Refscope offers it too. */
  rs_autosave_adopt (self->autosave, recovery);
  self->modified = TRUE;
  _rs_window_update_title (self);
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  autosave_now (self);
}

static void
recovery_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      RsWindow         *self)
{
  RsRecovery *recovery = g_object_get_data (G_OBJECT (dialog), "recovery");

  /* Closed without an answer: kept for the next start. */
  if (g_strcmp0 (response, "recover") == 0)
    recover (self, recovery);
  else if (g_strcmp0 (response, "discard") == 0)
    rs_recovery_discard (recovery);
}

/* Whether @file changed on disk after the text was kept. */
static gboolean
file_is_newer (GFile     *file,
               GDateTime *time)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GDateTime) modified = NULL;

  if (file == NULL ||
      !(info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED "," G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC,
                                  G_FILE_QUERY_INFO_NONE, NULL, NULL)) ||
      !(modified = g_file_info_get_modification_date_time (info)))
    return FALSE;
  return g_date_time_compare (modified, time) > 0;
}

static char *
recovery_body (const RsRecovery *recovery)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (recovery->time);
  /* Translators: when the unsaved changes were kept, in g_date_time_format()'s format */
  g_autofree char *when = g_date_time_format (local, _("%B %-e, %Y at %H:%M"));
  const char *name = recovery->name ? recovery->name : _("New Session");

  if (file_is_newer (recovery->file, recovery->time))
    return g_strdup_printf (_("Refscope stopped before “%s” was saved. Its changes from %s can be "
                              "recovered, but the file was saved after them."), name, when);
  return g_strdup_printf (_("Refscope stopped before “%s” was saved. Its changes from %s can be "
                            "recovered."), name, when);
}

void
_rs_window_offer_recovery (RsWindow   *self,
                           RsRecovery *recovery,
                           GFile      *file)
{
  AdwMessageDialog *dialog;
  g_autofree char *body = NULL;

  if (recovery == NULL && file != NULL)
    {
      g_autoptr(GPtrArray) orphans = rs_autosave_find_orphans (file);

      if (orphans->len > 0)
        recovery = g_ptr_array_steal_index (orphans, 0);
    }
  if (recovery == NULL)
    return;
  rs_autosave_take (recovery);
  body = recovery_body (recovery);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Recover Unsaved Changes?"), body));
  adw_message_dialog_add_responses (dialog, "discard", _("_Discard"), "recover", _("_Recover"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "recover", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "recover");
  adw_message_dialog_set_close_response (dialog, "later");
  g_object_set_data_full (G_OBJECT (dialog), "recovery", recovery, (GDestroyNotify) rs_recovery_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (recovery_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
rs_window_recover_orphans (RsWindow *self)
{
  g_autoptr(GPtrArray) orphans = NULL;
  GtkApplication *app;

  g_return_if_fail (RS_IS_WINDOW (self));

  app = gtk_window_get_application (GTK_WINDOW (self));
  orphans = rs_autosave_find_orphans (NULL);
  for (guint i = 0; orphans->len > 0; i++)
    {
      RsRecovery *recovery = g_ptr_array_steal_index (orphans, 0);
      RsWindow *window = i == 0 || app == NULL ? self : rs_window_new (RS_APPLICATION (app));

      /* Taken now: its file loads first, and no other window offers it. */
      rs_autosave_take (recovery);
      if (recovery->file != NULL)
        _rs_window_open_and_recover (window, recovery->file, recovery);
      else
        _rs_window_offer_recovery (window, recovery, NULL);
      if (window != self)
        gtk_window_present (GTK_WINDOW (window));
    }
}
