/* rs-window-file.c: opening, saving, dropping and closing sessions
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A saved session is its script (which `python3 FILE.py` runs) followed
 * by the view state as comments.  Saves replace the file atomically.
 */
#define G_LOG_DOMAIN "refscope-window-file"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "rs-autosave.h"
#include "rs-export-dialog.h"
#include "rs-save.h"
#include "rs-view-state.h"
#include "rs-window-private.h"

#define EXAMPLES_PATH "/io/github/refscope/Refscope/examples/"
#define EXAMPLES_L10N_PATH "/io/github/refscope/Refscope/examples-l10n/"

typedef void (*AfterSave) (RsWindow *self);

static GSettings *
settings (RsWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return app ? rs_application_get_settings (RS_APPLICATION (app)) : NULL;
}

char *
_rs_window_session_text (RsWindow *self)
{
  g_autofree char *script = rs_script_view_dup_text (self->script_view);  /* edited or not */
  GString *text = g_string_new (script);
  RsViewState state = { 0 };
  const RsScenePin *pins;
  guint n_pins;

  state.has_step = TRUE;
  state.step = self->step;
  state.zoom = rs_graph_view_get_chosen_zoom (self->canvas);
  state.has_centre = rs_graph_view_get_chosen_centre (self->canvas, state.centre);
  state.engine = g_strdup (rs_layout_engine_to_name (rs_graph_view_get_engine (self->canvas)));
  pins = rs_graph_view_get_pins (self->canvas, &n_pins);
  for (guint i = 0; i < n_pins; i++)
    rs_view_state_add_pin (&state, pins[i].key, pins[i].x, pins[i].y);
  rs_view_state_format (&state, text);
  rs_view_state_clear (&state);
  return g_string_free (text, FALSE);
}

/* A file only GIO reaches (no local path) is written by GIO; the others
 * by rs_save_contents, which leaves the old file whole if a write fails. */
static gboolean
save_with_flags (RsWindow     *self,
                 GFile        *file,
                 RsSaveFlags   flags,
                 GError      **error)
{
  g_autofree char *text = _rs_window_session_text (self);
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = NULL;
  GtkApplication *app;
  gboolean ok;

  if (path != NULL)
    ok = rs_save_contents (path, text, strlen (text), flags, error);
  else
    ok = g_file_replace_contents (file, text, strlen (text), NULL, FALSE,
                                  G_FILE_CREATE_NONE, NULL, NULL, error);
  if (!ok)
    return FALSE;
  g_set_object (&self->file, file);
  name = g_file_get_basename (file);
  g_free (self->display_name);
  self->display_name = g_steal_pointer (&name);
  self->modified = FALSE;
  rs_autosave_remove (self->autosave);  /* saved: nothing to recover */
  _rs_window_update_title (self);
  if ((app = gtk_window_get_application (GTK_WINDOW (self))))
    rs_application_add_recent (RS_APPLICATION (app), file);
  return TRUE;
}

