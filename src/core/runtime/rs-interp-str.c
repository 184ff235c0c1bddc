/* rs-interp-str.c: str methods that map, strip and replace, and what the str files share
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A str is an atom of generalized UTF-8; the methods work on its code
 * points.  Case mappings are the full ones of CPython (GLib's tables, one
 * code point at a time, with CPython's final sigma rule); what each
 * method says of wrong arguments is CPython 3.11's.
 */
#include "rs-interp-str.h"

#include <string.h>

/* Shared helpers */

gunichar *
rs_interp_str_chars (RsInterp *self,
                     RsValue   v,
                     glong    *n)
{
  gsize len;
  const char *s = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (v), &len);
  gunichar *c = g_new (gunichar, len + 1);
  const char *p = s;

  *n = 0;
  for (; p < s + len; p = g_utf8_next_char (p))
    c[(*n)++] = *p == '\0' ? 0 : g_utf8_get_char (p);
  return c;
}

void
rs_interp_str_append_char (GString  *s,
                           gunichar  c)
{
  char buf[6];

  g_string_append_len (s, buf, g_unichar_to_utf8 (c, buf));
}

RsValue
rs_interp_str_of_chars (RsInterp       *self,
                        const gunichar *c,
                        glong           n)
{
  g_autoptr(GString) s = g_string_sized_new (n);

  for (glong i = 0; i < n; i++)
    rs_interp_str_append_char (s, c[i]);
  return rs_interp_new_str (self, s->str, s->len);
}

/* Code points @lo to @hi of the @n in @c, str @v's: PyUnicode_Substring
 * (@v ABSENT: a copy even of all of them, as STRINGLIB_NEW) */
RsValue
rs_interp_str_sub_chars (RsInterp       *self,
                         RsValue         v,
                         const gunichar *c,
                         glong           n,
                         glong           lo,
                         glong           hi)
{
  g_autoptr(GString) s = NULL;

  if (lo == 0 && hi == n && v != RS_VALUE_ABSENT)
    return v;
  s = g_string_sized_new (hi - lo);
  for (glong i = lo; i < hi; i++)
    rs_interp_str_append_char (s, c[i]);
  return rs_interp_result_str (self, s->str, s->len);
}

gboolean
rs_interp_str_is_space (gunichar c)
{
  return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0
         || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029
         || c == 0x202f || c == 0x205f || c == 0x3000;
}

/* How a method words a wrong argument count */
typedef enum {
  ARGS_NONE,     /* METH_NOARGS: "str.upper() takes no arguments (1 given)" */
  ARGS_ONE,      /* METH_O: "str.join() takes exactly one argument (0 given)" */
  ARGS_CLINIC,   /* "strip expected at most 1 argument, got 2" */
  ARGS_TUPLE,    /* PyArg_ParseTuple: "find() takes at least 1 argument (0 given)" */
  ARGS_ANY,      /* str.format */
} ArgsStyle;

static const guint8 args_style[RS_N_BUILTINS] = {
  [RS_BI_STR_SPLIT] = ARGS_TUPLE, [RS_BI_STR_RSPLIT] = ARGS_TUPLE,
  [RS_BI_STR_SPLITLINES] = ARGS_TUPLE, [RS_BI_STR_JOIN] = ARGS_ONE,
  [RS_BI_STR_STRIP] = ARGS_CLINIC, [RS_BI_STR_LSTRIP] = ARGS_CLINIC,
  [RS_BI_STR_RSTRIP] = ARGS_CLINIC,
  [RS_BI_STR_STARTSWITH] = ARGS_TUPLE, [RS_BI_STR_ENDSWITH] = ARGS_TUPLE,
  [RS_BI_STR_FIND] = ARGS_TUPLE, [RS_BI_STR_RFIND] = ARGS_TUPLE,
  [RS_BI_STR_INDEX] = ARGS_TUPLE, [RS_BI_STR_RINDEX] = ARGS_TUPLE,
  [RS_BI_STR_COUNT] = ARGS_TUPLE, [RS_BI_STR_REPLACE] = ARGS_CLINIC,
  [RS_BI_STR_CENTER] = ARGS_CLINIC, [RS_BI_STR_LJUST] = ARGS_CLINIC,
  [RS_BI_STR_RJUST] = ARGS_CLINIC, [RS_BI_STR_ZFILL] = ARGS_ONE,
  [RS_BI_STR_EXPANDTABS] = ARGS_TUPLE, [RS_BI_STR_PARTITION] = ARGS_ONE,
  [RS_BI_STR_RPARTITION] = ARGS_ONE, [RS_BI_STR_REMOVEPREFIX] = ARGS_ONE,
  [RS_BI_STR_REMOVESUFFIX] = ARGS_ONE, [RS_BI_STR_FORMAT] = ARGS_ANY,
};

