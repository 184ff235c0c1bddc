/* rs-script-view.c: the script editor, its current line and the command line
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The view runs nothing itself: Run is win.run-script, and Enter on the
 * command line activates win.run-command with the statement, so the
 * window decides (and may ask before discarding later steps).
 *
 * The script is the session's until the user types in it: while it
 * differs from the text that ran it is "edited", the current step's line
 * is not marked (it may not be the line the step ran any more).  Typing
 * or undoing back to the text that ran marks it again.
 *
 * What the window writes into the text (a statement that ran, or one
 * that raised, shown to be fixed) is one step of the editor's undo, as
 * if it had been typed: the window's win.undo and win.redo (Ctrl+Z and
 * Ctrl+Shift+Z, in the editor too) run the text again when the step
 * undone is one that had run.
 *
 * An error is marked where it is: the line in the gutter and the text
 * from its column on underlined, in the script or in the command line,
 * with the message under the text and in a tooltip over both.  The
 * errors of one rejection are all marked at once, each with its own
 * message, and the messages listed under the text.  Any change to
 * either text takes them away: they were about the text before.
 */
#define G_LOG_DOMAIN "refscope-script-view"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>
#include <gtksourceview/gtksource.h>
#include <string.h>

#include "rs-python-indenter.h"
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
  GtkWidget       *command_frame;
  GtkSourceView   *command_view;
  GtkWidget       *command_hint;

  /* Owned references */
  GtkSourceBuffer *buffer;
  GtkTextTag      *current_tag;
  GtkTextMark     *current_mark;  /* where the view scrolls to */
  GArray          *errors;        /* ScriptError, in the order shown */
  char            *error;         /* their messages, a line each */
  char            *ran_text;      /* what the session ran */

  /* State */
  guint            current_line;
  guint            edited : 1;
  guint            setting_text : 1;
  guint            errors_in_command : 1;
};

enum {
  PROP_0,
  PROP_EDITED,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RsScriptView, rs_script_view, GTK_TYPE_WIDGET)

/* An error marked in the text */
typedef struct {
  guint     line;        /* 1-based; 0: not in the text */
  char     *message;
} ScriptError;

static void
script_error_clear (ScriptError *error)
{
  g_clear_pointer (&error->message, g_free);
}

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

static GtkTextBuffer *
command_buffer (RsScriptView *self)
{
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->command_view));
}

static char *
command_text (RsScriptView *self)
{
  GtkTextBuffer *buffer = command_buffer (self);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* What Python's REPL does: a statement that opens a block (or leaves a
 * bracket open) goes on over more lines, and the block ends with an
 * empty line; a complete one-line statement runs at once. */
static gboolean
command_is_complete (const char *text)
{
  const char *last_line = strrchr (text, '\n');

  if (rs_python_text_continues (text))
    return FALSE;
  if (last_line == NULL)
    return !rs_python_line_opens_block (text);
  return *(last_line + 1 + strspn (last_line + 1, " \t")) == '\0';
}

static gboolean
command_key_pressed_cb (RsScriptView    *self,
                        guint            keyval,
                        guint            keycode,
                        GdkModifierType  state)
{
  g_autofree char *text = NULL;

  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return GDK_EVENT_PROPAGATE;
  /* Shift+Enter is the editor's own: a new, indented line. */
  if (state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK | GDK_ALT_MASK))
    return GDK_EVENT_PROPAGATE;
  text = command_text (self);
  if (!command_is_complete (text))
    return GDK_EVENT_PROPAGATE;
  /* The empty line that ended a block is not part of it. */
  g_strchomp (text);
  if (*text != '\0')
    gtk_widget_activate_action (GTK_WIDGET (self), "win.run-command", "s", text);
  return GDK_EVENT_STOP;
}

