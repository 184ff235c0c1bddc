/* rs-interp-intops.c: the bitwise operators, shifts and ** on integers
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Python's integers behave as if they were infinite two's complement
 * numbers: & | ^ ~ work on that, >> rounds towards minus infinity.  Small
 * values are computed directly; big ones go through RsBig, the bitwise
 * ones as two's complement 32-bit words.
 */
#include "rs-interp-private.h"
#include "rs-big.h"

/* The value of an int operand (bools are ints) */
static RsBig
int_big (RsInterp *self,
         RsValue   v)
{
  if (RS_VALUE_TAG (v) == RS_TAG_BIGINT)
    return rs_big_from_text (rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (v), NULL));
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
  gint64 v;
  RsValue out;

  if (rs_big_to_int64 (b, &v))
    out = rs_interp_make_int (self, v);
  else
    {
      g_autofree char *text = rs_big_to_text (b);
      out = RS_VALUE_MAKE (RS_TAG_BIGINT, rs_atoms_intern (self->atoms, text, -1));
    }
  rs_big_clear (b);
  return out;
}

/* 2 ** @n as an RsBig */
static RsBig
power_of_two (guint64 n)
{
  RsBig result = rs_big_from_i128 (1), base = rs_big_from_i128 (2);

  for (; n > 0; n >>= 1)
    {
      RsBig next;
      if (n & 1)
        {
          next = rs_big_mul (&result, &base);
          rs_big_clear (&result);
          result = next;
        }
      if (n > 1)
        {
          next = rs_big_mul (&base, &base);
          rs_big_clear (&base);
          base = next;
        }
    }
  rs_big_clear (&base);
  return result;
}