gboolean
rs_interp_str_check_args (RsInterp    *self,
                          RsBuiltinId  id,
                          guint        n_args,
                          guint        line)
{
  const RsBuiltinRow *row = &rs_interp_methods[id];
  const char *name = rs_value_builtin_str (id);
  guint n = n_args - 1, min = row->min_args, max = row->max_args;
  gboolean few = n < min;
  guint bound = few ? min : max;

  if (args_style[id] == ARGS_ANY || (n >= min && n <= max))
    return TRUE;
  switch (args_style[id])
    {
    case ARGS_NONE:
      return rs_interp_raise (self, line, "TypeError", "str.%s() takes no arguments (%u given)", name, n);
    case ARGS_ONE:
      return rs_interp_raise (self, line, "TypeError", "str.%s() takes exactly one argument (%u given)",
                              name, n);
    case ARGS_CLINIC:
      return rs_interp_raise (self, line, "TypeError", "%s expected at %s %u argument%s, got %u", name,
                              few ? "least" : "most", bound, bound == 1 ? "" : "s", n);
    default:
      return rs_interp_raise (self, line, "TypeError", "%s() takes at %s %u argument%s (%u given)", name,
                              few ? "least" : "most", bound, bound == 1 ? "" : "s", n);
    }
}

gboolean
rs_interp_str_size_arg (RsInterp *self,
                        RsValue   v,
                        guint     line,
                        gint64   *out)
{
  if (RS_VALUE_TAG (v) == RS_TAG_BIGINT)
    return rs_interp_raise (self, line, "OverflowError", "Python int too large to convert to C ssize_t");
  if (rs_heap_get_value (self->heap, v) != NULL
      && rs_heap_get_value (self->heap, v)->kind == RS_KIND_INSTANCE)
    return rs_interp_reject (self, line, "an object as a str method's integer argument is not in "
                             "the subset; pass an int");
  if (!rs_interp_get_index (self, v, out))
    return rs_interp_raise (self, line, "TypeError", "'%s' object cannot be interpreted as an integer",
                            rs_interp_type_name (self, v));
  return TRUE;
}

/* "must be str, not int" and its variants */
static gboolean
str_arg (RsInterp   *self,
         RsValue     v,
         guint       line,
         const char *what)
{
  if (RS_VALUE_TAG (v) == RS_TAG_STR)
    return TRUE;
  return rs_interp_raise (self, line, "TypeError", "%smust be str, not %s", what,
                          rs_interp_type_name (self, v));
}

/* Case mappings */

gboolean
rs_interp_str_in_ranges (gunichar           c,
                         const RsCharRange *r,
                         gsize              n)
{
  for (gsize i = 0; i < n && r[i].first <= c; i++)
    if (c <= r[i].last)
      return TRUE;
  return FALSE;
}

/* The code points outside Lu and Ll that CPython's Uppercase and
 * Lowercase properties hold (Python 3.11's unicodedata, Unicode 14.0) */
static const RsCharRange other_upper[] = {
  { 0x2160, 0x216F }, { 0x24B6, 0x24CF }, { 0x1F130, 0x1F149 }, { 0x1F150, 0x1F169 },
  { 0x1F170, 0x1F189 },
};

static const RsCharRange other_lower[] = {
  { 0xAA, 0xAA }, { 0xBA, 0xBA }, { 0x2B0, 0x2B8 }, { 0x2C0, 0x2C1 }, { 0x2E0, 0x2E4 },
  { 0x345, 0x345 }, { 0x37A, 0x37A }, { 0x1D2C, 0x1D6A }, { 0x1D78, 0x1D78 },
  { 0x1D9B, 0x1DBF }, { 0x2071, 0x2071 }, { 0x207F, 0x207F }, { 0x2090, 0x209C },
  { 0x2170, 0x217F }, { 0x24D0, 0x24E9 }, { 0x2C7C, 0x2C7D }, { 0xA69C, 0xA69D },
  { 0xA770, 0xA770 }, { 0xA7F8, 0xA7F9 }, { 0xAB5C, 0xAB5F }, { 0x10780, 0x10780 },
  { 0x10783, 0x10785 }, { 0x10787, 0x107B0 }, { 0x107B2, 0x107BA },
};

