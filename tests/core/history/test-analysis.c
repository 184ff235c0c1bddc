/* test-analysis.c: reachability, leaks and leaked cycles
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rs-test-events.h"

static void
unbind (TimelineFixture *f,
        RsObjId          id,
        const char      *name)
{
  ev_name (f->tl, 1, atom (&f->atoms, name), OBJ (id), ABSENT, 0);
}

static void
link (TimelineFixture *f,
      RsObjId          from,
      const char      *attr,
      RsObjId          to)
{
  ev_attr (f->tl, from, atom (&f->atoms, attr), ABSENT, OBJ (to), 0);
}

static RsSnapshot *
snapshot_at (TimelineFixture *f,
             guint            step)
{
  return rs_timeline_get_snapshot (f->tl, step, test_atoms_lookup, &f->atoms);
}

static const RsSnapSlot *
slot_named (const RsSnapshot *snap,
            RsObjId           id,
            const char       *label)
{
  const RsSnapObject *object = rs_snapshot_find_object (snap, id);

  g_assert_nonnull (object);
  for (guint i = 0; i < object->n_slots; i++)
    if (g_strcmp0 (snap->slots[object->first_slot + i].label, label) == 0)
      return &snap->slots[object->first_slot + i];
  g_assert_not_reached ();
}

static guint
flags_of (const RsSnapshot *snap,
          RsObjId           id)
{
  const RsSnapObject *object = rs_snapshot_find_object (snap, id);

  g_assert_nonnull (object);
  return object->flags;
}

/* a <-> b, then both names go: a leaked 2-cycle.  c.me = c: a self-cycle
 * with a list hanging off it (leaked, not in the cycle). */
static void
test_cycles (TimelineFixture *f,
             gconstpointer    data)
{
  g_autoptr(RsSnapshot) snap = NULL;
  const RsSnapObject *object;

  ev_step (f->tl, 1, 1);
  timeline_new_named (f, 1, "a");
  timeline_new_named (f, 2, "b");
  link (f, 1, "friend", 2);
  link (f, 2, "friend", 1);
  ev_step (f->tl, 1, 2);
  unbind (f, 1, "a");
  unbind (f, 2, "b");
  ev_step (f->tl, 1, 3);
  timeline_new_named (f, 3, "c");
  link (f, 3, "me", 3);
  ev_alloc (f->tl, 4, RS_KIND_LIST, 0, 4);
  ev_attr (f->tl, 3, atom (&f->atoms, "tail"), ABSENT, OBJ (4), RS_EVENT_FROM_TEMP);
  ev_step (f->tl, 1, 4);
  unbind (f, 3, "c");

  snap = snapshot_at (f, 1);
  g_assert_cmpuint (snap->n_cycles, ==, 0);
  g_assert_cmpuint (flags_of (snap, 1) & (RS_SNAP_REACHABLE | RS_SNAP_LEAKED), ==, RS_SNAP_REACHABLE);
  g_assert_false (slot_named (snap, 1, "friend")->flags & RS_SLOT_FLAG_IN_CYCLE);
  g_clear_pointer (&snap, rs_snapshot_unref);

  snap = snapshot_at (f, 2);
  g_assert_cmpuint (snap->n_cycles, ==, 1);
  for (RsObjId id = 1; id <= 2; id++)
    {
      object = rs_snapshot_find_object (snap, id);
      g_assert_true (object->flags & RS_SNAP_LEAKED);
      g_assert_true (object->flags & RS_SNAP_IN_CYCLE);
      g_assert_false (object->flags & RS_SNAP_REACHABLE);
      g_assert_cmpuint (object->cycle, ==, 1);
      g_assert_cmpuint (object->refcount, ==, 1);
      g_assert_true (slot_named (snap, id, "friend")->flags & RS_SLOT_FLAG_IN_CYCLE);
    }
  g_clear_pointer (&snap, rs_snapshot_unref);

  snap = snapshot_at (f, 4);
  g_assert_cmpuint (snap->n_cycles, ==, 2);
  g_assert_true (flags_of (snap, 3) & RS_SNAP_IN_CYCLE);
  g_assert_true (slot_named (snap, 3, "me")->flags & RS_SLOT_FLAG_IN_CYCLE);
  g_assert_false (slot_named (snap, 3, "tail")->flags & RS_SLOT_FLAG_IN_CYCLE);
  g_assert_true (flags_of (snap, 4) & RS_SNAP_LEAKED);
  g_assert_false (flags_of (snap, 4) & RS_SNAP_IN_CYCLE);
  g_assert_cmpuint (rs_snapshot_find_object (snap, 4)->cycle, ==, 0);
  g_assert_cmpuint (rs_snapshot_find_object (snap, 3)->cycle, !=, rs_snapshot_find_object (snap, 1)->cycle);
  g_clear_pointer (&snap, rs_snapshot_unref);

  snap = snapshot_at (f, 3);
  g_assert_cmpuint (snap->n_cycles, ==, 1);
  g_assert_true (flags_of (snap, 3) & RS_SNAP_REACHABLE);
  g_assert_true (flags_of (snap, 4) & RS_SNAP_REACHABLE);
}

