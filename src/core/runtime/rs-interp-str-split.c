/* rs-interp-str-split.c: str methods that cut and join: split rsplit splitlines join partition rpartition
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The split methods follow stringlib/split.h; their list is traced,
 * made as the oracle makes it, from the plain list CPython returns.
 */
#include "rs-interp-str.h"

typedef struct {
  RsValue         str;     /* what is cut */
  const gunichar *c;
  glong           n;
  GArray         *parts;   /* RsValue: the new strs */
  gboolean        reverse; /* rsplit adds from the end */
} Cut;

/* STRINGLIB_NEW, or (@whole_ok) the str itself when nothing was cut */
static void
add_part (RsInterp *self,
          Cut      *cut,
          glong     from,
          glong     to,
          gboolean  whole_ok)
{
  RsValue v = whole_ok ? rs_interp_str_sub_chars (self, cut->str, cut->c, cut->n, from, to)
                       : rs_interp_str_sub_chars (self, RS_VALUE_ABSENT, cut->c, cut->n, from, to);

  if (cut->reverse)
    g_array_prepend_val (cut->parts, v);
  else
    g_array_append_val (cut->parts, v);
}

static void
add (RsInterp *self,
     Cut      *cut,
     glong     from,
     glong     to)
{
  add_part (self, cut, from, to, TRUE);
}

/* What is left once maxsplit words were cut is copied, even all of it */
static void
split_whitespace (RsInterp *self,
                  Cut      *cut,
                  gint64    max)
{
  const gunichar *s = cut->c;
  glong n = cut->n, i = 0, j;

  while (max-- > 0)
    {
      while (i < n && rs_interp_str_is_space (s[i]))
        i++;
      if (i == n)
        break;
      for (j = i++; i < n && !rs_interp_str_is_space (s[i]); i++)
        ;
      add (self, cut, j, i);
    }
  while (i < n && rs_interp_str_is_space (s[i]))
    i++;
  if (i < n)
    add_part (self, cut, i, n, FALSE);
}

static void
rsplit_whitespace (RsInterp *self,
                   Cut      *cut,
                   gint64    max)
{
  const gunichar *s = cut->c;
  glong i = cut->n - 1, j;

  while (max-- > 0)
    {
      while (i >= 0 && rs_interp_str_is_space (s[i]))
        i--;
      if (i < 0)
        break;
      for (j = i--; i >= 0 && !rs_interp_str_is_space (s[i]); i--)
        ;
      add (self, cut, i + 1, j + 1);
    }
  while (i >= 0 && rs_interp_str_is_space (s[i]))
    i--;
  if (i >= 0)
    add_part (self, cut, 0, i + 1, FALSE);
}

static void
split_sep (RsInterp       *self,
           Cut            *cut,
           const gunichar *sep,
           glong           m,
           gint64          max)
{
  glong i = 0, at = 0;

  if (!cut->reverse)
    {
      for (; max > 0 && at + m <= cut->n; at++)
        if (rs_interp_str_match_at (cut->c, at, sep, m))
          {
            add (self, cut, i, at);
            i = at + m;
            at = i - 1;
            max--;
          }
      add (self, cut, i, cut->n);
      return;
    }
  glong j = cut->n;
  for (at = j - m; max > 0 && at >= 0; at--)
    if (rs_interp_str_match_at (cut->c, at, sep, m))
      {
        add (self, cut, at + m, j);
        j = at;
        at = j - m + 1;
        max--;
      }
  add (self, cut, 0, j);
}

static gboolean
do_split (RsInterp *self,
          RsValue  *args,
          guint     n_args,
          guint     line,
          gboolean  reverse,
          RsValue  *out)
{
  RsValue sep = n_args > 1 ? args[1] : RS_VALUE_NONE;
  gint64 max = -1;
  glong n, m = 0;

  if (sep != RS_VALUE_NONE && RS_VALUE_TAG (sep) != RS_TAG_STR)
    return rs_interp_raise (self, line, "TypeError", "must be str or None, not %s",
                            rs_interp_type_name (self, sep));
  if (n_args > 2 && !rs_interp_str_size_arg (self, args[2], line, &max))
    return FALSE;
  g_autofree gunichar *s = NULL;
  if (sep != RS_VALUE_NONE && (s = rs_interp_str_chars (self, sep, &m), m == 0))
    return rs_interp_raise (self, line, "ValueError", "empty separator");
  g_autofree gunichar *c = rs_interp_str_chars (self, args[0], &n);
  g_autoptr(GArray) parts = g_array_new (FALSE, FALSE, sizeof (RsValue));
  Cut cut = { args[0], c, n, parts, reverse };
  if (max < 0)
    max = G_MAXINT64;
  if (s == NULL && reverse)
    rsplit_whitespace (self, &cut, max);
  else if (s == NULL)
    split_whitespace (self, &cut, max);
  else
    split_sep (self, &cut, s, m, max);
  return rs_interp_listify (self, parts, line, out);
}

RS_STR_METHOD (split)
{
  return do_split (self, args, n_args, line, FALSE, out);
}

RS_STR_METHOD (rsplit)
{
  return do_split (self, args, n_args, line, TRUE, out);
}

static gboolean
is_line_break (gunichar c)
{
  return (c >= 0x0a && c <= 0x0d) || (c >= 0x1c && c <= 0x1e) || c == 0x85 || c == 0x2028 || c == 0x2029;
}

