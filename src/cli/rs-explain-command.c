/* rs-explain-command.c: refscope --explain, headless
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The answers of RsExplain for one object or all, as text for a reader
 * or as the JSON of docs/explain.md.  Ids are trace numbers: untraced
 * objects (functions, tuples, classes) are left out of every list, as
 * they are out of the trace.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "rs-cli-private.h"
#include "rs-explain-command.h"
#include "rs-explain.h"
#include "rs-session-private.h"

static const char * const state_names[] = { "unborn", "alive", "leaked", "freed" };

/* JSON */

static void
json_string (GString    *out,
             const char *text)
{
  g_string_append_c (out, '"');
  for (const guchar *p = (const guchar *) text; *p; p++)
    if (*p == '"' || *p == '\\')
      g_string_append_printf (out, "\\%c", *p);
    else if (*p < 0x20)
      g_string_append_printf (out, "\\u%04x", *p);
    else
      g_string_append_c (out, (char) *p);
  g_string_append_c (out, '"');
}

static void
json_labels (GString   *out,
             GPtrArray *labels)
{
  g_string_append_c (out, '[');
  for (guint i = 0; i < labels->len; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      json_string (out, g_ptr_array_index (labels, i));
    }
  g_string_append_c (out, ']');
}

/* The trace numbers of @ids, in their order; untraced ones left out. */
static void
json_numbers (GString   *out,
              RsExplain *explain,
              GArray    *ids)
{
  gboolean first = TRUE;

  g_string_append_c (out, '[');
  for (guint i = 0; i < ids->len; i++)
    {
      guint number = rs_explain_get_number (explain, g_array_index (ids, RsObjId, i));

      if (number == 0)
        continue;
      g_string_append_printf (out, first ? "%u" : ", %u", number);
      first = FALSE;
    }
  g_string_append_c (out, ']');
}

static void
json_removals (GString   *out,
               RsExplain *explain,
               GPtrArray *removals)
{
  g_string_append_c (out, '[');
  for (guint i = 0; i < removals->len; i++)
    {
      RsExplainRemoval *r = g_ptr_array_index (removals, i);

      g_string_append (out, i > 0 ? ", {\"reference\": " : "{\"reference\": ");
      json_string (out, r->reference);
      g_string_append (out, ", \"frees\": ");
      json_numbers (out, explain, r->frees);
      g_string_append (out, ", \"leaks\": ");
      json_numbers (out, explain, r->leaks);
      if (r->uncertain != NULL)
        {
          g_string_append (out, ", \"uncertain\": ");
          json_string (out, r->uncertain);
        }
      g_string_append_c (out, '}');
    }
  g_string_append_c (out, ']');
}

static void
json_break (GString   *out,
            GPtrArray *sets)
{
  g_string_append_c (out, '[');
  for (guint i = 0; i < sets->len; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      json_labels (out, g_ptr_array_index (sets, i));
    }
  g_string_append_c (out, ']');
}

static void
json_object (GString   *out,
             RsExplain *explain,
             RsObjId    id)
{
  g_autoptr(GPtrArray) path = rs_explain_why_alive (explain, id);
  g_autoptr(GArray) cycle = rs_explain_get_cycle (explain, id, NULL);
  g_autoptr(GArray) retained = rs_explain_retained (explain, id);
  g_autoptr(GPtrArray) removals = rs_explain_what_if (explain, id);
  g_autoptr(GPtrArray) sets = rs_explain_break_cycle (explain, id);

  g_string_append_printf (out, "{\"object\": %u, \"state\": \"%s\", \"path\": ",
                          rs_explain_get_number (explain, id), state_names[rs_explain_get_state (explain, id)]);
  json_labels (out, path);
  g_string_append (out, ", \"cycle\": ");
  json_numbers (out, explain, cycle);
  g_string_append (out, ", \"retained\": ");
  json_numbers (out, explain, retained);
  g_string_append (out, ", \"if_removed\": ");
  json_removals (out, explain, removals);
  g_string_append (out, ", \"break_cycle\": ");
  json_break (out, sets);
  g_string_append_c (out, '}');
}

/* Text */

static void
text_numbers (GString    *out,
              RsExplain  *explain,
              GArray     *ids,
              const char *none)
{
  guint n = 0;

  for (guint i = 0; i < ids->len; i++)
    {
      guint number = rs_explain_get_number (explain, g_array_index (ids, RsObjId, i));

      if (number != 0)
        g_string_append_printf (out, n++ ? ", %u" : "%u", number);
    }
  if (n == 0)
    g_string_append (out, none);
}

static void
text_path (GString   *out,
           GPtrArray *labels)
{
  for (guint i = 0; i < labels->len; i++)
    g_string_append_printf (out, i ? " -> %s" : "%s", (const char *) g_ptr_array_index (labels, i));
}

static void
text_why (GString   *out,
          RsExplain *explain,
          RsObjId    id)
{
  g_autoptr(GPtrArray) path = rs_explain_why_alive (explain, id);
  gboolean hangs;
  g_autoptr(GArray) cycle = rs_explain_get_cycle (explain, id, &hangs);

  if (rs_explain_get_state (explain, id) == RS_EXPLAIN_ALIVE)
    {
      g_autoptr(GPtrArray) paths = rs_explain_root_paths (explain, id, 10);

      g_string_append (out, _("  why alive: "));
      text_path (out, path);
      g_string_append_c (out, '\n');
      for (guint i = 1; i < paths->len; i++)
        {
          g_string_append (out, _("  also: "));
          text_path (out, g_ptr_array_index (paths, i));
          g_string_append_c (out, '\n');
        }
      return;
    }
  if (cycle->len == 0)
    g_string_append (out, _("  leaked: held by something the model does not show (a live finalizer)"));
  else
    {
      g_string_append (out, hangs ? _("  leaked: hangs from the cycle of ") : _("  leaked: in the cycle of "));
      text_numbers (out, explain, cycle, _("untraced objects"));
    }
  if (path->len > 0)
    {
      g_string_append (out, _(", by "));
      text_path (out, path);
    }
  g_string_append_c (out, '\n');
}