/* A chain a -> x -> y where only x is in a cycle with z: everything the
 * cycle holds is leaked, only the cycle's members are IN_CYCLE.  Then the
 * collector frees them and the cycle count drops. */
static void
test_hanging_and_collect (TimelineFixture *f,
                          gconstpointer    data)
{
  g_autoptr(RsSnapshot) snap = NULL;

  ev_step (f->tl, 1, 1);
  timeline_new_named (f, 1, "x");
  timeline_new_named (f, 2, "z");
  timeline_new_named (f, 3, "y");
  link (f, 1, "next", 2);
  link (f, 2, "next", 1);
  link (f, 1, "y", 3);
  unbind (f, 1, "x");
  unbind (f, 2, "z");
  unbind (f, 3, "y");
  ev_step (f->tl, 1, 2);   /* gc.collect() */
  emit (f->tl, RS_EV_GC_START, 0, 0, 0, ABSENT, ABSENT);
  ev_object (f->tl, RS_EV_FINALIZE, 1);
  ev_object (f->tl, RS_EV_FINALIZE, 2);
  ev_attr (f->tl, 1, atom (&f->atoms, "next"), OBJ (2), ABSENT, 0);
  ev_attr (f->tl, 1, atom (&f->atoms, "y"), OBJ (3), ABSENT, 0);
  ev_object (f->tl, RS_EV_FINALIZE, 3);
  ev_object (f->tl, RS_EV_FREE, 3);
  ev_object (f->tl, RS_EV_FREE, 1);
  ev_attr (f->tl, 2, atom (&f->atoms, "next"), OBJ (1), ABSENT, 0);
  ev_object (f->tl, RS_EV_FREE, 2);
  emit (f->tl, RS_EV_GC_END, 0, 0, 0, ABSENT, ABSENT);

  snap = snapshot_at (f, 1);
  g_assert_cmpuint (snap->n_cycles, ==, 1);
  g_assert_true (flags_of (snap, 3) & RS_SNAP_LEAKED);
  g_assert_false (flags_of (snap, 3) & RS_SNAP_IN_CYCLE);
  g_assert_true (flags_of (snap, 1) & RS_SNAP_IN_CYCLE);
  g_clear_pointer (&snap, rs_snapshot_unref);

  snap = snapshot_at (f, 2);
  g_assert_cmpuint (snap->n_cycles, ==, 0);
  g_assert_cmpuint (snap->n_objects, ==, 0);
  g_assert_cmpuint (snap->n_freed, ==, 3);
}

/* An object held only by a temporary (a for loop's iterator, a value being
 * computed) is not leaked; weak references do not make anything reachable. */
