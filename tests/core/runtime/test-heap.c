/* test-heap.c: the reference-counted heap and the interpreter's events
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rs-heap.h"
#include "rs-interp.h"
#include "rs-replica.h"

#include <string.h>

/* A sink that keeps the events in order */

typedef struct {
  GArray  *events;   /* RsEvent */
  RsAtoms *atoms;
} Recorder;

static void
record (gpointer       user_data,
        const RsEvent *event,
        const RsValue *payload,
        guint          n_payload)
{
  Recorder *r = user_data;
  g_array_append_val (r->events, *event);
}

typedef struct {
  RsAtoms  *atoms;
  Recorder  rec;
  RsHeap   *heap;
  GString  *calls;    /* what the hooks were asked to run */
} Fixture;

static void
hook_finalize (gpointer user_data,
               RsObjId  obj)
{
  Fixture *f = user_data;
  g_string_append_printf (f->calls, "finalize %u;", obj);
}

static void
hook_weak (gpointer user_data,
           RsValue  callback,
           RsObjId  weakref)
{
  Fixture *f = user_data;
  g_string_append_printf (f->calls, "callback %u;", weakref);
}

static void
fixture_init (Fixture *f)
{
  RsHeapHooks hooks = { hook_finalize, hook_weak };

  f->atoms = rs_atoms_new ();
  f->rec.events = g_array_new (FALSE, FALSE, sizeof (RsEvent));
  f->rec.atoms = f->atoms;
  RsEventSink sink = { record, &f->rec };
  f->heap = rs_heap_new (f->atoms, &sink, &hooks, f);
  f->calls = g_string_new (NULL);
}

static void
fixture_clear (Fixture *f)
{
  rs_heap_free (f->heap);
  g_array_unref (f->rec.events);
  rs_atoms_free (f->atoms);
  g_string_free (f->calls, TRUE);
}

/* "del N" lines of the recorded events, as one string */
static char *
finalized (Fixture *f)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < f->rec.events->len; i++)
    {
      RsEvent *e = &g_array_index (f->rec.events, RsEvent, i);
      if (e->kind == RS_EV_FINALIZE)
        g_string_append_printf (s, "%s%" G_GINT64_FORMAT, s->len ? " " : "",
                                rs_value_get_int (e->new_value));
    }
  return g_string_free (s, FALSE);
}

static RsObjId
new_class (Fixture *f)
{
  return rs_heap_new_class (f->heap, rs_atoms_intern (f->atoms, "Foo", -1), 0, NULL);
}

static void
test_list_releases_last_first (void)
{
  Fixture f;
  fixture_init (&f);
  RsObjId cls = new_class (&f);
  RsObjId items[3];
  for (guint i = 0; i < 3; i++)
    items[i] = rs_heap_new_instance (f.heap, cls);
  RsObjId l = rs_heap_new_list (f.heap);
  for (guint i = 0; i < 3; i++)
    rs_heap_list_insert (f.heap, l, i, RS_VALUE_OBJECT (items[i]));
  rs_heap_decref (f.heap, RS_VALUE_OBJECT (l));
  g_autofree char *order = finalized (&f);
  g_assert_cmpstr (order, ==, "4 3 2 1");
  g_assert_cmpuint (rs_heap_count (f.heap), ==, 1);   /* the class */
  fixture_clear (&f);
}

static void
test_instance_attrs_in_class_key_order (void)
{
  Fixture f;
  fixture_init (&f);
  RsObjId cls = new_class (&f);
  RsObjId a = rs_heap_new_instance (f.heap, cls);
  RsObjId b = rs_heap_new_instance (f.heap, cls);
  guint32 x = rs_atoms_intern (f.atoms, "x", -1), y = rs_atoms_intern (f.atoms, "y", -1);
  /* a stores y first: the class order is y, x for every instance */
  rs_heap_attr_set (f.heap, a, y, RS_VALUE_NONE);
  rs_heap_attr_set (f.heap, b, x, RS_VALUE_OBJECT (rs_heap_new_instance (f.heap, cls)));   /* #3 */
  rs_heap_attr_set (f.heap, b, y, RS_VALUE_OBJECT (rs_heap_new_instance (f.heap, cls)));   /* #4 */
  rs_heap_decref (f.heap, RS_VALUE_OBJECT (b));
  g_autofree char *order = finalized (&f);
  g_assert_cmpstr (order, ==, "2 4 3");
  rs_heap_decref (f.heap, RS_VALUE_OBJECT (a));
  fixture_clear (&f);
}

