/* rs-interp-slice.c: slices a[i:j:k] of lists, tuples, strings and ranges
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CPython 3.11 compiles `a[i:j:k]` to BUILD_SLICE and BINARY_SUBSCR (or
 * STORE_SUBSCR, DELETE_SUBSCR): the bounds are evaluated left to right
 * (a missing one is None), the slice holds them until the subscript is
 * done, then the container and the slice are released, the slice's step
 * first, then its start and stop (slice_dealloc).  The bounds are
 * resolved as PySlice_Unpack and PySlice_AdjustIndices do; a list slice
 * is a new traced list, the others are untraced.
 */
#include "rs-interp-private.h"

/* The resolved indices of a slice over a sequence of @len items */
typedef struct {
  gint64 start, stop, step, len;
} Range;

/* Evaluates the bounds of slice @e into @b (None where missing); on
 * failure the bounds evaluated so far are released, the last first. */
static gboolean
eval_bounds (RsInterp     *self,
             const RsExpr *e,
             RsValue       b[3])
{
  const RsExpr *parts[3] = { e->slice.lower, e->slice.upper, e->slice.step };
  guint n = e->slice.step != NULL ? 3 : 2;

  b[2] = RS_VALUE_NONE;
  for (guint i = 0; i < n; i++)
    {
      b[i] = RS_VALUE_NONE;
      if (parts[i] != NULL && !rs_interp_eval (self, parts[i], &b[i]))
        {
          rs_interp_release_top_first (self, b, i);
          return FALSE;
        }
    }
  return TRUE;
}

/* slice_dealloc: the step, then the start, then the stop */
static void
release_bounds (RsInterp *self,
                RsValue   b[3])
{
  rs_heap_decref (self->heap, b[2]);
  rs_heap_decref (self->heap, b[0]);
  rs_heap_decref (self->heap, b[1]);
}

/* Whether @v is an instance whose class has the special method @name */
static gboolean
has_method (RsInterp   *self,
            RsValue     v,
            const char *name)
{
  RsObj *o = rs_heap_get_value (self->heap, v);
  RsValue m;

  return o != NULL && o->kind == RS_KIND_INSTANCE
         && rs_heap_class_lookup (self->heap, o->cls, rs_interp_atom (self, name), &m);
}

/* _PyEval_SliceIndex: None keeps @dflt, an int is clamped to 64 bits */
gboolean
rs_interp_slice_index (RsInterp *self,
                       RsValue   v,
                       gint64    dflt,
                       guint     line,
                       gint64   *out)
{
  *out = dflt;
  if (v == RS_VALUE_NONE)
    return TRUE;
  if (RS_VALUE_TAG (v) == RS_TAG_BIGINT)
    {
      *out = rs_big_atom_negative (self->atoms, RS_VALUE_PAYLOAD (v)) ? G_MININT64 : G_MAXINT64;
      return TRUE;
    }
  if (rs_interp_is_int (v))
    {
      *out = rs_interp_small_int (v);
      return TRUE;
    }
  if (has_method (self, v, "__index__") || rs_interp_is_proxy (self, v))
    {
      /* PyNumber_AsSsize_t: what __index__ returns, clamped */
      RsValue index;
      return rs_interp_special_index (self, v, line, &index) &&
             rs_interp_slice_index (self, index, dflt, line, out);
    }
  return rs_interp_raise (self, line, "TypeError", "slice indices must be integers or None "
                          "or have an __index__ method");
}

/* PySlice_Unpack and PySlice_AdjustIndices over @len items */
static gboolean
resolve (RsInterp *self,
         RsValue   b[3],
         gint64    len,
         guint     line,
         Range    *r)
{
  if (!rs_interp_slice_index (self, b[2], 1, line, &r->step))
    return FALSE;
  if (r->step == 0)
    return rs_interp_raise (self, line, "ValueError", "slice step cannot be zero");
  r->step = MAX (r->step, -G_MAXINT64);
  if (!rs_interp_slice_index (self, b[0], r->step < 0 ? G_MAXINT64 : 0, line, &r->start) ||
      !rs_interp_slice_index (self, b[1], r->step < 0 ? G_MININT64 : G_MAXINT64, line, &r->stop))
    return FALSE;
  gint64 *ends[2] = { &r->start, &r->stop };
  for (guint i = 0; i < 2; i++)
    {
      gint64 *x = ends[i];
      if (*x < 0)
        {
          *x += len;
          if (*x < 0)
            *x = r->step < 0 ? -1 : 0;
        }
      else if (*x >= len)
        *x = r->step < 0 ? len - 1 : len;
    }
  r->len = 0;
  if (r->step < 0 && r->stop < r->start)
    r->len = (r->start - r->stop - 1) / (-r->step) + 1;
  else if (r->step > 0 && r->start < r->stop)
    r->len = (r->stop - r->start - 1) / r->step + 1;
  return TRUE;
}

