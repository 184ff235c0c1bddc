/* rs-interp-views.c: dict views and dict iterators, and filling a list from any iterable
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * keys(), values() and items() make views: untraced objects that hold
 * their dict (RS_KIND_ITERATOR with view set) and are never exhausted.
 * Iterating a dict or a view makes a dict iterator that checks, at each
 * step, that the dict kept its size (CPython's dictiter_iternext*).
 */
#include "rs-interp-private.h"

gboolean
rs_interp_is_view (RsInterp *self,
                   RsValue   v)
{
  RsObj *o = rs_heap_get_value (self->heap, v);

  return o != NULL && o->kind == RS_KIND_ITERATOR && ((RsIterData *) o->data)->view;
}

static const char *const view_names[] = { "dict_keys", "dict_values", "dict_items" };
static const char *const dict_iter_names[] = { "dict_keyiterator", "dict_valueiterator", "dict_itemiterator" };

const char *
rs_interp_iter_type_name (RsInterp *self,
                          RsObj    *o)
{
  RsIterData *it = o->data;
  RsObj *seq = rs_heap_get (self->heap, it->seq);

  if (rs_interp_iter_source_name (self, it) != NULL)
    return rs_interp_iter_source_name (self, it);
  if (it->view)
    return view_names[it->what];
  if (seq != NULL && seq->kind == RS_KIND_DICT)
    return dict_iter_names[it->what];
  return seq != NULL && seq->kind == RS_KIND_TUPLE ? "tuple_iterator" : "list_iterator";
}

RsValue
rs_interp_dict_iter (RsInterp *self,
                     RsValue   v)
{
  RsObj *o = rs_heap_get_value (self->heap, v);

  if (o->kind == RS_KIND_DICT)
    return RS_VALUE_OBJECT (rs_heap_new_dict_iter (self->heap, o->id, RS_ITER_KEYS, FALSE,
                                                   dict_iter_names[RS_ITER_KEYS]));
  RsIterData *view = o->data;
  RsObjId it = rs_heap_new_dict_iter (self->heap, view->seq, view->what, FALSE,
                                      dict_iter_names[view->what]);
  if (view->what == RS_ITER_ITEMS)
    rs_interp_iter_hold_result (self, it, 2);
  return RS_VALUE_OBJECT (it);
}

/* What dict entry @e gives to iterator @it: a new reference */
static RsValue
entry_item (RsInterp          *self,
            RsObjId            it,
            const RsDictEntry *e,
            RsIterWhat         what)
{
  RsValue pair[2] = { e->key, e->value };

  if (what == RS_ITER_ITEMS)
    {
      rs_interp_hold_values (self, pair, 2);
      return rs_interp_iter_pair (self, it, pair[0], pair[1]);
    }
  rs_heap_incref (self->heap, pair[what == RS_ITER_VALUES]);
  return pair[what == RS_ITER_VALUES];
}

gboolean
rs_interp_dict_iter_next (RsInterp *self,
                          RsObj    *it,
                          guint     line,
                          RsValue  *item)
{
  RsIterData *id = it->data;
  RsDict *d = rs_heap_get (self->heap, id->seq)->data;

  if (id->used != d->used)
    {
      /* sticky, and the iterator keeps its dict, as CPython's */
      id->used = G_MAXUINT;
      return rs_interp_raise (self, line, "RuntimeError", "dictionary changed size during iteration");
    }
  while (id->index < d->len && d->entries[id->index].key == RS_VALUE_ABSENT)
    id->index++;
  if (id->index >= d->len)
    {
      rs_interp_iter_drop_seq (self, it->id);
      return FALSE;
    }
  if (id->remaining == 0)
    {
      rs_interp_raise (self, line, "RuntimeError", "dictionary keys changed during iteration");
      rs_interp_iter_drop_seq (self, it->id);
      return FALSE;
    }
  id->remaining--;
  RsDictEntry e = d->entries[id->index++];
  *item = entry_item (self, it->id, &e, id->what);
  return TRUE;
}

/* keys(), values() and items() */
static gboolean
make_view (RsInterp   *self,
           RsValue     dict,
           RsIterWhat  what,
           RsValue    *out)
{
  *out = RS_VALUE_OBJECT (rs_heap_new_dict_iter (self->heap, RS_VALUE_OBJECT_ID (dict), what, TRUE,
                                                 view_names[what]));
  return TRUE;
}

gboolean
rs_interp_dict_keys (RsInterp *self,
                     RsValue  *args,
                     guint     n_args,
                     guint     line,
                     RsValue  *out)
{
  return make_view (self, args[0], RS_ITER_KEYS, out);
}

gboolean
rs_interp_dict_values (RsInterp *self,
                       RsValue  *args,
                       guint     n_args,
                       guint     line,
                       RsValue  *out)
{
  return make_view (self, args[0], RS_ITER_VALUES, out);
}

gboolean
rs_interp_dict_items (RsInterp *self,
                      RsValue  *args,
                      guint     n_args,
                      guint     line,
                      RsValue  *out)
{
  return make_view (self, args[0], RS_ITER_ITEMS, out);
}

gint64
rs_interp_view_length (RsInterp *self,
                       RsObj    *view)
{
  return ((RsDict *) rs_heap_get (self->heap, ((RsIterData *) view->data)->seq)->data)->used;
}

