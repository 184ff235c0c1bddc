/* rs-interp-intops.c: the bitwise operators, shifts, ** and the methods of integers
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Python's integers behave as if they were infinite two's complement
 * numbers: & | ^ ~ work on that, >> rounds towards minus infinity.  Small
 * values are computed directly, big ones by RsBig in time linear in their
 * limbs (** by squaring).
 */
#include "rs-interp-private.h"
#include "rs-big.h"

/* The value of an int operand (bools are ints) */
static RsBig
int_big (RsInterp *self,
         RsValue   v)
{
  if (RS_VALUE_TAG (v) == RS_TAG_BIGINT)
    return rs_big_from_atom (self->atoms, RS_VALUE_PAYLOAD (v));
  return rs_big_from_i128 (v == RS_VALUE_TRUE ? 1 : v == RS_VALUE_FALSE ? 0 : rs_value_get_int (v));
}

static gboolean
is_small (RsValue v)
{
  return RS_VALUE_TAG (v) != RS_TAG_BIGINT;
}

static gint64
small_of (RsValue v)
{
  return v == RS_VALUE_TRUE ? 1 : v == RS_VALUE_FALSE ? 0 : rs_value_get_int (v);
}

static RsValue
big_result (RsInterp *self,
            RsBig    *b)
{
  return rs_interp_big_value (self, b);
}

/* x ** y in 64 bits; FALSE when it does not fit */
static gboolean
small_power (gint64  x,
             gint64  y,
             gint64 *out)
{
  __int128 result = 1, base = x;

  for (; y > 0; y >>= 1)
    {
      if (y & 1)
        {
          result *= base;
          if (result > G_MAXINT64 || result < G_MININT64)
            return FALSE;
        }
      if (y > 1)
        {
          base *= base;
          if (base > G_MAXINT64 || base < G_MININT64)
            return FALSE;
        }
    }
  *out = (gint64) result;
  return TRUE;
}

static RsValue
big_bitwise (RsInterp *self,
             RsBinOp   op,
             RsValue   a,
             RsValue   b)
{
  g_auto(RsBig) x = int_big (self, a);
  g_auto(RsBig) y = int_big (self, b);
  RsBig r = rs_big_bitwise (&x, &y, op == RS_BIN_AND ? '&' : op == RS_BIN_OR ? '|' : '^');

  return big_result (self, &r);
}

/* CPython's _PyLong_New refuses more than MAX_LONG_DIGITS digits of 30
 * bits; divmod_shift clips a shift count past PY_SSIZE_T_MAX / 4 words */
#define PY_SSIZE_T_MAX    G_MAXINT64
#define MAX_LONG_DIGITS   ((PY_SSIZE_T_MAX - 24) / 4)

/* x << n where CPython's result would have more digits than it allows */
static gboolean
lshift_too_many_digits (RsInterp    *self,
                        const RsBig *x,
                        RsValue      n)
{
  gint64 count;
  guint64 words, digits = (rs_big_bit_length (x) + 29) / 30;

  if (!rs_interp_int_to_int64 (self, n, &count))
    {
      g_auto(RsBig) b = int_big (self, n);
      g_auto(RsBig) thirty = rs_big_from_i128 (30);
      g_auto(RsBig) q = { 0 };
      g_auto(RsBig) r = { 0 };
      gint64 w;
      rs_big_divmod (&b, &thirty, &q, &r);
      if (!rs_big_to_int64 (&q, &w) || w >= PY_SSIZE_T_MAX / 4)
        return TRUE;
      words = w + (r.d->len > 0);
    }
  else
    words = count / 30 + (count % 30 != 0);
  return digits + words > MAX_LONG_DIGITS;
}

static gboolean
shift (RsInterp *self,
       RsBinOp   op,
       RsValue   a,
       RsValue   b,
       guint     line,
       RsValue  *out)
{
  gint64 n;

  if ((is_small (b) && small_of (b) < 0)
      || (!is_small (b) && rs_big_atom_negative (self->atoms, RS_VALUE_PAYLOAD (b))))
    return rs_interp_raise (self, line, "ValueError", "negative shift count");
  if (is_small (a) && small_of (a) == 0)
    {
      *out = rs_value_int (0);
      return TRUE;
    }
  if (is_small (a) && is_small (b) && op == RS_BIN_RSHIFT)
    {
      gint64 y = small_of (b), v = small_of (a);
      /* an arithmetic shift rounds down, as Python's */
      *out = rs_interp_make_int (self, y >= 63 ? (v < 0 ? -1 : 0) : v >> y);
      return TRUE;
    }
  if (is_small (a) && is_small (b) && op == RS_BIN_LSHIFT && small_of (b) < 64)
    {
      /* |a| < 2^62, so a * 2^63 fits in 128 bits */
      RsBig r = rs_big_from_i128 ((__int128) small_of (a) * ((__int128) 1 << small_of (b)));
      *out = big_result (self, &r);
      return TRUE;
    }

  g_auto(RsBig) x = int_big (self, a);
  gboolean fits = rs_interp_int_to_int64 (self, b, &n);
  if (op == RS_BIN_RSHIFT)
    {
      /* a count past 64 bits is past every bit of x */
      RsBig r = fits ? rs_big_rshift (&x, n) : rs_big_from_i128 (x.neg ? -1 : 0);
      *out = big_result (self, &r);
      return TRUE;
    }
  if (lshift_too_many_digits (self, &x, b))
    return rs_interp_raise (self, line, "OverflowError", "too many digits in integer");
  /* the result's limbs, the atom's copy of them and the copy between;
   * past what a GArray holds malloc would fail as CPython's does */
  guint64 limbs = (rs_big_bit_length (&x) + (guint64) n) / 32 + 2;
  if (!rs_interp_reserve (self, line, limbs >= G_MAXUINT / 2 ? G_MAXUINT64 : limbs, 3 * sizeof (guint32), 0))
    return FALSE;
  RsBig r = rs_big_lshift (&x, n);
  *out = big_result (self, &r);
  return TRUE;
}

