/* rs-interp-traceback.c: tracebacks and the frames they keep alive
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CPython's traceback is a chain tb1 -> tb2 -> ..., outermost first, each
 * entry holding a frame object, and each frame object that outlives its
 * call holds its caller's (f_back, made when the call finishes).  Here an
 * RsTraceback lists its entries' frames and each RsFrame counts the
 * references to its frame object (RsFrame.kept): a frame that finishes
 * with some keeps its locals and its caller until the last one goes.
 * Deallocating tb1 releases tb2 first, one trashcan level deeper each,
 * then its frame's reference; a frame's locals go a level deeper still.
 */
#include "rs-interp-private.h"

typedef struct {
  RsInterp  *interp;
  GPtrArray *frames;   /* RsFrame*, one per entry, outermost first */
  guint      left;     /* entries not released yet */
} RsTraceback;

/* Frames */

/* Kept frames in the history */

/* A done frame still on the stack, kept by tracebacks, gets a hidden
 * marker name (a plain value, no reference), gone before its FRAME_POP:
 * the explanations cannot say which exception's death releases it. */
void
rs_interp_frame_mark_kept (RsInterp *self,
                           RsFrame  *f,
                           gboolean  marked)
{
  if (f->marked == marked || f->kind != RS_FRAME_FUNCTION || (marked && f->keeper_atoms != NULL))
    return;
  f->marked = marked;
  rs_heap_slot_event (self->heap, RS_EV_NAME_SET, RS_EVENT_HIDDEN, f->id,
                      rs_interp_atom (self, RS_KEPT_FRAME_MARK),
                      marked ? RS_VALUE_ABSENT : RS_VALUE_TRUE, marked ? RS_VALUE_TRUE : RS_VALUE_ABSENT);
}

static void
set_keeper (RsFrame *f,
            RsObjId  exc)
{
  if (f->keeper == 0 && !f->shared && f->kind == RS_FRAME_FUNCTION)
    f->keeper = exc;
  else if (f->keeper != exc)
    {
      f->keeper = 0;
      f->shared = TRUE;
    }
}

/* A done frame that one exception keeps: its locals and its function
 * move into slots of the exception, so the history sees them held by it
 * (and a cycle through them) and no longer on the stack. */
static void
detach (RsInterp *self,
        RsFrame  *f)
{
  if (f->keeper == 0 || f->keeper_atoms != NULL || !f->done)
    return;
  rs_interp_frame_mark_kept (self, f, FALSE);
  RsFunctionData *fd = rs_heap_get_value (self->heap, f->func)->data;
  const char *fname = rs_atoms_get (self->atoms, fd->name, NULL);
  guint n = f->scope->n_varnames;
  f->keeper_atoms = g_new (guint32, n + 1);
  for (guint i = 0; i <= n; i++)
    {
      g_autofree char *key = i < n ? g_strdup_printf (RS_TRACEBACK_SLOT "%s.%s", fname, f->scope->varnames[i])
                                   : g_strdup_printf (RS_TRACEBACK_SLOT "%s", fname);
      f->keeper_atoms[i] = rs_atoms_intern (self->atoms, key, -1);
    }
  for (guint i = 0; i < n; i++)
    if (f->locals[i] != RS_VALUE_ABSENT)
      {
        rs_heap_slot_event (self->heap, RS_EV_NAME_SET, RS_EVENT_OLD_TO_TEMP, f->id, f->atoms[i],
                            f->locals[i], 0);
        rs_heap_slot_event (self->heap, RS_EV_ATTR_SET, RS_EVENT_FROM_TEMP, f->keeper,
                            f->keeper_atoms[i], 0, f->locals[i]);
      }
  rs_heap_slot_event (self->heap, RS_EV_ATTR_SET, 0, f->keeper, f->keeper_atoms[n], 0, f->func);
  rs_heap_slot_event (self->heap, RS_EV_FRAME_POP, 0, f->id, 0, f->func, 0);
  rs_heap_exception_keep_frame (self->heap, f->keeper);
}

void
rs_interp_frame_clear_kept (RsInterp *self,
                            RsFrame  *f)
{
  for (guint i = 0; i < f->scope->n_varnames; i++)
    {
      RsValue old = f->locals[i];
      f->locals[i] = RS_VALUE_ABSENT;
      if (old != RS_VALUE_ABSENT)
        rs_heap_slot_event (self->heap, RS_EV_ATTR_SET, 0, f->keeper, f->keeper_atoms[i], old, 0);
    }
}

void
rs_interp_frame_pop_kept (RsInterp *self,
                          RsFrame  *f)
{
  rs_heap_slot_event (self->heap, RS_EV_ATTR_SET, 0, f->keeper,
                      f->keeper_atoms[f->scope->n_varnames], f->func, 0);
  rs_heap_exception_frame_gone (self->heap, f->keeper);
}

