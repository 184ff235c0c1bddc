/* test-replica.c: the heap rebuilt from hand-written event streams
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rs-snapshot-describe.h"
#include "rs-test-events.h"

typedef struct {
  TestAtoms   atoms;
  RsTimeline *tl;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  test_atoms_init (&f->atoms);
  f->tl = rs_timeline_new ();
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  rs_timeline_free (f->tl);
  test_atoms_clear (&f->atoms);
}

static RsSnapshot *
snapshot_at (Fixture *f,
             guint    step)
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

static const RsSnapSlot *
slot_of (const RsSnapshot   *snap,
         const RsSnapObject *object,
         guint               i)
{
  g_assert_cmpuint (i, <, object->n_slots);
  return &snap->slots[object->first_slot + i];
}

static void
assert_refcount_text (const RsSnapshot *snap,
                      RsObjId           id,
                      const char       *expected)
{
  g_autofree char *text = rs_snapshot_describe_refcount (snap, id);

  g_assert_cmpstr (text, ==, expected);
}

/* a = Foo(); b = Foo(); a.friend = b; l = [a, 'x']; del a; l.pop(0) ... */
static void
test_labels_and_ledger (Fixture       *f,
                        gconstpointer  data)
{
  guint32 foo = atom (&f->atoms, "Foo");
  guint32 a = atom (&f->atoms, "a"), b = atom (&f->atoms, "b"), l = atom (&f->atoms, "l");
  guint32 friend = atom (&f->atoms, "friend"), s = atom (&f->atoms, "it's");
  g_autoptr(RsSnapshot) snap = NULL;
  const RsSnapObject *obj;

  ev_step (f->tl, 1, 1);                                          /* step 1: a = Foo() */
  ev_alloc (f->tl, 1, RS_KIND_INSTANCE, foo, 1);
  ev_name (f->tl, 1, a, ABSENT, OBJ (1), RS_EVENT_FROM_TEMP);
  ev_step (f->tl, 1, 2);                                          /* step 2: b = Foo() */
  ev_alloc (f->tl, 2, RS_KIND_INSTANCE, foo, 2);
  ev_name (f->tl, 1, b, ABSENT, OBJ (2), RS_EVENT_FROM_TEMP);
  ev_step (f->tl, 1, 3);                                          /* step 3: a.friend = b */
  ev_attr (f->tl, 1, friend, ABSENT, OBJ (2), 0);
  ev_step (f->tl, 1, 4);                                          /* step 4: l = [a, "it's", None] */
  ev_alloc (f->tl, 3, RS_KIND_LIST, 0, 3);
  emit (f->tl, RS_EV_ITEM_INSERT, 0, 3, 0, ABSENT, OBJ (1));
  emit (f->tl, RS_EV_ITEM_INSERT, 0, 3, 1, ABSENT, RS_VALUE_MAKE (RS_TAG_STR, s));
  emit (f->tl, RS_EV_ITEM_INSERT, 0, 3, 2, ABSENT, RS_VALUE_NONE);
  ev_name (f->tl, 1, l, ABSENT, OBJ (3), RS_EVENT_FROM_TEMP);

  snap = snapshot_at (f, 4);
  g_assert_cmpuint (snap->step, ==, 4);
  g_assert_cmpuint (snap->line, ==, 4);
  g_assert_cmpuint (snap->n_objects, ==, 3);
  g_assert_cmpuint (snap->n_frames, ==, 1);
  g_assert_cmpstr (snap->frames[0].name, ==, "Global frame");
  g_assert_cmpuint (snap->frames[0].n_slots, ==, 3);
  g_assert_cmpstr (snap->slots[snap->frames[0].first_slot + 2].label, ==, "l");

  obj = find (snap, 1);
  g_assert_cmpstr (obj->title, ==, "Foo #1");
  g_assert_cmpstr (obj->type_name, ==, "Foo");
  g_assert_cmpuint (obj->refcount, ==, 2);
  g_assert_true (obj->flags & RS_SNAP_REACHABLE);
  g_assert_true (obj->flags & RS_SNAP_TRACED);
  g_assert_cmpstr (slot_of (snap, obj, 0)->label, ==, "friend");
  g_assert_cmpint (slot_of (snap, obj, 0)->kind, ==, RS_SLOT_STRONG);
  g_assert_cmpuint (slot_of (snap, obj, 0)->target, ==, 2);
  assert_refcount_text (snap, 1, "refcount 2 = a, l[0]");
  assert_refcount_text (snap, 2, "refcount 2 = b, a.friend");

  obj = find (snap, 3);
  g_assert_cmpstr (obj->title, ==, "list #3");
  g_assert_true (obj->flags & RS_SNAP_NEW);
  g_assert_false (find (snap, 1)->flags & RS_SNAP_NEW);
  g_assert_cmpuint (obj->n_slots, ==, 3);
  g_assert_cmpstr (slot_of (snap, obj, 1)->label, ==, "1");
  g_assert_cmpstr (slot_of (snap, obj, 1)->text, ==, "\"it's\"");
  g_assert_cmpstr (slot_of (snap, obj, 2)->text, ==, "None");
  g_clear_pointer (&snap, rs_snapshot_unref);

  /* step 5: x = l.pop(0): the item moves to a temporary, then to x */
  ev_step (f->tl, 1, 5);
  emit (f->tl, RS_EV_ITEM_REMOVE, RS_EVENT_OLD_TO_TEMP, 3, 0, OBJ (1), ABSENT);
  snap = snapshot_at (f, 5);
  assert_refcount_text (snap, 1, "refcount 2 = a, the evaluation stack of line 5 while it runs");
  g_assert_cmpuint (find (snap, 1)->n_temporaries, ==, 1);
  g_assert_cmpstr (slot_of (snap, find (snap, 3), 0)->label, ==, "0");
  g_assert_cmpstr (slot_of (snap, find (snap, 3), 0)->text, ==, "\"it's\"");
  g_clear_pointer (&snap, rs_snapshot_unref);

  /* Going back restores the list. */
  snap = snapshot_at (f, 4);
  assert_refcount_text (snap, 1, "refcount 2 = a, l[0]");
  g_assert_cmpuint (find (snap, 3)->n_slots, ==, 3);
}

