/* rs-interp-dict-methods.c: dict's update, setdefault, popitem and fromkeys, and dict() of pairs and keywords
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As CPython 3.11's dictobject.c: an update from anything but a dict
 * walks it as the for loop does, each item a sequence of two (key,
 * value) stored at once; keyword arguments are stored after it, in
 * their order.
 */
#include "rs-interp-private.h"
#include "rs-interp-weakdict.h"

/* The two items of update sequence element @item (#@i), borrowed */
gboolean
rs_interp_dict_pair_of (RsInterp *self,
                        RsValue   item,
                        guint     i,
                        guint     line,
                        GArray   *pair)
{
  RsObj *o = rs_heap_get_value (self->heap, item);

  if (!(o != NULL && (o->kind == RS_KIND_LIST || o->kind == RS_KIND_TUPLE || o->kind == RS_KIND_DICT ||
                      o->kind == RS_KIND_RANGE)) && RS_VALUE_TAG (item) != RS_TAG_STR)
    return rs_interp_raise (self, line, "TypeError",
                            "cannot convert dictionary update sequence element #%u to a sequence", i);
  if (!rs_interp_iter_items (self, item, line, pair))
    return FALSE;
  if (pair->len != 2)
    return rs_interp_raise (self, line, "ValueError",
                            "dictionary update sequence element #%u has length %u; 2 is required",
                            i, pair->len);
  return TRUE;
}

/* Stores @key: @value (borrowed) in dict @d, after hashing the key */
static gboolean
store (RsInterp *self,
       RsObjId   d,
       RsValue   key,
       RsValue   value,
       guint     line)
{
  return rs_interp_dict_store (self, d, key, value, TRUE, line);
}

/* dict_merge_from_seq2 takes a reference to the key and the value (and
 * PyDict_SetItem another) while the key is hashed and stored */
static gboolean
store_pair (RsInterp *self,
            RsObjId   d,
            GArray   *pair,
            guint     line)
{
  RsValue held[2] = { g_array_index (pair, RsValue, 0), g_array_index (pair, RsValue, 1) };

  rs_interp_hold_values (self, held, 2);
  gboolean ok = store (self, d, held[0], held[1], line);
  rs_interp_release_in_order (self, held, 2);
  return ok;
}

/* dict_merge_from_seq2: each item of @seq a (key, value) */
gboolean
rs_interp_dict_update_pairs (RsInterp *self,
                             RsObjId   d,
                             RsValue   seq,
                             guint     line)
{
  RsForState st;
  RsValue item;
  gboolean ok = TRUE;

  rs_heap_incref (self->heap, seq);
  if (!rs_interp_iter_begin (self, seq, line, &st))
    return FALSE;
  for (guint i = 0; ok && rs_interp_iter_next (self, &st, &item); i++)
    {
      g_autoptr(GArray) pair = g_array_new (FALSE, FALSE, sizeof (RsValue));
      ok = rs_interp_dict_pair_of (self, item, i, line, pair) && store_pair (self, d, pair, line);
      rs_heap_decref (self->heap, item);
    }
  rs_interp_iter_end (self, &st);
  return ok && !self->err_set;
}

/* dict.update(@arg) of dict @d: a mapping merges, anything else is pairs */
static gboolean
update_arg (RsInterp *self,
            RsObjId   d,
            RsValue   arg,
            guint     line)
{
  RsObj *o = rs_heap_get_value (self->heap, arg);

  if (o != NULL && o->kind == RS_KIND_DICT)
    {
      return rs_interp_dict_update (self, d, o->id, line);
    }
  if (rs_interp_weakdict_is_mapping (self, arg))
    return rs_interp_weakdict_merge (self, d, arg, line);
  if (rs_interp_has_keys (self, arg))
    return rs_interp_mapping_merge (self, d, arg, line);
  return rs_interp_dict_update_pairs (self, d, arg, line);
}

/* The keywords of the running builtin, stored as str keys */
static void
update_keywords (RsInterp *self,
                 RsObjId   d)
{
  const RsCallKw *kw = self->builtin_kw;

  for (guint i = 0; kw != NULL && i < kw->n; i++)
    {
      RsValue key = rs_interp_kw_key (self, kw, i);
      rs_heap_incref (self->heap, kw->values[i]);
      rs_heap_dict_set (self->heap, d, key, kw->values[i]);
    }
}

