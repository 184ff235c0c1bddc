/* rs-interp-str-format.c: str.format with positional, keyword and auto-numbered fields
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The parse of Objects/stringlib/unicode_format.h: literal text with
 * `{{` and `}}`, fields `{name.attr[key]!conv:spec}` whose spec may hold
 * fields of its own (two levels in all), each formatted with format().
 */
#include "rs-interp-str.h"
#include "rs-check.h"

#include <string.h>

typedef struct {
  RsInterp       *interp;
  const RsValue  *args;     /* the positional arguments */
  guint           n_args;
  const RsCallKw *kw;       /* NULL: none */
  guint           line;
  gint            auto_next; /* the next auto-numbered field; > 0: numbering is automatic */
  gboolean        manual;   /* a field gave its number */
} Format;

static gboolean
fail (Format     *f,
      const char *message)
{
  return rs_interp_raise (f->interp, f->line, "ValueError", "%s", message);
}

/* get_integer: the decimal number @s[0:n], or -1 */
static gint64
field_integer (const gunichar *s,
               glong           n)
{
  gint64 v = 0;

  if (n == 0)
    return -1;
  for (glong i = 0; i < n; i++)
    {
      if (!g_unichar_isdigit (s[i]) || g_unichar_digit_value (s[i]) < 0)
        return -1;
      if (v > (G_MAXINT64 - 9) / 10)
        return G_MAXINT64;
      v = v * 10 + g_unichar_digit_value (s[i]);
    }
  return v;
}

/* The argument the first part of a field names (a new reference) */
static gboolean
first_object (Format         *f,
              const gunichar *s,
              glong           n,
              RsValue        *out)
{
  RsInterp *self = f->interp;
  gint64 index = field_integer (s, n);

  if (n == 0)
    {
      if (f->manual)
        return fail (f, "cannot switch from manual field specification to automatic field numbering");
      index = f->auto_next++;
    }
  else if (index >= 0)
    {
      if (f->auto_next > 0)
        return fail (f, "cannot switch from automatic field numbering to manual field specification");
      f->manual = TRUE;
    }
  if (index >= 0)
    {
      if (index >= f->n_args)
        return rs_interp_raise (self, f->line, "IndexError", "Replacement index %" G_GINT64_FORMAT
                                " out of range for positional args tuple", index);
      *out = f->args[index];
      rs_heap_incref (self->heap, *out);
      return TRUE;
    }
  RsValue key = rs_interp_str_of_chars (self, s, n);
  const char *name = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (key), NULL);
  for (guint k = 0; f->kw != NULL && k < f->kw->n; k++)
    if (strcmp (f->kw->names[k], name) == 0)
      {
        *out = f->kw->values[k];
        rs_heap_incref (self->heap, *out);
        return TRUE;
      }
  return rs_interp_key_error (self, key, f->line);
}

/* field_name_split and FieldNameIterator: the argument, then each
 * `.attr` and `[key]` after it */
