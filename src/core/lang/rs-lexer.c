/* rs-lexer.c: the tokenizer of session scripts
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Follows CPython 3.11's tokenizer (Parser/tokenizer.c) closely enough that
 * a script is split the same way and the same inputs are errors, with the
 * same messages where that is cheap.  This file: the helpers, names,
 * operators, indentation and the main loop; rs-lexer-literal.c: string
 * and number literals.
 */
#include "rs-lexer-private.h"

#include <string.h>

static const struct {
  const char  *word;
  RsTokenKind  kind;
} keywords[] = {
  { "False", RS_TOK_FALSE }, { "None", RS_TOK_NONE }, { "True", RS_TOK_TRUE },
  { "and", RS_TOK_AND }, { "as", RS_TOK_AS }, { "assert", RS_TOK_ASSERT },
  { "async", RS_TOK_ASYNC }, { "await", RS_TOK_AWAIT },
  { "break", RS_TOK_BREAK }, { "class", RS_TOK_CLASS },
  { "continue", RS_TOK_CONTINUE }, { "def", RS_TOK_DEF },
  { "del", RS_TOK_DEL }, { "elif", RS_TOK_ELIF }, { "else", RS_TOK_ELSE },
  { "except", RS_TOK_EXCEPT }, { "finally", RS_TOK_FINALLY },
  { "for", RS_TOK_FOR }, { "from", RS_TOK_FROM }, { "global", RS_TOK_GLOBAL },
  { "if", RS_TOK_IF }, { "import", RS_TOK_IMPORT }, { "in", RS_TOK_IN },
  { "is", RS_TOK_IS }, { "lambda", RS_TOK_LAMBDA },
  { "nonlocal", RS_TOK_NONLOCAL }, { "not", RS_TOK_NOT }, { "or", RS_TOK_OR },
  { "pass", RS_TOK_PASS }, { "raise", RS_TOK_RAISE },
  { "return", RS_TOK_RETURN }, { "try", RS_TOK_TRY },
  { "while", RS_TOK_WHILE }, { "with", RS_TOK_WITH }, { "yield", RS_TOK_YIELD },
};

static const struct {
  const char  *text;
  RsTokenKind  kind;
} operators[] = {   /* longest first */
  { "**=", RS_TOK_AUGASSIGN }, { "//=", RS_TOK_AUGASSIGN },
  { ">>=", RS_TOK_AUGASSIGN }, { "<<=", RS_TOK_AUGASSIGN },
  { "...", RS_TOK_ELLIPSIS },
  { "**", RS_TOK_DOUBLESTAR }, { "//", RS_TOK_DOUBLESLASH },
  { "<<", RS_TOK_LEFTSHIFT }, { ">>", RS_TOK_RIGHTSHIFT },
  { "<=", RS_TOK_LESSEQUAL }, { ">=", RS_TOK_GREATEREQUAL },
  { "==", RS_TOK_EQEQUAL }, { "!=", RS_TOK_NOTEQUAL }, { "->", RS_TOK_RARROW },
  { ":=", RS_TOK_COLONEQUAL },
  { "+=", RS_TOK_AUGASSIGN }, { "-=", RS_TOK_AUGASSIGN },
  { "*=", RS_TOK_AUGASSIGN }, { "/=", RS_TOK_AUGASSIGN },
  { "%=", RS_TOK_AUGASSIGN }, { "@=", RS_TOK_AUGASSIGN },
  { "&=", RS_TOK_AUGASSIGN }, { "|=", RS_TOK_AUGASSIGN },
  { "^=", RS_TOK_AUGASSIGN },
  { "(", RS_TOK_LPAR }, { ")", RS_TOK_RPAR }, { "[", RS_TOK_LSQB },
  { "]", RS_TOK_RSQB }, { "{", RS_TOK_LBRACE }, { "}", RS_TOK_RBRACE },
  { ":", RS_TOK_COLON }, { ",", RS_TOK_COMMA }, { ";", RS_TOK_SEMI },
  { "+", RS_TOK_PLUS }, { "-", RS_TOK_MINUS }, { "*", RS_TOK_STAR },
  { "/", RS_TOK_SLASH }, { "|", RS_TOK_VBAR }, { "&", RS_TOK_AMPER },
  { "<", RS_TOK_LESS }, { ">", RS_TOK_GREATER }, { "=", RS_TOK_EQUAL },
  { ".", RS_TOK_DOT }, { "%", RS_TOK_PERCENT }, { "~", RS_TOK_TILDE },
  { "^", RS_TOK_CIRCUMFLEX }, { "@", RS_TOK_AT },
};

