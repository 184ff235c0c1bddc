/* rs-interp-class.c: class objects: bases and the C3 MRO, __slots__, subclasses
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * type_new's order: the bases are evaluated before the body runs; once it
 * ran, a layout conflict between bases with slots, a slot that is also a
 * class variable, a duplicate base and an inconsistent MRO are its errors,
 * in that order.  rs_interp_class_lookup is the one lookup along the MRO
 * that every part of the interpreter uses (special methods too).
 */
#include "rs-interp-private.h"
#include "rs-ast.h"
#include "rs-check.h"

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
      guint exc_class;
      if ((b == NULL || b->kind != RS_KIND_CLASS) && base != RS_VALUE_BUILTIN (RS_BI_OBJECT)
          && !rs_interp_exc_class_of (base, &exc_class))
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
 * gets the most derived class with slots of its own (0: object), @winner
 * the base it came from (CPython's ctx->base; 0: object). */
static gboolean
best_base (RsInterp      *self,
           const RsObjId *bases,
           guint          n,
           guint          line,
           RsObjId       *solid,
           RsObjId       *winner)
{
  *solid = 0;
  *winner = n > 0 ? bases[0] : 0;
  for (guint i = 0; i < n; i++)
    {
      RsObjId candidate = 0, ignored;
      RsClassData *cd;

      if (bases[i] == 0)
        continue;
      cd = rs_heap_get (self->heap, bases[i])->data;
      if (cd->n_slots > 0)
        candidate = bases[i];
      else if (!best_base (self, cd->bases, cd->n_bases, line, &candidate, &ignored))
        return FALSE;
      if (is_subclass_or_object (self, *solid, candidate))
        continue;
      if (!is_subclass_or_object (self, candidate, *solid))
        return rs_interp_raise (self, line, "TypeError", "multiple bases have instance lay-out conflict");
      *solid = candidate;
      *winner = bases[i];
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

/* type_new_visit_slots: '__dict__' and '__weakref__' each at most once,
 * and only where the base @winner has none yet; FALSE with CPython's
 * TypeError.  @dict and @weakref say which of the two @slots named. */
static gboolean
visit_slots (RsInterp *self,
             RsObjId   winner,
             GArray   *slots,
             guint     line,
             gboolean *dict,
             gboolean *weakref)
{
  RsClassData *wd = winner != 0 ? rs_heap_get (self->heap, winner)->data : NULL;
  guint32 dict_atom = rs_interp_atom (self, "__dict__"), weak_atom = rs_interp_atom (self, "__weakref__");

  *dict = *weakref = FALSE;
  for (guint i = 0; i < slots->len; i++)
    {
      guint32 name = g_array_index (slots, guint32, i);

      if (name == dict_atom && (*dict || (wd != NULL && !wd->no_dict)))
        return rs_interp_raise (self, line, "TypeError", "__dict__ slot disallowed: we already got one");
      if (name == weak_atom && (*weakref || (wd != NULL && !wd->no_weakref)))
        return rs_interp_raise (self, line, "TypeError", "__weakref__ slot disallowed: either we "
                                "already got one, or __itemsize__ != 0");
      *dict |= name == dict_atom;
      *weakref |= name == weak_atom;
    }
  return TRUE;
}

/* The names of the namespace's __slots__ (a str, a tuple or list of
 * them; the checker let no other through), as type_new keeps them:
 * without '__dict__' and '__weakref__' (@dict and @weakref say whether
 * they were there), once each, sorted; FALSE with the TypeError of
 * visit_slots or the ValueError of a slot that is also a class variable */
static gboolean
parse_slots (RsInterp   *self,
             const char *class_name,
             RsNames    *ns,
             RsObjId     winner,
             guint       line,
             GArray     *slots,
             gboolean   *dict,
             gboolean   *weakref)
{
  guint32 atom = rs_interp_atom (self, "__slots__");
  RsValue v;
  RsObj *o;

  *dict = *weakref = FALSE;
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
  if (!visit_slots (self, winner, slots, line, dict, weakref))
    return FALSE;
  for (guint i = 0; i < slots->len; i++)
    {
      guint32 name = g_array_index (slots, guint32, i);
      const char *text = rs_atoms_get (self->atoms, name, NULL);
      gboolean seen = FALSE;
      RsValue ignored;

      /* type_new_copy_slots: a private name is mangled, then checked */
      name = rs_interp_atom (self, rs_check_mangle_name (class_name, text));
      g_array_index (slots, guint32, i) = name;
      for (guint j = 0; j < i && !seen; j++)
        seen = g_array_index (slots, guint32, j) == name;
      if (seen || name == rs_interp_atom (self, "__dict__") || name == rs_interp_atom (self, "__weakref__"))
        g_array_remove_index (slots, i--);
      else if (rs_interp_names_lookup (ns, name, &ignored))
        return rs_interp_raise (self, line, "ValueError", "'%s' in __slots__ conflicts with "
                                "class variable", text);
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
           gboolean       dict,
           gboolean       weakref)
{
  RsValue ignored;
  gboolean has_slots = rs_interp_names_lookup (ns, rs_interp_atom (self, "__slots__"), &ignored);
  gboolean no_dict = has_slots && !dict, no_weakref = has_slots && !weakref;

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
  gboolean dict, weakref;
  RsObjId solid, winner;

  g_autofree RsObjId *ids = g_new (RsObjId, MAX (bases->len, 1));
  g_autoptr(GArray) mro = g_array_new (FALSE, FALSE, sizeof (RsObjId));
  g_autoptr(GArray) script = g_array_new (FALSE, FALSE, sizeof (RsObjId));

  for (guint i = 0; i < bases->len; i++)
    {
      RsValue b = g_array_index (bases, RsValue, i);
      ids[i] = RS_VALUE_IS_OBJECT (b) ? RS_VALUE_OBJECT_ID (b) : 0;
      for (guint j = 0; j < i; j++)
        if (ids[j] == ids[i] && ids[i] != 0)
          return rs_interp_raise (self, s->line, "TypeError", "duplicate base class %s",
                                  base_name (self, ids[i]));
      if (ids[i] != 0)
        g_array_append_val (script, ids[i]);
    }
  if (!best_base (self, ids, bases->len, s->line, &solid, &winner)
      || !parse_slots (self, s->class_.name, ns, winner, s->line, slots, &dict, &weakref))
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
  set_slots (self, *cls, ns, ids, bases->len, slots, dict, weakref);
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
  if (b == 0 || a == b)
    return TRUE;
  if (a == 0)
    return FALSE;

  RsClassData *cd = rs_heap_get (self->heap, a)->data;
  for (guint i = 0; i < cd->n_mro; i++)
    if (cd->mro[i] == b)
      return TRUE;
  return FALSE;
}
