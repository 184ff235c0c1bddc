/* test-timeline.c: steps, payloads, checkpoints, and the same state
 * whichever way the cursor gets there
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rs-test-events.h"

/* Each test's timeline with its atoms, and a generator of random but
 * well-formed event streams into it: it reads the head replica to know the
 * old values, and destroys what drops to zero. */
typedef struct {
  RsTimeline *tl;
  TestAtoms   atoms;
  GRand      *rand;
  RsObjId     next_id;
  RsFrameId   next_frame;
  guint       number;
} Gen;

static void
gen_setup (Gen           *g,
           gconstpointer  data)
{
  g->tl = rs_timeline_new ();
  test_atoms_init (&g->atoms);
  g->rand = g_rand_new_with_seed (g_test_rand_int ());
  g->next_id = 1;
  g->next_frame = 2;
}

static void
gen_teardown (Gen           *g,
              gconstpointer  data)
{
  g_rand_free (g->rand);
  test_atoms_clear (&g->atoms);
  rs_timeline_free (g->tl);
}

/* An empty session's step 0 has no events, and no pointer made from the
 * events array it does not have yet (UBSan: offset from NULL); its size
 * is what the history budget starts from. */
static void
test_empty (Gen           *g,
            gconstpointer  data)
{
  guint n = 1;
  const RsEvent *events = rs_timeline_get_step_events (g->tl, 0, &n);

  g_assert_nonnull (events);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpuint (rs_timeline_get_bytes (g->tl), <, 4096);
  ev_step (g->tl, 1, 3);
  g_assert_cmpuint (rs_timeline_get_bytes (g->tl), >=, 2 * sizeof (RsEvent));
}

