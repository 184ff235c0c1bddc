/* rs-interp-methods.c: the methods of lists, dicts and strs
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A method is a row of the table at the end (the type that has it, how
 * many arguments it takes besides self, its function) and a function
 * that gets self as args[0]; rs_interp_call_builtin checks the count
 * and calls it.
 */
#include "rs-interp-private.h"
#include "rs-interp-weakdict.h"
#include "rs-interp-str.h"

/* == inside a list method: the method call (method_vectorcall_O) takes a
 * recursion level of its own */
static gint
method_equal (RsInterp *self,
              RsValue   a,
              RsValue   b,
              guint     line)
{
  self->depth++;
  gint r = a == b ? 1 : rs_interp_item_equal (self, a, b, line);
  self->depth--;
  return r;
}

/* 1 found, 0 not, -1 the comparison failed (error raised) */
static gint
list_find (RsInterp *self,
           RsObjId   list,
           RsValue   x,
           guint     line,
           guint    *at)
{
  for (guint i = 0; i < ((RsList *) rs_heap_get (self->heap, list)->data)->len; i++)
    {
      RsValue item = ((RsList *) rs_heap_get (self->heap, list)->data)->items[i];
      gint r = method_equal (self, item, x, line);
      if (r != 0)
        {
          *at = i;
          return r;
        }
    }
  return 0;
}

/* A Py_ssize_t argument (list.pop's and list.insert's index) that is
 * too big for it is an OverflowError before anything else. */
static gboolean
index_fits (RsInterp *self,
            RsValue  *args,
            guint     n_args,
            guint     line)
{
  if (n_args >= 2 && RS_VALUE_TAG (args[1]) == RS_TAG_BIGINT)
    return rs_interp_raise (self, line, "OverflowError", "Python int too large to convert to C ssize_t");
  return TRUE;
}

/* List methods: args[0] is the list */

static gboolean
list_append (RsInterp *self,
             RsValue  *args,
             guint     n_args,
             guint     line,
             RsValue  *out)
{
  RsObjId l = RS_VALUE_OBJECT_ID (args[0]);
  RsList *list = rs_heap_get (self->heap, l)->data;

  rs_heap_incref (self->heap, args[1]);
  rs_heap_list_insert (self->heap, l, list->len, args[1]);
  return TRUE;
}

static gboolean
list_pop (RsInterp *self,
          RsValue  *args,
          guint     n_args,
          guint     line,
          RsValue  *out)
{
  RsObjId l = RS_VALUE_OBJECT_ID (args[0]);
  RsList *list = rs_heap_get (self->heap, l)->data;
  gint64 i = -1;

  if (!index_fits (self, args, n_args, line))
    return FALSE;
  if (n_args == 2 && !rs_interp_get_index (self, args[1], &i))
    return rs_interp_raise (self, line, "TypeError", "'%s' object cannot be interpreted as an integer",
                            rs_interp_type_name (self, args[1]));
  if (list->len == 0)
    return rs_interp_raise (self, line, "IndexError", "pop from empty list");
  if (i < 0)
    i += list->len;
  if (i < 0 || i >= (gint64) list->len)
    return rs_interp_raise (self, line, "IndexError", "pop index out of range");
  *out = rs_heap_list_remove (self->heap, l, i, TRUE);
  return TRUE;
}

static gboolean
list_insert (RsInterp *self,
             RsValue  *args,
             guint     n_args,
             guint     line,
             RsValue  *out)
{
  RsObjId l = RS_VALUE_OBJECT_ID (args[0]);
  RsList *list = rs_heap_get (self->heap, l)->data;
  gint64 i;

  if (!index_fits (self, args, n_args, line))
    return FALSE;
  if (!rs_interp_get_index (self, args[1], &i))
    return rs_interp_raise (self, line, "TypeError", "'%s' object cannot be interpreted as an integer",
                            rs_interp_type_name (self, args[1]));
  if (i < 0)
    i = MAX (0, i + (gint64) list->len);
  i = MIN (i, (gint64) list->len);
  rs_heap_incref (self->heap, args[2]);
  rs_heap_list_insert (self->heap, l, i, args[2]);
  return TRUE;
}

