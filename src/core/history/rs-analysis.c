/* rs-analysis.c: reachability, leaks and leaked cycles of a replica
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rs-analysis.h"

#include <string.h>

struct _RsAnalysis
{
  guint8   *reach;     /* by object id: 1 when reachable */
  guint32  *roots;     /* by object id: references from frames and temporaries */
  guint32  *cycle;     /* by object id: 1-based leaked cycle, or 0 */
  RsObjId  *anchor;    /* by object id: a rooted object that stored it and
                        * still holds it (no slot of it was released since),
                        * or 0 */
  guint32   cap;
  guint     n_cycles;
  gboolean  valid;     /* reach and roots are right */
  gboolean  scc_dirty; /* the leaked set or its edges changed */
  guint     n_full;
  RsReplicaObserver observer;  /* the notes, for the replica it follows */
};

/* The notes from the replica, at the end. */
static void note_gain   (gpointer user_data, const RsReplica *replica, RsObjId holder, RsObjId target);
static void note_loss   (gpointer user_data, const RsReplica *replica, RsObjId holder, RsObjId target,
                         gboolean moved, RsObjId to);
static void note_alloc  (gpointer user_data, RsObjId id);
static void note_free   (gpointer user_data, RsObjId id);
static void note_revive (gpointer user_data, RsObjId id);

RsAnalysis *
rs_analysis_new (void)
{
  RsAnalysis *self = g_new0 (RsAnalysis, 1);

  self->observer = (RsReplicaObserver) { note_gain, note_loss, note_alloc, note_free, note_revive, self };
  return self;
}

const RsReplicaObserver *
rs_analysis_get_observer (RsAnalysis *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->observer;
}

void
rs_analysis_free (RsAnalysis *self)
{
  if (self == NULL)
    return;
  g_free (self->reach);
  g_free (self->roots);
  g_free (self->cycle);
  g_free (self->anchor);
  g_free (self);
}

void
rs_analysis_invalidate (RsAnalysis *self)
{
  g_return_if_fail (self != NULL);
  self->valid = FALSE;
}

static void
ensure_capacity (RsAnalysis *self,
                 guint32     n)
{
  guint32 cap = MAX (self->cap, 64);

  if (n <= self->cap)
    return;
  while (cap < n)
    cap *= 2;
  self->reach = g_realloc (self->reach, cap);
  self->roots = g_realloc_n (self->roots, cap, sizeof (guint32));
  self->cycle = g_realloc_n (self->cycle, cap, sizeof (guint32));
  self->anchor = g_realloc_n (self->anchor, cap, sizeof (RsObjId));
  memset (self->reach + self->cap, 0, cap - self->cap);
  memset (self->roots + self->cap, 0, (cap - self->cap) * sizeof (guint32));
  memset (self->cycle + self->cap, 0, (cap - self->cap) * sizeof (guint32));
  memset (self->anchor + self->cap, 0, (cap - self->cap) * sizeof (RsObjId));
  self->cap = cap;
}

/* The strong edges of an object, numbered: attributes, then item values,
 * then dict keys.  FALSE past the last one; *target is 0 for a plain value.
 * A finalizer has none: what it holds is the registry's, no name of the
 * program, so what only a live finalizer holds is leaked (as the trace's
 * `leaked` line says). */
static gboolean
edge_target (const RsReplicaObject *object,
             guint32                e,
             RsObjId               *target)
{
  RsValue value;

  if (object->kind == RS_KIND_FINALIZER)
    return FALSE;
  if (e < object->attrs.n_slots)
    value = object->attrs.slots[e].value;
  else if ((e -= object->attrs.n_slots) < object->items.n_slots)
    value = object->items.slots[e].value;
  else if ((e -= object->items.n_slots) < object->items.n_slots)
    value = object->items.slots[e].value != RS_VALUE_ABSENT ? object->items.slots[e].key : RS_VALUE_ABSENT;
  else
    return FALSE;
  *target = RS_VALUE_IS_OBJECT (value) ? RS_VALUE_OBJECT_ID (value) : 0;
  return TRUE;
}

