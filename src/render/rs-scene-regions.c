/* rs-scene-regions.c: labelled regions of the canvas behind groups of cards
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A region is data of the scene, as its cards are: it crosses to the
 * layout thread and back, is copied with the scene and drawn by the one
 * drawing path, so the window and the exports show the same regions.
 */
#include "config.h"

#include "rs-scene-regions.h"
#include "rs-text.h"

struct _RsRegions
{
  GArray     *regions;   /* RsSceneRegion, boxes unset */
  GHashTable *members;   /* object id -> region index + 1 */
};

RsRegions *
rs_regions_new (void)
{
  RsRegions *self = g_new0 (RsRegions, 1);

  self->regions = g_array_new (FALSE, TRUE, sizeof (RsSceneRegion));
  self->members = g_hash_table_new (NULL, NULL);
  return self;
}

void
rs_regions_free (RsRegions *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->regions->len; i++)
    g_free (g_array_index (self->regions, RsSceneRegion, i).caption);
  g_array_unref (self->regions);
  g_hash_table_unref (self->members);
  g_free (self);
}

guint
rs_regions_add (RsRegions    *self,
                RsRegionKind  kind,
                const char   *caption)
{
  RsSceneRegion region = { kind, g_strdup (caption) };

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (caption != NULL, 0);

  g_array_append_val (self->regions, region);
  return self->regions->len - 1;
}

void
rs_regions_add_object (RsRegions *self,
                       guint      region,
                       RsObjId    id)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (region < self->regions->len);
  g_return_if_fail (id != 0);

  g_hash_table_replace (self->members, GUINT_TO_POINTER (id), GUINT_TO_POINTER (region + 1));
}

guint
rs_regions_get_n (const RsRegions *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->regions->len;
}

int
rs_regions_lookup (const RsRegions *self,
                   RsObjId          id)
{
  g_return_val_if_fail (self != NULL, -1);

  return GPOINTER_TO_INT (g_hash_table_lookup (self->members, GUINT_TO_POINTER (id))) - 1;
}

RsSceneRegion *
_rs_scene_regions_copy (const RsSceneRegion *regions,
                        guint                n_regions)
{
  RsSceneRegion *copy;

  if (n_regions == 0)
    return NULL;
  copy = g_memdup2 (regions, sizeof (RsSceneRegion) * n_regions);
  for (guint i = 0; i < n_regions; i++)
    copy[i].caption = g_strdup (regions[i].caption);
  return copy;
}

void
_rs_scene_regions_free (RsSceneRegion *regions,
                        guint          n_regions)
{
  for (guint i = 0; i < n_regions; i++)
    g_free (regions[i].caption);
  g_free (regions);
}

/* The region of each card of @scene, as an index of @regions, or -1 */
static int
node_region (const RsScene   *scene,
             guint            i,
             const RsRegions *regions)
{
  const RsSceneNode *node = &scene->nodes[i];

  return node->kind == RS_SCENE_NODE_OBJECT ? rs_regions_lookup (regions, node->object) : -1;
}

void
rs_scene_set_regions (RsScene         *scene,
                      const RsRegions *regions)
{
  g_autofree guint *index = NULL;   /* RsRegions index -> scene region + 1, 0: no card */

  g_return_if_fail (scene != NULL);

  _rs_scene_regions_free (scene->regions, scene->n_regions);
  scene->regions = NULL;
  scene->n_regions = 0;
  for (guint i = 0; i < scene->n_nodes; i++)
    scene->nodes[i].region = 0;
  if (regions == NULL)
    return;
  index = g_new0 (guint, regions->regions->len + 1);
  for (guint i = 0; i < scene->n_nodes; i++)
    if (node_region (scene, i, regions) >= 0)
      index[node_region (scene, i, regions)] = 1;
  /* in the order they were added, whatever the order of their cards */
  scene->regions = g_new0 (RsSceneRegion, MAX (regions->regions->len, 1));
  for (guint r = 0; r < regions->regions->len; r++)
    if (index[r] != 0)
      {
        const RsSceneRegion *from = &g_array_index (regions->regions, RsSceneRegion, r);

        RsSceneRegion *to = &scene->regions[scene->n_regions];

        *to = (RsSceneRegion) { from->kind, g_strdup (from->caption) };
        rs_text_measure (to->caption, RS_TEXT_SMALL, scene->font_size, &to->caption_width, NULL, NULL);
        index[r] = ++scene->n_regions;
      }
  for (guint i = 0; i < scene->n_nodes; i++)
    if (node_region (scene, i, regions) >= 0)
      scene->nodes[i].region = index[node_region (scene, i, regions)];
}

double
rs_scene_region_padding (double font_size)
{
  return font_size * 0.8;
}

double
rs_scene_region_caption_height (double font_size)
{
  return font_size * 2.0;
}

void
rs_scene_fit_regions (RsScene *scene)
{
  double pad = rs_scene_region_padding (scene->font_size);
  double band = rs_scene_region_caption_height (scene->font_size);

  g_return_if_fail (scene != NULL);

  for (guint r = 0; r < scene->n_regions; r++)
    {
      double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
      RsSceneRegion *region = &scene->regions[r];

      for (guint i = 0; i < scene->n_nodes; i++)
        {
          const RsSceneNode *n = &scene->nodes[i];

          if (n->region != r + 1)
            continue;
          x0 = MIN (x0, n->x);
          y0 = MIN (y0, n->y);
          x1 = MAX (x1, n->x + n->width);
          y1 = MAX (y1, n->y + n->height);
        }
      g_assert (x0 <= x1);   /* rs_scene_set_regions keeps only regions with cards */
      region->x = x0 - pad;
      region->y = y0 - pad - band;
      region->width = MAX (x1 - x0, region->caption_width) + 2 * pad;
      region->height = y1 - y0 + 2 * pad + band;
    }
}

const RsSceneRegion *
rs_scene_node_region (const RsScene     *scene,
                      const RsSceneNode *node)
{
  g_return_val_if_fail (scene != NULL && node != NULL, NULL);
  g_return_val_if_fail (node->region <= scene->n_regions, NULL);

  return node->region > 0 ? &scene->regions[node->region - 1] : NULL;
}
