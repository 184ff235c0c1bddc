/* rs-interp-values.c: ints and strs as values, type names, truth, hashing, arithmetic
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Integers are arbitrary precision as in Python: small ones live in the
 * value itself, bigger ones are atoms of their binary limbs (RS_TAG_BIGINT,
 * rs_big_intern) computed with RsBig.
 */
#include "rs-interp-private.h"
#include "rs-interp-weakdict.h"
#include "rs-big.h"
#include "rs-float.h"

#include <string.h>

static gboolean big_repeat (RsInterp *self, RsValue seq, RsValue count, guint line, RsValue *out);

/* Ints and strs */

RsValue
rs_interp_make_int (RsInterp *self,
                    gint64    i)
{
  if (i >= RS_VALUE_INT_MIN && i <= RS_VALUE_INT_MAX)
    return rs_value_int (i);
  RsBig b = rs_big_from_i128 (i);
  return RS_VALUE_MAKE (RS_TAG_BIGINT, rs_big_intern_take (self->atoms, &b));
}

RsValue
rs_interp_big_value (RsInterp *self,
                     RsBig    *b)
{
  gint64 v;

  if (rs_big_to_int64 (b, &v))
    {
      rs_big_clear (b);
      return rs_interp_make_int (self, v);
    }
  return RS_VALUE_MAKE (RS_TAG_BIGINT, rs_big_intern_take (self->atoms, b));
}

/* TRUE if the int @v is below zero (a big one's atom starts with its sign) */
static gboolean
int_negative (RsInterp *self,
              RsValue   v)
{
  if (RS_VALUE_TAG (v) == RS_TAG_BIGINT)
    return rs_big_atom_negative (self->atoms, RS_VALUE_PAYLOAD (v));
  return rs_interp_small_int (v) < 0;
}

static RsBig
to_big (RsInterp *self,
        RsValue   v)
{
  if (RS_VALUE_TAG (v) == RS_TAG_BIGINT)
    return rs_big_from_atom (self->atoms, RS_VALUE_PAYLOAD (v));
  return rs_big_from_i128 (rs_interp_small_int (v));
}

RsBig
rs_interp_int_to_big (RsInterp *self,
                      RsValue   v)
{
  return to_big (self, v);
}

RsValue
rs_interp_int_literal (RsInterp   *self,
                       const char *digits)
{
  guint base = 10;

  if (digits[0] == '0' && digits[1] != '\0')
    {
      base = digits[1] == 'x' ? 16 : digits[1] == 'o' ? 8 : 2;
      digits += 2;
    }
  RsBig b = rs_big_from_digits (digits, strlen (digits), base, FALSE);
  return rs_interp_big_value (self, &b);
}

gboolean
rs_interp_int_to_int64 (RsInterp *self,
                        RsValue   v,
                        gint64   *out)
{
  gsize len;

  if (RS_VALUE_TAG (v) != RS_TAG_BIGINT)
    {
      *out = rs_interp_small_int (v);
      return TRUE;
    }
  /* a sign and at most two limbs, without copying a huge one */
  rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (v), &len);
  if (len > 1 + 2 * sizeof (guint32))
    return FALSE;
  g_auto(RsBig) b = to_big (self, v);
  return rs_big_to_int64 (&b, out);
}

char *
rs_interp_int_text (RsInterp *self,
                    RsValue   v)
{
  if (RS_VALUE_TAG (v) != RS_TAG_BIGINT)
    return g_strdup_printf ("%" G_GINT64_FORMAT, rs_interp_small_int (v));
  g_auto(RsBig) b = to_big (self, v);
  /* 2^14300 has 4305 digits: past that CPython refuses before converting */
  if (rs_big_bit_length (&b) > 14300)
    return NULL;
  char *text = rs_big_to_text (&b);
  if (strlen (text) - b.neg > RS_BIG_MAX_STR_DIGITS)
    g_clear_pointer (&text, g_free);
  return text;
}

