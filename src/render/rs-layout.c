/* rs-layout.c: Graphviz layout on its own thread
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One worker thread for the whole process owns the GVC context and every
 * graph: Graphviz 2.42 crashes when two threads use it, even for a lookup
 * by name.  Jobs are plain data in, plain data out.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <gio/gio.h>
#include <locale.h>
#include <graphviz/gvc.h>
#include <graphviz/gvplugin.h>

#include "rs-layout-private.h"
#include "rs-route.h"
#include "rs-scene-regions.h"

/* The plugins are linked in and preloaded, so the layout never depends on
 * the installed plugin configuration.  The pango plugin measures the text
 * Graphviz itself places (none today) the way our cairo drawing does. */
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
extern gvplugin_library_t gvplugin_neato_layout_LTX_library;
extern gvplugin_library_t gvplugin_core_LTX_library;
extern gvplugin_library_t gvplugin_pango_LTX_library;

static const lt_symlist_t preloaded_plugins[] = {
  { "gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library },
  { "gvplugin_neato_layout_LTX_library", &gvplugin_neato_layout_LTX_library },
  { "gvplugin_core_LTX_library", &gvplugin_core_LTX_library },
  { "gvplugin_pango_LTX_library", &gvplugin_pango_LTX_library },
  { NULL, NULL },
};

static const char *engine_names[RS_LAYOUT_N_ENGINES] = {
  "dot", "neato", "fdp", "sfdp", "circo",
};

gboolean
rs_layout_engine_from_name (const char     *name,
                            RsLayoutEngine *engine)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < RS_LAYOUT_N_ENGINES; i++)
    if (g_ascii_strcasecmp (name, engine_names[i]) == 0)
      {
        if (engine)
          *engine = (RsLayoutEngine) i;
        return TRUE;
      }
  return FALSE;
}

const char *
rs_layout_engine_to_name (RsLayoutEngine engine)
{
  g_return_val_if_fail (engine < RS_LAYOUT_N_ENGINES, NULL);
  return engine_names[engine];
}

static void
thread_locale_free (gpointer data)
{
  uselocale (LC_GLOBAL_LOCALE);
  freelocale ((locale_t) data);
}

static GPrivate thread_locale = G_PRIVATE_INIT (thread_locale_free);

void
rs_layout_use_thread_locale (void)
{
  locale_t loc;

  if (g_private_get (&thread_locale) != NULL)
    return;
  loc = newlocale (LC_ALL_MASK, "", (locale_t) 0);
  if (loc == (locale_t) 0)
    loc = newlocale (LC_ALL_MASK, "C", (locale_t) 0);
  if (loc == (locale_t) 0)
    return;
  uselocale (loc);
  g_private_set (&thread_locale, loc);
}

/* ---- jobs ---------------------------------------------------------- */

typedef struct {
  gint      ref_count;
  gint      alive;      /* atomic: the RsLayout is not disposed */
  guint     latest;     /* atomic: the newest generation requested */
} Shared;

typedef struct {
  RsScene          *scene;
  RsLayoutEngine    engine;
  RsLayoutMode      mode;
  GHashTable       *prev;     /* guint64 key -> RsLayoutPos */
  GHashTable       *pins;     /* where each node starts in a stable layout */
  gboolean          want_dot;
  char             *dot;
  GError           *error;

  /* synchronous callers wait here */
  GMutex           *mutex;
  GCond            *cond;
  gboolean          done;

  /* asynchronous callers */
  Shared           *shared;
  RsLayout         *layout;   /* not owned: only touched when shared->alive */
  guint             generation;
  RsLayoutDoneFunc  callback;
  gpointer          user_data;
  GMainContext     *context;
} Job;

static void
shared_unref (Shared *shared)
{
  if (g_atomic_int_dec_and_test (&shared->ref_count))
    g_free (shared);
}

