/* rs-view-state.h: the view kept in a trailing comment block of a session
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A saved session stays a script `python3 FILE.py` runs: the step, the
 * zoom, the layout engine and the cards the user pinned follow the code as
 * comments:
 *
 *   # --- refscope view state (Python ignores it) ---
 *   # step = 12
 *   # zoom = 1.25
 *   # centre = 310.5, 96
 *   # engine = dot
 *   # pin obj-3 = 412.5, 80
 */
#pragma once

#include <glib.h>
#include "rs-scene.h"

G_BEGIN_DECLS

#define RS_VIEW_STATE_MARKER "# --- refscope view state"

typedef struct {
  gboolean has_step;
  guint    step;
  double   zoom;     /* 0: fit to the window */
  char    *engine;   /* NULL: the default */
  GArray  *pins;     /* of RsScenePin, in the order written; NULL: none */
  gboolean has_centre;
  double   centre[2];  /* the scene point in the middle of the window */
  GHashTable *pin_index; /* key -> index in pins + 1 (rs_view_state_add_pin's) */
} RsViewState;

void   rs_view_state_clear  (RsViewState *state);
/* Pins @key at @x, @y (replacing its pin if it has one). */
void   rs_view_state_add_pin (RsViewState *state,
                              guint64      key,
                              double       x,
                              double       y);
/* Reads the block at the end of @text into @state; returns the length of
 * the script before it (@length when there is none). */
gsize  rs_view_state_parse  (RsViewState *state,
                             const char  *text,
                             gsize        length);
/* Appends the block to @out (which holds the script). */
void   rs_view_state_format (const RsViewState *state,
                             GString           *out);

G_END_DECLS