gboolean
rs_window_save_to_file (RsWindow  *self,
                        GFile     *file,
                        GError   **error)
{
  g_return_val_if_fail (RS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return save_with_flags (self, file, RS_SAVE_BREAK_LINKS, error);
}

/* Opens @file here when this window holds nothing worth keeping, else in
 * a new window. */
static RsWindow *
window_for_open (RsWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  RsWindow *window;

  if (!self->modified || app == NULL)
    return self;
  window = rs_window_new (RS_APPLICATION (app));
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* An example in the user's language where one exists (the Korean
 * tutorial's cells, with the tutorial's own explanations as comments),
 * else the one every language shares.  The variants live beside the
 * examples, not among them, so the menu lists each example once. */
static GBytes *
lookup_example (const char *name)
{
  const char * const *languages = g_get_language_names ();
  g_autofree char *path = NULL;

  for (guint i = 0; languages[i] != NULL && !g_str_equal (languages[i], "C"); i++)
    {
      GBytes *bytes;

      g_free (path);
      path = g_strconcat (EXAMPLES_L10N_PATH, languages[i], "/", name, NULL);
      if ((bytes = g_resources_lookup_data (path, 0, NULL)) != NULL)
        return bytes;
    }
  g_free (path);
  path = g_strconcat (EXAMPLES_PATH, name, NULL);
  return g_resources_lookup_data (path, 0, NULL);
}

static void
open_example (RsWindow   *self,
              const char *name)
{
  g_autoptr(GBytes) bytes = lookup_example (name);
  RsWindow *window;

  if (bytes == NULL)
    return;
  window = window_for_open (self);
  /* An example is a new, unsaved session: Save asks where. */
  rs_window_load_source (window, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL, name);
}

/* The file chooser */

static GtkFileFilter *
python_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Python sessions"));
  gtk_file_filter_add_pattern (filter, "*.py");
  gtk_file_filter_add_mime_type (filter, "text/x-python");
  return filter;
}

static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  RsWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      rs_window_open_file (window_for_open (self), file);
    }
  g_object_unref (dialog);
}

static void
open_activated (GtkWidget  *widget,
                const char *action,
                GVariant   *param)
{
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Open Session"), GTK_WINDOW (widget),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), python_filter ());
  g_signal_connect_object (dialog, "response", G_CALLBACK (open_response_cb), widget, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
show_save_error (RsWindow     *self,
                 const GError *error)
{
  g_autofree char *message = g_strdup_printf (_("Could not save: %s"), error->message);

  _rs_window_toast (self, message);
}

static void
save_and_continue (RsWindow    *self,
                   GFile       *file,
                   RsSaveFlags  flags,
                   AfterSave    after)
{
  g_autoptr(GError) error = NULL;

  if (!save_with_flags (self, file, flags, &error))
    show_save_error (self, error);
  else if (after != NULL)
    after (self);
}

static void
hard_link_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       RsWindow         *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "file");
  AfterSave after = g_object_get_data (G_OBJECT (dialog), "after-save");

  if (g_strcmp0 (response, "in-place") == 0)
    save_and_continue (self, file, RS_SAVE_KEEP_LINKS, after);
  else if (g_strcmp0 (response, "separate") == 0)
    save_and_continue (self, file, RS_SAVE_BREAK_LINKS, after);
}

/* A file with other names (hard links): writing it in place keeps them
 * all on the new text, but a failed write there is only undone as well as
 * the disk allows; the safe save makes this name a file of its own. */
static void
ask_about_links (RsWindow  *self,
                 GFile     *file,
                 AfterSave  after)
{
  g_autofree char *name = g_file_get_basename (file);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Keep the Other Names?"), NULL));
  adw_message_dialog_format_body (dialog, _("“%s” has other names (hard links). Writing it in place keeps "
                                            "them on the new text; a separate file leaves them the old text."),
                                  name);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "separate", _("_Separate File"),
                                    "in-place", _("_Write in Place"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "separate", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "separate");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "file", g_object_ref (file), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "after-save", after);
  g_signal_connect_object (dialog, "response", G_CALLBACK (hard_link_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_file (RsWindow  *self,
           GFile     *file,
           AfterSave  after)
{
  g_autofree char *path = g_file_get_path (file);

  if (path != NULL && rs_save_is_hard_linked (path))
    ask_about_links (self, file, after);
  else
    save_and_continue (self, file, RS_SAVE_BREAK_LINKS, after);
}

static void
save_as_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     RsWindow        *self)
{
  AfterSave after = g_object_get_data (G_OBJECT (dialog), "after-save");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      save_file (self, file, after);
    }
  g_object_unref (dialog);
}

