/* rs-scene.c: a snapshot turned into boxes, rows and arrows
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "rs-scene.h"
#include "rs-scene-regions.h"
#include "rs-text.h"

typedef struct {
  const RsSnapshot *snap;
  const RsSceneOptions *options;
  double     font_size;
  gboolean  *drawn;        /* per snapshot object */
  GArray    *nodes;        /* RsSceneNode */
  GArray    *rows;         /* RsSceneRow */
  GArray    *edges;        /* RsSceneEdge */
  GArray    *edge_targets; /* guint64 key of each edge's head, resolved at the end */
} Builder;

/* Index of @id in the snapshot's objects, or -1. */
static int
find_object_index (const RsSnapshot *snap,
                   RsObjId           id)
{
  const RsSnapObject *obj = id ? rs_snapshot_find_object (snap, id) : NULL;

  return obj ? (int) (obj - snap->objects) : -1;
}

static gboolean
slot_is_visible (Builder          *b,
                 const RsSnapSlot *slot)
{
  return b->options->show_hidden || !(slot->flags & RS_SLOT_FLAG_HIDDEN);
}

/* Whether @obj holds a traced object, or (@through_tuples) a tuple or a
 * closure cell that does, in a slot of its own */
static gboolean
holds_traced (const RsSnapshot   *snap,
              const RsSnapObject *obj,
              gboolean            through_tuples)
{
  for (guint i = 0; i < obj->n_slots; i++)
    {
      const RsSnapSlot *slot = &snap->slots[obj->first_slot + i];
      int t;

      if (slot->kind != RS_SLOT_STRONG || (slot->flags & RS_SLOT_FLAG_HIDDEN))
        continue;
      t = find_object_index (snap, slot->target);
      if (t >= 0 && (snap->objects[t].flags & RS_SNAP_TRACED))
        return TRUE;
      /* tuples and cells reach themselves only through a function,
       * which is not followed: the recursion ends */
      if (t >= 0 && through_tuples
          && (snap->objects[t].kind == RS_KIND_TUPLE || snap->objects[t].kind == RS_KIND_CELL)
          && holds_traced (snap, &snap->objects[t], TRUE))
        return TRUE;
    }
  return FALSE;
}

/* Functions, iterators and ranges are shown as text where they are named;
 * a class only when it keeps a traced object alive (a class attribute), a
 * function only when its defaults or its closure do (the mutable default,
 * the closure over self), a tuple or a closure cell only when it holds one
 * (a tuple of numbers is text): the cells of a closure are small cards
 * between the function and the value. */
static gboolean
kind_is_card (const RsSnapshot    *snap,
              const RsSnapObject  *obj)
{
  switch (obj->kind)
    {
    case RS_KIND_INSTANCE:
    case RS_KIND_LIST:
    case RS_KIND_DICT:
    case RS_KIND_WEAKREF:
      return !(obj->flags & RS_SNAP_INTERNAL);
    case RS_KIND_BOUND_METHOD:
    case RS_KIND_FINALIZER:
    case RS_KIND_WEAKDICT:
      return TRUE;
    case RS_KIND_TUPLE:
    case RS_KIND_CELL:
    case RS_KIND_FUNCTION:
    case RS_KIND_DESCRIPTOR:
    case RS_KIND_EXCEPTION:
      return holds_traced (snap, obj, TRUE);
    case RS_KIND_CLASS:
      return holds_traced (snap, obj, FALSE);
    default:
      return FALSE;
    }
}

static char *
undrawn_text (Builder          *b,
              const RsSnapSlot *slot)
{
  int t = find_object_index (b->snap, slot->target);
  const char *title = t >= 0 ? b->snap->objects[t].title : "?";

  if (slot->kind == RS_SLOT_WEAK)
    return g_strdup_printf (_("weak → %s"), title);
  return g_strdup (title);
}

