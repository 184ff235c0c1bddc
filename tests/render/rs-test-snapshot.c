/* rs-test-snapshot.c: hand-built snapshots for the render tests
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rs-test-snapshot.h"

struct _RsTestBuilder
{
  RsSnapshot *snap;
  GArray     *objects;
  GArray     *slots;
  GArray     *frames;
  guint      *n_slots;   /* the container receiving slots */
};

RsTestBuilder *
rs_test_builder_new (guint       step,
                     guint       line,
                     const char *source_line)
{
  RsTestBuilder *b = g_new0 (RsTestBuilder, 1);

  b->snap = g_new0 (RsSnapshot, 1);
  b->snap->ref_count = 1;
  b->snap->step = step;
  b->snap->line = line;
  b->snap->source_line = g_strdup (source_line);
  b->objects = g_array_new (FALSE, TRUE, sizeof (RsSnapObject));
  b->slots = g_array_new (FALSE, TRUE, sizeof (RsSnapSlot));
  b->frames = g_array_new (FALSE, TRUE, sizeof (RsSnapFrame));
  return b;
}

void
rs_test_builder_frame (RsTestBuilder *b,
                       RsFrameId      id,
                       const char    *name)
{
  RsSnapFrame f = { id, g_strdup (name), b->snap->line, b->slots->len, 0 };

  g_array_append_val (b->frames, f);
  b->n_slots = NULL;
}

void
rs_test_builder_object (RsTestBuilder *b,
                        RsObjId        id,
                        guint          number,
                        RsObjKind      kind,
                        const char    *type_name,
                        const char    *title,
                        guint          refcount,
                        guint          flags,
                        guint          cycle)
{
  RsSnapObject o = { 0 };

  o.id = id;
  o.number = number;
  o.kind = kind;
  o.type_name = g_strdup (type_name);
  o.title = g_strdup (title);
  o.refcount = refcount;
  o.flags = flags | (RS_KIND_IS_TRACED (kind) ? RS_SNAP_TRACED : 0);
  o.cycle = cycle;
  o.first_slot = b->slots->len;
  g_array_append_val (b->objects, o);
  b->n_slots = NULL;
}

static void
add_slot (RsTestBuilder *b,
          RsSnapSlot    *slot)
{
  g_array_append_val (b->slots, *slot);
  /* the last frame or object declared gets it; objects come after frames */
  if (b->objects->len > 0)
    g_array_index (b->objects, RsSnapObject, b->objects->len - 1).n_slots++;
  else
    g_array_index (b->frames, RsSnapFrame, b->frames->len - 1).n_slots++;
}

void
rs_test_builder_ref (RsTestBuilder *b,
                     const char    *label,
                     RsSlotKind     kind,
                     RsObjId        target,
                     guint          flags)
{
  RsSnapSlot s = { g_strdup (label), NULL, kind, flags, target, 0 };

  /* a weak slot belongs to a weakref object: the one being filled */
  if (kind == RS_SLOT_WEAK || kind == RS_SLOT_WEAK_DEAD)
    s.via = g_array_index (b->objects, RsSnapObject, b->objects->len - 1).id;
  add_slot (b, &s);
}

void
rs_test_builder_plain (RsTestBuilder *b,
                       const char    *label,
                       const char    *text)
{
  RsSnapSlot s = { g_strdup (label), g_strdup (text), RS_SLOT_PLAIN, 0, 0, 0 };

  add_slot (b, &s);
}

RsSnapshot *
rs_test_builder_finish (RsTestBuilder *b)
{
  RsSnapshot *snap = b->snap;

  snap->n_objects = b->objects->len;
  snap->objects = (RsSnapObject *) (gpointer) g_array_free (b->objects, FALSE);
  snap->n_slots = b->slots->len;
  snap->slots = (RsSnapSlot *) (gpointer) g_array_free (b->slots, FALSE);
  snap->n_frames = b->frames->len;
  snap->frames = (RsSnapFrame *) (gpointer) g_array_free (b->frames, FALSE);
  for (guint i = 0; i < snap->n_objects; i++)
    snap->n_cycles = MAX (snap->n_cycles, snap->objects[i].cycle);
  g_free (b);
  return snap;
}

