/* rs-interp-format.c: str() and repr() of values, and str's %-formatting
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text is CPython 3.11's byte for byte, failures included: a
 * container nested past the recursion limit, an int of too many digits,
 * a lone surrogate printed to a strict UTF-8 stdout.
 */
#include "rs-interp-private.h"
#include "rs-float.h"

#include <string.h>

/* str() and repr() */

static void format_value (RsInterp *self, RsValue v, gboolean repr, GString *out, GArray *seen);

static gboolean
enter_container (GArray  *seen,
                 RsObjId  id)
{
  /* CPython's repr recursion check: the frames count too */
  if (seen->len + 1 >= 1000)
    return FALSE;
  for (guint i = 0; i < seen->len; i++)
    if (g_array_index (seen, RsObjId, i) == id)
      return FALSE;
  g_array_append_val (seen, id);
  return TRUE;
}

/* Recursion levels CPython's repr() of an item takes (PyObject_Repr
 * enters one; the oracle's instances repr in Python code, which calls
 * more of it, four more: measured with the deepest list that prints; range
 * formats its ints with %R, one more; a bound method reprs its self);
 * containers count as they are entered. */
static guint
item_repr_levels (RsInterp *self,
                  RsValue   v)
{
  RsObj *o = rs_heap_get_value (self->heap, v);

  if (o == NULL)
    return 1;
  switch (o->kind)
    {
    case RS_KIND_LIST:
    case RS_KIND_DICT:
      return 0;
    case RS_KIND_INSTANCE:
      return 5;
    case RS_KIND_RANGE:
      return 2;
    case RS_KIND_BOUND_METHOD:
      return 1 + item_repr_levels (self, ((RsBoundData *) o->data)->self);
    default:
      return 1;
    }
}

static void
format_item (RsInterp *self,
             RsValue   v,
             GString  *out,
             GArray   *seen)
{
  if (seen->len + item_repr_levels (self, v) >= 1000)
    self->format_error = "RecursionError";
  else
    format_value (self, v, TRUE, out, seen);
}

/* CPython's weakref repr: the referent's type, its address and its
 * __name__ if it has one (functions, classes, builtins) */
static void
format_weakref (RsInterp *self,
                RsObj    *o,
                GString  *out)
{
  RsWeakData *wd = o->data;
  RsValue referent = wd->referent != 0 ? RS_VALUE_OBJECT (wd->referent) : wd->immortal;
  RsObj *r = rs_heap_get_value (self->heap, referent);
  const char *name = NULL;

  g_string_append_printf (out, "<weakref at 0x%" G_GINT64_MODIFIER "x; ",
                          rs_interp_address (self, RS_VALUE_OBJECT (o->id)));
  if (referent == RS_VALUE_ABSENT)
    {
      g_string_append (out, "dead>");
      return;
    }
  if (RS_VALUE_TAG (referent) == RS_TAG_BUILTIN)
    name = rs_value_builtin_str (RS_VALUE_PAYLOAD (referent));
  else if (r->kind == RS_KIND_FUNCTION)
    name = rs_atoms_get (self->atoms, ((RsFunctionData *) r->data)->name, NULL);
  else if (r->kind == RS_KIND_CLASS)
    name = rs_atoms_get (self->atoms, ((RsClassData *) r->data)->name, NULL);
  g_string_append_printf (out, "to '%s' at 0x%" G_GINT64_MODIFIER "x",
                          rs_interp_type_name (self, referent), rs_interp_address (self, referent));
  if (name != NULL)
    g_string_append_printf (out, " (%s)", name);
  g_string_append_c (out, '>');
}

