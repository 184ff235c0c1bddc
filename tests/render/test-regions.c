/* test-regions.c: the collector's lists as labelled regions of the canvas
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "rs-export.h"
#include "rs-layout.h"
#include "rs-scene-regions.h"
#include "rs-test-snapshot.h"

/* rs_test_snapshot_containers(): list #1 (10) and Foo #3 (12) reachable,
 * Foo #4 (13) and list #5 (14) leaked; dict #2 (11) in no region; a
 * third region whose only object has no card. */
static RsRegions *
two_lists (void)
{
  RsRegions *regions = rs_regions_new ();
  /* a caption wider than its cards */
  guint young = rs_regions_add (regions, RS_REGION_REACHABLE,
                                "reachable (young), generations 0 and 1: 2 objects, and more words");
  guint unreachable = rs_regions_add (regions, RS_REGION_UNREACHABLE, "unreachable");
  guint older = rs_regions_add (regions, RS_REGION_OLDER, "generation 2");

  rs_regions_add_object (regions, young, 10);
  rs_regions_add_object (regions, young, 12);
  rs_regions_add_object (regions, unreachable, 13);
  rs_regions_add_object (regions, unreachable, 14);
  rs_regions_add_object (regions, older, 999);
  return regions;
}

static gboolean
inside (const RsSceneNode   *n,
        const RsSceneRegion *r)
{
  return n->x >= r->x && n->y >= r->y && n->x + n->width <= r->x + r->width
      && n->y + n->height <= r->y + r->height;
}

static gboolean
overlaps (double ax, double ay, double aw, double ah,
          double bx, double by, double bw, double bh)
{
  return ax < bx + bw - 0.5 && bx < ax + aw - 0.5 && ay < by + bh - 0.5 && by < ay + ah - 0.5;
}

static const RsSceneNode *
card (const RsScene *scene,
      RsObjId        id)
{
  int i = rs_scene_find_node (scene, RS_SCENE_KEY_OBJECT (id));

  g_assert_cmpint (i, >=, 0);
  return &scene->nodes[i];
}

/* Each region holds its cards and no other, the two apart, with the
 * caption's band above the cards; the bounds hold the regions. */
static void
check_regions (const RsScene *scene)
{
  g_assert_cmpuint (scene->n_regions, ==, 2);
  g_assert_cmpuint (scene->regions[0].kind, ==, RS_REGION_REACHABLE);
  g_assert_cmpstr (scene->regions[1].caption, ==, "unreachable");
  g_assert_true (rs_scene_node_region (scene, card (scene, 12)) == &scene->regions[0]);
  g_assert_true (rs_scene_node_region (scene, card (scene, 14)) == &scene->regions[1]);
  g_assert_null (rs_scene_node_region (scene, card (scene, 11)));
  for (guint i = 0; i < scene->n_nodes; i++)
    {
      const RsSceneNode *n = &scene->nodes[i];

      for (guint r = 0; r < scene->n_regions && i == 0; r++)
        {
          /* the caption fits in its box */
          g_assert_cmpfloat (scene->regions[r].caption_width, >, 0);
          g_assert_cmpfloat (scene->regions[r].width, >=,
                             scene->regions[r].caption_width + 2 * rs_scene_region_padding (scene->font_size));
        }
      for (guint r = 0; r < scene->n_regions; r++)
        {
          const RsSceneRegion *region = &scene->regions[r];

          if (n->region == r + 1)
            {
              g_assert_true (inside (n, region));
              g_assert_cmpfloat (n->y - region->y, >=, rs_scene_region_caption_height (scene->font_size));
            }
          else if (overlaps (n->x, n->y, n->width, n->height, region->x, region->y, region->width, region->height))
            g_error ("%s: %s is drawn over region %s", scene->engine, n->title, region->caption);
        }
    }
  g_assert_false (overlaps (scene->regions[0].x, scene->regions[0].y, scene->regions[0].width, scene->regions[0].height,
                            scene->regions[1].x, scene->regions[1].y, scene->regions[1].width, scene->regions[1].height));
  for (guint r = 0; r < scene->n_regions; r++)
    {
      g_assert_cmpfloat (scene->regions[r].x, >=, scene->x0);
      g_assert_cmpfloat (scene->regions[r].y, >=, scene->y0);
      g_assert_cmpfloat (scene->regions[r].x + scene->regions[r].width, <=, scene->x1);
      g_assert_cmpfloat (scene->regions[r].y + scene->regions[r].height, <=, scene->y1);
    }
}