/* Adds a gutter mark of @category on @line (1-based; 0 marks nothing) */
static void
add_line_mark (RsScriptView *self,
               const char   *category,
               guint         line)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self->buffer);
  GtkTextIter start;

  if (line == 0 || line > (guint) gtk_text_buffer_get_line_count (buffer))
    return;
  gtk_text_buffer_get_iter_at_line (buffer, &start, line - 1);
  gtk_source_buffer_create_source_mark (self->buffer, NULL, category, &start);
}

static void
mark_line (RsScriptView *self,
           const char   *category,
           guint         line)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (self->buffer), &start, &end);
  gtk_source_buffer_remove_source_marks (self->buffer, &start, &end, category);
  add_line_mark (self, category, line);
}

static void
clear_underlines (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, CATEGORY_ERROR, &start, &end);
}

/* Underlines line @line of @buffer (1-based; 0 underlines nothing) from
 * column @column on (1-based, in characters; 0 is the whole line), at
 * least its last character where the error is at the line's end. */
static void
underline_error (GtkTextBuffer *buffer,
                 guint          line,
                 guint          column)
{
  GtkTextIter start, end;

  if (line == 0 || line > (guint) gtk_text_buffer_get_line_count (buffer))
    return;
  gtk_text_buffer_get_iter_at_line (buffer, &start, line - 1);
  end = start;
  if (!gtk_text_iter_ends_line (&end))
    gtk_text_iter_forward_to_line_end (&end);
  if (column > 1)
    gtk_text_iter_set_line_offset (&start, MIN (column - 1, (guint) gtk_text_iter_get_line_offset (&end)));
  if (gtk_text_iter_equal (&start, &end) && !gtk_text_iter_starts_line (&start))
    gtk_text_iter_backward_char (&start);
  gtk_text_buffer_apply_tag_by_name (buffer, CATEGORY_ERROR, &start, &end);
}

/* The messages of the errors, a line each, under the text */
static void
show_messages (RsScriptView *self,
               gboolean      in_command)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < self->errors->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "",
                            g_array_index (self->errors, ScriptError, i).message);
  g_clear_pointer (&self->error, g_free);
  if (self->errors->len > 0)
    self->error = g_strdup (text->str);
  gtk_label_set_label (self->error_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), self->errors->len > 0);
  if (self->errors->len > 0 && in_command)
    gtk_widget_add_css_class (self->command_frame, "error");
  else
    gtk_widget_remove_css_class (self->command_frame, "error");
}

/* The message of the error marked on @line (1-based), or of them all
 * for the errors outside the text */
static const char *
error_at_line (RsScriptView *self,
               guint         line)
{
  for (guint i = 0; i < self->errors->len; i++)
    if (g_array_index (self->errors, ScriptError, i).line == line)
      return g_array_index (self->errors, ScriptError, i).message;
  return self->error;
}

static void
clear_errors (RsScriptView *self)
{
  g_array_set_size (self->errors, 0);
  mark_line (self, CATEGORY_ERROR, 0);
  clear_underlines (GTK_TEXT_BUFFER (self->buffer));
  clear_underlines (command_buffer (self));
}

/* Marks one more error, in the command line's text or in the script's */
static void
add_error (RsScriptView *self,
           const char   *message,
           guint         line,
           guint         column,
           gboolean      in_command)
{
  ScriptError error = { line, g_strdup (message) };

  g_array_append_val (self->errors, error);
  self->errors_in_command = in_command;
  if (!in_command)
    add_line_mark (self, CATEGORY_ERROR, line);
  underline_error (in_command ? command_buffer (self) : GTK_TEXT_BUFFER (self->buffer), line, column);
  show_messages (self, in_command);
}

/* The message over the underlined text, in either view. */
static gboolean
query_tooltip_cb (GtkTextView *view,
                  int          x,
                  int          y,
                  gboolean     keyboard,
                  GtkTooltip  *tooltip,
                  gpointer     user_data)
{
  RsScriptView *self = RS_SCRIPT_VIEW (user_data);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), CATEGORY_ERROR);
  GtkTextIter iter;
  int bx, by;

  if (self->error == NULL || keyboard)
    return FALSE;
  gtk_text_view_window_to_buffer_coords (view, GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (view, &iter, bx, by) || !gtk_text_iter_has_tag (&iter, tag))
    return FALSE;
  gtk_tooltip_set_text (tooltip, error_at_line (self, gtk_text_iter_get_line (&iter) + 1));
  return TRUE;
}