static void
test_steps (Gen           *g,
            gconstpointer  data)
{
  RsTimeline *tl = g->tl;
  RsValue cleared[] = { INT (1), INT (2) };
  const RsEvent *events;
  const RsValue *payload;
  guint n, n_payload;

  g_assert_cmpuint (rs_timeline_get_n_steps (tl), ==, 1);
  ev_alloc (tl, 1, RS_KIND_CLASS, 0, 0);     /* before any line: step 0 */
  ev_step (tl, 1, 3);
  ev_alloc (tl, 2, RS_KIND_LIST, 0, 1);
  ev_clear (tl, 2, cleared, G_N_ELEMENTS (cleared), 2);
  ev_step (tl, 1, 7);

  g_assert_cmpuint (rs_timeline_get_n_steps (tl), ==, 3);
  g_assert_cmpuint (rs_timeline_get_n_events (tl), ==, 5);
  g_assert_cmpuint (rs_timeline_get_step_line (tl, 0), ==, 0);
  g_assert_cmpuint (rs_timeline_get_step_line (tl, 1), ==, 3);
  g_assert_cmpuint (rs_timeline_get_step_line (tl, 2), ==, 7);
  g_assert_cmpuint (rs_timeline_get_step_frame (tl, 2), ==, RS_GLOBAL_FRAME);
  events = rs_timeline_get_step_events (tl, 0, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (events[0].kind, ==, RS_EV_ALLOC);
  events = rs_timeline_get_step_events (tl, 1, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpint (events[0].kind, ==, RS_EV_STEP);
  payload = rs_timeline_get_payload (tl, &events[2], &n_payload);
  g_assert_cmpuint (n_payload, ==, 2);
  g_assert_cmpint (rs_value_get_int (payload[1]), ==, 2);
  g_assert_null (rs_timeline_get_payload (tl, &events[1], &n_payload));
  g_assert_cmpuint (n_payload, ==, 0);
  events = rs_timeline_get_step_events (tl, 2, &n);
  g_assert_cmpuint (n, ==, 1);
}

/* `a = f()` on line 4: what the caller does after the call returned (it
 * binds the result) is a step of line 4 again, not of the callee's last
 * line; a frame's pop stays with the line that returned. */
static void
test_return_resumes_caller (Gen           *g,
                            gconstpointer  data)
{
  RsTimeline *tl = g->tl;
  const RsEvent *events;
  guint n;

  ev_step (tl, RS_GLOBAL_FRAME, 4);
  emit (tl, RS_EV_FRAME_PUSH, 0, 2, 0, ABSENT, ABSENT);
  ev_step (tl, 2, 2);
  ev_alloc (tl, 1, RS_KIND_LIST, 0, 1);
  emit (tl, RS_EV_FRAME_POP, 0, 2, 0, ABSENT, ABSENT);
  ev_name (tl, RS_GLOBAL_FRAME, 7, ABSENT, OBJ (1), RS_EVENT_FROM_TEMP);
  ev_step (tl, RS_GLOBAL_FRAME, 5);

  g_assert_cmpuint (rs_timeline_get_n_steps (tl), ==, 5);
  g_assert_cmpuint (rs_timeline_get_step_line (tl, 2), ==, 2);
  events = rs_timeline_get_step_events (tl, 2, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpint (events[2].kind, ==, RS_EV_FRAME_POP);
  g_assert_cmpuint (rs_timeline_get_step_line (tl, 3), ==, 4);
  g_assert_cmpuint (rs_timeline_get_step_frame (tl, 3), ==, RS_GLOBAL_FRAME);
  events = rs_timeline_get_step_events (tl, 3, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpint (events[1].kind, ==, RS_EV_NAME_SET);
  /* Going back over the resumed step keeps the caller at its line. */
  g_assert_cmpuint (rs_replica_get_frame (rs_timeline_seek (tl, 2), RS_GLOBAL_FRAME)->line, ==, 4);
  g_assert_cmpuint (rs_replica_get_frame (rs_timeline_seek (tl, 4), RS_GLOBAL_FRAME)->line, ==, 5);
  g_assert_cmpuint (rs_replica_get_frame (rs_timeline_seek (tl, 3), RS_GLOBAL_FRAME)->line, ==, 4);
}

/* The generator */

static const RsReplica *
head (Gen *g)
{
  return rs_timeline_get_head (g->tl);
}

static const RsReplicaObject *
object (Gen     *g,
        RsObjId  id)
{
  return rs_replica_get_object (head (g), id);
}

/* A random alive object of @kind (RS_N_KINDS: any), or 0. */
static RsObjId
pick (Gen       *g,
      RsObjKind  kind)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (RsObjId));

  for (RsObjId id = 1; id <= rs_replica_get_max_object_id (head (g)); id++)
    if (object (g, id)->state == RS_REPLICA_ALIVE && (kind == RS_N_KINDS || object (g, id)->kind == kind))
      g_array_append_val (ids, id);
  if (ids->len == 0)
    return 0;
  return g_array_index (ids, RsObjId, g_rand_int_range (g->rand, 0, ids->len));
}

static RsValue
random_value (Gen *g)
{
  RsObjId id = g_rand_boolean (g->rand) ? pick (g, RS_N_KINDS) : 0;

  if (id != 0)
    return OBJ (id);
  if (g_rand_boolean (g->rand))
    return RS_VALUE_MAKE (RS_TAG_STR, atom (&g->atoms, g_rand_boolean (g->rand) ? "s" : "it's"));
  return INT (g_rand_int_range (g->rand, -3, 100));
}

static RsValue
slot_value (const RsReplicaSlots *slots,
            RsValue               key)
{
  for (guint i = slots->n_slots; i > 0; i--)
    if (slots->slots[i - 1].key == key)
      return slots->slots[i - 1].value;
  return ABSENT;
}

static void
destroy (Gen     *g,
         RsObjId  id)
{
  guint n_items = object (g, id)->items.n_slots;

  ev_object (g->tl, RS_EV_FINALIZE, id);
  for (RsObjId w = 1; w <= rs_replica_get_max_object_id (head (g)); w++)
    if (object (g, w)->state == RS_REPLICA_ALIVE && object (g, w)->weak_state == RS_REPLICA_WEAK_LIVE
        && object (g, w)->weak_referent == id)
      emit (g->tl, RS_EV_WEAK_CLEAR, 0, w, 0, OBJ (id), ABSENT);
  for (guint i = 0; i < object (g, id)->attrs.n_slots; i++)
    {
      const RsReplicaSlot *slot = &object (g, id)->attrs.slots[i];
      if (slot->value != ABSENT)
        ev_attr (g->tl, id, slot->key, slot->value, ABSENT, slot->flags & RS_EVENT_HIDDEN);
    }
  for (guint i = n_items; i > 0; i--)
    {
      const RsReplicaSlot *slot = &object (g, id)->items.slots[i - 1];
      if (object (g, id)->kind == RS_KIND_LIST)
        emit (g->tl, RS_EV_ITEM_REMOVE, 0, id, i - 1, slot->value, ABSENT);
      else if (slot->value != ABSENT)
        ev_key_remove (g->tl, id, slot->key, slot->value, 0);
    }
  ev_object (g->tl, RS_EV_FREE, id);
}

static void
collect_zeros (Gen *g)
{
  gboolean again = TRUE;

  while (again)
    {
      again = FALSE;
      for (RsObjId id = 1; id <= rs_replica_get_max_object_id (head (g)); id++)
        if (object (g, id)->state == RS_REPLICA_ALIVE && rs_replica_object_refcount (object (g, id)) == 0)
          {
            destroy (g, id);
            again = TRUE;
          }
    }
}

static RsFrameId
top_frame (Gen *g)
{
  guint n;
  const RsFrameId *stack = rs_replica_get_stack (head (g), &n);

  return stack[n - 1];
}

static void
gen_bind (Gen        *g,
          RsFrameId   frame,
          const char *name,
          RsValue     value,
          guint8      flags)
{
  guint32 key = atom (&g->atoms, name);
  RsValue old = slot_value (&rs_replica_get_frame (head (g), frame)->names, key);

  if (value == ABSENT && old == ABSENT)
    return;
  ev_name (g->tl, frame, key, old, value, flags);
}

static void
gen_alloc (Gen *g)
{
  static const RsObjKind kinds[] = { RS_KIND_INSTANCE, RS_KIND_INSTANCE, RS_KIND_LIST, RS_KIND_DICT, RS_KIND_WEAKREF };
  static const char * const names[] = { "a", "b", "c", "d", "e", "f" };
  RsObjKind kind = kinds[g_rand_int_range (g->rand, 0, G_N_ELEMENTS (kinds))];
  RsObjId id = g->next_id++;

  ev_alloc (g->tl, id, kind, kind == RS_KIND_INSTANCE ? atom (&g->atoms, "Foo") : 0,
            RS_KIND_IS_TRACED (kind) ? ++g->number : 0);
  gen_bind (g, top_frame (g), names[g_rand_int_range (g->rand, 0, G_N_ELEMENTS (names))], OBJ (id),
            RS_EVENT_FROM_TEMP);
}

static void
gen_attr (Gen *g)
{
  static const char * const attrs[] = { "x", "y", "z" };
  RsObjId id = pick (g, RS_KIND_INSTANCE);
  guint32 key;
  RsValue old, value;

  if (id == 0)
    return;
  key = atom (&g->atoms, attrs[g_rand_int_range (g->rand, 0, G_N_ELEMENTS (attrs))]);
  old = slot_value (&object (g, id)->attrs, key);
  value = g_rand_int_range (g->rand, 0, 4) == 0 ? ABSENT : random_value (g);
  if (old == ABSENT && value == ABSENT)
    return;
  ev_attr (g->tl, id, key, old, value, 0);
}

static void
gen_list (Gen *g)
{
  RsObjId id = pick (g, RS_KIND_LIST);
  guint n, op = g_rand_int_range (g->rand, 0, 8);
  RsValue value;

  if (id == 0)
    return;
  n = object (g, id)->items.n_slots;
  if (op < 4 || n == 0)
    {
      value = random_value (g);
      ev_temp (g->tl, value, 1);
      emit (g->tl, RS_EV_ITEM_INSERT, RS_EVENT_FROM_TEMP, id, g_rand_int_range (g->rand, 0, n + 1), ABSENT, value);
    }
  else if (op < 6)
    {
      guint index = g_rand_int_range (g->rand, 0, n);
      value = object (g, id)->items.slots[index].value;
      emit (g->tl, RS_EV_ITEM_REMOVE, RS_EVENT_OLD_TO_TEMP, id, index, value, ABSENT);
      ev_temp (g->tl, value, -1);
    }
  else if (op < 7)
    {
      guint index = g_rand_int_range (g->rand, 0, n);
      emit (g->tl, RS_EV_ITEM_SET, 0, id, index, object (g, id)->items.slots[index].value, random_value (g));
    }
  else
    {
      g_autofree RsValue *values = g_new (RsValue, n);

      for (guint i = 0; i < n; i++)
        values[i] = object (g, id)->items.slots[i].value;
      ev_clear (g->tl, id, values, n, n);
      for (guint i = n; i > 0; i--)
        ev_temp (g->tl, values[i - 1], -1);
    }
}

static void
gen_dict (Gen *g)
{
  RsObjId id = pick (g, RS_KIND_DICT);
  RsValue key = INT (g_rand_int_range (g->rand, 0, 4)), old;
  guint op = g_rand_int_range (g->rand, 0, 6);

  if (id == 0)
    return;
  old = ABSENT;
  for (guint i = object (g, id)->items.n_slots; i > 0 && old == ABSENT; i--)
    if (object (g, id)->items.slots[i - 1].key == key)
      old = object (g, id)->items.slots[i - 1].value;
  if (op < 3 || (op < 5 && old == ABSENT))
    ev_key_set (g->tl, id, key, old, random_value (g), 0);
  else if (op < 5)
    {
      ev_key_remove (g->tl, id, key, old, RS_EVENT_OLD_TO_TEMP);
      ev_temp (g->tl, old, -1);
    }
  else
    {
      g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (RsValue));

      for (guint i = 0; i < object (g, id)->items.n_slots; i++)
        if (object (g, id)->items.slots[i].value != ABSENT)
          g_array_append_vals (values, &object (g, id)->items.slots[i], 2);
      ev_clear (g->tl, id, (RsValue *) (gpointer) values->data, values->len, values->len / 2);
      for (guint i = 0; i < values->len; i++)
        ev_temp (g->tl, g_array_index (values, RsValue, i), -1);
    }
}

static void
gen_frame (Gen *g)
{
  guint n;
  RsFrameId top = top_frame (g);

  rs_replica_get_stack (head (g), &n);
  if (n < 3 && g_rand_boolean (g->rand))
    {
      RsObjId fn = pick (g, RS_N_KINDS);
      RsFrameId frame = g->next_frame++;

      emit (g->tl, RS_EV_FRAME_PUSH, 0, frame, atom (&g->atoms, "f"), ABSENT, fn ? OBJ (fn) : ABSENT);
      gen_bind (g, frame, "p", random_value (g), 0);
      ev_step (g->tl, frame, g_rand_int_range (g->rand, 1, 20));
    }
  else if (top != RS_GLOBAL_FRAME)
    {
      const RsReplicaFrame *frame = rs_replica_get_frame (head (g), top);

      for (guint i = 0; i < frame->names.n_slots; i++)
        if (frame->names.slots[i].value != ABSENT)
          ev_name (g->tl, top, frame->names.slots[i].key, frame->names.slots[i].value, ABSENT, 0);
      emit (g->tl, RS_EV_FRAME_POP, 0, top, 0, frame->function, ABSENT);
    }
  else
    gen_bind (g, top, "q", random_value (g), 0);
}

static void
gen_misc (Gen *g)
{
  RsObjId id = pick (g, RS_N_KINDS), w = pick (g, RS_KIND_WEAKREF);

  if (id == 0)
    return;
  switch (g_rand_int_range (g->rand, 0, 3))
    {
    case 0:
      ev_temp (g->tl, OBJ (id), object (g, id)->temps > 0 ? -1 : 1);
      break;
    case 1:
      if (w != 0 && object (g, w)->weak_state == RS_REPLICA_WEAK_NONE)
        emit (g->tl, RS_EV_WEAK_SET, 0, w, 0, ABSENT, OBJ (id));
      break;
    default:
      gen_bind (g, top_frame (g), "q", OBJ (id), 0);
    }
}

static void
generate (Gen   *g,
          guint  n_steps)
{
  void (*ops[]) (Gen *) = { gen_alloc, gen_alloc, gen_attr, gen_attr, gen_list, gen_dict, gen_frame, gen_misc };

  for (guint step = 0; step < n_steps; step++)
    {
      ev_step (g->tl, top_frame (g), g_rand_int_range (g->rand, 1, 50));
      for (guint i = g_rand_int_range (g->rand, 0, 4); i > 0; i--)
        {
          ops[g_rand_int_range (g->rand, 0, G_N_ELEMENTS (ops))] (g);
          collect_zeros (g);
        }
    }
}

static void
check_step (Gen        *g,
            guint       step,
            RsSnapshot *expected)
{
  g_autoptr(RsSnapshot) snap = rs_timeline_get_snapshot (g->tl, step, test_atoms_lookup, &g->atoms);

  if (!rs_snapshot_equal (snap, expected))
    {
      g_autofree char *got = test_dump_snapshot (snap);
      g_autofree char *want = test_dump_snapshot (expected);
      g_error ("snapshot at step %u differs from a replay from the start:\n%s\nexpected:\n%s", step, got, want);
    }
}

/* The snapshot at step N is the same whether the cursor went forward from
 * 0, backward from the end, or jumped there through a checkpoint. */
static void
test_forward_backward (Gen           *g,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_snapshot_unref);
  guint n_steps;

  rs_timeline_set_min_checkpoint_events (g->tl, 64);
  generate (g, g_test_slow () ? 3000 : 400);
  n_steps = rs_timeline_get_n_steps (g->tl);
  g_assert_cmpuint (rs_timeline_get_n_checkpoints (g->tl), >, 2);

  for (guint step = 0; step < n_steps; step++)
    g_ptr_array_add (expected, reference_snapshot (g->tl, step, &g->atoms));

  for (guint step = 0; step < n_steps; step++)
    check_step (g, step, expected->pdata[step]);
  for (guint step = n_steps; step > 0; step--)
    check_step (g, step - 1, expected->pdata[step - 1]);
  for (guint i = 0; i < 300; i++)
    {
      guint step = g_rand_int_range (g->rand, 0, n_steps);
      check_step (g, step, expected->pdata[step]);
    }
}