/* del a, with a -> list -> Foo: the whole chain goes, in one step. */
static void
test_cascade (Fixture       *f,
              gconstpointer  data)
{
  guint32 foo = atom (&f->atoms, "Foo"), a = atom (&f->atoms, "a");
  guint32 items = atom (&f->atoms, "items");
  g_autoptr(RsSnapshot) snap = NULL;

  ev_step (f->tl, 1, 1);   /* a = Foo(); a.items = [Foo()] */
  ev_alloc (f->tl, 1, RS_KIND_INSTANCE, foo, 1);
  ev_name (f->tl, 1, a, ABSENT, OBJ (1), RS_EVENT_FROM_TEMP);
  ev_alloc (f->tl, 2, RS_KIND_LIST, 0, 2);
  ev_alloc (f->tl, 3, RS_KIND_INSTANCE, foo, 3);
  emit (f->tl, RS_EV_ITEM_INSERT, RS_EVENT_FROM_TEMP, 2, 0, ABSENT, OBJ (3));
  ev_attr (f->tl, 1, items, ABSENT, OBJ (2), RS_EVENT_FROM_TEMP);
  ev_step (f->tl, 1, 2);   /* del a */
  ev_name (f->tl, 1, a, OBJ (1), ABSENT, 0);
  ev_object (f->tl, RS_EV_FINALIZE, 1);
  ev_attr (f->tl, 1, items, OBJ (2), ABSENT, 0);
  ev_object (f->tl, RS_EV_FINALIZE, 2);
  emit (f->tl, RS_EV_ITEM_REMOVE, 0, 2, 0, OBJ (3), ABSENT);
  ev_object (f->tl, RS_EV_FINALIZE, 3);
  ev_object (f->tl, RS_EV_FREE, 3);
  ev_object (f->tl, RS_EV_FREE, 2);
  ev_object (f->tl, RS_EV_FREE, 1);

  snap = snapshot_at (f, 1);
  g_assert_cmpuint (snap->n_objects, ==, 3);
  g_assert_cmpuint (find (snap, 3)->refcount, ==, 1);
  assert_refcount_text (snap, 3, "refcount 1 = a.items[0]");
  g_clear_pointer (&snap, rs_snapshot_unref);

  snap = snapshot_at (f, 2);
  g_assert_cmpuint (snap->n_objects, ==, 0);
  g_assert_cmpuint (snap->n_freed, ==, 3);
  g_assert_cmpuint (snap->freed[0], ==, 3);
  g_assert_cmpuint (snap->freed[2], ==, 1);
  g_assert_cmpuint (snap->frames[0].n_slots, ==, 0);
  g_clear_pointer (&snap, rs_snapshot_unref);

  snap = snapshot_at (f, 1);
  g_assert_cmpuint (snap->n_objects, ==, 3);
  g_assert_cmpuint (snap->n_freed, ==, 0);
}

