/* rs-interp-iter.c: iterator objects and iter, next, reversed, enumerate, zip, map, filter
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every iterator a script can hold is an untraced RS_KIND_ITERATOR that
 * holds what CPython's holds (its list, its iterators, its function) in
 * hidden slots.  enumerate, zip and a dict's items iterator reuse their
 * result tuple when nobody else holds it, as CPython 3.11 does: the
 * items of the last tuple live until the next step.
 */
#include "rs-interp-private.h"
#include "rs-interp-weakdict.h"

#include <string.h>

static RsIterData *
iter_data (RsInterp *self,
           RsObjId   it)
{
  return rs_heap_get (self->heap, it)->data;
}

void
rs_interp_iter_drop_seq (RsInterp *self,
                         RsObjId   it)
{
  RsIterData *d = iter_data (self, it);
  RsObjId seq = d->seq;

  d->seq = 0;
  if (seq != 0)
    rs_heap_slot_event (self->heap, RS_EV_ATTR_SET, RS_EVENT_HIDDEN, it,
                        rs_interp_atom (self, g_intern_static_string ("it_seq")),
                        RS_VALUE_OBJECT (seq), 0);
}

/* The temporary @v moves into hidden slot @slot of iterator @it */
static void
hold (RsInterp   *self,
      RsObjId     it,
      guint       slot,
      const char *name,
      RsValue     v)
{
  RsIterData *d = iter_data (self, it);

  d->held[slot] = v;
  d->held_atom[slot] = rs_interp_atom (self, g_intern_static_string (name));
  rs_heap_slot_event (self->heap, RS_EV_ATTR_SET, RS_EVENT_HIDDEN | RS_EVENT_FROM_TEMP, it,
                      d->held_atom[slot], 0, v);
}