const char *
rs_token_kind_describe (RsTokenKind kind)
{
  guint i;

  switch (kind)
    {
    case RS_TOK_END: return "end of file";
    case RS_TOK_NEWLINE: return "end of line";
    case RS_TOK_INDENT: return "indent";
    case RS_TOK_DEDENT: return "dedent";
    case RS_TOK_NAME: return "name";
    case RS_TOK_INT: case RS_TOK_FLOAT: case RS_TOK_IMAG: return "number";
    case RS_TOK_STRING: return "string";
    case RS_TOK_AUGASSIGN: return "augmented assignment";
    default: break;
    }
  for (i = 0; i < G_N_ELEMENTS (keywords); i++)
    if (keywords[i].kind == kind)
      return keywords[i].word;
  for (i = 0; i < G_N_ELEMENTS (operators); i++)
    if (operators[i].kind == kind)
      return operators[i].text;
  return "token";
}

gboolean
rs_lexer_fail_at (RsLexer    *L,
                  guint       line,
                  guint       ccol,
                  const char *format,
                  ...)
{
  va_list args;

  va_start (args, format);
  rs_parse_error_setv (L->error, RS_PARSE_ERROR_SYNTAX, L->filename, line, ccol,
                       format, args);
  va_end (args);
  return FALSE;
}

static gboolean
indent_error (RsLexer    *L,
              guint       line,
              guint       ccol,
              const char *message)
{
  L->overrides = FALSE;
  return rs_lexer_fail_at (L, line, ccol, "%s", message);
}

RsToken *
rs_lexer_push (RsLexer     *L,
               RsTokenKind  kind,
               gsize        start,
               guint        start_line,
               gsize        start_line_start)
{
  RsToken tok = { 0 };
  gsize saved_line_start = L->line_start;

  tok.kind = kind;
  tok.line = start_line;
  tok.col = start - start_line_start + 1;
  /* the column cache counts on the token's first line */
  L->line_start = start_line_start;
  tok.ccol = rs_lexer_char_col (L, start);
  L->line_start = saved_line_start;
  tok.end_line = L->line;
  tok.end_col = L->pos - L->line_start + 1;
  g_array_append_val (L->tokens, tok);
  return &g_array_index (L->tokens, RsToken, L->tokens->len - 1);
}

/* ------------------------------------------------------------------ */
/* identifiers                                                         */

static gboolean
is_id_start_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalpha (c) || c == '_';
  /* Other_ID_Start */
  if (c == 0x1885 || c == 0x1886 || c == 0x2118 || c == 0x212E || c == 0x309B || c == 0x309C)
    return TRUE;
  switch (g_unichar_type (c))
    {
    case G_UNICODE_UPPERCASE_LETTER: case G_UNICODE_LOWERCASE_LETTER:
    case G_UNICODE_TITLECASE_LETTER: case G_UNICODE_MODIFIER_LETTER:
    case G_UNICODE_OTHER_LETTER: case G_UNICODE_LETTER_NUMBER:
      return TRUE;
    default:
      return FALSE;
    }
}

gboolean
rs_lexer_is_id_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c) || c == '_';
  if (is_id_start_char (c))
    return TRUE;
  /* Other_ID_Continue */
  if (c == 0x00B7 || c == 0x0387 || (c >= 0x1369 && c <= 0x1371) || c == 0x19DA)
    return TRUE;
  switch (g_unichar_type (c))
    {
    case G_UNICODE_NON_SPACING_MARK: case G_UNICODE_SPACING_MARK:
    case G_UNICODE_DECIMAL_NUMBER: case G_UNICODE_CONNECT_PUNCTUATION:
      return TRUE;
    default:
      return FALSE;
    }
}

gsize
rs_lexer_scan_identifier (RsLexer *L,
                          gsize    pos)
{
  while (pos < L->len)
    {
      gunichar c = rs_lexer_char_at (L, pos);

      if (!rs_lexer_is_id_char (c))
        break;
      pos += c < 0x80 ? 1 : (gsize) g_unichar_to_utf8 (c, NULL);
    }
  return pos;
}

