/* test-heap.c: release order, weak references, the collector and the trashcan of the heap
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rs-heap.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
  RsAtoms  *atoms;
  GArray   *events;   /* RsEvent, in order */
  RsHeap   *heap;
  GString  *calls;    /* what the hooks were asked to run */
  RsObjId   cls;      /* class Foo (fixture_set_up_class), held by a temporary */
} Fixture;

static void
record (gpointer       user_data,
        const RsEvent *event,
        const RsValue *payload,
        guint          n_payload)
{
  Fixture *f = user_data;
  g_array_append_val (f->events, *event);
}

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
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  RsHeapHooks hooks = { hook_finalize, hook_weak };
  RsEventSink sink = { record, f };

  f->atoms = rs_atoms_new ();
  f->events = g_array_new (FALSE, FALSE, sizeof (RsEvent));
  f->heap = rs_heap_new (f->atoms, &sink, &hooks, f);
  f->calls = g_string_new (NULL);
}

static void
fixture_set_up_class (Fixture       *f,
                      gconstpointer  data)
{
  fixture_set_up (f, data);
  f->cls = rs_heap_new_class (f->heap, rs_atoms_intern (f->atoms, "Foo", -1), 0, NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->heap, rs_heap_free);
  g_array_unref (f->events);
  rs_atoms_free (f->atoms);
  g_string_free (f->calls, TRUE);
}

/* The trace numbers (given by their ALLOC) of the objects of the events
 * of @kind, in order, space separated. */
static char *
trace_numbers (Fixture     *f,
               RsEventKind  kind)
{
  g_autoptr(GHashTable) numbers = g_hash_table_new (NULL, NULL);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < f->events->len; i++)
    {
      RsEvent *e = &g_array_index (f->events, RsEvent, i);
      if (e->kind == RS_EV_ALLOC)
        g_hash_table_insert (numbers, GUINT_TO_POINTER (e->holder),
                             GINT_TO_POINTER ((gint) rs_value_get_int (e->new_value)));
      if (e->kind == kind)
        g_string_append_printf (s, "%s%d", s->len ? " " : "",
                                GPOINTER_TO_INT (g_hash_table_lookup (numbers, GUINT_TO_POINTER (e->holder))));
    }
  return g_string_free (s, FALSE);
}

/* "del N" lines of the recorded events, as one string */
static char *
finalized (Fixture *f)
{
  return trace_numbers (f, RS_EV_FINALIZE);
}

/* "N M ..." for the trace numbers @first, @first + @step, ..., @last */
static void
append_run (GString *s,
            gint     first,
            gint     last,
            gint     step)
{
  for (gint n = first; step > 0 ? n <= last : n >= last; n += step)
    g_string_append_printf (s, "%s%d", s->len ? " " : "", n);
}

/* An instance of class Foo that refers to itself, held by one temporary. */
static RsObjId
new_self_cycle (Fixture *f,
                guint32  attr)
{
  RsObjId id = rs_heap_new_instance (f->heap, f->cls);

  rs_heap_incref (f->heap, RS_VALUE_OBJECT (id));
  rs_heap_attr_set (f->heap, id, attr, RS_VALUE_OBJECT (id));
  return id;
}

static void
test_list_releases_last_first (Fixture       *f,
                               gconstpointer  data)
{
  RsObjId items[3];
  for (guint i = 0; i < 3; i++)
    items[i] = rs_heap_new_instance (f->heap, f->cls);
  RsObjId l = rs_heap_new_list (f->heap);
  for (guint i = 0; i < 3; i++)
    rs_heap_list_insert (f->heap, l, i, RS_VALUE_OBJECT (items[i]));
  rs_heap_decref (f->heap, RS_VALUE_OBJECT (l));
  g_autofree char *order = finalized (f);
  g_assert_cmpstr (order, ==, "4 3 2 1");
  g_assert_cmpuint (rs_heap_count (f->heap), ==, 1);   /* the class */
}

