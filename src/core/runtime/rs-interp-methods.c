/* rs-interp-methods.c: the methods of lists and dicts
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A method is a row of the table at the end (the type that has it, how
 * many arguments it takes besides self, its function) and a function
 * that gets self as args[0]; rs_interp_call_builtin checks the count
 * and calls it.
 */
#include "rs-interp-private.h"

/* == inside a list method: the method call (method_vectorcall_O) takes a
 * recursion level of its own */
static gint
method_equal (RsInterp *self,
              RsValue   a,
              RsValue   b,
              guint     line)
{
  self->depth++;
  gint r = a == b ? 1 : rs_interp_item_equal (self, a, b, line);
  self->depth--;
  return r;
}

/* 1 found, 0 not, -1 the comparison failed (error raised) */
static gint
list_find (RsInterp *self,
           RsObjId   list,
           RsValue   x,
           guint     line,
           guint    *at)
{
  for (guint i = 0; i < ((RsList *) rs_heap_get (self->heap, list)->data)->len; i++)
    {
      RsValue item = ((RsList *) rs_heap_get (self->heap, list)->data)->items[i];
      gint r = method_equal (self, item, x, line);
      if (r != 0)
        {
          *at = i;
          return r;
        }
    }
  return 0;
}

/* A Py_ssize_t argument (list.pop's and list.insert's index) that is
 * too big for it is an OverflowError before anything else. */
static gboolean
index_fits (RsInterp *self,
            RsValue  *args,
            guint     n_args,
            guint     line)
{
  if (n_args >= 2 && RS_VALUE_TAG (args[1]) == RS_TAG_BIGINT)
    return rs_interp_raise (self, line, "OverflowError", "Python int too large to convert to C ssize_t");
  return TRUE;
}

/* List methods: args[0] is the list */

static gboolean
list_append (RsInterp *self,
             RsValue  *args,
             guint     n_args,
             guint     line,
             RsValue  *out)
{
  RsObjId l = RS_VALUE_OBJECT_ID (args[0]);
  RsList *list = rs_heap_get (self->heap, l)->data;

  rs_heap_incref (self->heap, args[1]);
  rs_heap_list_insert (self->heap, l, list->len, args[1]);
  return TRUE;
}

static gboolean
list_pop (RsInterp *self,
          RsValue  *args,
          guint     n_args,
          guint     line,
          RsValue  *out)
{
  RsObjId l = RS_VALUE_OBJECT_ID (args[0]);
  RsList *list = rs_heap_get (self->heap, l)->data;
  gint64 i = -1;

  if (!index_fits (self, args, n_args, line))
    return FALSE;
  if (n_args == 2 && !rs_interp_get_index (self, args[1], &i))
    return rs_interp_raise (self, line, "TypeError", "'%s' object cannot be interpreted as an integer",
                            rs_interp_type_name (self, args[1]));
  if (list->len == 0)
    return rs_interp_raise (self, line, "IndexError", "pop from empty list");
  if (i < 0)
    i += list->len;
  if (i < 0 || i >= (gint64) list->len)
    return rs_interp_raise (self, line, "IndexError", "pop index out of range");
  *out = rs_heap_list_remove (self->heap, l, i, TRUE);
  return TRUE;
}

static gboolean
list_insert (RsInterp *self,
             RsValue  *args,
             guint     n_args,
             guint     line,
             RsValue  *out)
{
  RsObjId l = RS_VALUE_OBJECT_ID (args[0]);
  RsList *list = rs_heap_get (self->heap, l)->data;
  gint64 i;

  if (!index_fits (self, args, n_args, line))
    return FALSE;
  if (!rs_interp_get_index (self, args[1], &i))
    return rs_interp_raise (self, line, "TypeError", "'%s' object cannot be interpreted as an integer",
                            rs_interp_type_name (self, args[1]));
  if (i < 0)
    i = MAX (0, i + (gint64) list->len);
  i = MIN (i, (gint64) list->len);
  rs_heap_incref (self->heap, args[2]);
  rs_heap_list_insert (self->heap, l, i, args[2]);
  return TRUE;
}

static gboolean
list_remove (RsInterp *self,
             RsValue  *args,
             guint     n_args,
             guint     line,
             RsValue  *out)
{
  RsObjId l = RS_VALUE_OBJECT_ID (args[0]);
  guint at;
  gint found = list_find (self, l, args[1], line, &at);

  if (found == 0)
    return rs_interp_raise (self, line, "ValueError", "list.remove(x): x not in list");
  if (found < 0)
    return FALSE;
  rs_heap_list_remove (self->heap, l, at, FALSE);
  return TRUE;
}