static RsTokenKind
keyword_kind (const char *text,
              gsize       len)
{
  guint i;

  if (len < 2 || len > 8)
    return RS_TOK_NAME;
  for (i = 0; i < G_N_ELEMENTS (keywords); i++)
    if (keywords[i].word[0] == text[0] && strlen (keywords[i].word) == len
        && memcmp (keywords[i].word, text, len) == 0)
      return keywords[i].kind;
  return RS_TOK_NAME;
}

/* ------------------------------------------------------------------ */
/* the main loop                                                       */

static gboolean
scan_name_or_string (RsLexer *L)
{
  gsize start = L->pos, end;
  gunichar c = rs_lexer_char_at (L, L->pos);
  guint flags;
  gboolean raw;
  RsToken *tok;

  if (!is_id_start_char (c))
    {
      char buf[8] = { 0 };

      if (g_unichar_isprint (c) && c != 0xFEFF)
        {
          g_unichar_to_utf8 (c, buf);
          return fail (L, "invalid character '%s' (U+%04X)", buf, c);
        }
      return fail (L, "invalid non-printable character U+%04X", c);
    }
  end = rs_lexer_scan_identifier (L, start);
  if (end < L->len && (L->text[end] == '\'' || L->text[end] == '"')
      && rs_lexer_is_string_prefix (L->text + start, end - start, &flags, &raw))
    {
      L->pos = end;
      return rs_lexer_scan_string (L, start, flags, raw);
    }
  L->pos = end;
  tok = rs_lexer_push (L, keyword_kind (L->text + start, end - start), start,
                       L->line, L->line_start);
  if (tok->kind == RS_TOK_NAME)
    {
      gsize i;
      gboolean ascii = TRUE;

      for (i = start; i < end; i++)
        ascii = ascii && (guchar) L->text[i] < 0x80;
      if (ascii)
        {
          g_autofree char *name = g_strndup (L->text + start, end - start);
          tok->id = g_intern_string (name);
        }
      else
        {
          /* Python identifiers are compared after NFKC normalization */
          g_autofree char *name = g_utf8_normalize (L->text + start, end - start,
                                                    G_NORMALIZE_NFKC);
          tok->id = g_intern_string (name);
        }
    }
  return TRUE;
}

static gboolean
scan_operator (RsLexer *L)
{
  gsize start = L->pos;
  guint i;
  RsToken *tok;

  for (i = 0; i < G_N_ELEMENTS (operators); i++)
    {
      gsize n = strlen (operators[i].text);

      if (start + n <= L->len && memcmp (L->text + start, operators[i].text, n) == 0)
        break;
    }
  if (i == G_N_ELEMENTS (operators))
    {
      char c = L->text[start];

      if (g_ascii_isprint (c))
        {
          /* CPython hands it to the parser, which fails there */
          L->pos++;
          rs_lexer_push (L, RS_TOK_UNKNOWN, start, L->line, L->line_start);
          return TRUE;
        }
      return fail (L, "invalid non-printable character U+%04X", (guint) (guchar) c);
    }

  switch (operators[i].kind)
    {
    case RS_TOK_LPAR: case RS_TOK_LSQB: case RS_TOK_LBRACE:
      if (L->n_brackets >= MAX_BRACKETS)
        return fail (L, "too many nested parentheses");
      L->brackets[L->n_brackets].c = L->text[start];
      L->brackets[L->n_brackets].line = L->line;
      L->brackets[L->n_brackets].col = start - L->line_start + 1;
      L->brackets[L->n_brackets].ccol = rs_lexer_char_col (L, start);
      L->n_brackets++;
      break;
    case RS_TOK_RPAR: case RS_TOK_RSQB: case RS_TOK_RBRACE:
      {
        char close = L->text[start], open;
        Bracket *b;

        if (L->n_brackets == 0)
          return fail (L, "unmatched '%c'", close);
        b = &L->brackets[--L->n_brackets];
        open = close == ')' ? '(' : close == ']' ? '[' : '{';
        if (b->c != open)
          {
            if (b->line != L->line)
              return fail (L, "closing parenthesis '%c' does not match opening "
                           "parenthesis '%c' on line %u", close, b->c, b->line);
            return fail (L, "closing parenthesis '%c' does not match opening "
                         "parenthesis '%c'", close, b->c);
          }
        break;
      }
    default:
      break;
    }
  L->pos = start + strlen (operators[i].text);
  tok = rs_lexer_push (L, operators[i].kind, start, L->line, L->line_start);
  if (tok->kind == RS_TOK_AUGASSIGN)
    tok->id = operators[i].text;
  return TRUE;
}

