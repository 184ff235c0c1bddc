/* rs-interp-builtins.c: print, len, range, list, dict, id, the gc/sys/weakref
 * modules, and the list and dict methods
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builtins borrow their arguments (the caller releases them afterwards,
 * as CALL does) and return a new reference.
 */
#include "rs-interp-private.h"

#include <string.h>

static gboolean
find_builtin (const char  *name,
              RsBuiltinId  first,
              RsBuiltinId  last,
              RsBuiltinId *id)
{
  for (RsBuiltinId i = first; i <= last; i++)
    if (strcmp (rs_value_builtin_names[i], name) == 0)
      {
        *id = i;
        return TRUE;
      }
  return FALSE;
}

gboolean
rs_interp_builtin_name (const char  *name,
                        RsBuiltinId *id)
{
  return find_builtin (name, RS_BI_PRINT, RS_BI_ID, id);
}

gboolean
rs_interp_module_attr (RsInterp    *self,
                       RsBuiltinId  module,
                       const char  *name,
                       RsBuiltinId *id)
{
  switch (module)
    {
    case RS_BI_MOD_GC:
      return find_builtin (name, RS_BI_GC_COLLECT, RS_BI_GC_ISENABLED, id);
    case RS_BI_MOD_SYS:
      return find_builtin (name, RS_BI_SYS_GETREFCOUNT, RS_BI_SYS_GETREFCOUNT, id);
    case RS_BI_MOD_WEAKREF:
      return find_builtin (name, RS_BI_WEAKREF_REF, RS_BI_WEAKREF_REF, id);
    default:
      return FALSE;
    }
}

gboolean
rs_interp_builtin_method (RsInterp    *self,
                          RsValue      owner,
                          const char  *name,
                          RsBuiltinId *id)
{
  RsObj *o = rs_heap_get_value (self->heap, owner);

  if (o != NULL && o->kind == RS_KIND_LIST)
    return find_builtin (name, RS_BI_LIST_APPEND, RS_BI_LIST_COPY, id);
  if (o != NULL && o->kind == RS_KIND_DICT)
    return find_builtin (name, RS_BI_DICT_POP, RS_BI_DICT_COPY, id);
  return FALSE;
}

static gboolean
check_args (RsInterp    *self,
            RsBuiltinId  id,
            guint        n_args,
            guint        min,
            guint        max,
            guint        line)
{
  if (n_args >= min && n_args <= max)
    return TRUE;
  if (min == max)
    return rs_interp_raise (self, line, "TypeError", "%s() takes exactly %u argument%s (%u given)",
                            rs_value_builtin_names[id], min, min == 1 ? "" : "s", n_args);
  return rs_interp_raise (self, line, "TypeError", "%s expected at most %u arguments, got %u",
                          rs_value_builtin_names[id], max, n_args);
}

static gboolean
builtin_print (RsInterp *self,
               RsValue  *args,
               guint     n_args,
               guint     lineno)
{
  GString *line = g_string_new (NULL);
  guint flags = 0;
  gboolean ok = TRUE;

  for (guint i = 0; i < n_args && ok; i++)
    {
      if (i > 0)
        g_string_append_c (line, ' ');
      gsize written = line->len;
      if (!rs_interp_str (self, args[i], line))
        {
          /* CPython has written the arguments before (and the separator):
           * what comes next continues that line */
          g_string_truncate (line, written);
          flags = RS_EVENT_HIDDEN;
          ok = rs_interp_raise (self, lineno, self->format_error, "str() of this value fails in CPython");
        }
    }
  if (ok || line->len > 0)
    {
      guint32 atom = rs_atoms_intern (self->atoms, line->str, line->len);
      rs_heap_emit (self->heap, RS_EV_PRINT, flags, self->frame->id, atom, 0, 0);
    }
  g_string_free (line, TRUE);
  return ok;
}

