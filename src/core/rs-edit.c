/* rs-edit.c: the statements that the app's edit actions write
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rs-edit.h"

G_DEFINE_QUARK (rs-edit-error-quark, rs_edit_error)

static const char * const keywords[] = {
  "False", "None", "True", "and", "as", "assert", "async", "await", "break",
  "class", "continue", "def", "del", "elif", "else", "except", "finally",
  "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
  "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
};

void
rs_edit_holder_free (RsEditHolder *holder)
{
  if (holder == NULL)
    return;
  g_free (holder->label);
  g_free (holder->delete_stmt);
  g_free (holder);
}

gboolean
rs_edit_is_identifier (const char *name)
{
  if (name == NULL || !(g_ascii_isalpha (*name) || *name == '_'))
    return FALSE;
  for (const char *p = name; *p; p++)
    if (!(g_ascii_isalnum (*p) || *p == '_'))
      return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (keywords); i++)
    if (strcmp (name, keywords[i]) == 0)
      return FALSE;
  return TRUE;
}

static gboolean
check_identifier (const char  *name,
                  GError     **error)
{
  if (rs_edit_is_identifier (name))
    return TRUE;
  g_set_error (error, RS_EDIT_ERROR, RS_EDIT_ERROR_BAD_NAME,
               _("“%s” is not a Python name: use letters, digits and _, not starting with a digit"),
               name ? name : "");
  return FALSE;
}

/* How a slot of @holder is written after the holder's own expression. */
static char *
member_expression (const char         *holder_path,
                   const RsSnapObject *holder,
                   const char         *label)
{
  switch (holder->kind)
    {
    case RS_KIND_INSTANCE:
    case RS_KIND_CLASS:
      return g_strdup_printf ("%s.%s", holder_path, label);
    case RS_KIND_LIST:
    case RS_KIND_DICT:
      return g_strdup_printf ("%s[%s]", holder_path, label);
    case RS_KIND_WEAKREF:
      /* Calling a weak reference gives its referent; a proxy stands for
       * its referent itself; a WeakMethod gives a bound method */
      if (g_strcmp0 (label, "referent") != 0 || g_str_has_suffix (holder->title, "WeakMethod"))
        return NULL;
      if (g_str_has_suffix (holder->title, "proxy"))
        return g_strdup (holder_path);
      return g_strdup_printf ("%s()", holder_path);
    default:
      return NULL;  /* functions, iterators...: not reachable by the subset */
    }
}

static const RsSnapFrame *
global_frame (const RsSnapshot *snapshot)
{
  return snapshot->n_frames > 0 ? &snapshot->frames[0] : NULL;
}

/* Records @path for @target unless a shorter one is known, and queues it. */
static void
reach (GHashTable *paths,
       GQueue     *queue,
       RsObjId     target,
       char       *path)
{
  if (target == 0 || g_hash_table_contains (paths, GUINT_TO_POINTER (target)))
    {
      g_free (path);
      return;
    }
  g_hash_table_insert (paths, GUINT_TO_POINTER (target), path);
  g_queue_push_tail (queue, GUINT_TO_POINTER (target));
}

static void
reach_slot (GHashTable       *paths,
            GQueue           *queue,
            const RsSnapSlot *slot,
            char             *path)
{
  if (!(slot->flags & RS_SLOT_FLAG_HIDDEN) &&
      (slot->kind == RS_SLOT_STRONG || slot->kind == RS_SLOT_WEAK))
    reach (paths, queue, slot->target, path);
  else
    g_free (path);
}

/* Breadth first from the module's names, so each path is a shortest one. */
static GHashTable *
module_paths (const RsSnapshot *snapshot)
{
  GHashTable *paths = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  const RsSnapFrame *globals = global_frame (snapshot);
  GQueue queue = G_QUEUE_INIT;

  if (globals == NULL)
    return paths;
  for (guint i = 0; i < globals->n_slots; i++)
    {
      const RsSnapSlot *slot = &snapshot->slots[globals->first_slot + i];

      reach_slot (paths, &queue, slot, g_strdup (slot->label));
    }
  while (!g_queue_is_empty (&queue))
    {
      RsObjId id = GPOINTER_TO_UINT (g_queue_pop_head (&queue));
      const RsSnapObject *object = rs_snapshot_find_object (snapshot, id);
      const char *path = g_hash_table_lookup (paths, GUINT_TO_POINTER (id));

      for (guint i = 0; object != NULL && i < object->n_slots; i++)
        {
          const RsSnapSlot *slot = &snapshot->slots[object->first_slot + i];
          char *member = member_expression (path, object, slot->label);

          if (member != NULL)
            reach_slot (paths, &queue, slot, member);
        }
    }
  return paths;
}

