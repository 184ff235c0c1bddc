/* rs-interp-dict-display.c: dict displays, `{k: v, **m}`
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A display is built as CPython 3.11's compiler_dict cuts it: at each
 * `**m` and after every 17 pairs.  The display's dict is the first piece:
 * a piece of fewer than 16 pairs is made after its pairs are evaluated
 * (BUILD_MAP: then each key is hashed and stored; with constant keys the
 * oracle copies a plain dict), a bigger one starts empty and gets each pair
 * as it is evaluated (MAP_ADD), a leading `**m` starts it empty.  Each later
 * piece is an internal dict nobody sees (untraced) merged in with
 * DICT_UPDATE, and `**m` merges m.
 */
#include "config.h"

#include "rs-interp-private.h"

#define STACK_USE_GUIDELINE 30

typedef struct {
  gboolean unpack;   /* `**values[a]` */
  guint    a, b;     /* pairs a .. b - 1 */
} Piece;

/* compiler_dict's pieces */
static GArray *
dict_pieces (const RsExpr *e)
{
  GArray *pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
  guint elements = 0, n = e->dict.n_items;

  for (guint i = 0; i < n; i++)
    {
      if (e->dict.keys[i] == NULL)
        {
          if (elements > 0)
            g_array_append_val (pieces, ((Piece) { FALSE, i - elements, i }));
          elements = 0;
          g_array_append_val (pieces, ((Piece) { TRUE, i, i + 1 }));
        }
      else if (elements * 2 > STACK_USE_GUIDELINE)
        {
          g_array_append_val (pieces, ((Piece) { FALSE, i - elements, i + 1 }));
          elements = 0;
        }
      else
        elements++;
    }
  if (elements > 0)
    g_array_append_val (pieces, ((Piece) { FALSE, n - elements, n }));
  return pieces;
}

static gboolean
is_big (const Piece *p)
{
  return (p->b - p->a) * 2 > STACK_USE_GUIDELINE;
}

static gboolean
constant_keys (const RsExpr *e,
               const Piece  *p)
{
  for (guint i = p->a; i < p->b; i++)
    {
      RsExprKind k = e->dict.keys[i]->kind;
      if (!(k == RS_EXPR_INT || k == RS_EXPR_STR || k == RS_EXPR_FLOAT ||
            k == RS_EXPR_NONE || k == RS_EXPR_TRUE || k == RS_EXPR_FALSE || k == RS_EXPR_ELLIPSIS))
        return FALSE;
    }
  return TRUE;
}

static gint
find_key (RsInterp *self,
          RsValue  *kv,
          guint     n,
          RsValue   key)
{
  for (guint i = 0; i < n; i++)
    /* keys that are no objects (ints, strings) never nest: no error; an
     * instance's __eq__ must not run here */
    if (kv[2 * i] == key || (RS_VALUE_TAG (key) != RS_TAG_OBJECT && RS_VALUE_TAG (kv[2 * i]) != RS_TAG_OBJECT &&
                             rs_interp_equal (self, kv[2 * i], key, 0) > 0))
      return i;
  return -1;
}

/* Whether the piece needs BUILD_MAP's order: its keys are not all
 * literals (the oracle then copies a plain dict), and one is an object
 * (whose hash may run __hash__ or fail) or comes twice */
static gboolean
builds_map (RsInterp *self,
            guint     n,
            gboolean  literals,
            RsValue  *kv)
{
  gboolean objects = FALSE, twice = FALSE;

  for (guint i = 0; i < n; i++)
    {
      objects = objects || RS_VALUE_IS_OBJECT (kv[2 * i]);
      twice = twice || find_key (self, kv, i, kv[2 * i]) >= 0;
    }
  return !literals && (objects || twice);
}

/* Evaluates the pairs of @p into @kv, key then value; on failure releases
 * what it evaluated, the last first */
static gboolean
eval_pairs (RsInterp     *self,
            const RsExpr *e,
            const Piece  *p,
            RsValue      *kv)
{
  for (guint i = 0; i < 2 * (p->b - p->a); i++)
    {
      guint at = p->a + i / 2;
      const RsExpr *x = i % 2 == 0 ? e->dict.keys[at] : e->dict.values[at];
      if (!rs_interp_eval (self, x, &kv[i]))
        {
          rs_interp_release_top_first (self, kv, i);
          return FALSE;
        }
    }
  return TRUE;
}