static char *
error_mark_tooltip_cb (GtkSourceMarkAttributes *attributes,
                       GtkSourceMark           *mark,
                       RsScriptView            *self)
{
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_mark (GTK_TEXT_BUFFER (self->buffer), &iter, GTK_TEXT_MARK (mark));
  return g_strdup (error_at_line (self, gtk_text_iter_get_line (&iter) + 1));
}

static void
setup_error_tag (RsScriptView  *self,
                 GtkTextView   *view)
{
  gtk_text_buffer_create_tag (gtk_text_view_get_buffer (view), CATEGORY_ERROR,
                              "underline", PANGO_UNDERLINE_ERROR, NULL);
  gtk_widget_set_has_tooltip (GTK_WIDGET (view), TRUE);
  g_signal_connect_object (view, "query-tooltip", G_CALLBACK (query_tooltip_cb), self, 0);
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

  /* While the user types, the view stays where they type. */
  if (self->edited || self->current_line == 0 || self->current_line > (guint) n_lines)
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
  g_clear_pointer (&self->error, g_free);
  g_clear_pointer (&self->errors, g_array_unref);
  g_clear_pointer (&self->ran_text, g_free);
  G_OBJECT_CLASS (rs_script_view_parent_class)->dispose (object);
}

static void
rs_script_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RsScriptView *self = RS_SCRIPT_VIEW (object);

  switch (prop_id)
    {
    case PROP_EDITED:
      g_value_set_boolean (value, self->edited);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_script_view_class_init (RsScriptViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_script_view_dispose;
  object_class->get_property = rs_script_view_get_property;

  properties[PROP_EDITED] =
    g_param_spec_boolean ("edited", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The script's text changed, typed or set: what autosave follows. */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (GTK_SOURCE_TYPE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/refscope/Refscope/rs-script-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RsScriptView, box);
  gtk_widget_class_bind_template_child (widget_class, RsScriptView, source_view);
  gtk_widget_class_bind_template_child (widget_class, RsScriptView, error_label);
  gtk_widget_class_bind_template_child (widget_class, RsScriptView, command_frame);
  gtk_widget_class_bind_template_child (widget_class, RsScriptView, command_view);
  gtk_widget_class_bind_template_child (widget_class, RsScriptView, command_hint);
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
  g_signal_connect_object (error, "query-tooltip-text", G_CALLBACK (error_mark_tooltip_cb), self, 0);
  gtk_source_view_set_mark_attributes (self->source_view, CATEGORY_ERROR, error, 20);
  setup_error_tag (self, GTK_TEXT_VIEW (self->source_view));
}

/* The current line is marked while the text is the one that ran. */
static void
update_edited (RsScriptView *self)
{
  g_autofree char *text = rs_script_view_dup_text (self);
  gboolean edited = g_strcmp0 (text, self->ran_text ? self->ran_text : "") != 0;

  if (edited == self->edited)
    return;
  self->edited = edited;
  rs_script_view_set_current_line (self, self->current_line);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITED]);
}