static void
test_roots (TimelineFixture *f,
            gconstpointer    data)
{
  g_autoptr(RsSnapshot) snap = NULL;

  ev_step (f->tl, 1, 1);
  ev_alloc (f->tl, 1, RS_KIND_LIST, 0, 1);
  ev_alloc (f->tl, 2, RS_KIND_ITERATOR, 0, 0);
  ev_attr (f->tl, 2, atom (&f->atoms, "it_seq"), ABSENT, OBJ (1), RS_EVENT_FROM_TEMP | RS_EVENT_HIDDEN);
  timeline_new_named (f, 3, "a");
  ev_alloc (f->tl, 4, RS_KIND_WEAKREF, 0, 0);
  emit (f->tl, RS_EV_WEAK_SET, 0, 4, 0, ABSENT, OBJ (3));
  link (f, 3, "self", 3);
  link (f, 3, "w", 4);
  ev_temp (f->tl, OBJ (4), -1);
  ev_step (f->tl, 1, 2);
  unbind (f, 3, "a");

  snap = snapshot_at (f, 1);
  g_assert_true (flags_of (snap, 1) & RS_SNAP_REACHABLE);
  g_assert_true (flags_of (snap, 2) & RS_SNAP_REACHABLE);
  g_assert_true (slot_named (snap, 2, "it_seq")->flags & RS_SLOT_FLAG_HIDDEN);
  g_assert_cmpuint (snap->n_cycles, ==, 0);
  g_clear_pointer (&snap, rs_snapshot_unref);

  snap = snapshot_at (f, 2);
  g_assert_true (flags_of (snap, 3) & RS_SNAP_IN_CYCLE);
  g_assert_true (flags_of (snap, 4) & RS_SNAP_LEAKED);
  g_assert_false (flags_of (snap, 4) & RS_SNAP_IN_CYCLE);  /* its weak edge back does not count */
  g_assert_cmpuint (snap->n_cycles, ==, 1);
}

/* A long loop that only allocates and stores into a reachable list keeps
 * the analysis without recounting; the result equals a full recount. */
static void
test_incremental (TimelineFixture *f,
                  gconstpointer    data)
{
  RsAnalysis *analysis = rs_timeline_get_analysis (f->tl);
  guint n_full;

  ev_step (f->tl, 1, 1);
  ev_alloc (f->tl, 1, RS_KIND_LIST, 0, 1);
  ev_name (f->tl, 1, atom (&f->atoms, "l"), ABSENT, OBJ (1), RS_EVENT_FROM_TEMP);
  for (guint i = 0; i < 200; i++)
    {
      ev_step (f->tl, 1, 2);
      ev_alloc (f->tl, 2 + i, RS_KIND_INSTANCE, f->foo, 2 + i);
      emit (f->tl, RS_EV_ITEM_INSERT, RS_EVENT_FROM_TEMP, 1, i, ABSENT, OBJ (2 + i));
    }
  rs_timeline_seek (f->tl, 0);
  n_full = rs_analysis_get_n_full (analysis);
  for (guint step = 1; step < rs_timeline_get_n_steps (f->tl); step++)
    {
      g_autoptr(RsSnapshot) snap = snapshot_at (f, step);
      g_autoptr(RsSnapshot) expected = reference_snapshot (f->tl, step, &f->atoms);

      g_assert_true (rs_snapshot_equal (snap, expected));
    }
  g_assert_cmpuint (rs_analysis_get_n_full (analysis), ==, n_full);

  /* l.append (l); del l: dropping the name needs a recount. */
  ev_step (f->tl, 1, 3);
  emit (f->tl, RS_EV_ITEM_INSERT, 0, 1, 200, ABSENT, OBJ (1));
  ev_name (f->tl, 1, atom (&f->atoms, "l"), OBJ (1), ABSENT, 0);
  {
    g_autoptr(RsSnapshot) snap = snapshot_at (f, rs_timeline_get_n_steps (f->tl) - 1);
    g_assert_true (flags_of (snap, 1) & RS_SNAP_LEAKED);
    g_assert_true (flags_of (snap, 100) & RS_SNAP_LEAKED);
    g_assert_false (flags_of (snap, 100) & RS_SNAP_IN_CYCLE);
    g_assert_cmpuint (snap->n_cycles, ==, 1);
  }
  g_assert_cmpuint (rs_analysis_get_n_full (analysis), ==, n_full + 1);
}

/* The analysis as a replica's observer: from the notes alone it says what
 * a recount from the roots says, after every event, and recounts only
 * where a note cannot decide. */
static void
assert_as_recount (RsAnalysis      *analysis,
                   const RsReplica *replica)
{
  g_autoptr(RsAnalysis) recount = rs_analysis_new ();

  rs_analysis_update (analysis, replica);
  rs_analysis_update (recount, replica);
  g_assert_cmpuint (rs_analysis_get_n_cycles (analysis), ==, rs_analysis_get_n_cycles (recount));
  for (RsObjId id = 1; id <= rs_replica_get_max_object_id (replica); id++)
    {
      g_assert_cmpint (rs_analysis_is_reachable (analysis, id), ==, rs_analysis_is_reachable (recount, id));
      g_assert_cmpuint (rs_analysis_get_cycle (analysis, id), ==, rs_analysis_get_cycle (recount, id));
    }
}