static void
format_object (RsInterp *self,
               RsObj    *o,
               GString  *out,
               GArray   *seen)
{
  switch (o->kind)
    {
    case RS_KIND_INSTANCE:
      g_string_append_printf (out, "<__main__.%s object at 0x%" G_GINT64_MODIFIER "x>",
                              rs_interp_type_name (self, RS_VALUE_OBJECT (o->id)),
                              rs_value_traced_id (o->trace_no));
      break;
    case RS_KIND_LIST:
      {
        RsObjId id = o->id;
        if (!enter_container (seen, id))
          {
            if (seen->len + 1 >= 1000)
              self->format_error = "RecursionError";
            g_string_append (out, "[...]");
            break;
          }
        g_string_append_c (out, '[');
        for (guint i = 0; i < ((RsList *) rs_heap_get (self->heap, id)->data)->len; i++)
          {
            if (i > 0)
              g_string_append (out, ", ");
            format_item (self, ((RsList *) rs_heap_get (self->heap, id)->data)->items[i], out, seen);
          }
        g_string_append_c (out, ']');
        g_array_set_size (seen, seen->len - 1);
      }
      break;
    case RS_KIND_DICT:
      {
        RsObjId id = o->id;
        RsDict *d = o->data;
        gboolean first = TRUE;
        if (!enter_container (seen, id))
          {
            if (seen->len + 1 >= 1000)
              self->format_error = "RecursionError";
            g_string_append (out, "{...}");
            break;
          }
        g_string_append_c (out, '{');
        for (guint i = 0; i < d->len; i++)
          {
            if (d->entries[i].key == RS_VALUE_ABSENT)
              continue;
            if (!first)
              g_string_append (out, ", ");
            first = FALSE;
            format_item (self, d->entries[i].key, out, seen);
            g_string_append (out, ": ");
            format_item (self, d->entries[i].value, out, seen);
          }
        g_string_append_c (out, '}');
        g_array_set_size (seen, seen->len - 1);
      }
      break;
    case RS_KIND_CLASS:
      g_string_append_printf (out, "<class '__main__.%s'>",
                              rs_atoms_get (self->atoms, ((RsClassData *) o->data)->name, NULL));
      break;
    case RS_KIND_FUNCTION:
      g_string_append_printf (out, "<function %s at 0x%" G_GINT64_MODIFIER "x>",
                              rs_atoms_get (self->atoms, ((RsFunctionData *) o->data)->qualname, NULL),
                              rs_interp_address (self, RS_VALUE_OBJECT (o->id)));
      break;
    case RS_KIND_BOUND_METHOD:
      {
        RsBoundData *bd = o->data;
        RsObj *f = rs_heap_get_value (self->heap, bd->func);
        if (f != NULL)
          g_string_append_printf (out, "<bound method %s of ",
                                  rs_atoms_get (self->atoms, ((RsFunctionData *) f->data)->qualname, NULL));
        else  /* the oracle's lists are not CPython's: no traced address here */
          g_string_append_printf (out, "<built-in method %s of %s object at 0x%" G_GINT64_MODIFIER "x",
                                  rs_value_builtin_str (RS_VALUE_PAYLOAD (bd->func)),
                                  rs_interp_type_name (self, bd->self),
                                  rs_interp_address (self, RS_VALUE_OBJECT (o->id)));
        if (f != NULL)
          format_value (self, bd->self, TRUE, out, seen);
        g_string_append_c (out, '>');
      }
      break;
    case RS_KIND_WEAKREF:
      format_weakref (self, o, out);
      break;
    case RS_KIND_RANGE:
      {
        RsRangeData *r = o->data;
        if (r->step == 1)
          g_string_append_printf (out, "range(%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ")", r->start, r->stop);
        else
          g_string_append_printf (out, "range(%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ")",
                                  r->start, r->stop, r->step);
      }
      break;
    default:
      g_string_append_printf (out, "<%s object>", rs_interp_type_name (self, RS_VALUE_OBJECT (o->id)));
      break;
    }
}

