/* rs-interp-builtins.c: len, range, list, dict, id, repr, the gc/sys/weakref
 * modules, and the lookup and calls of every builtin
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builtins borrow their arguments (the caller releases them afterwards,
 * as CALL does) and return a new reference.  Each is one row of a table
 * (the functions' at the end, the methods' in rs-interp-methods.c): where
 * its name is found, how many arguments it takes, and the function that
 * runs it.
 */
#include "rs-interp-private.h"
#include "rs-interp-weakdict.h"
#include "rs-interp-str.h"

#include <string.h>

static const RsBuiltinRow builtins[RS_N_BUILTINS];

/* The row of @id: a builtin function's, or a method's */
static const RsBuiltinRow *
row_of (RsBuiltinId id)
{
  g_assert (id < RS_N_BUILTINS);
  return builtins[id].call != NULL ? &builtins[id]
         : rs_interp_weakdict_rows[id].call != NULL ? &rs_interp_weakdict_rows[id]
         : rs_interp_weakset_rows[id].call != NULL ? &rs_interp_weakset_rows[id] : &rs_interp_methods[id];
}

static gboolean
is_method (const RsBuiltinRow *row)
{
  return row->owner < RS_N_BUILTINS && !rs_value_builtin_is_module (row->owner);
}

/* The argument count of @n_args (self included for methods) against the
 * builtin's row. */
static gboolean
check_args (RsInterp    *self,
            RsBuiltinId  id,
            guint        n_args,
            guint        line)
{
  const RsBuiltinRow *row = row_of (id);
  guint min = row->min_args, max = row->max_args;

  if (row->owner == RS_BI_STR)
    return rs_interp_str_check_args (self, id, n_args, line);
  n_args -= is_method (row);
  if (n_args >= min && n_args <= max)
    return TRUE;
  const char *name = rs_value_builtin_names[id];
  /* CPython's words depend on how the function takes its arguments:
   * METH_NOARGS and METH_O name it with its type or module, the others
   * (_PyArg_CheckPositional) do not; list.index takes up to 3 there */
  const char *owner = row->owner < RS_N_BUILTINS ? rs_value_builtin_names[row->owner] : NULL;
  g_autofree char *qualified = owner != NULL ? g_strdup_printf ("%s.%s", owner, name) : g_strdup (name);
  if (id == RS_BI_LIST_INDEX || id == RS_BI_TUPLE_INDEX)
    max = 3;
  if (id == RS_BI_GC_COLLECT)
    return rs_interp_raise (self, line, "TypeError", "collect() takes at most 1 argument (%u given)", n_args);
  if (min == max && min <= 1 && id != RS_BI_LIST_INDEX && id != RS_BI_TUPLE_INDEX)
    return rs_interp_raise (self, line, "TypeError", min == 0 ? "%s() takes no arguments (%u given)"
                            : "%s() takes exactly one argument (%u given)", qualified, n_args);
  if (min == max)
    return rs_interp_raise (self, line, "TypeError", "%s expected %u argument%s, got %u",
                            name, min, min == 1 ? "" : "s", n_args);
  gboolean few = n_args < min;
  return rs_interp_raise (self, line, "TypeError", "%s expected at %s %u argument%s, got %u",
                          name, few ? "least" : "most", few ? min : max,
                          (few ? min : max) == 1 ? "" : "s", n_args);
}

/* Builtin functions */

gint64
rs_interp_range_length (const RsRangeData *r)
{
  if (r->step > 0)
    return r->stop > r->start ? (r->stop - r->start + r->step - 1) / r->step : 0;
  return r->start > r->stop ? (r->start - r->stop - r->step - 1) / -r->step : 0;
}

