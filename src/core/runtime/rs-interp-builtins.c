/* rs-interp-builtins.c: print, len, range, list, dict, the gc/sys/weakref
 * modules, and the list and dict methods
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builtins borrow their arguments (the caller releases them afterwards,
 * as CALL does) and return a new reference.  Each is one row of the table
 * at the end: where its name is found, how many arguments it takes, and
 * the function that runs it.
 */
#include "rs-interp-private.h"

#include <string.h>

typedef gboolean (*RsBuiltinFunc) (RsInterp *self, RsValue *args, guint n_args,
                                   guint line, RsValue *out);

/* Where a builtin's name is found: in a module (RS_BI_MOD_GC...), among a
 * type's methods (RS_BI_LIST, RS_BI_DICT: self comes first in the
 * arguments), or one of these. */
enum {
  OWNER_BUILTINS = RS_N_BUILTINS,  /* a name of the builtins namespace */
  OWNER_NONE,                      /* found by no lookup (object.__init__) */
};

enum {
  /* print and the type calls (weakref.ref, list(x), dict(x)) get their
   * arguments in a tuple of their own, released before the caller's */
  ROW_PACKS_ARGS = 1 << 0,
  /* the function checks the count itself: in its own words, or after
   * allocating as the oracle does */
  ROW_OWN_CHECK  = 1 << 1,
};

#define ANY G_MAXUINT

typedef struct {
  guint          owner;
  guint          min_args, max_args;  /* methods: besides self */
  guint          flags;
  RsBuiltinFunc  call;
} RsBuiltinRow;

static const RsBuiltinRow builtins[RS_N_BUILTINS];

static gboolean
is_method (const RsBuiltinRow *row)
{
  return row->owner < RS_N_BUILTINS && !rs_value_builtin_is_module (row->owner);
}

/* The argument count of @n_args (self included for methods) against the
 * builtin's row. */
static gboolean
check_args (RsInterp    *self,
            RsBuiltinId  id,
            guint        n_args,
            guint        line)
{
  const RsBuiltinRow *row = &builtins[id];
  guint min = row->min_args, max = row->max_args;

  n_args -= is_method (row);
  if (n_args >= min && n_args <= max)
    return TRUE;
  if (min == max)
    return rs_interp_raise (self, line, "TypeError", "%s() takes exactly %u argument%s (%u given)",
                            rs_value_builtin_names[id], min, min == 1 ? "" : "s", n_args);
  return rs_interp_raise (self, line, "TypeError", "%s expected at most %u arguments, got %u",
                          rs_value_builtin_names[id], max, n_args);
}

/* Builtin functions */