static gboolean
is_alive (const RsReplica *replica,
          RsObjId          id)
{
  const RsReplicaObject *object = rs_replica_get_object (replica, id);

  return object != NULL && object->state == RS_REPLICA_ALIVE;
}

/* Marks everything reachable from the objects on @stack. */
static void
mark_from (RsAnalysis      *self,
           const RsReplica *replica,
           GArray          *stack)
{
  while (stack->len > 0)
    {
      RsObjId id = g_array_index (stack, RsObjId, stack->len - 1);
      const RsReplicaObject *object = rs_replica_get_object (replica, id);
      RsObjId target;

      g_array_set_size (stack, stack->len - 1);
      for (guint32 e = 0; edge_target (object, e, &target); e++)
        if (target != 0 && !self->reach[target] && is_alive (replica, target))
          {
            self->reach[target] = 1;
            g_array_append_val (stack, target);
          }
    }
}

static void
root_value (RsAnalysis      *self,
            const RsReplica *replica,
            RsValue          value,
            GArray          *stack)
{
  RsObjId id;

  if (!RS_VALUE_IS_OBJECT (value) || !is_alive (replica, id = RS_VALUE_OBJECT_ID (value)))
    return;
  self->roots[id]++;
  if (!self->reach[id])
    {
      self->reach[id] = 1;
      g_array_append_val (stack, id);
    }
}

static void
recount_reach (RsAnalysis      *self,
               const RsReplica *replica)
{
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (RsObjId));
  RsObjId max_id = rs_replica_get_max_object_id (replica);
  const RsFrameId *frames;
  guint n_frames;

  ensure_capacity (self, max_id + 1);
  memset (self->reach, 0, self->cap);
  memset (self->roots, 0, self->cap * sizeof (guint32));
  memset (self->anchor, 0, self->cap * sizeof (RsObjId));
  frames = rs_replica_get_stack (replica, &n_frames);
  for (guint f = 0; f < n_frames; f++)
    {
      const RsReplicaFrame *frame = rs_replica_get_frame (replica, frames[f]);

      root_value (self, replica, frame->function, stack);
      for (guint32 i = 0; i < frame->names.n_slots; i++)
        root_value (self, replica, frame->names.slots[i].value, stack);
    }
  for (RsObjId id = 1; id <= max_id; id++)
    {
      const RsReplicaObject *object = rs_replica_get_object (replica, id);

      /* A dying object (refcount 0, its destruction under way) holds what
       * it held until it releases it: that is not a leak. */
      if (object->state != RS_REPLICA_ALIVE || (object->temps == 0 && object->refs > 0))
        continue;
      self->roots[id] += object->temps;
      if (!self->reach[id])
        {
          self->reach[id] = 1;
          g_array_append_val (stack, id);
        }
    }
  mark_from (self, replica, stack);
  self->valid = TRUE;
  self->n_full++;
}

/* Tarjan's algorithm over the leaked objects, without recursion (a leaked
 * chain may be a million objects long). */
typedef struct {
  RsObjId id;
  guint32 edge;
} TarjanFrame;

typedef struct {
  RsAnalysis      *self;
  const RsReplica *replica;
  guint32         *index;    /* 0: not visited; else order + 1 */
  guint32         *low;
  guint8          *on_stack;
  GArray          *stack;    /* RsObjId */
  GArray          *calls;    /* TarjanFrame */
  guint32          counter;
} Tarjan;

static gboolean
is_leaked (Tarjan  *t,
           RsObjId  id)
{
  return id != 0 && !t->self->reach[id] && is_alive (t->replica, id);
}

static gboolean
has_self_edge (const RsReplicaObject *object,
               RsObjId                id)
{
  RsObjId target;

  for (guint32 e = 0; edge_target (object, e, &target); e++)
    if (target == id)
      return TRUE;
  return FALSE;
}

static void
tarjan_visit (Tarjan  *t,
              RsObjId  id)
{
  TarjanFrame frame = { id, 0 };

  t->index[id] = t->low[id] = ++t->counter;
  t->on_stack[id] = 1;
  g_array_append_val (t->stack, id);
  g_array_append_val (t->calls, frame);
}