void
rs_interp_iter_hold_result (RsInterp *self,
                            RsObjId   it,
                            guint     n)
{
  g_autofree RsValue *nones = g_new (RsValue, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    nones[i] = RS_VALUE_NONE;
  RsValue result = rs_interp_tuple_of (self, nones, n);
  RsIterData *d = iter_data (self, it);
  d->result = result;
  d->result_atom = rs_interp_atom (self, g_intern_static_string ("result"));
  rs_heap_slot_event (self->heap, RS_EV_ATTR_SET, RS_EVENT_HIDDEN | RS_EVENT_FROM_TEMP, it,
                      d->result_atom, 0, result);
}

RsValue
rs_interp_iter_pair (RsInterp *self,
                     RsObjId   it,
                     RsValue   a,
                     RsValue   b)
{
  RsValue result = iter_data (self, it)->result;
  RsObj *t = rs_heap_get_value (self->heap, result);
  RsValue pair[2] = { a, b };

  if (t == NULL || t->refcnt != 1)
    return RS_VALUE_OBJECT (rs_heap_new_tuple (self->heap, pair, 2));
  RsObjId tuple = t->id;
  rs_heap_incref (self->heap, result);
  rs_heap_tuple_set (self->heap, tuple, 0, a);
  rs_heap_tuple_set (self->heap, tuple, 1, b);
  return result;
}

gboolean
rs_interp_get_iter (RsInterp *self,
                    RsValue   v,
                    guint     line,
                    RsValue  *out)
{
  RsObj *o = rs_heap_get_value (self->heap, v);

  if (rs_interp_is_proxy (self, v))
    {
      /* proxy_iter: the referent's iterator */
      RsValue referent;
      if (!rs_interp_proxy_referent (self, v, line, &referent))
        return FALSE;
      rs_heap_incref (self->heap, referent);
      gboolean ok = rs_interp_get_iter (self, referent, line, out);
      rs_heap_decref (self->heap, referent);
      return ok;
    }
  if (o != NULL && (o->kind == RS_KIND_LIST || o->kind == RS_KIND_TUPLE))
    *out = RS_VALUE_OBJECT (rs_heap_new_iter (self->heap, o->id));
  else if (o != NULL && (o->kind == RS_KIND_DICT || rs_interp_is_view (self, v)))
    *out = rs_interp_dict_iter (self, v);
  else if (o != NULL && o->kind == RS_KIND_WEAKDICT)
    return rs_interp_weakdict_iter (self, v, RS_ITER_KEYS, line, out);
  else if (o != NULL && o->kind == RS_KIND_ITERATOR)
    {
      rs_heap_incref (self->heap, v);
      *out = v;
    }
  else if (o != NULL && o->kind == RS_KIND_RANGE)
    {
      RsRangeData r = *(RsRangeData *) o->data;
      RsObjId it = rs_heap_new_iter_of (self->heap, RS_ITER_RANGE, "range_iterator");
      iter_data (self, it)->next = r.start;
      iter_data (self, it)->stop = r.stop;
      iter_data (self, it)->step = r.step;
      *out = RS_VALUE_OBJECT (it);
    }
  else if (rs_interp_is_instance (self, v) && rs_interp_has_special (self, v, "__iter__"))
    return rs_interp_special_iter (self, v, line, out);
  else if (RS_VALUE_TAG (v) == RS_TAG_STR)
    {
      RsIterData probe = { .source = RS_ITER_STR, .str = v };
      RsObjId it = rs_heap_new_iter_of (self->heap, RS_ITER_STR,
                                        rs_interp_iter_source_name (self, &probe));
      iter_data (self, it)->str = v;
      *out = RS_VALUE_OBJECT (it);
    }
  else
    return rs_interp_raise (self, line, "TypeError", "'%s' object is not iterable",
                            rs_interp_type_name (self, v));
  return TRUE;
}

/* The next item of iterator @it: FALSE when it is exhausted, or with
 * the error raised (self->err_set) */
static gboolean
step (RsInterp *self,
      RsValue   it,
      guint     line,
      RsValue  *item)
{
  RsForState st = { .iter = it, .line = line };

  return rs_interp_iter_next (self, &st, item);
}

/* The one-character str at @p */
static RsValue
char_at (RsInterp   *self,
         const char *p)
{
  return rs_interp_char_str (self, p);
}

static gboolean
next_reversed (RsInterp   *self,
               RsObjId     it,
               RsIterData *d,
               guint       line,
               RsValue    *item)
{
  RsObj *seq = d->seq != 0 ? rs_heap_get (self->heap, d->seq) : NULL;

  if (seq != NULL && seq->kind == RS_KIND_INSTANCE)
    {
      /* reversed_next: __getitem__ from len - 1 down; IndexError or
       * StopIteration ends it */
      if (d->next >= 0)
        {
          guint first_held = self->err_held->len, first_frame = self->err_frames->len;
          RsValue index = rs_interp_make_int (self, d->next);
          if (rs_interp_getitem (self, RS_VALUE_OBJECT (seq->id), index, line, item))
            {
              iter_data (self, it)->next--;
              return TRUE;
            }
          if (self->aborting || (g_strcmp0 (self->err_kind, "IndexError") != 0 &&
                                 g_strcmp0 (self->err_kind, "StopIteration") != 0))
            return FALSE;
          rs_interp_clear_error (self, first_held, first_frame);
        }
      iter_data (self, it)->next = -1;
      rs_interp_iter_drop_seq (self, it);
      return FALSE;
    }

  if (d->str != RS_VALUE_ABSENT)
    {
      const char *s = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (d->str), NULL);
      if (d->offset == 0)
        return FALSE;
      d->offset = g_utf8_prev_char (s + d->offset) - s;
      *item = char_at (self, s + d->offset);
      return TRUE;
    }
  if (seq != NULL && d->next >= 0 && d->next < ((RsList *) seq->data)->len)
    {
      *item = ((RsList *) seq->data)->items[d->next--];
      rs_heap_incref (self->heap, *item);
      return TRUE;
    }
  d->next = -1;
  rs_interp_iter_drop_seq (self, it);
  return FALSE;
}

/* The item of each iterator of tuple @iters, in order, into @items (new
 * references); FALSE (the ones taken still in @items) at the first that
 * has none */
static gboolean
step_each (RsInterp *self,
           RsValue   iters,
           guint     line,
           GArray   *items)
{
  RsObjId t = RS_VALUE_OBJECT_ID (iters);

  for (guint i = 0; i < rs_heap_tuple_items (self->heap, t)->len; i++)
    {
      RsValue item;
      if (!step (self, rs_heap_tuple_items (self->heap, t)->items[i], line, &item))
        return FALSE;
      g_array_append_val (items, item);
    }
  return TRUE;
}