/* tupledealloc: last to first, like a list; the tuple is untraced */
static void
test_tuple_releases_last_first (Fixture       *f,
                                gconstpointer  data)
{
  RsValue items[3];
  for (guint i = 0; i < 3; i++)
    items[i] = RS_VALUE_OBJECT (rs_heap_new_instance (f->heap, f->cls));
  RsObjId t = rs_heap_new_tuple (f->heap, items, 3);
  g_assert_cmpuint (rs_heap_get (f->heap, t)->trace_no, ==, 0);
  g_assert_cmpuint (rs_heap_get (f->heap, RS_VALUE_OBJECT_ID (items[0]))->refcnt, ==, 1);
  rs_heap_decref (f->heap, RS_VALUE_OBJECT (t));
  g_autofree char *order = finalized (f);
  g_assert_cmpstr (order, ==, "3 2 1");
  g_assert_cmpuint (rs_heap_count (f->heap), ==, 1);   /* the class */
}

/* A tuple takes a trashcan level: a chain of lists through one-item
 * tuples is cut after 25 lists (50 levels) */
static void
test_tuple_counts_in_trashcan (Fixture       *f,
                               gconstpointer  data)
{
  RsObjId head = rs_heap_new_list (f->heap);
  RsObjId l = head;
  for (guint i = 1; i < 30; i++)
    {
      RsValue next = RS_VALUE_OBJECT (rs_heap_new_list (f->heap));
      rs_heap_incref (f->heap, next);
      RsObjId t = rs_heap_new_tuple (f->heap, &next, 1);
      rs_heap_list_insert (f->heap, l, 0, RS_VALUE_OBJECT (t));
      l = RS_VALUE_OBJECT_ID (next);
      rs_heap_decref (f->heap, next);
    }
  rs_heap_decref (f->heap, RS_VALUE_OBJECT (head));
  g_assert_cmpuint (rs_heap_count (f->heap), ==, 0);
  g_autoptr(GString) expected = g_string_new (NULL);
  append_run (expected, 25, 1, -1);
  append_run (expected, 30, 26, -1);
  g_autofree char *freed = trace_numbers (f, RS_EV_FREE);
  /* the tuples are freed too, untraced: their FREE events read 0 */
  g_auto(GStrv) numbers = g_strsplit (freed, " ", -1);
  g_autoptr(GString) traced = g_string_new (NULL);
  for (guint i = 0; numbers[i] != NULL; i++)
    if (strcmp (numbers[i], "0") != 0)
      g_string_append_printf (traced, "%s%s", traced->len ? " " : "", numbers[i]);
  g_assert_cmpstr (traced->str, ==, expected->str);
}

/* func_dealloc: the defaults tuple (its items last to first), then the
 * keyword-only defaults in order */
static void
test_function_releases_defaults (Fixture       *f,
                                 gconstpointer  data)
{
  RsValue items[2], kw[2];
  guint32 names[2] = { rs_atoms_intern (f->atoms, "k1", -1), rs_atoms_intern (f->atoms, "k2", -1) };
  for (guint i = 0; i < 2; i++)
    items[i] = RS_VALUE_OBJECT (rs_heap_new_instance (f->heap, f->cls));
  for (guint i = 0; i < 2; i++)
    kw[i] = RS_VALUE_OBJECT (rs_heap_new_instance (f->heap, f->cls));
  RsObjId fn = rs_heap_new_function (f->heap, NULL, 0, 0);
  RsObjId t = rs_heap_new_tuple (f->heap, items, 2);
  rs_heap_function_set_defaults (f->heap, fn, RS_VALUE_OBJECT (t), kw, names, 2);
  rs_heap_decref (f->heap, RS_VALUE_OBJECT (fn));
  g_autofree char *order = finalized (f);
  g_assert_cmpstr (order, ==, "2 1 3 4");
  g_assert_cmpuint (rs_heap_count (f->heap), ==, 1);
}

