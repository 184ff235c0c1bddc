/* rs-test-json.c: a tiny JSON reader for checking exports
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "rs-test-json.h"

typedef struct {
  const char *p;
  GError    **error;
} Reader;

static RsJson *read_value (Reader *r, guint depth);

static void
skip_space (Reader *r)
{
  while (*r->p == ' ' || *r->p == '\n' || *r->p == '\t' || *r->p == '\r')
    r->p++;
}

static RsJson *
fail (Reader     *r,
      const char *what)
{
  if (r->error && *r->error == NULL)
    g_set_error (r->error, G_MARKUP_ERROR, G_MARKUP_ERROR_PARSE, "JSON: %s near '%.10s'", what, r->p);
  return NULL;
}

static char *
read_string (Reader *r)
{
  GString *s = g_string_new (NULL);

  r->p++;   /* the opening quote */
  while (*r->p && *r->p != '"')
    {
      if (*r->p == '\\')
        {
          r->p++;
          switch (*r->p)
            {
            case 'n': g_string_append_c (s, '\n'); break;
            case 't': g_string_append_c (s, '\t'); break;
            case 'u':
              g_string_append_unichar (s, (gunichar) g_ascii_strtoull (r->p + 1, NULL, 16));
              r->p += 4;
              break;
            case '\0':
              g_string_free (s, TRUE);
              return NULL;
            default: g_string_append_c (s, *r->p); break;
            }
          r->p++;
        }
      else
        g_string_append_c (s, *r->p++);
    }
  if (*r->p != '"')
    {
      g_string_free (s, TRUE);
      return NULL;
    }
  r->p++;
  return g_string_free (s, FALSE);
}

static RsJson *
node_new (RsJsonType type)
{
  RsJson *json = g_new0 (RsJson, 1);

  json->type = type;
  if (type == RS_JSON_ARRAY || type == RS_JSON_OBJECT)
    json->items = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_json_free);
  if (type == RS_JSON_OBJECT)
    json->keys = g_ptr_array_new_with_free_func (g_free);
  return json;
}

static RsJson *
read_container (Reader *r,
                guint   depth,
                char    close)
{
  RsJson *json = node_new (close == '}' ? RS_JSON_OBJECT : RS_JSON_ARRAY);

  r->p++;
  skip_space (r);
  if (*r->p == close)
    {
      r->p++;
      return json;
    }
  for (;;)
    {
      RsJson *item;

      skip_space (r);
      if (close == '}')
        {
          char *key = *r->p == '"' ? read_string (r) : NULL;

          skip_space (r);
          if (key == NULL || *r->p++ != ':')
            {
              g_free (key);
              rs_json_free (json);
              return fail (r, "expected a key");
            }
          g_ptr_array_add (json->keys, key);
        }
      item = read_value (r, depth + 1);
      if (item == NULL)
        {
          rs_json_free (json);
          return NULL;
        }
      g_ptr_array_add (json->items, item);
      skip_space (r);
      if (*r->p == ',')
        r->p++;
      else if (*r->p == close)
        {
          r->p++;
          return json;
        }
      else
        {
          rs_json_free (json);
          return fail (r, "expected , or end");
        }
    }
}

static RsJson *
read_value (Reader *r,
            guint   depth)
{
  RsJson *json;

  skip_space (r);
  if (depth > 64)
    return fail (r, "too deep");
  if (*r->p == '{' || *r->p == '[')
    return read_container (r, depth, *r->p == '{' ? '}' : ']');
  if (*r->p == '"')
    {
      char *s = read_string (r);

      if (s == NULL)
        return fail (r, "unterminated string");
      json = node_new (RS_JSON_STRING);
      json->string = s;
      return json;
    }
  if (g_str_has_prefix (r->p, "true") || g_str_has_prefix (r->p, "false"))
    {
      json = node_new (RS_JSON_BOOL);
      json->boolean = *r->p == 't';
      r->p += json->boolean ? 4 : 5;
      return json;
    }
  if (g_str_has_prefix (r->p, "null"))
    {
      r->p += 4;
      return node_new (RS_JSON_NULL);
    }
  if (*r->p == '-' || g_ascii_isdigit (*r->p))
    {
      char *end;

      json = node_new (RS_JSON_NUMBER);
      json->number = g_ascii_strtod (r->p, &end);
      r->p = end;
      return json;
    }
  return fail (r, "unexpected character");
}

RsJson *
rs_json_parse (const char  *text,
               GError     **error)
{
  Reader r = { text, error };
  RsJson *json = read_value (&r, 0);

  if (json == NULL)
    return NULL;
  skip_space (&r);
  if (*r.p != '\0')
    {
      rs_json_free (json);
      return fail (&r, "trailing text");
    }
  return json;
}

void
rs_json_free (RsJson *json)
{
  if (json == NULL)
    return;
  g_free (json->string);
  g_clear_pointer (&json->items, g_ptr_array_unref);
  g_clear_pointer (&json->keys, g_ptr_array_unref);
  g_free (json);
}

const RsJson *
rs_json_get (const RsJson *json,
             const char   *key)
{
  if (json == NULL || json->type != RS_JSON_OBJECT)
    return NULL;
  for (guint i = 0; i < json->keys->len; i++)
    if (strcmp (g_ptr_array_index (json->keys, i), key) == 0)
      return g_ptr_array_index (json->items, i);
  return NULL;
}

const RsJson *
rs_json_index (const RsJson *json,
               guint         index)
{
  if (json == NULL || json->items == NULL || index >= json->items->len)
    return NULL;
  return g_ptr_array_index (json->items, index);
}

guint
rs_json_length (const RsJson *json)
{
  return json && json->items ? json->items->len : 0;
}

gint64
rs_json_int (const RsJson *json,
             const char   *key)
{
  const RsJson *v = key ? rs_json_get (json, key) : json;

  g_assert_nonnull (v);
  g_assert_cmpint (v->type, ==, RS_JSON_NUMBER);
  return (gint64) v->number;
}

gboolean
rs_json_bool (const RsJson *json,
              const char   *key)
{
  const RsJson *v = rs_json_get (json, key);

  g_assert_nonnull (v);
  g_assert_cmpint (v->type, ==, RS_JSON_BOOL);
  return v->boolean;
}

const char *
rs_json_string (const RsJson *json,
                const char   *key)
{
  const RsJson *v = rs_json_get (json, key);

  g_assert_nonnull (v);
  g_assert_cmpint (v->type, ==, RS_JSON_STRING);
  return v->string;
}