gint64
rs_interp_range_length (const RsRangeData *r)
{
  if (r->step > 0)
    return r->stop > r->start ? (r->stop - r->start + r->step - 1) / r->step : 0;
  return r->start > r->stop ? (r->start - r->stop - r->step - 1) / -r->step : 0;
}

static gboolean
builtin_len (RsInterp *self,
             RsValue   v,
             guint     line,
             RsValue  *out)
{
  RsObj *o = rs_heap_get_value (self->heap, v);
  gint64 n;

  if (o != NULL && o->kind == RS_KIND_LIST)
    n = ((RsList *) o->data)->len;
  else if (o != NULL && o->kind == RS_KIND_DICT)
    n = ((RsDict *) o->data)->used;
  else if (o != NULL && o->kind == RS_KIND_RANGE)
    n = rs_interp_range_length (o->data);
  else if (RS_VALUE_TAG (v) == RS_TAG_STR)
    {
      gsize len;
      const char *s = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (v), &len);
      n = rs_interp_str_length (s, len);
    }
  else
    return rs_interp_raise (self, line, "TypeError", "object of type '%s' has no len()",
                            rs_interp_type_name (self, v));
  *out = rs_interp_make_int (self, n);
  return TRUE;
}

static gboolean
builtin_range (RsInterp *self,
               RsValue  *args,
               guint     n_args,
               guint     line,
               RsValue  *out)
{
  gint64 v[3] = { 0, 0, 1 };

  if (n_args < 1 || n_args > 3)
    return rs_interp_raise (self, line, "TypeError", "range expected at most 3 arguments, got %u", n_args);
  for (guint i = 0; i < n_args; i++)
    if (!rs_interp_get_index (self, args[i], &v[n_args == 1 ? 1 : i]))
      return rs_interp_raise (self, line, "TypeError",
                              "'%s' object cannot be interpreted as an integer",
                              rs_interp_type_name (self, args[i]));
  if (v[2] == 0)
    return rs_interp_raise (self, line, "ValueError", "range() arg 3 must not be zero");
  *out = RS_VALUE_OBJECT (rs_heap_new_range (self->heap, v[0], v[1], v[2]));
  return TRUE;
}

gboolean
rs_interp_iter_items (RsInterp *self,
                      RsValue   v,
                      guint     line,
                      GArray   *items)
{
  RsObj *o = rs_heap_get_value (self->heap, v);

  if (o != NULL && o->kind == RS_KIND_LIST)
    g_array_append_vals (items, ((RsList *) o->data)->items, ((RsList *) o->data)->len);
  else if (o != NULL && o->kind == RS_KIND_DICT)
    {
      RsDict *d = o->data;
      for (guint i = 0; i < d->len; i++)
        if (d->entries[i].key != RS_VALUE_ABSENT)
          g_array_append_val (items, d->entries[i].key);
    }
  else if (o != NULL && o->kind == RS_KIND_RANGE)
    {
      RsRangeData *r = o->data;
      for (gint64 i = r->start; r->step > 0 ? i < r->stop : i > r->stop; i += r->step)
        {
          RsValue x = rs_interp_make_int (self, i);
          g_array_append_val (items, x);
        }
    }
  else if (RS_VALUE_TAG (v) == RS_TAG_STR)
    {
      gsize len;
      const char *s = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (v), &len);
      for (const char *p = s; p < s + len; p = g_utf8_next_char (p))
        {
          RsValue x = rs_interp_make_str (self, p, g_utf8_next_char (p) - p);
          g_array_append_val (items, x);
        }
    }
  else
    return rs_interp_raise (self, line, "TypeError", "'%s' object is not iterable",
                            rs_interp_type_name (self, v));
  return TRUE;
}

static void
list_extend (RsInterp *self,
             RsObjId   list,
             GArray   *items)
{
  for (guint i = 0; i < items->len; i++)
    {
      RsValue x = g_array_index (items, RsValue, i);
      rs_heap_incref (self->heap, x);
      rs_heap_list_insert (self->heap, list, ((RsList *) rs_heap_get (self->heap, list)->data)->len, x);
    }
}