/* func_dealloc: the defaults, then the closure's cells last to first,
 * each cell its content */
static void
test_function_releases_closure_after_defaults (Fixture       *f,
                                               gconstpointer  data)
{
  RsValue items[1], cells[2];
  RsObjId fn;

  items[0] = RS_VALUE_OBJECT (rs_heap_new_instance (f->heap, f->cls));        /* #1 */
  for (guint i = 0; i < 2; i++)
    cells[i] = RS_VALUE_OBJECT (rs_heap_new_cell (f->heap,                   /* #2, #3 */
                                                  RS_VALUE_OBJECT (rs_heap_new_instance (f->heap, f->cls))));
  fn = rs_heap_new_function (f->heap, NULL, 0, 0);
  rs_heap_function_set_defaults (f->heap, fn, RS_VALUE_OBJECT (rs_heap_new_tuple (f->heap, items, 1)),
                                 NULL, NULL, 0);
  rs_heap_function_set_closure (f->heap, fn, RS_VALUE_OBJECT (rs_heap_new_tuple (f->heap, cells, 2)));
  rs_heap_decref (f->heap, RS_VALUE_OBJECT (fn));
  g_autofree char *order = finalized (f);
  g_assert_cmpstr (order, ==, "1 3 2");
  g_assert_cmpuint (rs_heap_count (f->heap), ==, 1);
}

/* A cell stores the new content, then releases the old; emptied, it
 * holds nothing */
static void
test_cell_set_releases_old_after (Fixture       *f,
                                  gconstpointer  data)
{
  RsObjId a = rs_heap_new_instance (f->heap, f->cls);
  RsObjId cell = rs_heap_new_cell (f->heap, RS_VALUE_OBJECT (a));
  RsObjId b = rs_heap_new_instance (f->heap, f->cls);

  g_assert_true (rs_heap_cell_get (f->heap, cell) == RS_VALUE_OBJECT (a));
  rs_heap_cell_set (f->heap, cell, RS_VALUE_OBJECT (b));
  g_assert_null (rs_heap_get (f->heap, a));
  g_assert_true (rs_heap_cell_get (f->heap, cell) == RS_VALUE_OBJECT (b));
  rs_heap_cell_set (f->heap, cell, RS_VALUE_ABSENT);
  g_assert_null (rs_heap_get (f->heap, b));
  g_assert_true (rs_heap_cell_get (f->heap, cell) == RS_VALUE_ABSENT);
  g_autofree char *order = finalized (f);
  g_assert_cmpstr (order, ==, "1 2");
  rs_heap_decref (f->heap, RS_VALUE_OBJECT (cell));
  g_assert_cmpuint (rs_heap_count (f->heap), ==, 1);
}

/* function -> closure -> cell -> function: only the collector frees it,
 * and what the cell's function holds with it */
static void
test_cycle_through_cell (Fixture       *f,
                         gconstpointer  data)
{
  RsValue cell = RS_VALUE_OBJECT (rs_heap_new_cell (f->heap, RS_VALUE_ABSENT));
  RsValue items[1] = { RS_VALUE_OBJECT (rs_heap_new_instance (f->heap, f->cls)) };
  RsObjId fn = rs_heap_new_function (f->heap, NULL, 0, 0);

  rs_heap_function_set_defaults (f->heap, fn, RS_VALUE_OBJECT (rs_heap_new_tuple (f->heap, items, 1)),
                                 NULL, NULL, 0);
  rs_heap_incref (f->heap, cell);
  rs_heap_function_set_closure (f->heap, fn, RS_VALUE_OBJECT (rs_heap_new_tuple (f->heap, &cell, 1)));
  rs_heap_cell_set (f->heap, RS_VALUE_OBJECT_ID (cell), RS_VALUE_OBJECT (fn));
  rs_heap_decref (f->heap, cell);
  g_assert_nonnull (rs_heap_get (f->heap, fn));
  g_assert_cmpuint (rs_heap_collect (f->heap), >, 0);
  g_assert_null (rs_heap_get (f->heap, fn));
  g_autofree char *order = finalized (f);
  g_assert_cmpstr (order, ==, "1");
  g_assert_cmpuint (rs_heap_count (f->heap), ==, 1);
}

