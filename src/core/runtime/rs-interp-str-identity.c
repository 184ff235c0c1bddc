/* rs-interp-str-identity.c: which str object a computation gives, as CPython 3.11
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A str value carries the serial of its object above its atom (rs-event.h):
 * serial 0 is the object every constant and interned name of that text
 * shares (CPython's compiler merges equal constants of a module and
 * interns identifier-like ones), the empty string is always it, and a
 * computation makes a new object with the next serial unless CPython
 * hands out a shared one.  Each operation says which of these rules it
 * follows, the way its C function in Objects/unicodeobject.c does.
 */
#include "rs-interp-private.h"

/* Serial of the latin-1 singletons that are not the interned object of
 * their character (and of the runtime's other static strings): CPython 3.11 interns the deep-frozen modules' own
 * one-letter names at startup, before any script constant, so `'a'` is
 * not `chr(97)` (build-aux/str-singletons.py prints the characters). */
#define SERIAL_SINGLETON 1
#define SERIAL_FIRST     2
#define SERIAL_MAX       ((G_GUINT64_CONSTANT (1) << (61 - RS_VALUE_STR_SHIFT)) - 1)

static const char frozen_names[] = "BCLST_abcdefhijklmnopqrstvwxy";

static RsValue
with_serial (guint32 atom,
             guint64 serial)
{
  return RS_VALUE_MAKE (RS_TAG_STR, (guint64) atom | (serial << RS_VALUE_STR_SHIFT));
}

static RsValue
shared (RsValue v)
{
  g_assert (RS_VALUE_TAG (v) == RS_TAG_STR);
  return with_serial (RS_VALUE_STR_ATOM (v), 0);
}

/* The one object the runtime keeps for @text apart from the interned
 * one: str(True) is &_Py_ID(True), not the constant 'True' */
RsValue
rs_interp_static_str (RsInterp   *self,
                      const char *text)
{
  return with_serial (rs_atoms_intern (self->atoms, text, -1), SERIAL_SINGLETON);
}

/* A code object's co_name or co_qualname: the interned identifier, but
 * '<lambda>' is the runtime's own and 'C.m' or 'f.<locals>.g' are the
 * compiler's (PyUnicode_FromFormat), none of them a constant */
RsValue
rs_interp_code_name (RsInterp *self,
                     guint32   atom)
{
  const char *s = rs_atoms_get (self->atoms, atom, NULL);

  return with_serial (atom, strpbrk (s, ".<") != NULL ? SERIAL_SINGLETON : 0);
}

/* A new object (PyUnicode_New), but the empty string is CPython's singleton */
RsValue
rs_interp_new_str (RsInterp   *self,
                   const char *s,
                   gssize      len)
{
  guint32 atom = rs_atoms_intern (self->atoms, s, len);

  if (atom == 0)
    return with_serial (0, 0);
  /* past 2^29 strings (no budget lets a run get there) serials wrap */
  if (self->str_serial < SERIAL_FIRST || self->str_serial >= SERIAL_MAX)
    self->str_serial = SERIAL_FIRST;
  return with_serial (atom, self->str_serial++);
}

/* One code point of @s (@len bytes) below 256, or -1 */
static gint
latin1_char (const char *s,
             gsize       len)
{
  gunichar c;

  if (len == 1)
    return (guchar) s[0] < 0x80 ? (guchar) s[0] : -1;   /* NUL too */
  if (len != 2)
    return -1;
  c = g_utf8_get_char_validated (s, len);
  if (c >= 256 || (gsize) g_unichar_to_utf8 (c, NULL) != len)
    return -1;
  return (gint) c;
}

/* unicode_char(), get_latin1_char(): one character below 256 is its singleton */
static gboolean
singleton (RsInterp   *self,
           const char *s,
           gsize       len,
           RsValue    *out)
{
  gint c = latin1_char (s, len);

  if (c < 0)
    return FALSE;
  *out = with_serial (rs_atoms_intern (self->atoms, s, len),
                      c != 0 && strchr (frozen_names, c) != NULL ? SERIAL_SINGLETON : 0);
  return TRUE;
}

/* unicode_char(): the code point at @p, as s[i] and iteration give it */
RsValue
rs_interp_char_str (RsInterp   *self,
                    const char *p)
{
  return rs_interp_result_str (self, p, g_utf8_next_char (p) - p);
}

/* unicode_result(), _PyUnicodeWriter_Finish(): a new object, but one
 * latin-1 character is its singleton and the empty string is shared */
RsValue
rs_interp_result_str (RsInterp   *self,
                      const char *s,
                      gssize      len)
{
  RsValue v;

  if (len < 0)
    len = strlen (s);
  if (singleton (self, s, len, &v))
    return v;
  return rs_interp_new_str (self, s, len);
}

/* PyUnicode_Substring() of @bytes at @start of str @v: @v itself when it
 * is all of it, else as rs_interp_result_str() */
