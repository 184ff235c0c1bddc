/* rs-interp-call-args.c: calls with keyword, `*seq` and `**mapping` arguments
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The positional arguments are evaluated first, then the keywords (as
 * CPython 3.11 compiles them).  Plain keywords are moved into the call
 * like positional arguments (KW_NAMES + CALL).  With a `*` or a `**`
 * CPython calls through CALL_FUNCTION_EX: a tuple holds the positional
 * arguments and a dict the keywords until the call returns, and the callee
 * takes references of its own; the tuple goes first, then the dict.
 */
#include "rs-interp-private.h"

#include <string.h>

static void
release_values (RsInterp *self,
                GArray   *values)
{
  for (guint i = values->len; i > 0; i--)
    rs_heap_decref (self->heap, g_array_index (values, RsValue, i - 1));
}

/* _PyObject_FunctionStr of @callable, for the argument errors of a call:
 * `__main__.f()`, `__main__.A.m()`, `print()`, `dict.update()` */
static char *
function_str (RsInterp *self,
              RsValue   callable)
{
  RsObj *o = rs_heap_get_value (self->heap, callable);

  if (o != NULL && o->kind == RS_KIND_BOUND_METHOD)
    {
      RsBoundData *bd = o->data;
      if (RS_VALUE_TAG (bd->func) == RS_TAG_BUILTIN)
        return g_strdup_printf ("%s.%s()", rs_interp_type_name (self, bd->self),
                                rs_value_builtin_str (RS_VALUE_PAYLOAD (bd->func)));
      o = rs_heap_get_value (self->heap, bd->func);
    }
  if (o != NULL && o->kind == RS_KIND_FUNCTION)
    return g_strdup_printf ("__main__.%s()", rs_atoms_get (self->atoms, ((RsFunctionData *) o->data)->qualname, NULL));
  if (o != NULL && o->kind == RS_KIND_CLASS)
    return g_strdup_printf ("__main__.%s()", rs_atoms_get (self->atoms, ((RsClassData *) o->data)->name, NULL));
  if (RS_VALUE_TAG (callable) == RS_TAG_BUILTIN)
    return g_strdup_printf ("%s()", rs_value_builtin_str (RS_VALUE_PAYLOAD (callable)));
  return g_strdup_printf ("%s object", rs_interp_type_name (self, callable));
}

static gboolean
star_items (RsInterp     *self,
            RsValue       callable,
            RsValue       seq,
            guint         line,
            GArray       *values)
{
  RsObj *o = rs_heap_get_value (self->heap, seq);
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (RsValue));

  if (o != NULL && o->kind == RS_KIND_ITERATOR)
    return rs_interp_iter_collect (self, seq, line, values);
  if (!(RS_VALUE_TAG (seq) == RS_TAG_STR ||
        (o != NULL && (o->kind == RS_KIND_LIST || o->kind == RS_KIND_TUPLE ||
                       o->kind == RS_KIND_DICT || o->kind == RS_KIND_RANGE))))
    {
      g_autofree char *fn = function_str (self, callable);
      return rs_interp_raise (self, line, "TypeError", "%s argument after * must be an iterable, not %s",
                              fn, rs_interp_type_name (self, seq));
    }
  if (!rs_interp_iter_items (self, seq, line, items))
    return FALSE;
  for (guint i = 0; i < items->len; i++)
    {
      RsValue v = g_array_index (items, RsValue, i);
      rs_heap_incref (self->heap, v);
      g_array_append_val (values, v);
    }
  return TRUE;
}

/* `f(*x)` alone keeps x in @star: CALL_FUNCTION_EX passes it if it is a
 * tuple, else makes a tuple of it once the keywords are evaluated */
