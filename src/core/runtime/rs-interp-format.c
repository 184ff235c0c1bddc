/* rs-interp-format.c: str(), repr() and ascii() of values
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text is CPython 3.11's byte for byte, failures included: a
 * container nested past the recursion limit, an int of too many digits,
 * a lone surrogate printed to a strict UTF-8 stdout.
 */
#include "rs-interp-private.h"
#include "rs-interp-weakdict.h"
#include "rs-float.h"

#include <string.h>

/* str() and repr() */

static void format_value (RsInterp *self, RsValue v, gboolean repr, GString *out, GArray *seen);
static void format_exception (RsInterp *self, RsValue v, gboolean repr, GString *out, GArray *seen);

/* format_error when a script __repr__ or __str__ raised: nothing to add */
static const char format_raised[] = "raised";
/* format_error of an int past CPython's limit on decimal text */
static const char format_int_limit[] = "ValueError";

static gboolean
enter_container (GArray  *seen,
                 RsObjId  id)
{
  /* CPython's repr recursion check: the frames count too */
  if (seen->len + 1 >= 1000)
    return FALSE;
  for (guint i = 0; i < seen->len; i++)
    if (g_array_index (seen, RsObjId, i) == id)
      return FALSE;
  g_array_append_val (seen, id);
  return TRUE;
}

/* Recursion levels CPython's repr() of an item takes (PyObject_Repr
 * enters one; the oracle's instances repr in Python code, which calls
 * more of it, four more: measured with the deepest list that prints; range
 * formats its ints with %R, one more; a bound method reprs its self);
 * containers count as they are entered. */
static guint
item_repr_levels (RsInterp *self,
                  RsValue   v)
{
  RsObj *o = rs_heap_get_value (self->heap, v);

  if (o == NULL)
    return 1;
  switch (o->kind)
    {
    case RS_KIND_LIST:
    case RS_KIND_TUPLE:
    case RS_KIND_DICT:
      return 0;
    case RS_KIND_INSTANCE:
      return 5;
    case RS_KIND_RANGE:
      return 2;
    case RS_KIND_BOUND_METHOD:
      return 1 + item_repr_levels (self, ((RsBoundData *) o->data)->self);
    default:
      return 1;
    }
}

static void
format_item (RsInterp *self,
             RsValue   v,
             GString  *out,
             GArray   *seen)
{
  if (self->format_error != NULL)
    return;   /* CPython's repr stops at the first failure */
  if (seen->len + item_repr_levels (self, v) >= 1000)
    self->format_error = "RecursionError";
  else
    format_value (self, v, TRUE, out, seen);
}

/* CPython's weakref repr: the referent's type, its address and its
 * __name__ if it has one (functions, classes, builtins) */
static void
format_weakref (RsInterp *self,
                RsObj    *o,
                GString  *out)
{
  RsWeakData *wd = o->data;
  RsValue referent = wd->referent != 0 ? RS_VALUE_OBJECT (wd->referent) : wd->immortal;
  RsObj *r = rs_heap_get_value (self->heap, referent);
  const char *name = NULL;

  g_string_append_printf (out, "<weakref at 0x%" G_GINT64_MODIFIER "x; ",
                          rs_interp_address (self, RS_VALUE_OBJECT (o->id)));
  if (referent == RS_VALUE_ABSENT)
    {
      g_string_append (out, "dead>");
      return;
    }
  if (RS_VALUE_TAG (referent) == RS_TAG_BUILTIN)
    name = rs_value_builtin_str (RS_VALUE_PAYLOAD (referent));
  else if (r->kind == RS_KIND_FUNCTION)
    name = rs_atoms_get (self->atoms, ((RsFunctionData *) r->data)->name, NULL);
  else if (r->kind == RS_KIND_CLASS)
    name = rs_atoms_get (self->atoms, ((RsClassData *) r->data)->name, NULL);
  g_string_append_printf (out, "to '%s' at 0x%" G_GINT64_MODIFIER "x",
                          rs_interp_type_name (self, referent), rs_interp_address (self, referent));
  if (name != NULL)
    g_string_append_printf (out, " (%s)", name);
  g_string_append_c (out, '>');
}