static void
save_as (RsWindow  *self,
         AfterSave  after)
{
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Save Session"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), python_filter ());
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog),
                                     self->display_name ? self->display_name : _("session.py"));
  g_object_set_data (G_OBJECT (dialog), "after-save", after);
  g_signal_connect_object (dialog, "response", G_CALLBACK (save_as_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
save (RsWindow  *self,
      AfterSave  after)
{
  if (self->file == NULL)
    save_as (self, after);
  else
    save_file (self, self->file, after);
}

static void
save_activated (GtkWidget  *widget,
                const char *action,
                GVariant   *param)
{
  if (g_str_equal (action, "win.save-as"))
    save_as (RS_WINDOW (widget), NULL);
  else
    save (RS_WINDOW (widget), NULL);
}

static void
new_session_activated (GtkWidget  *widget,
                       const char *action,
                       GVariant   *param)
{
  rs_window_load_source (window_for_open (RS_WINDOW (widget)), "", 0, NULL, NULL);
}

static void
open_file_activated (GtkWidget  *widget,
                     const char *action,
                     GVariant   *param)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  rs_window_open_file (window_for_open (RS_WINDOW (widget)), file);
}

static void
open_example_activated (GtkWidget  *widget,
                        const char *action,
                        GVariant   *param)
{
  open_example (RS_WINDOW (widget), g_variant_get_string (param, NULL));
}

/* Says where the export went, with a button that opens it. */
void
_rs_window_show_exported (RsWindow *self,
                          GFile    *file)
{
  g_autofree char *where = g_file_get_parse_name (file);
  g_autofree char *uri = g_file_get_uri (file);
  AdwToast *toast = adw_toast_new_format (_("Exported to %s"), where);

  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.show-uri");
  adw_toast_set_action_target (toast, "s", uri);
  adw_toast_set_timeout (toast, 8);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  g_set_weak_pointer (&self->export_toast, toast);
}

static void
show_uri_activated (GtkWidget  *widget,
                    const char *action,
                    GVariant   *param)
{
  gtk_show_uri (GTK_WINDOW (widget), g_variant_get_string (param, NULL), GDK_CURRENT_TIME);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action,
                  GVariant   *param)
{
  RsWindow *self = RS_WINDOW (widget);
  GtkWindow *dialog = rs_export_dialog_new (GTK_WINDOW (self), self->session, self->step,
                                            rs_graph_view_get_engine (self->canvas));
  const RsScenePin *pins;
  guint n_pins;

  pins = rs_graph_view_get_pins (self->canvas, &n_pins);
  rs_export_dialog_set_pins (RS_EXPORT_DIALOG (dialog), pins, n_pins);
  g_signal_connect_object (dialog, "exported", G_CALLBACK (_rs_window_show_exported), self, G_CONNECT_SWAPPED);
  gtk_window_present (dialog);
}

/* Closing with unsaved changes */

static void
close_now (RsWindow *self)
{
  self->closing_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static void
close_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   RsWindow         *self)
{
  if (g_strcmp0 (response, "discard") == 0)
    {
      rs_autosave_remove (self->autosave);
      close_now (self);
    }
  else if (g_strcmp0 (response, "save") == 0)
    save (self, close_now);
}

static gboolean
close_request_cb (RsWindow *self)
{
  AdwMessageDialog *dialog;

  if (!self->modified || self->closing_confirmed)
    return FALSE;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"), NULL));
  adw_message_dialog_format_body (dialog, _("“%s” has changes that are not saved. Closing now loses them."),
                                  self->display_name ? self->display_name : _("New Session"));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "discard", _("_Discard"),
                                    "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/* Drag and drop of a .py file */

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         RsWindow      *self)
{
  GSList *files = g_value_get_boxed (value);

  for (GSList *l = files; l != NULL; l = l->next)
    {
      g_autofree char *name = g_file_get_basename (l->data);

      if (g_str_has_suffix (name, ".py"))
        {
          rs_window_open_file (window_for_open (self), l->data);
          return TRUE;
        }
    }
  _rs_window_toast (self, _("Drop a Python session (.py) to open it"));
  return FALSE;
}

/* Menus */

/* A menu label shows @text as it is: GtkPopoverMenu reads '_' as the
 * mark of the mnemonic, so each is doubled. */
static char *
menu_label (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "_", -1);

  return g_strjoinv ("__", parts);
}

