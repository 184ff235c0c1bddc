/* main.c: the refscope command
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The command line is the cli's (rs-cli.c): it runs the headless modes
 * without initialising GTK and hands the rest to the application.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "rs-application.h"
#include "rs-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RsApplication) app = NULL;
  g_auto(GStrv) app_argv = NULL;
  int status;

  setlocale (LC_ALL, "");
  /* the tests read the catalogues of the build tree */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("REFSCOPE_LOCALEDIR") != NULL
                                   ? g_getenv ("REFSCOPE_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (rs_cli_run (argc, argv, &app_argv, &status))
    return status;
  app = rs_application_new ();
  return g_application_run (G_APPLICATION (app), (int) g_strv_length (app_argv), app_argv);
}
