/* test-interp.c: the interpreter's limits, its events checked by a replica
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A replica fed only by the events must hold the heap's refcounts at every
 * step: this is what the timeline relies on.  Every oracle case is checked
 * that way through the session (test-session.c); here the runs that stop
 * early.
 */
#include "rs-frontend.h"
#include "rs-interp.h"
#include "rs-replica.h"
#include "rs-trace.h"

#include <string.h>

typedef struct {
  RsReplica   *replica;
  RsInterp    *interp;
  RsAtoms     *atoms;
  GString     *trace;
  guint        n_checks;
  char        *mismatch;
  RsEventSink  sink;
} Checker;

static void
check_refcounts (Checker *c)
{
  RsObjId max = rs_replica_get_max_object_id (c->replica);

  for (RsObjId id = 1; id <= max && c->mismatch == NULL; id++)
    {
      const RsReplicaObject *o = rs_replica_get_object (c->replica, id);
      guint expected = rs_interp_get_refcount (c->interp, id);
      guint got = o != NULL && o->state == RS_REPLICA_ALIVE ? rs_replica_object_refcount (o) : 0;
      if (expected != got)
        c->mismatch = g_strdup_printf ("object %u: heap %u, replica %u (after %u checks)",
                                       id, expected, got, c->n_checks);
    }
  c->n_checks++;
}

static void
emit (gpointer       user_data,
      const RsEvent *event,
      const RsValue *payload,
      guint          n_payload)
{
  Checker *c = user_data;

  /* every step of short runs, a sample of long ones (valgrind runs this) */
  if (event->kind == RS_EV_STEP && c->interp != NULL &&
      (rs_interp_get_n_steps (c->interp) < 300 || rs_interp_get_n_steps (c->interp) % 61 == 0))
    check_refcounts (c);
  rs_replica_apply (c->replica, event, payload, n_payload);
  rs_trace_append_event (c->atoms, event, c->trace);
}

static void
checker_setup (Checker       *c,
               gconstpointer  data)
{
  c->replica = rs_replica_new ();
  c->atoms = rs_atoms_new ();
  c->trace = g_string_new (NULL);
  c->sink = (RsEventSink) { emit, c };
  c->interp = rs_interp_new (c->atoms, &c->sink);
}

static void
checker_teardown (Checker       *c,
                  gconstpointer  data)
{
  rs_interp_free (c->interp);
  rs_replica_free (c->replica);
  rs_atoms_free (c->atoms);
  g_string_free (c->trace, TRUE);
  g_free (c->mismatch);
}

/* A runaway loop stops at the step limit with an error event. */
static void
test_step_limit (Checker       *c,
                 gconstpointer  data)
{
  const char *source = "l = []\nwhile True:\n    l.append([])\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(RsModule) module = rs_module_parse ("loop.py", source, -1, &error);

  g_assert_no_error (error);
  rs_interp_set_step_limit (c->interp, 1000);
  g_assert_cmpint (rs_interp_run (c->interp, module), ==, RS_RUN_STEP_LIMIT);
  g_assert_cmpuint (rs_interp_get_n_steps (c->interp), ==, 1001);
  g_assert_true (g_str_has_suffix (c->trace->str, "error StepLimitError line 2\n") ||
                 g_str_has_suffix (c->trace->str, "error StepLimitError line 3\n"));
  g_assert_null (c->mismatch);
  /* a stopped interpreter refuses to run more */
  g_assert_cmpint (rs_interp_run (c->interp, module), ==, RS_RUN_ERROR);
}

/* Deep recursion raises RecursionError instead of crashing. */
static void
test_deep_recursion (Checker       *c,
                     gconstpointer  data)
{
  const char *source =
    "class A:\n    pass\n\n\ndef f(n):\n    a = A()\n    return f(n + 1)\n\n\nf(0)\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(RsModule) module = rs_module_parse ("deep.py", source, -1, &error);

  g_assert_no_error (error);
  g_assert_cmpint (rs_interp_run (c->interp, module), ==, RS_RUN_ERROR);
  g_assert_nonnull (strstr (c->trace->str, "error RecursionError line 6\n"));
  check_refcounts (c);
  g_assert_null (c->mismatch);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/refscope/interp/step-limit", Checker, NULL, checker_setup, test_step_limit, checker_teardown);
  g_test_add ("/refscope/interp/deep-recursion", Checker, NULL, checker_setup, test_deep_recursion,
              checker_teardown);
  return g_test_run ();
}
