/* rs-export-dialog.h: export this step or all steps as PNG, SVG or PDF
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include "rs-layout.h"
#include "rs-session.h"

G_BEGIN_DECLS

#define RS_TYPE_EXPORT_DIALOG (rs_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RsExportDialog, rs_export_dialog, RS, EXPORT_DIALOG, AdwWindow)

typedef enum {
  RS_EXPORT_DIALOG_PNG,
  RS_EXPORT_DIALOG_SVG,
  RS_EXPORT_DIALOG_PDF,
} RsExportDialogFormat;

GtkWindow *rs_export_dialog_new       (GtkWindow            *parent,
                                       RsSession            *session,
                                       guint                 step,
                                       RsLayoutEngine        engine);
/* The cards the user pinned, drawn where they are in the window. */
void       rs_export_dialog_set_pins   (RsExportDialog      *self,
                                        const RsScenePin    *pins,
                                        guint                n_pins);
void       rs_export_dialog_set_format (RsExportDialog      *self,
                                        RsExportDialogFormat format,
                                        gboolean             all_steps);
/* Writes the chosen pictures to @file (all steps of a PNG or SVG export
 * go beside it, numbered) and emits "exported".  The same code as
 * `refscope --export`. */
gboolean   rs_export_dialog_export_to  (RsExportDialog      *self,
                                        GFile               *file,
                                        GError             **error);

G_END_DECLS
