/* rs-interp-call.c: frames and calls of the session interpreter
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Argument binding, frame creation and release, calls of functions,
 * methods and classes, and the script code destruction runs (__del__,
 * weak reference callbacks) with its swallowed errors.
 */
#include "rs-interp-private.h"
#include "rs-interp-weakdict.h"
#include "rs-interp-str.h"

#include <string.h>

/* Frames */

RsFrame *
rs_interp_frame_new (RsInterp    *self,
                     RsFrameKind  kind)
{
  RsFrame *f = g_new0 (RsFrame, 1);

  f->id = ++self->next_frame;
  f->kind = kind;
  return f;
}

static void
release_local (RsInterp *self,
               RsFrame  *f,
               guint32   atom,
               RsValue  *slot)
{
  RsValue old = *slot;

  if (old == RS_VALUE_ABSENT)
    return;
  *slot = RS_VALUE_ABSENT;
  rs_heap_slot_event (self->heap, RS_EV_NAME_SET, 0, f->id, atom, old, 0);
}

/* Frees a frame without releasing anything (the interpreter goes). */
void
rs_interp_frame_free_quietly (gpointer data)
{
  RsFrame *f = data;

  if (f->names != NULL)
    {
      rs_interp_names_clear (f->names);
      g_free (f->names);
    }
  g_clear_pointer (&f->class_cells, g_array_unref);
  g_free (f->locals);
  g_free (f->atoms);
  g_free (f->keeper_atoms);
  g_free (f);
}

/* A finished frame releases its locals in co_varnames order (frame.clear()) */
void
rs_interp_frame_clear (RsInterp *self,
                       RsFrame  *f)
{
  if (f->keeper_atoms != NULL)
    rs_interp_frame_clear_kept (self, f);
  else if (f->kind == RS_FRAME_FUNCTION)
    {
      for (guint i = 0; i < f->scope->n_varnames; i++)
        release_local (self, f, f->atoms[i], &f->locals[i]);
    }
  else if (f->kind == RS_FRAME_CLASS)
    {
      for (guint i = 0; i < f->names->names->len; i++)
        {
          RsName *n = &g_array_index (f->names->names, RsName, i);
          RsValue old = n->value;
          n->value = RS_VALUE_ABSENT;
          if (old != RS_VALUE_ABSENT)
            rs_heap_slot_event (self->heap, RS_EV_NAME_SET, 0, f->id, n->name, old, 0);
        }
    }
  else if (f->kind == RS_FRAME_ARGS)
    {
      guint n = f->n_locals;
      f->n_locals = 0;
      for (guint i = 0; i < n; i++)
        rs_heap_decref (self->heap, f->locals[i]);
    }
}

/* A finished frame releases its locals, then goes. */
void
rs_interp_release_frame (RsInterp *self,
                         RsFrame  *f)
{
  rs_interp_frame_clear (self, f);
  rs_interp_frame_mark_kept (self, f, FALSE);
  if (f->keeper_atoms != NULL)
    rs_interp_frame_pop_kept (self, f);
  else if (f->kind != RS_FRAME_ARGS)
    rs_heap_slot_event (self->heap, RS_EV_FRAME_POP, 0, f->id, 0, f->func, 0);
  rs_interp_frame_free_quietly (f);
}

gboolean
rs_interp_enter (RsInterp *self,
                 guint     levels,
                 guint     line)
{
  if (self->depth + levels > RECURSION_LIMIT)
    return rs_interp_raise (self, line, "RecursionError",
                            "maximum recursion depth exceeded");
  self->depth += levels;
  return TRUE;
}

/* The oracle allocates traced objects in Python code: the type is called
 * (one level), its __new__ frame runs (one more), object.__new__ or the
 * numbering helper runs a level deeper and numbers the object, and print
 * needs two levels beyond that.  Near the limit this fails like the
 * oracle: without a number, or numbered but never announced (the object
 * then lives in the failed frame until after the error line). */
