/* rs-interp-stmt-ops.c: assert
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As CPython 3.11 compiles it: a failing assert raises AssertionError
 * holding its message.
 */
#include "rs-interp-private.h"

gboolean
rs_interp_exec_assert (RsInterp     *self,
                       const RsStmt *s)
{
  RsValue test, msg;
  gboolean truth;

  if (!rs_interp_eval (self, s->assert_.test, &test))
    return FALSE;
  gboolean ok = rs_interp_truth (self, test, s->line, &truth);
  rs_heap_decref (self->heap, test);
  if (!ok)
    return FALSE;
  if (truth)
    return TRUE;
  if (s->assert_.msg == NULL)
    return rs_interp_raise (self, s->line, "AssertionError", "%s", "");
  if (!rs_interp_eval (self, s->assert_.msg, &msg))
    return FALSE;
  g_autoptr(GString) text = g_string_new (NULL);
  /* AssertionError(msg) only holds it: no __str__ runs */
  gboolean plain = self->format_plain;
  self->format_plain = TRUE;
  if (!rs_interp_str (self, msg, text))
    g_string_truncate (text, 0);
  self->format_plain = plain;
  /* the exception's args hold the message until the error line */
  gboolean raised = rs_interp_raise_held (self, s->line, msg, "AssertionError", "%s", text->str);
  rs_heap_decref (self->heap, msg);
  return raised;
}
