/* rs-parser.h: the recursive-descent parser of session scripts
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads Python 3.11's grammar far enough to tell a syntax error from a
 * construct outside the subset (which becomes a private unsupported node for
 * rs-check.c to reject in the oracle's order).  Records every name the
 * script binds and every module it imports in the module's RsModuleData.
 */
#pragma once

#include "rs-lexer.h"

G_BEGIN_DECLS

/* Parses the tokens (ending with RS_TOK_END) into @module->body.  When the
 * tokenizer failed (@lex_error->error set), fails with the error CPython
 * would report: the parser's if it fails earlier, else the tokenizer's. */
gboolean rs_parser_parse (RsModule         *module,
                          const RsToken    *tokens,
                          guint             n_tokens,
                          const RsLexError *lex_error,
                          GError          **error);

G_END_DECLS