gboolean
rs_interp_alloc_room (RsInterp  *self,
                      RsObjKind  kind,
                      RsObjId    cls,
                      RsValue   *held,
                      guint      n_held,
                      gboolean   steal,
                      guint      line)
{
  guint announce = kind == RS_KIND_INSTANCE ? 4 : 5;

  if (self->depth + announce <= RECURSION_LIMIT)
    return TRUE;
  if (self->depth + 2 > RECURSION_LIMIT)
    {
      if (steal)
        for (guint i = n_held; i > 0; i--)
          rs_heap_decref (self->heap, held[i - 1]);
      return rs_interp_raise (self, line, "RecursionError", "maximum recursion depth exceeded");
    }
  /* the __new__ frame holds the arguments, and maybe the object */
  RsFrame *f = g_new0 (RsFrame, 1);
  f->kind = RS_FRAME_ARGS;
  f->locals = g_new (RsValue, n_held + 1);
  for (guint i = 0; i < n_held; i++)
    {
      f->locals[f->n_locals++] = held[i];
      if (!steal)
        rs_heap_incref (self->heap, held[i]);
    }
  if (self->depth + 3 <= RECURSION_LIMIT)
    {
      rs_heap_set_unannounced (self->heap, TRUE);
      RsObjId id = kind == RS_KIND_INSTANCE ? rs_heap_new_instance (self->heap, cls)
                 : kind == RS_KIND_LIST ? rs_heap_new_list (self->heap)
                 : rs_heap_new_dict (self->heap);
      rs_heap_set_unannounced (self->heap, FALSE);
      f->locals[f->n_locals++] = RS_VALUE_OBJECT (id);
    }
  rs_interp_raise (self, line, "RecursionError", "maximum recursion depth exceeded");
  f->back = self->frame;
  rs_interp_frame_unwound (self, f);
  return FALSE;
}

/* Calls */

static void
release_keywords (RsInterp       *self,
                  const RsCallKw *kw)
{
  if (kw != NULL)
    rs_interp_release_in_order (self, kw->values, kw->n);
}

/* Calls script function @func with it and @args moved into its frame. */
static gboolean
call_function (RsInterp       *self,
               RsValue         func,
               RsValue        *args,
               guint           n_args,
               const RsCallKw *kw,
               guint           line,
               RsValue        *result)
{
  RsFunctionData *fd = rs_heap_get_value (self->heap, func)->data;
  const RsStmt *def = fd->def;
  const RsScope *scope = &def->def.scope;

  if (!rs_interp_enter (self, 1, line))
    {
      rs_heap_decref (self->heap, func);
      for (guint i = 0; i < n_args; i++)
        rs_heap_decref (self->heap, args[i]);
      release_keywords (self, kw);
      return FALSE;
    }
  RsFrame *f = rs_interp_frame_new (self, RS_FRAME_FUNCTION);
  f->scope = scope;
  f->func = func;
  f->locals = g_new0 (RsValue, scope->n_varnames);
  f->atoms = g_new (guint32, scope->n_varnames);
  for (guint i = 0; i < scope->n_varnames; i++)
    f->atoms[i] = rs_interp_atom (self, scope->varnames[i]);
  f->line = def->line;
  /* the frame takes over the caller's reference to the function */
  rs_heap_slot_event (self->heap, RS_EV_FRAME_PUSH, 0, f->id, fd->name, 0, func);
  rs_heap_decref (self->heap, func);
  if (!rs_interp_bind_args (self, f, func, args, n_args, kw, line))
    {
      rs_interp_release_frame (self, f);
      self->depth--;
      return FALSE;
    }
  rs_interp_frame_make_cells (self, f);
  f->back = self->frame;
  self->frame = f;
  RsExec status = rs_interp_exec_block (self, &def->def.body);
  self->frame = f->back;
  self->depth--;
  if (status == RS_EXEC_ERROR)
    {
      rs_interp_frame_unwound (self, f);   /* the traceback keeps it */
      return FALSE;
    }
  *result = status == RS_EXEC_RETURN ? f->retval : RS_VALUE_NONE;
  rs_interp_frame_finish (self, f);
  return TRUE;
}

