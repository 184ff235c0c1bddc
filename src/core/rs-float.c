/* rs-float.c: CPython's float texts: repr, the printf presentations, float()
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CPython formats with David Gay's correctly rounded dtoa; glibc's printf
 * and strtod are correctly rounded too, so a fixed precision is printf's,
 * and the shortest repr is the fewest digits that read back as the same
 * double (the nearest such when two fit, as Gay's mode 0).
 */
#include "rs-float.h"
#include "rs-big.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* g_ascii_formatd with a format built here: always the C locale */
static void
append_printf (GString    *out,
               const char *conv,
               gint        precision,
               gboolean    alt,
               double      d)
{
  /* room for 1e308's digits before the point and @precision after it */
  gsize size = 330 + (gsize) precision;
  g_autofree char *buf = g_malloc (size);
  char format[24];

  g_snprintf (format, sizeof format, "%%%s.%d%s", alt ? "#" : "", precision, conv);
  g_ascii_formatd (buf, size, format, d);
  g_string_append (out, buf);
}

static gboolean
reads_back (const char *text,
            double      d)
{
  return g_ascii_strtod (text, NULL) == d;
}

/* The @p digits of @d > 0 that read back as @d, if any: the correctly
 * rounded ones, else a neighbour; d = 0.DIGITS * 10^decpt */
static gboolean
digits_at (double  d,
           gint    p,
           char    digits[24],
           gint   *decpt)
{
  char format[16], buf[48], try[48], mant[24];
  gint n = 0;

  g_snprintf (format, sizeof format, "%%.%de", p - 1);
  g_ascii_formatd (buf, sizeof buf, format, d);
  char *e = strchr (buf, 'e');
  gint exp10 = atoi (e + 1);
  for (char *c = buf; c < e; c++)
    if (g_ascii_isdigit (*c))
      mant[n++] = *c;
  mant[n] = '\0';
  gint64 m = g_ascii_strtoll (mant, NULL, 10);
  gint64 candidates[3] = { m, m + 1, m - 1 };
  for (guint k = 0; k < 3; k++)
    {
      g_snprintf (try, sizeof try, "%" G_GINT64_FORMAT "e%d", candidates[k], exp10 - (p - 1));
      if (candidates[k] > 0 && reads_back (try, d))
        {
          g_snprintf (try, sizeof try, "%" G_GINT64_FORMAT, candidates[k]);
          gint len = strlen (try);
          *decpt = exp10 + 1 + (len - p);
          while (len > 1 && try[len - 1] == '0')
            len--;
          memcpy (digits, try, len);
          digits[len] = '\0';
          return TRUE;
        }
    }
  return FALSE;
}

/* The fewest digits that read back: more digits only get closer, so a
 * binary search over 1..17 (17 always do) */
static void
shortest_digits (double  d,
                 char    digits[24],
                 gint   *decpt)
{
  gint lo = 1, hi = 17;

  while (lo < hi)
    {
      gint mid = (lo + hi) / 2;
      if (digits_at (d, mid, digits, decpt))
        hi = mid;
      else
        lo = mid + 1;
    }
  if (!digits_at (d, lo, digits, decpt))
    g_assert_not_reached ();
}

static void
append_exponent (GString *out,
                 gint     exp10,
                 char     e)
{
  g_string_append_printf (out, "%c%c%02d", e, exp10 < 0 ? '-' : '+', ABS (exp10));
}

/* float_repr_style 'short': exponent notation below 1e-4 and from 1e16 */
void
rs_float_repr (double   d,
               GString *out)
{
  char digits[24];
  gint decpt, n;

  if (isnan (d))
    {
      g_string_append (out, "nan");
      return;
    }
  if (signbit (d))
    g_string_append_c (out, '-');
  d = fabs (d);
  if (isinf (d) || d == 0)
    {
      g_string_append (out, isinf (d) ? "inf" : "0.0");
      return;
    }
  shortest_digits (d, digits, &decpt);
  n = strlen (digits);
  if (decpt <= -4 || decpt > 16)
    {
      g_string_append_c (out, digits[0]);
      if (n > 1)
        g_string_append_printf (out, ".%s", digits + 1);
      append_exponent (out, decpt - 1, 'e');
    }
  else if (decpt <= 0)
    g_string_append_printf (out, "0.%.*s%s", -decpt, "0000", digits);
  else if (decpt >= n)
    g_string_append_printf (out, "%s%.*s.0", digits, decpt - n, "0000000000000000");
  else
    g_string_append_printf (out, "%.*s.%s", decpt, digits, digits + decpt);
}

