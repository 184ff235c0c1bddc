/* rs-test-check.h: reading exports back, for the render tests
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rs-snapshot.h"

typedef struct {
  GHashTable *classes;   /* id -> class */
  GString    *text;      /* all <text> content, one line each */
  guint       n_text;
  gboolean    in_text;
  guint       strong, weak, weak_dead, cycle_edges;
} Svg;

void      svg_parse                (Svg              *svg,
                                    const char       *path);
void      svg_clear                (Svg              *svg);
gboolean  has_class                (Svg              *svg,
                                    const char       *id,
                                    const char       *css);
/* Every traced object, every drawn reference by strength, the leak marks
 * and the frames of @snap are in @svg. */
void      check_svg_against_model  (Svg              *svg,
                                    const RsSnapshot *snap);
void      png_size                 (const char       *path,
                                    guint            *width,
                                    guint            *height);
guint     pdf_pages                (const char       *path);
/* How many different page sizes the PDF has. */
guint     pdf_page_sizes           (const char       *path);