static gboolean
next_zip (RsInterp   *self,
          RsObjId     it,
          guint       line,
          RsValue    *item)
{
  RsIterData *d = iter_data (self, it);
  RsObjId iters = RS_VALUE_OBJECT_ID (d->held[0]);
  guint n = rs_heap_tuple_items (self->heap, iters)->len;
  RsObj *t = rs_heap_get_value (self->heap, d->result);

  if (n == 0)
    return FALSE;
  if (t == NULL || t->refcnt != 1)
    {
      g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (RsValue));
      if (!step_each (self, d->held[0], line, items))
        {
          rs_interp_release_top_first (self, (RsValue *) items->data, items->len);
          return FALSE;
        }
      *item = RS_VALUE_OBJECT (rs_heap_new_tuple (self->heap, (RsValue *) items->data, n));
      return TRUE;
    }
  /* each new item replaces the old one at once */
  RsObjId tuple = t->id;
  rs_heap_incref (self->heap, d->result);
  for (guint i = 0; i < n; i++)
    {
      RsValue x;
      if (!step (self, rs_heap_tuple_items (self->heap, iters)->items[i], line, &x))
        {
          rs_heap_decref (self->heap, RS_VALUE_OBJECT (tuple));
          return FALSE;
        }
      rs_heap_tuple_set (self->heap, tuple, i, x);
    }
  *item = RS_VALUE_OBJECT (tuple);
  return TRUE;
}

static gboolean
next_map (RsInterp   *self,
          RsObjId     it,
          guint       line,
          RsValue    *item)
{
  RsIterData *d = iter_data (self, it);
  RsValue func = d->held[1];
  g_autoptr(GArray) args = g_array_new (FALSE, FALSE, sizeof (RsValue));
  gboolean ok = step_each (self, d->held[0], line, args);

  if (ok)
    {
      g_autofree RsValue *call_args = g_memdup2 (args->data, MAX (args->len, 1) * sizeof (RsValue));
      rs_interp_hold_values (self, call_args, args->len);
      rs_heap_incref (self->heap, func);
      ok = rs_interp_call_value (self, func, RS_VALUE_ABSENT, call_args, args->len, line, item);
    }
  rs_interp_release_in_order (self, (RsValue *) args->data, args->len);
  return ok;
}

static gboolean
next_filter (RsInterp   *self,
             RsObjId     it,
             guint       line,
             RsValue    *item)
{
  for (;;)
    {
      RsIterData *d = iter_data (self, it);
      RsValue func = d->held[0], good;
      gboolean truth, ok = TRUE;

      if (!step (self, d->held[1], line, item))
        return FALSE;
      if (func == RS_VALUE_NONE || func == RS_VALUE_BUILTIN (RS_BI_BOOL))
        ok = rs_interp_truth (self, *item, line, &truth);
      else
        {
          RsValue arg = *item;
          rs_heap_incref (self->heap, func);
          rs_heap_incref (self->heap, arg);
          if (!rs_interp_call_value (self, func, RS_VALUE_ABSENT, &arg, 1, line, &good))
            {
              rs_heap_decref (self->heap, *item);
              return FALSE;
            }
          ok = rs_interp_truth (self, good, line, &truth);
          rs_heap_decref (self->heap, good);
        }
      if (ok && truth)
        return TRUE;
      rs_heap_decref (self->heap, *item);
      if (!ok)
        return FALSE;
    }
}

