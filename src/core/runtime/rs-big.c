/* rs-big.c: arbitrary precision integers in base 10^9
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Schoolbook arithmetic on limbs of nine decimal digits: Python shows
 * ints in decimal, and in base 10^9 the text is a straight conversion.
 */
#include "rs-big.h"

#include <string.h>

#define BASE 1000000000u

static void
big_trim (RsBig *b)
{
  while (b->d->len > 0 && g_array_index (b->d, guint32, b->d->len - 1) == 0)
    g_array_set_size (b->d, b->d->len - 1);
  if (b->d->len == 0)
    b->neg = FALSE;
}

static RsBig
big_new (void)
{
  return (RsBig) { FALSE, g_array_new (FALSE, TRUE, sizeof (guint32)) };
}

/* rs_big_clear() inside this file: GCC does not inline an exported
 * function in a -fPIC build (meson's default for static libraries), and
 * a division frees an array for every digit it tries.  Nothing here is
 * cleared twice. */
static void
big_free (RsBig *b)
{
  g_array_unref (b->d);
}

void
rs_big_clear (RsBig *b)
{
  g_clear_pointer (&b->d, g_array_unref);
}

RsBig
rs_big_from_i128 (__int128 v)
{
  RsBig b = big_new ();
  unsigned __int128 m;

  b.neg = v < 0;
  m = v < 0 ? -(unsigned __int128) v : (unsigned __int128) v;
  while (m > 0)
    {
      guint32 limb = m % BASE;
      g_array_append_val (b.d, limb);
      m /= BASE;
    }
  return b;
}

RsBig
rs_big_from_text (const char *s)
{
  RsBig b = big_new ();
  gboolean neg = *s == '-';
  gsize len;

  if (neg)
    s++;
  len = strlen (s);
  for (gssize end = len; end > 0; end -= 9)
    {
      gssize start = MAX (0, end - 9);
      guint32 limb = 0;
      for (gssize i = start; i < end; i++)
        limb = limb * 10 + (s[i] - '0');
      g_array_append_val (b.d, limb);
    }
  b.neg = neg;
  big_trim (&b);
  return b;
}

char *
rs_big_to_text (const RsBig *b)
{
  GString *s = g_string_new (b->neg ? "-" : "");

  if (b->d->len == 0)
    g_string_append_c (s, '0');
  for (guint i = b->d->len; i > 0; i--)
    g_string_append_printf (s, i == b->d->len ? "%u" : "%09u", g_array_index (b->d, guint32, i - 1));
  return g_string_free (s, FALSE);
}

gboolean
rs_big_to_int64 (const RsBig *b,
                 gint64      *out)
{
  gint64 v = 0;

  if (b->d->len > 2)
    return FALSE;
  for (guint i = b->d->len; i > 0; i--)
    v = v * BASE + g_array_index (b->d, guint32, i - 1);
  *out = b->neg ? -v : v;
  return TRUE;
}

static gint
mag_cmp (const RsBig *a,
         const RsBig *b)
{
  if (a->d->len != b->d->len)
    return a->d->len < b->d->len ? -1 : 1;
  for (guint i = a->d->len; i > 0; i--)
    {
      guint32 x = g_array_index (a->d, guint32, i - 1), y = g_array_index (b->d, guint32, i - 1);
      if (x != y)
        return x < y ? -1 : 1;
    }
  return 0;
}

/* Python's comparison of ints */
gint
rs_big_cmp (const RsBig *a,
            const RsBig *b)
{
  if (a->neg != b->neg)
    return a->neg ? -1 : 1;
  return a->neg ? -mag_cmp (a, b) : mag_cmp (a, b);
}

static RsBig
mag_add (const RsBig *a,
         const RsBig *b)
{
  RsBig r = big_new ();
  guint64 carry = 0;

  for (guint i = 0; i < MAX (a->d->len, b->d->len) || carry; i++)
    {
      guint64 s = carry;
      if (i < a->d->len)
        s += g_array_index (a->d, guint32, i);
      if (i < b->d->len)
        s += g_array_index (b->d, guint32, i);
      guint32 limb = s % BASE;
      g_array_append_val (r.d, limb);
      carry = s / BASE;
    }
  return r;
}

