/* rs-lexer-names.h: Unicode character names, for \N{...} escapes
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  gunichar first, last;
} RsNameRange;

/* The generated table (rs-lexer-names-table.c, from
 * build-aux/gen-unicode-names.py) */
extern const guint8      rs_lexer_names[];
extern const gsize       rs_lexer_names_len;
extern const guint       rs_lexer_names_count;
extern const RsNameRange rs_lexer_ideographs[];
extern const guint       rs_lexer_n_ideographs;

/* The code point CPython 3.11's \N{@name} stands for (@len bytes, not
 * NUL-terminated); FALSE for a name it does not know */
gboolean rs_lexer_lookup_name (const char *name,
                               gsize       len,
                               gunichar   *out);

G_END_DECLS
