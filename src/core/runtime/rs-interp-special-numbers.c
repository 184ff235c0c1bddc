/* rs-interp-special-numbers.c: the number operators and conversions of script instances
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * binary_op1 over SLOT1BINFULL (__op__, __rop__), __iop__, the unary
 * slots, and what int(), float(), PyNumber_Index and %-formatting take
 * from an instance.
 */
#include "rs-interp-private.h"

#include <string.h>

/* Arithmetic: binary_op1 over SLOT1BINFULL, binary_iop1, the unary slots */

static const char *const binop_names[] = {
  [RS_BIN_ADD] = "add", [RS_BIN_SUB] = "sub", [RS_BIN_MUL] = "mul",
  [RS_BIN_FLOORDIV] = "floordiv", [RS_BIN_MOD] = "mod", [RS_BIN_DIV] = "truediv",
  [RS_BIN_POW] = "pow", [RS_BIN_LSHIFT] = "lshift", [RS_BIN_RSHIFT] = "rshift",
  [RS_BIN_AND] = "and", [RS_BIN_XOR] = "xor", [RS_BIN_OR] = "or",
};

/* The method of one side: NotImplemented when its class lacks it */
static gboolean
call_or_not_implemented (RsInterp   *self,
                         RsValue     v,
                         const char *name,
                         RsValue     w,
                         guint       line,
                         RsValue    *out)
{
  switch (rs_interp_call_special (self, v, name, &w, 1, line, out))
    {
    case RS_SPECIAL_ABSENT:
      *out = RS_VALUE_NOT_IMPLEMENTED;
      return TRUE;
    case RS_SPECIAL_OK:
      return TRUE;
    default:
      return FALSE;
    }
}

/* A script class has the number slot when it defines __op__ or __rop__ */
static gboolean
has_slot (RsInterp   *self,
          RsValue     v,
          const char *name,
          const char *rname)
{
  return rs_interp_has_special (self, v, name) || rs_interp_has_special (self, v, rname);
}

/* method_is_overloaded: type(@w)'s @rname is not type(@v)'s */
static gboolean
overloaded (RsInterp   *self,
            RsValue     v,
            RsValue     w,
            const char *rname)
{
  guint32 atom = rs_interp_atom (self, g_intern_string (rname));
  RsValue a, b;

  if (!rs_heap_class_lookup (self->heap, rs_interp_instance_class (self, w), atom, &b))
    return FALSE;
  return !rs_heap_class_lookup (self->heap, rs_interp_instance_class (self, v), atom, &a) || a != b;
}

gboolean
rs_interp_special_binop (RsInterp *self,
                         RsBinOp   op,
                         RsValue   v,
                         RsValue   w,
                         guint     line,
                         RsValue  *out)
{
  g_autofree char *name = g_strdup_printf ("__%s__", binop_names[op]);
  g_autofree char *rname = g_strdup_printf ("__r%s__", binop_names[op]);
  RsObjId cv = rs_interp_instance_class (self, v), cw = rs_interp_instance_class (self, w);
  gboolean do_other = cv != cw && has_slot (self, w, name, rname);

  if (has_slot (self, v, name, rname))
    {
      if (do_other && rs_interp_is_subclass (self, cw, cv) && overloaded (self, v, w, rname))
        {
          if (!call_or_not_implemented (self, w, rname, v, line, out))
            return FALSE;
          if (*out != RS_VALUE_NOT_IMPLEMENTED)
            return TRUE;
          do_other = FALSE;
        }
      if (!call_or_not_implemented (self, v, name, w, line, out))
        return FALSE;
      if (*out != RS_VALUE_NOT_IMPLEMENTED || cv == cw)
        return TRUE;
    }
  if (do_other)
    return call_or_not_implemented (self, w, rname, v, line, out);
  *out = RS_VALUE_NOT_IMPLEMENTED;
  return TRUE;
}

gboolean
rs_interp_special_inplace (RsInterp *self,
                           RsBinOp   op,
                           RsValue   v,
                           RsValue   w,
                           guint     line,
                           RsValue  *out)
{
  g_autofree char *name = g_strdup_printf ("__i%s__", binop_names[op]);

  if (!call_or_not_implemented (self, v, name, w, line, out))
    return FALSE;
  if (*out != RS_VALUE_NOT_IMPLEMENTED)
    return TRUE;
  return rs_interp_binop (self, op, v, w, line, out);
}

gboolean
rs_interp_special_unary (RsInterp   *self,
                         RsValue     v,
                         const char *name,
                         const char *what,
                         guint       line,
                         RsValue    *out)
{
  switch (rs_interp_call_special (self, v, name, NULL, 0, line, out))
    {
    case RS_SPECIAL_OK:
      return TRUE;
    case RS_SPECIAL_RAISED:
      return FALSE;
    default:
      return rs_interp_raise (self, line, "TypeError", "bad operand type for %s: '%s'",
                              what, rs_interp_type_name (self, v));
    }
}

