/* rs-canvas.c: cairo and SVG back-ends for the drawing
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rs-canvas.h"

#include <math.h>

struct _RsCanvas
{
  /* cairo */
  cairo_t      *cr;
  PangoContext *pango;
  GArray       *opacity_stack;  /* one per open group */
  /* svg */
  GString      *out;
  GString      *svg;
  GHashTable   *patterns;       /* ids of the hatch patterns written */
};

RsCanvas *
rs_canvas_new_cairo (cairo_t *cr)
{
  RsCanvas *self = g_new0 (RsCanvas, 1);

  g_return_val_if_fail (cr != NULL, NULL);

  self->cr = cairo_reference (cr);
  self->pango = pango_cairo_create_context (cr);
  rs_text_setup_context (self->pango);
  self->opacity_stack = g_array_new (FALSE, FALSE, sizeof (double));
  return self;
}

RsCanvas *
rs_canvas_new_svg (GString *out,
                   double   width,
                   double   height)
{
  RsCanvas *self = g_new0 (RsCanvas, 1);
  char w[G_ASCII_DTOSTR_BUF_SIZE], h[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (out != NULL, NULL);

  self->out = out;
  self->svg = g_string_new (NULL);
  g_ascii_formatd (w, sizeof w, "%.1f", width);
  g_ascii_formatd (h, sizeof h, "%.1f", height);
  g_string_append_printf (self->svg,
                          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%s\" height=\"%s\" "
                          "viewBox=\"0 0 %s %s\">\n", w, h, w, h);
  self->patterns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return self;
}

void
rs_canvas_free (RsCanvas *self)
{
  if (self == NULL)
    return;
  if (self->svg)
    {
      g_string_append (self->svg, "</svg>\n");
      g_string_append_len (self->out, self->svg->str, self->svg->len);
      g_string_free (self->svg, TRUE);
    }
  g_clear_pointer (&self->patterns, g_hash_table_unref);
  g_clear_object (&self->pango);
  g_clear_pointer (&self->opacity_stack, g_array_unref);
  g_clear_pointer (&self->cr, cairo_destroy);
  g_free (self);
}

/* ---- SVG helpers ----------------------------------------------------- */

static void
svg_num (GString *s,
         double   v)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (s, g_ascii_formatd (buf, sizeof buf, "%.2f", v));
}

static void
svg_color (GString       *s,
           const char    *attr,
           const RsColor *c)
{
  if (c == NULL)
    {
      g_string_append_printf (s, " %s=\"none\"", attr);
      return;
    }
  g_string_append_printf (s, " %s=\"#%02x%02x%02x\"", attr,
                          (int) lround (c->r * 255), (int) lround (c->g * 255),
                          (int) lround (c->b * 255));
  if (c->a < 1)
    {
      g_string_append_printf (s, " %s-opacity=\"", attr);
      svg_num (s, c->a);
      g_string_append_c (s, '"');
    }
}

static void
svg_paint (GString       *s,
           const RsPaint *paint)
{
  svg_color (s, "fill", paint->fill);
  svg_color (s, "stroke", paint->stroke);
  if (paint->stroke)
    {
      g_string_append (s, " stroke-width=\"");
      svg_num (s, paint->line_width);
      g_string_append_c (s, '"');
      if (paint->dashed)
        g_string_append (s, " stroke-dasharray=\"7 5\"");
    }
}

static void
svg_rect_attrs (GString *s,
                double x, double y, double w, double h, double radius)
{
  g_string_append (s, " x=\"");
  svg_num (s, x); g_string_append (s, "\" y=\"");
  svg_num (s, y); g_string_append (s, "\" width=\"");
  svg_num (s, w); g_string_append (s, "\" height=\"");
  svg_num (s, h); g_string_append (s, "\" rx=\"");
  svg_num (s, radius); g_string_append_c (s, '"');
}

static void
svg_rect_open (GString *s,
               double x, double y, double w, double h, double radius)
{
  g_string_append (s, "<rect");
  svg_rect_attrs (s, x, y, w, h, radius);
}

/* The pattern a leaked card is filled with (a leak shows without telling
 * red from grey), written once per colour where first used: a pattern's
 * content takes its colours from where it is defined, not used. */
