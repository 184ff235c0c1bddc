/* rs-interp-str-find.c: str methods that search: find rfind index rindex count startswith endswith
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * start and end are taken as slice bounds (None, negative, huge) and
 * adjusted as unicodeobject.c's ADJUST_INDICES does.
 */
#include "rs-interp-str.h"

/* The start and end arguments (args[2], args[3]) as ADJUST_INDICES
 * leaves them over @n code points */
static gboolean
search_range (RsInterp *self,
              RsValue  *args,
              guint     n_args,
              glong     n,
              guint     line,
              glong    *start,
              glong    *end)
{
  gint64 b[2] = { 0, G_MAXINT64 };

  for (guint i = 0; i < 2; i++)
    if (n_args > i + 2 && !rs_interp_slice_index (self, args[i + 2], b[i], line, &b[i]))
      return FALSE;
  if (b[1] > n)
    b[1] = n;
  else if (b[1] < 0 && (b[1] += n) < 0)
    b[1] = 0;
  if (b[0] < 0 && (b[0] += n) < 0)
    b[0] = 0;
  *start = MIN (b[0], G_MAXLONG);
  *end = b[1];
  return TRUE;
}

/* The index of @sub in @c[start:end] (the last one when @last), or -1;
 * with @count, the number of non-overlapping matches */
static glong
search (const gunichar *c,
        glong           start,
        glong           end,
        const gunichar *sub,
        glong           m,
        gboolean        last,
        gboolean        count)
{
  glong k = 0;

  if (end - start < m)
    return count ? 0 : -1;
  if (count && m == 0)
    return end - start + 1;
  if (last)
    {
      for (glong i = end - m; i >= start; i--)
        if (rs_interp_str_match_at (c, i, sub, m))
          return i;
      return -1;
    }
  for (glong i = start; i + m <= end; i++)
    if (rs_interp_str_match_at (c, i, sub, m))
      {
        if (!count)
          return i;
        k++;
        i += m - 1;
      }
  return count ? k : -1;
}

static gboolean
do_find (RsInterp *self,
         RsValue  *args,
         guint     n_args,
         guint     line,
         gboolean  last,
         gboolean  raise,
         gboolean  count,
         RsValue  *out)
{
  glong n, m, start, end;

  if (RS_VALUE_TAG (args[1]) != RS_TAG_STR)
    return rs_interp_raise (self, line, "TypeError", "must be str, not %s",
                            rs_interp_type_name (self, args[1]));
  g_autofree gunichar *c = rs_interp_str_chars (self, args[0], &n);
  g_autofree gunichar *sub = rs_interp_str_chars (self, args[1], &m);
  if (!search_range (self, args, n_args, n, line, &start, &end))
    return FALSE;
  glong at = search (c, start, end, sub, m, last, count);
  if (at < 0 && raise)
    return rs_interp_raise (self, line, "ValueError", "substring not found");
  *out = rs_interp_make_int (self, at);
  return TRUE;
}

RS_STR_METHOD (find)
{
  return do_find (self, args, n_args, line, FALSE, FALSE, FALSE, out);
}

RS_STR_METHOD (rfind)
{
  return do_find (self, args, n_args, line, TRUE, FALSE, FALSE, out);
}

RS_STR_METHOD (index)
{
  return do_find (self, args, n_args, line, FALSE, TRUE, FALSE, out);
}

RS_STR_METHOD (rindex)
{
  return do_find (self, args, n_args, line, TRUE, TRUE, FALSE, out);
}

RS_STR_METHOD (count)
{
  return do_find (self, args, n_args, line, FALSE, FALSE, TRUE, out);
}

/* tailmatch of unicodeobject.c */
static gboolean
tail_match (RsInterp       *self,
            const gunichar *c,
            glong           start,
            glong           end,
            RsValue         sub,
            gboolean        at_end)
{
  glong m;
  g_autofree gunichar *p = rs_interp_str_chars (self, sub, &m);

  end -= m;
  if (end < start)
    return FALSE;
  return rs_interp_str_match_at (c, at_end ? end : start, p, m);
}

static gboolean
do_startswith (RsInterp   *self,
               RsValue    *args,
               guint       n_args,
               guint       line,
               const char *name,
               gboolean    at_end,
               RsValue    *out)
{
  glong n, start, end;
  RsObj *o = rs_heap_get_value (self->heap, args[1]);
  gboolean tuple = o != NULL && o->kind == RS_KIND_TUPLE;

  if (!tuple && RS_VALUE_TAG (args[1]) != RS_TAG_STR)
    return rs_interp_raise (self, line, "TypeError", "%s first arg must be str or a tuple of str, not %s",
                            name, rs_interp_type_name (self, args[1]));
  g_autofree gunichar *c = rs_interp_str_chars (self, args[0], &n);
  if (!search_range (self, args, n_args, n, line, &start, &end))
    return FALSE;
  const RsList *l = tuple ? rs_heap_tuple_items (self->heap, o->id) : NULL;
  guint k = tuple ? l->len : 1;
  *out = RS_VALUE_FALSE;
  for (guint i = 0; i < k; i++)
    {
      RsValue sub = tuple ? l->items[i] : args[1];
      if (RS_VALUE_TAG (sub) != RS_TAG_STR)
        return rs_interp_raise (self, line, "TypeError", "tuple for %s must only contain str, not %s",
                                name, rs_interp_type_name (self, sub));
      if (tail_match (self, c, start, end, sub, at_end))
        {
          *out = RS_VALUE_TRUE;
          break;
        }
    }
  return TRUE;
}

RS_STR_METHOD (startswith)
{
  return do_startswith (self, args, n_args, line, "startswith", FALSE, out);
}

RS_STR_METHOD (endswith)
{
  return do_startswith (self, args, n_args, line, "endswith", TRUE, out);
}
