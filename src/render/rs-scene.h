/* rs-scene.h: a snapshot turned into boxes, rows and arrows
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An RsScene is what the layout fills in and what the drawing reads: plain
 * structs in arrays, no pointers into the snapshot, so it can cross to the
 * layout thread and back.  Coordinates are in points (1/72 inch), y down;
 * a node's x/y is its top-left corner.  Sizes are measured with pango on
 * the thread that builds the scene, before the layout sees it.
 */
#pragma once

#include <glib.h>
#include "rs-snapshot.h"

G_BEGIN_DECLS

typedef enum {
  RS_SCENE_NODE_FRAME,   /* a frame box: its names */
  RS_SCENE_NODE_OBJECT,  /* an object card */
  RS_SCENE_NODE_DEAD,    /* the small "dead" marker a dead weak reference points to */
  RS_SCENE_NODE_KEPT_FRAME, /* a finished frame an exception's traceback keeps: its
                             * locals; .object is the exception, .tag says so */
} RsSceneNodeKind;

typedef enum {
  RS_SCENE_ROWS_VERTICAL,   /* one row per name / attribute / key */
  RS_SCENE_ROWS_CELLS,      /* a list: one row of cells */
} RsSceneRowLayout;

typedef struct {
  char   *label;     /* name, attribute, index or key */
  char   *value;     /* inline text (plain value, undrawn object); NULL for an arrow */
  guint   edge;      /* the edge leaving this row, or G_MAXUINT */
  guint   slot;      /* index into the snapshot's slots[], or G_MAXUINT */
} RsSceneRow;

typedef struct {
  RsSceneNodeKind   kind;
  RsSceneRowLayout  row_layout;
  guint64           key;        /* identity across steps (kind and id) */
  RsObjId           object;     /* RS_SCENE_NODE_OBJECT */
  RsFrameId         frame;      /* RS_SCENE_NODE_FRAME */
  RsObjKind         object_kind;
  char             *title;      /* "Foo #3", "Global frame" */
  char             *badge;      /* "rc 2" (objects) or NULL */
  guint             refcount;
  guint             flags;      /* RsSnapObjectFlags for objects */
  guint             cycle;      /* leaked SCC (1-based) or 0 */
  double            x, y;       /* top-left, filled by the layout */
  double            width, height;
  double            row_height;
  double            label_width;/* vertical rows: width of the label column */
  char             *tag;        /* leaked objects: a last band saying why ("leaked · cycle 1") */
  gboolean          pinned;     /* the user put it at pin_x, pin_y: layouts keep it there */
  double            pin_x, pin_y;
  guint             first_row;  /* into rows[] */
  guint             n_rows;
  guint             region;     /* 1-based into the scene's regions[], 0: none (rs-scene-regions.h) */
} RsSceneNode;

typedef struct {
  guint        tail;        /* node index */
  guint        tail_row;    /* row index within the tail node */
  guint        head;        /* node index */
  RsSlotKind   kind;        /* STRONG, WEAK or WEAK_DEAD */
  guint        flags;       /* RsSlotFlags */
  guint        n_points;    /* cubic bezier: 1 + 3k points, filled by the layout */
  double      *points;      /* x0,y0, x1,y1, ... (2 * n_points doubles) */
} RsSceneEdge;

/* A labelled background behind some cards (rs-scene-regions.h). */
typedef struct {
  guint   kind;          /* RsRegionKind: its tint */
  char   *caption;
  double  caption_width;         /* measured with the scene */
  double  x, y, width, height;   /* around its cards, filled by the layout */
} RsSceneRegion;

typedef struct {
  gboolean  show_hidden;    /* draw RS_SLOT_FLAG_HIDDEN references too */
  double    font_size;      /* points; 0 = the default */
} RsSceneOptions;

/* A place the user chose for a node, kept over every step it exists in. */
typedef struct {
  guint64 key;
  double  x, y;   /* top-left corner */
} RsScenePin;

typedef struct _RsScene RsScene;
struct _RsScene
{
  guint         step;
  guint         line;
  char         *source_line;
  char         *engine;      /* the engine that laid it out, or NULL */
  gboolean      laid_out;
  double        font_size;

  RsSceneNode  *nodes;       /* frames first (outermost first), then objects by id,
                              * then kept frames, then dead markers */
  guint         n_nodes;
  guint         n_frames;
  RsSceneRow   *rows;
  guint         n_rows;
  RsSceneEdge  *edges;
  guint         n_edges;
  RsSceneRegion *regions;    /* drawn behind the cards, in order */
  guint         n_regions;

  double        x0, y0, x1, y1;  /* bounds of everything drawn */
};

#define RS_SCENE_DEFAULT_FONT_SIZE 14.0

RsScene   *rs_scene_new_from_snapshot (const RsSnapshot     *snapshot,
                                       const RsSceneOptions *options);
RsScene   *rs_scene_copy              (const RsScene        *self);
void       rs_scene_free              (RsScene              *self);

/* Index of the node with @key, or -1. */
int        rs_scene_find_node         (const RsScene        *self,
                                       guint64               key);
/* Marks the nodes that have a pin in @pins (the others are left alone). */
void       rs_scene_pin_nodes         (RsScene              *self,
                                       const RsScenePin     *pins,
                                       guint                 n_pins);
/* Recomputes x0..y1 from the nodes and edges. */
void       rs_scene_update_bounds     (RsScene              *self);
/* Moves every node and edge by dx, dy. */
void       rs_scene_translate         (RsScene              *self,
                                       double                dx,
                                       double                dy);
/* Mean distance the nodes present in both scenes moved from @before to
 * @after (0 when none survive); *n_out gets how many survived. */
double     rs_scene_mean_movement     (const RsScene        *before,
                                       const RsScene        *after,
                                       guint                *n_out);

/* How many cards @edge is drawn through: another card, its own card
 * after leaving it, or its target before it lands on it.  Lower reads
 * better. */
guint      rs_scene_edge_crossings    (const RsScene        *self,
                                       const RsSceneEdge    *edge);
/* The same summed over the edges. */
guint      rs_scene_count_crossings   (const RsScene        *self);

/* A stable name: "obj-3", "frame-1", "dead-7" (SVG ids, Graphviz names). */
char      *rs_scene_node_id           (const RsSceneNode    *node);
/* The same name for a key, and back (FALSE for anything else). */
char      *rs_scene_key_to_id         (guint64               key);
gboolean   rs_scene_key_from_id       (const char           *id,
                                       guint64              *key);

#define RS_SCENE_KEY_FRAME(id)   (((guint64) 1 << 32) | (id))
#define RS_SCENE_KEY_OBJECT(id)  (((guint64) 2 << 32) | (id))
#define RS_SCENE_KEY_DEAD(id)    (((guint64) 3 << 32) | (id))
/* the @n-th frame (0 outermost) that exception @id's traceback keeps */
#define RS_SCENE_KEY_KEPT(id, n) (((guint64) (4 | ((n) << 8)) << 32) | (id))

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsScene, rs_scene_free)

G_END_DECLS