gboolean
rs_interp_iter_source_next (RsInterp *self,
                            RsObjId   it,
                            guint     line,
                            RsValue  *item)
{
  RsIterData *d = iter_data (self, it);
  RsValue x;

  switch ((RsIterSource) d->source)
    {
    case RS_ITER_RANGE:
      if (d->step > 0 ? d->next >= d->stop : d->next <= d->stop)
        return FALSE;
      *item = rs_interp_make_int (self, d->next);
      d->next += d->step;
      return TRUE;
    case RS_ITER_STR:
      {
        gsize len;
        const char *s = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (d->str), &len);
        if (d->offset >= len)
          return FALSE;
        *item = char_at (self, s + d->offset);
        d->offset = g_utf8_next_char (s + d->offset) - s;
        return TRUE;
      }
    case RS_ITER_REVERSED:
      return next_reversed (self, it, d, line, item);
    case RS_ITER_ENUMERATE:
      if (!step (self, d->held[0], line, &x))
        return FALSE;
      d = iter_data (self, it);
      *item = rs_interp_iter_pair (self, it, rs_interp_make_int (self, d->next++), x);
      return TRUE;
    case RS_ITER_ZIP:
      return next_zip (self, it, line, item);
    case RS_ITER_MAP:
      return next_map (self, it, line, item);
    case RS_ITER_FILTER:
      return next_filter (self, it, line, item);
    case RS_ITER_GEN:
      return rs_interp_gen_next (self, it, line, item);
    case RS_ITER_WEAKDICT:
      return rs_interp_weakdict_next (self, it, line, item);
    case RS_ITER_SEQ:
    default:
      g_assert_not_reached ();
    }
}

const char *
rs_interp_iter_source_name (RsInterp   *self,
                            RsIterData *d)
{
  switch ((RsIterSource) d->source)
    {
    case RS_ITER_RANGE: return "range_iterator";
    case RS_ITER_STR:
      {
        gsize len;
        const char *s = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (d->str), &len);
        for (gsize i = 0; i < len; i++)
          if ((guchar) s[i] >= 0x80)
            return "str_iterator";
        return "str_ascii_iterator";
      }
    case RS_ITER_REVERSED:
      return d->seq != 0 && rs_heap_get (self->heap, d->seq)->kind == RS_KIND_LIST
             ? "list_reverseiterator" : "reversed";
    case RS_ITER_ENUMERATE: return "enumerate";
    case RS_ITER_ZIP: return "zip";
    case RS_ITER_MAP: return "map";
    case RS_ITER_FILTER: return "filter";
    case RS_ITER_GEN: return "generator";
    case RS_ITER_WEAKDICT: return "generator";
    case RS_ITER_SEQ:
    default:
      return NULL;
    }
}

/* The builtins */

gboolean
rs_interp_builtin_iter (RsInterp *self,
                        RsValue  *args,
                        guint     n_args,
                        guint     line,
                        RsValue  *out)
{
  if (n_args == 0)
    return rs_interp_raise (self, line, "TypeError", "iter expected at least 1 argument, got 0");
  if (n_args > 2)
    return rs_interp_raise (self, line, "TypeError", "iter expected at most 2 arguments, got %u", n_args);
  if (n_args == 2)
    return rs_interp_reject (self, line, "iter(callable, sentinel) is not in the subset; "
                             "write a while loop");
  return rs_interp_get_iter (self, args[0], line, out);
}

gboolean
rs_interp_builtin_next (RsInterp *self,
                        RsValue  *args,
                        guint     n_args,
                        guint     line,
                        RsValue  *out)
{
  RsObj *o = n_args > 0 ? rs_heap_get_value (self->heap, args[0]) : NULL;

  if (n_args == 0)
    return rs_interp_raise (self, line, "TypeError", "next expected at least 1 argument, got 0");
  if (n_args > 2)
    return rs_interp_raise (self, line, "TypeError", "next expected at most 2 arguments, got %u", n_args);
  if (rs_interp_is_instance (self, args[0]) && rs_interp_has_special (self, args[0], "__next__"))
    {
      /* a script iterator: its __next__; StopIteration is the default's cue */
      gboolean done;
      if (n_args == 1)
        return rs_interp_call_special (self, args[0], "__next__", NULL, 0, line, out) == RS_SPECIAL_OK;
      if (!rs_interp_special_next (self, args[0], line, out, &done))
        return FALSE;
      if (done)
        {
          *out = args[1];
          rs_heap_incref (self->heap, *out);
        }
      return TRUE;
    }
  if (o == NULL || o->kind != RS_KIND_ITERATOR || rs_interp_is_view (self, args[0]))
    return rs_interp_raise (self, line, "TypeError", "'%s' object is not an iterator",
                            rs_interp_type_name (self, args[0]));
  if (step (self, args[0], line, out))
    return TRUE;
  if (self->err_set)
    return FALSE;
  if (n_args == 1)
    return rs_interp_raise (self, line, "StopIteration", "%s", "");
  *out = args[1];
  rs_heap_incref (self->heap, *out);
  return TRUE;
}