static void
test_instance_attrs_in_class_key_order (Fixture       *f,
                                        gconstpointer  data)
{
  RsObjId a = rs_heap_new_instance (f->heap, f->cls);
  RsObjId b = rs_heap_new_instance (f->heap, f->cls);
  guint32 x = rs_atoms_intern (f->atoms, "x", -1), y = rs_atoms_intern (f->atoms, "y", -1);
  /* a stores y first: the class order is y, x for every instance */
  rs_heap_attr_set (f->heap, a, y, RS_VALUE_NONE);
  rs_heap_attr_set (f->heap, b, x, RS_VALUE_OBJECT (rs_heap_new_instance (f->heap, f->cls)));   /* #3 */
  rs_heap_attr_set (f->heap, b, y, RS_VALUE_OBJECT (rs_heap_new_instance (f->heap, f->cls)));   /* #4 */
  rs_heap_decref (f->heap, RS_VALUE_OBJECT (b));
  g_autofree char *order = finalized (f);
  g_assert_cmpstr (order, ==, "2 4 3");
  rs_heap_decref (f->heap, RS_VALUE_OBJECT (a));
}

static void
test_dict_insertion_order (Fixture       *f,
                           gconstpointer  data)
{
  RsObjId d = rs_heap_new_dict (f->heap);
  RsValue kb = RS_VALUE_MAKE (RS_TAG_STR, rs_atoms_intern (f->atoms, "b", -1));
  RsValue ka = RS_VALUE_MAKE (RS_TAG_STR, rs_atoms_intern (f->atoms, "a", -1));
  rs_heap_dict_set (f->heap, d, kb, RS_VALUE_OBJECT (rs_heap_new_instance (f->heap, f->cls)));  /* #2 */
  rs_heap_dict_set (f->heap, d, ka, RS_VALUE_OBJECT (rs_heap_new_instance (f->heap, f->cls)));  /* #3 */
  /* overwriting keeps the place and releases the old value at once */
  rs_heap_dict_set (f->heap, d, kb, RS_VALUE_OBJECT (rs_heap_new_instance (f->heap, f->cls)));  /* #4 */
  g_assert_cmpint (rs_heap_dict_find (f->heap, d, kb), ==, 0);
  rs_heap_decref (f->heap, RS_VALUE_OBJECT (d));
  g_autofree char *order = finalized (f);
  g_assert_cmpstr (order, ==, "2 1 4 3");
}

static void
test_weakref_callbacks_newest_first (Fixture       *f,
                                     gconstpointer  data)
{
  RsObjId obj = rs_heap_new_instance (f->heap, f->cls);
  RsValue cb = RS_VALUE_OBJECT (rs_heap_new_function (f->heap, NULL, 0, 0));
  RsObjId plain = rs_heap_weakref (f->heap, obj, RS_VALUE_ABSENT);
  RsObjId old = rs_heap_weakref (f->heap, obj, cb);
  RsObjId young = rs_heap_weakref (f->heap, obj, cb);
  /* without a callback the weak reference is shared */
  g_assert_cmpuint (rs_heap_weakref (f->heap, obj, RS_VALUE_ABSENT), ==, plain);
  rs_heap_decref (f->heap, RS_VALUE_OBJECT (obj));
  g_autofree char *expected = g_strdup_printf ("finalize %u;callback %u;callback %u;", obj, young, old);
  g_assert_cmpstr (f->calls->str, ==, expected);
  g_assert_cmpuint (((RsWeakData *) rs_heap_get (f->heap, plain)->data)->referent, ==, 0);
}