/* type_call: allocate, then __init__ with new references to self and the
 * arguments (plus the args tuple's), then the caller's cleanup. */
static gboolean
instantiate (RsInterp       *self,
             RsValue         cls,
             RsValue        *args,
             guint           n_args,
             const RsCallKw *kw,
             guint           line,
             RsValue        *out)
{
  RsObjId cid = RS_VALUE_OBJECT_ID (cls);
  RsValue init;
  gboolean has_init = rs_heap_class_lookup (self->heap, cid, self->atom_init, &init);
  gboolean ok = TRUE;
  /* called from C (a weakref callback): the caller holds no reference of
   * its own, the one it passed becomes the args tuple's */
  gboolean from_c = self->class_call_from_c;

  self->class_call_from_c = FALSE;

  if (!has_init && ((n_args > 0 && !rs_interp_exc_is_script_class (self, cid)) || kw != NULL))
    {
      rs_interp_raise (self, line, "TypeError", "%s() takes no arguments",
                       rs_atoms_get (self->atoms, ((RsClassData *) rs_heap_get (self->heap, cid)->data)->name, NULL));
      /* type_call fails before anything holds the arguments: the call
       * releases them, first to last, before the error goes up */
      rs_heap_decref (self->heap, cls);
      rs_interp_release_in_order (self, args, n_args);
      release_keywords (self, kw);
      return FALSE;
    }
  g_autofree RsValue *reversed = g_new (RsValue, MAX (n_args, 1));
  for (guint i = 0; i < n_args; i++)
    reversed[i] = args[n_args - 1 - i];
  if (!rs_interp_alloc_room (self, RS_KIND_INSTANCE, cid, reversed, n_args, FALSE, line))
    {
      rs_heap_decref (self->heap, cls);
      rs_interp_release_in_order (self, args, n_args);
      release_keywords (self, kw);
      return FALSE;
    }
  RsValue obj = RS_VALUE_OBJECT (rs_heap_new_instance (self->heap, cid));
  rs_interp_exc_instance_made (self, cid, obj, args, n_args);
  if (has_init)
    {
      g_autofree RsValue *frame_args = g_new (RsValue, n_args + 1);
      RsValue result = RS_VALUE_NONE;
      for (guint i = 0; i < n_args && !from_c; i++)
        rs_heap_incref (self->heap, args[i]);   /* the args tuple */
      frame_args[0] = obj;
      rs_heap_incref (self->heap, obj);
      for (guint i = 0; i < n_args; i++)
        {
          frame_args[i + 1] = args[i];
          rs_heap_incref (self->heap, args[i]);
        }
      rs_heap_incref (self->heap, init);
      /* with keywords, type_call gets them in a dict (made from the
       * stack unless they came in one), and slot_tp_init unpacks self,
       * the arguments and the keywords onto a stack of its own for
       * __init__, which takes its own references */
      RsCallKw init_kw = kw != NULL ? *kw : (RsCallKw) { 0 };
      rs_interp_hold_values (self, init_kw.values, init_kw.n && !init_kw.mapped ? init_kw.n : 0);
      rs_interp_hold_values (self, frame_args, init_kw.n > 0 ? n_args + 1 : 0);
      rs_interp_hold_values (self, init_kw.values, init_kw.n);
      rs_interp_hold_values (self, init_kw.values, init_kw.n);
      self->depth++;   /* the C call costs a level too */
      ok = rs_interp_call_kw (self, init, RS_VALUE_ABSENT, frame_args, n_args + 1,
                              kw != NULL ? &init_kw : NULL, line, &result);
      self->depth--;
      if (init_kw.n > 0)
        {
          rs_interp_release_in_order (self, frame_args, n_args + 1);
          rs_interp_release_in_order (self, init_kw.values, init_kw.n);
        }
      if (ok && result != RS_VALUE_NONE)
        {
          rs_interp_raise (self, line, "TypeError", "__init__() should return None, not '%s'",
                           rs_interp_type_name (self, result));
          rs_heap_decref (self->heap, result);
          ok = FALSE;
        }
      if (!ok)
        rs_heap_decref (self->heap, obj);
      rs_heap_tuple_release (self->heap, args, n_args);
      if (init_kw.n > 0 && !init_kw.mapped)
        rs_interp_release_in_order (self, init_kw.values, init_kw.n);
    }
  rs_heap_decref (self->heap, cls);
  if (!(from_c && has_init))
    rs_interp_release_in_order (self, args, n_args);
  release_keywords (self, kw);
  if (ok)
    *out = obj;
  return ok;
}

