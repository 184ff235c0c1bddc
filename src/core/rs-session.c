/* rs-session.c: a session script, its run and its timeline: loading, appending, truncating
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rs-session-internal.h"

#include <glib/gi18n.h>
#include <string.h>
#include "rs-frontend.h"
#include "rs-trace.h"

G_DEFINE_FINAL_TYPE (RsSession, rs_session, G_TYPE_OBJECT)

G_DEFINE_QUARK (rs-session-error-quark, rs_session_error)

enum {
  PROP_0,
  PROP_FILENAME,
  PROP_SOURCE,
  PROP_N_STEPS,
  PROP_RECORDING,
  PROP_STEP_LIMIT,
  PROP_STOPPED,
  N_PROPS
};

enum {
  RESET,
  STEPS_ADDED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The run */

static void
note_error (RsSession     *self,
            const RsEvent *event)
{
  self->has_error = TRUE;
  self->error_kind = (guint32) event->key;
  self->error_line = (guint) rs_value_get_int (event->new_value);
  /* The message atom, tagged as a string value or bare. */
  self->error_message = RS_VALUE_TAG (event->old_value) == RS_TAG_STR
                        ? (guint32) RS_VALUE_PAYLOAD (event->old_value) : (guint32) event->old_value;
}

/* The step limit stops the run with an error the window shows, but it is
 * not the script's: the trace has no line for it (--trace says it on
 * stderr and by its exit status). */
static gboolean
is_step_limit (RsSession     *self,
               const RsEvent *event)
{
  return event->kind == RS_EV_ERROR &&
         g_strcmp0 (rs_atoms_get (self->atoms, (guint32) event->key, NULL),
                    "StepLimitError") == 0;
}

/* The interpreter's sink: the timeline gets every event (when recording),
 * the trace formatter only those that may make a line, so that with
 * recording off (--trace) most events cost a few comparisons. */
static void
session_emit (gpointer       user_data,
              const RsEvent *event,
              const RsValue *payload,
              guint          n_payload)
{
  RsSession *self = user_data;

  if (event->kind == RS_EV_STEP)
    {
      if (self->step_hook != NULL)
        self->step_hook (self, self->n_steps_seen, self->step_hook_data);
      self->n_steps_seen++;
    }
  else if (event->kind == RS_EV_ERROR)
    note_error (self, event);
  if (self->recording && !self->history_full)
    {
      rs_timeline_record (self->timeline, event, payload, n_payload);
      rs_session_check_history (self);
    }
  if (self->output_only ? event->kind == RS_EV_PRINT
                        : rs_trace_has_line (event->kind) && !is_step_limit (self, event))
    rs_session_trace_event (self, event);
}

/* What the sink needs: every event when recording, else the steps (the
 * step hook, the count), the errors, and what makes a line of the trace,
 * or only the prints when the output alone is wanted. */
static void
update_event_mask (RsSession *self)
{
  guint32 mask = (1u << RS_EV_STEP) | (1u << RS_EV_ERROR);

  if (self->interp == NULL)
    return;
  if (self->recording)
    mask = G_MAXUINT32;
  else if (self->output_only)
    mask |= 1u << RS_EV_PRINT;
  else
    for (guint k = 0; k < 32; k++)
      if (rs_trace_has_line (k))
        mask |= 1u << k;
  rs_interp_set_event_mask (self->interp, mask);
}

static void
clear_run (RsSession *self)
{
  /* The interpreter keeps pointers into the modules and the atoms. */
  g_clear_pointer (&self->interp, rs_interp_free);
  g_clear_pointer (&self->modules, g_ptr_array_unref);
  g_clear_pointer (&self->timeline, rs_timeline_free);
  g_clear_pointer (&self->atoms, rs_atoms_free);
  if (self->trace != NULL)
    g_string_free (g_steal_pointer (&self->trace), TRUE);
}