gboolean
rs_interp_get_index (RsInterp *self,
                     RsValue   v,
                     gint64   *i)
{
  if (RS_VALUE_TAG (v) == RS_TAG_INT || v == RS_VALUE_TRUE || v == RS_VALUE_FALSE)
    {
      *i = rs_interp_small_int (v);
      return TRUE;
    }
  if (RS_VALUE_TAG (v) == RS_TAG_BIGINT)
    {
      /* beyond any list: a huge index is simply out of range */
      *i = rs_big_atom_negative (self->atoms, RS_VALUE_PAYLOAD (v)) ? G_MININT64 / 2 : G_MAXINT64 / 2;
      return TRUE;
    }
  return FALSE;
}

RsValue
rs_interp_make_str (RsInterp   *self,
                    const char *s,
                    gssize      len)
{
  return RS_VALUE_MAKE (RS_TAG_STR, rs_atoms_intern (self->atoms, s, len));
}

glong
rs_interp_str_length (const char *s,
                      gsize       len)
{
  glong n = 0;

  for (gsize i = 0; i < len; i++)
    if ((s[i] & 0xc0) != 0x80)
      n++;
  return n;
}

/* Type names, truth */

const char *
rs_interp_type_name (RsInterp *self,
                     RsValue   v)
{
  RsObj *o;

  switch (RS_VALUE_TAG (v))
    {
    case RS_TAG_INT:
    case RS_TAG_BIGINT:
      return "int";
    case RS_TAG_STR:
      return "str";
    case RS_TAG_FLOAT:
      return "float";
    case RS_TAG_SPECIAL:
      return v == RS_VALUE_NONE ? "NoneType" : v == RS_VALUE_NOT_IMPLEMENTED ? "NotImplementedType"
             : v == RS_VALUE_ELLIPSIS ? "ellipsis" : "bool";
    case RS_TAG_BUILTIN:
      if (RS_VALUE_PAYLOAD (v) >= RS_BI_MOD_GC && RS_VALUE_PAYLOAD (v) <= RS_BI_MOD_WEAKREF)
        return "module";
      if (RS_VALUE_PAYLOAD (v) >= RS_EXC_INIT_FIRST)
        return "wrapper_descriptor";
      if (RS_VALUE_PAYLOAD (v) >= RS_EXC_CLASS_FIRST)
        return "type";
      return RS_VALUE_PAYLOAD (v) == RS_BI_LIST || RS_VALUE_PAYLOAD (v) == RS_BI_DICT ||
             RS_VALUE_PAYLOAD (v) == RS_BI_TUPLE ||
             RS_VALUE_PAYLOAD (v) == RS_BI_RANGE || rs_interp_builtin_is_number_type (RS_VALUE_PAYLOAD (v))
             || rs_interp_builtin_is_class_type (RS_VALUE_PAYLOAD (v))
             ? "type" : "builtin_function_or_method";
    case RS_TAG_OBJECT:
      o = rs_heap_get_value (self->heap, v);
      if (o == NULL)
        return "object";
      switch (o->kind)
        {
        case RS_KIND_INSTANCE:
          return rs_atoms_get (self->atoms, ((RsClassData *) rs_heap_get (self->heap, o->cls)->data)->name, NULL);
        case RS_KIND_LIST: return "list";
        case RS_KIND_TUPLE: return "tuple";
        case RS_KIND_EXCEPTION:
          return rs_interp_exc_class_name (((RsExcData *) o->data)->cls);
        case RS_KIND_DICT: return "dict";
        case RS_KIND_WEAKREF:
          switch (((RsWeakData *) o->data)->flavor)
            {
            case RS_WEAK_PROXY: return "weakref.ProxyType";
            case RS_WEAK_CALLABLE_PROXY: return "weakref.CallableProxyType";
            case RS_WEAK_METHOD: return "WeakMethod";
            default: return "weakref.ReferenceType";
            }
        case RS_KIND_FINALIZER: return "finalize";
        case RS_KIND_CLASS: return "type";
        case RS_KIND_FUNCTION: return "function";
        case RS_KIND_BOUND_METHOD:
          return RS_VALUE_TAG (((RsBoundData *) o->data)->func) == RS_TAG_BUILTIN
                   ? "builtin_function_or_method" : "method";
        case RS_KIND_ITERATOR: return rs_interp_iter_type_name (self, o);
        case RS_KIND_RANGE: return "range";
        case RS_KIND_DESCRIPTOR: return rs_interp_descriptor_type_name (o->data);
        case RS_KIND_WEAKDICT: return rs_interp_weakdict_type_name (self, v);
        default: return "object";
        }
    default:
      return "object";
    }
}

