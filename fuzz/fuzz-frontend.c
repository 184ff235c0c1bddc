/* fuzz-frontend.c: the front end on any bytes, for libFuzzer
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any input must end in a module or in one located error, never in a
 * crash, a sanitizer report or a critical (made fatal here).  An input
 * that parses is also parsed again as statements appended after itself,
 * the road of the app's command line.
 */
#include <string.h>

#include "fuzz-common.h"
#include "rs-frontend.h"
#include "rs-parse-error.h"

/* A rejection is one "fuzz.py:LINE:COL: error: MESSAGE" with its parts. */
static void
check_rejection (GError *error)
{
  const RsSourceError *source;

  g_assert_nonnull (error);
  g_assert_true (error->domain == RS_PARSE_ERROR);
  source = rs_parse_error_get_source (error);
  g_assert_nonnull (source);
  g_assert_cmpuint (source->line, >=, 1);
  g_assert_true (g_str_has_prefix (error->message, "fuzz.py:"));
  g_assert_true (g_str_has_suffix (error->message, source->message));
  g_error_free (error);
}

static void
parse_more (const RsModule *module,
            const guint8   *data,
            size_t          size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  GError *error = NULL;
  g_autoptr(RsModule) more = rs_module_parse_more (module, "fuzz.py", text, 2, &error);

  if (more == NULL)
    check_rejection (error);
  else
    g_assert_null (error);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  GError *error = NULL;
  g_autoptr(RsModule) module = rs_module_parse ("fuzz.py", (const char *) data, size, &error);

  if (module == NULL)
    check_rejection (error);
  else
    parse_more (module, data, size);
  return 0;
}
