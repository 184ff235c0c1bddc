/* rs-scene-private.h: what the files of the scene builder share
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rs-scene.h"

G_BEGIN_DECLS

/* Every node's width, height, row height and label column (rs-scene-measure.c). */
void _rs_scene_measure_nodes (RsScene *scene);

G_END_DECLS