/* Indentation at the start of a logical line; FALSE on error. *blank: the
 * line holds nothing (whitespace, a comment). */
static gboolean
scan_indentation (RsLexer  *L,
                  gboolean *blank)
{
  guint col = 0, altcol = 0, top, alttop, cont_col = 0;

  L->overrides = FALSE;    /* indentation errors are CPython's E_DEDENT, E_TABSPACE... */

  while (L->pos < L->len)
    {
      char c = L->text[L->pos];

      if (c == ' ')
        col++, altcol++;
      else if (c == '\t')
        col = (col / 8 + 1) * 8, altcol++;
      else if (c == '\f')
        col = altcol = 0;
      else if (c == '\\' && L->pos + 1 < L->len && L->text[L->pos + 1] == '\n')
        {
          /* as CPython: the first backslash decides the indentation, unless
           * it is in the first column */
          cont_col = cont_col != 0 ? cont_col : col;
          L->pos++;
          L->overrides = FALSE;
          if (L->pos + 1 >= L->len)
            return fail (L, "unexpected EOF while parsing");
          L->overrides = TRUE;
          rs_lexer_newline (L);
          continue;
        }
      else
        break;
      L->pos++;
    }
  if (cont_col != 0)
    col = altcol = cont_col;
  L->overrides = TRUE;
  *blank = L->pos >= L->len || L->text[L->pos] == '#' || L->text[L->pos] == '\n';
  if (*blank)
    return TRUE;

  top = L->indents[L->n_indents];
  alttop = L->altindents[L->n_indents];
  if (col == top)
    {
      if (altcol != alttop)
        return indent_error (L, L->line, 1, "inconsistent use of tabs and spaces in indentation");
    }
  else if (col > top)
    {
      if (L->n_indents + 1 >= MAX_INDENT)
        return indent_error (L, L->line, rs_lexer_char_col (L, L->pos), "too many levels of indentation");
      if (altcol <= alttop)
        return indent_error (L, L->line, 1, "inconsistent use of tabs and spaces in indentation");
      L->n_indents++;
      L->indents[L->n_indents] = col;
      L->altindents[L->n_indents] = altcol;
      rs_lexer_push (L, RS_TOK_INDENT, L->pos, L->line, L->line_start);
    }
  else
    {
      guint level = L->n_indents;

      /* the mismatch is found before any DEDENT is produced */
      while (level > 0 && col < L->indents[level])
        level--;
      if (col != L->indents[level])
        {
          /* CPython points past the end of the line */
          while (L->pos < L->len && L->text[L->pos] != '\n')
            L->pos++;
          return indent_error (L, L->line, rs_lexer_char_col (L, L->pos),
                               "unindent does not match any outer indentation level");
        }
      if (altcol != L->altindents[level])
        return indent_error (L, L->line, 1, "inconsistent use of tabs and spaces in indentation");
      for (; L->n_indents > level; L->n_indents--)
        rs_lexer_push (L, RS_TOK_DEDENT, L->pos, L->line, L->line_start);
    }
  return TRUE;
}

