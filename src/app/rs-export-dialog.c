/* rs-export-dialog.c: export this step or all steps as PNG, SVG or PDF
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pictures come from the render library's export functions, the code
 * behind `refscope --export`, so a file looks like the command line's.
 */
#define G_LOG_DOMAIN "refscope-export-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rs-export.h"
#include "rs-export-dialog.h"

static const char * const extensions[] = { "png", "svg", "pdf" };
static const char * const format_names[] = { "PNG", "SVG", "PDF" };

struct _RsExportDialog
{
  AdwWindow       parent_instance;

  /* Template widgets */
  AdwComboRow    *format_row;
  AdwComboRow    *range_row;
  AdwActionRow   *scale_row;
  GtkSpinButton  *scale_spin;
  GtkLabel       *summary_label;

  /* Owned references */
  RsSession      *session;
  GArray         *pins;        /* of RsScenePin: the window's, copied */

  guint           step;
  RsLayoutEngine  engine;
};

G_DEFINE_FINAL_TYPE (RsExportDialog, rs_export_dialog, ADW_TYPE_WINDOW)

enum {
  EXPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static RsExportDialogFormat
get_format (RsExportDialog *self)
{
  return MIN (adw_combo_row_get_selected (self->format_row), RS_EXPORT_DIALOG_PDF);
}

static gboolean
get_all_steps (RsExportDialog *self)
{
  return adw_combo_row_get_selected (self->range_row) == 1;
}

static void
update_summary (RsExportDialog *self)
{
  guint n = rs_session_get_n_steps (self->session);
  RsExportDialogFormat format = get_format (self);
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->scale_row), format == RS_EXPORT_DIALOG_PNG);
  if (!get_all_steps (self))
    text = g_strdup_printf (_("Step %u, as one %s file."), self->step, format_names[format]);
  else if (format == RS_EXPORT_DIALOG_PDF)
    text = g_strdup_printf (_("Steps 0 to %u, one page each, captioned with the line they ran."), n - 1);
  else
    text = g_strdup_printf (_("Steps 0 to %u, one numbered %s file each, beside the name you choose."),
                            n - 1, format_names[format]);
  gtk_label_set_label (self->summary_label, text);
}

static char *
numbered_path (const char *path,
               guint       step,
               const char *extension)
{
  g_autofree char *stem = g_str_has_suffix (path, extension) && strlen (path) > strlen (extension) + 1
    ? g_strndup (path, strlen (path) - strlen (extension) - 1) : g_strdup (path);

  return g_strdup_printf ("%s-%04u.%s", stem, step, extension);
}

static gboolean
export_all_pdf (RsExportDialog        *self,
                const char            *path,
                const RsExportOptions *options,
                GError               **error)
{
  guint n = rs_session_get_n_steps (self->session);
  g_autoptr(GPtrArray) snapshots = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_snapshot_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (snapshots, rs_session_get_snapshot (self->session, i));
  return rs_export_pdf_pages ((RsSnapshot * const *) snapshots->pdata, n, path, options, error);
}

static gboolean
export_step (RsExportDialog        *self,
             guint                  step,
             const char            *path,
             const RsExportOptions *options,
             GError               **error)
{
  g_autoptr(RsSnapshot) snapshot = rs_session_get_snapshot (self->session, step);

  return rs_export_snapshot (snapshot, path, options, error);
}

