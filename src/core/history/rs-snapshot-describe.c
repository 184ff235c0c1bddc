/* rs-snapshot-describe.c: an object of a snapshot in words, for the tooltip and the inspector
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "rs-snapshot-describe.h"

static const char *
kind_name (RsObjKind kind)
{
  switch (kind)
    {
    case RS_KIND_INSTANCE: return _("instance of a class of the script");
    case RS_KIND_LIST: return _("list");
    case RS_KIND_DICT: return _("dict");
    case RS_KIND_WEAKREF: return _("weak reference (weakref.ref)");
    case RS_KIND_CLASS: return _("class");
    case RS_KIND_FUNCTION: return _("function");
    case RS_KIND_BOUND_METHOD: return _("bound method");
    case RS_KIND_ITERATOR: return _("iterator or dict view");
    case RS_KIND_RANGE: return _("range");
    case RS_KIND_TUPLE: return _("tuple");
    case RS_KIND_DESCRIPTOR: return _("staticmethod, classmethod or property");
    case RS_KIND_EXCEPTION: return _("builtin exception");
    case RS_KIND_CELL: return _("closure cell (what a variable nested functions use holds)");
    case RS_KIND_FINALIZER: return _("finalizer (weakref.finalize): holds its function and arguments until it runs");
    case RS_KIND_WEAKDICT: return _("weak container (WeakValueDictionary, WeakKeyDictionary or WeakSet)");
    case RS_N_KINDS:
    default: return "";
    }
}

char *
rs_snapshot_describe_type (const RsSnapObject *object)
{
  g_return_val_if_fail (object != NULL, NULL);

  if (object->number == 0)
    return g_strdup (kind_name (object->kind));
  return g_strdup_printf (_("%s, number %u in the trace"), kind_name (object->kind), object->number);
}

/* Whether a `__del__` of @id is on the stack: its first name, self, is it. */
static gboolean
in_finalizer (const RsSnapshot *snapshot,
              RsObjId           id)
{
  for (guint f = 0; f < snapshot->n_frames; f++)
    {
      const RsSnapFrame *frame = &snapshot->frames[f];
      const RsSnapSlot *self_slot = &snapshot->slots[frame->first_slot];

      if (g_str_has_suffix (frame->name, "__del__") && frame->n_slots > 0
          && self_slot->kind == RS_SLOT_STRONG && self_slot->target == id)
        return TRUE;
    }
  return FALSE;
}

char *
rs_snapshot_describe_status (const RsSnapshot   *snapshot,
                             const RsSnapObject *object)
{
  g_return_val_if_fail (snapshot != NULL, NULL);
  g_return_val_if_fail (object != NULL, NULL);

  if (object->flags & RS_SNAP_IN_CYCLE)
    return g_strdup_printf (_("Leaked, in cycle %u: its references keep each other alive, "
                              "and nothing in the program can reach them. It cannot be edited; "
                              "gc.collect() frees it."), object->cycle);
  if (object->flags & RS_SNAP_LEAKED)
    return g_strdup (_("Leaked: it hangs off a leaked cycle, nothing in the program can reach it. "
                       "It cannot be edited; gc.collect() frees it."));
  if ((object->flags & RS_SNAP_FINALIZED) && in_finalizer (snapshot, object->id))
    return g_strdup (_("Being finalized: its __del__ is running."));
  if (object->flags & RS_SNAP_FINALIZED)
    return g_strdup (_("Finalized: its __del__ has run, yet something still holds it."));
  if (object->flags & RS_SNAP_REACHABLE)
    return g_strdup (_("Reachable from the program's names."));
  return g_strdup (_("Held only by the running statement."));
}

char *
rs_snapshot_describe_weak (const RsSnapshot   *snapshot,
                           const RsSnapObject *object)
{
  GString *text;

  g_return_val_if_fail (snapshot != NULL, NULL);
  g_return_val_if_fail (object != NULL, NULL);

  text = g_string_new (NULL);
  for (guint i = 0; i < object->n_weak_referrers; i++)
    {
      const RsSnapReferrer *ref = &snapshot->referrers[object->first_weak_referrer + i];

      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, ref->label);
    }
  if (text->len == 0)
    g_string_append (text, _("none"));
  return g_string_free (text, FALSE);
}

const RsSnapReferrer *
rs_snapshot_describe_holders (const RsSnapshot *self,
                              RsObjId           id,
                              guint            *n_out)
{
  guint lo = 0, hi, end;

  g_return_val_if_fail (self != NULL && n_out != NULL, NULL);
  hi = self->n_strong_referrers;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (self->referrers[mid].object < id)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (end = lo; end < self->n_strong_referrers && self->referrers[end].object == id; end++)
    ;
  *n_out = end - lo;
  return *n_out > 0 ? &self->referrers[lo] : NULL;
}

char *
rs_snapshot_describe_refcount (const RsSnapshot *self,
                               RsObjId           id)
{
  const RsSnapObject *object;
  const RsSnapReferrer *referrers;
  guint n;
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);
  object = rs_snapshot_find_object (self, id);
  if (object == NULL)
    return NULL;
  out = g_string_new (NULL);
  g_string_printf (out, "refcount %u", object->refcount);
  referrers = rs_snapshot_describe_holders (self, id, &n);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%s%s", i == 0 ? " = " : ", ", referrers[i].label);
  return g_string_free (out, FALSE);
}

char *
rs_snapshot_describe_object (const RsSnapshot *snapshot,
                             RsObjId           id)
{
  const RsSnapObject *object;
  g_autofree char *ledger = NULL;
  const char *state;

  g_return_val_if_fail (snapshot != NULL, NULL);

  if (!(object = rs_snapshot_find_object (snapshot, id)))
    return NULL;
  ledger = rs_snapshot_describe_refcount (snapshot, id);
  if (object->flags & RS_SNAP_IN_CYCLE)
    state = _("leaked (in a cycle)");
  else if (object->flags & RS_SNAP_LEAKED)
    state = _("leaked");
  else if (object->flags & RS_SNAP_REACHABLE)
    state = _("reachable");
  else
    state = _("temporary");
  return g_strdup_printf ("%s\n%s\n%s", object->title, ledger, state);
}