char *
rs_edit_access_path (const RsSnapshot *snapshot,
                     RsObjId           id,
                     GError          **error)
{
  g_autoptr(GHashTable) paths = NULL;
  const RsSnapObject *object;
  char *path;

  g_return_val_if_fail (snapshot != NULL, NULL);

  object = rs_snapshot_find_object (snapshot, id);
  if (object == NULL)
    {
      g_set_error (error, RS_EDIT_ERROR, RS_EDIT_ERROR_NOTHING, _("No object is selected"));
      return NULL;
    }
  if (object->flags & RS_SNAP_LEAKED)
    {
      g_set_error (error, RS_EDIT_ERROR, RS_EDIT_ERROR_LEAKED,
                   _("%s is leaked: nothing in the program can reach it, so no statement "
                     "can change it. Only gc.collect() can free it."), object->title);
      return NULL;
    }
  paths = module_paths (snapshot);
  path = g_strdup (g_hash_table_lookup (paths, GUINT_TO_POINTER (id)));
  if (path == NULL)
    g_set_error (error, RS_EDIT_ERROR, RS_EDIT_ERROR_UNREACHABLE,
                 _("Only a running call can reach %s: edit it at a step of the module"),
                 object->title);
  return path;
}

static gboolean
global_bound (const RsSnapshot *snapshot,
              const char       *name,
              int               kind)
{
  const RsSnapFrame *globals = global_frame (snapshot);

  for (guint i = 0; globals != NULL && i < globals->n_slots; i++)
    {
      const RsSnapSlot *slot = &snapshot->slots[globals->first_slot + i];
      const RsSnapObject *target;

      if (g_strcmp0 (slot->label, name) != 0)
        continue;
      if (kind < 0)
        return TRUE;
      target = rs_snapshot_find_object (snapshot, slot->target);
      return target != NULL && (int) target->kind == kind;
    }
  return FALSE;
}

char *
rs_edit_free_name (const RsSnapshot *snapshot)
{
  g_return_val_if_fail (snapshot != NULL, NULL);

  for (char c = 'a'; c <= 'z'; c++)
    {
      char name[2] = { c, 0 };

      if (!global_bound (snapshot, name, -1))
        return g_strdup (name);
    }
  for (guint i = 1; ; i++)
    {
      g_autofree char *name = g_strdup_printf ("obj%u", i);

      if (!global_bound (snapshot, name, -1))
        return g_steal_pointer (&name);
    }
}

char *
rs_edit_new_object (const RsSnapshot *snapshot,
                    const char       *class_name,
                    const char       *name,
                    GError          **error)
{
  g_return_val_if_fail (snapshot != NULL, NULL);

  if (!check_identifier (class_name, error) || !check_identifier (name, error))
    return NULL;
  if (strcmp (class_name, "list") == 0 || strcmp (class_name, "dict") == 0)
    return g_strdup_printf ("%s = %s()", name, class_name);
  if (global_bound (snapshot, class_name, RS_KIND_CLASS))
    return g_strdup_printf ("%s = %s()", name, class_name);
  /* A class the script does not define yet: define it first. */
  return g_strdup_printf ("class %s:\n    pass\n%s = %s()", class_name, name, class_name);
}

char *
rs_edit_bind_name (const RsSnapshot *snapshot,
                   RsObjId           id,
                   const char       *name,
                   GError          **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (snapshot != NULL, NULL);

  if (!check_identifier (name, error))
    return NULL;
  if (!(path = rs_edit_access_path (snapshot, id, error)))
    return NULL;
  return g_strdup_printf ("%s = %s", name, path);
}

