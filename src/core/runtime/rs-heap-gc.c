/* rs-heap-gc.c: traversal, reachability and the cycle collector
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rs-heap-private.h"

/* Traversal (tp_traverse) */

typedef void (*RsRefFunc) (RsHeap *self, RsValue v, gpointer data);

static void
foreach_ref (RsHeap    *self,
             RsObj     *o,
             RsRefFunc  fn,
             gpointer   data)
{
  switch ((RsObjKind) o->kind)
    {
    case RS_KIND_INSTANCE:
    case RS_KIND_CLASS:
      {
        RsAttrs *a = rs_heap_attrs_of (o, FALSE);
        for (guint i = 0; a != NULL && i < a->len; i++)
          fn (self, a->items[i].value, data);
        if (o->kind == RS_KIND_INSTANCE)
          {
            fn (self, RS_VALUE_OBJECT (o->cls), data);
            rs_heap_exception_foreach (self, o, fn, data);
          }
        else
          {
            RsClassData *cd = o->data;
            fn (self, RS_VALUE_OBJECT (o->id), data);
            for (guint i = 0; i < cd->n_bases; i++)
              fn (self, RS_VALUE_OBJECT (cd->bases[i]), data);
          }
      }
      break;
    case RS_KIND_LIST:
    case RS_KIND_TUPLE:
      {
        RsList *l = o->data;
        for (guint i = 0; i < l->len; i++)
          fn (self, l->items[i], data);
      }
      break;
    case RS_KIND_DICT:
      {
        RsDict *d = o->data;
        for (guint i = 0; i < d->len; i++)
          if (d->entries[i].key != RS_VALUE_ABSENT)
            {
              fn (self, d->entries[i].key, data);
              fn (self, d->entries[i].value, data);
            }
      }
      break;
    case RS_KIND_CELL:
      if (*(RsValue *) o->data != RS_VALUE_ABSENT)
        fn (self, *(RsValue *) o->data, data);
      break;
    case RS_KIND_FUNCTION:
      rs_heap_function_foreach (o, fn, self, data);
      break;
    case RS_KIND_BOUND_METHOD:
      /* method_traverse: im_func, then im_self */
      fn (self, ((RsBoundData *) o->data)->func, data);
      fn (self, ((RsBoundData *) o->data)->self, data);
      break;
    case RS_KIND_WEAKREF:
      fn (self, ((RsWeakData *) o->data)->callback, data);
      /* a WeakMethod: its _func_ref and (in its _cb) its callback */
      if (((RsWeakData *) o->data)->flavor == RS_WEAK_METHOD)
        {
          fn (self, RS_VALUE_OBJECT (((RsWeakData *) o->data)->func_ref), data);
          fn (self, ((RsWeakData *) o->data)->user_callback, data);
        }
      fn (self, ((RsWeakData *) o->data)->key, data);
      break;
    case RS_KIND_WEAKDICT:
      rs_heap_weakdict_foreach (o, fn, self, data);
      break;
    case RS_KIND_DESCRIPTOR:
      rs_heap_descriptor_foreach (o, fn, self, data);
      break;
    case RS_KIND_ITERATOR:
      if (((RsIterData *) o->data)->seq != 0)
        fn (self, RS_VALUE_OBJECT (((RsIterData *) o->data)->seq), data);
      for (guint i = 0; i < G_N_ELEMENTS (((RsIterData *) o->data)->held); i++)
        fn (self, ((RsIterData *) o->data)->held[i], data);
      fn (self, ((RsIterData *) o->data)->result, data);
      break;
    case RS_KIND_EXCEPTION:
      rs_heap_exception_foreach (self, o, fn, data);
      break;
    default:
      break;
    }
}

static gint
cmp_u32 (gconstpointer a,
         gconstpointer b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return x < y ? -1 : x > y;
}

/* Marking: iterative, so a million-long chain costs no C stack */
static void
mark_push (RsHeap   *self,
           RsValue   v,
           gpointer  data)
{
  RsObj *o = rs_heap_get_value (self, v);

  if (o != NULL && !(o->flags & RS_OBJ_MARK))
    {
      o->flags |= RS_OBJ_MARK;
      g_array_append_val ((GArray *) data, o->id);
    }
}

