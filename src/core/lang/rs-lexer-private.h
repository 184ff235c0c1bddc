/* rs-lexer-private.h: what the tokenizer's files share
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * rs-lexer.c holds the tokenizer's state and its main loop (indentation,
 * names, operators), rs-lexer-literal.c the string and number literals.
 */
#pragma once

#include "rs-lexer.h"

G_BEGIN_DECLS

#define MAX_INDENT   100   /* CPython's MAXINDENT */
#define MAX_BRACKETS 200   /* CPython's MAXLEVEL */

typedef struct {
  char  c;
  guint line;
  guint col;
  guint ccol;
} Bracket;

typedef struct {
  const char *filename;
  const char *text;
  gsize       len;
  gsize       pos;
  guint       line;
  gsize       line_start;
  RsArena    *arena;
  GArray     *tokens;
  GError    **error;
  gboolean    overrides;    /* the error being raised: see RsLexError */
  guint       bracket_line;
  gboolean    at_line_start;
  Bracket     brackets[MAX_BRACKETS];
  guint       n_brackets;
  guint       indents[MAX_INDENT + 1];
  guint       altindents[MAX_INDENT + 1];
  guint       n_indents;
  /* character column cache: counting from the line start each time would be
   * quadratic on long lines */
  gsize       ccache_pos;
  guint       ccache_val;
} RsLexer;

/* Small helpers, inline: the tokenizer calls them for every token. */

/* Character column (1-based) of byte @pos on the current line. */
static inline guint
rs_lexer_char_col (RsLexer *L,
                   gsize    pos)
{
  if (L->ccache_pos < L->line_start || pos < L->ccache_pos)
    {
      L->ccache_pos = L->line_start;
      L->ccache_val = 1;
    }
  for (; L->ccache_pos < pos; L->ccache_pos++)
    if (((guchar) L->text[L->ccache_pos] & 0xC0) != 0x80)
      L->ccache_val++;
  return L->ccache_val;
}

static inline void
rs_lexer_newline (RsLexer *L)
{
  /* at L->pos is '\n' */
  L->pos++;
  L->line++;
  L->line_start = L->pos;
}

static inline gunichar
rs_lexer_char_at (RsLexer *L,
                  gsize    pos)
{
  guchar b = L->text[pos];

  if (b < 0x80)
    return b;
  return g_utf8_get_char (L->text + pos);   /* the text is valid UTF-8 */
}

/* helpers (rs-lexer.c) */
gboolean rs_lexer_fail_at         (RsLexer     *L,
                                   guint        line,
                                   guint        ccol,
                                   const char  *format,
                                   ...) G_GNUC_PRINTF (4, 5);
/* An error at the current position. */
#define fail(L, ...) \
  rs_lexer_fail_at ((L), (L)->line, rs_lexer_char_col ((L), (L)->pos), __VA_ARGS__)
RsToken *rs_lexer_push            (RsLexer     *L,
                                   RsTokenKind  kind,
                                   gsize        start,
                                   guint        start_line,
                                   gsize        start_line_start);
gboolean rs_lexer_is_id_char      (gunichar     c);
gsize    rs_lexer_scan_identifier (RsLexer     *L,
                                   gsize        pos);

/* literals (rs-lexer-literal.c) */
gboolean rs_lexer_is_string_prefix (const char *text,
                                    gsize       len,
                                    guint      *flags,
                                    gboolean   *raw);
gboolean rs_lexer_scan_string      (RsLexer    *L,
                                    gsize       start,
                                    guint       flags,
                                    gboolean    raw);
gboolean rs_lexer_scan_number      (RsLexer    *L);

G_END_DECLS