static gboolean
list_remove (RsInterp *self,
             RsValue  *args,
             guint     n_args,
             guint     line,
             RsValue  *out)
{
  RsObjId l = RS_VALUE_OBJECT_ID (args[0]);
  guint at;
  gint found = list_find (self, l, args[1], line, &at);

  if (found == 0)
    return rs_interp_raise (self, line, "ValueError", "list.remove(x): x not in list");
  if (found < 0)
    return FALSE;
  rs_heap_list_remove (self->heap, l, at, FALSE);
  return TRUE;
}

static gboolean
list_clear (RsInterp *self,
            RsValue  *args,
            guint     n_args,
            guint     line,
            RsValue  *out)
{
  rs_heap_list_clear (self->heap, RS_VALUE_OBJECT_ID (args[0]));
  return TRUE;
}

/* A start or stop of list.index: an int, clamped as slice indices are */
static gboolean
slice_index (RsInterp *self,
             RsValue   v,
             guint     line,
             gint64   *i)
{
  if (RS_VALUE_TAG (v) == RS_TAG_BIGINT)
    {
      *i = rs_big_atom_negative (self->atoms, RS_VALUE_PAYLOAD (v)) ? G_MININT64 : G_MAXINT64;
      return TRUE;
    }
  if (!rs_interp_get_index (self, v, i))
    return rs_interp_raise (self, line, "TypeError",
                            "slice indices must be integers or have an __index__ method");
  return TRUE;
}

/* list.index(x, start=0, stop=sys.maxsize) */
/* list.index and tuple.index (a tuple's items are an RsList too) */
static gboolean
seq_index (RsInterp *self,
           RsValue  *args,
           guint     n_args,
           guint     line,
           RsValue  *out,
           gboolean  tuple)
{
  RsObjId l = RS_VALUE_OBJECT_ID (args[0]);
  gint64 start = 0, stop = G_MAXINT64;

  if ((n_args >= 3 && !slice_index (self, args[2], line, &start)) ||
      (n_args >= 4 && !slice_index (self, args[3], line, &stop)))
    return FALSE;
  gint64 len = ((RsList *) rs_heap_get (self->heap, l)->data)->len;
  if (start < 0)
    start = MAX (0, start + len);
  if (stop < 0)
    stop = MAX (0, stop + len);
  /* the list can change while == runs script code */
  for (gint64 i = start; i < stop && i < ((RsList *) rs_heap_get (self->heap, l)->data)->len; i++)
    {
      gint r = method_equal (self, ((RsList *) rs_heap_get (self->heap, l)->data)->items[i], args[1], line);
      if (r < 0)
        return FALSE;
      if (r > 0)
        {
          *out = rs_interp_make_int (self, i);
          return TRUE;
        }
    }
  if (tuple)
    return rs_interp_raise (self, line, "ValueError", "tuple.index(x): x not in tuple");
  g_autoptr(GString) r = g_string_new (NULL);
  rs_interp_repr (self, args[1], r);
  return rs_interp_raise (self, line, "ValueError", "%s is not in list", r->str);
}

static gboolean
list_index (RsInterp *self,
            RsValue  *args,
            guint     n_args,
            guint     line,
            RsValue  *out)
{
  return seq_index (self, args, n_args, line, out, FALSE);
}

static gboolean
tuple_index (RsInterp *self,
             RsValue  *args,
             guint     n_args,
             guint     line,
             RsValue  *out)
{
  return seq_index (self, args, n_args, line, out, TRUE);
}