gboolean
rs_interp_dict_fill (RsInterp *self,
                     RsObjId   d,
                     RsValue  *args,
                     guint     n_args,
                     guint     line)
{
  if (n_args == 1 && !update_arg (self, d, args[0], line))
    return FALSE;
  update_keywords (self, d);
  return TRUE;
}

/* d.update([other], **kw) */
gboolean
rs_interp_dict_update_method (RsInterp *self,
                              RsValue  *args,
                              guint     n_args,
                              guint     line,
                              RsValue  *out)
{
  if (n_args > 2)
    return rs_interp_raise (self, line, "TypeError", "update expected at most 1 argument, got %u", n_args - 1);
  return rs_interp_dict_fill (self, RS_VALUE_OBJECT_ID (args[0]), args + 1, n_args - 1, line);
}

/* d.setdefault(key, default=None) */
gboolean
rs_interp_dict_setdefault (RsInterp *self,
                           RsValue  *args,
                           guint     n_args,
                           guint     line,
                           RsValue  *out)
{
  RsObjId d = RS_VALUE_OBJECT_ID (args[0]);

  if (n_args < 2)
    return rs_interp_raise (self, line, "TypeError", "setdefault expected at least 1 argument, got 0");
  if (n_args > 3)
    return rs_interp_raise (self, line, "TypeError", "setdefault expected at most 2 arguments, got %u", n_args - 1);
  gint at;
  if (!rs_interp_dict_lookup (self, d, args[1], line, &at))
    return FALSE;
  if (at >= 0)
    *out = ((RsDict *) rs_heap_get (self->heap, d)->data)->entries[at].value;
  else
    {
      *out = n_args == 3 ? args[2] : RS_VALUE_NONE;
      rs_heap_incref (self->heap, *out);
      rs_heap_dict_set (self->heap, d, args[1], *out);
    }
  rs_heap_incref (self->heap, *out);
  return TRUE;
}

/* d.popitem(): the last (key, value), removed */
gboolean
rs_interp_dict_popitem (RsInterp *self,
                        RsValue  *args,
                        guint     n_args,
                        guint     line,
                        RsValue  *out)
{
  RsObjId d = RS_VALUE_OBJECT_ID (args[0]);
  RsDict *dict = rs_heap_get (self->heap, d)->data;
  RsValue pair[2];
  guint at = dict->len;

  if (dict->used == 0)
    return rs_interp_popitem_empty (self, line);
  while (dict->entries[at - 1].key == RS_VALUE_ABSENT)
    at--;
  pair[0] = dict->entries[at - 1].key;
  rs_heap_incref (self->heap, pair[0]);
  pair[1] = rs_heap_dict_remove (self->heap, d, at - 1, TRUE);
  *out = RS_VALUE_OBJECT (rs_heap_new_tuple (self->heap, pair, 2));
  return TRUE;
}

/* dict.fromkeys(iterable, value=None): a new dict, then each key of the
 * iterable stored with the value */
gboolean
rs_interp_dict_fromkeys (RsInterp *self,
                         RsValue  *args,
                         guint     n_args,
                         guint     line,
                         RsValue  *out)
{
  RsForState st;
  RsValue key;
  gboolean ok = TRUE;

  if (n_args == 0)
    return rs_interp_raise (self, line, "TypeError", "fromkeys expected at least 1 argument, got 0");
  if (n_args > 2)
    return rs_interp_raise (self, line, "TypeError", "fromkeys expected at most 2 arguments, got %u", n_args);
  if (!rs_interp_alloc_room (self, RS_KIND_DICT, 0, args, n_args, FALSE, line))
    return FALSE;
  RsObjId d = rs_heap_new_dict (self->heap);
  RsValue value = n_args == 2 ? args[1] : RS_VALUE_NONE;
  rs_heap_incref (self->heap, args[0]);
  if (!rs_interp_iter_begin (self, args[0], line, &st))
    {
      rs_heap_decref (self->heap, RS_VALUE_OBJECT (d));
      return FALSE;
    }
  while (ok && rs_interp_iter_next (self, &st, &key))
    {
      ok = store (self, d, key, value, line);
      rs_heap_decref (self->heap, key);
    }
  rs_interp_iter_end (self, &st);
  ok = ok && !self->err_set;
  if (!ok)
    {
      rs_heap_decref (self->heap, RS_VALUE_OBJECT (d));
      return FALSE;
    }
  *out = RS_VALUE_OBJECT (d);
  return TRUE;
}
