/* test-event-log.c: the event log's words for each event of a session
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>
#include <string.h>

#include "rs-event-log.h"

/* The lines the log would list for step @step, each ending in "\n": the
 * snapshot before a step names what it destroys. */
static void
describe_step (RsSession  *session,
               guint       step,
               GHashTable *titles,
               GString    *out)
{
  g_autoptr(RsSnapshot) before = rs_session_get_snapshot (session, step - 1);
  guint n;
  const RsEvent *events = rs_session_get_step_events (session, step, &n);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = rs_event_log_describe (session, &events[i], before, titles);

      if (text != NULL)
        g_string_append_printf (out, "%s\n", text);
    }
}

/* Every line the log would list for @source, in order, as the log walks
 * the steps. */
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
    describe_step (session, step, titles, all);
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

typedef struct {
  RsFrameId frame;
  gboolean  started;   /* it has run a line: what happens now is its work */
} Frame;

/* The frame whose work @event is, as the frames stand before it: binding a
 * call's arguments is the caller's work, a frame's pop is the callee's. */
static RsFrameId
acting_frame (GArray        *stack,
              const RsEvent *event)
{
  Frame *top = &g_array_index (stack, Frame, stack->len - 1);

  if (event->kind == RS_EV_STEP || event->kind == RS_EV_FRAME_POP)
    {
      g_assert_cmpuint (event->holder, ==, top->frame);
      return top->frame;
    }
  for (guint i = stack->len; i > 0; i--)
    if (g_array_index (stack, Frame, i - 1).started)
      return g_array_index (stack, Frame, i - 1).frame;
  g_assert_not_reached ();
}

static void
follow_frames (GArray        *stack,
               const RsEvent *event)
{
  Frame pushed = { event->holder, FALSE };

  if (event->kind == RS_EV_STEP)
    g_array_index (stack, Frame, stack->len - 1).started = TRUE;
  else if (event->kind == RS_EV_FRAME_PUSH)
    g_array_append_val (stack, pushed);
  else if (event->kind == RS_EV_FRAME_POP)
    g_array_set_size (stack, stack->len - 1);
}

/* Every event of step N is the work of step N's frame, so step N's line
 * (that frame's line all through the step) is the line that made it. */
static void
check_step_lines (const char *path)
{
  g_autoptr(RsSession) session = rs_session_new ();
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (Frame));
  g_autoptr(GError) error = NULL;
  g_autofree char *source = NULL;
  Frame global = { RS_GLOBAL_FRAME, TRUE };

  g_assert_true (g_file_get_contents (path, &source, NULL, &error));
  g_assert_true (rs_session_load (session, path, source, -1, &error));
  g_assert_no_error (error);
  g_array_append_val (stack, global);
  for (guint step = 0; step < rs_session_get_n_steps (session); step++)
    {
      guint n;
      const RsEvent *events = rs_session_get_step_events (session, step, &n);

      for (guint i = 0; i < n; i++)
        {
          if (step > 0 && acting_frame (stack, &events[i]) != rs_session_get_step_frame (session, step))
            g_error ("%s: step %u (line %u) holds event %u (kind %u) of frame %u",
                     path, step, rs_session_get_step_line (session, step), i, events[i].kind,
                     acting_frame (stack, &events[i]));
          follow_frames (stack, &events[i]);
        }
    }
}

static guint
check_folder (const char *dir)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (folder);
  while ((name = g_dir_read_name (folder)) != NULL)
    if (g_str_has_suffix (name, ".py"))
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);

        check_step_lines (path);
        n++;
      }
  return n;
}

static void
test_step_lines (void)
{
  g_assert_cmpuint (check_folder (SRCDIR "/examples"), >=, 4);
  g_assert_cmpuint (check_folder (SRCDIR "/../shared/oracle/cases"), >=, 4);
}

/* The step whose log says @line. */
static guint
step_saying (RsSession  *session,
             const char *line)
{
  g_autoptr(GHashTable) titles = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autofree char *wanted = g_strdup_printf ("%s\n", line);

  for (guint step = 1; step < rs_session_get_n_steps (session); step++)
    {
      g_autoptr(GString) said = g_string_new (NULL);

      describe_step (session, step, titles, said);
      if (strstr (said->str, wanted) != NULL)
        return step;
    }
  g_assert_not_reached ();
}

/* The seed's pair: the second Foo() of line 10 runs after the first one's
 * __init__ returned from line 7, and is line 10's work. */
static void
test_created_after_return (void)
{
  g_autoptr(RsSession) session = rs_session_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *source = NULL;

  g_assert_true (g_file_get_contents (SRCDIR "/examples/seed_weakref_pair.py", &source, NULL, &error));
  g_assert_true (rs_session_load (session, "seed_weakref_pair.py", source, -1, &error));
  g_assert_cmpuint (rs_session_get_step_line (session, step_saying (session, "Object(Foo #1) is being created.")),
                    ==, 10);
  g_assert_cmpuint (rs_session_get_step_line (session, step_saying (session, "Object(Foo #2) is being created.")),
                    ==, 10);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/refscope/event-log/objects", test_objects);
  g_test_add_func ("/refscope/event-log/collector-and-error", test_collector_and_error);
  g_test_add_func ("/refscope/event-log/step-lines", test_step_lines);
  g_test_add_func ("/refscope/event-log/created-after-return", test_created_after_return);
  return g_test_run ();
}