gboolean
rs_interp_call_value (RsInterp *self,
                      RsValue   callable,
                      RsValue   self_arg,
                      RsValue  *args,
                      guint     n_args,
                      guint     line,
                      RsValue  *out)
{
  guint total = n_args + (self_arg != RS_VALUE_ABSENT ? 1 : 0);
  g_autofree RsValue *argv = g_new (RsValue, MAX (total, 1));
  RsObj *o = rs_heap_get_value (self->heap, callable);
  const RsCallKw *kw = self->pending_kw;
  gboolean ok;

  self->pending_kw = NULL;

  if (self_arg != RS_VALUE_ABSENT)
    argv[0] = self_arg;
  if (n_args > 0)
    memcpy (argv + total - n_args, args, n_args * sizeof (RsValue));

  if (o != NULL && o->kind == RS_KIND_FUNCTION)
    {
      return call_function (self, callable, argv, total, kw, line, out);
    }
  if (o != NULL && o->kind == RS_KIND_BOUND_METHOD)
    {
      RsBoundData *bd = o->data;
      RsValue func = bd->func, bself = bd->self;
      rs_heap_incref (self->heap, func);
      rs_heap_incref (self->heap, bself);
      rs_heap_decref (self->heap, callable);
      return rs_interp_call_kw (self, func, bself, argv, total, kw, line, out);
    }
  if (o != NULL && o->kind == RS_KIND_CLASS)
    return instantiate (self, callable, argv, total, kw, line, out);
  if (o != NULL && o->kind == RS_KIND_DESCRIPTOR && ((RsDescrData *) o->data)->kind == RS_DESCR_STATICMETHOD)
    {
      /* sm_call (3.10+): the function it wraps */
      RsValue func = ((RsDescrData *) o->data)->get;
      rs_heap_incref (self->heap, func);
      rs_heap_decref (self->heap, callable);
      return rs_interp_call_kw (self, func, RS_VALUE_ABSENT, argv, total, kw, line, out);
    }
  if (o != NULL && o->kind == RS_KIND_FINALIZER)
    return rs_interp_finalizer_call (self, callable, argv, total, kw, line, out);
  gboolean handled;
  ok = rs_interp_weak_call (self, callable, argv, total, kw, line, &handled, out);
  if (handled)
    return ok;
  if (rs_interp_has_special (self, callable, "__call__"))
    return rs_interp_special_call (self, callable, argv, total, kw, line, out);
  guint exc_class;
  if (kw == NULL && rs_interp_exc_class_of (callable, &exc_class))
    return rs_interp_exc_call (self, exc_class, argv, total, out);
  if (kw == NULL && rs_interp_exc_init_of (callable, &exc_class))
    return rs_interp_exc_init (self, exc_class, argv, total, line, out);
  if (kw != NULL && RS_VALUE_TAG (callable) == RS_TAG_BUILTIN && RS_VALUE_PAYLOAD (callable) == RS_BI_PRINT)
    {
      *out = RS_VALUE_NONE;
      ok = rs_interp_print_kw (self, argv, total, kw, line);
      rs_interp_release_in_order (self, argv, total);
      release_keywords (self, kw);
      return ok;
    }
  if (kw != NULL && RS_VALUE_TAG (callable) == RS_TAG_BUILTIN
      && rs_interp_methods[RS_VALUE_PAYLOAD (callable)].owner == RS_BI_STR)
    {
      ok = rs_interp_str_call_kw (self, RS_VALUE_PAYLOAD (callable), argv, total, kw, line, out);
      rs_interp_release_in_order (self, argv, total);
      release_keywords (self, kw);
      return ok;
    }
  if (kw != NULL && RS_VALUE_TAG (callable) == RS_TAG_BUILTIN &&
      rs_interp_builtin_takes_keywords (RS_VALUE_PAYLOAD (callable)))
    {
      ok = rs_interp_call_builtin_kw (self, RS_VALUE_PAYLOAD (callable), argv, total, kw, line, out);
      rs_interp_release_in_order (self, argv, total);
      release_keywords (self, kw);
      return ok;
    }
  if (kw != NULL)
    {
      /* no other builtin of the subset takes keywords */
      rs_interp_raise (self, line, "TypeError", "%s() takes no keyword arguments",
                       RS_VALUE_TAG (callable) == RS_TAG_BUILTIN
                       ? rs_value_builtin_str (RS_VALUE_PAYLOAD (callable))
                       : rs_interp_type_name (self, callable));
      rs_heap_decref (self->heap, callable);
      rs_interp_release_in_order (self, argv, total);
      release_keywords (self, kw);
      return FALSE;
    }
  if (o != NULL && o->kind == RS_KIND_WEAKREF)
    {
      RsObjId referent = ((RsWeakData *) o->data)->referent;
      RsValue immortal = ((RsWeakData *) o->data)->immortal;
      ok = total == 0 ||
        rs_interp_raise (self, line, "TypeError", "weakref() takes no arguments (%u given)", total);
      if (ok)
        {
          *out = referent != 0 ? RS_VALUE_OBJECT (referent)
               : immortal != RS_VALUE_ABSENT ? immortal : RS_VALUE_NONE;
          rs_heap_incref (self->heap, *out);
        }
      rs_heap_decref (self->heap, callable);
      rs_interp_release_in_order (self, argv, total);
      return ok;
    }
  if (RS_VALUE_TAG (callable) == RS_TAG_BUILTIN &&
      !rs_value_builtin_is_module (RS_VALUE_PAYLOAD (callable)))
    {
      ok = rs_interp_call_builtin (self, RS_VALUE_PAYLOAD (callable), argv, total, line, out);
      rs_interp_release_in_order (self, argv, total);
      return ok;
    }
  rs_interp_raise (self, line, "TypeError", "'%s' object is not callable",
                   rs_interp_type_name (self, callable));
  rs_heap_decref (self->heap, callable);
  rs_interp_release_in_order (self, argv, total);
  return FALSE;
}