static void
mark_from (RsHeap *self,
           GArray *stack)
{
  while (stack->len > 0)
    {
      RsObjId id = g_array_index (stack, RsObjId, stack->len - 1);
      g_array_set_size (stack, stack->len - 1);
      foreach_ref (self, rs_heap_obj (self, id), mark_push, stack);
    }
}

static void
unmark_all (RsHeap *self)
{
  for (guint i = 0; i < self->objs->len; i++)
    g_array_index (self->objs, RsObj, i).flags &= ~RS_OBJ_MARK;
}

gboolean
rs_heap_is_partitioning (RsHeap *self)
{
  return self->partitioning;
}

void
rs_heap_partition (RsHeap        *self,
                   const RsValue *roots,
                   guint          n_roots,
                   GArray        *reachable,
                   GArray        *leaked)
{
  g_return_if_fail (roots != NULL || n_roots == 0);
  g_return_if_fail (reachable != NULL && leaked != NULL);

  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (RsObjId));

  /* reachability follows every frame a traceback keeps, also one that
   * another holder keeps too (the collector's traversal leaves those out) */
  self->partitioning = TRUE;
  for (guint i = 0; i < n_roots; i++)
    mark_push (self, roots[i], stack);
  mark_from (self, stack);
  self->partitioning = FALSE;
  for (guint i = 0; i < self->objs->len; i++)
    {
      RsObj *o = &g_array_index (self->objs, RsObj, i);
      if (o->id == 0 || o->trace_no == 0)
        continue;
      g_array_append_val ((o->flags & RS_OBJ_MARK) ? reachable : leaked, o->trace_no);
    }
  unmark_all (self);
  g_array_sort (reachable, cmp_u32);
  g_array_sort (leaked, cmp_u32);
}

/* The cycle collector (gcmodule.c's collect()) */

/* Per slot state of a collection (gc_refs and which list an object is in) */
typedef enum {
  GC_OUTSIDE = 0,  /* not a candidate (g_new0), or already scanned */
  GC_YOUNG,        /* in move_unreachable's young list, not scanned yet */
  GC_UNREACHABLE,  /* tentatively unreachable */
} RsGcState;

typedef struct {
  gint32 refs;
  guint8 state;
} RsGcHead;

typedef struct {
  RsGcHead *heads;   /* per slot */
  GArray   *young;   /* RsObjId: the young list, scanned front to back */
} RsGcScan;

static RsGcHead *
gc_head (RsHeap   *self,
         RsGcHead *heads,
         RsValue   v)
{
  if (!RS_VALUE_IS_OBJECT (v))
    return NULL;
  guint32 slot = g_array_index (self->slot_of, guint32, RS_VALUE_OBJECT_ID (v));
  return slot == NO_SLOT ? NULL : &heads[slot];
}

static void
subtract_ref (RsHeap   *self,
              RsValue   v,
              gpointer  data)
{
  RsGcHead *h = gc_head (self, data, v);

  if (h != NULL)
    h->refs--;
}

/* gcmodule.c's visit_reachable: a referent of a reachable object is
 * reachable; if it was already moved to the unreachable list it goes back
 * to the END of the young list, to be scanned later. */
static void
visit_reachable (RsHeap   *self,
                 RsValue   v,
                 gpointer  data)
{
  RsGcScan *scan = data;
  RsGcHead *h = gc_head (self, scan->heads, v);

  if (h == NULL || h->state == GC_OUTSIDE)
    return;
  if (h->state == GC_UNREACHABLE)
    {
      RsObjId id = RS_VALUE_OBJECT_ID (v);
      h->state = GC_YOUNG;
      g_array_append_val (scan->young, id);
    }
  if (h->refs == 0)
    h->refs = 1;
}

/* Every tracked object in gc list order: the order a full collection
 * scans (survivors of the last one, then newer objects). */
typedef struct {
  guint   rank;   /* 0: the collected generation's own list; g + 1: merged gen g */
  guint32 seq;
  RsObjId id;
} RsGcPlace;

