/* rs-timeline.c: the recorded events of a run, grouped into steps
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rs-timeline.h"

#include "rs-snapshot-private.h"

/* Checkpoints are never closer than this many events. */
#define MIN_CHECKPOINT_EVENTS 4096

typedef struct {
  guint64    pos;      /* events applied */
  RsReplica *replica;
} RsCheckpoint;

struct _RsTimeline
{
  gboolean     recording;
  GArray      *events;       /* RsEvent */
  GArray      *pool;         /* RsValue: for each payload, its count then its values */
  GArray      *step_starts;  /* guint64: event index where each step starts */
  GArray      *frame_lines;  /* guint: by frame id, its line while recording */
  gboolean     returned;     /* a frame popped and its caller has not acted since */

  RsReplica   *head;
  GArray      *checkpoints;  /* RsCheckpoint, ascending pos */
  guint64      since_checkpoint;
  guint64      min_checkpoint_events;

  RsReplica   *cursor;
  guint64      cursor_pos;
  RsAnalysis  *analysis;     /* follows the cursor */
  guint64      n_moved;
};

static void
clear_checkpoint (gpointer data)
{
  rs_replica_free (((RsCheckpoint *) data)->replica);
}

RsTimeline *
rs_timeline_new (void)
{
  RsTimeline *self = g_new0 (RsTimeline, 1);
  guint64 zero = 0;

  self->recording = TRUE;
  self->min_checkpoint_events = MIN_CHECKPOINT_EVENTS;
  self->events = g_array_new (FALSE, FALSE, sizeof (RsEvent));
  self->pool = g_array_new (FALSE, FALSE, sizeof (RsValue));
  self->step_starts = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_array_append_val (self->step_starts, zero);
  self->frame_lines = g_array_new (FALSE, TRUE, sizeof (guint));
  self->head = rs_replica_new ();
  self->checkpoints = g_array_new (FALSE, FALSE, sizeof (RsCheckpoint));
  g_array_set_clear_func (self->checkpoints, clear_checkpoint);
  self->cursor = rs_replica_new ();
  self->analysis = rs_analysis_new ();
  rs_replica_set_observer (self->cursor, rs_analysis_get_observer (self->analysis));
  return self;
}

void
rs_timeline_free (RsTimeline *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->events);
  g_array_unref (self->pool);
  g_array_unref (self->step_starts);
  g_array_unref (self->frame_lines);
  rs_replica_free (self->head);
  g_array_unref (self->checkpoints);
  rs_replica_free (self->cursor);
  rs_analysis_free (self->analysis);
  g_free (self);
}

void
rs_timeline_set_recording (RsTimeline *self,
                           gboolean    recording)
{
  g_return_if_fail (self != NULL);
  self->recording = recording;
}

void
rs_timeline_set_min_checkpoint_events (RsTimeline *self,
                                       guint64     n_events)
{
  g_return_if_fail (self != NULL);
  self->min_checkpoint_events = n_events;
}

static gboolean
has_payload (guint8 kind)
{
  return kind == RS_EV_CLEAR || kind == RS_EV_KEY_SET || kind == RS_EV_KEY_REMOVE;
}

static void
maybe_checkpoint (RsTimeline *self)
{
  RsCheckpoint checkpoint;
  gsize weight = rs_replica_get_weight (self->head);
  gsize size = rs_replica_get_size (self->head) / sizeof (RsEvent);

  /* Spacing checkpoints by twice the cost of a copy bounds the time a jump
   * spends copying; by the size of a copy in events, their memory stays
   * below the events' own. */
  if (self->since_checkpoint < MAX (self->min_checkpoint_events, MAX (2 * weight, size)))
    return;
  checkpoint.pos = self->events->len;
  checkpoint.replica = rs_replica_copy (self->head);
  g_array_append_val (self->checkpoints, checkpoint);
  self->since_checkpoint = 0;
}

/* STEP events carry the frame's previous line in old_value, for undo. */
static void
note_step (RsTimeline *self,
           RsEvent    *event)
{
  guint64 start = self->events->len;
  guint prev = 0;

  if (event->holder < self->frame_lines->len)
    prev = g_array_index (self->frame_lines, guint, event->holder);
  else
    g_array_set_size (self->frame_lines, event->holder + 1);
  g_array_index (self->frame_lines, guint, event->holder) = (guint) event->key;
  event->old_value = rs_value_int (prev);
  maybe_checkpoint (self);
  g_array_append_val (self->step_starts, start);
}

/* CPython reports no new line when a call returns into its caller, yet
 * what the caller does next (binding the result, the next call of the same
 * line) is that line's work: it starts a step of its own, so that a step
 * is always one line of one frame.  Frame pops stay with the line that
 * returned. */
static void
resume_caller (RsTimeline *self)
{
  const RsFrameId *stack;
  guint n_frames;
  RsEvent step = { .kind = RS_EV_STEP };

  self->returned = FALSE;
  stack = rs_replica_get_stack (self->head, &n_frames);
  g_assert (n_frames >= 1);
  step.holder = stack[n_frames - 1];
  step.key = rs_replica_get_frame (self->head, step.holder)->line;
  note_step (self, &step);
  g_array_append_val (self->events, step);
  self->since_checkpoint++;
  rs_replica_apply (self->head, &step, NULL, 0);
}