gboolean
rs_interp_str_is_upper (gunichar c)
{
  return g_unichar_isupper (c) || rs_interp_str_in_ranges (c, other_upper, G_N_ELEMENTS (other_upper));
}

gboolean
rs_interp_str_is_lower (gunichar c)
{
  return g_unichar_islower (c) || rs_interp_str_in_ranges (c, other_lower, G_N_ELEMENTS (other_lower));
}

/* The case mappings GLib leaves out: roman numerals, circled letters,
 * and U+0345 (ypogegrammeni) to upper case */
static gunichar
map_other (gunichar c,
           char     how)
{
  gboolean up = how == 'u' || how == 't';

  if (up && ((c >= 0x2170 && c <= 0x217f) || (c >= 0x24d0 && c <= 0x24e9)))
    return c - (c < 0x24d0 ? 16 : 26);
  if (!up && ((c >= 0x2160 && c <= 0x216f) || (c >= 0x24b6 && c <= 0x24cf)))
    return c + (c < 0x24b6 ? 16 : 26);
  if (up && c == 0x345)
    return 0x399;
  return how == 'f' && c == 0x345 ? 0x3b9 : 0;
}

static gboolean
is_cased (gunichar c)
{
  return rs_interp_str_is_upper (c) || rs_interp_str_is_lower (c) || g_unichar_istitle (c);
}

static gboolean
is_case_ignorable (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_NON_SPACING_MARK:
    case G_UNICODE_ENCLOSING_MARK:
    case G_UNICODE_FORMAT:
    case G_UNICODE_MODIFIER_LETTER:
    case G_UNICODE_MODIFIER_SYMBOL:
      return TRUE;
    default:
      return c == '\'' || c == '.' || c == ':' || c == 0xb7 || c == 0x2019;
    }
}

/* CPython's handle_capital_sigma: ς at the end of a word */
static gunichar
sigma (const gunichar *c,
       glong           n,
       glong           i)
{
  glong j = i - 1;

  while (j >= 0 && is_case_ignorable (c[j]))
    j--;
  if (j < 0 || !is_cased (c[j]))
    return 0x3c3;
  for (j = i + 1; j < n && is_case_ignorable (c[j]); j++)
    ;
  return j == n || !is_cased (c[j]) ? 0x3c2 : 0x3c3;
}

/* Appends the full mapping of @c: 'u' upper, 'l' lower, 't' title, 'f' fold */
static void
append_mapped (GString        *s,
               const gunichar *c,
               glong           n,
               glong           i,
               char            how)
{
  char buf[6];
  gsize len = g_unichar_to_utf8 (c[i], buf);
  g_autofree char *m = NULL;

  if (how == 'l' && c[i] == 0x3a3)
    {
      rs_interp_str_append_char (s, sigma (c, n, i));
      return;
    }
  if (c[i] == 0 || map_other (c[i], how) != 0)
    {
      rs_interp_str_append_char (s, c[i] == 0 ? 0 : map_other (c[i], how));
      return;
    }
  m = how == 'l' ? g_utf8_strdown (buf, len) : how == 'f' ? g_utf8_casefold (buf, len)
      : g_utf8_strup (buf, len);
  if (how == 't' && g_utf8_strlen (m, -1) == 1)
    rs_interp_str_append_char (s, g_unichar_totitle (c[i]));
  else if (how == 't')
    {
      /* 'ß' is titled 'Ss': the first of its upper case, the rest lower */
      const char *rest = g_utf8_next_char (m);
      g_autofree char *low = g_utf8_strdown (rest, -1);
      g_string_append_len (s, m, rest - m);
      g_string_append (s, low);
    }
  else
    g_string_append (s, m);
}

/* @how for every code point, or per position: title case, capitalize,
 * swapcase */
static gboolean
map_case (RsInterp *self,
          RsValue   v,
          char      how,
          RsValue  *out)
{
  glong n;
  g_autofree gunichar *c = rs_interp_str_chars (self, v, &n);
  g_autoptr(GString) s = g_string_new (NULL);
  gboolean cased = FALSE;

  for (glong i = 0; i < n; i++)
    {
      char h = how;
      if (how == 'T')
        h = cased ? 'l' : 't';
      else if (how == 'C')
        h = i == 0 ? 't' : 'l';
      else if (how == 'S')
        h = rs_interp_str_is_upper (c[i]) ? 'l' : rs_interp_str_is_lower (c[i]) ? 'u' : 0;
      if (h == 0)
        rs_interp_str_append_char (s, c[i]);
      else
        append_mapped (s, c, n, i, h);
      cased = is_cased (c[i]);
    }
  *out = rs_interp_new_str (self, s->str, s->len);   /* always a new object, as case_operation's */
  return TRUE;
}

