/* rs-interp-numbers.c: the number builtins int float str bool abs round
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rows of the builtins' table (rs-interp-builtins.c).  None runs script
 * code (special methods are not in these paths), so none holds its
 * arguments longer than the call, and each checks its arguments itself,
 * in CPython's words.
 */
#include "rs-interp-private.h"
#include "rs-big.h"
#include "rs-float.h"

#include <math.h>
#include <string.h>

static RsValue
int_value (RsValue v)
{
  if (v == RS_VALUE_TRUE || v == RS_VALUE_FALSE)
    return rs_value_int (v == RS_VALUE_TRUE);
  return v;
}

static gboolean
at_most (RsInterp   *self,
         const char *name,
         guint       max,
         guint       n_args,
         guint       line)
{
  if (n_args <= max)
    return TRUE;
  return rs_interp_raise (self, line, "TypeError", "%s() takes at most %u argument%s (%u given)",
                          name, max, max == 1 ? "" : "s", n_args);
}

/* int() of a str: CPython's PyLong_FromString */

static gint
digit_value (char c)
{
  if (g_ascii_isdigit (c))
    return c - '0';
  if (g_ascii_isalpha (c))
    return g_ascii_tolower (c) - 'a' + 10;
  return 99;
}

/* The digits of @s (spaces, a sign, a prefix and underscores taken off)
 * in @base (0: from the prefix), or NULL when it is no int literal */
static char *
clean_digits (const char *s,
              gsize       len,
              gint       *base,
              gboolean   *neg)
{
  const char *end = s + len;
  g_autoptr(GString) digits = g_string_new (NULL);

  while (s < end && g_ascii_isspace (*s))
    s++;
  while (end > s && g_ascii_isspace (end[-1]))
    end--;
  *neg = s < end && *s == '-';
  if (s < end && (*s == '+' || *s == '-'))
    s++;
  gboolean prefixed = FALSE;
  if (end - s >= 2 && s[0] == '0' && strchr ("xXoObB", s[1]) != NULL)
    {
      gint b = g_ascii_tolower (s[1]) == 'x' ? 16 : g_ascii_tolower (s[1]) == 'o' ? 8 : 2;
      if (*base == 0 || *base == b)
        {
          *base = b;
          s += 2;
          prefixed = TRUE;
        }
    }
  if (*base == 0)
    {
      *base = 10;
      /* base 0 reads literals: no leading zeros but zeros */
      for (const char *p = s; p < end && s[0] == '0'; p++)
        if (*p != '0' && *p != '_')
          return NULL;
    }
  for (const char *p = s; p < end; p++)
    {
      if (*p == '_' && (p > s || prefixed) && p + 1 < end && p[1] != '_')
        continue;
      if (digit_value (*p) >= *base)
        return NULL;
      g_string_append_c (digits, *p);
    }
  if (digits->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&digits), FALSE);
}

static gboolean
int_from_str (RsInterp *self,
              RsValue   str,
              gint      base,
              guint     line,
              RsValue  *out)
{
  gsize len;
  const char *s = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (str), &len);
  gint given = base;
  gboolean neg;
  g_autoptr(GString) ascii = rs_float_ascii_number (s, len);
  g_autofree char *digits = clean_digits (ascii->str, ascii->len, &base, &neg);

  if (digits == NULL)
    {
      g_autoptr(GString) r = g_string_new (NULL);
      rs_value_repr_str (s, len, r);
      return rs_interp_raise (self, line, "ValueError", "invalid literal for int() with base %d: %s",
                              given, r->str);
    }
  if ((base & (base - 1)) != 0 && strlen (digits) > RS_BIG_MAX_STR_DIGITS)
    return rs_interp_raise (self, line, "ValueError",
                            "Exceeds the limit (%d digits) for integer string conversion: value has %"
                            G_GSIZE_FORMAT " digits; use sys.set_int_max_str_digits() to increase the limit",
                            RS_BIG_MAX_STR_DIGITS, strlen (digits));
  RsBig r = rs_big_from_digits (digits, strlen (digits), base, neg);
  *out = rs_interp_big_value (self, &r);
  return TRUE;
}