/* proxy_repr names the referent's type (NoneType once dead) and both
 * addresses, which the comparison hides; proxy_str is the referent's
 * str(), with the referent held while it runs */
static void
format_proxy (RsInterp *self,
              RsObj    *o,
              gboolean  repr,
              GString  *out,
              GArray   *seen)
{
  RsWeakData *wd = o->data;
  guint64 address = rs_interp_address (self, RS_VALUE_OBJECT (o->id));

  if (repr)
    {
      g_string_append_printf (out, "<weakproxy at 0x%" G_GINT64_MODIFIER "x to %s at 0x%" G_GINT64_MODIFIER "x>",
                              address, wd->referent != 0
                              ? rs_interp_type_base_name (self, RS_VALUE_OBJECT (wd->referent)) : "NoneType",
                              address);
      return;
    }
  if (wd->referent == 0)
    {
      self->format_error = "ReferenceError";
      return;
    }
  RsValue referent = RS_VALUE_OBJECT (wd->referent);
  rs_heap_incref (self->heap, referent);
  format_value (self, referent, FALSE, out, seen);
  rs_heap_decref (self->heap, referent);
}

/* tuplerepr: "(a,)" for one item; a tuple met again inside itself (through
 * a list) is "(...)" */
static void
format_tuple (RsInterp *self,
              RsObjId   id,
              GString  *out,
              GArray   *seen)
{
  guint n = rs_heap_tuple_items (self->heap, id)->len;

  if (n == 0)
    {
      g_string_append (out, "()");
      return;
    }
  if (!enter_container (seen, id))
    {
      if (seen->len + 1 >= 1000)
        self->format_error = "RecursionError";
      g_string_append (out, "(...)");
      return;
    }
  g_string_append_c (out, '(');
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      format_item (self, rs_heap_tuple_items (self->heap, id)->items[i], out, seen);
    }
  g_string_append (out, n == 1 ? ",)" : ")");
  g_array_set_size (seen, seen->len - 1);
}

/* dict_keys(['a']), dict_values([1]), dict_items([('a', 1)]) */
static void
format_view (RsInterp *self,
             RsObj    *o,
             GString  *out,
             GArray   *seen)
{
  RsIterData *it = o->data;
  RsObjId dict = it->seq;
  gboolean first = TRUE;

  g_string_append_printf (out, "%s([", rs_interp_type_name (self, RS_VALUE_OBJECT (o->id)));
  for (guint i = 0; i < ((RsDict *) rs_heap_get (self->heap, dict)->data)->len; i++)
    {
      RsDictEntry e = ((RsDict *) rs_heap_get (self->heap, dict)->data)->entries[i];
      if (e.key == RS_VALUE_ABSENT)
        continue;
      g_string_append (out, first ? "" : ", ");
      first = FALSE;
      if (it->what == RS_ITER_ITEMS)
        g_string_append_c (out, '(');
      format_item (self, it->what == RS_ITER_VALUES ? e.value : e.key, out, seen);
      if (it->what == RS_ITER_ITEMS)
        {
          g_string_append (out, ", ");
          format_item (self, e.value, out, seen);
          g_string_append_c (out, ')');
        }
    }
  g_string_append (out, "])");
}

