/* rs-interp-printf.c: str's printf-style formatting, format % value
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As PyUnicode_Format in CPython 3.11: `%%` only right after the `%`,
 * then an optional (key), the flags - + space # 0, a width, a precision,
 * h l L ignored, a conversion (s r a c d i u x X o e E f F g G).  A tuple
 * gives one value per conversion; anything else is the one value, or a
 * mapping (a dict, a list or an instance whose class has __getitem__, as
 * CPython's PyMapping_Check says) for %(key)s.
 */
#include "rs-interp-private.h"

#include <string.h>

typedef struct {
  gboolean ljust, sign, blank, alt, zero;
  gint64   width;        /* -1: none */
  gint64   prec;         /* -1: none */
} Field;

typedef struct {
  RsInterp   *self;
  const char *f;
  gsize       len;
  gsize       i;
  RsValue     arg;       /* the value the next conversion takes */
  gint        argidx;    /* -2: not taken yet, -1: taken (CPython's); a tuple's next item */
  const RsList *items;   /* the tuple formatted, or NULL */
  RsValue     mapping;   /* the value formatted, when a mapping; else ABSENT */
  guint       line;
  guint       fields;    /* the conversions and %% made so far */
  RsValue     whole;     /* the str of a conversion that is all the format, or ABSENT */
} Formatter;

/* unicode_format_getnextarg */
static gboolean
next_arg (Formatter *F,
          RsValue   *v)
{
  if (F->items != NULL && F->argidx >= 0 && (guint) F->argidx < F->items->len)
    {
      *v = F->items->items[F->argidx++];
      return TRUE;
    }
  if (F->items == NULL && F->argidx == -2)
    {
      F->argidx = -1;
      *v = F->arg;
      return TRUE;
    }
  return rs_interp_raise (F->self, F->line, "TypeError", "not enough arguments for format string");
}

/* `%(key)`: the value of the mapping under key (parentheses nest) */
static gboolean
take_key (Formatter *F)
{
  gsize start = ++F->i, depth = 1;
  RsValue key, v;

  for (; F->i < F->len && depth > 0; F->i++)
    depth += F->f[F->i] == '(' ? 1 : F->f[F->i] == ')' ? -1 : 0;
  if (depth > 0)
    return rs_interp_raise (F->self, F->line, "ValueError", "incomplete format key");
  if (F->mapping == RS_VALUE_ABSENT)
    return rs_interp_raise (F->self, F->line, "TypeError", "format requires a mapping");
  key = rs_interp_result_str (F->self, F->f + start, F->i - 1 - start);   /* PyUnicode_Substring */
  if (!rs_interp_getitem (F->self, F->mapping, key, F->line, &v))
    return FALSE;
  rs_heap_decref (F->self->heap, v);   /* the mapping keeps it */
  F->arg = v;
  F->argidx = -2;
  return TRUE;
}

/* A width or precision: digits, or `*` (which takes a value) */
static gboolean
take_number (Formatter *F,
             gint64    *n)
{
  RsValue v = RS_VALUE_NONE;

  if (F->i < F->len && F->f[F->i] == '*')
    {
      F->i++;
      if (!next_arg (F, &v))
        return FALSE;
      /* the one value is the number; the conversion finds no other */
      if (!rs_interp_is_int (v))
        return rs_interp_raise (F->self, F->line, "TypeError", "* wants int");
      return next_arg (F, &v);
    }
  *n = -1;
  for (; F->i < F->len && g_ascii_isdigit (F->f[F->i]); F->i++)
    {
      if (*n > (G_MAXSSIZE - 9) / 10)
        return rs_interp_raise (F->self, F->line, "ValueError", "width too big");
      *n = MAX (*n, 0) * 10 + (F->f[F->i] - '0');
    }
  return TRUE;
}

