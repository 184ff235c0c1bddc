/* test-text.c: Korean text in the drawing finds a font with its glyphs
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "rs-canvas.h"

#define KOREAN "참조수 약한 참조 가비지 콜렉터 순환 참조 메모리 누수"

static const RsTextFace faces[] = { RS_TEXT_TITLE, RS_TEXT_LABEL, RS_TEXT_VALUE, RS_TEXT_SMALL };

static PangoContext *
context_new (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());

  rs_text_setup_context (context);
  return context;
}

static char *
run_family (PangoLayoutRun *run)
{
  PangoFontDescription *desc = pango_font_describe (run->item->analysis.font);
  char *family = g_strdup (pango_font_description_get_family (desc));

  pango_font_description_free (desc);
  return family;
}

/* Every face draws every Hangul syllable: no box for a missing glyph. */
static void
test_hangul_covered (void)
{
  PangoContext *context = context_new ();

  for (guint i = 0; i < G_N_ELEMENTS (faces); i++)
    {
      g_autoptr(PangoLayout) layout = rs_text_layout_new (context, KOREAN, faces[i], 12);
      double width;

      g_assert_cmpint (pango_layout_get_unknown_glyphs_count (layout), ==, 0);
      rs_text_measure (KOREAN, faces[i], 12, &width, NULL, NULL);
      g_assert_cmpfloat (width, >, 12 * 10);
    }
  g_object_unref (context);
}

/* The Latin text stays in DejaVu (every layout was measured with it); the
 * Hangul comes from a family the list names, not from a chance fallback. */
static void
test_families (void)
{
  PangoContext *context = context_new ();

  for (guint i = 0; i < G_N_ELEMENTS (faces); i++)
    {
      const char *list = faces[i] == RS_TEXT_VALUE ? RS_FONT_MONO : RS_FONT_SANS;
      g_auto(GStrv) families = g_strsplit (list, ", ", -1);
      g_autoptr(PangoLayout) layout = rs_text_layout_new (context, "refcount 참조수", faces[i], 12);
      GSList *runs = pango_layout_get_line_readonly (layout, 0)->runs;
      g_autofree char *latin = NULL;
      g_autofree char *hangul = NULL;

      g_assert_cmpuint (g_slist_length (runs), ==, 2);
      latin = run_family (runs->data);
      hangul = run_family (runs->next->data);
      g_assert_cmpstr (latin, ==, families[0]);
      g_assert_cmpstr (hangul, !=, families[0]);
      g_assert_true (g_strv_contains ((const char * const *) families, hangul));
    }
  g_object_unref (context);
}

/* Drawn through the canvas, the label leaves ink on a PNG-like surface and
 * stays text, with the family list, in SVG. */
static void
test_canvas (void)
{
  const RsColor black = { 0, 0, 0, 1 };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 200, 40);
  cairo_t *cr = cairo_create (surface);
  RsCanvas *canvas = rs_canvas_new_cairo (cr);
  g_autoptr(GString) svg = g_string_new (NULL);
  const guint8 *data;
  guint inked = 0;

  rs_canvas_text (canvas, 4, 4, "참조수", RS_TEXT_LABEL, 16, &black);
  rs_canvas_free (canvas);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  for (int y = 0; y < 40; y++)
    for (int x = 0; x < 200; x++)
      inked += data[y * cairo_image_surface_get_stride (surface) + x * 4 + 3] != 0;
  g_assert_cmpuint (inked, >, 50);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  canvas = rs_canvas_new_svg (svg, 200, 40);
  rs_canvas_text (canvas, 4, 4, "참조수", RS_TEXT_LABEL, 16, &black);
  rs_canvas_free (canvas);
  g_assert_nonnull (strstr (svg->str, "font-family=\"" RS_FONT_SANS "\""));
  g_assert_nonnull (strstr (svg->str, ">참조수</text>"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/refscope/text/hangul-covered", test_hangul_covered);
  g_test_add_func ("/refscope/text/families", test_families);
  g_test_add_func ("/refscope/text/canvas", test_canvas);
  return g_test_run ();
}
