/* rs-draw.c: drawing a laid-out scene: its cards, then its arrows (rs-draw-edge.c), a transition between two
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rs-draw-private.h"

#define C(hex, alpha) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, (alpha) }

static const RsPalette light_palette = {
  .background   = C (0xffffff, 1),
  .text         = C (0x1a1a1a, 1),
  .muted        = C (0x5c5c5c, 1),
  .card_fill    = C (0xfffbe6, 1),
  .card_title   = C (0xf3e3a8, 1),
  .card_border  = C (0x7a6a2e, 1),
  .frame_fill   = C (0xeef2f7, 1),
  .frame_title  = C (0xd3deeb, 1),
  .frame_border = C (0x5b7896, 1),
  .kept_fill    = C (0xf1f1f1, 1),
  .kept_title   = C (0xdadada, 1),
  .kept_border  = C (0x7c7c7c, 1),
  .edge         = C (0x1d3557, 1),
  .weak_edge    = C (0x6a3d9a, 1),
  .leak         = C (0xc62828, 1),
  .leak_fill    = C (0xfde3e1, 1),
  .leak_hatch   = C (0xc62828, 0.30),
  .hang         = C (0xb85c00, 1),
  .hang_fill    = C (0xfdf0dc, 1),
  .new_accent   = C (0x1b7f3b, 1),
  .highlight    = C (0xf5b800, 0.9),
  .badge_fill   = C (0x1d3557, 1),
  .badge_text   = C (0xffffff, 1),
};

static const RsPalette dark_palette = {
  .background   = C (0x1e1e1e, 1),
  .text         = C (0xf0f0f0, 1),
  .muted        = C (0xb0b0b0, 1),
  .card_fill    = C (0x2e2a1e, 1),
  .card_title   = C (0x4d4528, 1),
  .card_border  = C (0xd8c77e, 1),
  .frame_fill   = C (0x1f2933, 1),
  .frame_title  = C (0x2f4256, 1),
  .frame_border = C (0x8fb0d0, 1),
  .kept_fill    = C (0x262626, 1),
  .kept_title   = C (0x3a3a3a, 1),
  .kept_border  = C (0x9a9a9a, 1),
  .edge         = C (0x9cc8f5, 1),
  .weak_edge    = C (0xc9a7f5, 1),
  .leak         = C (0xff6f61, 1),
  .leak_fill    = C (0x4b201c, 1),
  .leak_hatch   = C (0xff6f61, 0.35),
  .hang         = C (0xffad5a, 1),
  .hang_fill    = C (0x45311a, 1),
  .new_accent   = C (0x5fd88a, 1),
  .highlight    = C (0xffd54f, 0.9),
  .badge_fill   = C (0x9cc8f5, 1),
  .badge_text   = C (0x111111, 1),
};

const RsPalette *
rs_palette_get (gboolean dark)
{
  return dark ? &dark_palette : &light_palette;
}

static gboolean
is_leaked (const RsSceneNode *node)
{
  return (node->kind == RS_SCENE_NODE_OBJECT || node->kind == RS_SCENE_NODE_KEPT_FRAME)
         && (node->flags & RS_SNAP_LEAKED);
}

static gboolean
is_cycle_member (const RsSceneNode *node)
{
  return is_leaked (node) && (node->flags & RS_SNAP_IN_CYCLE);
}

/* ---- nodes ---------------------------------------------------------- */

/* The classes ("rs-node rs-object rs-leaked rs-cycle rs-cycle-1") a node
 * carries in SVG; its id is rs_scene_node_id(). */
static char *
node_class (const RsSceneNode *node)
{
  GString *s = g_string_new ("rs-node");

  if (node->kind == RS_SCENE_NODE_FRAME)
    g_string_append (s, " rs-frame");
  else if (node->kind == RS_SCENE_NODE_KEPT_FRAME)
    {
      g_string_append (s, " rs-frame rs-kept");
      if (is_cycle_member (node))
        g_string_append_printf (s, " rs-leaked rs-cycle rs-cycle-%u", node->cycle);
    }
  else if (node->kind == RS_SCENE_NODE_DEAD)
    g_string_append (s, " rs-dead");
  else
    {
      g_string_append (s, " rs-object");
      if (is_cycle_member (node))
        g_string_append_printf (s, " rs-leaked rs-cycle rs-cycle-%u", node->cycle);
      else if (is_leaked (node))
        g_string_append (s, " rs-leaked rs-hang");
      if (node->flags & RS_SNAP_NEW)
        g_string_append (s, " rs-new");
    }
  return g_string_free (s, FALSE);
}

