/* rs-interp-comp.c: list and dict comprehensions, generator expressions
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CPython 3.11 compiles a comprehension to a function (<listcomp>,
 * <dictcomp>, <genexpr>) called at once with the iterator of the first
 * iterable, evaluated outside, as its only parameter `.0`; the targets are
 * its locals.  A list or dict comprehension runs that frame to the end,
 * its list or dict on the frame's stack from before the first item.  A
 * generator expression's frame is made when it is evaluated and runs one
 * item at a time as its consumer asks; it goes when the generator is
 * exhausted, or is closed when the consumer lets go of it.
 *
 * The loops of one comprehension are a small state machine (RsCompRun):
 * the iterators of the running `for`s are its stack, so the frame can stop
 * after any item and go on later.
 */
#include "rs-interp-private.h"

typedef struct {
  const RsExpr *comp;
  RsFrame      *frame;      /* NULL once finished */
  RsForState   *loops;      /* one per for; the first n_active run */
  guint         n_active;
  gboolean      started;
} RsCompRun;

static RsCompRun *
comp_run_new (const RsExpr *e,
              RsFrame      *frame)
{
  RsCompRun *run = g_new0 (RsCompRun, 1);

  run->comp = e;
  run->frame = frame;
  run->loops = g_new0 (RsForState, e->comp.n_fors);
  return run;
}

static void
comp_run_free (RsCompRun *run)
{
  g_free (run->loops);
  g_free (run);
}

/* The frame of @e's function @func (its reference moves in) with the
 * iterator @it (moved in) as `.0` */
static RsFrame *
comp_frame_new (RsInterp     *self,
                const RsExpr *e,
                RsValue       func,
                RsValue       it)
{
  const RsScope *scope = &e->comp.def->def.scope;
  RsFunctionData *fd = rs_heap_get_value (self->heap, func)->data;
  RsFrame *f = rs_interp_frame_new (self, RS_FRAME_FUNCTION);

  f->scope = scope;
  f->func = func;
  f->locals = g_new0 (RsValue, scope->n_varnames);
  f->atoms = g_new (guint32, scope->n_varnames);
  for (guint i = 0; i < scope->n_varnames; i++)
    f->atoms[i] = rs_interp_atom (self, scope->varnames[i]);
  f->line = e->line;
  rs_heap_slot_event (self->heap, RS_EV_FRAME_PUSH, 0, f->id, fd->name, 0, func);
  rs_heap_decref (self->heap, func);
  f->locals[0] = it;
  rs_heap_slot_event (self->heap, RS_EV_NAME_SET, RS_EVENT_FROM_TEMP, f->id, f->atoms[0], 0, it);
  /* the prologue: COPY_FREE_VARS of the function's closure, MAKE_CELL */
  rs_interp_frame_make_cells (self, f);
  return f;
}

/* GET_ITER of the first iterable: consumes @v */
static gboolean
comp_get_iter (RsInterp *self,
               RsValue   v,
               guint     line,
               RsValue  *it)
{
  gboolean ok;

  if (rs_interp_has_special (self, v, "__iter__"))
    ok = rs_interp_special_iter (self, v, line, it);
  else if (rs_interp_is_instance (self, v))
    ok = rs_interp_special_not_iterable (self, v, line);
  else
    ok = rs_interp_get_iter (self, v, line, it);
  rs_heap_decref (self->heap, v);
  return ok;
}

/* The running loops release their iterators, the innermost first (the
 * frame's stack unwinding) */
static void
comp_abandon (RsInterp  *self,
              RsCompRun *run)
{
  while (run->n_active > 0)
    rs_interp_iter_end (self, &run->loops[--run->n_active]);
}

/* Runs the frame (it is the running one) to its next item: the element in
 * @a (a dict comprehension's key, the value in @b).  *done: exhausted. */
static gboolean
comp_next (RsInterp  *self,
           RsCompRun *run,
           RsValue   *a,
           RsValue   *b,
           gboolean  *done)
{
  const RsExpr *e = run->comp;

  *done = FALSE;
  if (!run->started)
    {
      RsForState *st = &run->loops[0];

      RsValue it = run->frame->locals[0];
      guint line = e->comp.fors[0].target->line;

      run->started = TRUE;
      rs_heap_incref (self->heap, it);
      /* CPython's FOR_ITER runs on .0 itself; the oracle's list and dict
       * comprehensions loop with `for` over it, which asks an instance's
       * __iter__ once more (the trace shows it) */
      if (e->comp.kind != RS_COMP_GEN && rs_interp_is_instance (self, it)
          && rs_interp_has_special (self, it, "__iter__"))
        {
          if (!rs_interp_iter_begin (self, it, line, st))
            return FALSE;
        }
      else
        {
          memset (st, 0, sizeof *st);
          st->line = line;
          st->iter = it;
        }
      run->n_active = 1;
    }
  while (run->n_active > 0)
    {
      guint i = run->n_active - 1;
      const RsCompFor *f = &e->comp.fors[i];
      RsForState *st = &run->loops[i];
      RsValue item, v;
      gboolean pass = TRUE;

      if (!rs_interp_step (self, f->target->line))
        return FALSE;
      if (!rs_interp_iter_next (self, st, &item))
        {
          if (st->failed || self->err_set)
            return FALSE;
          rs_interp_iter_end (self, st);
          run->n_active--;
          continue;
        }
      if (!rs_interp_store_target (self, f->target, item))
        return FALSE;
      for (guint j = 0; j < f->n_ifs && pass; j++)
        if (!rs_interp_eval_test (self, f->ifs[j], &pass))
          return FALSE;
      if (!pass)
        continue;
      if (i + 1 < e->comp.n_fors)
        {
          const RsCompFor *inner = &e->comp.fors[i + 1];

          if (!rs_interp_eval (self, inner->iter, &v)
              || !rs_interp_iter_begin (self, v, inner->target->line, &run->loops[i + 1]))
            return FALSE;
          run->n_active++;
          continue;
        }
      if (!rs_interp_eval (self, e->comp.elt, a))
        return FALSE;
      if (e->comp.value != NULL && !rs_interp_eval (self, e->comp.value, b))
        {
          rs_heap_decref (self->heap, *a);
          return FALSE;
        }
      return TRUE;
    }
  *done = TRUE;
  return TRUE;
}