RsValue
rs_interp_substr (RsInterp *self,
                  RsValue   v,
                  gsize     start,
                  gsize     bytes)
{
  gsize len;
  const char *s = rs_atoms_get (self->atoms, RS_VALUE_STR_ATOM (v), &len);

  g_assert (start + bytes <= len);
  if (start == 0 && bytes == len)
    return v;
  return rs_interp_result_str (self, s + start, bytes);
}

#define MAX_STR_SIZE 4096   /* Python/ast_opt.c: no bigger str is folded by `*` */

/* The length of the str constant CPython 3.11's AST optimizer folds @e
 * to (fold_binop, fold_subscr), -1 when it does not fold it to a str */
static gint64
folded_length (const RsExpr *e)
{
  gint64 l, r;

  switch ((int) e->kind)
    {
    case RS_EXPR_STR:
      return rs_interp_str_length (e->str.value, e->str.len);
    case RS_EXPR_SUBSCRIPT:
      /* a constant index folds (a slice is no constant in 3.11) */
      if (folded_length (e->subscript.value) < 0 || e->subscript.index->kind == RS_EXPR_SLICE ||
          !rs_expr_is_constant (e->subscript.index))
        return -1;
      return 1;
    case RS_EXPR_BINOP:
      if (e->binop.op == RS_BIN_ADD)
        {
          l = folded_length (e->binop.left);
          r = folded_length (e->binop.right);
          return l < 0 || r < 0 ? -1 : l + r;
        }
      if (e->binop.op != RS_BIN_MUL)
        return -1;
      l = folded_length (e->binop.left);
      const RsExpr *times = l >= 0 ? e->binop.right : e->binop.left;
      if (l < 0)
        l = folded_length (e->binop.right);
      if (l < 0 || times->kind != RS_EXPR_INT || times->integer.digits != NULL)
        return -1;
      /* safe_multiply */
      if (l > 0 && (times->integer.value < 0 || times->integer.value > MAX_STR_SIZE / l))
        return -1;
      return l * MAX (times->integer.value, 0);
    default:
      return -1;
    }
}

/* @v, the str value of @e, as the constant CPython folds @e to, if it does */
RsValue
rs_interp_str_folded (const RsExpr *e,
                      RsValue       v)
{
  if (RS_VALUE_TAG (v) == RS_TAG_STR && folded_length (e) >= 0)
    return shared (v);
  return v;
}

/* A conversion (str(), repr(), format(), a field) writes text; when all
 * it wrote is the str a script's special method returned, CPython hands
 * that object on (PyObject_Str, _PyUnicodeWriter_WriteStr).  The
 * conversion starts with rs_interp_text_begin(), the special method's
 * caller marks its str with rs_interp_text_object() before appending it. */
void
rs_interp_text_begin (RsInterp *self)
{
  self->text_out = NULL;
}

void
rs_interp_text_object (RsInterp *self,
                       RsValue   v,
                       GString  *out)
{
  if (out->len == 0)
    {
      self->text_object = v;
      self->text_out = out;
    }
}

/* The str of @text: the marked object, or a new one (@fresh: even for
 * one latin-1 character, as PyUnicode_New; else as unicode_result()) */
RsValue
rs_interp_text_str (RsInterp      *self,
                    const GString *text,
                    gboolean       fresh)
{
  gsize len;
  const char *s;

  if (self->text_out == text)
    {
      self->text_out = NULL;
      s = rs_atoms_get (self->atoms, RS_VALUE_STR_ATOM (self->text_object), &len);
      if (len == text->len && memcmp (s, text->str, len) == 0)
        return self->text_object;
    }
  return fresh ? rs_interp_new_str (self, text->str, text->len)
               : rs_interp_result_str (self, text->str, text->len);
}

/* A builtin that hands a str's text to code that takes text (getattr()'s
 * name for __getattr__, format()'s spec for __format__) passes the str
 * on with it: rs_interp_pass_str() before, with what it returns restored
 * after, and the receiver finds it again by its text, which an atom keeps
 * at one address. */
RsValue
rs_interp_pass_str (RsInterp *self,
                    RsValue   v)
{
  RsValue before = self->passed_str;

  self->passed_str = v;
  return before;
}

/* The str passed on with @text, else the interned one (@shared: a name
 * the code holds) or a new one (PyUnicode_Substring of a format) */
RsValue
rs_interp_passed_str (RsInterp   *self,
                      const char *text,
                      gsize       len,
                      gboolean    shared)
{
  RsValue v = self->passed_str;

  if (RS_VALUE_TAG (v) == RS_TAG_STR && rs_atoms_get (self->atoms, RS_VALUE_STR_ATOM (v), NULL) == text)
    return v;
  return shared ? rs_interp_make_str (self, text, len) : rs_interp_result_str (self, text, len);
}
