/* rs-big-private.h: what the files of RsBig share
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include "rs-big.h"

G_BEGIN_DECLS

#define RS_BIG_LIMBS(b) ((guint32 *) (b)->d->data)

/* @b's limbs into @dst; zero has none, and maybe no data at all (memcpy
 * from NULL is undefined even for 0 bytes: UBSan, fuzz-interp) */
static inline void
rs_big_copy_limbs (guint32     *dst,
                   const RsBig *b)
{
  if (b->d->len > 0)
    memcpy (dst, b->d->data, b->d->len * sizeof (guint32));
}

/* @n zero limbs, not positive nor trimmed yet */
RsBig rs_big_sized (guint n);
/* drops leading zero limbs; zero is never negative */
void  rs_big_trim  (RsBig *b);
/* |@b| - 1 or |@b| + 1, @b not zero for the first */
RsBig rs_big_mag_step (const RsBig *b,
                       gint         step);

G_END_DECLS
