/* rs-interp-format-spec.c: format(value, spec), the format-spec mini-language of int and str, hex oct bin
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As CPython 3.11's Python/formatter_unicode.c: a spec is parsed once
 * (parse_internal_render_format_spec), then str's, int's or float's
 * __format__ renders it; every other value has object.__format__, which
 * takes only the empty spec.  Errors are CPython's, word for word.
 */
#include "rs-interp-private.h"
#include "rs-float.h"

#include <string.h>

typedef struct {
  gunichar fill;
  char     align;
  char     sign;
  gboolean no_neg_0;
  gboolean alternate;
  gint64   width;       /* -1: none */
  char     grouping;    /* 0, ',' or '_' */
  guint    group_size;  /* 3, or 4 for '_' in bin, oct and hex */
  gint64   precision;   /* -1: none */
  gunichar type;
} Spec;

static gboolean
is_align (gunichar c)
{
  return c == '<' || c == '>' || c == '=' || c == '^';
}

/* get_integer: FALSE on overflow; *consumed the digits read */
static gboolean
read_integer (const gunichar *s,
              glong          *pos,
              glong           n,
              gint64         *value,
              glong          *consumed)
{
  glong start = *pos;

  *value = 0;
  for (; *pos < n && s[*pos] >= '0' && s[*pos] <= '9'; (*pos)++)
    {
      if (*value > (G_MAXSSIZE - (s[*pos] - '0')) / 10)
        return FALSE;
      *value = *value * 10 + (s[*pos] - '0');
    }
  *consumed = *pos - start;
  return TRUE;
}

static gboolean
invalid_separator (RsInterp *self,
                   char      sep,
                   gunichar  type,
                   guint     line)
{
  if (type > 32 && type < 128)
    return rs_interp_raise (self, line, "ValueError", "Cannot specify '%c' with '%c'.", sep, (char) type);
  return rs_interp_raise (self, line, "ValueError", "Cannot specify '%c' with '\\x%x'.", sep, type);
}

/* parse_internal_render_format_spec */
static gboolean
parse_spec (RsInterp       *self,
            const gunichar *s,
            glong           n,
            gunichar        default_type,
            char            default_align,
            const char     *text,
            const char     *type_name,
            guint           line,
            Spec           *spec)
{
  glong pos = 0, consumed;
  gboolean fill_given = FALSE, align_given = FALSE;

  *spec = (Spec) { ' ', default_align, 0, FALSE, FALSE, -1, 0, 3, -1, default_type };
  if (n >= 2 && is_align (s[1]))
    {
      spec->fill = s[0];
      spec->align = s[1];
      fill_given = align_given = TRUE;
      pos = 2;
    }
  else if (n >= 1 && is_align (s[0]))
    {
      spec->align = s[0];
      align_given = TRUE;
      pos = 1;
    }
  if (pos < n && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' '))
    spec->sign = s[pos++];
  if (pos < n && s[pos] == 'z')
    spec->no_neg_0 = TRUE, pos++;
  if (pos < n && s[pos] == '#')
    spec->alternate = TRUE, pos++;
  if (!fill_given && pos < n && s[pos] == '0')
    {
      spec->fill = '0';
      if (!align_given && default_align == '>')
        spec->align = '=';
      pos++;
    }
  if (!read_integer (s, &pos, n, &spec->width, &consumed))
    return rs_interp_raise (self, line, "ValueError", "Too many decimal digits in format string");
  if (consumed == 0)
    spec->width = -1;
  if (pos < n && s[pos] == ',')
    spec->grouping = ',', pos++;
  if (pos < n && s[pos] == '_')
    {
      if (spec->grouping != 0)
        return rs_interp_raise (self, line, "ValueError", "Cannot specify both ',' and '_'.");
      spec->grouping = '_', pos++;
    }
  if (pos < n && s[pos] == ',' && spec->grouping == '_')
    return rs_interp_raise (self, line, "ValueError", "Cannot specify both ',' and '_'.");
  if (pos < n && s[pos] == '.')
    {
      pos++;
      if (!read_integer (s, &pos, n, &spec->precision, &consumed))
        return rs_interp_raise (self, line, "ValueError", "Too many decimal digits in format string");
      if (consumed == 0)
        return rs_interp_raise (self, line, "ValueError", "Format specifier missing precision");
    }
  /* a width or a precision is what the result takes, about: reserved
   * before the padding or the digits are made */
  if (spec->width > 0 && !rs_interp_reserve (self, line, spec->width, 2, 0))
    return FALSE;
  if (spec->precision > 0 && !rs_interp_reserve (self, line, spec->precision, 2, 0))
    return FALSE;
  if (n - pos > 1)
    return rs_interp_raise (self, line, "ValueError", "Invalid format specifier '%s' for object of type '%s'",
                            text, type_name);
  if (n - pos == 1)
    spec->type = s[pos];
  if (spec->grouping != 0)
    {
      if (strchr ("defgEGF%", (char) spec->type) != NULL && spec->type < 128)
        return TRUE;     /* '\0' is in the set too: no type */
      if (spec->grouping == '_' && spec->type < 128 && strchr ("boxX", (char) spec->type) != NULL
          && spec->type != 0)
        {
          spec->group_size = 4;
          return TRUE;
        }
      return invalid_separator (self, spec->grouping, spec->type, line);
    }
  return TRUE;
}

