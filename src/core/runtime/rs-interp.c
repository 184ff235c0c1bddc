/* rs-interp.c: the module run, errors and statements of the session interpreter
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rs-interp-private.h"

#include <glib/gi18n-lib.h>

#include <pthread.h>
#include <stdarg.h>
#include <string.h>

/* The interpreter recurses in C as the script recurses: give it room. */
#define RUN_STACK_SIZE ((gsize) 16 * 1024 * 1024)

/* Atoms */

guint32
rs_interp_atom (RsInterp   *self,
                const char *str)
{
  gpointer found = g_hash_table_lookup (self->atom_cache, str);

  if (found != NULL)
    return GPOINTER_TO_UINT (found) - 1;
  guint32 atom = rs_atoms_intern (self->atoms, str, -1);
  g_hash_table_insert (self->atom_cache, (gpointer) str, GUINT_TO_POINTER (atom + 1));
  return atom;
}

/* Errors */

static gboolean
raise_valist (RsInterp   *self,
              guint       line,
              const char *kind,
              const char *format,
              va_list     args)
{
  if (self->err_set)
    return FALSE;   /* the first error wins (e.g. the step limit) */
  self->err_set = TRUE;
  self->err_kind = kind;
  g_free (self->err_message);
  self->err_message = g_strdup_vprintf (format, args);
  self->err_line = line != 0 ? line : self->frame->line;
  rs_interp_exc_note_raise (self);
  return FALSE;
}

gboolean
rs_interp_raise (RsInterp   *self,
                 guint       line,
                 const char *kind,
                 const char *format,
                 ...)
{
  va_list args;

  va_start (args, format);
  raise_valist (self, line, kind, format, args);
  va_end (args);
  return FALSE;
}

gboolean
rs_interp_raise_held (RsInterp   *self,
                      guint       line,
                      RsValue     held,
                      const char *kind,
                      const char *format,
                      ...)
{
  va_list args;

  if (!self->err_set)
    {
      rs_heap_incref (self->heap, held);
      g_array_append_val (self->err_held, held);
    }
  va_start (args, format);
  raise_valist (self, line, kind, format, args);
  va_end (args);
  return FALSE;
}

gboolean
rs_interp_reject (RsInterp   *self,
                  guint       line,
                  const char *format,
                  ...)
{
  va_list args;

  if (self->aborting)
    return FALSE;
  va_start (args, format);
  /* the subset's own message: the catalogue is asked here (xgettext
   * reads rs_interp_reject as a keyword) */
  self->reject_message = g_strdup_vprintf (g_dgettext (GETTEXT_PACKAGE, format), args);
  va_end (args);
  self->reject_line = line != 0 ? line : self->frame->line;
  self->reject_col = MAX (self->call_col, 1);
  self->rejected = TRUE;
  self->aborting = TRUE;
  self->err_set = TRUE;   /* no error replaces it while the frames unwind */
  return FALSE;
}

/* What the exception held (from @first_held on), then the frames the
 * traceback kept (innermost first, from @first_frame on). */
void
rs_interp_release_error (RsInterp *self,
                         guint     first_held,
                         guint     first_frame)
{
  while (self->err_held->len > first_held)
    {
      RsValue v = g_array_index (self->err_held, RsValue, first_held);
      g_array_remove_index (self->err_held, first_held);
      rs_heap_decref (self->heap, v);
    }
  while (self->err_frames->len > first_frame)
    {
      RsFrame *f = g_ptr_array_steal_index (self->err_frames, first_frame);
      rs_interp_frame_clear (self, f);
      rs_interp_frame_unkeep (self, f);
    }
}

/* Steps */

gboolean
rs_interp_step (RsInterp *self,
                guint     line)
{
  self->frame->line = line;
  if (self->aborting)
    return FALSE;
  self->n_steps++;
  rs_heap_emit (self->heap, RS_EV_STEP, 0, self->frame->id, line, 0, 0);
  if (self->step_limit == 0 || self->n_steps <= self->step_limit)
    return rs_interp_budget_ok (self, line);
  self->err_set = FALSE;
  rs_interp_raise (self, line, "StepLimitError",
                   "the step limit of %" G_GUINT64_FORMAT " executed lines was reached",
                   self->step_limit);
  self->aborting = TRUE;
  return FALSE;
}