gboolean
rs_interp_builtin_int (RsInterp *self,
                       RsValue  *args,
                       guint     n_args,
                       guint     line,
                       RsValue  *out)
{
  gint64 base = 10;

  if (!at_most (self, "int", 2, n_args, line))
    return FALSE;
  if (n_args == 0)
    {
      *out = rs_value_int (0);
      return TRUE;
    }
  if (n_args == 1 && rs_interp_is_proxy (self, args[0]))
    return rs_interp_proxy_builtin (self, rs_interp_builtin_int, args, n_args, line, out);
  if (n_args == 2)
    {
      if (!rs_interp_is_int (args[1]) || RS_VALUE_TAG (args[1]) == RS_TAG_BIGINT)
        return rs_interp_raise (self, line, RS_VALUE_TAG (args[1]) == RS_TAG_BIGINT ? "ValueError" : "TypeError",
                                RS_VALUE_TAG (args[1]) == RS_TAG_BIGINT
                                ? "int() base must be >= 2 and <= 36, or 0"
                                : "'%s' object cannot be interpreted as an integer",
                                rs_interp_type_name (self, args[1]));
      rs_interp_get_index (self, args[1], &base);
      if (RS_VALUE_TAG (args[0]) != RS_TAG_STR)
        return rs_interp_raise (self, line, "TypeError", "int() can't convert non-string with explicit base");
      if (base != 0 && (base < 2 || base > 36))
        return rs_interp_raise (self, line, "ValueError", "int() base must be >= 2 and <= 36, or 0");
    }
  if (RS_VALUE_TAG (args[0]) == RS_TAG_STR)
    return int_from_str (self, args[0], base, line, out);
  if (RS_VALUE_TAG (args[0]) == RS_TAG_FLOAT)
    return rs_interp_float_to_int (self, args[0], line, out);
  if (rs_interp_is_int (args[0]))
    {
      *out = int_value (args[0]);
      return TRUE;
    }
  if (rs_interp_is_instance (self, args[0]))
    {
      /* int is a type without vectorcall: its argument is in the call's tuple */
      rs_heap_incref (self->heap, args[0]);
      gboolean ok = rs_interp_special_number (self, args[0], FALSE, line, out);
      rs_heap_decref (self->heap, args[0]);
      return ok;
    }
  return rs_interp_raise (self, line, "TypeError",
                          "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                          rs_interp_type_name (self, args[0]));
}

gboolean
rs_interp_builtin_float (RsInterp *self,
                         RsValue  *args,
                         guint     n_args,
                         guint     line,
                         RsValue  *out)
{
  double d = 0;

  if (n_args > 1)
    return rs_interp_raise (self, line, "TypeError", "float expected at most 1 argument, got %u", n_args);
  if (n_args == 1 && rs_interp_is_proxy (self, args[0]))
    return rs_interp_proxy_builtin (self, rs_interp_builtin_float, args, n_args, line, out);
  if (n_args == 0 || RS_VALUE_TAG (args[0]) == RS_TAG_FLOAT)
    {
      *out = n_args == 0 ? rs_interp_make_float (self, 0.0) : args[0];
      return TRUE;
    }
  if (RS_VALUE_TAG (args[0]) == RS_TAG_STR)
    {
      gsize len;
      const char *s = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (args[0]), &len);
      if (!rs_float_parse (s, len, &d))
        {
          g_autoptr(GString) r = g_string_new (NULL);
          rs_value_repr_str (s, len, r);
          return rs_interp_raise (self, line, "ValueError", "could not convert string to float: %s", r->str);
        }
    }
  else if (rs_interp_is_instance (self, args[0]))
    return rs_interp_special_number (self, args[0], TRUE, line, out);
  else if (!rs_interp_is_int (args[0]))
    return rs_interp_raise (self, line, "TypeError",
                            "float() argument must be a string or a real number, not '%s'",
                            rs_interp_type_name (self, args[0]));
  else if (!rs_interp_to_double (self, args[0], line, &d))
    return FALSE;
  *out = rs_interp_make_float (self, d);
  return TRUE;
}