static void
job_free (gpointer data)
{
  Job *job = data;

  rs_scene_free (job->scene);
  g_clear_pointer (&job->prev, g_hash_table_unref);
  g_clear_pointer (&job->pins, g_hash_table_unref);
  g_free (job->dot);
  g_clear_error (&job->error);
  g_clear_pointer (&job->shared, shared_unref);
  g_clear_pointer (&job->context, g_main_context_unref);
  g_free (job);
}

/* The centres of a scene's nodes by key. */
static GHashTable *
prev_positions (const RsScene *prev)
{
  GHashTable *table = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  for (guint i = 0; prev && i < prev->n_nodes; i++)
    {
      const RsSceneNode *n = &prev->nodes[i];
      RsLayoutPos *pos = g_new (RsLayoutPos, 1);

      pos->x = n->x;
      pos->y = n->y;
      g_hash_table_insert (table, g_memdup2 (&n->key, sizeof n->key), pos);
    }
  return table;
}

/* ---- building the graph (layout thread only) ----------------------- */

static void
set_num (void       *obj,
         const char *name,
         double      value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  /* g_ascii_formatd: independent of whatever LC_NUMERIC Graphviz set */
  agsafeset (obj, (char *) name, g_ascii_formatd (buf, sizeof buf, "%.3f", value), "");
}

static char *
record_label (const RsSceneNode *node,
              gboolean           flipped)
{
  GString *s = g_string_new (NULL);

  /* Cards are a column of rows; a list's cells are one row.  In dot with
   * rankdir=LR the record's top level is already vertical. */
  if (!flipped)
    g_string_append_c (s, '{');
  g_string_append (s, "<t> ");
  if (node->row_layout == RS_SCENE_ROWS_CELLS)
    {
      g_string_append (s, "|{");
      for (guint i = 0; i < node->n_rows; i++)
        g_string_append_printf (s, "%s<r%u> ", i ? "|" : "", i);
      g_string_append_c (s, '}');
    }
  else
    for (guint i = 0; i < node->n_rows; i++)
      g_string_append_printf (s, "|<r%u> ", i);
  if (node->tag)
    g_string_append (s, "|<tag> ");
  if (!flipped)
    g_string_append_c (s, '}');
  return g_string_free (s, FALSE);
}

static void
declare_defaults (Agraph_t       *g,
                  RsLayoutEngine  engine)
{
  gboolean dot = engine == RS_LAYOUT_ENGINE_DOT;

  agattr (g, AGRAPH, "rankdir", dot ? "LR" : "TB");
  /* dot's classic ranking of a rank=source subgraph leaves freed virtual
   * edges behind that a later layout in the same process reads (valgrind:
   * use after free in decompose(), a crash after a few hundred layouts);
   * the network-simplex ranking does not. */
  agattr (g, AGRAPH, "newrank", "true");
  agattr (g, AGRAPH, "nodesep", "0.35");
  agattr (g, AGRAPH, "ranksep", "0.8");
  agattr (g, AGRAPH, "overlap", engine == RS_LAYOUT_ENGINE_SFDP ? "prism" : "false");
  agattr (g, AGRAPH, "sep", "+14");
  agattr (g, AGRAPH, "esep", "+6");
  /* Graphviz only places the nodes: its spline router fails on these
   * graphs ("Pshortestpath failed", "lost edge") and leaves its heap
   * corrupted; rs_route_edges() draws every arrow. */
  agattr (g, AGRAPH, "splines", "false");
  agattr (g, AGRAPH, "notranslate", "true");
  agattr (g, AGRAPH, "outputorder", "edgesfirst");
  agattr (g, AGNODE, "shape", "record");
  agattr (g, AGNODE, "fixedsize", "true");
  agattr (g, AGNODE, "fontsize", "1");      /* fields get their size from width/height */
  agattr (g, AGNODE, "label", "");
  agattr (g, AGNODE, "width", "1");
  agattr (g, AGNODE, "height", "1");
  agattr (g, AGEDGE, "tailport", "");
  agattr (g, AGEDGE, "headport", "");
  agattr (g, AGEDGE, "style", "");
  agattr (g, AGEDGE, "arrowhead", "normal");
  agattr (g, AGEDGE, "weight", "1");
  agattr (g, AGEDGE, "len", "1.6");
}

