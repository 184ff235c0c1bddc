/* rs-parser-fstring.c: f-strings, their literal parts and replacement fields
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Python 3.11 tokenizes an f-string as one STRING and splits it when the
 * parser builds the atom (Parser/string_parser.c): literal text with `{{`
 * and `}}`, fields `{expr=!c:spec}` whose expression is parsed on its own
 * as "(expr)", specs that hold fields of their own one level deep.  The
 * errors are CPython's: those of the split at the token after the strings,
 * those of an expression inside its "(expr)", prefixed with "f-string: ".
 */
#include "rs-parser-private.h"

#include <string.h>

#define MAX_NESTING 200   /* CPython's MAXLEVEL of brackets in a field */

typedef struct {
  RsParser      *P;
  const RsToken *tok;
  const char    *body;
  gsize          len;
  gsize          pos;
  gboolean       raw;
  guint          body_col;    /* column (bytes) of body[0] on tok->line */
  const char    *problem;     /* why the split failed (at the next token) */
} FScan;

static gboolean
scan_fail (FScan      *S,
           const char *message)
{
  if (S->problem == NULL)
    S->problem = message;
  return FALSE;
}

/* Line and byte column of body[@pos] in the source */
static void
body_position (FScan *S,
               gsize  pos,
               guint *line,
               guint *col)
{
  const char *nl = NULL;

  *line = S->tok->line;
  for (gsize i = 0; i < pos; i++)
    if (S->body[i] == '\n')
      {
        (*line)++;
        nl = S->body + i;
      }
  *col = nl == NULL ? S->body_col + pos : (guint) (S->body + pos - nl);
}

static void
flush_literal (RsParser      *P,
               const RsToken *tok,
               GString       *pending,
               GPtrArray     *parts)
{
  RsExpr *e;

  if (pending->len == 0)
    return;
  e = rs_parser_new_expr (P, RS_EXPR_STR, tok);
  e->str.value = rs_arena_strndup (P->arena, pending->str, pending->len);
  e->str.len = pending->len;
  g_ptr_array_add (parts, e);
  g_string_truncate (pending, 0);
}

/* Literal text up to a field or (in a spec) its end, decoded */
static gboolean
scan_literal (FScan   *S,
              guint    level,
              GString *pending)
{
  gsize start = S->pos;
  g_autoptr(GString) text = g_string_new (NULL);
  char *problem;

  while (S->pos < S->len)
    {
      char c = S->body[S->pos];

      if (!S->raw && c == '\\' && S->pos + 1 < S->len)
        {
          /* the braces of \N{name} are no field (fstring_find_literal) */
          gboolean named = S->body[S->pos + 1] == 'N' && S->pos + 2 < S->len
                           && S->body[S->pos + 2] == '{';
          S->pos += named ? 3 : 2;
          while (named && S->pos < S->len && S->body[S->pos++] != '}')
            ;
          continue;
        }
      if (c == '{' || c == '}')
        {
          if (level == 0 && S->pos + 1 < S->len && S->body[S->pos + 1] == c)
            {
              g_string_append_len (text, S->body + start, S->pos + 1 - start);
              S->pos += 2;
              start = S->pos;
              continue;
            }
          if (level == 0 && c == '}')
            return scan_fail (S, "f-string: single '}' is not allowed");
          break;
        }
      S->pos++;
    }
  g_string_append_len (text, S->body + start, S->pos - start);
  if (S->raw)
    {
      g_string_append_len (pending, text->str, text->len);
      return TRUE;
    }
  problem = rs_lexer_decode_escapes (text->str, text->len, FALSE, pending);
  if (problem != NULL)
    {
      S->problem = rs_arena_strndup (S->P->arena, problem, strlen (problem));
      g_free (problem);
      return FALSE;
    }
  return TRUE;
}

