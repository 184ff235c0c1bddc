/* rs-interp-class.c: class objects: bases and the C3 MRO, attributes through descriptors, super()
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Attribute access follows CPython 3.11's PyObject_GenericGetAttr and
 * type_getattro: the type's attribute along its __mro__ first; a property
 * (a data descriptor) wins over the instance's own attribute, a function
 * binds to the instance, a classmethod to the class, a staticmethod gives
 * its function.  The class itself is found by rs_interp_class_lookup, the
 * one lookup along the MRO that every part of the interpreter uses.
 */
#include "rs-interp-private.h"
#include "rs-ast.h"

#include <string.h>

gboolean
rs_interp_class_lookup (RsInterp *self,
                        RsObjId   cls,
                        guint32   name,
                        RsValue  *value,
                        RsObjId  *owner)
{
  return rs_heap_class_lookup_owner (self->heap, cls, name, value, owner);
}

RsDescrData *
rs_interp_descriptor (RsInterp *self,
                      RsValue   v)
{
  RsObj *o = rs_heap_get_value (self->heap, v);

  return o != NULL && o->kind == RS_KIND_DESCRIPTOR ? o->data : NULL;
}

const char *
rs_interp_descriptor_type_name (const RsDescrData *dd)
{
  static const char *const names[] = { "staticmethod", "classmethod", "property" };

  return names[dd->kind];
}

static const char *
class_name (RsInterp *self,
            RsObjId   cls)
{
  return rs_atoms_get (self->atoms, ((RsClassData *) rs_heap_get (self->heap, cls)->data)->name, NULL);
}

/* Bases and the MRO */

/* The MRO of base @b as a list ending in object (0) */
static GArray *
linearization (RsInterp *self,
               RsObjId   b)
{
  GArray *l = g_array_new (FALSE, FALSE, sizeof (RsObjId));
  RsObjId object = 0;

  if (b != 0)
    {
      RsClassData *cd = rs_heap_get (self->heap, b)->data;
      g_array_append_val (l, b);
      g_array_append_vals (l, cd->mro, cd->n_mro);
    }
  g_array_append_val (l, object);
  return l;
}

static gboolean
in_tail (GPtrArray *seqs,
         guint     *heads,
         RsObjId    c)
{
  for (guint i = 0; i < seqs->len; i++)
    {
      GArray *s = seqs->pdata[i];
      for (guint j = heads[i] + 1; j < s->len; j++)
        if (g_array_index (s, RsObjId, j) == c)
          return TRUE;
    }
  return FALSE;
}

static const char *
base_name (RsInterp *self,
           RsObjId   c)
{
  return c == 0 ? "object" : class_name (self, c);
}

/* mro_implementation's error: the heads left, each once, in order */
static gboolean
mro_error (RsInterp  *self,
           GPtrArray *seqs,
           guint     *heads,
           guint      line)
{
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (RsObjId));

  for (guint i = 0; i < seqs->len; i++)
    {
      GArray *s = seqs->pdata[i];
      gboolean dup = FALSE;

      if (heads[i] >= s->len)
        continue;
      RsObjId c = g_array_index (s, RsObjId, heads[i]);
      for (guint j = 0; j < seen->len; j++)
        dup |= g_array_index (seen, RsObjId, j) == c;
      if (dup)
        continue;
      g_array_append_val (seen, c);
      g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "", base_name (self, c));
    }
  return rs_interp_raise (self, line, "TypeError", "Cannot create a consistent method resolution\n"
                          "order (MRO) for bases %s", names->str);
}

/* C3: merges the bases' MROs and the list of bases into @mro (without
 * the class itself and without object) */