/* No type with a precision: 'g' that keeps a '.0' and so turns to an
 * exponent one digit earlier (format_float_short's add_dot_0_if_integer) */
static void
append_general_dot0 (GString *out,
                     gint     precision,
                     double   d)
{
  gsize start = out->len;
  char *e;

  precision = MAX (precision, 1);
  append_printf (out, "e", precision - 1, FALSE, d);
  e = strchr (out->str + start, 'e');
  if (atoi (e + 1) != precision - 1)
    {
      g_string_truncate (out, start);
      append_printf (out, "g", precision, FALSE, d);
      if (strpbrk (out->str + start, ".e") == NULL)
        g_string_append (out, ".0");
      return;
    }
  /* %g's exponent form: no trailing zeros in the mantissa */
  gsize at = e - out->str, cut = at;
  while (memchr (out->str + start, '.', at - start) != NULL && out->str[cut - 1] == '0')
    cut--;
  if (cut > start && out->str[cut - 1] == '.')
    cut--;
  g_string_erase (out, cut, at - cut);
}

/* inf and nan: CPython prints no sign for a nan */
static gboolean
append_special (double    d,
                gboolean  upper,
                GString  *out)
{
  if (isnan (d))
    g_string_append (out, upper ? "NAN" : "nan");
  else if (isinf (d))
    g_string_append (out, d < 0 ? (upper ? "-INF" : "-inf") : (upper ? "INF" : "inf"));
  else
    return FALSE;
  return TRUE;
}

void
rs_float_format (double    d,
                 char      type,
                 gint      precision,
                 gboolean  alt,
                 GString  *out)
{
  gboolean upper = type == 'F' || type == 'E' || type == 'G';

  if (type == 0 && precision < 0)
    {
      rs_float_repr (d, out);
      return;
    }
  if (type == '%')
    d *= 100;
  if (!append_special (d, upper, out))
    {
      if (precision < 0)
        precision = 6;
      if (type == 'f' || type == 'F' || type == '%')
        append_printf (out, "f", precision, alt, d);
      else if (type == 'e' || type == 'E')
        append_printf (out, upper ? "E" : "e", precision, alt, d);
      else if (type == 0)
        append_general_dot0 (out, precision, d);
      else
        append_printf (out, upper ? "G" : "g", precision == 0 ? 1 : precision, alt, d);
    }
  if (type == '%')
    g_string_append_c (out, '%');
}

GString *
rs_float_ascii_number (const char *s,
                       gsize       len)
{
  GString *out = g_string_sized_new (len);

  for (const char *p = s, *end = s + len; p < end; )
    {
      gunichar c = (guchar) *p < 0x80 ? (guchar) *p : g_utf8_get_char_validated (p, end - p);
      if ((guchar) *p < 0x80)
        g_string_append_c (out, *p);
      else if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append_c (out, '?');
          p++;
          continue;
        }
      else if (g_unichar_isspace (c) || c == 0x85)
        g_string_append_c (out, ' ');
      else if (g_unichar_digit_value (c) >= 0)
        g_string_append_c (out, '0' + g_unichar_digit_value (c));
      else
        g_string_append_c (out, '?');
      p = g_utf8_next_char (p);
    }
  return out;
}

