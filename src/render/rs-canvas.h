/* rs-canvas.h: the few drawing primitives the scene needs, two back-ends
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * rs-draw.c walks the scene once and paints through an RsCanvas: the cairo
 * back-end serves the screen, PNG and PDF; the SVG back-end writes SVG
 * itself so text stays text and marks keep ids and classes (cairo's SVG
 * surface turns text into glyph outlines and drops any naming).
 */
#pragma once

#include <cairo.h>
#include "rs-text.h"

G_BEGIN_DECLS

typedef struct {
  double r, g, b, a;
} RsColor;

typedef enum {
  RS_HATCH_NONE,
  RS_HATCH_DIAGONAL,   /* leaked, in a cycle */
  RS_HATCH_DOTS,       /* leaked, kept alive by a cycle */
} RsHatch;

typedef struct {
  const RsColor *fill;       /* NULL: none */
  const RsColor *stroke;     /* NULL: none */
  double         line_width;
  gboolean       dashed;
  RsHatch        hatch;
  const RsColor *hatch_color;
} RsPaint;

typedef struct _RsCanvas RsCanvas;

RsCanvas *rs_canvas_new_cairo (cairo_t   *cr);
/* Writes into @out on rs_canvas_free(); the picture spans 0,0 .. width,height. */
RsCanvas *rs_canvas_new_svg   (GString   *out,
                               double     width,
                               double     height);
void      rs_canvas_free      (RsCanvas  *self);

/* A named group (ids and classes reach the SVG) with its own opacity. */
void      rs_canvas_begin_group (RsCanvas   *self,
                                 const char *id,
                                 const char *css_class,
                                 double      opacity);
void      rs_canvas_end_group   (RsCanvas   *self);
void      rs_canvas_rect        (RsCanvas      *self,
                                 double         x,
                                 double         y,
                                 double         width,
                                 double         height,
                                 double         radius,
                                 const RsPaint *paint);
/* A cubic bezier path: 1 + 3k points (x, y pairs). */
void      rs_canvas_curve       (RsCanvas      *self,
                                 const double  *points,
                                 guint          n_points,
                                 const RsPaint *paint);
void      rs_canvas_polygon     (RsCanvas      *self,
                                 const double  *points,
                                 guint          n_points,
                                 const RsPaint *paint);
void      rs_canvas_circle      (RsCanvas      *self,
                                 double         cx,
                                 double         cy,
                                 double         radius,
                                 const RsPaint *paint);
/* @x, @y: the top-left corner of the text's logical box. */
void      rs_canvas_text        (RsCanvas      *self,
                                 double         x,
                                 double         y,
                                 const char    *text,
                                 RsTextFace     face,
                                 double         font_size,
                                 const RsColor *color);

G_END_DECLS
