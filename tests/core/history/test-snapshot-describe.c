/* test-snapshot-describe.c: an object of a snapshot in words
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rs-snapshot-describe.h"
#include "rs-test-events.h"

static RsSnapshot *
snapshot_at (TimelineFixture *f,
             guint            step)
{
  return rs_timeline_get_snapshot (f->tl, step, test_atoms_lookup, &f->atoms);
}

static const RsSnapObject *
find (const RsSnapshot *snap,
      RsObjId           id)
{
  const RsSnapObject *object = rs_snapshot_find_object (snap, id);

  g_assert_nonnull (object);
  return object;
}

static void
assert_status_prefix (const RsSnapshot   *snap,
                      const RsSnapObject *object,
                      const char         *prefix)
{
  g_autofree char *status = rs_snapshot_describe_status (snap, object);

  if (!g_str_has_prefix (status, prefix))
    g_error ("status “%s” does not start with “%s”", status, prefix);
}

/* a = Foo(); w = weakref.ref(a): the tooltip's three lines, the kind with
 * the trace number, the weak referrers; a dead id has no description. */
static void
test_reachable_and_weak (TimelineFixture *f,
                         gconstpointer    data)
{
  g_autoptr(RsSnapshot) snap = NULL;
  g_autofree char *text = NULL, *type = NULL, *weak_type = NULL;
  g_autofree char *weak = NULL, *no_weak = NULL;

  ev_step (f->tl, 1, 1);
  timeline_new_named (f, 1, "a");
  ev_step (f->tl, 1, 2);
  ev_alloc (f->tl, 2, RS_KIND_WEAKREF, 0, 0);
  emit (f->tl, RS_EV_WEAK_SET, 0, 2, 0, ABSENT, OBJ (1));
  ev_name (f->tl, 1, atom (&f->atoms, "w"), ABSENT, OBJ (2), RS_EVENT_FROM_TEMP);
  snap = snapshot_at (f, 2);

  text = rs_snapshot_describe_object (snap, 1);
  g_assert_cmpstr (text, ==, "Foo #1\nrefcount 1 = a\nreachable");
  g_assert_null (rs_snapshot_describe_object (snap, 99));
  type = rs_snapshot_describe_type (find (snap, 1));
  g_assert_cmpstr (type, ==, "instance of a class of the script, number 1 in the trace");
  weak_type = rs_snapshot_describe_type (find (snap, 2));
  g_assert_cmpstr (weak_type, ==, "weak reference (weakref.ref)");
  weak = rs_snapshot_describe_weak (snap, find (snap, 1));
  g_assert_cmpstr (weak, ==, "w");
  no_weak = rs_snapshot_describe_weak (snap, find (snap, 2));
  g_assert_cmpstr (no_weak, ==, "none");
  assert_status_prefix (snap, find (snap, 1), "Reachable from the program's names.");
}

/* a <-> b with a list hanging off a, then both names go: the members are
 * in a cycle, the list is leaked only because the cycle holds it. */
static void
test_leaked (TimelineFixture *f,
             gconstpointer    data)
{
  g_autoptr(RsSnapshot) snap = NULL;
  g_autofree char *member = NULL, *hanging = NULL;

  ev_step (f->tl, 1, 1);
  timeline_new_named (f, 1, "a");
  timeline_new_named (f, 2, "b");
  ev_attr (f->tl, 1, atom (&f->atoms, "friend"), ABSENT, OBJ (2), 0);
  ev_attr (f->tl, 2, atom (&f->atoms, "friend"), ABSENT, OBJ (1), 0);
  ev_alloc (f->tl, 3, RS_KIND_LIST, 0, 3);
  ev_attr (f->tl, 1, atom (&f->atoms, "items"), ABSENT, OBJ (3), RS_EVENT_FROM_TEMP);
  ev_step (f->tl, 1, 2);
  ev_name (f->tl, 1, atom (&f->atoms, "a"), OBJ (1), ABSENT, 0);
  ev_name (f->tl, 1, atom (&f->atoms, "b"), OBJ (2), ABSENT, 0);
  snap = snapshot_at (f, 2);

  member = rs_snapshot_describe_object (snap, 1);
  g_assert_cmpstr (member, ==, "Foo #1\nrefcount 1 = Foo #2.friend\nleaked (in a cycle)");
  assert_status_prefix (snap, find (snap, 1), "Leaked, in cycle 1: ");
  hanging = rs_snapshot_describe_object (snap, 3);
  g_assert_true (g_str_has_suffix (hanging, "\nleaked"));
  assert_status_prefix (snap, find (snap, 3), "Leaked: it hangs off a leaked cycle");
}