/* d = {'k': Foo()}; d['j'] = 3; d.pop('k'); d['k'] = 1; d.clear() */
static void
test_dict (Fixture       *f,
           gconstpointer  data)
{
  guint32 foo = atom (&f->atoms, "Foo"), d = atom (&f->atoms, "d");
  RsValue k = RS_VALUE_MAKE (RS_TAG_STR, atom (&f->atoms, "k"));
  RsValue j = RS_VALUE_MAKE (RS_TAG_STR, atom (&f->atoms, "j"));
  RsValue cleared[] = { j, INT (3), k, INT (1) };
  g_autoptr(RsSnapshot) snap = NULL;
  const RsSnapObject *obj;

  ev_step (f->tl, 1, 1);
  ev_alloc (f->tl, 1, RS_KIND_DICT, 0, 1);
  ev_alloc (f->tl, 2, RS_KIND_INSTANCE, foo, 2);
  ev_key_set (f->tl, 1, k, ABSENT, OBJ (2), RS_EVENT_FROM_TEMP);
  ev_name (f->tl, 1, d, ABSENT, OBJ (1), RS_EVENT_FROM_TEMP);
  ev_step (f->tl, 1, 2);
  ev_key_set (f->tl, 1, j, ABSENT, INT (3), 0);
  ev_step (f->tl, 1, 3);
  ev_key_remove (f->tl, 1, k, OBJ (2), RS_EVENT_OLD_TO_TEMP);
  ev_temp (f->tl, OBJ (2), -1);
  ev_object (f->tl, RS_EV_FINALIZE, 2);
  ev_object (f->tl, RS_EV_FREE, 2);
  ev_step (f->tl, 1, 4);
  ev_key_set (f->tl, 1, k, ABSENT, INT (1), 0);
  ev_step (f->tl, 1, 5);
  ev_clear (f->tl, 1, cleared, G_N_ELEMENTS (cleared), 2);

  snap = snapshot_at (f, 2);
  obj = find (snap, 1);
  g_assert_cmpstr (obj->title, ==, "dict #1");
  g_assert_cmpuint (obj->n_slots, ==, 2);
  g_assert_cmpstr (slot_of (snap, obj, 0)->label, ==, "'k'");
  g_assert_cmpuint (slot_of (snap, obj, 0)->target, ==, 2);
  g_assert_cmpstr (slot_of (snap, obj, 1)->label, ==, "'j'");
  g_assert_cmpstr (slot_of (snap, obj, 1)->text, ==, "3");
  assert_refcount_text (snap, 2, "refcount 1 = d['k']");
  g_clear_pointer (&snap, rs_snapshot_unref);

  snap = snapshot_at (f, 4);  /* 'k' is now after 'j' */
  obj = find (snap, 1);
  g_assert_cmpuint (obj->n_slots, ==, 2);
  g_assert_cmpstr (slot_of (snap, obj, 0)->label, ==, "'j'");
  g_assert_cmpstr (slot_of (snap, obj, 1)->label, ==, "'k'");
  g_assert_null (rs_snapshot_find_object (snap, 2));
  g_clear_pointer (&snap, rs_snapshot_unref);

  snap = snapshot_at (f, 5);
  g_assert_cmpuint (find (snap, 1)->n_slots, ==, 0);
  g_clear_pointer (&snap, rs_snapshot_unref);

  /* Back to 1 through the removal: 'k' is first again. */
  snap = snapshot_at (f, 1);
  obj = find (snap, 1);
  g_assert_cmpuint (obj->n_slots, ==, 1);
  g_assert_cmpstr (slot_of (snap, obj, 0)->label, ==, "'k'");
  g_assert_cmpuint (find (snap, 2)->refcount, ==, 1);
}

