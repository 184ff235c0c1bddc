/* rs-gc-phases.c: one gc.collect(), phase by phase
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first phases are worked out again here from the replica at the
 * collection's start, as gcmodule.c's update_refs, subtract_refs and
 * move_unreachable do them; the tests check that the unreachable list
 * found so is the one the run found.  The later phases are read off the
 * collection's own events, between the marks the collector left.
 */
#include "rs-gc-phases.h"

#include <string.h>

/* Where one collection's events are */
typedef struct {
  guint64 start, end;
  guint64 marks[RS_GC_MARK_FREE + 1];   /* by RsGcMark; 0: not seen */
  guint   generation;
} RsGcSpan;

/* The end of the collection starting at @start (its GC_END), and its
 * marks at its own depth; FALSE when it examined nothing. */
static gboolean
find_span (const RsEvent *events,
           guint64        n_events,
           guint64        start,
           RsGcSpan      *span)
{
  guint depth = 0;

  *span = (RsGcSpan) { .start = start, .generation = (guint) events[start].key };
  for (guint64 i = start + 1; i < n_events; i++)
    {
      switch ((RsEventKind) events[i].kind)
        {
        case RS_EV_GC_START:
          depth++;
          break;
        case RS_EV_GC_END:
          if (depth == 0)
            {
              span->end = i;
              return span->marks[RS_GC_MARK_WEAKREFS] != 0;
            }
          depth--;
          break;
        case RS_EV_GC_PHASE:
          if (depth == 0 && events[i].key >= RS_GC_MARK_WEAKREFS && events[i].key <= RS_GC_MARK_FREE)
            span->marks[events[i].key] = i;
          break;
        default:
          break;
        }
    }
  return FALSE;   /* the run stopped inside the collection */
}

static gint
cmp_object (gconstpointer a,
            gconstpointer b)
{
  RsObjId x = ((const RsGcObject *) a)->id, y = ((const RsGcObject *) b)->id;

  return x < y ? -1 : x > y;
}

const RsGcObject *
rs_gc_phase_find (const RsGcPhase *phase,
                  RsObjId          id)
{
  RsGcObject key = { .id = id };

  g_return_val_if_fail (phase != NULL, NULL);
  return bsearch (&key, phase->objects, phase->n_objects, sizeof (RsGcObject), cmp_object);
}

/* The examined objects at the start, ascending id, with their gc_refs
 * and, in @index (by id, 1-based position), where each is. */
typedef struct {
  GArray *objects;  /* RsGcObject */
  guint  *index;    /* by object id: position + 1, 0 when not examined */
  RsObjId max_id;
} RsGcSet;

static RsGcObject *
set_find (RsGcSet *set,
          RsValue  v)
{
  RsObjId id;

  if (!RS_VALUE_IS_OBJECT (v))
    return NULL;
  id = RS_VALUE_OBJECT_ID (v);
  if (id == 0 || id > set->max_id || set->index[id] == 0)
    return NULL;
  return &g_array_index (set->objects, RsGcObject, set->index[id] - 1);
}

static void
set_add (RsGcSet               *set,
         RsObjId                id,
         const RsReplicaObject *object)
{
  RsGcObject o = { id, (gint32) rs_replica_object_refcount (object), RS_GC_LIST_YOUNG };

  if (set->index[id] != 0)
    return;
  g_array_append_val (set->objects, o);
  set->index[id] = set->objects->len;
}

/* Calls @fn on every reference @object holds (its slots' values, and a
 * dict's object keys), as tp_traverse visits them.  A finalizer's
 * references are the registry's, which the collector never sees from
 * inside: they count as references from outside. */
typedef void (*RsGcVisit) (RsGcSet *set, RsValue v, gpointer data);

static void
foreach_ref (const RsReplicaObject *object,
             RsGcSet               *set,
             RsGcVisit              fn,
             gpointer               data)
{
  if (object->kind == RS_KIND_FINALIZER)
    return;
  for (guint i = 0; i < object->attrs.n_slots; i++)
    fn (set, object->attrs.slots[i].value, data);
  for (guint i = 0; i < object->items.n_slots; i++)
    {
      const RsReplicaSlot *slot = &object->items.slots[i];
      if (object->kind == RS_KIND_DICT && slot->value != RS_VALUE_ABSENT)
        fn (set, slot->key, data);
      fn (set, slot->value, data);
    }
}

