/* rs-layout.h: Graphviz layout on its own thread
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Graphviz 2.42 is not thread-safe at all, so every Graphviz object lives
 * on one dedicated thread for the whole process; callers hand it an
 * RsScene (plain data) and get it back with positions and splines.
 *
 * gvLayout() switches LC_NUMERIC to "C" process-wide while it runs.  A
 * thread that formats numbers with the C library while layouts run should
 * call rs_layout_use_thread_locale() once (the app's main thread does).
 */
#pragma once

#include <glib-object.h>
#include "rs-scene.h"

G_BEGIN_DECLS

typedef enum {
  RS_LAYOUT_ENGINE_DOT,
  RS_LAYOUT_ENGINE_NEATO,
  RS_LAYOUT_ENGINE_FDP,
  RS_LAYOUT_ENGINE_SFDP,
  RS_LAYOUT_ENGINE_CIRCO,
  RS_LAYOUT_N_ENGINES
} RsLayoutEngine;

/* Above this many nodes, dot (about 5 s at 500 objects) gives way to sfdp. */
#define RS_LAYOUT_LARGE_GRAPH 300

typedef enum {
  RS_LAYOUT_FRESH,    /* lay out from scratch */
  RS_LAYOUT_STABLE,   /* keep the nodes of the previous scene where they were */
} RsLayoutMode;

gboolean     rs_layout_engine_from_name (const char     *name,
                                         RsLayoutEngine *engine);
const char  *rs_layout_engine_to_name   (RsLayoutEngine  engine);

/* Gives the calling thread its own locale, so gvLayout's process-wide
 * setlocale() cannot change how it formats numbers. */
void         rs_layout_use_thread_locale (void);

/* Lays @scene out in place on the layout thread and waits for it.
 * Nodes marked pinned (rs_scene_pin_nodes) end up at their pins in every
 * mode.  @prev (may be NULL) is the scene shown before, for
 * RS_LAYOUT_STABLE.  With
 * @dot_out, also the laid-out graph in Graphviz's dot language. */
gboolean     rs_layout_run_sync         (RsScene        *scene,
                                         RsLayoutEngine  engine,
                                         RsLayoutMode    mode,
                                         const RsScene  *prev,
                                         char          **dot_out,
                                         GError        **error);

#define RS_TYPE_LAYOUT (rs_layout_get_type ())
G_DECLARE_FINAL_TYPE (RsLayout, rs_layout, RS, LAYOUT, GObject)

/* @scene: transfer full; NULL with @error set if the layout failed. */
typedef void (*RsLayoutDoneFunc) (RsLayout *layout,
                                  guint     generation,
                                  RsScene  *scene,
                                  GError   *error,
                                  gpointer  user_data);

/* Results are delivered in @context (NULL: the thread-default context of
 * the caller of rs_layout_new). */
RsLayout    *rs_layout_new              (GMainContext   *context);
/* Queues a layout of @scene (transfer full).  Returns its generation;
 * only the newest request's result reaches @done (older ones are dropped),
 * and nothing does after the RsLayout is disposed. */
guint        rs_layout_request          (RsLayout       *self,
                                         RsScene        *scene,
                                         RsLayoutEngine  engine,
                                         RsLayoutMode    mode,
                                         const RsScene  *prev,
                                         RsLayoutDoneFunc done,
                                         gpointer        user_data);

G_END_DECLS
