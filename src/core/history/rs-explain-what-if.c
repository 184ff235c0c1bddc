/* rs-explain-what-if.c: what removing a reference frees, and the references that break a cycle
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A removal is played on a copy of the refcounts as the runtime's
 * deallocation does it (rs-heap-dealloc.c, which the history may not
 * see): a count that reaches zero destroys the object at once, which
 * releases its references in release order; at most 50 destructions of
 * traced objects and tuples nest, deeper ones wait on a stack and run,
 * newest first, when the outermost ends.  An instance with a dict of its
 * own releases it one level deeper (dict_dealloc's trashcan), or, at the
 * limit, leaves the whole dict on that stack.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rs-explain-private.h"

/* How many candidate sets break_cycle tries at most. */
#define BREAK_BUDGET 200000
#define BREAK_MAX_SIZE 3
#define BREAK_MAX_SETS 8

typedef struct {
  RsExplain *self;
  guint32   *rc;
  guint8    *gone;
  GArray    *frees;     /* RsObjId */
  GArray    *pending;   /* guint32: the trashcan's objects, and dicts (DICT_ENTRY) */
  guint      nesting;
  GString   *uncertain;
  guint32    removed;   /* the reference taken away: its slot is empty */
  GArray    *touched;   /* RsObjId: the counts changed, to put back */
} Play;

static void play_dealloc (Play *p, guint32 entry);

/* A pending entry with this bit is the dict of a dead instance. */
#define DICT_ENTRY (1u << 31)

static gboolean
uses_trashcan (const RsExplain *self,
               RsObjId          id)
{
  RsObjKind kind = rs_replica_get_object (self->replica, id)->kind;

  return RS_KIND_IS_TRACED (kind) || kind == RS_KIND_TUPLE;
}

static void
note_uncertain (Play       *p,
                RsObjId     id,
                const char *what)
{
  g_autofree char *title = rs_explain_title (p->self, id);

  if (p->uncertain->len > 0)
    g_string_append (p->uncertain, "; ");
  g_string_append_printf (p->uncertain, "%s %s", title, what);
}

static void
play_decref (Play    *p,
             RsObjId  id)
{
  g_assert (p->rc[id] > 0);
  g_array_append_val (p->touched, id);
  if (--p->rc[id] == 0)
    play_dealloc (p, id);
}

static void
release_refs (Play     *p,
              RsObjId   id,
              gboolean  hidden)
{
  RsExplain *self = p->self;

  for (guint32 e = self->first[id]; e < self->first[id + 1]; e++)
    if (e != p->removed && self->refs[e].hidden == hidden)
      play_decref (p, self->refs[e].target);
}

/* instance_dealloc: the dict's references, then the hidden ones (its class) */
static void
release_instance (Play    *p,
                  RsObjId  id)
{
  if (!p->self->dict_mode[id])
    release_refs (p, id, FALSE);
  else if (p->nesting >= RS_EXPLAIN_TRASH_LIMIT)
    {
      guint32 entry = id | DICT_ENTRY;
      g_array_append_val (p->pending, entry);
    }
  else
    {
      p->nesting++;
      release_refs (p, id, FALSE);
      p->nesting--;
    }
  release_refs (p, id, TRUE);
}

static void
play_destroy (Play    *p,
              RsObjId  id)
{
  RsExplain *self = p->self;

  p->gone[id] = 1;
  g_array_append_val (p->frees, id);
  if (self->has_del[id])
    note_uncertain (p, id, _("has a __del__ that runs script code"));
  if (self->callbacks[id])
    note_uncertain (p, id, _("has a weak reference whose callback runs script code"));
  if (rs_replica_get_object (self->replica, id)->kind == RS_KIND_INSTANCE)
    release_instance (p, id);
  else
    {
      release_refs (p, id, FALSE);
      release_refs (p, id, TRUE);
    }
}