static void
subtract (RsGcSet  *set,
          RsValue   v,
          gpointer  data)
{
  RsGcObject *o = set_find (set, v);

  if (o != NULL)
    {
      o->gc_refs--;
      (*(guint *) data)++;
    }
}

typedef struct {
  GArray *queue;   /* RsObjId */
  guint   moved;
} RsGcScan;

static void
reach (RsGcSet  *set,
       RsValue   v,
       gpointer  data)
{
  RsGcScan *scan = data;
  RsGcObject *o = set_find (set, v);

  if (o == NULL)
    return;
  if (o->list == RS_GC_LIST_UNREACHABLE)
    {
      o->list = RS_GC_LIST_YOUNG;
      o->gc_refs = 1;   /* visit_reachable */
      scan->moved++;
      g_array_append_val (scan->queue, o->id);
    }
}

static void
copy_phase (RsGcPhase     *phase,
            RsGcPhaseKind  kind,
            guint64        pos,
            GArray        *objects,
            guint          count)
{
  phase->kind = kind;
  phase->pos = pos;
  phase->objects = g_memdup2 (objects->data, objects->len * sizeof (RsGcObject));
  phase->n_objects = objects->len;
  phase->count = count;
}

/* REFS .. LEGACY, from the replica at the start */
static void
early_phases (RsGcPhases      *self,
              const RsReplica *replica,
              const RsEvent   *events,
              const RsGcSpan  *span)
{
  RsGcSet set = { g_array_new (FALSE, FALSE, sizeof (RsGcObject)) };
  g_autoptr(GArray) young = g_array_new (FALSE, FALSE, sizeof (RsObjId));
  guint64 pos = span->start + 1;
  guint subtracted = 0, tentative = 0;
  RsGcScan scan = { g_array_new (FALSE, FALSE, sizeof (RsObjId)), 0 };

  set.max_id = rs_replica_get_max_object_id (replica);
  set.index = g_new0 (guint, set.max_id + 1);
  if (span->generation >= 2)
    {
      /* a full collection examines every tracked object (not a range, and
       * not one being destroyed) */
      for (RsObjId id = 1; id <= set.max_id; id++)
        {
          const RsReplicaObject *o = rs_replica_get_object (replica, id);
          if (o->state == RS_REPLICA_ALIVE && o->kind != RS_KIND_RANGE &&
              rs_replica_object_refcount (o) > 0)
            g_array_append_val (young, id);
        }
    }
  else
    for (guint64 i = span->start + 1; i < span->end && events[i].kind == RS_EV_GC_YOUNG; i++)
      g_array_append_val (young, events[i].holder);
  /* the set ascending: the examined list's order is not part of the view */
  for (guint i = 0; i < young->len; i++)
    {
      RsObjId id = g_array_index (young, RsObjId, i);
      if (id <= set.max_id)
        set_add (&set, id, rs_replica_get_object (replica, id));
    }
  g_array_sort (set.objects, cmp_object);
  for (guint i = 0; i < set.objects->len; i++)
    set.index[g_array_index (set.objects, RsGcObject, i).id] = i + 1;
  copy_phase (&self->phases[RS_GC_PHASE_REFS], RS_GC_PHASE_REFS, pos, set.objects, set.objects->len);

  for (guint i = 0; i < set.objects->len; i++)
    foreach_ref (rs_replica_get_object (replica, g_array_index (set.objects, RsGcObject, i).id),
                 &set, subtract, &subtracted);
  copy_phase (&self->phases[RS_GC_PHASE_SUBTRACT], RS_GC_PHASE_SUBTRACT, pos, set.objects, subtracted);

  for (guint i = 0; i < set.objects->len; i++)
    {
      RsGcObject *o = &g_array_index (set.objects, RsGcObject, i);
      if (o->gc_refs == 0)
        o->list = RS_GC_LIST_UNREACHABLE, tentative++;
    }
  copy_phase (&self->phases[RS_GC_PHASE_TENTATIVE], RS_GC_PHASE_TENTATIVE, pos, set.objects, tentative);

  for (guint i = 0; i < set.objects->len; i++)
    if (g_array_index (set.objects, RsGcObject, i).list == RS_GC_LIST_YOUNG)
      g_array_append_val (scan.queue, g_array_index (set.objects, RsGcObject, i).id);
  for (guint i = 0; i < scan.queue->len; i++)
    foreach_ref (rs_replica_get_object (replica, g_array_index (scan.queue, RsObjId, i)),
                 &set, reach, &scan);
  copy_phase (&self->phases[RS_GC_PHASE_MOVE_BACK], RS_GC_PHASE_MOVE_BACK, pos, set.objects, scan.moved);
  copy_phase (&self->phases[RS_GC_PHASE_LEGACY], RS_GC_PHASE_LEGACY, pos, set.objects, 0);

  g_array_unref (scan.queue);
  g_array_unref (set.objects);
  g_free (set.index);
}