/* def f(p): q = p  -- called as f(l) */
static void
test_frames (Fixture       *f,
             gconstpointer  data)
{
  guint32 fname = atom (&f->atoms, "f"), l = atom (&f->atoms, "l");
  guint32 p = atom (&f->atoms, "p"), q = atom (&f->atoms, "q"), fn = atom (&f->atoms, "f");
  g_autoptr(RsSnapshot) snap = NULL;

  ev_step (f->tl, 1, 1);                             /* def f */
  ev_alloc (f->tl, 1, RS_KIND_FUNCTION, fname, 0);
  ev_name (f->tl, 1, fn, ABSENT, OBJ (1), RS_EVENT_FROM_TEMP);
  ev_step (f->tl, 1, 3);                             /* l = [] */
  ev_alloc (f->tl, 2, RS_KIND_LIST, 0, 1);
  ev_name (f->tl, 1, l, ABSENT, OBJ (2), RS_EVENT_FROM_TEMP);
  ev_step (f->tl, 1, 4);                             /* f(l) */
  ev_temp (f->tl, OBJ (2), 1);
  emit (f->tl, RS_EV_FRAME_PUSH, 0, 2, fname, ABSENT, OBJ (1));
  ev_name (f->tl, 2, p, ABSENT, OBJ (2), RS_EVENT_FROM_TEMP);
  ev_step (f->tl, 2, 2);                             /* q = p */
  ev_name (f->tl, 2, q, ABSENT, OBJ (2), 0);
  ev_name (f->tl, 2, p, OBJ (2), ABSENT, 0);
  ev_name (f->tl, 2, q, OBJ (2), ABSENT, 0);
  emit (f->tl, RS_EV_FRAME_POP, 0, 2, 0, OBJ (1), ABSENT);

  snap = snapshot_at (f, 3);
  g_assert_cmpuint (snap->n_frames, ==, 2);
  g_assert_cmpstr (snap->frames[1].name, ==, "f");
  g_assert_cmpuint (snap->frames[1].line, ==, 0);
  g_assert_cmpuint (snap->frames[0].line, ==, 4);
  assert_refcount_text (snap, 2, "refcount 2 = l, p in f");
  assert_refcount_text (snap, 1, "refcount 2 = f, (frame f)");
  g_clear_pointer (&snap, rs_snapshot_unref);

  snap = snapshot_at (f, 4);
  g_assert_cmpuint (snap->n_frames, ==, 1);
  g_assert_cmpuint (find (snap, 2)->refcount, ==, 1);
  g_assert_cmpuint (rs_timeline_get_step_frame (f->tl, 4), ==, 2);
  g_assert_cmpuint (rs_timeline_get_step_line (f->tl, 4), ==, 2);
  g_clear_pointer (&snap, rs_snapshot_unref);

  /* Back inside the call (undoing the pop restores the frame and its line). */
  ev_step (f->tl, 1, 5);
  snap = snapshot_at (f, 3);
  g_assert_cmpuint (snap->n_frames, ==, 2);
  g_assert_cmpuint (snap->frames[1].n_slots, ==, 1);
  g_assert_cmpuint (snap->frames[0].line, ==, 4);
}

