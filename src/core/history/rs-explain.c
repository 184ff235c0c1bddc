/* rs-explain.c: why an object is alive, its cycle and what it retains
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rs-explain-private.h"
#include "rs-dominators.h"
#include "rs-snapshot-private.h"

#include <string.h>

/* Deeper holders go by their title, so that labels stay short. */
#define NAME_DEPTH 8

RsExplain *
rs_explain_new (const RsReplica *replica,
                const RsEvent   *events,
                guint64          n_events,
                RsAtomLookup     lookup,
                gpointer         user_data)
{
  RsExplain *self;

  g_return_val_if_fail (replica != NULL && lookup != NULL, NULL);
  g_return_val_if_fail (events != NULL || n_events == 0, NULL);

  self = g_new0 (RsExplain, 1);
  self->replica = rs_replica_copy (replica);
  self->lookup = lookup;
  self->user_data = user_data;
  self->n = rs_replica_get_max_object_id (replica) + 1;
  self->rc = g_new0 (guint32, self->n);
  self->alive = g_new0 (guint8, self->n);
  self->callbacks = g_new0 (guint8, self->n);
  self->has_del = g_new0 (guint8, self->n);
  self->dict_mode = g_new0 (guint8, self->n);
  self->names = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  rs_explain_build_graph (self, events, n_events);
  return self;
}

void
rs_explain_free (RsExplain *self)
{
  if (self == NULL)
    return;
  rs_replica_free (self->replica);
  g_free (self->refs);
  g_free (self->first);
  g_free (self->in_refs);
  g_free (self->in_first);
  g_free (self->rc);
  g_free (self->alive);
  g_free (self->callbacks);
  g_free (self->has_del);
  g_free (self->dict_mode);
  g_free (self->parent);
  g_free (self->component);
  g_free (self->cyclic);
  g_free (self->idom);
  g_free (self->dom_first);
  g_free (self->dom_children);
  g_hash_table_unref (self->names);
  g_free (self->play_rc);
  g_free (self->play_gone);
  g_clear_pointer (&self->play_touched, g_array_unref);
  g_free (self);
}

void
rs_explain_removal_free (RsExplainRemoval *removal)
{
  if (removal == NULL)
    return;
  g_free (removal->reference);
  g_array_unref (removal->frees);
  g_array_unref (removal->leaks);
  g_free (removal->uncertain);
  g_free (removal);
}

/* Objects */

RsObjId
rs_explain_get_max_id (const RsExplain *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n - 1;
}

guint
rs_explain_get_number (const RsExplain *self,
                       RsObjId          id)
{
  const RsReplicaObject *object;

  g_return_val_if_fail (self != NULL, 0);
  object = id > 0 && id < self->n ? rs_replica_get_object (self->replica, id) : NULL;
  return object != NULL && object->state != RS_REPLICA_UNBORN ? object->number : 0;
}

RsObjId
rs_explain_find_number (const RsExplain *self,
                        guint            number)
{
  g_return_val_if_fail (self != NULL, 0);
  for (RsObjId id = 1; number > 0 && id < self->n; id++)
    if (rs_explain_get_number (self, id) == number)
      return id;
  return 0;
}

RsExplainState
rs_explain_get_state (const RsExplain *self,
                      RsObjId          id)
{
  const RsReplicaObject *object;

  g_return_val_if_fail (self != NULL, RS_EXPLAIN_UNBORN);
  if (id == 0 || id >= self->n)
    return RS_EXPLAIN_UNBORN;
  object = rs_replica_get_object (self->replica, id);
  if (object->state == RS_REPLICA_FREED)
    return RS_EXPLAIN_FREED;
  if (object->state != RS_REPLICA_ALIVE)
    return RS_EXPLAIN_UNBORN;
  return self->parent[id] != RS_EXPLAIN_NONE ? RS_EXPLAIN_ALIVE : RS_EXPLAIN_LEAKED;
}

char *
rs_explain_title (const RsExplain *self,
                  RsObjId          id)
{
  GString *out;

  g_return_val_if_fail (self != NULL && id > 0 && id < self->n, g_strdup ("?"));
  out = g_string_new (NULL);
  rs_snapshot_append_title (out, rs_replica_get_object (self->replica, id), self->lookup, self->user_data);
  return g_string_free (out, FALSE);
}

/* Labels */

static guint
depth_of (const RsExplain *self,
          RsObjId          id)
{
  guint depth = 0;

  while (id != 0 && self->parent[id] != RS_EXPLAIN_NONE && depth <= NAME_DEPTH)
    {
      id = self->refs[self->parent[id]].holder;
      depth++;
    }
  return id == 0 ? depth : G_MAXUINT;
}