static gboolean
check_weakable (const RsSnapObject *to_object,
                GError            **error)
{
  if (to_object->kind != RS_KIND_LIST && to_object->kind != RS_KIND_DICT)
    return TRUE;
  g_set_error (error, RS_EDIT_ERROR, RS_EDIT_ERROR_UNSUPPORTED,
               _("CPython cannot make a weak reference to %s: lists and dicts do not support them"),
               to_object->title);
  return FALSE;
}

/* @statement (transfer full) after `import weakref` when the script has
 * not bound it. */
static char *
with_weakref_import (const RsSnapshot *snapshot,
                     char             *statement)
{
  char *text;

  if (global_bound (snapshot, "weakref", -1))
    return statement;
  text = g_strdup_printf ("import weakref\n%s", statement);
  g_free (statement);
  return text;
}

static char *
store_target (const RsSnapObject *from,
              const char         *from_path,
              const char         *attribute,
              const char         *value)
{
  if (from->kind == RS_KIND_LIST)
    return g_strdup_printf ("%s.append(%s)", from_path, value);
  if (from->kind == RS_KIND_DICT)
    return g_strdup_printf ("%s['%s'] = %s", from_path, attribute, value);
  return g_strdup_printf ("%s.%s = %s", from_path, attribute, value);
}

char *
rs_edit_store_reference (const RsSnapshot *snapshot,
                         RsObjId           from,
                         RsObjId           to,
                         const char       *attribute,
                         gboolean          weak,
                         GError          **error)
{
  g_autofree char *from_path = NULL;
  g_autofree char *to_path = NULL;
  g_autofree char *value = NULL;
  g_autofree char *store = NULL;
  const RsSnapObject *from_object;
  const RsSnapObject *to_object;

  g_return_val_if_fail (snapshot != NULL, NULL);

  if (!(from_path = rs_edit_access_path (snapshot, from, error)) ||
      !(to_path = rs_edit_access_path (snapshot, to, error)))
    return NULL;
  from_object = rs_snapshot_find_object (snapshot, from);
  to_object = rs_snapshot_find_object (snapshot, to);
  if (from_object->kind != RS_KIND_LIST && !check_identifier (attribute, error))
    return NULL;
  if (from_object->kind != RS_KIND_INSTANCE && from_object->kind != RS_KIND_LIST &&
      from_object->kind != RS_KIND_DICT)
    {
      g_set_error (error, RS_EDIT_ERROR, RS_EDIT_ERROR_UNSUPPORTED,
                   _("%s cannot hold references that a script sets"), from_object->title);
      return NULL;
    }
  if (weak && !check_weakable (to_object, error))
    return NULL;
  value = weak ? g_strdup_printf ("weakref.ref(%s)", to_path) : g_strdup (to_path);
  store = store_target (from_object, from_path, attribute, value);
  return weak ? with_weakref_import (snapshot, g_steal_pointer (&store)) : g_steal_pointer (&store);
}

char *
rs_edit_make_weak (const RsSnapshot *snapshot,
                   RsObjId           holder,
                   RsObjId           target,
                   GError          **error)
{
  g_autofree char *from_path = NULL;
  g_autofree char *to_path = NULL;
  const RsSnapObject *from_object;
  const RsSnapSlot *slot = NULL;

  g_return_val_if_fail (snapshot != NULL, NULL);

  if (!(from_path = rs_edit_access_path (snapshot, holder, error)) ||
      !(to_path = rs_edit_access_path (snapshot, target, error)) ||
      !check_weakable (rs_snapshot_find_object (snapshot, target), error))
    return NULL;
  from_object = rs_snapshot_find_object (snapshot, holder);
  for (guint i = 0; slot == NULL && i < from_object->n_slots; i++)
    if (snapshot->slots[from_object->first_slot + i].kind == RS_SLOT_STRONG &&
        snapshot->slots[from_object->first_slot + i].target == target)
      slot = &snapshot->slots[from_object->first_slot + i];
  if (slot == NULL || (from_object->kind != RS_KIND_INSTANCE && from_object->kind != RS_KIND_LIST &&
                       from_object->kind != RS_KIND_DICT))
    {
      g_set_error (error, RS_EDIT_ERROR, RS_EDIT_ERROR_UNSUPPORTED,
                   _("No reference of %s that a script sets holds that object"), from_object->title);
      return NULL;
    }
  /* a list's label is its index, a dict's the repr of its key */
  return with_weakref_import (snapshot, g_strdup_printf (from_object->kind == RS_KIND_INSTANCE ? "%s.%s = weakref.ref(%s)"
                                                                                              : "%s[%s] = weakref.ref(%s)",
                                                         from_path, slot->label, to_path));
}

