/* rs-interp-budget.c: MemoryError from the heap's budget
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the script asks for in one go (a repeat, a concatenation, a join,
 * a range made a list, a wide format) is reserved here before anything
 * is allocated: past the budget it raises MemoryError, as CPython does
 * when malloc fails, and nothing is allocated.  What grows one item at
 * a time trips the budget instead (rs-heap-budget.c); the next step or
 * iteration raises the MemoryError (rs_interp_budget_ok).
 */
#include "rs-interp-private.h"

#include <math.h>
#include <sys/resource.h>
#include <unistd.h>

/* the default when the machine says nothing */
#define FALLBACK_BYTES (G_GUINT64_CONSTANT (1) << 30)

guint64
rs_interp_default_heap_bytes (void)
{
  guint64 bytes = FALLBACK_BYTES;
  long pages = sysconf (_SC_PHYS_PAGES), page = sysconf (_SC_PAGESIZE);
  struct rlimit rl;

  /* a quarter of the memory, and half of what the address space allows */
  if (pages > 0 && page > 0)
    bytes = (guint64) pages * (guint64) page / 4;
  if (getrlimit (RLIMIT_AS, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
    bytes = MIN (bytes, (guint64) rl.rlim_cur / 2);
  if (getrlimit (RLIMIT_DATA, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
    bytes = MIN (bytes, (guint64) rl.rlim_cur / 2);
  return MAX (bytes, 1 << 20);
}

guint64
rs_interp_default_object_limit (guint64 bytes)
{
  return MAX (bytes / 128, 1000);
}

void
rs_interp_set_heap_budget (RsInterp *self,
                           guint64   bytes,
                           guint64   objects)
{
  rs_heap_set_budget (self->heap, bytes, objects);
}

RsHeapLimit
rs_interp_get_memory_limit_hit (RsInterp *self)
{
  return self->memory_hit;
}

static gboolean
raise_memory_error (RsInterp    *self,
                    guint        line,
                    RsHeapLimit  hit)
{
  self->memory_hit = hit;
  /* CPython's MemoryError has no arguments: the limit is said by the
   * session, beside the trace */
  return rs_interp_raise (self, line, "MemoryError", "%s", "");
}

gboolean
rs_interp_reserve (RsInterp *self,
                   guint     line,
                   guint64   n,
                   guint64   size,
                   guint64   n_objects)
{
  guint64 bytes = size != 0 && n > G_MAXUINT64 / size ? G_MAXUINT64 : n * size;
  RsHeapLimit hit = rs_heap_budget_check (self->heap, bytes, n_objects);

  if (hit == RS_HEAP_LIMIT_NONE)
    return TRUE;
  return raise_memory_error (self, line, hit);
}

gboolean
rs_interp_reserve_items (RsInterp *self,
                         guint     line,
                         guint64   a,
                         guint64   b)
{
  return rs_interp_reserve (self, line, a > G_MAXUINT64 - b ? G_MAXUINT64 : a + b,
                            sizeof (RsValue), 1);
}

gboolean
rs_interp_budget_ok (RsInterp *self,
                     guint     line)
{
  RsHeapLimit hit = rs_heap_budget_tripped (self->heap);

  if (hit == RS_HEAP_LIMIT_NONE)
    return TRUE;
  return raise_memory_error (self, line, hit);
}

gboolean
rs_interp_reserve_power (RsInterp    *self,
                         guint        line,
                         const RsBig *x,
                         const RsBig *e)
{
  gint64 times;

  /* 0, 1 and -1 stay small */
  if (x->d->len == 0 || (x->d->len == 1 && g_array_index (x->d, guint32, 0) <= 1))
    return TRUE;
  if (!rs_big_to_int64 (e, &times))
    return raise_memory_error (self, line, RS_HEAP_LIMIT_BYTES);

  /* |x| ** e has about e * log2 |x| bits: their limbs, the atom's copy
   * and the last square's operand */
  double top = g_array_index (x->d, guint32, x->d->len - 1);
  double bytes = ((x->d->len - 1) * 32.0 + log2 (top)) * (double) times / 8 + 8;
  return rs_interp_reserve (self, line, (guint64) MIN (bytes, 1e19), 3, 0);
}