static void
format_object (RsInterp *self,
               RsObj    *o,
               gboolean  repr,
               GString  *out,
               GArray   *seen)
{
  switch (o->kind)
    {
    case RS_KIND_INSTANCE:
      {
        gboolean found = FALSE;
        if (!self->format_plain && !rs_interp_special_text (self, RS_VALUE_OBJECT (o->id), repr, out, &found))
          self->format_error = format_raised;
        if (found)
          break;
      }
      g_string_append_printf (out, "<__main__.%s object at 0x%" G_GINT64_MODIFIER "x>",
                              rs_interp_type_name (self, RS_VALUE_OBJECT (o->id)),
                              rs_value_traced_id (o->trace_no));
      break;
    case RS_KIND_LIST:
      {
        RsObjId id = o->id;
        if (!enter_container (seen, id))
          {
            if (seen->len + 1 >= 1000)
              self->format_error = "RecursionError";
            g_string_append (out, "[...]");
            break;
          }
        g_string_append_c (out, '[');
        for (guint i = 0; i < ((RsList *) rs_heap_get (self->heap, id)->data)->len; i++)
          {
            if (i > 0)
              g_string_append (out, ", ");
            format_item (self, ((RsList *) rs_heap_get (self->heap, id)->data)->items[i], out, seen);
          }
        g_string_append_c (out, ']');
        g_array_set_size (seen, seen->len - 1);
      }
      break;
    case RS_KIND_TUPLE:
      format_tuple (self, o->id, out, seen);
      break;
    case RS_KIND_DICT:
      {
        RsObjId id = o->id;
        RsDict *d = o->data;
        gboolean first = TRUE;
        if (!enter_container (seen, id))
          {
            if (seen->len + 1 >= 1000)
              self->format_error = "RecursionError";
            g_string_append (out, "{...}");
            break;
          }
        g_string_append_c (out, '{');
        for (guint i = 0; i < d->len; i++)
          {
            if (d->entries[i].key == RS_VALUE_ABSENT)
              continue;
            if (!first)
              g_string_append (out, ", ");
            first = FALSE;
            /* dict_repr holds the pair while their reprs run */
            RsValue key = d->entries[i].key, value = d->entries[i].value;
            gboolean hold = !self->format_plain && (rs_interp_text_runs_code (self, key) ||
                                                    rs_interp_text_runs_code (self, value));
            if (hold)
              {
                rs_heap_incref (self->heap, key);
                rs_heap_incref (self->heap, value);
              }
            format_item (self, key, out, seen);
            g_string_append (out, ": ");
            format_item (self, value, out, seen);
            if (hold)
              {
                rs_heap_decref (self->heap, key);
                rs_heap_decref (self->heap, value);
              }
            d = rs_heap_get (self->heap, id)->data;
          }
        g_string_append_c (out, '}');
        g_array_set_size (seen, seen->len - 1);
      }
      break;
    case RS_KIND_CLASS:
      g_string_append_printf (out, "<class '__main__.%s'>",
                              rs_atoms_get (self->atoms, ((RsClassData *) o->data)->name, NULL));
      break;
    case RS_KIND_FUNCTION:
      g_string_append_printf (out, "<function %s at 0x%" G_GINT64_MODIFIER "x>",
                              rs_atoms_get (self->atoms, ((RsFunctionData *) o->data)->qualname, NULL),
                              rs_interp_address (self, RS_VALUE_OBJECT (o->id)));
      break;
    case RS_KIND_BOUND_METHOD:
      {
        RsBoundData *bd = o->data;
        RsObj *f = rs_heap_get_value (self->heap, bd->func);
        if (f != NULL)
          g_string_append_printf (out, "<bound method %s of ",
                                  rs_atoms_get (self->atoms, ((RsFunctionData *) f->data)->qualname, NULL));
        else if (bd->func == RS_VALUE_BUILTIN (RS_BI_OBJECT_INIT) || rs_interp_is_object_method (bd->func))
          /* the instance at its real address, which the oracle leaves as it is */
          g_string_append_printf (out, "<method-wrapper '%s' of %s object at 0x%" G_GINT64_MODIFIER "x",
                                  rs_value_builtin_str (RS_VALUE_PAYLOAD (bd->func)),
                                  rs_interp_type_name (self, bd->self),
                                  rs_interp_address (self, RS_VALUE_OBJECT (o->id)));
        else  /* the oracle's lists are not CPython's: no traced address here */
          g_string_append_printf (out, "<built-in method %s of %s object at 0x%" G_GINT64_MODIFIER "x",
                                  rs_value_builtin_str (RS_VALUE_PAYLOAD (bd->func)),
                                  rs_interp_type_name (self, bd->self),
                                  rs_interp_address (self, RS_VALUE_OBJECT (o->id)));
        if (f != NULL)
          format_value (self, bd->self, TRUE, out, seen);
        g_string_append_c (out, '>');
      }
      break;
    case RS_KIND_WEAKREF:
      if (rs_interp_is_proxy (self, RS_VALUE_OBJECT (o->id)))
        format_proxy (self, o, repr, out, seen);
      else
        format_weakref (self, o, out);
      break;
    case RS_KIND_FINALIZER:
      rs_interp_format_finalizer (self, RS_VALUE_OBJECT (o->id), out);
      break;
    case RS_KIND_WEAKDICT:
      if (!rs_interp_weakdict_repr (self, RS_VALUE_OBJECT (o->id), 0, out))
        self->format_error = format_raised;
      break;
    case RS_KIND_DESCRIPTOR:
      {
        RsDescrData *dd = o->data;
        if (dd->kind == RS_DESCR_PROPERTY)
          g_string_append_printf (out, "<property object at 0x%" G_GINT64_MODIFIER "x>",
                                  rs_interp_address (self, RS_VALUE_OBJECT (o->id)));
        else
          {
            /* sm_repr, cm_repr: the repr of what they wrap */
            g_string_append_printf (out, "<%s(", rs_interp_descriptor_type_name (dd));
            format_value (self, dd->get, TRUE, out, seen);
            g_string_append (out, ")>");
          }
      }
      break;
    case RS_KIND_RANGE:
      {
        RsRangeData *r = o->data;
        if (r->step == 1)
          g_string_append_printf (out, "range(%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ")", r->start, r->stop);
        else
          g_string_append_printf (out, "range(%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ")",
                                  r->start, r->stop, r->step);
      }
      break;
    case RS_KIND_ITERATOR:
      if (((RsIterData *) o->data)->view)
        format_view (self, o, out, seen);
      else if (((RsIterData *) o->data)->source == RS_ITER_WEAKDICT)
        /* a generator of the weakref module: its qualname */
        g_string_append_printf (out, "<generator object %s at 0x%" G_GINT64_MODIFIER "x>",
                                rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (((RsIterData *) o->data)->str), NULL),
                                rs_interp_address (self, RS_VALUE_OBJECT (o->id)));
      else
        g_string_append_printf (out, "<%s object at 0x%" G_GINT64_MODIFIER "x>",
                                rs_interp_type_name (self, RS_VALUE_OBJECT (o->id)),
                                rs_interp_address (self, RS_VALUE_OBJECT (o->id)));
      break;
    default:
      g_string_append_printf (out, "<%s object>", rs_interp_type_name (self, RS_VALUE_OBJECT (o->id)));
      break;
    }
}