static gboolean
builtin_list (RsInterp *self,
              RsValue  *args,
              guint     n_args,
              guint     line,
              RsValue  *out)
{
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (RsValue));

  /* the oracle's list is allocated by its __new__ before list.__init__
   * checks the arguments: a bad argument frees the new list again */
  if (!rs_interp_alloc_room (self, RS_KIND_LIST, 0, args, n_args, FALSE, line))
    return FALSE;
  RsObjId l = rs_heap_new_list (self->heap);
  if (!check_args (self, RS_BI_LIST, n_args, 0, 1, line) ||
      (n_args == 1 && !rs_interp_iter_items (self, args[0], line, items)))
    {
      rs_heap_decref (self->heap, RS_VALUE_OBJECT (l));
      return FALSE;
    }
  list_extend (self, l, items);
  *out = RS_VALUE_OBJECT (l);
  return TRUE;
}

static void
dict_update (RsInterp *self,
             RsObjId   dst,
             RsObjId   src)
{
  RsDict *d = rs_heap_get (self->heap, src)->data;
  g_autoptr(GArray) kv = g_array_new (FALSE, FALSE, sizeof (RsDictEntry));

  for (guint i = 0; i < d->len; i++)
    if (d->entries[i].key != RS_VALUE_ABSENT)
      g_array_append_val (kv, d->entries[i]);
  for (guint i = 0; i < kv->len; i++)
    {
      RsDictEntry *e = &g_array_index (kv, RsDictEntry, i);
      rs_heap_incref (self->heap, e->value);
      rs_heap_dict_set (self->heap, dst, e->key, e->value);
    }
}

static gboolean
builtin_dict (RsInterp *self,
              RsValue  *args,
              guint     n_args,
              guint     line,
              RsValue  *out)
{
  /* allocated before dict.__init__ checks the arguments, as list() */
  if (!rs_interp_alloc_room (self, RS_KIND_DICT, 0, args, n_args, FALSE, line))
    return FALSE;
  RsObjId d = rs_heap_new_dict (self->heap);
  RsObj *src = n_args == 1 ? rs_heap_get_value (self->heap, args[0]) : NULL;
  gboolean ok = check_args (self, RS_BI_DICT, n_args, 0, 1, line);
  if (ok && n_args == 1 && (src == NULL || src->kind != RS_KIND_DICT))
    ok = rs_interp_raise (self, line, "TypeError", "cannot convert '%s' object to a dict",
                          rs_interp_type_name (self, args[0]));
  if (!ok)
    {
      rs_heap_decref (self->heap, RS_VALUE_OBJECT (d));
      return FALSE;
    }
  if (n_args == 1)
    dict_update (self, d, RS_VALUE_OBJECT_ID (args[0]));
  *out = RS_VALUE_OBJECT (d);
  return TRUE;
}

static gboolean
builtin_weakref (RsInterp *self,
                 RsValue  *args,
                 guint     n_args,
                 guint     line,
                 RsValue  *out)
{
  if (n_args < 1 || n_args > 2)
    return rs_interp_raise (self, line, "TypeError", "ref() takes 1 or 2 arguments (%u given)", n_args);
  RsObj *o = rs_heap_get_value (self->heap, args[0]);
  RsValue cb = n_args == 2 && args[1] != RS_VALUE_NONE ? args[1] : RS_VALUE_ABSENT;
  if (RS_VALUE_TAG (args[0]) == RS_TAG_BUILTIN)
    {
      *out = RS_VALUE_OBJECT (rs_heap_weakref_immortal (self->heap, args[0]));
      return TRUE;
    }
  if (o == NULL || o->kind == RS_KIND_LIST || o->kind == RS_KIND_DICT ||
      o->kind == RS_KIND_RANGE || o->kind == RS_KIND_ITERATOR || o->kind == RS_KIND_WEAKREF)
    return rs_interp_raise (self, line, "TypeError", "cannot create weak reference to '%s' object",
                            rs_interp_type_name (self, args[0]));
  *out = RS_VALUE_OBJECT (rs_heap_weakref (self->heap, o->id, cb));
  return TRUE;
}