static gboolean
scan_token (RsLexer *L)
{
  char c = L->text[L->pos];

  if (c == '#')
    {
      while (L->pos < L->len && L->text[L->pos] != '\n')
        L->pos++;
      return TRUE;
    }
  if (c == '\n')
    {
      if (L->n_brackets > 0)
        rs_lexer_newline (L);
      else
        {
          L->pos++;
          rs_lexer_push (L, RS_TOK_NEWLINE, L->pos - 1, L->line, L->line_start);
          L->pos--;
          rs_lexer_newline (L);
          L->at_line_start = TRUE;
        }
      return TRUE;
    }
  if (c == '\\')
    {
      L->overrides = FALSE;     /* E_LINECONT, E_EOF */
      if (L->pos + 1 >= L->len)
        {
          L->pos++;
          return fail (L, "unexpected EOF while parsing");
        }
      if (L->text[L->pos + 1] != '\n')
        {
          L->pos++;
          return fail (L, "unexpected character after line continuation character");
        }
      L->pos++;
      if (L->pos + 1 >= L->len)
        return fail (L, "unexpected EOF while parsing");
      L->overrides = TRUE;
      rs_lexer_newline (L);
      return TRUE;
    }
  if (g_ascii_isdigit (c)
      || (c == '.' && L->pos + 1 < L->len && g_ascii_isdigit (L->text[L->pos + 1])))
    return rs_lexer_scan_number (L);
  if (c == '\'' || c == '"')
    return rs_lexer_scan_string (L, L->pos, 0, FALSE);
  if (g_ascii_isalpha (c) || c == '_' || (guchar) c >= 0x80)
    return scan_name_or_string (L);
  return scan_operator (L);
}

static gboolean
finish (RsLexer *L)
{
  if (L->n_brackets > 0)
    {
      Bracket *b = &L->brackets[L->n_brackets - 1];

      L->overrides = FALSE;
      L->bracket_line = b->line;
      return rs_lexer_fail_at (L, b->line, b->ccol, "'%c' was never closed", b->c);
    }
  if (L->tokens->len > 0)
    {
      RsTokenKind last = g_array_index (L->tokens, RsToken, L->tokens->len - 1).kind;

      if (last != RS_TOK_NEWLINE && last != RS_TOK_DEDENT && last != RS_TOK_INDENT)
        rs_lexer_push (L, RS_TOK_NEWLINE, L->pos, L->line, L->line_start);
    }
  for (; L->n_indents > 0; L->n_indents--)
    rs_lexer_push (L, RS_TOK_DEDENT, L->pos, L->line, L->line_start);
  RsToken *end = rs_lexer_push (L, RS_TOK_END, L->pos, L->line, L->line_start);
  /* CPython's last NEWLINE or NL token ends the last line: its errors at
   * the end of the file point there (in characters) */
  if (L->len > 0 && L->line_start == L->len && L->text[L->len - 1] == '\n' && L->line > 1)
    {
      gsize start = L->len - 1;
      while (start > 0 && L->text[start - 1] != '\n')
        start--;
      end->end_line = L->line - 1;
      end->end_col = g_utf8_strlen (L->text + start, L->len - 1 - start) + 1;
    }
  return TRUE;
}

void
rs_lexer_tokenize (const char *filename,
                   const char *text,
                   gsize       length,
                   guint       first_line,
                   RsArena    *arena,
                   GArray     *tokens,
                   RsLexError *lex_error)
{
  RsLexer *L = g_new0 (RsLexer, 1);
  gboolean ok = TRUE;

  memset (lex_error, 0, sizeof *lex_error);
  L->filename = filename;
  L->text = text;
  L->len = length;
  L->line = first_line;
  L->arena = arena;
  L->tokens = tokens;
  L->error = &lex_error->error;
  L->overrides = TRUE;
  L->at_line_start = TRUE;
  L->ccache_val = 1;

  while (ok)
    {
      if (L->at_line_start)
        {
          gboolean blank;

          if (!scan_indentation (L, &blank))
            {
              ok = FALSE;
              break;
            }
          if (blank)
            {
              while (L->pos < L->len && L->text[L->pos] != '\n')
                L->pos++;
              if (L->pos >= L->len)
                break;
              rs_lexer_newline (L);
              continue;
            }
          L->at_line_start = FALSE;
        }
      while (L->pos < L->len && (L->text[L->pos] == ' ' || L->text[L->pos] == '\t'
                                 || L->text[L->pos] == '\f'))
        L->pos++;
      if (L->pos >= L->len)
        break;
      ok = scan_token (L);
    }
  if (ok)
    ok = finish (L);
  if (!ok)
    {
      /* the parser fails when it reaches the error */
      lex_error->index = L->tokens->len;
      lex_error->overrides = L->overrides;
      lex_error->bracket_line = L->bracket_line;
      rs_lexer_push (L, RS_TOK_ERROR, MIN (L->pos, L->len), L->line, L->line_start);
      rs_lexer_push (L, RS_TOK_END, MIN (L->pos, L->len), L->line, L->line_start);
    }
  g_free (L);
}