static gboolean
builtin_len (RsInterp *self,
             RsValue  *args,
             guint     n_args,
             guint     line,
             RsValue  *out)
{
  RsValue v = args[0];
  gint64 n;

  if (!rs_interp_unwrap_proxy (self, &v, line))
    return FALSE;
  RsObj *o = rs_heap_get_value (self->heap, v);

  if (o != NULL && (o->kind == RS_KIND_LIST || o->kind == RS_KIND_TUPLE))
    n = ((RsList *) o->data)->len;
  else if (o != NULL && o->kind == RS_KIND_DICT)
    n = ((RsDict *) o->data)->used;
  else if (o != NULL && o->kind == RS_KIND_RANGE)
    n = rs_interp_range_length (o->data);
  else if (rs_interp_is_view (self, v))
    n = rs_interp_view_length (self, o);
  else if (o != NULL && o->kind == RS_KIND_WEAKDICT)
    n = rs_interp_weakdict_len (self, v);
  else if (RS_VALUE_TAG (v) == RS_TAG_STR)
    {
      gsize len;
      const char *s = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (v), &len);
      n = rs_interp_str_length (s, len);
    }
  else if (rs_interp_has_special (self, v, "__len__"))
    {
      if (rs_interp_special_len (self, v, line, &n) != RS_SPECIAL_OK)
        return FALSE;
    }
  else
    return rs_interp_raise (self, line, "TypeError", "object of type '%s' has no len()",
                            rs_interp_type_name (self, v));
  *out = rs_interp_make_int (self, n);
  return TRUE;
}

static gboolean
builtin_range (RsInterp *self,
               RsValue  *args,
               guint     n_args,
               guint     line,
               RsValue  *out)
{
  gint64 v[3] = { 0, 0, 1 };
  RsValue index;

  for (guint i = 0; i < n_args; i++)
    if (!rs_interp_special_index (self, args[i], line, &index))
      return FALSE;
    else if (!rs_interp_get_index (self, index, &v[n_args == 1 ? 1 : i]))
      return rs_interp_raise (self, line, "TypeError",
                              "'%s' object cannot be interpreted as an integer",
                              rs_interp_type_name (self, args[i]));
  if (v[2] == 0)
    return rs_interp_raise (self, line, "ValueError", "range() arg 3 must not be zero");
  *out = RS_VALUE_OBJECT (rs_heap_new_range (self->heap, v[0], v[1], v[2]));
  return TRUE;
}

gboolean
rs_interp_iter_items (RsInterp *self,
                      RsValue   v,
                      guint     line,
                      GArray   *items)
{
  RsObj *o = rs_heap_get_value (self->heap, v);

  /* the copy, and what the caller makes of it */
  if (o != NULL && (o->kind == RS_KIND_LIST || o->kind == RS_KIND_TUPLE) &&
      !rs_interp_reserve (self, line, ((RsList *) o->data)->len, 2 * sizeof (RsValue), 0))
    return FALSE;
  if (o != NULL && o->kind == RS_KIND_RANGE &&
      !rs_interp_reserve (self, line, rs_interp_range_length (o->data), 2 * sizeof (RsValue), 0))
    return FALSE;
  if (RS_VALUE_TAG (v) == RS_TAG_STR)
    {
      gsize len;
      rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (v), &len);
      if (!rs_interp_reserve (self, line, len, 2 * sizeof (RsValue), 0))
        return FALSE;
    }
  if (o != NULL && (o->kind == RS_KIND_LIST || o->kind == RS_KIND_TUPLE))
    g_array_append_vals (items, ((RsList *) o->data)->items, ((RsList *) o->data)->len);
  else if (o != NULL && o->kind == RS_KIND_DICT)
    {
      RsDict *d = o->data;
      for (guint i = 0; i < d->len; i++)
        if (d->entries[i].key != RS_VALUE_ABSENT)
          g_array_append_val (items, d->entries[i].key);
    }
  else if (rs_interp_is_view (self, v))
    return rs_interp_view_items (self, o, line, items);
  else if (o != NULL && o->kind == RS_KIND_ITERATOR)
    return rs_interp_reject_iterated (self, v, line);
  else if (o != NULL && o->kind == RS_KIND_RANGE)
    {
      RsRangeData *r = o->data;
      for (gint64 i = r->start; r->step > 0 ? i < r->stop : i > r->stop; i += r->step)
        {
          RsValue x = rs_interp_make_int (self, i);
          g_array_append_val (items, x);
        }
    }
  else if (RS_VALUE_TAG (v) == RS_TAG_STR)
    {
      gsize len;
      const char *s = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (v), &len);
      for (const char *p = s; p < s + len; p = g_utf8_next_char (p))
        {
          RsValue x = rs_interp_char_str (self, p);
          g_array_append_val (items, x);
        }
    }
  else
    return rs_interp_special_not_iterable (self, v, line);
  return TRUE;
}