static gboolean
unknown_code (RsInterp   *self,
              gunichar    type,
              const char *type_name,
              guint       line)
{
  if (type > 32 && type < 128)
    return rs_interp_raise (self, line, "ValueError", "Unknown format code '%c' for object of type '%s'",
                            (char) type, type_name);
  return rs_interp_raise (self, line, "ValueError", "Unknown format code '\\x%x' for object of type '%s'",
                          type, type_name);
}

static void
append_fill (GString  *out,
             gunichar  fill,
             gint64    n)
{
  for (; n > 0; n--)
    g_string_append_unichar (out, fill);
}

/* format_string_internal */
static gboolean
format_str (RsInterp    *self,
            const char  *text,
            gsize        len,
            const Spec  *spec,
            guint        line,
            GString     *out)
{
  glong chars = rs_interp_str_length (text, len);
  gint64 pad;

  if (spec->sign != 0)
    return rs_interp_raise (self, line, "ValueError", "Sign not allowed in string format specifier");
  if (spec->no_neg_0)
    return rs_interp_raise (self, line, "ValueError",
                            "Negative zero coercion (z) not allowed in format specifier");
  if (spec->alternate)
    return rs_interp_raise (self, line, "ValueError",
                            "Alternate form (#) not allowed in string format specifier");
  if (spec->align == '=')
    return rs_interp_raise (self, line, "ValueError",
                            "'=' alignment not allowed in string format specifier");
  if (spec->precision >= 0 && chars > spec->precision)
    {
      len = g_utf8_offset_to_pointer (text, spec->precision) - text;
      chars = spec->precision;
    }
  pad = spec->width > chars ? spec->width - chars : 0;
  append_fill (out, spec->fill, spec->align == '>' ? pad : spec->align == '^' ? pad / 2 : 0);
  g_string_append_len (out, text, len);
  append_fill (out, spec->fill, spec->align == '>' ? 0 : spec->align == '^' ? pad - pad / 2 : pad);
  return TRUE;
}

gboolean
rs_interp_raise_int_text_limit (RsInterp *self,
                                guint     line)
{
  return rs_interp_raise (self, line, "ValueError",
                          "Exceeds the limit (%d digits) for integer string conversion; "
                          "use sys.set_int_max_str_digits() to increase the limit",
                          RS_BIG_MAX_STR_DIGITS);
}