/* Statements */

gboolean
rs_interp_eval_test (RsInterp     *self,
                     const RsExpr *test,
                     gboolean     *truth)
{
  RsValue v;

  if (!rs_interp_eval (self, test, &v))
    return FALSE;
  gboolean ok = rs_interp_truth (self, v, test->line, truth);
  rs_heap_decref (self->heap, v);
  return ok;
}

static RsExec
exec_if (RsInterp     *self,
         const RsStmt *s)
{
  gboolean truth;

  if (!rs_interp_eval_test (self, s->if_.test, &truth))
    return RS_EXEC_ERROR;
  return rs_interp_exec_block (self, truth ? &s->if_.body : &s->if_.orelse);
}

/* compiler_visit_annotations: the positional parameters' annotations,
 * then the positional-only ones', then *args, the keyword-only ones,
 * **kwargs and the return's; what they reference goes to @out */
static gboolean
eval_def_annotations (RsInterp     *self,
                      const RsStmt *s,
                      GArray       *out)
{
  guint n = s->def.annotations != NULL ? s->def.n_params : 0;

  for (guint k = 0; k < n; k++)
    {
      /* source order: positional-only, positional, then the rest */
      guint i = k < s->def.n_positional - s->def.n_posonly ? k + s->def.n_posonly
                : k < s->def.n_positional ? k - (s->def.n_positional - s->def.n_posonly) : k;

      if (s->def.annotations[i] != NULL && !rs_interp_eval_annotation (self, s->def.annotations[i], out))
        return FALSE;
    }
  return s->def.returns == NULL || rs_interp_eval_annotation (self, s->def.returns, out);
}

/* MAKE_FUNCTION for a def or a lambda: @value gets the new function,
 * decorated (a lambda has no decorators). */
gboolean
rs_interp_make_function (RsInterp     *self,
                         const RsStmt *s,
                         RsValue      *value)
{
  guint32 name = rs_interp_atom (self, s->def.name);
  guint32 qualname = name;

  if (self->frame->kind == RS_FRAME_CLASS)
    {
      g_autofree char *q = g_strdup_printf ("%s.%s",
                                            self->frame->class_name,
                                            s->def.name);
      qualname = rs_atoms_intern (self->atoms, q, -1);
    }
  else if (self->frame->kind == RS_FRAME_FUNCTION)
    {
      RsFunctionData *outer = rs_heap_get_value (self->heap, self->frame->func)->data;
      g_autofree char *q = g_strdup_printf ("%s.<locals>.%s",
                                            rs_atoms_get (self->atoms, outer->qualname, NULL),
                                            s->def.name);
      qualname = rs_atoms_intern (self->atoms, q, -1);
    }
  RsValue defaults = RS_VALUE_ABSENT;
  g_autofree RsValue *kwdefaults = g_new0 (RsValue, MAX (s->def.n_kwonly, 1));
  g_autofree RsValue *decorators = g_new0 (RsValue, MAX (s->def.n_decorators, 1));
  if (!rs_interp_eval_decorators (self, s, decorators))
    return FALSE;
  if (!rs_interp_eval_defaults (self, s, &defaults, kwdefaults))
    {
      rs_interp_release_top_first (self, decorators, s->def.n_decorators);
      return FALSE;
    }
  /* MAKE_FUNCTION gets the annotations after the defaults, in a tuple
   * the function keeps (released after its closure).  If one fails, the
   * stack goes: the annotations so far (the last first), the keyword
   * defaults' dict (its values first to last), then the defaults' tuple. */
  g_autoptr(GArray) annotations = g_array_new (FALSE, FALSE, sizeof (RsValue));
  if (!eval_def_annotations (self, s, annotations))
    goto failed;
  RsValue closure;
  rs_interp_make_closure (self, s, &closure);
  RsObjId f = rs_heap_new_function (self->heap, s, name, qualname);
  rs_interp_set_defaults (self, f, s, defaults, kwdefaults);
  if (closure != RS_VALUE_ABSENT)
    rs_heap_function_set_closure (self->heap, f, closure);
  if (annotations->len > 0)
    rs_heap_function_set_annotations (self->heap, f, RS_VALUE_OBJECT (rs_heap_new_tuple (
                                        self->heap, (RsValue *) annotations->data, annotations->len)));
  if (s->def.uses_class_cell && self->frame->kind == RS_FRAME_CLASS)
    {
      if (self->frame->class_cells == NULL)
        self->frame->class_cells = g_array_new (FALSE, FALSE, sizeof (RsObjId));
      g_array_append_val (self->frame->class_cells, f);
    }
  *value = RS_VALUE_OBJECT (f);
  return rs_interp_apply_decorators (self, s, decorators, value);

failed:
  rs_interp_release_top_first (self, (RsValue *) annotations->data, annotations->len);
  for (guint i = 0; i < s->def.n_kwonly; i++)
    rs_heap_decref (self->heap, kwdefaults[i]);
  rs_heap_decref (self->heap, defaults);
  rs_interp_release_top_first (self, decorators, s->def.n_decorators);
  return FALSE;
}

