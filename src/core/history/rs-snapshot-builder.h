/* rs-snapshot-builder.h: a snapshot being built, shared by the files that build it
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * rs-snapshot.c fills in the objects, their slots and the frames;
 * rs-snapshot-ledger.c then names the objects and lists who holds each.
 */
#pragma once

#include "rs-analysis.h"
#include "rs-replica.h"
#include "rs-snapshot.h"
#include "rs-timeline.h"

G_BEGIN_DECLS

typedef struct {
  const RsReplica  *replica;
  const RsAnalysis *analysis;
  RsAtomLookup      lookup;
  gpointer          user_data;
  RsSnapshot       *snap;
  GArray           *objects;    /* RsSnapObject */
  GArray           *slots;      /* RsSnapSlot */
  GArray           *frames;     /* RsSnapFrame */
  GArray           *referrers;  /* RsSnapReferrer */
  GHashTable       *names;      /* object id -> the name shown for it */
  GString          *buf;
} RsSnapshotBuilder;

/* @str copied into the snapshot's strings. */
char *rs_snapshot_builder_intern     (RsSnapshotBuilder *b,
                                      const char        *str);
/* Object @id's title ("Foo #3"), in the snapshot's strings. */
char *rs_snapshot_builder_title      (RsSnapshotBuilder *b,
                                      RsObjId            id);
/* The strong and weak referrers of every object, once its objects, slots
 * and frames are in. */
void  rs_snapshot_builder_add_ledger (RsSnapshotBuilder *b);

G_END_DECLS