static gboolean
builtin_id (RsInterp *self,
            RsValue  *args,
            guint     n_args,
            guint     line,
            RsValue  *out)
{
  return check_args (self, RS_BI_ID, n_args, 1, 1, line) && rs_interp_id (self, args[0], line, out);
}

/* == inside a list method: the method call (method_vectorcall_O) takes a
 * recursion level of its own */
static gint
method_equal (RsInterp *self,
              RsValue   a,
              RsValue   b,
              guint     line)
{
  self->depth++;
  gint r = a == b ? 1 : rs_interp_equal (self, a, b, line);
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

static gboolean
list_method (RsInterp    *self,
             RsBuiltinId  id,
             RsValue     *args,
             guint        n_args,
             guint        line,
             RsValue     *out)
{
  RsObjId l = RS_VALUE_OBJECT_ID (args[0]);
  RsList *list = rs_heap_get (self->heap, l)->data;
  gint64 i = -1;
  guint at;
  gint found;

  *out = RS_VALUE_NONE;
  switch (id)
    {
    case RS_BI_LIST_APPEND:
      if (!check_args (self, id, n_args - 1, 1, 1, line))
        return FALSE;
      rs_heap_incref (self->heap, args[1]);
      rs_heap_list_insert (self->heap, l, list->len, args[1]);
      return TRUE;
    case RS_BI_LIST_POP:
      if (!check_args (self, id, n_args - 1, 0, 1, line) || !index_fits (self, args, n_args, line))
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
    case RS_BI_LIST_INSERT:
      if (!check_args (self, id, n_args - 1, 2, 2, line) || !index_fits (self, args, n_args, line))
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
    case RS_BI_LIST_REMOVE:
      if (!check_args (self, id, n_args - 1, 1, 1, line))
        return FALSE;
      found = list_find (self, l, args[1], line, &at);
      if (found == 0)
        return rs_interp_raise (self, line, "ValueError", "list.remove(x): x not in list");
      if (found < 0)
        return FALSE;
      rs_heap_list_remove (self->heap, l, at, FALSE);
      return TRUE;
    case RS_BI_LIST_CLEAR:
      if (!check_args (self, id, n_args - 1, 0, 0, line))
        return FALSE;
      rs_heap_list_clear (self->heap, l);
      return TRUE;
    case RS_BI_LIST_INDEX:
      if (!check_args (self, id, n_args - 1, 1, 1, line))
        return FALSE;
      found = list_find (self, l, args[1], line, &at);
      if (found == 0)
        return rs_interp_raise (self, line, "ValueError", "x not in list");
      if (found < 0)
        return FALSE;
      *out = rs_interp_make_int (self, at);
      return TRUE;
    case RS_BI_LIST_COUNT:
      {
        if (!check_args (self, id, n_args - 1, 1, 1, line))
          return FALSE;
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
    case RS_BI_LIST_EXTEND:
      {
        g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (RsValue));
        if (!check_args (self, id, n_args - 1, 1, 1, line) || !rs_interp_iter_items (self, args[1], line, items))
          return FALSE;
        list_extend (self, l, items);
        return TRUE;
      }
    case RS_BI_LIST_REVERSE:
      if (!check_args (self, id, n_args - 1, 0, 0, line))
        return FALSE;
      for (guint k = 0; k < list->len / 2; k++)
        {
          RsValue t = list->items[k];
          list->items[k] = list->items[list->len - 1 - k];
          list->items[list->len - 1 - k] = t;
        }
      return TRUE;
    case RS_BI_LIST_COPY:
      if (!check_args (self, id, n_args - 1, 0, 0, line))
        return FALSE;
      return builtin_list (self, args, 1, line, out);
    default:
      return FALSE;
    }
}

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

static gboolean
dict_view (RsInterp    *self,
           RsBuiltinId  id,
           RsObjId      d,
           RsValue     *out)
{
  RsDict *dict = rs_heap_get (self->heap, d)->data;
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (RsValue));

  for (guint i = 0; i < dict->len; i++)
    {
      RsDictEntry *e = &dict->entries[i];
      if (e->key == RS_VALUE_ABSENT)
        continue;
      RsValue x = id == RS_BI_DICT_VALUES ? e->value : e->key;
      g_array_append_val (items, x);
    }
  RsObjId l = rs_heap_new_list (self->heap);
  list_extend (self, l, items);
  *out = RS_VALUE_OBJECT (l);
  return TRUE;
}