static void
test_layout (void)
{
  RsSnapshot *snap = rs_test_snapshot_containers ();
  g_autoptr(RsRegions) regions = two_lists ();

  /* the engines that know no clusters lay a scene with regions out with dot */
  for (RsLayoutEngine e = 0; e < RS_LAYOUT_N_ENGINES; e++)
    {
      g_autoptr(RsScene) scene = rs_scene_new_from_snapshot (snap, NULL);
      g_autoptr(GError) error = NULL;

      rs_scene_set_regions (scene, regions);
      g_assert_true (rs_layout_run_sync (scene, e, RS_LAYOUT_FRESH, NULL, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (scene->engine, ==, e == RS_LAYOUT_ENGINE_FDP ? "fdp" : "dot");
      check_regions (scene);
    }
  rs_test_snapshot_free (snap);
}

/* A card that changes lists moves to the other region, even in a stable
 * layout from the scene before; copies and translations keep the regions. */
static void
test_move (void)
{
  RsSnapshot *snap = rs_test_snapshot_containers ();
  g_autoptr(RsRegions) regions = two_lists ();
  g_autoptr(RsRegions) moved = rs_regions_new ();
  g_autoptr(RsScene) before = rs_scene_new_from_snapshot (snap, NULL);
  g_autoptr(RsScene) after = rs_scene_new_from_snapshot (snap, NULL);
  g_autoptr(RsScene) copy = NULL;
  g_autoptr(GError) error = NULL;

  rs_scene_set_regions (before, regions);
  g_assert_true (rs_layout_run_sync (before, RS_LAYOUT_ENGINE_DOT, RS_LAYOUT_FRESH, NULL, NULL, &error));
  rs_regions_add (moved, RS_REGION_REACHABLE, "reachable (young)");
  rs_regions_add (moved, RS_REGION_UNREACHABLE, "unreachable");
  rs_regions_add_object (moved, 0, 10);
  rs_regions_add_object (moved, 1, 12);   /* Foo #3 changes lists */
  rs_regions_add_object (moved, 1, 13);
  rs_regions_add_object (moved, 1, 14);
  g_assert_cmpint (rs_regions_lookup (moved, 12), ==, 1);
  g_assert_cmpint (rs_regions_lookup (moved, 11), ==, -1);
  rs_scene_set_regions (after, moved);
  g_assert_true (rs_layout_run_sync (after, RS_LAYOUT_ENGINE_DOT, RS_LAYOUT_STABLE, before, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (inside (card (before, 12), &before->regions[0]));
  g_assert_true (inside (card (after, 12), &after->regions[1]));
  g_assert_false (inside (card (after, 12), &after->regions[0]));

  copy = rs_scene_copy (after);
  rs_scene_translate (copy, 100, 50);
  g_assert_cmpuint (copy->n_regions, ==, 2);
  g_assert_cmpstr (copy->regions[1].caption, ==, "unreachable");
  g_assert_cmpfloat_with_epsilon (copy->regions[1].x, after->regions[1].x + 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (copy->regions[1].y, after->regions[1].y + 50, 1e-9);
  /* and none again */
  rs_scene_set_regions (copy, NULL);
  g_assert_cmpuint (copy->n_regions, ==, 0);
  g_assert_null (rs_scene_node_region (copy, card (copy, 12)));
  rs_test_snapshot_free (snap);
}

static char *
export_svg (const char      *dir,
            const RsRegions *regions)
{
  RsSnapshot *snap = rs_test_snapshot_containers ();
  RsExportOptions options = RS_EXPORT_OPTIONS_INIT;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "regions.svg", NULL);
  char *text = NULL;

  options.regions = regions;
  g_assert_true (rs_export_snapshot (snap, path, &options, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_unlink (path);
  rs_test_snapshot_free (snap);
  return text;
}

/* An export of a phase keeps its regions, drawn before (behind) the cards. */
static void
test_export (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("refscope-regions-XXXXXX", &error);
  g_autoptr(RsRegions) regions = two_lists ();
  g_autofree char *with = NULL, *without = NULL;
  const char *region, *caption, *first_card;

  g_assert_no_error (error);
  with = export_svg (dir, regions);
  without = export_svg (dir, NULL);
  g_rmdir (dir);
  region = strstr (with, "rs-region rs-region-unreachable");
  caption = strstr (with, ">unreachable<");
  first_card = strstr (with, "id=\"obj-");
  g_assert_nonnull (region);
  g_assert_nonnull (strstr (with, "rs-region rs-region-reachable"));
  g_assert_nonnull (caption);
  g_assert_nonnull (first_card);
  g_assert_true (region < first_card && caption < first_card);
  g_assert_null (strstr (with, "rs-region-older"));   /* its object has no card */
  g_assert_null (strstr (without, "rs-region"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/refscope/regions/layout", test_layout);
  g_test_add_func ("/refscope/regions/move", test_move);
  g_test_add_func ("/refscope/regions/export", test_export);
  return g_test_run ();
}
