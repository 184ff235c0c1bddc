/* test-explain.c: why alive, retained sets, what if and breaking cycles on hand-made heaps
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rs-test-events.h"
#include "rs-explain.h"

#define CLS 1  /* class Foo, always first */

static void
new_class (TimelineFixture *f,
           RsObjId          id,
           const char      *name)
{
  ev_alloc (f->tl, id, RS_KIND_CLASS, atom (&f->atoms, name), 0);
  ev_attr (f->tl, id, atom (&f->atoms, "__mro__"), ABSENT, OBJ (id), RS_EVENT_HIDDEN);
  ev_name (f->tl, 1, atom (&f->atoms, name), ABSENT, OBJ (id), RS_EVENT_FROM_TEMP);
}

/* A Foo() of class @cls still on the stack (its creator's temporary). */
static void
new_instance (TimelineFixture *f,
              RsObjId          id,
              RsObjId          cls,
              guint            number)
{
  ev_alloc (f->tl, id, RS_KIND_INSTANCE, f->foo, number);
  ev_attr (f->tl, id, atom (&f->atoms, "__class__"), ABSENT, OBJ (cls), RS_EVENT_HIDDEN);
}

static void
bind (TimelineFixture *f,
      const char      *name,
      RsObjId          id)
{
  ev_name (f->tl, 1, atom (&f->atoms, name), ABSENT, OBJ (id), RS_EVENT_FROM_TEMP);
}

static void
unbind (TimelineFixture *f,
        const char      *name,
        RsObjId          id)
{
  ev_name (f->tl, 1, atom (&f->atoms, name), OBJ (id), ABSENT, 0);
}

/* holder.attr = the temporary @id */
static void
store (TimelineFixture *f,
       RsObjId          holder,
       const char      *attr,
       RsObjId          id,
       guint8           flags)
{
  ev_attr (f->tl, holder, atom (&f->atoms, attr), ABSENT, OBJ (id), flags);
}

static void
append (TimelineFixture *f,
        RsObjId          list,
        guint            index,
        RsObjId          id)
{
  emit (f->tl, RS_EV_ITEM_INSERT, RS_EVENT_FROM_TEMP, list, index, ABSENT, OBJ (id));
}

static RsExplain *
explain_at (TimelineFixture *f,
            guint            step)
{
  const RsReplica *replica = rs_timeline_seek (f->tl, step);
  guint64 n_events;
  const RsEvent *events = rs_timeline_get_events (f->tl, &n_events);

  return rs_explain_new (replica, events, rs_timeline_get_step_end (f->tl, step), test_atoms_lookup, &f->atoms);
}

static char *
joined (GPtrArray *labels)
{
  g_ptr_array_add (labels, NULL);
  return g_strjoinv (" -> ", (char **) labels->pdata);
}

/* The ids of @ids as "1 2 3". */
static char *
ids_text (GArray *ids)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (out, i ? " %u" : "%u", g_array_index (ids, RsObjId, i));
  return g_string_free (out, FALSE);
}

static void
assert_path (RsExplain  *explain,
             RsObjId     id,
             const char *expected)
{
  g_autoptr(GPtrArray) path = rs_explain_why_alive (explain, id);
  g_autofree char *text = joined (path);

  g_assert_cmpstr (text, ==, expected);
}

static void
assert_ids (GArray     *ids,
            const char *expected)
{
  g_autofree char *text = ids_text (ids);

  g_assert_cmpstr (text, ==, expected);
  g_array_unref (ids);
}

/* The removal of @id's reference labelled @reference. */
static RsExplainRemoval *
removal_of (GPtrArray  *removals,
            const char *reference)
{
  for (guint i = 0; i < removals->len; i++)
    if (g_strcmp0 (((RsExplainRemoval *) g_ptr_array_index (removals, i))->reference, reference) == 0)
      return g_ptr_array_index (removals, i);
  g_assert_not_reached ();
}

/* a = Foo(); a.items = [Foo(), Foo()]; a.d = {'k': Foo()};
 * b = Foo(); b.d = []; b.items = []  (ids 2..10, numbers 1..9) */
