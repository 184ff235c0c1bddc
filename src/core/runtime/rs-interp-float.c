/* rs-interp-float.c: floats and true division, exactly as CPython's
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A float is the atom of its repr (rs-float.c).  Mixed arithmetic converts
 * the int correctly rounded (PyLong_AsDouble), int / int rounds the exact
 * quotient once (long_true_divide), and comparisons of an int with a float
 * are exact (float_richcompare), never through a conversion.
 */
#include "rs-interp-private.h"
#include "rs-big.h"
#include "rs-float.h"

#include <math.h>
#include <string.h>

RsValue
rs_interp_make_float (RsInterp *self,
                      double    d)
{
  return rs_float_value (self->atoms, d);
}

/* An int or float as a double; FALSE with CPython's OverflowError */
gboolean
rs_interp_to_double (RsInterp *self,
                     RsValue   v,
                     guint     line,
                     double   *out)
{
  if (RS_VALUE_TAG (v) == RS_TAG_FLOAT)
    {
      *out = rs_float_get (self->atoms, v);
      return TRUE;
    }
  g_assert (rs_interp_is_int (v));
  g_auto(RsBig) b = rs_interp_int_to_big (self, v);
  *out = rs_big_to_double (&b);
  if (isinf (*out))
    return rs_interp_raise (self, line, "OverflowError", "int too large to convert to float");
  return TRUE;
}

/* The int equal to integral @d (finite) */
RsValue
rs_interp_int_of_double (RsInterp *self,
                         double    d)
{
  if (fabs (d) < 0x1p60)
    return rs_value_int ((gint64) d);
  RsBig b = rs_big_from_double (d);
  return rs_interp_big_value (self, &b);
}

/* -1, 0, 1, or 2 when a nan makes them unordered; exact for an int and a
 * float (float_richcompare compares the integral part as ints) */
gint
rs_interp_number_cmp (RsInterp *self,
                      RsValue   a,
                      RsValue   b)
{
  if (RS_VALUE_TAG (a) != RS_TAG_FLOAT)
    {
      gint c = rs_interp_number_cmp (self, b, a);
      return c == 2 ? 2 : -c;
    }
  double x = rs_float_get (self->atoms, a), y;
  if (isnan (x))
    return 2;
  if (RS_VALUE_TAG (b) == RS_TAG_FLOAT)
    {
      y = rs_float_get (self->atoms, b);
      return isnan (y) ? 2 : x < y ? -1 : x > y;
    }
  if (isinf (x))
    return x > 0 ? 1 : -1;
  double whole = floor (x);
  RsValue w = rs_interp_int_of_double (self, whole);
  gint c = -rs_interp_int_cmp (self, b, w);
  return c != 0 ? c : x > whole;
}

/* |a| / |b| correctly rounded, both beyond 2^53 or not: the quotient
 * scaled to 58-59 bits, a sticky bit for the remainder, one rounding */
static double
big_true_divide (const RsBig *a,
                 const RsBig *b)
{
  gint64 diff = (gint64) rs_big_bit_length (a) - (gint64) rs_big_bit_length (b);
  gint64 qi;

  /* far past the doubles either way: no need for the huge shift */
  if (diff > 1100)
    return INFINITY;
  if (diff < -1200)
    return 0;
  gint s = 58 - (gint) diff;
  RsBig x = rs_big_lshift (a, MAX (s, 0)), y = rs_big_lshift (b, MAX (-s, 0)), q, r;
  x.neg = y.neg = FALSE;
  rs_big_divmod (&x, &y, &q, &r);
  if (!rs_big_to_int64 (&q, &qi))
    g_assert_not_reached ();
  if (r.d->len > 0)
    qi |= 1;
  rs_big_clear (&x);
  rs_big_clear (&y);
  rs_big_clear (&q);
  rs_big_clear (&r);
  return ldexp ((double) qi, -s);
}

/* int / int */
static gboolean
true_divide_ints (RsInterp *self,
                  RsValue   a,
                  RsValue   b,
                  guint     line,
                  RsValue  *out)
{
  g_auto(RsBig) x = rs_interp_int_to_big (self, a);
  g_auto(RsBig) y = rs_interp_int_to_big (self, b);
  gboolean neg = x.neg != y.neg;
  double q;

  if (y.d->len == 0)
    return rs_interp_raise (self, line, "ZeroDivisionError", "division by zero");
  if (rs_big_bit_length (&x) <= 53 && rs_big_bit_length (&y) <= 53)
    q = fabs (rs_big_to_double (&x)) / fabs (rs_big_to_double (&y));  /* both exact */
  else if (x.d->len == 0)
    q = 0;
  else
    q = big_true_divide (&x, &y);
  if (isinf (q))
    return rs_interp_raise (self, line, "OverflowError", "integer division result too large for a float");
  *out = rs_interp_make_float (self, neg ? -q : q);
  return TRUE;
}