static gboolean
c3_merge (RsInterp      *self,
          const RsObjId *bases,
          guint          n,
          guint          line,
          GArray        *mro)
{
  g_autoptr(GPtrArray) seqs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  GArray *direct = g_array_new (FALSE, FALSE, sizeof (RsObjId));

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (seqs, linearization (self, bases[i]));
  g_array_append_vals (direct, bases, n);
  g_ptr_array_add (seqs, direct);
  g_autofree guint *heads = g_new0 (guint, seqs->len);
  for (;;)
    {
      gboolean left = FALSE, found = FALSE;
      RsObjId c = 0;

      for (guint i = 0; i < seqs->len && !found; i++)
        {
          GArray *s = seqs->pdata[i];
          if (heads[i] >= s->len)
            continue;
          left = TRUE;
          c = g_array_index (s, RsObjId, heads[i]);
          found = !in_tail (seqs, heads, c);
        }
      if (!left)
        return TRUE;
      if (!found)
        return mro_error (self, seqs, heads, line);
      if (c != 0)
        g_array_append_val (mro, c);
      for (guint i = 0; i < seqs->len; i++)
        {
          GArray *s = seqs->pdata[i];
          if (heads[i] < s->len && g_array_index (s, RsObjId, heads[i]) == c)
            heads[i]++;
        }
    }
}

gboolean
rs_interp_eval_bases (RsInterp     *self,
                      const RsStmt *s,
                      GArray       *bases)
{
  for (guint i = 0; i < s->class_.n_bases; i++)
    {
      RsValue base;

      if (!rs_interp_eval (self, s->class_.bases[i], &base))
        {
          rs_interp_release_top_first (self, (RsValue *) bases->data, bases->len);
          return FALSE;
        }
      g_array_append_val (bases, base);
      RsObj *b = rs_heap_get_value (self->heap, base);
      if ((b == NULL || b->kind != RS_KIND_CLASS) && base != RS_VALUE_BUILTIN (RS_BI_OBJECT))
        {
          rs_interp_release_top_first (self, (RsValue *) bases->data, bases->len);
          return rs_interp_raise (self, s->line, "TypeError", "base of %s is not a script class",
                                  s->class_.name);
        }
    }
  return TRUE;
}

/* __slots__ */

static gboolean
is_subclass_or_object (RsInterp *self,
                       RsObjId   a,
                       RsObjId   b)
{
  return b == 0 || (a != 0 && rs_interp_is_subclass (self, a, b));
}

/* best_base: the base whose instance layout (its slots) all the others
 * share; FALSE with CPython's TypeError when there is none.  @solid
 * gets the most derived class with slots of its own (0: object). */
static gboolean
best_base (RsInterp      *self,
           const RsObjId *bases,
           guint          n,
           guint          line,
           RsObjId       *solid)
{
  *solid = 0;
  for (guint i = 0; i < n; i++)
    {
      RsObjId candidate = 0;
      RsClassData *cd;

      if (bases[i] == 0)
        continue;
      cd = rs_heap_get (self->heap, bases[i])->data;
      if (cd->n_slots > 0)
        candidate = bases[i];
      else if (!best_base (self, cd->bases, cd->n_bases, line, &candidate))
        return FALSE;
      if (is_subclass_or_object (self, *solid, candidate))
        continue;
      if (!is_subclass_or_object (self, candidate, *solid))
        return rs_interp_raise (self, line, "TypeError", "multiple bases have instance lay-out conflict");
      *solid = candidate;
    }
  return TRUE;
}

static gint
cmp_atom_names (gconstpointer a,
                gconstpointer b,
                gpointer      atoms)
{
  return strcmp (rs_atoms_get (atoms, *(const guint32 *) a, NULL),
                 rs_atoms_get (atoms, *(const guint32 *) b, NULL));
}

/* The names of the namespace's __slots__ (a str, a tuple or list of
 * them; the checker let no other through), sorted as type_new does,
 * without '__weakref__'; FALSE with the ValueError of a slot that is
 * also a class variable */