static void
node_colors (const RsDrawCtx   *ctx,
             const RsSceneNode *node,
             RsPaint           *body,
             const RsColor    **title_fill)
{
  const RsPalette *p = ctx->pal;

  *body = (RsPaint) { &p->card_fill, &p->card_border, 1.6, FALSE, RS_HATCH_NONE, NULL };
  *title_fill = &p->card_title;
  if (node->kind == RS_SCENE_NODE_FRAME)
    {
      *body = (RsPaint) { &p->frame_fill, &p->frame_border, 1.6, FALSE, RS_HATCH_NONE, NULL };
      *title_fill = &p->frame_title;
    }
  else if (is_cycle_member (node))
    {
      *body = (RsPaint) { &p->leak_fill, &p->leak, 3.5, FALSE, RS_HATCH_DIAGONAL, &p->leak_hatch };
      *title_fill = &p->leak_fill;
    }
  else if (is_leaked (node))
    {
      *body = (RsPaint) { &p->hang_fill, &p->hang, 3.5, TRUE, RS_HATCH_DOTS, &p->leak_hatch };
      *title_fill = &p->hang_fill;
    }
  else if (node->kind == RS_SCENE_NODE_KEPT_FRAME)
    {
      /* finished: greyed, its border dashed */
      *body = (RsPaint) { &p->kept_fill, &p->kept_border, 1.6, TRUE, RS_HATCH_NONE, NULL };
      *title_fill = &p->kept_title;
    }
  else if (node->flags & RS_SNAP_NEW)
    body->stroke = &p->new_accent, body->line_width = 3;
}

void
_rs_draw_text_at (const RsDrawCtx *ctx,
                  double           x,
                  double           y_center,
                  const char      *text,
                  RsTextFace       face,
                  const RsColor   *color,
                  double           align)   /* 0 left, 0.5 centred, 1 right */
{
  double w, h;

  rs_text_measure (text, face, ctx->fs, &w, &h, NULL);
  rs_canvas_text (ctx->canvas, x - w * align, y_center - h / 2, text, face, ctx->fs, color);
}

void
_rs_draw_badge (const RsDrawCtx   *ctx,
                const RsSceneNode *node,
                double             x,
                double             y)
{
  double w, h, bw, bh = node->row_height * 0.68;
  RsPaint paint = { &ctx->pal->badge_fill, NULL, 0, FALSE, RS_HATCH_NONE, NULL };

  rs_text_measure (node->badge, RS_TEXT_SMALL, ctx->fs, &w, &h, NULL);
  bw = w + ctx->fs * 0.8;
  x = x + node->width - bw - ctx->fs * 0.35;
  y = y + (node->row_height - bh) / 2;
  rs_canvas_rect (ctx->canvas, x, y, bw, bh, bh / 2, &paint);
  rs_canvas_text (ctx->canvas, x + (bw - w) / 2, y + (bh - h) / 2, node->badge,
                  RS_TEXT_SMALL, ctx->fs, &ctx->pal->badge_text);
}

void
_rs_draw_row_anchor (const RsSceneNode *node,
                     guint              row,
                     double             x,
                     double             y,
                     double            *ax,
                     double            *ay)
{
  if (node->kind == RS_SCENE_NODE_DEAD)
    {
      *ax = x + node->width / 2;
      *ay = y + node->height / 2;
    }
  else if (node->row_layout == RS_SCENE_ROWS_CELLS)
    {
      double cell = node->width / MAX (node->n_rows, 1);

      *ax = x + cell * (row + 0.5);
      *ay = y + node->row_height * 1.58;
    }
  else
    {
      *ax = x + node->label_width + (node->width - node->label_width) / 2;
      *ay = y + node->row_height * (row + 1.5);
    }
}

static void
draw_row_value (const RsDrawCtx  *ctx,
                const RsSceneRow *row,
                double            cx,
                double            cy,
                double            align)
{
  if (row->value == NULL)
    {
      RsPaint dot = { &ctx->pal->edge, NULL, 0, FALSE, RS_HATCH_NONE, NULL };

      rs_canvas_circle (ctx->canvas, cx, cy, ctx->fs * 0.24, &dot);
    }
  else
    _rs_draw_text_at (ctx, cx, cy, row->value, RS_TEXT_VALUE, &ctx->pal->text, align);
}

static void
draw_rule (const RsDrawCtx *ctx,
           double x0, double y0, double x1, double y1,
           const RsColor *color)
{
  double pts[] = { x0, y0, x0, y0, x1, y1, x1, y1 };
  RsPaint paint = { NULL, color, 0.8, FALSE, RS_HATCH_NONE, NULL };

  rs_canvas_curve (ctx->canvas, pts, 4, &paint);
}

