/* rs-lexer.c: the tokenizer of session scripts
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Follows CPython 3.11's tokenizer (Parser/tokenizer.c) closely enough that
 * a script is split the same way and the same inputs are errors, with the
 * same messages where that is cheap.
 */
#include "rs-lexer.h"

#include <string.h>

#define MAX_INDENT   100   /* CPython's MAXINDENT */
#define MAX_BRACKETS 200   /* CPython's MAXLEVEL */
#define MAX_INT_DIGITS 4300  /* sys.int_info.default_max_str_digits */
#define MAX_LITERAL  100000  /* longest non-decimal integer literal we convert */

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
} Lexer;

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

/* Character column (1-based) of byte @pos on the current line. */
static guint
char_col (Lexer *L,
          gsize  pos)
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

static gboolean
fail_at (Lexer      *L,
         guint       line,
         guint       ccol,
         const char *format,
         ...) G_GNUC_PRINTF (4, 5);

static gboolean
fail_at (Lexer      *L,
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
indent_error (Lexer      *L,
              guint       line,
              guint       ccol,
              const char *message)
{
  L->overrides = FALSE;
  return fail_at (L, line, ccol, "%s", message);
}

/* An error at the current position. */
#define fail(L, ...) fail_at ((L), (L)->line, char_col ((L), (L)->pos), __VA_ARGS__)

static RsToken *
push (Lexer       *L,
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
  tok.ccol = char_col (L, start);
  L->line_start = saved_line_start;
  tok.end_line = L->line;
  tok.end_col = L->pos - L->line_start + 1;
  g_array_append_val (L->tokens, tok);
  return &g_array_index (L->tokens, RsToken, L->tokens->len - 1);
}

static void
newline (Lexer *L)
{
  /* at L->pos is '\n' */
  L->pos++;
  L->line++;
  L->line_start = L->pos;
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

static gboolean
is_id_char (gunichar c)
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

static gunichar
char_at (Lexer *L,
         gsize  pos)
{
  guchar b = L->text[pos];

  if (b < 0x80)
    return b;
  return g_utf8_get_char (L->text + pos);   /* the text is valid UTF-8 */
}

static gsize
scan_identifier (Lexer *L,
                 gsize  pos)
{
  while (pos < L->len)
    {
      gunichar c = char_at (L, pos);

      if (!is_id_char (c))
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
/* strings                                                             */

static gboolean
is_string_prefix (const char *text,
                  gsize       len,
                  guint      *flags,
                  gboolean   *raw)
{
  gboolean r = FALSE, b = FALSE, f = FALSE, u = FALSE;
  gsize i;

  if (len == 0 || len > 2)
    return FALSE;
  for (i = 0; i < len; i++)
    {
      switch (g_ascii_tolower (text[i]))
        {
        case 'r': if (r) return FALSE; r = TRUE; break;
        case 'b': if (b) return FALSE; b = TRUE; break;
        case 'f': if (f) return FALSE; f = TRUE; break;
        case 'u': if (u) return FALSE; u = TRUE; break;
        default: return FALSE;
        }
    }
  if ((u && len > 1) || (b && f))
    return FALSE;
  *flags = (b ? RS_STR_BYTES : 0) | (f ? RS_STR_FORMAT : 0);
  *raw = r;
  return TRUE;
}

static int
hex_value (char c)
{
  return g_ascii_xdigit_value (c);
}

/* Decodes the escapes of a non-raw literal body, like CPython's
 * unicode_escape / escape codecs.  Returns NULL, or why the literal is
 * invalid (*unsupported: valid, but outside the subset). */
static char *
decode_escapes (const char *body,
                gsize       len,
                gboolean    bytes,
                GString    *out,
                gboolean   *unsupported)
{
  gsize i = 0;

  while (i < len)
    {
      char c = body[i];
      gsize start = i;

      if (c != '\\' || i + 1 >= len)
        {
          g_string_append_c (out, c);
          i++;
          continue;
        }
      c = body[i + 1];
      i += 2;
      switch (c)
        {
        case '\n': break;
        case '\\': g_string_append_c (out, '\\'); break;
        case '\'': g_string_append_c (out, '\''); break;
        case '"': g_string_append_c (out, '"'); break;
        case 'a': g_string_append_c (out, '\a'); break;
        case 'b': g_string_append_c (out, '\b'); break;
        case 'f': g_string_append_c (out, '\f'); break;
        case 'n': g_string_append_c (out, '\n'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case 't': g_string_append_c (out, '\t'); break;
        case 'v': g_string_append_c (out, '\v'); break;
        case '0': case '1': case '2': case '3':
        case '4': case '5': case '6': case '7':
          {
            guint value = c - '0', n = 1;

            while (n < 3 && i < len && body[i] >= '0' && body[i] <= '7')
              value = value * 8 + (body[i++] - '0'), n++;
            if (bytes)
              g_string_append_c (out, (char) (value & 0xFF));
            else
              g_string_append_unichar (out, value);
            break;
          }
        case 'x': case 'u': case 'U':
          {
            guint want = c == 'x' ? 2 : c == 'u' ? 4 : 8, n;
            guint32 value = 0;

            if (bytes && c != 'x')
              {
                g_string_append_len (out, body + start, 2);
                break;
              }
            for (n = 0; n < want && i < len && hex_value (body[i]) >= 0; n++)
              value = value * 16 + hex_value (body[i++]);
            if (n < want)
              return g_strdup_printf ("(unicode error) 'unicodeescape' codec can't decode "
                                      "bytes in position %" G_GSIZE_FORMAT "-%" G_GSIZE_FORMAT
                                      ": truncated \\%s escape", start, i - 1,
                                      c == 'x' ? "xXX" : c == 'u' ? "uXXXX" : "UXXXXXXXX");
            if (value > 0x10FFFF)
              return g_strdup_printf ("(unicode error) 'unicodeescape' codec can't decode "
                                      "bytes in position %" G_GSIZE_FORMAT "-%" G_GSIZE_FORMAT
                                      ": illegal Unicode character", start, i - 1);
            if (bytes)
              g_string_append_c (out, (char) value);
            else
              g_string_append_unichar (out, value);
            break;
          }
        case 'N':
          if (!bytes)
            *unsupported = TRUE;    /* no character names here: keep the text */
          G_GNUC_FALLTHROUGH;
        default:
          /* unknown escapes stay as they are (CPython only warns) */
          g_string_append_len (out, body + start, 2);
          break;
        }
    }
  return NULL;
}

static void
mark_invalid (Lexer      *L,
              RsToken    *tok,
              char       *message,
              guint       line,
              guint       ccol,
              gboolean    unsupported)
{
  RsTokenProblem *problem = rs_arena_alloc (L->arena, sizeof *problem);

  problem->message = rs_arena_strndup (L->arena, message, strlen (message));
  problem->line = line;
  problem->ccol = ccol;
  problem->unsupported = unsupported;
  tok->str_flags |= RS_STR_INVALID;
  tok->problem = problem;
  g_free (message);
}

static gboolean
scan_string (Lexer  *L,
             gsize   start,
             guint   flags,
             gboolean raw)
{
  guint start_line = L->line;
  gsize start_line_start = L->line_start;
  guint ccol = char_col (L, start);
  char q = L->text[L->pos];
  gboolean triple = L->pos + 2 < L->len && L->text[L->pos + 1] == q
                    && L->text[L->pos + 2] == q;
  gsize body_start, body_end;
  RsToken *tok;

  L->pos += triple ? 3 : 1;
  body_start = L->pos;
  for (;;)
    {
      char c;

      if (L->pos >= L->len)
        return fail_at (L, start_line, ccol, triple
                        ? "unterminated triple-quoted string literal (detected at line %u)"
                        : "unterminated string literal (detected at line %u)",
                        L->line);
      c = L->text[L->pos];
      if (c == '\\' && L->pos + 1 < L->len)
        {
          L->pos++;
          if (L->text[L->pos] == '\n')
            newline (L);
          else
            L->pos++;
          continue;
        }
      if (c == '\n')
        {
          if (!triple)
            return fail_at (L, start_line, ccol,
                            "unterminated string literal (detected at line %u)",
                            L->line);
          newline (L);
          continue;
        }
      if (c == q && (!triple || (L->pos + 2 < L->len + 0 && L->text[L->pos + 1] == q
                                 && L->text[L->pos + 2] == q)))
        break;
      L->pos++;
    }
  body_end = L->pos;
  L->pos += triple ? 3 : 1;

  tok = push (L, RS_TOK_STRING, start, start_line, start_line_start);
  tok->str_flags = flags;
  if ((flags & RS_STR_BYTES) != 0)
    {
      gsize i;

      for (i = body_start; i < body_end; i++)
        if ((guchar) L->text[i] >= 0x80)
          {
            mark_invalid (L, tok, g_strdup ("bytes can only contain ASCII literal characters"),
                          start_line, ccol, FALSE);
            return TRUE;
          }
    }
  if ((flags & RS_STR_FORMAT) != 0 || raw)
    {
      tok->str = rs_arena_strndup (L->arena, L->text + body_start, body_end - body_start);
      tok->str_len = body_end - body_start;
    }
  else
    {
      g_autoptr(GString) out = g_string_sized_new (body_end - body_start);
      gboolean unsupported = FALSE;
      char *problem = decode_escapes (L->text + body_start, body_end - body_start,
                                      (flags & RS_STR_BYTES) != 0, out, &unsupported);

      /* CPython reports bad escapes just after the literal */
      if (problem != NULL)
        mark_invalid (L, tok, problem, L->line, char_col (L, L->pos), FALSE);
      else if (unsupported)
        mark_invalid (L, tok, g_strdup ("named escapes \\N{...} are not in the subset; "
                                        "write the character itself or \\uXXXX"),
                      start_line, tok->col, TRUE);
      else
        {
          tok->str = rs_arena_strndup (L->arena, out->str, out->len);
          tok->str_len = out->len;
        }
    }
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* numbers                                                             */

/* Decimal text of the integer written with @digits (no underscores) in
 * @base, for literals beyond 64 bits.  Limbs of 10^9; several digits per
 * pass keep it fast enough up to MAX_LITERAL digits. */
static char *
to_decimal (RsArena    *arena,
            const char *digits,
            gsize       n,
            guint       base)
{
  g_autoptr(GArray) limbs = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint per = base == 16 ? 7 : base == 8 ? 9 : 27;
  GString *text;
  gsize i;
  char *result;

  for (i = 0; i < n;)
    {
      guint64 mul = 1, add = 0;
      guint k;

      for (k = 0; k < per && i < n; k++, i++)
        {
          mul *= base;
          add = add * base + g_ascii_xdigit_value (digits[i]);
        }
      for (k = 0; k < limbs->len; k++)
        {
          guint64 v = (guint64) g_array_index (limbs, guint32, k) * mul + add;
          g_array_index (limbs, guint32, k) = v % 1000000000u;
          add = v / 1000000000u;
        }
      while (add > 0)
        {
          guint32 limb = add % 1000000000u;
          g_array_append_val (limbs, limb);
          add /= 1000000000u;
        }
    }
  text = g_string_new (NULL);
  if (limbs->len == 0)
    g_string_append_c (text, '0');
  else
    {
      g_string_append_printf (text, "%u", g_array_index (limbs, guint32, limbs->len - 1));
      for (i = limbs->len - 1; i-- > 0;)
        g_string_append_printf (text, "%09u", g_array_index (limbs, guint32, i));
    }
  result = rs_arena_strndup (arena, text->str, text->len);
  g_string_free (text, TRUE);
  return result;
}

static gboolean
digit_ok (char  c,
          guint base)
{
  int v = g_ascii_xdigit_value (c);

  return v >= 0 && (guint) v < base;
}

/* Digits of @base with single underscores between them; returns the end. */
static gsize
scan_digits (Lexer    *L,
             gsize     pos,
             guint     base,
             gboolean *bad)
{
  while (pos < L->len)
    {
      char c = L->text[pos];

      if (c == '_')
        {
          if (pos + 1 >= L->len || !digit_ok (L->text[pos + 1], base))
            {
              *bad = TRUE;
              return pos;
            }
          pos++;
          continue;
        }
      if (!digit_ok (c, base))
        break;
      pos++;
    }
  return pos;
}

/* What may follow a number: CPython 3.11 allows a keyword right after it
 * (`1if x else 2`), anything else identifier-like is an error. */
static gboolean
number_end_ok (Lexer *L,
               gsize  pos)
{
  static const char *const allowed[] = { "and", "else", "for", "if", "in", "is", "not", "or" };
  gsize end;
  guint i;

  if (pos >= L->len || !is_id_char (char_at (L, pos)))
    return TRUE;
  end = scan_identifier (L, pos);
  for (i = 0; i < G_N_ELEMENTS (allowed); i++)
    if (end - pos >= strlen (allowed[i])
        && strncmp (L->text + pos, allowed[i], strlen (allowed[i])) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
finish_int (Lexer      *L,
            gsize       start,
            gsize       digits_start,
            guint       base)
{
  g_autoptr(GString) clean = g_string_new (NULL);
  RsToken *tok;
  guint64 value = 0;
  gboolean overflow = FALSE;
  gsize i;

  for (i = digits_start; i < L->pos; i++)
    if (L->text[i] != '_')
      g_string_append_c (clean, L->text[i]);
  if (base == 10 && clean->len > MAX_INT_DIGITS)
    return fail_at (L, L->line, char_col (L, start),
                    "Exceeds the limit (%u digits) for integer string conversion: "
                    "value has %" G_GSIZE_FORMAT " digits; use sys.set_int_max_str_digits() "
                    "to increase the limit - Consider hexadecimal for big integer "
                    "literals instead.", MAX_INT_DIGITS, clean->len);
  if (clean->len > MAX_LITERAL)
    return fail_at (L, L->line, char_col (L, start), "integer literal too long");
  for (i = 0; i < clean->len && !overflow; i++)
    {
      guint d = g_ascii_xdigit_value (clean->str[i]);

      if (value > ((guint64) G_MAXINT64 - d) / base)
        overflow = TRUE;
      else
        value = value * base + d;
    }
  tok = push (L, RS_TOK_INT, start, L->line, L->line_start);
  if (overflow)
    {
      const char *p = clean->str;

      while (*p == '0' && p[1] != '\0')
        p++;
      tok->digits = base == 10
                    ? rs_arena_strndup (L->arena, p, strlen (p))
                    : to_decimal (L->arena, p, strlen (p), base);
    }
  tok->value = (gint64) value;
  return TRUE;
}

static gboolean
scan_number (Lexer *L)
{
  gsize start = L->pos, p = L->pos;
  gboolean bad = FALSE, is_float = FALSE;
  char c = L->text[p];

  if (c == '0' && p + 1 < L->len && strchr ("xXoObB", L->text[p + 1]) != NULL
      && L->text[p + 1] != '\0')
    {
      char kind = g_ascii_tolower (L->text[p + 1]);
      guint base = kind == 'x' ? 16 : kind == 'o' ? 8 : 2;
      const char *name = kind == 'x' ? "hexadecimal" : kind == 'o' ? "octal" : "binary";
      gsize digits_start = p + 2, end;

      if (digits_start < L->len && L->text[digits_start] == '_')
        digits_start++;
      end = scan_digits (L, digits_start, base, &bad);
      if (!bad && end < L->len && base != 16 && g_ascii_isdigit (L->text[end]))
        {
          L->pos = end;
          return fail (L, "invalid digit '%c' in %s literal", L->text[end], name);
        }
      if (end == digits_start)
        {
          L->pos = digits_start - 1;
          return fail (L, "invalid %s literal", name);
        }
      if (bad)
        {
          L->pos = end;
          return fail (L, "invalid %s literal", name);
        }
      L->pos = end;
      if (!number_end_ok (L, end))
        {
          L->pos = end - 1;     /* CPython points at the number's last character */
          return fail (L, "invalid %s literal", name);
        }
      return finish_int (L, start, digits_start, base);
    }

  if (c != '.')
    p = scan_digits (L, p, 10, &bad);
  if (bad)
    {
      L->pos = p;
      return fail (L, "invalid decimal literal");
    }
  if (p < L->len && L->text[p] == '.')
    {
      is_float = TRUE;
      p++;
      if (p < L->len && g_ascii_isdigit (L->text[p]))
        p = scan_digits (L, p, 10, &bad);
    }
  if (!bad && p < L->len && (L->text[p] == 'e' || L->text[p] == 'E'))
    {
      gsize q = p + 1;

      if (q < L->len && (L->text[q] == '+' || L->text[q] == '-'))
        q++;
      if (q < L->len && g_ascii_isdigit (L->text[q]))
        {
          is_float = TRUE;
          p = scan_digits (L, q, 10, &bad);
        }
      else
        {
          /* CPython: `1e` and `0.e` before the e, `1e+` at the sign */
          L->pos = q > p + 1 ? q - 1 : p - 1;
          return fail (L, "invalid decimal literal");
        }
    }
  if (bad)
    {
      L->pos = p;
      return fail (L, "invalid decimal literal");
    }
  if (p < L->len && (L->text[p] == 'j' || L->text[p] == 'J'))
    {
      L->pos = p + 1;
      if (!number_end_ok (L, L->pos))
        {
          L->pos = p;
          return fail (L, "invalid imaginary literal");
        }
      push (L, RS_TOK_IMAG, start, L->line, L->line_start);
      return TRUE;
    }
  L->pos = p;
  if (!number_end_ok (L, p))
    {
      L->pos = p - 1;
      return fail (L, "invalid decimal literal");
    }
  if (is_float)
    {
      push (L, RS_TOK_FLOAT, start, L->line, L->line_start);
      return TRUE;
    }
  /* 0, 00, 0_0 are fine; other leading zeros are not */
  if (L->text[start] == '0')
    {
      gsize i;

      for (i = start; i < p; i++)
        if (L->text[i] != '0' && L->text[i] != '_')
          {
            L->pos = start;
            return fail (L, "leading zeros in decimal integer literals are not "
                            "permitted; use an 0o prefix for octal integers");
          }
    }
  return finish_int (L, start, start, 10);
}

/* ------------------------------------------------------------------ */
/* the main loop                                                       */

static gboolean
scan_name_or_string (Lexer *L)
{
  gsize start = L->pos, end;
  gunichar c = char_at (L, L->pos);
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
  end = scan_identifier (L, start);
  if (end < L->len && (L->text[end] == '\'' || L->text[end] == '"')
      && is_string_prefix (L->text + start, end - start, &flags, &raw))
    {
      L->pos = end;
      return scan_string (L, start, flags, raw);
    }
  L->pos = end;
  tok = push (L, keyword_kind (L->text + start, end - start), start,
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
scan_operator (Lexer *L)
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
          push (L, RS_TOK_UNKNOWN, start, L->line, L->line_start);
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
      L->brackets[L->n_brackets].ccol = char_col (L, start);
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
  tok = push (L, operators[i].kind, start, L->line, L->line_start);
  if (tok->kind == RS_TOK_AUGASSIGN)
    tok->id = operators[i].text;
  return TRUE;
}

/* Indentation at the start of a logical line; FALSE on error. *blank: the
 * line holds nothing (whitespace, a comment). */
static gboolean
scan_indentation (Lexer    *L,
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
          newline (L);
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
        return indent_error (L, L->line, char_col (L, L->pos), "too many levels of indentation");
      if (altcol <= alttop)
        return indent_error (L, L->line, 1, "inconsistent use of tabs and spaces in indentation");
      L->n_indents++;
      L->indents[L->n_indents] = col;
      L->altindents[L->n_indents] = altcol;
      push (L, RS_TOK_INDENT, L->pos, L->line, L->line_start);
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
          return indent_error (L, L->line, char_col (L, L->pos),
                               "unindent does not match any outer indentation level");
        }
      if (altcol != L->altindents[level])
        return indent_error (L, L->line, 1, "inconsistent use of tabs and spaces in indentation");
      for (; L->n_indents > level; L->n_indents--)
        push (L, RS_TOK_DEDENT, L->pos, L->line, L->line_start);
    }
  return TRUE;
}

static gboolean
scan_token (Lexer *L)
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
        newline (L);
      else
        {
          L->pos++;
          push (L, RS_TOK_NEWLINE, L->pos - 1, L->line, L->line_start);
          L->pos--;
          newline (L);
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
      newline (L);
      return TRUE;
    }
  if (g_ascii_isdigit (c)
      || (c == '.' && L->pos + 1 < L->len && g_ascii_isdigit (L->text[L->pos + 1])))
    return scan_number (L);
  if (c == '\'' || c == '"')
    return scan_string (L, L->pos, 0, FALSE);
  if (g_ascii_isalpha (c) || c == '_' || (guchar) c >= 0x80)
    return scan_name_or_string (L);
  return scan_operator (L);
}

static gboolean
finish (Lexer *L)
{
  if (L->n_brackets > 0)
    {
      Bracket *b = &L->brackets[L->n_brackets - 1];

      L->overrides = FALSE;
      L->bracket_line = b->line;
      return fail_at (L, b->line, b->ccol, "'%c' was never closed", b->c);
    }
  if (L->tokens->len > 0)
    {
      RsTokenKind last = g_array_index (L->tokens, RsToken, L->tokens->len - 1).kind;

      if (last != RS_TOK_NEWLINE && last != RS_TOK_DEDENT && last != RS_TOK_INDENT)
        push (L, RS_TOK_NEWLINE, L->pos, L->line, L->line_start);
    }
  for (; L->n_indents > 0; L->n_indents--)
    push (L, RS_TOK_DEDENT, L->pos, L->line, L->line_start);
  push (L, RS_TOK_END, L->pos, L->line, L->line_start);
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
  Lexer *L = g_new0 (Lexer, 1);
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
              newline (L);
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
      push (L, RS_TOK_ERROR, MIN (L->pos, L->len), L->line, L->line_start);
      push (L, RS_TOK_END, MIN (L->pos, L->len), L->line, L->line_start);
    }
  g_free (L);
}