/* reversed_new of an instance: its __reversed__, else a reversed
 * iterator over __len__ and __getitem__ */
static gboolean
reversed_instance (RsInterp *self,
                   RsValue   v,
                   guint     line,
                   RsValue  *out)
{
  gint64 n;

  switch (rs_interp_call_special (self, v, "__reversed__", NULL, 0, line, out))
    {
    case RS_SPECIAL_OK:
      return TRUE;
    case RS_SPECIAL_RAISED:
      return FALSE;
    default:
      break;
    }
  if (!rs_interp_has_special (self, v, "__getitem__"))
    return rs_interp_raise (self, line, "TypeError", "'%s' object is not reversible",
                            rs_interp_type_name (self, v));
  switch (rs_interp_special_len (self, v, line, &n))
    {
    case RS_SPECIAL_OK:
      break;
    case RS_SPECIAL_ABSENT:
      return rs_interp_raise (self, line, "TypeError", "object of type '%s' has no len()",
                              rs_interp_type_name (self, v));
    default:
      return FALSE;
    }
  RsObjId it = rs_heap_new_iter_of (self->heap, RS_ITER_REVERSED, "reversed");
  RsIterData *d = iter_data (self, it);
  d->seq = RS_VALUE_OBJECT_ID (v);
  d->next = n - 1;
  rs_heap_incref (self->heap, v);
  rs_heap_slot_event (self->heap, RS_EV_ATTR_SET, RS_EVENT_HIDDEN | RS_EVENT_FROM_TEMP, it,
                      rs_interp_atom (self, g_intern_static_string ("it_seq")), 0, v);
  *out = RS_VALUE_OBJECT (it);
  return TRUE;
}

gboolean
rs_interp_builtin_reversed (RsInterp *self,
                            RsValue  *args,
                            guint     n_args,
                            guint     line,
                            RsValue  *out)
{
  if (n_args != 1)
    return rs_interp_raise (self, line, "TypeError", "reversed expected 1 argument, got %u", n_args);

  RsValue v = args[0];
  RsObj *o = rs_heap_get_value (self->heap, v);
  if (rs_interp_is_instance (self, v))
    return reversed_instance (self, v, line, out);
  if (o != NULL && o->kind == RS_KIND_RANGE)
    {
      RsRangeData r = *(RsRangeData *) o->data;
      gint64 n = rs_interp_range_length (&r);
      RsObjId it = rs_heap_new_iter_of (self->heap, RS_ITER_RANGE, "range_iterator");
      RsIterData *d = iter_data (self, it);
      d->step = -r.step;
      d->next = n > 0 ? r.start + (n - 1) * r.step : 0;
      d->stop = n > 0 ? r.start - r.step : 0;
      *out = RS_VALUE_OBJECT (it);
      return TRUE;
    }
  if (o != NULL && (o->kind == RS_KIND_DICT || rs_interp_is_view (self, v)))
    return rs_interp_reject (self, line, "reversed() of a dict or a dict view is not in the subset; "
                             "write reversed(list(d))");
  if (!(o != NULL && (o->kind == RS_KIND_LIST || o->kind == RS_KIND_TUPLE)) && RS_VALUE_TAG (v) != RS_TAG_STR)
    return rs_interp_raise (self, line, "TypeError", "'%s' object is not reversible",
                            rs_interp_type_name (self, v));
  /* the new iterator may move the heap's objects: @o is not used after */
  RsObjId seq = o != NULL ? o->id : 0;
  gint64 last = o != NULL ? (gint64) ((RsList *) o->data)->len - 1 : -1;
  RsObjId it = rs_heap_new_iter_of (self->heap, RS_ITER_REVERSED,
                                    o != NULL && o->kind == RS_KIND_LIST ? "list_reverseiterator" : "reversed");
  RsIterData *d = iter_data (self, it);
  if (seq == 0)
    {
      d->str = v;
      rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (v), &d->offset);
    }
  else
    {
      d->seq = seq;
      d->next = last;
      rs_heap_incref (self->heap, v);
      rs_heap_slot_event (self->heap, RS_EV_ATTR_SET, RS_EVENT_HIDDEN | RS_EVENT_FROM_TEMP, it,
                          rs_interp_atom (self, g_intern_static_string ("it_seq")), 0, v);
    }
  *out = RS_VALUE_OBJECT (it);
  return TRUE;
}

