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

gboolean
rs_interp_dict_lookup (RsInterp *self,
                       RsObjId   dict,
                       RsValue   key,
                       guint     line,
                       gint     *at)
{
  if (!rs_interp_hashable (self, key, line))
    return FALSE;
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
      if (k == key || rs_heap_dict_norm_key (self->heap, k) == norm)
        break;
      if (!same_hash || (!rs_interp_is_instance (self, k) && !rs_interp_is_instance (self, key)))
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

/* d[key] = value: an equal key already there keeps its place and its key
 * object.  @value moves in (released when the key fails). */
gboolean
rs_interp_dict_store (RsInterp *self,
                      RsObjId   dict,
                      RsValue   key,
                      RsValue   value,
                      guint     line)
{
  gint at;

  if (!rs_interp_dict_lookup (self, dict, key, line, &at))
    {
      rs_heap_decref (self->heap, value);
      return FALSE;
    }
  if (at >= 0)
    key = ((RsDict *) rs_heap_get (self->heap, dict)->data)->entries[at].key;
  rs_heap_dict_set (self->heap, dict, key, value);
  return TRUE;
}