void
rs_interp_list_extend (RsInterp *self,
                       RsObjId   list,
                       GArray   *items)
{
  for (guint i = 0; i < items->len; i++)
    {
      RsValue x = g_array_index (items, RsValue, i);
      rs_heap_incref (self->heap, x);
      rs_heap_list_insert (self->heap, list, ((RsList *) rs_heap_get (self->heap, list)->data)->len, x);
    }
}

gboolean
rs_interp_builtin_list (RsInterp *self,
                        RsValue  *args,
                        guint     n_args,
                        guint     line,
                        RsValue  *out)
{
  /* the oracle's list is allocated by its __new__ before list.__init__
   * checks the arguments: a bad argument frees the new list again */
  if (!rs_interp_alloc_room (self, RS_KIND_LIST, 0, args, n_args, FALSE, line))
    return FALSE;
  RsObjId l = rs_heap_new_list (self->heap);
  if (!check_args (self, RS_BI_LIST, n_args, line) ||
      (n_args == 1 && !rs_interp_list_fill (self, l, args[0], line)))
    {
      rs_heap_decref (self->heap, RS_VALUE_OBJECT (l));
      return FALSE;
    }
  *out = RS_VALUE_OBJECT (l);
  return TRUE;
}

gboolean
rs_interp_dict_update (RsInterp *self,
                       RsObjId   dst,
                       RsObjId   src,
                       guint     line)
{
  return rs_interp_dict_merge (self, dst, src, line);
}

gboolean
rs_interp_builtin_dict (RsInterp *self,
                        RsValue  *args,
                        guint     n_args,
                        guint     line,
                        RsValue  *out)
{
  /* allocated before dict.__init__ checks the arguments, as list() */
  if (!rs_interp_alloc_room (self, RS_KIND_DICT, 0, args, n_args, FALSE, line))
    return FALSE;
  RsObjId d = rs_heap_new_dict (self->heap);
  if (!check_args (self, RS_BI_DICT, n_args, line) || !rs_interp_dict_fill (self, d, args, n_args, line))
    {
      rs_heap_decref (self->heap, RS_VALUE_OBJECT (d));
      return FALSE;
    }
  *out = RS_VALUE_OBJECT (d);
  return TRUE;
}

static gboolean
builtin_weakref (RsInterp *self,
                 RsValue  *args,
                 guint     n_args,
                 guint     line,
                 RsValue  *out)
{
  if (n_args < 1 || n_args > 2)
    return rs_interp_raise (self, line, "TypeError", "ref() takes 1 or 2 arguments (%u given)", n_args);
  RsObj *o = rs_heap_get_value (self->heap, args[0]);
  RsValue cb = n_args == 2 && args[1] != RS_VALUE_NONE ? args[1] : RS_VALUE_ABSENT;
  if (RS_VALUE_TAG (args[0]) == RS_TAG_BUILTIN)
    {
      *out = RS_VALUE_OBJECT (rs_heap_weakref_immortal (self->heap, args[0]));
      return TRUE;
    }
  if (o == NULL || o->kind == RS_KIND_LIST || o->kind == RS_KIND_DICT ||
      o->kind == RS_KIND_RANGE || o->kind == RS_KIND_ITERATOR || o->kind == RS_KIND_WEAKREF ||
      o->kind == RS_KIND_TUPLE || !rs_interp_weakrefable (self, o))
    return rs_interp_raise (self, line, "TypeError", "cannot create weak reference to '%s' object",
                            rs_interp_type_name (self, args[0]));
  *out = RS_VALUE_OBJECT (rs_heap_weakref (self->heap, o->id, cb));
  return TRUE;
}

static gboolean
builtin_id (RsInterp *self,
            RsValue  *args,
            guint     n_args,
            guint     line,
            RsValue  *out)
{
  return rs_interp_id (self, args[0], line, out);
}

