/* fuzz-session.h: a session as small as a fuzzing loop needs
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rs-session.h"

/* The step limit given, a heap budget of 32 MiB and 100,000 objects, the
 * smallest history budget: every run ends quickly. */
static inline RsSession *
fuzz_session_new (guint64 step_limit)
{
  RsSession *session = rs_session_new ();

  rs_session_set_step_limit (session, step_limit);
  rs_session_set_heap_limit (session, G_GUINT64_CONSTANT (32) << 20, 100000);
  rs_session_set_history_limit (session, RS_SESSION_MIN_HISTORY_LIMIT);
  return session;
}