static void
format_value (RsInterp *self,
              RsValue   v,
              gboolean  repr,
              GString  *out,
              GArray   *seen)
{
  gsize len;
  const char *s;
  RsObj *o;

  switch (RS_VALUE_TAG (v))
    {
    case RS_TAG_INT:
      g_string_append_printf (out, "%" G_GINT64_FORMAT, rs_value_get_int (v));
      break;
    case RS_TAG_BIGINT:
      {
        gsize n;
        const char *text = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (v), &n);
        /* CPython 3.11's limit on int to str conversion */
        if (n - (text[0] == '-') > 4300)
          self->format_error = "ValueError";
        else
          g_string_append_len (out, text, n);
      }
      break;
    case RS_TAG_STR:
      s = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (v), &len);
      if (repr)
        rs_value_repr_str (s, len, out);
      else if (rs_value_str_has_surrogate (s, len))
        self->format_error = "UnicodeEncodeError";   /* sys.stdout is strict UTF-8 */
      else
        g_string_append_len (out, s, len);
      break;
    case RS_TAG_SPECIAL:
      g_string_append (out, v == RS_VALUE_NONE ? "None" : v == RS_VALUE_TRUE ? "True" : "False");
      break;
    case RS_TAG_FLOAT:   /* str() is repr() */
      rs_float_value_repr (self->atoms, v, out);
      break;
    case RS_TAG_BUILTIN:
      /* as the oracle's stand-ins print */
      if (RS_VALUE_PAYLOAD (v) >= RS_BI_MOD_GC && RS_VALUE_PAYLOAD (v) <= RS_BI_MOD_WEAKREF)
        g_string_append_printf (out, "<module '%s'>", rs_value_builtin_str (RS_VALUE_PAYLOAD (v)));
      else if (RS_VALUE_PAYLOAD (v) == RS_BI_LIST || RS_VALUE_PAYLOAD (v) == RS_BI_DICT ||
               rs_interp_builtin_is_number_type (RS_VALUE_PAYLOAD (v)))
        g_string_append_printf (out, "<class '%s'>", rs_value_builtin_str (RS_VALUE_PAYLOAD (v)));
      else if (RS_VALUE_PAYLOAD (v) == RS_BI_RANGE)
        g_string_append (out, "<class 'range'>");
      else if (RS_VALUE_PAYLOAD (v) == RS_BI_WEAKREF_REF)
        g_string_append (out, "<class 'weakref.ReferenceType'>");
      else
        g_string_append_printf (out, "<built-in function %s>", rs_value_builtin_str (RS_VALUE_PAYLOAD (v)));
      break;
    case RS_TAG_OBJECT:
      o = rs_heap_get_value (self->heap, v);
      if (o != NULL)
        format_object (self, o, out, seen);
      break;
    default:
      break;
    }
}

static gboolean
format_checked (RsInterp *self,
                RsValue   v,
                gboolean  repr,
                GString  *out)
{
  g_autoptr(GArray) seen = g_array_new (FALSE, TRUE, sizeof (RsObjId));
  self->format_error = NULL;
  g_array_set_size (seen, self->depth);   /* the running frames */
  format_value (self, v, repr, out, seen);
  return self->format_error == NULL;
}

gboolean
rs_interp_str (RsInterp *self,
               RsValue   v,
               GString  *out)
{
  return format_checked (self, v, FALSE, out);
}

void
rs_interp_repr (RsInterp *self,
                RsValue   v,
                GString  *out)
{
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (RsObjId));
  format_value (self, v, TRUE, out, seen);
}

/* %-formatting */

/* The precision (minimum digits) and the '#' prefix of an int field */
static void
format_int_field (GString  *field,
                  char      conv,
                  gboolean  alt,
                  gint      precision)
{
  gsize sign = field->str[0] == '-';
  for (gint digits = field->len - sign; digits < precision; digits++)
    g_string_insert_c (field, sign, '0');
  if (alt && conv != 'd' && conv != 'i' && conv != 'u')
    g_string_insert (field, sign, conv == 'x' ? "0x" : conv == 'X' ? "0X" : "0o");
}

