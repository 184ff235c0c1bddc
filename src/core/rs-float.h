/* rs-float.h: CPython's float texts: repr, the printf presentations, float()
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure functions of a double, with no interpreter behind them, so that
 * str(), %-formatting, format specs and the history's labels share one
 * formatter; and how a float is a value.
 */
#pragma once

#include "rs-atoms.h"
#include "rs-event.h"

G_BEGIN_DECLS

/* repr(): the shortest text that reads back as @d ('0.1', '1e+16', '2.0') */
void     rs_float_repr   (double      d,
                          GString    *out);
/* A presentation type of %-formatting and format specs: 'f' 'F' 'e' 'E'
 * 'g' 'G' '%', or 0 (none: repr without a precision, else 'g' that keeps
 * a '.0').  @precision < 0 is the default (6); @alt is the '#' flag. */
void     rs_float_format (double      d,
                          char        type,
                          gint        precision,
                          gboolean    alt,
                          GString    *out);
/* A number's text in ASCII as int() and float() read it: another
 * script's decimal digits as ASCII ones, Unicode spaces as ' ', any other
 * non-ASCII character as '?' (_PyUnicode_TransformDecimalAndSpaceToASCII) */
GString *rs_float_ascii_number (const char *s,
                                gsize       len);
/* float() of a str: spaces around, underscores between digits, 'inf',
 * 'infinity', 'nan' in any case with a sign; FALSE if it is none of these */
gboolean rs_float_parse  (const char *s,
                          gsize       len,
                          double     *out);

/* Float values (RS_TAG_FLOAT, see rs-event.h): the double in the
 * value, or for the few that do not fit, an atom of the repr */
RsValue  rs_float_value     (RsAtoms    *atoms,
                             double      d);
double   rs_float_get       (RsAtoms    *atoms,
                             RsValue     v);
/* TRUE with the double of @v, or FALSE with the atom of its repr */
gboolean rs_float_decode    (RsValue     v,
                             double     *d,
                             guint32    *atom);
void     rs_float_value_repr (RsAtoms   *atoms,
                             RsValue     v,
                             GString    *out);
/* The int value equal to float @v (1.0 is 1, 1e20 is 10**20), else @v:
 * what a dict key hashes as */
RsValue  rs_float_key       (RsAtoms    *atoms,
                             RsValue     v);

G_END_DECLS
