/* rs-interp-print.c: print(), with its sep= and end= keywords
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What one print() writes is one RS_EV_PRINT: the arguments' str()
 * joined by sep, then end.  The trace ends the event with a newline, so
 * the last newline of end is dropped from the text; an end without one
 * (`end=''`) makes an event flagged RS_EVENT_HIDDEN, which the next
 * print() continues on the same line.
 */
#include "rs-interp-private.h"

#include <string.h>

/* A keyword's text, which may hold a NUL */
typedef struct {
  const char *str;
  gsize       len;
} Text;

/* Emits @text: its last newline is the event's own */
static void
emit_output (RsInterp *self,
             GString  *text,
             guint     flags)
{
  if (text->len > 0 && text->str[text->len - 1] == '\n' && flags == 0)
    g_string_truncate (text, text->len - 1);
  else
    flags = RS_EVENT_HIDDEN;
  if (flags == 0 || text->len > 0)
    {
      guint32 atom = rs_atoms_intern (self->atoms, text->str, text->len);
      rs_heap_emit (self->heap, RS_EV_PRINT, flags, self->frame->id, atom, 0, 0);
    }
}

static gboolean
print_values (RsInterp   *self,
              RsValue    *args,
              guint       n_args,
              Text        sep,
              Text        end,
              guint       lineno)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < n_args; i++)
    {
      if (i > 0)
        g_string_append_len (text, sep.str, sep.len);
      if (rs_interp_text_runs_code (self, args[i]))
        {
          /* CPython has written what comes before: a print inside
           * __str__ continues that line */
          emit_output (self, text, RS_EVENT_HIDDEN);
          g_string_truncate (text, 0);
        }
      gsize written = text->len;
      if (!rs_interp_str (self, args[i], text))
        {
          /* CPython has written the arguments before (and the separator):
           * what comes next continues that line */
          g_string_truncate (text, written);
          emit_output (self, text, RS_EVENT_HIDDEN);
          return rs_interp_format_failed (self, lineno);
        }
    }
  g_string_append_len (text, end.str, end.len);
  emit_output (self, text, 0);
  return TRUE;
}

gboolean
rs_interp_builtin_print (RsInterp *self,
                         RsValue  *args,
                         guint     n_args,
                         guint     line,
                         RsValue  *out)
{
  return print_values (self, args, n_args, (Text) { " ", 1 }, (Text) { "\n", 1 }, line);
}

/* The text of keyword @name's value: NULL for None (the default),
 * FALSE with CPython's TypeError for what is not a str */
static gboolean
keyword_text (RsInterp    *self,
              const char  *name,
              RsValue      v,
              guint        line,
              Text        *text)
{
  if (v == RS_VALUE_NONE)
    return TRUE;
  if (RS_VALUE_TAG (v) != RS_TAG_STR)
    return rs_interp_raise (self, line, "TypeError", "%s must be None or a string, not %s",
                            name, rs_interp_type_name (self, v));
  text->str = rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (v), &text->len);
  return TRUE;
}

/* print(*args, sep=, end=, flush=): a file but None (from a mapping: by
 * name the checker rejects it) is outside the subset.
 * CPython checks sep, then end, before it writes anything. */
gboolean
rs_interp_print_kw (RsInterp       *self,
                    RsValue        *args,
                    guint           n_args,
                    const RsCallKw *kw,
                    guint           line)
{
  RsValue sep = RS_VALUE_NONE, end = RS_VALUE_NONE, flush = RS_VALUE_ABSENT;
  gboolean flushed;
  Text sep_text = { " ", 1 }, end_text = { "\n", 1 };

  for (guint i = 0; i < kw->n; i++)
    {
      if (strcmp (kw->names[i], "sep") == 0)
        sep = kw->values[i];
      else if (strcmp (kw->names[i], "end") == 0)
        end = kw->values[i];
      else if (strcmp (kw->names[i], "flush") == 0)
        flush = kw->values[i];
      else if (strcmp (kw->names[i], "file") == 0 && kw->values[i] != RS_VALUE_NONE)
        return rs_interp_reject (self, line, "print(file=...) is not in the subset; print "
                                 "writes to the trace, use only sep=, end= and flush=");
      else if (strcmp (kw->names[i], "file") != 0)
        return rs_interp_raise (self, line, "TypeError", "'%s' is an invalid keyword argument for print()",
                                kw->names[i]);
    }
  /* flush's truth is taken as the arguments are parsed (format "p"); the
   * model's output has nothing to flush */
  if (flush != RS_VALUE_ABSENT && !rs_interp_truth (self, flush, line, &flushed))
    return FALSE;
  if (!keyword_text (self, "sep", sep, line, &sep_text) ||
      !keyword_text (self, "end", end, line, &end_text))
    return FALSE;
  /* the positional arguments are packed as without keywords */
  rs_interp_hold_values (self, args, n_args);
  gboolean ok = print_values (self, args, n_args, sep_text, end_text, line);
  rs_heap_tuple_release (self->heap, args, n_args);
  return ok;
}
