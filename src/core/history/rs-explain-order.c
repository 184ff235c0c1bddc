/* rs-explain-order.c: the order in which CPython 3.11 releases an instance's attributes
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An instance keeps its attributes in its class's shared keys, in the
 * order each name was first stored on any instance of the class, while
 * the keys have room (30, less one for each instance made while more
 * than one is left); a name that does not fit gives the instance a dict
 * of its own, in its own insertion order, from then on.  The replica
 * keeps each object's first-store order only, so the class-wide order is
 * read again from the events that built the step.
 */
#include "rs-explain-private.h"

#include <string.h>

#define SHARED_KEYS_MAX 30

typedef struct {
  GArray *keys;      /* guint32 atoms */
  gint    usable;
} ClassKeys;

typedef struct {
  RsObjId  cls;
  gboolean dict_mode;
  GArray  *present;  /* guint32 atoms, in insertion order */
} Instance;

typedef struct {
  GHashTable *classes;    /* id -> ClassKeys */
  GHashTable *instances;  /* id -> Instance */
  guint32     class_atom; /* "__class__", once met */
  RsAtomLookup lookup;
  gpointer    user_data;
} Scan;

static void
class_keys_free (gpointer data)
{
  ClassKeys *c = data;

  g_array_unref (c->keys);
  g_free (c);
}

static void
instance_free (gpointer data)
{
  Instance *i = data;

  g_array_unref (i->present);
  g_free (i);
}

static gint
find_atom (GArray  *atoms,
           guint32  atom)
{
  for (guint i = 0; i < atoms->len; i++)
    if (g_array_index (atoms, guint32, i) == atom)
      return (gint) i;
  return -1;
}

static gboolean
is_class_atom (Scan    *s,
               guint32  atom)
{
  gsize len;
  const char *text;

  if (s->class_atom != 0)
    return atom == s->class_atom;
  text = s->lookup (s->user_data, atom, &len);
  if (text == NULL || len != 9 || memcmp (text, "__class__", 9) != 0)
    return FALSE;
  s->class_atom = atom;
  return TRUE;
}

static void
scan_alloc (Scan          *s,
            const RsEvent *e)
{
  RsObjKind kind = (RsObjKind) (e->key & 0xff);

  if (kind == RS_KIND_CLASS)
    {
      ClassKeys *c = g_new0 (ClassKeys, 1);

      c->keys = g_array_new (FALSE, FALSE, sizeof (guint32));
      c->usable = SHARED_KEYS_MAX;
      g_hash_table_replace (s->classes, GUINT_TO_POINTER (e->holder), c);
    }
  else if (kind == RS_KIND_INSTANCE)
    {
      Instance *i = g_new0 (Instance, 1);

      i->present = g_array_new (FALSE, FALSE, sizeof (guint32));
      g_hash_table_replace (s->instances, GUINT_TO_POINTER (e->holder), i);
    }
}

/* A new name on @i: in the class's keys, or the instance's own dict. */
static void
scan_add (Instance  *i,
          ClassKeys *c,
          guint32    atom)
{
  g_array_append_val (i->present, atom);
  if (i->dict_mode || c == NULL || find_atom (c->keys, atom) >= 0)
    return;
  if (c->usable > 0)
    {
      c->usable--;
      g_array_append_val (c->keys, atom);
      return;
    }
  i->dict_mode = TRUE;
}

static void
scan_attr (Scan          *s,
           const RsEvent *e)
{
  Instance *i = g_hash_table_lookup (s->instances, GUINT_TO_POINTER (e->holder));
  guint32 atom = (guint32) e->key;
  gint at;

  if (i == NULL)
    return;
  if (e->flags & RS_EVENT_HIDDEN)
    {
      ClassKeys *c;

      if (e->old_value != RS_VALUE_ABSENT || !RS_VALUE_IS_OBJECT (e->new_value) || !is_class_atom (s, atom))
        return;
      i->cls = RS_VALUE_OBJECT_ID (e->new_value);
      /* init_inline_values: each new instance shrinks the budget */
      if ((c = g_hash_table_lookup (s->classes, GUINT_TO_POINTER (i->cls))) != NULL && c->usable > 1)
        c->usable--;
      return;
    }
  if (e->old_value == RS_VALUE_ABSENT && e->new_value != RS_VALUE_ABSENT)
    scan_add (i, g_hash_table_lookup (s->classes, GUINT_TO_POINTER (i->cls)), atom);
  else if (e->new_value == RS_VALUE_ABSENT && (at = find_atom (i->present, atom)) >= 0)
    g_array_remove_index (i->present, at);
}

/* The release order of one instance: its own, or the class keys' order
 * of the names it has. */
static GArray *
instance_order (Scan     *s,
                Instance *i)
{
  ClassKeys *c = g_hash_table_lookup (s->classes, GUINT_TO_POINTER (i->cls));
  GArray *order = g_array_new (FALSE, FALSE, sizeof (guint32));

  if (i->dict_mode || c == NULL)
    {
      g_array_append_vals (order, i->present->data, i->present->len);
      return order;
    }
  for (guint k = 0; k < c->keys->len; k++)
    if (find_atom (i->present, g_array_index (c->keys, guint32, k)) >= 0)
      g_array_append_val (order, g_array_index (c->keys, guint32, k));
  return order;
}

GHashTable *
rs_explain_attr_orders (const RsEvent *events,
                        guint64        n_events,
                        RsAtomLookup   lookup,
                        gpointer       user_data,
                        guint8        *dict_mode,
                        guint32        n_ids)
{
  Scan s = { g_hash_table_new_full (NULL, NULL, NULL, class_keys_free),
             g_hash_table_new_full (NULL, NULL, NULL, instance_free), 0, lookup, user_data };
  GHashTable *orders = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  GHashTableIter iter;
  gpointer key, value;

  for (guint64 k = 0; k < n_events; k++)
    if (events[k].kind == RS_EV_ALLOC)
      scan_alloc (&s, &events[k]);
    else if (events[k].kind == RS_EV_ATTR_SET)
      scan_attr (&s, &events[k]);
    else if (events[k].kind == RS_EV_FREE)
      g_hash_table_remove (s.instances, GUINT_TO_POINTER (events[k].holder));
  g_hash_table_iter_init (&iter, s.instances);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_hash_table_insert (orders, key, instance_order (&s, value));
      if (GPOINTER_TO_UINT (key) < n_ids)
        dict_mode[GPOINTER_TO_UINT (key)] = ((Instance *) value)->dict_mode;
    }
  g_hash_table_unref (s.classes);
  g_hash_table_unref (s.instances);
  return orders;
}