/* w = weakref.ref(a); del a: the weak slot turns dead. */
static void
test_weakref (Fixture       *f,
              gconstpointer  data)
{
  guint32 foo = atom (&f->atoms, "Foo"), a = atom (&f->atoms, "a"), w = atom (&f->atoms, "w");
  /* the interpreter names the type, which is the kind's own name */
  guint32 weakref = atom (&f->atoms, "weakref");
  g_autoptr(RsSnapshot) snap = NULL;
  const RsSnapObject *obj;

  ev_step (f->tl, 1, 1);
  ev_alloc (f->tl, 1, RS_KIND_INSTANCE, foo, 1);
  ev_name (f->tl, 1, a, ABSENT, OBJ (1), RS_EVENT_FROM_TEMP);
  ev_step (f->tl, 1, 2);
  ev_alloc (f->tl, 2, RS_KIND_WEAKREF, weakref, 0);
  emit (f->tl, RS_EV_WEAK_SET, 0, 2, 0, ABSENT, OBJ (1));
  ev_name (f->tl, 1, w, ABSENT, OBJ (2), RS_EVENT_FROM_TEMP);
  ev_step (f->tl, 1, 3);
  ev_name (f->tl, 1, a, OBJ (1), ABSENT, 0);
  ev_object (f->tl, RS_EV_FINALIZE, 1);
  emit (f->tl, RS_EV_WEAK_CLEAR, 0, 2, 0, OBJ (1), ABSENT);
  ev_object (f->tl, RS_EV_FREE, 1);

  snap = snapshot_at (f, 2);
  obj = find (snap, 2);
  g_assert_cmpstr (obj->title, ==, "weakref");
  g_assert_cmpint (slot_of (snap, obj, 0)->kind, ==, RS_SLOT_WEAK);
  g_assert_cmpuint (slot_of (snap, obj, 0)->target, ==, 1);
  g_assert_cmpuint (slot_of (snap, obj, 0)->via, ==, 2);
  obj = find (snap, 1);
  g_assert_cmpuint (obj->refcount, ==, 1);  /* weak references do not count */
  g_assert_cmpuint (obj->n_weak_referrers, ==, 1);
  g_assert_cmpuint (snap->referrers[obj->first_weak_referrer].holder, ==, 2);
  g_assert_cmpstr (snap->referrers[obj->first_weak_referrer].label, ==, "w");
  assert_refcount_text (snap, 1, "refcount 1 = a");
  g_clear_pointer (&snap, rs_snapshot_unref);

  snap = snapshot_at (f, 3);
  obj = find (snap, 2);
  g_assert_cmpint (slot_of (snap, obj, 0)->kind, ==, RS_SLOT_WEAK_DEAD);
  g_assert_cmpuint (slot_of (snap, obj, 0)->target, ==, 0);
  g_assert_null (rs_snapshot_find_object (snap, 1));
  g_assert_true (find (snap, 2)->flags & RS_SNAP_REACHABLE);
}

static void
test_repr (void)
{
  TestAtoms atoms;
  struct { RsValue value; const char *repr; } cases[] = {
    { INT (12), "12" },
    { INT (-5), "-5" },
    { RS_VALUE_NONE, "None" },
    { RS_VALUE_TRUE, "True" },
    { RS_VALUE_FALSE, "False" },
  };

  test_atoms_init (&atoms);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *repr = rs_snapshot_repr_value (cases[i].value, test_atoms_lookup, &atoms);
      g_assert_cmpstr (repr, ==, cases[i].repr);
    }
  {
    const char *strs[][2] = { { "abc", "'abc'" }, { "it's", "\"it's\"" },
                              { "a'\"b", "'a\\'\"b'" }, { "x\ny\\", "'x\\ny\\\\'" },
                              /* as Python: é is printable, U+200B (a format char) is not */
                              { "caf\xc3\xa9\xe2\x80\x8b", "'caf\xc3\xa9\\u200b'" } };
    for (guint i = 0; i < G_N_ELEMENTS (strs); i++)
      {
        RsValue v = RS_VALUE_MAKE (RS_TAG_STR, atom (&atoms, strs[i][0]));
        g_autofree char *repr = rs_snapshot_repr_value (v, test_atoms_lookup, &atoms);
        g_assert_cmpstr (repr, ==, strs[i][1]);
      }
  }
  test_atoms_clear (&atoms);
}

/* An observer that keeps its own count of each object's references from
 * the notes alone, and a log of them. */
typedef struct {
  GArray  *counts;   /* gint, by object id */
  GString *log;
} Counter;

static gint *
count_of (Counter *c,
          RsObjId  id)
{
  if (id >= c->counts->len)
    g_array_set_size (c->counts, id + 1);
  return &g_array_index (c->counts, gint, id);
}

static void
counter_gain (gpointer         user_data,
              const RsReplica *replica,
              RsObjId          holder,
              RsObjId          target)
{
  Counter *c = user_data;

  (*count_of (c, target))++;
  g_string_append_printf (c->log, "gain %u->%u\n", holder, target);
}

static void
counter_loss (gpointer         user_data,
              const RsReplica *replica,
              RsObjId          holder,
              RsObjId          target,
              gboolean         moved,
              RsObjId          to)
{
  Counter *c = user_data;

  (*count_of (c, target))--;
  g_string_append_printf (c->log, "loss %u->%u", holder, target);
  if (moved)
    g_string_append_printf (c->log, " to %u", to);
  g_string_append_c (c->log, '\n');
}

static void
counter_alloc (gpointer user_data,
               RsObjId  id)
{
  Counter *c = user_data;

  *count_of (c, id) = 1;  /* its creator's temporary */
  g_string_append_printf (c->log, "alloc %u\n", id);
}