/* BUILD_MAP: the dict is allocated after its pairs, then each key is
 * hashed and stored; if one fails the dict is freed, then the stack's
 * keys and values, the last first */
static gboolean
build_map (RsInterp *self,
           RsValue  *kv,
           guint     n,
           guint     line,
           RsValue  *out)
{
  gboolean ok = TRUE;

  if (!rs_interp_alloc_room (self, RS_KIND_DICT, 0, kv, 2 * n, TRUE, line))
    return FALSE;
  /* not presized as BUILD_MAP's is: the oracle's _dict_build stores the
   * pairs one by one into a new dict, whose table grows as they come (a
   * later merge of it into an empty dict clones it or looks each key up
   * by that table's size) */
  RsObjId d = rs_heap_new_dict (self->heap);
  for (guint i = 0; i < n && ok; i++)
    {
      ok = rs_interp_dict_store (self, d, kv[2 * i], kv[2 * i + 1], TRUE, line);
    }
  if (!ok)
    rs_heap_decref (self->heap, RS_VALUE_OBJECT (d));
  rs_interp_release_top_first (self, kv, 2 * n);
  if (ok)
    *out = RS_VALUE_OBJECT (d);
  return ok;
}

/* A first piece of fewer than 16 pairs */
static gboolean
small_first (RsInterp     *self,
             const RsExpr *e,
             const Piece  *p,
             RsValue      *out)
{
  guint n = p->b - p->a, m = 0;
  gboolean literals = constant_keys (e, p);
  g_autofree RsValue *kv = g_new (RsValue, MAX (2 * n, 1));

  if (!eval_pairs (self, e, p, kv))
    return FALSE;
  if (builds_map (self, n, literals, kv))
    return build_map (self, kv, n, e->line, out);
  for (guint i = 0; i < n; i++)
    if (!rs_interp_hashable (self, kv[2 * i], e->line))
      {
        rs_interp_release_top_first (self, kv, 2 * n);
        return FALSE;
      }
  /* the oracle builds a plain dict first: a repeated key keeps its first
   * key object and place, the overwritten value goes before `new` */
  g_autofree RsValue *unique = g_new (RsValue, MAX (2 * n, 1));
  for (guint i = 0; i < n; i++)
    {
      gint at = find_key (self, unique, m, kv[2 * i]);
      if (at < 0)
        {
          unique[2 * m] = kv[2 * i];
          unique[2 * m + 1] = kv[2 * i + 1];
          m++;
          continue;
        }
      RsValue old = unique[2 * at + 1];
      unique[2 * at + 1] = kv[2 * i + 1];
      rs_heap_decref (self->heap, old);
      rs_heap_decref (self->heap, kv[2 * i]);
    }
  if (!rs_interp_alloc_room (self, RS_KIND_DICT, 0, unique, 2 * m, TRUE, e->line))
    return FALSE;
  /* Its table: with literal keys the oracle copies CPython's dict of the
   * display (BUILD_MAP, presized for n pairs) into a traced one, which
   * dict_merge clones or makes by one resize up front; otherwise its
   * _dict_build grows the table pair by pair. */
  RsObjId d = rs_heap_new_dict (self->heap);
  if (literals && !rs_heap_dict_merge_piece_prepare (self->heap, d, n, m))
    rs_heap_dict_presize (self->heap, d, m);
  for (guint i = 0; i < m; i++)
    {
      rs_heap_dict_set (self->heap, d, unique[2 * i], unique[2 * i + 1]);
      rs_heap_decref (self->heap, unique[2 * i]);
    }
  *out = RS_VALUE_OBJECT (d);
  return TRUE;
}

/* A first piece of 16 or more pairs: the empty dict, then each pair
 * stored as it is evaluated (the oracle's _dict_set: when the store fails
 * the dict goes first, then the key and the value) */
