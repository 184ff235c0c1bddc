/* rs-cli.h: the refscope command line
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Parses the whole command line, without initialising GTK.  For --trace,
 * --export, --help, --version or a usage error (exit status 2), does it
 * and returns TRUE with the exit status; for the app, returns FALSE with
 * @app_argv set to the program name and the files to open. */
gboolean rs_cli_run (int     argc,
                     char  **argv,
                     char ***app_argv,
                     int    *status);

G_END_DECLS
