/* rs-route.h: the arrows between placed cards
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rs-scene.h"

G_BEGIN_DECLS

/* Draws every edge of @scene again from where its nodes are now (no
 * Graphviz: any thread, e.g. while the user drags a card). */
void  rs_route_edges  (RsScene  *scene);

G_END_DECLS
