/* rs-explain-graph.c: the strong references of a replica, in release order, with their shortest paths and components
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rs-explain-private.h"

#include <string.h>

const char *
rs_explain_atom_text (RsExplain *self,
                      guint32    atom)
{
  gsize len;
  const char *text = self->lookup (self->user_data, atom, &len);

  return text != NULL ? text : "?";
}

static gboolean
atom_is (RsExplain  *self,
         RsValue     key,
         const char *name)
{
  return strcmp (rs_explain_atom_text (self, (guint32) key), name) == 0;
}

/* Building the graph */

static void
add_ref (GArray    *refs,
         RsObjId    holder,
         RsValue    value,
         guint8     kind,
         guint32    slot,
         gboolean   hidden)
{
  RsExplainRef r = { holder, RS_VALUE_OBJECT_ID (value), 0, kind, hidden, 0, slot };

  if (RS_VALUE_IS_OBJECT (value))
    g_array_append_val (refs, r);
}

static void
add_root_refs (RsExplain *self,
               GArray    *refs)
{
  guint n_frames;
  const RsFrameId *stack = rs_replica_get_stack (self->replica, &n_frames);

  for (guint f = 0; f < n_frames; f++)
    {
      const RsReplicaFrame *frame = rs_replica_get_frame (self->replica, stack[f]);
      guint first = refs->len;

      add_ref (refs, 0, frame->function, RS_EXPLAIN_REF_FUNCTION, 0, TRUE);
      for (guint32 i = 0; i < frame->names.n_slots; i++)
        {
          const RsReplicaSlot *slot = &frame->names.slots[i];

          if (slot->value != RS_VALUE_ABSENT && !RS_VALUE_IS_OBJECT (slot->value)
              && atom_is (self, slot->key, RS_KEPT_FRAME_MARK))
            self->kept_frames = TRUE;
          add_ref (refs, 0, slot->value, RS_EXPLAIN_REF_NAME, i, FALSE);
        }
      for (guint i = first; i < refs->len; i++)
        g_array_index (refs, RsExplainRef, i).frame = stack[f];
    }
  for (RsObjId id = 1; id < self->n; id++)
    {
      const RsReplicaObject *object = rs_replica_get_object (self->replica, id);

      if (object->state != RS_REPLICA_ALIVE)
        continue;
      for (guint32 t = 0; t < object->temps; t++)
        add_ref (refs, 0, RS_VALUE_OBJECT (id), RS_EXPLAIN_REF_TEMP, t, TRUE);
      if (rs_replica_object_refcount (object) == 0)
        add_ref (refs, 0, RS_VALUE_OBJECT (id), RS_EXPLAIN_REF_DYING, 0, TRUE);
    }
}

static guint32
rank_of (GArray  *order,
         guint32  atom)
{
  for (guint i = 0; order != NULL && i < order->len; i++)
    if (g_array_index (order, guint32, i) == atom)
      return i;
  return G_MAXUINT32;
}

/* An instance's attributes in its release order, then its hidden ones
 * (its class last, as subtype_dealloc does). */
static void
add_attr_refs (RsExplain             *self,
               GArray                *refs,
               RsObjId                id,
               const RsReplicaObject *object,
               GArray                *order)
{
  const RsReplicaSlots *attrs = &object->attrs;
  g_autofree guint32 *by_rank = g_new (guint32, attrs->n_slots + 1);
  guint n = 0;

  for (guint32 i = 0; i < attrs->n_slots; i++)
    if (!(attrs->slots[i].flags & RS_EVENT_HIDDEN))
      {
        guint32 rank = rank_of (order, (guint32) attrs->slots[i].key);
        guint at = n++;

        /* insertion sort: few attributes, stable for unknown ranks */
        while (at > 0 && rank_of (order, (guint32) attrs->slots[by_rank[at - 1]].key) > rank)
          {
            by_rank[at] = by_rank[at - 1];
            at--;
          }
        by_rank[at] = i;
      }
  for (guint k = 0; k < n; k++)
    add_ref (refs, id, attrs->slots[by_rank[k]].value, RS_EXPLAIN_REF_ATTR, by_rank[k], FALSE);
  for (guint32 i = 0; i < attrs->n_slots; i++)
    if (attrs->slots[i].flags & RS_EVENT_HIDDEN)
      add_ref (refs, id, attrs->slots[i].value, RS_EXPLAIN_REF_ATTR, i, TRUE);
}

