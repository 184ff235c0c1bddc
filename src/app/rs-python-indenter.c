/* rs-python-indenter.c: the indentation Python wants after a line
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A new line keeps the indentation of the one before it, one level more
 * after a line that opens a block (`class Foo:`), one less after a line
 * that leaves it (`return`, `pass`, ...).  GtkSourceView's own indenter
 * only keeps it.
 */
#define G_LOG_DOMAIN "refscope-python-indenter"

#include "config.h"

#include <string.h>

#include "rs-python-indenter.h"

struct _RsPythonIndenter
{
  GObject parent_instance;
};

static void indenter_iface_init (GtkSourceIndenterInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RsPythonIndenter, rs_python_indenter, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (GTK_SOURCE_TYPE_INDENTER, indenter_iface_init))

/* The statements after which nothing more of the block runs. */
static const char *const block_enders[] = { "return", "pass", "break", "continue", "raise" };

/* Calls @visit on each character of @text that is code (outside strings
 * and comments); stops early when it returns FALSE. */
static void
scan_code (const char *text,
           gboolean  (*visit) (char c, gpointer data),
           gpointer    data)
{
  char quote = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (quote != 0)
        {
          if (*p == '\\' && p[1] != '\0')
            p++;
          else if (*p == quote || *p == '\n')
            quote = 0;
        }
      else if (*p == '#')
        {
          while (p[1] != '\0' && p[1] != '\n')
            p++;
        }
      else if (*p == '\'' || *p == '"')
        quote = *p;
      else if (!visit (*p, data))
        return;
    }
}

static gboolean
note_last (char     c,
           gpointer data)
{
  if (!g_ascii_isspace (c))
    *(char *) data = c;
  return TRUE;
}

gboolean
rs_python_line_opens_block (const char *line)
{
  char last = 0;

  g_return_val_if_fail (line != NULL, FALSE);

  scan_code (line, note_last, &last);
  return last == ':';
}

typedef struct {
  int  depth;
  char last;
} Continuation;

static gboolean
note_bracket (char     c,
              gpointer data)
{
  Continuation *state = data;

  if (strchr ("([{", c))
    state->depth++;
  else if (strchr (")]}", c) && state->depth > 0)
    state->depth--;
  if (!g_ascii_isspace (c) || c == '\n')
    state->last = c;
  return TRUE;
}

gboolean
rs_python_text_continues (const char *text)
{
  Continuation state = { 0, 0 };

  g_return_val_if_fail (text != NULL, FALSE);

  scan_code (text, note_bracket, &state);
  return state.depth > 0 || state.last == '\\';
}

static gboolean
ends_block (const char *stripped)
{
  for (guint i = 0; i < G_N_ELEMENTS (block_enders); i++)
    {
      gsize n = strlen (block_enders[i]);

      if (strncmp (stripped, block_enders[i], n) == 0 &&
          (stripped[n] == '\0' || g_ascii_isspace (stripped[n]) || stripped[n] == '('))
        return TRUE;
    }
  return FALSE;
}

/* The indentation for the line after @previous, in columns. */
static guint
indent_after (const char *previous,
              guint       width)
{
  guint columns = strspn (previous, " \t");
  const char *stripped = previous + columns;

  if (rs_python_line_opens_block (stripped))
    return columns + width;
  if (ends_block (stripped))
    return columns >= width ? columns - width : 0;
  return columns;
}

static gboolean
rs_python_indenter_is_trigger (GtkSourceIndenter *indenter,
                               GtkSourceView     *view,
                               const GtkTextIter *location,
                               GdkModifierType    state,
                               guint              keyval)
{
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK))
    return FALSE;
  return keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter;
}

/* @iter is at the start of the line just made: the line before it says
 * how deep this one goes. */
static void
rs_python_indenter_indent (GtkSourceIndenter *indenter,
                           GtkSourceView     *view,
                           GtkTextIter       *iter)
{
  GtkTextBuffer *buffer = gtk_text_iter_get_buffer (iter);
  guint width = gtk_source_view_get_indent_width (view);
  GtkTextIter start = *iter, end = *iter;
  g_autofree char *previous = NULL;
  g_autofree char *indent = NULL;

  if ((int) width <= 0)
    width = gtk_source_view_get_tab_width (view);
  gtk_text_iter_set_line_offset (&start, 0);
  if (!gtk_text_iter_backward_line (&start))
    return;
  end = start;
  if (!gtk_text_iter_ends_line (&end))
    gtk_text_iter_forward_to_line_end (&end);
  previous = gtk_text_iter_get_slice (&start, &end);
  indent = g_strnfill (indent_after (previous, width), ' ');
  gtk_text_buffer_insert (buffer, iter, indent, -1);
}

static void
indenter_iface_init (GtkSourceIndenterInterface *iface)
{
  iface->is_trigger = rs_python_indenter_is_trigger;
  iface->indent = rs_python_indenter_indent;
}

static void
rs_python_indenter_class_init (RsPythonIndenterClass *klass)
{
}

static void
rs_python_indenter_init (RsPythonIndenter *self)
{
}

GtkSourceIndenter *
rs_python_indenter_new (void)
{
  return g_object_new (RS_TYPE_PYTHON_INDENTER, NULL);
}
