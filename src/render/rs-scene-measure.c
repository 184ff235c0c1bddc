/* rs-scene-measure.c: the size of every card of a scene, measured with pango
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "rs-scene-private.h"
#include "rs-text.h"

static void
measure_dead (RsSceneNode *node,
              double       fs)
{
  double w, h;

  rs_text_measure (node->title, RS_TEXT_SMALL, fs, &w, &h, NULL);
  node->row_height = fs * 1.8;
  node->width = w + fs * 1.2;
  node->height = node->row_height;
}

static double
header_width (const RsSceneNode *node,
              double             fs)
{
  double tw, bw = 0;

  rs_text_measure (node->title, RS_TEXT_TITLE, fs, &tw, NULL, NULL);
  if (node->badge)
    rs_text_measure (node->badge, RS_TEXT_SMALL, fs, &bw, NULL, NULL);
  return fs * 0.6 + tw + (node->badge ? fs * 1.4 + bw : 0) + fs * 0.6;
}

static double
value_width (const RsSceneRow *row,
             double            fs)
{
  double w = fs * 1.8;   /* the arrow's dot */

  if (row->value)
    {
      rs_text_measure (row->value, RS_TEXT_VALUE, fs, &w, NULL, NULL);
      w = MAX (w, fs * 1.8);
    }
  return w;
}

/* Graphviz splits a record evenly, so the band is one more row. */
static void
add_tag_band (RsSceneNode *node,
              double       fs)
{
  double w;

  if (node->tag == NULL)
    return;
  rs_text_measure (node->tag, RS_TEXT_SMALL, fs, &w, NULL, NULL);
  node->width = MAX (node->width, w + fs * 1.2);
  node->height += node->row_height;
}

static void
measure_cells (RsSceneNode      *node,
               const RsSceneRow *rows,
               double            fs)
{
  double cell = fs * 2.0;

  /* Graphviz splits a record's cells evenly: all cells share one width. */
  for (guint i = 0; i < node->n_rows; i++)
    {
      double lw;

      rs_text_measure (rows[i].label, RS_TEXT_SMALL, fs, &lw, NULL, NULL);
      cell = MAX (cell, MAX (lw, value_width (&rows[i], fs)) + fs * 0.8);
    }
  node->row_height = fs * 2.3;
  node->width = MAX (header_width (node, fs), cell * node->n_rows);
  node->height = node->row_height * 2;
  add_tag_band (node, fs);
}

static void
measure_rows (RsSceneNode      *node,
              const RsSceneRow *rows,
              double            fs)
{
  double label_w = 0, value_w = 0;

  for (guint i = 0; i < node->n_rows; i++)
    {
      double lw = 0;

      if (rows[i].label)
        rs_text_measure (rows[i].label, RS_TEXT_LABEL, fs, &lw, NULL, NULL);
      label_w = MAX (label_w, lw);
      value_w = MAX (value_w, value_width (&rows[i], fs));
    }
  node->row_height = fs * 1.9;
  node->label_width = label_w + fs * 1.2;
  node->width = MAX (header_width (node, fs), node->label_width + value_w + fs * 1.2);
  node->height = node->row_height * (1 + node->n_rows);
  add_tag_band (node, fs);
}

void
_rs_scene_measure_nodes (RsScene *scene)
{
  for (guint i = 0; i < scene->n_nodes; i++)
    {
      RsSceneNode *node = &scene->nodes[i];
      const RsSceneRow *rows = &scene->rows[node->first_row];

      if (node->kind == RS_SCENE_NODE_DEAD)
        measure_dead (node, scene->font_size);
      else if (node->object_kind == RS_KIND_LIST && node->kind == RS_SCENE_NODE_OBJECT
               && node->n_rows > 0 && rows[0].label != NULL)
        {
          node->row_layout = RS_SCENE_ROWS_CELLS;
          measure_cells (node, rows, scene->font_size);
        }
      else
        measure_rows (node, rows, scene->font_size);
      node->width = ceil (node->width);
    }
}