/* repr(): a str, as the conversion !r makes */
static gboolean
builtin_repr (RsInterp *self,
              RsValue  *args,
              guint     n_args,
              guint     line,
              RsValue  *out)
{
  g_autoptr(GString) text = g_string_new (NULL);

  rs_interp_text_begin (self);
  if (!rs_interp_convert (self, args[0], 'r', line, text))
    return FALSE;
  *out = rs_interp_text_str (self, text, TRUE);
  return TRUE;
}

static gboolean
builtin_hex (RsInterp *self,
             RsValue  *args,
             guint     n_args,
             guint     line,
             RsValue  *out)
{
  return rs_interp_builtin_to_base (self, args[0], 16, line, out);
}

static gboolean
builtin_oct (RsInterp *self,
             RsValue  *args,
             guint     n_args,
             guint     line,
             RsValue  *out)
{
  return rs_interp_builtin_to_base (self, args[0], 8, line, out);
}

static gboolean
builtin_bin (RsInterp *self,
             RsValue  *args,
             guint     n_args,
             guint     line,
             RsValue  *out)
{
  return rs_interp_builtin_to_base (self, args[0], 2, line, out);
}

/* The gc, sys and weakref modules */

/* gc.collect([generation]).  The oracle's stand-in prints `gc start`
 * before the real gc.collect() checks the generation, and its frame keeps
 * the argument until after the error line. */
static gboolean
gc_collect (RsInterp *self,
            RsValue  *args,
            guint     n_args,
            guint     line,
            RsValue  *out)
{
  gint64 generation = 2;
  const char *kind = NULL;

  if (n_args == 1 && RS_VALUE_TAG (args[0]) == RS_TAG_BIGINT)
    kind = "OverflowError";
  else if (n_args == 1 && !rs_interp_get_index (self, args[0], &generation))
    kind = "TypeError";
  else if (generation < 0 || generation > 2)
    kind = "ValueError";
  if (kind == NULL)
    {
      *out = rs_interp_make_int (self, rs_heap_collect_generation (self->heap, generation));
      return TRUE;
    }
  rs_heap_emit (self->heap, RS_EV_GC_START, 0, 0, 0, 0, 0);
  rs_interp_raise (self, line, kind, "invalid generation");
  rs_interp_hold_until_error (self, args, n_args);
  return FALSE;
}

static gboolean
gc_enable (RsInterp *self,
           RsValue  *args,
           guint     n_args,
           guint     line,
           RsValue  *out)
{
  self->gc_enabled = TRUE;
  return TRUE;
}

static gboolean
gc_disable (RsInterp *self,
            RsValue  *args,
            guint     n_args,
            guint     line,
            RsValue  *out)
{
  self->gc_enabled = FALSE;
  return TRUE;
}

static gboolean
gc_isenabled (RsInterp *self,
              RsValue  *args,
              guint     n_args,
              guint     line,
              RsValue  *out)
{
  *out = self->gc_enabled ? RS_VALUE_TRUE : RS_VALUE_FALSE;
  return TRUE;
}

static gboolean
sys_getrefcount (RsInterp *self,
                 RsValue  *args,
                 guint     n_args,
                 guint     line,
                 RsValue  *out)
{
  RsObj *o = rs_heap_get_value (self->heap, args[0]);

  if (o == NULL || o->trace_no == 0)
    return rs_interp_reject (self, line, "sys.getrefcount() of an untraced value (%s)",
                             rs_interp_type_base_name (self, args[0]));
  *out = rs_interp_make_int (self, o->refcnt);
  return TRUE;
}

/* object.__init__, for Base.__init__(self) */
static gboolean
object_init (RsInterp *self,
             RsValue  *args,
             guint     n_args,
             guint     line,
             RsValue  *out)
{
  if (n_args != 1)
    return rs_interp_raise (self, line, "TypeError",
                            "object.__init__() takes exactly one argument (the instance to initialize)");
  return TRUE;
}

/* The functions' table, indexed by RsBuiltinId (the modules have no row:
 * they are not called; the methods' rows are in rs-interp-methods.c) */