static void
test_dead_weakref_never_calls_back (Fixture       *f,
                                    gconstpointer  data)
{
  RsObjId obj = rs_heap_new_instance (f->heap, f->cls);
  RsValue cb = RS_VALUE_OBJECT (rs_heap_new_function (f->heap, NULL, 0, 0));
  RsObjId w = rs_heap_weakref (f->heap, obj, cb);
  rs_heap_decref (f->heap, RS_VALUE_OBJECT (w));
  g_assert_null (rs_heap_get (f->heap, w));
  rs_heap_decref (f->heap, RS_VALUE_OBJECT (obj));
  g_autofree char *expected = g_strdup_printf ("finalize %u;", obj);
  g_assert_cmpstr (f->calls->str, ==, expected);
}

static void
test_cycle_needs_collector (Fixture       *f,
                            gconstpointer  data)
{
  RsObjId a = rs_heap_new_instance (f->heap, f->cls);
  RsObjId b = rs_heap_new_instance (f->heap, f->cls);
  guint32 friend = rs_atoms_intern (f->atoms, "friend", -1);
  rs_heap_incref (f->heap, RS_VALUE_OBJECT (b));
  rs_heap_attr_set (f->heap, a, friend, RS_VALUE_OBJECT (b));
  rs_heap_incref (f->heap, RS_VALUE_OBJECT (a));
  rs_heap_attr_set (f->heap, b, friend, RS_VALUE_OBJECT (a));
  rs_heap_decref (f->heap, RS_VALUE_OBJECT (a));
  rs_heap_decref (f->heap, RS_VALUE_OBJECT (b));
  /* leaked: reference counting alone frees neither */
  g_assert_nonnull (rs_heap_get (f->heap, a));
  g_assert_nonnull (rs_heap_get (f->heap, b));
  g_autoptr(GArray) alive = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) leaked = g_array_new (FALSE, FALSE, sizeof (guint32));
  rs_heap_partition (f->heap, NULL, 0, alive, leaked);
  g_assert_cmpuint (alive->len, ==, 0);
  g_assert_cmpuint (leaked->len, ==, 2);
  /* the class is in a cycle too, but the fixture's temporary holds it */
  g_assert_cmpuint (rs_heap_collect (f->heap), ==, 2);
  g_assert_null (rs_heap_get (f->heap, a));
  g_assert_null (rs_heap_get (f->heap, b));
  g_autofree char *order = finalized (f);
  g_assert_cmpstr (order, ==, "1 2");
}

static void
test_collector_keeps_externally_held (Fixture       *f,
                                      gconstpointer  data)
{
  guint32 me = rs_atoms_intern (f->atoms, "me", -1);
  RsObjId a = new_self_cycle (f, me);
  /* our temporary is an outside reference */
  g_assert_cmpuint (rs_heap_collect (f->heap), ==, 0);
  g_assert_nonnull (rs_heap_get (f->heap, a));
  g_autofree char *none = finalized (f);
  g_assert_cmpstr (none, ==, "");
  rs_heap_decref (f->heap, RS_VALUE_OBJECT (a));
  g_assert_cmpuint (rs_heap_collect (f->heap), ==, 1);
  g_assert_null (rs_heap_get (f->heap, a));
}

/* A collection keeps its survivors in move_unreachable's order: inner
 * (held only by outer) goes back to the end of the list when outer reaches
 * it, so the next batch finalizes outer first, as CPython does. */
