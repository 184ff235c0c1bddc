/* test-export-command.c: refscope --export, run through the command line
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>
#include <glib/gstdio.h>

#include "rs-cli.h"
#include "rs-session.h"
#include "rs-test-check.h"
#include "rs-view-state.h"

static char *tmp_dir;
static GPtrArray *tmp_paths;

/* A path in the temporary folder, removed with it at the end. */
static const char *
tmp_path (const char *name)
{
  char *path = g_build_filename (tmp_dir, name, NULL);

  g_ptr_array_add (tmp_paths, path);
  return path;
}

/* The exit status of `refscope ARGS...`, which must not be the app. */
static int
run_command (const char *first,
             ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) app_argv = NULL;
  va_list args;
  int status = -1;

  g_ptr_array_add (argv, (char *) "refscope");
  va_start (args, first);
  for (const char *a = first; a; a = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) a);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  g_assert_true (rs_cli_run (argv->len - 1, (char **) argv->pdata, &app_argv, &status));
  g_assert_null (app_argv);
  return status;
}

static guint
count_steps (const char *script)
{
  g_autoptr(RsSession) session = rs_session_new ();
  g_autoptr(GFile) file = g_file_new_for_path (script);
  g_autoptr(GError) error = NULL;

  g_assert_true (rs_session_load_file (session, file, &error));
  g_assert_no_error (error);
  return rs_session_get_n_steps (session);
}

static void
test_all_steps (void)
{
  const char *pdf = tmp_path ("deck.pdf");
  const char *png = tmp_path ("step2.png");
  g_autofree char *script = g_strdup_printf ("%s/seed_weakref_pair.py", RS_CASES_DIR);
  guint w, h;

  g_assert_cmpint (run_command ("--export", pdf, "--all-steps", script, NULL), ==, 0);
  g_assert_cmpuint (pdf_pages (pdf), ==, count_steps (script));
  g_assert_cmpint (run_command ("--export", png, "--step", "2", "--engine", "neato",
                                "--scale", "1.5", script, NULL), ==, 0);
  png_size (png, &w, &h);
  g_assert_cmpuint (w, >, 100);
}

/* The command draws what the app showed: a saved session's pins hold. */
static void
test_view_state (void)
{
  g_autofree char *script = g_strdup_printf ("%s/seed_weakref_pair.py", RS_CASES_DIR);
  const char *saved = tmp_path ("pinned.py");
  const char *plain_png = tmp_path ("plain.png");
  const char *pinned_png = tmp_path ("pinned.png");
  g_autofree char *text = NULL;
  g_autoptr(GString) out = NULL;
  RsViewState view = { 0 };
  guint plain_w, pinned_w, h;

  g_assert_true (g_file_get_contents (script, &text, NULL, NULL));
  out = g_string_new (text);
  /* every object the session may have, far to the right */
  for (guint id = 1; id <= 40; id++)
    rs_view_state_add_pin (&view, RS_SCENE_KEY_OBJECT (id), 3000 + 10 * id, 0);
  rs_view_state_format (&view, out);
  rs_view_state_clear (&view);
  g_assert_true (g_file_set_contents (saved, out->str, out->len, NULL));

  g_assert_cmpint (run_command ("--export", plain_png, "--step", "10", script, NULL), ==, 0);
  g_assert_cmpint (run_command ("--export", pinned_png, "--step", "10", saved, NULL), ==, 0);
  png_size (plain_png, &plain_w, &h);
  png_size (pinned_png, &pinned_w, &h);
  g_assert_cmpuint (plain_w, <, 2000);
  g_assert_cmpuint (pinned_w, >, 3000);
}