/* How many events of @kind in [@from, @to) concern the garbage, @objects
 * (ascending id): their holder, or for WEAK_CLEAR their old referent */
static guint
count_events (GArray           *objects,
              const RsEvent    *events,
              guint64           from,
              guint64           to,
              RsEventKind       kind)
{
  guint n = 0;

  for (guint64 i = from; i < to; i++)
    {
      if (events[i].kind != kind)
        continue;
      RsGcObject key = { .id = kind == RS_EV_WEAK_CLEAR ? RS_VALUE_OBJECT_ID (events[i].old_value)
                                                        : events[i].holder };
      n += bsearch (&key, objects->data, objects->len, sizeof (RsGcObject), cmp_object) != NULL;
    }
  return n;
}

/* WEAKREFS .. FREE, from the events between the marks */
static void
late_phases (RsGcPhases    *self,
             RsTimeline    *timeline,
             const RsEvent *events,
             const RsGcSpan *span)
{
  g_autoptr(GArray) objects = g_array_new (FALSE, FALSE, sizeof (RsGcObject));
  guint64 fin = span->marks[RS_GC_MARK_FINALIZE], res = span->marks[RS_GC_MARK_RESURRECT];
  guint64 free_mark = span->marks[RS_GC_MARK_FREE];
  guint survivors = 0;
  const RsReplica *after;

  for (guint i = 0; i < self->n_unreachable; i++)
    {
      RsGcObject o = { self->unreachable[i], -1, RS_GC_LIST_UNREACHABLE };
      g_array_append_val (objects, o);
    }
  g_array_sort (objects, cmp_object);
  copy_phase (&self->phases[RS_GC_PHASE_WEAKREFS], RS_GC_PHASE_WEAKREFS, fin, objects,
              count_events (objects, events, span->marks[RS_GC_MARK_WEAKREFS], fin, RS_EV_WEAK_CLEAR));
  copy_phase (&self->phases[RS_GC_PHASE_FINALIZE], RS_GC_PHASE_FINALIZE, res, objects,
              count_events (objects, events, fin, res, RS_EV_FINALIZE));
  self->phases[RS_GC_PHASE_FINALIZE].n_freed = count_events (objects, events, fin, res, RS_EV_FREE);
  /* what is alive once the collection is over was resurrected */
  after = rs_timeline_seek_event (timeline, span->end + 1);
  for (guint i = 0; i < objects->len; i++)
    {
      RsGcObject *o = &g_array_index (objects, RsGcObject, i);
      if (rs_replica_get_object (after, o->id)->state == RS_REPLICA_ALIVE)
        o->list = RS_GC_LIST_YOUNG, survivors++;
    }
  copy_phase (&self->phases[RS_GC_PHASE_RESURRECT], RS_GC_PHASE_RESURRECT, free_mark, objects, survivors);
  copy_phase (&self->phases[RS_GC_PHASE_FREE], RS_GC_PHASE_FREE, span->end + 1, objects,
              count_events (objects, events, free_mark, span->end, RS_EV_FREE));
}