static void
start_run (RsSession *self)
{
  clear_run (self);
  self->atoms = rs_atoms_new ();
  self->timeline = rs_timeline_new ();
  rs_timeline_set_recording (self->timeline, self->recording);
  self->modules = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_module_free);
  self->sink.emit = session_emit;
  self->sink.user_data = self;
  self->interp = rs_interp_new (self->atoms, &self->sink);
  rs_interp_set_step_limit (self->interp, self->step_limit);
  update_event_mask (self);
  rs_session_apply_heap_limit (self);
  self->history_limit = rs_session_get_history_limit (self);
  self->history_full = FALSE;
  self->trace = g_string_new (NULL);
  self->result = RS_RUN_OK;
  self->has_error = FALSE;
  self->n_steps_seen = 0;
}

static void
run_module (RsSession *self,
            RsModule  *module)
{
  g_ptr_array_add (self->modules, module);
  self->result = rs_interp_run (self->interp, module);
  rs_session_flush_trace (self);
}

/* The source text and its lines */

static void
index_lines (RsSession *self)
{
  guint start = 0;

  g_array_set_size (self->line_starts, 0);
  for (gsize i = 0; i <= self->source->len; i++)
    if (i == self->source->len || self->source->str[i] == '\n')
      {
        if (i == self->source->len && start == i && i > 0)
          break;
        g_array_append_val (self->line_starts, start);
        start = i + 1;
      }
}

static void
set_source (RsSession  *self,
            const char *source,
            gsize       length)
{
  g_string_truncate (self->source, 0);
  g_string_append_len (self->source, source, length);
  index_lines (self);
}


/* GObject */

static void
rs_session_dispose (GObject *object)
{
  RsSession *self = RS_SESSION (object);

  g_clear_object (&self->trace_output);
  G_OBJECT_CLASS (rs_session_parent_class)->dispose (object);
}

static void
rs_session_finalize (GObject *object)
{
  RsSession *self = RS_SESSION (object);

  clear_run (self);
  g_clear_error (&self->rejection);
  g_free (self->filename);
  g_string_free (self->source, TRUE);
  g_array_unref (self->line_starts);
  G_OBJECT_CLASS (rs_session_parent_class)->finalize (object);
}

static void
rs_session_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RsSession *self = RS_SESSION (object);

  switch (prop_id)
    {
    case PROP_FILENAME:
      g_value_set_string (value, self->filename);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source->str);
      break;
    case PROP_N_STEPS:
      g_value_set_uint (value, rs_session_get_n_steps (self));
      break;
    case PROP_RECORDING:
      g_value_set_boolean (value, self->recording);
      break;
    case PROP_STEP_LIMIT:
      g_value_set_uint64 (value, self->step_limit);
      break;
    case PROP_STOPPED:
      g_value_set_boolean (value, self->result != RS_RUN_OK);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_session_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  RsSession *self = RS_SESSION (object);

  switch (prop_id)
    {
    case PROP_RECORDING:
      rs_session_set_recording (self, g_value_get_boolean (value));
      break;
    case PROP_STEP_LIMIT:
      rs_session_set_step_limit (self, g_value_get_uint64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_session_class_init (RsSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rs_session_dispose;
  object_class->finalize = rs_session_finalize;
  object_class->get_property = rs_session_get_property;
  object_class->set_property = rs_session_set_property;

  properties[PROP_FILENAME] =
    g_param_spec_string ("filename", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_STEPS] =
    g_param_spec_uint ("n-steps", NULL, NULL, 1, G_MAXUINT, 1,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECORDING] =
    g_param_spec_boolean ("recording", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STEP_LIMIT] =
    g_param_spec_uint64 ("step-limit", NULL, NULL, 1, G_MAXUINT64, RS_SESSION_DEFAULT_STEP_LIMIT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STOPPED] =
    g_param_spec_boolean ("stopped", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The timeline was replaced: every step may differ (load, truncate). */
  signals[RESET] =
    g_signal_new ("reset", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* Steps @first .. @first + @n_added - 1 were added (append). */
  signals[STEPS_ADDED] =
    g_signal_new ("steps-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
}

static void
rs_session_init (RsSession *self)
{
  self->recording = TRUE;
  self->step_limit = RS_SESSION_DEFAULT_STEP_LIMIT;
  self->filename = g_strdup ("<session>");
  self->source = g_string_new (NULL);
  self->line_starts = g_array_new (FALSE, FALSE, sizeof (guint));
  index_lines (self);
  start_run (self);
}

RsSession *
rs_session_new (void)
{
  return g_object_new (RS_TYPE_SESSION, NULL);
}

void
rs_session_set_recording (RsSession *self,
                          gboolean   recording)
{
  g_return_if_fail (RS_IS_SESSION (self));

  recording = !!recording;
  if (self->recording == recording)
    return;
  self->recording = recording;
  rs_timeline_set_recording (self->timeline, recording);
  update_event_mask (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORDING]);
}

void
rs_session_set_step_limit (RsSession *self,
                           guint64    limit)
{
  g_return_if_fail (RS_IS_SESSION (self));
  g_return_if_fail (limit > 0);

  if (self->step_limit == limit)
    return;
  self->step_limit = limit;
  rs_interp_set_step_limit (self->interp, limit);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP_LIMIT]);
}

void
rs_session_set_trace_output (RsSession     *self,
                             GOutputStream *stream)
{
  g_return_if_fail (RS_IS_SESSION (self));
  g_return_if_fail (stream == NULL || G_IS_OUTPUT_STREAM (stream));

  g_set_object (&self->trace_output, stream);
}

void
rs_session_set_output_only (RsSession *self,
                            gboolean   output_only)
{
  g_return_if_fail (RS_IS_SESSION (self));

  self->output_only = !!output_only;
  update_event_mask (self);
}

/* Loading and running */

static void
propagate_parse_error (RsSession  *self,
                       GError    **error,
                       GError     *parse_error)
{
  const RsSourceError *source = rs_parse_error_get_source (parse_error);
  int code = parse_error->code == RS_PARSE_ERROR_ENCODING
             ? RS_SESSION_ERROR_IO : RS_SESSION_ERROR_REJECTED;

  g_assert (source != NULL);
  g_clear_error (&self->rejection);
  self->rejection = parse_error;
  g_set_error_literal (error, RS_SESSION_ERROR, code, parse_error->message);
}

static void
notify_changed (RsSession *self,
                gboolean   was_stopped)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_STEPS]);
  if (was_stopped != (self->result != RS_RUN_OK))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STOPPED]);
}