gboolean
rs_interp_truthy (RsInterp *self,
                  RsValue   v)
{
  RsObj *o;

  switch (RS_VALUE_TAG (v))
    {
    case RS_TAG_INT:
      return rs_value_get_int (v) != 0;
    case RS_TAG_BIGINT:
      return TRUE;
    case RS_TAG_FLOAT:
      return rs_float_get (self->atoms, v) != 0;   /* a nan is true */
    case RS_TAG_STR:
      return RS_VALUE_STR_ATOM (v) != 0;   /* atom 0 is "" */
    case RS_TAG_SPECIAL:
      return v == RS_VALUE_TRUE || v == RS_VALUE_NOT_IMPLEMENTED || v == RS_VALUE_ELLIPSIS;
    case RS_TAG_OBJECT:
      o = rs_heap_get_value (self->heap, v);
      if (o != NULL && (o->kind == RS_KIND_LIST || o->kind == RS_KIND_TUPLE))
        return ((RsList *) o->data)->len > 0;
      if (o != NULL && o->kind == RS_KIND_DICT)
        return ((RsDict *) o->data)->used > 0;
      if (o != NULL && o->kind == RS_KIND_RANGE)
        {
          RsRangeData *r = o->data;
          return r->step > 0 ? r->start < r->stop : r->start > r->stop;
        }
      if (rs_interp_is_view (self, v))
        return rs_interp_view_length (self, o) > 0;
      if (o != NULL && o->kind == RS_KIND_WEAKDICT)
        return rs_interp_weakdict_len (self, v) > 0;
      return TRUE;
    default:
      return TRUE;
    }
}

gboolean
rs_interp_hashable (RsInterp *self,
                    RsValue   key,
                    guint     line)
{
  RsObj *o = rs_heap_get_value (self->heap, key);

  if (rs_interp_is_proxy (self, key))
    return rs_interp_raise (self, line, "TypeError", "unhashable type: '%s'", rs_interp_type_name (self, key));
  if (o != NULL && o->kind == RS_KIND_INSTANCE && rs_interp_class_hashable (self, o))
    return rs_interp_special_hash (self, key, line);
  if (o != NULL && (o->kind == RS_KIND_LIST || o->kind == RS_KIND_DICT || !rs_interp_class_hashable (self, o)))
    return rs_interp_raise (self, line, "TypeError", "unhashable type: '%s'",
                            rs_interp_type_name (self, key));
  if (o != NULL && o->kind == RS_KIND_TUPLE)
    {
      /* tuplehash: each item's hash, first to last */
      RsObjId id = o->id;
      for (guint i = 0; i < rs_heap_tuple_items (self->heap, id)->len; i++)
        if (!rs_interp_hashable (self, rs_heap_tuple_items (self->heap, id)->items[i], line))
          return FALSE;
    }
  if (o != NULL && o->kind == RS_KIND_WEAKREF)
    {
      /* a weak reference hashes as its referent, once, while it lives */
      RsWeakData *wd = o->data;
      if (wd->hash_referent == 0 && wd->referent == 0 && wd->immortal == RS_VALUE_ABSENT)
        return rs_interp_raise (self, line, "TypeError", "weak object has gone away");
      if (wd->hash_referent == 0 && wd->referent != 0)
        {
          /* weakref_hash: the referent's hash, held while its __hash__
           * runs, kept by the reference from then on */
          RsObjId ref = o->id, referent = wd->referent;
          rs_heap_incref (self->heap, RS_VALUE_OBJECT (referent));
          gboolean ok = rs_interp_hashable (self, RS_VALUE_OBJECT (referent), line);
          rs_heap_decref (self->heap, RS_VALUE_OBJECT (referent));
          if (!ok)
            return FALSE;
          wd = rs_heap_get (self->heap, ref)->data;
          wd->hash = rs_heap_value_hash (self->heap, RS_VALUE_OBJECT (referent));
          wd->hash_referent = referent;
        }
      else if (wd->hash_referent == 0)
        {
          wd->hash = rs_heap_value_hash (self->heap, wd->immortal);
          wd->hash_referent = o->id;
        }
    }
  return TRUE;
}

