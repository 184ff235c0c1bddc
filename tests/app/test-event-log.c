/* test-event-log.c: the event log's words for each event of a session
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>

#include "rs-event-log.h"

/* Every line the log would list for @source, in order, as the log walks
 * the steps: the snapshot before a step names what it destroys. */
static char *
describe_all (const char *source)
{
  g_autoptr(RsSession) session = rs_session_new ();
  g_autoptr(GHashTable) titles = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GString) all = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (rs_session_load (session, "test.py", source, -1, &error));
  g_assert_no_error (error);
  for (guint step = 1; step < rs_session_get_n_steps (session); step++)
    {
      g_autoptr(RsSnapshot) before = rs_session_get_snapshot (session, step - 1);
      guint n;
      const RsEvent *events = rs_session_get_step_events (session, step, &n);

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *text = rs_event_log_describe (session, &events[i], before, titles);

          if (text != NULL)
            g_string_append_printf (all, "%s\n", text);
        }
    }
  return g_string_free (g_steal_pointer (&all), FALSE);
}

static void
test_objects (void)
{
  g_autofree char *text = describe_all ("class Foo:\n    pass\na = Foo()\nd = {'k': a}\n"
                                        "print('hi')\ndel a\ndel d\n");

  g_assert_cmpstr (text, ==,
                   "Object(Foo #1) is being created.\n"
                   "Object(dict #2) is being created.\n"
                   "print: hi\n"
                   "Object(dict #2) is being destroyed.\n"
                   "Object(Foo #1) is being destroyed.\n");
}

static void
test_collector_and_error (void)
{
  g_autofree char *text = describe_all ("import gc\na = []\na.append(a)\ndel a\ngc.collect()\nb = c\n");

  g_assert_cmpstr (text, ==,
                   "Object(list #1) is being created.\n"
                   "gc.collect() looks for objects nothing can reach.\n"
                   "Object(list #1) is being destroyed.\n"
                   "gc.collect() is done.\n"
                   "NameError at line 6 stops the script.\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/refscope/event-log/objects", test_objects);
  g_test_add_func ("/refscope/event-log/collector-and-error", test_collector_and_error);
  return g_test_run ();
}
