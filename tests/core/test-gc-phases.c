/* test-gc-phases.c: the collector's phases against the run and by hand
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rs-session.h"
#include "rs-test-cases.h"

static RsSession *
load (const char *source)
{
  RsSession *session = rs_session_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (rs_session_load (session, "gc.py", source, -1, &error));
  g_assert_no_error (error);
  return session;
}

/* The first collection of the script, wherever it is. */
static RsGcPhases *
first_collection (RsSession *session,
                  guint      skip)
{
  for (guint step = 0; step < rs_session_get_n_steps (session); step++)
    for (guint nth = 0;; nth++)
      {
        RsGcPhases *phases = rs_session_get_gc_phases (session, step, nth);
        if (phases == NULL)
          break;
        if (skip-- == 0)
          return phases;
        rs_gc_phases_free (phases);
      }
  g_assert_not_reached ();
}

/* The id of traced object @number, alive at the collection's start. */
static RsObjId
traced (RsSession  *session,
        RsGcPhases *phases,
        guint       number)
{
  g_autoptr(RsSnapshot) at = rs_session_get_snapshot_at (session, phases->start + 1);

  for (guint i = 0; i < at->n_objects; i++)
    if (at->objects[i].number == number)
      return at->objects[i].id;
  g_assert_not_reached ();
}

static const RsGcObject *
object_in (RsGcPhases    *phases,
           RsGcPhaseKind  kind,
           RsObjId        id)
{
  const RsGcObject *o = rs_gc_phase_find (&phases->phases[kind], id);

  g_assert_nonnull (o);
  return o;
}

/* The generations replayed from the events: a collection examines
 * exactly the tracked objects of its generation and the younger ones. */
static void
check_generations (const RsTestCase *test_case,
                   guint             step,
                   const RsGcPhases *phases,
                   const RsSnapshot *at)
{
  const RsGcPhase *refs = &phases->phases[RS_GC_PHASE_REFS];
  guint n_in = 0;

  for (RsObjId id = 1; id < phases->n_generations; id++)
    {
      guint gen = rs_gc_phases_generation_of (phases, id);
      gboolean examined = rs_gc_phase_find (refs, id) != NULL;

      g_assert_true (gen <= 2 || gen == RS_GC_UNTRACKED);
      if ((gen <= phases->generation) != examined)
        g_error ("%s, step %u: %s is in generation %u, and a collection of %u %s it", test_case->name, step,
                 rs_snapshot_find_object (at, id) ? rs_snapshot_find_object (at, id)->title : "?", gen,
                 phases->generation, examined ? "examines" : "does not examine");
      n_in += examined;
    }
  g_assert_cmpuint (n_in, ==, refs->n_objects);
}

/* Every collection of every case: the gc_refs start at the refcounts the
 * snapshot shows, never go below 0 after the subtraction, and the list
 * left after moving back is exactly the one the run found. */
static void
check_case (const RsTestCase *test_case,
            gpointer          user_data)
{
  guint *n_checked = user_data;
  g_autoptr(RsSession) session = NULL;
  g_autoptr(GError) error = NULL;

  if (strstr (test_case->source, "gc.collect") == NULL)
    return;
  session = rs_session_new ();
  rs_session_load (session, test_case->name, test_case->source, test_case->length, &error);
  g_assert_no_error (error);
  for (guint step = 0; step < rs_session_get_n_steps (session); step++)
    for (guint nth = 0;; nth++)
      {
        g_autoptr(RsGcPhases) phases = rs_session_get_gc_phases (session, step, nth);
        g_autoptr(RsSnapshot) at = NULL;
        g_autoptr(GHashTable) found = g_hash_table_new (NULL, NULL);
        const RsGcPhase *refs, *subtract, *back;
        guint n_left = 0;

        if (phases == NULL)
          break;
        at = rs_session_get_snapshot_at (session, phases->start + 1);
        refs = &phases->phases[RS_GC_PHASE_REFS];
        subtract = &phases->phases[RS_GC_PHASE_SUBTRACT];
        back = &phases->phases[RS_GC_PHASE_MOVE_BACK];
        g_assert_cmpuint (refs->n_objects, ==, back->n_objects);
        for (guint i = 0; i < refs->n_objects; i++)
          {
            const RsSnapObject *o = rs_snapshot_find_object (at, refs->objects[i].id);
            g_assert_nonnull (o);
            g_assert_cmpint (refs->objects[i].gc_refs, ==, (gint) o->refcount);
            if (subtract->objects[i].gc_refs < 0)
              g_error ("%s: %s has gc_refs %d", test_case->name, o->title, subtract->objects[i].gc_refs);
          }
        for (guint i = 0; i < phases->n_unreachable; i++)
          g_hash_table_add (found, GUINT_TO_POINTER (phases->unreachable[i]));
        for (guint i = 0; i < back->n_objects; i++)
          if (back->objects[i].list == RS_GC_LIST_UNREACHABLE)
            {
              if (!g_hash_table_contains (found, GUINT_TO_POINTER (back->objects[i].id)))
                g_error ("%s, step %u: the phases find %s unreachable, the run does not", test_case->name,
                         step, rs_snapshot_find_object (at, back->objects[i].id)->title);
              n_left++;
            }
        if (n_left != phases->n_unreachable)
          g_error ("%s, step %u: the run finds %u unreachable, the phases %u", test_case->name, step,
                   phases->n_unreachable, n_left);
        check_generations (test_case, step, phases, at);
        (*n_checked)++;
      }
}

