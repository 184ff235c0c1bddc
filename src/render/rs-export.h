/* rs-export.h: pictures and data of a step, written to files
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Headless: no display needed.  The format follows the file's extension:
 * .png (raster, with a scale), .svg and .pdf (vector; SVG keeps text as
 * text and marks as ids/classes), .dot (the laid-out Graphviz graph with
 * positions), .json (the model: objects, references, frames, flags).
 */
#pragma once

#include <glib.h>
#include "rs-layout.h"
#include "rs-scene-regions.h"
#include "rs-snapshot.h"

G_BEGIN_DECLS

typedef enum {
  RS_EXPORT_PNG,
  RS_EXPORT_SVG,
  RS_EXPORT_PDF,
  RS_EXPORT_DOT,
  RS_EXPORT_JSON,
} RsExportFormat;

typedef struct {
  RsLayoutEngine  engine;
  double          scale;       /* PNG only; 1 = one pixel per point */
  gboolean        dark;
  gboolean        no_legend;
  const RsScenePin *pins;      /* where the user pinned nodes (not owned) */
  guint           n_pins;
  const RsRegions *regions;    /* the collector's lists drawn as regions (not owned), or NULL */
} RsExportOptions;

#define RS_EXPORT_OPTIONS_INIT { RS_LAYOUT_ENGINE_DOT, 1.0, FALSE, FALSE, NULL, 0 }

gboolean  rs_export_format_from_filename (const char            *filename,
                                          RsExportFormat        *format);

gboolean  rs_export_snapshot             (const RsSnapshot      *snapshot,
                                          const char            *filename,
                                          const RsExportOptions *options,
                                          GError               **error);
/* A PDF with one page per snapshot, each captioned with its source line;
 * consecutive pages keep the objects they share in place. */
gboolean  rs_export_pdf_pages            (RsSnapshot * const    *snapshots,
                                          guint                  n_snapshots,
                                          const char            *filename,
                                          const RsExportOptions *options,
                                          GError               **error);

G_END_DECLS
