/* test-view-state.c: the view state block at the end of a saved session
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "rs-view-state.h"

static void
test_round_trip (void)
{
  const char *script = "a = 1\nprint(a)\n";
  g_autoptr(GString) text = g_string_new (script);
  RsViewState state = { TRUE, 7, 1.25, NULL, NULL };
  RsViewState parsed = { 0 };
  const RsScenePin *pin;
  gsize len;

  state.engine = g_strdup ("neato");
  state.has_centre = TRUE;
  state.centre[0] = 310.5, state.centre[1] = -96;
  rs_view_state_add_pin (&state, RS_SCENE_KEY_OBJECT (3), 412.5, -80);
  rs_view_state_add_pin (&state, RS_SCENE_KEY_OBJECT (12), 10, 20);
  rs_view_state_add_pin (&state, RS_SCENE_KEY_OBJECT (3), 400.25, -81);  /* moved again */
  rs_view_state_format (&state, text);
  rs_view_state_clear (&state);
  g_assert_nonnull (strstr (text->str, "# pin obj-3 = 400.2, -81.0\n"));
  g_assert_nonnull (strstr (text->str, RS_VIEW_STATE_MARKER));
  len = rs_view_state_parse (&parsed, text->str, text->len);
  g_assert_cmpuint (len, ==, strlen (script));
  g_assert_cmpmem (text->str, len, script, strlen (script));
  g_assert_true (parsed.has_step);
  g_assert_cmpuint (parsed.step, ==, 7);
  g_assert_cmpfloat_with_epsilon (parsed.zoom, 1.25, 1e-9);
  g_assert_cmpstr (parsed.engine, ==, "neato");
  g_assert_true (parsed.has_centre);
  g_assert_cmpfloat_with_epsilon (parsed.centre[0], 310.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (parsed.centre[1], -96, 1e-9);
  g_assert_nonnull (parsed.pins);
  g_assert_cmpuint (parsed.pins->len, ==, 2);
  pin = &g_array_index (parsed.pins, RsScenePin, 0);
  g_assert_cmpuint (pin->key, ==, RS_SCENE_KEY_OBJECT (3));
  g_assert_cmpfloat_with_epsilon (pin->x, 400.2, 1e-9);
  g_assert_cmpfloat_with_epsilon (pin->y, -81, 1e-9);
  pin = &g_array_index (parsed.pins, RsScenePin, 1);
  g_assert_cmpuint (pin->key, ==, RS_SCENE_KEY_OBJECT (12));
  rs_view_state_clear (&parsed);
  g_assert_null (parsed.pins);
}

/* A hand-edited block: only well-formed pins count. */
static void
test_bad_pins (void)
{
  const char *script = "a = 1\n\n" RS_VIEW_STATE_MARKER " ---\n"
                       "# pin obj-2 = 1, 2\n"
                       "# pin obj-x = 1, 2\n"
                       "# pin thing-3 = 1, 2\n"
                       "# pin obj-4 = 1 2\n"
                       "# pin obj-5 = nan, 2\n"
                       "# pin obj-6 = 1, 2, 3\n"
                       "# pin obj-7 = 1e300, 2\n"
                       "# pin obj-99999999999 = 1, 2\n"
                       "# pin frame-1 = -5.5 , 7\n";
  RsViewState parsed = { 0 };

  rs_view_state_parse (&parsed, script, strlen (script));
  g_assert_nonnull (parsed.pins);
  g_assert_cmpuint (parsed.pins->len, ==, 2);
  g_assert_cmpuint (g_array_index (parsed.pins, RsScenePin, 0).key, ==, RS_SCENE_KEY_OBJECT (2));
  g_assert_cmpuint (g_array_index (parsed.pins, RsScenePin, 1).key, ==, RS_SCENE_KEY_FRAME (1));
  g_assert_cmpfloat (g_array_index (parsed.pins, RsScenePin, 1).x, ==, -5.5);
  rs_view_state_clear (&parsed);
}

/* Many pins parse in linear time (each was once looked for among all the
 * pins before it); a repeated one replaces the earlier in its place. */
static void
test_many_pins (void)
{
  const guint n = 200000;
  g_autoptr(GString) script = g_string_new ("a = 1\n\n" RS_VIEW_STATE_MARKER " ---\n");
  RsViewState parsed = { 0 };

  for (guint i = 1; i <= n; i++)
    g_string_append_printf (script, "# pin obj-%u = %u, 1\n", i, i);
  g_string_append (script, "# pin obj-7 = 70, 7\n");
  rs_view_state_parse (&parsed, script->str, script->len);
  g_assert_nonnull (parsed.pins);
  g_assert_cmpuint (parsed.pins->len, ==, n);
  g_assert_cmpuint (g_array_index (parsed.pins, RsScenePin, 6).key, ==, RS_SCENE_KEY_OBJECT (7));
  g_assert_cmpfloat (g_array_index (parsed.pins, RsScenePin, 6).x, ==, 70);
  g_assert_cmpuint (g_array_index (parsed.pins, RsScenePin, n - 1).key, ==, RS_SCENE_KEY_OBJECT (n));
  rs_view_state_clear (&parsed);
}

static void
test_no_block (void)
{
  const char *script = "# step = 3\na = 1\n";
  RsViewState parsed = { 0 };

  g_assert_cmpuint (rs_view_state_parse (&parsed, script, strlen (script)), ==, strlen (script));
  g_assert_false (parsed.has_step);
  g_assert_null (parsed.engine);
}

static void
test_not_trailing (void)
{
  /* A marker followed by code is part of the script, not view state. */
  const char *script = RS_VIEW_STATE_MARKER " ---\n# step = 3\na = 1\n";
  RsViewState parsed = { 0 };

  g_assert_cmpuint (rs_view_state_parse (&parsed, script, strlen (script)), ==, strlen (script));
  g_assert_false (parsed.has_step);
}

static void
test_garbage_values (void)
{
  const char *script = "a = 1\n\n" RS_VIEW_STATE_MARKER " ---\n# step = -4x\n# zoom = lots\n# nonsense\n";
  RsViewState parsed = { 0 };

  g_assert_cmpuint (rs_view_state_parse (&parsed, script, strlen (script)), ==, strlen ("a = 1\n"));
  g_assert_false (parsed.has_step);
  g_assert_cmpfloat (parsed.zoom, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/refscope/view-state/round-trip", test_round_trip);
  g_test_add_func ("/refscope/view-state/no-block", test_no_block);
  g_test_add_func ("/refscope/view-state/not-trailing", test_not_trailing);
  g_test_add_func ("/refscope/view-state/garbage-values", test_garbage_values);
  g_test_add_func ("/refscope/view-state/bad-pins", test_bad_pins);
  g_test_add_func ("/refscope/view-state/many-pins", test_many_pins);
  return g_test_run ();
}
