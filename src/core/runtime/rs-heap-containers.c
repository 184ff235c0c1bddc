/* rs-heap-containers.c: the storage of attributes, lists and dicts
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rs-heap-private.h"
#include "rs-float.h"

#include <stdlib.h>
#include <string.h>

#define DICT_INDEX_MIN 8
/* attribute orders from here on are the dict's, below it the slots' */
#define DICT_ORDER (1u << 30)

/* Instance and class attributes */

RsAttrs *
rs_heap_attrs_of (RsObj    *o,
                  gboolean  create)
{
  g_assert (o->kind == RS_KIND_INSTANCE || o->kind == RS_KIND_CLASS || o->kind == RS_KIND_FUNCTION
            || o->kind == RS_KIND_WEAKDICT);
  if (o->kind == RS_KIND_WEAKDICT)
    return &((RsWeakDictData *) o->data)->attrs;
  if (o->kind == RS_KIND_CLASS)
    return &((RsClassData *) o->data)->attrs;
  if (o->kind == RS_KIND_FUNCTION)
    return &((RsFunctionData *) o->data)->attrs;
  if (o->data == NULL && create)
    o->data = g_new0 (RsAttrs, 1);
  return o->data;
}

/* Only instances, classes, functions and weak containers (Python
 * instances in CPython) have attributes of their own. */
static gboolean
has_attrs (RsHeap  *self,
           RsObjId  id)
{
  return rs_heap_has_kind (self, id, RS_KIND_INSTANCE) || rs_heap_has_kind (self, id, RS_KIND_CLASS)
         || rs_heap_has_kind (self, id, RS_KIND_FUNCTION) || rs_heap_has_kind (self, id, RS_KIND_WEAKDICT);
}

static gint
attrs_find (RsAttrs *a,
            guint32  name)
{
  for (guint i = 0; a != NULL && i < a->len; i++)
    if (a->items[i].name == name)
      return i;
  return -1;
}

gboolean
rs_heap_attr_lookup (RsHeap  *self,
                     RsObjId  id,
                     guint32  name,
                     RsValue *value)
{
  g_return_val_if_fail (has_attrs (self, id), FALSE);

  RsAttrs *a = rs_heap_attrs_of (rs_heap_obj (self, id), FALSE);
  gint i = attrs_find (a, name);

  if (i < 0)
    return FALSE;
  *value = a->items[i].value;
  return TRUE;
}

gboolean
rs_heap_class_lookup (RsHeap  *self,
                      RsObjId  cls,
                      guint32  name,
                      RsValue *value)
{
  return rs_heap_class_lookup_owner (self, cls, name, value, NULL);
}

gboolean
rs_heap_class_lookup_owner (RsHeap  *self,
                            RsObjId  cls,
                            guint32  name,
                            RsValue *value,
                            RsObjId *owner)
{
  g_return_val_if_fail (cls == 0 || rs_heap_has_kind (self, cls, RS_KIND_CLASS), FALSE);

  if (cls == 0)
    return FALSE;
  RsClassData *cd = rs_heap_obj (self, cls)->data;
  for (guint i = 0; i <= cd->n_mro; i++)
    {
      RsObjId c = i == 0 ? cls : cd->mro[i - 1];

      if (rs_heap_attr_lookup (self, c, name, value))
        {
          if (owner != NULL)
            *owner = c;
          return TRUE;
        }
    }
  return FALSE;
}