/* Arithmetic */

static RsValue
i128_value (RsInterp *self,
            __int128  v)
{
  if (v >= RS_VALUE_INT_MIN && v <= RS_VALUE_INT_MAX)
    return rs_value_int ((gint64) v);
  RsBig b = rs_big_from_i128 (v);
  return rs_interp_big_value (self, &b);
}

static gboolean
int_binop (RsInterp *self,
           RsBinOp   op,
           RsValue   a,
           RsValue   b,
           guint     line,
           RsValue  *out)
{
  gboolean small = RS_VALUE_TAG (a) != RS_TAG_BIGINT && RS_VALUE_TAG (b) != RS_TAG_BIGINT;

  if ((op == RS_BIN_FLOORDIV || op == RS_BIN_MOD) &&
      RS_VALUE_TAG (b) != RS_TAG_BIGINT && rs_interp_small_int (b) == 0)
    return rs_interp_raise (self, line, "ZeroDivisionError",
                            op == RS_BIN_MOD ? "integer modulo by zero" : "integer division or modulo by zero");
  if (small)
    {
      __int128 x = rs_interp_small_int (a), y = rs_interp_small_int (b), q, r;
      switch (op)
        {
        case RS_BIN_ADD: *out = i128_value (self, x + y); return TRUE;
        case RS_BIN_SUB: *out = i128_value (self, x - y); return TRUE;
        case RS_BIN_MUL: *out = i128_value (self, x * y); return TRUE;
        default:
          q = x / y;
          r = x % y;
          if (r != 0 && ((r < 0) != (y < 0)))
            {
              q--;
              r += y;
            }
          *out = i128_value (self, op == RS_BIN_FLOORDIV ? q : r);
          return TRUE;
        }
    }
  RsBig x = to_big (self, a), y = to_big (self, b), r, other;
  /* the product's limbs, and as many again for its atom */
  if (op == RS_BIN_MUL &&
      !rs_interp_reserve (self, line, (guint64) x.d->len + y.d->len, 2 * sizeof (guint32), 0))
    {
      rs_big_clear (&x);
      rs_big_clear (&y);
      return FALSE;
    }
  switch (op)
    {
    case RS_BIN_ADD: r = rs_big_add (&x, &y); break;
    case RS_BIN_SUB: r = rs_big_sub (&x, &y); break;
    case RS_BIN_MUL: r = rs_big_mul (&x, &y); break;
    case RS_BIN_FLOORDIV:
      rs_big_divmod (&x, &y, &r, &other);
      rs_big_clear (&other);
      break;
    default:
      rs_big_divmod (&x, &y, &other, &r);
      rs_big_clear (&other);
      break;
    }
  rs_big_clear (&x);
  rs_big_clear (&y);
  *out = rs_interp_big_value (self, &r);
  return TRUE;
}

static RsValue
new_list_of (RsInterp *self,
             RsValue  *items,
             guint     n,
             gint64    times)
{
  RsObjId l = rs_heap_new_list (self->heap);
  guint at = 0;

  if (n == 0)
    times = 0;
  for (gint64 t = 0; t < times; t++)
    for (guint i = 0; i < n; i++)
      {
        RsValue v = ((RsList *) rs_heap_get_value (self->heap, items[0])->data)->items[i];
        rs_heap_incref (self->heap, v);
        rs_heap_list_insert (self->heap, l, at++, v);
      }
  return RS_VALUE_OBJECT (l);
}

gboolean
rs_interp_repeat_count (RsInterp *self,
                        RsValue   n,
                        gint64   *times)
{
  if (!rs_interp_is_int (n))
    return FALSE;
  if (RS_VALUE_TAG (n) != RS_TAG_BIGINT)
    {
      *times = rs_interp_small_int (n);
      return TRUE;
    }

  return rs_interp_int_to_int64 (self, n, times);
}