static void
add_object_refs (RsExplain             *self,
                 GArray                *refs,
                 RsObjId                id,
                 const RsReplicaObject *object,
                 GHashTable            *orders)
{
  const RsReplicaSlots *items = &object->items;

  /* a finalizer holds for the registry, no name of the program: what
   * only it holds is leaked, and no edit here can free it */
  if (object->kind == RS_KIND_FINALIZER)
    return;
  add_attr_refs (self, refs, id, object,
                 object->kind == RS_KIND_INSTANCE ? g_hash_table_lookup (orders, GUINT_TO_POINTER (id)) : NULL);
  if (object->kind == RS_KIND_DICT)
    for (guint32 i = 0; i < items->n_slots; i++)
      {
        if (items->slots[i].value == RS_VALUE_ABSENT)
          continue;
        add_ref (refs, id, items->slots[i].key, RS_EXPLAIN_REF_KEY, i, FALSE);
        add_ref (refs, id, items->slots[i].value, RS_EXPLAIN_REF_VALUE, i, FALSE);
      }
  else
    for (guint32 i = items->n_slots; i > 0; i--)
      add_ref (refs, id, items->slots[i - 1].value, RS_EXPLAIN_REF_ITEM, i - 1, FALSE);
}

/* Whether @cls or a base defines __del__ (the class's hidden __base__). */
static gboolean
class_has_del (RsExplain *self,
               RsObjId    cls)
{
  for (guint depth = 0; cls != 0 && depth < 10000; depth++)
    {
      const RsReplicaObject *object = rs_replica_get_object (self->replica, cls);
      RsObjId base = 0;

      if (object == NULL || object->kind != RS_KIND_CLASS)
        return FALSE;
      for (guint32 i = 0; i < object->attrs.n_slots; i++)
        {
          const RsReplicaSlot *slot = &object->attrs.slots[i];

          if (slot->value == RS_VALUE_ABSENT)
            continue;
          if (!(slot->flags & RS_EVENT_HIDDEN) && atom_is (self, slot->key, "__del__"))
            return TRUE;
          if ((slot->flags & RS_EVENT_HIDDEN) && RS_VALUE_IS_OBJECT (slot->value)
              && atom_is (self, slot->key, "__base__"))
            base = RS_VALUE_OBJECT_ID (slot->value);
        }
      cls = base;
    }
  return FALSE;
}

/* What destroying each object runs of the script: __del__, callbacks. */
static void
note_script_code (RsExplain             *self,
                  RsObjId                id,
                  const RsReplicaObject *object)
{
  if (object->kind == RS_KIND_WEAKREF && object->weak_state == RS_REPLICA_WEAK_LIVE
      && object->weak_referent < self->n)
    for (guint32 i = 0; i < object->attrs.n_slots; i++)
      if (object->attrs.slots[i].value != RS_VALUE_ABSENT && object->attrs.slots[i].value != RS_VALUE_NONE
          && atom_is (self, object->attrs.slots[i].key, "callback"))
        self->callbacks[object->weak_referent] = 1;
  if (object->kind == RS_KIND_INSTANCE && !object->finalized)
    for (guint32 i = 0; i < object->attrs.n_slots; i++)
      if ((object->attrs.slots[i].flags & RS_EVENT_HIDDEN) && RS_VALUE_IS_OBJECT (object->attrs.slots[i].value)
          && atom_is (self, object->attrs.slots[i].key, "__class__"))
        self->has_del[id] = class_has_del (self, RS_VALUE_OBJECT_ID (object->attrs.slots[i].value));
}

/* Counting sort by holder keeps each holder's refs in release order. */
static void
index_refs (RsExplain *self,
            GArray    *refs)
{
  guint32 n_refs = refs->len;
  g_autofree guint32 *fill = g_new0 (guint32, self->n);

  self->refs = (RsExplainRef *) g_array_free (refs, FALSE);
  self->first = g_new0 (guint32, self->n + 1);
  self->in_first = g_new0 (guint32, self->n + 1);
  self->in_refs = g_new (guint32, MAX (n_refs, 1));
  for (guint32 i = 0; i < n_refs; i++)
    {
      self->first[self->refs[i].holder + 1]++;
      self->in_first[self->refs[i].target + 1]++;
    }
  for (guint32 v = 0; v < self->n; v++)
    {
      self->first[v + 1] += self->first[v];
      self->in_first[v + 1] += self->in_first[v];
    }
  for (guint32 i = 0; i < n_refs; i++)
    {
      RsObjId t = self->refs[i].target;
      self->in_refs[self->in_first[t] + fill[t]++] = i;
    }
}

static void
collect_refs (RsExplain     *self,
              const RsEvent *events,
              guint64        n_events)
{
  g_autoptr(GHashTable) orders = rs_explain_attr_orders (events, n_events, self->lookup, self->user_data,
                                                               self->dict_mode, self->n);
  GArray *refs = g_array_new (FALSE, FALSE, sizeof (RsExplainRef));

  add_root_refs (self, refs);
  for (RsObjId id = 1; id < self->n; id++)
    {
      const RsReplicaObject *object = rs_replica_get_object (self->replica, id);

      if (object->state != RS_REPLICA_ALIVE)
        continue;
      self->alive[id] = 1;
      self->rc[id] = rs_replica_object_refcount (object);
      add_object_refs (self, refs, id, object, orders);
      note_script_code (self, id, object);
    }
  /* the root's refs came first, then each holder's in ascending id */
  index_refs (self, refs);
}

