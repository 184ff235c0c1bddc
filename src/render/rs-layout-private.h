/* rs-layout-private.h: what the layout thread shares with the placement
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tables map a node's key (guint64) to an RsLayoutPos.
 */
#pragma once

#include "rs-layout.h"

G_BEGIN_DECLS

typedef struct {
  double x, y;          /* top-left corner, scene coordinates: a card that
                         * grows a row grows downwards, as in Python Tutor */
} RsLayoutPos;

void        _rs_layout_align_to_prev        (RsScene       *scene,
                                             GHashTable    *prev);
guint       _rs_layout_count_survivors      (const RsScene *scene,
                                             GHashTable    *prev);
void        _rs_layout_place_new_nodes      (RsScene       *scene,
                                             GHashTable    *prev);
void        _rs_layout_apply_pins           (RsScene       *scene);
GHashTable *_rs_layout_pins_with_new_frames (const RsScene *scene,
                                             GHashTable    *prev);
void        _rs_layout_place_from_pins      (RsScene       *scene,
                                             GHashTable    *pins);
void        _rs_layout_stack_frames         (RsScene       *scene);

G_END_DECLS