/* A cluster per region keeps its cards together and every other card
 * out; its label reserves the caption's room (rs-scene-regions.h draws
 * the region itself). */
static Agraph_t **
add_regions (Agraph_t      *g,
             const RsScene *scene)
{
  Agraph_t **clusters = g_new0 (Agraph_t *, scene->n_regions + 1);

  for (guint r = 0; r < scene->n_regions; r++)
    {
      char name[32];

      g_snprintf (name, sizeof name, "cluster_region%u", r);
      clusters[r] = agsubg (g, name, 1);
      agsafeset (clusters[r], "label", scene->regions[r].caption, "");
      agsafeset (clusters[r], "labeljust", "l", "");
      set_num (clusters[r], "fontsize", rs_scene_region_caption_height (scene->font_size) * 0.75);
      set_num (clusters[r], "margin", rs_scene_region_padding (scene->font_size) * 1.5);
    }
  return clusters;
}

/* The call stack reads top to bottom, outermost first: invisible flat
 * edges between consecutive frames fix their order within the column. */
static void
add_nodes (Agraph_t       *g,
           const Job      *job,
           RsLayoutEngine  engine,
           Agnode_t      **gnodes)
{
  const RsScene *scene = job->scene;
  gboolean flipped = engine == RS_LAYOUT_ENGINE_DOT;
  Agraph_t *frames = NULL;
  g_autofree Agraph_t **clusters = add_regions (g, scene);

  if (flipped && scene->n_frames > 0)
    {
      frames = agsubg (g, "frames", 1);
      /* Python Tutor's layout: the frames alone in the leftmost column,
       * in creation order (outermost first); even a leaked object with no
       * referrer goes to the right of them. */
      agsafeset (frames, "rank", "source", "");
    }
  for (guint i = 0; i < scene->n_nodes; i++)
    {
      const RsSceneNode *node = &scene->nodes[i];
      g_autofree char *name = rs_scene_node_id (node);
      g_autofree char *label = NULL;

      gnodes[i] = agnode (node->kind == RS_SCENE_NODE_FRAME && frames ? frames : g, name, 1);
      if (frames && node->kind == RS_SCENE_NODE_FRAME)
        agsubnode (g, gnodes[i], 1);
      if (node->region > 0)
        agsubnode (clusters[node->region - 1], gnodes[i], 1);
      set_num (gnodes[i], "width", node->width / 72.0);
      set_num (gnodes[i], "height", node->height / 72.0);
      label = node->kind == RS_SCENE_NODE_DEAD ? g_strdup ("<t> ") : record_label (node, flipped);
      agsafeset (gnodes[i], "label", label, "");
      agsafeset (gnodes[i], "comment", node->title, "");
    }
}

static void
add_edges (Agraph_t       *g,
           const RsScene  *scene,
           RsLayoutEngine  engine,
           Agnode_t      **gnodes)
{
  gboolean dot = engine == RS_LAYOUT_ENGINE_DOT;

  for (guint i = 0; i < scene->n_edges; i++)
    {
      const RsSceneEdge *edge = &scene->edges[i];
      const RsSceneNode *tail = &scene->nodes[edge->tail];
      char name[32], port[32];
      Agedge_t *e;

      g_snprintf (name, sizeof name, "e%u", i);
      e = agedge (g, gnodes[edge->tail], gnodes[edge->head], name, 1);
      g_snprintf (port, sizeof port, "r%u%s", edge->tail_row,
                  tail->row_layout == RS_SCENE_ROWS_VERTICAL ? ":e" : "");
      agsafeset (e, "tailport", port, "");
      agsafeset (e, "headport", dot ? "t:w" : "t", "");
      if (edge->kind != RS_SLOT_STRONG)
        {
          agsafeset (e, "style", "dashed", "");
          agsafeset (e, "arrowhead", "onormal", "");
          agsafeset (e, "weight", "0", "");   /* weak links do not shape the ranks */
        }
      else if (tail->kind == RS_SCENE_NODE_FRAME)
        agsafeset (e, "weight", "3", "");
    }
}