/* Each object's generation at @start, replayed from the events as
 * gcmodule.c moves objects: a new object joins generation 0; what a
 * collection of generation g examines and survives moves to g + 1 (a
 * full one: every tracked object, which stays in 2).  A collection from
 * a finalizer of a running one does nothing. */
static void
replay_generations (RsGcPhases      *self,
                    const RsEvent   *events,
                    guint64          start,
                    const RsReplica *replica)
{
  RsObjId max_id = rs_replica_get_max_object_id (replica);
  guint8 *gen = g_malloc0 (max_id + 1);
  guint depth = 0, collecting = 0;

  for (guint64 i = 0; i < start; i++)
    {
      const RsEvent *e = &events[i];

      if (e->kind == RS_EV_ALLOC && e->holder <= max_id)
        gen[e->holder] = 0;
      else if (e->kind == RS_EV_GC_START && depth++ == 0)
        {
          collecting = (guint) e->key;
          /* only objects alive now are ever read, so the dead may move too */
          if (collecting >= 2)
            memset (gen, 2, max_id + 1);
        }
      else if (e->kind == RS_EV_GC_END)
        depth--;
      else if (e->kind == RS_EV_GC_YOUNG && depth == 1 && e->holder <= max_id)
        gen[e->holder] = MIN (collecting + 1, 2);
    }
  for (RsObjId id = 0; id <= max_id; id++)
    {
      const RsReplicaObject *o = id > 0 ? rs_replica_get_object (replica, id) : NULL;
      if (o == NULL || o->state != RS_REPLICA_ALIVE || o->kind == RS_KIND_RANGE ||
          rs_replica_object_refcount (o) == 0)
        gen[id] = RS_GC_UNTRACKED;
    }
  self->generations = gen;
  self->n_generations = max_id + 1;
}

guint
rs_gc_phases_generation_of (const RsGcPhases *phases,
                            RsObjId           id)
{
  g_return_val_if_fail (phases != NULL, RS_GC_UNTRACKED);

  return id < phases->n_generations ? phases->generations[id] : RS_GC_UNTRACKED;
}

RsGcPhases *
rs_timeline_get_gc_phases (RsTimeline *self,
                           guint       step,
                           guint       nth)
{
  const RsEvent *events;
  guint64 n_events, first, last;
  guint n_step_events;
  RsGcSpan span;
  gboolean found = FALSE;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (step < rs_timeline_get_n_steps (self), NULL);

  events = rs_timeline_get_events (self, &n_events);
  last = rs_timeline_get_step_end (self, step);
  first = last;
  if (n_events > 0)
    first = (guint64) (rs_timeline_get_step_events (self, step, &n_step_events) - events);
  for (guint64 i = first; i < last && !found; i++)
    if (events[i].kind == RS_EV_GC_START && find_span (events, n_events, i, &span))
      {
        if (nth == 0)
          found = TRUE;
        else
          nth--;
      }
  if (!found)
    return NULL;

  RsGcPhases *phases = g_new0 (RsGcPhases, 1);
  const RsReplica *at_start;
  g_autoptr(GArray) unreachable = g_array_new (FALSE, FALSE, sizeof (RsObjId));

  phases->generation = span.generation;
  phases->start = span.start;
  phases->end = span.end;
  for (guint64 i = span.start + 1; i < span.marks[RS_GC_MARK_WEAKREFS]; i++)
    if (events[i].kind == RS_EV_GC_UNREACHABLE)
      g_array_append_val (unreachable, events[i].holder);
  phases->n_unreachable = unreachable->len;
  phases->unreachable = (RsObjId *) g_array_free (g_steal_pointer (&unreachable), FALSE);

  at_start = rs_timeline_seek_event (self, span.start + 1);
  replay_generations (phases, events, span.start, at_start);
  early_phases (phases, at_start, events, &span);
  late_phases (phases, self, events, &span);
  return phases;
}

void
rs_gc_phases_free (RsGcPhases *phases)
{
  if (phases == NULL)
    return;
  for (guint i = 0; i < RS_GC_N_PHASES; i++)
    g_free (phases->phases[i].objects);
  g_free (phases->unreachable);
  g_free (phases->generations);
  g_free (phases);
}
