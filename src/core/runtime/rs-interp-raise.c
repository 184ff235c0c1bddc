/* rs-interp-raise.c: the error being raised, raise, and try with its handlers
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An error the interpreter raises stays a kind and a message (the "error
 * being raised" of RsInterp) until a handler catches it: then it becomes
 * a builtin exception object holding its args, and its traceback keeps the
 * frames it passed through.  `raise` makes the object at once.  What is
 * being handled is a stack (sys.exc_info()): an error raised meanwhile gets
 * its top as __context__, as _PyErr_SetObject does.
 */
#include "rs-interp-private.h"

#include <string.h>

/* The error being raised */

static RsValue
handled_top (RsInterp *self)
{
  if (self->handling == NULL || self->handling->len == 0)
    return RS_VALUE_ABSENT;
  return g_array_index (self->handling, RsValue, self->handling->len - 1);
}

void
rs_interp_exc_note_raise (RsInterp *self)
{
  RsValue top = handled_top (self);

  if (top == RS_VALUE_ABSENT || self->err_context != RS_VALUE_ABSENT || self->aborting)
    return;
  rs_heap_incref (self->heap, top);
  self->err_context = top;
}

/* _PyErr_SetObject: @exc (raised while @top is handled) gets it as its
 * context, and a chain that would lead back to @exc is cut there */
static void
set_context (RsInterp *self,
             RsValue   exc,
             RsValue   top)
{
  if (top == RS_VALUE_ABSENT || top == exc)
    return;
  for (RsValue o = top; o != RS_VALUE_ABSENT;)
    {
      RsExcData *ox = rs_heap_exception_data (self->heap, o);
      if (ox->context == exc)
        {
          rs_heap_exception_set (self->heap, RS_VALUE_OBJECT_ID (o), "__context__", RS_VALUE_ABSENT);
          break;
        }
      o = ox->context;
    }
  rs_heap_incref (self->heap, top);
  rs_heap_exception_set (self->heap, RS_VALUE_OBJECT_ID (exc), "__context__", top);
}

/* A float overflow is OverflowError(errno, strerror), as math_1 and
 * float_pow raise it: its args tuple, or 0 for another error */
static RsValue
errno_args (RsInterp *self)
{
  static const char overflow[] = "(34, 'Numerical result out of range')";

  if (strcmp (self->err_kind, "OverflowError") != 0 || strcmp (self->err_message, overflow) != 0)
    return 0;
  RsValue items[2] = { rs_value_int (34), rs_interp_make_str (self, "Numerical result out of range", -1) };
  RsValue args = rs_interp_tuple_of (self, items, 2);
  rs_heap_decref (self->heap, items[1]);
  return args;
}

/* The exception of the error being raised, made now if it is not yet,
 * with the frames it passed through since @first_frame; the error is no
 * longer being raised.  A new reference. */
static RsValue
take_error (RsInterp *self,
            guint     first_held,
            guint     first_frame)
{
  RsValue exc = self->err_exc;

  if (exc == RS_VALUE_ABSENT)
    {
      RsValue held = RS_VALUE_ABSENT;
      if (self->err_held->len > first_held)
        {
          held = g_array_index (self->err_held, RsValue, first_held);
          g_array_remove_index (self->err_held, first_held);
        }
      g_assert (self->err_held->len == first_held);
      gboolean in_args = held != RS_VALUE_ABSENT && strcmp (self->err_kind, "AttributeError") != 0;
      RsValue message = in_args ? held
                      : self->err_message[0] != '\0' ? rs_interp_make_str (self, self->err_message, -1)
                      : RS_VALUE_ABSENT;
      RsValue args = errno_args (self);
      if (args == 0)
        args = rs_interp_tuple_of (self, &message, message != RS_VALUE_ABSENT);
      if (message != RS_VALUE_ABSENT)
        rs_heap_decref (self->heap, message);
      exc = rs_interp_exc_new_named (self, self->err_kind, args);
      if (held != RS_VALUE_ABSENT && !in_args)
        rs_heap_exception_set (self->heap, RS_VALUE_OBJECT_ID (exc), "obj", held);
      if (self->err_context != RS_VALUE_ABSENT)
        {
          RsValue context = self->err_context;
          self->err_context = RS_VALUE_ABSENT;
          set_context (self, exc, context);
          rs_heap_decref (self->heap, context);
        }
    }
  RsExcData *x = rs_heap_exception_data (self->heap, exc);
  x->traceback = rs_interp_traceback_take (self, first_frame, x->traceback, self->frame);
  rs_interp_traceback_keeper (self, x->traceback, RS_VALUE_OBJECT_ID (exc));
  if (x->tb_line == 0)
    x->tb_line = self->err_line;
  self->err_exc = RS_VALUE_ABSENT;
  self->err_set = FALSE;
  return exc;
}