static void
play_dealloc (Play    *p,
              guint32  entry)
{
  RsObjId id = entry & ~DICT_ENTRY;
  gboolean trash = uses_trashcan (p->self, id);

  if (trash && p->nesting >= RS_EXPLAIN_TRASH_LIMIT)
    {
      g_array_append_val (p->pending, entry);
      return;
    }
  p->nesting += trash;
  if (entry & DICT_ENTRY)
    release_refs (p, id, FALSE);
  else
    play_destroy (p, id);
  p->nesting -= trash;
  if (!trash || p->nesting > 0)
    return;
  /* _PyTrash_thread_destroy_chain */
  p->nesting++;
  while (p->pending->len > 0)
    {
      guint32 next = g_array_index (p->pending, guint32, p->pending->len - 1);

      g_array_set_size (p->pending, p->pending->len - 1);
      play_dealloc (p, next);
    }
  p->nesting--;
}

/* The objects that were reachable and are not, once reference @e and
 * the objects @p freed are gone. */
static GArray *
play_leaks (Play    *p,
            guint32  e)
{
  RsExplain *self = p->self;
  GArray *leaks = g_array_new (FALSE, FALSE, sizeof (RsObjId));
  g_autofree guint8 *after = NULL;

  /* nothing freed and @e off the shortest-path tree: every tree path
   * from the root is still there */
  if (p->frees->len == 0 && self->parent[self->refs[e].target] != e)
    return leaks;
  after = g_new (guint8, self->n);
  rs_explain_reach (self, e, p->gone, after);
  for (RsObjId v = 1; v < self->n; v++)
    if (self->alive[v] && self->parent[v] != RS_EXPLAIN_NONE && !after[v] && !p->gone[v])
      g_array_append_val (leaks, v);
  return leaks;
}

/* What removing reference @e does, as CPython would do it.  The counts
 * are played on scratch arrays of @self, put back after. */
static RsExplainRemoval *
play_removal (RsExplain *self,
              guint32    e)
{
  const RsExplainRef *r = &self->refs[e];
  RsExplainRemoval *removal = g_new0 (RsExplainRemoval, 1);
  Play p = { self, self->play_rc, self->play_gone,
             g_array_new (FALSE, FALSE, sizeof (RsObjId)), g_array_new (FALSE, FALSE, sizeof (guint32)),
             0, g_string_new (NULL), e, self->play_touched };

  removal->reference = rs_explain_ref_label (self, r);
  removal->holder = r->holder;
  removal->hidden = r->hidden;
  if (r->kind != RS_EXPLAIN_REF_DYING)
    play_decref (&p, r->target);
  /* a traceback that dies releases its frames: which ones, the events
   * do not say when several tracebacks share one */
  if (self->kept_frames && p.frees->len > 0)
    {
      if (p.uncertain->len > 0)
        g_string_append (p.uncertain, "; ");
      g_string_append (p.uncertain, _("a finished frame that tracebacks keep holds locals, and "
                                      "which exception releases them is not modelled"));
    }
  removal->leaks = play_leaks (&p, e);
  for (guint i = 0; i < p.touched->len; i++)
    {
      RsObjId id = g_array_index (p.touched, RsObjId, i);
      p.rc[id] = self->rc[id];
      p.gone[id] = 0;
    }
  g_array_set_size (p.touched, 0);
  removal->frees = p.frees;
  removal->uncertain = p.uncertain->len > 0 ? g_string_free (p.uncertain, FALSE) : NULL;
  if (removal->uncertain == NULL)
    g_string_free (p.uncertain, TRUE);
  g_array_unref (p.pending);
  return removal;
}

GPtrArray *
rs_explain_what_if (RsExplain *self,
                    RsObjId    id)
{
  GPtrArray *removals = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_explain_removal_free);

  g_return_val_if_fail (self != NULL, removals);
  if (id == 0 || id >= self->n || !self->alive[id])
    return removals;
  if (self->play_rc == NULL)
    {
      self->play_rc = g_memdup2 (self->rc, self->n * sizeof (guint32));
      self->play_gone = g_new0 (guint8, self->n);
      self->play_touched = g_array_new (FALSE, FALSE, sizeof (RsObjId));
    }
  for (guint32 k = self->in_first[id]; k < self->in_first[id + 1]; k++)
    if (self->refs[self->in_refs[k]].kind != RS_EXPLAIN_REF_DYING)
      g_ptr_array_add (removals, play_removal (self, self->in_refs[k]));
  return removals;
}

