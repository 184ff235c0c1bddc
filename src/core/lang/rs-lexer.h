/* rs-lexer.h: the tokenizer of session scripts
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Turns a whole source into tokens the way CPython 3.11's tokenizer does:
 * NEWLINE/INDENT/DEDENT, implicit joining inside brackets, backslash
 * continuation, string and number literals.  Literals are decoded here.
 */
#pragma once

#include "rs-ast-private.h"

G_BEGIN_DECLS

typedef enum {
  RS_TOK_END,
  RS_TOK_NEWLINE,
  RS_TOK_INDENT,
  RS_TOK_DEDENT,
  RS_TOK_NAME,
  RS_TOK_INT,
  RS_TOK_FLOAT,
  RS_TOK_IMAG,
  RS_TOK_STRING,
  /* keywords */
  RS_TOK_FALSE, RS_TOK_NONE, RS_TOK_TRUE, RS_TOK_AND, RS_TOK_AS,
  RS_TOK_ASSERT, RS_TOK_ASYNC, RS_TOK_AWAIT, RS_TOK_BREAK, RS_TOK_CLASS,
  RS_TOK_CONTINUE, RS_TOK_DEF, RS_TOK_DEL, RS_TOK_ELIF, RS_TOK_ELSE,
  RS_TOK_EXCEPT, RS_TOK_FINALLY, RS_TOK_FOR, RS_TOK_FROM, RS_TOK_GLOBAL,
  RS_TOK_IF, RS_TOK_IMPORT, RS_TOK_IN, RS_TOK_IS, RS_TOK_LAMBDA,
  RS_TOK_NONLOCAL, RS_TOK_NOT, RS_TOK_OR, RS_TOK_PASS, RS_TOK_RAISE,
  RS_TOK_RETURN, RS_TOK_TRY, RS_TOK_WHILE, RS_TOK_WITH, RS_TOK_YIELD,
  /* operators and delimiters */
  RS_TOK_LPAR, RS_TOK_RPAR, RS_TOK_LSQB, RS_TOK_RSQB, RS_TOK_LBRACE,
  RS_TOK_RBRACE, RS_TOK_COLON, RS_TOK_COMMA, RS_TOK_SEMI, RS_TOK_PLUS,
  RS_TOK_MINUS, RS_TOK_STAR, RS_TOK_SLASH, RS_TOK_VBAR, RS_TOK_AMPER,
  RS_TOK_LESS, RS_TOK_GREATER, RS_TOK_EQUAL, RS_TOK_DOT, RS_TOK_PERCENT,
  RS_TOK_EQEQUAL, RS_TOK_NOTEQUAL, RS_TOK_LESSEQUAL, RS_TOK_GREATEREQUAL,
  RS_TOK_TILDE, RS_TOK_CIRCUMFLEX, RS_TOK_LEFTSHIFT, RS_TOK_RIGHTSHIFT,
  RS_TOK_DOUBLESTAR, RS_TOK_DOUBLESLASH, RS_TOK_AT, RS_TOK_RARROW,
  RS_TOK_ELLIPSIS, RS_TOK_COLONEQUAL,
  RS_TOK_AUGASSIGN,          /* any of += -= *= /= //= %= @= &= |= ^= >>= <<= **= */
  RS_TOK_ERROR,              /* where the tokenizer failed (see RsLexError) */
  RS_TOK_UNKNOWN,            /* a character like $ or ?: no rule accepts it */
} RsTokenKind;

typedef enum {
  RS_STR_BYTES   = 1 << 0,
  RS_STR_FORMAT  = 1 << 1,   /* an f-string: its value is not decoded */
  RS_STR_INVALID = 1 << 2,   /* problem says why; CPython fails when it builds the atom */
  RS_STR_RAW     = 1 << 3,   /* an r prefix (an f-string's body keeps its backslashes) */
} RsStringFlags;

typedef struct {
  const char *message;
  guint       line;
  guint       ccol;
  gboolean    unsupported;   /* valid Python, outside the subset (\N{...}) */
} RsTokenProblem;

/* Small: a whole script's tokens are in memory while it is parsed. */
typedef struct {
  RsTokenKind kind;
  guint       line;
  guint       col;           /* 1-based, UTF-8 bytes */
  guint       ccol;          /* 1-based, characters (SyntaxError offsets) */
  guint       end_line;
  guint       end_col;       /* one past the last byte (END: the end of the last
                              * line, in characters, when the text ends in a newline) */
  guint       str_flags;     /* STRING: RsStringFlags */
  union {
    const char *id;          /* NAME (interned, NFKC) and AUGASSIGN (its text) */
    const char *str;         /* STRING: decoded value in the arena */
    const char *digits;      /* INT that does not fit: its digits, after 0x 0o 0b if not decimal; else NULL */
    const RsTokenProblem *problem;   /* STRING with RS_STR_INVALID */
  };
  union {
    gsize       str_len;     /* STRING */
    gint64      value;       /* INT that fits */
    double      fvalue;      /* FLOAT */
  };
} RsToken;

/* A tokenizer error.  CPython tokenizes while it parses: a parser error
 * before this token wins, unless the tokenizer error is one CPython looks
 * for in the rest of the source (@overrides) or a bracket left open on an
 * earlier line (@bracket_line). */
typedef struct {
  GError  *error;          /* NULL if the text tokenized */
  guint    index;          /* of the RS_TOK_ERROR token */
  gboolean overrides;
  guint    bracket_line;   /* 0, or the error is "'(' was never closed" */
} RsLexError;

/* Appends the tokens of @text (NUL-terminated, newlines already "\n") to
 * @tokens (an array of RsToken), ending with RS_TOK_END, after an
 * RS_TOK_ERROR if @lex_error->error gets set.  Line numbers start at
 * @first_line. */
void     rs_lexer_tokenize (const char *filename,
                            const char *text,
                            gsize       length,
                            guint       first_line,
                            RsArena    *arena,
                            GArray     *tokens,
                            RsLexError *lex_error);

const char *rs_token_kind_describe (RsTokenKind kind);

/* Decodes the backslash escapes of a non-raw literal body into @out, as
 * CPython's unicode_escape codec (\N{name} too); returns NULL or why the
 * literal is invalid. */
char       *rs_lexer_decode_escapes (const char *body,
                                     gsize       len,
                                     gboolean    bytes,
                                     GString    *out);

G_END_DECLS