static gint
cmp_gc_place (gconstpointer a,
              gconstpointer b)
{
  const RsGcPlace *p = a, *q = b;

  if (p->rank != q->rank)
    return p->rank < q->rank ? -1 : 1;
  if (p->seq != q->seq)
    return p->seq < q->seq ? -1 : 1;
  return p->id < q->id ? -1 : p->id > q->id;
}

/* The list gc_collect_main() collects: @generation's own list, then the
 * younger generations merged after it, 0 first, each in list order. */
static GArray *
gc_tracked (RsHeap *self,
            guint   generation)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (RsObjId));
  g_autoptr(GArray) places = g_array_new (FALSE, FALSE, sizeof (RsGcPlace));

  for (guint i = 0; i < self->objs->len; i++)
    {
      RsObj *o = &g_array_index (self->objs, RsObj, i);
      /* objects being destroyed are untracked, as in CPython */
      if (o->id == 0 || o->kind == RS_KIND_RANGE || o->refcnt == 0 || o->gc_gen > generation)
        continue;
      RsGcPlace p = { o->gc_gen == generation ? 0 : o->gc_gen + 1u, o->gc_seq, o->id };
      g_array_append_val (places, p);
    }
  g_array_sort (places, cmp_gc_place);
  for (guint i = 0; i < places->len; i++)
    g_array_append_val (ids, g_array_index (places, RsGcPlace, i).id);
  return ids;
}

/* update_refs + subtract_refs: gc_refs = references from outside @ids */
static RsGcHead *
gc_refs_new (RsHeap *self,
             GArray *ids)
{
  RsGcHead *heads = g_new0 (RsGcHead, self->objs->len);

  for (guint i = 0; i < ids->len; i++)
    {
      RsObj *o = rs_heap_obj (self, g_array_index (ids, RsObjId, i));
      RsGcHead *h = gc_head (self, heads, RS_VALUE_OBJECT (o->id));
      *h = (RsGcHead) { .refs = o->refcnt, .state = GC_YOUNG };
    }
  for (guint i = 0; i < ids->len; i++)
    foreach_ref (self, rs_heap_obj (self, g_array_index (ids, RsObjId, i)), subtract_ref, heads);
  return heads;
}

/* The ids among @ids (in gc list order) that nothing outside them
 * references, directly or through others, in CPython's unreachable-list
 * order (move_unreachable); the others are appended to @reachable in the
 * order the young list has afterwards. */
static GArray *
find_unreachable (RsHeap *self,
                  GArray *ids,
                  GArray *reachable)
{
  RsGcScan scan = { gc_refs_new (self, ids), g_array_copy (ids) };
  g_autoptr(GArray) moved = g_array_new (FALSE, FALSE, sizeof (RsObjId));

  for (guint i = 0; i < scan.young->len; i++)
    {
      RsObjId id = g_array_index (scan.young, RsObjId, i);
      RsGcHead *h = gc_head (self, scan.heads, RS_VALUE_OBJECT (id));
      if (h->refs == 0)
        {
          h->state = GC_UNREACHABLE;
          g_array_append_val (moved, id);
          continue;
        }
      foreach_ref (self, rs_heap_obj (self, id), visit_reachable, &scan);
      h->state = GC_OUTSIDE;
      g_array_append_val (reachable, id);
    }
  /* an object moved back to the young list left its place here */
  GArray *unreachable = g_array_new (FALSE, FALSE, sizeof (RsObjId));
  for (guint i = 0; i < moved->len; i++)
    {
      RsObjId id = g_array_index (moved, RsObjId, i);
      if (gc_head (self, scan.heads, RS_VALUE_OBJECT (id))->state == GC_UNREACHABLE)
        g_array_append_val (unreachable, id);
    }
  g_array_unref (scan.young);
  g_free (scan.heads);
  return unreachable;
}

/* Puts @ids, in their order, at gc list places @first, @first + 1, ... */
static void
gc_renumber (RsHeap  *self,
             GArray  *ids,
             guint32  first,
             guint    generation)
{
  for (guint i = 0; i < ids->len; i++)
    {
      RsObj *o = rs_heap_obj (self, g_array_index (ids, RsObjId, i));
      o->gc_seq = first + i;
      o->gc_gen = generation;
    }
}

