/* rs-big.c: arithmetic of arbitrary precision integers
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Magnitudes are arrays of base 2^32 limbs.  + and - are linear, * is
 * schoolbook below KARATSUBA_CUTOFF limbs and Karatsuba above (as
 * CPython's k_mul), division is Knuth's algorithm D (as CPython's x_divrem).
 */
#include "rs-big-private.h"

#include <string.h>

/* CPython's KARATSUBA_CUTOFF is 70 digits of 30 bits */
#define KARATSUBA_CUTOFF 64

RsBig
rs_big_sized (guint n)
{
  RsBig b = { FALSE, g_array_sized_new (FALSE, TRUE, sizeof (guint32), n) };

  g_array_set_size (b.d, n);
  return b;
}

void
rs_big_trim (RsBig *b)
{
  guint n = b->d->len;

  while (n > 0 && RS_BIG_LIMBS (b)[n - 1] == 0)
    n--;
  g_array_set_size (b->d, n);
  if (n == 0)
    b->neg = FALSE;
}

void
rs_big_clear (RsBig *b)
{
  g_clear_pointer (&b->d, g_array_unref);
}

RsBig
rs_big_from_i128 (__int128 v)
{
  RsBig b = rs_big_sized (4);
  unsigned __int128 m = v < 0 ? -(unsigned __int128) v : (unsigned __int128) v;

  for (guint i = 0; i < 4; i++, m >>= 32)
    RS_BIG_LIMBS (&b)[i] = (guint32) m;
  b.neg = v < 0;
  rs_big_trim (&b);
  return b;
}

RsBig
rs_big_copy (const RsBig *b)
{
  RsBig r = rs_big_sized (b->d->len);

  rs_big_copy_limbs (RS_BIG_LIMBS (&r), b);
  r.neg = b->neg;
  return r;
}

gboolean
rs_big_to_int64 (const RsBig *b,
                 gint64      *out)
{
  guint64 m;

  if (b->d->len > 2)
    return FALSE;
  m = b->d->len == 0 ? 0 : RS_BIG_LIMBS (b)[0];
  if (b->d->len == 2)
    m |= (guint64) RS_BIG_LIMBS (b)[1] << 32;
  if (m > (guint64) G_MAXINT64 + b->neg)
    return FALSE;
  *out = b->neg ? (gint64) -m : (gint64) m;
  return TRUE;
}

/* Magnitudes */

static gint
mag_cmp (const guint32 *a,
         guint          na,
         const guint32 *b,
         guint          nb)
{
  if (na != nb)
    return na < nb ? -1 : 1;
  for (guint i = na; i > 0; i--)
    if (a[i - 1] != b[i - 1])
      return a[i - 1] < b[i - 1] ? -1 : 1;
  return 0;
}

/* r[0..nr) += a[0..na), na <= nr; returns the carry out of r */
static guint32
add_into (guint32       *r,
          guint          nr,
          const guint32 *a,
          guint          na)
{
  guint64 carry = 0;
  guint i;

  for (i = 0; i < na; i++)
    {
      carry += (guint64) r[i] + a[i];
      r[i] = (guint32) carry;
      carry >>= 32;
    }
  for (; carry != 0 && i < nr; i++)
    {
      carry += r[i];
      r[i] = (guint32) carry;
      carry >>= 32;
    }
  return (guint32) carry;
}

/* r[0..nr) -= a[0..na), na <= nr; returns the borrow out of r */
static guint32
sub_into (guint32       *r,
          guint          nr,
          const guint32 *a,
          guint          na)
{
  guint32 borrow = 0;
  guint i;

  for (i = 0; i < na; i++)
    {
      guint64 t = (guint64) r[i] - a[i] - borrow;
      r[i] = (guint32) t;
      borrow = (t >> 32) != 0;
    }
  for (; borrow != 0 && i < nr; i++)
    {
      borrow = r[i] == 0;
      r[i]--;
    }
  return borrow;
}

static RsBig
mag_add (const RsBig *a,
         const RsBig *b)
{
  if (a->d->len < b->d->len)
    return mag_add (b, a);

  RsBig r = rs_big_sized (a->d->len + 1);
  rs_big_copy_limbs (RS_BIG_LIMBS (&r), a);
  add_into (RS_BIG_LIMBS (&r), r.d->len, RS_BIG_LIMBS (b), b->d->len);
  rs_big_trim (&r);
  return r;
}

/* |a| - |b| with |a| >= |b| */
static RsBig
mag_sub (const RsBig *a,
         const RsBig *b)
{
  RsBig r = rs_big_copy (a);

  sub_into (RS_BIG_LIMBS (&r), r.d->len, RS_BIG_LIMBS (b), b->d->len);
  r.neg = FALSE;
  rs_big_trim (&r);
  return r;
}

RsBig
rs_big_mag_step (const RsBig *b,
                 gint         step)
{
  guint32 one = 1;
  RsBig r = rs_big_sized (b->d->len + 1);

  /* b may be 0 (a shift that lost every bit) */
  rs_big_copy_limbs (RS_BIG_LIMBS (&r), b);
  if (step > 0)
    add_into (RS_BIG_LIMBS (&r), r.d->len, &one, 1);
  else
    sub_into (RS_BIG_LIMBS (&r), r.d->len, &one, 1);
  rs_big_trim (&r);
  return r;
}

