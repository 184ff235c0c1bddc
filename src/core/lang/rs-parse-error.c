/* rs-parse-error.c: the errors of the front end, and where they are
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * RS_PARSE_ERROR is an extended error domain: each error carries its
 * RsSourceError, copied and freed with it (the parser copies the
 * tokenizer's error when that one wins).
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "rs-ast-private.h"

typedef struct {
  RsSourceError source;
} RsParseErrorPrivate;

static void
rs_parse_error_private_init (RsParseErrorPrivate *priv)
{
  /* the private part starts zeroed */
}

static void
rs_parse_error_private_copy (const RsParseErrorPrivate *src,
                             RsParseErrorPrivate       *dest)
{
  dest->source.line = src->source.line;
  dest->source.column = src->source.column;
  dest->source.message = g_strdup (src->source.message);
}

static void
rs_parse_error_private_clear (RsParseErrorPrivate *priv)
{
  g_clear_pointer (&priv->source.message, g_free);
}

G_DEFINE_EXTENDED_ERROR (RsParseError, rs_parse_error)

void
rs_parse_error_setv (GError      **error,
                     RsParseError  code,
                     const char   *filename,
                     guint         line,
                     guint         col,
                     const char   *format,
                     va_list       args)
{
  g_autofree char *message = NULL;
  GError *fresh;
  RsSourceError *source;

  if (error == NULL)
    return;
  /* the subset's own messages are in the catalogue; CPython's syntax
   * errors are not, and stay as CPython writes them */
  message = g_strdup_vprintf (g_dgettext (GETTEXT_PACKAGE, format), args);
  fresh = g_error_new (RS_PARSE_ERROR, code, "%s:%u:%u: error: %s",
                       filename, line, col, message);
  source = &rs_parse_error_get_private (fresh)->source;
  source->line = line;
  source->column = col;
  source->message = g_steal_pointer (&message);
  g_propagate_error (error, fresh);
}

void
rs_parse_error_set (GError      **error,
                    RsParseError  code,
                    const char   *filename,
                    guint         line,
                    guint         col,
                    const char   *format,
                    ...)
{
  va_list args;

  va_start (args, format);
  rs_parse_error_setv (error, code, filename, line, col, format, args);
  va_end (args);
}

const RsSourceError *
rs_parse_error_get_source (const GError *error)
{
  g_return_val_if_fail (error != NULL, NULL);
  g_return_val_if_fail (error->domain == RS_PARSE_ERROR, NULL);

  return &rs_parse_error_get_private (error)->source;
}
