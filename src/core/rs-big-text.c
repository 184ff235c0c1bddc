/* rs-big-text.c: arbitrary precision integers to and from text and atoms
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Decimal conversion is quadratic, as CPython 3.11's, which is why
 * CPython limits it to RS_BIG_MAX_STR_DIGITS digits; the bases that are
 * powers of two convert bit by bit, in linear time and without a limit.
 */
#include "rs-big-private.h"

#include <math.h>
#include <string.h>

#define DEC_CHUNK 1000000000u  /* 10^9, nine digits a limb of text */

static gint
digit_of (char c)
{
  if (g_ascii_isdigit (c))
    return c - '0';
  return g_ascii_tolower (c) - 'a' + 10;
}

/* r = r * mul + add, in place, r with room for one limb more */
static void
mul_add_limb (RsBig   *r,
              guint32  mul,
              guint32  add)
{
  guint64 carry = add;
  guint32 *w = RS_BIG_LIMBS (r);

  for (guint i = 0; i < r->d->len; i++)
    {
      carry += (guint64) w[i] * mul;
      w[i] = (guint32) carry;
      carry >>= 32;
    }
  if (carry != 0)
    {
      guint32 c = (guint32) carry;
      g_array_append_val (r->d, c);
    }
}

static RsBig
from_pow2_digits (const char *s,
                  gsize       n,
                  guint       bits)
{
  RsBig r = rs_big_sized ((n * bits + 31) / 32);
  guint32 *w = RS_BIG_LIMBS (&r);
  guint64 pos = 0;

  for (gsize i = n; i > 0; i--, pos += bits)
    {
      guint64 v = digit_of (s[i - 1]);
      w[pos / 32] |= (guint32) (v << (pos % 32));
      if (pos % 32 + bits > 32)
        w[pos / 32 + 1] |= (guint32) (v >> (32 - pos % 32));
    }
  rs_big_trim (&r);
  return r;
}

RsBig
rs_big_from_digits (const char *s,
                    gsize       n,
                    guint       base,
                    gboolean    neg)
{
  RsBig r;

  g_return_val_if_fail (base >= 2 && base <= 36, rs_big_sized (0));
  if ((base & (base - 1)) == 0)
    r = from_pow2_digits (s, n, __builtin_ctz (base));
  else
    {
      /* as many digits a step as a limb holds */
      guint per = 0;
      guint64 scale = 1;
      while (scale * base <= G_MAXUINT32)
        {
          scale *= base;
          per++;
        }
      r = rs_big_sized (0);
      for (gsize i = 0; i < n;)
        {
          guint32 mul = 1, add = 0;
          for (guint k = 0; k < per && i < n; k++, i++)
            {
              mul *= base;
              add = add * base + digit_of (s[i]);
            }
          mul_add_limb (&r, mul, add);
        }
      rs_big_trim (&r);
    }
  r.neg = neg && r.d->len > 0;
  return r;
}

RsBig
rs_big_from_text (const char *s)
{
  gboolean neg = *s == '-';

  return rs_big_from_digits (s + neg, strlen (s + neg), 10, neg);
}

char *
rs_big_to_text (const RsBig *b)
{
  guint n = b->d->len;
  g_autofree guint32 *work = g_memdup2 (b->d->data, n * sizeof (guint32));
  g_autoptr(GArray) chunks = g_array_new (FALSE, FALSE, sizeof (guint32));
  GString *s = g_string_new (b->neg ? "-" : "");

  /* nine digits at a time from the bottom, by division of the whole */
  while (n > 0)
    {
      guint64 rem = 0;
      for (guint i = n; i > 0; i--)
        {
          guint64 cur = rem << 32 | work[i - 1];
          work[i - 1] = (guint32) (cur / DEC_CHUNK);
          rem = cur % DEC_CHUNK;
        }
      guint32 chunk = (guint32) rem;
      g_array_append_val (chunks, chunk);
      while (n > 0 && work[n - 1] == 0)
        n--;
    }
  if (chunks->len == 0)
    g_string_append_c (s, '0');
  for (guint i = chunks->len; i > 0; i--)
    g_string_append_printf (s, i == chunks->len ? "%u" : "%09u", g_array_index (chunks, guint32, i - 1));
  return g_string_free (s, FALSE);
}

