/* rs-interp-sort.c: list.sort() and sorted(), comparison for comparison as CPython's
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CPython 3.11's list.sort empties the list (a key function sees it
 * empty), computes every key first, sorts the keys and the items along
 * with timsort (rs-interp-timsort.c, so that a failing `<` or a script's
 * __lt__ sees the pairs CPython's sees), releases the keys and puts the
 * items back.  Lists of 64 or more plain numbers, strings or tuples of
 * them, whose comparisons can neither fail nor be seen, take any stable
 * sort.
 */
#include "rs-interp-private.h"

#include <string.h>

/* Tuples of plain keys: at most this many items */
#define PLAIN_WIDTH 8

/* 1 a number (no nan), 2 a str, 0 anything else */
static gint
plain_kind (RsSort  *s,
            RsValue  k)
{
  if (RS_VALUE_TAG (k) == RS_TAG_STR)
    return 2;
  if (RS_VALUE_TAG (k) == RS_TAG_FLOAT)
    return rs_interp_number_cmp (s->interp, k, k) == 2 ? 0 : 1;
  return rs_interp_is_int (k) ? 1 : 0;
}

/* Whether @k (an item of a tuple key, at @slot) has the kind the keys
 * before had there */
static gboolean
same_kind (RsSort  *s,
           RsValue  k,
           gint    *kinds,
           guint    slot)
{
  gint kind = plain_kind (s, k);

  if (kind == 0 || (kinds[slot] != 0 && kinds[slot] != kind))
    return FALSE;
  kinds[slot] = kind;
  return TRUE;
}

/* All numbers (no nan), all strings, or all tuples of those with one kind
 * at each place: nothing can see or fail their comparisons */
static gboolean
keys_are_plain (RsSort *s,
                guint   n)
{
  gint kinds[PLAIN_WIDTH] = { 0 };
  gboolean tuples = rs_interp_is_tuple (s->interp, s->keys[0]);

  for (guint i = 0; i < n; i++)
    {
      RsValue k = s->keys[i];
      if (!tuples)
        {
          if (!same_kind (s, k, kinds, 0))
            return FALSE;
          continue;
        }
      if (!rs_interp_is_tuple (s->interp, k))
        return FALSE;
      const RsList *items = rs_heap_tuple_items (s->interp->heap, RS_VALUE_OBJECT_ID (k));
      if (items->len > PLAIN_WIDTH)
        return FALSE;
      for (guint j = 0; j < items->len; j++)
        if (!same_kind (s, items->items[j], kinds, j))
          return FALSE;
    }
  return TRUE;
}

static gint
plain_value_cmp (RsSort  *s,
                 RsValue  x,
                 RsValue  y)
{
  if (rs_interp_is_tuple (s->interp, x))
    {
      const RsList *a = rs_heap_tuple_items (s->interp->heap, RS_VALUE_OBJECT_ID (x));
      const RsList *b = rs_heap_tuple_items (s->interp->heap, RS_VALUE_OBJECT_ID (y));
      for (guint i = 0; i < MIN (a->len, b->len); i++)
        {
          gint c = plain_value_cmp (s, a->items[i], b->items[i]);
          if (c != 0)
            return c;
        }
      return (a->len > b->len) - (a->len < b->len);
    }
  if (rs_interp_is_int (x) && rs_interp_is_int (y))
    return rs_interp_int_cmp (s->interp, x, y);
  if (RS_VALUE_TAG (x) != RS_TAG_STR)
    return rs_interp_number_cmp (s->interp, x, y);
  gsize lx, ly;
  const char *sx = rs_atoms_get (s->interp->atoms, RS_VALUE_PAYLOAD (x), &lx);
  const char *sy = rs_atoms_get (s->interp->atoms, RS_VALUE_PAYLOAD (y), &ly);
  /* UTF-8 sorts bytewise as its code points do */
  gint c = memcmp (sx, sy, MIN (lx, ly));
  return c != 0 ? c : (lx > ly) - (lx < ly);
}

static gint
plain_cmp (gconstpointer a,
           gconstpointer b,
           gpointer      data)
{
  RsSort *s = data;

  return plain_value_cmp (s, s->keys[*(const guint *) a], s->keys[*(const guint *) b]);
}

static void
plain_sort (RsSort *s,
            guint   n)
{
  g_autofree guint *order = g_new (guint, n);
  g_autofree RsValue *keys = g_memdup2 (s->keys, n * sizeof (RsValue));
  g_autofree RsValue *values = g_memdup2 (s->values, n * sizeof (RsValue));

  for (guint i = 0; i < n; i++)
    order[i] = i;
  /* g_qsort_with_data is a stable merge sort */
  g_qsort_with_data (order, n, sizeof (guint), plain_cmp, s);
  for (guint i = 0; i < n; i++)
    {
      s->keys[i] = keys[order[i]];
      s->values[i] = values[order[i]];
    }
}

static gboolean
timsort (RsSort *s,
         guint   n)
{
  /* nothing sees or fails the comparisons of plain keys: any stable
   * sort will do, and a fast one */
  if (n >= RS_SORT_ONE_RUN && keys_are_plain (s, n))
    {
      plain_sort (s, n);
      return TRUE;
    }
  return rs_interp_timsort (s, n);
}