void
rs_test_snapshot_free (RsSnapshot *snap)
{
  for (guint i = 0; i < snap->n_objects; i++)
    {
      g_free (snap->objects[i].type_name);
      g_free (snap->objects[i].title);
    }
  for (guint i = 0; i < snap->n_slots; i++)
    {
      g_free (snap->slots[i].label);
      g_free (snap->slots[i].text);
    }
  for (guint i = 0; i < snap->n_frames; i++)
    g_free (snap->frames[i].name);
  g_free (snap->objects);
  g_free (snap->slots);
  g_free (snap->frames);
  g_free (snap->source_line);
  g_free (snap);
}

/* Ids: 1 class Foo, 2-4 functions, then the instances. */
static void
add_class_foo (RsTestBuilder *b)
{
  rs_test_builder_object (b, 1, 0, RS_KIND_CLASS, "class", "class Foo", 5, 0, 0);
  rs_test_builder_ref (b, "__init__", RS_SLOT_STRONG, 2, 0);
  rs_test_builder_ref (b, "__del__", RS_SLOT_STRONG, 3, 0);
  rs_test_builder_object (b, 2, 0, RS_KIND_FUNCTION, "function", "function Foo.__init__", 1, 0, 0);
  rs_test_builder_object (b, 3, 0, RS_KIND_FUNCTION, "function", "function Foo.__del__", 1, 0, 0);
  rs_test_builder_object (b, 4, 0, RS_KIND_FUNCTION, "function", "function func", 1, 0, 0);
}

RsSnapshot *
rs_test_snapshot_cycle_leak (void)
{
  RsTestBuilder *b = rs_test_builder_new (9, 18, "print('end')");
  guint leak = RS_SNAP_LEAKED | RS_SNAP_IN_CYCLE;

  rs_test_builder_frame (b, 1, "<module>");
  rs_test_builder_ref (b, "Foo", RS_SLOT_STRONG, 1, 0);
  rs_test_builder_ref (b, "func", RS_SLOT_STRONG, 4, 0);
  add_class_foo (b);
  rs_test_builder_object (b, 5, 1, RS_KIND_INSTANCE, "Foo", "Foo #1", 1, leak, 1);
  rs_test_builder_ref (b, "__class__", RS_SLOT_STRONG, 1, RS_SLOT_FLAG_HIDDEN);
  rs_test_builder_plain (b, "value", "1");
  rs_test_builder_ref (b, "friend", RS_SLOT_STRONG, 6, RS_SLOT_FLAG_IN_CYCLE);
  rs_test_builder_object (b, 6, 2, RS_KIND_INSTANCE, "Foo", "Foo #2", 1, leak, 1);
  rs_test_builder_ref (b, "__class__", RS_SLOT_STRONG, 1, RS_SLOT_FLAG_HIDDEN);
  rs_test_builder_plain (b, "value", "1");
  rs_test_builder_ref (b, "friend", RS_SLOT_STRONG, 5, RS_SLOT_FLAG_IN_CYCLE);
  return rs_test_builder_finish (b);
}

RsSnapshot *
rs_test_snapshot_weakref (gboolean dead)
{
  RsTestBuilder *b = rs_test_builder_new (dead ? 4 : 3, dead ? 4 : 3, dead ? "del a" : "w = weakref.ref(a)");

  rs_test_builder_frame (b, 1, "<module>");
  if (!dead)
    rs_test_builder_ref (b, "a", RS_SLOT_STRONG, 5, 0);
  rs_test_builder_ref (b, "w", RS_SLOT_STRONG, 7, 0);
  rs_test_builder_plain (b, "n", "42");
  add_class_foo (b);
  if (!dead)
    {
      rs_test_builder_object (b, 5, 1, RS_KIND_INSTANCE, "Foo", "Foo #1", 1, RS_SNAP_REACHABLE, 0);
      rs_test_builder_ref (b, "__class__", RS_SLOT_STRONG, 1, RS_SLOT_FLAG_HIDDEN);
      rs_test_builder_plain (b, "name", "'first'");
    }
  rs_test_builder_object (b, 7, 0, RS_KIND_WEAKREF, "weakref", "weakref", 1, RS_SNAP_REACHABLE, 0);
  if (dead)
    rs_test_builder_ref (b, "referent", RS_SLOT_WEAK_DEAD, 0, 0);
  else
    rs_test_builder_ref (b, "referent", RS_SLOT_WEAK, 5, 0);
  return rs_test_builder_finish (b);
}