/* enumerate(iterable, start=0) */
gboolean
rs_interp_builtin_enumerate (RsInterp *self,
                             RsValue  *args,
                             guint     n_args,
                             guint     line,
                             RsValue  *out)
{
  static const char *const names[] = { "iterable", "start", NULL };
  RsValue kw[2], inner;
  gint64 start = 0;

  if (n_args > 2)
    return rs_interp_raise (self, line, "TypeError", "enumerate() takes at most 2 arguments (%u given)", n_args);
  if (!rs_interp_builtin_keywords (self, "enumerate", names, kw, line))
    return FALSE;
  for (guint i = 0; i < n_args; i++)
    {
      if (kw[i] != RS_VALUE_ABSENT)
        return rs_interp_raise (self, line, "TypeError", "argument for enumerate() given by name ('%s') "
                                "and position (%u)", names[i], i + 1);
      kw[i] = args[i];
    }
  if (kw[0] == RS_VALUE_ABSENT)
    return rs_interp_raise (self, line, "TypeError", "enumerate() missing required argument 'iterable' (pos 1)");
  if (kw[1] != RS_VALUE_ABSENT && RS_VALUE_TAG (kw[1]) == RS_TAG_BIGINT)
    return rs_interp_reject (self, line, "enumerate() from a start this big is not in the subset");
  if (kw[1] != RS_VALUE_ABSENT && !rs_interp_get_index (self, kw[1], &start))
    return rs_interp_raise (self, line, "TypeError", "'%s' object cannot be interpreted as an integer",
                            rs_interp_type_name (self, kw[1]));
  if (!rs_interp_get_iter (self, kw[0], line, &inner))
    return FALSE;
  RsObjId it = rs_heap_new_iter_of (self->heap, RS_ITER_ENUMERATE, "enumerate");
  iter_data (self, it)->next = start;
  hold (self, it, 0, "en_sit", inner);
  rs_interp_iter_hold_result (self, it, 2);
  *out = RS_VALUE_OBJECT (it);
  return TRUE;
}

/* The iterators of @args in a new tuple; FALSE (those made released) when
 * one is not iterable */
static gboolean
iterators_of (RsInterp *self,
              RsValue  *args,
              guint     n_args,
              guint     line,
              RsValue  *out)
{
  g_autofree RsValue *iters = g_new (RsValue, MAX (n_args, 1));

  for (guint i = 0; i < n_args; i++)
    if (!rs_interp_get_iter (self, args[i], line, &iters[i]))
      {
        rs_interp_release_top_first (self, iters, i);
        return FALSE;
      }
  *out = n_args == 0 ? rs_interp_tuple_of (self, NULL, 0)
                     : RS_VALUE_OBJECT (rs_heap_new_tuple (self->heap, iters, n_args));
  return TRUE;
}

gboolean
rs_interp_builtin_zip (RsInterp *self,
                       RsValue  *args,
                       guint     n_args,
                       guint     line,
                       RsValue  *out)
{
  RsValue iters;

  if (!iterators_of (self, args, n_args, line, &iters))
    return FALSE;
  RsObjId it = rs_heap_new_iter_of (self->heap, RS_ITER_ZIP, "zip");
  hold (self, it, 0, "ittuple", iters);
  if (n_args > 0)
    rs_interp_iter_hold_result (self, it, n_args);
  *out = RS_VALUE_OBJECT (it);
  return TRUE;
}

gboolean
rs_interp_builtin_map (RsInterp *self,
                       RsValue  *args,
                       guint     n_args,
                       guint     line,
                       RsValue  *out)
{
  RsValue iters;

  if (n_args < 2)
    return rs_interp_raise (self, line, "TypeError", "map() must have at least two arguments.");
  if (!iterators_of (self, args + 1, n_args - 1, line, &iters))
    return FALSE;
  RsObjId it = rs_heap_new_iter_of (self->heap, RS_ITER_MAP, "map");
  hold (self, it, 0, "iters", iters);
  rs_heap_incref (self->heap, args[0]);
  hold (self, it, 1, "func", args[0]);
  *out = RS_VALUE_OBJECT (it);
  return TRUE;
}

