/* rs-bench-timeline.c: how long the timeline takes to record, jump and
 * analyse a long session
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: rs-bench-timeline [ITERATIONS]
 *        rs-bench-timeline --script [ITERATIONS]   (the same loop, run by RsSession)
 *
 * Feeds the timeline the events of
 *
 *     l = []
 *     for i in range(ITERATIONS):
 *         x = Foo()          # the previous Foo dies
 *         l.append(Foo())    # the list keeps growing
 *
 * and prints the time to record them, to jump to random far steps (with
 * and without building a snapshot), and to walk forward step by step
 * keeping the leak analysis up to date.
 */
#include <stdlib.h>
#include "rs-session-private.h"
#include "rs-test-events.h"  /* emit (): the tests' event builders */

enum { ATOM_FOO = 1, ATOM_L, ATOM_I, ATOM_X };

static const char *
lookup (gpointer  user_data,
        guint32   atom,
        gsize    *len)
{
  static const char * const names[] = { "", "Foo", "l", "i", "x" };
  const char *name = atom < G_N_ELEMENTS (names) ? names[atom] : "?";

  *len = strlen (name);
  return name;
}

static void
record_loop (RsTimeline *tl,
             guint       iterations)
{
  RsObjId next = 1, list = next++, prev = 0;
  guint number = 1;

  emit (tl, RS_EV_STEP, 0, 1, 1, 0, 0);
  emit (tl, RS_EV_ALLOC, 0, list, RS_KIND_LIST, 0, rs_value_int (number++));
  emit (tl, RS_EV_NAME_SET, RS_EVENT_FROM_TEMP, 1, ATOM_L, 0, RS_VALUE_OBJECT (list));
  for (guint i = 0; i < iterations; i++)
    {
      RsObjId x = next++, y = next++;

      emit (tl, RS_EV_STEP, 0, 1, 2, 0, 0);
      emit (tl, RS_EV_NAME_SET, 0, 1, ATOM_I, i ? rs_value_int (i - 1) : 0, rs_value_int (i));
      emit (tl, RS_EV_STEP, 0, 1, 3, 0, 0);
      emit (tl, RS_EV_ALLOC, 0, x, RS_KIND_INSTANCE | (ATOM_FOO << 8), 0, rs_value_int (number++));
      emit (tl, RS_EV_NAME_SET, RS_EVENT_FROM_TEMP, 1, ATOM_X, prev ? RS_VALUE_OBJECT (prev) : 0, RS_VALUE_OBJECT (x));
      if (prev != 0)
        {
          emit (tl, RS_EV_FINALIZE, 0, prev, 0, 0, 0);
          emit (tl, RS_EV_FREE, 0, prev, 0, 0, 0);
        }
      prev = x;
      emit (tl, RS_EV_STEP, 0, 1, 4, 0, 0);
      emit (tl, RS_EV_ALLOC, 0, y, RS_KIND_INSTANCE | (ATOM_FOO << 8), 0, rs_value_int (number++));
      emit (tl, RS_EV_ITEM_INSERT, RS_EVENT_FROM_TEMP, list, i, 0, RS_VALUE_OBJECT (y));
    }
}

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

/* The loop as a script, run by the interpreter into a session. */
static RsSession *
run_script (guint iterations)
{
  g_autofree char *source = g_strdup_printf ("class Foo:\n    pass\nl = []\nfor i in range(%u):\n"
                                             "    x = Foo()\n    l.append(Foo())\n", iterations);
  g_autoptr(GError) error = NULL;
  RsSession *session = rs_session_new ();

  if (!rs_session_load (session, "bench.py", source, -1, &error))
    g_error ("%s", error->message);
  return session;
}

int
main (int   argc,
      char *argv[])
{
  gboolean script = argc > 1 && g_str_equal (argv[1], "--script");
  guint iterations = argc > 1 + script ? (guint) atoi (argv[1 + script]) : 100000;
  RsSession *session = NULL;
  RsTimeline *tl;
  GRand *rand = g_rand_new_with_seed (42);
  guint n_steps, n_jumps = 20;
  double t, worst = 0, total = 0;
  guint full_before;

  t = now ();
  if (script)
    {
      session = run_script (iterations);
      tl = rs_session_get_timeline (session);
    }
  else
    {
      tl = rs_timeline_new ();
      record_loop (tl, iterations);
    }
  n_steps = rs_timeline_get_n_steps (tl);
  g_print ("recorded %u iterations: %u steps, %" G_GUINT64_FORMAT " events (%.1f MB) in %.3f s, %u checkpoints\n",
           iterations, n_steps, rs_timeline_get_n_events (tl),
           rs_timeline_get_n_events (tl) * sizeof (RsEvent) / 1e6, now () - t,
           rs_timeline_get_n_checkpoints (tl));

  for (guint j = 0; j < n_jumps; j++)
    {
      guint step = g_rand_int_range (rand, 0, n_steps);
      double dt;

      t = now ();
      rs_timeline_seek (tl, step);
      dt = now () - t;
      total += dt;
      worst = MAX (worst, dt);
    }
  g_print ("far jump (seek + leak analysis): mean %.2f ms, worst %.2f ms over %u random steps\n",
           1e3 * total / n_jumps, 1e3 * worst, n_jumps);

  total = worst = 0;
  for (guint j = 0; j < 5; j++)
    {
      guint step = g_rand_int_range (rand, 0, n_steps);
      RsSnapshot *snap;
      double dt;

      t = now ();
      snap = rs_timeline_get_snapshot (tl, step, lookup, NULL);
      dt = now () - t;
      total += dt;
      worst = MAX (worst, dt);
      rs_snapshot_unref (snap);
    }
  g_print ("far jump with a full snapshot: mean %.2f ms, worst %.2f ms\n", 1e3 * total / 5, 1e3 * worst);

  /* Walking forward: the incremental analysis should not recount. */
  rs_timeline_seek (tl, n_steps / 2);
  full_before = rs_analysis_get_n_full (rs_timeline_get_analysis (tl));
  t = now ();
  for (guint step = n_steps / 2; step < MIN (n_steps, n_steps / 2 + 10000); step++)
    rs_timeline_seek (tl, step);
  g_print ("10000 steps forward with leak analysis: %.2f ms, %u full recounts\n",
           1e3 * (now () - t), rs_analysis_get_n_full (rs_timeline_get_analysis (tl)) - full_before);
  t = now ();
  for (guint step = n_steps / 2; step < MIN (n_steps, n_steps / 2 + 100); step++)
    {
      rs_timeline_seek (tl, step);
      rs_analysis_invalidate (rs_timeline_get_analysis (tl));
      rs_analysis_update (rs_timeline_get_analysis (tl), rs_timeline_seek (tl, step));
    }
  g_print ("100 steps forward recounting each time: %.2f ms\n", 1e3 * (now () - t));

  g_rand_free (rand);
  if (session != NULL)
    g_object_unref (session);
  else
    rs_timeline_free (tl);
  return 0;
}