/* What labels call @id: the label of its shortest chain's last
 * reference, while that is short; else its title. */
static const char *
name_of (RsExplain *self,
         RsObjId    id)
{
  char *name = g_hash_table_lookup (self->names, GUINT_TO_POINTER (id));

  if (name != NULL)
    return name;
  if (depth_of (self, id) <= NAME_DEPTH)
    name = rs_explain_ref_label (self, &self->refs[self->parent[id]]);
  else
    name = rs_explain_title (self, id);
  g_hash_table_insert (self->names, GUINT_TO_POINTER (id), name);
  return name;
}

static char *
key_repr (RsExplain *self,
          RsValue    key)
{
  if (RS_VALUE_IS_OBJECT (key))
    return rs_explain_title (self, RS_VALUE_OBJECT_ID (key));
  return rs_snapshot_repr_value (key, self->lookup, self->user_data);
}

static guint32
list_index (RsExplain             *self,
            const RsReplicaObject *object,
            guint32                slot)
{
  guint32 index = 0;

  for (guint32 i = 0; i < slot; i++)
    index += object->items.slots[i].value != RS_VALUE_ABSENT;
  return index;
}

static char *
root_label (RsExplain          *self,
            const RsExplainRef *r)
{
  const RsReplicaFrame *frame = r->frame ? rs_replica_get_frame (self->replica, r->frame) : NULL;

  switch ((RsExplainRefKind) r->kind)
    {
    case RS_EXPLAIN_REF_NAME:
      if (r->frame == RS_GLOBAL_FRAME)
        return g_strdup (rs_explain_atom_text (self, (guint32) frame->names.slots[r->slot].key));
      return g_strdup_printf ("%s: %s", rs_explain_atom_text (self, frame->name_atom),
                              rs_explain_atom_text (self, (guint32) frame->names.slots[r->slot].key));
    case RS_EXPLAIN_REF_FUNCTION:
      return g_strdup_printf ("(frame %s)", rs_explain_atom_text (self, frame->name_atom));
    case RS_EXPLAIN_REF_DYING:
      return g_strdup ("(its destruction)");
    default:
      return g_strdup ("(temporary)");
    }
}

char *
rs_explain_ref_label (RsExplain          *self,
                      const RsExplainRef *r)
{
  const RsReplicaObject *holder;
  g_autofree char *key = NULL;
  const char *name;

  if (r->holder == 0)
    return root_label (self, r);
  holder = rs_replica_get_object (self->replica, r->holder);
  name = name_of (self, r->holder);
  switch ((RsExplainRefKind) r->kind)
    {
    case RS_EXPLAIN_REF_ATTR:
      return g_strdup_printf ("%s.%s", name, rs_explain_atom_text (self, (guint32) holder->attrs.slots[r->slot].key));
    case RS_EXPLAIN_REF_ITEM:
      return g_strdup_printf ("%s[%u]", name, list_index (self, holder, r->slot));
    case RS_EXPLAIN_REF_VALUE:
      key = key_repr (self, holder->items.slots[r->slot].key);
      return g_strdup_printf ("%s[%s]", name, key);
    default:
      key = key_repr (self, holder->items.slots[r->slot].key);
      return g_strdup_printf ("key %s of %s", key, name);
    }
}

/* Why alive */

/* The chain's labels into @labels, or the objects they lead to into
 * @objects (one of the two is NULL). */
static void
append_chain (RsExplain *self,
              GPtrArray *labels,
              GArray    *objects,
              RsObjId    from,
              RsObjId    id,
              guint32   *via)
{
  g_autoptr(GArray) chain = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (RsObjId v = id; v != from; v = self->refs[via[v]].holder)
    g_array_append_val (chain, via[v]);
  for (guint i = chain->len; i > 0; i--)
    {
      const RsExplainRef *r = &self->refs[g_array_index (chain, guint32, i - 1)];

      if (objects != NULL)
        g_array_append_val (objects, r->target);
      else
        g_ptr_array_add (labels, rs_explain_ref_label (self, r));
    }
}

/* Breadth first backwards from a leaked @id to the nearest member of a
 * cycle (or an object with no holder the replica shows): *via gets the
 * forward chain's references. */
