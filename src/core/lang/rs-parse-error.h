/* rs-parse-error.h: the errors of the front end, and where they are
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every error of the RS_PARSE_ERROR domain has the message
 * "FILE:LINE:COL: error: MESSAGE" and carries the same parts as an
 * RsSourceError, so that nothing has to read the position back out of the
 * text.  The front end stops at its first error, as the oracle does: a
 * rejected text has exactly one.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  RS_PARSE_ERROR_SYNTAX,     /* not Python at all */
  RS_PARSE_ERROR_UNSUPPORTED,/* Python, but outside the session subset */
  RS_PARSE_ERROR_ENCODING,   /* not UTF-8 */
} RsParseError;

#define RS_PARSE_ERROR (rs_parse_error_quark ())
GQuark rs_parse_error_quark (void);

typedef struct {
  guint  line;      /* 1-based */
  guint  column;    /* 1-based, the COL of the message (0 where CPython
                     * gives none, as for some indentation errors) */
  char  *message;   /* the MESSAGE alone */
} RsSourceError;

/* The position and reason of @error, which must be of RS_PARSE_ERROR;
 * owned by @error. */
const RsSourceError *rs_parse_error_get_source (const GError *error);

G_END_DECLS
