/* rs-interp-pow.c: pow() and **, of ints and floats, with a modulus too
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An int to an int's power is exact (squaring RsBigs), a negative int
 * power and any float go through float_pow with CPython's special cases;
 * pow(a, b, m) of ints reduces at every step, a negative exponent through
 * the inverse of a modulo m.
 */
#include "rs-interp-private.h"

#include <math.h>

#define IS_ODD_INTEGER(x) (fmod (fabs (x), 2.0) == 1.0)

/* float_pow, for what a real result has */
static gboolean
float_pow (RsInterp *self,
           double    v,
           double    w,
           guint     line,
           RsValue  *out)
{
  double r;
  gboolean negate = FALSE;

  if (w == 0 || (isnan (w) && v == 1.0))
    r = 1.0;
  else if (isnan (v) || isnan (w))
    r = isnan (v) ? v : w;
  else if (isinf (w))
    r = fabs (v) == 1.0 ? 1.0 : (w > 0) == (fabs (v) > 1.0) ? fabs (w) : 0.0;
  else if (isinf (v))
    r = w > 0 ? (IS_ODD_INTEGER (w) ? v : fabs (v)) : (IS_ODD_INTEGER (w) ? copysign (0.0, v) : 0.0);
  else if (v == 0)
    {
      if (w < 0)
        return rs_interp_raise (self, line, "ZeroDivisionError", "0.0 cannot be raised to a negative power");
      r = IS_ODD_INTEGER (w) ? v : 0.0;
    }
  else
    {
      if (v < 0)
        {
          if (w != floor (w))
            return rs_interp_reject (self, line, "a negative number to a fractional power is "
                                     "a complex number, which is not in the subset");
          v = -v;
          negate = IS_ODD_INTEGER (w);
        }
      r = v == 1.0 ? 1.0 : pow (v, w);
      if (isinf (r))
        return rs_interp_raise (self, line, "OverflowError", "(34, 'Numerical result out of range')");
      r = negate ? -r : r;
    }
  *out = rs_interp_make_float (self, r);
  return TRUE;
}

static RsBig
big_mulmod (const RsBig *a,
            const RsBig *b,
            const RsBig *m)
{
  RsBig t = rs_big_mul (a, b), q, r;

  if (m == NULL)
    return t;
  rs_big_divmod (&t, m, &q, &r);
  rs_big_clear (&t);
  rs_big_clear (&q);
  return r;
}

/* @base ** @e (e >= 0) by squaring, modulo @m when not NULL */
static RsBig
big_pow (const RsBig *base,
         RsBig       *e,
         const RsBig *m)
{
  RsBig one = rs_big_from_i128 (1), r = big_mulmod (&one, &one, m), b = big_mulmod (base, &one, m);

  while (e->d->len > 0)
    {
      RsBig q, t;
      if (g_array_index (e->d, guint32, 0) & 1)
        {
          t = big_mulmod (&r, &b, m);
          rs_big_clear (&r);
          r = t;
        }
      q = rs_big_rshift (e, 1);
      rs_big_clear (e);
      *e = q;
      if (e->d->len > 0)
        {
          t = big_mulmod (&b, &b, m);
          rs_big_clear (&b);
          b = t;
        }
    }
  rs_big_clear (&b);
  rs_big_clear (&one);
  return r;
}

/* The inverse of @a modulo @m (m > 0), or FALSE (extended Euclid) */
static gboolean
big_inverse (const RsBig *a,
             const RsBig *m,
             RsBig       *out)
{
  RsBig zero = rs_big_from_i128 (0), one = rs_big_from_i128 (1);
  RsBig r0 = rs_big_add (m, &zero), r1, q, rem, t0 = rs_big_from_i128 (0), t1 = rs_big_from_i128 (1);

  rs_big_divmod (a, m, &q, &r1);
  rs_big_clear (&q);
  while (r1.d->len > 0)
    {
      rs_big_divmod (&r0, &r1, &q, &rem);
      RsBig qt = rs_big_mul (&q, &t1), nt = rs_big_sub (&t0, &qt);
      rs_big_clear (&qt);
      rs_big_clear (&q);
      rs_big_clear (&t0);
      t0 = t1;
      t1 = nt;
      rs_big_clear (&r0);
      r0 = r1;
      r1 = rem;
    }
  gboolean ok = rs_big_cmp (&r0, &one) == 0;
  if (ok)
    {
      rs_big_divmod (&t0, m, &q, out);
      rs_big_clear (&q);
    }
  rs_big_clear (&r0); rs_big_clear (&r1); rs_big_clear (&t0); rs_big_clear (&t1);
  rs_big_clear (&zero); rs_big_clear (&one);
  return ok;
}