static void
build_tree (TimelineFixture *f)
{
  ev_step (f->tl, 1, 1);
  new_class (f, CLS, "Foo");
  new_instance (f, 2, CLS, 1);
  bind (f, "a", 2);
  ev_alloc (f->tl, 3, RS_KIND_LIST, 0, 2);
  new_instance (f, 4, CLS, 3);
  append (f, 3, 0, 4);
  new_instance (f, 5, CLS, 4);
  append (f, 3, 1, 5);
  store (f, 2, "items", 3, RS_EVENT_FROM_TEMP);
  ev_alloc (f->tl, 6, RS_KIND_DICT, 0, 5);
  new_instance (f, 7, CLS, 6);
  ev_key_set (f->tl, 6, RS_VALUE_MAKE (RS_TAG_STR, atom (&f->atoms, "k")), ABSENT, OBJ (7), RS_EVENT_FROM_TEMP);
  store (f, 2, "d", 6, RS_EVENT_FROM_TEMP);
  ev_step (f->tl, 1, 2);
  new_instance (f, 8, CLS, 7);
  bind (f, "b", 8);
  ev_alloc (f->tl, 9, RS_KIND_LIST, 0, 8);
  store (f, 8, "d", 9, RS_EVENT_FROM_TEMP);
  ev_alloc (f->tl, 10, RS_KIND_LIST, 0, 9);
  store (f, 8, "items", 10, RS_EVENT_FROM_TEMP);
}

static void
test_why_alive (TimelineFixture *f,
                gconstpointer    data)
{
  g_autoptr(RsExplain) explain = NULL;
  g_autoptr(GPtrArray) paths = NULL;

  build_tree (f);
  explain = explain_at (f, 2);
  g_assert_cmpint (rs_explain_get_state (explain, 4), ==, RS_EXPLAIN_ALIVE);
  g_assert_cmpuint (rs_explain_find_number (explain, 3), ==, 4);
  g_assert_cmpuint (rs_explain_get_number (explain, 4), ==, 3);
  g_assert_cmpuint (rs_explain_find_number (explain, 42), ==, 0);
  assert_path (explain, 2, "a");
  assert_path (explain, 4, "a -> a.items -> a.items[0]");
  assert_path (explain, 5, "a -> a.items -> a.items[1]");
  assert_path (explain, 7, "a -> a.d -> a.d['k']");
  assert_path (explain, CLS, "Foo");
  paths = rs_explain_root_paths (explain, 4, 10);
  g_assert_cmpuint (paths->len, ==, 1);
  g_clear_pointer (&paths, g_ptr_array_unref);
  /* the class is held by its name and by each instance */
  paths = rs_explain_root_paths (explain, CLS, 10);
  g_assert_cmpuint (paths->len, ==, 6);
  g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (paths, 0))->len, ==, 1);
  g_assert_cmpint (rs_explain_get_cycle (explain, 4, NULL)->len, ==, 0);
}

/* Removing `a` frees a, then its attributes in the class's order (items,
 * then d), a list's items last to first, a dict's value after its key;
 * b stored d before items, but the class's keys say items first. */
static void
test_what_if_order (TimelineFixture *f,
                    gconstpointer    data)
{
  g_autoptr(RsExplain) explain = NULL;
  g_autoptr(GPtrArray) removals = NULL;
  RsExplainRemoval *r;

  build_tree (f);
  explain = explain_at (f, 2);
  removals = rs_explain_what_if (explain, 2);
  g_assert_cmpuint (removals->len, ==, 1);
  r = removal_of (removals, "a");
  assert_ids (g_array_ref (r->frees), "2 3 5 4 6 7");
  g_assert_cmpuint (r->leaks->len, ==, 0);
  g_assert_null (r->uncertain);
  g_clear_pointer (&removals, g_ptr_array_unref);

  removals = rs_explain_what_if (explain, 8);
  assert_ids (g_array_ref (removal_of (removals, "b")->frees), "8 10 9");
  g_clear_pointer (&removals, g_ptr_array_unref);

  removals = rs_explain_what_if (explain, 3);
  assert_ids (g_array_ref (removal_of (removals, "a.items")->frees), "3 5 4");
  g_clear_pointer (&removals, g_ptr_array_unref);

  /* a class is in a cycle of its own: nothing frees it */
  removals = rs_explain_what_if (explain, CLS);
  r = removal_of (removals, "Foo");
  g_assert_cmpuint (r->frees->len, ==, 0);
  g_assert_cmpuint (r->leaks->len, ==, 0);
  g_assert_true (removal_of (removals, "a.__class__")->hidden);
}

static void
test_retained (TimelineFixture *f,
               gconstpointer    data)
{
  g_autoptr(RsExplain) explain = NULL;

  build_tree (f);
  /* a.items[1] also holds a.items[0]: a diamond under the list */
  store (f, 5, "peer", 4, 0);
  explain = explain_at (f, 2);
  assert_ids (rs_explain_retained (explain, 2), "2 3 4 5 6 7");
  assert_ids (rs_explain_retained (explain, 3), "3 4 5");
  assert_ids (rs_explain_retained (explain, 5), "5");
  assert_ids (rs_explain_retained (explain, 4), "4");
  assert_ids (rs_explain_retained (explain, 8), "8 9 10");
  /* everything hangs from the class, but the names hold it too */
  assert_ids (rs_explain_retained (explain, CLS), "1");
}