char *
rs_edit_delete_name (const RsSnapshot *snapshot,
                     RsObjId           id,
                     GError          **error)
{
  const RsSnapFrame *globals;
  const RsSnapObject *object;

  g_return_val_if_fail (snapshot != NULL, NULL);

  if (!(object = rs_snapshot_find_object (snapshot, id)))
    {
      g_set_error (error, RS_EDIT_ERROR, RS_EDIT_ERROR_NOTHING, _("No object is selected"));
      return NULL;
    }
  globals = global_frame (snapshot);
  for (guint i = 0; globals != NULL && i < globals->n_slots; i++)
    {
      const RsSnapSlot *slot = &snapshot->slots[globals->first_slot + i];

      if (slot->kind == RS_SLOT_STRONG && slot->target == id)
        return g_strdup_printf ("del %s", slot->label);
    }
  if (object->flags & RS_SNAP_LEAKED)
    return rs_edit_access_path (snapshot, id, error);  /* says why */
  g_set_error (error, RS_EDIT_ERROR, RS_EDIT_ERROR_NOTHING,
               _("No module name holds %s: delete one of its references in the inspector"),
               object->title);
  return NULL;
}

char *
rs_edit_collect (const RsSnapshot *snapshot)
{
  g_return_val_if_fail (snapshot != NULL, NULL);

  if (global_bound (snapshot, "gc", -1))
    return g_strdup ("gc.collect()");
  return g_strdup ("import gc\ngc.collect()");
}

static void
add_holder (GPtrArray  *holders,
            char       *label,
            char       *delete_stmt)
{
  RsEditHolder *holder = g_new0 (RsEditHolder, 1);

  holder->label = label;
  holder->delete_stmt = delete_stmt;
  g_ptr_array_add (holders, holder);
}

static void
list_frame_holders (const RsSnapshot *snapshot,
                    RsObjId           id,
                    GPtrArray        *holders)
{
  for (guint f = 0; f < snapshot->n_frames; f++)
    {
      const RsSnapFrame *frame = &snapshot->frames[f];

      for (guint i = 0; i < frame->n_slots; i++)
        {
          const RsSnapSlot *slot = &snapshot->slots[frame->first_slot + i];

          if (slot->kind != RS_SLOT_STRONG || slot->target != id)
            continue;
          if (f == 0)
            add_holder (holders, g_strdup (slot->label), g_strdup_printf ("del %s", slot->label));
          else
            add_holder (holders, g_strdup_printf ("%s: %s", frame->name, slot->label), NULL);
        }
    }
}

GPtrArray *
rs_edit_list_holders (const RsSnapshot *snapshot,
                      RsObjId           id)
{
  GPtrArray *holders = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_edit_holder_free);
  g_autoptr(GHashTable) paths = NULL;

  g_return_val_if_fail (snapshot != NULL, holders);

  list_frame_holders (snapshot, id, holders);
  paths = module_paths (snapshot);
  for (guint o = 0; o < snapshot->n_objects; o++)
    {
      const RsSnapObject *object = &snapshot->objects[o];
      const char *path = g_hash_table_lookup (paths, GUINT_TO_POINTER (object->id));

      for (guint i = 0; i < object->n_slots; i++)
        {
          const RsSnapSlot *slot = &snapshot->slots[object->first_slot + i];
          g_autofree char *member = NULL;

          if (slot->kind != RS_SLOT_STRONG || slot->target != id)
            continue;
          member = path ? member_expression (path, object, slot->label) : NULL;
          add_holder (holders,
                      member_expression (object->title, object, slot->label)
                        ?: g_strdup_printf ("%s: %s", object->title, slot->label),
                      member && !(slot->flags & RS_SLOT_FLAG_HIDDEN)
                        ? g_strdup_printf ("del %s", member) : NULL);
        }
    }
  return holders;
}