gboolean
rs_interp_builtin_str (RsInterp *self,
                       RsValue  *args,
                       guint     n_args,
                       guint     line,
                       RsValue  *out)
{
  g_autoptr(GString) s = g_string_new (NULL);

  if (!at_most (self, "str", 3, n_args, line))
    return FALSE;
  if (n_args >= 2)
    {
      /* str(object, encoding): only bytes decode */
      if (RS_VALUE_TAG (args[1]) != RS_TAG_STR)
        return rs_interp_raise (self, line, "TypeError", "str() argument 'encoding' must be str, not %s",
                                rs_interp_type_name (self, args[1]));
      if (RS_VALUE_TAG (args[0]) == RS_TAG_STR)
        return rs_interp_raise (self, line, "TypeError", "decoding str is not supported");
      return rs_interp_raise (self, line, "TypeError", "decoding to str: need a bytes-like object, %s found",
                              rs_interp_type_name (self, args[0]));
    }
  if (n_args == 1 && RS_VALUE_TAG (args[0]) == RS_TAG_STR)
    {
      *out = args[0];
      return TRUE;
    }
  /* str is a type: its call packs the argument in a tuple, which holds
   * it while a script __str__ runs */
  gboolean packed = n_args == 1 && rs_interp_text_runs_code (self, args[0]);
  if (packed)
    rs_heap_incref (self->heap, args[0]);
  rs_interp_text_begin (self);
  gboolean ok = n_args == 0 || rs_interp_str (self, args[0], s);
  if (packed)
    rs_heap_decref (self->heap, args[0]);
  if (!ok)
    return rs_interp_format_failed (self, line);
  *out = rs_interp_text_str (self, s, TRUE);
  return TRUE;
}

gboolean
rs_interp_builtin_bool (RsInterp *self,
                        RsValue  *args,
                        guint     n_args,
                        guint     line,
                        RsValue  *out)
{
  if (n_args > 1)
    return rs_interp_raise (self, line, "TypeError", "bool expected at most 1 argument, got %u", n_args);
  gboolean truth = FALSE;
  if (n_args == 1 && !rs_interp_truth (self, args[0], line, &truth))
    return FALSE;
  *out = truth ? RS_VALUE_TRUE : RS_VALUE_FALSE;
  return TRUE;
}

gboolean
rs_interp_builtin_abs (RsInterp *self,
                       RsValue  *args,
                       guint     n_args,
                       guint     line,
                       RsValue  *out)
{
  if (n_args != 1)
    return rs_interp_raise (self, line, "TypeError", "abs() takes exactly one argument (%u given)", n_args);
  if (rs_interp_is_proxy (self, args[0]))
    return rs_interp_proxy_builtin (self, rs_interp_builtin_abs, args, n_args, line, out);
  if (rs_interp_is_instance (self, args[0]))
    return rs_interp_special_unary (self, args[0], "__abs__", "abs()", line, out);
  RsValue v = int_value (args[0]);
  if (RS_VALUE_TAG (v) == RS_TAG_FLOAT)
    {
      *out = rs_interp_make_float (self, fabs (rs_float_get (self->atoms, v)));
      return TRUE;
    }
  if (!rs_interp_is_int (v))
    return rs_interp_raise (self, line, "TypeError", "bad operand type for abs(): '%s'",
                            rs_interp_type_name (self, v));
  if (rs_interp_int_cmp (self, v, rs_value_int (0)) >= 0)
    {
      *out = v;
      return TRUE;
    }
  return rs_interp_negate (self, v, line, out);
}

/* round() */

/* @d rounded half to even at 10^-@ndigits, as CPython's double_round:
 * on the exact decimal expansion of the double, then read back */
static double
round_double (double d,
              gint   ndigits)
{
  /* every double's expansion ends within 1074 digits after the point */
  g_autofree char *exact = g_malloc (1500);
  g_ascii_formatd (exact, 1500, "%.1080f", fabs (d));
  char *point = strchr (exact, '.');
  gint int_len = point - exact;
  /* the digits without the point; the rounding digit is at int_len + ndigits */
  memmove (point, point + 1, strlen (point + 1) + 1);
  gint keep = int_len + ndigits;
  if (keep < 0)
    return copysign (0.0, d);
  gboolean up = FALSE;
  if (exact[keep] > '5')
    up = TRUE;
  else if (exact[keep] == '5')
    {
      up = strspn (exact + keep + 1, "0") != strlen (exact + keep + 1) ||
           (keep > 0 && (exact[keep - 1] - '0') % 2 == 1);
    }
  g_autoptr(GString) r = g_string_new ("0");
  g_string_append_len (r, exact, keep);
  for (gint i = r->len - 1; up && i >= 0; i--)
    {
      if (r->str[i] == '9')
        r->str[i] = '0';
      else
        {
          r->str[i]++;
          up = FALSE;
        }
    }
  g_string_append_printf (r, "e%d", -ndigits);
  return copysign (g_ascii_strtod (r->str, NULL), d);
}