/* Replaces the run with @module's, over @source. */
static void
restart (RsSession  *self,
         RsModule   *module,
         const char *source,
         gsize       length)
{
  gboolean was_stopped = self->result != RS_RUN_OK;

  start_run (self);
  set_source (self, source, length);
  run_module (self, module);
  g_signal_emit (self, signals[RESET], 0);
  notify_changed (self, was_stopped);
}

gboolean
rs_session_load (RsSession   *self,
                 const char  *filename,
                 const char  *source,
                 gssize       length,
                 GError     **error)
{
  GError *parse_error = NULL;
  RsModule *module;

  g_return_val_if_fail (RS_IS_SESSION (self), FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);
  g_return_val_if_fail (source != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_clear_error (&self->rejection);
  if (length < 0)
    length = strlen (source);
  module = rs_module_parse (filename, source, length, &parse_error);
  if (module == NULL)
    {
      propagate_parse_error (self, error, parse_error);
      return FALSE;
    }
  if (g_strcmp0 (self->filename, filename) != 0)
    {
      g_free (self->filename);
      self->filename = g_strdup (filename);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILENAME]);
    }
  restart (self, module, source, length);
  return TRUE;
}

static gboolean
read_error (GError     **error,
            const char  *name,
            const char  *cause)
{
  g_set_error (error, RS_SESSION_ERROR, RS_SESSION_ERROR_IO, "%s: %s", name, cause);
  return FALSE;
}

static gboolean
too_large (GError     **error,
           const char  *name,
           gsize        max_size)
{
  g_autofree char *limit = g_format_size_full (max_size, G_FORMAT_SIZE_IEC_UNITS);
  g_autofree char *cause = g_strdup_printf (_("larger than %s, the limit for a script"), limit);

  return read_error (error, name, cause);
}