gboolean
rs_interp_int_digits (RsInterp *self,
                      RsValue   v,
                      guint     base,
                      gboolean *negative,
                      GString  *out,
                      guint     line)
{
  if (base == 10)
    {
      g_autofree char *text = rs_interp_int_text (self, v);
      if (text == NULL)
        return rs_interp_raise_int_text_limit (self, line);
      *negative = text[0] == '-';
      g_string_append (out, text + *negative);
      return TRUE;
    }
  g_auto(RsBig) b = rs_interp_int_to_big (self, v);
  *negative = b.neg;
  rs_big_append_pow2_digits (&b, base, out);
  return TRUE;
}

/* One group of @l characters, written backwards: the last of the
 * @remaining digits, zeros in front of them when they run out; returns
 * how many digits it used */
static gint64
emit_group (GString    *rev,
            const char *digits,
            gint64      remaining,
            gint64      l,
            char        sep)
{
  gint64 zeros = MAX (0, l - remaining), chars = MAX (0, MIN (remaining, l));

  if (sep != 0)
    g_string_append_c (rev, sep);
  for (gint64 k = 0; k < chars; k++)
    g_string_append_c (rev, digits[remaining - 1 - k]);
  for (gint64 k = 0; k < zeros; k++)
    g_string_append_c (rev, '0');
  return chars;
}

/* _PyUnicode_InsertThousandsGrouping: @digits grouped from the right,
 * zeros added up to @min_width (separators counted); @group 0: none */
static void
group_digits (const char *digits,
              gint64      remaining,
              gint64      min_width,
              guint       group,
              char        sep,
              GString    *out)
{
  g_autoptr(GString) rev = g_string_new (NULL);
  gboolean use_sep = FALSE;

  for (;;)
    {
      gint64 l = MAX (MAX (remaining, min_width), 1);

      if (group == 0)
        {
          emit_group (rev, digits, remaining, l, 0);
          break;
        }
      l = MIN ((gint64) group, l);
      remaining -= emit_group (rev, digits, remaining, l, use_sep ? sep : 0);
      use_sep = TRUE;
      min_width -= l;
      if (remaining <= 0 && min_width <= 0)
        break;
      min_width -= 1;
    }
  for (gsize k = rev->len; k > 0; k--)
    g_string_append_c (out, rev->str[k - 1]);
}

/* format_long_internal, then calc_number_widths and fill_number */
static gboolean
format_int (RsInterp   *self,
            RsValue     v,
            const Spec *spec,
            guint       line,
            GString    *out)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  g_autoptr(GString) grouped = g_string_new (NULL);
  gboolean negative = FALSE;
  const char *prefix = "";
  char remainder[8];
  gint n_remainder = 0;   /* bytes of 'c''s character (it may be NUL) */
  char sign = 0;
  guint base = 10;
  gint64 fixed, pad;

  if (spec->precision != -1)
    return rs_interp_raise (self, line, "ValueError", "Precision not allowed in integer format specifier");
  if (spec->no_neg_0)
    return rs_interp_raise (self, line, "ValueError",
                            "Negative zero coercion (z) not allowed in integer format specifier");
  if (spec->type == 'c')
    {
      gint64 c;

      if (spec->sign != 0)
        return rs_interp_raise (self, line, "ValueError", "Sign not allowed with integer format specifier 'c'");
      if (spec->alternate)
        return rs_interp_raise (self, line, "ValueError",
                                "Alternate form (#) not allowed with integer format specifier 'c'");
      if (!rs_interp_get_index (self, v, &c) || c < 0 || c > 0x10ffff)
        return rs_interp_raise (self, line, "OverflowError", "%%c arg not in range(0x110000)");
      n_remainder = g_unichar_to_utf8 ((gunichar) c, remainder);
    }
  else
    {
      base = spec->type == 'b' ? 2 : spec->type == 'o' ? 8 : spec->type == 'x' || spec->type == 'X' ? 16 : 10;
      if (!rs_interp_int_digits (self, v, base, &negative, digits, line))
        return FALSE;
      if (spec->alternate && base != 10)
        prefix = base == 2 ? "0b" : base == 8 ? "0o" : spec->type == 'X' ? "0X" : "0x";
      if (spec->type == 'X')
        for (gsize k = 0; k < digits->len; k++)
          digits->str[k] = g_ascii_toupper (digits->str[k]);
    }
  if (spec->sign == '+')
    sign = negative ? '-' : '+';
  else if (spec->sign == ' ')
    sign = negative ? '-' : ' ';
  else if (negative)
    sign = '-';
  fixed = (sign != 0) + strlen (prefix) + (n_remainder > 0);
  if (digits->len > 0)
    group_digits (digits->str, digits->len,
                  spec->fill == '0' && spec->align == '=' ? spec->width - fixed : 0,
                  spec->grouping != 0 && spec->type != 'n' ? spec->group_size : 0,
                  spec->grouping, grouped);
  pad = spec->width - (fixed + (gint64) grouped->len);
  if (pad < 0)
    pad = 0;
  append_fill (out, spec->fill, spec->align == '>' ? pad : spec->align == '^' ? pad / 2 : 0);
  if (sign != 0)
    g_string_append_c (out, sign);
  g_string_append (out, prefix);
  append_fill (out, spec->fill, spec->align == '=' ? pad : 0);
  g_string_append_len (out, grouped->str, grouped->len);
  g_string_append_len (out, remainder, n_remainder);
  append_fill (out, spec->fill, spec->align == '<' ? pad : spec->align == '^' ? pad - pad / 2 : 0);
  return TRUE;
}