/* No fewer than the decimal digits of an int, without the sign: what
 * its bits could hold */
static gsize
int_digits (RsInterp *self,
            RsValue   v)
{
  g_auto(RsBig) b = rs_interp_int_to_big (self, v);

  return (gsize) (rs_big_bit_length (&b) * 0.30102999566398120) + 1;
}

/* round(int, negative ndigits): half to even at 10^-@ndigits */
static RsValue
round_int (RsInterp *self,
           RsValue   v,
           gint64    ndigits)
{
  g_auto(RsBig) ten = rs_big_from_i128 (10);
  RsBig x = rs_interp_int_to_big (self, v), p = rs_big_pow (&ten, -ndigits), q, r, two = rs_big_from_i128 (2);
  rs_big_divmod (&x, &p, &q, &r);
  RsBig twice = rs_big_mul (&r, &two);
  gint c = rs_big_cmp (&twice, &p);
  RsBig one = rs_big_from_i128 (1), q2, odd;
  rs_big_divmod (&q, &two, &q2, &odd);
  if (c > 0 || (c == 0 && odd.d->len > 0))
    {
      RsBig t = rs_big_add (&q, &one);
      rs_big_clear (&q);
      q = t;
    }
  RsBig result = rs_big_mul (&q, &p);
  rs_big_clear (&x); rs_big_clear (&p); rs_big_clear (&q); rs_big_clear (&r);
  rs_big_clear (&two); rs_big_clear (&twice); rs_big_clear (&one);
  rs_big_clear (&q2); rs_big_clear (&odd);
  return rs_interp_big_value (self, &result);
}

static gboolean
round_float (RsInterp *self,
             double    d,
             gboolean  to_int,
             gint64    ndigits,
             guint     line,
             RsValue  *out)
{
  if (to_int)
    {
      double r = round (d);
      if (fabs (d - r) == 0.5)
        r = 2.0 * round (d / 2.0);
      return rs_interp_float_to_int (self, rs_interp_make_float (self, r), line, out);
    }
  /* float___round___impl's bounds: beyond them nothing or everything goes */
  if (!isfinite (d) || ndigits > 323 || d == 0)
    *out = rs_interp_make_float (self, d);
  else if (ndigits < -308)
    *out = rs_interp_make_float (self, copysign (0.0, d));
  else
    {
      double r = round_double (d, ndigits);
      if (isinf (r))
        return rs_interp_raise (self, line, "OverflowError", "rounded value too large to represent");
      *out = rs_interp_make_float (self, r);
    }
  return TRUE;
}

gboolean
rs_interp_builtin_round (RsInterp *self,
                         RsValue  *args,
                         guint     n_args,
                         guint     line,
                         RsValue  *out)
{
  gint64 ndigits = 0;
  gboolean to_int = n_args < 2 || args[1] == RS_VALUE_NONE;

  if (n_args == 0)
    return rs_interp_raise (self, line, "TypeError", "round() missing required argument 'number' (pos 1)");
  if (!at_most (self, "round", 2, n_args, line))
    return FALSE;
  if (!rs_interp_is_number (args[0]))
    return rs_interp_raise (self, line, "TypeError", "type %s doesn't define __round__ method",
                            rs_interp_type_name (self, args[0]));
  if (!to_int && !rs_interp_get_index (self, args[1], &ndigits))
    return rs_interp_raise (self, line, "TypeError", "'%s' object cannot be interpreted as an integer",
                            rs_interp_type_name (self, args[1]));
  if (RS_VALUE_TAG (args[0]) == RS_TAG_FLOAT)
    return round_float (self, rs_float_get (self->atoms, args[0]), to_int, ndigits, line, out);
  if (to_int || ndigits >= 0)
    *out = int_value (args[0]);
  else if ((gint64) int_digits (self, args[0]) < -ndigits)
    *out = rs_value_int (0);   /* below half of 10^-ndigits */
  else
    *out = round_int (self, args[0], ndigits);
  return TRUE;
}
