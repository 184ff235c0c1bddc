/* rs-interp-str.h: the str methods, ord() and chr(), for the tables
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each method is an RsBuiltinFunc (args[0] is the str) with a row in
 * rs-interp-methods.c; it checks its argument count itself, in the words
 * CPython 3.11 uses for that method.  Strings are untraced: only the
 * lists split(), rsplit() and splitlines() return are traced objects.
 */
#pragma once

#include "rs-interp-private.h"

G_BEGIN_DECLS

#define RS_STR_METHOD(name) \
  gboolean rs_interp_str_##name (RsInterp *self, RsValue *args, guint n_args, guint line, RsValue *out)

/* rs-interp-str.c */
RS_STR_METHOD (strip);
RS_STR_METHOD (lstrip);
RS_STR_METHOD (rstrip);
RS_STR_METHOD (upper);
RS_STR_METHOD (lower);
RS_STR_METHOD (title);
RS_STR_METHOD (capitalize);
RS_STR_METHOD (swapcase);
RS_STR_METHOD (casefold);
RS_STR_METHOD (replace);
RS_STR_METHOD (removeprefix);
RS_STR_METHOD (removesuffix);
/* rs-interp-str-find.c */
RS_STR_METHOD (startswith);
RS_STR_METHOD (endswith);
RS_STR_METHOD (find);
RS_STR_METHOD (rfind);
RS_STR_METHOD (index);
RS_STR_METHOD (rindex);
RS_STR_METHOD (count);
/* rs-interp-str-pad.c */
RS_STR_METHOD (center);
RS_STR_METHOD (ljust);
RS_STR_METHOD (rjust);
RS_STR_METHOD (zfill);
RS_STR_METHOD (expandtabs);
RS_STR_METHOD (ord);
RS_STR_METHOD (chr);
/* rs-interp-str-class.c: the is...() predicates */
RS_STR_METHOD (isdigit);
RS_STR_METHOD (isalpha);
RS_STR_METHOD (isalnum);
RS_STR_METHOD (isspace);
RS_STR_METHOD (isupper);
RS_STR_METHOD (islower);
RS_STR_METHOD (istitle);
RS_STR_METHOD (isdecimal);
RS_STR_METHOD (isnumeric);
RS_STR_METHOD (isidentifier);
RS_STR_METHOD (isprintable);
RS_STR_METHOD (isascii);
/* rs-interp-str-split.c */
RS_STR_METHOD (split);
RS_STR_METHOD (rsplit);
RS_STR_METHOD (splitlines);
RS_STR_METHOD (join);
RS_STR_METHOD (partition);
RS_STR_METHOD (rpartition);
/* rs-interp-str-format.c: str.format(*args, **kwargs) */
RS_STR_METHOD (format_method);
gboolean rs_interp_str_format_kw (RsInterp *self, RsValue *args, guint n_args,
                                  const RsCallKw *kw, guint line, RsValue *out);

/* What the str files share (rs-interp-str.c) */

typedef struct {
  gunichar first, last;
} RsCharRange;

/* Whether @c is in one of the @n ascending ranges @r */
gboolean  rs_interp_str_in_ranges (gunichar c, const RsCharRange *r, gsize n);

/* The code points of str @v (NUL and lone surrogates included) */
gunichar *rs_interp_str_chars     (RsInterp *self, RsValue v, glong *n);
/* a new str of @n code points */
RsValue   rs_interp_str_of_chars  (RsInterp *self, const gunichar *c, glong n);
/* code points @lo to @hi of str @v's @n: @v itself when that is all of it */
RsValue   rs_interp_str_sub_chars (RsInterp *self, RsValue v, const gunichar *c, glong n,
                                   glong lo, glong hi);
/* The argument count of str method @id (self included), in its words */
gboolean  rs_interp_str_check_args (RsInterp *self, RsBuiltinId id, guint n_args, guint line);
/* A Py_ssize_t argument (a width, a count) */
gboolean  rs_interp_str_size_arg  (RsInterp *self, RsValue v, guint line, gint64 *out);
/* Whether the @m code points of @sub are at @at of @c */
gboolean  rs_interp_str_match_at  (const gunichar *c, glong at, const gunichar *sub, glong m);
void      rs_interp_str_append_char (GString *s, gunichar c);
/* Py_UNICODE_ISUPPER, Py_UNICODE_ISLOWER */
gboolean  rs_interp_str_is_upper  (gunichar c);
gboolean  rs_interp_str_is_lower  (gunichar c);
/* Py_UNICODE_ISSPACE */
gboolean  rs_interp_str_is_space  (gunichar c);
/* Whether a str method takes keyword arguments: str.format, split,
 * rsplit, splitlines and expandtabs */
gboolean  rs_interp_str_takes_keywords (RsBuiltinId id);
/* A call of str method @id with keyword arguments; borrows all */
gboolean  rs_interp_str_call_kw   (RsInterp *self, RsBuiltinId id, RsValue *args, guint n_args,
                                   const RsCallKw *kw, guint line, RsValue *out);

G_END_DECLS
