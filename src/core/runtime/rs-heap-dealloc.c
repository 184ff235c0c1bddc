/* rs-heap-dealloc.c: destruction in CPython's order and the trashcan
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rs-heap-private.h"

/* CPython's _PyTrash_UNWIND_LEVEL */
#define TRASH_LIMIT 50

static gboolean
uses_trashcan (RsObjKind kind)
{
  /* 3.11's method_dealloc has no trashcan; tupledealloc and
   * BaseException_dealloc have one */
  return RS_KIND_IS_TRACED (kind) || kind == RS_KIND_TUPLE || kind == RS_KIND_EXCEPTION;
}

/* `del N` and __del__; FALSE when __del__ resurrected the object. */
static gboolean
finalize (RsHeap  *self,
          RsObjId  id)
{
  RsObj *o = rs_heap_obj (self, id);

  if (o->trace_no == 0 || (o->flags & RS_OBJ_FINALIZED))
    return TRUE;
  o->flags |= RS_OBJ_FINALIZED;
  rs_heap_emit (self, RS_EV_FINALIZE, 0, id, 0, 0, rs_value_int (o->trace_no));
  if (o->kind != RS_KIND_INSTANCE || self->hooks.finalize == NULL)
    return TRUE;
  /* PyObject_CallFinalizerFromDealloc resurrects the object for the call;
   * subtype_dealloc re-tracks it first, at the end of the gc list */
  o->gc_seq = ++self->next_gc_seq;
  o->gc_gen = 0;
  rs_heap_incref (self, RS_VALUE_OBJECT (id));
  self->hooks.finalize (self->hooks_data, id);
  rs_heap_emit (self, RS_EV_TEMP_DEC, 0, 0, 0, RS_VALUE_OBJECT (id), 0);
  o = rs_heap_obj (self, id);
  if (--o->refcnt == 0)
    return TRUE;
  rs_heap_emit (self, RS_EV_RESURRECT, 0, id, 0, 0, 0);
  return FALSE;
}

void
rs_heap_free_object (RsHeap  *self,
                     RsObjId  id)
{
  rs_heap_emit (self, RS_EV_FREE, 0, id, 0, 0, 0);
  rs_heap_release_slot (self, id);
}

/* An exception that frames the trashcan deferred are in waits for them */
static void
free_object (RsHeap  *self,
             RsObjId  id)
{
  RsObj *o = rs_heap_obj (self, id);

  if (o->flags & RS_OBJ_KEEPS_FRAMES)
    o->flags |= RS_OBJ_FREE_WAITING;
  else
    rs_heap_free_object (self, id);
}

/* type_clear: the class dict and the bases (the self-cycle is the caller's) */
void
rs_heap_class_clear (RsHeap  *self,
                     RsObjId  id)
{
  rs_heap_attrs_release (self, id);
  RsClassData *cd = rs_heap_obj (self, id)->data;
  RsObjId *bases = g_steal_pointer (&cd->bases);
  guint n = cd->n_bases;
  cd->base = 0;
  cd->n_bases = 0;
  for (guint i = 0; i < n; i++)
    rs_heap_hidden_release (self, id, rs_heap_base_atom (self, i), RS_VALUE_OBJECT (bases[i]));
  g_free (bases);
}

/* A materialized instance dict is an object of its own in CPython, and
 * dict_dealloc takes a trashcan level: at the limit the whole dict waits
 * on the pending stack (the instance stays in the model until then). */
static gboolean
instance_dealloc (RsHeap  *self,
                  RsObjId  id)
{
  if (!(rs_heap_obj (self, id)->flags & RS_OBJ_DICT_MODE))
    rs_heap_attrs_release (self, id);
  else if (self->trash_nesting >= TRASH_LIMIT)
    {
      RsPending p = { .id = id };
      rs_heap_obj (self, id)->flags |= RS_OBJ_DICT_PENDING;
      g_array_append_val (self->trash_pending, p);
    }
  else
    {
      self->trash_nesting++;
      rs_heap_attrs_release (self, id);
      self->trash_nesting--;
    }
  rs_heap_exception_instance_dealloc (self, id);
  rs_heap_hidden_release (self, id, self->atom_class, RS_VALUE_OBJECT (rs_heap_obj (self, id)->cls));
  return !(rs_heap_obj (self, id)->flags & RS_OBJ_DICT_PENDING);
}