static RsObjId
leaked_source (RsExplain *self,
               RsObjId    id,
               guint32   *via)
{
  g_autoptr(GArray) queue = g_array_new (FALSE, FALSE, sizeof (RsObjId));
  g_autofree guint8 *seen = g_new0 (guint8, self->n);
  /* the reference by which the search reached each holder: an object
   * with several holders is reached once, from one of them */
  g_autofree guint32 *reached_by = g_new (guint32, self->n);
  RsObjId top = id;

  seen[id] = 1;
  g_array_append_val (queue, id);
  for (guint q = 0; q < queue->len; q++)
    {
      RsObjId v = g_array_index (queue, RsObjId, q);

      top = v;
      if (self->cyclic[self->component[v]])
        break;
      for (guint32 k = self->in_first[v]; k < self->in_first[v + 1]; k++)
        {
          const RsExplainRef *r = &self->refs[self->in_refs[k]];

          if (r->holder == 0 || seen[r->holder])
            continue;
          seen[r->holder] = 1;
          reached_by[r->holder] = self->in_refs[k];
          g_array_append_val (queue, r->holder);
        }
    }
  /* the chain runs forward, from @top to @id: each object on it gets the
   * reference that leads into it */
  for (RsObjId h = top; h != id; h = self->refs[reached_by[h]].target)
    via[self->refs[reached_by[h]].target] = reached_by[h];
  return top;
}

/* Why alive, as labels or as the objects they lead to (see append_chain). */
static void
why_alive (RsExplain *self,
           RsObjId    id,
           GPtrArray *labels,
           GArray    *objects)
{
  g_autofree guint32 *via = NULL;
  RsObjId source;

  switch (rs_explain_get_state (self, id))
    {
    case RS_EXPLAIN_ALIVE:
      append_chain (self, labels, objects, 0, id, self->parent);
      break;
    case RS_EXPLAIN_LEAKED:
      if (self->cyclic[self->component[id]])
        break;
      via = g_new (guint32, self->n);
      source = leaked_source (self, id, via);
      if (objects != NULL)
        g_array_append_val (objects, source);
      else
        g_ptr_array_add (labels, rs_explain_title (self, source));
      append_chain (self, labels, objects, source, id, via);
      break;
    default:
      break;
    }
}

GPtrArray *
rs_explain_why_alive (RsExplain *self,
                      RsObjId    id)
{
  GPtrArray *labels = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (self != NULL, labels);
  why_alive (self, id, labels, NULL);
  return labels;
}

GArray *
rs_explain_why_alive_objects (RsExplain *self,
                              RsObjId    id)
{
  GArray *objects = g_array_new (FALSE, FALSE, sizeof (RsObjId));

  g_return_val_if_fail (self != NULL, objects);
  why_alive (self, id, NULL, objects);
  return objects;
}

GArray *
rs_explain_get_cycle (RsExplain *self,
                      RsObjId    id,
                      gboolean  *hangs)
{
  GArray *members = g_array_new (FALSE, FALSE, sizeof (RsObjId));
  g_autofree guint32 *via = NULL;
  RsObjId source = id;

  if (hangs != NULL)
    *hangs = FALSE;
  g_return_val_if_fail (self != NULL, members);
  if (rs_explain_get_state (self, id) != RS_EXPLAIN_LEAKED)
    return members;
  if (!self->cyclic[self->component[id]])
    {
      via = g_new (guint32, self->n);
      source = leaked_source (self, id, via);
      if (!self->cyclic[self->component[source]])
        return members;
      if (hangs != NULL)
        *hangs = TRUE;
    }
  for (RsObjId v = 1; v < self->n; v++)
    if (self->alive[v] && self->component[v] == self->component[source])
      g_array_append_val (members, v);
  return members;
}

/* All root paths: depth first backwards over the holders, never through
 * an object twice on one path; shortest first at the end. */
typedef struct {
  RsExplain *self;
  GPtrArray *paths;
  GArray    *chain;    /* refs, from @id backwards */
  guint8    *on_path;
  guint      max;
  guint      budget;
} Paths;

static void
add_path (Paths *p)
{
  GPtrArray *labels = g_ptr_array_new_with_free_func (g_free);

  for (guint i = p->chain->len; i > 0; i--)
    g_ptr_array_add (labels, rs_explain_ref_label (p->self, &p->self->refs[g_array_index (p->chain, guint32, i - 1)]));
  g_ptr_array_add (p->paths, labels);
}

static void
paths_from (Paths   *p,
            RsObjId  v)
{
  RsExplain *self = p->self;

  for (guint32 k = self->in_first[v]; k < self->in_first[v + 1] && p->paths->len < p->max && p->budget > 0; k++)
    {
      guint32 e = self->in_refs[k];
      RsObjId holder = self->refs[e].holder;

      p->budget--;
      if (self->refs[e].kind == RS_EXPLAIN_REF_DYING || (holder != 0 && (p->on_path[holder] || self->parent[holder] == RS_EXPLAIN_NONE)))
        continue;
      g_array_append_val (p->chain, e);
      if (holder == 0)
        add_path (p);
      else
        {
          p->on_path[holder] = 1;
          paths_from (p, holder);
          p->on_path[holder] = 0;
        }
      g_array_set_size (p->chain, p->chain->len - 1);
    }
}