gboolean
rs_interp_call_kw (RsInterp       *self,
                   RsValue         callable,
                   RsValue         self_arg,
                   RsValue        *args,
                   guint           n_args,
                   const RsCallKw *kw,
                   guint           line,
                   RsValue        *out)
{
  g_assert (self->pending_kw == NULL);
  /* rs_interp_call_value takes them before it can run any code */
  self->pending_kw = kw;
  return rs_interp_call_value (self, callable, self_arg, args, n_args, line, out);
}

/* Swallowed errors */

void
rs_interp_clear_error (RsInterp *self,
                       guint     first_held,
                       guint     first_frame)
{
  rs_interp_exc_discard (self, first_held, first_frame);
  self->err_set = FALSE;
  g_clear_pointer (&self->err_message, g_free);
}

/* A frame of the oracle's own Python code that the traceback keeps: it
 * holds (a reference to each of) @values, released in this order after
 * the error line. */
void
rs_interp_hold_until_error (RsInterp      *self,
                            const RsValue *values,
                            guint          n)
{
  RsFrame *held = g_new0 (RsFrame, 1);

  held->kind = RS_FRAME_ARGS;
  held->locals = g_new (RsValue, MAX (n, 1));
  held->n_locals = n;
  for (guint i = 0; i < n; i++)
    {
      held->locals[i] = values[i];
      rs_heap_incref (self->heap, values[i]);
    }
  held->back = self->frame;
  rs_interp_frame_unwound (self, held);
}