/* One %-conversion of printf-style formatting: str(), repr() or an int */
static gboolean
format_conversion (RsInterp *self,
                   char      conv,
                   RsValue   v,
                   GString  *out,
                   guint     line)
{
  if (conv == 'c')
    {
      gsize n;
      const char *text = RS_VALUE_TAG (v) == RS_TAG_STR ? rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (v), &n) : NULL;
      if (text != NULL && rs_interp_str_length (text, n) == 1)
        {
          g_string_append_len (out, text, n);
          return TRUE;
        }
      gint64 c;
      if (RS_VALUE_TAG (v) != RS_TAG_STR && rs_interp_get_index (self, v, &c) && c >= 0 && c <= 0x10ffff)
        {
          g_string_append_unichar (out, (gunichar) c);
          return TRUE;
        }
      return rs_interp_raise (self, line, RS_VALUE_TAG (v) == RS_TAG_INT ? "OverflowError" : "TypeError",
                              "%%c requires int or char");
    }
  if (conv == 's' || conv == 'r' || conv == 'a')
    {
      if (!format_checked (self, v, conv != 's', out))
        return rs_interp_raise (self, line, self->format_error, "str() of this value fails in CPython");
      return TRUE;
    }
  if (RS_VALUE_TAG (v) == RS_TAG_FLOAT && strchr ("diu", conv) != NULL)
    {
      if (!rs_interp_float_to_int (self, v, line, &v))
        return FALSE;
    }
  if (!rs_interp_is_int (v))
    return rs_interp_raise (self, line, "TypeError", "%%%c format: %s is required, not %s",
                            conv, strchr ("diu", conv) != NULL ? "a real number" : "an integer",
                            rs_interp_type_name (self, v));
  if (v == RS_VALUE_TRUE || v == RS_VALUE_FALSE)
    v = rs_value_int (v == RS_VALUE_TRUE);
  if ((conv == 'x' || conv == 'X' || conv == 'o') && RS_VALUE_TAG (v) == RS_TAG_INT)
    {
      gint64 n = rs_value_get_int (v);
      guint64 m = n < 0 ? -(guint64) n : (guint64) n;
      g_string_append_printf (out, conv == 'x' ? "%s%" G_GINT64_MODIFIER "x"
                                   : conv == 'X' ? "%s%" G_GINT64_MODIFIER "X"
                                   : "%s%" G_GINT64_MODIFIER "o", n < 0 ? "-" : "", m);
      return TRUE;
    }
  if (!format_checked (self, v, FALSE, out))
    return rs_interp_raise (self, line, self->format_error, "str() of this value fails in CPython");
  return TRUE;
}

/* str % value (PyUnicode_Format) for %s %r %a %d %i %u %x %X %o, the floats'
 * %e %E %f %F %g %G and %%, with the '-', '0', '+' and ' ' flags and a
 * width; a tuple cannot be built in the subset,
 * so there is one value, or a mapping (dicts, and lists too) for %(key)s. */
