/* rs-snapshot-ledger.c: who holds each object of a snapshot, and the names labels call them by
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rs-snapshot-builder.h"

static const RsSnapObject *
builder_find (RsSnapshotBuilder *b,
              RsObjId            id)
{
  RsSnapshot view = { .objects = (RsSnapObject *) (gpointer) b->objects->data, .n_objects = b->objects->len };

  return rs_snapshot_find_object (&view, id);
}

static char *
slot_path (RsSnapshotBuilder  *b,
           const char         *holder,
           const RsSnapObject *object,
           const RsSnapSlot   *slot)
{
  gboolean item = object->kind == RS_KIND_LIST || object->kind == RS_KIND_TUPLE
                  || (object->kind == RS_KIND_DICT && strcmp (slot->label, "(key)") != 0)
                  || (object->kind == RS_KIND_WEAKDICT && slot->label[0] != '(');

  /* a closure cell's one slot: the value is held by "cell of x" */
  if (object->kind == RS_KIND_CELL)
    {
      g_autofree char *label = g_strdup_printf (_("cell of %s"), holder);
      return rs_snapshot_builder_intern (b, label);
    }
  g_string_assign (b->buf, holder);
  g_string_append_c (b->buf, item ? '[' : '.');
  g_string_append (b->buf, slot->label);
  if (item)
    g_string_append_c (b->buf, ']');
  return rs_snapshot_builder_intern (b, b->buf->str);
}

/* Objects without a name of their own go by a short path from one
 * ("a.items[0]"), breadth first, a few levels deep at most so that a long
 * chain does not make long labels. */
static void
name_paths (RsSnapshotBuilder *b,
            GArray            *queue)
{
  for (guint depth = 0, next = 0; depth < 3 && next < queue->len; depth++)
    {
      guint end = queue->len;

      for (; next < end; next++)
        {
          RsObjId id = g_array_index (queue, RsObjId, next);
          const RsSnapObject *object = builder_find (b, id);
          const char *holder = g_hash_table_lookup (b->names, GUINT_TO_POINTER (id));

          for (guint i = 0; object != NULL && i < object->n_slots; i++)
            {
              const RsSnapSlot *slot = &g_array_index (b->slots, RsSnapSlot, object->first_slot + i);

              if (slot->kind != RS_SLOT_STRONG || (slot->flags & RS_SLOT_FLAG_HIDDEN)
                  || g_hash_table_contains (b->names, GUINT_TO_POINTER (slot->target)))
                continue;
              g_hash_table_insert (b->names, GUINT_TO_POINTER (slot->target),
                                   slot_path (b, holder, object, slot));
              g_array_append_val (queue, slot->target);
            }
        }
    }
}

static void
names_of_frame (RsSnapshotBuilder *b,
                const RsSnapFrame *frame,
                GArray            *queue)
{
  for (guint i = 0; i < frame->n_slots; i++)
    {
      const RsSnapSlot *slot = &g_array_index (b->slots, RsSnapSlot, frame->first_slot + i);

      if (slot->kind == RS_SLOT_STRONG && !g_hash_table_contains (b->names, GUINT_TO_POINTER (slot->target)))
        {
          g_hash_table_insert (b->names, GUINT_TO_POINTER (slot->target), slot->label);
          g_array_append_val (queue, slot->target);
        }
    }
}

/* The name an object goes by in labels: a name bound to it (the global
 * frame's first, then the innermost frame's), a path from one, or its
 * title. */
static void
collect_names (RsSnapshotBuilder *b)
{
  g_autoptr(GArray) queue = g_array_new (FALSE, FALSE, sizeof (RsObjId));

  if (b->frames->len == 0)
    return;
  names_of_frame (b, &g_array_index (b->frames, RsSnapFrame, 0), queue);
  for (guint f = b->frames->len - 1; f > 0; f--)
    names_of_frame (b, &g_array_index (b->frames, RsSnapFrame, f), queue);
  name_paths (b, queue);
}

static const char *
holder_name (RsSnapshotBuilder *b,
             RsObjId            id)
{
  const char *name = g_hash_table_lookup (b->names, GUINT_TO_POINTER (id));

  return name ? name : rs_snapshot_builder_title (b, id);
}

static void
add_referrer (RsSnapshotBuilder *b,
              RsObjId            object,
              RsObjId            holder,
              RsFrameId          frame,
              const char        *label)
{
  RsSnapReferrer referrer = { object, holder, frame, rs_snapshot_builder_intern (b, label) };

  g_array_append_val (b->referrers, referrer);
}

static void
object_referrers (RsSnapshotBuilder  *b,
                  const RsSnapObject *object)
{
  const char *holder = g_hash_table_lookup (b->names, GUINT_TO_POINTER (object->id));

  if (holder == NULL)
    holder = object->title;
  for (guint i = 0; i < object->n_slots; i++)
    {
      const RsSnapSlot *slot = &g_array_index (b->slots, RsSnapSlot, object->first_slot + i);
      RsSnapReferrer referrer = { slot->target, object->id, 0, NULL };

      if (slot->kind != RS_SLOT_STRONG)
        continue;
      referrer.label = slot_path (b, holder, object, slot);
      g_array_append_val (b->referrers, referrer);
    }
}

