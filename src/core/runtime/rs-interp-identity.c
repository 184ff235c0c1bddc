/* rs-interp-identity.c: `is` and `is not` as CPython's object identity
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Objects, None, True, False, NotImplemented and builtins are one value
 * each, as in CPython.  Numbers are values in the model: two different
 * ones are never the same object, and two equal ones are when CPython
 * caches them (the ints -5..256).  Whether two other equal numbers are
 * one object depends on where CPython made them (the constants of one
 * code object are shared, `a + 1 - 1` is a new int), which the model does
 * not follow: `is` between them is rejected where it runs.  A str value
 * names its object (rs-interp-str-identity.c), so `is` between strings
 * is exact.
 */
#include "rs-interp-private.h"

/* Whether two equal values @v are one object in CPython wherever they were made */
static gboolean
always_shared (RsInterp *self,
               RsValue   v)
{
  switch (RS_VALUE_TAG (v))
    {
    case RS_TAG_INT:
      return rs_value_get_int (v) >= -5 && rs_value_get_int (v) <= 256;
    case RS_TAG_BIGINT:
    case RS_TAG_FLOAT:
      return FALSE;
    default:
      return TRUE;
    }
}

/* @a is @b: FALSE (rejected) when the model cannot tell */
gboolean
rs_interp_identical (RsInterp *self,
                     RsValue   a,
                     RsValue   b,
                     guint     line,
                     gboolean *result)
{
  *result = a == b;
  if (a != b || always_shared (self, a))
    return TRUE;
  return rs_interp_reject (self, line, "`is` between two equal values of type %s is not in the subset "
                           "(whether CPython made them one object depends on where they were "
                           "computed); compare them with ==", rs_interp_type_name (self, a));
}