static const RsBuiltinRow builtins[RS_N_BUILTINS] = {
  /*                          owner              min  max          flags                            call */
  [RS_BI_PRINT]           = { RS_OWNER_BUILTINS,   0, RS_ARGS_ANY, RS_ROW_PACKS,                    rs_interp_builtin_print },
  [RS_BI_LEN]             = { RS_OWNER_BUILTINS,   1, 1,           0,                               builtin_len },
  [RS_BI_RANGE]           = { RS_OWNER_BUILTINS,   1, 3,           0,                               builtin_range },
  [RS_BI_LIST]            = { RS_OWNER_BUILTINS,   0, 1,           RS_ROW_PACKS | RS_ROW_OWN_CHECK, rs_interp_builtin_list },
  [RS_BI_DICT]            = { RS_OWNER_BUILTINS,   0, 1,           RS_ROW_PACKS | RS_ROW_OWN_CHECK | RS_ROW_KEYWORDS, rs_interp_builtin_dict },
  [RS_BI_ID]              = { RS_OWNER_BUILTINS,   1, 1,           0,                               builtin_id },
  [RS_BI_FORMAT]          = { RS_OWNER_BUILTINS,   1, 2,           0,                               rs_interp_builtin_format },
  [RS_BI_HEX]             = { RS_OWNER_BUILTINS,   1, 1,           0,                               builtin_hex },
  [RS_BI_OCT]             = { RS_OWNER_BUILTINS,   1, 1,           0,                               builtin_oct },
  [RS_BI_BIN]             = { RS_OWNER_BUILTINS,   1, 1,           0,                               builtin_bin },
  [RS_BI_TUPLE]           = { RS_OWNER_BUILTINS,   0, 1,           RS_ROW_PACKS,                    rs_interp_builtin_tuple },
  [RS_BI_GC_COLLECT]      = { RS_BI_MOD_GC,        0, 1,           0,                               gc_collect },
  [RS_BI_GC_ENABLE]       = { RS_BI_MOD_GC,        0, 0,           0,                               gc_enable },
  [RS_BI_GC_DISABLE]      = { RS_BI_MOD_GC,        0, 0,           0,                               gc_disable },
  [RS_BI_GC_ISENABLED]    = { RS_BI_MOD_GC,        0, 0,           0,                               gc_isenabled },
  [RS_BI_SYS_GETREFCOUNT] = { RS_BI_MOD_SYS,       1, 1,           0,                               sys_getrefcount },
  [RS_BI_WEAKREF_REF]     = { RS_BI_MOD_WEAKREF,   1, 2,           RS_ROW_PACKS | RS_ROW_OWN_CHECK, builtin_weakref },
  [RS_BI_OBJECT_INIT]     = { RS_OWNER_NONE,       1, 1,           RS_ROW_OWN_CHECK,                object_init },
  [RS_BI_OBJECT_REPR]     = { RS_OWNER_NONE,       1, 1,           0,                               rs_interp_object_repr },
  /* object.__str__ is repr(self) */
  [RS_BI_OBJECT_STR]      = { RS_OWNER_NONE,       1, 1,           0,                               builtin_repr },
  [RS_BI_OBJECT_EQ]       = { RS_OWNER_NONE,       2, 2,           0,                               rs_interp_object_eq },
  [RS_BI_OBJECT_NE]       = { RS_OWNER_NONE,       2, 2,           0,                               rs_interp_object_ne },
  [RS_BI_INT]             = { RS_OWNER_BUILTINS,   0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_int },
  [RS_BI_FLOAT]           = { RS_OWNER_BUILTINS,   0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_float },
  [RS_BI_STR]             = { RS_OWNER_BUILTINS,   0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_str },
  [RS_BI_BOOL]            = { RS_OWNER_BUILTINS,   0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_bool },
  [RS_BI_ABS]             = { RS_OWNER_BUILTINS,   0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_abs },
  [RS_BI_ROUND]           = { RS_OWNER_BUILTINS,   0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_round },
  [RS_BI_POW]             = { RS_OWNER_BUILTINS,   0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_pow },
  [RS_BI_REPR]            = { RS_OWNER_BUILTINS,   1, 1,           0,                               builtin_repr },
  [RS_BI_ORD]             = { RS_OWNER_BUILTINS,   1, 1,           RS_ROW_OWN_CHECK,                rs_interp_str_ord },
  [RS_BI_CHR]             = { RS_OWNER_BUILTINS,   1, 1,           RS_ROW_OWN_CHECK,                rs_interp_str_chr },
  /* the iteration builtins: they check their counts in CPython's words */
  [RS_BI_SORTED]          = { RS_OWNER_BUILTINS,   0, RS_ARGS_ANY, RS_ROW_OWN_CHECK | RS_ROW_KEYWORDS, rs_interp_builtin_sorted },
  [RS_BI_MIN]             = { RS_OWNER_BUILTINS,   0, RS_ARGS_ANY, RS_ROW_PACKS | RS_ROW_OWN_CHECK | RS_ROW_KEYWORDS, rs_interp_builtin_min },
  [RS_BI_MAX]             = { RS_OWNER_BUILTINS,   0, RS_ARGS_ANY, RS_ROW_PACKS | RS_ROW_OWN_CHECK | RS_ROW_KEYWORDS, rs_interp_builtin_max },
  [RS_BI_SUM]             = { RS_OWNER_BUILTINS,   0, RS_ARGS_ANY, RS_ROW_OWN_CHECK | RS_ROW_KEYWORDS, rs_interp_builtin_sum },
  [RS_BI_ANY]             = { RS_OWNER_BUILTINS,   0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_any },
  [RS_BI_ALL]             = { RS_OWNER_BUILTINS,   0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_all },
  [RS_BI_DIVMOD]          = { RS_OWNER_BUILTINS,   0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_divmod },
  [RS_BI_TYPE]            = { RS_OWNER_BUILTINS,   1, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_type },
  [RS_BI_ISINSTANCE]      = { RS_OWNER_BUILTINS,   0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_isinstance },
  [RS_BI_ISSUBCLASS]      = { RS_OWNER_BUILTINS,   0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_issubclass },
  [RS_BI_CALLABLE]        = { RS_OWNER_BUILTINS,   0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_callable },
  [RS_BI_HASATTR]         = { RS_OWNER_BUILTINS,   0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_hasattr },
  [RS_BI_GETATTR]         = { RS_OWNER_BUILTINS,   0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_getattr },
  [RS_BI_SETATTR]         = { RS_OWNER_BUILTINS,   0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_setattr },
  [RS_BI_DELATTR]         = { RS_OWNER_BUILTINS,   0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_delattr },
  [RS_BI_OBJECT]          = { RS_OWNER_BUILTINS,   0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_unsupported },
  [RS_BI_SUPER]           = { RS_OWNER_BUILTINS,   0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_unsupported },
  [RS_BI_TYPE_NONE]       = { RS_OWNER_NONE,       0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_unsupported },
  [RS_BI_TYPE_ELLIPSIS]   = { RS_OWNER_NONE,       0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_unsupported },
  [RS_BI_TYPE_NOT_IMPLEMENTED] = { RS_OWNER_NONE,  0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_unsupported },
  [RS_BI_TYPE_FUNCTION]   = { RS_OWNER_NONE,       0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_unsupported },
  [RS_BI_TYPE_METHOD]     = { RS_OWNER_NONE,       0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_unsupported },
  [RS_BI_TYPE_BUILTIN_FUNCTION] = { RS_OWNER_NONE, 0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_unsupported },
  [RS_BI_TYPE_MODULE]     = { RS_OWNER_NONE,       0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_unsupported },
  [RS_BI_STATICMETHOD]    = { RS_OWNER_BUILTINS,   0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_staticmethod },
  [RS_BI_CLASSMETHOD]     = { RS_OWNER_BUILTINS,   0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_classmethod },
  [RS_BI_PROPERTY]        = { RS_OWNER_BUILTINS,   0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_property },
  [RS_BI_PROPERTY_GETTER] = { RS_BI_PROPERTY,      0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_property_getter },
  [RS_BI_PROPERTY_SETTER] = { RS_BI_PROPERTY,      0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_property_setter },
  [RS_BI_PROPERTY_DELETER] = { RS_BI_PROPERTY,     0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_property_deleter },
  [RS_BI_ITER]            = { RS_OWNER_BUILTINS,   0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_iter },
  [RS_BI_NEXT]            = { RS_OWNER_BUILTINS,   0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_next },
  [RS_BI_REVERSED]        = { RS_OWNER_BUILTINS,   0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_reversed },
  [RS_BI_ENUMERATE]       = { RS_OWNER_BUILTINS,   0, RS_ARGS_ANY, RS_ROW_OWN_CHECK | RS_ROW_KEYWORDS, rs_interp_builtin_enumerate },
  [RS_BI_ZIP]             = { RS_OWNER_BUILTINS,   0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_zip },
  [RS_BI_MAP]             = { RS_OWNER_BUILTINS,   0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_map },
  [RS_BI_FILTER]          = { RS_OWNER_BUILTINS,   0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_filter },
  [RS_BI_WEAKREF_PROXY]   = { RS_BI_MOD_WEAKREF,   0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_proxy },
  [RS_BI_WEAKREF_FINALIZE] = { RS_BI_MOD_WEAKREF,  0, RS_ARGS_ANY, RS_ROW_PACKS | RS_ROW_OWN_CHECK | RS_ROW_KEYWORDS, rs_interp_builtin_finalize },
  [RS_BI_WEAKREF_WEAKMETHOD] = { RS_BI_MOD_WEAKREF, 0, RS_ARGS_ANY, RS_ROW_PACKS | RS_ROW_OWN_CHECK, rs_interp_builtin_weakmethod },
  [RS_BI_WEAKREF_GETWEAKREFCOUNT] = { RS_BI_MOD_WEAKREF, 1, 1,     0,                               rs_interp_builtin_getweakrefcount },
  [RS_BI_WEAKREF_PROXYTYPE] = { RS_BI_MOD_WEAKREF, 0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                rs_interp_builtin_proxy_type },
  [RS_BI_WEAKREF_CALLABLEPROXYTYPE] = { RS_BI_MOD_WEAKREF, 0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,        rs_interp_builtin_callable_proxy_type },
  [RS_BI_WEAKMETHOD_CALLBACK] = { RS_OWNER_NONE,   1, 1,           0,                               rs_interp_weakmethod_callback },
};

