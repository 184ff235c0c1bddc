/* rs-script-view.c: the session's script, its current line and the command line
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The command line does not run anything itself: Enter activates
 * win.run-command with the statement, so the window decides (and may ask
 * before discarding later steps).
 */
#define G_LOG_DOMAIN "refscope-script-view"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>
#include <gtksourceview/gtksource.h>

#include "rs-script-view.h"

#define CATEGORY_CURRENT "current"
#define CATEGORY_ERROR   "error"

struct _RsScriptView
{
  GtkWidget        parent_instance;

  /* Template widgets */
  GtkWidget       *box;
  GtkSourceView   *source_view;
  GtkLabel        *error_label;
  GtkEntry        *command_entry;

  /* Owned references */
  GtkSourceBuffer *buffer;
  GtkTextTag      *current_tag;
  GtkTextMark     *current_mark;  /* where the view scrolls to */

  guint            current_line;
};

G_DEFINE_FINAL_TYPE (RsScriptView, rs_script_view, GTK_TYPE_WIDGET)

static void
update_scheme (RsScriptView *self)
{
  GtkSourceStyleSchemeManager *manager = gtk_source_style_scheme_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GtkSourceStyleScheme *scheme;

  scheme = gtk_source_style_scheme_manager_get_scheme (manager, dark ? "Adwaita-dark" : "Adwaita");
  if (scheme != NULL)
    gtk_source_buffer_set_style_scheme (self->buffer, scheme);
  g_object_set (self->current_tag, "paragraph-background",
                dark ? "rgba(246,211,45,0.22)" : "rgba(246,211,45,0.45)", NULL);
}

static void
command_activate_cb (RsScriptView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->command_entry));

  if (*text == '\0')
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "win.run-command", "s", text);
}

static void
mark_line (RsScriptView *self,
           const char   *category,
           guint         line)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self->buffer);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_source_buffer_remove_source_marks (self->buffer, &start, &end, category);
  if (line == 0 || line > (guint) gtk_text_buffer_get_line_count (buffer))
    return;
  gtk_text_buffer_get_iter_at_line (buffer, &start, line - 1);
  gtk_source_buffer_create_source_mark (self->buffer, NULL, category, &start);
}

/* Scrolling to a mark (not an iter) waits until the view has measured the
 * lines around it; right after set_text (opening, a command appending a
 * line) their heights are still 0.  The lines further on are measured
 * later, so the height of the whole script grows afterwards and the scroll,
 * clamped to the height known then, falls short: it is redone each time
 * the height changes. */
static void
scroll_to_current (RsScriptView *self)
{
  gint n_lines = gtk_text_buffer_get_line_count (GTK_TEXT_BUFFER (self->buffer));

  if (self->current_line == 0 || self->current_line > (guint) n_lines)
    return;
  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self->source_view), self->current_mark,
                                0.2, FALSE, 0, 0);
}

static void
rs_script_view_dispose (GObject *object)
{
  RsScriptView *self = RS_SCRIPT_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RS_TYPE_SCRIPT_VIEW);
  g_clear_object (&self->buffer);
  G_OBJECT_CLASS (rs_script_view_parent_class)->dispose (object);
}

static void
rs_script_view_class_init (RsScriptViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_script_view_dispose;

  g_type_ensure (GTK_SOURCE_TYPE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/refscope/Refscope/rs-script-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RsScriptView, box);
  gtk_widget_class_bind_template_child (widget_class, RsScriptView, source_view);
  gtk_widget_class_bind_template_child (widget_class, RsScriptView, error_label);
  gtk_widget_class_bind_template_child (widget_class, RsScriptView, command_entry);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rsscriptview");
}

static void
setup_marks (RsScriptView *self)
{
  g_autoptr(GtkSourceMarkAttributes) current = gtk_source_mark_attributes_new ();
  g_autoptr(GtkSourceMarkAttributes) error = gtk_source_mark_attributes_new ();

  gtk_source_mark_attributes_set_icon_name (current, "go-next-symbolic");
  gtk_source_view_set_mark_attributes (self->source_view, CATEGORY_CURRENT, current, 10);
  gtk_source_mark_attributes_set_icon_name (error, "dialog-error-symbolic");
  gtk_source_view_set_mark_attributes (self->source_view, CATEGORY_ERROR, error, 20);
}