/* Typing in the script: the marked line may no longer be the step's. */
static void
buffer_changed_cb (RsScriptView *self)
{
  if (!self->setting_text)
    {
      if (self->error != NULL)
        rs_script_view_show_error (self, NULL, 0, 0);
      update_edited (self);
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
command_changed_cb (RsScriptView  *self,
                    GtkTextBuffer *buffer)
{
  gtk_widget_set_visible (self->command_hint, gtk_text_buffer_get_char_count (buffer) == 0);
  if (self->error != NULL)
    rs_script_view_show_error (self, NULL, 0, 0);
}

static void
setup_command_view (RsScriptView *self)
{
  GtkSourceLanguageManager *languages = gtk_source_language_manager_get_default ();
  GtkSourceBuffer *buffer = GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->command_view)));
  g_autoptr(GtkSourceIndenter) indenter = rs_python_indenter_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_source_buffer_set_language (buffer, gtk_source_language_manager_get_language (languages, "python3"));
  gtk_source_view_set_indenter (self->command_view, indenter);
  /* Before the view's own Enter, which would add a line. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (command_key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->command_view), keys);
  setup_error_tag (self, GTK_TEXT_VIEW (self->command_view));
  g_signal_connect_object (buffer, "changed", G_CALLBACK (command_changed_cb), self, G_CONNECT_SWAPPED);
}

/* Before the editor's own Ctrl+Z, which would take back the text and
 * leave its run. */
static void
setup_undo_shortcuts (RsScriptView *self)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_z, GDK_CONTROL_MASK),
                      gtk_named_action_new ("win.undo")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK),
                      gtk_named_action_new ("win.redo")));
  gtk_widget_add_controller (GTK_WIDGET (self->source_view), shortcuts);
}

static void
rs_script_view_init (RsScriptView *self)
{
  GtkSourceLanguageManager *languages = gtk_source_language_manager_get_default ();
  g_autoptr(GtkSourceIndenter) indenter = rs_python_indenter_new ();
  GtkTextIter start;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->errors = g_array_new (FALSE, FALSE, sizeof (ScriptError));
  g_array_set_clear_func (self->errors, (GDestroyNotify) script_error_clear);

  self->buffer = gtk_source_buffer_new (NULL);
  gtk_source_buffer_set_language (self->buffer,
                                  gtk_source_language_manager_get_language (languages, "python3"));
  gtk_source_buffer_set_highlight_matching_brackets (self->buffer, FALSE);
  self->current_tag = gtk_text_buffer_create_tag (GTK_TEXT_BUFFER (self->buffer), "current-line", NULL);
  gtk_text_buffer_get_start_iter (GTK_TEXT_BUFFER (self->buffer), &start);
  self->current_mark = gtk_text_buffer_create_mark (GTK_TEXT_BUFFER (self->buffer), "current-line",
                                                    &start, TRUE);
  gtk_text_view_set_buffer (GTK_TEXT_VIEW (self->source_view), GTK_TEXT_BUFFER (self->buffer));
  gtk_source_view_set_indenter (self->source_view, indenter);
  setup_marks (self);
  setup_command_view (self);
  setup_undo_shortcuts (self);
  update_scheme (self);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_scheme), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->source_view)),
                           "notify::upper", G_CALLBACK (scroll_to_current), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->buffer, "changed", G_CALLBACK (buffer_changed_cb), self, G_CONNECT_SWAPPED);
}

/* The window sets the text: no edit of the user's. */
static void
begin_setting_text (RsScriptView *self)
{
  self->setting_text = TRUE;
}

static void
end_setting_text (RsScriptView *self,
                  const char   *ran_text)
{
  if (ran_text != NULL)
    {
      g_free (self->ran_text);
      self->ran_text = g_strdup (ran_text);
    }
  self->setting_text = FALSE;
  update_edited (self);
}

void
rs_script_view_set_text (RsScriptView *self,
                         const char   *text)
{
  GtkTextBuffer *buffer;
  g_autofree char *old = NULL;

  g_return_if_fail (RS_IS_SCRIPT_VIEW (self));

  buffer = GTK_TEXT_BUFFER (self->buffer);
  old = rs_script_view_dup_text (self);
  begin_setting_text (self);
  /* The same text (the edited script ran) keeps the user's undo. */
  if (!g_str_equal (old, text ? text : ""))
    {
      gtk_text_buffer_begin_irreversible_action (buffer);
      gtk_text_buffer_set_text (buffer, text ? text : "", -1);
      gtk_text_buffer_end_irreversible_action (buffer);
    }
  end_setting_text (self, text ? text : "");
}

