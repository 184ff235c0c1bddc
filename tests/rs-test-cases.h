/* rs-test-cases.h: the oracle's cases, walked once for every test that runs them
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A case is NAME.py beside the NAME.trace CPython printed for it
 * (shared/oracle/trace.py): the shared cases in shared/oracle/cases, the
 * project's own in tests/cases.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  const char *name;         /* "NAME.py" */
  const char *path;         /* the script */
  const char *source;       /* its text */
  gsize       length;
  const char *trace;        /* the text of NAME.trace */
} RsTestCase;

typedef void (*RsTestCaseFunc) (const RsTestCase *test_case,
                                gpointer          user_data);

/* Calls @func on every case in @dir, in name order, and returns how many
 * there were.  A folder that cannot be read or holds no case, and a script
 * without its trace, fail the test. */
guint  rs_test_cases_foreach   (const char     *dir,
                                RsTestCaseFunc  func,
                                gpointer        user_data);

/* DIR/NAME.py, the script of one case. */
char  *rs_test_case_path       (const char     *dir,
                                const char     *name);

G_END_DECLS
