/* main.c: the refscope command
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   refscope --trace FILE.py           the LANGUAGE.md trace, headless
 *   refscope --export OUT [...] FILE.py  a picture of a step, headless
 *   refscope [FILE.py]                 the application
 *
 * The headless commands never initialise GTK.
 */
#include "config.h"

#include <glib.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "rs-application.h"
#include "rs-export.h"
#include "rs-trace.h"

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  for (int i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--trace") == 0)
        return rs_trace_command (argc, argv);
      else if (strcmp (argv[i], "--export") == 0)
        return rs_export_command (argc, argv);
    }

  {
    g_autoptr(RsApplication) app = rs_application_new ();

    return g_application_run (G_APPLICATION (app), argc, argv);
  }
}
