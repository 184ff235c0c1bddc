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
  GArray       *more;   /* RsSourceError: the errors found after it, or NULL */
} RsParseErrorPrivate;

static void
clear_source (RsSourceError *source)
{
  g_clear_pointer (&source->message, g_free);
}

static void
rs_parse_error_private_init (RsParseErrorPrivate *priv)
{
  /* the private part starts zeroed */
}

/* Takes @message */
static void
add_source (RsParseErrorPrivate *priv,
            guint                line,
            guint                column,
            char                *message)
{
  RsSourceError source = { line, column, message };

  if (priv->more == NULL)
    {
      priv->more = g_array_new (FALSE, FALSE, sizeof (RsSourceError));
      g_array_set_clear_func (priv->more, (GDestroyNotify) clear_source);
    }
  g_array_append_val (priv->more, source);
}

static void
rs_parse_error_private_copy (const RsParseErrorPrivate *src,
                             RsParseErrorPrivate       *dest)
{
  dest->source.line = src->source.line;
  dest->source.column = src->source.column;
  dest->source.message = g_strdup (src->source.message);
  for (guint i = 0; src->more != NULL && i < src->more->len; i++)
    {
      const RsSourceError *more = &g_array_index (src->more, RsSourceError, i);

      add_source (dest, more->line, more->column, g_strdup (more->message));
    }
}

static void
rs_parse_error_private_clear (RsParseErrorPrivate *priv)
{
  clear_source (&priv->source);
  g_clear_pointer (&priv->more, g_array_unref);
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
  /* a further error goes to the one set, whose message (the first
   * error's) stays as it is */
  if (*error != NULL)
    {
      g_assert ((*error)->domain == RS_PARSE_ERROR);
      if (rs_parse_error_get_n_sources (*error) < RS_PARSE_ERROR_MAX_SOURCES)
        add_source (rs_parse_error_get_private (*error), line, col, g_steal_pointer (&message));
      return;
    }
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
  return rs_parse_error_get_nth_source (error, 0);
}

guint
rs_parse_error_get_n_sources (const GError *error)
{
  g_return_val_if_fail (error != NULL, 0);
  g_return_val_if_fail (error->domain == RS_PARSE_ERROR, 0);

  GArray *more = rs_parse_error_get_private (error)->more;
  return 1 + (more != NULL ? more->len : 0);
}

const RsSourceError *
rs_parse_error_get_nth_source (const GError *error,
                               guint         i)
{
  g_return_val_if_fail (error != NULL, NULL);
  g_return_val_if_fail (error->domain == RS_PARSE_ERROR, NULL);
  g_return_val_if_fail (i < rs_parse_error_get_n_sources (error), NULL);

  RsParseErrorPrivate *priv = rs_parse_error_get_private (error);
  return i == 0 ? &priv->source : &g_array_index (priv->more, RsSourceError, i - 1);
}