/* The keys of @values, each a call of @key; FALSE (the keys made so far
 * released, last first) when one fails */
static gboolean
make_keys (RsInterp *self,
           RsValue   key,
           RsValue  *values,
           guint     n,
           guint     line,
           RsValue  *keys)
{
  for (guint i = 0; i < n; i++)
    {
      RsValue arg = values[i];
      rs_heap_incref (self->heap, key);
      rs_heap_incref (self->heap, arg);
      if (!rs_interp_call_value (self, key, RS_VALUE_ABSENT, &arg, 1, line, &keys[i]))
        {
          rs_interp_release_top_first (self, keys, i);
          return FALSE;
        }
    }
  return TRUE;
}

/* Puts @values back in list @l, releasing (last first) what a key
 * function or a comparison stored in it meanwhile */
static void
restore_items (RsInterp *self,
               RsObjId   l,
               RsValue  *values,
               guint     n)
{
  guint n_added;
  g_autofree RsValue *added = rs_heap_list_take (self->heap, l, &n_added);

  for (guint i = 0; i < n; i++)
    rs_heap_list_insert (self->heap, l, i, values[i]);
  rs_interp_release_top_first (self, added, n_added);
}

static gboolean
sort_list (RsInterp *self,
           RsObjId   l,
           RsValue   key,
           gboolean  reverse,
           guint     line)
{
  guint n;
  g_autofree RsValue *values = rs_heap_list_take (self->heap, l, &n);
  g_autofree RsValue *keys = g_new (RsValue, MAX (n, 1));
  gboolean has_key = key != RS_VALUE_ABSENT && key != RS_VALUE_NONE;
  RsSort s = { self, keys, values, line };
  gboolean ok;

  if (!has_key && n > 0)
    memcpy (keys, values, n * sizeof (RsValue));
  ok = !has_key || make_keys (self, key, values, n, line, keys);
  if (ok)
    {
      if (reverse && n > 1)
        rs_interp_sort_reverse (&s, 0, n);
      ok = timsort (&s, n);
      if (has_key)
        rs_interp_release_in_order (self, keys, n);
      if (ok && ((RsList *) rs_heap_get (self->heap, l)->data)->len != 0)
        ok = rs_interp_raise (self, line, "ValueError", "list modified during sort");
      if (reverse && n > 1)
        rs_interp_reverse_values (values, 0, n);
    }
  restore_items (self, l, values, n);
  return ok;
}

/* list.sort's reverse=: an int (a bool) */
static gboolean
reverse_flag (RsInterp *self,
              RsValue   v,
              guint     line,
              gboolean *reverse)
{
  *reverse = FALSE;
  if (v == RS_VALUE_ABSENT)
    return TRUE;
  if (RS_VALUE_TAG (v) == RS_TAG_BIGINT)
    return rs_interp_raise (self, line, "OverflowError", "Python int too large to convert to C int");
  if (!rs_interp_is_int (v))
    return rs_interp_raise (self, line, "TypeError", "'%s' object cannot be interpreted as an integer",
                            rs_interp_type_name (self, v));
  *reverse = rs_interp_small_int (v) != 0;
  return TRUE;
}

static const char *const sort_keywords[] = { "key", "reverse", NULL };

/* list.sort(*, key=None, reverse=False) of list @list */
static gboolean
sort_with_keywords (RsInterp *self,
                    RsValue   list,
                    guint     line)
{
  RsValue kw[2];
  gboolean reverse;

  return rs_interp_builtin_keywords (self, "sort", sort_keywords, kw, line) &&
         reverse_flag (self, kw[1], line, &reverse) &&
         sort_list (self, RS_VALUE_OBJECT_ID (list), kw[0], reverse, line);
}

gboolean
rs_interp_list_sort (RsInterp *self,
                     RsValue  *args,
                     guint     n_args,
                     guint     line,
                     RsValue  *out)
{
  if (n_args > 1)
    return rs_interp_raise (self, line, "TypeError", "sort() takes no positional arguments");
  return sort_with_keywords (self, args[0], line);
}

/* sorted(iterable, /, *, key=None, reverse=False): a new list, filled,
 * then sorted by list.sort.  The oracle's sorted() is a function of
 * these parameters: a keyword it has not is refused before the list is
 * made, a wrong reverse= after. */
gboolean
rs_interp_builtin_sorted (RsInterp *self,
                          RsValue  *args,
                          guint     n_args,
                          guint     line,
                          RsValue  *out)
{
  RsValue list, kw[2];

  if (n_args != 1)
    return rs_interp_raise (self, line, "TypeError", "sorted expected 1 argument, got %u", n_args);
  if (!rs_interp_builtin_keywords (self, "sort", sort_keywords, kw, line) ||
      !rs_interp_builtin_list (self, args, 1, line, &list))
    return FALSE;
  if (!sort_with_keywords (self, list, line))
    {
      rs_heap_decref (self->heap, list);
      return FALSE;
    }
  *out = list;
  return TRUE;
}
