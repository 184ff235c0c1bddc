/* rs-interp-contains.c: the `in` and `not in` operators
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PySequence_Contains for the containers of the model: a list compares
 * its items in order (identity first), a dict hashes the item, a string
 * looks for a substring, a range does arithmetic.
 */
#include "rs-interp-private.h"
#include "rs-interp-weakdict.h"

#include <string.h>

static gboolean
list_contains (RsInterp *self,
               RsObjId   list,
               RsValue   item,
               guint     line,
               gboolean *result)
{
  *result = FALSE;
  for (guint i = 0; i < ((RsList *) rs_heap_get (self->heap, list)->data)->len; i++)
    {
      gint r = rs_interp_item_equal (self, ((RsList *) rs_heap_get (self->heap, list)->data)->items[i], item, line);
      if (r < 0)
        return FALSE;
      if (r > 0)
        {
          *result = TRUE;
          return TRUE;
        }
    }
  return TRUE;
}

static gboolean
str_contains (RsInterp *self,
              RsValue   str,
              RsValue   item,
              guint     line,
              gboolean *result)
{
  gsize n, m;

  if (RS_VALUE_TAG (item) != RS_TAG_STR)
    return rs_interp_raise (self, line, "TypeError", "'in <string>' requires string as left operand, not %s",
                            rs_interp_type_name (self, item));
  const char *s = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (str), &n);
  const char *sub = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (item), &m);
  *result = FALSE;
  /* the strings may hold NUL: no strstr */
  for (gsize i = 0; i + m <= n && !*result; i++)
    *result = memcmp (s + i, sub, m) == 0;
  return TRUE;
}

/* range_contains_long: only ints can be in a range (bools are ints) */
static gboolean
range_contains (RsInterp          *self,
                const RsRangeData *r,
                RsValue            item)
{
  gint64 i;

  if (!rs_interp_is_int (item) || RS_VALUE_TAG (item) == RS_TAG_BIGINT)
    return FALSE;
  rs_interp_get_index (self, item, &i);
  if (r->step > 0 ? (i < r->start || i >= r->stop) : (i > r->start || i <= r->stop))
    return FALSE;
  return (i - r->start) % r->step == 0;
}

gboolean
rs_interp_contains (RsInterp *self,
                    RsValue   container,
                    RsValue   item,
                    guint     line,
                    gboolean *result)
{
  if (!rs_interp_unwrap_proxy (self, &container, line))
    return FALSE;
  RsObj *o = rs_heap_get_value (self->heap, container);

  if (rs_interp_is_instance (self, container))
    return rs_interp_special_contains (self, container, item, line, result);
  if (o != NULL && (o->kind == RS_KIND_LIST || o->kind == RS_KIND_TUPLE))
    return list_contains (self, o->id, item, line, result);
  if (o != NULL && o->kind == RS_KIND_DICT)
    {
      gint at;
      if (!rs_interp_dict_lookup (self, o->id, item, line, &at))
        return FALSE;
      *result = at >= 0;
      return TRUE;
    }
  if (o != NULL && o->kind == RS_KIND_RANGE)
    {
      *result = range_contains (self, o->data, item);
      return TRUE;
    }
  if (rs_interp_is_view (self, container))
    return rs_interp_view_contains (self, o, item, line, result);
  if (o != NULL && o->kind == RS_KIND_WEAKDICT)
    return rs_interp_weakdict_contains (self, container, item, line, result);
  if (o != NULL && o->kind == RS_KIND_ITERATOR)
    return rs_interp_iter_contains (self, container, item, line, result);
  if (RS_VALUE_TAG (container) == RS_TAG_STR)
    return str_contains (self, container, item, line, result);
  return rs_interp_raise (self, line, "TypeError", "argument of type '%s' is not iterable",
                          rs_interp_type_name (self, container));
}