static void
format_value (RsInterp *self,
              RsValue   v,
              gboolean  repr,
              GString  *out,
              GArray   *seen)
{
  gsize len;
  const char *s;
  RsObj *o;

  switch (RS_VALUE_TAG (v))
    {
    case RS_TAG_INT:
      g_string_append_printf (out, "%" G_GINT64_FORMAT, rs_value_get_int (v));
      break;
    case RS_TAG_BIGINT:
      {
        /* CPython 3.11's limit on int to str conversion */
        g_autofree char *text = rs_interp_int_text (self, v);
        if (text == NULL)
          self->format_error = format_int_limit;
        else
          g_string_append (out, text);
      }
      break;
    case RS_TAG_STR:
      s = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (v), &len);
      if (repr)
        rs_value_repr_str (s, len, out);
      else if (rs_value_str_has_surrogate (s, len))
        self->format_error = "UnicodeEncodeError";   /* sys.stdout is strict UTF-8 */
      else
        {
          rs_interp_text_object (self, v, out);   /* PyObject_Str: the str itself */
          g_string_append_len (out, s, len);
        }
      break;
    case RS_TAG_SPECIAL:
      s = v == RS_VALUE_NONE ? "None" : v == RS_VALUE_TRUE ? "True"
          : v == RS_VALUE_FALSE ? "False" : v == RS_VALUE_ELLIPSIS ? "Ellipsis" : "NotImplemented";
      if (v == RS_VALUE_TRUE || v == RS_VALUE_FALSE)
        rs_interp_text_object (self, rs_interp_static_str (self, s), out);   /* bool_repr */
      g_string_append (out, s);
      break;
    case RS_TAG_FLOAT:   /* str() is repr() */
      rs_float_value_repr (self->atoms, v, out);
      break;
    case RS_TAG_BUILTIN:
      /* as the oracle's stand-ins print */
      if (RS_VALUE_PAYLOAD (v) >= RS_EXC_INIT_FIRST)
        g_string_append_printf (out, "<slot wrapper '__init__' of '%s' objects>",
                                rs_interp_exc_class_name (RS_VALUE_PAYLOAD (v) - RS_EXC_INIT_FIRST));
      else if (RS_VALUE_PAYLOAD (v) >= RS_EXC_CLASS_FIRST)
        g_string_append_printf (out, "<class '%s'>",
                                rs_interp_exc_class_name (RS_VALUE_PAYLOAD (v) - RS_EXC_CLASS_FIRST));
      else if (RS_VALUE_PAYLOAD (v) >= RS_BI_MOD_GC && RS_VALUE_PAYLOAD (v) <= RS_BI_MOD_WEAKREF)
        g_string_append_printf (out, "<module '%s'>", rs_value_builtin_str (RS_VALUE_PAYLOAD (v)));
      else if (RS_VALUE_PAYLOAD (v) == RS_BI_LIST || RS_VALUE_PAYLOAD (v) == RS_BI_DICT ||
               RS_VALUE_PAYLOAD (v) == RS_BI_TUPLE ||
               rs_interp_builtin_is_number_type (RS_VALUE_PAYLOAD (v)) ||
               rs_interp_builtin_is_class_type (RS_VALUE_PAYLOAD (v)))
        g_string_append_printf (out, "<class '%s'>", rs_value_builtin_str (RS_VALUE_PAYLOAD (v)));
      else if (RS_VALUE_PAYLOAD (v) == RS_BI_RANGE)
        g_string_append (out, "<class 'range'>");
      else if (RS_VALUE_PAYLOAD (v) == RS_BI_WEAKREF_REF)
        g_string_append (out, "<class 'weakref.ReferenceType'>");
      else if (RS_VALUE_PAYLOAD (v) == RS_BI_WEAKREF_PROXYTYPE || RS_VALUE_PAYLOAD (v) == RS_BI_WEAKREF_CALLABLEPROXYTYPE
               || RS_VALUE_PAYLOAD (v) == RS_BI_WEAKREF_FINALIZE || RS_VALUE_PAYLOAD (v) == RS_BI_WEAKREF_WEAKMETHOD)
        g_string_append_printf (out, "<class 'weakref.%s'>", rs_value_builtin_str (RS_VALUE_PAYLOAD (v)));
      else if (RS_VALUE_PAYLOAD (v) >= RS_BI_WEAKREF_WEAKVALUEDICT && RS_VALUE_PAYLOAD (v) <= RS_BI_WEAKREF_WEAKSET)
        g_string_append_printf (out, "<class '%s.%s'>", RS_VALUE_PAYLOAD (v) == RS_BI_WEAKREF_WEAKSET
                                ? "_weakrefset" : "weakref", rs_value_builtin_str (RS_VALUE_PAYLOAD (v)));
      else
        g_string_append_printf (out, "<built-in function %s>", rs_value_builtin_str (RS_VALUE_PAYLOAD (v)));
      break;
    case RS_TAG_OBJECT:
      o = rs_heap_get_value (self->heap, v);
      if (o != NULL && rs_heap_exception_data (self->heap, v) != NULL)
        {
          /* a script exception's own __repr__ or __str__ wins over BaseException's */
          gboolean found = FALSE;
          if (o->kind == RS_KIND_INSTANCE && !self->format_plain
              && !rs_interp_special_text (self, v, repr, out, &found))
            self->format_error = format_raised;
          if (!found)
            format_exception (self, v, repr, out, seen);
        }
      else if (o != NULL)
        format_object (self, o, repr, out, seen);
      break;
    default:
      break;
    }
}