static void
test_dict_insertion_order (void)
{
  Fixture f;
  fixture_init (&f);
  RsObjId cls = new_class (&f);
  RsObjId d = rs_heap_new_dict (f.heap);
  RsValue kb = RS_VALUE_MAKE (RS_TAG_STR, rs_atoms_intern (f.atoms, "b", -1));
  RsValue ka = RS_VALUE_MAKE (RS_TAG_STR, rs_atoms_intern (f.atoms, "a", -1));
  rs_heap_dict_set (f.heap, d, kb, RS_VALUE_OBJECT (rs_heap_new_instance (f.heap, cls)));  /* #2 */
  rs_heap_dict_set (f.heap, d, ka, RS_VALUE_OBJECT (rs_heap_new_instance (f.heap, cls)));  /* #3 */
  /* overwriting keeps the place and releases the old value at once */
  rs_heap_dict_set (f.heap, d, kb, RS_VALUE_OBJECT (rs_heap_new_instance (f.heap, cls)));  /* #4 */
  rs_heap_decref (f.heap, RS_VALUE_OBJECT (d));
  g_autofree char *order = finalized (&f);
  g_assert_cmpstr (order, ==, "2 1 4 3");
  fixture_clear (&f);
}

static void
test_weakref_callbacks_newest_first (void)
{
  Fixture f;
  fixture_init (&f);
  RsObjId cls = new_class (&f);
  RsObjId obj = rs_heap_new_instance (f.heap, cls);
  RsValue cb = RS_VALUE_OBJECT (rs_heap_new_function (f.heap, NULL, 0, 0));
  RsObjId plain = rs_heap_weakref (f.heap, obj, RS_VALUE_ABSENT);
  RsObjId old = rs_heap_weakref (f.heap, obj, cb);
  RsObjId young = rs_heap_weakref (f.heap, obj, cb);
  /* without a callback the weak reference is shared */
  g_assert_cmpuint (rs_heap_weakref (f.heap, obj, RS_VALUE_ABSENT), ==, plain);
  rs_heap_decref (f.heap, RS_VALUE_OBJECT (obj));
  g_autofree char *expected = g_strdup_printf ("finalize %u;callback %u;callback %u;", obj, young, old);
  g_assert_cmpstr (f.calls->str, ==, expected);
  g_assert_cmpuint (((RsWeakData *) rs_heap_get (f.heap, plain)->data)->referent, ==, 0);
  fixture_clear (&f);
}

static void
test_dead_weakref_never_calls_back (void)
{
  Fixture f;
  fixture_init (&f);
  RsObjId cls = new_class (&f);
  RsObjId obj = rs_heap_new_instance (f.heap, cls);
  RsValue cb = RS_VALUE_OBJECT (rs_heap_new_function (f.heap, NULL, 0, 0));
  RsObjId w = rs_heap_weakref (f.heap, obj, cb);
  rs_heap_decref (f.heap, RS_VALUE_OBJECT (w));
  rs_heap_decref (f.heap, RS_VALUE_OBJECT (obj));
  g_autofree char *expected = g_strdup_printf ("finalize %u;", obj);
  g_assert_cmpstr (f.calls->str, ==, expected);
  fixture_clear (&f);
}

static void
test_cycle_needs_collector (void)
{
  Fixture f;
  fixture_init (&f);
  RsObjId cls = new_class (&f);
  RsObjId a = rs_heap_new_instance (f.heap, cls);
  RsObjId b = rs_heap_new_instance (f.heap, cls);
  guint32 friend = rs_atoms_intern (f.atoms, "friend", -1);
  rs_heap_incref (f.heap, RS_VALUE_OBJECT (b));
  rs_heap_attr_set (f.heap, a, friend, RS_VALUE_OBJECT (b));
  rs_heap_incref (f.heap, RS_VALUE_OBJECT (a));
  rs_heap_attr_set (f.heap, b, friend, RS_VALUE_OBJECT (a));
  rs_heap_decref (f.heap, RS_VALUE_OBJECT (a));
  rs_heap_decref (f.heap, RS_VALUE_OBJECT (b));
  g_assert_nonnull (rs_heap_get (f.heap, a));   /* leaked */
  g_autoptr(GArray) alive = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) leaked = g_array_new (FALSE, FALSE, sizeof (guint32));
  rs_heap_partition (f.heap, NULL, 0, alive, leaked);
  g_assert_cmpuint (alive->len, ==, 0);
  g_assert_cmpuint (leaked->len, ==, 2);
  /* the class is in a cycle too, but the instances keep it reachable */
  guint found = rs_heap_collect (f.heap);
  g_assert_cmpuint (found, >=, 2);
  g_assert_null (rs_heap_get (f.heap, a));
  g_assert_null (rs_heap_get (f.heap, b));
  g_autofree char *order = finalized (&f);
  g_assert_true (g_str_equal (order, "1 2") || g_str_equal (order, "2 1"));
  fixture_clear (&f);
}