static gboolean
list_count (RsInterp *self,
            RsValue  *args,
            guint     n_args,
            guint     line,
            RsValue  *out)
{
  RsList *list = rs_heap_get_value (self->heap, args[0])->data;
  gint64 n = 0;

  for (guint k = 0; k < list->len; k++)
    {
      gint r = method_equal (self, list->items[k], args[1], line);
      if (r < 0)
        return FALSE;
      n += r;
    }
  *out = rs_interp_make_int (self, n);
  return TRUE;
}

static gboolean
list_extend (RsInterp *self,
             RsValue  *args,
             guint     n_args,
             guint     line,
             RsValue  *out)
{
  return rs_interp_list_fill (self, RS_VALUE_OBJECT_ID (args[0]), args[1], line);
}

static gboolean
list_reverse (RsInterp *self,
              RsValue  *args,
              guint     n_args,
              guint     line,
              RsValue  *out)
{
  RsObjId l = RS_VALUE_OBJECT_ID (args[0]);
  guint n;
  /* taken out and put back in the other order: the events say so (no
   * script code runs in between, as in CPython's in-place reverse) */
  g_autofree RsValue *items = rs_heap_list_take (self->heap, l, &n);

  for (guint k = 0; k < n; k++)
    rs_heap_list_insert (self->heap, l, k, items[n - 1 - k]);
  return TRUE;
}

static gboolean
list_copy (RsInterp *self,
           RsValue  *args,
           guint     n_args,
           guint     line,
           RsValue  *out)
{
  return rs_interp_builtin_list (self, args, 1, line, out);
}

/* Dict methods: args[0] is the dict */

/* KeyError(key): the exception keeps the key until the error line */
gboolean
rs_interp_key_error (RsInterp *self,
                     RsValue   key,
                     guint     line)
{
  GString *r = g_string_new (NULL);

  rs_interp_repr (self, key, r);
  rs_interp_raise_held (self, line, key, "KeyError", "%s", r->str);
  g_string_free (r, TRUE);
  return FALSE;
}

/* dict.popitem()'s KeyError, whose argument is its message */
gboolean
rs_interp_popitem_empty (RsInterp *self,
                         guint     line)
{
  RsValue message = rs_interp_make_str (self, "popitem(): dictionary is empty", -1);

  rs_interp_key_error (self, message, line);
  rs_heap_decref (self->heap, message);
  return FALSE;
}

/* dict.pop and dict.get: the value of a key, or the default */
static gboolean
dict_lookup (RsInterp *self,
             RsValue  *args,
             guint     n_args,
             guint     line,
             gboolean  pop,
             RsValue  *out)
{
  RsObjId d = RS_VALUE_OBJECT_ID (args[0]);
  gint at;

  /* CPython's pop on an empty dict never hashes the key */
  if (pop && ((RsDict *) rs_heap_get (self->heap, d)->data)->used == 0)
    at = -1;
  else if (!rs_interp_dict_lookup (self, d, args[1], line, &at))
    return FALSE;
  if (at < 0)
    {
      if (n_args == 3)
        *out = args[2];
      else if (pop)
        return rs_interp_key_error (self, args[1], line);
      rs_heap_incref (self->heap, *out);
      return TRUE;
    }
  if (pop)
    *out = rs_heap_dict_remove (self->heap, d, at, TRUE);
  else
    {
      *out = ((RsDict *) rs_heap_get (self->heap, d)->data)->entries[at].value;
      rs_heap_incref (self->heap, *out);
    }
  return TRUE;
}

static gboolean
dict_pop (RsInterp *self,
          RsValue  *args,
          guint     n_args,
          guint     line,
          RsValue  *out)
{
  return dict_lookup (self, args, n_args, line, TRUE, out);
}

static gboolean
dict_get (RsInterp *self,
          RsValue  *args,
          guint     n_args,
          guint     line,
          RsValue  *out)
{
  return dict_lookup (self, args, n_args, line, FALSE, out);
}