void
rs_explain_reach (const RsExplain *self,
                  guint32          skip,
                  const guint8    *gone,
                  guint8          *reached)
{
  g_autoptr(GArray) queue = g_array_new (FALSE, FALSE, sizeof (RsObjId));
  RsObjId root = 0;

  memset (reached, 0, self->n);
  reached[0] = 1;
  g_array_append_val (queue, root);
  for (guint q = 0; q < queue->len; q++)
    {
      RsObjId v = g_array_index (queue, RsObjId, q);

      for (guint32 e = self->first[v]; e < self->first[v + 1]; e++)
        {
          RsObjId t = self->refs[e].target;

          if (e == skip || reached[t] || !self->alive[t] || (gone != NULL && gone[t]))
            continue;
          reached[t] = 1;
          g_array_append_val (queue, t);
        }
    }
}

/* Breadth first from the root: the shortest chain to each object. */
static void
shortest_paths (RsExplain *self)
{
  g_autoptr(GArray) queue = g_array_new (FALSE, FALSE, sizeof (RsObjId));
  RsObjId root = 0;

  self->parent = g_new (guint32, self->n);
  memset (self->parent, 0xff, self->n * sizeof (guint32));
  self->parent[0] = 0;
  g_array_append_val (queue, root);
  for (guint q = 0; q < queue->len; q++)
    {
      RsObjId v = g_array_index (queue, RsObjId, q);

      for (guint32 e = self->first[v]; e < self->first[v + 1]; e++)
        {
          RsObjId t = self->refs[e].target;

          if (self->parent[t] != RS_EXPLAIN_NONE || !self->alive[t])
            continue;
          self->parent[t] = e;
          g_array_append_val (queue, t);
        }
    }
}

/* Tarjan's components over the alive objects, without recursion. */
typedef struct {
  guint32 *index, *low;
  guint8  *on_stack;
  GArray  *stack, *calls;  /* RsObjId; (id, next ref) pairs */
  guint32  counter;
} Tarjan;

static void
tarjan_push (Tarjan  *t,
             RsObjId  id,
             guint32  first_ref)
{
  guint32 call[2] = { id, first_ref };

  t->index[id] = t->low[id] = ++t->counter;
  t->on_stack[id] = 1;
  g_array_append_val (t->stack, id);
  g_array_append_val (t->calls, call);
}

static void
tarjan_pop (RsExplain *self,
            Tarjan    *t,
            RsObjId    root)
{
  guint start = t->stack->len;
  guint32 c = self->n_components++;
  RsObjId member;

  do
    member = g_array_index (t->stack, RsObjId, --start);
  while (member != root);
  self->cyclic = g_realloc (self->cyclic, self->n_components);
  self->cyclic[c] = t->stack->len - start > 1;
  for (guint32 e = self->first[root]; e < self->first[root + 1]; e++)
    self->cyclic[c] |= self->refs[e].target == root;
  for (guint i = start; i < t->stack->len; i++)
    {
      member = g_array_index (t->stack, RsObjId, i);
      t->on_stack[member] = 0;
      self->component[member] = c;
    }
  g_array_set_size (t->stack, start);
}

static void
tarjan_run (RsExplain *self,
            Tarjan    *t,
            RsObjId    start)
{
  tarjan_push (t, start, self->first[start]);
  while (t->calls->len > 0)
    {
      guint32 *call = &g_array_index (t->calls, guint32, (t->calls->len - 1) * 2);
      RsObjId id = call[0];

      if (call[1] < self->first[id + 1])
        {
          RsObjId target = self->refs[call[1]++].target;

          if (!self->alive[target])
            continue;
          if (t->index[target] == 0)
            tarjan_push (t, target, self->first[target]);
          else if (t->on_stack[target])
            t->low[id] = MIN (t->low[id], t->index[target]);
          continue;
        }
      g_array_set_size (t->calls, t->calls->len - 1);
      if (t->low[id] == t->index[id])
        tarjan_pop (self, t, id);
      if (t->calls->len > 0)
        {
          RsObjId parent = g_array_index (t->calls, guint32, (t->calls->len - 1) * 2);
          t->low[parent] = MIN (t->low[parent], t->low[id]);
        }
    }
}

static void
components (RsExplain *self)
{
  Tarjan t = { g_new0 (guint32, self->n), g_new0 (guint32, self->n), g_new0 (guint8, self->n),
               g_array_new (FALSE, FALSE, sizeof (RsObjId)), g_array_new (FALSE, FALSE, sizeof (guint32) * 2), 0 };

  self->component = g_new (guint32, self->n);
  memset (self->component, 0xff, self->n * sizeof (guint32));
  for (RsObjId id = 1; id < self->n; id++)
    if (self->alive[id] && t.index[id] == 0)
      tarjan_run (self, &t, id);
  g_free (t.index);
  g_free (t.low);
  g_free (t.on_stack);
  g_array_unref (t.stack);
  g_array_unref (t.calls);
}


void
rs_explain_build_graph (RsExplain     *self,
                        const RsEvent *events,
                        guint64        n_events)
{
  collect_refs (self, events, n_events);
  shortest_paths (self);
  components (self);
}