gboolean
rs_interp_builtin_filter (RsInterp *self,
                          RsValue  *args,
                          guint     n_args,
                          guint     line,
                          RsValue  *out)
{
  RsValue inner;

  if (n_args != 2)
    return rs_interp_raise (self, line, "TypeError", "filter expected 2 arguments, got %u", n_args);
  if (!rs_interp_get_iter (self, args[1], line, &inner))
    return FALSE;
  RsObjId it = rs_heap_new_iter_of (self->heap, RS_ITER_FILTER, "filter");
  rs_heap_incref (self->heap, args[0]);
  hold (self, it, 0, "func", args[0]);
  hold (self, it, 1, "it", inner);
  *out = RS_VALUE_OBJECT (it);
  return TRUE;
}

/* @item in iterator @it: its items are taken until one is equal (identity
 * first), as _PySequence_IterSearch does */
gboolean
rs_interp_iter_contains (RsInterp *self,
                         RsValue   it,
                         RsValue   item,
                         guint     line,
                         gboolean *result)
{
  RsValue x;

  *result = FALSE;
  while (!*result && step (self, it, line, &x))
    {
      gint r = x == item ? 1 : rs_interp_equal (self, x, item, line);
      rs_heap_decref (self->heap, x);
      if (r < 0)
        return FALSE;
      *result = r > 0;
    }
  return !self->err_set;
}

gboolean
rs_interp_iter_collect (RsInterp *self,
                        RsValue   v,
                        guint     line,
                        GArray   *items)
{
  guint first = items->len;
  RsForState st;
  RsValue x;

  /* PySequence_Tuple and list.extend ask for a length hint first */
  if (!rs_interp_length_hint (self, v, line))
    return FALSE;
  rs_heap_incref (self->heap, v);
  if (!rs_interp_iter_begin (self, v, line, &st))
    return FALSE;
  while (rs_interp_iter_next (self, &st, &x))
    {
      g_array_append_val (items, x);
      /* the array itself, then the list or tuple made of it */
      if (items->len % 4096 == 0 && !rs_interp_reserve (self, line, items->len, 2 * sizeof (RsValue), 0))
        break;
    }
  rs_interp_iter_end (self, &st);
  if (!self->err_set)
    return TRUE;
  if (items->len > first)
    rs_interp_release_top_first (self, &g_array_index (items, RsValue, first), items->len - first);
  g_array_set_size (items, first);
  return FALSE;
}

gboolean
rs_interp_unpack_iter (RsInterp *self,
                       RsValue   value,
                       guint     n,
                       guint     line,
                       RsValue  *out)
{
  RsValue it, extra;
  guint i = 0;
  gboolean ok;

  /* unpack_iterable: n items, then one more must not come */
  if (!rs_interp_get_iter (self, value, line, &it))
    {
      rs_heap_decref (self->heap, value);
      return FALSE;
    }
  while (i < n && step (self, it, line, &out[i]))
    i++;
  if (i < n)
    ok = !self->err_set && rs_interp_raise (self, line, "ValueError",
                                            "not enough values to unpack (expected %u, got %u)", n, i);
  else if (step (self, it, line, &extra))
    {
      rs_heap_decref (self->heap, extra);
      ok = rs_interp_raise (self, line, "ValueError", "too many values to unpack (expected %u)", n);
    }
  else
    ok = !self->err_set;
  if (!ok)
    rs_interp_release_top_first (self, out, i);
  rs_heap_decref (self->heap, it);
  rs_heap_decref (self->heap, value);
  return ok;
}

gboolean
rs_interp_reject_iterated (RsInterp *self,
                           RsValue   v,
                           guint     line)
{
  return rs_interp_reject (self, line, "this use of %s objects is not in the subset: for, list(), "
                           "tuple(), sorted(), min(), max(), sum(), any(), all(), dict(), extend(), "
                           "+=, in, f(*x) and unpacking without a star walk it; write list(...) around it",
                           rs_interp_type_name (self, v));
}