static void
rs_script_view_init (RsScriptView *self)
{
  GtkSourceLanguageManager *languages = gtk_source_language_manager_get_default ();
  GtkTextIter start;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->buffer = gtk_source_buffer_new (NULL);
  gtk_source_buffer_set_language (self->buffer,
                                  gtk_source_language_manager_get_language (languages, "python3"));
  gtk_source_buffer_set_highlight_matching_brackets (self->buffer, FALSE);
  self->current_tag = gtk_text_buffer_create_tag (GTK_TEXT_BUFFER (self->buffer), "current-line", NULL);
  gtk_text_buffer_get_start_iter (GTK_TEXT_BUFFER (self->buffer), &start);
  self->current_mark = gtk_text_buffer_create_mark (GTK_TEXT_BUFFER (self->buffer), "current-line",
                                                    &start, TRUE);
  gtk_text_view_set_buffer (GTK_TEXT_VIEW (self->source_view), GTK_TEXT_BUFFER (self->buffer));
  setup_marks (self);
  update_scheme (self);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_scheme), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->source_view)),
                           "notify::upper", G_CALLBACK (scroll_to_current), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->command_entry, "activate",
                           G_CALLBACK (command_activate_cb), self, G_CONNECT_SWAPPED);
}

void
rs_script_view_set_text (RsScriptView *self,
                         const char   *text)
{
  g_return_if_fail (RS_IS_SCRIPT_VIEW (self));

  gtk_text_buffer_set_text (GTK_TEXT_BUFFER (self->buffer), text ? text : "", -1);
  rs_script_view_set_current_line (self, self->current_line);
}

char *
rs_script_view_dup_text (RsScriptView *self)
{
  GtkTextIter start, end;

  g_return_val_if_fail (RS_IS_SCRIPT_VIEW (self), NULL);

  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (self->buffer), &start, &end);
  return gtk_text_buffer_get_text (GTK_TEXT_BUFFER (self->buffer), &start, &end, FALSE);
}

void
rs_script_view_set_current_line (RsScriptView *self,
                                 guint         line)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_if_fail (RS_IS_SCRIPT_VIEW (self));

  buffer = GTK_TEXT_BUFFER (self->buffer);
  self->current_line = line;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->current_tag, &start, &end);
  mark_line (self, CATEGORY_CURRENT, line);
  if (line == 0 || line > (guint) gtk_text_buffer_get_line_count (buffer))
    return;

  gtk_text_buffer_get_iter_at_line (buffer, &start, line - 1);
  end = start;
  gtk_text_iter_forward_line (&end);
  gtk_text_buffer_apply_tag (buffer, self->current_tag, &start, &end);
  gtk_text_buffer_move_mark (buffer, self->current_mark, &start);
  scroll_to_current (self);
}

guint
rs_script_view_get_current_line (RsScriptView *self)
{
  g_return_val_if_fail (RS_IS_SCRIPT_VIEW (self), 0);

  return self->current_line;
}

void
rs_script_view_show_error (RsScriptView *self,
                           const char   *message,
                           guint         line)
{
  g_return_if_fail (RS_IS_SCRIPT_VIEW (self));

  gtk_label_set_label (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  mark_line (self, CATEGORY_ERROR, message ? line : 0);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->command_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->command_entry), "error");
}

const char *
rs_script_view_get_error (RsScriptView *self)
{
  g_return_val_if_fail (RS_IS_SCRIPT_VIEW (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    return NULL;
  return gtk_label_get_label (self->error_label);
}

void
rs_script_view_focus_command (RsScriptView *self)
{
  g_return_if_fail (RS_IS_SCRIPT_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->command_entry));
}

void
rs_script_view_clear_command (RsScriptView *self)
{
  g_return_if_fail (RS_IS_SCRIPT_VIEW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->command_entry), "");
}