static void
draw_rows (const RsDrawCtx   *ctx,
           const RsSceneNode *node,
           double             x,
           double             y)
{
  const RsSceneRow *rows = &ctx->scene->rows[node->first_row];
  const RsColor *rule = node->kind == RS_SCENE_NODE_FRAME ? &ctx->pal->frame_border
                        : node->kind == RS_SCENE_NODE_KEPT_FRAME && !is_leaked (node) ? &ctx->pal->kept_border
                        : &ctx->pal->card_border;
  double pad = ctx->fs * 0.6, rh = node->row_height;

  for (guint i = 0; i < node->n_rows; i++)
    {
      double ry = y + rh * (i + 1);

      draw_rule (ctx, x, ry, x + node->width, ry, rule);
      if (rows[i].label == NULL)
        {
          _rs_draw_text_at (ctx, x + node->width / 2, ry + rh / 2, rows[i].value, RS_TEXT_LABEL, &ctx->pal->muted, 0.5);
          continue;
        }
      _rs_draw_text_at (ctx, x + pad, ry + rh / 2, rows[i].label, RS_TEXT_LABEL, &ctx->pal->text, 0);
      draw_rule (ctx, x + node->label_width - pad / 2, ry, x + node->label_width - pad / 2, ry + rh, rule);
      if (rows[i].value == NULL)
        {
          double ax, ay;

          _rs_draw_row_anchor (node, i, x, y, &ax, &ay);
          draw_row_value (ctx, &rows[i], ax, ay, 0);
        }
      else
        draw_row_value (ctx, &rows[i], x + node->label_width, ry + rh / 2, 0);
    }
}

static void
draw_cells (const RsDrawCtx   *ctx,
            const RsSceneNode *node,
            double             x,
            double             y)
{
  const RsSceneRow *rows = &ctx->scene->rows[node->first_row];
  double cell = node->width / MAX (node->n_rows, 1), rh = node->row_height;

  draw_rule (ctx, x, y + rh, x + node->width, y + rh, &ctx->pal->card_border);
  for (guint i = 0; i < node->n_rows; i++)
    {
      double cx = x + cell * i, ax, ay;

      if (i > 0)
        draw_rule (ctx, cx, y + rh, cx, y + 2 * rh, &ctx->pal->card_border);
      rs_canvas_text (ctx->canvas, cx + 3, y + rh + 1, rows[i].label, RS_TEXT_SMALL,
                      ctx->fs * 0.85, &ctx->pal->muted);
      _rs_draw_row_anchor (node, i, x, y, &ax, &ay);
      draw_row_value (ctx, &rows[i], ax, ay, 0.5);
    }
}

static void
draw_dead (const RsDrawCtx   *ctx,
           const RsSceneNode *node,
           double             x,
           double             y)
{
  RsPaint paint = { &ctx->pal->background, &ctx->pal->muted, 1.4, TRUE, RS_HATCH_NONE, NULL };

  rs_canvas_rect (ctx->canvas, x, y, node->width, node->height, node->height / 2, &paint);
  _rs_draw_text_at (ctx, x + node->width / 2, y + node->height / 2, node->title, RS_TEXT_SMALL, &ctx->pal->muted, 0.5);
}

static void
draw_leak_tag (const RsDrawCtx   *ctx,
               const RsSceneNode *node,
               double             x,
               double             y)
{
  double top = y + node->height - node->row_height;
  gboolean kept = node->kind == RS_SCENE_NODE_KEPT_FRAME && !is_leaked (node);
  const RsColor *ink = kept ? &ctx->pal->muted : is_cycle_member (node) ? &ctx->pal->leak : &ctx->pal->hang;
  RsPaint band = { kept ? &ctx->pal->kept_title : is_cycle_member (node) ? &ctx->pal->leak_fill : &ctx->pal->hang_fill,
                   NULL, 0, FALSE, RS_HATCH_NONE, NULL };

  /* plain under the words: the hatch would make them hard to read */
  rs_canvas_rect (ctx->canvas, x + 2.5, top + 1, node->width - 5, node->row_height - 3.5, 3, &band);
  draw_rule (ctx, x, top, x + node->width, top, kept ? &ctx->pal->kept_border : ink);
  _rs_draw_text_at (ctx, x + node->width / 2, top + node->row_height / 2, node->tag, RS_TEXT_SMALL, ink, 0.5);
}