static void
test_collector_reorders_survivors (Fixture       *f,
                                   gconstpointer  data)
{
  guint32 me = rs_atoms_intern (f->atoms, "me", -1);
  guint32 child = rs_atoms_intern (f->atoms, "child", -1);
  RsObjId inner = rs_heap_new_instance (f->heap, f->cls);
  RsObjId outer = rs_heap_new_instance (f->heap, f->cls);
  rs_heap_attr_set (f->heap, outer, child, RS_VALUE_OBJECT (inner));
  rs_heap_incref (f->heap, RS_VALUE_OBJECT (inner));
  rs_heap_attr_set (f->heap, inner, me, RS_VALUE_OBJECT (inner));
  rs_heap_incref (f->heap, RS_VALUE_OBJECT (outer));
  rs_heap_attr_set (f->heap, outer, me, RS_VALUE_OBJECT (outer));
  /* our temporary on outer is the only outside reference */
  g_assert_cmpuint (rs_heap_collect (f->heap), ==, 0);
  rs_heap_decref (f->heap, RS_VALUE_OBJECT (outer));
  g_assert_cmpuint (rs_heap_collect (f->heap), ==, 2);
  g_assert_null (rs_heap_get (f->heap, inner));
  g_assert_null (rs_heap_get (f->heap, outer));
  g_autofree char *order = finalized (f);
  g_assert_cmpstr (order, ==, "2 1");
}

/* gc.collect(0) only looks at objects no collection has seen yet: a
 * cycle that survived one collection (it moved to generation 1) waits for
 * gc.collect(1), one in generation 2 for a full collection. */
static void
test_collector_generations (Fixture       *f,
                            gconstpointer  data)
{
  guint32 me = rs_atoms_intern (f->atoms, "me", -1);
  RsObjId old = new_self_cycle (f, me);
  rs_heap_collect_generation (f->heap, 0);   /* our temporary keeps it: gen 1 */
  rs_heap_collect_generation (f->heap, 1);   /* gen 2 */
  RsObjId mid = new_self_cycle (f, me);
  rs_heap_collect_generation (f->heap, 0);   /* gen 1 */
  RsObjId young = new_self_cycle (f, me);
  rs_heap_decref (f->heap, RS_VALUE_OBJECT (old));
  rs_heap_decref (f->heap, RS_VALUE_OBJECT (mid));
  rs_heap_decref (f->heap, RS_VALUE_OBJECT (young));

  g_assert_cmpuint (rs_heap_collect_generation (f->heap, 0), ==, 1);
  g_assert_null (rs_heap_get (f->heap, young));
  g_assert_nonnull (rs_heap_get (f->heap, mid));
  g_assert_cmpuint (rs_heap_collect_generation (f->heap, 1), ==, 1);
  g_assert_null (rs_heap_get (f->heap, mid));
  g_assert_nonnull (rs_heap_get (f->heap, old));
  g_assert_cmpuint (rs_heap_collect (f->heap), ==, 1);
  g_assert_null (rs_heap_get (f->heap, old));
  g_autofree char *order = finalized (f);
  g_assert_cmpstr (order, ==, "3 2 1");
}

/* A chain of 120 lists: the trashcan destroys 50 nested, defers the rest */
static void
test_trashcan_defers_deep_chains (Fixture       *f,
                                  gconstpointer  data)
{
  RsObjId head = rs_heap_new_list (f->heap);
  RsObjId l = head;
  for (guint i = 1; i < 120; i++)
    {
      RsObjId next = rs_heap_new_list (f->heap);
      rs_heap_list_insert (f->heap, l, 0, RS_VALUE_OBJECT (next));
      l = next;
    }
  rs_heap_decref (f->heap, RS_VALUE_OBJECT (head));
  g_assert_cmpuint (rs_heap_count (f->heap), ==, 0);
  /* a linear chain keeps its order: 1, 2, ..., 120 */
  g_autofree char *order = finalized (f);
  g_auto(GStrv) numbers = g_strsplit (order, " ", -1);
  g_assert_cmpuint (g_strv_length (numbers), ==, 120);
  for (guint i = 0; i < 120; i++)
    g_assert_cmpint (atoi (numbers[i]), ==, i + 1);
  /* but the memory goes in batches, innermost first: list 51 waited on the
   * pending stack until the first 50 were freed; the pending stack is
   * emptied one trashcan level deep, so the later batches hold 49 */
  g_autoptr(GString) expected = g_string_new (NULL);
  append_run (expected, 50, 1, -1);
  append_run (expected, 99, 51, -1);
  append_run (expected, 120, 100, -1);
  g_autofree char *freed = trace_numbers (f, RS_EV_FREE);
  g_assert_cmpstr (freed, ==, expected->str);
}