void
rs_interp_traceback_keeper (RsInterp *self,
                            gpointer  traceback,
                            RsObjId   exc)
{
  RsTraceback *tb = traceback;

  for (guint j = 0; j < tb->frames->len; j++)
    set_keeper (g_ptr_array_index (tb->frames, j), exc);
  /* the innermost frame leaves the stack first, as its call returned
   * first (going back in time puts them back in the stack's order) */
  for (guint j = tb->frames->len; j > 0; j--)
    detach (self, g_ptr_array_index (tb->frames, j - 1));
}

/* Frames */

static void
keep_back (RsFrame *f)
{
  if (f->back != NULL && !f->back_kept)
    {
      f->back_kept = TRUE;
      f->back->kept++;
      if (f->shared)
        {
          f->back->keeper = 0;
          f->back->shared = TRUE;
        }
      else if (f->keeper != 0)
        set_keeper (f->back, f->keeper);
    }
}

void
rs_interp_frame_unwound (RsInterp *self,
                         RsFrame  *f)
{
  f->done = TRUE;
  f->kept++;   /* the entry of the traceback */
  keep_back (f);
  g_ptr_array_add (self->err_frames, f);
  rs_interp_frame_mark_kept (self, f, TRUE);
}

void
rs_interp_frame_finish (RsInterp *self,
                        RsFrame  *f)
{
  if (f->kept == 0)
    {
      rs_interp_release_frame (self, f);
      return;
    }
  /* take_ownership: the frame object keeps the locals, and the caller */
  f->done = TRUE;
  keep_back (f);
  detach (self, f);
  rs_interp_frame_mark_kept (self, f, TRUE);
}

static void
frame_dealloc (gpointer data,
               gpointer item)
{
  RsInterp *self = data;
  RsFrame *f = item;
  RsFrame *back = f->back_kept ? f->back : NULL;

  rs_interp_release_frame (self, f);
  if (back != NULL)
    rs_interp_frame_unkeep (self, back);
}

void
rs_interp_frame_unkeep (RsInterp *self,
                        RsFrame  *f)
{
  g_assert (f->kept > 0);
  if (--f->kept == 0 && f->done)
    rs_heap_release_nested (self->heap, 1, frame_dealloc, self, f);
  else if (f->kept == 0)
    {
      /* a running frame no traceback keeps any longer */
      f->keeper = 0;
      f->shared = FALSE;
    }
}

/* Tracebacks */

gpointer
rs_interp_traceback_take (RsInterp *self,
                          guint     first_frame,
                          gpointer  traceback,
                          RsFrame  *catcher)
{
  RsTraceback *tb = traceback;

  if (tb == NULL && self->err_frames->len <= first_frame && catcher == NULL)
    return NULL;
  if (tb == NULL)
    {
      tb = g_new0 (RsTraceback, 1);
      tb->interp = self;
      tb->frames = g_ptr_array_new ();
      if (self->tracebacks == NULL)
        self->tracebacks = g_hash_table_new (NULL, NULL);
      g_hash_table_add (self->tracebacks, tb);
    }
  while (self->err_frames->len > first_frame)
    {
      RsFrame *f = g_ptr_array_steal_index (self->err_frames, first_frame);
      /* re-raised out of the frame that caught it: that entry is there */
      if (tb->frames->len > 0 && g_ptr_array_index (tb->frames, 0) == f)
        f->kept--;
      else
        g_ptr_array_insert (tb->frames, 0, f);
    }
  if (catcher != NULL && (tb->frames->len == 0 || g_ptr_array_index (tb->frames, 0) != catcher))
    {
      catcher->kept++;
      g_ptr_array_insert (tb->frames, 0, catcher);
    }
  tb->left = tb->frames->len;
  return tb;
}

static void
tb_free (RsTraceback *tb)
{
  g_hash_table_remove (tb->interp->tracebacks, tb);
  g_ptr_array_unref (tb->frames);
  g_free (tb);
}

static void
collect_kept (GHashTable *frames,
              RsFrame    *f)
{
  /* the module frame is the interpreter's own; a running one is no more */
  /* a frame two tracebacks keep (the caller of both) is met twice:
   * adding it again would free it, the table's key being replaced */
  for (; f != NULL && f->kind != RS_FRAME_MODULE && f->done; f = f->back_kept ? f->back : NULL)
    if (!g_hash_table_contains (frames, f))
      g_hash_table_add (frames, f);
}

