/* test-step-map.c: re-running an edited script keeps the line and its occurrence
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rs-step-map.h"
#include "rs-test-events.h"

/* A timeline whose steps 1.. ran @lines (0-terminated), all in one frame. */
static RsTimeline *
timeline_of_lines (const guint *lines)
{
  RsTimeline *tl = rs_timeline_new ();

  for (guint i = 0; lines[i] != 0; i++)
    ev_step (tl, RS_GLOBAL_FRAME, lines[i]);
  return tl;
}

static void
test_occurrence (void)
{
  /* A loop: lines 2 and 3 run three times. */
  static const guint lines[] = { 1, 2, 3, 2, 3, 2, 3, 4, 0 };
  RsTimeline *tl = timeline_of_lines (lines);

  g_assert_cmpuint (rs_step_map_occurrence (tl, 0), ==, 1);
  g_assert_cmpuint (rs_step_map_occurrence (tl, 1), ==, 1);
  g_assert_cmpuint (rs_step_map_occurrence (tl, 2), ==, 1);
  g_assert_cmpuint (rs_step_map_occurrence (tl, 4), ==, 2);
  g_assert_cmpuint (rs_step_map_occurrence (tl, 7), ==, 3);
  g_assert_cmpuint (rs_step_map_find (tl, 3, 3), ==, 7);
  g_assert_cmpuint (rs_step_map_find (tl, 3, 4), ==, RS_STEP_NONE);
  g_assert_cmpuint (rs_step_map_find (tl, 9, 1), ==, RS_STEP_NONE);
  g_assert_cmpuint (rs_step_map_find (tl, 0, 1), ==, 0);
  rs_timeline_free (tl);
}

static void
test_same_line_same_occurrence (void)
{
  /* Line 5 runs once more in the new run, and earlier: the second time
   * it ran moves from step 5 to step 4. */
  static const guint old_lines[] = { 1, 5, 2, 3, 5, 6, 0 };
  static const guint new_lines[] = { 1, 5, 2, 5, 5, 6, 0 };
  RsTimeline *from = timeline_of_lines (old_lines);
  RsTimeline *to = timeline_of_lines (new_lines);

  g_assert_cmpuint (rs_step_map (from, 5, to), ==, 4);
  g_assert_cmpuint (rs_step_map (from, 2, to), ==, 2);
  g_assert_cmpuint (rs_step_map (from, 0, to), ==, 0);
  g_assert_cmpuint (rs_step_map (from, 6, to), ==, 6);
  /* Line 3 no longer runs. */
  g_assert_cmpuint (rs_step_map (from, 4, to), ==, 6);
  rs_timeline_free (from);
  rs_timeline_free (to);
}

static void
test_gone_is_last_step (void)
{
  /* The loop now runs twice: its third time is gone, and so is line 9. */
  static const guint old_lines[] = { 1, 2, 2, 2, 9, 0 };
  static const guint new_lines[] = { 1, 2, 2, 4, 0 };
  RsTimeline *from = timeline_of_lines (old_lines);
  RsTimeline *to = timeline_of_lines (new_lines);

  g_assert_cmpuint (rs_step_map (from, 3, to), ==, 3);
  g_assert_cmpuint (rs_step_map (from, 2, to), ==, 2);
  g_assert_cmpuint (rs_timeline_get_n_steps (to) - 1, ==, 4);
  g_assert_cmpuint (rs_step_map (from, 4, to), ==, 4);
  g_assert_cmpuint (rs_step_map (from, 5, to), ==, 4);
  rs_timeline_free (from);
  rs_timeline_free (to);
}

/* From an empty script to a first run: its end, not step 0. */
static void
test_first_run_is_last_step (void)
{
  static const guint none[] = { 0 };
  static const guint new_lines[] = { 1, 2, 3, 0 };
  RsTimeline *from = timeline_of_lines (none);
  RsTimeline *to = timeline_of_lines (new_lines);

  g_assert_cmpuint (rs_step_map (from, 0, to), ==, 3);
  g_assert_cmpuint (rs_step_map (to, 0, from), ==, 0);
  g_assert_cmpuint (rs_step_map (to, 0, to), ==, 0);
  rs_timeline_free (from);
  rs_timeline_free (to);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/refscope/step-map/occurrence", test_occurrence);
  g_test_add_func ("/refscope/step-map/same-line-same-occurrence", test_same_line_same_occurrence);
  g_test_add_func ("/refscope/step-map/gone-is-last-step", test_gone_is_last_step);
  g_test_add_func ("/refscope/step-map/first-run-is-last-step", test_first_run_is_last_step);
  return g_test_run ();
}