/* The builtins by name, each chained to the next one of the same name
 * (the pop of lists and of dicts): built once, read by every lookup */
typedef struct {
  GHashTable *first;                /* name -> id + 1 */
  guint       next[RS_N_BUILTINS];  /* id + 1 of the next, 0 at the end */
} RsBuiltinIndex;

static void
index_add (RsBuiltinIndex *ix,
           RsBuiltinId     id)
{
  const char *name = rs_value_builtin_names[id];

  g_assert ((builtins[id].call != NULL) + (rs_interp_methods[id].call != NULL)
            + (rs_interp_weakdict_rows[id].call != NULL) + (rs_interp_weakset_rows[id].call != NULL) == 1);
  ix->next[id] = GPOINTER_TO_UINT (g_hash_table_lookup (ix->first, name));
  for (guint j = ix->next[id]; j != 0; j = ix->next[j - 1])
    g_assert (row_of (j - 1)->owner != row_of (id)->owner);  /* one row a name */
  g_hash_table_insert (ix->first, (gpointer) name, GUINT_TO_POINTER (id + 1));
}

static const RsBuiltinIndex *
builtin_index (void)
{
  static RsBuiltinIndex *index;

  if (g_once_init_enter (&index))
    {
      RsBuiltinIndex *ix = g_new0 (RsBuiltinIndex, 1);
      ix->first = g_hash_table_new (g_str_hash, g_str_equal);
      for (RsBuiltinId id = 0; id < RS_N_BUILTINS; id++)
        if (row_of (id)->call != NULL)
          index_add (ix, id);
      g_once_init_leave (&index, ix);
    }
  return index;
}

