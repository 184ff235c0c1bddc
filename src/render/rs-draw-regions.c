/* rs-draw-regions.c: a scene's regions, behind its cards
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each region is a tinted rounded box with its caption in its top band.
 * In a transition a region of the same kind glides and grows from where
 * it was to where it goes; one that comes or goes fades.
 */
#include "config.h"

#include "rs-draw-private.h"
#include "rs-scene-regions.h"

static const char *region_classes[] = {
  [RS_REGION_REACHABLE] = "rs-region rs-region-reachable",
  [RS_REGION_UNREACHABLE] = "rs-region rs-region-unreachable",
  [RS_REGION_OLDER] = "rs-region rs-region-older",
};

static const RsColor *
region_color (const RsPalette *pal,
              guint            kind)
{
  switch ((RsRegionKind) kind)
    {
    case RS_REGION_REACHABLE: return &pal->badge_fill;
    case RS_REGION_UNREACHABLE: return &pal->leak;
    case RS_REGION_OLDER: return &pal->muted;
    default: g_assert_not_reached ();
    }
}

static const RsSceneRegion *
find_kind (const RsScene *scene,
           guint          kind)
{
  for (guint i = 0; scene != NULL && i < scene->n_regions; i++)
    if (scene->regions[i].kind == kind)
      return &scene->regions[i];
  return NULL;
}

static void
draw_region (RsCanvas            *canvas,
             const RsPalette     *pal,
             double               fs,
             const RsSceneRegion *region,
             double               opacity)
{
  RsColor fill = *region_color (pal, region->kind), stroke = fill;
  RsPaint paint = { &fill, &stroke, 1.5, FALSE, RS_HATCH_NONE, NULL };
  double pad = rs_scene_region_padding (fs), band = rs_scene_region_caption_height (fs);
  double w, h;

  g_assert (region->kind < G_N_ELEMENTS (region_classes));
  fill.a = 0.08;
  stroke.a = 0.45;
  rs_canvas_begin_group (canvas, NULL, region_classes[region->kind], opacity);
  rs_canvas_rect (canvas, region->x, region->y, region->width, region->height, fs * 0.8, &paint);
  rs_text_measure (region->caption, RS_TEXT_SMALL, fs, &w, &h, NULL);
  rs_canvas_text (canvas, region->x + pad, region->y + (pad + band - h) / 2, region->caption,
                  RS_TEXT_SMALL, fs, region_color (pal, region->kind));
  rs_canvas_end_group (canvas);
}

void
_rs_draw_regions (RsCanvas           *canvas,
                  const RsScene      *scene,
                  const RsPalette    *pal,
                  const RsDrawParams *params)
{
  const RsScene *from = params->from != NULL && params->t < 1 ? params->from : NULL;
  double t = CLAMP (params->t, 0, 1);

  for (guint i = 0; from != NULL && i < from->n_regions; i++)
    if (find_kind (scene, from->regions[i].kind) == NULL)
      draw_region (canvas, pal, scene->font_size, &from->regions[i], 1 - t);
  for (guint i = 0; i < scene->n_regions; i++)
    {
      RsSceneRegion now = scene->regions[i];
      const RsSceneRegion *was = find_kind (from, now.kind);

      if (from != NULL && was == NULL)
        {
          draw_region (canvas, pal, scene->font_size, &now, t);
          continue;
        }
      if (was != NULL)
        {
          now.x = was->x + (now.x - was->x) * t;
          now.y = was->y + (now.y - was->y) * t;
          now.width = was->width + (now.width - was->width) * t;
          now.height = was->height + (now.height - was->height) * t;
        }
      draw_region (canvas, pal, scene->font_size, &now, 1);
    }
}