/* TRUE when it applies; *out ABSENT when it raised (the budget) */
static gboolean
seq_binop (RsInterp *self,
           RsBinOp   op,
           RsValue   a,
           RsValue   b,
           guint     line,
           RsValue  *out)
{
  RsObj *x = rs_heap_get_value (self->heap, a), *y = rs_heap_get_value (self->heap, b);
  gboolean la = x != NULL && x->kind == RS_KIND_LIST, lb = y != NULL && y->kind == RS_KIND_LIST;
  gboolean sa = RS_VALUE_TAG (a) == RS_TAG_STR, sb = RS_VALUE_TAG (b) == RS_TAG_STR;

  if (op == RS_BIN_ADD && la && lb)
    {
      *out = RS_VALUE_ABSENT;
      if (!rs_interp_reserve_items (self, line, ((RsList *) x->data)->len, ((RsList *) y->data)->len))
        return TRUE;
      RsObjId l = rs_heap_new_list (self->heap);
      guint at = 0;
      for (guint k = 0; k < 2; k++)
        {
          RsList *src = rs_heap_get_value (self->heap, k == 0 ? a : b)->data;
          guint n = src->len;
          for (guint i = 0; i < n; i++)
            {
              RsValue v = ((RsList *) rs_heap_get_value (self->heap, k == 0 ? a : b)->data)->items[i];
              rs_heap_incref (self->heap, v);
              rs_heap_list_insert (self->heap, l, at++, v);
            }
        }
      *out = RS_VALUE_OBJECT (l);
      return TRUE;
    }
  if (op == RS_BIN_ADD && sa && sb)
    {
      gsize n1, n2;
      const char *s1 = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (a), &n1);
      const char *s2 = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (b), &n2);
      /* PyUnicode_Concat: an empty side gives the other one as it is */
      if (n1 == 0 || n2 == 0)
        {
          *out = n1 == 0 ? b : a;
          return TRUE;
        }
      /* the text is built, then interned: twice its size for a moment */
      *out = RS_VALUE_ABSENT;
      if (!rs_interp_reserve (self, line, (guint64) n1 + n2, 2, 0))
        return TRUE;
      GString *s = g_string_new_len (s1, n1);
      g_string_append_len (s, s2, n2);
      *out = rs_interp_new_str (self, s->str, s->len);
      g_string_free (s, TRUE);
      return TRUE;
    }
  gint64 times;
  if (op == RS_BIN_MUL && (la || sa) && rs_interp_repeat_count (self, b, &times))
    {
      times = MAX (0, times);
      *out = RS_VALUE_ABSENT;
      if (la)
        {
          guint64 len = ((RsList *) x->data)->len;
          if (len > 0 && !rs_interp_reserve (self, line, (guint64) times,
                                             len * sizeof (RsValue), 1))
            return TRUE;
          *out = new_list_of (self, &a, len, times);
          return TRUE;
        }
      gsize n;
      const char *s1 = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (a), &n);
      /* unicode_repeat counts characters */
      if (n > 0 && times > 0 && (guint64) g_utf8_strlen (s1, n) > G_MAXINT64 / (guint64) times)
        {
          rs_interp_raise (self, line, "OverflowError", "repeated string is too long");
          return TRUE;
        }
      if (n > 0 && !rs_interp_reserve (self, line, (guint64) times, 2 * n, 0))
        return TRUE;
      if (n == 0)
        times = 0;
      if (times == 1)
        {
          *out = a;   /* unicode_repeat */
          return TRUE;
        }
      GString *s = g_string_sized_new (n * times);
      for (gint64 t = 0; t < times; t++)
        g_string_append_len (s, s1, n);
      *out = rs_interp_new_str (self, s->str, s->len);
      g_string_free (s, TRUE);
      return TRUE;
    }
  if (op == RS_BIN_MUL && (lb || sb) && rs_interp_is_int (a))
    return seq_binop (self, op, b, a, line, out);
  return FALSE;
}