/* The builtin that @owner has under @name (a row of either table) */
gboolean
rs_interp_find_builtin (guint        owner,
                        const char  *name,
                        RsBuiltinId *id)
{
  const RsBuiltinIndex *ix = builtin_index ();

  if (owner == RS_OWNER_NONE)
    return FALSE;
  for (guint i = GPOINTER_TO_UINT (g_hash_table_lookup (ix->first, name)); i != 0; i = ix->next[i - 1])
    if (row_of (i - 1)->owner == owner)
      {
        *id = i - 1;
        return TRUE;
      }
  return FALSE;
}

gboolean
rs_interp_builtin_name (const char  *name,
                        RsBuiltinId *id)
{
  return rs_interp_find_builtin (RS_OWNER_BUILTINS, name, id);
}

gboolean
rs_interp_module_name (const char  *name,
                       RsBuiltinId *id)
{
  for (RsBuiltinId i = 0; i < RS_N_BUILTINS; i++)
    if (rs_value_builtin_is_module (i) && strcmp (rs_value_builtin_names[i], name) == 0)
      {
        *id = i;
        return TRUE;
      }
  return FALSE;
}

gboolean
rs_interp_module_attr (RsInterp    *self,
                       RsBuiltinId  module,
                       const char  *name,
                       RsBuiltinId *id)
{
  /* dict.fromkeys is found on the type as a module's functions are */
  if (module == RS_BI_DICT)
    return rs_interp_find_builtin (RS_OWNER_DICT_TYPE, name, id);
  /* weakref.ReferenceType is weakref.ref */
  if (module == RS_BI_MOD_WEAKREF && strcmp (name, "ReferenceType") == 0)
    {
      *id = RS_BI_WEAKREF_REF;
      return TRUE;
    }
  return rs_value_builtin_is_module (module) && rs_interp_find_builtin (module, name, id);
}