/* @item in a values view: == with each value (identity first) */
static gboolean
values_contain (RsInterp *self,
                RsObjId   dict,
                RsValue   item,
                guint     line,
                gboolean *result)
{
  *result = FALSE;
  for (guint i = 0; !*result && i < ((RsDict *) rs_heap_get (self->heap, dict)->data)->len; i++)
    {
      RsValue v = ((RsDict *) rs_heap_get (self->heap, dict)->data)->entries[i].value;
      if (((RsDict *) rs_heap_get (self->heap, dict)->data)->entries[i].key == RS_VALUE_ABSENT)
        continue;
      gint r = v == item ? 1 : rs_interp_equal (self, v, item, line);
      if (r < 0)
        return FALSE;
      *result = r > 0;
    }
  return TRUE;
}

gboolean
rs_interp_view_contains (RsInterp *self,
                         RsObj    *view,
                         RsValue   item,
                         guint     line,
                         gboolean *result)
{
  RsIterData *it = view->data;
  RsObjId dict = it->seq;

  if (it->what == RS_ITER_VALUES)
    return values_contain (self, dict, item, line, result);
  *result = FALSE;
  if (it->what == RS_ITER_KEYS)
    return rs_interp_contains (self, RS_VALUE_OBJECT (dict), item, line, result);
  /* items: a (key, value) tuple whose key is there with an equal value */
  RsObj *t = rs_heap_get_value (self->heap, item);
  if (t == NULL || t->kind != RS_KIND_TUPLE || rs_heap_tuple_items (self->heap, t->id)->len != 2)
    return TRUE;
  RsValue key = rs_heap_tuple_items (self->heap, t->id)->items[0];
  RsValue value = rs_heap_tuple_items (self->heap, t->id)->items[1];
  gint at;
  if (!rs_interp_dict_lookup (self, dict, key, line, &at))
    return FALSE;
  if (at < 0)
    return TRUE;
  RsValue found = ((RsDict *) rs_heap_get (self->heap, dict)->data)->entries[at].value;
  gint r = found == value ? 1 : rs_interp_equal (self, found, value, line);
  *result = r > 0;
  return r >= 0;
}

gboolean
rs_interp_view_items (RsInterp *self,
                      RsObj    *view,
                      guint     line,
                      GArray   *items)
{
  RsIterData *it = view->data;
  RsDict *d = rs_heap_get (self->heap, it->seq)->data;

  if (it->what == RS_ITER_ITEMS)
    return rs_interp_reject_iterated (self, RS_VALUE_OBJECT (view->id), line);
  for (guint i = 0; i < d->len; i++)
    {
      RsValue x = it->what == RS_ITER_KEYS ? d->entries[i].key : d->entries[i].value;
      if (d->entries[i].key != RS_VALUE_ABSENT)
        g_array_append_val (items, x);
    }
  return TRUE;
}

/* PyObject_LengthHint of what list() or extend() walks: a reversed
 * iterator over a script sequence asks its __len__ again (a TypeError
 * there means no hint) */
gboolean
rs_interp_length_hint (RsInterp *self,
                       RsValue   iterable,
                       guint     line)
{
  RsObj *o = rs_heap_get_value (self->heap, iterable);
  guint first_held = self->err_held->len, first_frame = self->err_frames->len;
  gint64 n;

  if (o == NULL || o->kind != RS_KIND_ITERATOR)
    return TRUE;
  RsIterData *d = o->data;
  if (d->source != RS_ITER_REVERSED || d->seq == 0 || !rs_interp_is_instance (self, RS_VALUE_OBJECT (d->seq)))
    return TRUE;
  if (rs_interp_special_len (self, RS_VALUE_OBJECT (d->seq), line, &n) != RS_SPECIAL_RAISED)
    return TRUE;
  if (self->aborting || g_strcmp0 (self->err_kind, "TypeError") != 0)
    return FALSE;
  rs_interp_clear_error (self, first_held, first_frame);
  return TRUE;
}

gboolean
rs_interp_list_fill (RsInterp *self,
                     RsObjId   list,
                     RsValue   iterable,
                     guint     line)
{
  RsObj *o = rs_heap_get_value (self->heap, iterable);
  RsForState st;
  RsValue item;

  /* a list or tuple is copied at once (PySequence_Fast), others walked */
  if (o == NULL || o->kind == RS_KIND_LIST || o->kind == RS_KIND_TUPLE || o->kind == RS_KIND_RANGE)
    {
      g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (RsValue));
      if (!rs_interp_iter_items (self, iterable, line, items))
        return FALSE;
      rs_interp_list_extend (self, list, items);
      return TRUE;
    }
  if (!rs_interp_length_hint (self, iterable, line))
    return FALSE;
  rs_heap_incref (self->heap, iterable);
  if (!rs_interp_iter_begin (self, iterable, line, &st))
    return FALSE;
  while (rs_interp_iter_next (self, &st, &item))
    rs_heap_list_insert (self->heap, list, ((RsList *) rs_heap_get (self->heap, list)->data)->len, item);
  rs_interp_iter_end (self, &st);
  return !self->err_set;
}
