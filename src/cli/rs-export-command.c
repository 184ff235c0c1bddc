/* rs-export-command.c: refscope --export, headless
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "rs-cli-private.h"
#include "rs-export-command.h"
#include "rs-view-state.h"

static int
export_all_steps (RsSession             *session,
                  const RsExportRequest *request,
                  const RsExportOptions *options)
{
  guint n = rs_session_get_n_steps (session);
  g_autoptr(GPtrArray) snaps = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_snapshot_unref);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (snaps, rs_session_get_snapshot (session, i));
  if (!rs_export_pdf_pages ((RsSnapshot * const *) snaps->pdata, snaps->len, request->out,
                            options, &error))
    {
      g_printerr ("refscope: %s\n", error->message);
      return 1;
    }
  return 0;
}

/* The step --step names, else the one the file was saved at (the app's
 * picture of it), else the last. */
static guint
step_to_export (RsSession             *session,
                const RsExportRequest *request,
                const RsViewState     *view)
{
  guint n = rs_session_get_n_steps (session);

  if (request->step >= 0)
    return (guint) request->step;
  if (view->has_step)
    return MIN (view->step, n - 1);
  return n - 1;
}

static int
export_step (RsSession             *session,
             const RsExportRequest *request,
             const RsExportOptions *options,
             const RsViewState     *view,
             const char            *arg)
{
  guint n = rs_session_get_n_steps (session);
  g_autoptr(RsSnapshot) snap = NULL;
  g_autoptr(GError) error = NULL;
  guint step = step_to_export (session, request, view);

  if (step >= n)
    {
      g_printerr (_("refscope: %s has steps 0 to %u; there is no step %u\n"), arg, n - 1, step);
      return 1;
    }
  snap = rs_session_get_snapshot (session, step);
  if (!rs_export_snapshot (snap, request->out, options, &error))
    {
      g_printerr ("refscope: %s\n", error->message);
      return 1;
    }
  return 0;
}

static int
check_output (const RsExportRequest *request)
{
  RsExportFormat format;

  if (!rs_export_format_from_filename (request->out, &format))
    return rs_cli_usage_error (_("%s: unknown format (use .png, .svg, .pdf, .dot or .json)"), request->out);
  if (request->all_steps && format != RS_EXPORT_PDF)
    return rs_cli_usage_error (_("--all-steps writes a PDF: name the output something.pdf"));
  return 0;
}

int
rs_export_command (const RsExportRequest *request,
                   const char            *arg)
{
  g_autoptr(RsSession) session = NULL;
  g_autofree char *text = NULL;
  gsize length;
  RsViewState view = { 0 };
  RsExportOptions options;
  RsLayoutEngine engine;
  int status;

  g_return_val_if_fail (request != NULL && request->out != NULL && arg != NULL, 1);

  if ((status = check_output (request)) != 0)
    return status;
  rs_layout_use_thread_locale ();
  session = rs_session_new ();
  if (!rs_cli_load (session, arg, &text, &length, &status))
    return status;
  /* a picture of a run that did not end as CPython's would mislead */
  if ((status = rs_cli_report_stop (session, arg, RS_SESSION_DEFAULT_STEP_LIMIT)) != 0)
    return status;
  /* The picture the app shows: the saved step and engine (unless --step
   * or --engine say otherwise) and the cards the user pinned. */
  options = request->options;
  rs_view_state_parse (&view, text, length);
  if (!request->engine_given && view.engine && rs_layout_engine_from_name (view.engine, &engine))
    options.engine = engine;
  if (view.pins != NULL)
    {
      options.pins = (const RsScenePin *) view.pins->data;
      options.n_pins = view.pins->len;
    }
  status = request->all_steps ? export_all_steps (session, request, &options)
                              : export_step (session, request, &options, &view, arg);
  rs_view_state_clear (&view);
  return status;
}
