/* rs-interp-timsort.c: CPython 3.11's timsort, comparison for comparison
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * listsort of Objects/listobject.c over the keys (and the items along
 * with them): count_run and binary insertion below 64 items; above, runs
 * extended to minrun, merged in powersort's order, each merge galloping
 * once one side wins MIN_GALLOP times in a row.  A comparison that raises
 * stops the sort where CPython's stops, the arrays left as CPython leaves
 * the list.
 */
#include "rs-interp-private.h"

#include <string.h>



static gboolean
sort_lt (RsSort   *s,
         RsValue   a,
         RsValue   b,
         gboolean *lt)
{
  return rs_interp_compare_truth (s->interp, RS_CMP_LT, a, b, s->line, lt);
}

/* Reverses [lo, hi) of @v */
void
rs_interp_reverse_values (RsValue *v,
                guint    lo,
                guint    hi)
{
  for (; hi > lo + 1; lo++, hi--)
    {
      RsValue t = v[lo];
      v[lo] = v[hi - 1];
      v[hi - 1] = t;
    }
}

void
rs_interp_sort_reverse (RsSort *s,
              guint   lo,
              guint   hi)
{
  rs_interp_reverse_values (s->keys, lo, hi);
  rs_interp_reverse_values (s->values, lo, hi);
}

/* The length of the run at @lo: ascending, or strictly descending */
static gboolean
count_run (RsSort   *s,
           guint     lo,
           guint     hi,
           guint    *n,
           gboolean *descending)
{
  gboolean lt;

  *descending = FALSE;
  *n = 1;
  if (lo + 1 == hi)
    return TRUE;
  *n = 2;
  if (!sort_lt (s, s->keys[lo + 1], s->keys[lo], &lt))
    return FALSE;
  *descending = lt;
  for (guint i = lo + 2; i < hi; i++, (*n)++)
    {
      if (!sort_lt (s, s->keys[i], s->keys[i - 1], &lt))
        return FALSE;
      if (lt != *descending)
        break;
    }
  return TRUE;
}

/* [lo, start) is sorted: inserts the rest, each at the place a binary
 * search finds (after its equals: the sort is stable) */
static gboolean
binary_sort (RsSort *s,
             guint   lo,
             guint   hi,
             guint   start)
{
  if (lo == start)
    start++;
  for (; start < hi; start++)
    {
      guint l = lo, r = start;
      RsValue key = s->keys[start], value = s->values[start];
      do
        {
          guint p = l + ((r - l) >> 1);
          gboolean lt;
          if (!sort_lt (s, key, s->keys[p], &lt))
            return FALSE;
          if (lt)
            r = p;
          else
            l = p + 1;
        }
      while (l < r);
      memmove (&s->keys[l + 1], &s->keys[l], (start - l) * sizeof (RsValue));
      memmove (&s->values[l + 1], &s->values[l], (start - l) * sizeof (RsValue));
      s->keys[l] = key;
      s->values[l] = value;
    }
  return TRUE;
}

/* The merges of CPython 3.11's timsort (listobject.c): runs found left to
 * right and extended to minrun by binary insertion, merged in powersort's
 * order, each merge with galloping; the same comparisons in the same
 * order, so that a script's __lt__ sees what CPython's sees. */

#define MIN_GALLOP 7

typedef struct {
  RsValue *keys;
  RsValue *values;
} Slice;

typedef struct {
  guint base;
  guint len;
  gint  power;
} Run;

typedef struct {
  RsSort  *s;
  gssize   min_gallop;
  Slice    a;          /* the merge's temporary room */
  guint    room;
  Run     *pending;
  guint    n;
  guint    listlen;
} Merge;

/* ISLT: 1, 0, or -1 when the comparison raised */
static gint
islt (RsSort  *s,
      RsValue  a,
      RsValue  b)
{
  gboolean lt;

  if (!sort_lt (s, a, b, &lt))
    return -1;
  return lt ? 1 : 0;
}

static void
slice_advance (Slice  *x,
               gssize  n)
{
  x->keys += n;
  x->values += n;
}

static void
slice_move (Slice   *dst,
            gssize   i,
            Slice   *src,
            gssize   j,
            gssize   n)
{
  memmove (&dst->keys[i], &src->keys[j], n * sizeof (RsValue));
  memmove (&dst->values[i], &src->values[j], n * sizeof (RsValue));
}

static void
slice_copy_incr (Slice *dst,
                 Slice *src)
{
  *dst->keys++ = *src->keys++;
  *dst->values++ = *src->values++;
}