/* Replaces what differs between the text and @text, as one user action:
 * one step of undo that leaves the rest (and the cursor) alone. */
static void
replace_difference (RsScriptView *self,
                    const char   *text)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self->buffer);
  g_autofree char *old = rs_script_view_dup_text (self);
  glong prefix = 0;
  GtkTextIter start, end;

  while (old[prefix] != '\0' && old[prefix] == text[prefix])
    prefix++;
  /* Whole characters only. */
  while (prefix > 0 && (old[prefix] & 0xC0) == 0x80)
    prefix--;
  if (old[prefix] == '\0' && text[prefix] == '\0')
    return;
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, g_utf8_strlen (old, prefix));
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_delete (buffer, &start, &end);
  gtk_text_buffer_insert (buffer, &start, text + prefix, -1);
  gtk_text_buffer_end_user_action (buffer);
}

void
rs_script_view_change_text (RsScriptView *self,
                            const char   *text,
                            gboolean      ran)
{
  g_return_if_fail (RS_IS_SCRIPT_VIEW (self));
  g_return_if_fail (text != NULL);

  begin_setting_text (self);
  replace_difference (self, text);
  end_setting_text (self, ran ? text : NULL);
}

gboolean
rs_script_view_undo (RsScriptView *self,
                     gboolean      redo)
{
  GtkTextBuffer *buffer;

  g_return_val_if_fail (RS_IS_SCRIPT_VIEW (self), FALSE);

  buffer = GTK_TEXT_BUFFER (self->buffer);
  if (!(redo ? gtk_text_buffer_get_can_redo (buffer) : gtk_text_buffer_get_can_undo (buffer)))
    return FALSE;
  if (redo)
    gtk_text_buffer_redo (buffer);
  else
    gtk_text_buffer_undo (buffer);
  return TRUE;
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
  mark_line (self, CATEGORY_CURRENT, self->edited ? 0 : line);
  if (self->edited || line == 0 || line > (guint) gtk_text_buffer_get_line_count (buffer))
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
                           guint         line,
                           guint         column)
{
  g_return_if_fail (RS_IS_SCRIPT_VIEW (self));

  clear_errors (self);
  if (message != NULL)
    add_error (self, message, line, column, FALSE);
  else
    show_messages (self, FALSE);
}

void
rs_script_view_show_command_error (RsScriptView *self,
                                   const char   *message,
                                   guint         line,
                                   guint         column)
{
  g_return_if_fail (RS_IS_SCRIPT_VIEW (self));

  clear_errors (self);
  if (message != NULL)
    add_error (self, message, line, column, TRUE);
  else
    show_messages (self, TRUE);
}

void
rs_script_view_add_error (RsScriptView *self,
                          const char   *message,
                          guint         line,
                          guint         column)
{
  g_return_if_fail (RS_IS_SCRIPT_VIEW (self));
  g_return_if_fail (message != NULL);
  g_return_if_fail (self->errors->len > 0);

  add_error (self, message, line, column, self->errors_in_command);
}

const char *
rs_script_view_get_error (RsScriptView *self)
{
  g_return_val_if_fail (RS_IS_SCRIPT_VIEW (self), NULL);

  return self->error;
}

gboolean
rs_script_view_get_edited (RsScriptView *self)
{
  g_return_val_if_fail (RS_IS_SCRIPT_VIEW (self), FALSE);

  return self->edited;
}

guint
rs_script_view_get_cursor_line (RsScriptView *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter iter;

  g_return_val_if_fail (RS_IS_SCRIPT_VIEW (self), 0);

  buffer = GTK_TEXT_BUFFER (self->buffer);
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  return gtk_text_iter_get_line (&iter) + 1;
}

void
rs_script_view_focus_command (RsScriptView *self)
{
  g_return_if_fail (RS_IS_SCRIPT_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->command_view));
}

void
rs_script_view_clear_command (RsScriptView *self)
{
  g_return_if_fail (RS_IS_SCRIPT_VIEW (self));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->command_view)), "", 0);
}
