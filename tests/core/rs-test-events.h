/* rs-test-events.h: hand-written event streams for the timeline tests
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Small helpers that emit RsEvents into a timeline the way the interpreter
 * would, plus a tiny atom table (the real one belongs to the interpreter).
 */
#pragma once

#include <string.h>
#include "rs-timeline.h"
#include "rs-snapshot-private.h"

typedef struct {
  GPtrArray *strings;   /* atom -> char*, [0] = "" */
} TestAtoms;

static inline void
test_atoms_init (TestAtoms *atoms)
{
  atoms->strings = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (atoms->strings, g_strdup (""));
}

static inline void
test_atoms_clear (TestAtoms *atoms)
{
  g_ptr_array_unref (atoms->strings);
}

static inline guint32
atom (TestAtoms  *atoms,
      const char *str)
{
  for (guint i = 0; i < atoms->strings->len; i++)
    if (strcmp (g_ptr_array_index (atoms->strings, i), str) == 0)
      return i;
  g_ptr_array_add (atoms->strings, g_strdup (str));
  return atoms->strings->len - 1;
}

static inline const char *
test_atoms_lookup (gpointer  user_data,
                   guint32   atom_id,
                   gsize    *len)
{
  TestAtoms *atoms = user_data;
  const char *str = atom_id < atoms->strings->len ? g_ptr_array_index (atoms->strings, atom_id) : NULL;

  if (str != NULL)
    *len = strlen (str);
  return str;
}

#define OBJ(id)   RS_VALUE_OBJECT (id)
#define INT(i)    rs_value_int (i)
#define ABSENT    RS_VALUE_ABSENT

static inline void
emit (RsTimeline *tl,
      guint8      kind,
      guint8      flags,
      guint32     holder,
      guint64     key,
      RsValue     old_value,
      RsValue     new_value)
{
  RsEvent ev = { kind, flags, 0, holder, key, old_value, new_value };

  rs_timeline_record (tl, &ev, NULL, 0);
}

static inline void
emit_payload (RsTimeline    *tl,
              guint8         kind,
              guint8         flags,
              guint32        holder,
              RsValue        old_value,
              RsValue        new_value,
              const RsValue *payload,
              guint          n_payload)
{
  RsEvent ev = { kind, flags, 0, holder, 0, old_value, new_value };

  rs_timeline_record (tl, &ev, payload, n_payload);
}

static inline void
ev_step (RsTimeline *tl, RsFrameId frame, guint line)
{
  emit (tl, RS_EV_STEP, 0, frame, line, ABSENT, ABSENT);
}

static inline void
ev_alloc (RsTimeline *tl, RsObjId id, RsObjKind kind, guint32 type_atom, guint number)
{
  emit (tl, RS_EV_ALLOC, 0, id, kind | ((guint64) type_atom << 8), ABSENT, INT (number));
}

static inline void
ev_name (RsTimeline *tl, RsFrameId frame, guint32 name, RsValue old_value, RsValue new_value, guint8 flags)
{
  emit (tl, RS_EV_NAME_SET, flags, frame, name, old_value, new_value);
}

static inline void
ev_attr (RsTimeline *tl, RsObjId holder, guint32 name, RsValue old_value, RsValue new_value, guint8 flags)
{
  emit (tl, RS_EV_ATTR_SET, flags, holder, name, old_value, new_value);
}

static inline void
ev_key_set (RsTimeline *tl, RsObjId dict, RsValue key, RsValue old_value, RsValue new_value, guint8 flags)
{
  emit_payload (tl, RS_EV_KEY_SET, flags, dict, old_value, new_value, &key, 1);
}

static inline void
ev_key_remove (RsTimeline *tl, RsObjId dict, RsValue key, RsValue old_value, guint8 flags)
{
  emit_payload (tl, RS_EV_KEY_REMOVE, flags, dict, old_value, ABSENT, &key, 1);
}

static inline void
ev_clear (RsTimeline *tl, RsObjId holder, const RsValue *removed, guint n_removed, guint n_entries)
{
  emit_payload (tl, RS_EV_CLEAR, 0, holder, ABSENT, INT (n_entries), removed, n_removed);
}

static inline void
ev_temp (RsTimeline *tl, RsValue value, int delta)
{
  if (delta > 0)
    emit (tl, RS_EV_TEMP_INC, 0, 0, 0, ABSENT, value);
  else
    emit (tl, RS_EV_TEMP_DEC, 0, 0, 0, value, ABSENT);
}