static gboolean
parse_slots (RsInterp *self,
             RsNames  *ns,
             guint     line,
             GArray   *slots,
             gboolean *weakref)
{
  guint32 atom = rs_interp_atom (self, "__slots__"), weak = rs_interp_atom (self, "__weakref__");
  RsValue v;
  RsObj *o;

  *weakref = FALSE;
  if (!rs_interp_names_lookup (ns, atom, &v))
    return TRUE;
  o = rs_heap_get_value (self->heap, v);
  if (RS_VALUE_TAG (v) == RS_TAG_STR)
    g_array_append_val (slots, (guint32) { RS_VALUE_PAYLOAD (v) });
  for (guint i = 0; o != NULL && (o->kind == RS_KIND_LIST || o->kind == RS_KIND_TUPLE)
                    && i < ((RsList *) o->data)->len; i++)
    {
      RsValue item = ((RsList *) o->data)->items[i];
      g_assert (RS_VALUE_TAG (item) == RS_TAG_STR);
      g_array_append_val (slots, (guint32) { RS_VALUE_PAYLOAD (item) });
    }
  for (guint i = 0; i < slots->len; i++)
    {
      guint32 name = g_array_index (slots, guint32, i);
      RsValue ignored;

      if (name == weak)
        {
          *weakref = TRUE;
          g_array_remove_index (slots, i--);
        }
      else if (rs_interp_names_lookup (ns, name, &ignored))
        return rs_interp_raise (self, line, "ValueError", "'%s' in __slots__ conflicts with "
                                "class variable", rs_atoms_get (self->atoms, name, NULL));
    }
  g_array_sort_with_data (slots, cmp_atom_names, self->atoms);
  return TRUE;
}

/* What instances of a class with @ns and @bases have: a __dict__ and a
 * __weakref__ unless __slots__ all along leave them out */
static void
set_slots (RsInterp      *self,
           RsObjId        cls,
           RsNames       *ns,
           const RsObjId *bases,
           guint          n,
           GArray        *slots,
           gboolean       weakref)
{
  RsValue ignored;
  gboolean has_slots = rs_interp_names_lookup (ns, rs_interp_atom (self, "__slots__"), &ignored);
  gboolean no_dict = has_slots, no_weakref = has_slots && !weakref;

  for (guint i = 0; i < n; i++)
    {
      RsClassData *bd = bases[i] != 0 ? rs_heap_get (self->heap, bases[i])->data : NULL;
      no_dict &= bd == NULL || bd->no_dict;
      no_weakref &= bd == NULL || bd->no_weakref;
    }
  rs_heap_class_set_slots (self->heap, cls, (guint32 *) slots->data, slots->len, no_dict, no_weakref);
}

/* type_new_set_names: each property of the namespace learns the name it
 * is stored under (the last one, if under several) */
static void
set_names (RsInterp *self,
           RsNames  *ns)
{
  for (guint i = 0; i < ns->names->len; i++)
    {
      RsName *n = &g_array_index (ns->names, RsName, i);
      RsDescrData *dd = n->value != RS_VALUE_ABSENT ? rs_interp_descriptor (self, n->value) : NULL;

      if (dd != NULL && dd->kind == RS_DESCR_PROPERTY)
        dd->name = n->name;
    }
}

/* type_new with @bases (values of the script's classes and object) and
 * the namespace @ns: FALSE with its error for a layout conflict, a slot
 * that is a class variable, a duplicate base or an inconsistent MRO */