static void
add_edge (Builder          *b,
          guint             tail,
          guint             tail_row,
          const RsSnapSlot *slot,
          guint64           head_key)
{
  RsSceneEdge edge = { 0 };

  edge.tail = tail;
  edge.tail_row = tail_row;
  edge.head = G_MAXUINT;
  edge.kind = slot->kind;
  edge.flags = slot->flags;
  g_array_append_val (b->edges, edge);
  g_array_append_val (b->edge_targets, head_key);
}

static void
add_slot_row (Builder *b,
              guint    node_index,
              guint    slot_index)
{
  const RsSnapSlot *slot = &b->snap->slots[slot_index];
  RsSceneNode *node = &g_array_index (b->nodes, RsSceneNode, node_index);
  RsSceneRow row = { 0 };
  int t;

  row.label = g_strdup (slot->label ? slot->label : "");
  row.slot = slot_index;
  row.edge = G_MAXUINT;
  switch (slot->kind)
    {
    case RS_SLOT_STRONG:
    case RS_SLOT_WEAK:
      t = find_object_index (b->snap, slot->target);
      if (t >= 0 && b->drawn[t])
        {
          row.edge = b->edges->len;
          add_edge (b, node_index, node->n_rows, slot, RS_SCENE_KEY_OBJECT (slot->target));
        }
      else
        row.value = undrawn_text (b, slot);
      break;
    case RS_SLOT_WEAK_DEAD:
      row.edge = b->edges->len;
      add_edge (b, node_index, node->n_rows, slot,
                RS_SCENE_KEY_DEAD (slot->via ? slot->via : slot_index + 1));
      break;
    case RS_SLOT_PLAIN:
    default:
      row.value = g_strdup (slot->text ? slot->text : "");
      break;
    }
  g_array_append_val (b->rows, row);
  node->n_rows++;
}

static void
add_note_row (Builder    *b,
              guint       node_index,
              const char *note)
{
  RsSceneRow row = { NULL, g_strdup (note), G_MAXUINT, G_MAXUINT };

  g_array_append_val (b->rows, row);
  g_array_index (b->nodes, RsSceneNode, node_index).n_rows++;
}

static guint
add_node (Builder         *b,
          RsSceneNodeKind  kind,
          guint64          key,
          const char      *title)
{
  RsSceneNode node = { 0 };

  node.kind = kind;
  node.key = key;
  node.title = g_strdup (title);
  node.first_row = b->rows->len;
  g_array_append_val (b->nodes, node);
  return b->nodes->len - 1;
}

static void
add_slots (Builder *b,
           guint    node_index,
           guint    first_slot,
           guint    n_slots)
{
  for (guint i = 0; i < n_slots; i++)
    if (slot_is_visible (b, &b->snap->slots[first_slot + i]))
      add_slot_row (b, node_index, first_slot + i);
  if (g_array_index (b->nodes, RsSceneNode, node_index).n_rows == 0)
    add_note_row (b, node_index, _("empty"));
}

static void
add_frames (Builder *b)
{
  for (guint i = 0; i < b->snap->n_frames; i++)
    {
      const RsSnapFrame *frame = &b->snap->frames[i];
      guint n = add_node (b, RS_SCENE_NODE_FRAME, RS_SCENE_KEY_FRAME (frame->id),
                          i == 0 ? _("Global frame") : frame->name);

      g_array_index (b->nodes, RsSceneNode, n).frame = frame->id;
      add_slots (b, n, frame->first_slot, frame->n_slots);
    }
}

static void
add_objects (Builder *b)
{
  for (guint i = 0; i < b->snap->n_objects; i++)
    {
      const RsSnapObject *obj = &b->snap->objects[i];
      RsSceneNode *node;
      guint n;

      if (!b->drawn[i])
        continue;
      n = add_node (b, RS_SCENE_NODE_OBJECT, RS_SCENE_KEY_OBJECT (obj->id), obj->title);
      node = &g_array_index (b->nodes, RsSceneNode, n);
      node->object = obj->id;
      node->object_kind = obj->kind;
      node->refcount = obj->refcount;
      node->flags = obj->flags;
      node->cycle = obj->cycle;
      node->badge = g_strdup_printf (_("rc %u"), obj->refcount);
      /* the leak in words too, not by colour alone */
      if ((obj->flags & RS_SNAP_LEAKED) && (obj->flags & RS_SNAP_IN_CYCLE))
        node->tag = g_strdup_printf (_("leaked · cycle %u"), obj->cycle);
      else if (obj->flags & RS_SNAP_LEAKED)
        node->tag = g_strdup (_("leaked · held by a cycle"));
      add_slots (b, n, obj->first_slot, obj->n_slots);
    }
}

