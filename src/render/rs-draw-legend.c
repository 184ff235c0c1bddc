/* rs-draw-legend.c: the legend of every mark, drawn with the marks themselves
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "rs-draw-private.h"

typedef enum {
  SWATCH_STRONG,
  SWATCH_WEAK,
  SWATCH_WEAK_DEAD,
  SWATCH_CYCLE_EDGE,
  SWATCH_CYCLE_CARD,
  SWATCH_HANG_CARD,
  SWATCH_NEW_CARD,
  SWATCH_KEPT_FRAME,
  SWATCH_BADGE,
  N_SWATCHES
} Swatch;

static const char *
swatch_text (Swatch swatch)
{
  switch (swatch)
    {
    case SWATCH_STRONG:     return _("strong reference (counted in rc)");
    case SWATCH_WEAK:       return _("weak reference (not counted)");
    case SWATCH_WEAK_DEAD:  return _("dead weak reference: its object is gone");
    case SWATCH_CYCLE_EDGE: return _("reference inside a leaked cycle");
    case SWATCH_CYCLE_CARD: return _("leaked object, part of a cycle");
    case SWATCH_HANG_CARD:  return _("leaked object, only held by a cycle");
    case SWATCH_NEW_CARD:   return _("created in this step");
    case SWATCH_KEPT_FRAME: return _("finished frame a traceback keeps");
    case SWATCH_BADGE:      return _("reference count");
    case N_SWATCHES:
    default:                return "";
    }
}

static double
legend_row_height (double fs)
{
  return fs * 2.1;
}

void
rs_draw_legend_size (double  font_size,
                     double *width,
                     double *height)
{
  double text_w = 0, w;

  for (guint i = 0; i < N_SWATCHES; i++)
    {
      rs_text_measure (swatch_text (i), RS_TEXT_LABEL, font_size, &w, NULL, NULL);
      text_w = MAX (text_w, w);
    }
  if (width)
    *width = font_size * (0.8 + 4.5 + 0.8) + text_w + font_size * 0.8;
  if (height)
    *height = font_size * 2.4 + legend_row_height (font_size) * N_SWATCHES + font_size * 0.4;
}

static void
draw_swatch (const RsDrawCtx *ctx,
             Swatch           swatch,
             double           x,
             double           y,
             double           w,
             double           h)
{
  RsSceneEdge edge = { 0 };
  RsPaint paint;
  double cy = y + h / 2;
  double line[] = { x, cy, x + w / 3, cy, x + 2 * w / 3, cy, x + w - 2, cy };

  switch (swatch)
    {
    case SWATCH_STRONG:
    case SWATCH_WEAK:
    case SWATCH_WEAK_DEAD:
    case SWATCH_CYCLE_EDGE:
      edge.kind = swatch == SWATCH_WEAK ? RS_SLOT_WEAK
                : swatch == SWATCH_WEAK_DEAD ? RS_SLOT_WEAK_DEAD : RS_SLOT_STRONG;
      edge.flags = swatch == SWATCH_CYCLE_EDGE ? RS_SLOT_FLAG_IN_CYCLE : 0;
      _rs_draw_edge_paint (ctx, &edge, &paint);
      line[6] = x + w - ctx->fs * 0.7;
      rs_canvas_curve (ctx->canvas, line, 4, &paint);
      _rs_draw_arrowhead (ctx, &edge, &paint, x + w, cy, x + w - ctx->fs, cy);
      break;
    case SWATCH_CYCLE_CARD:
      paint = (RsPaint) { &ctx->pal->leak_fill, &ctx->pal->leak, 3.5, FALSE, RS_HATCH_DIAGONAL, &ctx->pal->leak_hatch };
      rs_canvas_rect (ctx->canvas, x + 2, y + 3, w - 4, h - 6, 4, &paint);
      break;
    case SWATCH_HANG_CARD:
      paint = (RsPaint) { &ctx->pal->hang_fill, &ctx->pal->hang, 3.5, TRUE, RS_HATCH_DOTS, &ctx->pal->leak_hatch };
      rs_canvas_rect (ctx->canvas, x + 2, y + 3, w - 4, h - 6, 4, &paint);
      break;
    case SWATCH_NEW_CARD:
      paint = (RsPaint) { &ctx->pal->card_fill, &ctx->pal->new_accent, 3, FALSE, RS_HATCH_NONE, NULL };
      rs_canvas_rect (ctx->canvas, x + 2, y + 3, w - 4, h - 6, 4, &paint);
      break;
    case SWATCH_KEPT_FRAME:
      paint = (RsPaint) { &ctx->pal->kept_fill, &ctx->pal->kept_border, 1.6, TRUE, RS_HATCH_NONE, NULL };
      rs_canvas_rect (ctx->canvas, x + 2, y + 3, w - 4, h - 6, 4, &paint);
      break;
    case SWATCH_BADGE:
      {
        RsSceneNode node = { 0 };

        node.badge = (char *) _("rc 2");
        node.row_height = h;
        node.width = w;
        _rs_draw_badge (ctx, &node, x, y);
      }
      break;
    case N_SWATCHES:
    default:
      break;
    }
}

void
rs_draw_legend_canvas (RsCanvas        *canvas,
                       const RsPalette *palette,
                       double           font_size,
                       double           x,
                       double           y)
{
  RsDrawCtx ctx = { 0 };
  double w, h, rh = legend_row_height (font_size);
  RsPaint frame;

  g_return_if_fail (canvas != NULL);

  ctx.canvas = canvas;
  ctx.pal = palette ? palette : rs_palette_get (FALSE);
  ctx.fs = font_size;
  rs_draw_legend_size (font_size, &w, &h);
  frame = (RsPaint) { &ctx.pal->background, &ctx.pal->muted, 1, FALSE, RS_HATCH_NONE, NULL };
  rs_canvas_begin_group (canvas, "legend", "rs-legend", 1);
  rs_canvas_rect (canvas, x, y, w, h, font_size * 0.35, &frame);
  _rs_draw_text_at (&ctx, x + font_size * 0.8, y + font_size * 1.3, _("Legend"), RS_TEXT_TITLE, &ctx.pal->text, 0);
  for (guint i = 0; i < N_SWATCHES; i++)
    {
      double ry = y + font_size * 2.4 + rh * i;

      draw_swatch (&ctx, i, x + font_size * 0.8, ry + rh * 0.1, font_size * 4.5, rh * 0.8);
      _rs_draw_text_at (&ctx, x + font_size * (0.8 + 4.5 + 0.8), ry + rh / 2, swatch_text (i),
               RS_TEXT_LABEL, &ctx.pal->text, 0);
    }
  rs_canvas_end_group (canvas);
}