/* Script code run from destruction while another error may be on its
 * way: that error is set aside (as slot_tp_finalize does) and whatever
 * this call raises is swallowed ("Exception ignored in ..."). */
static void
call_unraisable (RsInterp *self,
                 RsValue   callable,
                 RsValue  *args,
                 guint     n_args)
{
  guint first_frame = self->err_frames->len;
  guint first_held = self->err_held->len;
  gboolean saved_set = self->err_set;
  RsExcSaved saved_exc;
  const char *saved_kind = self->err_kind;
  char *saved_message = g_steal_pointer (&self->err_message);
  guint saved_line = self->err_line;
  RsValue result;

  if (self->aborting)
    {
      rs_heap_decref (self->heap, callable);
      for (guint i = 0; i < n_args; i++)
        rs_heap_decref (self->heap, args[i]);
      self->err_message = saved_message;
      return;
    }
  self->err_set = FALSE;
  rs_interp_exc_set_aside (self, &saved_exc);
  if (rs_interp_call_value (self, callable, RS_VALUE_ABSENT, args, n_args,
                            self->frame->line, &result))
    rs_heap_decref (self->heap, result);
  else
    rs_interp_exc_discard (self, first_held, first_frame);
  if (self->aborting)
    {
      g_free (saved_message);
      return;   /* the step limit stops everything */
    }
  g_free (self->err_message);
  rs_interp_exc_restore (self, &saved_exc);
  self->err_set = saved_set;
  self->err_kind = saved_kind;
  self->err_message = saved_message;
  self->err_line = saved_line;
}

/* Heap hooks: script code run by destruction */

static void
hook_finalize (gpointer user_data,
               RsObjId  id)
{
  RsInterp *self = user_data;
  RsValue del;

  if (!rs_heap_class_lookup (self->heap, rs_heap_get (self->heap, id)->cls,
                             self->atom_del, &del))
    return;
  rs_heap_incref (self->heap, del);
  RsValue arg = RS_VALUE_OBJECT (id);
  rs_heap_incref (self->heap, arg);
  call_unraisable (self, del, &arg, 1);
}

static void
hook_weak_callback (gpointer user_data,
                    RsValue  callback,
                    RsObjId  weakref)
{
  RsInterp *self = user_data;
  RsValue arg = RS_VALUE_OBJECT (weakref);
  RsObj *o = rs_heap_get_value (self->heap, callback);

  if (callback == RS_VALUE_BUILTIN (RS_BI_WEAKDICT_REMOVE))
    {
      rs_interp_weakdict_callback (self, weakref);
      return;
    }
  rs_heap_incref (self->heap, callback);
  rs_heap_incref (self->heap, arg);
  /* PyObject_ClearWeakRefs passes the weakref borrowed: a function's frame
   * takes the reference given here, a class's args tuple does */
  self->class_call_from_c = o != NULL && o->kind == RS_KIND_CLASS;
  call_unraisable (self, callback, &arg, 1);
  self->class_call_from_c = FALSE;
}

const RsHeapHooks rs_interp_heap_hooks = {
  hook_finalize, hook_weak_callback, rs_interp_traceback_release, rs_interp_traceback_traverse,
  rs_interp_gen_close,
};