static void
counter_free (gpointer user_data,
              RsObjId  id)
{
  g_string_append_printf (((Counter *) user_data)->log, "free %u\n", id);
}

static void
counter_revive (gpointer user_data,
                RsObjId  id)
{
  g_string_append_printf (((Counter *) user_data)->log, "revive %u\n", id);
}

static void
assert_counts (Counter         *c,
               const RsReplica *replica)
{
  for (RsObjId id = 1; id <= rs_replica_get_max_object_id (replica); id++)
    {
      const RsReplicaObject *object = rs_replica_get_object (replica, id);

      if (object->state == RS_REPLICA_ALIVE)
        g_assert_cmpint (*count_of (c, id), ==, rs_replica_object_refcount (object));
    }
}

/* The replica tells its observer of every reference an object gains or
 * loses, applying and undoing: counts kept from the notes alone are the
 * refcounts at every event.  A copy tells nobody. */
static void
test_observer (Fixture       *f,
               gconstpointer  data)
{
  Counter c = { g_array_new (FALSE, TRUE, sizeof (gint)), g_string_new (NULL) };
  RsReplicaObserver observer = { counter_gain, counter_loss, counter_alloc, counter_free, counter_revive, &c };
  g_autoptr(RsReplica) replica = rs_replica_new ();
  g_autoptr(RsReplica) copy = NULL;
  guint32 foo = atom (&f->atoms, "Foo"), a = atom (&f->atoms, "a"), x = atom (&f->atoms, "x");
  RsValue cleared[] = { OBJ (1), OBJ (2) };
  const RsEvent *events;
  guint64 n_events;
  gsize logged;

  ev_step (f->tl, 1, 1);                              /* a = Foo() */
  ev_alloc (f->tl, 1, RS_KIND_INSTANCE, foo, 1);
  ev_name (f->tl, 1, a, ABSENT, OBJ (1), RS_EVENT_FROM_TEMP);
  ev_step (f->tl, 1, 2);                              /* l = [a]; l.me = l */
  ev_alloc (f->tl, 2, RS_KIND_LIST, 0, 2);
  emit (f->tl, RS_EV_ITEM_INSERT, 0, 2, 0, ABSENT, OBJ (1));
  ev_attr (f->tl, 2, atom (&f->atoms, "me"), ABSENT, OBJ (2), RS_EVENT_FROM_TEMP);
  ev_step (f->tl, 1, 3);                              /* x = l.pop(0) */
  emit (f->tl, RS_EV_ITEM_REMOVE, RS_EVENT_OLD_TO_TEMP, 2, 0, OBJ (1), ABSENT);
  ev_name (f->tl, 1, x, ABSENT, OBJ (1), RS_EVENT_FROM_TEMP);
  ev_step (f->tl, 1, 4);                              /* d = {a: l}; d.clear() */
  ev_alloc (f->tl, 3, RS_KIND_DICT, 0, 3);
  ev_key_set (f->tl, 3, OBJ (1), ABSENT, OBJ (2), 0);
  ev_clear (f->tl, 3, cleared, G_N_ELEMENTS (cleared), 1);
  ev_temp (f->tl, OBJ (1), -1);
  ev_temp (f->tl, OBJ (2), -1);
  ev_temp (f->tl, OBJ (3), -1);
  ev_object (f->tl, RS_EV_FREE, 3);
  ev_step (f->tl, 1, 5);                              /* del a, x */
  ev_name (f->tl, 1, a, OBJ (1), ABSENT, 0);
  ev_name (f->tl, 1, x, OBJ (1), ABSENT, 0);
  ev_object (f->tl, RS_EV_FINALIZE, 1);
  ev_object (f->tl, RS_EV_FREE, 1);

  rs_replica_set_observer (replica, &observer);
  events = rs_timeline_get_events (f->tl, &n_events);
  for (guint64 i = 0; i < n_events; i++)
    {
      guint n_payload;
      const RsValue *payload = rs_timeline_get_payload (f->tl, &events[i], &n_payload);

      rs_replica_apply (replica, &events[i], payload, n_payload);
      assert_counts (&c, replica);
      if (i == 2)
        g_assert_cmpstr (c.log->str, ==, "alloc 1\ngain 0->1\nloss 0->1 to 0\n");
    }
  g_assert_true (g_str_has_suffix (c.log->str, "loss 0->1\nfree 1\n"));
  g_assert_nonnull (strstr (c.log->str, "gain 2->2\nloss 0->2 to 2\n"));   /* l.me = l */
  g_assert_nonnull (strstr (c.log->str, "gain 0->1\nloss 2->1 to 0\n"));   /* l.pop(0) */
  g_assert_cmpuint (rs_replica_get_n_alive (replica), ==, 1);

  copy = rs_replica_copy (replica);
  logged = c.log->len;
  rs_replica_undo (copy, &events[n_events - 1], NULL, 0);
  g_assert_cmpuint (c.log->len, ==, logged);

  for (guint64 i = n_events; i > 0; i--)
    {
      guint n_payload;
      const RsValue *payload = rs_timeline_get_payload (f->tl, &events[i - 1], &n_payload);

      rs_replica_undo (replica, &events[i - 1], payload, n_payload);
      assert_counts (&c, replica);
      if (i == n_events)
        g_assert_cmpstr (c.log->str + logged, ==, "revive 1\n");
    }
  g_assert_cmpuint (rs_replica_get_n_alive (replica), ==, 0);
  g_array_unref (c.counts);
  g_string_free (c.log, TRUE);
}