static gboolean
export_to (RsExportDialog  *self,
           GFile           *file,
           GError         **error)
{
  RsExportOptions options = RS_EXPORT_OPTIONS_INIT;
  RsExportDialogFormat format;
  g_autofree char *path = NULL;

  format = get_format (self);
  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Export needs a local file"));
      return FALSE;
    }
  options.engine = self->engine;
  options.scale = gtk_spin_button_get_value (self->scale_spin);
  options.dark = FALSE;  /* files are for paper and projectors: always light */
  if (self->pins != NULL)
    {
      options.pins = (const RsScenePin *) self->pins->data;
      options.n_pins = self->pins->len;
    }

  if (!get_all_steps (self))
    return export_step (self, self->step, path, &options, error);
  if (format == RS_EXPORT_DIALOG_PDF)
    return export_all_pdf (self, path, &options, error);
  for (guint i = 0; i < rs_session_get_n_steps (self->session); i++)
    {
      g_autofree char *numbered = numbered_path (path, i, extensions[format]);

      if (!export_step (self, i, numbered, &options, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
rs_export_dialog_export_to (RsExportDialog  *self,
                            GFile           *file,
                            GError         **error)
{
  g_autoptr(GFile) folder = NULL;

  g_return_val_if_fail (RS_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!export_to (self, file, error))
    return FALSE;
  /* numbered files are shown by their folder */
  if (get_all_steps (self) && get_format (self) != RS_EXPORT_DIALOG_PDF)
    folder = g_file_get_parent (file);
  g_signal_emit (self, signals[EXPORTED], 0, folder ? folder : file);
  return TRUE;
}

static void
save_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  RsExportDialog  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GError) error = NULL;

      if (rs_export_dialog_export_to (self, file, &error))
        gtk_window_close (GTK_WINDOW (self));
      else
        gtk_label_set_label (self->summary_label, error->message);
    }
  g_object_unref (chooser);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action,
                  GVariant   *param)
{
  RsExportDialog *self = RS_EXPORT_DIALOG (widget);
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;
  const char *base = rs_session_get_filename (self->session);
  g_autofree char *stem = g_path_get_basename (base ? base : "session.py");

  if (g_str_has_suffix (stem, ".py"))
    stem[strlen (stem) - 3] = '\0';
  name = g_strdup_printf ("%s.%s", stem, extensions[get_format (self)]);
  chooser = gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect_object (chooser, "response", G_CALLBACK (save_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
rs_export_dialog_dispose (GObject *object)
{
  RsExportDialog *self = RS_EXPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RS_TYPE_EXPORT_DIALOG);
  g_clear_object (&self->session);
  g_clear_pointer (&self->pins, g_array_unref);
  G_OBJECT_CLASS (rs_export_dialog_parent_class)->dispose (object);
}

static void
rs_export_dialog_class_init (RsExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_export_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/refscope/Refscope/rs-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RsExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, RsExportDialog, range_row);
  gtk_widget_class_bind_template_child (widget_class, RsExportDialog, scale_row);
  gtk_widget_class_bind_template_child (widget_class, RsExportDialog, scale_spin);
  gtk_widget_class_bind_template_child (widget_class, RsExportDialog, summary_label);
  gtk_widget_class_install_action (widget_class, "export.export", NULL, export_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  /* The pictures were written: @file is what to show (the file, or the
   * folder of numbered files). */
  signals[EXPORTED] =
    g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_FILE);
}

static void
rs_export_dialog_init (RsExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->format_row, "notify::selected",
                           G_CALLBACK (update_summary), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->range_row, "notify::selected",
                           G_CALLBACK (update_summary), self, G_CONNECT_SWAPPED);
}

GtkWindow *
rs_export_dialog_new (GtkWindow      *parent,
                      RsSession      *session,
                      guint           step,
                      RsLayoutEngine  engine)
{
  RsExportDialog *self;

  g_return_val_if_fail (RS_IS_SESSION (session), NULL);

  self = g_object_new (RS_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->session = g_object_ref (session);
  self->step = step;
  self->engine = engine;
  update_summary (self);
  return GTK_WINDOW (self);
}

void
rs_export_dialog_set_pins (RsExportDialog   *self,
                           const RsScenePin *pins,
                           guint             n_pins)
{
  g_return_if_fail (RS_IS_EXPORT_DIALOG (self));
  g_return_if_fail (pins != NULL || n_pins == 0);

  g_clear_pointer (&self->pins, g_array_unref);
  self->pins = g_array_sized_new (FALSE, FALSE, sizeof (RsScenePin), n_pins);
  g_array_append_vals (self->pins, pins, n_pins);
}

void
rs_export_dialog_set_format (RsExportDialog       *self,
                             RsExportDialogFormat  format,
                             gboolean              all_steps)
{
  g_return_if_fail (RS_IS_EXPORT_DIALOG (self));

  adw_combo_row_set_selected (self->format_row, format);
  adw_combo_row_set_selected (self->range_row, all_steps ? 1 : 0);
}
