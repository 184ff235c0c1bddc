/* rs-test-window.h: what the tests of the real window share
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rs-application.h"
#include "rs-window-private.h"

G_BEGIN_DECLS

/* A throwaway home and settings, a private Xvfb without a display, GTK
 * and the application; then g_test_add_func, then test_window_run. */
void         test_window_init   (int          *argc,
                                 char       ***argv);
int          test_window_run    (void);
/* The throwaway home (XDG_DATA_HOME and XDG_STATE_HOME): a child started
 * with RS_TEST_WINDOW_HOME set to it shares it. */
const char  *test_window_home   (void);
RsApplication *test_window_app  (void);

RsWindow    *new_window         (void);
/* Closes without the "save changes?" prompt. */
void         close_window       (RsWindow    *window);
RsWindow    *open_example       (const char  *name);
/* The main loop until the file the window reads is in. */
void         wait_for_load      (RsWindow    *window);
/* rs_window_open_file, then wait_for_load. */
void         open_file          (RsWindow    *window,
                                 GFile       *file);
/* Until the layout and the transitions are done. */
void         wait_until_settled (RsWindow    *window);
RsObjId      find_titled        (RsWindow    *window,
                                 const char  *title);
/* The source of the window's session: what ran. */
const char  *source             (RsWindow    *window);

/* Whether a label under @widget reads @text (what a toast shows). */
gboolean     shows_label        (GtkWidget   *widget,
                                 const char  *text);
/* The GtkTextView inside @widget, depth first. */
GtkTextView *script_text_view   (GtkWidget   *widget);
GtkTextView *script_editor      (RsWindow    *window);
GtkTextView *command_view       (RsWindow    *window);
char        *view_text          (GtkTextView *view);
/* What GtkSourceView does on Enter with auto-indent. */
void         editor_new_line    (GtkTextView *view);
/* Types @text at the cursor: '\n' is @enter, '\b' the Backspace that
 * takes an indentation level back. */
void         type_into          (GtkTextView *view,
                                 const char  *text,
                                 void       (*enter) (GtkTextView *view));
/* Types @text at the end of the editor @view, Enter as the editor's. */
void         type_at_end        (GtkTextView *view,
                                 const char  *text);

G_END_DECLS