/* The byte offset of each code point of @s, and its end: @n + 1 */
static gsize *
char_offsets (const char *s,
              gsize       len,
              gint64     *n)
{
  gsize *at = g_new (gsize, len + 1);
  const char *p = s;

  *n = 0;
  for (; p < s + len; p = g_utf8_next_char (p))
    at[(*n)++] = p - s;
  at[*n] = len;
  return at;
}

static gboolean
str_slice (RsInterp *self,
           RsValue   str,
           RsValue   b[3],
           guint     line,
           RsValue  *out)
{
  gsize len;
  gint64 n;
  const char *s = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (str), &len);
  g_autofree gsize *at = char_offsets (s, len, &n);
  Range r;

  if (!resolve (self, b, n, line, &r))
    return FALSE;
  /* unicode_subscript: a step of 1 is PyUnicode_Substring, any other
   * builds a new str */
  if (r.step == 1 || r.len == 0)
    {
      *out = r.len == 0 ? rs_interp_make_str (self, "", 0)
                        : rs_interp_substr (self, str, at[r.start], at[r.start + r.len] - at[r.start]);
      return TRUE;
    }
  g_autoptr(GString) sub = g_string_new (NULL);
  for (gint64 i = 0, k = r.start; i < r.len; i++, k += r.step)
    g_string_append_len (sub, s + at[k], at[k + 1] - at[k]);
  *out = rs_interp_new_str (self, sub->str, sub->len);
  return TRUE;
}

/* tuple_subscript: the tuple itself when the slice takes all of it */
static gboolean
tuple_slice (RsInterp *self,
             RsValue   tuple,
             RsValue   b[3],
             guint     line,
             RsValue  *out)
{
  const RsList *l = rs_heap_tuple_items (self->heap, RS_VALUE_OBJECT_ID (tuple));
  Range r;

  if (!resolve (self, b, l->len, line, &r))
    return FALSE;
  if (r.start == 0 && r.step == 1 && r.len == (gint64) l->len)
    {
      rs_heap_incref (self->heap, tuple);
      *out = tuple;
      return TRUE;
    }
  g_autofree RsValue *items = g_new (RsValue, MAX (r.len, 1));
  for (gint64 i = 0, k = r.start; i < r.len; i++, k += r.step)
    items[i] = l->items[k];
  *out = rs_interp_tuple_of (self, items, r.len);
  return TRUE;
}

/* The items of a list slice, new references of a plain list: the oracle
 * makes its traced copy once the subscript has released its operands */
static gboolean
list_slice (RsInterp *self,
            RsValue   list,
            RsValue   b[3],
            guint     line,
            GArray   *items)
{
  const RsList *l = rs_heap_get_value (self->heap, list)->data;
  Range r;

  if (!resolve (self, b, l->len, line, &r))
    return FALSE;
  for (gint64 i = 0, k = r.start; i < r.len; i++, k += r.step)
    {
      rs_heap_incref (self->heap, l->items[k]);
      g_array_append_val (items, l->items[k]);
    }
  return TRUE;
}

/* _listify(value): the traced list of the plain one's items, which move in */
gboolean
rs_interp_listify (RsInterp *self,
                   GArray   *items,
                   guint     line,
                   RsValue  *out)
{
  /* the helper is one call deeper than list(x) */
  self->depth++;
  gboolean room = rs_interp_alloc_room (self, RS_KIND_LIST, 0, NULL, 0, FALSE, line);
  self->depth--;
  if (!room)
    {
      rs_interp_release_top_first (self, (RsValue *) items->data, items->len);
      return FALSE;
    }
  RsObjId id = rs_heap_new_list (self->heap);
  for (guint i = 0; i < items->len; i++)
    rs_heap_list_insert (self->heap, id, i, g_array_index (items, RsValue, i));
  *out = RS_VALUE_OBJECT (id);
  return TRUE;
}

/* compute_slice of rangeobject.c: a new range */
static gboolean
range_slice (RsInterp *self,
             RsValue   range,
             RsValue   b[3],
             guint     line,
             RsValue  *out)
{
  const RsRangeData *d = rs_heap_get_value (self->heap, range)->data;
  Range r;

  if (!resolve (self, b, rs_interp_range_length (d), line, &r))
    return FALSE;
  *out = RS_VALUE_OBJECT (rs_heap_new_range (self->heap, d->start + r.start * d->step,
                                             d->start + r.stop * d->step, d->step * r.step));
  return TRUE;
}

