/* rs-interp-fstring.c: f-strings, FORMAT_VALUE and BUILD_STRING
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CPython 3.11 compiles f'a{x!r:{w}}b' to: the constant, the value, the
 * spec's own pieces joined, FORMAT_VALUE (conversion first, which releases
 * the value, then format(), which releases the converted value and then
 * the spec), the constant, BUILD_STRING.  Every piece but the values is
 * an untraced str, so what a trace can see is when each value goes.
 */
#include "rs-interp-private.h"

/* One field: FORMAT_VALUE of its value and spec */
static gboolean
eval_formatted (RsInterp     *self,
                const RsExpr *e,
                GString      *out)
{
  RsValue v, spec = RS_VALUE_ABSENT;
  gsize spec_len = 0;
  const char *spec_text = "";
  gboolean ok;

  if (!rs_interp_eval (self, e->formatted.value, &v))
    return FALSE;
  if (e->formatted.spec != NULL && !rs_interp_eval (self, e->formatted.spec, &spec))
    {
      rs_heap_decref (self->heap, v);
      return FALSE;
    }
  if (spec != RS_VALUE_ABSENT)
    spec_text = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (spec), &spec_len);
  RsValue passed = rs_interp_pass_str (self, spec);   /* __format__ gets the spec itself */
  if (e->formatted.conversion != 0)
    {
      g_autoptr(GString) converted = g_string_new (NULL);

      rs_interp_text_begin (self);
      ok = rs_interp_convert (self, v, e->formatted.conversion, e->line, converted);
      rs_heap_decref (self->heap, v);
      v = RS_VALUE_ABSENT;
      if (ok)
        {
          RsValue str = rs_interp_text_str (self, converted, TRUE);
          ok = rs_interp_format (self, str, spec_text, spec_len, e->line, out);
        }
    }
  else
    {
      ok = rs_interp_format (self, v, spec_text, spec_len, e->line, out);
      rs_heap_decref (self->heap, v);
    }
  rs_interp_pass_str (self, passed);
  if (spec != RS_VALUE_ABSENT)
    rs_heap_decref (self->heap, spec);
  return ok;
}

static gboolean
empty_spec (const RsExpr *spec)
{
  return spec == NULL || (spec->kind == RS_EXPR_JOINED && spec->seq.n_items == 0) ||
         (spec->kind == RS_EXPR_STR && spec->str.len == 0);
}

gboolean
rs_interp_eval_joined (RsInterp     *self,
                       const RsExpr *e,
                       RsValue      *out)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < e->seq.n_items; i++)
    {
      const RsExpr *part = e->seq.items[i];

      rs_interp_text_begin (self);
      if (part->kind == RS_EXPR_STR)
        g_string_append_len (text, part->str.value, part->str.len);
      else if (!eval_formatted (self, part, text))
        return FALSE;
    }
  /* no field is a constant; one field is FORMAT_VALUE's str (PyObject_Format:
   * the value itself, or str() of it for an empty spec); BUILD_STRING makes
   * a new one */
  guint fields = 0;
  for (guint i = 0; i < e->seq.n_items; i++)
    fields += e->seq.items[i]->kind == RS_EXPR_FORMATTED;
  if (fields == 0)
    *out = rs_interp_make_str (self, text->str, text->len);
  else if (e->seq.n_items == 1)
    *out = rs_interp_text_str (self, text, empty_spec (e->seq.items[0]->formatted.spec));
  else
    *out = rs_interp_new_str (self, text->str, text->len);
  return TRUE;
}