/* float_divmod: the remainder has the sign of @y, the quotient is exact */
static void
float_divmod (double  x,
              double  y,
              double *div,
              double *mod)
{
  double m = fmod (x, y), d = (x - m) / y, f;

  if (m != 0)
    {
      if ((y < 0) != (m < 0))
        {
          m += y;
          d -= 1.0;
        }
    }
  else
    m = copysign (0.0, y);
  if (d != 0)
    {
      f = floor (d);
      if (d - f > 0.5)
        f += 1.0;
    }
  else
    f = copysign (0.0, x / y);
  *div = f;
  *mod = m;
}

/* divmod() of two numbers, one a float at least */
gboolean
rs_interp_float_divmod (RsInterp *self,
                        RsValue   a,
                        RsValue   b,
                        guint     line,
                        double   *div,
                        double   *mod)
{
  double x, y;

  if (!rs_interp_to_double (self, a, line, &x) || !rs_interp_to_double (self, b, line, &y))
    return FALSE;
  if (y == 0)
    return rs_interp_raise (self, line, "ZeroDivisionError", "float divmod()");
  float_divmod (x, y, div, mod);
  return TRUE;
}

/* @op on two numbers of which one is a float, or int / int */
gboolean
rs_interp_float_binop (RsInterp *self,
                       RsBinOp   op,
                       RsValue   a,
                       RsValue   b,
                       guint     line,
                       RsValue  *out)
{
  static const char * const by_zero[] = {
    [RS_BIN_DIV] = "float division by zero",
    [RS_BIN_FLOORDIV] = "float floor division by zero",
    [RS_BIN_MOD] = "float modulo",
  };
  double x, y, r, div, mod;

  if (op == RS_BIN_DIV && rs_interp_is_int (a) && rs_interp_is_int (b))
    return true_divide_ints (self, a, b, line, out);
  if (!rs_interp_to_double (self, a, line, &x) || !rs_interp_to_double (self, b, line, &y))
    return FALSE;
  if (y == 0 && (op == RS_BIN_DIV || op == RS_BIN_FLOORDIV || op == RS_BIN_MOD))
    return rs_interp_raise (self, line, "ZeroDivisionError", "%s", by_zero[op]);
  switch (op)
    {
    case RS_BIN_ADD: r = x + y; break;
    case RS_BIN_SUB: r = x - y; break;
    case RS_BIN_MUL: r = x * y; break;
    case RS_BIN_DIV: r = x / y; break;
    default:
      float_divmod (x, y, &div, &mod);
      r = op == RS_BIN_FLOORDIV ? div : mod;
      break;
    }
  *out = rs_interp_make_float (self, r);
  return TRUE;
}

/* int() of a float: truncated; FALSE for inf and nan as CPython */
gboolean
rs_interp_float_to_int (RsInterp *self,
                        RsValue   v,
                        guint     line,
                        RsValue  *out)
{
  double d = rs_float_get (self->atoms, v);

  if (isnan (d))
    return rs_interp_raise (self, line, "ValueError", "cannot convert float NaN to integer");
  if (isinf (d))
    return rs_interp_raise (self, line, "OverflowError", "cannot convert float infinity to integer");
  *out = rs_interp_int_of_double (self, trunc (d));
  return TRUE;
}

/* %e %E %f %F %g %G of printf-style formatting; @sign is '+', ' ' or 0 */
gboolean
rs_interp_percent_float (RsInterp *self,
                         char      conv,
                         RsValue   v,
                         gint      precision,
                         gboolean  alt,
                         char      sign,
                         GString  *out,
                         guint     line)
{
  double d;

  if (!rs_interp_is_number (v))
    return rs_interp_raise (self, line, "TypeError", "must be real number, not %s",
                            rs_interp_type_name (self, v));
  if (!rs_interp_to_double (self, v, line, &d))
    return FALSE;
  gsize start = out->len;
  rs_float_format (d, conv, precision, alt, out);
  if (sign != 0 && out->str[start] != '-')
    g_string_insert_c (out, start, sign);
  return TRUE;
}