/* BaseException_repr and BaseException_str (KeyError_str for a key) */
static void
format_exception (RsInterp  *self,
                  RsValue    v,
                  gboolean   repr,
                  GString   *out,
                  GArray    *seen)
{
  RsExcData *x = rs_heap_exception_data (self->heap, v);
  const RsList *args = rs_heap_tuple_items (self->heap, RS_VALUE_OBJECT_ID (x->args));

  if (repr)
    g_string_append (out, rs_interp_type_name (self, v));
  if (args->len == 1)
    {
      if (repr)
        g_string_append_c (out, '(');
      format_value (self, args->items[0], repr || rs_interp_exc_str_uses_repr (x), out, seen);
      if (repr)
        g_string_append_c (out, ')');
    }
  else if (repr || args->len > 1)
    format_value (self, x->args, TRUE, out, seen);
}

static gboolean
format_checked (RsInterp *self,
                RsValue   v,
                gboolean  repr,
                GString  *out)
{
  g_autoptr(GArray) seen = g_array_new (FALSE, TRUE, sizeof (RsObjId));
  self->format_error = NULL;
  g_array_set_size (seen, self->depth);   /* the running frames */
  format_value (self, v, repr, out, seen);
  return self->format_error == NULL;
}

gboolean
rs_interp_str (RsInterp *self,
               RsValue   v,
               GString  *out)
{
  return format_checked (self, v, FALSE, out);
}