/* |a| - |b| with |a| >= |b| */
static RsBig
mag_sub (const RsBig *a,
         const RsBig *b)
{
  RsBig r = big_new ();
  gint64 borrow = 0;

  for (guint i = 0; i < a->d->len; i++)
    {
      gint64 s = (gint64) g_array_index (a->d, guint32, i) - borrow -
                 (i < b->d->len ? g_array_index (b->d, guint32, i) : 0);
      borrow = s < 0;
      if (s < 0)
        s += BASE;
      guint32 limb = s;
      g_array_append_val (r.d, limb);
    }
  big_trim (&r);
  return r;
}

static RsBig
add_signed (const RsBig *a,
            const RsBig *b,
            gboolean     negate_b)
{
  gboolean bneg = negate_b ? !b->neg : b->neg;
  RsBig r;

  if (a->neg == bneg)
    {
      r = mag_add (a, b);
      r.neg = a->neg;
    }
  else if (mag_cmp (a, b) >= 0)
    {
      r = mag_sub (a, b);
      r.neg = a->neg;
    }
  else
    {
      r = mag_sub (b, a);
      r.neg = bneg;
    }
  big_trim (&r);
  return r;
}

RsBig
rs_big_add (const RsBig *a,
            const RsBig *b)
{
  return add_signed (a, b, FALSE);
}

RsBig
rs_big_sub (const RsBig *a,
            const RsBig *b)
{
  return add_signed (a, b, TRUE);
}

RsBig
rs_big_mul (const RsBig *a,
            const RsBig *b)
{
  RsBig r = big_new ();
  g_array_set_size (r.d, a->d->len + b->d->len + 1);
  for (guint i = 0; i < a->d->len; i++)
    {
      guint64 carry = 0;
      for (guint j = 0; j < b->d->len || carry; j++)
        {
          guint64 cur = g_array_index (r.d, guint32, i + j) + carry +
            (j < b->d->len ? (guint64) g_array_index (a->d, guint32, i) * g_array_index (b->d, guint32, j) : 0);
          g_array_index (r.d, guint32, i + j) = cur % BASE;
          carry = cur / BASE;
        }
    }
  r.neg = a->neg != b->neg;
  big_trim (&r);
  return r;
}

static RsBig
mag_mul_small (const RsBig *a,
               guint32      m)
{
  RsBig s = rs_big_from_i128 (m);
  RsBig r = rs_big_mul (a, &s);
  big_free (&s);
  r.neg = FALSE;
  return r;
}

/* Truncating division of magnitudes: schoolbook, one base-10^9 digit at a
 * time, each found by binary search. */
static void
mag_divmod (const RsBig *a,
            const RsBig *b,
            RsBig       *q,
            RsBig       *r)
{
  RsBig bm = { FALSE, b->d };
  *q = big_new ();
  *r = big_new ();
  g_array_set_size (q->d, a->d->len);
  for (guint i = a->d->len; i > 0; i--)
    {
      guint32 limb = g_array_index (a->d, guint32, i - 1);
      g_array_prepend_val (r->d, limb);
      big_trim (r);
      guint32 lo = 0, hi = BASE - 1;
      while (lo < hi)
        {
          guint32 mid = lo + (hi - lo + 1) / 2;
          RsBig t = mag_mul_small (&bm, mid);
          if (mag_cmp (&t, r) <= 0)
            lo = mid;
          else
            hi = mid - 1;
          big_free (&t);
        }
      g_array_index (q->d, guint32, i - 1) = lo;
      if (lo > 0)
        {
          RsBig t = mag_mul_small (&bm, lo);
          RsBig n = mag_sub (r, &t);
          big_free (&t);
          big_free (r);
          *r = n;
        }
    }
  big_trim (q);
  big_trim (r);
}

void
rs_big_divmod (const RsBig *a,
               const RsBig *b,
               RsBig       *q,
               RsBig       *r)
{
  if (b->d->len == 0)
    {
      g_critical ("%s: division by zero", G_STRFUNC);
      *q = big_new ();
      *r = big_new ();
      return;
    }
  mag_divmod (a, b, q, r);
  q->neg = a->neg != b->neg;
  r->neg = a->neg;
  big_trim (q);
  big_trim (r);
  if (r->d->len > 0 && a->neg != b->neg)
    {
      /* floor: q - 1, r + b */
      RsBig one = rs_big_from_i128 (1);
      RsBig q1 = add_signed (q, &one, TRUE);
      RsBig r1 = add_signed (r, b, FALSE);
      big_free (&one);
      big_free (q);
      big_free (r);
      *q = q1;
      *r = r1;
    }
}