static gboolean
exec_def (RsInterp     *self,
          const RsStmt *s)
{
  RsValue value;

  return rs_interp_make_function (self, s, &value)
         && rs_interp_store_name (self, s->def.bound, value, s->line);
}

/* class Name(Base): the body runs in its own namespace, then the class
 * object takes new references to what the namespace holds. */
static gboolean
exec_class (RsInterp     *self,
            const RsStmt *s)
{
  g_autoptr(GArray) bases = g_array_new (FALSE, FALSE, sizeof (RsValue));
  guint exc_base = G_MAXUINT;
  RsObjId cls;

  if (!rs_interp_eval_bases (self, s, bases))
    return FALSE;
  if (!rs_interp_exc_bases (self, s, (RsValue *) bases->data, bases->len, &exc_base))
    {
      rs_interp_release_in_order (self, (RsValue *) bases->data, bases->len);
      return FALSE;
    }
  RsFrame *f = rs_interp_frame_new (self, RS_FRAME_CLASS);
  f->names = g_new0 (RsNames, 1);
  rs_interp_names_init (f->names);
  f->class_name = s->class_.name;
  f->line = s->line;
  rs_heap_emit (self->heap, RS_EV_FRAME_PUSH, 0, f->id, rs_interp_atom (self, s->class_.name), 0, 0);
  f->back = self->frame;
  self->frame = f;
  RsExec status = rs_interp_enter (self, 1, s->line) ? rs_interp_exec_block (self, &s->class_.body)
                                           : RS_EXEC_ERROR;
  rs_interp_class_annotations (self, f);
  self->frame = f->back;
  if (status == RS_EXEC_ERROR)
    {
      self->depth--;
      rs_interp_release_in_order (self, (RsValue *) bases->data, bases->len);
      rs_interp_frame_unwound (self, f);
      return FALSE;
    }
  self->depth--;
  if (!rs_interp_new_class (self, s, f->names, bases, &cls))
    {
      rs_interp_frame_finish (self, f);
      rs_interp_release_in_order (self, (RsValue *) bases->data, bases->len);
      return FALSE;
    }
  rs_interp_exc_class_made (self, cls, exc_base);
  rs_interp_fill_class_cells (self, f, cls);
  for (guint i = 0; i < f->names->names->len; i++)
    {
      RsName *n = &g_array_index (f->names->names, RsName, i);
      if (n->value == RS_VALUE_ABSENT)
        continue;
      rs_heap_incref (self->heap, n->value);
      rs_heap_attr_set (self->heap, cls, n->name, n->value);
    }
  rs_interp_frame_finish (self, f);
  rs_interp_release_in_order (self, (RsValue *) bases->data, bases->len);
  return rs_interp_store_name (self, s->class_.name, RS_VALUE_OBJECT (cls), s->line);
}

static gboolean
exec_import (RsInterp     *self,
             const RsStmt *s)
{
  for (guint i = 0; i < s->names.n_names; i++)
    {
      const char *name = s->names.names[i];
      RsBuiltinId id;
      if (!rs_interp_module_name (s->kind == RS_STMT_IMPORT ? name : s->names.module, &id))
        return rs_interp_raise (self, s->line, "ImportError", "import of '%s' is not in the subset", name);
      /* from M import x: the checker let only members of M through */
      if (s->kind == RS_STMT_IMPORT_FROM && !rs_interp_module_attr (self, id, name, &id))
        g_assert_not_reached ();
      if (!rs_interp_store_name (self, s->names.asnames[i], RS_VALUE_BUILTIN (id), s->line))
        return FALSE;
    }
  return TRUE;
}