/* A far jump costs about the distance to the nearest checkpoint, not the
 * whole history. */
static void
test_far_jump (Gen           *g,
               gconstpointer  data)
{
  RsTimeline *tl = g->tl;
  guint32 x = atom (&g->atoms, "x"), foo = atom (&g->atoms, "Foo");
  guint64 moved, n_events;

  ev_step (tl, 1, 1);
  for (guint i = 0; i < 50000; i++)
    {
      ev_step (tl, 1, 2);
      ev_alloc (tl, i + 1, RS_KIND_INSTANCE, foo, i + 1);
      ev_name (tl, 1, x, i ? OBJ (i) : ABSENT, OBJ (i + 1), RS_EVENT_FROM_TEMP);
      if (i > 0)
        ev_object (tl, RS_EV_FREE, i);
    }
  n_events = rs_timeline_get_n_events (tl);
  g_assert_cmpuint (rs_timeline_get_n_checkpoints (tl), >, 4);
  rs_timeline_seek (tl, 30000);
  moved = rs_timeline_get_n_moved (tl);
  g_assert_cmpuint (moved, <, n_events / 10);
  rs_timeline_seek (tl, 2);
  g_assert_cmpuint (rs_timeline_get_n_moved (tl) - moved, <, n_events / 10);
  g_assert_cmpuint (rs_replica_get_n_alive (rs_timeline_seek (tl, 40000)), ==, 1);
}