RsSnapshot *
rs_test_snapshot_containers (void)
{
  RsTestBuilder *b = rs_test_builder_new (6, 7, "del x");
  guint cyc = RS_SNAP_LEAKED | RS_SNAP_IN_CYCLE;

  rs_test_builder_frame (b, 1, "<module>");
  rs_test_builder_ref (b, "l", RS_SLOT_STRONG, 10, 0);
  rs_test_builder_ref (b, "d", RS_SLOT_STRONG, 11, 0);
  rs_test_builder_ref (b, "f", RS_SLOT_STRONG, 4, 0);
  rs_test_builder_frame (b, 2, "make");
  rs_test_builder_ref (b, "self", RS_SLOT_STRONG, 12, 0);
  rs_test_builder_plain (b, "count", "3");
  add_class_foo (b);
  rs_test_builder_object (b, 10, 1, RS_KIND_LIST, "list", "list #1", 2, RS_SNAP_REACHABLE, 0);
  rs_test_builder_plain (b, "0", "1");
  rs_test_builder_ref (b, "1", RS_SLOT_STRONG, 12, 0);
  rs_test_builder_plain (b, "2", "'x'");
  rs_test_builder_object (b, 11, 2, RS_KIND_DICT, "dict", "dict #2", 1, RS_SNAP_REACHABLE | RS_SNAP_NEW, 0);
  rs_test_builder_ref (b, "'k'", RS_SLOT_STRONG, 10, 0);
  rs_test_builder_plain (b, "'n'", "None");
  rs_test_builder_object (b, 12, 3, RS_KIND_INSTANCE, "Foo", "Foo #3", 2, RS_SNAP_REACHABLE, 0);
  rs_test_builder_ref (b, "__class__", RS_SLOT_STRONG, 1, RS_SLOT_FLAG_HIDDEN);
  rs_test_builder_object (b, 13, 4, RS_KIND_INSTANCE, "Foo", "Foo #4", 1, cyc, 1);
  rs_test_builder_ref (b, "__class__", RS_SLOT_STRONG, 1, RS_SLOT_FLAG_HIDDEN);
  rs_test_builder_ref (b, "me", RS_SLOT_STRONG, 13, RS_SLOT_FLAG_IN_CYCLE);
  rs_test_builder_ref (b, "extra", RS_SLOT_STRONG, 14, 0);
  rs_test_builder_object (b, 14, 5, RS_KIND_LIST, "list", "list #5", 1, RS_SNAP_LEAKED, 0);
  return rs_test_builder_finish (b);
}

RsSnapshot *
rs_test_snapshot_chain (guint n,
                        guint step)
{
  RsTestBuilder *b = rs_test_builder_new (step, step, "x = Node(x)");

  rs_test_builder_frame (b, 1, "<module>");
  if (n > 0)
    rs_test_builder_ref (b, "head", RS_SLOT_STRONG, 100 + n - 1, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *title = g_strdup_printf ("Node #%u", i + 1);

      rs_test_builder_object (b, 100 + i, i + 1, RS_KIND_INSTANCE, "Node", title,
                              1, RS_SNAP_REACHABLE, 0);
      rs_test_builder_plain (b, "value", "7");
      if (i > 0)
        rs_test_builder_ref (b, "next", RS_SLOT_STRONG, 100 + i - 1, 0);
      if (i % 3 == 2)
        rs_test_builder_ref (b, "back", RS_SLOT_WEAK, 100 + i - 2, 0);
    }
  return rs_test_builder_finish (b);
}