/* Breaking cycles */

typedef struct {
  RsExplain *self;
  guint32    component;
  GArray    *members;     /* RsObjId */
  GArray    *candidates;  /* ref indices a script can make weak */
  guint32   *pick;        /* the set being tried: indices into candidates */
  guint8    *weak;        /* by ref index: in the set being tried */
  guint32   *indegree;    /* by id, scratch */
  GArray    *found;       /* GArray of candidate indices per set found */
  guint      budget;
} Break;

static gboolean
internal (const Break        *b,
          const RsExplainRef *r)
{
  return r->holder != 0 && b->self->component[r->holder] == b->component
         && b->self->component[r->target] == b->component;
}

/* A script writes `x.attr = weakref.ref(...)` for an attribute, a list
 * cell or a dict value of an object it can name, to an instance. */
static gboolean
can_weaken (const RsExplain    *self,
            const RsExplainRef *r)
{
  return !r->hidden && r->kind != RS_EXPLAIN_REF_KEY
         && rs_replica_get_object (self->replica, r->target)->kind == RS_KIND_INSTANCE
         && RS_KIND_IS_TRACED (rs_replica_get_object (self->replica, r->holder)->kind);
}

/* Whether the component's strong references, less the weak ones, are
 * acyclic (Kahn's algorithm). */
static gboolean
acyclic (Break *b)
{
  RsExplain *self = b->self;
  g_autoptr(GArray) ready = g_array_new (FALSE, FALSE, sizeof (RsObjId));
  guint removed = 0;

  for (guint i = 0; i < b->members->len; i++)
    b->indegree[g_array_index (b->members, RsObjId, i)] = 0;
  for (guint i = 0; i < b->members->len; i++)
    {
      RsObjId v = g_array_index (b->members, RsObjId, i);
      for (guint32 e = self->first[v]; e < self->first[v + 1]; e++)
        if (!b->weak[e] && internal (b, &self->refs[e]))
          b->indegree[self->refs[e].target]++;
    }
  for (guint i = 0; i < b->members->len; i++)
    if (b->indegree[g_array_index (b->members, RsObjId, i)] == 0)
      g_array_append_val (ready, g_array_index (b->members, RsObjId, i));
  while (ready->len > 0)
    {
      RsObjId v = g_array_index (ready, RsObjId, ready->len - 1);

      g_array_set_size (ready, ready->len - 1);
      removed++;
      for (guint32 e = self->first[v]; e < self->first[v + 1]; e++)
        if (!b->weak[e] && internal (b, &self->refs[e]) && --b->indegree[self->refs[e].target] == 0)
          g_array_append_val (ready, self->refs[e].target);
    }
  return removed == b->members->len;
}

/* Whether the set in pick[0 .. size) holds a set already found. */
static gboolean
holds_found (Break *b,
             guint  size)
{
  for (guint f = 0; f < b->found->len; f++)
    {
      GArray *set = g_array_index (b->found, GArray *, f);
      guint matched = 0;

      for (guint i = 0; i < set->len; i++)
        for (guint k = 0; k < size; k++)
          matched += g_array_index (set, guint32, i) == b->pick[k];
      if (matched == set->len)
        return TRUE;
    }
  return FALSE;
}

static void
try_set (Break *b,
         guint  size)
{
  GArray *set;

  if (b->budget == 0 || holds_found (b, size))
    return;
  b->budget--;
  for (guint k = 0; k < size; k++)
    b->weak[g_array_index (b->candidates, guint32, b->pick[k])] = 1;
  if (acyclic (b))
    {
      set = g_array_sized_new (FALSE, FALSE, sizeof (guint32), size);
      g_array_append_vals (set, b->pick, size);
      g_array_append_val (b->found, set);
    }
  for (guint k = 0; k < size; k++)
    b->weak[g_array_index (b->candidates, guint32, b->pick[k])] = 0;
}