gboolean
rs_interp_str_format (RsInterp *self,
                      RsValue   format,
                      RsValue   arg,
                      guint     line,
                      RsValue  *out)
{
  gsize len;
  const char *f = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (format), &len);
  RsObj *o = rs_heap_get_value (self->heap, arg);
  gboolean mapping = o != NULL && (o->kind == RS_KIND_DICT || o->kind == RS_KIND_LIST);
  gboolean used = FALSE;
  g_autoptr(GString) s = g_string_new (NULL);

  for (gsize i = 0; i < len; i++)
    {
      if (f[i] != '%')
        {
          g_string_append_c (s, f[i]);
          continue;
        }
      if (++i >= len)
        return rs_interp_raise (self, line, "ValueError", "incomplete format");
      RsValue v = arg;
      if (f[i] == '(')
        {
          const char *close = memchr (f + i, ')', len - i);
          if (close == NULL)
            return rs_interp_raise (self, line, "ValueError", "incomplete format key");
          if (o == NULL || o->kind != RS_KIND_DICT)
            return rs_interp_raise (self, line, "TypeError", "format requires a mapping");
          RsValue key = rs_interp_make_str (self, f + i + 1, close - f - i - 1);
          if (!rs_interp_getitem (self, arg, key, line, &v))
            return FALSE;
          rs_heap_decref (self->heap, v);   /* the dict keeps it */
          i = close - f + 1;
        }
      else if (f[i] != '%')
        {
          if (used)
            return rs_interp_raise (self, line, "TypeError", "not enough arguments for format string");
          used = TRUE;
        }
      gboolean left = FALSE, zero = FALSE, alt = FALSE;
      char sign = 0;
      for (; i < len && (f[i] == '-' || f[i] == '0' || f[i] == ' ' || f[i] == '+' || f[i] == '#'); i++)
        {
          left |= f[i] == '-';
          zero |= f[i] == '0';
          alt |= f[i] == '#';
          if (f[i] == '+' || (f[i] == ' ' && sign == 0))
            sign = f[i];
        }
      if (i < len && f[i] == '*')   /* the width would be a second value */
        return rs_interp_raise (self, line, "TypeError", "not enough arguments for format string");
      guint width = 0;
      gint precision = -1;
      for (; i < len && g_ascii_isdigit (f[i]); i++)
        width = MIN (width * 10 + (f[i] - '0'), 100000u);
      if (i < len && f[i] == '.')
        for (precision = 0, i++; i < len && g_ascii_isdigit (f[i]); i++)
          precision = MIN (precision * 10 + (f[i] - '0'), 100000);
      if (i >= len)
        return rs_interp_raise (self, line, "ValueError", "incomplete format");
      if (f[i] == '%')
        {
          g_string_append_c (s, '%');
          continue;
        }
      if (strchr ("sradiuxXoceEfFgG", f[i]) == NULL || (strchr ("xXo", f[i]) != NULL && RS_VALUE_TAG (v) == RS_TAG_BIGINT))
        return rs_interp_raise (self, line, "ValueError", "unsupported format character '%c' (0x%x) at index %" G_GSIZE_FORMAT,
                                f[i], (guchar) f[i], i);
      g_autoptr(GString) field = g_string_new (NULL);
      gboolean is_float = strchr ("eEfFgG", f[i]) != NULL;
      if (is_float ? !rs_interp_percent_float (self, f[i], v, precision, alt, sign, field, line)
                   : !format_conversion (self, f[i], v, field, line))
        return FALSE;
      gboolean numeric = strchr ("diuxXo", f[i]) != NULL;
      if (numeric)
        format_int_field (field, f[i], alt, precision);
      else if (!is_float && precision >= 0 && g_utf8_strlen (field->str, field->len) > precision)
        g_string_truncate (field, g_utf8_offset_to_pointer (field->str, precision) - field->str);
      if (numeric && sign != 0 && field->str[0] != '-')
        g_string_prepend_c (field, sign);
      numeric |= is_float;
      glong chars = g_utf8_strlen (field->str, field->len);
      for (glong pad = width; !left && pad > chars; pad--)
        {
          if (zero && numeric && field->len > 0 && strchr ("-+ ", field->str[0]) != NULL)
            {
              g_string_append_c (s, field->str[0]);
              g_string_erase (field, 0, 1);
            }
          g_string_append_c (s, zero && numeric ? '0' : ' ');
        }
      g_string_append_len (s, field->str, field->len);
      for (glong pad = width; left && pad > chars; pad--)
        g_string_append_c (s, ' ');
    }
  if (!used && !mapping)
    return rs_interp_raise (self, line, "TypeError", "not all arguments converted during string formatting");
  *out = rs_interp_make_str (self, s->str, s->len);
  return TRUE;
}
