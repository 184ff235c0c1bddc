/* rs-interp-str-pad.c: str padding (center ljust rjust zfill expandtabs), ord() and chr()
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rs-interp-str.h"

/* The fill character argument of center, ljust and rjust */
static gboolean
fill_char (RsInterp *self,
           RsValue  *args,
           guint     n_args,
           guint     line,
           gunichar *fill)
{
  glong n;

  *fill = ' ';
  if (n_args < 3)
    return TRUE;
  if (RS_VALUE_TAG (args[2]) != RS_TAG_STR)
    return rs_interp_raise (self, line, "TypeError", "The fill character must be a unicode character, not %s",
                            rs_interp_type_name (self, args[2]));
  g_autofree gunichar *c = rs_interp_str_chars (self, args[2], &n);
  if (n != 1)
    return rs_interp_raise (self, line, "TypeError", "The fill character must be exactly one character long");
  *fill = c[0];
  return TRUE;
}

/* pad() of unicodeobject.c: @left and @right fill characters around @args[0] */
static gboolean
pad (RsInterp *self,
     RsValue  *args,
     guint     n_args,
     guint     line,
     char      how,
     RsValue  *out)
{
  gint64 width;
  gunichar fill;
  glong n;

  if (!rs_interp_str_size_arg (self, args[1], line, &width) ||
      !fill_char (self, args, n_args, line, &fill))
    return FALSE;
  g_autofree gunichar *c = rs_interp_str_chars (self, args[0], &n);
  if (width <= n)
    {
      *out = args[0];
      return TRUE;
    }
  if (!rs_interp_reserve (self, line, width, 2 * sizeof (gunichar), 0))
    return FALSE;
  gint64 marg = width - n, left = how == 'l' ? 0 : how == 'r' ? marg : marg / 2 + (marg & width & 1);
  g_autofree gunichar *r = g_new (gunichar, width);
  for (gint64 i = 0; i < width; i++)
    r[i] = i >= left && i < left + n ? c[i - left] : fill;
  *out = rs_interp_str_of_chars (self, r, width);
  return TRUE;
}

RS_STR_METHOD (center)
{
  return pad (self, args, n_args, line, 'c', out);
}

RS_STR_METHOD (ljust)
{
  return pad (self, args, n_args, line, 'l', out);
}

RS_STR_METHOD (rjust)
{
  return pad (self, args, n_args, line, 'r', out);
}

/* zfill: zeros after the sign */
RS_STR_METHOD (zfill)
{
  gint64 width;
  glong n;

  if (!rs_interp_str_size_arg (self, args[1], line, &width))
    return FALSE;
  g_autofree gunichar *c = rs_interp_str_chars (self, args[0], &n);
  if (width <= n)
    {
      *out = args[0];
      return TRUE;
    }
  if (!rs_interp_reserve (self, line, width, 2 * sizeof (gunichar), 0))
    return FALSE;
  g_autofree gunichar *r = g_new (gunichar, width);
  gint64 fill = width - n;
  for (gint64 i = 0; i < width; i++)
    r[i] = i < fill ? '0' : c[i - fill];
  if (n > 0 && (c[0] == '+' || c[0] == '-'))
    {
      r[0] = c[0];
      r[fill] = '0';
    }
  *out = rs_interp_str_of_chars (self, r, width);
  return TRUE;
}

/* expandtabs(tabsize=8): the column starts again after \n and \r */
RS_STR_METHOD (expandtabs)
{
  gint64 tabsize = 8;
  glong n;

  if (n_args == 2 && !rs_interp_str_size_arg (self, args[1], line, &tabsize))
    return FALSE;
  g_autofree gunichar *c = rs_interp_str_chars (self, args[0], &n);
  guint64 tabs = 0;
  for (glong i = 0; i < n; i++)
    tabs += c[i] == '\t';
  if (tabs == 0)
    {
      *out = args[0];   /* unicode_result_unchanged */
      return TRUE;
    }
  /* at most tabsize spaces a tab */
  if (tabs > 0 && tabsize > 0 &&
      !rs_interp_reserve (self, line, (guint64) n + tabs * MIN ((guint64) tabsize, G_MAXUINT32),
                          2 * sizeof (gunichar), 0))
    return FALSE;
  g_autoptr(GString) r = g_string_new (NULL);
  gint64 col = 0;
  for (glong i = 0; i < n; i++)
    {
      if (c[i] == '\t')
        {
          if (tabsize <= 0)
            continue;
          gint64 k = tabsize - col % tabsize;
          col += k;
          for (; k > 0; k--)
            g_string_append_c (r, ' ');
          continue;
        }
      rs_interp_str_append_char (r, c[i]);
      col = c[i] == '\n' || c[i] == '\r' ? 0 : col + 1;
    }
  *out = rs_interp_result_str (self, r->str, r->len);
  return TRUE;
}

RS_STR_METHOD (ord)
{
  glong n;

  if (n_args != 1)
    return rs_interp_raise (self, line, "TypeError", "ord() takes exactly one argument (%u given)", n_args);
  if (RS_VALUE_TAG (args[0]) != RS_TAG_STR)
    return rs_interp_raise (self, line, "TypeError", "ord() expected string of length 1, but %s found",
                            rs_interp_type_name (self, args[0]));
  g_autofree gunichar *c = rs_interp_str_chars (self, args[0], &n);
  if (n != 1)
    return rs_interp_raise (self, line, "TypeError", "ord() expected a character, but string of "
                            "length %ld found", n);
  *out = rs_interp_make_int (self, c[0]);
  return TRUE;
}

RS_STR_METHOD (chr)
{
  gint64 i;

  if (n_args != 1)
    return rs_interp_raise (self, line, "TypeError", "chr() takes exactly one argument (%u given)", n_args);
  if (RS_VALUE_TAG (args[0]) == RS_TAG_BIGINT)
    return rs_interp_raise (self, line, "OverflowError", "Python int too large to convert to C int");
  if (!rs_interp_str_size_arg (self, args[0], line, &i))
    return FALSE;
  if (i > G_MAXINT32 || i < G_MININT32)
    return rs_interp_raise (self, line, "OverflowError", "Python int too large to convert to C int");
  if (i < 0 || i >= 0x110000)
    return rs_interp_raise (self, line, "ValueError", "chr() arg not in range(0x110000)");
  g_autoptr(GString) s = g_string_new (NULL);
  rs_interp_str_append_char (s, (gunichar) i);
  *out = rs_interp_char_str (self, s->str);   /* unicode_char */
  return TRUE;
}