/* One small "dead" marker per dead weak reference, made once every edge
 * that needs one is known. */
static void
add_dead_markers (Builder *b)
{
  for (guint i = 0; i < b->edges->len; i++)
    {
      guint64 key = g_array_index (b->edge_targets, guint64, i);

      if ((key >> 32) == 3)
        add_node (b, RS_SCENE_NODE_DEAD, key, _("dead"));
    }
}

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

static void
measure_nodes (RsScene *scene)
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

static void
resolve_edges (RsScene *scene,
               GArray  *targets)
{
  for (guint i = 0; i < scene->n_edges; i++)
    {
      int head = rs_scene_find_node (scene, g_array_index (targets, guint64, i));

      g_assert (head >= 0);
      scene->edges[i].head = (guint) head;
    }
}

RsScene *
rs_scene_new_from_snapshot (const RsSnapshot     *snapshot,
                            const RsSceneOptions *options)
{
  static const RsSceneOptions defaults = { FALSE, 0 };
  Builder b = { 0 };
  RsScene *scene;

  g_return_val_if_fail (snapshot != NULL, NULL);

  b.snap = snapshot;
  b.options = options ? options : &defaults;
  b.drawn = g_new0 (gboolean, MAX (snapshot->n_objects, 1));
  for (guint i = 0; i < snapshot->n_objects; i++)
    b.drawn[i] = kind_is_card (snapshot, &snapshot->objects[i]);
  b.nodes = g_array_new (FALSE, TRUE, sizeof (RsSceneNode));
  b.rows = g_array_new (FALSE, TRUE, sizeof (RsSceneRow));
  b.edges = g_array_new (FALSE, TRUE, sizeof (RsSceneEdge));
  b.edge_targets = g_array_new (FALSE, FALSE, sizeof (guint64));

  add_frames (&b);
  add_objects (&b);
  add_dead_markers (&b);

  scene = g_new0 (RsScene, 1);
  scene->step = snapshot->step;
  scene->line = snapshot->line;
  scene->source_line = g_strdup (snapshot->source_line ? snapshot->source_line : "");
  scene->font_size = b.options->font_size > 0 ? b.options->font_size : RS_SCENE_DEFAULT_FONT_SIZE;
  scene->n_frames = snapshot->n_frames;
  scene->n_nodes = b.nodes->len;
  scene->nodes = (RsSceneNode *) (gpointer) g_array_free (b.nodes, FALSE);
  scene->n_rows = b.rows->len;
  scene->rows = (RsSceneRow *) (gpointer) g_array_free (b.rows, FALSE);
  scene->n_edges = b.edges->len;
  scene->edges = (RsSceneEdge *) (gpointer) g_array_free (b.edges, FALSE);
  resolve_edges (scene, b.edge_targets);
  g_array_free (b.edge_targets, TRUE);
  g_free (b.drawn);

  measure_nodes (scene);
  rs_scene_update_bounds (scene);
  return scene;
}

RsScene *
rs_scene_copy (const RsScene *self)
{
  RsScene *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->source_line = g_strdup (self->source_line);
  copy->engine = g_strdup (self->engine);
  copy->nodes = g_memdup2 (self->nodes, sizeof (RsSceneNode) * self->n_nodes);
  for (guint i = 0; i < self->n_nodes; i++)
    {
      copy->nodes[i].title = g_strdup (self->nodes[i].title);
      copy->nodes[i].badge = g_strdup (self->nodes[i].badge);
      copy->nodes[i].tag = g_strdup (self->nodes[i].tag);
    }
  copy->rows = g_memdup2 (self->rows, sizeof (RsSceneRow) * self->n_rows);
  for (guint i = 0; i < self->n_rows; i++)
    {
      copy->rows[i].label = g_strdup (self->rows[i].label);
      copy->rows[i].value = g_strdup (self->rows[i].value);
    }
  copy->edges = g_memdup2 (self->edges, sizeof (RsSceneEdge) * self->n_edges);
  for (guint i = 0; i < self->n_edges; i++)
    copy->edges[i].points = g_memdup2 (self->edges[i].points,
                                       sizeof (double) * 2 * self->edges[i].n_points);
  copy->regions = _rs_scene_regions_copy (self->regions, self->n_regions);
  return copy;
}