static gboolean
dict_method (RsInterp    *self,
             RsBuiltinId  id,
             RsValue     *args,
             guint        n_args,
             guint        line,
             RsValue     *out)
{
  RsObjId d = RS_VALUE_OBJECT_ID (args[0]);
  gint at;

  *out = RS_VALUE_NONE;
  switch (id)
    {
    case RS_BI_DICT_POP:
    case RS_BI_DICT_GET:
      if (!check_args (self, id, n_args - 1, 1, 2, line))
        return FALSE;
      /* CPython's pop on an empty dict never hashes the key */
      if (id == RS_BI_DICT_POP && ((RsDict *) rs_heap_get (self->heap, d)->data)->used == 0)
        at = -1;
      else if (!rs_interp_hashable (self, args[1], line))
        return FALSE;
      else
        at = rs_heap_dict_find (self->heap, d, args[1]);
      if (at < 0)
        {
          if (n_args == 3)
            *out = args[2];
          else if (id == RS_BI_DICT_POP)
            return rs_interp_key_error (self, args[1], line);
          rs_heap_incref (self->heap, *out);
          return TRUE;
        }
      if (id == RS_BI_DICT_POP)
        *out = rs_heap_dict_remove (self->heap, d, at, TRUE);
      else
        {
          *out = ((RsDict *) rs_heap_get (self->heap, d)->data)->entries[at].value;
          rs_heap_incref (self->heap, *out);
        }
      return TRUE;
    case RS_BI_DICT_CLEAR:
      if (!check_args (self, id, n_args - 1, 0, 0, line))
        return FALSE;
      rs_heap_dict_clear (self->heap, d);
      return TRUE;
    case RS_BI_DICT_KEYS:
    case RS_BI_DICT_VALUES:
      if (!check_args (self, id, n_args - 1, 0, 0, line))
        return FALSE;
      return dict_view (self, id, d, out);
    case RS_BI_DICT_COPY:
      if (!check_args (self, id, n_args - 1, 0, 0, line))
        return FALSE;
      return builtin_dict (self, args, 1, line, out);
    default:
      return rs_interp_raise (self, line, "TypeError", "dict.%s() is not in the subset",
                              rs_value_builtin_names[id]);
    }
}

/* gc.collect([generation]).  The oracle's stand-in prints `gc start`
 * before the real gc.collect() checks the generation, and its frame keeps
 * the argument until after the error line. */
static gboolean
gc_collect (RsInterp *self,
            RsValue  *args,
            guint     n_args,
            guint     line,
            RsValue  *out)
{
  gint64 generation = 2;
  const char *kind = NULL;

  if (n_args == 1 && RS_VALUE_TAG (args[0]) == RS_TAG_BIGINT)
    kind = "OverflowError";
  else if (n_args == 1 && !rs_interp_get_index (self, args[0], &generation))
    kind = "TypeError";
  else if (generation < 0 || generation > 2)
    kind = "ValueError";
  if (kind == NULL)
    {
      *out = rs_interp_make_int (self, rs_heap_collect_generation (self->heap, generation));
      return TRUE;
    }
  rs_heap_emit (self->heap, RS_EV_GC_START, 0, 0, 0, 0, 0);
  rs_interp_raise (self, line, kind, "invalid generation");
  rs_interp_hold_until_error (self, args, n_args);
  return FALSE;
}