static gboolean
list_clear (RsInterp *self,
            RsValue  *args,
            guint     n_args,
            guint     line,
            RsValue  *out)
{
  rs_heap_list_clear (self->heap, RS_VALUE_OBJECT_ID (args[0]));
  return TRUE;
}

static gboolean
list_index (RsInterp *self,
            RsValue  *args,
            guint     n_args,
            guint     line,
            RsValue  *out)
{
  guint at;
  gint found = list_find (self, RS_VALUE_OBJECT_ID (args[0]), args[1], line, &at);

  if (found == 0)
    return rs_interp_raise (self, line, "ValueError", "x not in list");
  if (found < 0)
    return FALSE;
  *out = rs_interp_make_int (self, at);
  return TRUE;
}

static gboolean
list_count (RsInterp *self,
            RsValue  *args,
            guint     n_args,
            guint     line,
            RsValue  *out)
{
  RsList *list = rs_heap_get_value (self->heap, args[0])->data;
  gint64 n = 0;

  for (guint k = 0; k < list->len; k++)
    {
      gint r = method_equal (self, list->items[k], args[1], line);
      if (r < 0)
        return FALSE;
      n += r;
    }
  *out = rs_interp_make_int (self, n);
  return TRUE;
}

static gboolean
list_extend (RsInterp *self,
             RsValue  *args,
             guint     n_args,
             guint     line,
             RsValue  *out)
{
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (RsValue));

  if (!rs_interp_iter_items (self, args[1], line, items))
    return FALSE;
  rs_interp_list_extend (self, RS_VALUE_OBJECT_ID (args[0]), items);
  return TRUE;
}

static gboolean
list_reverse (RsInterp *self,
              RsValue  *args,
              guint     n_args,
              guint     line,
              RsValue  *out)
{
  RsList *list = rs_heap_get_value (self->heap, args[0])->data;

  for (guint k = 0; k < list->len / 2; k++)
    {
      RsValue t = list->items[k];
      list->items[k] = list->items[list->len - 1 - k];
      list->items[list->len - 1 - k] = t;
    }
  return TRUE;
}

static gboolean
list_copy (RsInterp *self,
           RsValue  *args,
           guint     n_args,
           guint     line,
           RsValue  *out)
{
  return rs_interp_builtin_list (self, args, 1, line, out);
}

/* Dict methods: args[0] is the dict */

/* KeyError(key): the exception keeps the key until the error line */
gboolean
rs_interp_key_error (RsInterp *self,
                     RsValue   key,
                     guint     line)
{
  GString *r = g_string_new (NULL);

  rs_interp_repr (self, key, r);
  rs_interp_raise_held (self, line, key, "KeyError", "%s", r->str);
  g_string_free (r, TRUE);
  return FALSE;
}

/* dict.pop and dict.get: the value of a key, or the default */
static gboolean
dict_lookup (RsInterp *self,
             RsValue  *args,
             guint     n_args,
             guint     line,
             gboolean  pop,
             RsValue  *out)
{
  RsObjId d = RS_VALUE_OBJECT_ID (args[0]);
  gint at;

  /* CPython's pop on an empty dict never hashes the key */
  if (pop && ((RsDict *) rs_heap_get (self->heap, d)->data)->used == 0)
    at = -1;
  else if (!rs_interp_hashable (self, args[1], line))
    return FALSE;
  else
    at = rs_heap_dict_find (self->heap, d, args[1]);
  if (at < 0)
    {
      if (n_args == 3)
        *out = args[2];
      else if (pop)
        return rs_interp_key_error (self, args[1], line);
      rs_heap_incref (self->heap, *out);
      return TRUE;
    }
  if (pop)
    *out = rs_heap_dict_remove (self->heap, d, at, TRUE);
  else
    {
      *out = ((RsDict *) rs_heap_get (self->heap, d)->data)->entries[at].value;
      rs_heap_incref (self->heap, *out);
    }
  return TRUE;
}

static gboolean
dict_pop (RsInterp *self,
          RsValue  *args,
          guint     n_args,
          guint     line,
          RsValue  *out)
{
  return dict_lookup (self, args, n_args, line, TRUE, out);
}

static gboolean
dict_get (RsInterp *self,
          RsValue  *args,
          guint     n_args,
          guint     line,
          RsValue  *out)
{
  return dict_lookup (self, args, n_args, line, FALSE, out);
}