gboolean
rs_interp_new_class (RsInterp     *self,
                     const RsStmt *s,
                     RsNames      *ns,
                     GArray       *bases,
                     RsObjId      *cls)
{
  g_autoptr(GArray) slots = g_array_new (FALSE, FALSE, sizeof (guint32));
  gboolean weakref;
  RsObjId solid;

  g_autofree RsObjId *ids = g_new (RsObjId, MAX (bases->len, 1));
  g_autoptr(GArray) mro = g_array_new (FALSE, FALSE, sizeof (RsObjId));
  g_autoptr(GArray) script = g_array_new (FALSE, FALSE, sizeof (RsObjId));

  for (guint i = 0; i < bases->len; i++)
    {
      RsValue b = g_array_index (bases, RsValue, i);
      ids[i] = RS_VALUE_IS_OBJECT (b) ? RS_VALUE_OBJECT_ID (b) : 0;
      for (guint j = 0; j < i; j++)
        if (ids[j] == ids[i])
          return rs_interp_raise (self, s->line, "TypeError", "duplicate base class %s",
                                  base_name (self, ids[i]));
      if (ids[i] != 0)
        g_array_append_val (script, ids[i]);
    }
  if (!best_base (self, ids, bases->len, s->line, &solid) || !parse_slots (self, ns, s->line, slots, &weakref))
    return FALSE;
  if (bases->len > 1 && !c3_merge (self, ids, bases->len, s->line, mro))
    return FALSE;
  if (bases->len == 1 && ids[0] != 0)
    {
      RsClassData *bd = rs_heap_get (self->heap, ids[0])->data;
      g_array_append_val (mro, ids[0]);
      g_array_append_vals (mro, bd->mro, bd->n_mro);
    }
  *cls = rs_heap_new_class_with_bases (self->heap, rs_interp_atom (self, s->class_.name),
                                       (RsObjId *) script->data, script->len,
                                       (RsObjId *) mro->data, mro->len, s);
  set_slots (self, *cls, ns, ids, bases->len, slots, weakref);
  set_names (self, ns);
  return TRUE;
}

/* __build_class__ fills the __class__ cell of the methods that call
 * super() once the class exists */
void
rs_interp_fill_class_cells (RsInterp *self,
                            RsFrame  *body,
                            RsObjId   cls)
{
  for (guint i = 0; body->class_cells != NULL && i < body->class_cells->len; i++)
    {
      RsObjId f = g_array_index (body->class_cells, RsObjId, i);

      if (rs_heap_get (self->heap, f) != NULL)
        rs_heap_function_set_class (self->heap, f, cls);
    }
}

/* Subclasses */

/* Whether class @a is @b or has it in its MRO (@b 0: object) */
gboolean
rs_interp_is_subclass (RsInterp *self,
                       RsObjId   a,
                       RsObjId   b)
{
  RsClassData *cd = rs_heap_get (self->heap, a)->data;

  if (b == 0 || a == b)
    return TRUE;
  for (guint i = 0; i < cd->n_mro; i++)
    if (cd->mro[i] == b)
      return TRUE;
  return FALSE;
}

/* Descriptors */

static gboolean
call_accessor (RsInterp *self,
               RsValue   func,
               RsValue  *args,
               guint     n,
               guint     line,
               RsValue  *out)
{
  g_autofree RsValue *argv = g_memdup2 (args, n * sizeof (RsValue));

  rs_heap_incref (self->heap, func);
  rs_interp_hold_values (self, argv, n);
  return rs_interp_call_value (self, func, RS_VALUE_ABSENT, argv, n, line, out);
}

/* The error of a property without the accessor @what, named as
 * __set_name__ named it */
static gboolean
property_error (RsInterp   *self,
                RsValue     descr,
                RsValue     obj,
                const char *what,
                guint       line)
{
  guint32 name = rs_interp_descriptor (self, descr)->name;

  if (name == 0)
    return rs_interp_raise (self, line, "AttributeError", "property of '%s' object has no %s",
                            rs_interp_type_name (self, obj), what);
  return rs_interp_raise (self, line, "AttributeError", "property '%s' of '%s' object has no %s",
                          rs_atoms_get (self->atoms, name, NULL), rs_interp_type_name (self, obj), what);
}

/* @found (borrowed) seen through @obj (ABSENT: looked up on class @cls):
 * a new reference in @out */