static void
tarjan_pop_component (Tarjan  *t,
                      RsObjId  root)
{
  guint start = t->stack->len;
  RsObjId member;
  gboolean cyclic;

  do
    member = g_array_index (t->stack, RsObjId, --start);
  while (member != root);
  cyclic = t->stack->len - start > 1
           || has_self_edge (rs_replica_get_object (t->replica, root), root);
  if (cyclic)
    t->self->n_cycles++;
  for (guint i = start; i < t->stack->len; i++)
    {
      member = g_array_index (t->stack, RsObjId, i);
      t->on_stack[member] = 0;
      t->self->cycle[member] = cyclic ? t->self->n_cycles : 0;
    }
  g_array_set_size (t->stack, start);
}

static void
tarjan_run (Tarjan  *t,
            RsObjId  start)
{
  tarjan_visit (t, start);
  while (t->calls->len > 0)
    {
      TarjanFrame *frame = &g_array_index (t->calls, TarjanFrame, t->calls->len - 1);
      RsObjId id = frame->id, target;

      if (edge_target (rs_replica_get_object (t->replica, id), frame->edge++, &target))
        {
          if (!is_leaked (t, target))
            continue;
          if (t->index[target] == 0)
            tarjan_visit (t, target);
          else if (t->on_stack[target])
            t->low[id] = MIN (t->low[id], t->index[target]);
          continue;
        }
      g_array_set_size (t->calls, t->calls->len - 1);
      if (t->low[id] == t->index[id])
        tarjan_pop_component (t, id);
      if (t->calls->len > 0)
        {
          RsObjId parent = g_array_index (t->calls, TarjanFrame, t->calls->len - 1).id;
          t->low[parent] = MIN (t->low[parent], t->low[id]);
        }
    }
}

static void
recount_cycles (RsAnalysis      *self,
                const RsReplica *replica)
{
  RsObjId max_id = rs_replica_get_max_object_id (replica);
  Tarjan t = { self, replica };

  memset (self->cycle, 0, self->cap * sizeof (guint32));
  self->n_cycles = 0;
  self->scc_dirty = FALSE;
  for (RsObjId id = 1; id <= max_id; id++)
    {
      if (!is_leaked (&t, id))
        continue;
      if (t.index == NULL)
        {
          t.index = g_new0 (guint32, max_id + 1);
          t.low = g_new0 (guint32, max_id + 1);
          t.on_stack = g_new0 (guint8, max_id + 1);
          t.stack = g_array_new (FALSE, FALSE, sizeof (RsObjId));
          t.calls = g_array_new (FALSE, FALSE, sizeof (TarjanFrame));
        }
      if (t.index[id] == 0)
        tarjan_run (&t, id);
    }
  if (t.index == NULL)
    return;
  g_free (t.index);
  g_free (t.low);
  g_free (t.on_stack);
  g_array_unref (t.stack);
  g_array_unref (t.calls);
}

void
rs_analysis_update (RsAnalysis      *self,
                    const RsReplica *replica)
{
  g_return_if_fail (self != NULL && replica != NULL);

  ensure_capacity (self, rs_replica_get_max_object_id (replica) + 1);
  if (!self->valid)
    {
      recount_reach (self, replica);
      self->scc_dirty = TRUE;
    }
  if (self->scc_dirty)
    recount_cycles (self, replica);
}

gboolean
rs_analysis_is_reachable (const RsAnalysis *self,
                          RsObjId           id)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return id < self->cap && self->reach[id];
}

guint
rs_analysis_get_cycle (const RsAnalysis *self,
                       RsObjId           id)
{
  g_return_val_if_fail (self != NULL, 0);
  return id < self->cap ? self->cycle[id] : 0;
}

guint
rs_analysis_get_n_cycles (const RsAnalysis *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_cycles;
}

gboolean
rs_analysis_edge_in_cycle (const RsAnalysis *self,
                           RsObjId           holder,
                           RsObjId           target)
{
  guint cycle = rs_analysis_get_cycle (self, holder);

  return cycle != 0 && cycle == rs_analysis_get_cycle (self, target);
}

guint
rs_analysis_get_n_full (const RsAnalysis *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_full;
}

/* Incremental notes: the analysis as the replica's observer */

