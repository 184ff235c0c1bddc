/* rs-cli.c: the refscope command line, parsed once for every mode
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   refscope [FILE.py...]                 the application
 *   refscope --trace FILE.py              the LANGUAGE.md trace, headless
 *   refscope --run FILE.py                what the script prints, headless
 *   refscope --export OUT [...] FILE.py   a picture of a step, headless
 *   refscope --explain N|all [...] FILE.py   why objects live, headless
 *
 * --help lists the options of every mode, in one group per mode.
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <stdarg.h>

#include "rs-cli.h"
#include "rs-cli-private.h"
#include "rs-explain-command.h"
#include "rs-export-command.h"
#include "rs-trace-command.h"

typedef struct {
  gboolean         help;
  gboolean         version;
  char           **files;
  char            *out;
  /* --trace */
  gboolean         trace;
  gboolean         run;     /* --run: as --trace, printing only the output */
  guint64          step_limit;
  gboolean         step_limit_given;
  gboolean         limits_given;  /* --heap-limit, --object-limit, --history-limit */
  /* --export: the options of the request that are not yet given */
  RsExportRequest  export;
  gboolean         scale_given;
  /* --explain (its --step is the export's) */
  gboolean         explain;
  RsExplainRequest explain_request;
} RsCliArgs;

/* The limits of every headless run (--heap-limit, --object-limit,
 * --history-limit): what rs_cli_load gives the session it loads */
static struct {
  guint64 heap_bytes, heap_objects, history_bytes;
} cli_limits;

/* Options that take a value */

static gboolean
bad_value (GError     **error,
           const char  *option,
           const char  *value,
           const char  *wanted)
{
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("%s wants %s, not “%s”"), option, wanted, value);
  return FALSE;
}

static gboolean
parse_count (const char  *option,
             const char  *value,
             guint64      min,
             guint64      max,
             const char  *wanted,
             guint64     *count,
             GError     **error)
{
  return g_ascii_string_to_unsigned (value, 10, min, max, count, NULL)
         || bad_value (error, option, value, wanted);
}

static gboolean
parse_step_limit (const char  *option,
                  const char  *value,
                  gpointer     data,
                  GError     **error)
{
  RsCliArgs *args = data;

  return (args->step_limit_given = parse_count (option, value, 1, G_MAXUINT64,
                                                _("a number of lines from 1"),
                                                &args->step_limit, error));
}

static gboolean
parse_heap_limit (const char  *option,
                  const char  *value,
                  gpointer     data,
                  GError     **error)
{
  ((RsCliArgs *) data)->limits_given = TRUE;
  return rs_session_parse_size (value, RS_SESSION_MIN_HEAP_LIMIT, &cli_limits.heap_bytes)
         || bad_value (error, option, value, _("a size in bytes from 1M (K, M and G suffixes)"));
}

static gboolean
parse_object_limit (const char  *option,
                    const char  *value,
                    gpointer     data,
                    GError     **error)
{
  ((RsCliArgs *) data)->limits_given = TRUE;
  return parse_count (option, value, RS_SESSION_MIN_OBJECT_LIMIT, G_MAXUINT32,
                      _("a number of objects from 1000"), &cli_limits.heap_objects, error);
}

static gboolean
parse_history_limit (const char  *option,
                     const char  *value,
                     gpointer     data,
                     GError     **error)
{
  ((RsCliArgs *) data)->limits_given = TRUE;
  return rs_session_parse_size (value, RS_SESSION_MIN_HISTORY_LIMIT, &cli_limits.history_bytes)
         || bad_value (error, option, value, _("a size in bytes from 1M (K, M and G suffixes)"));
}

static gboolean
parse_step (const char  *option,
            const char  *value,
            gpointer     data,
            GError     **error)
{
  RsCliArgs *args = data;
  guint64 step;

  if (!parse_count (option, value, 0, G_MAXUINT32, _("a step number"), &step, error))
    return FALSE;
  args->export.step = (gint64) step;
  return TRUE;
}

static gboolean
parse_explain (const char  *option,
               const char  *value,
               gpointer     data,
               GError     **error)
{
  RsCliArgs *args = data;
  guint64 number;

  args->explain = TRUE;
  if (g_strcmp0 (value, "all") == 0)
    return TRUE;
  if (!parse_count (option, value, 1, G_MAXUINT32, _("an object number from 1, or all"), &number, error))
    return FALSE;
  args->explain_request.number = (guint) number;
  return TRUE;
}