void
rs_timeline_record (RsTimeline    *self,
                    const RsEvent *event,
                    const RsValue *payload,
                    guint          n_payload)
{
  RsEvent copy;
  const RsValue *stored = NULL;

  g_return_if_fail (self != NULL && event != NULL);
  if (!self->recording)
    return;
  copy = *event;
  if (self->returned && event->kind != RS_EV_STEP && event->kind != RS_EV_FRAME_POP)
    resume_caller (self);
  self->returned = event->kind == RS_EV_FRAME_POP || (self->returned && event->kind != RS_EV_STEP);
  if (has_payload (event->kind))
    {
      RsValue count = n_payload;

      g_array_append_val (self->pool, count);
      copy.key = self->pool->len;
      g_array_append_vals (self->pool, payload, n_payload);
      stored = &g_array_index (self->pool, RsValue, copy.key);
    }
  else if (event->kind == RS_EV_STEP)
    note_step (self, &copy);
  g_array_append_val (self->events, copy);
  self->since_checkpoint++;
  rs_replica_apply (self->head, &copy, stored, stored ? n_payload : 0);
}

guint
rs_timeline_get_n_steps (RsTimeline *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->step_starts->len;
}

guint64
rs_timeline_get_bytes (RsTimeline *self)
{
  g_return_val_if_fail (self != NULL, 0);

  /* the checkpoints stay below the events' own size (maybe_checkpoint) */
  return 2 * (guint64) self->events->len * sizeof (RsEvent)
         + (guint64) self->pool->len * sizeof (RsValue)
         + (guint64) self->step_starts->len * sizeof (guint64)
         + rs_replica_get_size (self->head);
}

guint64
rs_timeline_get_n_events (RsTimeline *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->events->len;
}

const RsEvent *
rs_timeline_get_events (RsTimeline *self,
                        guint64    *n_events)
{
  g_return_val_if_fail (self != NULL && n_events != NULL, NULL);
  *n_events = self->events->len;
  return (const RsEvent *) (gpointer) self->events->data;
}

static guint64
step_start (RsTimeline *self,
            guint       step)
{
  g_assert (step < self->step_starts->len);
  return g_array_index (self->step_starts, guint64, step);
}

guint64
rs_timeline_get_step_end (RsTimeline *self,
                          guint       step)
{
  g_return_val_if_fail (self != NULL, 0);
  if (step + 1 >= self->step_starts->len)
    return self->events->len;
  return g_array_index (self->step_starts, guint64, step + 1);
}

const RsEvent *
rs_timeline_get_step_events (RsTimeline *self,
                             guint       step,
                             guint      *n_events)
{
  static const RsEvent none;
  guint64 start;

  g_return_val_if_fail (self != NULL && n_events != NULL, NULL);
  g_return_val_if_fail (step < self->step_starts->len, NULL);
  start = step_start (self, step);
  *n_events = rs_timeline_get_step_end (self, step) - start;
  /* an empty session has no event array: no offset from NULL */
  if (*n_events == 0)
    return &none;
  return &g_array_index (self->events, RsEvent, start);
}

static const RsEvent *
step_event (RsTimeline *self,
            guint       step)
{
  if (step == 0 || step >= self->step_starts->len)
    return NULL;
  return &g_array_index (self->events, RsEvent, step_start (self, step));
}

guint
rs_timeline_get_step_line (RsTimeline *self,
                           guint       step)
{
  const RsEvent *event;

  g_return_val_if_fail (self != NULL, 0);
  event = step_event (self, step);
  return event ? (guint) event->key : 0;
}

RsFrameId
rs_timeline_get_step_frame (RsTimeline *self,
                            guint       step)
{
  const RsEvent *event;

  g_return_val_if_fail (self != NULL, 0);
  event = step_event (self, step);
  return event ? event->holder : RS_GLOBAL_FRAME;
}

const RsValue *
rs_timeline_get_payload (RsTimeline    *self,
                         const RsEvent *event,
                         guint         *n_payload)
{
  guint64 index;

  g_return_val_if_fail (self != NULL && event != NULL && n_payload != NULL, NULL);
  *n_payload = 0;
  if (!has_payload (event->kind) || event->key == 0 || event->key > self->pool->len)
    return NULL;
  index = event->key;
  *n_payload = (guint) g_array_index (self->pool, RsValue, index - 1);
  return &g_array_index (self->pool, RsValue, index);
}

const RsReplica *
rs_timeline_get_head (RsTimeline *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->head;
}

/* Seeking */

