/* test-big.c: RsBig's arithmetic and text against CPython's results
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The expected values are what python3 prints for the same operations.
 */
#include "rs-big.h"

#include <math.h>
#include <string.h>

static void
assert_text (const RsBig *b,
             const char  *expected)
{
  g_autofree char *text = rs_big_to_text (b);
  g_assert_cmpstr (text, ==, expected);
}

/* Leading zeros and "-0" read as Python's int() reads them; the text is
 * made nine digits at a time, so the rows cross those on purpose. */
static void
test_text (void)
{
  static const struct {
    const char *in, *out;
  } rows[] = {
    { "0",                       "0" },
    { "-0",                      "0" },
    { "000000000000000000123",   "123" },
    { "-000000000000000000001",  "-1" },
    { "999999999",               "999999999" },
    { "1000000000",              "1000000000" },
    { "1000000000000000001",     "1000000000000000001" },
    { "-123456789012345678901234567890", "-123456789012345678901234567890" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_auto(RsBig) b = rs_big_from_text (rows[i].in);
      assert_text (&b, rows[i].out);
      g_assert_true (b.neg == (rows[i].out[0] == '-'));
    }
}

static void
test_from_i128 (void)
{
  static const struct {
    __int128    in;
    const char *out;
  } rows[] = {
    { 0,                                   "0" },
    { -1,                                  "-1" },
    { G_MININT64,                          "-9223372036854775808" },
    { (__int128) G_MAXUINT64 * 1000 + 999, "18446744073709551615999" },
    { -(((__int128) 1) << 126) * 2,        "-170141183460469231731687303715884105728" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_auto(RsBig) b = rs_big_from_i128 (rows[i].in);
      assert_text (&b, rows[i].out);
    }
}

/* What fits 64 bits fits, one past either end does not */
static void
test_to_int64 (void)
{
  static const struct {
    const char *in;
    gboolean    fits;
    gint64      value;
  } rows[] = {
    { "0",                    TRUE,  0 },
    { "-123",                 TRUE,  -123 },
    { "999999999999999999",   TRUE,  G_GINT64_CONSTANT (999999999999999999) },
    { "9223372036854775807",  TRUE,  G_MAXINT64 },
    { "-9223372036854775808", TRUE,  G_MININT64 },
    { "9223372036854775808",  FALSE, 0 },
    { "-9223372036854775809", FALSE, 0 },
    { "18446744073709551616", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_auto(RsBig) b = rs_big_from_text (rows[i].in);
      gint64 v = 0;
      g_assert_cmpint (rs_big_to_int64 (&b, &v), ==, rows[i].fits);
      g_assert_cmpint (v, ==, rows[i].value);
    }
}

static void
test_cmp (void)
{
  static const struct {
    const char *a, *b;
    gint        cmp;
  } rows[] = {
    { "-5",                     "3",                     -1 },
    { "3",                      "-5",                    1 },
    { "-100000000000000000000", "-10000000000000000000", -1 },
    { "1000000000",             "999999999",             1 },
    { "-1",                     "-2",                    1 },
    { "0",                      "-0",                    0 },
    { "123456789012345678901",  "123456789012345678901", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_auto(RsBig) a = rs_big_from_text (rows[i].a);
      g_auto(RsBig) b = rs_big_from_text (rows[i].b);
      g_assert_cmpint (rs_big_cmp (&a, &b), ==, rows[i].cmp);
    }
}

/* a + b, a - b and a * b: carries across limbs, signs that cancel */
static void
test_add_sub_mul (void)
{
  static const struct {
    const char *a, *b, *sum, *difference, *product;
  } rows[] = {
    { "999999999999999999", "1", "1000000000000000000", "999999999999999998", "999999999999999999" },
    { "-1000000000000000000000000000000", "1", "-999999999999999999999999999999",
      "-1000000000000000000000000000001", "-1000000000000000000000000000000" },
    { "123456789012345678901234567890", "-123456789012345678901234567890", "0",
      "246913578024691357802469135780", "-15241578753238836750495351562536198787501905199875019052100" },
    { "1000000000000000000000000000", "-1", "999999999999999999999999999",
      "1000000000000000000000000001", "-1000000000000000000000000000" },
    { "-99999999999999999999999999999999999999", "-99999999999999999999999999999999999999",
      "-199999999999999999999999999999999999998", "0",
      "9999999999999999999999999999999999999800000000000000000000000000000000000001" },
    { "0", "-5", "-5", "5", "0" },
    { "100000000000000000007", "-10000000000000000003", "90000000000000000004",
      "110000000000000000010", "-1000000000000000000370000000000000000021" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_auto(RsBig) a = rs_big_from_text (rows[i].a);
      g_auto(RsBig) b = rs_big_from_text (rows[i].b);
      g_auto(RsBig) sum = rs_big_add (&a, &b);
      g_auto(RsBig) difference = rs_big_sub (&a, &b);
      g_auto(RsBig) product = rs_big_mul (&a, &b);
      assert_text (&sum, rows[i].sum);
      assert_text (&difference, rows[i].difference);
      assert_text (&product, rows[i].product);
    }
}

/* a // b and a % b round toward minus infinity, as Python's do */
static void
test_divmod (void)
{
  static const struct {
    const char *a, *b, *q, *r;
  } rows[] = {
    { "-7", "2", "-4", "1" },
    { "7", "-2", "-4", "-1" },
    { "-7", "-2", "3", "-1" },
    { "7", "2", "3", "1" },
    { "-10000000000000000000000000000000000000001", "100000000000000000000",
      "-100000000000000000001", "99999999999999999999" },
    { "10000000000000000000000000000000000000001", "-100000000000000000000",
      "-100000000000000000001", "-99999999999999999999" },
    { "-1000000000000000000000", "1000000000", "-1000000000000", "0" },
    /* 2**300 and 3**100 */
    { "2037035976334486086268445688409378161051468393665936250636140449354381299763336706183397376",
      "515377520732011331036461129765621272702107522001",
      "3952512273801159033450488434333219932310210", "246601654656616169594743387163586554207851467166" },
    { "-2037035976334486086268445688409378161051468393665936250636140449354381299763336706183397376",
      "515377520732011331036461129765621272702107522001",
      "-3952512273801159033450488434333219932310211", "268775866075395161441717742602034718494256054835" },
    { "2037035976334486086268445688409378161051468393665936250636140449354381299763336706183397376",
      "-515377520732011331036461129765621272702107522001",
      "-3952512273801159033450488434333219932310211", "-268775866075395161441717742602034718494256054835" },
    { "5", "1000000000000000000000000000", "0", "5" },
    { "-5", "1000000000000000000000000000", "-1", "999999999999999999999999995" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_auto(RsBig) a = rs_big_from_text (rows[i].a);
      g_auto(RsBig) b = rs_big_from_text (rows[i].b);
      g_auto(RsBig) q = { 0 };
      g_auto(RsBig) r = { 0 };
      rs_big_divmod (&a, &b, &q, &r);
      assert_text (&q, rows[i].q);
      assert_text (&r, rows[i].r);
    }
}

/* 2**1000 built by products, then (-2**1000 - 1) // 2**500 and % 2**500:
 * hundreds of digits, a quotient of seventeen limbs */
static void
test_huge (void)
{
  g_auto(RsBig) two = rs_big_from_i128 (2);
  g_auto(RsBig) half = rs_big_from_i128 (1);
  g_auto(RsBig) one = rs_big_from_i128 (1);

  for (guint i = 0; i < 500; i++)
    {
      RsBig next = rs_big_mul (&half, &two);
      rs_big_clear (&half);
      half = next;
    }
  g_auto(RsBig) full = rs_big_mul (&half, &half);
  assert_text (&full,
               "1071508607186267320948425049060001810561404811705533607443750388370351051124936122493198378815695858"
               "1275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954"
               "1821530464749835819412673987675591655439460770629145711964776865421676604298316526243868372056680693"
               "76");

  g_auto(RsBig) zero = rs_big_from_i128 (0);
  g_auto(RsBig) negated = rs_big_sub (&zero, &full);
  g_auto(RsBig) a = rs_big_sub (&negated, &one);
  g_auto(RsBig) q = { 0 };
  g_auto(RsBig) r = { 0 };
  rs_big_divmod (&a, &half, &q, &r);
  g_auto(RsBig) minus_half = rs_big_sub (&zero, &half);
  g_auto(RsBig) expected_q = rs_big_sub (&minus_half, &one);
  g_auto(RsBig) expected_r = rs_big_sub (&half, &one);
  g_assert_cmpint (rs_big_cmp (&q, &expected_q), ==, 0);
  g_assert_cmpint (rs_big_cmp (&r, &expected_r), ==, 0);
  assert_text (&q,
               "-327339060789614187001318969682759915221664204604306478948329136809613379640467455488327009232590415"
               "7150886684127560071009217256545885393053328527589377");
  assert_text (&r,
               "327339060789614187001318969682759915221664204604306478948329136809613379640467455488327009232590415"
               "7150886684127560071009217256545885393053328527589375");
}

static RsBig
power (__int128 b,
       guint64  e)
{
  g_auto(RsBig) base = rs_big_from_i128 (b);

  return rs_big_pow (&base, e);
}

/* |a| mod 10^30 as text: the low digits python3 prints */
static void
assert_low_digits (const RsBig *a,
                   const char  *expected)
{
  g_auto(RsBig) ten30 = rs_big_from_text ("1000000000000000000000000000000");
  g_auto(RsBig) q = { 0 };
  g_auto(RsBig) r = { 0 };

  rs_big_divmod (a, &ten30, &q, &r);
  assert_text (&r, expected);
}

/* Products past the Karatsuba cutoff, balanced and not, against
 * python3's digits; the quotient gives the factor back */
static void
test_mul_karatsuba (void)
{
  static const struct {
    __int128    a;
    guint64     ea;
    __int128    b;
    guint64     eb;
    gsize       len;
    const char *low;
  } rows[] = {
    { 3, 3000,  7, 2500, 3545,  "991275740999888458946967160001" },
    { 3, 20000, 5, 2000, 10941, "938816511072218418121337890625" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_auto(RsBig) a = power (rows[i].a, rows[i].ea);
      g_auto(RsBig) b = power (rows[i].b, rows[i].eb);
      g_auto(RsBig) p = rs_big_mul (&a, &b);
      g_autofree char *text = rs_big_to_text (&p);
      g_assert_cmpuint (strlen (text), ==, rows[i].len);
      assert_low_digits (&p, rows[i].low);

      g_auto(RsBig) q = { 0 };
      g_auto(RsBig) r = { 0 };
      rs_big_divmod (&p, &b, &q, &r);
      g_assert_cmpint (rs_big_cmp (&q, &a), ==, 0);
      g_assert_cmpuint (r.d->len, ==, 0);
    }
}

/* Knuth's D: q * b + r == a with r between 0 and b, and the case where
 * the estimated digit is one too big (Hacker's Delight's test) */
static void
test_divmod_knuth (void)
{
  g_auto(RsBig) x = power (7, 900);
  g_auto(RsBig) y = power (-3, 401);
  g_auto(RsBig) q = { 0 };
  g_auto(RsBig) r = { 0 };

  rs_big_divmod (&x, &y, &q, &r);
  g_auto(RsBig) back = rs_big_mul (&q, &y);
  g_auto(RsBig) sum = rs_big_add (&back, &r);
  g_assert_cmpint (rs_big_cmp (&sum, &x), ==, 0);
  g_assert_true (r.neg && rs_big_cmp (&r, &y) > 0);

  g_auto(RsBig) u = rs_big_from_text ("170141183420855150474555134919112130560");
  g_auto(RsBig) v = rs_big_from_text ("39614081257132168796771975169");
  g_auto(RsBig) q2 = { 0 };
  g_auto(RsBig) r2 = { 0 };
  rs_big_divmod (&u, &v, &q2, &r2);
  assert_text (&q2, "4294967294");
  assert_text (&r2, "39614081257132168792477007874");
}

/* >> rounds down, << is exact */
static void
test_shifts (void)
{
  static const struct {
    const char *in;
    gboolean    left;
    guint64     n;
    const char *out;
  } rows[] = {
    { "-5",                               FALSE, 1,    "-3" },
    { "-1267650600228229401496703205376", FALSE, 100,  "-1" },
    { "-1267650600228229401496703205377", FALSE, 100,  "-2" },
    { "1901475900342344102245054808064",  FALSE, 99,   "3" },
    { "-1",                               FALSE, 1000, "-1" },
    { "12345",                            FALSE, 1000, "0" },
    { "1",                                TRUE,  100,  "1267650600228229401496703205376" },
    { "-3",                               TRUE,  99,   "-1901475900342344102245054808064" },
    { "0",                                TRUE,  1000, "0" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_auto(RsBig) a = rs_big_from_text (rows[i].in);
      g_auto(RsBig) r = rows[i].left ? rs_big_lshift (&a, rows[i].n) : rs_big_rshift (&a, rows[i].n);
      assert_text (&r, rows[i].out);
    }
}

/* & | ^ as on infinite two's complement, python3's results */
static void
test_bitwise (void)
{
  static const struct {
    const char *a, *b, *and, *or, *xor;
  } rows[] = {
    { "-1180591620717411291079", "36893488147419103231",
      "12345", "-1143698132569992200193", "-1143698132569992212538" },
    { "-1267650600228229401496703205383", "-1099511627779",
      "-1267650600228229402596214833159", "-3", "1267650600228229402596214833156" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_auto(RsBig) a = rs_big_from_text (rows[i].a);
      g_auto(RsBig) b = rs_big_from_text (rows[i].b);
      g_auto(RsBig) and = rs_big_bitwise (&a, &b, '&');
      g_auto(RsBig) or = rs_big_bitwise (&a, &b, '|');
      g_auto(RsBig) xor = rs_big_bitwise (&b, &a, '^');
      assert_text (&and, rows[i].and);
      assert_text (&or, rows[i].or);
      assert_text (&xor, rows[i].xor);
    }
}

/* int(text, base), hex(), oct() */
static void
test_digits (void)
{
  g_auto(RsBig) z = rs_big_from_digits ("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", 30, 36, FALSE);
  g_auto(RsBig) six = rs_big_from_digits ("6666666666666666666666666666666666666666", 40, 7, TRUE);
  g_auto(RsBig) h = rs_big_from_digits ("4000000000000000ff", 18, 16, TRUE);
  g_autoptr(GString) hex = g_string_new (NULL);
  g_autoptr(GString) oct = g_string_new (NULL);

  assert_text (&z, "48873677980689257489322752273774603865660850175");
  assert_text (&six, "-6366805760909027985741435139224000");
  rs_big_append_pow2_digits (&h, 16, hex);
  g_assert_cmpstr (hex->str, ==, "4000000000000000ff");
  g_auto(RsBig) ones = rs_big_from_text ("1267650600228229401496703205375");
  rs_big_append_pow2_digits (&ones, 8, oct);
  g_assert_cmpstr (oct->str, ==, "1777777777777777777777777777777777");
}

/* float() rounds once, hash() is modulo 2^61 - 1 */
static void
test_double_and_hash (void)
{
  g_auto(RsBig) a = rs_big_from_text ("9007199254740993");
  g_auto(RsBig) b = power (3, 300);
  g_auto(RsBig) c = rs_big_from_text ("-18446744073709551616");
  g_auto(RsBig) inf = power (2, 1024);
  g_auto(RsBig) m = rs_big_from_text ("2305843009213693951");
  g_auto(RsBig) minus = rs_big_from_text ("-2305843009213693952");

  g_assert_cmpfloat (rs_big_to_double (&a), ==, 9007199254740992.0);
  g_assert_cmpfloat (rs_big_to_double (&b), ==, 1.3689147905858837e+143);
  g_assert_cmpfloat (rs_big_to_double (&c), ==, -1.8446744073709552e+19);
  g_assert_true (isinf (rs_big_to_double (&inf)));
  g_assert_cmpint (rs_big_hash (&m), ==, 0);
  g_assert_cmpint (rs_big_hash (&c), ==, -8);
  g_assert_cmpint (rs_big_hash (&minus), ==, -2);
}

/* The views show decimal text up to CPython's limit, past it the first
 * digits and the power of ten; the atom gives the int back */
static void
test_display_and_atom (void)
{
  g_autoptr(RsAtoms) atoms = rs_atoms_new ();
  g_auto(RsBig) small = power (-7, 30);
  RsBig huge = power (-2, 20001);
  g_autofree char *small_text = rs_big_to_display (&small);
  g_autofree char *huge_text = rs_big_to_display (&huge);

  assert_text (&small, small_text);
  g_assert_cmpstr (huge_text, ==, "\u2248-7.960554e6020");
  guint32 atom = rs_big_intern_take (atoms, &huge);
  g_assert_null (huge.d);
  g_assert_true (rs_big_atom_negative (atoms, atom));
  g_assert_cmpuint (rs_big_atom_bit_length (atoms, atom), ==, 20002);
  g_auto(RsBig) back = rs_big_from_atom (atoms, atom);
  g_auto(RsBig) again = power (-2, 20001);
  g_assert_cmpint (rs_big_cmp (&back, &again), ==, 0);
  RsBig same = power (-2, 20001);
  g_assert_cmpuint (rs_big_intern_take (atoms, &same), ==, atom);
}

/* Dividing by zero is the caller's mistake (Python raises before) */
static void
test_divmod_by_zero_is_critical (void)
{
  g_auto(RsBig) a = rs_big_from_i128 (7);
  g_auto(RsBig) zero = rs_big_from_text ("-0");
  g_auto(RsBig) q = { 0 };
  g_auto(RsBig) r = { 0 };

  g_test_expect_message ("refscope-core", G_LOG_LEVEL_CRITICAL, "*rs_big_divmod*zero*");
  rs_big_divmod (&a, &zero, &q, &r);
  g_test_assert_expected_messages ();
  assert_text (&q, "0");
  assert_text (&r, "0");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/refscope/big/text", test_text);
  g_test_add_func ("/refscope/big/from-i128", test_from_i128);
  g_test_add_func ("/refscope/big/to-int64", test_to_int64);
  g_test_add_func ("/refscope/big/cmp", test_cmp);
  g_test_add_func ("/refscope/big/add-sub-mul", test_add_sub_mul);
  g_test_add_func ("/refscope/big/divmod/floor", test_divmod);
  g_test_add_func ("/refscope/big/divmod/huge", test_huge);
  g_test_add_func ("/refscope/big/divmod/by-zero", test_divmod_by_zero_is_critical);
  g_test_add_func ("/refscope/big/divmod/knuth", test_divmod_knuth);
  g_test_add_func ("/refscope/big/mul/karatsuba", test_mul_karatsuba);
  g_test_add_func ("/refscope/big/shifts", test_shifts);
  g_test_add_func ("/refscope/big/bitwise", test_bitwise);
  g_test_add_func ("/refscope/big/digits", test_digits);
  g_test_add_func ("/refscope/big/double-and-hash", test_double_and_hash);
  g_test_add_func ("/refscope/big/display-and-atom", test_display_and_atom);
  return g_test_run ();
}