static gboolean
parse_engine (const char  *option,
              const char  *value,
              gpointer     data,
              GError     **error)
{
  RsCliArgs *args = data;

  if (!rs_layout_engine_from_name (value, &args->export.options.engine))
    return bad_value (error, option, value, "dot, neato, fdp, sfdp or circo");
  args->export.engine_given = TRUE;
  return TRUE;
}

static gboolean
parse_scale (const char  *option,
             const char  *value,
             gpointer     data,
             GError     **error)
{
  RsCliArgs *args = data;
  char *end = NULL;
  double scale = g_ascii_strtod (value, &end);

  if (end == value || *end != '\0' || !(scale > 0.05 && scale <= 16))
    return bad_value (error, option, value, _("a scale from 0.05 to 16"));
  args->export.options.scale = scale;
  args->scale_given = TRUE;
  return TRUE;
}

/* The context */

static void
add_group (GOptionContext     *context,
           const char         *name,
           const char         *description,
           const char         *help_description,
           const GOptionEntry *entries,
           RsCliArgs          *args)
{
  GOptionGroup *group = g_option_group_new (name, description, help_description, args, NULL);

  g_option_group_set_translation_domain (group, GETTEXT_PACKAGE);
  g_option_group_add_entries (group, entries);
  g_option_context_add_group (context, group);
}

static GOptionContext *
new_context (RsCliArgs *args)
{
  const GOptionEntry main_entries[] = {
    { "help", 'h', 0, G_OPTION_ARG_NONE, &args->help, N_("Show the options of every mode"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, &args->version, N_("Print the version and exit"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args->files, NULL, N_("[FILE.py…]") },
    { NULL }
  };
  const GOptionEntry trace_entries[] = {
    { "trace", 0, 0, G_OPTION_ARG_NONE, &args->trace,
      N_("Print the reference trace of FILE.py, as the oracle prints it for CPython 3.11"), NULL },
    { "run", 0, 0, G_OPTION_ARG_NONE, &args->run,
      N_("Run FILE.py and print only what it prints, as python3 does (to time the two)"), NULL },
    { "step-limit", 0, 0, G_OPTION_ARG_CALLBACK, parse_step_limit,
      N_("Stop after N executed lines, with exit status 3 (default: 200000000)"), N_("N") },
    { NULL }
  };
  const GOptionEntry limit_entries[] = {
    { "heap-limit", 0, 0, G_OPTION_ARG_CALLBACK, parse_heap_limit,
      N_("Give the script MemoryError past BYTES of objects and strings (default: a quarter of the memory)"),
      N_("BYTES") },
    { "object-limit", 0, 0, G_OPTION_ARG_CALLBACK, parse_object_limit,
      N_("Give the script MemoryError past N living objects"), N_("N") },
    { "history-limit", 0, 0, G_OPTION_ARG_CALLBACK, parse_history_limit,
      N_("Stop recording steps past BYTES of history (--export; default: 1G)"), N_("BYTES") },
    { NULL }
  };
  const GOptionEntry export_entries[] = {
    { "export", 0, 0, G_OPTION_ARG_FILENAME, &args->out,
      N_("Draw FILE.py into OUT: .png, .svg, .pdf, .dot or .json"), N_("OUT") },
    { "step", 0, 0, G_OPTION_ARG_CALLBACK, parse_step,
      N_("Draw step N (default: the saved one, or the last)"), N_("N") },
    { "engine", 0, 0, G_OPTION_ARG_CALLBACK, parse_engine,
      N_("Lay out with ENGINE: dot, neato, fdp, sfdp or circo (default: the saved one, or dot)"), N_("ENGINE") },
    { "scale", 0, 0, G_OPTION_ARG_CALLBACK, parse_scale,
      N_("Scale the picture by S (default: 1)"), N_("S") },
    { "all-steps", 0, 0, G_OPTION_ARG_NONE, &args->export.all_steps,
      N_("Draw every step, one page each (OUT is a .pdf)"), NULL },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &args->export.options.dark,
      N_("Use the dark palette"), NULL },
    { "no-legend", 0, 0, G_OPTION_ARG_NONE, &args->export.options.no_legend,
      N_("Leave out the legend"), NULL },
    { NULL }
  };
  const GOptionEntry explain_entries[] = {
    { "explain", 0, 0, G_OPTION_ARG_CALLBACK, parse_explain,
      N_("Say why object N of FILE.py is alive or leaked, what it retains and what removing each reference to it frees (--step N: at that step)"),
      N_("N|all") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &args->explain_request.json,
      N_("Print the explanation as JSON (docs/explain.md)"), NULL },
    { NULL }
  };
  GOptionContext *context = g_option_context_new (NULL);
  GOptionGroup *main_group = g_option_group_new (NULL, NULL, NULL, args, NULL);

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Shows how CPython 3.11 manages memory.\n"
      "Without --trace, --run, --export or --explain, opens each FILE.py in the application.\n"
      "Exit status: 0 done, 1 cannot read or write, 2 bad command line or\n"
      "the script is outside the subset (also found while it runs), 3 the\n"
      "step limit stopped the script."));
  /* --help is ours: GLib's lists only the main group (the groups' help
   * descriptions, which GLib requires, would name --help-trace and
   * --help-export). */
  g_option_context_set_help_enabled (context, FALSE);
  g_option_group_add_entries (main_group, main_entries);
  g_option_group_set_translation_domain (main_group, GETTEXT_PACKAGE);
  g_option_context_set_main_group (context, main_group);
  add_group (context, "trace", _("Trace Options (refscope --trace|--run FILE.py):"),
             _("Show the trace options"), trace_entries, args);
  add_group (context, "limits", _("Limit Options (with --trace, --run, --export or --explain):"),
             _("Show the limit options"), limit_entries, args);
  add_group (context, "export", _("Export Options (refscope --export OUT FILE.py):"),
             _("Show the export options"), export_entries, args);
  add_group (context, "explain", _("Explain Options (refscope --explain N [--step N] [--json] FILE.py):"),
             _("Show the explain options"), explain_entries, args);
  return context;
}