/* LIST_APPEND, MAP_ADD: the item's temporaries move in */
static gboolean
comp_store (RsInterp     *self,
            const RsExpr *e,
            RsObjId       result,
            RsValue       a,
            RsValue       b)
{
  if (e->comp.kind == RS_COMP_LIST)
    {
      RsList *l = rs_heap_get (self->heap, result)->data;
      rs_heap_list_insert (self->heap, result, l->len, a);
      return TRUE;
    }
  return rs_interp_dict_store_take (self, result, a, b, e->comp.elt->line);
}

/* The list or dict comprehension's call: its frame runs to the end */
static gboolean
comp_call (RsInterp     *self,
           const RsExpr *e,
           RsValue       func,
           RsValue       it,
           RsValue      *out)
{
  gboolean list = e->comp.kind == RS_COMP_LIST, done = FALSE, ok;
  RsObjId result = 0;

  if (!rs_interp_enter (self, 1, e->line))
    {
      rs_heap_decref (self->heap, it);
      rs_heap_decref (self->heap, func);
      return FALSE;
    }
  RsFrame *f = comp_frame_new (self, e, func, it);
  RsCompRun *run = comp_run_new (e, f);
  f->back = self->frame;
  self->frame = f;
  ok = rs_interp_alloc_room (self, list ? RS_KIND_LIST : RS_KIND_DICT, 0, NULL, 0, FALSE, e->line);
  if (ok)
    result = list ? rs_heap_new_list (self->heap) : rs_heap_new_dict (self->heap);
  while (ok && !done)
    {
      RsValue a = RS_VALUE_ABSENT, b = RS_VALUE_ABSENT;

      ok = comp_next (self, run, &a, &b, &done);
      if (ok && !done)
        ok = comp_store (self, e, result, a, b);
    }
  if (!ok)
    {
      comp_abandon (self, run);
      if (result != 0)
        rs_heap_decref (self->heap, RS_VALUE_OBJECT (result));
    }
  comp_run_free (run);
  self->frame = f->back;
  self->depth--;
  if (!ok)
    {
      rs_interp_frame_unwound (self, f);
      return FALSE;
    }
  *out = RS_VALUE_OBJECT (result);
  rs_interp_frame_finish (self, f);
  return TRUE;
}

static RsCompRun *
gen_run (RsInterp *self,
         RsObjId   it)
{
  return ((RsIterData *) rs_heap_get (self->heap, it)->data)->gen;
}

gboolean
rs_interp_eval_comp (RsInterp     *self,
                     const RsExpr *e,
                     RsValue      *out)
{
  RsValue func, v, it;

  /* MAKE_FUNCTION, the first iterable, GET_ITER, then the call */
  if (!rs_interp_make_function (self, e->comp.def, &func))
    return FALSE;
  if (!rs_interp_eval (self, e->comp.fors[0].iter, &v)
      || !comp_get_iter (self, v, e->comp.fors[0].iter->line, &it))
    {
      rs_heap_decref (self->heap, func);
      return FALSE;
    }
  if (e->comp.kind != RS_COMP_GEN)
    return comp_call (self, e, func, it, out);
  RsFrame *f = comp_frame_new (self, e, func, it);
  RsObjId gen = rs_heap_new_iter_of (self->heap, RS_ITER_GEN, "generator");
  ((RsIterData *) rs_heap_get (self->heap, gen)->data)->gen = comp_run_new (e, f);
  *out = RS_VALUE_OBJECT (gen);
  return TRUE;
}

gboolean
rs_interp_gen_next (RsInterp *self,
                    RsObjId   it,
                    guint     line,
                    RsValue  *item)
{
  RsCompRun *run = gen_run (self, it);
  gboolean done = FALSE, ok;

  if (run == NULL || run->frame == NULL)
    return FALSE;
  if (!rs_interp_enter (self, 1, line))
    return FALSE;
  RsFrame *f = run->frame;
  f->back = self->frame;
  self->frame = f;
  ok = comp_next (self, run, item, NULL, &done);
  if (!ok)
    comp_abandon (self, run);
  self->frame = f->back;
  self->depth--;
  if (ok && !done)
    return TRUE;
  run->frame = NULL;
  if (!ok)
    rs_interp_frame_unwound (self, f);
  else
    rs_interp_frame_finish (self, f);
  return FALSE;
}

void
rs_interp_gen_close (gpointer user_data,
                     RsObjId  it)
{
  RsInterp *self = user_data;
  RsIterData *d = rs_heap_get (self->heap, it)->data;
  RsCompRun *run = d->gen;

  d->gen = NULL;
  if (run->frame != NULL)
    {
      /* GeneratorExit at the yield: the stack goes, then the locals */
      comp_abandon (self, run);
      rs_interp_frame_finish (self, run->frame);
    }
  comp_run_free (run);
}