static void
destroy (RsHeap  *self,
         RsObjId  id)
{
  if (rs_heap_obj (self, id)->flags & RS_OBJ_DICT_PENDING)
    {
      /* the deferred dict of a dead instance */
      rs_heap_obj (self, id)->flags &= ~RS_OBJ_DICT_PENDING;
      rs_heap_attrs_release (self, id);
      free_object (self, id);
      return;
    }
  if (!finalize (self, id))
    return;
  rs_heap_clear_weakrefs (self, id);
  RsObj *o = rs_heap_obj (self, id);
  switch ((RsObjKind) o->kind)
    {
    case RS_KIND_INSTANCE:
      if (!instance_dealloc (self, id))
        return;
      break;
    case RS_KIND_LIST:
      rs_heap_list_dealloc (self, id);
      break;
    case RS_KIND_DICT:
      rs_heap_dict_dealloc (self, id);
      break;
    case RS_KIND_TUPLE:
      rs_heap_tuple_dealloc (self, id);
      break;
    case RS_KIND_EXCEPTION:
      rs_heap_exception_clear (self, id);
      break;
    case RS_KIND_FUNCTION:
      rs_heap_function_dealloc (self, id);
      break;
    case RS_KIND_CELL:
      rs_heap_cell_dealloc (self, id);
      break;
    case RS_KIND_CLASS:
      rs_heap_class_clear (self, id);
      break;
    case RS_KIND_BOUND_METHOD:
      {
        RsBoundData bd = *(RsBoundData *) o->data;
        rs_heap_hidden_release (self, id, self->atom_func, bd.func);
        rs_heap_hidden_release (self, id, self->atom_self, bd.self);
      }
      break;
    case RS_KIND_WEAKREF:
      {
        /* a KeyedRef: subtype_dealloc clears its slot, then weakref_dealloc */
        RsValue key = ((RsWeakData *) o->data)->key;
        ((RsWeakData *) o->data)->key = RS_VALUE_ABSENT;
        rs_heap_hidden_release (self, id, self->atom_key, key);
        rs_heap_weak_clear (self, id);
      }
      break;
    case RS_KIND_WEAKDICT:
      rs_heap_weakdict_dealloc (self, id);
      break;
    case RS_KIND_DESCRIPTOR:
      rs_heap_descriptor_dealloc (self, id);
      break;
    case RS_KIND_ITERATOR:
      {
        RsIterData *it = o->data;
        if (it->gen != NULL && self->hooks.close_generator != NULL)
          {
            self->hooks.close_generator (self->hooks_data, id);
            o = rs_heap_obj (self, id);
            it = o->data;
          }
        if (it->source == RS_ITER_WEAKDICT && it->next == 1)
          {
            /* a weak dict's generator closed early: its `with` ends first */
            it->next = 2;
            rs_heap_weakdict_end_iteration (self, RS_VALUE_OBJECT_ID (it->held[0]));
            o = rs_heap_obj (self, id);
            it = o->data;
          }
        RsObjId seq = it->seq;
        it->seq = 0;
        if (seq != 0)
          rs_heap_hidden_release (self, id, self->atom_it_seq, RS_VALUE_OBJECT (seq));
        /* enumerate, zip, map, filter: what they hold, in their order */
        for (guint i = 0; i < G_N_ELEMENTS (it->held); i++)
          if (it->held[i] != RS_VALUE_ABSENT)
            rs_heap_hidden_release (self, id, it->held_atom[i], it->held[i]);
        if (it->result != RS_VALUE_ABSENT)
          rs_heap_hidden_release (self, id, it->result_atom, it->result);
      }
      break;
    default:
      break;
    }
  free_object (self, id);
}

/* CPython's trashcan: _PyTrash_thread_destroy_chain */
static void
destroy_pending (RsHeap *self)
{
  self->trash_nesting++;
  while (self->trash_pending->len > 0)
    {
      guint last = self->trash_pending->len - 1;
      RsPending p = g_array_index (self->trash_pending, RsPending, last);
      g_array_set_size (self->trash_pending, last);
      if (p.release != NULL)
        {
          rs_heap_release_nested (self, p.levels, p.release, p.data, p.item);
          continue;
        }
      rs_heap_obj (self, p.id)->flags &= ~RS_OBJ_PENDING;
      rs_heap_dealloc (self, p.id);
    }
  self->trash_nesting--;
}

static void
trash_leave (RsHeap *self,
             guint   levels)
{
  self->trash_nesting -= levels;
  if (self->trash_nesting == 0 && self->trash_pending->len > 0)
    destroy_pending (self);
}

void
rs_heap_dealloc (RsHeap  *self,
                 RsObjId  id)
{
  gboolean trash = uses_trashcan (rs_heap_obj (self, id)->kind);

  if (trash)
    {
      if (self->trash_nesting >= TRASH_LIMIT)
        {
          RsPending p = { .id = id };
          rs_heap_obj (self, id)->flags |= RS_OBJ_PENDING;
          g_array_append_val (self->trash_pending, p);
          return;
        }
      self->trash_nesting++;
    }
  destroy (self, id);
  if (trash)
    trash_leave (self, 1);
}

void
rs_heap_release_nested (RsHeap        *self,
                        guint          levels,
                        RsReleaseFunc  release,
                        gpointer       data,
                        gpointer       item)
{
  g_return_if_fail (release != NULL);

  guint entered = 0;

  for (; entered < levels; entered++)
    {
      if (self->trash_nesting >= TRASH_LIMIT)
        {
          RsPending p = { 0, levels - entered, release, data, item };
          g_array_append_val (self->trash_pending, p);
          trash_leave (self, entered);
          return;
        }
      self->trash_nesting++;
    }
  release (data, item);
  trash_leave (self, entered);
}

static void
tuple_dealloc (gpointer data,
               gpointer item)
{
  RsHeap *self = data;
  GArray *values = item;

  for (guint i = values->len; i > 0; i--)
    rs_heap_decref (self, g_array_index (values, RsValue, i - 1));
  g_array_unref (values);
}

void
rs_heap_tuple_release (RsHeap        *self,
                       const RsValue *values,
                       guint          n)
{
  g_return_if_fail (values != NULL || n == 0);

  if (n == 0)
    return;   /* the empty tuple is a shared singleton */
  GArray *copy = g_array_sized_new (FALSE, FALSE, sizeof (RsValue), n);
  g_array_append_vals (copy, values, n);
  rs_heap_release_nested (self, 1, tuple_dealloc, self, copy);
}