void
rs_interp_repr (RsInterp *self,
                RsValue   v,
                GString  *out)
{
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (RsObjId));
  gboolean saved = self->format_plain;
  self->format_plain = TRUE;
  format_value (self, v, TRUE, out, seen);
  self->format_plain = saved;
}

gboolean
rs_interp_format_failed (RsInterp *self,
                         guint     line)
{
  if (self->format_error == format_raised)
    return FALSE;
  if (self->format_error == format_int_limit)
    return rs_interp_raise_int_text_limit (self, line);
  if (strcmp (self->format_error, "ReferenceError") == 0)
    return rs_interp_raise (self, line, "ReferenceError", "weakly-referenced object no longer exists");
  return rs_interp_raise (self, line, self->format_error, "str() of this value fails in CPython");
}

/* ascii(): the repr with every character outside ASCII escaped */
static void
escape_ascii (const char *repr,
              gsize       len,
              GString    *out)
{
  for (const char *p = repr; p < repr + len; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x80)
        g_string_append_c (out, (char) c);
      else if (c < 0x100)
        g_string_append_printf (out, "\\x%02x", c);
      else if (c < 0x10000)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_printf (out, "\\U%08x", c);
    }
}

gboolean
rs_interp_convert (RsInterp *self,
                   RsValue   v,
                   char      conversion,
                   guint     line,
                   GString  *out)
{
  g_autoptr(GString) repr = g_string_new (NULL);

  g_assert (conversion == 's' || conversion == 'r' || conversion == 'a');
  if (!format_checked (self, v, conversion != 's', conversion == 'a' ? repr : out))
    return rs_interp_format_failed (self, line);
  if (conversion == 'a')
    escape_ascii (repr->str, repr->len, out);
  return TRUE;
}
