/* rs-interp-loops.c: while and for, with their else, break and continue, and the for loop's iterator
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rs-interp-private.h"
#include "rs-interp-weakdict.h"

RsExec
rs_interp_exec_while (RsInterp     *self,
                      const RsStmt *s)
{
  for (gboolean first = TRUE;; first = FALSE)
    {
      gboolean truth;
      if (!first && !rs_interp_step (self, s->line))
        return RS_EXEC_ERROR;
      if (!rs_interp_eval_test (self, s->while_.test, &truth))
        return RS_EXEC_ERROR;
      if (!truth)
        return rs_interp_exec_block (self, &s->while_.orelse);
      RsExec r = rs_interp_exec_block (self, &s->while_.body);
      if (r == RS_EXEC_BREAK)
        return RS_EXEC_OK;
      if (r == RS_EXEC_ERROR || r == RS_EXEC_RETURN)
        return r;
    }
}

static gboolean
for_begin (RsInterp     *self,
           RsValue       v,
           guint         line,
           RsForState   *st)
{
  RsObj *o = rs_heap_get_value (self->heap, v);

  memset (st, 0, sizeof *st);
  st->line = line;
  if (rs_interp_is_proxy (self, v))
    {
      /* proxy_iter: the referent's iterator, the referent held meanwhile */
      RsValue referent;
      gboolean ok = rs_interp_proxy_referent (self, v, line, &referent);
      if (ok)
        {
          rs_heap_incref (self->heap, referent);
          ok = for_begin (self, referent, line, st);
        }
      rs_heap_decref (self->heap, v);
      return ok;
    }
  memset (st, 0, sizeof *st);
  st->line = line;
  if (o != NULL && (o->kind == RS_KIND_LIST || o->kind == RS_KIND_TUPLE))
    st->iter = RS_VALUE_OBJECT (rs_heap_new_iter (self->heap, o->id));
  else if (o != NULL && (o->kind == RS_KIND_DICT || rs_interp_is_view (self, v)))
    st->iter = rs_interp_dict_iter (self, v);
  else if (o != NULL && o->kind == RS_KIND_WEAKDICT)
    {
      /* iter() of a weak dict is its keys() */
      gboolean ok = rs_interp_weakdict_iter (self, v, RS_ITER_KEYS, line, &st->iter);
      rs_heap_decref (self->heap, v);
      return ok;
    }
  else if (rs_interp_has_special (self, v, "__iter__"))
    {
      /* the loop holds the iterator __iter__ returned, not the iterable */
      gboolean ok = rs_interp_special_iter (self, v, line, &st->iter);
      rs_heap_decref (self->heap, v);
      return ok;
    }
  else if (o != NULL && o->kind == RS_KIND_ITERATOR)
    {
      rs_heap_incref (self->heap, v);  /* iter() of an iterator is itself */
      st->iter = v;
    }
  else if (o != NULL && o->kind == RS_KIND_RANGE)
    {
      RsRangeData *r = o->data;
      st->next = r->start;
      st->stop = r->stop;
      st->stepby = r->step;
    }
  else if (RS_VALUE_TAG (v) == RS_TAG_STR)
    st->str = v;
  else
    {
      gboolean ok = rs_interp_special_not_iterable (self, v, line);
      rs_heap_decref (self->heap, v);
      return ok;
    }
  rs_heap_decref (self->heap, v);
  return TRUE;
}