/* A finalized object that something still holds says so before it says
 * it is reachable. */
static void
test_finalized (TimelineFixture *f,
                gconstpointer    data)
{
  g_autoptr(RsSnapshot) snap = NULL;
  g_autofree char *text = NULL;

  ev_step (f->tl, 1, 1);
  timeline_new_named (f, 1, "a");
  ev_object (f->tl, RS_EV_FINALIZE, 1);
  snap = snapshot_at (f, 1);

  assert_status_prefix (snap, find (snap, 1), "Finalized: its __del__ has run");
  text = rs_snapshot_describe_object (snap, 1);
  g_assert_true (g_str_has_suffix (text, "\nreachable"));
}

/* del a; Foo.__del__ runs: the object is finalized only once it returns,
 * and the temporary its call holds names that call, whose finalizer it
 * is and the line it came from. */
static void
test_being_finalized (TimelineFixture *f,
                      gconstpointer    data)
{
  g_autoptr(RsSnapshot) snap = NULL;
  g_autofree char *ledger = NULL;

  ev_step (f->tl, 1, 1);
  timeline_new_named (f, 1, "a");
  ev_step (f->tl, 1, 2);
  ev_name (f->tl, 1, atom (&f->atoms, "a"), OBJ (1), ABSENT, RS_EVENT_OLD_TO_TEMP);
  ev_object (f->tl, RS_EV_FINALIZE, 1);
  ev_temp (f->tl, OBJ (1), 1);
  emit (f->tl, RS_EV_FRAME_PUSH, 0, 2, atom (&f->atoms, "Foo.__del__"), ABSENT, ABSENT);
  ev_name (f->tl, 2, atom (&f->atoms, "self"), ABSENT, OBJ (1), RS_EVENT_FROM_TEMP);
  ev_step (f->tl, 2, 5);
  snap = snapshot_at (f, 3);

  assert_status_prefix (snap, find (snap, 1), "Being finalized: its __del__ is running.");
  ledger = rs_snapshot_describe_refcount (snap, 1);
  g_assert_cmpstr (ledger, ==, "refcount 2 = self in Foo.__del__, "
                   "the call of Foo.__del__, the finalizer of Foo #1, from line 2 while it runs");
}

/* f's closure holds a cell holding Foo #1: the ledger names the cell as
 * the holder ("cell of ..."), and the cell's kind says what it is. */
static void
test_closure_cell_holder (TimelineFixture *f,
                          gconstpointer    data)
{
  g_autoptr(RsSnapshot) snap = NULL;
  g_autofree char *text = NULL, *type = NULL;

  ev_step (f->tl, 1, 1);
  ev_alloc (f->tl, 1, RS_KIND_INSTANCE, f->foo, 1);
  ev_alloc (f->tl, 4, RS_KIND_CELL, 0, 0);
  ev_attr (f->tl, 4, atom (&f->atoms, "cell_contents"), ABSENT, OBJ (1), RS_EVENT_FROM_TEMP);
  ev_alloc (f->tl, 3, RS_KIND_TUPLE, 0, 0);
  emit (f->tl, RS_EV_ITEM_INSERT, RS_EVENT_FROM_TEMP, 3, 0, ABSENT, OBJ (4));
  ev_alloc (f->tl, 2, RS_KIND_FUNCTION, 0, 0);
  ev_attr (f->tl, 2, atom (&f->atoms, "__closure__"), ABSENT, OBJ (3), RS_EVENT_FROM_TEMP);
  ev_name (f->tl, 1, atom (&f->atoms, "f"), ABSENT, OBJ (2), RS_EVENT_FROM_TEMP);
  snap = snapshot_at (f, 1);

  text = rs_snapshot_describe_object (snap, 1);
  g_assert_cmpstr (text, ==, "Foo #1\nrefcount 1 = cell of f.__closure__[0]\nreachable");
  type = rs_snapshot_describe_type (find (snap, 4));
  g_assert_cmpstr (type, ==, "closure cell (what a variable nested functions use holds)");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add ("/refscope/snapshot-describe/" path, TimelineFixture, NULL, timeline_fixture_setup, func, timeline_fixture_teardown)
  ADD ("reachable-and-weak", test_reachable_and_weak);
  ADD ("leaked", test_leaked);
  ADD ("finalized", test_finalized);
  ADD ("being-finalized", test_being_finalized);
  ADD ("closure-cell-holder", test_closure_cell_holder);
#undef ADD
  return g_test_run ();
}