static void
slice_copy_decr (Slice *dst,
                 Slice *src)
{
  *dst->keys-- = *src->keys--;
  *dst->values-- = *src->values--;
}

static void
merge_room (Merge *m,
            guint  need)
{
  if (need <= m->room)
    return;
  m->a.keys = g_renew (RsValue, m->a.keys, need);
  m->a.values = g_renew (RsValue, m->a.values, need);
  m->room = need;
}

/* Where @key goes in the sorted a[0:n], before its equals */
static gssize
gallop_left (Merge   *m,
             RsValue  key,
             RsValue *a,
             gssize   n,
             gssize   hint)
{
  gssize ofs = 1, lastofs = 0, k;
  gint r;

  a += hint;
  if ((r = islt (m->s, *a, key)) < 0)
    return -1;
  if (r)
    {
      const gssize maxofs = n - hint;
      while (ofs < maxofs)
        {
          if ((r = islt (m->s, a[ofs], key)) < 0)
            return -1;
          if (!r)
            break;
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        }
      if (ofs > maxofs)
        ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
  else
    {
      const gssize maxofs = hint + 1;
      while (ofs < maxofs)
        {
          if ((r = islt (m->s, *(a - ofs), key)) < 0)
            return -1;
          if (r)
            break;
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        }
      if (ofs > maxofs)
        ofs = maxofs;
      k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
  a -= hint;
  ++lastofs;
  while (lastofs < ofs)
    {
      gssize mid = lastofs + ((ofs - lastofs) >> 1);
      if ((r = islt (m->s, a[mid], key)) < 0)
        return -1;
      if (r)
        lastofs = mid + 1;
      else
        ofs = mid;
    }
  return ofs;
}

/* Where @key goes in the sorted a[0:n], after its equals */
static gssize
gallop_right (Merge   *m,
              RsValue  key,
              RsValue *a,
              gssize   n,
              gssize   hint)
{
  gssize ofs = 1, lastofs = 0, k;
  gint r;

  a += hint;
  if ((r = islt (m->s, key, *a)) < 0)
    return -1;
  if (r)
    {
      const gssize maxofs = hint + 1;
      while (ofs < maxofs)
        {
          if ((r = islt (m->s, key, *(a - ofs))) < 0)
            return -1;
          if (!r)
            break;
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        }
      if (ofs > maxofs)
        ofs = maxofs;
      k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
  else
    {
      const gssize maxofs = n - hint;
      while (ofs < maxofs)
        {
          if ((r = islt (m->s, key, a[ofs])) < 0)
            return -1;
          if (r)
            break;
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        }
      if (ofs > maxofs)
        ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
  a -= hint;
  ++lastofs;
  while (lastofs < ofs)
    {
      gssize mid = lastofs + ((ofs - lastofs) >> 1);
      if ((r = islt (m->s, key, a[mid])) < 0)
        return -1;
      if (r)
        ofs = mid;
      else
        lastofs = mid + 1;
    }
  return ofs;
}

/* Merges the na items at ssa with the nb after them, na <= nb */
static gboolean
merge_lo (Merge  *m,
          Slice   ssa,
          gssize  na,
          Slice   ssb,
          gssize  nb)
{
  Slice dest;
  gssize k, min_gallop;
  gboolean ok = FALSE;

  merge_room (m, na);
  slice_move (&m->a, 0, &ssa, 0, na);
  dest = ssa;
  ssa = m->a;

  slice_copy_incr (&dest, &ssb);
  --nb;
  if (nb == 0)
    goto succeed;
  if (na == 1)
    goto copy_b;

  min_gallop = m->min_gallop;
  for (;;)
    {
      gssize acount = 0, bcount = 0;

      for (;;)
        {
          k = islt (m->s, ssb.keys[0], ssa.keys[0]);
          if (k < 0)
            goto fail;
          if (k)
            {
              slice_copy_incr (&dest, &ssb);
              ++bcount;
              acount = 0;
              --nb;
              if (nb == 0)
                goto succeed;
              if (bcount >= min_gallop)
                break;
            }
          else
            {
              slice_copy_incr (&dest, &ssa);
              ++acount;
              bcount = 0;
              --na;
              if (na == 1)
                goto copy_b;
              if (acount >= min_gallop)
                break;
            }
        }

      ++min_gallop;
      do
        {
          min_gallop -= min_gallop > 1;
          m->min_gallop = min_gallop;
          k = gallop_right (m, ssb.keys[0], ssa.keys, na, 0);
          acount = k;
          if (k)
            {
              if (k < 0)
                goto fail;
              slice_move (&dest, 0, &ssa, 0, k);
              slice_advance (&dest, k);
              slice_advance (&ssa, k);
              na -= k;
              if (na == 1)
                goto copy_b;
              if (na == 0)
                goto succeed;
            }
          slice_copy_incr (&dest, &ssb);
          --nb;
          if (nb == 0)
            goto succeed;

          k = gallop_left (m, ssa.keys[0], ssb.keys, nb, 0);
          bcount = k;
          if (k)
            {
              if (k < 0)
                goto fail;
              slice_move (&dest, 0, &ssb, 0, k);
              slice_advance (&dest, k);
              slice_advance (&ssb, k);
              nb -= k;
              if (nb == 0)
                goto succeed;
            }
          slice_copy_incr (&dest, &ssa);
          --na;
          if (na == 1)
            goto copy_b;
        }
      while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      ++min_gallop;
      m->min_gallop = min_gallop;
    }
succeed:
  ok = TRUE;
fail:
  if (na)
    slice_move (&dest, 0, &ssa, 0, na);
  return ok;
copy_b:
  /* the last item of a goes after all of b */
  slice_move (&dest, 0, &ssb, 0, nb);
  dest.keys[nb] = ssa.keys[0];
  dest.values[nb] = ssa.values[0];
  return TRUE;
}

/* Merges the na items at ssa with the nb after them, na > nb */
static gboolean
merge_hi (Merge  *m,
          Slice   ssa,
          gssize  na,
          Slice   ssb,
          gssize  nb)
{
  Slice dest, basea, baseb;
  gssize k, min_gallop;
  gboolean ok = FALSE;

  merge_room (m, nb);
  dest = ssb;
  slice_advance (&dest, nb - 1);
  slice_move (&m->a, 0, &ssb, 0, nb);
  basea = ssa;
  baseb = m->a;
  ssb.keys = m->a.keys + nb - 1;
  ssb.values = m->a.values + nb - 1;
  slice_advance (&ssa, na - 1);

  slice_copy_decr (&dest, &ssa);
  --na;
  if (na == 0)
    goto succeed;
  if (nb == 1)
    goto copy_a;

  min_gallop = m->min_gallop;
  for (;;)
    {
      gssize acount = 0, bcount = 0;

      for (;;)
        {
          k = islt (m->s, ssb.keys[0], ssa.keys[0]);
          if (k < 0)
            goto fail;
          if (k)
            {
              slice_copy_decr (&dest, &ssa);
              ++acount;
              bcount = 0;
              --na;
              if (na == 0)
                goto succeed;
              if (acount >= min_gallop)
                break;
            }
          else
            {
              slice_copy_decr (&dest, &ssb);
              ++bcount;
              acount = 0;
              --nb;
              if (nb == 1)
                goto copy_a;
              if (bcount >= min_gallop)
                break;
            }
        }

      ++min_gallop;
      do
        {
          min_gallop -= min_gallop > 1;
          m->min_gallop = min_gallop;
          k = gallop_right (m, ssb.keys[0], basea.keys, na, na - 1);
          if (k < 0)
            goto fail;
          k = na - k;
          acount = k;
          if (k)
            {
              slice_advance (&dest, -k);
              slice_advance (&ssa, -k);
              slice_move (&dest, 1, &ssa, 1, k);
              na -= k;
              if (na == 0)
                goto succeed;
            }
          slice_copy_decr (&dest, &ssb);
          --nb;
          if (nb == 1)
            goto copy_a;

          k = gallop_left (m, ssa.keys[0], baseb.keys, nb, nb - 1);
          if (k < 0)
            goto fail;
          k = nb - k;
          bcount = k;
          if (k)
            {
              slice_advance (&dest, -k);
              slice_advance (&ssb, -k);
              slice_move (&dest, 1, &ssb, 1, k);
              nb -= k;
              if (nb == 1)
                goto copy_a;
              if (nb == 0)
                goto succeed;
            }
          slice_copy_decr (&dest, &ssa);
          --na;
          if (na == 0)
            goto succeed;
        }
      while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      ++min_gallop;
      m->min_gallop = min_gallop;
    }
succeed:
  ok = TRUE;
fail:
  if (nb)
    slice_move (&dest, -(nb - 1), &baseb, 0, nb);
  return ok;
copy_a:
  /* the first item of b goes before all of a */
  slice_move (&dest, 1 - na, &ssa, 1 - na, na);
  slice_advance (&dest, -na);
  slice_advance (&ssa, -na);
  dest.keys[0] = ssb.keys[0];
  dest.values[0] = ssb.values[0];
  return TRUE;
}

/* Merges the runs at stack indices i and i + 1 */
static gboolean
merge_at (Merge *m,
          guint  i)
{
  RsSort *s = m->s;
  Slice ssa = { s->keys + m->pending[i].base, s->values + m->pending[i].base };
  Slice ssb = { s->keys + m->pending[i + 1].base, s->values + m->pending[i + 1].base };
  gssize na = m->pending[i].len, nb = m->pending[i + 1].len, k;

  m->pending[i].len = na + nb;
  if (i + 3 == m->n)
    m->pending[i + 1] = m->pending[i + 2];
  --m->n;

  k = gallop_right (m, *ssb.keys, ssa.keys, na, 0);
  if (k < 0)
    return FALSE;
  slice_advance (&ssa, k);
  na -= k;
  if (na == 0)
    return TRUE;
  nb = gallop_left (m, ssa.keys[na - 1], ssb.keys, nb, nb - 1);
  if (nb <= 0)
    return nb == 0;
  return na <= nb ? merge_lo (m, ssa, na, ssb, nb) : merge_hi (m, ssa, na, ssb, nb);
}

/* powersort's node power of the run boundary between runs 1 and 2 */
static gint
powerloop (gssize s1,
           gssize n1,
           gssize n2,
           gssize n)
{
  gint result = 0;
  gssize a = 2 * s1 + n1, b = a + n1 + n2;

  for (;;)
    {
      ++result;
      if (a >= n)
        {
          a -= n;
          b -= n;
        }
      else if (b >= n)
        break;
      a <<= 1;
      b <<= 1;
    }
  return result;
}

static gboolean
found_new_run (Merge *m,
               guint  n2)
{
  if (m->n == 0)
    return TRUE;
  Run *p = m->pending;
  gint power = powerloop (p[m->n - 1].base, p[m->n - 1].len, n2, m->listlen);
  while (m->n > 1 && p[m->n - 2].power > power)
    if (!merge_at (m, m->n - 2))
      return FALSE;
  p[m->n - 1].power = power;
  return TRUE;
}

static gboolean
merge_force_collapse (Merge *m)
{
  Run *p = m->pending;

  while (m->n > 1)
    {
      guint n = m->n - 2;
      if (n > 0 && p[n - 1].len < p[n + 1].len)
        --n;
      if (!merge_at (m, n))
        return FALSE;
    }
  return TRUE;
}

static guint
merge_compute_minrun (guint n)
{
  guint r = 0;

  while (n >= 64)
    {
      r |= n & 1;
      n >>= 1;
    }
  return n + r;
}

/* listsort's main loop */
static gboolean
timsort_runs (RsSort *s,
              guint   n)
{
  Merge m = { s, MIN_GALLOP, { NULL, NULL }, 0, g_new (Run, 85), 0, n };
  guint lo = 0, nremaining = n, minrun = merge_compute_minrun (n);
  gboolean ok = TRUE;

  do
    {
      guint run;
      gboolean descending;
      if (!(ok = count_run (s, lo, n, &run, &descending)))
        break;
      if (descending)
        rs_interp_sort_reverse (s, lo, lo + run);
      if (run < minrun)
        {
          guint force = nremaining <= minrun ? nremaining : minrun;
          if (!(ok = binary_sort (s, lo, lo + force, lo + run)))
            break;
          run = force;
        }
      if (!(ok = found_new_run (&m, run)))
        break;
      m.pending[m.n].base = lo;
      m.pending[m.n].len = run;
      m.pending[m.n].power = 0;
      m.n++;
      lo += run;
      nremaining -= run;
    }
  while (nremaining > 0);
  ok = ok && merge_force_collapse (&m);
  g_free (m.a.keys);
  g_free (m.a.values);
  g_free (m.pending);
  return ok;
}

gboolean
rs_interp_timsort (RsSort *s,
                   guint   n)
{
  guint run;
  gboolean descending;

  if (n < 2)
    return TRUE;
  if (n >= RS_SORT_ONE_RUN)
    return timsort_runs (s, n);
  if (!count_run (s, 0, n, &run, &descending))
    return FALSE;
  if (descending)
    rs_interp_sort_reverse (s, 0, run);
  return run == n || binary_sort (s, 0, n, run);
}