/* ---- reading the result back ---------------------------------------- */

static void
read_nodes (RsScene   *scene,
            Agnode_t **gnodes)
{
  for (guint i = 0; i < scene->n_nodes; i++)
    {
      RsSceneNode *node = &scene->nodes[i];
      pointf c = ND_coord (gnodes[i]);

      node->x = c.x - node->width / 2;
      node->y = -c.y - node->height / 2;
    }
}

/* ---- the layout thread ---------------------------------------------- */

static GAsyncQueue *job_queue;

static gboolean
run_graphviz (GVC_t          *gvc,
              Job            *job,
              RsLayoutEngine  engine)
{
  RsScene *scene = job->scene;
  g_autofree Agnode_t **gnodes = g_new0 (Agnode_t *, MAX (scene->n_nodes, 1));
  Agraph_t *g = agopen ("refscope", Agdirected, NULL);
  const char *name = engine_names[engine];
  gboolean ok;

  declare_defaults (g, engine);
  add_nodes (g, job, engine, gnodes);
  add_edges (g, scene, engine, gnodes);
  ok = gvLayout (gvc, g, name) == 0;
  if (ok)
    {
      read_nodes (scene, gnodes);
      if (job->want_dot)
        {
          char *data = NULL;
          unsigned int len = 0;

          if (gvRenderData (gvc, g, "dot", &data, &len) == 0 && data)
            job->dot = g_strndup (data, len);
          gvFreeRenderData (data);
        }
      gvFreeLayout (gvc, g);
    }
  else
    g_set_error (&job->error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 _("Graphviz could not lay out the graph with %s"), name);
  agclose (g);
  return ok;
}

/* Graphviz's layout of job->scene, with the frames stacked, moved to
 * match the previous scene when @stable, pins applied and edges routed. */
static gboolean
lay_out_fresh (GVC_t          *gvc,
               Job            *job,
               RsLayoutEngine  engine,
               gboolean        stable)
{
  if (!run_graphviz (gvc, job, engine))
    return FALSE;
  if (engine == RS_LAYOUT_ENGINE_DOT)
    _rs_layout_stack_frames (job->scene);
  if (stable)
    _rs_layout_align_to_prev (job->scene, job->prev);
  _rs_layout_apply_pins (job->scene);
  rs_route_edges (job->scene);
  return TRUE;
}

/* Keeping every card in place can leave arrows drawn through cards (new
 * cards squeezed in beside old ones: @crossings of them).  A fresh layout,
 * moved to match the old one, replaces it when it crosses fewer cards:
 * the mental map gives way only to a clearer picture.  Pins hold in both. */
static gboolean
relayout_if_clearer (GVC_t          *gvc,
                     Job            *job,
                     RsLayoutEngine  engine,
                     guint           crossings)
{
  RsScene *kept = job->scene;
  RsScene *fresh = rs_scene_copy (kept);
  gboolean clearer;

  job->scene = fresh;
  clearer = lay_out_fresh (gvc, job, engine, TRUE)
            && rs_scene_count_crossings (fresh) < crossings;
  job->scene = kept;
  g_clear_error (&job->error);
  if (clearer)
    {
      for (guint i = 0; i < kept->n_nodes; i++)
        {
          kept->nodes[i].x = fresh->nodes[i].x;
          kept->nodes[i].y = fresh->nodes[i].y;
        }
      rs_route_edges (kept);
    }
  rs_scene_free (fresh);
  return clearer;
}

