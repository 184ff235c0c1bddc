/* fuzz-session-load.c: opening a saved session, for libFuzzer
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The road of the window's Open without the widgets (rs_window_load_source):
 * the view-state block is read off the end of any text, the script before
 * it is loaded as a session (with a small step limit, heap budget and
 * history budget), and the saved step's picture is built with the saved
 * pins.  Any input must end in a session or a rejection, never in a
 * crash, a sanitizer report, a critical (made fatal here) or a hang, and
 * the view state must be what Save writes back: written and read again,
 * it writes the same block.
 */
#include <math.h>
#include <string.h>

#include "fuzz-common.h"
#include "fuzz-session.h"
#include "rs-scene.h"
#include "rs-view-state.h"

#define STEP_LIMIT 20000

static void
check_view_state (const RsViewState *state)
{
  g_autoptr(GHashTable) keys = g_hash_table_new (g_int64_hash, g_int64_equal);

  g_assert_true (state->zoom >= 0 && state->zoom <= 100);
  g_assert_true (!state->has_centre || (isfinite (state->centre[0]) && isfinite (state->centre[1])));
  /* one pin a card */
  for (guint i = 0; state->pins != NULL && i < state->pins->len; i++)
    g_assert_true (g_hash_table_add (keys, &g_array_index (state->pins, RsScenePin, i).key));
}

/* Save's block, read back, is written again the same. */
static void
check_round_trip (const RsViewState *state)
{
  g_autoptr(GString) first = g_string_new ("x = 1\n");
  g_autoptr(GString) second = g_string_new ("x = 1\n");
  RsViewState again = { 0 };

  rs_view_state_format (state, first);
  g_assert_cmpuint (rs_view_state_parse (&again, first->str, first->len), ==, strlen ("x = 1\n"));
  rs_view_state_format (&again, second);
  g_assert_cmpstr (first->str, ==, second->str);
  rs_view_state_clear (&again);
}

/* The picture the window shows first: the saved step (the last if the
 * run is shorter now) with the saved object pins. */
static void
build_saved_picture (RsSession         *session,
                     const RsViewState *state)
{
  guint n = rs_session_get_n_steps (session);
  guint step = state->has_step ? MIN (state->step, n - 1) : 0;
  g_autoptr(RsSnapshot) snapshot = rs_session_get_snapshot (session, step);
  RsSceneOptions options = { FALSE, 0 };
  RsScene *scene = rs_scene_new_from_snapshot (snapshot, &options);

  if (state->pins != NULL)
    rs_scene_pin_nodes (scene, (const RsScenePin *) state->pins->data, state->pins->len);
  rs_scene_update_bounds (scene);
  g_assert_true (scene->x0 <= scene->x1 || scene->n_nodes == 0);
  rs_scene_free (scene);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  RsViewState state = { 0 };
  gsize script_len = rs_view_state_parse (&state, (const char *) data, size);
  g_autofree char *script = g_strndup ((const char *) data, script_len);
  g_autoptr(RsSession) session = fuzz_session_new (STEP_LIMIT);
  GError *error = NULL;

  g_assert_cmpuint (script_len, <=, size);
  check_view_state (&state);
  check_round_trip (&state);

  if (rs_session_load (session, "fuzz.py", script, -1, &error))
    build_saved_picture (session, &state);
  else
    {
      g_assert_nonnull (error);
      g_error_free (error);
    }
  rs_view_state_clear (&state);
  return 0;
}