static RsExec
exec_stmt (RsInterp     *self,
           const RsStmt *s)
{
  RsValue v;

  if (s->kind != RS_STMT_GLOBAL && s->kind != RS_STMT_NONLOCAL && !rs_interp_step (self, s->line))
    return RS_EXEC_ERROR;
  switch (s->kind)
    {
    case RS_STMT_EXPR:
      if (!rs_interp_eval (self, s->expr.value, &v))
        return RS_EXEC_ERROR;
      rs_heap_decref (self->heap, v);
      return RS_EXEC_OK;
    case RS_STMT_ASSIGN:
      return rs_interp_exec_assign (self, s) ? RS_EXEC_OK : RS_EXEC_ERROR;
    case RS_STMT_DELETE:
      for (guint i = 0; i < s->del.n_targets; i++)
        if (!rs_interp_exec_del_target (self, s->del.targets[i]))
          return RS_EXEC_ERROR;
      return RS_EXEC_OK;
    case RS_STMT_PASS:
    case RS_STMT_GLOBAL:
    case RS_STMT_NONLOCAL:
      return RS_EXEC_OK;
    case RS_STMT_IF:
      return exec_if (self, s);
    case RS_STMT_WHILE:
      return rs_interp_exec_while (self, s);
    case RS_STMT_FOR:
      return rs_interp_exec_for (self, s);
    case RS_STMT_BREAK:
      return RS_EXEC_BREAK;
    case RS_STMT_CONTINUE:
      return RS_EXEC_CONTINUE;
    case RS_STMT_DEF:
      return exec_def (self, s) ? RS_EXEC_OK : RS_EXEC_ERROR;
    case RS_STMT_CLASS:
      return exec_class (self, s) ? RS_EXEC_OK : RS_EXEC_ERROR;
    case RS_STMT_RETURN:
      if (s->return_.value == NULL)
        v = RS_VALUE_NONE;
      else if (!rs_interp_eval (self, s->return_.value, &v))
        return RS_EXEC_ERROR;
      self->frame->retval = v;
      return RS_EXEC_RETURN;
    case RS_STMT_IMPORT:
    case RS_STMT_IMPORT_FROM:
      return exec_import (self, s) ? RS_EXEC_OK : RS_EXEC_ERROR;
    case RS_STMT_AUGASSIGN:
      return rs_interp_exec_augassign (self, s) ? RS_EXEC_OK : RS_EXEC_ERROR;
    case RS_STMT_ASSERT:
      return rs_interp_exec_assert (self, s) ? RS_EXEC_OK : RS_EXEC_ERROR;
    case RS_STMT_ANNASSIGN:
      return rs_interp_exec_annassign (self, s) ? RS_EXEC_OK : RS_EXEC_ERROR;
    case RS_STMT_TRY:
      return rs_interp_exec_try (self, s);
    case RS_STMT_RAISE:
      return rs_interp_exec_raise (self, s) ? RS_EXEC_OK : RS_EXEC_ERROR;
    default:
      return rs_interp_raise (self, s->line, "SyntaxError", "statement not supported") ? RS_EXEC_OK
                                                                                        : RS_EXEC_ERROR;
    }
}

RsExec
rs_interp_exec_block (RsInterp      *self,
                      const RsBlock *block)
{
  for (guint i = 0; i < block->n_stmts; i++)
    {
      RsExec r = exec_stmt (self, block->stmts[i]);
      if (r == RS_EXEC_OK && self->aborting)
        r = RS_EXEC_ERROR;
      if (r != RS_EXEC_OK)
        return r;
    }
  return RS_EXEC_OK;
}

/* The heap's events go to the sink until a rejection: the oracle exits
 * there, so the releases of the unwinding frames are not part of the run. */