/* Reads to the end, stopping past @max_size: the file may grow. */
static gboolean
read_bounded (GInputStream  *in,
              const char    *name,
              gsize          max_size,
              GByteArray    *out,
              GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  guint8 buffer[65536];
  gssize n;

  while ((n = g_input_stream_read (in, buffer, sizeof buffer, NULL, &local_error)) > 0)
    {
      g_byte_array_append (out, buffer, n);
      if (out->len > max_size)
        return too_large (error, name, max_size);
    }
  return n == 0 || read_error (error, name, local_error->message);
}

gboolean
rs_session_read_file (GFile       *file,
                      const char  *name,
                      gsize        max_size,
                      char       **contents,
                      gsize       *length,
                      GError     **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GByteArray) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (name != NULL && contents != NULL && length != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Checked before it is opened: opening a FIFO waits for a writer. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    return read_error (error, name, local_error->message);
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    return read_error (error, name, _("not a regular file"));
  if ((guint64) g_file_info_get_size (info) > max_size)
    return too_large (error, name, max_size);
  if ((in = g_file_read (file, NULL, &local_error)) == NULL)
    return read_error (error, name, local_error->message);
  bytes = g_byte_array_sized_new (g_file_info_get_size (info) + 1);
  if (!read_bounded (G_INPUT_STREAM (in), name, max_size, bytes, error))
    return FALSE;
  *length = bytes->len;
  g_byte_array_append (bytes, (const guint8 *) "", 1);
  *contents = (char *) g_byte_array_free (g_steal_pointer (&bytes), FALSE);
  return TRUE;
}

gboolean
rs_session_load_file (RsSession  *self,
                      GFile      *file,
                      GError    **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  gsize length;

  g_return_val_if_fail (RS_IS_SESSION (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = g_file_get_parse_name (file);
  if (!rs_session_read_file (file, name, RS_SESSION_MAX_FILE_SIZE, &contents, &length, error))
    return FALSE;
  return rs_session_load (self, name, contents, length, error);
}

static guint
count_lines (RsSession *self)
{
  if (self->source->len == 0)
    return 0;
  return self->line_starts->len;
}

gboolean
rs_session_append (RsSession   *self,
                   const char  *statements,
                   GError     **error)
{
  g_autoptr(GString) text = NULL;
  GError *parse_error = NULL;
  RsModule *module;
  guint old_n_steps, n_steps;
  gboolean was_stopped = self->result != RS_RUN_OK;

  g_return_val_if_fail (RS_IS_SESSION (self), FALSE);
  g_return_val_if_fail (statements != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_clear_error (&self->rejection);
  if (self->modules->len == 0)
    return rs_session_load (self, self->filename, statements, -1, error);
  if (self->result != RS_RUN_OK)
    {
      g_set_error_literal (error, RS_SESSION_ERROR, RS_SESSION_ERROR_STOPPED,
                           _("The script has stopped; nothing more can run"));
      return FALSE;
    }
  if (!g_utf8_validate (statements, -1, NULL))
    {
      g_set_error_literal (error, RS_SESSION_ERROR, RS_SESSION_ERROR_IO, _("not valid UTF-8"));
      return FALSE;
    }
  text = g_string_new (statements);
  if (text->len == 0 || text->str[text->len - 1] != '\n')
    g_string_append_c (text, '\n');
  module = rs_module_parse_more (g_ptr_array_index (self->modules, self->modules->len - 1),
                                 self->filename, text->str, count_lines (self) + 1, &parse_error);
  if (module == NULL)
    {
      propagate_parse_error (self, error, parse_error);
      return FALSE;
    }
  if (self->source->len > 0 && self->source->str[self->source->len - 1] != '\n')
    g_string_append_c (self->source, '\n');
  g_string_append_len (self->source, text->str, text->len);
  index_lines (self);

  old_n_steps = rs_session_get_n_steps (self);
  run_module (self, module);
  n_steps = rs_session_get_n_steps (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
  if (n_steps > old_n_steps)
    g_signal_emit (self, signals[STEPS_ADDED], 0, old_n_steps, n_steps - old_n_steps);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_STEPS]);
  if (was_stopped != (self->result != RS_RUN_OK))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STOPPED]);
  return TRUE;
}

/* Truncation */

/* The last step up to @limit that starts a module-level statement: its
 * line in the global frame, that line starting a statement, run for the
 * first time (a loop header runs again); 0 if none. */