static void
frame_referrers (RsSnapshotBuilder *b,
                 const RsSnapFrame *frame)
{
  const RsReplicaFrame *rframe = rs_replica_get_frame (b->replica, frame->id);

  if (RS_VALUE_IS_OBJECT (rframe->function))
    {
      g_autofree char *label = g_strdup_printf ("(frame %s)", frame->name);
      add_referrer (b, RS_VALUE_OBJECT_ID (rframe->function), 0, frame->id, label);
    }
  for (guint i = 0; i < frame->n_slots; i++)
    {
      const RsSnapSlot *slot = &g_array_index (b->slots, RsSnapSlot, frame->first_slot + i);
      g_autofree char *label = NULL;

      if (slot->kind != RS_SLOT_STRONG)
        continue;
      label = frame->id == RS_GLOBAL_FRAME ? g_strdup (slot->label)
                                           : g_strdup_printf ("%s in %s", slot->label, frame->name);
      add_referrer (b, slot->target, 0, frame->id, label);
    }
}

/* The object a frame's first name holds: `self` of a method. */
static RsObjId
frame_self (RsSnapshotBuilder *b,
            const RsSnapFrame *frame)
{
  const RsSnapSlot *slot = &g_array_index (b->slots, RsSnapSlot, frame->first_slot);

  if (frame->n_slots == 0 || slot->kind != RS_SLOT_STRONG || strcmp (slot->label, "self") != 0)
    return 0;
  return slot->target;
}

static gboolean
is_finalizer (const RsSnapFrame *frame)
{
  return g_str_has_suffix (frame->name, "__del__");
}

/* The events count a temporary reference without saying whose it is; the
 * state says it: an iterator on a stack is a `for` loop's, a method's
 * `self` that only a temporary keeps is held by the call running it (the
 * class call around `__init__`, the deallocator around `__del__`), as is
 * anything held while a call has just started, and anything else is on
 * the evaluation stack of the innermost frame's line. */
static char *
temporary_label (RsSnapshotBuilder  *b,
                 const RsSnapObject *object)
{
  guint n = b->frames->len;
  const RsSnapFrame *inner = &g_array_index (b->frames, RsSnapFrame, n - 1);
  const RsSnapFrame *caller = n > 1 ? &g_array_index (b->frames, RsSnapFrame, n - 2) : NULL;

  g_assert (n > 0);
  if (object->kind == RS_KIND_ITERATOR)
    return g_strdup_printf (_("the iterator of the for loop on line %u"), inner->line);
  if (caller != NULL && frame_self (b, inner) == object->id && is_finalizer (inner))
    return g_strdup_printf (_("the call of %s, the finalizer of %s, from line %u while it runs"),
                            inner->name, object->title, caller->line);
  /* A frame with no line yet has just been pushed: what is held is the
   * caller's, for the call. */
  if (caller != NULL && (frame_self (b, inner) == object->id || inner->line == 0))
    return g_strdup_printf (_("the call of %s on line %u while it runs"), inner->name, caller->line);
  if (caller != NULL)
    return g_strdup_printf (_("the evaluation stack of %s on line %u while it runs"), inner->name, inner->line);
  return g_strdup_printf (_("the evaluation stack of line %u while it runs"), inner->line);
}

static int
compare_referrers (gconstpointer a,
                   gconstpointer b)
{
  const RsSnapReferrer *ra = a, *rb = b;

  return ra->object < rb->object ? -1 : ra->object > rb->object;
}

static int
compare_referrers_data (gconstpointer a,
                        gconstpointer b,
                        gpointer      user_data)
{
  return compare_referrers (a, b);
}

static void
add_referrers (RsSnapshotBuilder *b)
{
  for (guint f = 0; f < b->frames->len; f++)
    frame_referrers (b, &g_array_index (b->frames, RsSnapFrame, f));
  for (guint i = 0; i < b->objects->len; i++)
    object_referrers (b, &g_array_index (b->objects, RsSnapObject, i));
  for (guint i = 0; i < b->objects->len; i++)
    {
      const RsSnapObject *object = &g_array_index (b->objects, RsSnapObject, i);
      g_autofree char *label = object->n_temporaries > 0 ? temporary_label (b, object) : NULL;

      for (guint t = 0; t < object->n_temporaries; t++)
        add_referrer (b, object->id, 0, 0, label);
    }
  /* Stable (GLib's sort is a merge sort): each object's holders stay in
   * frame, slot, temporary order. */
  g_array_sort (b->referrers, compare_referrers);
}

static void
add_weak_referrers (RsSnapshotBuilder *b)
{
  guint first = b->referrers->len;

  for (guint i = 0; i < b->objects->len; i++)
    {
      const RsSnapObject *object = &g_array_index (b->objects, RsSnapObject, i);
      const RsSnapSlot *slot = &g_array_index (b->slots, RsSnapSlot, object->first_slot);

      if (object->kind == RS_KIND_WEAKREF && object->n_slots > 0 && slot->kind == RS_SLOT_WEAK)
        add_referrer (b, slot->target, object->id, 0, holder_name (b, object->id));
    }
  g_qsort_with_data (&g_array_index (b->referrers, RsSnapReferrer, first), b->referrers->len - first,
                     sizeof (RsSnapReferrer), compare_referrers_data, NULL);
}

static void
index_referrers (RsSnapshotBuilder *b)
{
  guint r = 0, n = b->referrers->len;
  guint n_strong = b->snap->n_strong_referrers;

  for (guint i = 0; i < b->objects->len; i++)
    {
      RsSnapObject *object = &g_array_index (b->objects, RsSnapObject, i);

      r = MAX (r, n_strong);
      while (r < n && g_array_index (b->referrers, RsSnapReferrer, r).object < object->id)
        r++;
      object->first_weak_referrer = r;
      while (r < n && g_array_index (b->referrers, RsSnapReferrer, r).object == object->id)
        r++;
      object->n_weak_referrers = r - object->first_weak_referrer;
    }
}


void
rs_snapshot_builder_add_ledger (RsSnapshotBuilder *b)
{
  collect_names (b);
  add_referrers (b);
  b->snap->n_strong_referrers = b->referrers->len;
  add_weak_referrers (b);
  index_referrers (b);
}
