/* test-export-session.c: exports of real sessions (the oracle's cases)
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "rs-export.h"
#include "rs-session.h"
#include "rs-test-cases.h"
#include "rs-test-check.h"
#include "rs-test-json.h"

static char *tmp_dir;

static RsSession *
load_case_from (const char *dir,
                const char *name)
{
  g_autofree char *path = rs_test_case_path (dir, name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  RsSession *session = rs_session_new ();

  g_assert_true (rs_session_load_file (session, file, &error));
  g_assert_no_error (error);
  return session;
}

static RsSession *
load_case (const char *name)
{
  return load_case_from (RS_CASES_DIR, name);
}

static char *
export_step (RsSession  *session,
             guint       step,
             const char *name)
{
  g_autoptr(RsSnapshot) snap = rs_session_get_snapshot (session, step);
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (tmp_dir, name, NULL);

  g_assert_true (rs_export_snapshot (snap, path, NULL, &error));
  g_assert_no_error (error);
  return path;
}

static RsJson *
read_json (const char *path)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  RsJson *json;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  json = rs_json_parse (text, &error);
  g_assert_no_error (error);
  return json;
}

static void
check_json_against_model (const RsJson     *json,
                          const RsSnapshot *snap)
{
  const RsJson *objects = rs_json_get (json, "objects");

  g_assert_cmpint (rs_json_int (json, "step"), ==, snap->step);
  g_assert_cmpuint (rs_json_length (objects), ==, snap->n_objects);
  g_assert_cmpuint (rs_json_length (rs_json_get (json, "frames")), ==, snap->n_frames);
  g_assert_cmpuint (rs_json_length (rs_json_get (json, "cycles")), ==, snap->n_cycles);
  for (guint i = 0; i < snap->n_objects; i++)
    {
      const RsSnapObject *o = &snap->objects[i];
      const RsJson *j = rs_json_index (objects, i);
      const RsJson *refs = rs_json_get (j, "references");

      g_assert_cmpint (rs_json_int (j, "id"), ==, o->id);
      g_assert_cmpint (rs_json_int (j, "number"), ==, o->number);
      g_assert_cmpint (rs_json_int (j, "refcount"), ==, o->refcount);
      g_assert_cmpstr (rs_json_string (j, "title"), ==, o->title);
      g_assert_cmpint (rs_json_bool (j, "leaked"), ==, (o->flags & RS_SNAP_LEAKED) != 0);
      g_assert_cmpint (rs_json_bool (j, "reachable"), ==, (o->flags & RS_SNAP_REACHABLE) != 0);
      g_assert_cmpint (rs_json_bool (j, "in_cycle"), ==, (o->flags & RS_SNAP_IN_CYCLE) != 0);
      g_assert_cmpuint (rs_json_length (refs), ==, o->n_slots);
      for (guint s = 0; s < o->n_slots; s++)
        {
          const RsSnapSlot *slot = &snap->slots[o->first_slot + s];
          const RsJson *r = rs_json_index (refs, s);
          static const char *strengths[] = { "value", "strong", "weak", "weak-dead" };

          g_assert_cmpstr (rs_json_string (r, "label"), ==, slot->label);
          g_assert_cmpstr (rs_json_string (r, "strength"), ==, strengths[slot->kind]);
          if (slot->kind == RS_SLOT_STRONG || slot->kind == RS_SLOT_WEAK)
            g_assert_cmpint (rs_json_int (r, "target"), ==, slot->target);
        }
    }
}

static void
test_seed_cycle_leak (void)
{
  g_autoptr(RsSession) session = load_case ("seed_cycle_leak");
  guint last = rs_session_get_n_steps (session) - 1;
  g_autofree char *png = export_step (session, last, "leak.png");
  g_autofree char *json_path = export_step (session, last, "leak.json");
  g_autofree char *svg_path = export_step (session, last, "leak.svg");
  g_autoptr(RsSnapshot) snap = rs_session_get_snapshot (session, last);
  g_autoptr(RsJson) json = read_json (json_path);
  const RsJson *leaked = rs_json_get (json, "leaked");
  const RsJson *cycles = rs_json_get (json, "cycles");
  const RsJson *globals = rs_json_get (rs_json_index (rs_json_get (json, "frames"), 0), "names");
  guint w, h, n_cycle = 0;
  Svg svg;

  png_size (png, &w, &h);
  g_assert_cmpuint (w, >, 200);
  g_assert_cmpuint (h, >, 200);
  /* objects 1 and 2 leaked, in one cycle */
  g_assert_cmpuint (rs_json_length (leaked), ==, 2);
  g_assert_cmpint (rs_json_int (rs_json_index (leaked, 0), NULL), ==, 1);
  g_assert_cmpint (rs_json_int (rs_json_index (leaked, 1), NULL), ==, 2);
  g_assert_cmpuint (rs_json_length (cycles), ==, 1);
  g_assert_cmpuint (rs_json_length (rs_json_index (cycles, 0)), ==, 2);
  /* the global frame holds no traced object: nothing of it points at them */
  for (guint i = 0; i < rs_json_length (globals); i++)
    {
      const RsJson *target = rs_json_get (rs_json_index (globals, i), "target_number");

      g_assert_true (target == NULL || target->number == 0);
    }
  check_json_against_model (json, snap);

  svg_parse (&svg, svg_path);
  check_svg_against_model (&svg, snap);
  for (guint i = 0; i < snap->n_objects; i++)
    if (snap->objects[i].number > 0)
      {
        g_autofree char *id = g_strdup_printf ("obj-%u", snap->objects[i].id);

        g_assert_true (has_class (&svg, id, "rs-cycle-1"));
        n_cycle++;
      }
  g_assert_cmpuint (n_cycle, ==, 2);
  g_assert_cmpuint (svg.cycle_edges, ==, 2);
  svg_clear (&svg);
}

