/* rs-scene-regions.h: labelled regions of the canvas behind groups of cards
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * While a collection plays phase by phase, the collector's lists are
 * drawn as regions: a tinted, rounded background with a caption behind
 * the cards of each list ("reachable (young)", "unreachable", an older
 * generation).  The caller says which object is in which region
 * (RsRegions); the layout keeps each region's cards together (a Graphviz
 * cluster) and the region's box follows its cards.
 */
#pragma once

#include <glib.h>
#include "rs-scene.h"

G_BEGIN_DECLS

typedef enum {
  RS_REGION_REACHABLE,    /* the list being collected: reachable as far as known */
  RS_REGION_UNREACHABLE,  /* the unreachable list */
  RS_REGION_OLDER,        /* a generation the collection does not examine */
} RsRegionKind;

/* Which object goes in which region (plain data, copied into a scene). */
typedef struct _RsRegions RsRegions;

RsRegions *rs_regions_new        (void);
void       rs_regions_free       (RsRegions    *self);
/* A new region, drawn in the order added; returns its index. */
guint      rs_regions_add        (RsRegions    *self,
                                  RsRegionKind  kind,
                                  const char   *caption);
/* Puts object @id in region @region (an object is in one region at most). */
void       rs_regions_add_object (RsRegions    *self,
                                  guint         region,
                                  RsObjId       id);
guint      rs_regions_get_n      (const RsRegions *self);
/* The region object @id is in, or -1. */
int        rs_regions_lookup     (const RsRegions *self,
                                  RsObjId          id);

/* Copies @regions into @scene (NULL: none) and marks each member card;
 * the regions without a card in the scene are left out. */
void       rs_scene_set_regions  (RsScene         *scene,
                                  const RsRegions *regions);
/* Each region's box around its cards, with room for its caption. */
void       rs_scene_fit_regions  (RsScene         *scene);
/* The region @node is in, or NULL. */
const RsSceneRegion *rs_scene_node_region (const RsScene     *scene,
                                           const RsSceneNode *node);

/* The padding between a region's box and its cards, and the height of its
 * caption band above them, in points at @font_size. */
double     rs_scene_region_padding (double font_size);
double     rs_scene_region_caption_height (double font_size);

/* rs-scene.c's copy and free of a scene's regions */
RsSceneRegion *_rs_scene_regions_copy (const RsSceneRegion *regions,
                                       guint                n_regions);
void           _rs_scene_regions_free (RsSceneRegion       *regions,
                                       guint                n_regions);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsRegions, rs_regions_free)

G_END_DECLS
