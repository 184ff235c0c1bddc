/* rs-big.h: arbitrary precision integers on binary limbs
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the interpreter computes with once an int outgrows the value's
 * immediate range.  An RsBig is passed by value and owns its limbs: every
 * one a function returns is the caller's to rs_big_clear().  Limbs are
 * base 2^32, as CPython's are base 2^30, so that shifts, the bitwise
 * operators and powers of two are linear, and decimal text is made only
 * when it is asked for.
 */
#pragma once

#include <glib.h>

#include "rs-atoms.h"

G_BEGIN_DECLS

typedef struct {
  gboolean  neg;
  GArray   *d;    /* guint32 limbs, least significant first, no leading zeros */
} RsBig;

/* sys.int_info.default_max_str_digits: the longest decimal text CPython
 * 3.11 converts either way */
#define RS_BIG_MAX_STR_DIGITS 4300

RsBig    rs_big_from_i128 (__int128     v);
/* @s: decimal digits, after a '-' if negative */
RsBig    rs_big_from_text (const char  *s);
/* @n digits of @base (2 to 36, no sign, no underscores) */
RsBig    rs_big_from_digits (const char *s,
                             gsize       n,
                             guint       base,
                             gboolean    neg);
/* the integral part of finite @d, truncated */
RsBig    rs_big_from_double (double     d);
char    *rs_big_to_text   (const RsBig *b);
/* The digits of |@b| in @base 2, 8 or 16, lower case, into @out */
void     rs_big_append_pow2_digits (const RsBig *b,
                                    guint        base,
                                    GString     *out);
/* FALSE when @b does not fit 64 bits */
gboolean rs_big_to_int64  (const RsBig *b,
                           gint64      *out);
/* correctly rounded, as PyLong_AsDouble; an infinity when too big */
double   rs_big_to_double (const RsBig *b);
guint64  rs_big_bit_length (const RsBig *b);
/* Python's hash() of the int */
gint64   rs_big_hash      (const RsBig *b);
gint     rs_big_cmp       (const RsBig *a,
                           const RsBig *b);
RsBig    rs_big_copy      (const RsBig *b);
RsBig    rs_big_add       (const RsBig *a,
                           const RsBig *b);
RsBig    rs_big_sub       (const RsBig *a,
                           const RsBig *b);
RsBig    rs_big_mul       (const RsBig *a,
                           const RsBig *b);
/* Python's // and %: the quotient rounds down, @r has the sign of @b;
 * @b must not be zero */
void     rs_big_divmod    (const RsBig *a,
                           const RsBig *b,
                           RsBig       *q,
                           RsBig       *r);
RsBig    rs_big_pow       (const RsBig *b,
                           guint64      e);
RsBig    rs_big_lshift    (const RsBig *b,
                           guint64      n);
/* rounds towards minus infinity, as Python's >> */
RsBig    rs_big_rshift    (const RsBig *b,
                           guint64      n);
/* @op: '&', '|' or '^', on infinite two's complement as Python's */
RsBig    rs_big_bitwise   (const RsBig *a,
                           const RsBig *b,
                           char         op);
void     rs_big_clear     (RsBig       *b);

/* The atom of an int value (RS_TAG_BIGINT): the limbs, then a sign
 * byte, '-' or '+'.  Only these read or write it. */
/* @b is cleared: its limbs become the atom, uncopied */
guint32  rs_big_intern_take (RsAtoms   *atoms,
                             RsBig     *b);
gboolean rs_big_atom_negative (RsAtoms *atoms,
                               guint32  atom);
/* rs_big_bit_length() of the atom's int, read in place */
guint64  rs_big_atom_bit_length (RsAtoms *atoms,
                                 guint32  atom);
RsBig    rs_big_from_atom (RsAtoms     *atoms,
                           guint32      atom);
/* the same from the atom's @len bytes */
RsBig    rs_big_from_bytes (const char *bytes,
                            gsize       len);
/* The decimal text of @b, or past CPython's limit on it "≈", its sign and its
 * first digits in scientific notation: what the views show */
char    *rs_big_to_display (const RsBig *b);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RsBig, rs_big_clear)

G_END_DECLS