static gboolean
big_first (RsInterp     *self,
           const RsExpr *e,
           const Piece  *p,
           RsValue      *out)
{
  if (!rs_interp_alloc_room (self, RS_KIND_DICT, 0, NULL, 0, TRUE, e->line))
    return FALSE;
  RsObjId d = rs_heap_new_dict (self->heap);
  RsValue kv[2];

  for (guint i = p->a; i < p->b; i++)
    {
      Piece one = { FALSE, i, i + 1 };
      if (!eval_pairs (self, e, &one, kv))
        {
          rs_heap_decref (self->heap, RS_VALUE_OBJECT (d));
          return FALSE;
        }
      if (!rs_interp_dict_store_take (self, d, kv[0], kv[1], e->line))
        {
          rs_heap_decref (self->heap, RS_VALUE_OBJECT (d));
          return FALSE;
        }
    }
  *out = RS_VALUE_OBJECT (d);
  return TRUE;
}

/* The lookup in a plain dict nothing was deleted from: its entries of the
 * same hash are met in insertion order */
static gboolean
plain_find (RsInterp *self,
            GArray   *plain,
            RsValue   key,
            guint     line,
            gint     *at)
{
  RsValue norm = rs_heap_dict_norm_key (self->heap, key);
  gint64 hash = rs_heap_value_hash (self->heap, key);

  for (guint i = 0; i + 1 < plain->len; i += 2)
    {
      RsValue k = g_array_index (plain, RsValue, i);
      if (k == key || rs_heap_dict_norm_key (self->heap, k) == norm)
        {
          *at = i / 2;
          return TRUE;
        }
      if (rs_heap_value_hash (self->heap, k) != hash ||
          (!rs_heap_value_holds_instance (self->heap, k) && !rs_heap_value_holds_instance (self->heap, key)))
        continue;
      rs_heap_incref (self->heap, k);
      gint r = rs_interp_equal (self, k, key, line);
      rs_heap_decref (self->heap, k);
      if (r < 0)
        return FALSE;
      if (r > 0)
        {
          *at = i / 2;
          return TRUE;
        }
    }
  *at = -1;
  return TRUE;
}

/* A later piece: CPython's own dict of its pairs (untraced here: the
 * unique pairs in @plain, each with a reference), hashing each key as
 * MAP_ADD (a big piece) or BUILD_MAP does */
static gboolean
plain_piece (RsInterp     *self,
             const RsExpr *e,
             const Piece  *p,
             GArray       *plain)
{
  guint n = p->b - p->a, evaluated = 0;
  g_autofree RsValue *kv = g_new (RsValue, MAX (2 * n, 1));
  gboolean big = is_big (p), hashes = !constant_keys (e, p) || n == 1;

  /* MAP_ADD moves each pair in as it comes; BUILD_MAP stores them after
   * they are all evaluated, and the stack lets go of them afterwards */
  for (guint i = 0; i < n; i++)
    {
      gint at;
      guint below = big ? i : 0;
      for (; evaluated < (big ? i + 1 : n); evaluated++)
        {
          Piece one = { FALSE, p->a + evaluated, p->a + evaluated + 1 };
          if (!eval_pairs (self, e, &one, kv + 2 * evaluated))
            {
              rs_interp_release_in_order (self, (RsValue *) plain->data, plain->len);
              g_array_set_size (plain, 0);
              rs_interp_release_top_first (self, kv + 2 * below, 2 * (evaluated - below));
              return FALSE;
            }
        }
      if ((hashes && !rs_interp_hashable (self, kv[2 * i], e->line)) ||
          !plain_find (self, plain, kv[2 * i], e->line, &at))
        {
          rs_interp_release_in_order (self, (RsValue *) plain->data, plain->len);
          g_array_set_size (plain, 0);
          rs_interp_release_top_first (self, kv + 2 * below, 2 * (evaluated - below));
          return FALSE;
        }
      if (!big)
        {
          rs_heap_incref (self->heap, kv[2 * i]);
          rs_heap_incref (self->heap, kv[2 * i + 1]);
        }
      if (at < 0)
        {
          g_array_append_vals (plain, kv + 2 * i, 2);
          continue;
        }
      RsValue old = g_array_index (plain, RsValue, 2 * at + 1);
      g_array_index (plain, RsValue, 2 * at + 1) = kv[2 * i + 1];
      rs_heap_decref (self->heap, old);
      rs_heap_decref (self->heap, kv[2 * i]);
    }
  if (!big)
    rs_interp_release_top_first (self, kv, 2 * n);
  return TRUE;
}