static void
test_oracle_cases (void)
{
  guint n_checked = 0;

  rs_test_cases_foreach (ORACLE_CASES_DIR, check_case, &n_checked);
  g_assert_cmpuint (n_checked, >, 0);
}

static void
test_project_cases (void)
{
  guint n_checked = 0;

  rs_test_cases_foreach (PROJECT_CASES_DIR, check_case, &n_checked);
  g_assert_cmpuint (n_checked, >, 50);
}

/* The seed's leaked pair: both have gc_refs 1 (each other's reference),
 * 0 after the subtraction; the class's functions go to the unreachable
 * list too, and come back because the class is reachable. */
static void
test_pair (void)
{
  g_autoptr(RsSession) session = load ("import gc\n"
                                       "class Foo:\n"
                                       "    def __init__(self):\n"
                                       "        self.friend = None\n"
                                       "a = Foo()\n"
                                       "b = Foo()\n"
                                       "a.friend = b\n"
                                       "b.friend = a\n"
                                       "c = Foo()\n"
                                       "del a, b\n"
                                       "gc.collect()\n");
  g_autoptr(RsGcPhases) phases = first_collection (session, 0);
  RsObjId a = traced (session, phases, 1), b = traced (session, phases, 2), c = traced (session, phases, 3);

  g_assert_cmpuint (phases->generation, ==, 2);
  g_assert_cmpint (object_in (phases, RS_GC_PHASE_REFS, a)->gc_refs, ==, 1);
  g_assert_cmpint (object_in (phases, RS_GC_PHASE_SUBTRACT, a)->gc_refs, ==, 0);
  g_assert_cmpint (object_in (phases, RS_GC_PHASE_SUBTRACT, b)->gc_refs, ==, 0);
  g_assert_cmpint (object_in (phases, RS_GC_PHASE_SUBTRACT, c)->gc_refs, ==, 1);
  g_assert_cmpuint (object_in (phases, RS_GC_PHASE_TENTATIVE, a)->list, ==, RS_GC_LIST_UNREACHABLE);
  g_assert_cmpuint (object_in (phases, RS_GC_PHASE_TENTATIVE, c)->list, ==, RS_GC_LIST_YOUNG);
  /* __init__ is only the class's: tentatively unreachable, then back */
  g_assert_cmpuint (phases->phases[RS_GC_PHASE_TENTATIVE].count, >, 2);
  g_assert_cmpuint (phases->phases[RS_GC_PHASE_MOVE_BACK].count, ==,
                    phases->phases[RS_GC_PHASE_TENTATIVE].count - 2);
  g_assert_cmpuint (object_in (phases, RS_GC_PHASE_MOVE_BACK, a)->list, ==, RS_GC_LIST_UNREACHABLE);
  g_assert_cmpuint (phases->n_unreachable, ==, 2);
  g_assert_cmpuint (phases->phases[RS_GC_PHASE_LEGACY].count, ==, 0);
  g_assert_cmpuint (phases->phases[RS_GC_PHASE_WEAKREFS].count, ==, 0);
  /* no __del__, but `del N` is said for every traced object */
  g_assert_cmpuint (phases->phases[RS_GC_PHASE_FINALIZE].count, ==, 2);
  g_assert_cmpuint (phases->phases[RS_GC_PHASE_RESURRECT].count, ==, 0);
  g_assert_cmpuint (phases->phases[RS_GC_PHASE_FINALIZE].n_freed, ==, 0);
  g_assert_cmpuint (phases->phases[RS_GC_PHASE_FREE].count, ==, 2);
  {
    g_autoptr(RsSnapshot) before = rs_session_get_snapshot_at (session, phases->phases[RS_GC_PHASE_RESURRECT].pos);
    g_autoptr(RsSnapshot) after = rs_session_get_snapshot_at (session, phases->phases[RS_GC_PHASE_FREE].pos);
    g_assert_nonnull (rs_snapshot_find_object (before, a));
    g_assert_null (rs_snapshot_find_object (after, a));
    g_assert_nonnull (rs_snapshot_find_object (after, c));
  }
}