/* Whether str() of @v runs no script code: plain values, and tuples,
 * lists and dicts of them */
static gboolean
plain_text (RsInterp *self,
            RsValue   v,
            guint     depth)
{
  RsObj *o = rs_heap_get_value (self->heap, v);

  if (o == NULL)
    return TRUE;
  if (depth > 8)
    return FALSE;
  if (o->kind == RS_KIND_LIST || o->kind == RS_KIND_TUPLE)
    {
      const RsList *l = o->data;
      for (guint i = 0; i < l->len; i++)
        if (!plain_text (self, l->items[i], depth + 1))
          return FALSE;
      return TRUE;
    }
  if (o->kind == RS_KIND_DICT)
    {
      const RsDict *d = o->data;
      for (guint i = 0; i < d->len; i++)
        if (d->entries[i].key != RS_VALUE_ABSENT &&
            (!plain_text (self, d->entries[i].key, depth + 1) || !plain_text (self, d->entries[i].value, depth + 1)))
          return FALSE;
      return TRUE;
    }
  return FALSE;
}

/* Raises the exception @exc (stolen) at @line: its traceback, if it has
 * one, still ends where it was first raised.  Its message is its str()
 * when that runs no script code (CPython makes none at a raise). */
static gboolean
raise_object (RsInterp *self,
              RsValue   exc,
              guint     line)
{
  RsExcData *x = rs_heap_exception_data (self->heap, exc);
  g_autoptr(GString) message = g_string_new (NULL);

  g_assert (!self->err_set);
  if (!plain_text (self, x->args, 0) || rs_interp_has_special (self, exc, "__str__") ||
      rs_interp_has_special (self, exc, "__repr__") || !rs_interp_str (self, exc, message))
    g_string_truncate (message, 0);
  rs_interp_raise (self, x->traceback != NULL ? x->tb_line : line,
                   rs_interp_type_name (self, exc), "%s", message->str);
  /* the exception holds its context itself */
  rs_heap_decref (self->heap, self->err_context);
  self->err_context = RS_VALUE_ABSENT;
  self->err_exc = exc;
  return FALSE;
}

/* raise */

/* A class is called without arguments; anything else is a TypeError. */
static gboolean
exception_of (RsInterp   *self,
              RsValue     v,
              const char *what,
              guint       line,
              RsValue    *out)
{
  guint cls;
  RsObj *o = rs_heap_get_value (self->heap, v);

  if (rs_interp_exc_class_of (v, &cls))
    return rs_interp_exc_call (self, cls, NULL, 0, out);
  if (o != NULL && rs_interp_exc_is_script_class (self, o->id))
    {
      rs_heap_incref (self->heap, v);
      return rs_interp_call_value (self, v, RS_VALUE_ABSENT, NULL, 0, line, out);
    }
  if (rs_heap_exception_data (self->heap, v) != NULL)
    {
      *out = v;
      rs_heap_incref (self->heap, v);
      return TRUE;
    }
  return rs_interp_raise (self, line, "TypeError", "%s", what);
}