/* The end of a field's expression (fstring_find_expr's first loop) */
static gboolean
scan_expression_end (FScan *S)
{
  char stack[MAX_NESTING], quote = 0;
  guint depth = 0;
  gboolean triple = FALSE;

  for (; S->pos < S->len; S->pos++)
    {
      const char *p = S->body + S->pos;
      char c = *p;

      if (c == '\\')
        return scan_fail (S, "f-string expression part cannot include a backslash");
      if (quote != 0)
        {
          if (c == quote && (!triple || (S->pos + 2 < S->len && p[1] == quote && p[2] == quote)))
            {
              S->pos += triple ? 2 : 0;
              quote = 0;
            }
          continue;
        }
      if (c == '\'' || c == '"')
        {
          triple = S->pos + 2 < S->len && p[1] == c && p[2] == c;
          S->pos += triple ? 2 : 0;
          quote = c;
          continue;
        }
      if (c == '[' || c == '{' || c == '(')
        {
          if (depth >= MAX_NESTING)
            return scan_fail (S, "f-string: too many nested parenthesis");
          stack[depth++] = c;
          continue;
        }
      if (c == '#')
        return scan_fail (S, "f-string expression part cannot include '#'");
      if (depth == 0 && strchr ("!:}=<>", c) != NULL)
        {
          if (S->pos + 1 < S->len && p[1] == '=' && c != ':' && c != '}')
            {
              S->pos++;
              continue;
            }
          if (c == '<' || c == '>')
            continue;
          break;
        }
      if (c == ']' || c == '}' || c == ')')
        {
          char open;

          if (depth == 0)
            return scan_fail (S, c == ']' ? "f-string: unmatched ']'"
                              : c == '}' ? "f-string: unmatched '}'" : "f-string: unmatched ')'");
          open = stack[--depth];
          if ((open == '(') != (c == ')') || (open == '[') != (c == ']'))
            {
              char *m = g_strdup_printf ("f-string: closing parenthesis '%c' does not match "
                                         "opening parenthesis '%c'", c, open);
              S->problem = rs_arena_strndup (S->P->arena, m, strlen (m));
              g_free (m);
              return FALSE;
            }
        }
    }
  if (quote != 0)
    return scan_fail (S, "f-string: unterminated string");
  if (depth > 0)
    {
      char *m = g_strdup_printf ("f-string: unmatched '%c'", stack[depth - 1]);
      S->problem = rs_arena_strndup (S->P->arena, m, strlen (m));
      g_free (m);
      return FALSE;
    }
  if (S->pos >= S->len)
    return scan_fail (S, "f-string: expecting '}'");
  return TRUE;
}

/* The error of the expression's own parse, prefixed as CPython does */
static void
fail_expression (FScan  *S,
                 GError *error)
{
  const RsSourceError *where = rs_parse_error_get_source (error);
  RsToken at = { 0 };

  at.line = where->line;
  at.ccol = where->column;
  rs_parser_fail_at (S->P, &at, "f-string: %s", where->message);
}

/* Parses body[@start, @end) as "(expr)": the expression's tokens keep the
 * columns of that text for syntax errors (ccol, as CPython 3.11) and get
 * their place in the source for the tree (col). */
static RsExpr *
parse_expression (FScan *S,
                  gsize  start,
                  gsize  end)
{
  g_autofree char *text = g_strdup_printf ("(%.*s)", (int) (end - start), S->body + start);
  g_autoptr(GArray) tokens = g_array_new (FALSE, TRUE, sizeof (RsToken));
  RsParser sub = *S->P;
  RsLexError lex_error;
  GError *error = NULL;
  guint line, col;
  RsExpr *e;

  gsize i;

  for (i = start; i < end && g_ascii_isspace (S->body[i]); i++)
    ;
  if (i == end)
    {
      /* `{!r}`, `{=}`, `{:x}` and `{}` */
      scan_fail (S, S->body[end] == '!' ? "f-string: expression required before '!'"
                 : S->body[end] == '=' ? "f-string: expression required before '='"
                 : S->body[end] == ':' ? "f-string: expression required before ':'"
                 : "f-string: empty expression not allowed");
      return NULL;
    }
  body_position (S, start, &line, &col);
  rs_lexer_tokenize (S->P->filename, text, strlen (text), line, S->P->arena, tokens, &lex_error);
  for (guint k = 0; k < tokens->len; k++)
    {
      RsToken *t = &g_array_index (tokens, RsToken, k);

      if (t->line == line)
        t->col += col - 2, t->end_col += t->end_line == line ? col - 2 : 0;
    }
  sub.toks = (const RsToken *) tokens->data;
  sub.n = tokens->len;
  sub.pos = sub.furthest = 0;
  sub.depth = S->P->depth + 1;
  sub.last_item = NULL;
  sub.error = &error;
  e = rs_parser_parse_star_expressions (&sub);
  if (e != NULL && sub.toks[sub.pos].kind != RS_TOK_NEWLINE && sub.toks[sub.pos].kind != RS_TOK_END)
    e = rs_parser_invalid_syntax (&sub);
  if (lex_error.error != NULL)
    {
      g_clear_error (&error);
      error = g_steal_pointer (&lex_error.error);
      e = NULL;
    }
  if (e == NULL)
    {
      fail_expression (S, error);
      g_clear_error (&error);
    }
  return e;
}

static gboolean scan_parts (FScan *S, guint level, GString *pending, GPtrArray *parts);