static gint
cmp_seq (gconstpointer a,
         gconstpointer b)
{
  const RsAttr *x = a, *y = b;

  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* The instance gets a real dict (CPython 3.11's make_dict_from_instance_
 * attributes): its order is the instance's own insertion order. */
static void
materialize (RsObj   *o,
             RsAttrs *a)
{
  guint n_slots = 0;

  /* the slots stay first, in their order */
  while (n_slots < a->len && a->items[n_slots].order < DICT_ORDER)
    n_slots++;
  o->flags |= RS_OBJ_DICT_MODE;
  if (a->len > n_slots)
    qsort (a->items + n_slots, a->len - n_slots, sizeof (RsAttr), cmp_seq);
  for (guint i = n_slots; i < a->len; i++)
    a->items[i].order = DICT_ORDER + i - n_slots;
  a->next_order = a->len - n_slots;
}

/* A slot's place in subtype_dealloc's order: the class's own slots
 * first, then its bases' (-1: @name is no slot) */
static gint
slot_order (RsHeap  *self,
            RsObjId  cls,
            guint32  name)
{
  RsClassData *cd = rs_heap_obj (self, cls)->data;
  gint at = 0;

  for (guint i = 0; i <= cd->n_mro; i++)
    {
      RsClassData *c = rs_heap_obj (self, i == 0 ? cls : cd->mro[i - 1])->data;
      for (guint j = 0; j < c->n_slots; j++, at++)
        if (c->slots[j] == name)
          return at;
    }
  return -1;
}

gboolean
rs_heap_class_has_slot (RsHeap  *self,
                        RsObjId  cls,
                        guint32  name)
{
  g_return_val_if_fail (rs_heap_has_kind (self, cls, RS_KIND_CLASS), FALSE);

  return slot_order (self, cls, name) >= 0;
}

void
rs_heap_class_set_slots (RsHeap        *self,
                         RsObjId        cls,
                         const guint32 *slots,
                         guint          n,
                         gboolean       no_dict,
                         gboolean       no_weakref)
{
  g_return_if_fail (rs_heap_has_kind (self, cls, RS_KIND_CLASS));

  RsClassData *cd = rs_heap_obj (self, cls)->data;

  g_free (cd->slots);
  cd->slots = g_memdup2 (slots, n * sizeof (guint32));
  cd->n_slots = n;
  cd->no_dict = no_dict;
  cd->no_weakref = no_weakref;
}

/* Where a new attribute name goes in the release order: a slot first,
 * then CPython 3.11's shared keys of the class, or the instance's own
 * dict once they are full. */
static guint32
attr_order (RsHeap  *self,
            RsObj   *o,
            RsAttrs *a,
            guint32  name)
{
  if (o->kind != RS_KIND_INSTANCE)
    return a->next_order++;
  gint slot = slot_order (self, o->cls, name);
  if (slot >= 0)
    return slot;
  RsClassData *cd = rs_heap_obj (self, o->cls)->data;
  if (!(o->flags & RS_OBJ_DICT_MODE))
    {
      for (guint i = 0; i < cd->keys->len; i++)
        if (g_array_index (cd->keys, guint32, i) == name)
          return DICT_ORDER + i;
      if (cd->usable > 0)
        {
          cd->usable--;
          g_array_append_val (cd->keys, name);
          return DICT_ORDER + cd->keys->len - 1;
        }
      materialize (o, a);
    }
  return DICT_ORDER + a->next_order++;
}

void
rs_heap_attr_set (RsHeap  *self,
                  RsObjId  id,
                  guint32  name,
                  RsValue  value)
{
  g_return_if_fail (has_attrs (self, id));

  RsObj *o = rs_heap_obj (self, id);
  RsAttrs *a = rs_heap_attrs_of (o, TRUE);
  gint i = attrs_find (a, name);
  RsValue old = RS_VALUE_ABSENT;

  if (i >= 0)
    {
      old = a->items[i].value;
      a->items[i].value = value;
    }
  else
    {
      guint32 order = attr_order (self, o, a, name);
      guint at = a->len;
      while (at > 0 && a->items[at - 1].order > order)
        at--;
      if (a->len == a->cap)
        {
          a->cap = MAX (1, a->cap * 2);   /* most instances have few attributes */
          a->items = g_renew (RsAttr, a->items, a->cap);
        }
      memmove (a->items + at + 1, a->items + at, (a->len - at) * sizeof (RsAttr));
      a->items[at] = (RsAttr) { name, order, value, a->next_seq++ };
      a->len++;
    }
  rs_heap_slot_event (self, RS_EV_ATTR_SET, RS_EVENT_FROM_TEMP, id, name, old, value);
}

gboolean
rs_heap_attr_delete (RsHeap  *self,
                     RsObjId  id,
                     guint32  name)
{
  g_return_val_if_fail (has_attrs (self, id), FALSE);

  RsAttrs *a = rs_heap_attrs_of (rs_heap_obj (self, id), FALSE);
  gint i = attrs_find (a, name);

  if (i < 0)
    return FALSE;
  RsValue old = a->items[i].value;
  memmove (a->items + i, a->items + i + 1, (a->len - i - 1) * sizeof (RsAttr));
  a->len--;
  rs_heap_slot_event (self, RS_EV_ATTR_SET, 0, id, name, old, 0);
  return TRUE;
}

/* Releases every attribute in release order; the object stays. */
void
rs_heap_attrs_release (RsHeap  *self,
                       RsObjId  id)
{
  RsObj *o = rs_heap_obj (self, id);
  RsAttrs *a = rs_heap_attrs_of (o, FALSE);
  if (a == NULL || a->len == 0)
    return;
  RsAttrs taken = *a;

  a->items = NULL;
  a->len = a->cap = 0;
  for (guint i = 0; i < taken.len; i++)
    rs_heap_slot_event (self, RS_EV_ATTR_SET, 0, id, taken.items[i].name,
                        taken.items[i].value, 0);
  g_free (taken.items);
}

/* Lists */

static RsList *
list_of (RsHeap  *self,
         RsObjId  id)
{
  RsObj *o = rs_heap_obj (self, id);
  g_assert (o->kind == RS_KIND_LIST);
  return o->data;
}

void
rs_heap_list_insert (RsHeap  *self,
                     RsObjId  id,
                     guint    index,
                     RsValue  value)
{
  g_return_if_fail (rs_heap_has_kind (self, id, RS_KIND_LIST));

  RsList *l = list_of (self, id);

  if (index > l->len)
    index = l->len;
  if (l->len == l->cap)
    {
      guint cap = MAX (4, l->cap + l->cap / 2 + 1);
      rs_heap_account (self, (gint64) (cap - l->cap) * sizeof (RsValue));
      l->cap = cap;
      l->items = g_renew (RsValue, l->items, l->cap);
    }
  memmove (l->items + index + 1, l->items + index, (l->len - index) * sizeof (RsValue));
  l->items[index] = value;
  l->len++;
  rs_heap_slot_event (self, RS_EV_ITEM_INSERT, RS_EVENT_FROM_TEMP, id, index, 0, value);
}

void
rs_heap_list_set (RsHeap  *self,
                  RsObjId  id,
                  guint    index,
                  RsValue  value)
{
  g_return_if_fail (rs_heap_has_kind (self, id, RS_KIND_LIST));
  RsList *l = list_of (self, id);
  g_return_if_fail (index < l->len);

  RsValue old = l->items[index];

  l->items[index] = value;
  rs_heap_slot_event (self, RS_EV_ITEM_SET, RS_EVENT_FROM_TEMP, id, index, old, value);
}

RsValue
rs_heap_list_remove (RsHeap   *self,
                     RsObjId   id,
                     guint     index,
                     gboolean  to_temp)
{
  g_return_val_if_fail (rs_heap_has_kind (self, id, RS_KIND_LIST), RS_VALUE_ABSENT);
  RsList *l = list_of (self, id);
  g_return_val_if_fail (index < l->len, RS_VALUE_ABSENT);

  RsValue old = l->items[index];

  memmove (l->items + index, l->items + index + 1, (l->len - index - 1) * sizeof (RsValue));
  l->len--;
  rs_heap_slot_event (self, RS_EV_ITEM_REMOVE, to_temp ? RS_EVENT_OLD_TO_TEMP : 0,
                      id, index, old, 0);
  return to_temp ? old : RS_VALUE_ABSENT;
}

/* list.clear() and the collector's tp_clear: the list is emptied first,
 * then the items are released last to first (CPython's _list_clear). */
void
rs_heap_list_clear (RsHeap  *self,
                    RsObjId  id)
{
  g_return_if_fail (rs_heap_has_kind (self, id, RS_KIND_LIST));

  RsList *l = list_of (self, id);
  RsValue *items = l->items;
  guint n = l->len;

  if (n == 0)
    return;
  rs_heap_account (self, -(gint64) l->cap * sizeof (RsValue));
  l->items = NULL;
  l->len = l->cap = 0;
  rs_heap_emit_payload (self, RS_EV_CLEAR, 0, id, 0, 0, rs_value_int (n), items, n);
  for (guint i = n; i > 0; i--)
    rs_heap_decref (self, items[i - 1]);
  g_free (items);
}

RsValue *
rs_heap_list_take (RsHeap  *self,
                   RsObjId  id,
                   guint   *n)
{
  g_return_val_if_fail (rs_heap_has_kind (self, id, RS_KIND_LIST), NULL);

  RsList *l = list_of (self, id);
  RsValue *items = l->items;

  *n = l->len;
  if (*n == 0)
    return NULL;
  rs_heap_account (self, -(gint64) l->cap * sizeof (RsValue));
  l->items = NULL;
  l->len = l->cap = 0;
  rs_heap_emit_payload (self, RS_EV_CLEAR, 0, id, 0, 0, rs_value_int (*n), items, *n);
  return items;
}

void
rs_heap_list_dealloc (RsHeap  *self,
                      RsObjId  id)
{
  RsList *l = list_of (self, id);
  RsValue *items = l->items;
  guint n = l->len;

  rs_heap_account (self, -(gint64) l->cap * sizeof (RsValue));
  l->items = NULL;
  l->len = l->cap = 0;
  for (guint i = n; i > 0; i--)
    rs_heap_slot_event (self, RS_EV_ITEM_REMOVE, 0, id, i - 1, items[i - 1], 0);
  g_free (items);
}

/* Dicts */

/* an entry and its place in the index of a big dict */
#define DICT_ENTRY_BYTES (sizeof (RsDictEntry) + 32)

static RsDict *
dict_of (RsHeap  *self,
         RsObjId  id)
{
  RsObj *o = rs_heap_obj (self, id);
  g_assert (o->kind == RS_KIND_DICT);
  return o->data;
}

/* The key equal keys share: True is 1, 1.0 is 1, a weak reference to a
 * live object hashes as its referent, a tuple by its items */
RsValue
rs_heap_dict_key (RsHeap  *self,
                  RsValue  key)
{
  RsObj *o = rs_heap_get_value (self, key);

  if (o != NULL && o->kind == RS_KIND_WEAKREF && ((RsWeakData *) o->data)->hash_referent != 0)
    return RS_VALUE_OBJECT (((RsWeakData *) o->data)->hash_referent | (G_GUINT64_CONSTANT (1) << 32));
  if (o != NULL && o->kind == RS_KIND_TUPLE)
    return rs_heap_tuple_dict_key (self, o->id);
  if (RS_VALUE_TAG (key) == RS_TAG_FLOAT)
    return rs_float_key (self->atoms, key);
  if (key == RS_VALUE_TRUE)
    return rs_value_int (1);
  if (key == RS_VALUE_FALSE)
    return rs_value_int (0);
  if (RS_VALUE_TAG (key) == RS_TAG_STR)
    return RS_VALUE_MAKE (RS_TAG_STR, RS_VALUE_STR_ATOM (key));   /* equal text, one key */
  return key;
}

static gpointer
dict_norm (RsHeap  *self,
           RsValue  key)
{
  return GSIZE_TO_POINTER ((gsize) rs_heap_dict_key (self, key));
}

static void
dict_reindex (RsHeap *self,
              RsDict *d)
{
  guint j = 0;

  for (guint i = 0; i < d->len; i++)
    if (d->entries[i].key != RS_VALUE_ABSENT)
      d->entries[j++] = d->entries[i];
  d->len = j;
  if (d->index != NULL)
    g_hash_table_remove_all (d->index);
  else if (d->len >= DICT_INDEX_MIN)
    d->index = g_hash_table_new (NULL, NULL);
  for (guint i = 0; d->index != NULL && i < d->len; i++)
    g_hash_table_insert (d->index, dict_norm (self, d->entries[i].key), GUINT_TO_POINTER (i + 1));
}

gint
rs_heap_dict_find (RsHeap  *self,
                   RsObjId  id,
                   RsValue  key)
{
  g_return_val_if_fail (rs_heap_has_kind (self, id, RS_KIND_DICT), -1);

  RsDict *d = dict_of (self, id);
  gpointer nk = dict_norm (self, key);

  if (d->index != NULL)
    return GPOINTER_TO_INT (g_hash_table_lookup (d->index, nk)) - 1;
  for (guint i = 0; i < d->len; i++)
    if (d->entries[i].key != RS_VALUE_ABSENT && dict_norm (self, d->entries[i].key) == nk)
      return i;
  return -1;
}

/* @key is borrowed (the dict takes its own reference when it is new),
 * @value moves in. */
void
rs_heap_dict_set (RsHeap  *self,
                  RsObjId  id,
                  RsValue  key,
                  RsValue  value)
{
  g_return_if_fail (rs_heap_has_kind (self, id, RS_KIND_DICT));

  gint i = rs_heap_dict_find (self, id, key);
  RsDict *d = dict_of (self, id);
  RsValue old = RS_VALUE_ABSENT;

  if (i >= 0)
    {
      old = d->entries[i].value;
      d->entries[i].value = value;
      key = d->entries[i].key;
    }
  else
    {
      if (d->len == d->cap)
        {
          guint cap = MAX (4, d->cap * 2);
          rs_heap_account (self, (gint64) (cap - d->cap) * DICT_ENTRY_BYTES);
          d->cap = cap;
          d->entries = g_renew (RsDictEntry, d->entries, d->cap);
        }
      rs_heap_dict_table_insert (self, id, key);
      d = dict_of (self, id);
      i = d->len++;
      d->entries[i] = (RsDictEntry) { key, value };
      d->used++;
      if (d->index != NULL)
        g_hash_table_insert (d->index, dict_norm (self, key), GUINT_TO_POINTER (i + 1));
      else if (d->used >= DICT_INDEX_MIN)
        dict_reindex (self, d);
      i = rs_heap_dict_find (self, id, key);
      if (RS_VALUE_IS_OBJECT (key))
        rs_heap_obj (self, RS_VALUE_OBJECT_ID (key))->refcnt++;
    }
  rs_heap_emit_payload (self, RS_EV_KEY_SET, RS_EVENT_FROM_TEMP, id, 0, old, value, &key, 1);
  rs_heap_drop (self, old);
}

/* dict's delitem: the value is released, then the key. */
RsValue
rs_heap_dict_remove (RsHeap   *self,
                     RsObjId   id,
                     guint     entry,
                     gboolean  to_temp)
{
  g_return_val_if_fail (rs_heap_has_kind (self, id, RS_KIND_DICT), RS_VALUE_ABSENT);
  RsDict *d = dict_of (self, id);
  g_return_val_if_fail (entry < d->len && d->entries[entry].key != RS_VALUE_ABSENT,
                        RS_VALUE_ABSENT);

  RsDictEntry e = d->entries[entry];

  rs_heap_dict_table_delete (self, id, e.key);
  d->entries[entry].key = RS_VALUE_ABSENT;
  d->entries[entry].value = RS_VALUE_ABSENT;
  d->used--;
  if (d->index != NULL)
    g_hash_table_remove (d->index, dict_norm (self, e.key));
  if (d->len > 2 * d->used + DICT_INDEX_MIN)
    dict_reindex (self, d);
  rs_heap_emit_payload (self, RS_EV_KEY_REMOVE, to_temp ? RS_EVENT_OLD_TO_TEMP : 0,
                        id, 0, e.value, 0, &e.key, 1);
  if (!to_temp)
    rs_heap_drop (self, e.value);
  rs_heap_drop (self, e.key);
  return to_temp ? e.value : RS_VALUE_ABSENT;
}

static RsDictEntry *
dict_take (RsHeap  *self,
           RsObjId  id,
           guint   *n)
{
  RsDict *d = dict_of (self, id);
  RsDictEntry *entries = d->entries;

  *n = d->len;
  rs_heap_account (self, -(gint64) d->cap * DICT_ENTRY_BYTES);
  d->entries = NULL;
  d->len = d->cap = d->used = 0;
  g_clear_pointer (&d->index, g_hash_table_destroy);
  rs_heap_dict_table_clear (self, id);
  return entries;
}

void
rs_heap_dict_clear (RsHeap  *self,
                    RsObjId  id)
{
  g_return_if_fail (rs_heap_has_kind (self, id, RS_KIND_DICT));

  guint n;
  RsDictEntry *entries = dict_take (self, id, &n);
  g_autoptr(GArray) removed = g_array_new (FALSE, FALSE, sizeof (RsValue));

  for (guint i = 0; i < n; i++)
    if (entries[i].key != RS_VALUE_ABSENT)
      {
        g_array_append_val (removed, entries[i].key);
        g_array_append_val (removed, entries[i].value);
      }
  if (removed->len > 0)
    rs_heap_emit_payload (self, RS_EV_CLEAR, 0, id, 0, 0, rs_value_int (removed->len / 2),
                          (RsValue *) removed->data, removed->len);
  for (guint i = 0; i < removed->len; i++)
    rs_heap_decref (self, g_array_index (removed, RsValue, i));
  g_free (entries);
}

void
rs_heap_dict_dealloc (RsHeap  *self,
                      RsObjId  id)
{
  guint n;
  RsDictEntry *entries = dict_take (self, id, &n);

  for (guint i = 0; i < n; i++)
    {
      if (entries[i].key == RS_VALUE_ABSENT)
        continue;
      /* the key goes first and may run __del__: the value is a
       * temporary of the dealloc meanwhile, as the history sees it */
      rs_heap_emit_payload (self, RS_EV_KEY_REMOVE, RS_EVENT_OLD_TO_TEMP, id, 0, entries[i].value, 0,
                            &entries[i].key, 1);
      rs_heap_drop (self, entries[i].key);
      rs_heap_decref (self, entries[i].value);
    }
  g_free (entries);
}