static void
svg_hatch_pattern (RsCanvas      *self,
                   const RsPaint *paint)
{
  gboolean diagonal = paint->hatch == RS_HATCH_DIAGONAL;
  const RsColor *c = paint->hatch_color;
  g_autofree char *id = g_strdup_printf ("rs-hatch-%s-%02x%02x%02x%02x", diagonal ? "diagonal" : "dots",
                                         (int) lround (c->r * 255), (int) lround (c->g * 255),
                                         (int) lround (c->b * 255), (int) lround (c->a * 255));
  GString *s = self->svg;

  if (g_hash_table_contains (self->patterns, id))
    return;
  g_string_append_printf (s, "<defs><pattern id=\"%s\" width=\"%d\" height=\"%d\" "
                          "patternUnits=\"userSpaceOnUse\"%s>", id, diagonal ? 10 : 9, diagonal ? 10 : 9,
                          diagonal ? " patternTransform=\"rotate(45)\"" : "");
  if (diagonal)
    {
      g_string_append (s, "<line x1=\"2\" y1=\"0\" x2=\"2\" y2=\"10\" stroke-width=\"3\"");
      svg_color (s, "stroke", c);
    }
  else
    {
      g_string_append (s, "<circle cx=\"4.5\" cy=\"4.5\" r=\"1.8\"");
      svg_color (s, "fill", c);
    }
  g_string_append (s, "/></pattern></defs>\n");
  g_hash_table_add (self->patterns, g_steal_pointer (&id));
}

static void
svg_hatch_rect (RsCanvas      *self,
                double x, double y, double w, double h, double radius,
                const RsPaint *paint)
{
  GString *s = self->svg;
  const RsColor *c = paint->hatch_color;
  gboolean diagonal = paint->hatch == RS_HATCH_DIAGONAL;

  svg_hatch_pattern (self, paint);
  g_string_append_printf (s, "<rect class=\"rs-hatch rs-hatch-%s\" fill=\"url(#rs-hatch-%s-%02x%02x%02x%02x)\"",
                          diagonal ? "diagonal" : "dots", diagonal ? "diagonal" : "dots",
                          (int) lround (c->r * 255), (int) lround (c->g * 255),
                          (int) lround (c->b * 255), (int) lround (c->a * 255));
  svg_rect_attrs (s, x, y, w, h, radius);
  g_string_append (s, "/>\n");
}

/* ---- cairo helpers --------------------------------------------------- */

static void
cairo_set_color (cairo_t       *cr,
                 const RsColor *c)
{
  cairo_set_source_rgba (cr, c->r, c->g, c->b, c->a);
}