/* A spec `:...` up to its closing brace, as an RS_EXPR_JOINED */
static RsExpr *
scan_spec (FScan *S,
           guint  level)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  g_autoptr(GString) pending = g_string_new (NULL);
  RsExpr *spec;

  if (!scan_parts (S, level, pending, parts))
    return NULL;
  flush_literal (S->P, S->tok, pending, parts);
  spec = rs_parser_new_expr (S->P, RS_EXPR_JOINED, S->tok);
  spec->seq.items = (RsExpr **) rs_arena_steal_ptrs (S->P->arena, parts, &spec->seq.n_items);
  return spec;
}

/* A field, at its `{` (fstring_find_expr) */
static gboolean
scan_field (FScan     *S,
            guint      level,
            GString   *pending,
            GPtrArray *parts)
{
  gsize start;
  RsExpr *value, *field;
  char conversion = 0;
  RsExpr *spec = NULL;
  gboolean debug = FALSE;

  if (level >= 2)
    return scan_fail (S, "f-string: expressions nested too deeply");
  start = ++S->pos;
  if (!scan_expression_end (S))
    return FALSE;
  value = parse_expression (S, start, S->pos);
  if (value == NULL)
    return FALSE;
  if (S->body[S->pos] == '=')
    {
      S->pos++;
      while (S->pos < S->len && g_ascii_isspace (S->body[S->pos]))
        S->pos++;
      if (S->pos >= S->len)
        return scan_fail (S, "f-string: expecting '}'");
      g_string_append_len (pending, S->body + start, S->pos - start);
      debug = TRUE;
    }
  if (S->body[S->pos] == '!')
    {
      if (++S->pos >= S->len)
        return scan_fail (S, "f-string: expecting '}'");
      conversion = S->body[S->pos++];
      if (conversion != 's' && conversion != 'r' && conversion != 'a')
        return scan_fail (S, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
  if (S->pos < S->len && S->body[S->pos] == ':')
    {
      if (++S->pos >= S->len)
        return scan_fail (S, "f-string: expecting '}'");
      spec = scan_spec (S, level + 1);
      if (spec == NULL)
        return FALSE;
    }
  if (S->pos >= S->len || S->body[S->pos] != '}')
    return scan_fail (S, "f-string: expecting '}'");
  S->pos++;
  /* `{x=}` shows the repr, unless a conversion or a spec says otherwise */
  if (debug && conversion == 0 && spec == NULL)
    conversion = 'r';
  flush_literal (S->P, S->tok, pending, parts);
  field = rs_parser_new_expr (S->P, RS_EXPR_FORMATTED, S->tok);
  field->formatted.value = value;
  field->formatted.conversion = conversion;
  field->formatted.spec = spec;
  g_ptr_array_add (parts, field);
  return TRUE;
}

/* Literals and fields up to the end of the body or of a spec */
static gboolean
scan_parts (FScan     *S,
            guint      level,
            GString   *pending,
            GPtrArray *parts)
{
  while (S->pos < S->len)
    {
      if (!scan_literal (S, level, pending))
        return FALSE;
      if (S->pos >= S->len)
        break;
      if (S->body[S->pos] == '}')
        return TRUE;      /* a spec's end: its field consumes the brace */
      if (!scan_field (S, level, pending, parts))
        return FALSE;
    }
  if (level > 0)
    return scan_fail (S, "f-string: expecting '}'");
  return TRUE;
}

/* The column of the body's first byte: the token is PREFIX QUOTES BODY
 * QUOTES, the prefix f with perhaps an r, one or three quotes (three when
 * the string spans lines). */
static guint
body_column (const RsToken *tok)
{
  guint prefix = (tok->str_flags & RS_STR_RAW) ? 2 : 1;
  guint quotes = tok->end_line != tok->line ? 3
                 : (tok->end_col - tok->col - tok->str_len - prefix) / 2;

  return tok->col + prefix + quotes;
}

RsExpr *
rs_parser_joined_strings (RsParser      *P,
                          const RsToken *first,
                          const RsToken *last)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  g_autoptr(GString) pending = g_string_new (NULL);
  RsExpr *e;

  for (const RsToken *tok = first; tok <= last; tok++)
    {
      FScan S = { 0 };

      if ((tok->str_flags & RS_STR_FORMAT) == 0)
        {
          g_string_append_len (pending, tok->str, tok->str_len);
          continue;
        }
      S.P = P;
      S.tok = tok;
      S.body = tok->str;
      S.len = tok->str_len;
      S.raw = (tok->str_flags & RS_STR_RAW) != 0;
      S.body_col = body_column (tok);
      if (!scan_parts (&S, 0, pending, parts))
        return S.problem != NULL ? rs_parser_fail_at (P, cur (P), "%s", S.problem) : NULL;
    }
  e = rs_parser_new_expr (P, RS_EXPR_JOINED, first);
  flush_literal (P, first, pending, parts);
  e->seq.items = (RsExpr **) rs_arena_steal_ptrs (P->arena, parts, &e->seq.n_items);
  return e;
}
