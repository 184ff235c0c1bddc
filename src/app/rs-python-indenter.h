/* rs-python-indenter.h: the indentation Python wants after a line
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtksourceview/gtksource.h>

G_BEGIN_DECLS

#define RS_TYPE_PYTHON_INDENTER (rs_python_indenter_get_type ())
G_DECLARE_FINAL_TYPE (RsPythonIndenter, rs_python_indenter, RS, PYTHON_INDENTER, GObject)

GtkSourceIndenter *rs_python_indenter_new          (void);
/* Whether @line (no newline) ends in ':' outside a comment: a block
 * follows it. */
gboolean           rs_python_line_opens_block      (const char *line);
/* Whether @text ends inside brackets or after a backslash: the statement
 * goes on on the next line. */
gboolean           rs_python_text_continues        (const char *text);

G_END_DECLS
