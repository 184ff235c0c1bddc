/* rs-interp-str-class.c: the str predicates isdigit, isalpha, ... isascii
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CPython's definitions over GLib's character classes; the code points
 * that are digits without being decimal, and the numeric ones outside the
 * number categories (CJK numerals), are listed below as Python 3.11's
 * unicodedata (Unicode 14.0) has them.
 */
#include "rs-interp-str.h"

/* str.isdigit() and not str.isdecimal() */
static const RsCharRange digit_ranges[] = {
  { 0xB2, 0xB3 }, { 0xB9, 0xB9 }, { 0x1369, 0x1371 }, { 0x19DA, 0x19DA },
  { 0x2070, 0x2070 }, { 0x2074, 0x2079 }, { 0x2080, 0x2089 }, { 0x2460, 0x2468 },
  { 0x2474, 0x247C }, { 0x2488, 0x2490 }, { 0x24EA, 0x24EA }, { 0x24F5, 0x24FD },
  { 0x24FF, 0x24FF }, { 0x2776, 0x277E }, { 0x2780, 0x2788 }, { 0x278A, 0x2792 },
  { 0x10A40, 0x10A43 }, { 0x10E60, 0x10E68 }, { 0x11052, 0x1105A },
  { 0x1F100, 0x1F10A },
};

/* str.isnumeric() of a code point outside Nd, Nl and No */
static const RsCharRange numeric_ranges[] = {
  { 0x3405, 0x3405 }, { 0x3483, 0x3483 }, { 0x382A, 0x382A }, { 0x3B4D, 0x3B4D },
  { 0x4E00, 0x4E00 }, { 0x4E03, 0x4E03 }, { 0x4E07, 0x4E07 }, { 0x4E09, 0x4E09 },
  { 0x4E5D, 0x4E5D }, { 0x4E8C, 0x4E8C }, { 0x4E94, 0x4E94 }, { 0x4E96, 0x4E96 },
  { 0x4EBF, 0x4EC0 }, { 0x4EDF, 0x4EDF }, { 0x4EE8, 0x4EE8 }, { 0x4F0D, 0x4F0D },
  { 0x4F70, 0x4F70 }, { 0x5104, 0x5104 }, { 0x5146, 0x5146 }, { 0x5169, 0x5169 },
  { 0x516B, 0x516B }, { 0x516D, 0x516D }, { 0x5341, 0x5341 }, { 0x5343, 0x5345 },
  { 0x534C, 0x534C }, { 0x53C1, 0x53C4 }, { 0x56DB, 0x56DB }, { 0x58F1, 0x58F1 },
  { 0x58F9, 0x58F9 }, { 0x5E7A, 0x5E7A }, { 0x5EFE, 0x5EFF }, { 0x5F0C, 0x5F0E },
  { 0x5F10, 0x5F10 }, { 0x62FE, 0x62FE }, { 0x634C, 0x634C }, { 0x67D2, 0x67D2 },
  { 0x6F06, 0x6F06 }, { 0x7396, 0x7396 }, { 0x767E, 0x767E }, { 0x8086, 0x8086 },
  { 0x842C, 0x842C }, { 0x8CAE, 0x8CAE }, { 0x8CB3, 0x8CB3 }, { 0x8D30, 0x8D30 },
  { 0x9621, 0x9621 }, { 0x9646, 0x9646 }, { 0x964C, 0x964C }, { 0x9678, 0x9678 },
  { 0x96F6, 0x96F6 }, { 0xF96B, 0xF96B }, { 0xF973, 0xF973 }, { 0xF978, 0xF978 },
  { 0xF9B2, 0xF9B2 }, { 0xF9D1, 0xF9D1 }, { 0xF9D3, 0xF9D3 }, { 0xF9FD, 0xF9FD },
  { 0x20001, 0x20001 }, { 0x20064, 0x20064 }, { 0x200E2, 0x200E2 },
  { 0x20121, 0x20121 }, { 0x2092A, 0x2092A }, { 0x20983, 0x20983 },
  { 0x2098C, 0x2098C }, { 0x2099C, 0x2099C }, { 0x20AEA, 0x20AEA },
  { 0x20AFD, 0x20AFD }, { 0x20B19, 0x20B19 }, { 0x22390, 0x22390 },
  { 0x22998, 0x22998 }, { 0x23B1B, 0x23B1B }, { 0x2626D, 0x2626D },
  { 0x2F890, 0x2F890 },
};

static gboolean
is_decimal (gunichar c)
{
  return g_unichar_type (c) == G_UNICODE_DECIMAL_NUMBER;
}

static gboolean
is_digit (gunichar c)
{
  return is_decimal (c) || rs_interp_str_in_ranges (c, digit_ranges, G_N_ELEMENTS (digit_ranges));
}

