/* rs-bench-explain.c: how long why-alive, what-if and a fresh dominator tree take on a big heap
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: rs-bench-explain [OBJECTS] [QUERIES]
 *
 * Runs, in an RsSession, a script that leaves about OBJECTS traced
 * objects (default 100000) alive at its end: a list of nodes, each with a
 * dict holding a list back to it and a parent/child cycle with the node
 * before, and a plain chain a tenth as long that only its head's name
 * holds (the deepest why-alive).  Then prints the time to build the
 * explanation of the last step, of a fresh dominator tree (the first
 * retained set), and per query of why-alive, retained and what-if over
 * QUERIES objects spread through the heap (default 200), in CPU time.
 * The script ends with a gc.collect(): the time to work out its phases
 * (rs-gc-phases.h, what the collector's step-by-step view shows) too.
 */
#include <stdlib.h>
#include <time.h>
#include "rs-explain.h"
#include "rs-session-private.h"

static char *
script (guint objects)
{
  guint rows = objects * 9 / 10 / 3, chain = objects / 10;

  return g_strdup_printf (
    "import gc\n"
    "class Node:\n"
    "    pass\n"
    "nodes = []\n"
    "prev = Node()\n"
    "for i in range(%u):\n"
    "    n = Node()\n"
    "    n.parent = prev\n"
    "    prev.child = n\n"
    "    n.d = {'k': [n]}\n"
    "    nodes.append(n)\n"
    "    prev = n\n"
    "head = None\n"
    "for i in range(%u):\n"
    "    t = Node()\n"
    "    t.next = head\n"
    "    head = t\n"
    "del n, t\n"
    "gc.collect()\n", rows, chain);
}

/* CPU time, in microseconds: the machine may be shared, and the
 * queries neither sleep nor wait. */
static gint64
now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

static double
seconds_since (gint64 start)
{
  return (now () - start) / 1e6;
}

int
main (int   argc,
      char *argv[])
{
  guint objects = argc > 1 ? (guint) atoi (argv[1]) : 100000;
  guint queries = argc > 2 ? (guint) atoi (argv[2]) : 200;
  g_autofree char *text = script (objects);
  g_autoptr(RsSession) session = rs_session_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RsExplain) explain = NULL;
  RsTimeline *tl;
  const RsEvent *events;
  guint64 n_events;
  guint step, n_alive = 0;
  RsObjId max_id;
  gint64 start;
  double why = 0, retained = 0, what_if = 0;
  gsize path_labels = 0, frees = 0;

  start = now ();
  if (!rs_session_load (session, "bench.py", text, -1, &error))
    g_error ("%s", error->message);
  g_print ("ran the script in %.2f s\n", seconds_since (start));
  tl = rs_session_get_timeline (session);
  step = rs_session_get_n_steps (session) - 1;
  events = rs_timeline_get_events (tl, &n_events);

  start = now ();
  explain = rs_explain_new (rs_timeline_seek (tl, step), events, n_events, rs_session_atom_text, session);
  g_print ("explanation built in %.3f s (references, shortest paths, components)\n", seconds_since (start));
  max_id = rs_explain_get_max_id (explain);
  for (RsObjId id = 1; id <= max_id; id++)
    n_alive += rs_explain_get_number (explain, id) != 0 && rs_explain_get_state (explain, id) == RS_EXPLAIN_ALIVE;
  g_print ("%u traced objects alive, %u objects in all\n", n_alive, max_id);

  start = now ();
  g_array_unref (rs_explain_retained (explain, 1));
  g_print ("fresh dominator tree: %.3f s\n", seconds_since (start));

  for (guint q = 0; q < queries; q++)
    {
      RsObjId id = 1 + (RsObjId) ((guint64) q * max_id / queries);
      GPtrArray *path, *removals;
      GArray *set;

      if (rs_explain_get_state (explain, id) != RS_EXPLAIN_ALIVE)
        continue;
      start = now ();
      path = rs_explain_why_alive (explain, id);
      why += seconds_since (start);
      path_labels += path->len;
      g_ptr_array_unref (path);
      start = now ();
      set = rs_explain_retained (explain, id);
      retained += seconds_since (start);
      g_array_unref (set);
      start = now ();
      removals = rs_explain_what_if (explain, id);
      what_if += seconds_since (start);
      for (guint i = 0; i < removals->len; i++)
        frees += ((RsExplainRemoval *) g_ptr_array_index (removals, i))->frees->len;
      g_ptr_array_unref (removals);
    }
  for (guint s = step + 1; s-- > 0 && s + 3 > step;)
    {
      g_autoptr(RsGcPhases) phases = NULL;

      start = now ();
      phases = rs_session_get_gc_phases (session, s, 0);
      if (phases == NULL)
        continue;
      g_print ("the collection's phases worked out in %.3f s (%u objects examined)\n",
               seconds_since (start), phases->phases[RS_GC_PHASE_REFS].n_objects);
      break;
    }
  g_print ("per query over %u objects: why alive %.3f ms (%.0f labels on average), "
           "retained %.3f ms, what if %.3f ms (every reference, %zu frees in all)\n",
           queries, why * 1e3 / queries, (double) path_labels / queries,
           retained * 1e3 / queries, what_if * 1e3 / queries, frees);
  return 0;
}