/* A preview's mark: the colour of its glow and its pill, or NULL. */
static const RsColor *
mark_color (const RsDrawCtx *ctx,
            guint            index)
{
  if (ctx->marks == NULL)
    return NULL;
  switch (ctx->marks[index].mark)
    {
    case RS_NODE_MARK_FREED: return &ctx->pal->new_accent;
    case RS_NODE_MARK_LEAKED:
    case RS_NODE_MARK_GC_UNREACHABLE: return &ctx->pal->leak;
    case RS_NODE_MARK_GC_YOUNG: return &ctx->pal->badge_fill;
    default: return NULL;
    }
}

static char *
mark_text (const RsNodeState *state)
{
  switch (state->mark)
    {
    case RS_NODE_MARK_FREED:
      return g_strdup_printf (_("freed %u"), state->order);
    case RS_NODE_MARK_GC_YOUNG:
      /* Translators: the collector's count of references from outside */
      return state->order > 0 ? g_strdup_printf (_("gc_refs %u"), state->order - 1) : g_strdup (_("survives"));
    case RS_NODE_MARK_GC_UNREACHABLE:
      return state->order > 0 ? g_strdup_printf (_("gc_refs %u, unreachable"), state->order - 1)
                              : g_strdup (_("unreachable"));
    default:
      return g_strdup (_("leaks"));
    }
}

/* "freed 2" or "leaks" (or the collector's gc_refs) in a pill over the
 * card's top-left corner. */
static void
draw_mark (const RsDrawCtx *ctx,
           guint            index,
           double           x,
           double           y)
{
  const RsColor *color = mark_color (ctx, index);
  g_autofree char *text = NULL;
  double w, h, bw, bh;
  RsPaint paint = { color, NULL, 0, FALSE, RS_HATCH_NONE, NULL };

  if (color == NULL)
    return;
  text = mark_text (&ctx->marks[index]);
  rs_text_measure (text, RS_TEXT_SMALL, ctx->fs, &w, &h, NULL);
  bw = w + ctx->fs * 0.8;
  bh = h + ctx->fs * 0.3;
  x += ctx->fs * 0.5;
  y -= bh * 0.6;
  rs_canvas_rect (ctx->canvas, x, y, bw, bh, bh / 2, &paint);
  rs_canvas_text (ctx->canvas, x + (bw - w) / 2, y + (bh - h) / 2, text, RS_TEXT_SMALL, ctx->fs, &ctx->pal->badge_text);
}

static void
draw_node (const RsDrawCtx *ctx,
           guint            index)
{
  const RsSceneNode *node = &ctx->scene->nodes[index];
  double x = node->x + ctx->dx[index], y = node->y + ctx->dy[index];
  double radius = ctx->fs * 0.35;
  g_autofree char *id = rs_scene_node_id (node);
  g_autofree char *css = node_class (node);
  const RsColor *title_fill;
  RsPaint body, title, outline;

  rs_canvas_begin_group (ctx->canvas, id, css, ctx->opacity[index]);
  if (ctx->highlight[index] > 0)
    {
      RsColor glow = mark_color (ctx, index) ? *mark_color (ctx, index) : ctx->pal->highlight;
      RsPaint halo = { NULL, &glow, 8, FALSE, RS_HATCH_NONE, NULL };

      glow.a *= ctx->highlight[index];
      rs_canvas_rect (ctx->canvas, x - 4, y - 4, node->width + 8, node->height + 8, radius + 4, &halo);
    }
  if (node->kind == RS_SCENE_NODE_DEAD)
    {
      draw_dead (ctx, node, x, y);
      rs_canvas_end_group (ctx->canvas);
      return;
    }
  node_colors (ctx, node, &body, &title_fill);
  /* body, then the title band, then hatch and border on top of both */
  outline = body;
  body.stroke = NULL;
  body.hatch = RS_HATCH_NONE;
  rs_canvas_rect (ctx->canvas, x, y, node->width, node->height, radius, &body);
  title = (RsPaint) { title_fill, NULL, 0, FALSE, RS_HATCH_NONE, NULL };
  rs_canvas_rect (ctx->canvas, x, y, node->width, node->row_height, radius, &title);
  outline.fill = NULL;
  rs_canvas_rect (ctx->canvas, x, y, node->width, node->height, radius, &outline);
  _rs_draw_text_at (ctx, x + ctx->fs * 0.6, y + node->row_height / 2, node->title, RS_TEXT_TITLE, &ctx->pal->text, 0);
  if (node->badge)
    _rs_draw_badge (ctx, node, x, y);
  if (node->tag)
    draw_leak_tag (ctx, node, x, y);
  if (node->row_layout == RS_SCENE_ROWS_CELLS)
    draw_cells (ctx, node, x, y);
  else
    draw_rows (ctx, node, x, y);
  draw_mark (ctx, index, x, y);
  rs_canvas_end_group (ctx->canvas);
}