/* format_float_internal: the number from rs_float_format, then the sign,
 * grouping and padding as for ints; only the integer part is grouped */
static gboolean
format_float (RsInterp   *self,
              double      d,
              const Spec *spec,
              guint       line,
              GString    *out)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) grouped = g_string_new (NULL);
  char type = spec->type == 'n' ? 'g' : (char) spec->type;
  gint precision = spec->precision > G_MAXINT ? G_MAXINT : (gint) spec->precision;
  const char *digits, *rest;
  char sign = 0;
  gint64 fixed, pad;

  rs_float_format (d, type, precision, spec->alternate, text);
  digits = text->str;
  if (*digits == '-')
    {
      sign = '-';
      digits++;
    }
  /* 'z': a negative zero after rounding loses its sign */
  if (sign == '-' && spec->no_neg_0 && strspn (digits, "0.") == strcspn (digits, "eE%"))
    sign = 0;
  if (sign == 0 && (spec->sign == '+' || spec->sign == ' '))
    sign = spec->sign;
  rest = digits + strspn (digits, "0123456789");
  fixed = (sign != 0) + g_utf8_strlen (rest, -1);
  if (rest > digits)
    group_digits (digits, rest - digits,
                  spec->fill == '0' && spec->align == '=' ? spec->width - fixed : 0,
                  spec->grouping != 0 ? 3 : 0, spec->grouping, grouped);
  g_string_append (grouped, rest);
  pad = MAX (0, spec->width - ((sign != 0) + (gint64) g_utf8_strlen (grouped->str, -1)));
  append_fill (out, spec->fill, spec->align == '>' ? pad : spec->align == '^' ? pad / 2 : 0);
  if (sign != 0)
    g_string_append_c (out, sign);
  append_fill (out, spec->fill, spec->align == '=' ? pad : 0);
  g_string_append_len (out, grouped->str, grouped->len);
  append_fill (out, spec->fill, spec->align == '<' ? pad : spec->align == '^' ? pad - pad / 2 : 0);
  return TRUE;
}