/* A __del__ that stores self resurrects it, and the partner it keeps. */
static void
test_resurrection (void)
{
  g_autoptr(RsSession) session = load ("import gc\n"
                                       "saved = []\n"
                                       "class Foo:\n"
                                       "    def __del__(self):\n"
                                       "        saved.append(self)\n"
                                       "class Bar:\n"
                                       "    pass\n"
                                       "a = Foo()\n"
                                       "b = Bar()\n"
                                       "a.partner = b\n"
                                       "b.partner = a\n"
                                       "del a, b\n"
                                       "gc.collect()\n");
  g_autoptr(RsGcPhases) phases = first_collection (session, 0);
  RsObjId a = traced (session, phases, 2);

  g_assert_cmpuint (phases->n_unreachable, ==, 2);
  g_assert_cmpuint (phases->phases[RS_GC_PHASE_FINALIZE].count, ==, 2);
  g_assert_cmpuint (phases->phases[RS_GC_PHASE_RESURRECT].count, ==, 2);
  g_assert_cmpuint (object_in (phases, RS_GC_PHASE_RESURRECT, a)->list, ==, RS_GC_LIST_YOUNG);
  g_assert_cmpuint (phases->phases[RS_GC_PHASE_FREE].count, ==, 0);
}

/* A weak reference that is not garbage is cleared and calls back before
 * any finalizer; one that is garbage itself is cleared silently. */
static void
test_weakrefs (void)
{
  g_autoptr(RsSession) session = load ("import gc\n"
                                       "import weakref\n"
                                       "class Foo:\n"
                                       "    pass\n"
                                       "def gone(r):\n"
                                       "    print('gone')\n"
                                       "a = Foo()\n"
                                       "a.me = a\n"
                                       "w = weakref.ref(a, gone)\n"
                                       "a.w = weakref.ref(a, gone)\n"
                                       "del a\n"
                                       "gc.collect()\n");
  g_autoptr(RsGcPhases) phases = first_collection (session, 0);
  g_autoptr(RsSnapshot) cleared = rs_session_get_snapshot_at (session, phases->phases[RS_GC_PHASE_WEAKREFS].pos);
  g_autoptr(RsSnapshot) start = rs_session_get_snapshot_at (session, phases->start + 1);
  guint live_before = 0, live_after = 0;

  g_assert_cmpuint (phases->phases[RS_GC_PHASE_WEAKREFS].count, ==, 2);
  for (guint i = 0; i < start->n_slots; i++)
    live_before += start->slots[i].kind == RS_SLOT_WEAK;
  for (guint i = 0; i < cleared->n_slots; i++)
    live_after += cleared->slots[i].kind == RS_SLOT_WEAK;
  g_assert_cmpuint (live_before, >, 0);
  g_assert_cmpuint (live_after, ==, 0);
}

