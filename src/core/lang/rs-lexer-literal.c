/* rs-lexer-literal.c: the string and number literals of the tokenizer
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Scans and decodes them as CPython 3.11 does: string prefixes, escapes
 * (an invalid one is kept for the parser to report where CPython does),
 * integers in every base with underscores, floats and imaginary numbers.
 */
#include "config.h"

#include "rs-lexer-private.h"
#include "rs-lexer-names.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#define MAX_INT_DIGITS 4300  /* sys.int_info.default_max_str_digits */
#define MAX_LITERAL  100000  /* longest non-decimal integer literal we convert */

/* ------------------------------------------------------------------ */
/* strings                                                             */

gboolean
rs_lexer_is_string_prefix (const char *text,
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
  *flags = (b ? RS_STR_BYTES : 0) | (f ? RS_STR_FORMAT : 0) | (r ? RS_STR_RAW : 0);
  *raw = r;
  return TRUE;
}

static int
hex_value (char c)
{
  return g_ascii_xdigit_value (c);
}

/* \N{name} at @body[@start], its name at *@i: what CPython's
 * unicode_escape decoder says of a bad one, with the bytes it read */
static char *
decode_name (const char *body,
             gsize       len,
             gsize       start,
             gsize      *i,
             GString    *out)
{
  const char *message = "malformed \\N character escape";
  gsize name = *i + 1, end = name;
  gunichar c;

  if (*i < len && body[*i] == '{')
    {
      while (end < len && body[end] != '}')
        end++;
      *i = end;
      if (end < len && end > name)
        {
          *i = end + 1;
          if (rs_lexer_lookup_name (body + name, end - name, &c))
            {
              g_string_append_unichar (out, c);
              return NULL;
            }
          message = "unknown Unicode character name";
        }
    }
  return g_strdup_printf ("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                          "%" G_GSIZE_FORMAT "-%" G_GSIZE_FORMAT ": %s", start, *i - 1, message);
}

char *
rs_lexer_decode_escapes (const char *body,
                         gsize       len,
                         gboolean    bytes,
                         GString    *out)
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
            {
              char *problem = decode_name (body, len, start, &i, out);
              if (problem != NULL)
                return problem;
              break;
            }
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
mark_invalid (RsLexer    *L,
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

gboolean
rs_lexer_scan_string (RsLexer  *L,
                      gsize     start,
                      guint     flags,
                      gboolean  raw)
{
  guint start_line = L->line;
  gsize start_line_start = L->line_start;
  guint ccol = rs_lexer_char_col (L, start);
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
        return rs_lexer_fail_at (L, start_line, ccol, triple
                                 ? "unterminated triple-quoted string literal (detected at line %u)"
                                 : "unterminated string literal (detected at line %u)",
                                 L->line);
      c = L->text[L->pos];
      if (c == '\\' && L->pos + 1 < L->len)
        {
          L->pos++;
          if (L->text[L->pos] == '\n')
            rs_lexer_newline (L);
          else
            L->pos++;
          continue;
        }
      if (c == '\n')
        {
          if (!triple)
            return rs_lexer_fail_at (L, start_line, ccol,
                                     "unterminated string literal (detected at line %u)",
                                     L->line);
          rs_lexer_newline (L);
          continue;
        }
      if (c == q && (!triple || (L->pos + 2 < L->len + 0 && L->text[L->pos + 1] == q
                                 && L->text[L->pos + 2] == q)))
        break;
      L->pos++;
    }
  body_end = L->pos;
  L->pos += triple ? 3 : 1;

  tok = rs_lexer_push (L, RS_TOK_STRING, start, start_line, start_line_start);
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
      char *problem = rs_lexer_decode_escapes (L->text + body_start, body_end - body_start,
                                               (flags & RS_STR_BYTES) != 0, out);

      /* CPython reports bad escapes just after the literal */
      if (problem != NULL)
        mark_invalid (L, tok, problem, L->line, rs_lexer_char_col (L, L->pos), FALSE);
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

static gboolean
digit_ok (char  c,
          guint base)
{
  int v = g_ascii_xdigit_value (c);

  return v >= 0 && (guint) v < base;
}

/* Digits of @base with single underscores between them; returns the end. */
static gsize
scan_digits (RsLexer  *L,
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
number_end_ok (RsLexer *L,
               gsize    pos)
{
  static const char *const allowed[] = { "and", "else", "for", "if", "in", "is", "not", "or" };
  gsize end;
  guint i;

  if (pos >= L->len || !rs_lexer_is_id_char (rs_lexer_char_at (L, pos)))
    return TRUE;
  end = rs_lexer_scan_identifier (L, pos);
  for (i = 0; i < G_N_ELEMENTS (allowed); i++)
    if (end - pos >= strlen (allowed[i])
        && strncmp (L->text + pos, allowed[i], strlen (allowed[i])) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
finish_int (RsLexer    *L,
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
    return rs_lexer_fail_at (L, L->line, rs_lexer_char_col (L, start),
                             "Exceeds the limit (%u digits) for integer string conversion: "
                             "value has %" G_GSIZE_FORMAT " digits; use sys.set_int_max_str_digits() "
                             "to increase the limit - Consider hexadecimal for big integer "
                             "literals instead.", MAX_INT_DIGITS, clean->len);
  if (clean->len > MAX_LITERAL)
    return rs_lexer_fail_at (L, L->line, rs_lexer_char_col (L, start), _("integer literal too long"));
  for (i = 0; i < clean->len && !overflow; i++)
    {
      guint d = g_ascii_xdigit_value (clean->str[i]);

      if (value > ((guint64) G_MAXINT64 - d) / base)
        overflow = TRUE;
      else
        value = value * base + d;
    }
  tok = rs_lexer_push (L, RS_TOK_INT, start, L->line, L->line_start);
  if (overflow)
    {
      const char *p = clean->str;

      while (*p == '0' && p[1] != '\0')
        p++;
      g_autofree char *text = g_strconcat (base == 16 ? "0x" : base == 8 ? "0o" : base == 2 ? "0b" : "",
                                           p, NULL);
      tok->digits = rs_arena_strndup (L->arena, text, strlen (text));
    }
  tok->value = (gint64) value;
  return TRUE;
}

gboolean
rs_lexer_scan_number (RsLexer *L)
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
      rs_lexer_push (L, RS_TOK_IMAG, start, L->line, L->line_start);
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
      g_autoptr(GString) clean = g_string_new_len (L->text + start, p - start);
      RsToken *tok = rs_lexer_push (L, RS_TOK_FLOAT, start, L->line, L->line_start);

      /* correctly rounded, as CPython's; a literal too big is inf */
      for (gsize i = 0; i < clean->len; )
        if (clean->str[i] == '_')
          g_string_erase (clean, i, 1);
        else
          i++;
      tok->fvalue = g_ascii_strtod (clean->str, NULL);
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