void
rs_scene_free (RsScene *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->n_nodes; i++)
    {
      g_free (self->nodes[i].title);
      g_free (self->nodes[i].badge);
      g_free (self->nodes[i].tag);
    }
  for (guint i = 0; i < self->n_rows; i++)
    {
      g_free (self->rows[i].label);
      g_free (self->rows[i].value);
    }
  for (guint i = 0; i < self->n_edges; i++)
    g_free (self->edges[i].points);
  g_free (self->nodes);
  g_free (self->rows);
  g_free (self->edges);
  _rs_scene_regions_free (self->regions, self->n_regions);
  g_free (self->source_line);
  g_free (self->engine);
  g_free (self);
}

int
rs_scene_find_node (const RsScene *self,
                    guint64        key)
{
  g_return_val_if_fail (self != NULL, -1);

  /* Nodes are grouped by kind and sorted by id inside each group, but a
   * scene has few enough nodes that a scan is cheaper than an index. */
  for (guint i = 0; i < self->n_nodes; i++)
    if (self->nodes[i].key == key)
      return (int) i;
  return -1;
}

void
rs_scene_pin_nodes (RsScene          *self,
                    const RsScenePin *pins,
                    guint             n_pins)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (pins != NULL || n_pins == 0);

  for (guint i = 0; i < n_pins; i++)
    {
      int index = rs_scene_find_node (self, pins[i].key);

      if (index < 0)
        continue;
      self->nodes[index].pinned = TRUE;
      self->nodes[index].pin_x = pins[i].x;
      self->nodes[index].pin_y = pins[i].y;
    }
}

static gboolean
inside (const RsSceneNode *node,
        double             x,
        double             y,
        double             bottom)
{
  return x > node->x + 1 && x < node->x + node->width - 1
      && y > node->y + 1 && y < bottom - 1;
}

guint
rs_scene_edge_crossings (const RsScene     *self,
                         const RsSceneEdge *edge)
{
  guint crossings = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (edge != NULL, 0);

  for (guint k = 0; edge->n_points >= 4 && k < self->n_nodes; k++)
    {
      const RsSceneNode *node = &self->nodes[k];
      /* an arrow starts on its own card's edge and ends on its target's:
       * only its way there counts */
      double bottom = node->y + node->height;
      double last = k == edge->head && k != edge->tail ? 0.85 : 1.0;
      guint n_segments = (edge->n_points - 1) / 3;
      gboolean hit = FALSE;

      for (guint seg = 0; seg < n_segments && !hit; seg++)
        {
          const double *p = edge->points + 6 * seg;

          for (int i = 1; i < 24 && !hit; i++)
            {
              double t = i / 24.0, u = 1 - t;
              double x = u * u * u * p[0] + 3 * u * u * t * p[2] + 3 * u * t * t * p[4] + t * t * t * p[6];
              double y = u * u * u * p[1] + 3 * u * u * t * p[3] + 3 * u * t * t * p[5] + t * t * t * p[7];

              if ((seg + t) / n_segments > last)
                break;
              hit = inside (node, x, y, bottom);
            }
        }
      crossings += hit;
    }
  return crossings;
}

guint
rs_scene_count_crossings (const RsScene *self)
{
  guint crossings = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint e = 0; e < self->n_edges; e++)
    crossings += rs_scene_edge_crossings (self, &self->edges[e]);
  return crossings;
}