static void
text_removals (GString   *out,
               RsExplain *explain,
               RsObjId    id)
{
  g_autoptr(GPtrArray) removals = rs_explain_what_if (explain, id);

  for (guint i = 0; i < removals->len; i++)
    {
      RsExplainRemoval *r = g_ptr_array_index (removals, i);

      g_string_append_printf (out, _("  without %s: frees "), r->reference);
      text_numbers (out, explain, r->frees, _("nothing"));
      g_string_append (out, _("; leaks "));
      text_numbers (out, explain, r->leaks, _("nothing"));
      if (r->uncertain != NULL)
        g_string_append_printf (out, _(" (uncertain: %s)"), r->uncertain);
      g_string_append_c (out, '\n');
    }
}

static void
text_object (GString   *out,
             RsExplain *explain,
             RsObjId    id)
{
  g_autofree char *title = rs_explain_title (explain, id);
  RsExplainState state = rs_explain_get_state (explain, id);
  g_autoptr(GArray) retained = NULL;
  g_autoptr(GPtrArray) sets = NULL;

  g_string_append_printf (out, "%s: %s\n", title, state_names[state]);
  if (state == RS_EXPLAIN_FREED)
    return;
  text_why (out, explain, id);
  retained = rs_explain_retained (explain, id);
  g_string_append (out, _("  retained: "));
  text_numbers (out, explain, retained, _("nothing traced"));
  g_string_append_c (out, '\n');
  text_removals (out, explain, id);
  sets = rs_explain_break_cycle (explain, id);
  for (guint i = 0; i < sets->len; i++)
    {
      GPtrArray *set = g_ptr_array_index (sets, i);

      g_string_append (out, _("  break the cycle: make weak "));
      for (guint k = 0; k < set->len; k++)
        g_string_append_printf (out, k ? _(" and %s") : "%s", (const char *) g_ptr_array_index (set, k));
      g_string_append_c (out, '\n');
    }
}

/* The command */

/* Why object @number cannot be explained: never allocated, or later. */
static int
no_such_object (RsTimeline *timeline,
                guint       number,
                guint       step,
                const char *arg)
{
  const RsReplica *head = rs_timeline_get_head (timeline);
  guint max = 0;

  for (RsObjId id = 1; id <= rs_replica_get_max_object_id (head); id++)
    max = MAX (max, rs_replica_get_object (head, id)->number);
  if (number <= max)
    return rs_cli_usage_error (_("object %u of %s is allocated after step %u"), number, arg, step);
  if (max == 0)
    return rs_cli_usage_error (_("%s allocates no traced object, so there is no object %u"), arg, number);
  return rs_cli_usage_error (_("%s has no object %u: its objects are 1 to %u"), arg, number, max);
}

static void
explain_all (GString                *out,
             RsExplain              *explain,
             const RsExplainRequest *request)
{
  guint n = 0;

  if (request->json)
    g_string_append (out, "[");
  for (RsObjId id = 1; id <= rs_explain_get_max_id (explain); id++)
    {
      RsExplainState state = rs_explain_get_state (explain, id);

      if (rs_explain_get_number (explain, id) == 0 || (state != RS_EXPLAIN_ALIVE && state != RS_EXPLAIN_LEAKED))
        continue;
      if (request->json)
        g_string_append (out, n++ ? ",\n " : "");
      (request->json ? json_object : text_object) (out, explain, id);
    }
  g_string_append (out, request->json ? "]\n" : "");
}

int
rs_explain_command (const RsExplainRequest *request,
                    const char             *arg)
{
  g_autoptr(RsSession) session = rs_session_new ();
  g_autoptr(RsExplain) explain = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  RsTimeline *timeline;
  const RsEvent *events;
  guint64 n_events;
  guint n_steps, step;
  RsObjId id = 0;
  int status;

  g_return_val_if_fail (request != NULL && arg != NULL, 1);

  if (!rs_cli_load (session, arg, NULL, NULL, &status))
    return status;
  if ((status = rs_cli_report_stop (session, arg, RS_SESSION_DEFAULT_STEP_LIMIT)) != 0)
    return status;
  timeline = rs_session_get_timeline (session);
  n_steps = rs_session_get_n_steps (session);
  step = request->step >= 0 ? (guint) MIN (request->step, G_MAXUINT) : n_steps - 1;
  if (step >= n_steps)
    {
      g_printerr (_("refscope: %s has steps 0 to %u; there is no step %u\n"), arg, n_steps - 1, step);
      return 1;
    }
  events = rs_timeline_get_events (timeline, &n_events);
  explain = rs_explain_new (rs_timeline_seek (timeline, step), events,
                            rs_timeline_get_step_end (timeline, step), rs_session_atom_text, session);
  if (request->number != 0 && (id = rs_explain_find_number (explain, request->number)) == 0)
    return no_such_object (timeline, request->number, step, arg);
  if (id == 0)
    explain_all (out, explain, request);
  else if (request->json)
    {
      json_object (out, explain, id);
      g_string_append_c (out, '\n');
    }
  else
    text_object (out, explain, id);
  g_print ("%s", out->str);
  return 0;
}