static void
test_collector_keeps_externally_held (void)
{
  Fixture f;
  fixture_init (&f);
  RsObjId cls = new_class (&f);
  RsObjId a = rs_heap_new_instance (f.heap, cls);
  guint32 me = rs_atoms_intern (f.atoms, "me", -1);
  rs_heap_incref (f.heap, RS_VALUE_OBJECT (a));
  rs_heap_attr_set (f.heap, a, me, RS_VALUE_OBJECT (a));
  /* our temporary is an outside reference */
  rs_heap_collect (f.heap);
  g_assert_nonnull (rs_heap_get (f.heap, a));
  g_autofree char *none = finalized (&f);
  g_assert_cmpstr (none, ==, "");
  rs_heap_decref (f.heap, RS_VALUE_OBJECT (a));
  rs_heap_collect (f.heap);
  g_assert_null (rs_heap_get (f.heap, a));
  fixture_clear (&f);
}

/* A collection keeps its survivors in move_unreachable's order: inner
 * (held only by outer) goes back to the end of the list when outer reaches
 * it, so the next batch finalizes outer first, as CPython does. */
static void
test_collector_reorders_survivors (void)
{
  Fixture f;
  fixture_init (&f);
  RsObjId cls = new_class (&f);
  RsObjId inner = rs_heap_new_instance (f.heap, cls);
  RsObjId outer = rs_heap_new_instance (f.heap, cls);
  guint32 me = rs_atoms_intern (f.atoms, "me", -1);
  guint32 child = rs_atoms_intern (f.atoms, "child", -1);
  rs_heap_attr_set (f.heap, outer, child, RS_VALUE_OBJECT (inner));
  rs_heap_incref (f.heap, RS_VALUE_OBJECT (inner));
  rs_heap_attr_set (f.heap, inner, me, RS_VALUE_OBJECT (inner));
  rs_heap_incref (f.heap, RS_VALUE_OBJECT (outer));
  rs_heap_attr_set (f.heap, outer, me, RS_VALUE_OBJECT (outer));
  /* our temporary on outer is the only outside reference */
  rs_heap_collect (f.heap);
  rs_heap_decref (f.heap, RS_VALUE_OBJECT (outer));
  rs_heap_collect (f.heap);
  g_assert_null (rs_heap_get (f.heap, inner));
  g_assert_null (rs_heap_get (f.heap, outer));
  g_autofree char *order = finalized (&f);
  g_assert_cmpstr (order, ==, "2 1");
  fixture_clear (&f);
}

/* An instance of @cls that refers to itself, held by one temporary. */
static RsObjId
new_self_cycle (Fixture *f,
                RsObjId  cls,
                guint32  attr)
{
  RsObjId id = rs_heap_new_instance (f->heap, cls);

  rs_heap_incref (f->heap, RS_VALUE_OBJECT (id));
  rs_heap_attr_set (f->heap, id, attr, RS_VALUE_OBJECT (id));
  return id;
}

/* gc.collect(0) only looks at objects no collection has seen yet: a
 * cycle that survived one collection (it moved to generation 1) waits for
 * gc.collect(1), one in generation 2 for a full collection. */
static void
test_collector_generations (void)
{
  Fixture f;
  fixture_init (&f);
  RsObjId cls = new_class (&f);
  guint32 me = rs_atoms_intern (f.atoms, "me", -1);
  RsObjId old = new_self_cycle (&f, cls, me);
  rs_heap_collect_generation (f.heap, 0);   /* our temporary keeps it: gen 1 */
  rs_heap_collect_generation (f.heap, 1);   /* gen 2 */
  RsObjId mid = new_self_cycle (&f, cls, me);
  rs_heap_collect_generation (f.heap, 0);   /* gen 1 */
  RsObjId young = new_self_cycle (&f, cls, me);
  rs_heap_decref (f.heap, RS_VALUE_OBJECT (old));
  rs_heap_decref (f.heap, RS_VALUE_OBJECT (mid));
  rs_heap_decref (f.heap, RS_VALUE_OBJECT (young));

  g_assert_cmpuint (rs_heap_collect_generation (f.heap, 0), ==, 1);
  g_assert_null (rs_heap_get (f.heap, young));
  g_assert_nonnull (rs_heap_get (f.heap, mid));
  g_assert_cmpuint (rs_heap_collect_generation (f.heap, 1), ==, 1);
  g_assert_null (rs_heap_get (f.heap, mid));
  g_assert_nonnull (rs_heap_get (f.heap, old));
  g_assert_cmpuint (rs_heap_collect (f.heap), >=, 1);
  g_assert_null (rs_heap_get (f.heap, old));
  g_autofree char *order = finalized (&f);
  g_assert_cmpstr (order, ==, "3 2 1");
  fixture_clear (&f);
}

