/* rs-script-view.h: the script editor, its current line and the command line
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RS_TYPE_SCRIPT_VIEW (rs_script_view_get_type ())
G_DECLARE_FINAL_TYPE (RsScriptView, rs_script_view, RS, SCRIPT_VIEW, GtkWidget)

/* The text of the session: the script is no longer edited.  A new text
 * cannot be undone back to the old one. */
void        rs_script_view_set_text          (RsScriptView *self,
                                              const char   *text);
/* The same for a text the window changed (a statement ran, or the text
 * was cut to a step): undo takes the change back, as if it had been
 * typed.  With @ran FALSE, @text is not what ran (a statement that raised,
 * shown to be fixed or undone): the script shows as edited. */
void        rs_script_view_change_text       (RsScriptView *self,
                                              const char   *text,
                                              gboolean      ran);
/* Undoes (or with @redo, redoes) a step of the editor's text; FALSE when
 * there is none. */
gboolean    rs_script_view_undo              (RsScriptView *self,
                                              gboolean      redo);
char       *rs_script_view_dup_text          (RsScriptView *self);
/* Marks @line (1-based; 0 marks nothing) as the one the step ran. */
void        rs_script_view_set_current_line  (RsScriptView *self,
                                              guint         line);
guint       rs_script_view_get_current_line  (RsScriptView *self);
/* Shows @message under the script (NULL hides it, as does any change to
 * the text); @line, when not 0, is marked as the line in error and the
 * text from @column on underlined (1-based; 0 is the whole line). */
void        rs_script_view_show_error        (RsScriptView *self,
                                              const char   *message,
                                              guint         line,
                                              guint         column);
/* The same for an error in the command line's text. */
void        rs_script_view_show_command_error (RsScriptView *self,
                                               const char   *message,
                                               guint         line,
                                               guint         column);
/* Marks one more error, where the last one shown is (the script or the
 * command line), with its own message: the messages are listed under
 * the text, a line each. */
void        rs_script_view_add_error          (RsScriptView *self,
                                               const char   *message,
                                               guint         line,
                                               guint         column);
/* The messages shown, a line each, or NULL */
const char *rs_script_view_get_error         (RsScriptView *self);
/* Whether the text differs from the one that ran. */
gboolean    rs_script_view_get_edited        (RsScriptView *self);
/* The line of the text cursor, 1-based. */
guint       rs_script_view_get_cursor_line   (RsScriptView *self);
void        rs_script_view_focus_command     (RsScriptView *self);
/* Empties the command line once its statement ran. */
void        rs_script_view_clear_command     (RsScriptView *self);

G_END_DECLS
