/* rs-heap-dict-table.c: CPython 3.11's index table of a dict
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Which stored keys a lookup compares with __eq__, and in which order, is
 * the order in which dictobject.c's open addressing meets the entries of
 * the same hash along the probe sequence: a deleted entry leaves a dummy
 * slot that a later insertion takes, and a resize rebuilds the index in
 * insertion order.  The dict's own entries (rs-heap-containers.c) stay the
 * truth about what it holds; this table only mirrors CPython's layout: its
 * size, its dummies, the hash stored with each entry.
 *
 * Hashes are CPython's for ints, floats and tuples, and the value a
 * script's __hash__ returned for an instance; other values get a stable
 * hash of their own (str hashes are randomised in CPython anyway).
 */
#include "config.h"

#include <math.h>

#include "rs-big.h"
#include "rs-float.h"
#include "rs-heap-private.h"

#define SLOT_EMPTY (-1)
#define SLOT_DUMMY (-2)
#define LOG_MINSIZE 3
#define PERTURB_SHIFT 5
#define HASH_MODULUS ((G_GUINT64_CONSTANT (1) << 61) - 1)

struct _RsDictTable
{
  guint8    log2;     /* the slots: 1 << log2 of them */
  gint32   *slots;    /* an entry index, SLOT_EMPTY or SLOT_DUMMY */
  RsValue  *keys;     /* per entry: its key, RS_VALUE_ABSENT once deleted */
  gint64   *hashes;
  guint     n;        /* dk_nentries */
  guint     cap;
  gint      usable;   /* dk_usable */
  guint     used;     /* ma_used */
  guint     instances; /* keys that are instances: lookups may run __eq__ */
  guint     version;  /* bumped when the index is rebuilt or dropped */
};

#define USABLE_FRACTION(n) (((n) << 1) / 3)

static guint8
bit_length (guint64 x)
{
  guint8 n = 0;

  while (x != 0)
    {
      n++;
      x >>= 1;
    }
  return n;
}

static guint8
calculate_log2_keysize (guint64 minsize)
{
  minsize = (minsize | 8) - 1;
  return bit_length (minsize | 7);
}

static guint8
estimate_log2_keysize (guint64 n)
{
  return calculate_log2_keysize ((n * 3 + 1) / 2);
}

void
rs_heap_dict_table_free (RsDictTable *t)
{
  if (t == NULL)
    return;
  g_free (t->slots);
  g_free (t->keys);
  g_free (t->hashes);
  g_free (t);
}

static RsDictTable *
table_of (RsHeap  *self,
          RsObjId  dict)
{
  RsDict *d = rs_heap_obj (self, dict)->data;

  if (d->table == NULL)
    d->table = g_new0 (RsDictTable, 1);
  return d->table;
}

/* Instances */

void
rs_heap_set_instance_hash (RsHeap  *self,
                           RsObjId  id,
                           gint64   hash)
{
  if (self->instance_hashes == NULL)
    self->instance_hashes = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_hash_table_insert (self->instance_hashes, GUINT_TO_POINTER (id), g_memdup2 (&hash, sizeof hash));
}