static gboolean
is_list (RsInterp *self,
         RsValue   v)
{
  RsObj *o = rs_heap_get_value (self->heap, v);
  return o != NULL && o->kind == RS_KIND_LIST;
}

gboolean
rs_interp_binop (RsInterp *self,
                 RsBinOp   op,
                 RsValue   a,
                 RsValue   b,
                 guint     line,
                 RsValue  *out)
{
  static const char *symbols[] = { "+", "-", "*", "//", "%", "/", "** or pow()", "<<", ">>", "&", "^", "|" };

  if (rs_interp_is_proxy (self, a) || rs_interp_is_proxy (self, b))
    {
      /* WRAP_BINARY: both referents, held for the time of the operation */
      RsValue x = a, y = b;
      if (!rs_interp_unwrap_proxy (self, &x, line) || !rs_interp_unwrap_proxy (self, &y, line))
        return FALSE;
      rs_heap_incref (self->heap, x);
      rs_heap_incref (self->heap, y);
      gboolean ok = rs_interp_binop (self, op, x, y, line, out);
      rs_heap_decref (self->heap, y);
      rs_heap_decref (self->heap, x);
      return ok;
    }
  /* str % x formats whatever x is */
  if ((rs_interp_is_instance (self, a) || rs_interp_is_instance (self, b)) &&
      !(op == RS_BIN_MOD && RS_VALUE_TAG (a) == RS_TAG_STR))
    {
      if (!rs_interp_special_binop (self, op, a, b, line, out))
        return FALSE;
      if (*out != RS_VALUE_NOT_IMPLEMENTED)
        return TRUE;
      /* sequence repeat takes the other operand's __index__ */
      RsValue n;
      gboolean seq_a = is_list (self, a) || RS_VALUE_TAG (a) == RS_TAG_STR || rs_interp_is_tuple (self, a);
      gboolean seq_b = is_list (self, b) || RS_VALUE_TAG (b) == RS_TAG_STR || rs_interp_is_tuple (self, b);
      if (op == RS_BIN_MUL && (seq_a || seq_b) && rs_interp_has_special (self, seq_a ? b : a, "__index__"))
        return rs_interp_special_index (self, seq_a ? b : a, line, &n) &&
               rs_interp_binop (self, op, seq_a ? a : n, seq_a ? n : b, line, out);
    }

  if (rs_interp_is_int (a) && rs_interp_is_int (b) && op != RS_BIN_DIV)
    {
      /* a negative exponent makes a float: pow() of ints does it */
      if (op == RS_BIN_POW && int_negative (self, b))
        return rs_interp_power (self, a, b, line, out);
      return op >= RS_BIN_POW ? rs_interp_int_op (self, op, a, b, line, out)
                              : int_binop (self, op, a, b, line, out);
    }
  if (rs_interp_is_number (a) && rs_interp_is_number (b))
    {
      if (op == RS_BIN_POW)
        return rs_interp_power (self, a, b, line, out);
      if (op <= RS_BIN_DIV)
        return rs_interp_float_binop (self, op, a, b, line, out);
    }
  RsObj *x = rs_heap_get_value (self->heap, a), *y = rs_heap_get_value (self->heap, b);
  if (op == RS_BIN_OR && x != NULL && y != NULL && x->kind == RS_KIND_DICT && y->kind == RS_KIND_DICT)
    return rs_interp_dict_or (self, a, b, line, out);
  if (rs_interp_weakset_binop (self, op, a, b, FALSE, line, out)
      || rs_interp_weakdict_or (self, op, a, b, FALSE, line, out))
    return *out != RS_VALUE_ABSENT;
  if (seq_binop (self, op, a, b, line, out) || rs_interp_tuple_binop (self, op, a, b, line, out))
    return *out != RS_VALUE_ABSENT;
  if (op == RS_BIN_MOD && RS_VALUE_TAG (a) == RS_TAG_STR)
    return rs_interp_str_format (self, a, b, line, out);
  gboolean seq_a = is_list (self, a) || RS_VALUE_TAG (a) == RS_TAG_STR || rs_interp_is_tuple (self, a);
  gboolean seq_b = is_list (self, b) || RS_VALUE_TAG (b) == RS_TAG_STR || rs_interp_is_tuple (self, b);
  if (op == RS_BIN_MUL && ((seq_a && RS_VALUE_TAG (b) == RS_TAG_BIGINT) ||
                           (seq_b && RS_VALUE_TAG (a) == RS_TAG_BIGINT)))
    return big_repeat (self, seq_a ? a : b, seq_a ? b : a, line, out);
  if (op == RS_BIN_ADD && (rs_interp_is_tuple (self, a) || is_list (self, a) || RS_VALUE_TAG (a) == RS_TAG_STR))
    return rs_interp_raise (self, line, "TypeError", "can only concatenate %s (not \"%s\") to %s",
                            rs_interp_type_name (self, a), rs_interp_type_name (self, b),
                            rs_interp_type_name (self, a));
  if (op == RS_BIN_MUL && (seq_a || seq_b))
    return rs_interp_raise (self, line, "TypeError", "can't multiply sequence by non-int of type '%s'",
                            rs_interp_type_name (self, seq_a ? b : a));
  return rs_interp_raise (self, line, "TypeError",
                          "unsupported operand type(s) for %s: '%s' and '%s'",
                          symbols[op], rs_interp_type_name (self, a), rs_interp_type_name (self, b));
}