/* Conversions: int(), float(), PyNumber_Index and %-formatting */

/* int(@v) or float(@v) of an instance (@to_float): __int__ or __float__,
 * whose result must be an int or a float (a bool becomes its int) */
gboolean
rs_interp_special_number (RsInterp *self,
                          RsValue   v,
                          gboolean  to_float,
                          guint     line,
                          RsValue  *out)
{
  const char *name = to_float ? "__float__" : "__int__";

  switch (rs_interp_call_special (self, v, name, NULL, 0, line, out))
    {
    case RS_SPECIAL_RAISED:
      return FALSE;
    case RS_SPECIAL_ABSENT:
      if (rs_interp_has_special (self, v, "__index__"))
        {
          double d;
          if (!rs_interp_special_index (self, v, line, out))
            return FALSE;
          if (!to_float)
            return TRUE;
          if (!rs_interp_to_double (self, *out, line, &d))
            return FALSE;
          *out = rs_interp_make_float (self, d);
          return TRUE;
        }
      return rs_interp_raise (self, line, "TypeError", to_float
                              ? "float() argument must be a string or a real number, not '%s'"
                              : "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                              rs_interp_type_name (self, v));
    default:
      break;
    }
  if (to_float ? RS_VALUE_TAG (*out) == RS_TAG_FLOAT : rs_interp_is_int (*out))
    {
      if (*out == RS_VALUE_TRUE || *out == RS_VALUE_FALSE)
        *out = rs_value_int (*out == RS_VALUE_TRUE);
      return TRUE;
    }
  if (to_float)
    rs_interp_raise (self, line, "TypeError", "%s.__float__ returned non-float (type %s)",
                     rs_interp_type_name (self, v), rs_interp_type_name (self, *out));
  else
    rs_interp_raise (self, line, "TypeError", "__int__ returned non-int (type %s)",
                     rs_interp_type_name (self, *out));
  rs_heap_decref (self->heap, *out);
  return FALSE;
}

/* proxy_index: PyNumber_Index of the referent, held meanwhile, which
 * raises when it has no __index__ */
static gboolean
referent_index (RsInterp *self,
                RsValue   v,
                guint     line,
                RsValue  *out)
{
  if (!rs_interp_special_index (self, v, line, out))
    return FALSE;
  return rs_interp_is_int (*out) ||
         rs_interp_raise (self, line, "TypeError", "'%s' object cannot be interpreted as an integer",
                          rs_interp_type_name (self, v));
}

/* PyNumber_Index for an instance: what its __index__ returns (a bool
 * becomes its int); @v itself when it is no instance or has none; a
 * proxy's referent's */
gboolean
rs_interp_special_index (RsInterp *self,
                         RsValue   v,
                         guint     line,
                         RsValue  *out)
{
  if (rs_interp_is_proxy (self, v))
    return rs_interp_proxy_unary (self, v, referent_index, line, out);
  *out = v;
  switch (rs_interp_call_special (self, v, "__index__", NULL, 0, line, out))
    {
    case RS_SPECIAL_ABSENT:
      *out = v;
      return TRUE;
    case RS_SPECIAL_RAISED:
      return FALSE;
    default:
      break;
    }
  if (rs_interp_is_int (*out))
    {
      if (*out == RS_VALUE_TRUE || *out == RS_VALUE_FALSE)
        *out = rs_value_int (*out == RS_VALUE_TRUE);
      return TRUE;
    }
  rs_interp_raise (self, line, "TypeError", "__index__ returned non-int (type %s)",
                   rs_interp_type_name (self, *out));
  rs_heap_decref (self->heap, *out);
  return FALSE;
}

/* The number a %-conversion of an instance formats: %d %i %u take
 * __int__ (PyNumber_Long), %x %X %o %c __index__, the float ones
 * __float__; @v itself when the class has none of them (the conversion
 * then raises its own TypeError) */
gboolean
rs_interp_special_percent (RsInterp *self,
                           char      conv,
                           RsValue   v,
                           guint     line,
                           RsValue  *out)
{
  gboolean by_index = strchr ("xXoc", conv) != NULL, to_float = strchr ("eEfFgG", conv) != NULL;

  *out = v;
  if (by_index)
    return rs_interp_special_index (self, v, line, out);
  if (rs_interp_has_special (self, v, to_float ? "__float__" : "__int__") ||
      rs_interp_has_special (self, v, "__index__"))
    return rs_interp_special_number (self, v, to_float, line, out);
  return TRUE;
}
