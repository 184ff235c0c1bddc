/* test-float.c: CPython's float texts and the float values of rs-float.c
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rs-big.h"
#include "rs-float.h"

#include <math.h>

static char *
repr_of (double d)
{
  GString *out = g_string_new (NULL);

  rs_float_repr (d, out);
  return g_string_free (out, FALSE);
}

static char *
format_of (double d,
           char   type,
           gint   precision,
           gboolean alt)
{
  GString *out = g_string_new (NULL);

  rs_float_format (d, type, precision, alt, out);
  return g_string_free (out, FALSE);
}

#define assert_text(call, expected) \
  G_STMT_START { g_autofree char *got = (call); g_assert_cmpstr (got, ==, (expected)); } G_STMT_END

/* the shortest text, with the exponent below 1e-4 and from 1e16 */
static void
test_repr (void)
{
  assert_text (repr_of (0.1), "0.1");
  assert_text (repr_of (2.0), "2.0");
  assert_text (repr_of (1e16), "1e+16");
  assert_text (repr_of (1e15), "1000000000000000.0");
  assert_text (repr_of (1e-5), "1e-05");
  assert_text (repr_of (1e-4), "0.0001");
  assert_text (repr_of (0.1 + 0.2), "0.30000000000000004");
  assert_text (repr_of (1.0 / 3), "0.3333333333333333");
  assert_text (repr_of (-0.0), "-0.0");
  assert_text (repr_of (5e-324), "5e-324");
  assert_text (repr_of (1.7976931348623157e308), "1.7976931348623157e+308");
  assert_text (repr_of (INFINITY), "inf");
  assert_text (repr_of (-INFINITY), "-inf");
  assert_text (repr_of (-NAN), "nan");
  assert_text (repr_of (123456789.125), "123456789.125");
}

static void
test_format (void)
{
  assert_text (format_of (2.675, 'f', 2, FALSE), "2.67");
  assert_text (format_of (2.5, 'f', 0, FALSE), "2");
  assert_text (format_of (3.0, 'f', 0, TRUE), "3.");
  assert_text (format_of (12345.678, 'e', 3, FALSE), "1.235e+04");
  assert_text (format_of (1e-10, 'G', -1, FALSE), "1E-10");
  assert_text (format_of (3.0, 'g', -1, TRUE), "3.00000");
  assert_text (format_of (0.5, '%', 1, FALSE), "50.0%");
  assert_text (format_of (-INFINITY, 'F', 2, FALSE), "-INF");
  assert_text (format_of (-NAN, 'f', 2, FALSE), "nan");
  /* no type: repr, or 'g' keeping a '.0' and turning to an exponent sooner */
  assert_text (format_of (0.1, 0, -1, FALSE), "0.1");
  assert_text (format_of (123.456, 0, 3, FALSE), "1.23e+02");
  assert_text (format_of (12.0, 0, 3, FALSE), "12.0");
  assert_text (format_of (0.0, 0, 1, FALSE), "0e+00");
}

static void
test_parse (void)
{
  double d = 0;

  g_assert_true (rs_float_parse (" 1_000.5\n", 9, &d));
  g_assert_cmpfloat (d, ==, 1000.5);
  g_assert_true (rs_float_parse ("-Infinity", 9, &d));
  g_assert_true (isinf (d) && d < 0);
  g_assert_true (rs_float_parse ("+nan", 4, &d));
  g_assert_true (isnan (d));
  g_assert_true (rs_float_parse ("1e400", 5, &d));
  g_assert_true (isinf (d));
  g_assert_true (rs_float_parse (".5", 2, &d));
  g_assert_cmpfloat (d, ==, 0.5);
  g_assert_false (rs_float_parse ("1__0", 4, &d));
  g_assert_false (rs_float_parse ("_1", 2, &d));
  g_assert_false (rs_float_parse ("0x1p3", 5, &d));
  g_assert_false (rs_float_parse ("infinite", 8, &d));
  g_assert_false (rs_float_parse ("1.5e", 4, &d));
  g_assert_false (rs_float_parse ("  ", 2, &d));
  g_assert_false (rs_float_parse ("1\0", 2, &d));
}

/* every double comes back from its value, in it or in an atom */
static void
test_values (void)
{
  g_autoptr(RsAtoms) atoms = rs_atoms_new ();
  const double doubles[] = { 0.0, -0.0, 1.5, -2.0, 0x1p-126, 0x1.fffffffffffffp129, 0x1p130,
                             0x1p-127, 5e-324, 1e300, -1e-300, INFINITY, -INFINITY, 0.1 };
  double d;
  guint32 atom;

  for (guint i = 0; i < G_N_ELEMENTS (doubles); i++)
    {
      RsValue v = rs_float_value (atoms, doubles[i]);
      g_assert_cmpint (RS_VALUE_TAG (v), ==, RS_TAG_FLOAT);
      g_assert_cmpmem (&doubles[i], sizeof (double), &(double) { rs_float_get (atoms, v) }, sizeof (double));
      g_assert_true (v == rs_float_value (atoms, doubles[i]));   /* canonical */
    }
  g_assert_true (rs_float_decode (rs_float_value (atoms, 1.5), &d, &atom));
  g_assert_cmpfloat (d, ==, 1.5);
  g_assert_false (rs_float_decode (rs_float_value (atoms, 1e300), &d, &atom));
  g_assert_cmpstr (rs_atoms_get (atoms, atom, NULL), ==, "1e+300");
  g_assert_true (isnan (rs_float_get (atoms, rs_float_value (atoms, NAN))));
  /* the dict key of a float equal to an int is that int */
  g_assert_true (rs_float_key (atoms, rs_float_value (atoms, 2.0)) == rs_value_int (2));
  g_assert_true (rs_float_key (atoms, rs_float_value (atoms, -0.0)) == rs_value_int (0));
  g_assert_true (rs_float_key (atoms, rs_float_value (atoms, 2.5)) == rs_float_value (atoms, 2.5));
  RsValue big = rs_float_key (atoms, rs_float_value (atoms, 1e20));
  g_assert_cmpint (RS_VALUE_TAG (big), ==, RS_TAG_BIGINT);
  g_auto(RsBig) b = rs_big_from_atom (atoms, RS_VALUE_PAYLOAD (big));
  g_autofree char *text = rs_big_to_text (&b);
  g_assert_cmpstr (text, ==, "100000000000000000000");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/refscope/float/repr", test_repr);
  g_test_add_func ("/refscope/float/format", test_format);
  g_test_add_func ("/refscope/float/parse", test_parse);
  g_test_add_func ("/refscope/float/values", test_values);
  return g_test_run ();
}
