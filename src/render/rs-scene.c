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
#include "rs-scene-private.h"
#include "rs-scene-regions.h"

typedef struct {
  const RsSnapshot *snap;
  const RsSceneOptions *options;
  double     font_size;
  gboolean  *drawn;        /* per snapshot object */
  GArray    *nodes;        /* RsSceneNode */
  GArray    *rows;         /* RsSceneRow */
  GArray    *edges;        /* RsSceneEdge */
  GArray    *edge_targets; /* guint64 key of each edge's head, resolved at the end */
  GArray    *kept;         /* KeptFrame, in the order their cards are added */
} Builder;

/* A finished frame one exception keeps: its function's slot in the
 * exception and its locals' slots (RS_TRACEBACK_SLOT, rs-event.h). */
typedef struct {
  RsObjId  exception;
  guint    index;       /* among that exception's kept frames, outermost first */
  guint    func_slot;
  GArray  *locals;      /* guint slot indices */
  gboolean in_cycle;    /* in its exception's leaked cycle */
} KeptFrame;

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

/* A row for slot @slot_index, labelled @label (NULL: the slot's own). */
static void
add_slot_row (Builder    *b,
              guint       node_index,
              guint       slot_index,
              const char *label)
{
  const RsSnapSlot *slot = &b->snap->slots[slot_index];
  RsSceneNode *node = &g_array_index (b->nodes, RsSceneNode, node_index);
  RsSceneRow row = { 0 };
  int t;

  row.label = g_strdup (label ? label : slot->label ? slot->label : "");
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
      add_slot_row (b, node_index, first_slot + i, NULL);
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

/* The function name of a traceback slot @label ("F" of "(traceback) F.x"
 * or of "(traceback) F", @len bytes of it), and whether it is a local. */
static const char *
traceback_slot_function (const char *label,
                         gsize      *len,
                         gboolean   *local)
{
  const char *rest, *dot;

  if (label == NULL || !g_str_has_prefix (label, RS_TRACEBACK_SLOT))
    return NULL;
  rest = label + strlen (RS_TRACEBACK_SLOT);
  /* a variable name has no dot; a function name might */
  dot = strrchr (rest, '.');
  *local = dot != NULL;
  *len = dot ? (gsize) (dot - rest) : strlen (rest);
  return rest;
}

/* An object's slots as rows; an exception's (a builtin's or an instance
 * of a script's class) traceback slots the other way: each frame its traceback
 * keeps (a function slot and the locals set before it) as a row with an
 * arrow to that frame's card, outermost frame first; a local whose
 * function slot is gone (mid-release) stays a row of the exception. */
static void
add_object_slots (Builder            *b,
                  guint               node_index,
                  const RsSnapObject *obj)
{
  g_autoptr(GArray) pending = g_array_new (FALSE, FALSE, sizeof (guint));
  guint first_kept = b->kept->len;

  for (guint i = 0; i < obj->n_slots; i++)
    {
      guint si = obj->first_slot + i;
      const RsSnapSlot *slot = &b->snap->slots[si];
      const char *fname;
      gsize len;
      gboolean local;
      KeptFrame kept = { obj->id, 0, si, NULL, FALSE };

      if (!slot_is_visible (b, slot))
        continue;
      fname = traceback_slot_function (slot->label, &len, &local);
      if (fname == NULL)
        add_slot_row (b, node_index, si, NULL);
      else if (local)
        g_array_append_val (pending, si);
      else
        {
          kept.locals = g_array_new (FALSE, FALSE, sizeof (guint));
          for (guint j = 0; j < pending->len; )
            {
              guint pj = g_array_index (pending, guint, j);
              gsize plen;
              const char *pname = traceback_slot_function (b->snap->slots[pj].label, &plen, &local);

              if (plen == len && strncmp (pname, fname, len) == 0)
                {
                  g_array_append_val (kept.locals, pj);
                  g_array_remove_index (pending, j);
                }
              else
                j++;
            }
          g_array_append_val (b->kept, kept);
        }
    }
  for (guint i = 0; i < pending->len; i++)
    add_slot_row (b, node_index, g_array_index (pending, guint, i), NULL);
  /* a frame leaves the stack when its call ends, the innermost first:
   * the traceback reads the other way */
  for (guint i = first_kept, j = b->kept->len; i < j; i++, j--)
    {
      KeptFrame tmp = g_array_index (b->kept, KeptFrame, i);

      g_array_index (b->kept, KeptFrame, i) = g_array_index (b->kept, KeptFrame, j - 1);
      g_array_index (b->kept, KeptFrame, j - 1) = tmp;
    }
  for (guint i = first_kept; i < b->kept->len; i++)
    {
      KeptFrame *kept = &g_array_index (b->kept, KeptFrame, i);
      RsSnapSlot link = b->snap->slots[kept->func_slot];
      RsSceneRow row = { g_strdup (link.label), NULL, b->edges->len, kept->func_slot };
      RsSceneNode *node = &g_array_index (b->nodes, RsSceneNode, node_index);

      kept->index = i - first_kept;
      /* A kept frame holds its caller's (f_back): it reaches its exception,
       * and is in the exception's cycle, when it or a frame outer than it
       * has a local in the cycle; so is the exception's link to it. */
      kept->in_cycle = (obj->flags & RS_SNAP_IN_CYCLE)
                       && (i > first_kept && g_array_index (b->kept, KeptFrame, i - 1).in_cycle);
      for (guint j = 0; j < kept->locals->len; j++)
        if (b->snap->slots[g_array_index (kept->locals, guint, j)].flags & RS_SLOT_FLAG_IN_CYCLE)
          kept->in_cycle = TRUE;
      link.flags = (link.flags & ~RS_SLOT_FLAG_IN_CYCLE) | (kept->in_cycle ? RS_SLOT_FLAG_IN_CYCLE : 0);
      link.kind = RS_SLOT_STRONG;
      add_edge (b, node_index, node->n_rows, &link, RS_SCENE_KEY_KEPT (obj->id, kept->index));
      g_array_append_val (b->rows, row);
      node->n_rows++;
    }
  if (g_array_index (b->nodes, RsSceneNode, node_index).n_rows == 0)
    add_note_row (b, node_index, _("empty"));
}

/* The cards of the kept frames, greyed by the drawing, each saying which
 * exception keeps it; in a leaked cycle when its exception is. */
static void
add_kept_frames (Builder *b)
{
  for (guint i = 0; i < b->kept->len; i++)
    {
      KeptFrame *kept = &g_array_index (b->kept, KeptFrame, i);
      const RsSnapObject *exc = rs_snapshot_find_object (b->snap, kept->exception);
      /* a builtin exception's title is "exception ValueError" */
      const char *type = exc->kind == RS_KIND_EXCEPTION && strrchr (exc->title, ' ')
                         ? strrchr (exc->title, ' ') + 1 : exc->type_name;
      const char *label = b->snap->slots[kept->func_slot].label;
      gsize len;
      gboolean local;
      const char *fname = traceback_slot_function (label, &len, &local);
      g_autofree char *title = g_strndup (fname, len);
      guint n = add_node (b, RS_SCENE_NODE_KEPT_FRAME, RS_SCENE_KEY_KEPT (kept->exception, kept->index), title);
      RsSceneNode *node = &g_array_index (b->nodes, RsSceneNode, n);

      node->object = kept->exception;
      node->object_kind = RS_KIND_EXCEPTION;
      node->flags = (exc->flags & RS_SNAP_LEAKED) | (kept->in_cycle ? RS_SNAP_IN_CYCLE : 0);
      node->cycle = kept->in_cycle ? exc->cycle : 0;
      /* TRANSLATORS: under a frame card; %s is the exception's type */
      node->tag = g_strdup_printf (_("kept by the traceback of %s"), type);
      for (guint j = 0; j < kept->locals->len; j++)
        {
          guint si = g_array_index (kept->locals, guint, j);

          add_slot_row (b, n, si, b->snap->slots[si].label + strlen (RS_TRACEBACK_SLOT) + len + 1);
        }
      if (kept->locals->len == 0)
        add_note_row (b, n, _("empty"));
      g_array_unref (kept->locals);
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
      add_object_slots (b, n, obj);
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
  b.kept = g_array_new (FALSE, FALSE, sizeof (KeptFrame));
  add_objects (&b);
  add_kept_frames (&b);
  g_array_free (b.kept, TRUE);
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

  _rs_scene_measure_nodes (scene);
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

static const char *key_prefixes[] = { NULL, "frame-", "obj-", "dead-", "kept-" };

char *
rs_scene_key_to_id (guint64 key)
{
  guint kind = (guint) (key >> 32) & 0xff;

  g_return_val_if_fail (kind >= 1 && kind < G_N_ELEMENTS (key_prefixes), NULL);

  if (kind == 4)
    return g_strdup_printf ("kept-%u-%u", (guint) (key & 0xffffffff), (guint) (key >> 40));
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
      guint64 number, index = 0;
      g_auto(GStrv) parts = NULL;

      if (!g_str_has_prefix (id, key_prefixes[kind]))
        continue;
      parts = g_strsplit (id + strlen (key_prefixes[kind]), "-", kind == 4 ? 2 : 1);
      if (!g_ascii_string_to_unsigned (parts[0], 10, 0, G_MAXUINT32, &number, NULL))
        return FALSE;
      if (kind == 4 && (parts[1] == NULL
                        || !g_ascii_string_to_unsigned (parts[1], 10, 0, 0xffffff, &index, NULL)))
        return FALSE;
      *key = ((guint64) (kind | (index << 8)) << 32) | number;
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