static void
move_cursor (RsTimeline *self,
             guint64     target)
{
  const RsEvent *events = (const RsEvent *) (gpointer) self->events->data;
  const RsValue *payload;
  guint n_payload;

  for (; self->cursor_pos < target; self->cursor_pos++, self->n_moved++)
    {
      payload = rs_timeline_get_payload (self, &events[self->cursor_pos], &n_payload);
      rs_replica_apply (self->cursor, &events[self->cursor_pos], payload, n_payload);
    }
  for (; self->cursor_pos > target; self->cursor_pos--, self->n_moved++)
    {
      payload = rs_timeline_get_payload (self, &events[self->cursor_pos - 1], &n_payload);
      rs_replica_undo (self->cursor, &events[self->cursor_pos - 1], payload, n_payload);
    }
}

static guint64
distance (guint64 a,
          guint64 b)
{
  return a > b ? a - b : b - a;
}

static void
restart_cursor (RsTimeline      *self,
                const RsReplica *from,
                guint64          pos)
{
  rs_replica_free (self->cursor);
  self->cursor = from ? rs_replica_copy (from) : rs_replica_new ();
  self->cursor_pos = pos;
  rs_replica_set_observer (self->cursor, rs_analysis_get_observer (self->analysis));
  rs_analysis_invalidate (self->analysis);
}

/* The first checkpoint at or after @target (checkpoints->len if none). */
static guint
checkpoint_after (RsTimeline *self,
                  guint64     target)
{
  guint lo = 0, hi = self->checkpoints->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (self->checkpoints, RsCheckpoint, mid).pos < target)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static void
seek_events (RsTimeline *self,
             guint64     target)
{
  guint64 best = distance (self->cursor_pos, target);
  const RsReplica *from = NULL;
  guint64 from_pos = 0;
  gboolean restart = FALSE;
  guint after = checkpoint_after (self, target);
  guint64 cost;

  /* Candidates: the cursor, the start, the checkpoints around, the head. */
  if (target + 64 < best)
    best = target + 64, restart = TRUE;
  for (guint i = after > 0 ? after - 1 : 0; i < MIN (after + 1, self->checkpoints->len); i++)
    {
      RsCheckpoint *c = &g_array_index (self->checkpoints, RsCheckpoint, i);

      cost = rs_replica_get_weight (c->replica) + distance (c->pos, target);
      if (cost < best)
        best = cost, from = c->replica, from_pos = c->pos, restart = TRUE;
    }
  cost = rs_replica_get_weight (self->head) + (self->events->len - target);
  if (cost < best)
    from = self->head, from_pos = self->events->len, restart = TRUE;
  if (restart)
    restart_cursor (self, from, from_pos);
  move_cursor (self, target);
}

const RsReplica *
rs_timeline_seek (RsTimeline *self,
                  guint       step)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (step < self->step_starts->len, NULL);

  seek_events (self, rs_timeline_get_step_end (self, step));
  rs_analysis_update (self->analysis, self->cursor);
  return self->cursor;
}

const RsReplica *
rs_timeline_seek_event (RsTimeline *self,
                        guint64     pos)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (pos <= self->events->len, NULL);

  seek_events (self, pos);
  rs_analysis_update (self->analysis, self->cursor);
  return self->cursor;
}

guint
rs_timeline_get_event_step (RsTimeline *self,
                            guint64     pos)
{
  guint lo = 0, hi;

  g_return_val_if_fail (self != NULL, 0);
  /* the last step that starts at or before @pos (step 0 starts at 0) */
  hi = self->step_starts->len;
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->step_starts, guint64, mid) <= pos)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

RsAnalysis *
rs_timeline_get_analysis (RsTimeline *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->analysis;
}

guint
rs_timeline_get_n_checkpoints (RsTimeline *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->checkpoints->len;
}

guint64
rs_timeline_get_n_moved (RsTimeline *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_moved;
}

RsSnapshot *
rs_timeline_get_snapshot (RsTimeline   *self,
                          guint         step,
                          RsAtomLookup  lookup,
                          gpointer      user_data)
{
  const RsReplica *replica;
  const RsEvent *events;
  guint n_events;

  g_return_val_if_fail (self != NULL && lookup != NULL, NULL);
  g_return_val_if_fail (step < self->step_starts->len, NULL);

  replica = rs_timeline_seek (self, step);
  events = rs_timeline_get_step_events (self, step, &n_events);
  return rs_snapshot_build (replica, self->analysis, events, n_events, step,
                            rs_timeline_get_step_line (self, step), lookup, user_data);
}

RsSnapshot *
rs_timeline_get_snapshot_at (RsTimeline   *self,
                             guint64       pos,
                             RsAtomLookup  lookup,
                             gpointer      user_data)
{
  const RsReplica *replica;
  RsSnapshot *snapshot;
  guint step;
  guint64 start;

  g_return_val_if_fail (self != NULL && lookup != NULL, NULL);
  g_return_val_if_fail (pos <= self->events->len, NULL);

  replica = rs_timeline_seek_event (self, pos);
  step = rs_timeline_get_event_step (self, pos);
  start = step_start (self, step);
  snapshot = rs_snapshot_build (replica, self->analysis,
                                &g_array_index (self->events, RsEvent, start), (guint) (pos - start),
                                step, rs_timeline_get_step_line (self, step), lookup, user_data);
  snapshot->mid_step = pos != rs_timeline_get_step_end (self, step);
  return snapshot;
}
