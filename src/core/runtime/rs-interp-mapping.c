/* rs-interp-mapping.c: script objects used as mappings (`f(**m)`, `{**m}`, dict(m), d.update(m))
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An object that is no dict is a mapping when it has `keys` (dict_update_arg,
 * DICT_MERGE).  dict_merge's generic path then calls PyMapping_Keys, which
 * the oracle runs as keys(), the result copied into a plain list and
 * released, and takes each key's value by subscript, in order.  The copy
 * is released at the end, its keys from the last to the first.
 */
#include "rs-interp-private.h"

gboolean
rs_interp_has_keys (RsInterp *self,
                    RsValue   v)
{
  RsObj *o = rs_heap_get_value (self->heap, v);
  guint32 keys = rs_interp_atom (self, g_intern_static_string ("keys"));
  RsValue found;

  if (o != NULL && o->kind == RS_KIND_INSTANCE)
    return rs_heap_attr_lookup (self->heap, o->id, keys, &found)
           || rs_heap_class_lookup (self->heap, o->cls, keys, &found);
  return o != NULL && o->kind == RS_KIND_CLASS && rs_heap_class_lookup (self->heap, o->id, keys, &found);
}

/* PyMapping_Keys: new references to the keys in @keys */
static gboolean
mapping_keys (RsInterp *self,
              RsValue   mapping,
              guint     line,
              GArray   *keys)
{
  RsValue method, result, key;
  RsForState st;

  if (!rs_interp_getattr (self, mapping, "keys", line, &method) ||
      !rs_interp_call_value (self, method, RS_VALUE_ABSENT, NULL, 0, line, &result) ||
      !rs_interp_iter_begin (self, result, line, &st))
    return FALSE;
  while (rs_interp_iter_next (self, &st, &key))
    g_array_append_val (keys, key);
  rs_interp_iter_end (self, &st);
  if (!self->err_set)
    return TRUE;
  rs_interp_release_top_first (self, (RsValue *) keys->data, keys->len);
  return FALSE;
}

gboolean
rs_interp_mapping_each (RsInterp       *self,
                        RsValue         mapping,
                        guint           line,
                        RsMappingStore  store,
                        gpointer        data)
{
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (RsValue));
  gboolean ok = TRUE;

  if (!mapping_keys (self, mapping, line, keys))
    return FALSE;
  for (guint i = 0; ok && i < keys->len; i++)
    {
      /* PyIter_Next's reference, held while the key is stored */
      RsValue key = g_array_index (keys, RsValue, i);
      rs_heap_incref (self->heap, key);
      ok = store (self, mapping, key, line, data);
      rs_heap_decref (self->heap, key);
    }
  rs_interp_release_top_first (self, (RsValue *) keys->data, keys->len);
  return ok;
}

/* An RsMappingStore: m[key] stored in the dict @data (an RsObjId) */
static gboolean
store_in_dict (RsInterp *self,
               RsValue   mapping,
               RsValue   key,
               guint     line,
               gpointer  data)
{
  RsValue value;

  return rs_interp_getitem (self, mapping, key, line, &value) &&
         rs_interp_dict_store (self, GPOINTER_TO_UINT (data), key, value, FALSE, line);
}

gboolean
rs_interp_mapping_merge (RsInterp *self,
                         RsObjId   dict,
                         RsValue   mapping,
                         guint     line)
{
  return rs_interp_mapping_each (self, mapping, line, store_in_dict, GUINT_TO_POINTER (dict));
}