static gboolean
dict_clear (RsInterp *self,
            RsValue  *args,
            guint     n_args,
            guint     line,
            RsValue  *out)
{
  rs_heap_dict_clear (self->heap, RS_VALUE_OBJECT_ID (args[0]));
  return TRUE;
}

static gboolean
dict_copy (RsInterp *self,
           RsValue  *args,
           guint     n_args,
           guint     line,
           RsValue  *out)
{
  return rs_interp_builtin_dict (self, args, 1, line, out);
}

/* The methods' table, indexed by RsBuiltinId */

const RsBuiltinRow rs_interp_methods[RS_N_BUILTINS] = {
  /*                       owner       min  max          flags  call */
  [RS_BI_LIST_APPEND]  = { RS_BI_LIST,   1, 1,           0,     list_append },
  [RS_BI_LIST_POP]     = { RS_BI_LIST,   0, 1,           0,     list_pop },
  [RS_BI_LIST_INSERT]  = { RS_BI_LIST,   2, 2,           0,     list_insert },
  [RS_BI_LIST_REMOVE]  = { RS_BI_LIST,   1, 1,           0,     list_remove },
  [RS_BI_LIST_CLEAR]   = { RS_BI_LIST,   0, 0,           0,     list_clear },
  [RS_BI_LIST_INDEX]   = { RS_BI_LIST,   1, 3,           0,     list_index },
  [RS_BI_LIST_COUNT]   = { RS_BI_LIST,   1, 1,           0,     list_count },
  [RS_BI_LIST_EXTEND]  = { RS_BI_LIST,   1, 1,           0,     list_extend },
  [RS_BI_LIST_REVERSE] = { RS_BI_LIST,   0, 0,           0,     list_reverse },
  [RS_BI_LIST_COPY]    = { RS_BI_LIST,   0, 0,           0,     list_copy },
  [RS_BI_DICT_POP]     = { RS_BI_DICT,   1, 2,           0,     dict_pop },
  [RS_BI_DICT_GET]     = { RS_BI_DICT,   1, 2,           0,     dict_get },
  [RS_BI_DICT_CLEAR]   = { RS_BI_DICT,   0, 0,           0,     dict_clear },
  [RS_BI_DICT_KEYS]    = { RS_BI_DICT,   0, 0,           0,     rs_interp_dict_keys },
  [RS_BI_DICT_VALUES]  = { RS_BI_DICT,   0, 0,           0,     rs_interp_dict_values },
  [RS_BI_DICT_ITEMS]   = { RS_BI_DICT,   0, 0,           0,     rs_interp_dict_items },
  [RS_BI_DICT_COPY]    = { RS_BI_DICT,   0, 0,           0,     dict_copy },
  /* str methods (rs-interp-str*.c); their counts are checked in their own words */
  [RS_BI_STR_SPLIT]          = { RS_BI_STR,    0, 2,          0,     rs_interp_str_split },
  [RS_BI_STR_RSPLIT]         = { RS_BI_STR,    0, 2,          0,     rs_interp_str_rsplit },
  [RS_BI_STR_SPLITLINES]     = { RS_BI_STR,    0, 1,          0,     rs_interp_str_splitlines },
  [RS_BI_STR_JOIN]           = { RS_BI_STR,    1, 1,          0,     rs_interp_str_join },
  [RS_BI_STR_STRIP]          = { RS_BI_STR,    0, 1,          0,     rs_interp_str_strip },
  [RS_BI_STR_LSTRIP]         = { RS_BI_STR,    0, 1,          0,     rs_interp_str_lstrip },
  [RS_BI_STR_RSTRIP]         = { RS_BI_STR,    0, 1,          0,     rs_interp_str_rstrip },
  [RS_BI_STR_UPPER]          = { RS_BI_STR,    0, 0,          0,     rs_interp_str_upper },
  [RS_BI_STR_LOWER]          = { RS_BI_STR,    0, 0,          0,     rs_interp_str_lower },
  [RS_BI_STR_TITLE]          = { RS_BI_STR,    0, 0,          0,     rs_interp_str_title },
  [RS_BI_STR_CAPITALIZE]     = { RS_BI_STR,    0, 0,          0,     rs_interp_str_capitalize },
  [RS_BI_STR_SWAPCASE]       = { RS_BI_STR,    0, 0,          0,     rs_interp_str_swapcase },
  [RS_BI_STR_CASEFOLD]       = { RS_BI_STR,    0, 0,          0,     rs_interp_str_casefold },
  [RS_BI_STR_STARTSWITH]     = { RS_BI_STR,    1, 3,          0,     rs_interp_str_startswith },
  [RS_BI_STR_ENDSWITH]       = { RS_BI_STR,    1, 3,          0,     rs_interp_str_endswith },
  [RS_BI_STR_FIND]           = { RS_BI_STR,    1, 3,          0,     rs_interp_str_find },
  [RS_BI_STR_RFIND]          = { RS_BI_STR,    1, 3,          0,     rs_interp_str_rfind },
  [RS_BI_STR_INDEX]          = { RS_BI_STR,    1, 3,          0,     rs_interp_str_index },
  [RS_BI_STR_RINDEX]         = { RS_BI_STR,    1, 3,          0,     rs_interp_str_rindex },
  [RS_BI_STR_COUNT]          = { RS_BI_STR,    1, 3,          0,     rs_interp_str_count },
  [RS_BI_STR_REPLACE]        = { RS_BI_STR,    2, 3,          0,     rs_interp_str_replace },
  [RS_BI_STR_CENTER]         = { RS_BI_STR,    1, 2,          0,     rs_interp_str_center },
  [RS_BI_STR_LJUST]          = { RS_BI_STR,    1, 2,          0,     rs_interp_str_ljust },
  [RS_BI_STR_RJUST]          = { RS_BI_STR,    1, 2,          0,     rs_interp_str_rjust },
  [RS_BI_STR_ZFILL]          = { RS_BI_STR,    1, 1,          0,     rs_interp_str_zfill },
  [RS_BI_STR_EXPANDTABS]     = { RS_BI_STR,    0, 1,          0,     rs_interp_str_expandtabs },
  [RS_BI_STR_PARTITION]      = { RS_BI_STR,    1, 1,          0,     rs_interp_str_partition },
  [RS_BI_STR_RPARTITION]     = { RS_BI_STR,    1, 1,          0,     rs_interp_str_rpartition },
  [RS_BI_STR_ISDIGIT]        = { RS_BI_STR,    0, 0,          0,     rs_interp_str_isdigit },
  [RS_BI_STR_ISALPHA]        = { RS_BI_STR,    0, 0,          0,     rs_interp_str_isalpha },
  [RS_BI_STR_ISALNUM]        = { RS_BI_STR,    0, 0,          0,     rs_interp_str_isalnum },
  [RS_BI_STR_ISSPACE]        = { RS_BI_STR,    0, 0,          0,     rs_interp_str_isspace },
  [RS_BI_STR_ISUPPER]        = { RS_BI_STR,    0, 0,          0,     rs_interp_str_isupper },
  [RS_BI_STR_ISLOWER]        = { RS_BI_STR,    0, 0,          0,     rs_interp_str_islower },
  [RS_BI_STR_ISTITLE]        = { RS_BI_STR,    0, 0,          0,     rs_interp_str_istitle },
  [RS_BI_STR_ISDECIMAL]      = { RS_BI_STR,    0, 0,          0,     rs_interp_str_isdecimal },
  [RS_BI_STR_ISNUMERIC]      = { RS_BI_STR,    0, 0,          0,     rs_interp_str_isnumeric },
  [RS_BI_STR_ISIDENTIFIER]   = { RS_BI_STR,    0, 0,          0,     rs_interp_str_isidentifier },
  [RS_BI_STR_ISPRINTABLE]    = { RS_BI_STR,    0, 0,          0,     rs_interp_str_isprintable },
  [RS_BI_STR_ISASCII]        = { RS_BI_STR,    0, 0,          0,     rs_interp_str_isascii },
  [RS_BI_STR_REMOVEPREFIX]   = { RS_BI_STR,    1, 1,          0,     rs_interp_str_removeprefix },
  [RS_BI_STR_REMOVESUFFIX]   = { RS_BI_STR,    1, 1,          0,     rs_interp_str_removesuffix },
  [RS_BI_STR_FORMAT]         = { RS_BI_STR,    0, RS_ARGS_ANY, 0,     rs_interp_str_format_method },
  /* L1's list and dict methods */
  [RS_BI_LIST_SORT]    = { RS_BI_LIST,   0, RS_ARGS_ANY, RS_ROW_OWN_CHECK | RS_ROW_KEYWORDS, rs_interp_list_sort },
  [RS_BI_DICT_SETDEFAULT] = { RS_BI_DICT, 0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,                 rs_interp_dict_setdefault },
  [RS_BI_DICT_POPITEM] = { RS_BI_DICT,   0, 0,           0,     rs_interp_dict_popitem },
  [RS_BI_DICT_UPDATE]  = { RS_BI_DICT,   0, RS_ARGS_ANY, RS_ROW_OWN_CHECK | RS_ROW_KEYWORDS, rs_interp_dict_update_method },
  [RS_BI_DICT_FROMKEYS] = { RS_OWNER_DICT_TYPE, 0, RS_ARGS_ANY, RS_ROW_OWN_CHECK,            rs_interp_dict_fromkeys },
  [RS_BI_FINALIZE_DETACH] = { RS_BI_WEAKREF_FINALIZE, 0, 0,      0,     rs_interp_finalize_detach },
  [RS_BI_FINALIZE_PEEK] = { RS_BI_WEAKREF_FINALIZE, 0, 0,        0,     rs_interp_finalize_peek },
  [RS_BI_INT_BIT_LENGTH] = { RS_BI_INT,  0, 0,           0,     rs_interp_int_bit_length },
  [RS_BI_INT_BIT_COUNT] = { RS_BI_INT,   0, 0,           0,     rs_interp_int_bit_count },
  [RS_BI_TUPLE_INDEX]  = { RS_BI_TUPLE,  1, 3,           0,     tuple_index },
  [RS_BI_TUPLE_COUNT]  = { RS_BI_TUPLE,  1, 1,           0,     list_count },
};

/* The type whose methods @v has */
static guint
method_owner (RsInterp *self,
              RsValue   v)
{
  RsObj *o = rs_heap_get_value (self->heap, v);

  if (o != NULL && o->kind == RS_KIND_LIST)
    return RS_BI_LIST;
  if (o != NULL && o->kind == RS_KIND_DICT)
    return RS_BI_DICT;
  if (o != NULL && o->kind == RS_KIND_TUPLE)
    return RS_BI_TUPLE;
  if (RS_VALUE_TAG (v) == RS_TAG_STR)
    return RS_BI_STR;
  if (rs_interp_is_int (v))
    return RS_BI_INT;
  if (o != NULL && o->kind == RS_KIND_DESCRIPTOR && ((RsDescrData *) o->data)->kind == RS_DESCR_PROPERTY)
    return RS_BI_PROPERTY;
  if (o != NULL && o->kind == RS_KIND_FINALIZER)
    return RS_BI_WEAKREF_FINALIZE;
  return rs_interp_weakdict_method_owner (self, v);
}

gboolean
rs_interp_builtin_method (RsInterp    *self,
                          RsValue      owner,
                          const char  *name,
                          RsBuiltinId *id)
{
  return rs_interp_find_builtin (method_owner (self, owner), name, id);
}