static gboolean
field_object (Format         *f,
              const gunichar *s,
              glong           n,
              RsValue        *out)
{
  RsInterp *self = f->interp;
  glong i = 0;

  while (i < n && s[i] != '.' && s[i] != '[')
    i++;
  if (!first_object (f, s, i, out))
    return FALSE;
  while (i < n)
    {
      gboolean attr = s[i++] == '.';
      glong start = i;
      RsValue next = RS_VALUE_ABSENT;
      gboolean ok;

      if (attr)
        while (i < n && s[i] != '.' && s[i] != '[')
          i++;
      else
        while (i < n && s[i] != ']')
          i++;
      if (!attr && i == n)
        ok = fail (f, "Missing ']' in format string");
      else if (i == start)
        ok = fail (f, "Empty attribute in format string");
      else if (attr)
        {
          RsValue name = rs_interp_str_of_chars (self, s + start, i - start);
          const char *text = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (name), NULL);
          /* what the checker cannot see in a computed format string */
          if ((rs_check_is_dunder (text) && strcmp (text, "__class__") != 0
               && strcmp (text, "__name__") != 0) || g_str_has_prefix (text, "_rs_"))
            ok = rs_interp_reject (self, f->line, "attribute '%s' is not in the subset (in a format "
                                   "string)", text);
          else
            ok = rs_interp_getattr (self, *out, text, f->line, &next);
        }
      else
        {
          gint64 k = field_integer (s + start, i - start);
          RsValue key = k >= 0 ? rs_interp_make_int (self, k) : rs_interp_str_of_chars (self, s + start, i - start);
          ok = rs_interp_getitem (self, *out, key, f->line, &next);
          i++;
          if (ok && i < n && s[i] != '.' && s[i] != '[')
            {
              rs_heap_decref (self->heap, next);
              ok = fail (f, "Only '.' or '[' may follow ']' in format field specifier");
            }
        }
      rs_heap_decref (self->heap, *out);
      *out = ok ? next : RS_VALUE_ABSENT;
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

static gboolean build (Format *f, const gunichar *s, glong n, guint depth, GString *out);

/* One field: @s[0:n] between its braces */
static gboolean
render_field (Format         *f,
              const gunichar *s,
              glong           n,
              guint           depth,
              GString        *out)
{
  RsInterp *self = f->interp;
  glong i = 0, spec_at = n;
  gunichar conversion = 0;

  for (; i < n && s[i] != '!' && s[i] != ':'; i++)
    if (s[i] == '[')
      while (i + 1 < n && s[i + 1] != ']')
        i++;
  glong name_end = i;
  if (i < n && s[i] == '!')
    {
      if (i + 1 >= n)
        return fail (f, "end of string while looking for conversion specifier");
      conversion = s[i + 1];
      if (i + 2 < n && s[i + 2] != ':')
        return fail (f, "expected ':' after conversion specifier");
      spec_at = MIN (i + 3, n);
    }
  else if (i < n)
    spec_at = i + 1;

  RsValue v = RS_VALUE_ABSENT;
  if (!field_object (f, s, name_end, &v))
    return FALSE;
  g_autoptr(GString) spec = g_string_new (NULL);
  gboolean ok = TRUE;
  if (conversion != 0)
    {
      g_autoptr(GString) conv = g_string_new (NULL);
      if (conversion != 'r' && conversion != 's' && conversion != 'a')
        ok = conversion > 32 && conversion < 127
             ? rs_interp_raise (self, f->line, "ValueError", "Unknown conversion specifier %c", conversion)
             : rs_interp_raise (self, f->line, "ValueError", "Unknown conversion specifier \\x%x", conversion);
      else
        {
          rs_interp_text_begin (self);
          ok = rs_interp_convert (self, v, conversion, f->line, conv);
        }
      rs_heap_decref (self->heap, v);
      v = ok ? rs_interp_text_str (self, conv, TRUE) : RS_VALUE_NONE;
    }
  /* a spec is expanded only when it holds a field */
  gboolean nested = FALSE;
  for (glong k = spec_at; k < n; k++)
    nested = nested || s[k] == '{';
  if (nested)
    ok = ok && build (f, s + spec_at, n - spec_at, depth - 1, spec);
  else
    for (glong k = spec_at; k < n; k++)
      rs_interp_str_append_char (spec, s[k]);
  ok = ok && rs_interp_format (self, v, spec->str, spec->len, f->line, out);
  rs_heap_decref (self->heap, v);
  return ok;
}

/* parse_field's scan: where the field that starts at @s ends (its
 * closing brace), brackets in the name and nested braces in the spec
 * skipped */
static gboolean
field_end (Format         *f,
           const gunichar *s,
           glong           n,
           glong          *end)
{
  glong i = 0;
  gunichar c = 0;

  while (i < n)
    {
      c = s[i++];
      if (c == '{')
        return fail (f, "unexpected '{' in field name");
      if (c == '[')
        while (i < n && s[i] != ']')
          i++;
      else if (c == '}' || c == ':' || c == '!')
        break;
    }
  if (c != '!' && c != ':')
    {
      if (c != '}')
        return fail (f, "expected '}' before end of string");
      *end = i - 1;
      return TRUE;
    }
  if (c == '!')
    {
      if (i >= n)
        return fail (f, "end of string while looking for conversion specifier");
      i++;
      if (i < n && s[i] == '}')
        {
          *end = i;
          return TRUE;
        }
      if (i < n && s[i++] != ':')
        return fail (f, "expected ':' after conversion specifier");
    }
  for (guint count = 1; i < n; i++)
    if (s[i] == '{')
      count++;
    else if (s[i] == '}' && --count == 0)
      {
        *end = i;
        return TRUE;
      }
  return fail (f, "unmatched '{' in format spec");
}

/* build_string: @depth levels of fields left */
static gboolean
build (Format         *f,
       const gunichar *s,
       glong           n,
       guint           depth,
       GString        *out)
{
  if (depth == 0)
    return fail (f, "Max string recursion exceeded");
  for (glong i = 0; i < n;)
    {
      gunichar c = s[i++];
      if (c != '{' && c != '}')
        {
          rs_interp_str_append_char (out, c);
          continue;
        }
      if (c == '}' && (i == n || s[i] != '}'))
        return fail (f, "Single '}' encountered in format string");
      if (c == '{' && i == n)
        return fail (f, "Single '{' encountered in format string");
      if (s[i] == c)
        {
          g_string_append_c (out, c);
          i++;
          continue;
        }
      glong end = 0;
      if (!field_end (f, s + i, n - i, &end) || !render_field (f, s + i, end, depth, out))
        return FALSE;
      i += end + 1;
      /* the writer overallocates but for the last piece: only that one
       * is kept as the str it is */
      if (i < n && f->interp->text_out == out)
        rs_interp_text_begin (f->interp);
    }
  return TRUE;
}

gboolean
rs_interp_str_format_kw (RsInterp       *self,
                         RsValue        *args,
                         guint           n_args,
                         const RsCallKw *kw,
                         guint           line,
                         RsValue        *out)
{
  Format f = { self, args + 1, n_args - 1, kw, line, 0, FALSE };
  glong n;
  g_autofree gunichar *s = rs_interp_str_chars (self, args[0], &n);
  g_autoptr(GString) r = g_string_new (NULL);
  gboolean braces = FALSE;

  rs_interp_text_begin (self);
  if (!build (&f, s, n, 2, r))
    return FALSE;
  /* _PyUnicodeWriter_Finish: a str written alone is itself (the format
   * when it has no field), else one latin-1 character is its singleton */
  for (glong i = 0; i < n && !braces; i++)
    braces = s[i] == '{' || s[i] == '}';
  *out = braces ? rs_interp_text_str (self, r, FALSE) : args[0];
  return TRUE;
}

RS_STR_METHOD (format_method)
{
  return rs_interp_str_format_kw (self, args, n_args, NULL, line, out);
}