void
rs_big_append_pow2_digits (const RsBig *b,
                           guint        base,
                           GString     *out)
{
  guint bits = base == 2 ? 1 : base == 8 ? 3 : 4;
  guint64 total = rs_big_bit_length (b);
  const guint32 *w = RS_BIG_LIMBS (b);

  g_return_if_fail (base == 2 || base == 8 || base == 16);
  if (total == 0)
    {
      g_string_append_c (out, '0');
      return;
    }
  for (guint64 top = (total + bits - 1) / bits; top-- > 0;)
    {
      guint64 pos = top * bits;
      guint64 v = w[pos / 32] >> (pos % 32);
      if (pos % 32 + bits > 32 && pos / 32 + 1 < b->d->len)
        v |= (guint64) w[pos / 32 + 1] << (32 - pos % 32);
      g_string_append_c (out, "0123456789abcdef"[v & (base - 1)]);
    }
}

guint32
rs_big_intern_take (RsAtoms *atoms,
                    RsBig   *b)
{
  /* the sign and the atoms' NUL after it fill one more limb */
  guint32 sign = b->neg ? '-' : '+';
  gsize len = b->d->len * sizeof (guint32) + 1;

  if (G_BYTE_ORDER == G_BIG_ENDIAN)
    sign <<= 24;
  g_array_append_val (b->d, sign);
  char *bytes = g_array_free (g_steal_pointer (&b->d), FALSE);
  return rs_atoms_intern_take (atoms, bytes, len);
}

RsBig
rs_big_from_atom (RsAtoms *atoms,
                  guint32  atom)
{
  gsize len;
  const char *bytes = rs_atoms_get (atoms, atom, &len);

  return rs_big_from_bytes (bytes, len);
}

RsBig
rs_big_from_bytes (const char *bytes,
                   gsize       len)
{
  g_return_val_if_fail (len >= 1 && (len - 1) % sizeof (guint32) == 0, rs_big_sized (0));
  RsBig r = rs_big_sized ((len - 1) / sizeof (guint32));
  memcpy (r.d->data, bytes, len - 1);
  r.neg = bytes[len - 1] == '-';
  rs_big_trim (&r);
  return r;
}

guint64
rs_big_atom_bit_length (RsAtoms *atoms,
                        guint32  atom)
{
  gsize len;
  const char *bytes = rs_atoms_get (atoms, atom, &len);
  guint n = (len - 1) / sizeof (guint32);
  guint32 top = 0;

  g_return_val_if_fail (len >= 1, 0);
  /* atoms are trimmed: the last limb is the top one */
  if (n > 0)
    memcpy (&top, bytes + (n - 1) * sizeof (guint32), sizeof top);
  if (top == 0)
    return 0;
  return (guint64) (n - 1) * 32 + (32 - __builtin_clz (top));
}

gboolean
rs_big_atom_negative (RsAtoms *atoms,
                      guint32  atom)
{
  gsize len;
  const char *bytes = rs_atoms_get (atoms, atom, &len);

  return len > 0 && bytes[len - 1] == '-';
}

char *
rs_big_to_display (const RsBig *b)
{
  guint64 bits = rs_big_bit_length (b);

  if (bits <= 14300)
    return rs_big_to_text (b);
  /* log10 |b| from its top 64 bits */
  g_auto(RsBig) top = rs_big_rshift (b, bits - 64);
  double lg = log10 (fabs (rs_big_to_double (&top))) + (double) (bits - 64) * log10 (2.0);
  double exponent = floor (lg), mantissa = pow (10.0, lg - exponent);
  /* what would print as 10.000000 */
  if (mantissa >= 9.9999995)
    {
      mantissa = 1;
      exponent++;
    }
  return g_strdup_printf ("\u2248%s%.6fe%.0f", b->neg ? "-" : "", mantissa, exponent);
}