/* x <-> y leaked, with a list hanging from y; z.me = z. */
static void
test_leaked (TimelineFixture *f,
             gconstpointer    data)
{
  g_autoptr(RsExplain) explain = NULL;
  g_autoptr(GPtrArray) sets = NULL;
  g_autoptr(GPtrArray) removals = NULL;
  gboolean hangs;
  GArray *cycle;

  ev_step (f->tl, 1, 1);
  new_class (f, CLS, "Foo");
  new_instance (f, 2, CLS, 1);
  bind (f, "x", 2);
  new_instance (f, 3, CLS, 2);
  bind (f, "y", 3);
  store (f, 2, "f", 3, 0);
  store (f, 3, "f", 2, 0);
  ev_alloc (f->tl, 4, RS_KIND_LIST, 0, 3);
  store (f, 3, "t", 4, RS_EVENT_FROM_TEMP);
  ev_step (f->tl, 1, 2);
  unbind (f, "x", 2);
  unbind (f, "y", 3);

  explain = explain_at (f, 1);
  g_assert_cmpint (rs_explain_get_state (explain, 2), ==, RS_EXPLAIN_ALIVE);
  sets = rs_explain_break_cycle (explain, 2);
  g_assert_cmpuint (sets->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index ((GPtrArray *) g_ptr_array_index (sets, 0), 0), ==, "x.f");
  g_clear_pointer (&sets, g_ptr_array_unref);
  removals = rs_explain_what_if (explain, 2);
  assert_ids (g_array_ref (removal_of (removals, "x")->frees), "");
  assert_ids (g_array_ref (removal_of (removals, "x")->leaks), "");
  g_clear_pointer (&removals, g_ptr_array_unref);
  removals = rs_explain_what_if (explain, 3);
  assert_ids (g_array_ref (removal_of (removals, "y")->leaks), "");
  g_clear_pointer (&removals, g_ptr_array_unref);
  g_clear_pointer (&explain, rs_explain_free);

  explain = explain_at (f, 2);
  g_assert_cmpint (rs_explain_get_state (explain, 2), ==, RS_EXPLAIN_LEAKED);
  g_assert_cmpint (rs_explain_get_state (explain, 4), ==, RS_EXPLAIN_LEAKED);
  cycle = rs_explain_get_cycle (explain, 2, &hangs);
  g_assert_false (hangs);
  assert_ids (cycle, "2 3");
  cycle = rs_explain_get_cycle (explain, 4, &hangs);
  g_assert_true (hangs);
  assert_ids (cycle, "2 3");
  assert_path (explain, 4, "Foo #2 -> Foo #2.t");
  assert_path (explain, 2, "");
  sets = rs_explain_break_cycle (explain, 3);
  g_assert_cmpuint (sets->len, ==, 2);
  g_clear_pointer (&sets, g_ptr_array_unref);
  /* the leaked list hangs from the cycle: y (Foo #2) retains it */
  assert_ids (rs_explain_retained (explain, 4), "4");
  removals = rs_explain_what_if (explain, 3);
  assert_ids (g_array_ref (removal_of (removals, "Foo #1.f")->frees), "3 2 4");
}

/* a -> b -> c -> a with a chord a -> c: making c.f weak breaks both
 * cycles; otherwise one reference of each. */
static void
test_break_cycle (TimelineFixture *f,
                  gconstpointer    data)
{
  g_autoptr(RsExplain) explain = NULL;
  g_autoptr(GPtrArray) sets = NULL;
  g_autofree char *first = NULL, *second = NULL, *third = NULL;

  ev_step (f->tl, 1, 1);
  new_class (f, CLS, "Foo");
  new_instance (f, 2, CLS, 1);
  bind (f, "a", 2);
  new_instance (f, 3, CLS, 2);
  store (f, 2, "f", 3, RS_EVENT_FROM_TEMP);
  new_instance (f, 4, CLS, 3);
  store (f, 3, "f", 4, RS_EVENT_FROM_TEMP);
  store (f, 4, "f", 2, 0);
  store (f, 2, "g", 4, 0);

  explain = explain_at (f, 1);
  sets = rs_explain_break_cycle (explain, 3);
  g_assert_cmpuint (sets->len, ==, 3);
  first = joined (g_ptr_array_index (sets, 0));
  second = joined (g_ptr_array_index (sets, 1));
  third = joined (g_ptr_array_index (sets, 2));
  g_assert_cmpstr (first, ==, "a.g.f");
  g_assert_cmpstr (second, ==, "a.f -> a.g");
  g_assert_cmpstr (third, ==, "a.g -> a.f.f");
  g_clear_pointer (&sets, g_ptr_array_unref);
  /* no cycle, nothing to break */
  sets = rs_explain_break_cycle (explain, CLS + 100);
  g_assert_cmpuint (sets->len, ==, 0);
}