/* DICT_UPDATE of @plain's pairs (piece @p's) into @d (the plain dict is
 * freed after, its entries in order, key then value); into an empty @d a
 * clean piece is cloned, with no lookups (dict_merge) */
static gboolean
merge_plain (RsInterp    *self,
             RsObjId      d,
             const Piece *p,
             GArray      *plain,
             guint        line)
{
  gboolean ok = TRUE;
  gboolean cloned = !is_big (p) &&
                    rs_heap_dict_merge_piece_prepare (self->heap, d, p->b - p->a, plain->len / 2);

  for (guint i = 0; i + 1 < plain->len && ok; i += 2)
    {
      RsValue key = g_array_index (plain, RsValue, i), value = g_array_index (plain, RsValue, i + 1);
      gint at = -1;
      if (cloned)
        {
          rs_heap_incref (self->heap, value);
          rs_heap_dict_set (self->heap, d, key, value);
        }
      else if ((ok = rs_interp_dict_lookup_hashed (self, d, key, line, &at)))
        {
          rs_heap_incref (self->heap, value);
          rs_heap_dict_set (self->heap, d, rs_interp_dict_key_at (self, d, at, key), value);
        }
    }
  return ok;
}

/* DICT_UPDATE of `**m` (the oracle's _dict_update: when it fails the dict
 * goes first, then the mapping) */
static gboolean
merge_mapping (RsInterp *self,
               RsObjId   d,
               RsValue   m,
               guint     line)
{
  RsObj *o = rs_heap_get_value (self->heap, m);
  gboolean ok;

  if (o != NULL && o->kind == RS_KIND_DICT)
    ok = rs_interp_dict_merge (self, d, o->id, line);
  else if (rs_interp_has_keys (self, m))
    ok = rs_interp_mapping_merge (self, d, m, line);
  else
    ok = rs_interp_raise (self, line, "TypeError", "'%s' object is not a mapping",
                          rs_interp_type_name (self, m));
  if (!ok)
    rs_heap_decref (self->heap, RS_VALUE_OBJECT (d));
  rs_heap_decref (self->heap, m);
  return ok;
}

gboolean
rs_interp_eval_dict (RsInterp     *self,
                     const RsExpr *e,
                     RsValue      *out)
{
  g_autoptr(GArray) pieces = dict_pieces (e);
  RsValue d = RS_VALUE_ABSENT;

  for (guint i = 0; i < pieces->len; i++)
    {
      const Piece *p = &g_array_index (pieces, Piece, i);
      gboolean ok;

      if (d == RS_VALUE_ABSENT && p->unpack)
        {
          if (!rs_interp_alloc_room (self, RS_KIND_DICT, 0, NULL, 0, TRUE, e->line))
            return FALSE;
          d = RS_VALUE_OBJECT (rs_heap_new_dict (self->heap));
        }
      if (p->unpack)
        {
          RsValue m;
          if (!rs_interp_eval (self, e->dict.values[p->a], &m))
            ok = FALSE;
          else
            {
              ok = merge_mapping (self, RS_VALUE_OBJECT_ID (d), m, e->line);
              if (!ok)
                return FALSE;   /* merge_mapping released the dict */
            }
        }
      else if (d == RS_VALUE_ABSENT)
        {
          if (!(is_big (p) ? big_first (self, e, p, &d) : small_first (self, e, p, &d)))
            return FALSE;
          ok = TRUE;
        }
      else
        {
          g_autoptr(GArray) plain = g_array_new (FALSE, FALSE, sizeof (RsValue));
          ok = plain_piece (self, e, p, plain);
          if (ok && !merge_plain (self, RS_VALUE_OBJECT_ID (d), p, plain, e->line))
            {
              rs_heap_decref (self->heap, d);
              rs_interp_release_in_order (self, (RsValue *) plain->data, plain->len);
              return FALSE;
            }
          rs_interp_release_in_order (self, (RsValue *) plain->data, plain->len);
        }
      if (!ok)
        {
          rs_heap_decref (self->heap, d);
          return FALSE;
        }
    }
  if (d == RS_VALUE_ABSENT)
    {
      if (!rs_interp_alloc_room (self, RS_KIND_DICT, 0, NULL, 0, TRUE, e->line))
        return FALSE;
      d = RS_VALUE_OBJECT (rs_heap_new_dict (self->heap));
    }
  *out = d;
  return TRUE;
}
