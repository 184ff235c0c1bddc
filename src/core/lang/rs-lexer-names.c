/* rs-lexer-names.c: the code point of a Unicode character name, as \N{...} finds it
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CPython's _getcode: "HANGUL SYLLABLE ..." and "CJK UNIFIED
 * IDEOGRAPH-XXXX" are made by rule (in upper case only), every other
 * name is looked up in the generated table whatever its case.
 */
#include "rs-lexer-names.h"

#include <string.h>

/* The jamo of a Hangul syllable's name: leading, vowel, trailing */
static const char *const jamo[3][28] = {
  { "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H" },
  { "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE",
    "WI", "YU", "EU", "YI", "I" },
  { "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M",
    "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H" },
};
static const guint n_jamo[3] = { 19, 21, 28 };

/* find_syllable: the longest jamo of @column that @s starts with */
static gint
find_jamo (const char *s,
           gsize       len,
           guint       column,
           gsize      *used)
{
  gint found = -1;

  *used = 0;
  for (guint i = 0; i < n_jamo[column]; i++)
    {
      gsize n = strlen (jamo[column][i]);
      if ((found < 0 || n > *used) && n <= len && strncmp (s, jamo[column][i], n) == 0)
        {
          found = i;
          *used = n;
        }
    }
  return found;
}

static gboolean
hangul (const char *s,
        gsize       len,
        gunichar   *out)
{
  gint index[3];

  for (guint column = 0; column < 3; column++)
    {
      gsize used;
      index[column] = find_jamo (s, len, column, &used);
      if (index[column] < 0)
        return FALSE;
      s += used;
      len -= used;
    }
  *out = 0xAC00 + (index[0] * 21 + index[1]) * 28 + index[2];
  return len == 0;
}

static gboolean
ideograph (const char *s,
           gsize       len,
           gunichar   *out)
{
  gunichar v = 0;

  if (len != 4 && len != 5)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      if (!g_ascii_isdigit (s[i]) && (s[i] < 'A' || s[i] > 'F'))
        return FALSE;
      v = v * 16 + g_ascii_xdigit_value (s[i]);
    }
  for (guint i = 0; i < rs_lexer_n_ideographs; i++)
    if (v >= rs_lexer_ideographs[i].first && v <= rs_lexer_ideographs[i].last)
      {
        *out = v;
        return TRUE;
      }
  return FALSE;
}

/* The front-coded table: each entry shares a prefix with the one before */
static gboolean
table_lookup (const char *name,
              gsize       len,
              gunichar   *out)
{
  g_autofree char *want = g_ascii_strup (name, len);
  char current[256];
  gsize at = 0, n = 0;

  for (guint k = 0; k < rs_lexer_names_count; k++)
    {
      n = rs_lexer_names[at++];
      while (rs_lexer_names[at] < 0x80)
        current[n++] = rs_lexer_names[at++];
      g_assert (n < sizeof current);
      const guint8 *code = rs_lexer_names + at;
      at += 3;
      if (n == len && memcmp (current, want, len) == 0)
        {
          *out = (code[0] & 0x7f) << 14 | (code[1] & 0x7f) << 7 | (code[2] & 0x7f);
          return TRUE;
        }
    }
  g_assert (at == rs_lexer_names_len);
  return FALSE;
}

gboolean
rs_lexer_lookup_name (const char *name,
                      gsize       len,
                      gunichar   *out)
{
  static const char hangul_prefix[] = "HANGUL SYLLABLE ", cjk_prefix[] = "CJK UNIFIED IDEOGRAPH-";
  gsize nh = strlen (hangul_prefix), nc = strlen (cjk_prefix);

  if (len >= nh && strncmp (name, hangul_prefix, nh) == 0)
    return hangul (name + nh, len - nh, out);
  if (len >= nc && strncmp (name, cjk_prefix, nc) == 0)
    return ideograph (name + nc, len - nc, out);
  return len < 256 && table_lookup (name, len, out);
}