static void
cairo_stroke_paint (cairo_t       *cr,
                    const RsPaint *paint)
{
  static const double dashes[] = { 7, 5 };

  if (paint->fill)
    {
      cairo_set_color (cr, paint->fill);
      cairo_fill_preserve (cr);
    }
  if (paint->stroke)
    {
      cairo_set_color (cr, paint->stroke);
      cairo_set_line_width (cr, paint->line_width);
      cairo_set_dash (cr, dashes, paint->dashed ? 2 : 0, 0);
      cairo_stroke_preserve (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
  cairo_new_path (cr);
}

static cairo_pattern_t *
hatch_pattern (RsHatch        hatch,
               const RsColor *color)
{
  double size = hatch == RS_HATCH_DIAGONAL ? 10 : 9;
  cairo_rectangle_t extents = { 0, 0, size, size };
  cairo_surface_t *tile = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
  cairo_t *cr = cairo_create (tile);
  cairo_pattern_t *pattern;
  cairo_matrix_t m;

  cairo_set_color (cr, color);
  if (hatch == RS_HATCH_DIAGONAL)
    {
      cairo_set_line_width (cr, 3);
      cairo_move_to (cr, 2, 0);
      cairo_line_to (cr, 2, size);
      cairo_stroke (cr);
    }
  else
    {
      cairo_arc (cr, 4.5, 4.5, 1.8, 0, 2 * G_PI);
      cairo_fill (cr);
    }
  cairo_destroy (cr);
  pattern = cairo_pattern_create_for_surface (tile);
  cairo_surface_destroy (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  /* the tile is the region 0..size, repeated; diagonal lines by rotation */
  cairo_matrix_init_identity (&m);
  if (hatch == RS_HATCH_DIAGONAL)
    cairo_matrix_rotate (&m, -G_PI / 4);
  cairo_pattern_set_matrix (pattern, &m);
  cairo_pattern_set_filter (pattern, CAIRO_FILTER_GOOD);
  return pattern;
}

static void
rounded_rect_path (cairo_t *cr,
                   double x, double y, double w, double h, double r)
{
  r = MIN (r, MIN (w, h) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* ---- primitives ------------------------------------------------------ */

static void
svg_escape_attr (GString    *s,
                 const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (s, escaped);
}

void
rs_canvas_begin_group (RsCanvas   *self,
                       const char *id,
                       const char *css_class,
                       double      opacity)
{
  g_return_if_fail (self != NULL);

  if (self->cr)
    {
      g_array_append_val (self->opacity_stack, opacity);
      cairo_save (self->cr);
      if (opacity < 1)
        cairo_push_group (self->cr);
      return;
    }
  g_string_append (self->svg, "<g");
  if (id)
    {
      g_string_append (self->svg, " id=\"");
      svg_escape_attr (self->svg, id);
      g_string_append_c (self->svg, '"');
    }
  if (css_class)
    {
      g_string_append (self->svg, " class=\"");
      svg_escape_attr (self->svg, css_class);
      g_string_append_c (self->svg, '"');
    }
  if (opacity < 1)
    {
      g_string_append (self->svg, " opacity=\"");
      svg_num (self->svg, MAX (opacity, 0));
      g_string_append_c (self->svg, '"');
    }
  g_string_append (self->svg, ">\n");
}

void
rs_canvas_end_group (RsCanvas *self)
{
  g_return_if_fail (self != NULL);

  if (self->cr)
    {
      double opacity;

      g_return_if_fail (self->opacity_stack->len > 0);
      opacity = g_array_index (self->opacity_stack, double, self->opacity_stack->len - 1);
      g_array_set_size (self->opacity_stack, self->opacity_stack->len - 1);
      if (opacity < 1)
        {
          cairo_pop_group_to_source (self->cr);
          cairo_paint_with_alpha (self->cr, MAX (opacity, 0));
        }
      cairo_restore (self->cr);
      return;
    }
  g_string_append (self->svg, "</g>\n");
}

void
rs_canvas_rect (RsCanvas      *self,
                double         x,
                double         y,
                double         width,
                double         height,
                double         radius,
                const RsPaint *paint)
{
  g_return_if_fail (self != NULL && paint != NULL);

  if (self->cr)
    {
      RsPaint outline = *paint;

      rounded_rect_path (self->cr, x, y, width, height, radius);
      if (paint->hatch != RS_HATCH_NONE && paint->hatch_color)
        {
          cairo_pattern_t *pattern = hatch_pattern (paint->hatch, paint->hatch_color);

          if (paint->fill)
            {
              cairo_set_color (self->cr, paint->fill);
              cairo_fill_preserve (self->cr);
            }
          cairo_set_source (self->cr, pattern);
          cairo_fill_preserve (self->cr);
          cairo_pattern_destroy (pattern);
          outline.fill = NULL;
        }
      cairo_stroke_paint (self->cr, &outline);
      return;
    }
  svg_rect_open (self->svg, x, y, width, height, radius);
  if (paint->hatch != RS_HATCH_NONE && paint->hatch_color)
    {
      RsPaint fill_only = *paint;

      fill_only.stroke = NULL;
      svg_paint (self->svg, &fill_only);
      g_string_append (self->svg, "/>\n");
      svg_hatch_rect (self, x, y, width, height, radius, paint);
      fill_only = *paint;
      fill_only.fill = NULL;
      svg_rect_open (self->svg, x, y, width, height, radius);
      svg_paint (self->svg, &fill_only);
    }
  else
    svg_paint (self->svg, paint);
  g_string_append (self->svg, "/>\n");
}

static void
svg_points (GString      *s,
            const double *points,
            guint         n_points,
            gboolean      curve)
{
  for (guint i = 0; i < n_points; i++)
    {
      if (i == 0)
        g_string_append_c (s, 'M');
      else if (curve && i % 3 == 1)
        g_string_append (s, " C");
      else if (!curve)
        g_string_append (s, " L");
      else
        g_string_append_c (s, ' ');
      svg_num (s, points[2 * i]);
      g_string_append_c (s, ',');
      svg_num (s, points[2 * i + 1]);
    }
}

void
rs_canvas_curve (RsCanvas      *self,
                 const double  *points,
                 guint          n_points,
                 const RsPaint *paint)
{
  g_return_if_fail (self != NULL && paint != NULL);
  g_return_if_fail (n_points >= 1 && (n_points - 1) % 3 == 0);

  if (self->cr)
    {
      cairo_move_to (self->cr, points[0], points[1]);
      for (guint i = 1; i + 2 < n_points; i += 3)
        cairo_curve_to (self->cr, points[2 * i], points[2 * i + 1],
                        points[2 * i + 2], points[2 * i + 3],
                        points[2 * i + 4], points[2 * i + 5]);
      cairo_stroke_paint (self->cr, paint);
      return;
    }
  g_string_append (self->svg, "<path d=\"");
  svg_points (self->svg, points, n_points, TRUE);
  g_string_append_c (self->svg, '"');
  svg_paint (self->svg, paint);
  g_string_append (self->svg, "/>\n");
}

void
rs_canvas_polygon (RsCanvas      *self,
                   const double  *points,
                   guint          n_points,
                   const RsPaint *paint)
{
  g_return_if_fail (self != NULL && paint != NULL && n_points >= 2);

  if (self->cr)
    {
      cairo_move_to (self->cr, points[0], points[1]);
      for (guint i = 1; i < n_points; i++)
        cairo_line_to (self->cr, points[2 * i], points[2 * i + 1]);
      cairo_close_path (self->cr);
      cairo_stroke_paint (self->cr, paint);
      return;
    }
  g_string_append (self->svg, "<path d=\"");
  svg_points (self->svg, points, n_points, FALSE);
  g_string_append (self->svg, " Z\"");
  svg_paint (self->svg, paint);
  g_string_append (self->svg, "/>\n");
}

void
rs_canvas_circle (RsCanvas      *self,
                  double         cx,
                  double         cy,
                  double         radius,
                  const RsPaint *paint)
{
  g_return_if_fail (self != NULL && paint != NULL);

  if (self->cr)
    {
      cairo_new_sub_path (self->cr);
      cairo_arc (self->cr, cx, cy, radius, 0, 2 * G_PI);
      cairo_stroke_paint (self->cr, paint);
      return;
    }
  g_string_append (self->svg, "<circle cx=\"");
  svg_num (self->svg, cx); g_string_append (self->svg, "\" cy=\"");
  svg_num (self->svg, cy); g_string_append (self->svg, "\" r=\"");
  svg_num (self->svg, radius); g_string_append_c (self->svg, '"');
  svg_paint (self->svg, paint);
  g_string_append (self->svg, "/>\n");
}

void
rs_canvas_text (RsCanvas      *self,
                double         x,
                double         y,
                const char    *text,
                RsTextFace     face,
                double         font_size,
                const RsColor *color)
{
  g_return_if_fail (self != NULL && text != NULL && color != NULL);

  if (self->cr)
    {
      PangoLayout *layout;

      pango_cairo_update_context (self->cr, self->pango);
      layout = rs_text_layout_new (self->pango, text, face, font_size);
      cairo_set_color (self->cr, color);
      cairo_move_to (self->cr, x, y);
      pango_cairo_show_layout (self->cr, layout);
      cairo_new_path (self->cr);
      g_object_unref (layout);
      return;
    }
  else
    {
      g_autofree char *escaped = g_markup_escape_text (text, -1);
      PangoFontDescription *desc = rs_text_font (face, font_size);
      double baseline;

      rs_text_measure (text, face, font_size, NULL, NULL, &baseline);
      g_string_append (self->svg, "<text x=\"");
      svg_num (self->svg, x); g_string_append (self->svg, "\" y=\"");
      svg_num (self->svg, y + baseline);
      g_string_append_printf (self->svg, "\" font-family=\"%s\" font-size=\"",
                              pango_font_description_get_family (desc));
      svg_num (self->svg, (double) pango_font_description_get_size (desc) / PANGO_SCALE);
      g_string_append_c (self->svg, '"');
      if (face == RS_TEXT_TITLE)
        g_string_append (self->svg, " font-weight=\"bold\"");
      svg_color (self->svg, "fill", color);
      g_string_append_printf (self->svg, " xml:space=\"preserve\">%s</text>\n", escaped);
      pango_font_description_free (desc);
    }
}