static gboolean
call_module_function (RsInterp    *self,
                      RsBuiltinId  id,
                      RsValue     *args,
                      guint        n_args,
                      guint        line,
                      RsValue     *out)
{
  switch (id)
    {
    case RS_BI_GC_COLLECT:
      if (!check_args (self, id, n_args, 0, 1, line))
        return FALSE;
      return gc_collect (self, args, n_args, line, out);
    case RS_BI_GC_ENABLE:
    case RS_BI_GC_DISABLE:
      if (!check_args (self, id, n_args, 0, 0, line))
        return FALSE;
      self->gc_enabled = id == RS_BI_GC_ENABLE;
      *out = RS_VALUE_NONE;
      return TRUE;
    case RS_BI_GC_ISENABLED:
      if (!check_args (self, id, n_args, 0, 0, line))
        return FALSE;
      *out = self->gc_enabled ? RS_VALUE_TRUE : RS_VALUE_FALSE;
      return TRUE;
    case RS_BI_SYS_GETREFCOUNT:
      {
        if (!check_args (self, id, n_args, 1, 1, line))
          return FALSE;
        RsObj *o = rs_heap_get_value (self->heap, args[0]);
        /* plain values are shared by the whole interpreter in CPython */
        *out = rs_interp_make_int (self, o != NULL ? o->refcnt : 1000);
        return TRUE;
      }
    case RS_BI_WEAKREF_REF:
      return builtin_weakref (self, args, n_args, line, out);
    case RS_BI_OBJECT_INIT:
      if (n_args != 1)
        return rs_interp_raise (self, line, "TypeError",
                                "object.__init__() takes exactly one argument (the instance to initialize)");
      *out = RS_VALUE_NONE;
      return TRUE;
    default:
      return FALSE;
    }
}

/* print and the type calls (weakref.ref, list(x), dict(x)) get their
 * arguments in a tuple of their own, released before the caller's. */
static gboolean
packs_arguments (RsBuiltinId id)
{
  return id == RS_BI_PRINT || id == RS_BI_WEAKREF_REF || id == RS_BI_LIST || id == RS_BI_DICT;
}

static gboolean call_builtin (RsInterp *self, RsBuiltinId id, RsValue *args,
                              guint n_args, guint line, RsValue *out);

gboolean
rs_interp_call_builtin (RsInterp    *self,
                        RsBuiltinId  id,
                        RsValue     *args,
                        guint        n_args,
                        guint        line,
                        RsValue     *out)
{
  if (!packs_arguments (id))
    return call_builtin (self, id, args, n_args, line, out);
  for (guint i = 0; i < n_args; i++)
    rs_heap_incref (self->heap, args[i]);
  gboolean ok = call_builtin (self, id, args, n_args, line, out);
  rs_heap_tuple_release (self->heap, args, n_args);
  return ok;
}

static gboolean
call_builtin (RsInterp    *self,
              RsBuiltinId  id,
              RsValue     *args,
              guint        n_args,
              guint        line,
              RsValue     *out)
{
  switch (id)
    {
    case RS_BI_PRINT:
      *out = RS_VALUE_NONE;
      return builtin_print (self, args, n_args, line);
    case RS_BI_LEN:
      return check_args (self, id, n_args, 1, 1, line) && builtin_len (self, args[0], line, out);
    case RS_BI_RANGE:
      return builtin_range (self, args, n_args, line, out);
    case RS_BI_LIST:
      return builtin_list (self, args, n_args, line, out);
    case RS_BI_DICT:
      return builtin_dict (self, args, n_args, line, out);
    case RS_BI_ID:
      return builtin_id (self, args, n_args, line, out);
    default:
      break;
    }
  if (id >= RS_BI_LIST_APPEND && id <= RS_BI_LIST_COPY)
    return list_method (self, id, args, n_args, line, out);
  if (id >= RS_BI_DICT_POP && id <= RS_BI_DICT_COPY)
    return dict_method (self, id, args, n_args, line, out);
  return call_module_function (self, id, args, n_args, line, out);
}