static char *
contents_of (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* A saved file draws the step it was saved at, as the app reopens it;
 * --step still says otherwise. */
static void
test_saved_step (void)
{
  g_autofree char *script = g_strdup_printf ("%s/seed_weakref_pair.py", RS_CASES_DIR);
  const char *saved = tmp_path ("at-step-3.py");
  const char *saved_dot = tmp_path ("saved.dot");
  const char *step3_dot = tmp_path ("step3.dot");
  const char *last_dot = tmp_path ("last.dot");
  const char *chosen_dot = tmp_path ("chosen.dot");
  const char *step5_dot = tmp_path ("step5.dot");
  g_autofree char *text = NULL;
  g_autoptr(GString) out = NULL;
  g_autofree char *saved_drawing = NULL;
  g_autofree char *step3_drawing = NULL;
  g_autofree char *last_drawing = NULL;
  g_autofree char *chosen_drawing = NULL;
  g_autofree char *step5_drawing = NULL;
  RsViewState view = { .has_step = TRUE, .step = 3 };

  g_assert_true (g_file_get_contents (script, &text, NULL, NULL));
  out = g_string_new (text);
  rs_view_state_format (&view, out);
  g_assert_true (g_file_set_contents (saved, out->str, out->len, NULL));

  g_assert_cmpint (run_command ("--export", saved_dot, saved, NULL), ==, 0);
  g_assert_cmpint (run_command ("--export", step3_dot, "--step", "3", script, NULL), ==, 0);
  g_assert_cmpint (run_command ("--export", last_dot, script, NULL), ==, 0);
  saved_drawing = contents_of (saved_dot);
  step3_drawing = contents_of (step3_dot);
  last_drawing = contents_of (last_dot);
  g_assert_cmpstr (saved_drawing, ==, step3_drawing);
  g_assert_cmpstr (saved_drawing, !=, last_drawing);

  g_assert_cmpint (run_command ("--export", chosen_dot, "--step", "5", saved, NULL), ==, 0);
  g_assert_cmpint (run_command ("--export", step5_dot, "--step", "5", script, NULL), ==, 0);
  chosen_drawing = contents_of (chosen_dot);
  step5_drawing = contents_of (step5_dot);
  g_assert_cmpstr (chosen_drawing, ==, step5_drawing);
  g_assert_cmpstr (chosen_drawing, !=, saved_drawing);
}

/* What the script or the disk refuses is 1; a command line that cannot be
 * run (bad values, an output format there is none of) is 2. */
static void
test_bad_input (void)
{
  const char *out = tmp_path ("x.png");
  g_autofree char *script = g_strdup_printf ("%s/seed_weakref_pair.py", RS_CASES_DIR);

  if (g_test_subprocess ())
    {
      g_assert_cmpint (run_command ("--export", out, "/nonexistent/file.py", NULL), ==, 1);
      g_assert_cmpint (run_command ("--export", out, "--step", "99999", script, NULL), ==, 1);
      g_assert_cmpint (run_command ("--export", out, "--step", "-1", script, NULL), ==, 2);
      g_assert_cmpint (run_command ("--export", out, "--engine", "bogus", script, NULL), ==, 2);
      g_assert_cmpint (run_command ("--export", "x.bmp", script, NULL), ==, 2);
      g_assert_cmpint (run_command ("--export", out, "--all-steps", script, NULL), ==, 2);
      g_assert_cmpint (run_command ("--export", out, NULL), ==, 2);
      g_assert_cmpint (run_command ("--export", NULL), ==, 2);
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*no step 99999*"
                             "refscope: error: --step wants a step number, not “-1”*"
                             "refscope: error: --engine wants dot, neato, fdp, sfdp or circo, not “bogus”*"
                             "unknown format*--all-steps writes a PDF*"
                             "refscope: error: --export wants one FILE.py, not 0*"
                             "refscope: error: Missing argument for --export*");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = g_dir_make_tmp ("refscope-export-command-XXXXXX", &error);
  g_assert_no_error (error);
  tmp_paths = g_ptr_array_new_with_free_func (g_free);
  g_test_add_func ("/refscope/export-command/all-steps", test_all_steps);
  g_test_add_func ("/refscope/export-command/view-state", test_view_state);
  g_test_add_func ("/refscope/export-command/saved-step", test_saved_step);
  g_test_add_func ("/refscope/export-command/bad-input", test_bad_input);
  status = g_test_run ();
  for (guint i = 0; i < tmp_paths->len; i++)
    g_unlink (g_ptr_array_index (tmp_paths, i));
  g_rmdir (tmp_dir);
  g_ptr_array_unref (tmp_paths);
  g_free (tmp_dir);
  return status;
}