/* The modes */

int
rs_cli_usage_error (const char *format,
                    ...)
{
  g_autofree char *message = NULL;
  va_list ap;

  va_start (ap, format);
  message = g_strdup_vprintf (format, ap);
  va_end (ap);
  g_printerr (_("refscope: error: %s\n"), message);
  return RS_CLI_USAGE;
}

/* The first error as the front end wrote it, then each one it found
 * after it, in the same form */
static void
print_rejection (RsSession    *session,
                 const char   *arg,
                 const GError *error)
{
  guint n = rs_session_get_n_rejections (session);

  g_printerr ("%s\n", error->message);
  for (guint i = 1; i < n; i++)
    {
      guint line, column;
      const char *message;

      rs_session_get_nth_rejection (session, i, &line, &column, &message);
      g_printerr ("%s:%u:%u: error: %s\n", arg, line, column, message);
    }
}

gboolean
rs_cli_load (RsSession   *session,
             const char  *arg,
             char       **contents,
             gsize       *length,
             int         *status)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (arg);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gsize text_length = 0;

  rs_session_set_heap_limit (session, cli_limits.heap_bytes, cli_limits.heap_objects);
  if (cli_limits.history_bytes != 0)
    rs_session_set_history_limit (session, cli_limits.history_bytes);
  if (rs_session_read_file (file, arg, RS_SESSION_MAX_FILE_SIZE, &text, &text_length, &error)
      && rs_session_load (session, arg, text, text_length, &error))
    {
      if (contents != NULL)
        *contents = g_steal_pointer (&text);
      if (length != NULL)
        *length = text_length;
      return TRUE;
    }
  /* A located error (outside the subset, not UTF-8) is 2, as a usage
   * error: the script cannot run. */
  if (rs_session_get_rejection (session, NULL, NULL))
    {
      print_rejection (session, arg, error);
      *status = RS_CLI_USAGE;
    }
  else
    {
      g_printerr (_("refscope: error: %s\n"), error->message);
      *status = 1;
    }
  return FALSE;
}

int
rs_cli_report_stop (RsSession  *session,
                    const char *arg,
                    guint64     step_limit)
{
  guint line, column;
  const char *message;

  if (rs_session_get_run_rejection (session, &line, &column, &message))
    {
      g_printerr ("%s:%u:%u: error: %s\n", arg, line, column, message);
      return RS_CLI_USAGE;
    }
  g_autofree char *memory = rs_session_describe_memory_error (session);
  if (memory != NULL)
    g_printerr (_("refscope: %s: MemoryError: %s\n"), arg, memory);
  g_autofree char *history = rs_session_describe_history_limit (session);
  if (history != NULL)
    {
      g_printerr (_("refscope: %s: %s\n"), arg, history);
      return RS_CLI_STEP_LIMIT;
    }
  if (rs_session_hit_step_limit (session))
    {
      g_autofree char *count = g_strdup_printf ("%" G_GUINT64_FORMAT, step_limit);

      /* the count formatted apart: a translation cannot hold a format macro */
      g_printerr (_("refscope: %s: stopped after %s executed lines (the step limit)\n"),
                  arg, count);
      return RS_CLI_STEP_LIMIT;
    }
  return 0;
}