static gboolean
dict_clear (RsInterp *self,
            RsValue  *args,
            guint     n_args,
            guint     line,
            RsValue  *out)
{
  rs_heap_dict_clear (self->heap, RS_VALUE_OBJECT_ID (args[0]));
  return TRUE;
}

/* dict.keys() and dict.values(): a new list of them */
static gboolean
dict_view (RsInterp *self,
           RsValue   dict,
           gboolean  values,
           RsValue  *out)
{
  RsDict *d = rs_heap_get_value (self->heap, dict)->data;
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (RsValue));

  for (guint i = 0; i < d->len; i++)
    {
      RsDictEntry *e = &d->entries[i];
      if (e->key == RS_VALUE_ABSENT)
        continue;
      RsValue x = values ? e->value : e->key;
      g_array_append_val (items, x);
    }
  RsObjId l = rs_heap_new_list (self->heap);
  rs_interp_list_extend (self, l, items);
  *out = RS_VALUE_OBJECT (l);
  return TRUE;
}

static gboolean
dict_keys (RsInterp *self,
           RsValue  *args,
           guint     n_args,
           guint     line,
           RsValue  *out)
{
  return dict_view (self, args[0], FALSE, out);
}

static gboolean
dict_values (RsInterp *self,
             RsValue  *args,
             guint     n_args,
             guint     line,
             RsValue  *out)
{
  return dict_view (self, args[0], TRUE, out);
}

static gboolean
dict_items (RsInterp *self,
            RsValue  *args,
            guint     n_args,
            guint     line,
            RsValue  *out)
{
  return rs_interp_raise (self, line, "TypeError", "dict.items() is not in the subset");
}

static gboolean
dict_copy (RsInterp *self,
           RsValue  *args,
           guint     n_args,
           guint     line,
           RsValue  *out)
{
  return rs_interp_builtin_dict (self, args, 1, line, out);
}

/* The methods' table, indexed by RsBuiltinId */

const RsBuiltinRow rs_interp_methods[RS_N_BUILTINS] = {
  /*                       owner       min  max          flags  call */
  [RS_BI_LIST_APPEND]  = { RS_BI_LIST,   1, 1,           0,     list_append },
  [RS_BI_LIST_POP]     = { RS_BI_LIST,   0, 1,           0,     list_pop },
  [RS_BI_LIST_INSERT]  = { RS_BI_LIST,   2, 2,           0,     list_insert },
  [RS_BI_LIST_REMOVE]  = { RS_BI_LIST,   1, 1,           0,     list_remove },
  [RS_BI_LIST_CLEAR]   = { RS_BI_LIST,   0, 0,           0,     list_clear },
  [RS_BI_LIST_INDEX]   = { RS_BI_LIST,   1, 1,           0,     list_index },
  [RS_BI_LIST_COUNT]   = { RS_BI_LIST,   1, 1,           0,     list_count },
  [RS_BI_LIST_EXTEND]  = { RS_BI_LIST,   1, 1,           0,     list_extend },
  [RS_BI_LIST_REVERSE] = { RS_BI_LIST,   0, 0,           0,     list_reverse },
  [RS_BI_LIST_COPY]    = { RS_BI_LIST,   0, 0,           0,     list_copy },
  [RS_BI_DICT_POP]     = { RS_BI_DICT,   1, 2,           0,     dict_pop },
  [RS_BI_DICT_GET]     = { RS_BI_DICT,   1, 2,           0,     dict_get },
  [RS_BI_DICT_CLEAR]   = { RS_BI_DICT,   0, 0,           0,     dict_clear },
  [RS_BI_DICT_KEYS]    = { RS_BI_DICT,   0, 0,           0,     dict_keys },
  [RS_BI_DICT_VALUES]  = { RS_BI_DICT,   0, 0,           0,     dict_values },
  [RS_BI_DICT_ITEMS]   = { RS_BI_DICT,   0, RS_ARGS_ANY, 0,     dict_items },
  [RS_BI_DICT_COPY]    = { RS_BI_DICT,   0, 0,           0,     dict_copy },
};

/* The type whose methods @v has */
static guint
method_owner (RsInterp *self,
              RsValue   v)
{
  RsObj *o = rs_heap_get_value (self->heap, v);

  if (o != NULL && o->kind == RS_KIND_LIST)
    return RS_BI_LIST;
  if (o != NULL && o->kind == RS_KIND_DICT)
    return RS_BI_DICT;
  return RS_OWNER_NONE;
}

gboolean
rs_interp_builtin_method (RsInterp    *self,
                          RsValue      owner,
                          const char  *name,
                          RsBuiltinId *id)
{
  return rs_interp_find_builtin (method_owner (self, owner), name, id);
}