/* gc.collect(0) examines only what the last collection did not see. */
static void
test_generation (void)
{
  g_autoptr(RsSession) session = load ("import gc\n"
                                       "class Foo:\n"
                                       "    pass\n"
                                       "old = Foo()\n"
                                       "gc.collect()\n"
                                       "a = Foo()\n"
                                       "a.me = a\n"
                                       "del a\n"
                                       "gc.collect(0)\n");
  g_autoptr(RsGcPhases) full = first_collection (session, 0);
  g_autoptr(RsGcPhases) young = first_collection (session, 1);
  RsObjId old = traced (session, young, 1), a = traced (session, young, 2);

  g_assert_nonnull (rs_gc_phase_find (&full->phases[RS_GC_PHASE_REFS], old));
  g_assert_cmpuint (young->generation, ==, 0);
  g_assert_null (rs_gc_phase_find (&young->phases[RS_GC_PHASE_REFS], old));
  g_assert_nonnull (rs_gc_phase_find (&young->phases[RS_GC_PHASE_REFS], a));
  g_assert_cmpuint (young->n_unreachable, ==, 1);
  g_assert_cmpuint (young->unreachable[0], ==, a);
  /* the full collection moved old into generation 2; a is new */
  g_assert_cmpuint (rs_gc_phases_generation_of (full, old), ==, 0);
  g_assert_cmpuint (rs_gc_phases_generation_of (young, old), ==, 2);
  g_assert_cmpuint (rs_gc_phases_generation_of (young, a), ==, 0);
  g_assert_cmpuint (rs_gc_phases_generation_of (young, 100000), ==, RS_GC_UNTRACKED);
}

/* gc.collect(0) moves its survivors to generation 1, where gc.collect(0)
 * no longer looks and gc.collect(1) does. */
static void
test_generation_moves (void)
{
  g_autoptr(RsSession) session = load ("import gc\nclass Foo:\n    pass\n"
                                       "a = Foo()\ngc.collect(0)\nb = Foo()\ngc.collect(0)\n"
                                       "gc.collect(1)\ngc.collect(0)\n");
  g_autoptr(RsGcPhases) first = first_collection (session, 0);
  g_autoptr(RsGcPhases) second = first_collection (session, 1);
  g_autoptr(RsGcPhases) third = first_collection (session, 2);
  g_autoptr(RsGcPhases) fourth = first_collection (session, 3);
  RsObjId a = traced (session, second, 1), b = traced (session, second, 2);

  g_assert_cmpuint (rs_gc_phases_generation_of (first, a), ==, 0);
  g_assert_cmpuint (rs_gc_phases_generation_of (second, a), ==, 1);
  g_assert_cmpuint (rs_gc_phases_generation_of (second, b), ==, 0);
  g_assert_null (rs_gc_phase_find (&second->phases[RS_GC_PHASE_REFS], a));
  g_assert_cmpuint (third->generation, ==, 1);
  g_assert_cmpuint (rs_gc_phases_generation_of (third, a), ==, 1);
  g_assert_cmpuint (rs_gc_phases_generation_of (third, b), ==, 1);
  g_assert_nonnull (rs_gc_phase_find (&third->phases[RS_GC_PHASE_REFS], a));
  g_assert_cmpuint (rs_gc_phases_generation_of (fourth, a), ==, 2);
  g_assert_cmpuint (rs_gc_phases_generation_of (fourth, b), ==, 2);
}

/* A collection from a finalizer of a running one does nothing, and a
 * step without one has none. */
static void
test_nothing (void)
{
  g_autoptr(RsSession) session = load ("import gc\n"
                                       "class Foo:\n"
                                       "    def __del__(self):\n"
                                       "        gc.collect()\n"
                                       "a = Foo()\n"
                                       "a.me = a\n"
                                       "del a\n"
                                       "gc.collect()\n");
  guint n = 0;

  for (guint step = 0; step < rs_session_get_n_steps (session); step++)
    for (guint nth = 0;; nth++)
      {
        g_autoptr(RsGcPhases) phases = rs_session_get_gc_phases (session, step, nth);
        if (phases == NULL)
          break;
        n++;
      }
  g_assert_cmpuint (n, ==, 1);
  g_assert_null (rs_session_get_gc_phases (session, 1, 0));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/refscope/gc-phases/pair", test_pair);
  g_test_add_func ("/refscope/gc-phases/resurrection", test_resurrection);
  g_test_add_func ("/refscope/gc-phases/weakrefs", test_weakrefs);
  g_test_add_func ("/refscope/gc-phases/generation", test_generation);
  g_test_add_func ("/refscope/gc-phases/generation-moves", test_generation_moves);
  g_test_add_func ("/refscope/gc-phases/nothing", test_nothing);
  g_test_add_func ("/refscope/gc-phases/oracle-cases", test_oracle_cases);
  g_test_add_func ("/refscope/gc-phases/project-cases", test_project_cases);
  return g_test_run ();
}
