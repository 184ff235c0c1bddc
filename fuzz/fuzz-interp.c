/* fuzz-interp.c: the interpreter on any script, for libFuzzer
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An input the front end accepts is run with a small step limit and a
 * small heap budget: it must end (to its end, a runtime error, the step
 * limit, MemoryError or a rejection), never in a crash, a sanitizer
 * report, a critical (made fatal here) or a hang.  The events go to a
 * sink that checks what every event must be.
 */
#include "fuzz-common.h"
#include "rs-frontend.h"
#include "rs-interp.h"

#define STEP_LIMIT  20000
#define HEAP_BYTES  (32 << 20)
#define HEAP_OBJECTS 100000

typedef struct {
  guint64 n_events;
  guint   n_errors;
} Counts;

static void
count_event (gpointer       user_data,
             const RsEvent *event,
             const RsValue *payload,
             guint          n_payload)
{
  Counts *counts = user_data;

  g_assert_true (payload != NULL || n_payload == 0);
  counts->n_events++;
  counts->n_errors += event->kind == RS_EV_ERROR;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  GError *error = NULL;
  g_autoptr(RsModule) module = rs_module_parse ("fuzz.py", (const char *) data, size, &error);

  if (module == NULL)
    {
      g_error_free (error);
      return 0;
    }

  g_autoptr(RsAtoms) atoms = rs_atoms_new ();
  Counts counts = { 0 };
  const RsEventSink sink = { count_event, &counts };
  g_autoptr(RsInterp) interp = rs_interp_new (atoms, &sink);

  rs_interp_set_step_limit (interp, STEP_LIMIT);
  rs_interp_set_heap_budget (interp, HEAP_BYTES, HEAP_OBJECTS);

  RsRunResult result = rs_interp_run (interp, module);
  g_assert_cmpuint (rs_interp_get_n_steps (interp), <=, STEP_LIMIT + 1);
  if (result == RS_RUN_ERROR || result == RS_RUN_STEP_LIMIT)
    g_assert_cmpuint (counts.n_errors, >=, 1);
  if (result == RS_RUN_REJECTED)
    g_assert_true (rs_interp_get_rejection (interp, NULL, NULL, NULL));

  /* what is still alive can be listed */
  g_autoptr(GArray) reachable = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) leaked = g_array_new (FALSE, FALSE, sizeof (guint32));
  if (result != RS_RUN_REJECTED)
    rs_interp_get_alive (interp, reachable, leaked);
  return 0;
}