gboolean
rs_interp_exec_raise (RsInterp     *self,
                      const RsStmt *s)
{
  RsValue v, exc, cause = RS_VALUE_ABSENT, c;

  if (s->raise_.exc == NULL)
    {
      RsValue top = handled_top (self);
      if (top == RS_VALUE_ABSENT)
        return rs_interp_raise (self, s->line, "RuntimeError", "No active exception to reraise");
      rs_heap_incref (self->heap, top);
      return raise_object (self, top, s->line);
    }
  if (!rs_interp_eval (self, s->raise_.exc, &v))
    return FALSE;
  if (s->raise_.cause != NULL && !rs_interp_eval (self, s->raise_.cause, &cause))
    {
      rs_heap_decref (self->heap, v);
      return FALSE;
    }
  gboolean ok = exception_of (self, v, "exceptions must derive from BaseException", s->line, &exc);
  rs_heap_decref (self->heap, v);
  if (ok && s->raise_.cause != NULL)
    {
      if (cause == RS_VALUE_NONE)
        c = RS_VALUE_ABSENT;
      else if (!exception_of (self, cause, "exception causes must derive from BaseException",
                              s->line, &c))
        {
          rs_heap_decref (self->heap, exc);
          ok = FALSE;
        }
      if (ok)
        {
          rs_heap_exception_set (self->heap, RS_VALUE_OBJECT_ID (exc), "__cause__", c);
          rs_heap_exception_data (self->heap, exc)->suppress_context = TRUE;
        }
    }
  rs_heap_decref (self->heap, cause);
  if (!ok)
    return FALSE;
  set_context (self, exc, handled_top (self));
  return raise_object (self, exc, s->line);
}

/* try */

static void
push_handled (RsInterp *self,
              RsValue   exc)
{
  if (self->handling == NULL)
    self->handling = g_array_new (FALSE, FALSE, sizeof (RsValue));
  g_array_append_val (self->handling, exc);
}

static void
pop_handled (RsInterp *self)
{
  g_array_set_size (self->handling, self->handling->len - 1);
}

/* Whether handler @h takes @exc; FALSE in @ok when its type fails */
static gboolean
matches (RsInterp     *self,
         const RsStmt *h,
         RsValue       exc,
         gboolean     *ok)
{
  RsValue type;
  gboolean found = FALSE, is_class;

  *ok = TRUE;
  if (h->except_.type == NULL)
    return TRUE;
  if (!rs_interp_eval (self, h->except_.type, &type))
    return *ok = FALSE;
  RsObj *o = rs_heap_get_value (self->heap, type);
  const RsList *items = o != NULL && o->kind == RS_KIND_TUPLE
                        ? rs_heap_tuple_items (self->heap, o->id) : NULL;
  guint n = items != NULL ? items->len : 1;
  for (guint i = 0; i < n && *ok; i++)
    {
      found = rs_interp_exc_isinstance (self, exc, items != NULL ? items->items[i] : type, &is_class)
              || found;
      if (!is_class)
        *ok = rs_interp_raise (self, h->line, "TypeError", "catching classes that do not "
                               "inherit from BaseException is not allowed");
    }
  rs_heap_decref (self->heap, type);
  return *ok && found;
}

/* The handler's body, then POP_EXCEPT and `name = None; del name` */
static RsExec
run_handler (RsInterp     *self,
             const RsStmt *h,
             RsValue       exc)
{
  const char *name = h->except_.name;

  if (name != NULL)
    {
      rs_heap_incref (self->heap, exc);
      rs_interp_store_name (self, name, exc, h->line);
    }
  RsExec r = rs_interp_exec_block (self, &h->except_.body);
  pop_handled (self);
  rs_heap_decref (self->heap, exc);
  if (name != NULL)
    {
      rs_interp_store_name (self, name, RS_VALUE_NONE, h->line);
      rs_interp_store_name (self, name, RS_VALUE_ABSENT, h->line);
    }
  return r;
}

/* Whether the error on its way is the script's (not the step limit or a
 * rejection, which stop everything) */
static gboolean
catchable (RsInterp *self)
{
  return self->err_set && !self->aborting;
}

static RsExec
try_except (RsInterp     *self,
            const RsStmt *s)
{
  guint first_frame = self->err_frames->len, first_held = self->err_held->len;
  RsExec r = rs_interp_exec_block (self, &s->try_.body);

  if (r == RS_EXEC_OK)
    return rs_interp_exec_block (self, &s->try_.orelse);
  if (r != RS_EXEC_ERROR || !catchable (self))
    return r;
  RsValue exc = take_error (self, first_held, first_frame);
  push_handled (self, exc);
  for (guint i = 0; i < s->try_.handlers.n_stmts; i++)
    {
      const RsStmt *h = s->try_.handlers.stmts[i];
      gboolean ok;
      if (!rs_interp_step (self, h->line))
        ok = FALSE;
      else if (matches (self, h, exc, &ok))
        return run_handler (self, h, exc);
      if (!ok)
        {
          pop_handled (self);
          rs_heap_decref (self->heap, exc);
          return RS_EXEC_ERROR;
        }
    }
  pop_handled (self);
  raise_object (self, exc, 0);
  return RS_EXEC_ERROR;
}