static gboolean
uses_export_options (const RsCliArgs *args)
{
  return args->export.step >= 0 || args->export.engine_given || args->scale_given
         || args->export.all_steps || args->export.options.dark || args->export.options.no_legend;
}

static int
run_explain (RsCliArgs *args,
             guint      n_files)
{
  if (args->trace || args->run || args->out != NULL)
    return rs_cli_usage_error (_("--explain cannot be used with --trace, --run or --export"));
  if (args->export.engine_given || args->scale_given || args->export.all_steps
      || args->export.options.dark || args->export.options.no_legend)
    return rs_cli_usage_error (_("--engine, --scale, --all-steps, --dark and --no-legend go with --export"));
  if (args->step_limit_given)
    return rs_cli_usage_error (_("--step-limit goes with --trace or --run"));
  if (n_files != 1)
    return rs_cli_usage_error (_("--explain wants one FILE.py, not %u"), n_files);
  args->explain_request.step = args->export.step;
  return rs_explain_command (&args->explain_request, args->files[0]);
}

/* The mode the options ask for, or a usage error. */
static int
run_headless (RsCliArgs *args)
{
  guint n_files = args->files ? g_strv_length (args->files) : 0;
  gboolean headless_run = args->trace || args->run;
  const char *mode = args->trace ? "--trace" : args->run ? "--run" : "--export";

  if (args->explain)
    return run_explain (args, n_files);
  if (args->explain_request.json)
    return rs_cli_usage_error (_("--json goes with --explain"));
  if (args->trace && args->run)
    return rs_cli_usage_error (_("--trace and --run cannot be used together"));
  if (headless_run && args->out != NULL)
    return rs_cli_usage_error (_("%s and --export cannot be used together"), mode);
  if ((headless_run || args->out == NULL) && uses_export_options (args))
    return rs_cli_usage_error (_("--step, --engine, --scale, --all-steps, --dark and --no-legend go with --export"));
  if (!headless_run && args->step_limit_given)
    return rs_cli_usage_error (_("--step-limit goes with --trace or --run"));
  if (!headless_run && args->out == NULL && args->limits_given)
    return rs_cli_usage_error (_("--heap-limit, --object-limit and --history-limit go with --trace, --run, --export or --explain"));
  if (n_files != 1)
    return rs_cli_usage_error (_("%s wants one FILE.py, not %u"), mode, n_files);
  if (headless_run)
    return rs_trace_command (args->files[0], args->step_limit,
                             args->run ? RS_TRACE_COMMAND_OUTPUT : RS_TRACE_COMMAND_TRACE);
  return rs_export_command (&args->export, args->files[0]);
}

static char **
app_arguments (const char      *program,
               const RsCliArgs *args)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_strv_builder_add (builder, program);
  if (args->files != NULL)
    g_strv_builder_addv (builder, (const char **) args->files);
  return g_strv_builder_end (builder);
}

/* What the parsed command line asks for: its exit status, or -1 for the app. */
static int
dispatch (GOptionContext *context,
          RsCliArgs      *args)
{
  if (args->help)
    {
      g_autofree char *help = g_option_context_get_help (context, FALSE, NULL);

      g_print ("%s", help);
      return 0;
    }
  if (args->version)
    {
      g_print ("refscope %s\n", PACKAGE_VERSION);
      return 0;
    }
  if (args->trace || args->run || args->out != NULL || args->step_limit_given || args->limits_given
      || uses_export_options (args) || args->explain || args->explain_request.json)
    {
      args->export.out = args->out;
      return run_headless (args);
    }
  return -1;
}

gboolean
rs_cli_run (int     argc,
            char  **argv,
            char ***app_argv,
            int    *status)
{
  RsCliArgs args = { .step_limit = RS_CLI_TRACE_STEP_LIMIT,
                     .export = { .step = -1, .options = RS_EXPORT_OPTIONS_INIT } };
  g_autoptr(GOptionContext) context = new_context (&args);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args_copy = NULL;

  g_return_val_if_fail (argc >= 1 && argv != NULL && argv[argc] == NULL, TRUE);
  g_return_val_if_fail (app_argv != NULL && status != NULL, TRUE);

  /* GOptionContext rearranges the vector it parses: not the caller's. */
  args_copy = g_strdupv (argv);
  *app_argv = NULL;
  if (!g_option_context_parse_strv (context, &args_copy, &error))
    *status = rs_cli_usage_error ("%s", error->message);
  else if ((*status = dispatch (context, &args)) < 0)
    *app_argv = app_arguments (argv[0], &args);
  g_strfreev (args.files);
  g_free (args.out);
  return *app_argv == NULL;
}