/* unicode_format_arg_parse, after the `%` */
static gboolean
parse_field (Formatter *F,
             Field     *field)
{
  *field = (Field) { FALSE, FALSE, FALSE, FALSE, FALSE, -1, -1 };
  if (F->f[F->i] == '(' && !take_key (F))
    return FALSE;
  for (; F->i < F->len && strchr ("-+ #0", F->f[F->i]) != NULL && F->f[F->i] != '\0'; F->i++)
    switch (F->f[F->i])
      {
      case '-': field->ljust = TRUE; break;
      case '+': field->sign = TRUE; break;
      case ' ': field->blank = TRUE; break;
      case '#': field->alt = TRUE; break;
      default: field->zero = TRUE; break;
      }
  if (!take_number (F, &field->width))
    return FALSE;
  /* the padding is reserved before it is made */
  if (field->width > 0 && !rs_interp_reserve (F->self, F->line, field->width, 2, 0))
    return FALSE;
  if (F->i < F->len && F->f[F->i] == '.')
    {
      F->i++;
      if (!take_number (F, &field->prec))
        return FALSE;
      field->prec = MAX (field->prec, 0);
    }
  if (F->i < F->len && (F->f[F->i] == 'h' || F->f[F->i] == 'l' || F->f[F->i] == 'L'))
    F->i++;
  if (F->i >= F->len)
    return rs_interp_raise (F->self, F->line, "ValueError", "incomplete format");
  return TRUE;
}

/* %c: a one-character str or a code point */
static gboolean
format_char (Formatter *F,
             RsValue    v,
             GString   *text)
{
  gsize n;
  const char *s = RS_VALUE_TAG (v) == RS_TAG_STR ? rs_atoms_get (F->self->atoms, RS_VALUE_PAYLOAD (v), &n) : NULL;
  gint64 c;

  if (s != NULL && rs_interp_str_length (s, n) == 1)
    {
      g_string_append_len (text, s, n);
      return TRUE;
    }
  if (s != NULL || !rs_interp_is_int (v))
    return rs_interp_raise (F->self, F->line, "TypeError", "%%c requires int or char");
  if (!rs_interp_get_index (F->self, v, &c) || c < 0 || c > 0x10ffff)
    return rs_interp_raise (F->self, F->line, "OverflowError", "%%c arg not in range(0x110000)");
  g_string_append_unichar (text, (gunichar) c);
  return TRUE;
}

/* _PyUnicode_FormatLong: the digits (zeros up to the precision), a sign
 * and the 0x/0X/0o prefix under `#` */
static gboolean
format_int (Formatter   *F,
            char         conv,
            RsValue      v,
            const Field *field,
            char        *sign,
            const char **prefix,
            GString     *digits)
{
  guint base = conv == 'x' || conv == 'X' ? 16 : conv == 'o' ? 8 : 10;
  gboolean negative;

  /* %d %i %u of a float take its int (PyNumber_Long), %x %o refuse it */
  if (base == 10 && RS_VALUE_TAG (v) == RS_TAG_FLOAT && !rs_interp_float_to_int (F->self, v, F->line, &v))
    return FALSE;
  if (!rs_interp_is_int (v))
    return rs_interp_raise (F->self, F->line, "TypeError", base == 10
                            ? "%%%c format: a real number is required, not %s"
                            : "%%%c format: an integer is required, not %s",
                            conv, rs_interp_type_name (F->self, v));
  if (!rs_interp_int_digits (F->self, v, base, &negative, digits, F->line))
    return FALSE;
  while ((gint64) digits->len < field->prec)
    g_string_prepend_c (digits, '0');
  if (conv == 'X')
    for (gsize k = 0; k < digits->len; k++)
      digits->str[k] = g_ascii_toupper (digits->str[k]);
  *sign = negative ? '-' : field->sign ? '+' : field->blank ? ' ' : 0;
  *prefix = field->alt && base != 10 ? (conv == 'x' ? "0x" : conv == 'X' ? "0X" : "0o") : "";
  return TRUE;
}

static void
pad (GString *out,
     char     fill,
     gint64   n)
{
  for (; n > 0; n--)
    g_string_append_c (out, fill);
}