/* ---- the scene -------------------------------------------------------- */

static void
node_state (const RsDrawParams *params,
            const RsSceneNode  *node,
            RsDrawCtx          *ctx,
            guint               index)
{
  RsNodeState state = { 1, 0, RS_NODE_MARK_NONE, 0 };

  if (params->node_state && params->node_state (node, &state, params->user_data))
    {
      ctx->opacity[index] = CLAMP (state.opacity, 0, 1);
      ctx->highlight[index] = CLAMP (state.highlight, 0, 1);
    }
  else
    {
      ctx->opacity[index] = 1;
      ctx->highlight[index] = 0;
      state.mark = RS_NODE_MARK_NONE;
    }
  ctx->marks[index] = state;
}

static void
ctx_init (RsDrawCtx          *ctx,
          RsCanvas           *canvas,
          const RsScene      *scene,
          const RsDrawParams *params)
{
  ctx->canvas = canvas;
  ctx->scene = scene;
  ctx->pal = params->palette ? params->palette : &light_palette;
  ctx->fs = scene->font_size;
  ctx->dx = g_new0 (double, MAX (scene->n_nodes, 1));
  ctx->dy = g_new0 (double, MAX (scene->n_nodes, 1));
  ctx->opacity = g_new0 (double, MAX (scene->n_nodes, 1));
  ctx->highlight = g_new0 (double, MAX (scene->n_nodes, 1));
  ctx->marks = g_new0 (RsNodeState, MAX (scene->n_nodes, 1));
  ctx->edge_state = params->edge_state;
  ctx->user_data = params->user_data;
}

static void
ctx_clear (RsDrawCtx *ctx)
{
  g_free (ctx->dx);
  g_free (ctx->dy);
  g_free (ctx->opacity);
  g_free (ctx->highlight);
  g_free (ctx->marks);
}

static void
draw_all (RsDrawCtx *ctx)
{
  for (guint i = 0; i < ctx->scene->n_nodes; i++)
    if (ctx->opacity[i] > 0)
      draw_node (ctx, i);
  _rs_draw_edges (ctx);
}

/* What is only in the old scene fades out where it was. */
static void
draw_leaving (RsCanvas           *canvas,
              const RsScene      *scene,
              const RsDrawParams *params)
{
  const RsScene *from = params->from;
  RsDrawCtx ctx;

  ctx_init (&ctx, canvas, from, params);
  for (guint i = 0; i < from->n_nodes; i++)
    {
      node_state (params, &from->nodes[i], &ctx, i);
      if (rs_scene_find_node (scene, from->nodes[i].key) >= 0)
        ctx.opacity[i] = 0;
      else
        ctx.opacity[i] *= 1 - params->t;
    }
  draw_all (&ctx);
  ctx_clear (&ctx);
}

void
rs_draw_scene_canvas (RsCanvas           *canvas,
                      const RsScene      *scene,
                      const RsDrawParams *params)
{
  static const RsDrawParams defaults = { NULL, NULL, NULL, NULL, 1, NULL };
  RsDrawCtx ctx;

  g_return_if_fail (canvas != NULL && scene != NULL);

  if (params == NULL)
    params = &defaults;
  _rs_draw_regions (canvas, scene, params->palette ? params->palette : &light_palette, params);
  if (params->from && params->t < 1)
    draw_leaving (canvas, scene, params);
  ctx_init (&ctx, canvas, scene, params);
  for (guint i = 0; i < scene->n_nodes; i++)
    {
      node_state (params, &scene->nodes[i], &ctx, i);
      if (params->from && params->t < 1)
        {
          int j = rs_scene_find_node (params->from, scene->nodes[i].key);
          double t = CLAMP (params->t, 0, 1);

          if (j < 0)
            ctx.opacity[i] *= t;
          else
            {
              ctx.dx[i] = (params->from->nodes[j].x - scene->nodes[i].x) * (1 - t);
              ctx.dy[i] = (params->from->nodes[j].y - scene->nodes[i].y) * (1 - t);
            }
        }
    }
  draw_all (&ctx);
  ctx_clear (&ctx);
}

void
rs_draw_scene (cairo_t            *cr,
               const RsScene      *scene,
               const RsDrawParams *params)
{
  RsCanvas *canvas;

  g_return_if_fail (cr != NULL && scene != NULL);

  canvas = rs_canvas_new_cairo (cr);
  rs_draw_scene_canvas (canvas, scene, params);
  rs_canvas_free (canvas);
}