static void
relay_emit (gpointer       user_data,
            const RsEvent *event,
            const RsValue *payload,
            guint          n_payload)
{
  RsInterp *self = user_data;

  if (!self->rejected && self->sink.emit != NULL)
    self->sink.emit (self->sink.user_data, event, payload, n_payload);
}

/* Public API */

RsInterp *
rs_interp_new (RsAtoms           *atoms,
               const RsEventSink *sink)
{
  g_return_val_if_fail (atoms != NULL, NULL);

  RsInterp *self = g_new0 (RsInterp, 1);
  const RsEventSink relay = { relay_emit, self };

  self->atoms = atoms;
  if (sink != NULL)
    self->sink = *sink;
  self->heap = rs_heap_new (atoms, &relay, &rs_interp_heap_hooks, self);
  self->atom_cache = g_hash_table_new (NULL, NULL);
  self->imported = g_hash_table_new (NULL, NULL);
  rs_interp_names_init (&self->globals);
  self->module_frame.id = RS_GLOBAL_FRAME;
  self->module_frame.kind = RS_FRAME_MODULE;
  self->module_frame.names = NULL;
  self->next_frame = RS_GLOBAL_FRAME;
  self->frame = &self->module_frame;
  self->depth = 1;
  self->step_limit = 10000000;
  /* the machine's: a session or a command line sets its own */
  guint64 bytes = rs_interp_default_heap_bytes ();
  rs_heap_set_budget (self->heap, bytes, rs_interp_default_object_limit (bytes));
  self->err_held = g_array_new (FALSE, FALSE, sizeof (RsValue));
  self->err_frames = g_ptr_array_new ();
  self->atom_init = rs_interp_atom (self, g_intern_static_string ("__init__"));
  self->atom_del = rs_interp_atom (self, g_intern_static_string ("__del__"));
  return self;
}

void
rs_interp_free (RsInterp *self)
{
  if (self == NULL)
    return;
  rs_interp_traceback_free_all (self);
  g_ptr_array_set_free_func (self->err_frames, rs_interp_frame_free_quietly);
  g_ptr_array_unref (self->err_frames);
  g_array_unref (self->err_held);
  g_clear_pointer (&self->handling, g_array_unref);
  rs_interp_names_clear (&self->globals);
  rs_heap_free (self->heap);
  g_hash_table_destroy (self->atom_cache);
  g_hash_table_destroy (self->imported);
  g_clear_pointer (&self->untraced_ids, g_hash_table_destroy);
  g_clear_pointer (&self->annotations, g_array_unref);
  g_clear_pointer (&self->annotation_keys, g_array_unref);
  g_clear_pointer (&self->tuple_constants, g_hash_table_destroy);
  g_free (self->err_message);
  g_free (self->reject_message);
  g_free (self);
}

void
rs_interp_set_step_limit (RsInterp *self,
                          guint64   limit)
{
  g_return_if_fail (self != NULL);
  self->step_limit = limit;
}

void
rs_interp_set_event_mask (RsInterp *self,
                          guint32   kinds)
{
  g_return_if_fail (self != NULL);
  rs_heap_set_event_mask (self->heap, kinds);
}

static void
report_error (RsInterp *self)
{
  guint32 kind = rs_atoms_intern (self->atoms, self->err_kind, -1);
  guint32 message = rs_atoms_intern (self->atoms, self->err_message ? self->err_message : "", -1);

  /* the exception's references go just before the error line */
  rs_interp_release_error (self, 0, G_MAXUINT);
  rs_interp_exc_drop_carried (self);
  rs_heap_emit (self->heap, RS_EV_ERROR, 0, self->frame->id, kind,
                RS_VALUE_MAKE (RS_TAG_STR, message), rs_value_int (self->err_line));
  /* then the frames, innermost first: those its traceback kept, those
   * it passed since; then the exception itself */
  rs_interp_exc_release_kept (self);
  rs_interp_release_error (self, 0, 0);
  rs_interp_exc_release_raised (self);
}

/* CPython 3.11 compiles a method call on a name that a module-level
 * import binds without LOAD_METHOD (is_import_originated), which changes
 * the line a failing call reports: remember those names. */