static gboolean
is_numeric (gunichar c)
{
  GUnicodeType t = g_unichar_type (c);

  return t == G_UNICODE_DECIMAL_NUMBER || t == G_UNICODE_LETTER_NUMBER || t == G_UNICODE_OTHER_NUMBER
         || rs_interp_str_in_ranges (c, numeric_ranges, G_N_ELEMENTS (numeric_ranges));
}

static gboolean
is_alpha (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_LOWERCASE_LETTER:
    case G_UNICODE_MODIFIER_LETTER:
    case G_UNICODE_OTHER_LETTER:
    case G_UNICODE_TITLECASE_LETTER:
    case G_UNICODE_UPPERCASE_LETTER:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_alnum (gunichar c)
{
  return is_alpha (c) || is_numeric (c);
}

static gboolean
is_ascii (gunichar c)
{
  return c < 0x80;
}

/* TRUE when every code point is one, and there is at least one
 * (@empty: what an empty str answers) */
static gboolean
all_chars (RsInterp  *self,
           RsValue    v,
           gboolean (*pred) (gunichar),
           gboolean   empty,
           RsValue   *out)
{
  glong n;
  g_autofree gunichar *c = rs_interp_str_chars (self, v, &n);
  gboolean all = n > 0 || empty;

  for (glong i = 0; i < n && all; i++)
    all = pred (c[i]);
  *out = all ? RS_VALUE_TRUE : RS_VALUE_FALSE;
  return TRUE;
}

#define CLASS_METHOD(name, pred, empty) \
  RS_STR_METHOD (name) \
  { \
    return all_chars (self, args[0], pred, empty, out); \
  }

CLASS_METHOD (isdigit, is_digit, FALSE)
CLASS_METHOD (isdecimal, is_decimal, FALSE)
CLASS_METHOD (isnumeric, is_numeric, FALSE)
CLASS_METHOD (isalpha, is_alpha, FALSE)
CLASS_METHOD (isalnum, is_alnum, FALSE)
CLASS_METHOD (isspace, rs_interp_str_is_space, FALSE)
CLASS_METHOD (isprintable, rs_value_unichar_printable, TRUE)
CLASS_METHOD (isascii, is_ascii, TRUE)

/* isupper, islower: no code point of the other case (or title case), at
 * least one of this one */
static gboolean
one_case (RsInterp *self,
          RsValue   v,
          gboolean  upper,
          RsValue  *out)
{
  glong n;
  g_autofree gunichar *c = rs_interp_str_chars (self, v, &n);
  gboolean cased = FALSE;

  *out = RS_VALUE_FALSE;
  for (glong i = 0; i < n; i++)
    {
      gboolean u = rs_interp_str_is_upper (c[i]), l = rs_interp_str_is_lower (c[i]);
      if (g_unichar_istitle (c[i]) || (upper ? l : u))
        return TRUE;
      cased = cased || (upper ? u : l);
    }
  *out = cased ? RS_VALUE_TRUE : RS_VALUE_FALSE;
  return TRUE;
}

RS_STR_METHOD (isupper)
{
  return one_case (self, args[0], TRUE, out);
}

RS_STR_METHOD (islower)
{
  return one_case (self, args[0], FALSE, out);
}

/* unicode_istitle_impl: upper and title case only after uncased ones,
 * lower case only after cased ones */
RS_STR_METHOD (istitle)
{
  glong n;
  g_autofree gunichar *c = rs_interp_str_chars (self, args[0], &n);
  gboolean cased = FALSE, previous = FALSE;

  *out = RS_VALUE_FALSE;
  for (glong i = 0; i < n; i++)
    {
      if (rs_interp_str_is_upper (c[i]) || g_unichar_istitle (c[i]))
        {
          if (previous)
            return TRUE;
          previous = cased = TRUE;
        }
      else if (rs_interp_str_is_lower (c[i]))
        {
          if (!previous)
            return TRUE;
          previous = cased = TRUE;
        }
      else
        previous = FALSE;
    }
  *out = cased ? RS_VALUE_TRUE : RS_VALUE_FALSE;
  return TRUE;
}

/* XID_Start (or _) then XID_Continue, approximated by the categories */
static gboolean
id_continue (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_NON_SPACING_MARK:
    case G_UNICODE_SPACING_MARK:
    case G_UNICODE_DECIMAL_NUMBER:
    case G_UNICODE_CONNECT_PUNCTUATION:
    case G_UNICODE_LETTER_NUMBER:
      return TRUE;
    default:
      return is_alpha (c);
    }
}

RS_STR_METHOD (isidentifier)
{
  glong n;
  g_autofree gunichar *c = rs_interp_str_chars (self, args[0], &n);
  gboolean ok = n > 0 && (c[0] == '_' || is_alpha (c[0])
                          || g_unichar_type (c[0]) == G_UNICODE_LETTER_NUMBER);

  for (glong i = 1; i < n && ok; i++)
    ok = id_continue (c[i]);
  *out = ok ? RS_VALUE_TRUE : RS_VALUE_FALSE;
  return TRUE;
}