#define CASE_METHOD(name, how) \
  RS_STR_METHOD (name) \
  { \
    return map_case (self, args[0], how, out); \
  }

CASE_METHOD (upper, 'u')
CASE_METHOD (lower, 'l')
CASE_METHOD (casefold, 'f')
CASE_METHOD (title, 'T')
CASE_METHOD (capitalize, 'C')
CASE_METHOD (swapcase, 'S')

/* strip, lstrip, rstrip */

static gboolean
in_chars (gunichar        c,
          const gunichar *set,
          glong           n_set)
{
  if (set == NULL)
    return rs_interp_str_is_space (c);
  for (glong i = 0; i < n_set; i++)
    if (set[i] == c)
      return TRUE;
  return FALSE;
}

static gboolean
do_strip (RsInterp   *self,
          RsValue    *args,
          guint       n_args,
          guint       line,
          const char *name,
          gboolean    left,
          gboolean    right,
          RsValue    *out)
{
  glong n, n_set = 0, lo = 0, hi;
  g_autofree gunichar *set = NULL;

  if (n_args == 2 && args[1] != RS_VALUE_NONE)
    {
      if (RS_VALUE_TAG (args[1]) != RS_TAG_STR)
        return rs_interp_raise (self, line, "TypeError", "%s arg must be None or str", name);
      set = rs_interp_str_chars (self, args[1], &n_set);
    }
  g_autofree gunichar *c = rs_interp_str_chars (self, args[0], &n);
  hi = n;
  while (left && lo < hi && in_chars (c[lo], set, n_set))
    lo++;
  while (right && hi > lo && in_chars (c[hi - 1], set, n_set))
    hi--;
  *out = rs_interp_str_sub_chars (self, args[0], c, n, lo, hi);
  return TRUE;
}

RS_STR_METHOD (strip)
{
  return do_strip (self, args, n_args, line, "strip", TRUE, TRUE, out);
}

RS_STR_METHOD (lstrip)
{
  return do_strip (self, args, n_args, line, "lstrip", TRUE, FALSE, out);
}

RS_STR_METHOD (rstrip)
{
  return do_strip (self, args, n_args, line, "rstrip", FALSE, TRUE, out);
}

gboolean
rs_interp_str_match_at (const gunichar *c,
                        glong           at,
                        const gunichar *sub,
                        glong           m)
{
  return memcmp (c + at, sub, m * sizeof (gunichar)) == 0;
}

static gboolean
contains (const gunichar *c,
                        glong           n,
                        const gunichar *sub,
                        glong           m)
{
  for (glong j = 0; j + m <= n; j++)
    if (rs_interp_str_match_at (c, j, sub, m))
      return TRUE;
  return FALSE;
}

/* replace(old, new, count=-1): an empty old is put between every two
 * code points and at both ends */
RS_STR_METHOD (replace)
{
  glong n, m, k;
  gint64 count = -1;

  if (!str_arg (self, args[1], line, "replace() argument 1 ") ||
      !str_arg (self, args[2], line, "replace() argument 2 ") ||
      (n_args == 4 && !rs_interp_str_size_arg (self, args[3], line, &count)))
    return FALSE;
  g_autofree gunichar *c = rs_interp_str_chars (self, args[0], &n);
  g_autofree gunichar *old = rs_interp_str_chars (self, args[1], &m);
  g_autofree gunichar *new = rs_interp_str_chars (self, args[2], &k);
  if (count < 0)
    count = G_MAXINT64;
  /* replace(): nothing to replace, or old is new, gives the str itself */
  if (count == 0 || args[1] == args[2] || !contains (c, n, old, m))
    {
      *out = args[0];
      return TRUE;
    }

  /* the replacements counted first: the result is reserved before it is
   * made (its characters, then its UTF-8) */
  guint64 found = 0;
  for (glong j = 0; j <= n && (gint64) found < count; )
    if (j + m <= n && rs_interp_str_match_at (c, j, old, m))
      {
        found++;
        j += MAX (m, 1);
      }
    else
      j++;
  if (k > 0 && !rs_interp_reserve (self, line, (guint64) n + found * (guint64) k, 2 * sizeof (gunichar), 0))
    return FALSE;

  g_autoptr(GArray) r = g_array_new (FALSE, FALSE, sizeof (gunichar));
  glong i = 0;
  while (i <= n)
    {
      if (count > 0 && i + m <= n && rs_interp_str_match_at (c, i, old, m))
        {
          g_array_append_vals (r, new, k);
          count--;
          if (m > 0)
            {
              i += m;
              continue;
            }
        }
      if (i < n)
        g_array_append_val (r, c[i]);
      i++;
    }
  *out = rs_interp_str_of_chars (self, (gunichar *) r->data, r->len);
  return TRUE;
}

