/* rs-parse-error.h: the errors of the front end, and where they are
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every error of the RS_PARSE_ERROR domain has the message
 * "FILE:LINE:COL: error: MESSAGE" and carries the same parts as an
 * RsSourceError, so that nothing has to read the position back out of the
 * text.  The message is the first error's, the one the oracle reports;
 * the subset check goes on from the statement after an error, so one
 * rejection may carry more (all of them, up to
 * RS_PARSE_ERROR_MAX_SOURCES), in the order the check found them.  The
 * other passes stop at their first error.
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

#define RS_PARSE_ERROR_MAX_SOURCES 100

/* The position and reason of @error, which must be of RS_PARSE_ERROR;
 * owned by @error: its first error. */
const RsSourceError *rs_parse_error_get_source     (const GError *error);
/* How many errors @error carries (at least one) */
guint                rs_parse_error_get_n_sources  (const GError *error);
/* Error @i of them, 0 being rs_parse_error_get_source()'s */
const RsSourceError *rs_parse_error_get_nth_source (const GError *error,
                                                    guint         i);

G_END_DECLS
