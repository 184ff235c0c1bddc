/* rs-frontend.c: a script's text to a checked module
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The top of the front end: checks the encoding, normalizes newlines, then
 * runs the lexer, the parser and the checker in turn.
 */
#include "rs-frontend.h"

#include "rs-ast-private.h"
#include "rs-check.h"
#include "rs-lexer.h"
#include "rs-parser.h"

#include <string.h>

/* The oracle reads scripts as UTF-8 text (NUL is valid UTF-8 there, and
 * rejected later as a syntax error). */
static gboolean
check_encoding (const char *filename,
                const char *source,
                gsize       length,
                guint       first_line,
                GError    **error)
{
  const char *end = source + length, *p = source, *bad = NULL;
  const char *line_start = source;
  guint line = first_line;

  while (p < end)
    {
      if (*p == '\0')
        {
          p++;
          continue;
        }
      if (!g_utf8_validate_len (p, strnlen (p, end - p), &bad))
        break;
      p += strnlen (p, end - p);
      bad = NULL;
    }
  if (bad == NULL)
    {
      p = memchr (source, '\0', length);
      if (p == NULL)
        return TRUE;
      bad = p;
      for (p = source; p < bad; p++)
        if (*p == '\n')
          line++, line_start = p + 1;
      rs_parse_error_set (error, RS_PARSE_ERROR_SYNTAX, filename, line,
                          (guint) g_utf8_strlen (line_start, bad - line_start) + 1,
                          "source code cannot contain null bytes");
      return FALSE;
    }
  for (p = source; p < bad; p++)
    if (*p == '\n')
      line++, line_start = p + 1;
  rs_parse_error_set (error, RS_PARSE_ERROR_ENCODING, filename, line,
                      (guint) (bad - line_start) + 1,
                      "the text is not valid UTF-8 (byte 0x%02x); save it as UTF-8",
                      (guint) (guchar) *bad);
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