static void
gc_clear_weakrefs (RsHeap *self,
                   GArray *unreachable)
{
  g_autoptr(GHashTable) garbage = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) calls = g_array_new (FALSE, FALSE, sizeof (RsObjId));

  for (guint i = 0; i < unreachable->len; i++)
    g_hash_table_add (garbage, GUINT_TO_POINTER (g_array_index (unreachable, RsObjId, i)));
  for (guint i = 0; i < unreachable->len; i++)
    {
      GArray *wl = rs_heap_weaklist (self, g_array_index (unreachable, RsObjId, i), FALSE);
      if (wl == NULL)
        continue;
      g_autoptr(GArray) refs = g_array_copy (wl);
      for (guint j = 0; j < refs->len; j++)
        {
          RsObjId w = g_array_index (refs, RsObjId, j);
          rs_heap_weak_unlink (self, w);
          if (((RsWeakData *) rs_heap_obj (self, w)->data)->callback == RS_VALUE_ABSENT ||
              g_hash_table_contains (garbage, GUINT_TO_POINTER (w)))
            continue;
          rs_heap_incref (self, RS_VALUE_OBJECT (w));
          g_array_append_val (calls, w);
        }
    }
  for (guint i = 0; i < calls->len; i++)
    {
      RsObjId w = g_array_index (calls, RsObjId, i);
      RsValue cb = ((RsWeakData *) rs_heap_obj (self, w)->data)->callback;
      if (cb != RS_VALUE_ABSENT && self->hooks.weak_callback != NULL)
        {
          rs_heap_incref (self, cb);
          self->hooks.weak_callback (self->hooks_data, cb, w);
          rs_heap_decref (self, cb);
        }
      rs_heap_decref (self, RS_VALUE_OBJECT (w));
    }
}

/* tp_clear: drop the references that can form cycles */
static void
gc_clear (RsHeap  *self,
          RsObjId  id)
{
  RsObj *o = rs_heap_obj (self, id);

  switch ((RsObjKind) o->kind)
    {
    case RS_KIND_INSTANCE:
      rs_heap_attrs_release (self, id);
      if (rs_heap_exception_data (self, RS_VALUE_OBJECT (id)) != NULL)
        rs_heap_exception_clear (self, id);
      break;
    case RS_KIND_LIST:
      rs_heap_list_clear (self, id);
      break;
    case RS_KIND_DICT:
      rs_heap_dict_clear (self, id);
      break;
    case RS_KIND_CLASS:
      rs_heap_class_clear (self, id);
      rs_heap_hidden_release (self, id, self->atom_mro, RS_VALUE_OBJECT (id));
      break;
    case RS_KIND_WEAKREF:
      rs_heap_weak_clear (self, id);
      break;
    case RS_KIND_EXCEPTION:
      rs_heap_exception_clear (self, id);
      break;
    case RS_KIND_FUNCTION:
      /* func_clear: what func_dealloc releases, the closure too */
      rs_heap_function_dealloc (self, id);
      break;
    case RS_KIND_CELL:
      rs_heap_cell_set (self, id, RS_VALUE_ABSENT);
      break;
    case RS_KIND_WEAKDICT:
      /* subtype_clear: its __dict__ goes as in its dealloc */
      rs_heap_weakdict_dealloc (self, id);
      break;
    default:
      break;
    }
}

/* finalize_garbage: every pending __del__ of the batch, in list order */
static void
gc_finalize (RsHeap *self,
             GArray *unreachable)
{
  for (guint i = 0; i < unreachable->len; i++)
    {
      RsObjId id = g_array_index (unreachable, RsObjId, i);
      RsObj *o = rs_heap_get (self, id);
      if (o == NULL || o->trace_no == 0 || (o->flags & RS_OBJ_FINALIZED))
        continue;
      o->flags |= RS_OBJ_FINALIZED;
      rs_heap_emit (self, RS_EV_FINALIZE, 0, id, 0, 0, rs_value_int (o->trace_no));
      if (o->kind == RS_KIND_INSTANCE && self->hooks.finalize != NULL)
        {
          rs_heap_incref (self, RS_VALUE_OBJECT (id));
          self->hooks.finalize (self->hooks_data, id);
          rs_heap_decref (self, RS_VALUE_OBJECT (id));
        }
    }
}