/* Grows @b (x0, y0, x1, y1) to hold the box at @x, @y. */
static void
grow (double *b,
      double  x,
      double  y,
      double  width,
      double  height)
{
  b[0] = MIN (b[0], x);
  b[1] = MIN (b[1], y);
  b[2] = MAX (b[2], x + width);
  b[3] = MAX (b[3], y + height);
}

void
rs_scene_update_bounds (RsScene *self)
{
  double b[4] = { G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };

  g_return_if_fail (self != NULL);

  rs_scene_fit_regions (self);
  for (guint i = 0; i < self->n_regions; i++)
    grow (b, self->regions[i].x, self->regions[i].y, self->regions[i].width, self->regions[i].height);
  for (guint i = 0; i < self->n_nodes; i++)
    grow (b, self->nodes[i].x, self->nodes[i].y, self->nodes[i].width, self->nodes[i].height);
  for (guint i = 0; i < self->n_edges; i++)
    for (guint p = 0; p < self->edges[i].n_points; p++)
      grow (b, self->edges[i].points[2 * p], self->edges[i].points[2 * p + 1], 0, 0);
  if (b[0] > b[2])
    b[0] = b[1] = b[2] = b[3] = 0;
  self->x0 = b[0];
  self->y0 = b[1];
  self->x1 = b[2];
  self->y1 = b[3];
}

void
rs_scene_translate (RsScene *self,
                    double   dx,
                    double   dy)
{
  g_return_if_fail (self != NULL);

  for (guint i = 0; i < self->n_nodes; i++)
    {
      self->nodes[i].x += dx;
      self->nodes[i].y += dy;
    }
  for (guint i = 0; i < self->n_edges; i++)
    {
      RsSceneEdge *e = &self->edges[i];

      for (guint p = 0; p < e->n_points; p++)
        {
          e->points[2 * p] += dx;
          e->points[2 * p + 1] += dy;
        }
    }
  for (guint i = 0; i < self->n_regions; i++)
    {
      self->regions[i].x += dx;
      self->regions[i].y += dy;
    }
  self->x0 += dx;
  self->x1 += dx;
  self->y0 += dy;
  self->y1 += dy;
}

double
rs_scene_mean_movement (const RsScene *before,
                        const RsScene *after,
                        guint         *n_out)
{
  double total = 0;
  guint n = 0;

  g_return_val_if_fail (before != NULL && after != NULL, 0);

  for (guint i = 0; i < after->n_nodes; i++)
    {
      const RsSceneNode *a = &after->nodes[i];
      int j = rs_scene_find_node (before, a->key);
      const RsSceneNode *b;

      if (j < 0)
        continue;
      b = &before->nodes[j];
      total += hypot ((a->x + a->width / 2) - (b->x + b->width / 2),
                      (a->y + a->height / 2) - (b->y + b->height / 2));
      n++;
    }
  if (n_out)
    *n_out = n;
  return n ? total / n : 0;
}

static const char *key_prefixes[] = { NULL, "frame-", "obj-", "dead-" };

char *
rs_scene_key_to_id (guint64 key)
{
  guint kind = (guint) (key >> 32);

  g_return_val_if_fail (kind >= 1 && kind < G_N_ELEMENTS (key_prefixes), NULL);

  return g_strdup_printf ("%s%u", key_prefixes[kind], (guint) (key & 0xffffffff));
}

gboolean
rs_scene_key_from_id (const char *id,
                      guint64    *key)
{
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  for (guint kind = 1; kind < G_N_ELEMENTS (key_prefixes); kind++)
    {
      guint64 number;

      if (!g_str_has_prefix (id, key_prefixes[kind]))
        continue;
      if (!g_ascii_string_to_unsigned (id + strlen (key_prefixes[kind]), 10, 0, G_MAXUINT32, &number, NULL))
        return FALSE;
      *key = ((guint64) kind << 32) | number;
      return TRUE;
    }
  return FALSE;
}

char *
rs_scene_node_id (const RsSceneNode *node)
{
  g_return_val_if_fail (node != NULL, NULL);

  return rs_scene_key_to_id (node->key);
}