/* Events that contradict the replica break its invariants: each one is a
 * critical, and changes nothing. */
static void
apply_broken (RsReplica     *replica,
              const RsEvent *event,
              const char    *message)
{
  g_test_expect_message ("refscope-core", G_LOG_LEVEL_CRITICAL, message);
  rs_replica_apply (replica, event, NULL, 0);
  g_test_assert_expected_messages ();
}

static void
test_broken_invariants (void)
{
  g_autoptr(RsReplica) replica = rs_replica_new ();
  RsEvent alloc = { RS_EV_ALLOC, 0, 0, 1, RS_KIND_LIST, ABSENT, INT (1) };
  RsEvent release = { RS_EV_TEMP_DEC, 0, 0, 0, 0, OBJ (1), ABSENT };
  RsEvent unknown = { RS_EV_TEMP_DEC, 0, 0, 0, 0, OBJ (7), ABSENT };
  RsEvent store = { RS_EV_ATTR_SET, 0, 0, 5, 1, ABSENT, RS_VALUE_NONE };
  RsEvent set_item = { RS_EV_ITEM_SET, 0, 0, 1, 3, ABSENT, RS_VALUE_NONE };

  apply_broken (replica, &unknown, "*object 7, never allocated*");
  rs_replica_apply (replica, &alloc, NULL, 0);
  apply_broken (replica, &alloc, "*object 1 allocated twice*");
  rs_replica_apply (replica, &release, NULL, 0);
  g_assert_cmpuint (rs_replica_object_refcount (rs_replica_get_object (replica, 1)), ==, 0);
  apply_broken (replica, &release, "*object 1: temporary count below zero*");
  g_assert_cmpuint (rs_replica_object_refcount (rs_replica_get_object (replica, 1)), ==, 0);
  apply_broken (replica, &store, "*names object 5, not alive*");
  apply_broken (replica, &set_item, "*list 1: index 3 out of range*");
  g_assert_cmpuint (rs_replica_get_object (replica, 1)->items.n_slots, ==, 0);
}

/* A critical is fatal in a test program: an invariant that breaks
 * unexpected fails the suite. */
static void
test_broken_invariant_fails (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(RsReplica) replica = rs_replica_new ();
      RsEvent release = { RS_EV_TEMP_DEC, 0, 0, 0, 0, OBJ (1), ABSENT };

      rs_replica_apply (replica, &release, NULL, 0);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*object 1, never allocated*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add ("/refscope/replica/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("labels-and-ledger", test_labels_and_ledger);
  ADD ("cascade", test_cascade);
  ADD ("dict", test_dict);
  ADD ("frames", test_frames);
  ADD ("weakref", test_weakref);
  ADD ("observer", test_observer);
#undef ADD
  g_test_add_func ("/refscope/replica/repr", test_repr);
  g_test_add_func ("/refscope/replica/broken-invariants", test_broken_invariants);
  g_test_add_func ("/refscope/replica/broken-invariant-fails", test_broken_invariant_fails);
  return g_test_run ();
}
