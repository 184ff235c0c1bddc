/* rs-interp-dict-lookup.c: finding a key in a dict as CPython does
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A key is hashed first (a script's __hash__ runs), then the dict's probe
 * sequence is walked as dictobject.c's lookup walks it: an entry that is
 * the key itself (or an equal builtin value) is found at once; one of the
 * same hash is compared with __eq__, the stored key on the left, held
 * while the comparison runs.  A comparison that mutates the dict restarts
 * the walk.
 */
#include "config.h"

#include "rs-interp-private.h"

static gboolean
is_weakref (RsInterp *self,
            RsValue   v)
{
  RsObj *o = rs_heap_get_value (self->heap, v);

  return o != NULL && o->kind == RS_KIND_WEAKREF;
}

/* The lookup of a key whose hash is known (dict_merge's, from the entry) */
gboolean
rs_interp_dict_lookup_hashed (RsInterp *self,
                              RsObjId   dict,
                              RsValue   key,
                              guint     line,
                              gint     *at)
{
  if (!rs_heap_dict_may_call_eq (self->heap, dict, key))
    {
      *at = rs_heap_dict_find (self->heap, dict, key);
      return TRUE;
    }

  gint64 hash = rs_heap_value_hash (self->heap, key);
  RsValue norm = rs_heap_dict_norm_key (self->heap, key);
  RsDictProbe p;
  RsValue k;
  gboolean same_hash;

restart:
  rs_heap_dict_probe_start (self->heap, dict, hash, &p);
  while ((k = rs_heap_dict_probe_next (self->heap, dict, &p, &same_hash)) != RS_VALUE_ABSENT)
    {
      /* two weak references are equal by their referents' comparison
       * (while both live), never by the referent they first hashed as */
      if (k == key || (rs_heap_dict_norm_key (self->heap, k) == norm && !is_weakref (self, k) &&
                       !is_weakref (self, key)))
        break;
      if (!same_hash || (!rs_heap_value_holds_instance (self->heap, k) &&
                         !rs_heap_value_holds_instance (self->heap, key)))
        continue;
      rs_heap_incref (self->heap, k);
      gint r = rs_interp_equal (self, k, key, line);
      gboolean valid = rs_heap_dict_probe_valid (self->heap, dict, &p, k);
      rs_heap_decref (self->heap, k);
      if (r < 0)
        return FALSE;
      if (!valid)
        goto restart;
      if (r > 0)
        break;
    }
  *at = k == RS_VALUE_ABSENT ? -1 : rs_heap_dict_find (self->heap, dict, k);
  return TRUE;
}

/* The key object stored at entry @at, or @key when @at is -1 (not found) */
RsValue
rs_interp_dict_key_at (RsInterp *self,
                       RsObjId   dict,
                       gint      at,
                       RsValue   key)
{
  return at >= 0 ? ((RsDict *) rs_heap_get (self->heap, dict)->data)->entries[at].key : key;
}

gboolean
rs_interp_dict_lookup (RsInterp *self,
                       RsObjId   dict,
                       RsValue   key,
                       guint     line,
                       gint     *at)
{
  return rs_interp_hashable (self, key, line) &&
         rs_interp_dict_lookup_hashed (self, dict, key, line, at);
}

/* PyDict_SetItem, d[key] = value: the key and the value are referenced
 * while the key is hashed and compared; an equal key already there keeps
 * its place and its key object.  @value moves in (released when the key
 * fails), or is referenced by the dict (@borrowed). */
gboolean
rs_interp_dict_store (RsInterp *self,
                      RsObjId   dict,
                      RsValue   key,
                      RsValue   value,
                      gboolean  borrowed,
                      guint     line)
{
  gint at;

  rs_heap_incref (self->heap, key);
  rs_heap_incref (self->heap, value);
  if (!rs_interp_dict_lookup (self, dict, key, line, &at))
    {
      rs_heap_decref (self->heap, value);
      rs_heap_decref (self->heap, key);
      if (!borrowed)
        rs_heap_decref (self->heap, value);
      return FALSE;
    }
  /* the dict's reference to the value: the one taken above, or the
   * caller's when it moves in */
  if (!borrowed)
    rs_heap_decref (self->heap, value);
  rs_heap_dict_set (self->heap, dict, rs_interp_dict_key_at (self, dict, at, key), value);
  rs_heap_decref (self->heap, key);
  return TRUE;
}

/* MAP_ADD, _PyDict_SetItem_Take2: @key and @value move in; when the key's
 * __hash__ fails the key is released first, when its __eq__ fails the
 * value (insertdict's order) */
gboolean
rs_interp_dict_store_take (RsInterp *self,
                           RsObjId   dict,
                           RsValue   key,
                           RsValue   value,
                           guint     line)
{
  gint at;

  if (!rs_interp_hashable (self, key, line))
    {
      rs_heap_decref (self->heap, key);
      rs_heap_decref (self->heap, value);
      return FALSE;
    }
  if (!rs_interp_dict_lookup_hashed (self, dict, key, line, &at))
    {
      rs_heap_decref (self->heap, value);
      rs_heap_decref (self->heap, key);
      return FALSE;
    }
  rs_heap_dict_set (self->heap, dict, rs_interp_dict_key_at (self, dict, at, key), value);
  rs_heap_decref (self->heap, key);
  return TRUE;
}

/* dict_merge of dict @src into @dst (update, `{**m}`, `d | e`): the
 * entries in order with their stored hashes, an equal key keeping its
 * place and key object */
gboolean
rs_interp_dict_merge (RsInterp *self,
                      RsObjId   dst,
                      RsObjId   src,
                      guint     line)
{
  RsDict *d = rs_heap_get (self->heap, src)->data;
  g_autoptr(GArray) kv = g_array_new (FALSE, FALSE, sizeof (RsDictEntry));
  gboolean ok = TRUE;

  if (dst == src)
    return TRUE;
  gboolean cloned = rs_heap_dict_merge_prepare (self->heap, dst, src);
  for (guint i = 0; i < d->len; i++)
    if (d->entries[i].key != RS_VALUE_ABSENT)
      g_array_append_val (kv, d->entries[i]);
  for (guint i = 0; i < kv->len; i++)
    {
      RsDictEntry *e = &g_array_index (kv, RsDictEntry, i);
      rs_heap_incref (self->heap, e->key);
      rs_heap_incref (self->heap, e->value);
    }
  for (guint i = 0; i < kv->len; i++)
    {
      RsDictEntry *e = &g_array_index (kv, RsDictEntry, i);
      gint at = -1;
      if (cloned)
        rs_heap_dict_set (self->heap, dst, e->key, e->value);
      else if (ok && (ok = rs_interp_dict_lookup_hashed (self, dst, e->key, line, &at)))
        {
          rs_heap_dict_set (self->heap, dst, rs_interp_dict_key_at (self, dst, at, e->key), e->value);
        }
      else
        rs_heap_decref (self->heap, e->value);
      rs_heap_decref (self->heap, e->key);
    }
  return ok;
}