/* Branching chains show the pending stack: node 50 defers both children */
static void
test_trashcan_pending_newest_first (Fixture       *f,
                                    gconstpointer  data)
{
  RsObjId head = rs_heap_new_list (f->heap);
  RsObjId l = head;
  for (guint i = 1; i < 60; i++)
    {
      RsObjId next = rs_heap_new_list (f->heap);
      RsObjId leaf = rs_heap_new_list (f->heap);
      rs_heap_list_insert (f->heap, l, 0, RS_VALUE_OBJECT (leaf));
      rs_heap_list_insert (f->heap, l, 0, RS_VALUE_OBJECT (next));
      l = next;
    }
  rs_heap_decref (f->heap, RS_VALUE_OBJECT (head));
  g_autofree char *order = finalized (f);
  /* what CPython prints for the same structure: node 50 (99) is the 50th
   * nested destruction, its children wait; its leaf (101) was pushed first
   * and comes out last */
  g_assert_cmpstr (order, ==,
                   "1 3 2 5 4 7 6 9 8 11 10 13 12 15 14 17 16 19 18 21 20 23 22 25 24 27 26 29 28 31 30 33 32 35 34 37 36 39 38 41 40 43 42 45 44 47 46 49 48 51 50 53 52 55 54 57 56 59 58 61 60 63 62 65 64 67 66 69 68 71"
                   " 70 73 72 75 74 77 76 79 78 81 80 83 82 85 84 87 86 89 88 91 90 93 92 95 94 97 96 99 98 100 103 102 105 104 107 106 109 108 111 110 113 112 115 114 117 116 119 118 101");
  g_assert_cmpuint (rs_heap_count (f->heap), ==, 0);
}

/* A caller that passes the wrong kind of object gets a critical, and the
 * heap is left as it was (no event, no count changed). */
static void
test_wrong_kind_is_critical (Fixture       *f,
                             gconstpointer  data)
{
  RsObjId l = rs_heap_new_list (f->heap);
  RsObjId d = rs_heap_new_dict (f->heap);
  guint n_events = f->events->len;

  g_test_expect_message ("refscope-core", G_LOG_LEVEL_CRITICAL, "*rs_heap_list_insert*RS_KIND_LIST*");
  rs_heap_list_insert (f->heap, d, 0, RS_VALUE_NONE);
  g_test_expect_message ("refscope-core", G_LOG_LEVEL_CRITICAL, "*rs_heap_attr_set*has_attrs*");
  rs_heap_attr_set (f->heap, l, rs_atoms_intern (f->atoms, "x", -1), RS_VALUE_NONE);
  g_test_expect_message ("refscope-core", G_LOG_LEVEL_CRITICAL, "*rs_heap_new_instance*RS_KIND_CLASS*");
  g_assert_cmpuint (rs_heap_new_instance (f->heap, l), ==, 0);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (f->events->len, ==, n_events);
  g_assert_cmpuint (((RsDict *) rs_heap_get (f->heap, d)->data)->used, ==, 0);
  g_assert_cmpuint (rs_heap_count (f->heap), ==, 2);
}