static void
run_job (GVC_t *gvc,
         Job   *job)
{
  RsScene *scene = job->scene;
  RsLayoutEngine engine = job->engine;
  gboolean stable = job->mode == RS_LAYOUT_STABLE && job->prev != NULL;
  gboolean pinned;
  guint crossings;

  if (engine == RS_LAYOUT_ENGINE_DOT && scene->n_nodes > RS_LAYOUT_LARGE_GRAPH)
    engine = RS_LAYOUT_ENGINE_SFDP;
  /* regions are clusters: dot and fdp keep them apart, the others do not
   * know them; and a region's cards move together, so nothing stays put */
  if (scene->n_regions > 0 && engine != RS_LAYOUT_ENGINE_FDP && scene->n_nodes <= RS_LAYOUT_LARGE_GRAPH)
    engine = RS_LAYOUT_ENGINE_DOT;
  pinned = stable && scene->n_regions == 0 && _rs_layout_count_survivors (scene, job->prev) > 0;
  if (pinned)
    {
      /* Old nodes stay where they were; new ones start next to a placed
       * neighbour and are moved off any overlap; edges are plain curves.
       * No Graphviz here: it is cheaper, and neato's routing and overlap
       * removal around pinned nodes aborted in GTS on some steps. */
      job->pins = _rs_layout_pins_with_new_frames (scene, job->prev);
      _rs_layout_place_from_pins (scene, job->pins);
      _rs_layout_place_new_nodes (scene, job->prev);
      rs_route_edges (scene);
      crossings = rs_scene_count_crossings (scene);
      if (crossings > 0 && relayout_if_clearer (gvc, job, engine, crossings))
        pinned = FALSE;
    }
  else if (!lay_out_fresh (gvc, job, engine, stable))
    return;
  rs_scene_update_bounds (scene);
  g_free (scene->engine);
  scene->engine = g_strdup (pinned ? "stable" : engine_names[engine]);
  scene->laid_out = TRUE;
}

static gboolean deliver (gpointer data);

static gboolean
job_is_stale (Job *job)
{
  return job->shared != NULL
    && (!g_atomic_int_get (&job->shared->alive)
        || (guint) g_atomic_int_get (&job->shared->latest) != job->generation);
}

/* Not g_main_context_invoke(): it runs the callback right here, on the
 * layout thread, when nobody owns the context at that moment. */
static void
deliver_later (Job *job)
{
  GSource *source = g_idle_source_new ();

  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, deliver, job, job_free);
  g_source_set_static_name (source, "[refscope] layout result");
  g_source_attach (source, job->context);
  g_source_unref (source);
}

static int
graphviz_message (char *message)
{
  g_debug ("Graphviz: %s", message);
  return 0;
}

static gpointer
layout_thread (gpointer data)
{
  GVC_t *gvc = gvContextPlugins (preloaded_plugins, 0);

  /* Graphviz's messages (warnings about sizes, "lost edge" for the
   * invisible edges that order the frames) are for debugging, not for the
   * user's terminal; failures are reported by gvLayout()'s result. */
  agseterr (AGERR);
  agseterrf (graphviz_message);
  for (;;)
    {
      Job *job = g_async_queue_pop (job_queue);

      if (job->callback)
        {
          if (job_is_stale (job))
            {
              job_free (job);   /* a newer request is queued: skip the work */
              continue;
            }
          run_job (gvc, job);
          deliver_later (job);
          continue;
        }
      run_job (gvc, job);
      g_mutex_lock (job->mutex);
      job->done = TRUE;
      g_cond_signal (job->cond);
      g_mutex_unlock (job->mutex);
    }
  return NULL;
}

static void
push_job (Job *job)
{
  static gsize started = 0;

  if (g_once_init_enter (&started))
    {
      job_queue = g_async_queue_new ();
      /* Lives as long as the process: Graphviz state is never torn down. */
      g_thread_unref (g_thread_new ("rs-layout", layout_thread, NULL));
      g_once_init_leave (&started, 1);
    }
  g_async_queue_push (job_queue, job);
}

static Job *
job_new (RsScene        *scene,
         RsLayoutEngine  engine,
         RsLayoutMode    mode,
         const RsScene  *prev)
{
  Job *job = g_new0 (Job, 1);

  job->scene = scene;
  job->engine = engine;
  job->mode = mode;
  if (prev && prev->laid_out && mode == RS_LAYOUT_STABLE)
    job->prev = prev_positions (prev);
  return job;
}