RS_STR_METHOD (splitlines)
{
  gint64 keep = 0;
  glong n;

  if (n_args > 1 && RS_VALUE_TAG (args[1]) != RS_TAG_BIGINT
      && !rs_interp_str_size_arg (self, args[1], line, &keep))
    return FALSE;
  if (n_args > 1 && RS_VALUE_TAG (args[1]) == RS_TAG_BIGINT)
    return rs_interp_raise (self, line, "OverflowError", "Python int too large to convert to C int");
  g_autofree gunichar *c = rs_interp_str_chars (self, args[0], &n);
  g_autoptr(GArray) parts = g_array_new (FALSE, FALSE, sizeof (RsValue));
  Cut cut = { args[0], c, n, parts, FALSE };
  for (glong i = 0, j = 0; i < n; j = i)
    {
      while (i < n && !is_line_break (c[i]))
        i++;
      glong eol = i;
      if (i < n)
        {
          i += c[i] == '\r' && i + 1 < n && c[i + 1] == '\n' ? 2 : 1;
          if (keep)
            eol = i;
        }
      add (self, &cut, j, eol);
    }
  return rs_interp_listify (self, parts, line, out);
}

/* The strs of @items joined by @sep into *@out */
static gboolean
join_items (RsInterp *self,
            RsValue   sep_value,
            GArray   *items,
            guint     line,
            RsValue  *out)
{
  gsize sep_len;
  const char *sep = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (sep_value), &sep_len);
  /* PyUnicode_Join: every item a str and the result's size first, then
   * the result reserved (then interned) */
  guint64 total = items->len > 0 ? (guint64) sep_len * (items->len - 1) : 0;
  for (guint i = 0; i < items->len; i++)
    {
      RsValue v = g_array_index (items, RsValue, i);
      gsize len = 0;
      if (RS_VALUE_TAG (v) != RS_TAG_STR)
        return rs_interp_raise (self, line, "TypeError", "sequence item %u: expected str instance, %s found",
                                i, rs_interp_type_name (self, v));
      rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (v), &len);
      total += len;
    }
  /* _PyUnicode_JoinArray: no item is "", one str is itself */
  if (items->len <= 1)
    {
      *out = items->len == 0 ? rs_interp_make_str (self, "", 0) : g_array_index (items, RsValue, 0);
      return TRUE;
    }
  if (!rs_interp_reserve (self, line, total, 2, 0))
    return FALSE;
  g_autoptr(GString) r = g_string_sized_new (total);

  for (guint i = 0; i < items->len; i++)
    {
      RsValue v = g_array_index (items, RsValue, i);
      gsize len;
      const char *s = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (v), &len);
      if (i > 0)
        g_string_append_len (r, sep, sep_len);
      g_string_append_len (r, s, len);
    }
  *out = rs_interp_new_str (self, r->str, r->len);
  return TRUE;
}

/* join: PySequence_Fast of the iterable (a list or tuple as it is, the
 * items of anything else in a list of CPython's own, released after) */
RS_STR_METHOD (join)
{
  RsObj *o = rs_heap_get_value (self->heap, args[1]);
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (RsValue));

  if ((o != NULL && o->kind == RS_KIND_ITERATOR) ||
      (rs_interp_is_instance (self, args[1]) && rs_interp_has_special (self, args[1], "__iter__")))
    {
      if (!rs_interp_iter_collect (self, args[1], line, items))
        return FALSE;
      gboolean ok = join_items (self, args[0], items, line, out);
      rs_interp_release_top_first (self, (RsValue *) items->data, items->len);
      return ok;
    }
  if (RS_VALUE_TAG (args[1]) != RS_TAG_STR && (o == NULL || (o->kind != RS_KIND_LIST && o->kind != RS_KIND_TUPLE
                                                             && o->kind != RS_KIND_DICT
                                                             && o->kind != RS_KIND_RANGE)))
    return rs_interp_raise (self, line, "TypeError", "can only join an iterable");
  if (!rs_interp_iter_items (self, args[1], line, items))
    return FALSE;
  return join_items (self, args[0], items, line, out);
}

static gboolean
do_partition (RsInterp *self,
              RsValue  *args,
              guint     line,
              gboolean  last,
              RsValue  *out)
{
  glong n, m, at = -1;

  if (RS_VALUE_TAG (args[1]) != RS_TAG_STR)
    return rs_interp_raise (self, line, "TypeError", "must be str, not %s", rs_interp_type_name (self, args[1]));
  g_autofree gunichar *c = rs_interp_str_chars (self, args[0], &n);
  g_autofree gunichar *sep = rs_interp_str_chars (self, args[1], &m);
  if (m == 0)
    return rs_interp_raise (self, line, "ValueError", "empty separator");
  for (glong i = last ? n - m : 0; at < 0 && i >= 0 && i + m <= n; i += last ? -1 : 1)
    if (rs_interp_str_match_at (c, i, sep, m))
      at = i;
  RsValue empty = rs_interp_make_str (self, "", 0), parts[3];
  if (at < 0)
    {
      parts[0] = last ? empty : args[0];
      parts[1] = empty;
      parts[2] = last ? args[0] : empty;
    }
  else
    {
      parts[0] = rs_interp_str_sub_chars (self, args[0], c, n, 0, at);
      parts[1] = args[1];
      parts[2] = rs_interp_str_sub_chars (self, args[0], c, n, at + m, n);
    }
  *out = rs_interp_tuple_of (self, parts, 3);
  return TRUE;
}

RS_STR_METHOD (partition)
{
  return do_partition (self, args, line, FALSE, out);
}

RS_STR_METHOD (rpartition)
{
  return do_partition (self, args, line, TRUE, out);
}