static gboolean
power (RsInterp *self,
       RsValue   a,
       RsValue   b,
       guint     line,
       RsValue  *out)
{
  gint64 r;

  if (is_small (a) && is_small (b) && small_power (small_of (a), small_of (b), &r))
    {
      *out = rs_interp_make_int (self, r);
      return TRUE;
    }
  RsBig x = int_big (self, a), e = int_big (self, b);
  gint64 times;
  /* the front end lets only integer literals through as exponents */
  g_assert (!e.neg);
  if (!rs_interp_reserve_power (self, line, &x, &e))
    {
      rs_big_clear (&x);
      rs_big_clear (&e);
      return FALSE;
    }
  /* past 64 bits only 0, 1 and -1 pass the reservation: e's parity is
   * all that counts */
  if (!rs_big_to_int64 (&e, &times))
    times = 2 + (g_array_index (e.d, guint32, 0) & 1);
  RsBig p = rs_big_pow (&x, times);
  rs_big_clear (&x);
  rs_big_clear (&e);
  *out = big_result (self, &p);
  return TRUE;
}

gboolean
rs_interp_int_op (RsInterp *self,
                  RsBinOp   op,
                  RsValue   a,
                  RsValue   b,
                  guint     line,
                  RsValue  *out)
{
  gboolean bools = (a == RS_VALUE_TRUE || a == RS_VALUE_FALSE) && (b == RS_VALUE_TRUE || b == RS_VALUE_FALSE);

  switch (op)
    {
    case RS_BIN_POW:
      return power (self, a, b, line, out);
    case RS_BIN_LSHIFT:
    case RS_BIN_RSHIFT:
      return shift (self, op, a, b, line, out);
    default:
      break;
    }
  if (is_small (a) && is_small (b))
    {
      gint64 x = small_of (a), y = small_of (b);
      gint64 r = op == RS_BIN_AND ? x & y : op == RS_BIN_OR ? x | y : x ^ y;
      /* bool & bool is a bool, as bool's own operators make it */
      if (bools)
        *out = r ? RS_VALUE_TRUE : RS_VALUE_FALSE;
      else
        *out = rs_interp_make_int (self, r);
      return TRUE;
    }
  *out = big_bitwise (self, op, a, b);
  return TRUE;
}

gboolean
rs_interp_invert (RsInterp *self,
                  RsValue   v,
                  guint     line,
                  RsValue  *out)
{
  RsValue minus_one = rs_value_int (-1);

  if (rs_interp_is_proxy (self, v))
    return rs_interp_proxy_unary (self, v, rs_interp_invert, line, out);
  if (rs_interp_is_instance (self, v))
    return rs_interp_special_unary (self, v, "__invert__", "unary ~", line, out);
  if (!rs_interp_is_int (v))
    return rs_interp_raise (self, line, "TypeError", "bad operand type for unary ~: '%s'",
                            rs_interp_type_name (self, v));
  /* ~x == -x - 1, for bools too (an int) */
  RsValue neg;
  if (!rs_interp_negate (self, v, line, &neg))
    return FALSE;
  gboolean ok = rs_interp_binop (self, RS_BIN_ADD, neg, minus_one, line, out);
  rs_heap_decref (self->heap, neg);
  return ok;
}

/* int.bit_length() and int.bit_count(): args[0] is the int */

gboolean
rs_interp_int_bit_length (RsInterp *self,
                          RsValue  *args,
                          guint     n_args,
                          guint     line,
                          RsValue  *out)
{
  if (RS_VALUE_TAG (args[0]) == RS_TAG_BIGINT)
    {
      *out = rs_interp_make_int (self, (gint64) rs_big_atom_bit_length (self->atoms, RS_VALUE_PAYLOAD (args[0])));
      return TRUE;
    }
  g_auto(RsBig) x = int_big (self, args[0]);

  *out = rs_interp_make_int (self, (gint64) rs_big_bit_length (&x));
  return TRUE;
}

gboolean
rs_interp_int_bit_count (RsInterp *self,
                         RsValue  *args,
                         guint     n_args,
                         guint     line,
                         RsValue  *out)
{
  g_auto(RsBig) x = int_big (self, args[0]);
  guint64 n = 0;

  for (guint i = 0; i < x.d->len; i++)
    n += __builtin_popcount (g_array_index (x.d, guint32, i));
  *out = rs_interp_make_int (self, (gint64) n);
  return TRUE;
}
