/* rs-big.h: arbitrary precision integers in base 10^9
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the interpreter computes with once an int outgrows the value's
 * immediate range.  An RsBig is passed by value and owns its limbs: every
 * one a function returns is the caller's to rs_big_clear().
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  gboolean  neg;
  GArray   *d;    /* guint32 limbs, least significant first, no leading zeros */
} RsBig;

RsBig    rs_big_from_i128 (__int128     v);
/* @s: decimal digits, after a '-' if negative */
RsBig    rs_big_from_text (const char  *s);
char    *rs_big_to_text   (const RsBig *b);
/* FALSE when @b has more than two limbs (10^18 or more in magnitude) */
gboolean rs_big_to_int64  (const RsBig *b,
                           gint64      *out);
gint     rs_big_cmp       (const RsBig *a,
                           const RsBig *b);
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
void     rs_big_clear     (RsBig       *b);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RsBig, rs_big_clear)

G_END_DECLS
