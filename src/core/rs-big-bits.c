/* rs-big-bits.c: the bits of arbitrary precision integers
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shifts, & | ^ on infinite two's complement, bit_length(), hash() and
 * float(): all linear in the limbs, none through decimal text.
 */
#include "rs-big-private.h"

#include <math.h>
#include <string.h>

/* _PyHASH_MODULUS, 2^61 - 1 */
#define HASH_BITS 61
#define HASH_MODULUS ((G_GUINT64_CONSTANT (1) << HASH_BITS) - 1)

guint64
rs_big_bit_length (const RsBig *b)
{
  guint n = b->d->len;

  if (n == 0)
    return 0;
  return (guint64) (n - 1) * 32 + (32 - __builtin_clz (RS_BIG_LIMBS (b)[n - 1]));
}

RsBig
rs_big_lshift (const RsBig *b,
               guint64      n)
{
  guint words = n / 32, s = n % 32, len = b->d->len;

  if (len == 0)
    return rs_big_sized (0);
  g_assert (n / 32 < G_MAXUINT - len - 1);
  RsBig r = rs_big_sized (len + words + 1);
  const guint32 *a = RS_BIG_LIMBS (b);
  guint32 *w = RS_BIG_LIMBS (&r) + words;

  w[len] = s == 0 ? 0 : a[len - 1] >> (32 - s);
  for (guint i = len - 1; i > 0; i--)
    w[i] = s == 0 ? a[i] : a[i] << s | a[i - 1] >> (32 - s);
  w[0] = a[0] << s;
  r.neg = b->neg;
  rs_big_trim (&r);
  return r;
}

/* |b| >> n, and whether a bit set was shifted out */
static RsBig
mag_rshift (const RsBig *b,
            guint64      n,
            gboolean    *lost)
{
  guint len = b->d->len, s = n % 32;
  guint64 words = n / 32;
  const guint32 *a = RS_BIG_LIMBS (b);

  *lost = FALSE;
  if (words >= len)
    {
      *lost = len > 0;
      return rs_big_sized (0);
    }
  for (guint i = 0; i < words && !*lost; i++)
    *lost = a[i] != 0;
  if (s != 0 && (a[words] & ((1u << s) - 1)) != 0)
    *lost = TRUE;

  RsBig r = rs_big_sized (len - words);
  guint32 *w = RS_BIG_LIMBS (&r);
  for (guint i = 0; i < len - words; i++)
    w[i] = s == 0 ? a[i + words]
                  : a[i + words] >> s | (i + words + 1 < len ? a[i + words + 1] << (32 - s) : 0);
  rs_big_trim (&r);
  return r;
}

RsBig
rs_big_rshift (const RsBig *b,
               guint64      n)
{
  gboolean lost;
  RsBig r = mag_rshift (b, n, &lost);

  /* floor: a negative loses towards minus infinity */
  if (b->neg && lost)
    {
      RsBig up = rs_big_mag_step (&r, +1);
      rs_big_clear (&r);
      r = up;
    }
  r.neg = b->neg && r.d->len > 0;
  return r;
}

/* The @n low words of @b in two's complement */
static guint32 *
to_twos (const RsBig *b,
         guint        n)
{
  guint32 *w = g_new0 (guint32, n);

  if (!b->neg)
    {
      rs_big_copy_limbs (w, b);
      return w;
    }
  /* -m is ~(m - 1) */
  RsBig m1 = rs_big_mag_step (b, -1);
  rs_big_copy_limbs (w, &m1);
  rs_big_clear (&m1);
  for (guint i = 0; i < n; i++)
    w[i] = ~w[i];
  return w;
}

RsBig
rs_big_bitwise (const RsBig *a,
                const RsBig *b,
                char         op)
{
  /* one more word than either for the sign */
  guint n = MAX (a->d->len, b->d->len) + 1;
  g_autofree guint32 *x = to_twos (a, n);
  g_autofree guint32 *y = to_twos (b, n);

  g_assert (op == '&' || op == '|' || op == '^');
  for (guint i = 0; i < n; i++)
    x[i] = op == '&' ? x[i] & y[i] : op == '|' ? x[i] | y[i] : x[i] ^ y[i];

  gboolean neg = (x[n - 1] & 0x80000000u) != 0;
  if (neg)
    for (guint i = 0; i < n; i++)
      x[i] = ~x[i];
  RsBig r = rs_big_sized (n);
  memcpy (r.d->data, x, n * sizeof (guint32));
  rs_big_trim (&r);
  if (!neg)
    return r;
  /* ~w is m - 1 */
  RsBig m = rs_big_mag_step (&r, +1);
  rs_big_clear (&r);
  m.neg = TRUE;
  return m;
}

/* long_hash: |b| modulo 2^61 - 1, with b's sign, -1 made -2 */
gint64
rs_big_hash (const RsBig *b)
{
  guint64 h = 0;

  for (guint i = b->d->len; i > 0; i--)
    {
      unsigned __int128 t = ((unsigned __int128) h << 32) | RS_BIG_LIMBS (b)[i - 1];
      h = (guint64) (t % HASH_MODULUS);
    }
  gint64 r = b->neg ? -(gint64) h : (gint64) h;
  return r == -1 ? -2 : r;
}

/* The top 64 bits of |b| and a sticky bit for the rest, scaled: one
 * rounding to 53 bits, as PyLong_AsDouble's */
double
rs_big_to_double (const RsBig *b)
{
  guint64 bits = rs_big_bit_length (b);
  double d;

  if (bits <= 64)
    {
      guint64 m = 0;
      for (guint i = b->d->len; i > 0; i--)
        m = m << 32 | RS_BIG_LIMBS (b)[i - 1];
      d = (double) m;
    }
  else if (bits > 1100)
    d = INFINITY;
  else
    {
      gboolean lost;
      guint64 shift = bits - 64;
      RsBig top = mag_rshift (b, shift, &lost);
      guint64 m = (guint64) RS_BIG_LIMBS (&top)[1] << 32 | RS_BIG_LIMBS (&top)[0];
      rs_big_clear (&top);
      /* eleven bits below the 53 kept: the sticky one sits under the
       * rounding bit, so the conversion rounds once, correctly */
      if (lost)
        m |= 1;
      d = ldexp ((double) m, (int) shift);
    }
  return b->neg ? -d : d;
}

RsBig
rs_big_from_double (double d)
{
  int e;
  double m = frexp (fabs (d), &e);

  g_return_val_if_fail (isfinite (d), rs_big_sized (0));
  if (e <= 0)
    return rs_big_sized (0);
  /* d = m 2^e, m in [0.5, 1): its 53 bits, then the shift */
  gint64 top = (gint64) ldexp (m, MIN (e, 53));
  RsBig t = rs_big_from_i128 (d < 0 ? -top : top);
  if (e <= 53)
    return t;
  RsBig r = rs_big_lshift (&t, e - 53);
  rs_big_clear (&t);
  return r;
}