/* The batch objects still in the unreachable list: not freed, and not
 * re-tracked by a dealloc that a finalizer caused (their gc_seq moved
 * past @last, the list's end when the batch was found). */
static GArray *
gc_still_listed (RsHeap  *self,
                 GArray  *unreachable,
                 guint32  last)
{
  GArray *still = g_array_new (FALSE, FALSE, sizeof (RsObjId));

  for (guint i = 0; i < unreachable->len; i++)
    {
      RsObjId id = g_array_index (unreachable, RsObjId, i);
      RsObj *o = rs_heap_get (self, id);
      if (o != NULL && o->gc_seq <= last)
        g_array_append_val (still, id);
    }
  return still;
}

/* tp_clear on the garbage, which frees it by refcount */
static void
gc_clear_all (RsHeap *self,
              GArray *garbage)
{
  for (guint i = 0; i < garbage->len; i++)
    rs_heap_incref (self, RS_VALUE_OBJECT (g_array_index (garbage, RsObjId, i)));
  for (guint i = 0; i < garbage->len; i++)
    {
      RsObjId id = g_array_index (garbage, RsObjId, i);
      gc_clear (self, id);
      rs_heap_decref (self, RS_VALUE_OBJECT (id));
    }
}

guint
rs_heap_collect (RsHeap *self)
{
  return rs_heap_collect_generation (self, 2);
}

guint
rs_heap_collect_generation (RsHeap *self,
                            guint   generation)
{
  g_return_val_if_fail (generation <= 2, 0);

  guint old = MIN (generation + 1, 2);
  rs_heap_emit (self, RS_EV_GC_START, 0, 0, generation, 0, 0);
  if (self->collecting)
    {
      /* gc.collect() from a finalizer of the running collection does nothing */
      rs_heap_emit (self, RS_EV_GC_END, 0, 0, 0, 0, 0);
      return 0;
    }
  self->collecting = TRUE;
  g_autoptr(GArray) tracked = gc_tracked (self, generation);
  for (guint i = 0; generation < 2 && i < tracked->len; i++)
    rs_heap_emit (self, RS_EV_GC_YOUNG, 0, g_array_index (tracked, RsObjId, i), 0, 0, 0);
  g_autoptr(GArray) survivors = g_array_new (FALSE, FALSE, sizeof (RsObjId));
  g_autoptr(GArray) unreachable = find_unreachable (self, tracked, survivors);
  guint found = unreachable->len;
  /* the survivors join the next older generation at its end, in
   * move_unreachable's order, then room for the resurrected (merged after
   * them); finalizers allocate after that */
  guint32 last = self->next_gc_seq;
  gc_renumber (self, survivors, last + 1, old);
  guint32 resurrected_first = last + survivors->len + 1;
  self->next_gc_seq = resurrected_first + unreachable->len;

  for (guint i = 0; i < unreachable->len; i++)
    rs_heap_emit (self, RS_EV_GC_UNREACHABLE, 0, g_array_index (unreachable, RsObjId, i), 0, 0, 0);
  rs_heap_emit (self, RS_EV_GC_PHASE, 0, 0, RS_GC_MARK_WEAKREFS, 0, 0);
  gc_clear_weakrefs (self, unreachable);
  rs_heap_emit (self, RS_EV_GC_PHASE, 0, 0, RS_GC_MARK_FINALIZE, 0, 0);
  gc_finalize (self, unreachable);
  /* handle_resurrected_objects: only what is still unreachable dies */
  rs_heap_emit (self, RS_EV_GC_PHASE, 0, 0, RS_GC_MARK_RESURRECT, 0, 0);
  g_autoptr(GArray) still = gc_still_listed (self, unreachable, last);
  g_autoptr(GArray) resurrected = g_array_new (FALSE, FALSE, sizeof (RsObjId));
  g_autoptr(GArray) garbage = find_unreachable (self, still, resurrected);
  gc_renumber (self, resurrected, resurrected_first, old);
  rs_heap_emit (self, RS_EV_GC_PHASE, 0, 0, RS_GC_MARK_FREE, 0, 0);
  gc_clear_all (self, garbage);
  self->collecting = FALSE;
  rs_heap_emit (self, RS_EV_GC_END, 0, 0, 0, 0, 0);
  return found;
}