/* Every set of @size candidates, in lexicographic order. */
static void
try_size (Break *b,
          guint  size)
{
  guint n = b->candidates->len;

  if (size > n)
    return;
  for (guint k = 0; k < size; k++)
    b->pick[k] = k;
  for (;;)
    {
      gint k;

      try_set (b, size);
      if (b->found->len >= BREAK_MAX_SETS || b->budget == 0)
        return;
      for (k = (gint) size - 1; k >= 0 && b->pick[k] == n - size + (guint) k; k--)
        ;
      if (k < 0)
        return;
      b->pick[k]++;
      for (guint j = (guint) k + 1; j < size; j++)
        b->pick[j] = b->pick[j - 1] + 1;
    }
}

static void
break_init (Break     *b,
            RsExplain *self,
            RsObjId    id)
{
  b->self = self;
  b->component = self->component[id];
  b->members = g_array_new (FALSE, FALSE, sizeof (RsObjId));
  b->candidates = g_array_new (FALSE, FALSE, sizeof (guint32));
  b->found = g_array_new (FALSE, FALSE, sizeof (GArray *));
  b->pick = g_new0 (guint32, BREAK_MAX_SIZE);
  b->weak = g_new0 (guint8, self->first[self->n]);
  b->indegree = g_new0 (guint32, self->n);
  b->budget = BREAK_BUDGET;
  for (RsObjId v = 1; v < self->n; v++)
    if (self->alive[v] && self->component[v] == b->component)
      g_array_append_val (b->members, v);
  for (guint i = 0; i < b->members->len; i++)
    {
      RsObjId v = g_array_index (b->members, RsObjId, i);
      for (guint32 e = self->first[v]; e < self->first[v + 1]; e++)
        if (internal (b, &self->refs[e]) && can_weaken (self, &self->refs[e]))
          g_array_append_val (b->candidates, e);
    }
  /* each try costs the component's size: fewer tries for a big one */
  b->budget = MAX (BREAK_BUDGET / MAX (b->members->len, 1), 64);
}

static void
break_clear (Break *b)
{
  for (guint f = 0; f < b->found->len; f++)
    g_array_unref (g_array_index (b->found, GArray *, f));
  g_array_unref (b->found);
  g_array_unref (b->members);
  g_array_unref (b->candidates);
  g_free (b->pick);
  g_free (b->weak);
  g_free (b->indegree);
}

/* The sets found, each as its references' labels or as RsExplainLinks. */
static GPtrArray *
break_sets (RsExplain *self,
            RsObjId    id,
            gboolean   links)
{
  GPtrArray *sets = g_ptr_array_new_with_free_func (links ? (GDestroyNotify) g_array_unref
                                                          : (GDestroyNotify) g_ptr_array_unref);
  Break b;

  if (id == 0 || id >= self->n || !self->alive[id] || !self->cyclic[self->component[id]])
    return sets;
  break_init (&b, self, id);
  for (guint size = 1; size <= BREAK_MAX_SIZE && b.found->len < BREAK_MAX_SETS && b.budget > 0; size++)
    try_size (&b, size);
  for (guint f = 0; f < b.found->len; f++)
    {
      GArray *set = g_array_index (b.found, GArray *, f);
      GPtrArray *labels = links ? NULL : g_ptr_array_new_with_free_func (g_free);
      GArray *refs = links ? g_array_new (FALSE, FALSE, sizeof (RsExplainLink)) : NULL;

      for (guint i = 0; i < set->len; i++)
        {
          const RsExplainRef *r = &self->refs[g_array_index (b.candidates, guint32, g_array_index (set, guint32, i))];
          RsExplainLink link = { r->holder, r->target };

          if (links)
            g_array_append_val (refs, link);
          else
            g_ptr_array_add (labels, rs_explain_ref_label (self, r));
        }
      g_ptr_array_add (sets, links ? (gpointer) refs : (gpointer) labels);
    }
  break_clear (&b);
  return sets;
}

GPtrArray *
rs_explain_break_cycle (RsExplain *self,
                        RsObjId    id)
{
  g_return_val_if_fail (self != NULL, g_ptr_array_new ());
  return break_sets (self, id, FALSE);
}

GPtrArray *
rs_explain_break_cycle_links (RsExplain *self,
                              RsObjId    id)
{
  g_return_val_if_fail (self != NULL, g_ptr_array_new ());
  return break_sets (self, id, TRUE);
}