static void
note_gain (gpointer         user_data,
           const RsReplica *replica,
           RsObjId          holder,
           RsObjId          target)
{
  RsAnalysis *self = user_data;
  g_autoptr(GArray) stack = NULL;

  if (!self->valid)
    return;
  if (holder != 0 && rs_replica_get_object (replica, holder)->kind == RS_KIND_FINALIZER)
    {
      self->valid = FALSE;  /* an edge that reaches nothing: only a recount knows */
      return;
    }
  ensure_capacity (self, MAX (holder, target) + 1);
  if (holder == 0)
    self->roots[target]++;
  else if (holder != target && self->roots[holder] > 0)
    self->anchor[target] = holder;
  if (self->reach[target])
    return;
  if (holder != 0 && !self->reach[holder])
    {
      self->scc_dirty = TRUE;  /* an edge among leaked objects */
      return;
    }
  /* A leaked object (and what it holds) became reachable again. */
  stack = g_array_new (FALSE, FALSE, sizeof (RsObjId));
  self->reach[target] = 1;
  g_array_append_val (stack, target);
  mark_from (self, replica, stack);
  self->scc_dirty = TRUE;
}

/* Whether a rooted object still holds @id (so it stays reachable). */
static gboolean
is_anchored (RsAnalysis      *self,
             const RsReplica *replica,
             RsObjId          id)
{
  RsObjId anchor = self->anchor[id];

  return anchor != 0 && self->roots[anchor] > 0 && is_alive (replica, anchor);
}

/* Whether the reference @target just gained from @to keeps it reachable
 * whatever happens to it: a root's does, and so does one from an object a
 * root holds directly (merely reachable is not enough: @to may be
 * reachable only through @target). */
static gboolean
kept_by (RsAnalysis *self,
         RsObjId     target,
         RsObjId     to)
{
  return to == 0 || (to != target && to < self->cap && self->roots[to] > 0);
}

static void
note_loss (gpointer         user_data,
           const RsReplica *replica,
           RsObjId          holder,
           RsObjId          target,
           gboolean         moved,
           RsObjId          to)
{
  RsAnalysis *self = user_data;
  const RsReplicaObject *object;
  gboolean covered;

  if (!self->valid)
    return;
  ensure_capacity (self, target + 1);
  covered = moved && kept_by (self, target, to);
  object = rs_replica_get_object (replica, target);
  if (holder == 0 && self->roots[target] > 0)
    self->roots[target]--;
  else if (holder != 0)
    self->anchor[target] = 0;  /* some holder let go: maybe the anchor */
  if (rs_replica_object_refcount (object) == 0)
    {
      /* It dies next (FREE clears its mark); until then what it holds is
       * not leaked, as a recount would say too. */
      if (!self->reach[target])
        {
          g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (RsObjId));

          self->reach[target] = 1;
          g_array_append_val (stack, target);
          mark_from (self, replica, stack);
          self->scc_dirty = TRUE;
        }
      return;
    }
  if (!self->reach[target])
    self->scc_dirty = TRUE;
  else if (!covered && self->roots[target] == 0 && !is_anchored (self, replica, target))
    self->valid = FALSE;  /* only a recount can tell whether it is still reachable */
}

static void
note_alloc (gpointer user_data,
            RsObjId  id)
{
  RsAnalysis *self = user_data;

  if (!self->valid)
    return;
  ensure_capacity (self, id + 1);
  self->reach[id] = 1;
  self->roots[id] = 1;  /* its creator's temporary */
  self->cycle[id] = 0;
  self->anchor[id] = 0;
}

static void
note_free (gpointer user_data,
           RsObjId  id)
{
  RsAnalysis *self = user_data;

  if (!self->valid)
    return;
  ensure_capacity (self, id + 1);
  if (!self->reach[id])
    self->scc_dirty = TRUE;
  self->reach[id] = 0;
  self->roots[id] = 0;
  self->cycle[id] = 0;
  self->anchor[id] = 0;
}

/* What a revived object holds and what holds it is only known to a recount. */
static void
note_revive (gpointer user_data,
             RsObjId  id)
{
  rs_analysis_invalidate (user_data);
}