/* Every step of several sessions: the SVG and the JSON say what the model
 * says. */
static void
test_cases_every_step (void)
{
  static const char *cases[] = {
    "seed_weakref_pair", "seed_cycle_collect", "seed_rebind_to_int", "weakref_callback",
    "dict_release_order", "list_release_order", "frame_params_then_locals", "cycle_self_collect",
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(RsSession) session = load_case (cases[c]);
      guint n = MIN (rs_session_get_n_steps (session), 30);

      for (guint step = 0; step < n; step++)
        {
          g_autoptr(RsSnapshot) snap = rs_session_get_snapshot (session, step);
          g_autofree char *svg_path = export_step (session, step, "step.svg");
          g_autofree char *json_path = export_step (session, step, "step.json");
          g_autoptr(RsJson) json = read_json (json_path);
          Svg svg;

          svg_parse (&svg, svg_path);
          check_svg_against_model (&svg, snap);
          svg_clear (&svg);
          check_json_against_model (json, snap);
        }
    }
}

static void
remove_tmp (void)
{
  g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (tmp_dir);
  g_free (tmp_dir);
}

/* Graphviz 2.42 kept state between layouts that crashed dot after a few
 * hundred of them (use after free in decompose(), double free in
 * dot_cleanup): lay out every step of a long session, fresh and stable at
 * each step, in one process.  Under `meson test --setup valgrind` any invalid
 * access fails the test even where it does not crash. */
static void
test_long_replay (void)
{
  g_autoptr(RsSession) session = load_case_from (RS_PROJECT_CASES_DIR, "trashcan_del_temp_at_depth_50");
  guint n_steps = rs_session_get_n_steps (session);
  RsScene *prev = NULL;

  g_assert_cmpuint (n_steps, >, 250);
  for (guint step = 0; step < n_steps; step++)
    {
      g_autoptr(RsSnapshot) snap = rs_session_get_snapshot (session, step);

      for (RsLayoutMode mode = RS_LAYOUT_FRESH; mode <= RS_LAYOUT_STABLE; mode++)
        {
          g_autoptr(GError) error = NULL;
          RsScene *scene = rs_scene_new_from_snapshot (snap, NULL);

          g_assert_true (rs_layout_run_sync (scene, RS_LAYOUT_ENGINE_DOT, mode, prev, NULL, &error));
          g_assert_no_error (error);
          g_assert_true (scene->laid_out);
          if (mode == RS_LAYOUT_STABLE)
            {
              g_clear_pointer (&prev, rs_scene_free);
              prev = scene;
            }
          else
            rs_scene_free (scene);
        }
    }
  g_clear_pointer (&prev, rs_scene_free);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = g_dir_make_tmp ("refscope-export-XXXXXX", &error);
  g_assert_no_error (error);
  g_test_add_func ("/refscope/export-session/seed-cycle-leak", test_seed_cycle_leak);
  g_test_add_func ("/refscope/export-session/cases-every-step", test_cases_every_step);
  g_test_add_func ("/refscope/export-session/long-replay", test_long_replay);
  status = g_test_run ();
  remove_tmp ();
  return status;
}