static void
update_recent (RsWindow *self)
{
  GSettings *s = settings (self);
  g_auto(GStrv) uris = s ? g_settings_get_strv (s, "recent-files") : NULL;

  g_menu_remove_all (self->recent_section);
  for (guint i = 0; uris && uris[i]; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uris[i]);
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *label = menu_label (name);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target (item, "win.open-file", "s", uris[i]);
      g_menu_append_item (self->recent_section, item);
    }
}

/* The titles of the examples in the menu, a row each; an example without
 * one shows its file name. */
static const struct {
  const char *name;
  const char *title;
} example_titles[] = {
  { "closure_callback_leak.py", N_("A callback closure on self leaks") },
  { "cache_weakvaluedict.py", N_("A cache that forgets: WeakValueDictionary") },
  { "cycle_leak_collect.py", N_("A leaked cycle and gc.collect()") },
  { "del_resurrection.py", N_("__del__ brings its object back") },
  { "del_statements.py", N_("del removes a reference, not an object") },
  { "exception_keeps_stack.py", N_("A stored exception keeps its call stack alive") },
  { "finalize_instead_of_del.py", N_("weakref.finalize instead of __del__") },
  { "function_frames.py", N_("Call frames and their names") },
  { "mutable_default.py", N_("The mutable default argument") },
  { "observer_weakmethod.py", N_("Observers held by WeakMethod") },
  { "rebind_names.py", N_("Rebinding a name") },
  { "release_order.py", N_("The order lists and dicts release in") },
  { "seed_cycle_collect.py", N_("Tutorial: a cycle the collector frees") },
  { "seed_cycle_leak.py", N_("Tutorial: a leaked pair") },
  { "seed_rebind_to_int.py", N_("Tutorial: rebinding to an int") },
  { "seed_weakref_pair.py", N_("Tutorial: two weak references") },
  { "weakref_callbacks.py", N_("Weak references and their callbacks") },
};

const char *
_rs_window_example_title (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (example_titles); i++)
    if (g_str_equal (example_titles[i].name, name))
      return _(example_titles[i].title);
  return name;
}

static int
compare_titles (gconstpointer a,
                gconstpointer b)
{
  return g_utf8_collate (_rs_window_example_title (*(const char * const *) a),
                         _rs_window_example_title (*(const char * const *) b));
}

static void
fill_examples (RsWindow *self)
{
  g_auto(GStrv) names = g_resources_enumerate_children (EXAMPLES_PATH, 0, NULL);
  guint n = names ? g_strv_length (names) : 0;

  if (n > 0)
    qsort (names, n, sizeof (char *), compare_titles);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = menu_label (_rs_window_example_title (names[i]));
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target (item, "win.open-example", "s", names[i]);
      g_menu_append_item (self->examples_section, item);
    }
}

static void
realize_cb (RsWindow *self)
{
  GSettings *s = settings (self);

  update_recent (self);
  if (s != NULL)
    g_signal_connect_object (s, "changed::recent-files",
                             G_CALLBACK (update_recent), self, G_CONNECT_SWAPPED);
}

void
_rs_window_init_file (RsWindow *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect_object (drop, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
  g_signal_connect (self, "close-request", G_CALLBACK (close_request_cb), NULL);
  g_signal_connect (self, "realize", G_CALLBACK (realize_cb), NULL);
  fill_examples (self);
}

void
_rs_window_class_init_file (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-session", NULL, new_session_activated);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_activated);
  gtk_widget_class_install_action (widget_class, "win.open-file", "s", open_file_activated);
  gtk_widget_class_install_action (widget_class, "win.open-example", "s", open_example_activated);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "win.show-uri", "s", show_uri_activated);
}