static gboolean
eval_positional (RsInterp     *self,
                 const RsExpr *e,
                 RsValue       callable,
                 guint         line,
                 GArray       *values,
                 RsValue      *star)
{
  for (guint i = 0; i < e->call.n_args; i++)
    {
      const RsExpr *arg = e->call.args[i];
      RsValue v;

      if (!rs_interp_eval (self, arg->kind == RS_EXPR_STARRED ? arg->unary.operand : arg, &v))
        return FALSE;
      if (arg->kind != RS_EXPR_STARRED)
        {
          g_array_append_val (values, v);
          continue;
        }
      gboolean ok = star_items (self, callable, v, line, values);
      if (ok && e->call.n_args == 1)
        *star = v;
      else
        rs_heap_decref (self->heap, v);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

/* The keywords of a call as they are gathered */
typedef struct {
  RsValue    callable;
  GPtrArray *names;
  GArray    *values;
  GArray    *keys;      /* RsValue: the str of each name */
  gboolean   bad_key;   /* a key that is no str: TypeError once the mapping is in */
} Keywords;

static gboolean
has_keyword (Keywords   *kw,
             const char *name)
{
  for (guint i = 0; i < kw->names->len; i++)
    if (strcmp (g_ptr_array_index (kw->names, i), name) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
multiple_values (RsInterp   *self,
                 Keywords   *kw,
                 const char *name,
                 guint       line)
{
  g_autofree char *fn = function_str (self, kw->callable);

  return rs_interp_raise (self, line, "TypeError", "%s got multiple values for keyword argument '%s'",
                          fn, name);
}

static gboolean
add_keyword (RsInterp   *self,
             Keywords   *kw,
             const char *name,
             RsValue     key,
             RsValue     value,
             guint       line)
{
  if (has_keyword (kw, name))
    {
      rs_heap_decref (self->heap, value);
      return multiple_values (self, kw, name, line);
    }
  g_ptr_array_add (kw->names, (gpointer) g_intern_string (name));
  g_array_append_val (kw->values, value);
  if (key == RS_VALUE_ABSENT)
    key = rs_interp_make_str (self, name, -1);   /* the name the code holds */
  g_array_append_val (kw->keys, key);
  return TRUE;
}

/* An RsMappingStore: DICT_MERGE looks the key up before it takes m[key] */
static gboolean
store_keyword (RsInterp *self,
               RsValue   mapping,
               RsValue   key,
               guint     line,
               gpointer  data)
{
  Keywords *kw = data;
  const char *name = RS_VALUE_TAG (key) == RS_TAG_STR ? rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (key), NULL)
                     : NULL;
  RsValue value;

  if (name != NULL && has_keyword (kw, name))
    return multiple_values (self, kw, name, line);
  if (!rs_interp_getitem (self, mapping, key, line, &value))
    return FALSE;
  if (name == NULL)
    {
      kw->bad_key = TRUE;
      rs_heap_decref (self->heap, value);
      return TRUE;
    }
  return add_keyword (self, kw, name, key, value, line);
}

/* `**m`: its string keys in order, new references to the values */
static gboolean
mapping_items (RsInterp *self,
               Keywords *kw,
               RsValue   m,
               guint     line)
{
  RsObj *o = rs_heap_get_value (self->heap, m);

  if ((o == NULL || o->kind != RS_KIND_DICT) && rs_interp_has_keys (self, m))
    {
      kw->bad_key = FALSE;
      if (!rs_interp_mapping_each (self, m, line, store_keyword, kw))
        return FALSE;
      return !kw->bad_key || rs_interp_raise (self, line, "TypeError", "keywords must be strings");
    }
  if (o == NULL || o->kind != RS_KIND_DICT)
    {
      g_autofree char *fn = function_str (self, kw->callable);
      return rs_interp_raise (self, line, "TypeError", "%s argument after ** must be a mapping, not %s",
                              fn, rs_interp_type_name (self, m));
    }
  for (guint i = 0; i < ((RsDict *) rs_heap_get_value (self->heap, m)->data)->len; i++)
    {
      RsDictEntry *entry = &((RsDict *) rs_heap_get_value (self->heap, m)->data)->entries[i];
      if (entry->key == RS_VALUE_ABSENT)
        continue;
      if (RS_VALUE_TAG (entry->key) != RS_TAG_STR)
        return rs_interp_raise (self, line, "TypeError", "keywords must be strings");
      rs_heap_incref (self->heap, entry->value);
      if (!add_keyword (self, kw, rs_atoms_get (self->atoms, RS_VALUE_PAYLOAD (entry->key), NULL),
                        entry->key, entry->value, line))
        return FALSE;
    }
  return TRUE;
}

static gboolean
eval_keywords (RsInterp     *self,
               const RsExpr *e,
               guint         line,
               Keywords     *kw)
{
  for (guint i = 0; i < e->call.n_keywords; i++)
    {
      RsValue v;

      if (!rs_interp_eval (self, e->call.kw_values[i], &v))
        return FALSE;
      if (e->call.kw_names[i] != NULL)
        {
          if (!add_keyword (self, kw, e->call.kw_names[i], RS_VALUE_ABSENT, v, line))
            return FALSE;
          continue;
        }
      gboolean ok = mapping_items (self, kw, v, line);
      rs_heap_decref (self->heap, v);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

RsValue
rs_interp_kw_key (RsInterp       *self,
                  const RsCallKw *kw,
                  guint           i)
{
  return kw->keys != NULL ? kw->keys[i] : rs_interp_make_str (self, kw->names[i], -1);
}

void
rs_interp_hold_values (RsInterp      *self,
                       const RsValue *values,
                       guint          n)
{
  for (guint i = 0; i < n; i++)
    rs_heap_incref (self->heap, values[i]);
}

static gboolean
is_class (RsInterp *self,
          RsValue   callable)
{
  RsObj *o = rs_heap_get_value (self->heap, callable);

  return o != NULL && o->kind == RS_KIND_CLASS;
}

/* A script function, or a bound method of one */
static gboolean
is_function (RsInterp *self,
             RsValue   callable)
{
  RsObj *o = rs_heap_get_value (self->heap, callable);

  if (o != NULL && o->kind == RS_KIND_BOUND_METHOD)
    o = rs_heap_get_value (self->heap, ((RsBoundData *) o->data)->func);
  return o != NULL && o->kind == RS_KIND_FUNCTION;
}

gboolean
rs_interp_call_is_ex (const RsExpr *e)
{
  for (guint i = 0; i < e->call.n_args; i++)
    if (e->call.args[i]->kind == RS_EXPR_STARRED)
      return TRUE;
  for (guint i = 0; i < e->call.n_keywords; i++)
    if (e->call.kw_names[i] == NULL)
      return TRUE;
  return FALSE;
}

gboolean
rs_interp_call_with_keywords (RsInterp     *self,
                              const RsExpr *e,
                              RsValue       callable,
                              RsValue       self_arg,
                              guint         line,
                              RsValue      *out)
{
  g_autoptr(GArray) args = g_array_new (FALSE, FALSE, sizeof (RsValue));
  g_autoptr(GArray) kw_values = g_array_new (FALSE, FALSE, sizeof (RsValue));
  g_autoptr(GPtrArray) kw_names = g_ptr_array_new ();
  g_autoptr(GArray) kw_keys = g_array_new (FALSE, FALSE, sizeof (RsValue));
  gboolean ex = rs_interp_call_is_ex (e);
  RsValue holder = RS_VALUE_ABSENT;

  Keywords kw_args = { callable, kw_names, kw_values, kw_keys, FALSE };

  if (!eval_positional (self, e, callable, line, args, &holder) ||
      !eval_keywords (self, e, line, &kw_args))
    {
      release_values (self, kw_values);
      rs_heap_decref (self->heap, holder);
      release_values (self, args);
      rs_heap_decref (self->heap, self_arg);
      rs_heap_decref (self->heap, callable);
      return FALSE;
    }
  RsValue *argv = (RsValue *) (gpointer) args->data, *kwv = (RsValue *) (gpointer) kw_values->data;
  if (holder != RS_VALUE_ABSENT && !rs_interp_is_tuple (self, holder))
    {
      rs_heap_decref (self->heap, holder);   /* PySequence_Tuple replaces it */
      holder = RS_VALUE_ABSENT;
    }
  if (ex && is_class (self, callable))
    {
      /* type_call gets the tuple and the dict themselves: the references
       * given are theirs, the tuple's released as a tuple dies */
      rs_heap_decref (self->heap, holder);
      self->class_call_from_c = TRUE;
      RsCallKw kw = { (const char **) kw_names->pdata, kwv, kw_values->len, TRUE,
                      (const RsValue *) (gpointer) kw_keys->data };
      return rs_interp_call_kw (self, callable, self_arg, argv, args->len, kw.n > 0 ? &kw : NULL,
                                line, out);
    }
  if (ex)
    {
      /* the tuple and the dict of CALL_FUNCTION_EX keep theirs; a
       * function called with keywords from it gets them (and the
       * positional ones) unpacked onto a stack first (_PyStack_UnpackDict) */
      if (holder == RS_VALUE_ABSENT)
        holder = rs_interp_tuple_of (self, argv, args->len);
      rs_interp_hold_values (self, kwv, kw_values->len);
    }
  gboolean unpacked = ex && kw_values->len > 0 && is_function (self, callable);
  if (unpacked)
    {
      rs_interp_hold_values (self, argv, args->len);
      rs_interp_hold_values (self, kwv, kw_values->len);
    }
  /* CALL_FUNCTION_EX keeps the callable (a bound method, its self) */
  RsValue func = ex ? callable : RS_VALUE_ABSENT;
  rs_heap_incref (self->heap, func);
  RsCallKw kw = { (const char **) kw_names->pdata, kwv, kw_values->len, ex,
                  (const RsValue *) (gpointer) kw_keys->data };
  self->call_col = e->col;   /* where a rejection in the callee is reported */
  gboolean ok = rs_interp_call_kw (self, callable, self_arg, argv, args->len, kw.n > 0 ? &kw : NULL,
                                   line, out);
  if (unpacked)
    {
      rs_interp_release_in_order (self, argv, args->len);
      rs_interp_release_in_order (self, kwv, kw_values->len);
    }
  if (ex)
    {
      rs_heap_decref (self->heap, func);
      rs_heap_decref (self->heap, holder);
      rs_interp_release_in_order (self, kwv, kw_values->len);
    }
  return ok;
}
