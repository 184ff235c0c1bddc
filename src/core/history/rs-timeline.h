/* rs-timeline.h: the recorded events of a run, grouped into steps
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * RsTimeline records the interpreter's events (its owner's RsEventSink
 * passes them on).  It keeps every event (32 bytes each, in one array),
 * the payload values of clears and dict events in a pool, and the event
 * index where each step starts: an RS_EV_STEP starts a step, and so does
 * the first thing a caller does after a call returned (the timeline writes
 * the STEP of the caller's line, which CPython does not report); step 0
 * holds what happened before the first line.
 *
 * It also keeps the live state at the end (the head replica), copies of it
 * taken every so often (checkpoints, spaced by the cost of a copy so that
 * their memory stays proportional to the events) and a cursor replica that
 * seeks to any step from whichever is nearest: itself, a checkpoint, or
 * the head.
 */
#pragma once

#include <glib.h>
#include "rs-event.h"
#include "rs-replica.h"
#include "rs-analysis.h"
#include "rs-snapshot.h"

G_BEGIN_DECLS

typedef struct _RsTimeline RsTimeline;

/* Text of an atom, for labels and plain values. */
typedef const char *(*RsAtomLookup) (gpointer  user_data,
                                     guint32   atom,
                                     gsize    *len);

RsTimeline        *rs_timeline_new              (void);
void               rs_timeline_free             (RsTimeline    *self);

void               rs_timeline_record           (RsTimeline    *self,
                                                 const RsEvent *event,
                                                 const RsValue *payload,
                                                 guint          n_payload);
/* Recording off: events go nowhere (the trace is all that is wanted). */
void               rs_timeline_set_recording    (RsTimeline    *self,
                                                 gboolean       recording);
/* Checkpoints come no closer than this (default 4096 events). */
void               rs_timeline_set_min_checkpoint_events (RsTimeline *self,
                                                          guint64     n_events);

guint              rs_timeline_get_n_steps      (RsTimeline    *self);
guint64            rs_timeline_get_n_events     (RsTimeline    *self);
/* What the recorded history takes, about: events, payloads, steps, the
 * head and the checkpoints. */
guint64            rs_timeline_get_bytes        (RsTimeline    *self);
/* All events, in order. */
const RsEvent     *rs_timeline_get_events       (RsTimeline    *self,
                                                 guint64       *n_events);
/* Where the events of @step end in the event array (one past its last). */
guint64            rs_timeline_get_step_end     (RsTimeline    *self,
                                                 guint          step);
const RsEvent     *rs_timeline_get_step_events  (RsTimeline    *self,
                                                 guint          step,
                                                 guint         *n_events);
guint              rs_timeline_get_step_line    (RsTimeline    *self,
                                                 guint          step);
RsFrameId          rs_timeline_get_step_frame   (RsTimeline    *self,
                                                 guint          step);
/* The payload of a recorded RS_EV_CLEAR, KEY_SET or KEY_REMOVE (its key
 * is an index into the pool); NULL with *n 0 for other events. */
const RsValue     *rs_timeline_get_payload      (RsTimeline    *self,
                                                 const RsEvent *event,
                                                 guint         *n_payload);

/* The live state after the last recorded event. */
const RsReplica   *rs_timeline_get_head         (RsTimeline    *self);
/* Moves the cursor to the end of @step and returns it, with its analysis
 * brought up to date. */
const RsReplica   *rs_timeline_seek             (RsTimeline    *self,
                                                 guint          step);
/* The replica after the first @pos events, in the middle of a step if
 * need be (the collector's step-by-step view), and the step @pos is in. */
const RsReplica   *rs_timeline_seek_event       (RsTimeline    *self,
                                                 guint64        pos);
guint              rs_timeline_get_event_step   (RsTimeline    *self,
                                                 guint64        pos);
RsAnalysis        *rs_timeline_get_analysis     (RsTimeline    *self);
guint              rs_timeline_get_n_checkpoints (RsTimeline   *self);
/* Events applied or undone by seeks so far (to measure). */
guint64            rs_timeline_get_n_moved      (RsTimeline    *self);

/* The snapshot after @step (see rs-snapshot.h); @lookup names atoms. */
RsSnapshot        *rs_timeline_get_snapshot     (RsTimeline    *self,
                                                 guint          step,
                                                 RsAtomLookup   lookup,
                                                 gpointer       user_data);

/* The state after the first @pos events: its step is the one @pos is in,
 * and only that step's events before @pos count as new or freed. */
RsSnapshot        *rs_timeline_get_snapshot_at  (RsTimeline    *self,
                                                 guint64        pos,
                                                 RsAtomLookup   lookup,
                                                 gpointer       user_data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsTimeline, rs_timeline_free)

G_END_DECLS
