/* rs-check-format.c: the attributes a constant str.format string reaches
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `'{0.attr}'.format(x)` reads x.attr: the checker looks at each name
 * after a `.` or in `[...]` of the fields, as the oracle does with
 * string.Formatter().parse (the top level only, nothing when the string
 * does not parse: then CPython raises when it runs).
 */
#include "rs-check-private.h"

#include <string.h>

/* The end of the field whose name starts at @s[i] (its closing brace),
 * or -1 when it does not parse (parse_field of unicode_format.h) */
static gssize
field_end (const char *s,
           gsize       n,
           gsize       i,
           gsize      *name_end)
{
  char c = 0;

  while (i < n)
    {
      c = s[i++];
      if (c == '{')
        return -1;
      if (c == '[')
        while (i < n && s[i] != ']')
          i++;
      else if (c == '}' || c == ':' || c == '!')
        break;
    }
  *name_end = i - 1;
  if (c == '}')
    return i - 1;
  if (c != '!' && c != ':')
    return -1;
  if (c == '!')
    {
      if (i >= n)
        return -1;
      i++;
      if (i < n && s[i] == '}')
        return i;
      if (i < n && s[i++] != ':')
        return -1;
    }
  for (guint count = 1; i < n; i++)
    if (s[i] == '{')
      count++;
    else if (s[i] == '}' && --count == 0)
      return i;
  return -1;
}

/* The parts after the first of @field (re.split(r'[.\[\]]', field)[1:]),
 * the empty ones left out */
static void
add_parts (const char *field,
           gsize       len,
           GPtrArray  *parts)
{
  gsize start = 0;
  gboolean first = TRUE;

  for (gsize i = 0; i <= len; i++)
    if (i == len || field[i] == '.' || field[i] == '[' || field[i] == ']')
      {
        if (!first && i > start)
          g_ptr_array_add (parts, g_strndup (field + start, i - start));
        first = FALSE;
        start = i + 1;
      }
}

GPtrArray *
rs_check_format_parts (const char *s,
                       gsize       n)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  for (gsize i = 0; i < n;)
    {
      char c = s[i++];
      gsize name_end;
      gssize end;

      if (c != '{' && c != '}')
        continue;
      if (i == n || (c == '}' && s[i] != '}'))
        return NULL;
      if (s[i] == c)
        {
          i++;
          continue;
        }
      if ((end = field_end (s, n, i, &name_end)) < 0)
        return NULL;
      add_parts (s + i, name_end - i, parts);
      i = end + 1;
    }
  return g_steal_pointer (&parts);
}
