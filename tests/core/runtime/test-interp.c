/* test-interp.c: the interpreter's event stream accounts for every reference
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every oracle case is run with a replica fed only by the events; at every
 * step the replica's refcounts must equal the heap's.  This is what the
 * timeline relies on.
 */
#include "rs-frontend.h"
#include "rs-interp.h"
#include "rs-replica.h"
#include "rs-trace.h"

#include <string.h>

typedef struct {
  RsReplica *replica;
  RsInterp  *interp;
  RsAtoms   *atoms;
  GString   *trace;
  guint      n_checks;
  char      *mismatch;
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
run_case (const char *path)
{
  g_autofree char *source = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (path, &source, &length, &error));
  g_autoptr(RsModule) module = rs_module_parse (path, source, length, &error);
  g_assert_no_error (error);

  Checker c = { rs_replica_new (), NULL, rs_atoms_new (), g_string_new (NULL), 0, NULL };
  RsEventSink sink = { emit, &c };
  c.interp = rs_interp_new (c.atoms, &sink);
  rs_interp_run (c.interp, module);
  if (c.mismatch == NULL)
    check_refcounts (&c);
  if (c.mismatch != NULL)
    g_test_message ("%s: %s", path, c.mismatch);
  g_assert_null (c.mismatch);

  rs_interp_free (c.interp);
  rs_replica_free (c.replica);
  rs_atoms_free (c.atoms);
  g_string_free (c.trace, TRUE);
}

static void
test_cases (gconstpointer data)
{
  const char *dir = data;
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      if (!g_str_has_suffix (name, ".py"))
        continue;
      g_autofree char *path = g_build_filename (dir, name, NULL);
      run_case (path);
      n++;
    }
  g_assert_cmpuint (n, >, 0);
}

/* A runaway loop stops at the step limit with an error event. */
static void
test_step_limit (void)
{
  const char *source = "l = []\nwhile True:\n    l.append([])\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(RsModule) module = rs_module_parse ("loop.py", source, -1, &error);
  g_assert_no_error (error);
  Checker c = { rs_replica_new (), NULL, rs_atoms_new (), g_string_new (NULL), 0, NULL };
  RsEventSink sink = { emit, &c };
  c.interp = rs_interp_new (c.atoms, &sink);
  rs_interp_set_step_limit (c.interp, 1000);
  g_assert_cmpint (rs_interp_run (c.interp, module), ==, RS_RUN_STEP_LIMIT);
  g_assert_cmpuint (rs_interp_get_n_steps (c.interp), ==, 1001);
  g_assert_true (g_str_has_suffix (c.trace->str, "error StepLimitError line 2\n") ||
                 g_str_has_suffix (c.trace->str, "error StepLimitError line 3\n"));
  /* a stopped interpreter refuses to run more */
  g_assert_cmpint (rs_interp_run (c.interp, module), ==, RS_RUN_ERROR);
  rs_interp_free (c.interp);
  rs_replica_free (c.replica);
  rs_atoms_free (c.atoms);
  g_string_free (c.trace, TRUE);
}

/* Deep recursion raises RecursionError instead of crashing. */
static void
test_deep_recursion (void)
{
  const char *source =
    "class A:\n    pass\n\n\ndef f(n):\n    a = A()\n    return f(n + 1)\n\n\nf(0)\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(RsModule) module = rs_module_parse ("deep.py", source, -1, &error);
  g_assert_no_error (error);
  Checker c = { rs_replica_new (), NULL, rs_atoms_new (), g_string_new (NULL), 0, NULL };
  RsEventSink sink = { emit, &c };
  c.interp = rs_interp_new (c.atoms, &sink);
  g_assert_cmpint (rs_interp_run (c.interp, module), ==, RS_RUN_ERROR);
  g_assert_nonnull (strstr (c.trace->str, "error RecursionError line 6\n"));
  g_assert_null (c.mismatch);
  rs_interp_free (c.interp);
  rs_replica_free (c.replica);
  rs_atoms_free (c.atoms);
  g_string_free (c.trace, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_data_func ("/refscope/interp/replica/shared-cases", SHARED_DIR "/oracle/cases", test_cases);
  g_test_add_data_func ("/refscope/interp/replica/project-cases", CASES_DIR, test_cases);
  g_test_add_func ("/refscope/interp/step-limit", test_step_limit);
  g_test_add_func ("/refscope/interp/deep-recursion", test_deep_recursion);
  return g_test_run ();
}