/* @a ** @b for two numbers (long_pow, float_pow) */
gboolean
rs_interp_power (RsInterp *self,
                 RsValue   a,
                 RsValue   b,
                 guint     line,
                 RsValue  *out)
{
  double v, w;

  if (!rs_interp_is_number (a) || !rs_interp_is_number (b))
    return rs_interp_raise (self, line, "TypeError", "unsupported operand type(s) for ** or pow(): '%s' and '%s'",
                            rs_interp_type_name (self, a), rs_interp_type_name (self, b));
  if (rs_interp_is_int (a) && rs_interp_is_int (b) && rs_interp_int_cmp (self, b, rs_value_int (0)) >= 0)
    {
      RsBig x = rs_interp_int_to_big (self, a), e = rs_interp_int_to_big (self, b);
      if (!rs_interp_reserve_power (self, line, &x, &e))
        {
          rs_big_clear (&x);
          rs_big_clear (&e);
          return FALSE;
        }
      RsBig r = big_pow (&x, &e, NULL);
      rs_big_clear (&x);
      rs_big_clear (&e);
      *out = rs_interp_big_value (self, &r);
      return TRUE;
    }
  if (!rs_interp_to_double (self, a, line, &v) || !rs_interp_to_double (self, b, line, &w))
    return FALSE;
  return float_pow (self, v, w, line, out);
}

/* pow(base, exp, mod) of three ints */
static gboolean
pow_mod (RsInterp *self,
         RsValue  *args,
         guint     line,
         RsValue  *out)
{
  RsBig x = rs_interp_int_to_big (self, args[0]), e = rs_interp_int_to_big (self, args[1]), m = rs_interp_int_to_big (self, args[2]), q, r;
  gboolean negative_mod = m.neg, ok = TRUE;

  if (m.d->len == 0)
    ok = rs_interp_raise (self, line, "ValueError", "pow() 3rd argument cannot be 0");
  m.neg = FALSE;
  rs_big_divmod (&x, &m, &q, &r);
  rs_big_clear (&q);
  if (ok && e.neg)
    {
      RsBig inv;
      ok = big_inverse (&r, &m, &inv);
      if (!ok)
        rs_interp_raise (self, line, "ValueError", "base is not invertible for the given modulus");
      else
        {
          rs_big_clear (&r);
          r = inv;
          e.neg = FALSE;
        }
    }
  if (ok)
    {
      RsBig p = big_pow (&r, &e, &m);
      if (negative_mod && p.d->len > 0)
        {
          RsBig t = rs_big_sub (&p, &m);
          rs_big_clear (&p);
          p = t;
        }
      *out = rs_interp_big_value (self, &p);
    }
  rs_big_clear (&x);
  rs_big_clear (&e);
  rs_big_clear (&m);
  rs_big_clear (&r);
  return ok;
}

gboolean
rs_interp_builtin_pow (RsInterp *self,
                       RsValue  *args,
                       guint     n_args,
                       guint     line,
                       RsValue  *out)
{
  if (n_args < 2)
    return rs_interp_raise (self, line, "TypeError", "pow() missing required argument '%s' (pos %u)",
                            n_args == 0 ? "base" : "exp", n_args + 1);
  if (n_args > 3)
    return rs_interp_raise (self, line, "TypeError", "pow() takes at most 3 arguments (%u given)", n_args);
  if ((n_args == 2 || args[2] == RS_VALUE_NONE) &&
      (rs_interp_is_instance (self, args[0]) || rs_interp_is_instance (self, args[1])))
    return rs_interp_binop (self, RS_BIN_POW, args[0], args[1], line, out);
  if (n_args == 2 || args[2] == RS_VALUE_NONE)
    return rs_interp_power (self, args[0], args[1], line, out);
  /* three-argument pow calls the base's __pow__ only (no __rpow__) */
  switch (rs_interp_call_special (self, args[0], "__pow__", args + 1, 2, line, out))
    {
    case RS_SPECIAL_RAISED:
      return FALSE;
    case RS_SPECIAL_OK:
      if (*out != RS_VALUE_NOT_IMPLEMENTED)
        return TRUE;
      break;
    default:
      break;
    }
  if (!rs_interp_is_int (args[0]) || !rs_interp_is_int (args[1]) || !rs_interp_is_int (args[2]))
    {
      if (!rs_interp_is_number (args[0]) || !rs_interp_is_number (args[1]) || !rs_interp_is_number (args[2]))
        return rs_interp_raise (self, line, "TypeError",
                                "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                                rs_interp_type_name (self, args[0]), rs_interp_type_name (self, args[1]),
                                rs_interp_type_name (self, args[2]));
      return rs_interp_raise (self, line, "TypeError",
                              "pow() 3rd argument not allowed unless all arguments are integers");
    }
  return pow_mod (self, args, line, out);
}
