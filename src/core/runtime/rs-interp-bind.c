/* rs-interp-bind.c: a call's arguments bound to a function's parameters
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CPython 3.11's initialize_locals: the positional arguments move into
 * their slots, the extra ones into the *args tuple (or they are released
 * at once), the keywords find their slots (or go to **kwargs), then the
 * defaults fill what is missing.  The first problem raises CPython's
 * TypeError and the caller clears the half-built frame.  The **kwargs dict
 * is allocated once everything bound, as the oracle does it (LANGUAGE.md).
 */
#include "rs-interp-private.h"

static void
store_param (RsInterp *self,
             RsFrame  *f,
             guint     slot,
             RsValue   value,
             gboolean  from_temp)
{
  f->locals[slot] = value;
  rs_heap_slot_event (self->heap, RS_EV_NAME_SET, from_temp ? RS_EVENT_FROM_TEMP : 0,
                      f->id, f->atoms[slot], 0, value);
}

static const char *
qualname (RsInterp       *self,
          RsFunctionData *fd)
{
  return rs_atoms_get (self->atoms, fd->qualname, NULL);
}

/* 'a', 'a' and 'b', 'a', 'b', and 'c' */
static void
append_names (GString     *out,
              const char **names,
              guint        n)
{
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (out, n == 2 ? " and " : i + 1 == n ? ", and " : ", ");
      g_string_append_printf (out, "'%s'", names[i]);
    }
}

static gboolean
missing_arguments (RsInterp       *self,
                   RsFrame        *f,
                   RsFunctionData *fd,
                   guint           first,
                   guint           end,
                   const char     *kind,
                   guint           line)
{
  const RsStmt *def = fd->def;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = first; i < end; i++)
    if (f->locals[i] == RS_VALUE_ABSENT)
      g_ptr_array_add (names, (gpointer) def->def.params[i]);
  append_names (list, (const char **) names->pdata, names->len);
  return rs_interp_raise (self, line, "TypeError", "%s() missing %u required %s argument%s: %s",
                          qualname (self, fd), names->len, kind, names->len == 1 ? "" : "s",
                          list->str);
}

static gboolean
too_many_positional (RsInterp       *self,
                     RsFrame        *f,
                     RsFunctionData *fd,
                     guint           given,
                     guint           line)
{
  const RsStmt *def = fd->def;
  guint argcount = def->def.n_positional, defcount = def->def.n_defaults, kwonly_given = 0;
  g_autofree char *sig = NULL, *kwonly_sig = NULL;

  for (guint i = argcount; i < argcount + def->def.n_kwonly; i++)
    kwonly_given += f->locals[i] != RS_VALUE_ABSENT;
  sig = defcount > 0 ? g_strdup_printf ("from %u to %u", argcount - defcount, argcount)
                     : g_strdup_printf ("%u", argcount);
  kwonly_sig = kwonly_given == 0 ? g_strdup ("")
    : g_strdup_printf (" positional argument%s (and %u keyword-only argument%s)",
                       given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
  return rs_interp_raise (self, line, "TypeError", "%s() takes %s positional argument%s but %u%s %s given",
                          qualname (self, fd), sig, defcount > 0 || argcount != 1 ? "s" : "",
                          given, kwonly_sig, given == 1 && kwonly_given == 0 ? "was" : "were");
}

/* The slot keyword @name binds, -1: none (positional-only names bind none) */
static gint
keyword_slot (const RsStmt *def,
              const char   *name)
{
  for (guint i = def->def.n_posonly; i < def->def.n_positional + def->def.n_kwonly; i++)
    if (g_strcmp0 (def->def.params[i], name) == 0)
      return i;
  return -1;
}

static gboolean
unexpected_keyword (RsInterp       *self,
                    RsFunctionData *fd,
                    const RsCallKw *kw,
                    guint           at,
                    guint           line)
{
  const RsStmt *def = fd->def;
  g_autoptr(GString) names = g_string_new (NULL);

  /* positional_only_passed_as_keyword: every keyword naming one */
  for (guint i = 0; i < kw->n; i++)
    for (guint j = 0; j < def->def.n_posonly; j++)
      if (g_strcmp0 (def->def.params[j], kw->names[i]) == 0)
        g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "", kw->names[i]);
  if (names->len > 0)
    return rs_interp_raise (self, line, "TypeError", "%s() got some positional-only arguments "
                            "passed as keyword arguments: '%s'", qualname (self, fd), names->str);
  return rs_interp_raise (self, line, "TypeError", "%s() got an unexpected keyword argument '%s'",
                          qualname (self, fd), kw->names[at]);
}

/* The keywords: into their slots, or @extra (for **kwargs); FALSE with
 * the TypeError, the keywords not yet bound released */
static gboolean
bind_keywords (RsInterp       *self,
               RsFrame        *f,
               RsFunctionData *fd,
               const RsCallKw *kw,
               GArray         *extra,
               guint           line)
{
  const RsStmt *def = fd->def;

  for (guint i = 0; kw != NULL && i < kw->n; i++)
    {
      gint slot = keyword_slot (def, kw->names[i]);
      gboolean ok = TRUE;

      if (slot < 0 && def->def.varkw)
        {
          g_array_append_val (extra, kw->values[i]);
          continue;
        }
      if (slot < 0)
        ok = unexpected_keyword (self, fd, kw, i, line);
      else if (f->locals[slot] != RS_VALUE_ABSENT)
        ok = rs_interp_raise (self, line, "TypeError", "%s() got multiple values for argument '%s'",
                              qualname (self, fd), kw->names[i]);
      if (!ok)
        {
          for (guint j = i; j < kw->n; j++)
            rs_heap_decref (self->heap, kw->values[j]);
          return FALSE;
        }
      store_param (self, f, slot, kw->values[i], TRUE);
    }
  return TRUE;
}