/* A dict big enough to be indexed: keys removed, set again (going last),
 * True standing for 1; every step the same whichever way it is reached. */
static void
test_big_dict (Gen           *g,
               gconstpointer  data)
{
  RsTimeline *tl = g->tl;
  GRand *rand = g->rand;
  RsValue values[200] = { 0 };
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_snapshot_unref);

  rs_timeline_set_min_checkpoint_events (tl, 64);
  ev_step (tl, 1, 1);
  ev_alloc (tl, 1, RS_KIND_DICT, 0, 1);
  ev_name (tl, 1, atom (&g->atoms, "d"), ABSENT, OBJ (1), RS_EVENT_FROM_TEMP);
  for (guint i = 0; i < 1500; i++)
    {
      guint k = i < 150 ? i : (guint) g_rand_int_range (rand, 0, 200);
      RsValue key = k == 1 && g_rand_boolean (rand) ? RS_VALUE_TRUE : INT (k);

      ev_step (tl, 1, 2 + i % 3);
      if (values[k] == ABSENT || g_rand_boolean (rand))
        {
          ev_key_set (tl, 1, key, values[k], INT (i), 0);
          values[k] = INT (i);
        }
      else
        {
          ev_key_remove (tl, 1, key, values[k], 0);
          values[k] = ABSENT;
        }
    }
  for (guint step = 0; step < rs_timeline_get_n_steps (tl); step++)
    g_ptr_array_add (expected, reference_snapshot (tl, step, &g->atoms));
  for (guint i = 0; i < 400; i++)
    {
      guint step = g_rand_int_range (rand, 0, rs_timeline_get_n_steps (tl));

      check_step (g, step, expected->pdata[step]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add ("/refscope/timeline/" path, Gen, NULL, gen_setup, func, gen_teardown)
  ADD ("empty", test_empty);
  ADD ("steps", test_steps);
  ADD ("return-resumes-caller", test_return_resumes_caller);
  ADD ("forward-backward", test_forward_backward);
  ADD ("far-jump", test_far_jump);
  ADD ("big-dict", test_big_dict);
#undef ADD
  return g_test_run ();
}