static gint
shorter_first (gconstpointer a,
               gconstpointer b)
{
  const GPtrArray *x = *(GPtrArray * const *) a, *y = *(GPtrArray * const *) b;

  return (gint) x->len - (gint) y->len;
}

GPtrArray *
rs_explain_root_paths (RsExplain *self,
                       RsObjId    id,
                       guint      max)
{
  Paths p = { self, g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref), NULL, NULL, max, 100000 };

  g_return_val_if_fail (self != NULL, p.paths);
  if (rs_explain_get_state (self, id) != RS_EXPLAIN_ALIVE)
    return p.paths;
  p.chain = g_array_new (FALSE, FALSE, sizeof (guint32));
  p.on_path = g_new0 (guint8, self->n);
  p.on_path[id] = 1;
  paths_from (&p, id);
  g_ptr_array_sort (p.paths, shorter_first);
  g_array_unref (p.chain);
  g_free (p.on_path);
  return p.paths;
}

/* Retained sets */

/* The root's edges, and to each leaked component nothing else leaked
 * holds (so that what hangs from a leaked cycle has a dominator too). */
static void
dominator_input (RsExplain  *self,
                 guint32   **first,
                 guint32   **targets)
{
  g_autofree guint8 *held = g_new0 (guint8, self->n_components);
  GArray *t = g_array_new (FALSE, FALSE, sizeof (guint32));

  *first = g_new0 (guint32, self->n + 1);
  for (guint32 e = 0; e < self->first[self->n]; e++)
    {
      const RsExplainRef *r = &self->refs[e];
      if (r->holder != 0 && self->parent[r->target] == RS_EXPLAIN_NONE
          && self->component[r->holder] != self->component[r->target])
        held[self->component[r->target]] = 1;
    }
  for (RsObjId v = 0; v < self->n; v++)
    {
      (*first)[v] = t->len;
      for (guint32 e = self->first[v]; e < self->first[v + 1]; e++)
        g_array_append_val (t, self->refs[e].target);
      if (v == 0)
        for (RsObjId l = 1; l < self->n; l++)
          if (self->alive[l] && self->parent[l] == RS_EXPLAIN_NONE && !held[self->component[l]])
            g_array_append_val (t, l);
    }
  (*first)[self->n] = t->len;
  *targets = (guint32 *) g_array_free (t, FALSE);
}

static void
ensure_dominators (RsExplain *self)
{
  g_autofree guint32 *first = NULL;
  g_autofree guint32 *targets = NULL;
  g_autofree guint32 *fill = NULL;

  if (self->idom != NULL)
    return;
  dominator_input (self, &first, &targets);
  self->idom = rs_dominators_compute (self->n, first, targets, 0);
  self->dom_first = g_new0 (guint32, self->n + 1);
  self->dom_children = g_new (guint32, self->n);
  fill = g_new0 (guint32, self->n);
  for (RsObjId v = 1; v < self->n; v++)
    if (self->idom[v] != RS_DOMINATORS_NONE)
      self->dom_first[self->idom[v] + 1]++;
  for (RsObjId v = 0; v < self->n; v++)
    self->dom_first[v + 1] += self->dom_first[v];
  for (RsObjId v = 1; v < self->n; v++)
    if (self->idom[v] != RS_DOMINATORS_NONE)
      self->dom_children[self->dom_first[self->idom[v]] + fill[self->idom[v]]++] = v;
}

static gint
compare_ids (gconstpointer a,
             gconstpointer b)
{
  RsObjId x = *(const RsObjId *) a, y = *(const RsObjId *) b;

  return x < y ? -1 : x > y;
}

GArray *
rs_explain_retained (RsExplain *self,
                     RsObjId    id)
{
  GArray *set = g_array_new (FALSE, FALSE, sizeof (RsObjId));

  g_return_val_if_fail (self != NULL, set);
  if (id == 0 || id >= self->n || !self->alive[id])
    return set;
  ensure_dominators (self);
  g_array_append_val (set, id);
  for (guint q = 0; q < set->len; q++)
    {
      RsObjId v = g_array_index (set, RsObjId, q);
      g_array_append_vals (set, self->dom_children + self->dom_first[v], self->dom_first[v + 1] - self->dom_first[v]);
    }
  if (set->len > 2)
    qsort (&g_array_index (set, RsObjId, 1), set->len - 1, sizeof (RsObjId), compare_ids);
  return set;
}