gboolean
rs_layout_run_sync (RsScene        *scene,
                    RsLayoutEngine  engine,
                    RsLayoutMode    mode,
                    const RsScene  *prev,
                    char          **dot_out,
                    GError        **error)
{
  GMutex mutex;
  GCond cond;
  Job *job;
  gboolean ok;

  g_return_val_if_fail (scene != NULL, FALSE);
  g_return_val_if_fail (engine < RS_LAYOUT_N_ENGINES, FALSE);

  g_mutex_init (&mutex);
  g_cond_init (&cond);
  job = job_new (scene, engine, mode, prev);
  job->want_dot = dot_out != NULL;
  job->mutex = &mutex;
  job->cond = &cond;
  push_job (job);
  g_mutex_lock (&mutex);
  while (!job->done)
    g_cond_wait (&cond, &mutex);
  g_mutex_unlock (&mutex);
  g_mutex_clear (&mutex);
  g_cond_clear (&cond);

  ok = job->error == NULL;
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&job->error));
  if (dot_out)
    *dot_out = g_steal_pointer (&job->dot);
  job->scene = NULL;   /* the caller's */
  job_free (job);
  return ok;
}

/* ---- RsLayout: asynchronous requests -------------------------------- */

struct _RsLayout
{
  GObject       parent_instance;

  GMainContext *context;
  Shared       *shared;
  guint         generation;
};

G_DEFINE_FINAL_TYPE (RsLayout, rs_layout, G_TYPE_OBJECT)

static gboolean
deliver (gpointer data)
{
  Job *job = data;

  /* Runs in the requester's context, where dispose also runs. */
  if (job_is_stale (job))
    return G_SOURCE_REMOVE;
  job->callback (job->layout, job->generation,
                 job->error ? NULL : g_steal_pointer (&job->scene),
                 job->error, job->user_data);
  return G_SOURCE_REMOVE;
}

static void
rs_layout_dispose (GObject *object)
{
  RsLayout *self = RS_LAYOUT (object);

  if (self->shared)
    {
      g_atomic_int_set (&self->shared->alive, 0);
      g_clear_pointer (&self->shared, shared_unref);
    }
  g_clear_pointer (&self->context, g_main_context_unref);
  G_OBJECT_CLASS (rs_layout_parent_class)->dispose (object);
}

static void
rs_layout_class_init (RsLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rs_layout_dispose;
}

static void
rs_layout_init (RsLayout *self)
{
  self->shared = g_new0 (Shared, 1);
  self->shared->ref_count = 1;
  self->shared->alive = 1;
}

RsLayout *
rs_layout_new (GMainContext *context)
{
  RsLayout *self = g_object_new (RS_TYPE_LAYOUT, NULL);

  self->context = context ? g_main_context_ref (context) : g_main_context_ref_thread_default ();
  return self;
}

guint
rs_layout_request (RsLayout        *self,
                   RsScene         *scene,
                   RsLayoutEngine   engine,
                   RsLayoutMode     mode,
                   const RsScene   *prev,
                   RsLayoutDoneFunc done,
                   gpointer         user_data)
{
  Job *job;
  guint generation;

  g_return_val_if_fail (RS_IS_LAYOUT (self), 0);
  g_return_val_if_fail (scene != NULL, 0);
  g_return_val_if_fail (done != NULL, 0);
  g_return_val_if_fail (engine < RS_LAYOUT_N_ENGINES, 0);

  job = job_new (scene, engine, mode, prev);
  job->generation = ++self->generation;
  g_atomic_int_set (&self->shared->latest, job->generation);
  job->shared = self->shared;
  g_atomic_int_inc (&self->shared->ref_count);
  job->layout = self;
  job->callback = done;
  job->user_data = user_data;
  job->context = g_main_context_ref (self->context);
  generation = job->generation;
  push_job (job);   /* the job may be done and freed before this returns */
  return generation;
}