/* Python's comparison of ints */
gint
rs_big_cmp (const RsBig *a,
            const RsBig *b)
{
  gint c;

  if (a->neg != b->neg)
    return a->neg ? -1 : 1;
  c = mag_cmp (RS_BIG_LIMBS (a), a->d->len, RS_BIG_LIMBS (b), b->d->len);
  return a->neg ? -c : c;
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
  else if (mag_cmp (RS_BIG_LIMBS (a), a->d->len, RS_BIG_LIMBS (b), b->d->len) >= 0)
    {
      r = mag_sub (a, b);
      r.neg = a->neg;
    }
  else
    {
      r = mag_sub (b, a);
      r.neg = bneg;
    }
  rs_big_trim (&r);
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

/* Multiplication: r[0..na+nb) = a * b, every limb of r written */

static void mul_mag (const guint32 *a, guint na, const guint32 *b, guint nb, guint32 *r);

static void
mul_school (const guint32 *a,
            guint          na,
            const guint32 *b,
            guint          nb,
            guint32       *r)
{
  memset (r, 0, (gsize) (na + nb) * sizeof (guint32));
  for (guint i = 0; i < na; i++)
    {
      guint64 carry = 0, ai = a[i];

      if (ai == 0)
        continue;
      for (guint j = 0; j < nb; j++)
        {
          carry += ai * b[j] + r[i + j];
          r[i + j] = (guint32) carry;
          carry >>= 32;
        }
      r[i + nb] = (guint32) carry;
    }
}

/* @b much shorter than @a: slices of @a as long as @b */
static void
mul_unbalanced (const guint32 *a,
                guint          na,
                const guint32 *b,
                guint          nb,
                guint32       *r)
{
  g_autofree guint32 *t = g_new (guint32, 2 * (gsize) nb);

  memset (r, 0, (gsize) (na + nb) * sizeof (guint32));
  for (guint i = 0; i < na; i += nb)
    {
      guint len = MIN (nb, na - i);
      mul_mag (a + i, len, b, nb, t);
      add_into (r + i, na + nb - i, t, len + nb);
    }
}

/* a = a1 B^m + a0, b = b1 B^m + b0:
 * a b = a1 b1 B^2m + ((a0 + a1)(b0 + b1) - a0 b0 - a1 b1) B^m + a0 b0 */
static void
mul_karatsuba (const guint32 *a,
               guint          na,
               const guint32 *b,
               guint          nb,
               guint          m,
               guint32       *r)
{
  guint n1 = na - m, m1 = nb - m, ns = m + 1;
  g_autofree guint32 *sa = g_new0 (guint32, ns);
  g_autofree guint32 *sb = g_new0 (guint32, ns);
  g_autofree guint32 *mid = g_new (guint32, 2 * (gsize) ns);

  /* r's low half is a0 b0, its high half a1 b1 */
  mul_mag (a, m, b, m, r);
  mul_mag (a + m, n1, b + m, m1, r + 2 * m);
  memcpy (sa, a, m * sizeof (guint32));
  sa[m] = add_into (sa, m, a + m, n1);
  memcpy (sb, b, m * sizeof (guint32));
  sb[m] = add_into (sb, m, b + m, m1);
  mul_mag (sa, ns, sb, ns, mid);
  sub_into (mid, 2 * ns, r, 2 * m);
  sub_into (mid, 2 * ns, r + 2 * m, n1 + m1);
  /* mid < B^(n1 + m1 + 1) + ..., and what it adds fits in r */
  guint nmid = 2 * ns;
  while (nmid > 0 && mid[nmid - 1] == 0)
    nmid--;
  add_into (r + m, na + nb - m, mid, nmid);
}

static void
mul_mag (const guint32 *a,
         guint          na,
         const guint32 *b,
         guint          nb,
         guint32       *r)
{
  if (na < nb)
    {
      mul_mag (b, nb, a, na, r);
      return;
    }
  if (nb < KARATSUBA_CUTOFF)
    {
      mul_school (a, na, b, nb, r);
      return;
    }
  guint m = (na + 1) / 2;
  if (nb <= m)
    mul_unbalanced (a, na, b, nb, r);
  else
    mul_karatsuba (a, na, b, nb, m, r);
}

RsBig
rs_big_mul (const RsBig *a,
            const RsBig *b)
{
  RsBig r = rs_big_sized (a->d->len + b->d->len);

  if (a->d->len > 0 && b->d->len > 0)
    mul_mag (RS_BIG_LIMBS (a), a->d->len, RS_BIG_LIMBS (b), b->d->len, RS_BIG_LIMBS (&r));
  r.neg = a->neg != b->neg;
  rs_big_trim (&r);
  return r;
}

RsBig
rs_big_pow (const RsBig *b,
            guint64      e)
{
  RsBig result = rs_big_from_i128 (1), base = rs_big_copy (b);

  for (; e > 0; e >>= 1)
    {
      RsBig next;
      if (e & 1)
        {
          next = rs_big_mul (&result, &base);
          rs_big_clear (&result);
          result = next;
        }
      if (e > 1)
        {
          next = rs_big_mul (&base, &base);
          rs_big_clear (&base);
          base = next;
        }
    }
  rs_big_clear (&base);
  return result;
}

/* Division */

/* q = a / d, returns a % d, one limb */
static guint32
div_limb (const guint32 *a,
          guint          na,
          guint32        d,
          guint32       *q)
{
  guint64 rem = 0;

  for (guint i = na; i > 0; i--)
    {
      guint64 cur = rem << 32 | a[i - 1];
      q[i - 1] = (guint32) (cur / d);
      rem = cur % d;
    }
  return (guint32) rem;
}

/* Knuth's D on normalized copies: @u has nu + 1 limbs, @v nv >= 2 limbs
 * with its top bit set; @q gets nu - nv + 1 limbs, @u keeps the remainder */
static void
knuth_d (guint32       *u,
         guint          nu,
         const guint32 *v,
         guint          nv,
         guint32       *q)
{
  guint64 vtop = v[nv - 1], vnext = v[nv - 2];

  for (guint j = nu - nv + 1; j-- > 0;)
    {
      guint64 num = (guint64) u[j + nv] << 32 | u[j + nv - 1];
      guint64 qhat = num / vtop, rhat = num % vtop;

      while (qhat >> 32 != 0 || qhat * vnext > (rhat << 32 | u[j + nv - 2]))
        {
          qhat--;
          rhat += vtop;
          if (rhat >> 32 != 0)
            break;
        }
      gint64 k = 0, t;
      for (guint i = 0; i < nv; i++)
        {
          guint64 p = qhat * v[i];
          t = (gint64) u[i + j] - k - (gint64) (p & 0xffffffffu);
          u[i + j] = (guint32) t;
          k = (gint64) (p >> 32) - (t >> 32);
        }
      t = (gint64) u[j + nv] - k;
      u[j + nv] = (guint32) t;
      if (t < 0)
        {
          /* qhat was one too many (rare): add v back */
          qhat--;
          u[j + nv] += add_into (u + j, nv, v, nv);
        }
      q[j] = (guint32) qhat;
    }
}

static void
shift_limbs_left (const guint32 *a,
                  guint          n,
                  guint          s,
                  guint32       *out)
{
  /* out has n + 1 limbs; 0 <= s < 32 */
  out[n] = s == 0 ? 0 : a[n - 1] >> (32 - s);
  for (guint i = n - 1; i > 0; i--)
    out[i] = s == 0 ? a[i] : a[i] << s | a[i - 1] >> (32 - s);
  out[0] = a[0] << s;
}

/* Truncating division of magnitudes */
static void
mag_divmod (const RsBig *a,
            const RsBig *b,
            RsBig       *q,
            RsBig       *r)
{
  guint na = a->d->len, nb = b->d->len;

  if (mag_cmp (RS_BIG_LIMBS (a), na, RS_BIG_LIMBS (b), nb) < 0)
    {
      *q = rs_big_sized (0);
      *r = rs_big_copy (a);
      r->neg = FALSE;
      return;
    }
  *q = rs_big_sized (na - nb + 1);
  if (nb == 1)
    {
      guint32 rem = div_limb (RS_BIG_LIMBS (a), na, RS_BIG_LIMBS (b)[0], RS_BIG_LIMBS (q));
      *r = rs_big_from_i128 (rem);
      rs_big_trim (q);
      return;
    }
  guint s = __builtin_clz (RS_BIG_LIMBS (b)[nb - 1]);
  g_autofree guint32 *v = g_new (guint32, nb + 1);
  shift_limbs_left (RS_BIG_LIMBS (b), nb, s, v);
  RsBig u = rs_big_sized (na + 1);
  shift_limbs_left (RS_BIG_LIMBS (a), na, s, RS_BIG_LIMBS (&u));
  knuth_d (RS_BIG_LIMBS (&u), na, v, nb, RS_BIG_LIMBS (q));
  /* the remainder is u's low nb limbs, shifted back */
  g_array_set_size (u.d, nb);
  guint32 *w = RS_BIG_LIMBS (&u);
  for (guint i = 0; i < nb; i++)
    w[i] = s == 0 ? w[i] : w[i] >> s | (i + 1 < nb ? w[i + 1] << (32 - s) : 0);
  *r = u;
  rs_big_trim (q);
  rs_big_trim (r);
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
      *q = rs_big_sized (0);
      *r = rs_big_sized (0);
      return;
    }
  mag_divmod (a, b, q, r);
  q->neg = a->neg != b->neg;
  r->neg = a->neg;
  rs_big_trim (q);
  rs_big_trim (r);
  if (r->d->len > 0 && a->neg != b->neg)
    {
      /* floor: q - 1, r + b */
      RsBig q1 = rs_big_mag_step (q, +1);
      RsBig r1 = rs_big_add (r, b);
      q1.neg = TRUE;
      rs_big_clear (q);
      rs_big_clear (r);
      *q = q1;
      *r = r1;
    }
}