static guint
last_boundary (RsSession *self,
               guint      limit)
{
  g_autoptr(GHashTable) starts = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  guint boundary = 0;

  for (guint m = 0; m < self->modules->len; m++)
    {
      const RsModule *module = g_ptr_array_index (self->modules, m);

      for (guint i = 0; i < module->body.n_stmts; i++)
        g_hash_table_add (starts, GUINT_TO_POINTER (module->body.stmts[i]->line));
    }
  for (guint step = 1; step <= limit; step++)
    {
      gpointer line = GUINT_TO_POINTER (rs_timeline_get_step_line (self->timeline, step));

      if (rs_timeline_get_step_frame (self->timeline, step) != RS_GLOBAL_FRAME
          || !g_hash_table_contains (starts, line) || !g_hash_table_add (seen, line))
        continue;
      boundary = step;
    }
  return boundary;
}

gboolean
rs_session_truncate (RsSession  *self,
                     guint       step,
                     GError    **error)
{
  guint n_steps, boundary, end = 0;
  GError *parse_error = NULL;
  RsModule *module;
  g_autofree char *prefix = NULL;

  g_return_val_if_fail (RS_IS_SESSION (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_clear_error (&self->rejection);
  n_steps = rs_session_get_n_steps (self);
  if (step >= n_steps)
    {
      g_set_error (error, RS_SESSION_ERROR, RS_SESSION_ERROR_NO_STEP,
                   _("There is no step %u (the session has %u)"), step, n_steps);
      return FALSE;
    }
  if (step + 1 == n_steps)
    return TRUE;
  /* Re-running the text before the first statement that had not ended by
   * @step gives the same steps up to it. */
  boundary = last_boundary (self, step + 1);
  if (boundary > 0)
    end = g_array_index (self->line_starts, guint, rs_timeline_get_step_line (self->timeline, boundary) - 1);
  prefix = g_strndup (self->source->str, end);
  module = rs_module_parse (self->filename, prefix, end, &parse_error);
  if (module == NULL)
    {
      propagate_parse_error (self, error, parse_error);
      return FALSE;
    }
  restart (self, module, prefix, end);
  if (boundary > 0 && rs_session_get_n_steps (self) != boundary && self->recording)
    g_warning ("Truncating before step %u re-ran %u steps", boundary, rs_session_get_n_steps (self));
  return TRUE;
}

gboolean
rs_session_get_rejection (RsSession *self,
                          guint     *line,
                          guint     *column)
{
  g_return_val_if_fail (RS_IS_SESSION (self), FALSE);

  return rs_session_get_nth_rejection (self, 0, line, column, NULL);
}

guint
rs_session_get_n_rejections (RsSession *self)
{
  g_return_val_if_fail (RS_IS_SESSION (self), 0);

  return self->rejection != NULL ? rs_parse_error_get_n_sources (self->rejection) : 0;
}

gboolean
rs_session_get_nth_rejection (RsSession   *self,
                              guint        i,
                              guint       *line,
                              guint       *column,
                              const char **message)
{
  const RsSourceError *source = NULL;

  g_return_val_if_fail (RS_IS_SESSION (self), FALSE);

  if (i < rs_session_get_n_rejections (self))
    source = rs_parse_error_get_nth_source (self->rejection, i);
  if (line != NULL)
    *line = source != NULL ? source->line : 0;
  if (column != NULL)
    *column = source != NULL ? source->column : 0;
  if (message != NULL)
    *message = source != NULL ? source->message : NULL;
  return source != NULL;
}

/* Private */

RsTimeline *
rs_session_get_timeline (RsSession *self)
{
  g_return_val_if_fail (RS_IS_SESSION (self), NULL);
  return self->timeline;
}

RsInterp *
rs_session_get_interp (RsSession *self)
{
  g_return_val_if_fail (RS_IS_SESSION (self), NULL);
  return self->interp;
}

void
rs_session_set_step_hook (RsSession         *self,
                          RsSessionStepHook  hook,
                          gpointer           user_data)
{
  g_return_if_fail (RS_IS_SESSION (self));
  self->step_hook = hook;
  self->step_hook_data = user_data;
}