gboolean
rs_interp_descr_get (RsInterp   *self,
                     RsValue     found,
                     RsValue     obj,
                     RsObjId     cls,
                     guint       line,
                     RsValue    *out)
{
  RsObj *o = rs_heap_get_value (self->heap, found);
  RsDescrData *dd = rs_interp_descriptor (self, found);

  if (o != NULL && o->kind == RS_KIND_FUNCTION && obj != RS_VALUE_ABSENT)
    {
      *out = RS_VALUE_OBJECT (rs_heap_new_bound (self->heap, obj, found));
      return TRUE;
    }
  if (dd != NULL && dd->kind == RS_DESCR_STATICMETHOD)
    found = dd->get;
  else if (dd != NULL && dd->kind == RS_DESCR_CLASSMETHOD)
    {
      *out = RS_VALUE_OBJECT (rs_heap_new_bound (self->heap, RS_VALUE_OBJECT (cls), dd->get));
      return TRUE;
    }
  else if (dd != NULL && dd->kind == RS_DESCR_PROPERTY && obj != RS_VALUE_ABSENT)
    {
      if (dd->get == RS_VALUE_ABSENT)
        return property_error (self, found, obj, "getter", line);
      return call_accessor (self, dd->get, &obj, 1, line, out);
    }
  rs_heap_incref (self->heap, found);
  *out = found;
  return TRUE;
}

gboolean
rs_interp_property_set (RsInterp   *self,
                        RsObj      *o,
                        RsValue     owner,
                        const char *name,
                        RsValue     value,
                        guint       line,
                        gboolean   *ok)
{
  RsValue found, result = RS_VALUE_NONE;
  RsDescrData *dd;

  if (o->kind != RS_KIND_INSTANCE
      || !rs_interp_class_lookup (self, o->cls, rs_interp_atom (self, name), &found, NULL)
      || (dd = rs_interp_descriptor (self, found)) == NULL || dd->kind != RS_DESCR_PROPERTY)
    return FALSE;
  RsValue func = value != RS_VALUE_ABSENT ? dd->set : dd->del;
  RsValue args[] = { owner, value };
  if (func == RS_VALUE_ABSENT)
    *ok = property_error (self, found, owner, value != RS_VALUE_ABSENT ? "setter" : "deleter", line);
  else
    *ok = call_accessor (self, func, args, value != RS_VALUE_ABSENT ? 2 : 1, line, &result);
  if (*ok)
    rs_heap_decref (self->heap, result);
  return TRUE;
}

gboolean
rs_interp_class_hashable (RsInterp *self,
                          RsObj    *o)
{
  RsValue hash;

  return o->kind != RS_KIND_INSTANCE
         || !rs_interp_class_lookup (self, o->cls, rs_interp_atom (self, "__hash__"), &hash, NULL)
         || hash != RS_VALUE_NONE;
}

gboolean
rs_interp_weakrefable (RsInterp *self,
                       RsObj    *o)
{
  if (o->kind == RS_KIND_DESCRIPTOR)
    return FALSE;
  return o->kind != RS_KIND_INSTANCE || !((RsClassData *) rs_heap_get (self->heap, o->cls)->data)->no_weakref;
}

gboolean
rs_interp_attr_storable (RsInterp   *self,
                         RsObj      *o,
                         const char *name,
                         guint       line)
{
  RsClassData *cd;
  guint32 atom = rs_interp_atom (self, name);

  if (o->kind != RS_KIND_INSTANCE)
    return TRUE;
  cd = rs_heap_get (self->heap, o->cls)->data;
  if (!cd->no_dict || rs_heap_class_has_slot (self->heap, o->cls, atom))
    return TRUE;
  return rs_interp_raise (self, line, "AttributeError", "'%s' object has no attribute '%s'",
                          class_name (self, o->cls), name);
}

