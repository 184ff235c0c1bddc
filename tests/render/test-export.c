/* test-export.c: every format opens and says what the model says
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "rs-export.h"
#include "rs-test-check.h"
#include "rs-test-json.h"
#include "rs-test-snapshot.h"

/* ---- fixtures ----------------------------------------------------------- */

typedef struct {
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("refscope-render-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static char *
export (Fixture          *f,
        const RsSnapshot *snap,
        const char       *name,
        double            scale)
{
  RsExportOptions options = RS_EXPORT_OPTIONS_INIT;
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  options.scale = scale;
  g_assert_true (rs_export_snapshot (snap, path, &options, &error));
  g_assert_no_error (error);
  return path;
}

/* ---- tests ---------------------------------------------------------------- */

static void
test_cycle_leak_svg (Fixture       *f,
                     gconstpointer  data)
{
  RsSnapshot *snap = rs_test_snapshot_cycle_leak ();
  g_autofree char *path = export (f, snap, "leak.svg", 1);
  Svg svg;

  svg_parse (&svg, path);
  check_svg_against_model (&svg, snap);
  g_assert_true (has_class (&svg, "obj-5", "rs-cycle-1"));
  g_assert_true (has_class (&svg, "obj-6", "rs-cycle-1"));
  g_assert_cmpuint (svg.cycle_edges, ==, 2);
  g_assert_true (strstr (svg.text->str, "Global frame\n") != NULL);
  g_assert_true (strstr (svg.text->str, "print('end')") != NULL);
  svg_clear (&svg);
  rs_test_snapshot_free (snap);
}

static RsJson *
parse_json (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  RsJson *json;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  json = rs_json_parse (text, &error);
  g_assert_no_error (error);
  g_assert_cmpint (json->type, ==, RS_JSON_OBJECT);
  return json;
}

static const RsJson *
json_object_numbered (const RsJson *root,
                      guint         number)
{
  const RsJson *objects = rs_json_get (root, "objects");

  for (guint i = 0; i < rs_json_length (objects); i++)
    if (rs_json_int (rs_json_index (objects, i), "number") == number)
      return rs_json_index (objects, i);
  g_assert_not_reached ();
}

static void
test_cycle_leak_json (Fixture       *f,
                      gconstpointer  data)
{
  RsSnapshot *snap = rs_test_snapshot_cycle_leak ();
  g_autofree char *path = export (f, snap, "leak.json", 1);
  g_autoptr(RsJson) r = parse_json (path);
  const RsJson *leaked = rs_json_get (r, "leaked");
  const RsJson *cycles = rs_json_get (r, "cycles");
  const RsJson *cycle;

  g_assert_cmpuint (rs_json_length (leaked), ==, 2);
  g_assert_cmpint (rs_json_int (rs_json_index (leaked, 0), NULL), ==, 1);
  g_assert_cmpint (rs_json_int (rs_json_index (leaked, 1), NULL), ==, 2);
  g_assert_cmpuint (rs_json_length (cycles), ==, 1);
  cycle = rs_json_index (cycles, 0);
  g_assert_cmpuint (rs_json_length (cycle), ==, 2);
  for (guint n = 1; n <= 2; n++)
    {
      const RsJson *o = json_object_numbered (r, n);
      const RsJson *refs = rs_json_get (o, "references");
      const RsJson *friend = rs_json_index (refs, 2);

      g_assert_true (rs_json_bool (o, "leaked"));
      g_assert_true (rs_json_bool (o, "in_cycle"));
      g_assert_false (rs_json_bool (o, "reachable"));
      g_assert_cmpint (rs_json_int (o, "cycle"), ==, 1);
      g_assert_cmpint (rs_json_int (o, "refcount"), ==, 1);
      g_assert_cmpstr (rs_json_string (o, "type"), ==, "Foo");
      g_assert_cmpstr (rs_json_string (friend, "label"), ==, "friend");
      g_assert_cmpstr (rs_json_string (friend, "strength"), ==, "strong");
      g_assert_cmpint (rs_json_int (friend, "target_number"), ==, 3 - n);
      g_assert_true (rs_json_bool (friend, "in_cycle"));
      g_assert_true (rs_json_bool (rs_json_index (refs, 0), "hidden"));
    }
  g_assert_cmpstr (rs_json_string (rs_json_index (rs_json_get (r, "frames"), 0), "name"), ==, "<module>");
  rs_test_snapshot_free (snap);
}

static void
test_png (Fixture       *f,
          gconstpointer  data)
{
  RsSnapshot *snap = rs_test_snapshot_cycle_leak ();
  g_autofree char *one = export (f, snap, "leak.png", 1);
  g_autofree char *two = export (f, snap, "leak2.png", 2);
  guint w1, h1, w2, h2;

  png_size (one, &w1, &h1);
  png_size (two, &w2, &h2);
  g_assert_cmpuint (w1, >, 200);
  g_assert_cmpuint (h1, >, 200);
  g_assert_cmpuint (w2, >=, 2 * w1 - 2);
  g_assert_cmpuint (w2, <=, 2 * w1 + 2);
  g_assert_cmpuint (h2, >=, 2 * h1 - 2);
  g_assert_cmpuint (h2, <=, 2 * h1 + 2);
  rs_test_snapshot_free (snap);
}

static void
test_weakref_svg_json (Fixture       *f,
                       gconstpointer  data)
{
  for (guint dead = 0; dead < 2; dead++)
    {
      RsSnapshot *snap = rs_test_snapshot_weakref (dead);
      g_autofree char *svg_path = export (f, snap, "weak.svg", 1);
      g_autofree char *json_path = export (f, snap, "weak.json", 1);
      g_autoptr(RsJson) root = parse_json (json_path);
      const RsJson *objects = rs_json_get (root, "objects");
      const RsJson *weakref = rs_json_index (objects, rs_json_length (objects) - 1);
      const RsJson *referent = rs_json_index (rs_json_get (weakref, "references"), 0);
      Svg svg;

      svg_parse (&svg, svg_path);
      check_svg_against_model (&svg, snap);
      g_assert_cmpuint (svg.weak + svg.weak_dead, ==, 1);
      g_assert_cmpint (g_hash_table_contains (svg.classes, "dead-7"), ==, dead);
      g_assert_cmpstr (rs_json_string (weakref, "kind"), ==, "weakref");
      g_assert_cmpstr (rs_json_string (referent, "strength"), ==, dead ? "weak-dead" : "weak");
      svg_clear (&svg);
      rs_test_snapshot_free (snap);
    }
}

static void
test_containers_svg (Fixture       *f,
                     gconstpointer  data)
{
  RsSnapshot *snap = rs_test_snapshot_containers ();
  g_autofree char *path = export (f, snap, "cont.svg", 1);
  Svg svg;

  svg_parse (&svg, path);
  check_svg_against_model (&svg, snap);
  g_assert_true (has_class (&svg, "obj-14", "rs-hang"));
  g_assert_true (has_class (&svg, "obj-11", "rs-new"));
  g_assert_true (has_class (&svg, "frame-2", "rs-frame"));
  g_assert_cmpuint (svg.cycle_edges, ==, 1);
  g_assert_true (strstr (svg.text->str, "'x'\n") != NULL);
  svg_clear (&svg);
  rs_test_snapshot_free (snap);
}

static void
test_pdf_pages (Fixture       *f,
                gconstpointer  data)
{
  RsSnapshot *snaps[3] = {
    rs_test_snapshot_weakref (FALSE), rs_test_snapshot_weakref (TRUE), rs_test_snapshot_cycle_leak (),
  };
  g_autofree char *path = g_build_filename (f->dir, "deck.pdf", NULL);
  g_autofree char *single = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (rs_export_pdf_pages (snaps, 3, path, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_pages (path), ==, 3);
  /* three different pictures, one page size */
  g_assert_cmpuint (pdf_page_sizes (path), ==, 1);
  single = export (f, snaps[2], "one.pdf", 1);
  g_assert_cmpuint (pdf_pages (single), ==, 1);
  for (guint i = 0; i < 3; i++)
    rs_test_snapshot_free (snaps[i]);
}

static void
test_dot (Fixture       *f,
          gconstpointer  data)
{
  RsSnapshot *snap = rs_test_snapshot_cycle_leak ();
  g_autofree char *path = export (f, snap, "leak.dot", 1);
  g_autofree char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "digraph"));
  g_assert_true (strstr (text, "\"obj-5\"") != NULL);
  g_assert_true (strstr (text, "pos=") != NULL);
  g_assert_true (strstr (text, "bb=") != NULL);
  rs_test_snapshot_free (snap);
}

static void
test_bad_extension (Fixture       *f,
                    gconstpointer  data)
{
  RsSnapshot *snap = rs_test_snapshot_cycle_leak ();
  g_autofree char *path = g_build_filename (f->dir, "picture.bmp", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (rs_export_snapshot (snap, path, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  rs_test_snapshot_free (snap);
}

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  ADD ("/refscope/export/cycle-leak-svg", test_cycle_leak_svg);
  ADD ("/refscope/export/cycle-leak-json", test_cycle_leak_json);
  ADD ("/refscope/export/png", test_png);
  ADD ("/refscope/export/weakref", test_weakref_svg_json);
  ADD ("/refscope/export/containers-svg", test_containers_svg);
  ADD ("/refscope/export/pdf-pages", test_pdf_pages);
  ADD ("/refscope/export/dot", test_dot);
  ADD ("/refscope/export/bad-extension", test_bad_extension);
  return g_test_run ();
}