/* float(): what float_from_string accepts */
gboolean
rs_float_parse (const char *text,
                gsize       text_len,
                double     *out)
{
  g_autoptr(GString) clean = g_string_new (NULL);
  g_autoptr(GString) ascii = rs_float_ascii_number (text, text_len);
  const char *s = ascii->str, *end = s + ascii->len, *p;
  char *stop;

  while (s < end && g_ascii_isspace (*s))
    s++;
  while (end > s && g_ascii_isspace (end[-1]))
    end--;
  for (p = s; p < end; p++)
    {
      if (*p == '_')
        {
          /* only between two digits */
          if (p == s || p + 1 == end || !g_ascii_isdigit (p[-1]) || !g_ascii_isdigit (p[1]))
            return FALSE;
          continue;
        }
      if (*p == '\0' || (!g_ascii_isalnum (*p) && strchr ("+-.", *p) == NULL))
        return FALSE;
      g_string_append_c (clean, *p);
    }
  const char *body = clean->str + (clean->str[0] == '+' || clean->str[0] == '-');
  if (g_ascii_strcasecmp (body, "inf") == 0 || g_ascii_strcasecmp (body, "infinity") == 0 ||
      g_ascii_strcasecmp (body, "nan") == 0)
    {
      *out = g_ascii_tolower (body[0]) == 'n' ? NAN : INFINITY;
      if (clean->str[0] == '-')
        *out = -*out;
      return TRUE;
    }
  /* strtod also reads hex floats and 'infinite' prefixes: decimal only */
  for (p = body; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p) && strchr (".eE+-", *p) == NULL)
      return FALSE;
  if (clean->len == 0)
    return FALSE;
  *out = g_ascii_strtod (clean->str, &stop);
  return *stop == '\0' && stop != clean->str;
}

/* Most doubles are in the value itself: those of an exponent within 8
 * bits (magnitudes from 2^-126 to 2^129) and the zeros, as the 64-bit
 * Smalltalk VMs' immediate floats.  The payload is the rebased exponent
 * (8 bits), the 52 mantissa bits and the sign; an exponent of 0 is a
 * zero when the mantissa is, and else an atom (mantissa - 1) that holds
 * the repr of the rest: inf, nan, the huge and the tiny. */
#define EXP_BASE 896   /* 1023 - 127 */

RsValue
rs_float_value (RsAtoms *atoms,
                double   d)
{
  guint64 bits, sign, exp, mantissa;

  memcpy (&bits, &d, sizeof bits);
  sign = bits >> 63;
  exp = (bits >> 52) & 0x7ff;
  mantissa = bits & ((G_GUINT64_CONSTANT (1) << 52) - 1);
  if (d == 0)
    return RS_VALUE_MAKE (RS_TAG_FLOAT, sign);
  if (exp > EXP_BASE && exp - EXP_BASE <= 0xff)
    return RS_VALUE_MAKE (RS_TAG_FLOAT, ((exp - EXP_BASE) << 53) | (mantissa << 1) | sign);
  g_autoptr(GString) text = g_string_new (NULL);
  rs_float_repr (d, text);
  guint64 atom = rs_atoms_intern (atoms, text->str, text->len);
  return RS_VALUE_MAKE (RS_TAG_FLOAT, (atom + 1) << 1);
}

gboolean
rs_float_decode (RsValue  v,
                 double  *d,
                 guint32 *atom)
{
  guint64 p = RS_VALUE_PAYLOAD (v), exp = p >> 53, mantissa = (p >> 1) & ((G_GUINT64_CONSTANT (1) << 52) - 1);
  guint64 bits;

  g_assert (RS_VALUE_TAG (v) == RS_TAG_FLOAT);
  if (exp == 0 && mantissa != 0)
    {
      *atom = (guint32) (mantissa - 1);
      return FALSE;
    }
  bits = ((p & 1) << 63) | (exp == 0 ? 0 : (exp + EXP_BASE) << 52) | mantissa;
  memcpy (d, &bits, sizeof bits);
  return TRUE;
}

double
rs_float_get (RsAtoms *atoms,
              RsValue  v)
{
  double d;
  guint32 atom;

  if (rs_float_decode (v, &d, &atom))
    return d;
  return g_ascii_strtod (rs_atoms_get (atoms, atom, NULL), NULL);
}

void
rs_float_value_repr (RsAtoms *atoms,
                     RsValue  v,
                     GString *out)
{
  rs_float_repr (rs_float_get (atoms, v), out);
}

RsValue
rs_float_key (RsAtoms *atoms,
              RsValue  v)
{
  double d = rs_float_get (atoms, v);

  if (!isfinite (d) || d != trunc (d))
    return v;
  if (fabs (d) < 0x1p60)
    return rs_value_int ((gint64) d);
  RsBig b = rs_big_from_double (d);
  return RS_VALUE_MAKE (RS_TAG_BIGINT, rs_big_intern_take (atoms, &b));
}
