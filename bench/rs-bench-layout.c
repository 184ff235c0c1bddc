/* rs-bench-layout.c: how far objects jump between steps
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   rs-bench-layout [--engine NAME] FILE.py...
 *
 * For every step of each session, lays the state out twice: from scratch
 * (what a plain Graphviz call gives) and with the stable technique (the
 * previous step's positions fed back, old nodes pinned).  Prints the mean
 * distance, in points, that nodes present in two consecutive steps move,
 * for both, and their ratio.  "fresh (aligned)" also removes the best
 * global translation from the fresh layouts, the most a viewer could do
 * by re-centring.  The last two columns count arrows drawn through cards
 * (rs_scene_count_crossings), summed over every step, for both.
 */
#include "config.h"

#include <gio/gio.h>
#include <math.h>
#include <string.h>

#include "rs-layout.h"
#include "rs-session.h"

typedef struct {
  double moved_fresh, moved_aligned, moved_stable;  /* sums over steps */
  guint  pairs;                                     /* step pairs with survivors */
  double seconds_fresh, seconds_stable;
  guint  layouts;
  guint  crossings_fresh, crossings_stable;         /* arrows through cards */
} Totals;

/* Mean movement after removing the mean displacement. */
static double
aligned_movement (const RsScene *a,
                  const RsScene *b)
{
  double mx = 0, my = 0, total = 0;
  guint n = 0;

  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < b->n_nodes; i++)
      {
        int j = rs_scene_find_node (a, b->nodes[i].key);
        double dx, dy;

        if (j < 0)
          continue;
        dx = (b->nodes[i].x + b->nodes[i].width / 2) - (a->nodes[j].x + a->nodes[j].width / 2);
        dy = (b->nodes[i].y + b->nodes[i].height / 2) - (a->nodes[j].y + a->nodes[j].height / 2);
        if (pass == 0)
          mx += dx, my += dy, n++;
        else
          total += hypot (dx - mx / n, dy - my / n);
      }
  return n ? total / n : 0;
}

static RsScene *
lay_out (RsSession      *session,
         guint           step,
         RsLayoutEngine  engine,
         RsLayoutMode    mode,
         const RsScene  *prev,
         double         *seconds)
{
  g_autoptr(RsSnapshot) snap = rs_session_get_snapshot (session, step);
  g_autoptr(GError) error = NULL;
  RsScene *scene = rs_scene_new_from_snapshot (snap, NULL);
  gint64 start = g_get_monotonic_time ();

  if (!rs_layout_run_sync (scene, engine, mode, prev, NULL, &error))
    g_printerr ("step %u: %s\n", step, error->message);
  *seconds += (g_get_monotonic_time () - start) / 1e6;
  return scene;
}

static void
bench_session (const char     *path,
               RsLayoutEngine  engine,
               Totals         *all)
{
  g_autoptr(RsSession) session = rs_session_new ();
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  RsScene *fresh_prev = NULL, *stable_prev = NULL;
  Totals t = { 0 };
  guint n;

  if (!rs_session_load_file (session, file, &error))
    {
      g_printerr ("%s\n", error->message);
      return;
    }
  n = rs_session_get_n_steps (session);
  for (guint step = 0; step < n; step++)
    {
      RsScene *fresh = lay_out (session, step, engine, RS_LAYOUT_FRESH, NULL, &t.seconds_fresh);
      RsScene *stable = lay_out (session, step, engine, RS_LAYOUT_STABLE, stable_prev, &t.seconds_stable);
      guint survivors = 0;

      t.layouts++;
      t.crossings_fresh += rs_scene_count_crossings (fresh);
      t.crossings_stable += rs_scene_count_crossings (stable);
      if (fresh_prev)
        {
          double moved = rs_scene_mean_movement (fresh_prev, fresh, &survivors);

          if (survivors > 0)
            {
              t.moved_fresh += moved;
              t.moved_aligned += aligned_movement (fresh_prev, fresh);
              t.moved_stable += rs_scene_mean_movement (stable_prev, stable, NULL);
              t.pairs++;
            }
        }
      rs_scene_free (fresh_prev);
      rs_scene_free (stable_prev);
      fresh_prev = fresh;
      stable_prev = stable;
    }
  rs_scene_free (fresh_prev);
  rs_scene_free (stable_prev);
  g_print ("%-52s %5u %8.1f %8.1f %8.1f %7.3f %7.1f %7.1f %6u %6u\n", g_path_get_basename (path), n,
           t.pairs ? t.moved_fresh / t.pairs : 0, t.pairs ? t.moved_aligned / t.pairs : 0,
           t.pairs ? t.moved_stable / t.pairs : 0,
           t.moved_fresh > 0 ? t.moved_stable / t.moved_fresh : 0,
           1000 * t.seconds_fresh / MAX (t.layouts, 1), 1000 * t.seconds_stable / MAX (t.layouts, 1),
           t.crossings_fresh, t.crossings_stable);
  all->moved_fresh += t.moved_fresh;
  all->moved_aligned += t.moved_aligned;
  all->moved_stable += t.moved_stable;
  all->pairs += t.pairs;
  all->seconds_fresh += t.seconds_fresh;
  all->seconds_stable += t.seconds_stable;
  all->layouts += t.layouts;
  all->crossings_fresh += t.crossings_fresh;
  all->crossings_stable += t.crossings_stable;
}

int
main (int   argc,
      char *argv[])
{
  RsLayoutEngine engine = RS_LAYOUT_ENGINE_DOT;
  Totals all = { 0 };
  int first = 1;

  if (argc > 2 && strcmp (argv[1], "--engine") == 0)
    {
      if (!rs_layout_engine_from_name (argv[2], &engine))
        {
          g_printerr ("unknown engine %s\n", argv[2]);
          return 1;
        }
      first = 3;
    }
  if (first >= argc)
    {
      g_printerr ("usage: rs-bench-layout [--engine NAME] FILE.py...\n");
      return 1;
    }
  g_print ("engine %s; mean movement of surviving nodes per step, in points\n",
           rs_layout_engine_to_name (engine));
  g_print ("%-52s %5s %8s %8s %8s %7s %7s %7s %6s %6s\n", "session", "steps", "fresh", "aligned",
           "stable", "ratio", "ms/fr", "ms/st", "x/fr", "x/st");
  for (int i = first; i < argc; i++)
    bench_session (argv[i], engine, &all);
  g_print ("%-52s %5u %8.1f %8.1f %8.1f %7.3f %7.1f %7.1f %6u %6u\n", "ALL (mean over step pairs)", all.layouts,
           all.pairs ? all.moved_fresh / all.pairs : 0, all.pairs ? all.moved_aligned / all.pairs : 0,
           all.pairs ? all.moved_stable / all.pairs : 0,
           all.moved_fresh > 0 ? all.moved_stable / all.moved_fresh : 0,
           1000 * all.seconds_fresh / MAX (all.layouts, 1), 1000 * all.seconds_stable / MAX (all.layouts, 1),
           all.crossings_fresh, all.crossings_stable);
  g_print ("ratio = stable / fresh (lower is steadier); x/fr, x/st = arrows through cards, summed over steps\n");
  return 0;
}