gboolean
rs_interp_call_builtin (RsInterp    *self,
                        RsBuiltinId  id,
                        RsValue     *args,
                        guint        n_args,
                        guint        line,
                        RsValue     *out)
{
  return rs_interp_call_builtin_kw (self, id, args, n_args, NULL, line, out);
}

gboolean
rs_interp_call_builtin_kw (RsInterp       *self,
                           RsBuiltinId     id,
                           RsValue        *args,
                           guint           n_args,
                           const RsCallKw *kw,
                           guint           line,
                           RsValue        *out)
{
  const RsBuiltinRow *row = row_of (id);
  gboolean packs = row->flags & RS_ROW_PACKS;
  const RsCallKw *outer_kw = self->builtin_kw;

  g_assert (row->call != NULL);
  g_assert (!is_method (row) || n_args >= 1);
  g_assert (kw == NULL || (row->flags & RS_ROW_KEYWORDS));
  *out = RS_VALUE_NONE;
  for (guint i = 0; i < n_args && packs; i++)
    rs_heap_incref (self->heap, args[i]);
  /* a key function the builtin calls may call another builtin */
  self->builtin_kw = kw;
  gboolean ok = ((row->flags & RS_ROW_OWN_CHECK) || check_args (self, id, n_args, line)) &&
                row->call (self, args, n_args, line, out);
  self->builtin_kw = outer_kw;
  if (packs)
    rs_heap_tuple_release (self->heap, args, n_args);
  return ok;
}

gboolean
rs_interp_builtin_takes_keywords (RsBuiltinId id)
{
  return id < RS_N_BUILTINS && row_of (id)->call != NULL && (row_of (id)->flags & RS_ROW_KEYWORDS);
}

gboolean
rs_interp_builtin_keywords (RsInterp          *self,
                            const char        *func,
                            const char *const *names,
                            RsValue           *values,
                            guint              line)
{
  const RsCallKw *kw = self->builtin_kw;

  for (guint j = 0; names[j] != NULL; j++)
    values[j] = RS_VALUE_ABSENT;
  for (guint i = 0; kw != NULL && i < kw->n; i++)
    {
      guint j = 0;
      while (names[j] != NULL && strcmp (names[j], kw->names[i]) != 0)
        j++;
      if (names[j] == NULL)
        return rs_interp_raise (self, line, "TypeError", "'%s' is an invalid keyword argument for %s()",
                                kw->names[i], func);
      values[j] = kw->values[i];
    }
  return TRUE;
}