/* What a container that takes no slices says of one; @what: NULL for a
 * load, "assignment" or "deletion" */
static gboolean
not_sliceable (RsInterp   *self,
               RsValue     container,
               const char *what,
               guint       line)
{
  RsObj *o = rs_heap_get_value (self->heap, container);

  if (o != NULL && o->kind == RS_KIND_DICT)
    return rs_interp_raise (self, line, "TypeError", "unhashable type: 'slice'");
  if (has_method (self, container, what == NULL ? "__getitem__" : what[0] == 'a'
                  ? "__setitem__" : "__delitem__"))
    return rs_interp_reject (self, line, "a slice of an instance is not in the subset; "
                             "slice lists, tuples and strings");
  if (what == NULL)
    return rs_interp_raise (self, line, "TypeError", "'%s' object is not subscriptable",
                            rs_interp_type_name (self, container));
  return rs_interp_raise (self, line, "TypeError", "'%s' object does not support item %s",
                          rs_interp_type_name (self, container), what);
}

/* @out, or for a list the items of its slice in @items */
static gboolean
getslice (RsInterp *self,
          RsValue   container,
          RsValue   b[3],
          guint     line,
          GArray   *items,
          RsValue  *out)
{
  RsObj *o = rs_heap_get_value (self->heap, container);

  if (RS_VALUE_TAG (container) == RS_TAG_STR)
    return str_slice (self, container, b, line, out);
  if (o != NULL && o->kind == RS_KIND_LIST)
    return list_slice (self, container, b, line, items);
  if (o != NULL && o->kind == RS_KIND_TUPLE)
    return tuple_slice (self, container, b, line, out);
  if (o != NULL && o->kind == RS_KIND_RANGE)
    return range_slice (self, container, b, line, out);
  return not_sliceable (self, container, NULL, line);
}

gboolean
rs_interp_eval_slice (RsInterp     *self,
                      const RsExpr *e,
                      RsValue      *out)
{
  RsValue container, b[3];

  if (!rs_interp_eval (self, e->subscript.value, &container))
    return FALSE;
  if (!eval_bounds (self, e->subscript.index, b))
    {
      rs_heap_decref (self->heap, container);
      return FALSE;
    }
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (RsValue));
  gboolean list = rs_heap_get_value (self->heap, container) != NULL
                  && rs_heap_get_value (self->heap, container)->kind == RS_KIND_LIST;
  self->call_col = e->col;   /* where a rejection is reported */
  gboolean ok = getslice (self, container, b, e->line, items, out);
  rs_heap_decref (self->heap, container);
  release_bounds (self, b);
  return ok && (!list || rs_interp_listify (self, items, e->line, out));
}

/* Assignment and deletion: list_ass_slice and list_ass_subscript */

/* Takes the items [@at, @at + @n) out of @list into @taken */
static void
take_items (RsInterp *self,
            RsObjId   list,
            guint     at,
            guint     n,
            RsValue  *taken)
{
  for (guint i = 0; i < n; i++)
    taken[i] = rs_heap_list_remove (self->heap, list, at, TRUE);
}

/* l[i:j] = items: the new items are stored, then the replaced ones
 * released from the last to the first (also when the list ends empty,
 * as _list_clear does) */
static void
assign_simple (RsInterp *self,
               RsObjId   list,
               Range    *r,
               GArray   *items)
{
  gint64 lo = r->start, hi = MAX (r->stop, r->start);
  g_autofree RsValue *taken = g_new (RsValue, MAX (hi - lo, 1));

  take_items (self, list, lo, hi - lo, taken);
  for (guint k = 0; k < items->len; k++)
    {
      RsValue v = g_array_index (items, RsValue, k);
      rs_heap_incref (self->heap, v);
      rs_heap_list_insert (self->heap, list, lo + k, v);
    }
  rs_interp_release_top_first (self, taken, hi - lo);
}

/* l[i:j:k] = items: one for one, then the replaced ones in slice order */
static gboolean
assign_extended (RsInterp *self,
                 RsObjId   list,
                 Range    *r,
                 GArray   *items,
                 guint     line)
{
  if ((gint64) items->len != r->len)
    return rs_interp_raise (self, line, "ValueError", "attempt to assign sequence of size %u "
                            "to extended slice of size %" G_GINT64_FORMAT, items->len, r->len);
  g_autofree RsValue *taken = g_new (RsValue, MAX (r->len, 1));
  for (gint64 i = 0, k = r->start; i < r->len; i++, k += r->step)
    {
      RsValue v = g_array_index (items, RsValue, i);
      taken[i] = rs_heap_list_remove (self->heap, list, k, TRUE);
      rs_heap_incref (self->heap, v);
      rs_heap_list_insert (self->heap, list, k, v);
    }
  rs_interp_release_in_order (self, taken, r->len);
  return TRUE;
}