/* FALSE when exhausted; an exhausted list iterator drops its container. */
static gboolean
for_next (RsInterp   *self,
          RsForState *st,
          RsValue    *item)
{
  RsObj *it = rs_heap_get_value (self->heap, st->iter);
  gboolean done;

  if (rs_interp_is_instance (self, st->iter))
    {
      st->failed = !rs_interp_special_next (self, st->iter, st->line, item, &done);
      return !st->failed && !done;
    }
  if (it != NULL)
    {
      RsIterData *id = it->data;
      if (id->source != RS_ITER_SEQ)
        return rs_interp_iter_source_next (self, it->id, st->line, item);
      RsObj *seq = id->seq != 0 ? rs_heap_get (self->heap, id->seq) : NULL;
      if (seq != NULL && (seq->kind == RS_KIND_LIST || seq->kind == RS_KIND_TUPLE) && id->index < ((RsList *) seq->data)->len)
        *item = ((RsList *) seq->data)->items[id->index++];
      else if (seq != NULL && seq->kind == RS_KIND_DICT)
        return rs_interp_dict_iter_next (self, it, st->line, item);
      else
        seq = NULL;
      if (seq == NULL)
        {
          RsObjId sid = id->seq;
          id->seq = 0;
          if (sid != 0)
            rs_heap_slot_event (self->heap, RS_EV_ATTR_SET, RS_EVENT_HIDDEN, it->id,
                                rs_interp_atom (self, g_intern_static_string ("it_seq")),
                                RS_VALUE_OBJECT (sid), 0);
          return FALSE;
        }
      rs_heap_incref (self->heap, *item);
      return TRUE;
    }
  if (st->str != RS_VALUE_ABSENT)
    {
      gsize len;
      const char *s = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (st->str), &len);
      if (st->offset >= len)
        return FALSE;
      const char *end = g_utf8_next_char (s + st->offset);
      *item = rs_interp_char_str (self, s + st->offset);
      st->offset = end - s;
      return TRUE;
    }
  if (st->stepby > 0 ? st->next >= st->stop : st->next <= st->stop)
    return FALSE;
  *item = rs_interp_make_int (self, st->next);
  st->next += st->stepby;
  return TRUE;
}

RsExec
rs_interp_exec_for (RsInterp     *self,
                    const RsStmt *s)
{
  RsValue v, item;
  RsForState st;
  RsExec result = RS_EXEC_OK;
  gboolean exhausted = FALSE;

  if (!rs_interp_eval (self, s->for_.iter, &v))
    return RS_EXEC_ERROR;
  if (rs_heap_weakdict_data (self->heap, v) != NULL)
    self->call_col = s->col;   /* the oracle rejects a WeakSet's loop at the loop */
  if (!for_begin (self, v, s->line, &st))
    return RS_EXEC_ERROR;
  for (gboolean first = TRUE;; first = FALSE)
    {
      if (!first && !rs_interp_step (self, s->line))
        {
          result = RS_EXEC_ERROR;
          break;
        }
      if (!for_next (self, &st, &item))
        {
          /* __next__ raised, or a dict changed size while it was iterated */
          exhausted = !st.failed && !self->err_set;
          result = st.failed || self->err_set ? RS_EXEC_ERROR : RS_EXEC_OK;
          break;
        }
      if (!rs_interp_store_target (self, s->for_.target, item))
        {
          result = RS_EXEC_ERROR;
          break;
        }
      RsExec r = rs_interp_exec_block (self, &s->for_.body);
      if (r == RS_EXEC_BREAK)
        break;
      if (r == RS_EXEC_ERROR || r == RS_EXEC_RETURN)
        {
          result = r;
          break;
        }
    }
  rs_heap_decref (self->heap, st.iter);
  /* the else block runs after FOR_ITER dropped the iterator */
  if (exhausted)
    return rs_interp_exec_block (self, &s->for_.orelse);
  return result;
}

/* The for loop's iteration for the builtins that consume an iterable */

gboolean
rs_interp_iter_begin (RsInterp   *self,
                      RsValue     v,
                      guint       line,
                      RsForState *st)
{
  return for_begin (self, v, line, st);
}

gboolean
rs_interp_iter_next (RsInterp   *self,
                     RsForState *st,
                     RsValue    *item)
{
  /* a builtin that consumes an iterable grows what it makes */
  if (!rs_interp_budget_ok (self, st->line))
    {
      st->failed = TRUE;
      return FALSE;
    }
  return for_next (self, st, item);
}

void
rs_interp_iter_end (RsInterp   *self,
                    RsForState *st)
{
  rs_heap_decref (self->heap, st->iter);
  st->iter = RS_VALUE_ABSENT;
}