/* A chain of 50 lists whose last holds [p, q]: q and p reach zero 51
 * deep, wait on the trashcan's stack and go newest first: p, then q. */
static void
test_trashcan (TimelineFixture *f,
               gconstpointer    data)
{
  g_autoptr(RsExplain) explain = NULL;
  g_autoptr(GPtrArray) removals = NULL;
  GArray *frees;

  ev_step (f->tl, 1, 1);
  for (RsObjId id = 1; id <= 50; id++)
    ev_alloc (f->tl, id, RS_KIND_LIST, 0, id);
  ev_alloc (f->tl, 51, RS_KIND_LIST, 0, 51);
  append (f, 50, 0, 51);
  ev_alloc (f->tl, 52, RS_KIND_LIST, 0, 52);
  append (f, 50, 1, 52);
  for (RsObjId id = 50; id > 1; id--)
    append (f, id - 1, 0, id);
  bind (f, "top", 1);

  explain = explain_at (f, 1);
  removals = rs_explain_what_if (explain, 1);
  frees = removal_of (removals, "top")->frees;
  g_assert_cmpuint (frees->len, ==, 52);
  for (guint i = 0; i < 50; i++)
    g_assert_cmpuint (g_array_index (frees, RsObjId, i), ==, i + 1);
  g_assert_cmpuint (g_array_index (frees, RsObjId, 50), ==, 51);
  g_assert_cmpuint (g_array_index (frees, RsObjId, 51), ==, 52);
}

/* A class with __del__, and a weak reference with a callback: freeing
 * either runs script code, which the answer says. */
static void
test_uncertain (TimelineFixture *f,
                gconstpointer    data)
{
  g_autoptr(RsExplain) explain = NULL;
  g_autoptr(GPtrArray) removals = NULL;
  RsExplainRemoval *r;

  ev_step (f->tl, 1, 1);
  new_class (f, CLS, "Foo");
  ev_alloc (f->tl, 2, RS_KIND_FUNCTION, atom (&f->atoms, "__del__"), 0);
  store (f, CLS, "__del__", 2, RS_EVENT_FROM_TEMP);
  new_instance (f, 3, CLS, 1);
  bind (f, "a", 3);
  ev_alloc (f->tl, 4, RS_KIND_LIST, 0, 2);
  bind (f, "l", 4);
  new_class (f, 5, "Bar");
  ev_alloc (f->tl, 6, RS_KIND_INSTANCE, atom (&f->atoms, "Bar"), 3);
  ev_attr (f->tl, 6, atom (&f->atoms, "__class__"), ABSENT, OBJ (5), RS_EVENT_HIDDEN);
  bind (f, "b", 6);
  ev_alloc (f->tl, 7, RS_KIND_FUNCTION, atom (&f->atoms, "gone"), 0);
  bind (f, "gone", 7);
  ev_alloc (f->tl, 8, RS_KIND_WEAKREF, 0, 0);
  emit (f->tl, RS_EV_WEAK_SET, 0, 8, 0, ABSENT, OBJ (6));
  store (f, 8, "callback", 7, RS_EVENT_HIDDEN);
  bind (f, "w", 8);

  explain = explain_at (f, 1);
  removals = rs_explain_what_if (explain, 3);
  r = removal_of (removals, "a");
  assert_ids (g_array_ref (r->frees), "3");
  g_assert_nonnull (strstr (r->uncertain, "__del__"));
  g_clear_pointer (&removals, g_ptr_array_unref);
  removals = rs_explain_what_if (explain, 6);
  g_assert_nonnull (strstr (removal_of (removals, "b")->uncertain, "callback"));
  g_clear_pointer (&removals, g_ptr_array_unref);
  removals = rs_explain_what_if (explain, 4);
  g_assert_null (removal_of (removals, "l")->uncertain);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add ("/refscope/explain/" path, TimelineFixture, NULL, timeline_fixture_setup, func, timeline_fixture_teardown)
  ADD ("why-alive", test_why_alive);
  ADD ("what-if-order", test_what_if_order);
  ADD ("retained", test_retained);
  ADD ("leaked", test_leaked);
  ADD ("break-cycle", test_break_cycle);
  ADD ("trashcan", test_trashcan);
  ADD ("uncertain", test_uncertain);
#undef ADD
  return g_test_run ();
}