/* One conversion (unicode_format_arg_format and _output) */
static gboolean
format_field (Formatter *F,
              GString   *out)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *prefix = "";
  char sign = 0, conv;
  gboolean numeric;
  Field field;
  RsValue v = RS_VALUE_NONE;
  gint64 len;

  gsize start = F->i;

  if (!parse_field (F, &field) || !next_arg (F, &v))
    return FALSE;
  conv = F->f[F->i];
  numeric = conv != '\0' && strchr ("diuxXo", conv) != NULL;
  if (conv != '\0' && strchr ("diuxXoceEfFgG", conv) != NULL &&
      !rs_interp_special_percent (F->self, conv, v, F->line, &v))
    return FALSE;
  if (conv == 's' || conv == 'r' || conv == 'a')
    {
      rs_interp_text_begin (F->self);
      if (!rs_interp_convert (F->self, v, conv, F->line, text))
        return FALSE;
      /* unicode_format_arg_format: an int is written, anything else is a str */
      if ((!rs_interp_is_int (v) || v == RS_VALUE_TRUE || v == RS_VALUE_FALSE) &&
          start == 1 && F->i + 1 == F->len)
        F->whole = rs_interp_text_str (F->self, text, TRUE);
      if (field.prec >= 0 && rs_interp_str_length (text->str, text->len) > field.prec)
        g_string_truncate (text, g_utf8_offset_to_pointer (text->str, field.prec) - text->str);
    }
  else if (conv == 'c')
    {
      if (!format_char (F, v, text))
        return FALSE;
    }
  else if (numeric)
    {
      if (!format_int (F, conv, v, &field, &sign, &prefix, text))
        return FALSE;
    }
  else if (conv != '\0' && strchr ("eEfFgG", conv) != NULL)
    {
      /* the sign is the float formatter's; zeros pad as for ints */
      if (!rs_interp_percent_float (F->self, conv, v, field.prec, field.alt,
                                    field.sign ? '+' : field.blank ? ' ' : 0, text, F->line))
        return FALSE;
      if (text->len > 0 && strchr ("-+ ", text->str[0]) != NULL)
        {
          sign = text->str[0];
          g_string_erase (text, 0, 1);
        }
      numeric = TRUE;
    }
  else
    return rs_interp_raise (F->self, F->line, "ValueError",
                            "unsupported format character '%c' (0x%x) at index %" G_GSIZE_FORMAT,
                            conv, (guchar) conv, F->i);
  len = (sign != 0) + strlen (prefix) + rs_interp_str_length (text->str, text->len);
  if (numeric && field.zero && !field.ljust)
    {
      /* zeros go between the sign and prefix and the digits */
      if (sign != 0)
        g_string_append_c (out, sign);
      g_string_append (out, prefix);
      pad (out, '0', field.width - len);
    }
  else
    {
      if (!field.ljust)
        pad (out, ' ', field.width - len);
      if (sign != 0)
        g_string_append_c (out, sign);
      g_string_append (out, prefix);
    }
  g_string_append_len (out, text->str, text->len);
  if (field.ljust)
    pad (out, ' ', field.width - len);
  return TRUE;
}

/* What PyUnicode_Format hands out: the format without a conversion, a
 * conversion that is all of it as its str is (the writer keeps a str
 * written alone), else the text written, as _PyUnicodeWriter_Finish */
static RsValue
percent_result (Formatter     *F,
                RsValue        format,
                const GString *s)
{
  gsize len;
  const char *w;

  if (F->fields == 0)
    return format;
  if (F->whole != RS_VALUE_ABSENT)
    {
      w = rs_atoms_get (F->self->atoms, RS_VALUE_STR_ATOM (F->whole), &len);
      if (len == s->len && memcmp (w, s->str, len) == 0)
        return F->whole;
    }
  return rs_interp_result_str (F->self, s->str, s->len);
}

gboolean
rs_interp_str_format (RsInterp *self,
                      RsValue   format,
                      RsValue   arg,
                      guint     line,
                      RsValue  *out)
{
  g_autoptr(GString) s = g_string_new (NULL);
  RsObj *o = rs_heap_get_value (self->heap, arg);
  Formatter F = { self, NULL, 0, 0, arg, -2, NULL, RS_VALUE_ABSENT, line, 0, RS_VALUE_ABSENT };

  F.f = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (format), &F.len);
  if (o != NULL && o->kind == RS_KIND_TUPLE)
    {
      F.items = rs_heap_tuple_items (self->heap, o->id);
      F.argidx = 0;
    }
  else if (o != NULL && (o->kind == RS_KIND_DICT || o->kind == RS_KIND_LIST
                         || rs_interp_has_special (self, arg, "__getitem__")))
    F.mapping = arg;   /* PyMapping_Check: a type with mp_subscript */
  for (F.i = 0; F.i < F.len; F.i++)
    {
      if (F.f[F.i] != '%')
        {
          g_string_append_c (s, F.f[F.i]);
          continue;
        }
      if (++F.i >= F.len)
        return rs_interp_raise (self, line, "ValueError", "incomplete format");
      F.fields++;
      if (F.f[F.i] == '%')
        g_string_append_c (s, '%');
      else if (!format_field (&F, s))
        return FALSE;
    }
  if (F.mapping == RS_VALUE_ABSENT
      && (F.items != NULL ? (guint) F.argidx < F.items->len : F.argidx == -2))
    return rs_interp_raise (self, line, "TypeError", "not all arguments converted during string formatting");
  *out = percent_result (&F, format, s);
  return TRUE;
}
