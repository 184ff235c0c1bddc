/* rs-view-state.c: the view kept in a trailing comment block of a session
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "rs-view-state.h"

void
rs_view_state_clear (RsViewState *state)
{
  g_return_if_fail (state != NULL);

  g_clear_pointer (&state->engine, g_free);
  g_clear_pointer (&state->pins, g_array_unref);
  g_clear_pointer (&state->pin_index, g_hash_table_destroy);
  memset (state, 0, sizeof *state);
}

void
rs_view_state_add_pin (RsViewState *state,
                       guint64      key,
                       double       x,
                       double       y)
{
  RsScenePin pin = { key, x, y };

  g_return_if_fail (state != NULL);

  if (state->pins == NULL)
    state->pins = g_array_new (FALSE, FALSE, sizeof (RsScenePin));
  /* an index, not a walk of the pins: a block of many pins parses in
   * linear time */
  if (state->pin_index == NULL)
    {
      state->pin_index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      for (guint i = 0; i < state->pins->len; i++)
        g_hash_table_insert (state->pin_index, g_memdup2 (&g_array_index (state->pins, RsScenePin, i).key,
                                                          sizeof (guint64)),
                             GUINT_TO_POINTER (i + 1));
    }

  guint at = GPOINTER_TO_UINT (g_hash_table_lookup (state->pin_index, &key));
  if (at != 0 && at <= state->pins->len && g_array_index (state->pins, RsScenePin, at - 1).key == key)
    {
      g_array_index (state->pins, RsScenePin, at - 1) = pin;
      return;
    }
  g_array_append_val (state->pins, pin);
  g_hash_table_insert (state->pin_index, g_memdup2 (&key, sizeof key), GUINT_TO_POINTER (state->pins->len));
}

/* One coordinate at *@text, within the reach of any drawing; moves
 * *@text past it and the spaces after it. */
static gboolean
parse_coordinate (const char **text,
                  double      *out)
{
  char *end;

  *out = g_ascii_strtod (*text, &end);
  if (end == *text || !isfinite (*out) || fabs (*out) > 1e7)
    return FALSE;
  while (g_ascii_isspace (*end))
    end++;
  *text = end;
  return TRUE;
}

/* "412.5, 80" */
static gboolean
parse_point (const char *text,
             double     *x,
             double     *y)
{
  return parse_coordinate (&text, x) && *text++ == ','
         && parse_coordinate (&text, y) && *text == '\0';
}

static const char *
find_marker (const char *text,
             gsize       length)
{
  const char *found = NULL;

  for (const char *p = text; p < text + length; )
    {
      const char *nl = memchr (p, '\n', text + length - p);
      gsize marker_len = strlen (RS_VIEW_STATE_MARKER);

      if ((gsize) (text + length - p) >= marker_len && strncmp (p, RS_VIEW_STATE_MARKER, marker_len) == 0)
        found = p;
      else if (found != NULL && *p != '#' && *p != '\n')
        found = NULL;  /* code after the block: it is not trailing */
      p = nl ? nl + 1 : text + length;
    }
  return found;
}

static void
parse_line (RsViewState *state,
            const char  *line)
{
  g_auto(GStrv) kv = NULL;
  g_autofree char *key = NULL;
  g_autofree char *value = NULL;

  if (line[0] != '#' || !strchr (line, '='))
    return;
  kv = g_strsplit (line + 1, "=", 2);
  key = g_strstrip (g_strdup (kv[0]));
  value = g_strstrip (g_strdup (kv[1]));
  if (strcmp (key, "step") == 0)
    {
      guint64 step;

      if (g_ascii_string_to_unsigned (value, 10, 0, G_MAXUINT, &step, NULL))
        state->has_step = TRUE, state->step = (guint) step;
    }
  else if (strcmp (key, "zoom") == 0)
    state->zoom = CLAMP (g_ascii_strtod (value, NULL), 0, 100);
  else if (strcmp (key, "centre") == 0)
    state->has_centre = parse_point (value, &state->centre[0], &state->centre[1]);
  else if (g_str_has_prefix (key, "pin "))
    {
      g_autofree char *id = g_strstrip (g_strdup (key + 4));
      guint64 node;
      double x, y;

      if (rs_scene_key_from_id (id, &node) && parse_point (value, &x, &y))
        rs_view_state_add_pin (state, node, x, y);
    }
  else if (strcmp (key, "engine") == 0 && *value != '\0')
    {
      g_free (state->engine);
      state->engine = g_strdup (value);
    }
}

gsize
rs_view_state_parse (RsViewState *state,
                     const char  *text,
                     gsize        length)
{
  const char *marker;
  g_autofree char *block = NULL;
  g_auto(GStrv) lines = NULL;
  gsize script_len;

  g_return_val_if_fail (state != NULL, length);
  g_return_val_if_fail (text != NULL || length == 0, length);

  if (!(marker = find_marker (text, length)))
    return length;
  block = g_strndup (marker, text + length - marker);
  lines = g_strsplit (block, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    parse_line (state, lines[i]);
  /* Drop the blank line written before the block. */
  script_len = marker - text;
  while (script_len >= 2 && text[script_len - 1] == '\n' && text[script_len - 2] == '\n')
    script_len--;
  return script_len;
}

/* "KEY = 412.5, 80" */
static void
append_point (GString    *out,
              const char *key,
              double      x,
              double      y)
{
  char xs[G_ASCII_DTOSTR_BUF_SIZE], ys[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append_printf (out, "%s = %s, %s\n", key,
                          g_ascii_formatd (xs, sizeof xs, "%.1f", x),
                          g_ascii_formatd (ys, sizeof ys, "%.1f", y));
}

void
rs_view_state_format (const RsViewState *state,
                      GString           *out)
{
  char zoom[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_if_fail (state != NULL);
  g_return_if_fail (out != NULL);

  if (out->len > 0 && out->str[out->len - 1] != '\n')
    g_string_append_c (out, '\n');
  g_string_append (out, "\n" RS_VIEW_STATE_MARKER " (Python ignores it) ---\n");
  if (state->has_step)
    g_string_append_printf (out, "# step = %u\n", state->step);
  if (state->zoom > 0)
    g_string_append_printf (out, "# zoom = %s\n", g_ascii_formatd (zoom, sizeof zoom, "%.4g", state->zoom));
  if (state->has_centre)
    append_point (out, "# centre", state->centre[0], state->centre[1]);
  if (state->engine != NULL)
    g_string_append_printf (out, "# engine = %s\n", state->engine);
  for (guint i = 0; state->pins != NULL && i < state->pins->len; i++)
    {
      const RsScenePin *pin = &g_array_index (state->pins, RsScenePin, i);
      g_autofree char *id = rs_scene_key_to_id (pin->key);
      g_autofree char *key = NULL;

      if (id == NULL)
        continue;
      key = g_strdup_printf ("# pin %s", id);
      append_point (out, key, pin->x, pin->y);
    }
}