/* finally after @r, the status of the rest of the try statement */
static RsExec
run_finally (RsInterp     *self,
             const RsStmt *s,
             RsExec        r,
             guint         first_held,
             guint         first_frame)
{
  RsValue saved = RS_VALUE_ABSENT;
  RsExec f;

  if (r == RS_EXEC_ERROR)
    {
      if (!catchable (self))
        return r;
      saved = take_error (self, first_held, first_frame);
      push_handled (self, saved);
      f = rs_interp_exec_block (self, &s->try_.finalbody);
      pop_handled (self);
      if (f == RS_EXEC_OK)
        {
          raise_object (self, saved, 0);
          return RS_EXEC_ERROR;
        }
      rs_heap_decref (self->heap, saved);
      return f;
    }
  if (r == RS_EXEC_RETURN)
    {
      saved = self->frame->retval;
      self->frame->retval = RS_VALUE_ABSENT;
    }
  f = rs_interp_exec_block (self, &s->try_.finalbody);
  if (f == RS_EXEC_OK)
    {
      if (r == RS_EXEC_RETURN)
        self->frame->retval = saved;
      return r;
    }
  /* the return value on the stack goes as the finally block leaves */
  rs_heap_decref (self->heap, saved);
  return f;
}

RsExec
rs_interp_exec_try (RsInterp     *self,
                    const RsStmt *s)
{
  guint first_frame = self->err_frames->len, first_held = self->err_held->len;
  RsExec r = s->try_.handlers.n_stmts > 0 ? try_except (self, s)
                                           : rs_interp_exec_block (self, &s->try_.body);

  if (s->try_.finalbody.n_stmts == 0)
    return r;
  return run_finally (self, s, r, first_held, first_frame);
}

/* The uncaught error */

void
rs_interp_exc_drop_carried (RsInterp *self)
{
  RsExcData *x = rs_heap_exception_data (self->heap, self->err_exc);

  if (x == NULL)
    return;
  RsObjId id = RS_VALUE_OBJECT_ID (self->err_exc);
  rs_heap_exception_set (self->heap, id, "args", rs_interp_tuple_of (self, NULL, 0));
  if (rs_heap_exception_data (self->heap, self->err_exc)->obj != RS_VALUE_ABSENT)
    rs_heap_exception_set (self->heap, id, "obj", RS_VALUE_NONE);
}

void
rs_interp_exc_release_kept (RsInterp *self)
{
  RsExcData *x = rs_heap_exception_data (self->heap, self->err_exc);

  if (x == NULL || x->traceback == NULL)
    return;
  rs_interp_traceback_clear (self, g_steal_pointer (&x->traceback));
}

void
rs_interp_exc_release_raised (RsInterp *self)
{
  RsValue exc = self->err_exc, context = self->err_context;

  self->err_exc = self->err_context = RS_VALUE_ABSENT;
  rs_heap_decref (self->heap, exc);
  rs_heap_decref (self->heap, context);
}

/* Swallowed errors */

void
rs_interp_exc_discard (RsInterp *self,
                       guint     first_held,
                       guint     first_frame)
{
  gpointer tb;

  rs_interp_release_error (self, first_held, G_MAXUINT);
  if (self->err_exc != RS_VALUE_ABSENT)
    {
      /* the exception goes before the traceback the error state holds */
      RsExcData *x = rs_heap_exception_data (self->heap, self->err_exc);
      tb = rs_interp_traceback_take (self, first_frame, g_steal_pointer (&x->traceback), NULL);
    }
  else
    tb = rs_interp_traceback_take (self, first_frame, NULL, NULL);
  rs_interp_exc_release_raised (self);
  if (tb != NULL)
    rs_interp_traceback_release (self, tb);
}

void
rs_interp_exc_set_aside (RsInterp   *self,
                         RsExcSaved *saved)
{
  saved->exc = self->err_exc;
  saved->context = self->err_context;
  self->err_exc = self->err_context = RS_VALUE_ABSENT;
}

void
rs_interp_exc_restore (RsInterp         *self,
                       const RsExcSaved *saved)
{
  g_assert (self->err_exc == RS_VALUE_ABSENT && self->err_context == RS_VALUE_ABSENT);
  self->err_exc = saved->exc;
  self->err_context = saved->context;
}