void
rs_interp_traceback_free_all (RsInterp *self)
{
  if (self->tracebacks == NULL)
    return;
  g_autoptr(GHashTable) frames = g_hash_table_new_full (NULL, NULL, rs_interp_frame_free_quietly, NULL);
  GHashTableIter iter;
  gpointer key;

  /* frames the error on its way holds are the caller's to free */
  for (guint i = 0; i < self->err_frames->len; i++)
    g_hash_table_add (frames, g_ptr_array_index (self->err_frames, i));
  g_ptr_array_set_size (self->err_frames, 0);
  g_hash_table_iter_init (&iter, self->tracebacks);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      RsTraceback *tb = key;
      for (guint j = 0; j < tb->frames->len; j++)
        collect_kept (frames, g_ptr_array_index (tb->frames, j));
      g_ptr_array_unref (tb->frames);
      g_free (tb);
    }
  g_clear_pointer (&self->tracebacks, g_hash_table_destroy);
}

static void
tb_dealloc (gpointer data,
            gpointer item)
{
  RsTraceback *tb = data;
  guint j = GPOINTER_TO_UINT (item);

  if (j + 1 < tb->frames->len)
    rs_heap_release_nested (tb->interp->heap, 1, tb_dealloc, tb, GUINT_TO_POINTER (j + 1));
  rs_interp_frame_unkeep (tb->interp, g_ptr_array_index (tb->frames, j));
  if (--tb->left == 0)
    tb_free (tb);
}

/* RsHeapHooks.release_traceback: a trashcan level deeper, as tb_dealloc */
void
rs_interp_traceback_release (gpointer user_data,
                             gpointer traceback)
{
  RsInterp *self = user_data;
  RsTraceback *tb = traceback;

  if (tb->frames->len == 0)
    {
      tb_free (tb);
      return;
    }
  rs_heap_release_nested (self->heap, 1, tb_dealloc, tb, GUINT_TO_POINTER (0));
}

/* After an uncaught error the oracle clears the frames of the traceback,
 * innermost first (frame.clear(): the finished ones release their
 * locals), then drops it. */
void
rs_interp_traceback_clear (RsInterp *self,
                           gpointer  traceback)
{
  RsTraceback *tb = traceback;

  for (guint j = tb->frames->len; j > 0; j--)
    {
      RsFrame *f = g_ptr_array_index (tb->frames, j - 1);
      if (f->done)
        rs_interp_frame_clear (self, f);
    }
  for (guint j = tb->frames->len; j > 0; j--)
    rs_interp_frame_unkeep (self, g_ptr_array_index (tb->frames, j - 1));
  tb_free (tb);
}

/* RsHeapHooks.traverse_traceback: the locals of the finished frames that
 * only this traceback keeps (its entries and their f_back), so that the
 * collector finds a cycle through them; a frame something else keeps too
 * stays out, as if it were alive. */
static void
traverse_locals (RsFrame  *f,
                 void    (*fn) (RsHeap *heap, RsValue v, gpointer data),
                 RsHeap   *heap,
                 gpointer  data)
{
  guint n = f->kind == RS_FRAME_FUNCTION ? f->scope->n_varnames : f->n_locals;

  for (guint i = 0; f->locals != NULL && i < n; i++)
    fn (heap, f->locals[i], data);
  for (guint i = 0; f->names != NULL && i < f->names->names->len; i++)
    fn (heap, g_array_index (f->names->names, RsName, i).value, data);
}

void
rs_interp_traceback_traverse (gpointer   user_data,
                              gpointer   traceback,
                              void     (*fn) (RsHeap *heap, RsValue v, gpointer data),
                              RsHeap    *heap,
                              gpointer   data)
{
  RsTraceback *tb = traceback;
  /* reachability: every kept frame, and the callers they keep */
  gboolean all = rs_heap_is_partitioning (heap);

  for (guint j = 0; j < tb->frames->len; j++)
    {
      RsFrame *f = g_ptr_array_index (tb->frames, j);
      RsFrame *inner = j + 1 < tb->frames->len ? g_ptr_array_index (tb->frames, j + 1) : NULL;
      guint own = 1 + (inner != NULL && inner->back_kept && inner->back == f);
      if (!f->done || (!all && f->kept != own))
        continue;
      traverse_locals (f, fn, heap, data);
    }
  /* the callers the outermost entry's frame keeps through f_back: for the
   * collector, as far as each is kept by the one below it only (and the
   * outermost entry only by this traceback), as their frame objects are */
  RsFrame *outer = tb->frames->len > 0 ? g_ptr_array_index (tb->frames, 0) : NULL;
  if (!all && outer != NULL)
    {
      RsFrame *inner = tb->frames->len > 1 ? g_ptr_array_index (tb->frames, 1) : NULL;
      guint own = 1 + (inner != NULL && inner->back_kept && inner->back == outer);
      if (!outer->done || outer->kept != own)
        outer = NULL;
    }
  for (RsFrame *f = outer; f != NULL && f->back_kept && f->back != NULL && f->back->done; f = f->back)
    {
      if (!all && f->back->kept != 1)
        break;
      traverse_locals (f->back, fn, heap, data);
    }
}