gboolean
rs_interp_format (RsInterp   *self,
                  RsValue     v,
                  const char *spec_text,
                  gsize       spec_len,
                  guint       line,
                  GString    *out)
{
  g_autofree gunichar *s = NULL;
  const char *type_name = rs_interp_type_name (self, v);
  glong n = 0;
  Spec spec;

  if (rs_interp_is_instance (self, v))
    return rs_interp_special_format (self, v, spec_text, spec_len, line, out);
  /* a str that needs no padding nor cut is written as it is */
  if (RS_VALUE_TAG (v) == RS_TAG_STR)
    rs_interp_text_object (self, v, out);
  if (spec_len == 0)
    {
      if (!rs_interp_str (self, v, out))
        return rs_interp_format_failed (self, line);
      return TRUE;
    }
  if (!rs_interp_is_number (v) && RS_VALUE_TAG (v) != RS_TAG_STR)
    return rs_interp_raise (self, line, "TypeError", "unsupported format string passed to %s.__format__",
                            type_name);
  s = g_utf8_to_ucs4_fast (spec_text, spec_len, &n);
  if (RS_VALUE_TAG (v) == RS_TAG_STR)
    {
      gsize len;
      const char *text = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (v), &len);

      if (!parse_spec (self, s, n, 's', '<', spec_text, type_name, line, &spec))
        return FALSE;
      if (spec.type != 's')
        return unknown_code (self, spec.type, type_name, line);
      return format_str (self, text, len, &spec, line, out);
    }
  if (RS_VALUE_TAG (v) == RS_TAG_FLOAT)
    {
      double d;

      if (!parse_spec (self, s, n, 0, '>', spec_text, type_name, line, &spec))
        return FALSE;
      if (spec.type != 0 && (spec.type >= 128 || strchr ("eEfFgGn%", (char) spec.type) == NULL))
        return unknown_code (self, spec.type, type_name, line);
      return rs_interp_to_double (self, v, line, &d) && format_float (self, d, &spec, line, out);
    }
  if (!parse_spec (self, s, n, 'd', '>', spec_text, type_name, line, &spec))
    return FALSE;
  if (spec.type < 128 && spec.type != 0 && strchr ("bcdoxXn", (char) spec.type) != NULL)
    return format_int (self, v, &spec, line, out);
  if (spec.type < 128 && spec.type != 0 && strchr ("eEfFgG%", (char) spec.type) != NULL)
    {
      double d;

      /* int.__format__ hands these to float's (OverflowError if too big) */
      return rs_interp_to_double (self, v, line, &d) && format_float (self, d, &spec, line, out);
    }
  return unknown_code (self, spec.type, type_name, line);
}

/* format(value, spec='') */
gboolean
rs_interp_builtin_format (RsInterp *self,
                          RsValue  *args,
                          guint     n_args,
                          guint     line,
                          RsValue  *out)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *spec = "";
  gsize len = 0;

  if (n_args > 1)
    {
      if (RS_VALUE_TAG (args[1]) != RS_TAG_STR)
        return rs_interp_raise (self, line, "TypeError", "format() argument 2 must be str, not %s",
                                rs_interp_type_name (self, args[1]));
      spec = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (args[1]), &len);
    }
  rs_interp_text_begin (self);
  RsValue passed = rs_interp_pass_str (self, n_args > 1 ? args[1] : RS_VALUE_ABSENT);
  gboolean ok = rs_interp_format (self, args[0], spec, len, line, text);
  rs_interp_pass_str (self, passed);
  if (!ok)
    return FALSE;
  /* an empty spec is str() of a number, a new str; others are written */
  *out = rs_interp_text_str (self, text, len == 0);
  return TRUE;
}

/* hex(), oct() and bin(): PyNumber_ToBase */
gboolean
rs_interp_builtin_to_base (RsInterp    *self,
                           RsValue      v,
                           guint        base,
                           guint        line,
                           RsValue     *out)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean negative;

  if (!rs_interp_special_index (self, v, line, &v))
    return FALSE;
  if (!rs_interp_is_int (v))
    return rs_interp_raise (self, line, "TypeError", "'%s' object cannot be interpreted as an integer",
                            rs_interp_type_name (self, v));
  if (!rs_interp_int_digits (self, v, base, &negative, digits, line))
    return FALSE;
  g_string_append (text, negative ? "-" : "");
  g_string_append (text, base == 2 ? "0b" : base == 8 ? "0o" : "0x");
  g_string_append_len (text, digits->str, digits->len);
  *out = rs_interp_new_str (self, text->str, text->len);
  return TRUE;
}