/* Indices and entries out of range, and a reference nobody holds */
static void
test_bad_slot_is_critical (Fixture       *f,
                           gconstpointer  data)
{
  RsObjId l = rs_heap_new_list (f->heap);
  RsObjId d = rs_heap_new_dict (f->heap);
  RsValue key = rs_value_int (1);
  rs_heap_dict_set (f->heap, d, key, RS_VALUE_NONE);
  rs_heap_dict_remove (f->heap, d, rs_heap_dict_find (f->heap, d, key), FALSE);
  guint n_events = f->events->len;

  g_test_expect_message ("refscope-core", G_LOG_LEVEL_CRITICAL, "*rs_heap_list_set*index*");
  rs_heap_list_set (f->heap, l, 0, RS_VALUE_NONE);
  g_test_expect_message ("refscope-core", G_LOG_LEVEL_CRITICAL, "*rs_heap_dict_remove*entry*");
  rs_heap_dict_remove (f->heap, d, 0, FALSE);
  rs_heap_decref (f->heap, RS_VALUE_OBJECT (l));
  g_test_expect_message ("refscope-core", G_LOG_LEVEL_CRITICAL, "*rs_heap_decref*");
  rs_heap_decref (f->heap, RS_VALUE_OBJECT (l));
  g_test_assert_expected_messages ();
  /* the one good decref: the list's TEMP_DEC and FINALIZE, FREE */
  g_assert_cmpuint (f->events->len, ==, n_events + 3);
  g_assert_cmpuint (rs_heap_count (f->heap), ==, 1);
}

typedef void (*FixtureFunc) (Fixture *f, gconstpointer data);

int
main (int   argc,
      char *argv[])
{
  static const struct {
    const char  *path;
    FixtureFunc  set_up;
    FixtureFunc  test;
  } tests[] = {
    { "/refscope/heap/cascade/list-last-first",        fixture_set_up_class, test_list_releases_last_first },
    { "/refscope/heap/cascade/tuple-last-first",       fixture_set_up_class, test_tuple_releases_last_first },
    { "/refscope/heap/cascade/function-defaults",      fixture_set_up_class, test_function_releases_defaults },
    { "/refscope/heap/cascade/function-closure",       fixture_set_up_class, test_function_releases_closure_after_defaults },
    { "/refscope/heap/cell/set",                       fixture_set_up_class, test_cell_set_releases_old_after },
    { "/refscope/heap/gc/cycle-through-cell",          fixture_set_up_class, test_cycle_through_cell },
    { "/refscope/heap/trashcan/tuples",                fixture_set_up,       test_tuple_counts_in_trashcan },
    { "/refscope/heap/cascade/instance-key-order",     fixture_set_up_class, test_instance_attrs_in_class_key_order },
    { "/refscope/heap/cascade/dict-insertion-order",   fixture_set_up_class, test_dict_insertion_order },
    { "/refscope/heap/weakref/callbacks-newest-first", fixture_set_up_class, test_weakref_callbacks_newest_first },
    { "/refscope/heap/weakref/dead-never-calls",       fixture_set_up_class, test_dead_weakref_never_calls_back },
    { "/refscope/heap/gc/cycle",                       fixture_set_up_class, test_cycle_needs_collector },
    { "/refscope/heap/gc/outside-reference",           fixture_set_up_class, test_collector_keeps_externally_held },
    { "/refscope/heap/gc/survivor-order",              fixture_set_up_class, test_collector_reorders_survivors },
    { "/refscope/heap/gc/generations",                 fixture_set_up_class, test_collector_generations },
    { "/refscope/heap/trashcan/linear",                fixture_set_up,       test_trashcan_defers_deep_chains },
    { "/refscope/heap/trashcan/pending",               fixture_set_up,       test_trashcan_pending_newest_first },
    { "/refscope/heap/contract/wrong-kind",            fixture_set_up,       test_wrong_kind_is_critical },
    { "/refscope/heap/contract/bad-slot",              fixture_set_up,       test_bad_slot_is_critical },
  };

  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    g_test_add_vtable (tests[i].path, sizeof (Fixture), NULL, (GTestFixtureFunc) tests[i].set_up,
                       (GTestFixtureFunc) tests[i].test, (GTestFixtureFunc) fixture_tear_down);
  return g_test_run ();
}