gboolean
rs_interp_delattr (RsInterp   *self,
                   RsValue     owner,
                   const char *name,
                   guint       line)
{
  RsObj *o = rs_heap_get_value (self->heap, owner);
  gboolean ok;

  if (o != NULL && rs_interp_property_set (self, o, owner, name, RS_VALUE_ABSENT, line, &ok))
    return ok;
  if (o != NULL && (o->kind == RS_KIND_INSTANCE || o->kind == RS_KIND_CLASS || o->kind == RS_KIND_FUNCTION)
      && rs_heap_attr_delete (self->heap, o->id, rs_interp_atom (self, name)))
    return TRUE;
  /* member_set of an empty slot */
  if (o != NULL && o->kind == RS_KIND_INSTANCE
      && rs_heap_class_has_slot (self->heap, o->cls, rs_interp_atom (self, name)))
    return rs_interp_raise (self, line, "AttributeError", "%s", name);
  if (o != NULL && o->kind == RS_KIND_CLASS)
    return rs_interp_raise (self, line, "AttributeError", "type object '%s' has no attribute '%s'",
                            class_name (self, o->id), name);
  return rs_interp_raise (self, line, "AttributeError", "'%s' object has no attribute '%s'",
                          rs_interp_type_name (self, owner), name);
}

/* super() */

/* super(@type, @obj): the class whose MRO is searched (supercheck) */
static gboolean
super_start (RsInterp *self,
             RsValue   type,
             RsValue   obj,
             guint     line,
             RsObjId  *start)
{
  RsObj *t = rs_heap_get_value (self->heap, type);
  RsObj *o = rs_heap_get_value (self->heap, obj);

  if (t == NULL || t->kind != RS_KIND_CLASS)
    return rs_interp_raise (self, line, "TypeError", "super() argument 1 must be a type, not %s",
                            rs_interp_type_name (self, type));
  if (o != NULL && o->kind == RS_KIND_CLASS && rs_interp_is_subclass (self, o->id, t->id))
    *start = o->id;
  else if (o != NULL && o->kind == RS_KIND_INSTANCE && rs_interp_is_subclass (self, o->cls, t->id))
    *start = o->cls;
  else
    return rs_interp_raise (self, line, "TypeError",
                            "super(type, obj): obj must be an instance or subtype of type");
  return TRUE;
}

/* The arguments of zero-argument super(): the method's __class__ cell
 * and its first argument */
static gboolean
super_implicit (RsInterp *self,
                guint     line,
                RsValue  *type,
                RsValue  *obj)
{
  RsFrame *f = self->frame;
  RsObj *fo = f->kind == RS_FRAME_FUNCTION ? rs_heap_get_value (self->heap, f->func) : NULL;
  RsObjId cls = fo != NULL ? ((RsFunctionData *) fo->data)->class_cell : 0;

  if (f->kind != RS_FRAME_FUNCTION || f->scope->n_varnames == 0 || f->scope->n_params == 0)
    return rs_interp_raise (self, line, "RuntimeError", "super(): no arguments");
  if (f->locals[0] == RS_VALUE_ABSENT)
    return rs_interp_raise (self, line, "RuntimeError", "super(): arg[0] deleted");
  if (cls == 0)
    return rs_interp_raise (self, line, "RuntimeError", "super(): empty __class__ cell");
  *type = RS_VALUE_OBJECT (cls);
  *obj = f->locals[0];
  rs_heap_incref (self->heap, *type);
  rs_heap_incref (self->heap, *obj);
  return TRUE;
}

/* super(...).name: @call is the super() call (the builtin, as the
 * interpreter found it); a new reference in @out */