/* A chain of 120 lists: the trashcan destroys 50 nested, defers the rest */
static void
test_trashcan_defers_deep_chains (void)
{
  Fixture f;
  fixture_init (&f);
  RsObjId head = rs_heap_new_list (f.heap);
  RsObjId l = head;
  for (guint i = 1; i < 120; i++)
    {
      RsObjId next = rs_heap_new_list (f.heap);
      rs_heap_list_insert (f.heap, l, 0, RS_VALUE_OBJECT (next));
      l = next;
    }
  rs_heap_decref (f.heap, RS_VALUE_OBJECT (head));
  g_assert_cmpuint (rs_heap_count (f.heap), ==, 0);
  /* a linear chain keeps its order: 1, 2, ..., 120 */
  g_autofree char *order = finalized (&f);
  g_auto(GStrv) numbers = g_strsplit (order, " ", -1);
  g_assert_cmpuint (g_strv_length (numbers), ==, 120);
  for (guint i = 0; i < 120; i++)
    g_assert_cmpint (atoi (numbers[i]), ==, i + 1);
  fixture_clear (&f);
}

/* Branching chains show the pending stack: node 50 defers both children */
static void
test_trashcan_pending_newest_first (void)
{
  Fixture f;
  fixture_init (&f);
  RsObjId head = rs_heap_new_list (f.heap);
  RsObjId l = head;
  GArray *leaves = g_array_new (FALSE, FALSE, sizeof (RsObjId));
  for (guint i = 1; i < 60; i++)
    {
      RsObjId next = rs_heap_new_list (f.heap);
      RsObjId leaf = rs_heap_new_list (f.heap);
      g_array_append_val (leaves, leaf);
      rs_heap_list_insert (f.heap, l, 0, RS_VALUE_OBJECT (leaf));
      rs_heap_list_insert (f.heap, l, 0, RS_VALUE_OBJECT (next));
      l = next;
    }
  rs_heap_decref (f.heap, RS_VALUE_OBJECT (head));
  g_autofree char *order = finalized (&f);
  /* what CPython prints for the same structure: node 50 (99) is the 50th
   * nested destruction, its children wait; its leaf (101) was pushed first
   * and comes out last */
  g_assert_cmpstr (order, ==,
                   "1 3 2 5 4 7 6 9 8 11 10 13 12 15 14 17 16 19 18 21 20 23 22 25 24 27 26 29 28 31 30 33 32 35 34 37 36 39 38 41 40 43 42 45 44 47 46 49 48 51 50 53 52 55 54 57 56 59 58 61 60 63 62 65 64 67 66 69 68 71"
                   " 70 73 72 75 74 77 76 79 78 81 80 83 82 85 84 87 86 89 88 91 90 93 92 95 94 97 96 99 98 100 103 102 105 104 107 106 109 108 111 110 113 112 115 114 117 116 119 118 101");
  g_assert_cmpuint (rs_heap_count (f.heap), ==, 0);
  g_array_unref (leaves);
  fixture_clear (&f);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/refscope/heap/cascade/list-last-first", test_list_releases_last_first);
  g_test_add_func ("/refscope/heap/cascade/instance-key-order", test_instance_attrs_in_class_key_order);
  g_test_add_func ("/refscope/heap/cascade/dict-insertion-order", test_dict_insertion_order);
  g_test_add_func ("/refscope/heap/weakref/callbacks-newest-first", test_weakref_callbacks_newest_first);
  g_test_add_func ("/refscope/heap/weakref/dead-never-calls", test_dead_weakref_never_calls_back);
  g_test_add_func ("/refscope/heap/gc/cycle", test_cycle_needs_collector);
  g_test_add_func ("/refscope/heap/gc/outside-reference", test_collector_keeps_externally_held);
  g_test_add_func ("/refscope/heap/gc/survivor-order", test_collector_reorders_survivors);
  g_test_add_func ("/refscope/heap/gc/generations", test_collector_generations);
  g_test_add_func ("/refscope/heap/trashcan/linear", test_trashcan_defers_deep_chains);
  g_test_add_func ("/refscope/heap/trashcan/pending", test_trashcan_pending_newest_first);
  return g_test_run ();
}
