/* rs-frontend.c: a script's text to a checked module
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The top of the front end: checks the encoding (skipping a leading byte
 * order mark), normalizes newlines, then runs the lexer, the parser and
 * the checker in turn.
 */
#include "rs-frontend.h"

#include "rs-ast-private.h"
#include "rs-check.h"
#include "rs-lexer.h"
#include "rs-parser.h"

#include <string.h>

/* A UTF-8 sequence's length by its first byte, 0 for a byte no sequence
 * starts with (continuation bytes, C0 and C1 always overlong, F5 and up
 * past U+10FFFF). */
static guint
sequence_length (guchar c)
{
  if (c < 0x80)
    return 1;
  if (c < 0xc2)
    return 0;
  if (c < 0xe0)
    return 2;
  if (c < 0xf0)
    return 3;
  return c < 0xf5 ? 4 : 0;
}

/* The reason CPython's UTF-8 decoder gives for the sequence at @bad, the
 * first that g_utf8_validate refused. */
static const char *
decode_failure (const char *bad,
                const char *end)
{
  guint n = sequence_length ((guchar) *bad), i;

  if (n == 0)
    return "invalid start byte";
  for (i = 1; i < n && bad + i < end; i++)
    if (((guchar) bad[i] & 0xc0) != 0x80)
      return "invalid continuation byte";
  /* Complete but overlong, a surrogate or past U+10FFFF. */
  return bad + i == end && i < n ? "unexpected end of data" : "invalid continuation byte";
}

/* The 1-based line and column (in characters, as the parser counts) of
 * @at, and sets a located error there. */
static void
set_located_error (GError       **error,
                   RsParseError   code,
                   const char    *filename,
                   const char    *source,
                   const char    *at,
                   guint          first_line,
                   const char    *message)
{
  guint line = first_line, column = 1;

  /* Lines end as normalize_newlines ends them: \n, \r\n or \r. */
  for (const char *p = source; p < at; p++)
    if (*p == '\n' || (*p == '\r' && p[1] != '\n'))
      line++, column = 1;
    else if (((guchar) *p & 0xc0) != 0x80)
      column++;
  rs_parse_error_set (error, code, filename, line, column, "%s", message);
}

/* Scripts are UTF-8 text without NUL bytes, CPython's two first checks,
 * with its words. */
static gboolean
check_encoding (const char *filename,
                const char *source,
                gsize       length,
                guint       first_line,
                GError    **error)
{
  const char *end = source + length, *p = source, *bad = NULL, *nul;
  g_autofree char *message = NULL;

  while (p < end && bad == NULL)
    {
      gsize run = strnlen (p, end - p);

      if (!g_utf8_validate_len (p, run, &bad))
        break;
      p += run + 1;
      bad = NULL;
    }
  nul = memchr (source, '\0', length);
  if (bad == NULL && nul == NULL)
    return TRUE;
  if (bad == NULL || (nul != NULL && nul < bad))
    {
      set_located_error (error, RS_PARSE_ERROR_SYNTAX, filename, source, nul, first_line,
                         "source code cannot contain null bytes");
      return FALSE;
    }
  message = g_strdup_printf ("(unicode error) 'utf-8' codec can't decode byte 0x%02x: %s",
                             (guint) (guchar) *bad, decode_failure (bad, end));
  set_located_error (error, RS_PARSE_ERROR_ENCODING, filename, source, bad, first_line, message);
  return FALSE;
}

/* Python reads text with universal newlines: \r\n and \r are \n. */
static char *
normalize_newlines (const char *source,
                    gsize       length,
                    gsize      *out_length)
{
  char *text = g_malloc (length + 1);
  gsize i, n = 0;

  for (i = 0; i < length; i++)
    {
      if (source[i] == '\r')
        {
          text[n++] = '\n';
          if (i + 1 < length && source[i + 1] == '\n')
            i++;
        }
      else
        text[n++] = source[i];
    }
  text[n] = '\0';
  *out_length = n;
  return text;
}

static void
copy_names (GHashTable *to,
            GHashTable *from)
{
  GHashTableIter iter;
  gpointer name, value;

  g_hash_table_iter_init (&iter, from);
  while (g_hash_table_iter_next (&iter, &name, &value))
    g_hash_table_insert (to, name, value);
}

static RsModule *
parse_module (const RsModule *previous,
              const char     *filename,
              const char     *source,
              gsize           length,
              guint           first_line,
              GError        **error)
{
  g_autoptr(RsModule) module = rs_module_new_empty (filename, source, length);
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (RsToken));
  RsModuleData *data = RS_MODULE_DATA (module);
  g_autofree char *text = NULL;
  gsize text_length;
  RsLexError lex_error;
  gboolean ok;

  if (!check_encoding (filename, source, length, first_line, error))
    return NULL;
  text = normalize_newlines (source, length, &text_length);
  if (previous != NULL)
    {
      copy_names (data->bound, RS_MODULE_DATA (previous)->bound);
      copy_names (data->modules, RS_MODULE_DATA (previous)->modules);
    }
  rs_lexer_tokenize (filename, text, text_length, first_line, data->arena, tokens, &lex_error);
  ok = rs_parser_parse (module, (const RsToken *) tokens->data, tokens->len, &lex_error, error);
  g_clear_error (&lex_error.error);
  if (!ok || !rs_check_module (module, error))
    return NULL;
  return g_steal_pointer (&module);
}

RsModule *
rs_module_parse (const char  *filename,
                 const char  *source,
                 gssize       length,
                 GError     **error)
{
  g_return_val_if_fail (filename != NULL, NULL);
  g_return_val_if_fail (source != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = strlen (source);
  /* A leading byte order mark says UTF-8; CPython skips it. */
  if (length >= 3 && memcmp (source, "\xef\xbb\xbf", 3) == 0)
    source += 3, length -= 3;
  return parse_module (NULL, filename, source, length, 1, error);
}

RsModule *
rs_module_parse_more (const RsModule *previous,
                      const char     *filename,
                      const char     *source,
                      guint           first_line,
                      GError        **error)
{
  g_return_val_if_fail (previous != NULL, NULL);
  g_return_val_if_fail (filename != NULL, NULL);
  g_return_val_if_fail (source != NULL, NULL);
  g_return_val_if_fail (first_line >= 1, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return parse_module (previous, filename, source, strlen (source), first_line, error);
}