/* @b ** @e, e >= 0, by squaring */
static RsBig
big_power (const RsBig *b,
           RsBig       *e)
{
  RsBig zero = rs_big_from_i128 (0), two = rs_big_from_i128 (2);
  RsBig result = rs_big_from_i128 (1), base = rs_big_add (b, &zero);

  while (rs_big_cmp (e, &zero) > 0)
    {
      RsBig q, r, next;
      rs_big_divmod (e, &two, &q, &r);
      if (rs_big_cmp (&r, &zero) != 0)
        {
          next = rs_big_mul (&result, &base);
          rs_big_clear (&result);
          result = next;
        }
      rs_big_clear (&r);
      rs_big_clear (e);
      *e = q;
      if (rs_big_cmp (e, &zero) > 0)
        {
          next = rs_big_mul (&base, &base);
          rs_big_clear (&base);
          base = next;
        }
    }
  rs_big_clear (&base);
  rs_big_clear (&zero);
  rs_big_clear (&two);
  return result;
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

/* -w in two's complement, in place */
static void
negate_words (guint32 *w,
              guint    n)
{
  guint64 carry = 1;

  for (guint i = 0; i < n; i++)
    {
      guint64 v = (guint64) (guint32) ~w[i] + carry;
      w[i] = (guint32) v;
      carry = v >> 32;
    }
}

/* Two's complement words of @b, least significant first, @n words
 * (enough for the magnitude and a sign bit) */
static guint32 *
to_words (const RsBig *b,
          guint        n)
{
  guint32 *w = g_new0 (guint32, n);
  RsBig zero = rs_big_from_i128 (0), tmp = rs_big_add (b, &zero);
  RsBig word = rs_big_from_i128 ((__int128) 1 << 32);

  /* magnitude, then negate in place for negatives */
  gboolean neg = rs_big_cmp (&tmp, &zero) < 0;
  if (neg)
    {
      RsBig pos = rs_big_sub (&zero, &tmp);
      rs_big_clear (&tmp);
      tmp = pos;
    }
  for (guint i = 0; i < n && rs_big_cmp (&tmp, &zero) > 0; i++)
    {
      RsBig q, r;
      gint64 v;
      rs_big_divmod (&tmp, &word, &q, &r);
      rs_big_to_int64 (&r, &v);
      w[i] = (guint32) v;
      rs_big_clear (&r);
      rs_big_clear (&tmp);
      tmp = q;
    }
  if (neg)
    negate_words (w, n);
  rs_big_clear (&tmp);
  rs_big_clear (&word);
  rs_big_clear (&zero);
  return w;
}

static RsBig
from_words (const guint32 *w,
            guint          n)
{
  gboolean neg = (w[n - 1] & 0x80000000u) != 0;
  g_autofree guint32 *mag = g_memdup2 (w, n * sizeof (guint32));
  RsBig result = rs_big_from_i128 (0), word = rs_big_from_i128 ((__int128) 1 << 32);

  if (neg)
    negate_words (mag, n);
  for (guint i = n; i > 0; i--)
    {
      RsBig shifted = rs_big_mul (&result, &word), digit = rs_big_from_i128 (mag[i - 1]);
      rs_big_clear (&result);
      result = rs_big_add (&shifted, &digit);
      rs_big_clear (&shifted);
      rs_big_clear (&digit);
    }
  rs_big_clear (&word);
  if (neg)
    {
      RsBig zero = rs_big_from_i128 (0), negated = rs_big_sub (&zero, &result);
      rs_big_clear (&zero);
      rs_big_clear (&result);
      result = negated;
    }
  return result;
}

static guint
words_for (const RsBig *b)
{
  /* 10^9 < 2^30: a limb needs at most one word, plus one for the sign */
  return b->d->len + 2;
}

static RsValue
big_bitwise (RsInterp *self,
             RsBinOp   op,
             RsValue   a,
             RsValue   b)
{
  RsBig x = int_big (self, a), y = int_big (self, b);
  guint n = MAX (words_for (&x), words_for (&y));
  g_autofree guint32 *wx = to_words (&x, n);
  g_autofree guint32 *wy = to_words (&y, n);

  for (guint i = 0; i < n; i++)
    wx[i] = op == RS_BIN_AND ? wx[i] & wy[i] : op == RS_BIN_OR ? wx[i] | wy[i] : wx[i] ^ wy[i];
  rs_big_clear (&x);
  rs_big_clear (&y);
  RsBig r = from_words (wx, n);
  return big_result (self, &r);
}

static gboolean
shift (RsInterp *self,
       RsBinOp   op,
       RsValue   a,
       RsValue   b,
       guint     line,
       RsValue  *out)
{
  RsBig x = int_big (self, a), zero = rs_big_from_i128 (0);
  gboolean x_zero = rs_big_cmp (&x, &zero) == 0;

  rs_big_clear (&zero);
  if ((is_small (b) && small_of (b) < 0)
      || (!is_small (b) && rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (b), NULL)[0] == '-'))
    {
      rs_big_clear (&x);
      return rs_interp_raise (self, line, "ValueError", "negative shift count");
    }
  if (x_zero)
    {
      rs_big_clear (&x);
      *out = rs_value_int (0);
      return TRUE;
    }
  if (!is_small (b) || small_of (b) > G_MAXINT32)
    {
      gboolean neg = x.neg;
      rs_big_clear (&x);
      if (op == RS_BIN_RSHIFT)
        {
          *out = rs_value_int (neg ? -1 : 0);
          return TRUE;
        }
      /* beyond Py_ssize_t CPython refuses, below it runs out of memory */
      if (!is_small (b))
        return rs_interp_raise (self, line, "OverflowError", "too many digits in integer");
      return rs_interp_raise (self, line, "MemoryError", "%s", "");
    }
  if (is_small (a) && op == RS_BIN_RSHIFT)
    {
      gint64 y = small_of (b), v = small_of (a);
      rs_big_clear (&x);
      /* an arithmetic shift rounds down, as Python's */
      *out = rs_interp_make_int (self, y >= 63 ? (v < 0 ? -1 : 0) : v >> y);
      return TRUE;
    }
  if (is_small (a) && op == RS_BIN_LSHIFT && small_of (b) < 64)
    {
      /* |a| < 2^62, so a * 2^63 fits in 128 bits */
      RsBig r = rs_big_from_i128 ((__int128) small_of (a) * ((__int128) 1 << small_of (b)));
      rs_big_clear (&x);
      *out = big_result (self, &r);
      return TRUE;
    }
  /* the result's digits (and their text), reserved before 2 ** b is made */
  if (op == RS_BIN_LSHIFT &&
      !rs_interp_reserve (self, line, (guint64) x.d->len * 9 + (guint64) (small_of (b) * 0.30103) + 1, 3, 0))
    {
      rs_big_clear (&x);
      return FALSE;
    }
  RsBig p = power_of_two (small_of (b)), r, rem;
  if (op == RS_BIN_LSHIFT)
    r = rs_big_mul (&x, &p);
  else
    {
      /* floor division: >> rounds towards minus infinity */
      rs_big_divmod (&x, &p, &r, &rem);
      rs_big_clear (&rem);
    }
  rs_big_clear (&x);
  rs_big_clear (&p);
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
  /* the front end lets only integer literals through as exponents */
  g_assert (!e.neg);
  if (!rs_interp_reserve_power (self, line, &x, &e))
    {
      rs_big_clear (&x);
      rs_big_clear (&e);
      return FALSE;
    }
  RsBig p = big_power (&x, &e);
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
