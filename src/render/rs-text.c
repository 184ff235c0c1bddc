/* rs-text.c: the fonts of the drawing
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rs-text.h"

static double
face_scale (RsTextFace face)
{
  return face == RS_TEXT_SMALL ? 0.78 : 1.0;
}

PangoFontDescription *
rs_text_font (RsTextFace face,
              double     font_size)
{
  PangoFontDescription *desc = pango_font_description_new ();

  pango_font_description_set_family (desc, face == RS_TEXT_VALUE ? RS_FONT_MONO : RS_FONT_SANS);
  pango_font_description_set_weight (desc, face == RS_TEXT_TITLE ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  /* Absolute size: one point of the scene is one device unit at scale 1,
   * whatever resolution the surface claims. */
  pango_font_description_set_absolute_size (desc, font_size * face_scale (face) * PANGO_SCALE);
  return desc;
}

void
rs_text_setup_context (PangoContext *context)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted metrics: widths scale linearly, so a size measured once is
   * right at every zoom and in every file format. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
}

PangoLayout *
rs_text_layout_new (PangoContext *context,
                    const char   *text,
                    RsTextFace    face,
                    double        font_size)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *desc = rs_text_font (face, font_size);

  pango_layout_set_font_description (layout, desc);
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (desc);
  return layout;
}

static void
context_free (gpointer data)
{
  g_object_unref (data);
}

/* One measuring context per thread: pango contexts are not thread-safe,
 * and the default font map is already per thread. */
static GPrivate measure_context = G_PRIVATE_INIT (context_free);

static PangoContext *
get_measure_context (void)
{
  PangoContext *context = g_private_get (&measure_context);

  if (context == NULL)
    {
      context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
      rs_text_setup_context (context);
      g_private_set (&measure_context, context);
    }
  return context;
}

void
rs_text_measure (const char *text,
                 RsTextFace  face,
                 double      font_size,
                 double     *width,
                 double     *height,
                 double     *baseline)
{
  PangoLayout *layout = rs_text_layout_new (get_measure_context (), text, face, font_size);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width)
    *width = (double) logical.width / PANGO_SCALE;
  if (height)
    *height = (double) logical.height / PANGO_SCALE;
  if (baseline)
    *baseline = (double) pango_layout_get_baseline (layout) / PANGO_SCALE;
  g_object_unref (layout);
}