static inline void
ev_object (RsTimeline *tl, guint8 kind, RsObjId id)
{
  emit (tl, kind, 0, id, 0, ABSENT, ABSENT);
}

/* A snapshot of the timeline's state at @step built the slow, certain way:
 * a fresh replica fed every event from the start, a full analysis. */
static inline RsSnapshot *
reference_snapshot (RsTimeline *tl,
                    guint       step,
                    TestAtoms  *atoms)
{
  RsReplica *replica = rs_replica_new ();
  RsAnalysis *analysis = rs_analysis_new ();
  guint64 n_events, end = rs_timeline_get_step_end (tl, step);
  const RsEvent *events = rs_timeline_get_events (tl, &n_events);
  const RsEvent *step_events;
  guint n_step_events, n_payload;
  RsSnapshot *snap;

  for (guint64 i = 0; i < end; i++)
    {
      const RsValue *payload = rs_timeline_get_payload (tl, &events[i], &n_payload);
      rs_replica_apply (replica, &events[i], payload, n_payload);
    }
  rs_analysis_update (analysis, replica);
  step_events = rs_timeline_get_step_events (tl, step, &n_step_events);
  snap = rs_snapshot_build (replica, analysis, step_events, n_step_events, step,
                            rs_timeline_get_step_line (tl, step), test_atoms_lookup, atoms);
  rs_analysis_free (analysis);
  rs_replica_free (replica);
  return snap;
}

/* A readable dump, for the message of a failed comparison. */
static inline char *
test_dump_snapshot (const RsSnapshot *snap)
{
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "step %u line %u cycles %u freed %u\n", snap->step, snap->line,
                          snap->n_cycles, snap->n_freed);
  for (guint i = 0; i < snap->n_objects; i++)
    {
      const RsSnapObject *o = &snap->objects[i];
      g_string_append_printf (out, "  %s id %u rc %u tmp %u flags %x cycle %u weak %u+%u:", o->title, o->id,
                              o->refcount, o->n_temporaries, o->flags, o->cycle,
                              o->first_weak_referrer, o->n_weak_referrers);
      for (guint j = 0; j < o->n_slots; j++)
        {
          const RsSnapSlot *s = &snap->slots[o->first_slot + j];
          g_string_append_printf (out, " %s=%s/%u/%d/%x", s->label, s->text ? s->text : "", s->target, s->kind, s->flags);
        }
      g_string_append_c (out, '\n');
    }
  for (guint i = 0; i < snap->n_frames; i++)
    {
      const RsSnapFrame *fr = &snap->frames[i];
      g_string_append_printf (out, "  frame %u %s line %u:", fr->id, fr->name, fr->line);
      for (guint j = 0; j < fr->n_slots; j++)
        {
          const RsSnapSlot *s = &snap->slots[fr->first_slot + j];
          g_string_append_printf (out, " %s=%s/%u", s->label, s->text ? s->text : "", s->target);
        }
      g_string_append_c (out, '\n');
    }
  for (guint i = 0; i < snap->n_referrers; i++)
    g_string_append_printf (out, "  ref %u <- %u/%u %s\n", snap->referrers[i].object, snap->referrers[i].holder,
                            snap->referrers[i].frame, snap->referrers[i].label);
  return g_string_free (out, FALSE);
}

/* The timeline fixture of the history tests: a timeline, its atoms and
 * the class name Foo */
typedef struct {
  TestAtoms   atoms;
  RsTimeline *tl;
  guint32     foo;
} TimelineFixture;

static inline void
timeline_fixture_setup (TimelineFixture *f,
                        gconstpointer    data)
{
  test_atoms_init (&f->atoms);
  f->tl = rs_timeline_new ();
  f->foo = atom (&f->atoms, "Foo");
}

static inline void
timeline_fixture_teardown (TimelineFixture *f,
                           gconstpointer    data)
{
  rs_timeline_free (f->tl);
  test_atoms_clear (&f->atoms);
}

/* name = Foo() */
static inline void
timeline_new_named (TimelineFixture *f,
                    RsObjId          id,
                    const char      *name)
{
  ev_alloc (f->tl, id, RS_KIND_INSTANCE, f->foo, id);
  ev_name (f->tl, 1, atom (&f->atoms, name), ABSENT, OBJ (id), RS_EVENT_FROM_TEMP);
}