gboolean
rs_interp_super_getattr (RsInterp     *self,
                         const RsExpr *call,
                         const char   *name,
                         guint         line,
                         RsValue      *out)
{
  RsValue type, obj, found;
  RsObjId start = 0, owner;
  guint32 atom = rs_interp_atom (self, name);
  gboolean ok;

  if (call->call.n_args == 0 ? !super_implicit (self, call->line, &type, &obj)
      : !rs_interp_eval (self, call->call.args[0], &type))
    return FALSE;
  if (call->call.n_args == 2 && !rs_interp_eval (self, call->call.args[1], &obj))
    {
      rs_heap_decref (self->heap, type);
      return FALSE;
    }
  ok = super_start (self, type, obj, call->line, &start);
  if (ok)
    {
      /* the MRO of start after type */
      RsClassData *sd = rs_heap_get (self->heap, start)->data;
      RsObjId t = RS_VALUE_OBJECT_ID (type);
      guint i = 0;
      gboolean hit = FALSE;

      while (start != t && i < sd->n_mro && sd->mro[i] != t)
        i++;
      if (start != t)
        i++;
      for (; i < sd->n_mro && !hit; i++)
        hit = rs_heap_attr_lookup (self->heap, sd->mro[i], atom, &found);
      owner = start;
      if (hit)
        ok = rs_interp_descr_get (self, found, RS_VALUE_OBJECT (start) == obj ? RS_VALUE_ABSENT : obj,
                                  owner, line, out);
      else if (atom == self->atom_init)
        {
          *out = RS_VALUE_OBJECT (rs_heap_new_bound (self->heap, obj, RS_VALUE_BUILTIN (RS_BI_OBJECT_INIT)));
        }
      else
        ok = rs_interp_raise (self, line, "AttributeError", "'super' object has no attribute '%s'", name);
    }
  /* the super object goes, its type, then its obj */
  rs_heap_decref (self->heap, obj);
  rs_heap_decref (self->heap, type);
  return ok;
}

/* Whether @e is super(...) and the name super is the builtin (the
 * checker let no other use of the builtin through): then @e.name is
 * rs_interp_super_getattr */
gboolean
rs_interp_is_super_call (RsInterp     *self,
                         const RsExpr *e)
{
  RsFrame *f = self->frame;
  guint32 atom;

  if (e->kind != RS_EXPR_CALL || e->call.func->kind != RS_EXPR_NAME
      || strcmp (e->call.func->name.id, "super") != 0)
    return FALSE;
  atom = rs_interp_atom (self, "super");
  for (guint i = 0; f->kind == RS_FRAME_FUNCTION && i < f->scope->n_varnames; i++)
    if (strcmp (f->scope->varnames[i], "super") == 0)
      return FALSE;
  RsValue v;
  return !rs_interp_names_lookup (f->names, atom, &v) && !rs_interp_names_lookup (&self->globals, atom, &v);
}

/* Special attributes */

/* The docstring of @body: its first statement when that is a string */
static RsValue
docstring (RsInterp      *self,
           const RsBlock *body)
{
  const RsStmt *first = body->n_stmts > 0 ? body->stmts[0] : NULL;

  if (first == NULL || first->kind != RS_STMT_EXPR || first->expr.value->kind != RS_EXPR_STR)
    return RS_VALUE_NONE;
  return rs_interp_make_str (self, first->expr.value->str.value, first->expr.value->str.len);
}

/* __qualname__, __module__, __doc__, __self__, __func__, __defaults__ of
 * functions, bound methods and classes: TRUE when @name is one that
 * @owner has, with @out set (a new reference) */