static gboolean
remove_affix (RsInterp   *self,
              RsValue    *args,
              guint       line,
              const char *name,
              gboolean    suffix,
              RsValue    *out)
{
  glong n, m;

  if (RS_VALUE_TAG (args[1]) != RS_TAG_STR)
    return rs_interp_raise (self, line, "TypeError", "%s() argument must be str, not %s", name,
                            rs_interp_type_name (self, args[1]));
  g_autofree gunichar *c = rs_interp_str_chars (self, args[0], &n);
  g_autofree gunichar *a = rs_interp_str_chars (self, args[1], &m);
  if (m > 0 && m <= n && rs_interp_str_match_at (c, suffix ? n - m : 0, a, m))
    *out = rs_interp_str_sub_chars (self, args[0], c, n, suffix ? 0 : m, suffix ? n - m : n);
  else
    *out = args[0];
  return TRUE;
}

RS_STR_METHOD (removeprefix)
{
  return remove_affix (self, args, line, "removeprefix", FALSE, out);
}

RS_STR_METHOD (removesuffix)
{
  return remove_affix (self, args, line, "removesuffix", TRUE, out);
}

gboolean
rs_interp_str_other_method (const char *name)
{
  static const char *const others[] = { "encode", "format_map", "maketrans", "translate" };

  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    if (strcmp (name, others[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Keyword arguments: str.format's, and the named parameters of split,
 * rsplit, splitlines and expandtabs */

gboolean
rs_interp_str_takes_keywords (RsBuiltinId id)
{
  return id == RS_BI_STR_FORMAT || id == RS_BI_STR_SPLIT || id == RS_BI_STR_RSPLIT
         || id == RS_BI_STR_SPLITLINES || id == RS_BI_STR_EXPANDTABS;
}

static const char *
param_name (RsBuiltinId id,
            guint       i)
{
  static const char *const split[] = { "sep", "maxsplit" };

  if (id == RS_BI_STR_SPLIT || id == RS_BI_STR_RSPLIT)
    return i < 2 ? split[i] : NULL;
  if (i > 0)
    return NULL;
  return id == RS_BI_STR_SPLITLINES ? "keepends" : "tabsize";
}

gboolean
rs_interp_str_call_kw (RsInterp       *self,
                       RsBuiltinId     id,
                       RsValue        *args,
                       guint           n_args,
                       const RsCallKw *kw,
                       guint           line,
                       RsValue        *out)
{
  const char *name = rs_value_builtin_str (id);
  RsValue argv[3] = { args[0], RS_VALUE_NONE, rs_value_int (-1) };
  guint n = n_args;

  *out = RS_VALUE_NONE;
  if (id == RS_BI_STR_FORMAT)
    return rs_interp_str_format_kw (self, args, n_args, kw, line, out);
  if (!rs_interp_str_takes_keywords (id))
    return rs_interp_raise (self, line, "TypeError", "str.%s() takes no keyword arguments", name);
  if (!rs_interp_str_check_args (self, id, n_args, line))
    return FALSE;
  memcpy (argv, args, n_args * sizeof (RsValue));
  for (guint k = 0; k < kw->n; k++)
    {
      guint i = 0;
      while (param_name (id, i) != NULL && strcmp (param_name (id, i), kw->names[k]) != 0)
        i++;
      if (param_name (id, i) == NULL)
        return rs_interp_raise (self, line, "TypeError", "'%s' is an invalid keyword argument for %s()",
                                kw->names[k], name);
      if (i + 1 < n_args)
        return rs_interp_raise (self, line, "TypeError", "argument for %s() given by name ('%s') "
                                "and position (%u)", name, kw->names[k], i + 1);
      argv[i + 1] = kw->values[k];
      n = MAX (n, i + 2);
    }
  return rs_interp_methods[id].call (self, argv, n, line, out);
}