static void
test_observer (TimelineFixture *f,
               gconstpointer    data)
{
  g_autoptr(RsReplica) replica = rs_replica_new ();
  g_autoptr(RsAnalysis) analysis = rs_analysis_new ();
  const RsEvent *events;
  guint64 n_events, n_quiet;

  /* l = [Foo(), Foo()]; l[1].next = l[0]; b = Foo(); b.next = b */
  ev_step (f->tl, 1, 1);
  ev_alloc (f->tl, 1, RS_KIND_LIST, 0, 1);
  ev_name (f->tl, 1, atom (&f->atoms, "l"), ABSENT, OBJ (1), RS_EVENT_FROM_TEMP);
  for (guint i = 0; i < 2; i++)
    {
      ev_alloc (f->tl, 2 + i, RS_KIND_INSTANCE, f->foo, 2 + i);
      emit (f->tl, RS_EV_ITEM_INSERT, RS_EVENT_FROM_TEMP, 1, i, ABSENT, OBJ (2 + i));
    }
  link (f, 3, "next", 2);
  timeline_new_named (f, 4, "b");
  link (f, 4, "next", 4);
  n_quiet = rs_timeline_get_n_events (f->tl);
  /* del b: only a recount can tell it is leaked, in a cycle */
  ev_step (f->tl, 1, 2);
  unbind (f, 4, "b");

  rs_replica_set_observer (replica, rs_analysis_get_observer (analysis));
  events = rs_timeline_get_events (f->tl, &n_events);
  for (guint64 i = 0; i < n_events; i++)
    {
      guint n_payload;
      const RsValue *payload = rs_timeline_get_payload (f->tl, &events[i], &n_payload);

      rs_replica_apply (replica, &events[i], payload, n_payload);
      assert_as_recount (analysis, replica);
      if (i + 1 == n_quiet)
        g_assert_cmpuint (rs_analysis_get_n_full (analysis), ==, 1);
    }
  g_assert_cmpuint (rs_analysis_get_n_full (analysis), ==, 2);
  g_assert_false (rs_analysis_is_reachable (analysis, 4));
  g_assert_cmpuint (rs_analysis_get_cycle (analysis, 4), ==, 1);
  g_assert_true (rs_analysis_is_reachable (analysis, 2));

  for (guint64 i = n_events; i > 0; i--)
    {
      guint n_payload;
      const RsValue *payload = rs_timeline_get_payload (f->tl, &events[i - 1], &n_payload);

      rs_replica_undo (replica, &events[i - 1], payload, n_payload);
      assert_as_recount (analysis, replica);
    }
}

/* A leaked chain a million... well, a hundred thousand long: no recursion. */
static void
test_long_chain (TimelineFixture *f,
                 gconstpointer    data)
{
  const guint n = 100000;
  g_autoptr(RsSnapshot) snap = NULL;
  guint32 next = atom (&f->atoms, "next");

  ev_step (f->tl, 1, 1);
  timeline_new_named (f, 1, "head");
  for (RsObjId id = 2; id <= n; id++)
    {
      ev_alloc (f->tl, id, RS_KIND_INSTANCE, f->foo, id);
      ev_attr (f->tl, id - 1, next, ABSENT, OBJ (id), RS_EVENT_FROM_TEMP);
    }
  ev_attr (f->tl, n, next, ABSENT, OBJ (1), 0);
  ev_step (f->tl, 1, 2);
  unbind (f, 1, "head");

  snap = snapshot_at (f, 2);
  g_assert_cmpuint (snap->n_objects, ==, n);
  g_assert_cmpuint (snap->n_cycles, ==, 1);
  g_assert_true (flags_of (snap, n / 2) & RS_SNAP_IN_CYCLE);
  g_assert_cmpuint (rs_snapshot_find_object (snap, n)->cycle, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add ("/refscope/analysis/" path, TimelineFixture, NULL, timeline_fixture_setup, func, timeline_fixture_teardown)
  ADD ("cycles", test_cycles);
  ADD ("hanging-and-collect", test_hanging_and_collect);
  ADD ("roots", test_roots);
  ADD ("incremental", test_incremental);
  ADD ("observer", test_observer);
  ADD ("long-chain", test_long_chain);
#undef ADD
  return g_test_run ();
}