gboolean
rs_interp_special_attr (RsInterp   *self,
                        RsValue     owner,
                        const char *name,
                        guint       line,
                        gboolean   *ok,
                        RsValue    *out)
{
  RsObj *o = rs_heap_get_value (self->heap, owner);
  RsObjKind kind = o != NULL ? o->kind : RS_N_KINDS;
  RsDescrData *dd = rs_interp_descriptor (self, owner);
  RsObj *wrapped = dd != NULL ? rs_heap_get_value (self->heap, dd->get) : NULL;

  *ok = TRUE;
  if (dd != NULL && dd->kind != RS_DESCR_PROPERTY && strcmp (name, "__func__") == 0)
    *out = dd->get;
  else if (dd != NULL && wrapped != NULL && wrapped->kind == RS_KIND_FUNCTION
           && (strcmp (name, "__doc__") == 0
               || (dd->kind != RS_DESCR_PROPERTY && strcmp (name, "__name__") == 0)))
    /* 3.10+: staticmethod and classmethod wrap their function's names and
     * doc, a property takes its getter's doc */
    *out = name[2] == 'n' ? RS_VALUE_MAKE (RS_TAG_STR, ((RsFunctionData *) wrapped->data)->name)
           : docstring (self, &((const RsStmt *) ((RsFunctionData *) wrapped->data)->def)->def.body);
  else if (dd != NULL && dd->kind != RS_DESCR_PROPERTY && wrapped != NULL
           && (strcmp (name, "__qualname__") == 0 || strcmp (name, "__module__") == 0))
    return rs_interp_special_attr (self, dd->get, name, line, ok, out);
  else if (dd != NULL && dd->kind == RS_DESCR_PROPERTY && strcmp (name, "__doc__") == 0)
    *out = RS_VALUE_NONE;
  else if (dd != NULL && dd->kind == RS_DESCR_PROPERTY
           && (strcmp (name, "fget") == 0 || strcmp (name, "fset") == 0 || strcmp (name, "fdel") == 0))
    {
      RsValue v = name[1] == 'g' ? dd->get : name[1] == 's' ? dd->set : dd->del;
      *out = v != RS_VALUE_ABSENT ? v : RS_VALUE_NONE;
    }
  else if (kind == RS_KIND_BOUND_METHOD && (strcmp (name, "__self__") == 0
                                            || (strcmp (name, "__func__") == 0
                                                && RS_VALUE_TAG (((RsBoundData *) o->data)->func) != RS_TAG_BUILTIN)))
    {
      RsBoundData *bd = o->data;
      *out = name[2] == 's' ? bd->self : bd->func;
    }
  else if (kind == RS_KIND_BOUND_METHOD && RS_VALUE_TAG (((RsBoundData *) o->data)->func) != RS_TAG_BUILTIN)
    /* method_getattro: the rest is the function's */
    return rs_interp_special_attr (self, ((RsBoundData *) o->data)->func, name, line, ok, out);
  else if (kind == RS_KIND_FUNCTION && strcmp (name, "__qualname__") == 0)
    *out = RS_VALUE_MAKE (RS_TAG_STR, ((RsFunctionData *) o->data)->qualname);
  else if (kind == RS_KIND_CLASS && strcmp (name, "__qualname__") == 0)
    *out = RS_VALUE_MAKE (RS_TAG_STR, ((RsClassData *) o->data)->name);
  else if ((kind == RS_KIND_FUNCTION || kind == RS_KIND_CLASS || kind == RS_KIND_INSTANCE)
           && strcmp (name, "__module__") == 0)
    *out = rs_interp_make_str (self, "__main__", -1);
  else if (kind == RS_KIND_FUNCTION && strcmp (name, "__defaults__") == 0)
    {
      RsValue d = ((RsFunctionData *) o->data)->defaults;
      *out = d != RS_VALUE_ABSENT ? d : RS_VALUE_NONE;
    }
  else if (kind == RS_KIND_FUNCTION && strcmp (name, "__doc__") == 0)
    *out = docstring (self, &((const RsStmt *) ((RsFunctionData *) o->data)->def)->def.body);
  else if ((kind == RS_KIND_CLASS || kind == RS_KIND_INSTANCE) && strcmp (name, "__doc__") == 0)
    {
      RsObjId cls = kind == RS_KIND_CLASS ? o->id : o->cls;
      const RsStmt *s = ((RsClassData *) rs_heap_get (self->heap, cls)->data)->stmt;
      *out = docstring (self, &s->class_.body);
    }
  else if (strcmp (name, "__doc__") == 0 || (strcmp (name, "__self__") == 0 && RS_VALUE_TAG (owner) == RS_TAG_BUILTIN))
    {
      /* the builtins' documentation, the builtins module */
      *ok = rs_interp_reject (self, line, "%s of a %s is not in the subset", name,
                              rs_interp_type_base_name (self, owner));
      return TRUE;
    }
  else
    return FALSE;
  rs_heap_incref (self->heap, *out);
  return TRUE;
}