/* A sequence times an int past the model's small ints: one that fits a
 * Py_ssize_t asks for more memory than there is (an empty sequence, or
 * a count below 1, makes an empty one), a bigger one does not fit */
static gboolean
big_repeat (RsInterp *self,
            RsValue   seq,
            RsValue   count,
            guint     line,
            RsValue  *out)
{
  gint64 n;
  gsize len = 0;

  if (!rs_interp_int_to_int64 (self, count, &n))
    return rs_interp_raise (self, line, "OverflowError", "cannot fit 'int' into an index-sized integer");
  if (RS_VALUE_TAG (seq) == RS_TAG_STR)
    {
      const char *s = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (seq), &len);
      len = rs_interp_str_length (s, len);
    }
  else
    len = ((RsList *) rs_heap_get_value (self->heap, seq)->data)->len;
  if (n <= 0 || len == 0)
    return rs_interp_binop (self, RS_BIN_MUL, seq, rs_value_int (0), line, out);
  if (RS_VALUE_TAG (seq) == RS_TAG_STR && len > (gsize) (G_MAXINT64 / n))
    return rs_interp_raise (self, line, "OverflowError", "repeated string is too long");
  return rs_interp_raise (self, line, "MemoryError", "%s", "");
}

gboolean
rs_interp_negate (RsInterp *self,
                  RsValue   v,
                  guint     line,
                  RsValue  *out)
{
  if (rs_interp_is_proxy (self, v))
    return rs_interp_proxy_unary (self, v, rs_interp_negate, line, out);
  if (rs_interp_is_instance (self, v))
    return rs_interp_special_unary (self, v, "__neg__", "unary -", line, out);
  if (RS_VALUE_TAG (v) == RS_TAG_FLOAT)
    {
      *out = rs_interp_make_float (self, -rs_float_get (self->atoms, v));
      return TRUE;
    }
  if (!rs_interp_is_int (v))
    return rs_interp_raise (self, line, "TypeError", "bad operand type for unary -: '%s'",
                            rs_interp_type_name (self, v));
  return int_binop (self, RS_BIN_SUB, rs_value_int (0), v, line, out);
}

gboolean
rs_interp_positive (RsInterp *self,
                    RsValue   v,
                    guint     line,
                    RsValue  *out)
{
  if (rs_interp_is_proxy (self, v))
    return rs_interp_proxy_unary (self, v, rs_interp_positive, line, out);
  if (rs_interp_is_instance (self, v))
    return rs_interp_special_unary (self, v, "__pos__", "unary +", line, out);
  if (!rs_interp_is_number (v))
    return rs_interp_raise (self, line, "TypeError", "bad operand type for unary +: '%s'",
                            rs_interp_type_name (self, v));
  *out = v == RS_VALUE_TRUE || v == RS_VALUE_FALSE ? rs_value_int (v == RS_VALUE_TRUE) : v;
  return TRUE;
}
