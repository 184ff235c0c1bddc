/* rs-export-command.c: refscope --export, headless
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <string.h>

#include "rs-export.h"
#include "rs-session.h"
#include "rs-view-state.h"

typedef struct {
  const char      *out;
  const char      *file;
  gint64           step;         /* -1: the last */
  gboolean         all_steps;
  gboolean         engine_given;
  RsExportOptions  options;
} Args;

static gboolean
parse_number (const char *text,
              gboolean    fractional,
              double      max,
              double     *out)
{
  char *end = NULL;
  double v = g_ascii_strtod (text, &end);

  if (end == text || *end != '\0' || v < 0 || v > max || (!fractional && v != (gint64) v))
    return FALSE;
  *out = v;
  return TRUE;
}

static gboolean
parse_option (Args        *args,
              const char  *name,
              const char  *value)
{
  double v;

  if (value == NULL)
    return FALSE;
  if (strcmp (name, "--export") == 0)
    args->out = value;
  else if (strcmp (name, "--step") == 0 && parse_number (value, FALSE, G_MAXUINT32, &v))
    args->step = (gint64) v;
  else if (strcmp (name, "--engine") == 0)
    return (args->engine_given = rs_layout_engine_from_name (value, &args->options.engine));
  else if (strcmp (name, "--scale") == 0 && parse_number (value, TRUE, 16, &v) && v > 0.05)
    args->options.scale = v;
  else
    return FALSE;
  return TRUE;
}

static gboolean
parse_args (int    argc,
            char **argv,
            Args  *args)
{
  const RsExportOptions defaults = RS_EXPORT_OPTIONS_INIT;

  memset (args, 0, sizeof *args);
  args->step = -1;
  args->options = defaults;
  for (int i = 1; i < argc; i++)
    {
      const char *a = argv[i];

      if (strcmp (a, "--all-steps") == 0)
        args->all_steps = TRUE;
      else if (strcmp (a, "--dark") == 0)
        args->options.dark = TRUE;
      else if (strcmp (a, "--no-legend") == 0)
        args->options.no_legend = TRUE;
      else if (g_str_has_prefix (a, "--"))
        {
          if (!parse_option (args, a, i + 1 < argc ? argv[i + 1] : NULL))
            {
              g_printerr (_("refscope: bad or missing value for %s\n"), a);
              return FALSE;
            }
          i++;
        }
      else if (args->file == NULL)
        args->file = a;
      else
        return FALSE;
    }
  return args->out != NULL && args->file != NULL;
}

static int
export_all_steps (RsSession  *session,
                  const Args *args)
{
  guint n = rs_session_get_n_steps (session);
  g_autoptr(GPtrArray) snaps = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_snapshot_unref);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (snaps, rs_session_get_snapshot (session, i));
  if (!rs_export_pdf_pages ((RsSnapshot * const *) snaps->pdata, snaps->len, args->out,
                            &args->options, &error))
    {
      g_printerr ("refscope: %s\n", error->message);
      return 1;
    }
  return 0;
}

static int
export_step (RsSession  *session,
             const Args *args)
{
  guint n = rs_session_get_n_steps (session);
  g_autoptr(RsSnapshot) snap = NULL;
  g_autoptr(GError) error = NULL;
  guint step = args->step < 0 ? n - 1 : (guint) args->step;

  if (step >= n)
    {
      g_printerr (_("refscope: %s has steps 0 to %u; there is no step %u\n"), args->file, n - 1, step);
      return 1;
    }
  snap = rs_session_get_snapshot (session, step);
  if (!rs_export_snapshot (snap, args->out, &args->options, &error))
    {
      g_printerr ("refscope: %s\n", error->message);
      return 1;
    }
  return 0;
}

int
rs_export_command (int    argc,
                   char **argv)
{
  g_autoptr(RsSession) session = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gsize length;
  RsViewState view = { 0 };
  RsExportFormat format;
  Args args;
  int status;

  if (!parse_args (argc, argv, &args))
    {
      g_printerr (_("usage: refscope --export OUT.{png,svg,pdf,dot,json} [--step N] [--engine dot|neato|fdp|sfdp|circo]\n"
                    "                [--scale S] [--all-steps] [--dark] [--no-legend] FILE.py\n"));
      return 1;
    }
  if (!rs_export_format_from_filename (args.out, &format))
    {
      g_printerr (_("refscope: %s: unknown format (use .png, .svg, .pdf, .dot or .json)\n"), args.out);
      return 1;
    }
  if (args.all_steps && format != RS_EXPORT_PDF)
    {
      g_printerr (_("refscope: --all-steps writes a PDF: name the output something.pdf\n"));
      return 1;
    }
  rs_layout_use_thread_locale ();
  session = rs_session_new ();
  file = g_file_new_for_commandline_arg (args.file);
  if (!rs_session_load_file (session, file, &error))
    {
      g_printerr ("%s\n", error->message);
      return g_error_matches (error, RS_SESSION_ERROR, RS_SESSION_ERROR_REJECTED) ? 2 : 1;
    }
  /* The picture the app shows: the saved engine (unless --engine says
   * otherwise) and the cards the user pinned. */
  if (g_file_load_contents (file, NULL, &text, &length, NULL, NULL))
    {
      RsLayoutEngine engine;

      rs_view_state_parse (&view, text, length);
      if (!args.engine_given && view.engine && rs_layout_engine_from_name (view.engine, &engine))
        args.options.engine = engine;
      if (view.pins != NULL)
        {
          args.options.pins = (const RsScenePin *) view.pins->data;
          args.options.n_pins = view.pins->len;
        }
    }
  status = args.all_steps ? export_all_steps (session, &args) : export_step (session, &args);
  rs_view_state_clear (&view);
  return status;
}