static gboolean
builtin_print (RsInterp *self,
               RsValue  *args,
               guint     n_args,
               guint     lineno,
               RsValue  *out)
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
             RsValue  *args,
             guint     n_args,
             guint     line,
             RsValue  *out)
{
  RsValue v = args[0];
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
  if (!check_args (self, RS_BI_LIST, n_args, line) ||
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
  gboolean ok = check_args (self, RS_BI_DICT, n_args, line);
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
list_extend_method (RsInterp *self,
                    RsValue  *args,
                    guint     n_args,
                    guint     line,
                    RsValue  *out)
{
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (RsValue));

  if (!rs_interp_iter_items (self, args[1], line, items))
    return FALSE;
  list_extend (self, RS_VALUE_OBJECT_ID (args[0]), items);
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
  return builtin_list (self, args, 1, line, out);
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
  list_extend (self, l, items);
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
  return builtin_dict (self, args, 1, line, out);
}

/* The gc, sys and weakref modules */

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
gc_enable (RsInterp *self,
           RsValue  *args,
           guint     n_args,
           guint     line,
           RsValue  *out)
{
  self->gc_enabled = TRUE;
  return TRUE;
}

static gboolean
gc_disable (RsInterp *self,
            RsValue  *args,
            guint     n_args,
            guint     line,
            RsValue  *out)
{
  self->gc_enabled = FALSE;
  return TRUE;
}

static gboolean
gc_isenabled (RsInterp *self,
              RsValue  *args,
              guint     n_args,
              guint     line,
              RsValue  *out)
{
  *out = self->gc_enabled ? RS_VALUE_TRUE : RS_VALUE_FALSE;
  return TRUE;
}

static gboolean
sys_getrefcount (RsInterp *self,
                 RsValue  *args,
                 guint     n_args,
                 guint     line,
                 RsValue  *out)
{
  RsObj *o = rs_heap_get_value (self->heap, args[0]);

  /* plain values are shared by the whole interpreter in CPython */
  *out = rs_interp_make_int (self, o != NULL ? o->refcnt : 1000);
  return TRUE;
}

/* object.__init__, for Base.__init__(self) */
static gboolean
object_init (RsInterp *self,
             RsValue  *args,
             guint     n_args,
             guint     line,
             RsValue  *out)
{
  if (n_args != 1)
    return rs_interp_raise (self, line, "TypeError",
                            "object.__init__() takes exactly one argument (the instance to initialize)");
  return TRUE;
}

/* The table: a row per builtin, in RsBuiltinId order (the modules have
 * none: they are not called) */

static const RsBuiltinRow builtins[RS_N_BUILTINS] = {
  /*                         owner           min  max  flags                           call */
  [RS_BI_PRINT]           = { OWNER_BUILTINS,  0, ANY, ROW_PACKS_ARGS,                 builtin_print },
  [RS_BI_LEN]             = { OWNER_BUILTINS,  1,   1, 0,                              builtin_len },
  [RS_BI_RANGE]           = { OWNER_BUILTINS,  1,   3, 0,                              builtin_range },
  [RS_BI_LIST]            = { OWNER_BUILTINS,  0,   1, ROW_PACKS_ARGS | ROW_OWN_CHECK, builtin_list },
  [RS_BI_DICT]            = { OWNER_BUILTINS,  0,   1, ROW_PACKS_ARGS | ROW_OWN_CHECK, builtin_dict },
  [RS_BI_GC_COLLECT]      = { RS_BI_MOD_GC,    0,   1, 0,                              gc_collect },
  [RS_BI_GC_ENABLE]       = { RS_BI_MOD_GC,    0,   0, 0,                              gc_enable },
  [RS_BI_GC_DISABLE]      = { RS_BI_MOD_GC,    0,   0, 0,                              gc_disable },
  [RS_BI_GC_ISENABLED]    = { RS_BI_MOD_GC,    0,   0, 0,                              gc_isenabled },
  [RS_BI_SYS_GETREFCOUNT] = { RS_BI_MOD_SYS,   1,   1, 0,                              sys_getrefcount },
  [RS_BI_WEAKREF_REF]     = { RS_BI_MOD_WEAKREF, 1, 2, ROW_PACKS_ARGS | ROW_OWN_CHECK, builtin_weakref },
  [RS_BI_LIST_APPEND]     = { RS_BI_LIST,      1,   1, 0,                              list_append },
  [RS_BI_LIST_POP]        = { RS_BI_LIST,      0,   1, 0,                              list_pop },
  [RS_BI_LIST_INSERT]     = { RS_BI_LIST,      2,   2, 0,                              list_insert },
  [RS_BI_LIST_REMOVE]     = { RS_BI_LIST,      1,   1, 0,                              list_remove },
  [RS_BI_LIST_CLEAR]      = { RS_BI_LIST,      0,   0, 0,                              list_clear },
  [RS_BI_LIST_INDEX]      = { RS_BI_LIST,      1,   1, 0,                              list_index },
  [RS_BI_LIST_COUNT]      = { RS_BI_LIST,      1,   1, 0,                              list_count },
  [RS_BI_LIST_EXTEND]     = { RS_BI_LIST,      1,   1, 0,                              list_extend_method },
  [RS_BI_LIST_REVERSE]    = { RS_BI_LIST,      0,   0, 0,                              list_reverse },
  [RS_BI_LIST_COPY]       = { RS_BI_LIST,      0,   0, 0,                              list_copy },
  [RS_BI_DICT_POP]        = { RS_BI_DICT,      1,   2, 0,                              dict_pop },
  [RS_BI_DICT_GET]        = { RS_BI_DICT,      1,   2, 0,                              dict_get },
  [RS_BI_DICT_CLEAR]      = { RS_BI_DICT,      0,   0, 0,                              dict_clear },
  [RS_BI_DICT_KEYS]       = { RS_BI_DICT,      0,   0, 0,                              dict_keys },
  [RS_BI_DICT_VALUES]     = { RS_BI_DICT,      0,   0, 0,                              dict_values },
  [RS_BI_DICT_ITEMS]      = { RS_BI_DICT,      0, ANY, 0,                              dict_items },
  [RS_BI_DICT_COPY]       = { RS_BI_DICT,      0,   0, 0,                              dict_copy },
  [RS_BI_OBJECT_INIT]     = { OWNER_NONE,      1,   1, ROW_OWN_CHECK,                  object_init },
};

static gboolean
find_builtin (guint        owner,
              const char  *name,
              RsBuiltinId *id)
{
  if (owner == OWNER_NONE)
    return FALSE;
  for (RsBuiltinId i = 0; i < RS_N_BUILTINS; i++)
    if (builtins[i].call != NULL && builtins[i].owner == owner &&
        strcmp (rs_value_builtin_names[i], name) == 0)
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
  return find_builtin (OWNER_BUILTINS, name, id);
}

gboolean
rs_interp_module_attr (RsInterp    *self,
                       RsBuiltinId  module,
                       const char  *name,
                       RsBuiltinId *id)
{
  return rs_value_builtin_is_module (module) && find_builtin (module, name, id);
}

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
  return OWNER_NONE;
}

gboolean
rs_interp_builtin_method (RsInterp    *self,
                          RsValue      owner,
                          const char  *name,
                          RsBuiltinId *id)
{
  return find_builtin (method_owner (self, owner), name, id);
}

gboolean
rs_interp_call_builtin (RsInterp    *self,
                        RsBuiltinId  id,
                        RsValue     *args,
                        guint        n_args,
                        guint        line,
                        RsValue     *out)
{
  g_assert (id < RS_N_BUILTINS && builtins[id].call != NULL);

  const RsBuiltinRow *row = &builtins[id];
  gboolean packs = row->flags & ROW_PACKS_ARGS;

  g_assert (!is_method (row) || n_args >= 1);
  *out = RS_VALUE_NONE;
  for (guint i = 0; i < n_args && packs; i++)
    rs_heap_incref (self->heap, args[i]);
  gboolean ok = ((row->flags & ROW_OWN_CHECK) || check_args (self, id, n_args, line)) &&
                row->call (self, args, n_args, line, out);
  if (packs)
    rs_heap_tuple_release (self->heap, args, n_args);
  return ok;
}