/* Missing positional and keyword-only parameters from the defaults */
static gboolean
bind_defaults (RsInterp       *self,
               RsFrame        *f,
               RsFunctionData *fd,
               guint           n_args,
               guint           line)
{
  const RsStmt *def = fd->def;
  guint argcount = def->def.n_positional, defcount = def->def.n_defaults;
  guint m = argcount - defcount;

  for (guint i = n_args; i < m; i++)
    if (f->locals[i] == RS_VALUE_ABSENT)
      return missing_arguments (self, f, fd, n_args, m, "positional", line);
  for (guint i = MAX (n_args, m); i < argcount; i++)
    if (f->locals[i] == RS_VALUE_ABSENT)
      store_param (self, f, i, rs_heap_tuple_items (self->heap, RS_VALUE_OBJECT_ID (fd->defaults))->items[i - m], FALSE);
  for (guint i = argcount; i < argcount + def->def.n_kwonly; i++)
    if (f->locals[i] == RS_VALUE_ABSENT && fd->kwdefaults != NULL && fd->kwdefaults[i - argcount] != RS_VALUE_ABSENT)
      store_param (self, f, i, fd->kwdefaults[i - argcount], FALSE);
  for (guint i = argcount; i < argcount + def->def.n_kwonly; i++)
    if (f->locals[i] == RS_VALUE_ABSENT)
      return missing_arguments (self, f, fd, argcount, argcount + def->def.n_kwonly, "keyword-only", line);
  return TRUE;
}

/* **kwargs: a traced dict of the keywords no parameter took */
static void
bind_kwargs (RsInterp     *self,
             RsFrame      *f,
             const RsStmt *def,
             const RsCallKw *kw,
             GArray       *extra)
{
  RsObjId d = rs_heap_new_dict (self->heap);
  guint k = 0;

  for (guint i = 0; kw != NULL && i < kw->n && k < extra->len; i++)
    if (keyword_slot (def, kw->names[i]) < 0)
      {
        RsValue key = rs_interp_kw_key (self, kw, i);
        rs_heap_dict_set (self->heap, d, key, g_array_index (extra, RsValue, k++));
      }
  store_param (self, f, def->def.n_params - 1, RS_VALUE_OBJECT (d), TRUE);
}

gboolean
rs_interp_bind_args (RsInterp       *self,
                     RsFrame        *f,
                     RsValue         func,
                     RsValue        *args,
                     guint           n_args,
                     const RsCallKw *kw,
                     guint           line)
{
  RsFunctionData *fd = rs_heap_get_value (self->heap, func)->data;
  const RsStmt *def = fd->def;
  guint argcount = def->def.n_positional;
  guint n = MIN (n_args, argcount);
  g_autoptr(GArray) extra = g_array_new (FALSE, FALSE, sizeof (RsValue));

  for (guint i = 0; i < n; i++)
    store_param (self, f, i, args[i], TRUE);
  if (def->def.varargs)
    store_param (self, f, argcount + def->def.n_kwonly,
                 n_args > n ? RS_VALUE_OBJECT (rs_heap_new_tuple (self->heap, args + n, n_args - n))
                            : rs_interp_tuple_of (self, NULL, 0), TRUE);
  else
    for (guint i = n; i < n_args; i++)
      rs_heap_decref (self->heap, args[i]);
  gboolean ok = bind_keywords (self, f, fd, kw, extra, line);
  if (ok && n_args > argcount && !def->def.varargs)
    ok = too_many_positional (self, f, fd, n_args, line);
  if (ok)
    ok = bind_defaults (self, f, fd, n_args, line);
  if (!ok)
    {
      /* the kwargs dict the frame held, with the keywords in it */
      for (guint i = 0; i < extra->len; i++)
        rs_heap_decref (self->heap, g_array_index (extra, RsValue, i));
      return FALSE;
    }
  if (def->def.varkw)
    bind_kwargs (self, f, def, kw, extra);
  return TRUE;
}

gboolean
rs_interp_eval_defaults (RsInterp     *self,
                         const RsStmt *s,
                         RsValue      *defaults,
                         RsValue      *kwdefaults)
{
  guint n = s->def.n_defaults;
  g_autofree RsValue *values = g_new (RsValue, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    if (!rs_interp_eval (self, s->def.defaults[i], &values[i]))
      {
        for (guint j = i; j > 0; j--)
          rs_heap_decref (self->heap, values[j - 1]);
        return FALSE;
      }
  *defaults = n > 0 ? RS_VALUE_OBJECT (rs_heap_new_tuple (self->heap, values, n)) : RS_VALUE_ABSENT;
  for (guint i = 0; i < s->def.n_kwonly; i++)
    {
      kwdefaults[i] = RS_VALUE_ABSENT;
      if (s->def.kw_defaults[i] != NULL && !rs_interp_eval (self, s->def.kw_defaults[i], &kwdefaults[i]))
        {
          for (guint j = i; j > 0; j--)
            rs_heap_decref (self->heap, kwdefaults[j - 1]);
          rs_heap_decref (self->heap, *defaults);
          return FALSE;
        }
    }
  return TRUE;
}

void
rs_interp_set_defaults (RsInterp     *self,
                        RsObjId       func,
                        const RsStmt *s,
                        RsValue       defaults,
                        RsValue      *kwdefaults)
{
  guint n = s->def.n_kwonly;
  g_autofree guint32 *atoms = g_new (guint32, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = g_strdup_printf ("__kwdefaults__['%s']",
                                                s->def.params[s->def.n_positional + i]);
      atoms[i] = rs_atoms_intern (self->atoms, label, -1);
    }
  rs_heap_function_set_defaults (self->heap, func, defaults, kwdefaults, atoms, n);
}