static guint64
mix (guint64 x)
{
  /* splitmix64's finalizer: a hash no small int a script returns meets */
  x += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  x = (x ^ (x >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  x = (x ^ (x >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return x ^ (x >> 31);
}

static gint64
fix_minus_one (gint64 h)
{
  return h == -1 ? -2 : h;
}

/* _Py_HashDouble of a finite double that is not an integer */
static gint64
double_hash (double v)
{
  int e, sign = 1;
  double m = frexp (v, &e);
  guint64 x = 0;

  if (m < 0)
    {
      sign = -1;
      m = -m;
    }
  while (m != 0)
    {
      x = ((x << 28) & HASH_MODULUS) | x >> (61 - 28);
      m *= 268435456.0;
      e -= 28;
      guint64 y = (guint64) m;
      m -= (double) y;
      x += y;
      if (x >= HASH_MODULUS)
        x -= HASH_MODULUS;
    }
  e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  x = ((x << e) & HASH_MODULUS) | x >> (61 - e);
  return fix_minus_one ((gint64) x * sign);
}

static gint64
tuple_hash (RsHeap  *self,
            RsObjId  id)
{
  const RsList *l = rs_heap_obj (self, id)->data;
  guint64 acc = G_GUINT64_CONSTANT (2870177450012600261);

  for (guint i = 0; i < l->len; i++)
    {
      guint64 lane = (guint64) rs_heap_value_hash (self, l->items[i]);
      acc += lane * G_GUINT64_CONSTANT (14029467366897019727);
      acc = (acc << 31) | (acc >> 33);
      acc *= G_GUINT64_CONSTANT (11400714785074694791);
    }
  acc += l->len ^ (G_GUINT64_CONSTANT (2870177450012600261) ^ G_GUINT64_CONSTANT (3527539));
  return acc == G_MAXUINT64 ? 1546275796 : (gint64) acc;
}

/* The hash CPython stores with @key in a dict (the hash of an instance
 * whose class defines __hash__ is what that method returned last) */
gint64
rs_heap_value_hash (RsHeap  *self,
                    RsValue  key)
{
  RsObj *o = rs_heap_get_value (self, key);

  if (o != NULL && o->kind == RS_KIND_TUPLE)
    return tuple_hash (self, o->id);
  if (o != NULL && o->kind == RS_KIND_INSTANCE && self->instance_hashes != NULL)
    {
      gint64 *h = g_hash_table_lookup (self->instance_hashes, GUINT_TO_POINTER (o->id));
      if (h != NULL)
        return *h;
    }
  if (o != NULL && o->kind == RS_KIND_WEAKREF && ((RsWeakData *) o->data)->hash_referent != 0)
    return ((RsWeakData *) o->data)->hash;
  if (RS_VALUE_TAG (key) == RS_TAG_FLOAT)
    {
      double v = rs_float_get (self->atoms, key);
      if (isinf (v))
        return v > 0 ? 314159 : -314159;
      if (isfinite (v) && v != trunc (v))
        return double_hash (v);
    }
  RsValue n = rs_heap_dict_key (self, key);
  if (RS_VALUE_TAG (n) == RS_TAG_INT)
    return fix_minus_one ((gint64) n >> 3);
  if (RS_VALUE_TAG (n) == RS_TAG_BIGINT)
    {
      g_auto(RsBig) b = rs_big_from_atom (self->atoms, RS_VALUE_PAYLOAD (n));
      return rs_big_hash (&b);
    }
  return (gint64) mix (n);
}

RsValue
rs_heap_dict_norm_key (RsHeap  *self,
                       RsValue  key)
{
  return rs_heap_dict_key (self, key);
}

/* The index */

static gint
find_empty_slot (RsDictTable *t,
                 gint64       hash)
{
  gsize mask = ((gsize) 1 << t->log2) - 1;
  gsize i = (gsize) hash & mask;

  for (guint64 perturb = (guint64) hash; t->slots[i] >= 0;)
    {
      perturb >>= PERTURB_SHIFT;
      i = (i * 5 + perturb + 1) & mask;
    }
  return i;
}

/* dictresize: the live entries, compacted in order, in a new index */
static void
table_resize (RsDictTable *t,
              guint8       log2)
{
  guint j = 0;

  for (guint i = 0; i < t->n; i++)
    if (t->keys[i] != RS_VALUE_ABSENT)
      {
        t->keys[j] = t->keys[i];
        t->hashes[j++] = t->hashes[i];
      }
  t->n = j;
  t->log2 = log2;
  g_free (t->slots);
  t->slots = g_new (gint32, (gsize) 1 << log2);
  memset (t->slots, 0xff, sizeof (gint32) << log2);   /* SLOT_EMPTY */
  for (guint i = 0; i < t->n; i++)
    t->slots[find_empty_slot (t, t->hashes[i])] = i;
  t->usable = USABLE_FRACTION (1 << log2) - (gint) t->n;
  t->version++;
}

static void
table_reserve_entries (RsDictTable *t)
{
  if (t->n < t->cap)
    return;
  t->cap = MAX (8, t->cap * 2);
  t->keys = g_renew (RsValue, t->keys, t->cap);
  t->hashes = g_renew (gint64, t->hashes, t->cap);
}

/* An instance, a weak reference (weakref_richcompare compares live
 * referents, which may run __eq__) or a tuple holding one: its equality
 * may run __eq__ */
static gboolean
is_instance (RsHeap  *self,
             RsValue  key)
{
  RsObj *o = rs_heap_get_value (self, key);

  if (o != NULL && o->kind == RS_KIND_TUPLE)
    {
      const RsList *l = o->data;
      for (guint i = 0; i < l->len; i++)
        if (is_instance (self, l->items[i]))
          return TRUE;
    }
  return o != NULL && (o->kind == RS_KIND_INSTANCE || o->kind == RS_KIND_WEAKREF);
}

gboolean
rs_heap_value_holds_instance (RsHeap  *self,
                              RsValue  key)
{
  return is_instance (self, key);
}

/* insertdict of a key the dict does not hold yet */
void
rs_heap_dict_table_insert (RsHeap  *self,
                           RsObjId  dict,
                           RsValue  key)
{
  RsDictTable *t = table_of (self, dict);
  gint64 hash = rs_heap_value_hash (self, key);

  if (t->log2 == 0)
    table_resize (t, LOG_MINSIZE);
  else if (t->usable <= 0)
    table_resize (t, calculate_log2_keysize ((guint64) t->used * 3));
  table_reserve_entries (t);
  t->slots[find_empty_slot (t, hash)] = t->n;
  t->keys[t->n] = key;
  t->hashes[t->n++] = hash;
  t->usable--;
  t->used++;
  if (is_instance (self, key))
    t->instances++;
}

void
rs_heap_dict_table_delete (RsHeap  *self,
                           RsObjId  dict,
                           RsValue  key)
{
  RsDictTable *t = table_of (self, dict);
  gsize size = t->log2 == 0 ? 0 : (gsize) 1 << t->log2;
  gsize mask = size - 1;
  gint64 hash = rs_heap_value_hash (self, key);
  gsize i = (gsize) hash & mask;
  gsize found = size;

  /* along the key's probe sequence; a hash that changed since: anywhere */
  for (guint64 perturb = (guint64) hash, k = 0; size > 0 && k < size * 4 && t->slots[i] != SLOT_EMPTY; k++)
    {
      if (t->slots[i] >= 0 && t->keys[t->slots[i]] == key)
        {
          found = i;
          break;
        }
      perturb >>= PERTURB_SHIFT;
      i = (i * 5 + perturb + 1) & mask;
    }
  for (i = 0; found == size && i < size; i++)
    if (t->slots[i] >= 0 && t->keys[t->slots[i]] == key)
      found = i;
  if (found == size)
    return;
  t->keys[t->slots[found]] = RS_VALUE_ABSENT;
  t->slots[found] = SLOT_DUMMY;
  t->used--;
  if (is_instance (self, key))
    t->instances--;
}

/* dict.clear(): the shared empty keys again */
void
rs_heap_dict_table_clear (RsHeap  *self,
                          RsObjId  dict)
{
  RsDict *d = rs_heap_obj (self, dict)->data;
  guint version = d->table != NULL ? d->table->version : 0;

  g_clear_pointer (&d->table, rs_heap_dict_table_free);
  d->table = g_new0 (RsDictTable, 1);
  d->table->version = version + 1;
}

/* _PyDict_NewPresized(@n) of a dict that is still empty */
void
rs_heap_dict_presize (RsHeap  *self,
                      RsObjId  dict,
                      guint    n)
{
  RsDictTable *t = table_of (self, dict);

  if (n <= 5 || t->used > 0)
    return;
  table_resize (t, estimate_log2_keysize (MIN (n, USABLE_FRACTION (1u << 17) + 1u)));
}

/* dict_merge's preparation for merging dict @src into @dst: a clean
 * @src cloned into an empty @dst (TRUE: no lookups happen), else one
 * resize up front */
gboolean
rs_heap_dict_merge_prepare (RsHeap  *self,
                            RsObjId  dst,
                            RsObjId  src)
{
  RsDictTable *t = table_of (self, dst), *o = table_of (self, src);

  if (o->used == 0 || dst == src)
    return FALSE;
  if (t->used == 0 && t->n == 0 && o->used == o->n &&
      (o->log2 == LOG_MINSIZE || USABLE_FRACTION ((1u << o->log2) / 2) < o->used))
    {
      /* clone_combined_dict_keys: a clean index is the one its entries
       * make when inserted in order into a table of its size */
      table_resize (t, o->log2);
      return TRUE;
    }
  if ((guint) USABLE_FRACTION (t->log2 == 0 ? 0u : 1u << t->log2) < o->used)
    table_resize (t, estimate_log2_keysize ((guint64) t->used + o->used));
  return FALSE;
}

/* The same for a later piece of a dict display, CPython's own dict of
 * @n_pairs pairs made by BUILD_MAP (_PyDict_FromItems, presized for them)
 * with @n_keys distinct keys: TRUE when dict_merge clones it into @dst */
gboolean
rs_heap_dict_merge_piece_prepare (RsHeap  *self,
                                  RsObjId  dst,
                                  guint    n_pairs,
                                  guint    n_keys)
{
  RsDictTable *t = table_of (self, dst);
  guint log2 = n_pairs <= USABLE_FRACTION (1u << LOG_MINSIZE) ? LOG_MINSIZE
             : estimate_log2_keysize (n_pairs);

  if (n_keys == 0 || t->used != 0 || t->n != 0 ||
      !(log2 == LOG_MINSIZE || USABLE_FRACTION ((1u << log2) / 2) < n_keys))
    return FALSE;
  table_resize (t, log2);
  return TRUE;
}

/* Lookups */

gboolean
rs_heap_dict_may_call_eq (RsHeap  *self,
                          RsObjId  dict,
                          RsValue  key)
{
  RsDict *d = rs_heap_obj (self, dict)->data;
  return is_instance (self, key) || (d->table != NULL && d->table->instances > 0);
}

void
rs_heap_dict_probe_start (RsHeap       *self,
                          RsObjId       dict,
                          gint64        hash,
                          RsDictProbe  *p)
{
  RsDictTable *t = table_of (self, dict);

  p->hash = hash;
  p->perturb = (guint64) hash;
  p->i = G_MAXSIZE;
  p->entry = -1;
  p->version = t->version;
}

/* The next entry on the probe sequence of @p's hash: its key, or
 * RS_VALUE_ABSENT at an empty slot (the end); @same_hash says whether its
 * stored hash is the one looked up */
RsValue
rs_heap_dict_probe_next (RsHeap      *self,
                         RsObjId      dict,
                         RsDictProbe *p,
                         gboolean    *same_hash)
{
  RsDictTable *t = table_of (self, dict);

  if (t->log2 == 0)
    return RS_VALUE_ABSENT;
  gsize mask = ((gsize) 1 << t->log2) - 1;
  for (;;)
    {
      if (p->i == G_MAXSIZE)
        p->i = (gsize) p->hash & mask;
      else
        {
          p->perturb >>= PERTURB_SHIFT;
          p->i = (p->i * 5 + p->perturb + 1) & mask;
        }
      gint32 ix = t->slots[p->i];
      if (ix == SLOT_EMPTY)
        return RS_VALUE_ABSENT;
      if (ix >= 0)
        {
          p->entry = ix;
          *same_hash = t->hashes[ix] == p->hash;
          return t->keys[ix];
        }
    }
}

/* Whether the entry @p met last still holds @key in the same index (else
 * CPython restarts the lookup) */
gboolean
rs_heap_dict_probe_valid (RsHeap            *self,
                          RsObjId            dict,
                          const RsDictProbe *p,
                          RsValue            key)
{
  RsObj *o = rs_heap_get (self, dict);

  if (o == NULL || o->kind != RS_KIND_DICT)
    return FALSE;
  RsDictTable *t = table_of (self, dict);
  return t->version == p->version && p->entry >= 0 && (guint) p->entry < t->n && t->keys[p->entry] == key;
}
