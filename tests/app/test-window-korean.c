/* test-window-korean.c: a Korean user's Examples menu opens the Korean
 * tutorial's own cells, with its explanations as comments
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rs-test-window.h"

#define EXAMPLES "/io/github/refscope/Refscope/examples/"

/* Every tutorial example has its Korean session, it runs to the end, and
 * the window shows that text, not the shared one. */
static void
test_tutorial_examples (void)
{
  g_auto(GStrv) names = g_resources_enumerate_children (EXAMPLES, 0, NULL);
  RsWindow *window = new_window ();
  guint n_tutorial = 0;

  g_assert_nonnull (names);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *shared_path = g_strconcat (EXAMPLES, names[i], NULL);
      g_autoptr(GBytes) shared = g_resources_lookup_data (shared_path, 0, NULL);
      const char *text;

      /* The menu lists each example once: no folder among them. */
      g_assert_false (g_str_has_suffix (names[i], "/"));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-example", "s", names[i]));
      g_assert_null (rs_window_get_error (window));
      g_assert_cmpuint (rs_session_get_n_steps (rs_window_get_session (window)), >, 2);
      text = source (window);
      if (!g_str_has_prefix (names[i], "seed_"))
        {
          g_assert_cmpstr (text, ==, g_bytes_get_data (shared, NULL));
          continue;
        }
      n_tutorial++;
      g_assert_cmpstr (text, !=, g_bytes_get_data (shared, NULL));
      /* The tutorial's words: 참조수 (reference count) or 약한 참조. */
      g_assert_true (strstr (text, "참조") != NULL);
      /* The tutorial's own prints, which the English examples leave out. */
      g_assert_true (strstr (text, "is being destroyed.") != NULL);
    }
  g_assert_cmpuint (n_tutorial, ==, 4);
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  /* Before GLib reads the language list, which it keeps. */
  g_setenv ("LANGUAGE", "ko", TRUE);
  test_window_init (&argc, &argv);
  g_test_add_func ("/refscope/app/korean/tutorial-examples", test_tutorial_examples);
  return test_window_run ();
}