/* PySequence_Fast: the items of a list or tuple, else of list(value) */
static gboolean
sequence_items (RsInterp   *self,
                RsValue     value,
                const char *message,
                guint       line,
                GArray     *items)
{
  RsObj *o = rs_heap_get_value (self->heap, value);

  if (has_method (self, value, "__iter__") || has_method (self, value, "__getitem__"))
    return rs_interp_reject (self, line, "assigning an iterable instance to a slice is not in "
                             "the subset; assign a list or a tuple");
  if (RS_VALUE_TAG (value) != RS_TAG_STR && (o == NULL || (o->kind != RS_KIND_LIST &&
                                                           o->kind != RS_KIND_TUPLE &&
                                                           o->kind != RS_KIND_DICT &&
                                                           o->kind != RS_KIND_RANGE)))
    return rs_interp_raise (self, line, "TypeError", "%s", message);
  return rs_interp_iter_items (self, value, line, items);
}

static gboolean
setslice (RsInterp *self,
          RsValue   container,
          RsValue   b[3],
          RsValue   value,
          guint     line)
{
  RsObj *o = rs_heap_get_value (self->heap, container);
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (RsValue));
  Range r;

  if (o == NULL || o->kind != RS_KIND_LIST)
    return not_sliceable (self, container, "assignment", line);
  if (!resolve (self, b, ((RsList *) o->data)->len, line, &r))
    return FALSE;
  if (r.step == 1)
    {
      if (!sequence_items (self, value, "can only assign an iterable", line, items))
        return FALSE;
      assign_simple (self, o->id, &r, items);
      return TRUE;
    }
  if (!sequence_items (self, value, "must assign iterable to extended slice", line, items))
    return FALSE;
  return assign_extended (self, o->id, &r, items, line);
}

/* STORE_SUBSCR of a slice: the temporary @value is released after the
 * store, then the container, then the slice */
gboolean
rs_interp_store_slice (RsInterp     *self,
                       const RsExpr *target,
                       RsValue       value)
{
  RsValue container, b[3];

  if (!rs_interp_eval (self, target->subscript.value, &container))
    {
      rs_heap_decref (self->heap, value);
      return FALSE;
    }
  if (!eval_bounds (self, target->subscript.index, b))
    {
      rs_heap_decref (self->heap, container);
      rs_heap_decref (self->heap, value);
      return FALSE;
    }
  self->call_col = target->col;
  gboolean ok = setslice (self, container, b, value, target->line);
  rs_heap_decref (self->heap, value);
  rs_heap_decref (self->heap, container);
  release_bounds (self, b);
  return ok;
}

/* del l[i:j] releases the items from the last to the first, del l[::k]
 * in ascending index order (whatever the sign of k) */
static gboolean
delslice (RsInterp *self,
          RsValue   container,
          RsValue   b[3],
          guint     line)
{
  RsObj *o = rs_heap_get_value (self->heap, container);
  Range r;

  if (o == NULL || o->kind != RS_KIND_LIST)
    return not_sliceable (self, container, "deletion", line);
  if (!resolve (self, b, ((RsList *) o->data)->len, line, &r))
    return FALSE;
  if (r.step == 1)
    {
      g_autoptr(GArray) none = g_array_new (FALSE, FALSE, sizeof (RsValue));
      assign_simple (self, o->id, &r, none);
      return TRUE;
    }
  if (r.len == 0)
    return TRUE;
  gint64 first = r.step > 0 ? r.start : r.start + r.step * (r.len - 1);
  gint64 step = ABS (r.step);
  g_autofree RsValue *taken = g_new (RsValue, r.len);
  for (gint64 i = 0; i < r.len; i++)
    /* each removal shifts the later items down by one */
    taken[i] = rs_heap_list_remove (self->heap, o->id, first + i * step - i, TRUE);
  rs_interp_release_in_order (self, taken, r.len);
  return TRUE;
}

gboolean
rs_interp_del_slice (RsInterp     *self,
                     const RsExpr *target)
{
  RsValue container, b[3];

  if (!rs_interp_eval (self, target->subscript.value, &container))
    return FALSE;
  if (!eval_bounds (self, target->subscript.index, b))
    {
      rs_heap_decref (self->heap, container);
      return FALSE;
    }
  self->call_col = target->col;
  gboolean ok = delslice (self, container, b, target->line);
  rs_heap_decref (self->heap, container);
  release_bounds (self, b);
  return ok;
}