static void
note_imports (RsInterp      *self,
              const RsBlock *block)
{
  for (guint i = 0; i < block->n_stmts; i++)
    {
      const RsStmt *s = block->stmts[i];
      switch (s->kind)
        {
        case RS_STMT_IMPORT:
        case RS_STMT_IMPORT_FROM:
          for (guint j = 0; j < s->names.n_names; j++)
            g_hash_table_add (self->imported,
                              GUINT_TO_POINTER (rs_interp_atom (self, s->names.asnames[j])));
          break;
        case RS_STMT_IF:
          note_imports (self, &s->if_.body);
          note_imports (self, &s->if_.orelse);
          break;
        case RS_STMT_WHILE:
          note_imports (self, &s->while_.body);
          note_imports (self, &s->while_.orelse);
          break;
        case RS_STMT_FOR:
          note_imports (self, &s->for_.body);
          note_imports (self, &s->for_.orelse);
          break;
        case RS_STMT_TRY:
          note_imports (self, &s->try_.body);
          note_imports (self, &s->try_.handlers);
          note_imports (self, &s->try_.orelse);
          note_imports (self, &s->try_.finalbody);
          break;
        case RS_STMT_EXCEPT:
          note_imports (self, &s->except_.body);
          break;
        default:
          break;
        }
    }
}

gboolean
rs_interp_is_imported (RsInterp   *self,
                       const char *name)
{
  return g_hash_table_contains (self->imported, GUINT_TO_POINTER (rs_interp_atom (self, name)));
}

static gpointer
run_thread (gpointer data)
{
  RsInterp *self = data;
  RsExec r = rs_interp_exec_block (self, &self->run_module->body);

  if (self->rejected)
    {
      self->run_result = RS_RUN_REJECTED;
      self->stopped = TRUE;
    }
  else if (r == RS_EXEC_ERROR || self->aborting)
    {
      self->run_result = self->aborting ? RS_RUN_STEP_LIMIT : RS_RUN_ERROR;
      self->stopped = TRUE;
      report_error (self);
    }
  else
    self->run_result = RS_RUN_OK;
  return NULL;
}

RsRunResult
rs_interp_run (RsInterp       *self,
               const RsModule *module)
{
  g_return_val_if_fail (self != NULL, RS_RUN_ERROR);
  g_return_val_if_fail (module != NULL, RS_RUN_ERROR);

  if (self->stopped)
    return RS_RUN_ERROR;
  self->run_module = module;
  note_imports (self, &module->body);

  /* a thread with a big stack: script recursion is C recursion here */
  pthread_attr_t attr;
  pthread_t thread;
  pthread_attr_init (&attr);
  pthread_attr_setstacksize (&attr, RUN_STACK_SIZE);
  if (pthread_create (&thread, &attr, run_thread, self) == 0)
    pthread_join (thread, NULL);
  else
    run_thread (self);
  pthread_attr_destroy (&attr);
  self->run_module = NULL;
  return self->run_result;
}

void
rs_interp_get_alive (RsInterp *self,
                     GArray   *reachable,
                     GArray   *leaked)
{
  g_return_if_fail (self != NULL);

  g_autoptr(GArray) roots = g_array_new (FALSE, FALSE, sizeof (RsValue));
  for (guint i = 0; i < self->globals.names->len; i++)
    g_array_append_val (roots, g_array_index (self->globals.names, RsName, i).value);
  /* __annotations__ is a module name too */
  if (self->annotations != NULL)
    g_array_append_vals (roots, self->annotations->data, self->annotations->len);
  rs_heap_partition (self->heap, (RsValue *) roots->data, roots->len, reachable, leaked);
}

guint
rs_interp_get_refcount (RsInterp *self,
                        RsObjId   id)
{
  g_return_val_if_fail (self != NULL, 0);

  RsObj *o = rs_heap_get (self->heap, id);
  return o != NULL ? o->refcnt : 0;
}

gboolean
rs_interp_get_rejection (RsInterp    *self,
                         guint       *line,
                         guint       *column,
                         const char **message)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (line != NULL)
    *line = self->reject_line;
  if (column != NULL)
    *column = self->reject_col;
  if (message != NULL)
    *message = self->reject_message;
  return self->rejected;
}

guint64
rs_interp_get_n_steps (RsInterp *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_steps;
}
