/* fuzz-export.c: the export of small graphs, for libFuzzer
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The road of `refscope --export` (rs_export_command) on any session
 * text: its view-state block chooses the step, the engine and the pins,
 * the script runs under a small step limit and heap and history budgets,
 * and a picture of at most SMALL_GRAPH cards is laid out by Graphviz
 * and written in one of the formats (a PDF of every step when the run is
 * short).  The format, the scale, the theme and the legend follow a hash
 * of the input, so an input always exports the same way.  Any input
 * must end in a written, non-empty file or a rejection, never in a
 * crash, a sanitizer report, a critical (made fatal here) or a hang.
 */
#include <glib/gstdio.h>
#include <string.h>

#include "fuzz-common.h"
#include "fuzz-session.h"
#include "rs-export.h"
#include "rs-layout.h"
#include "rs-view-state.h"

#define STEP_LIMIT     2000
#define SMALL_GRAPH    24   /* cards: objects and frames */
#define FEW_STEPS      12

static char *out_dir;

static const char *const extensions[] = { "png", "svg", "pdf", "dot", "json" };

/* Where the pictures go, made once (and the locale the export command
 * sets up). */
static const char *
get_out_dir (void)
{
  if (out_dir == NULL)
    {
      rs_layout_use_thread_locale ();
      out_dir = g_dir_make_tmp ("refscope-fuzz-export-XXXXXX", NULL);
      g_assert_nonnull (out_dir);
    }
  return out_dir;
}

static guint
hash_input (const guint8 *data,
            size_t        size)
{
  guint h = 5381;

  for (size_t i = 0; i < size; i++)
    h = h * 33 + data[i];
  return h;
}

static gboolean
is_small (const RsSnapshot *snap)
{
  return snap->n_objects + snap->n_frames <= SMALL_GRAPH;
}

static void
check_written (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 0);
  g_unlink (path);
}

/* Every step's snapshot, or NULL if one of them is not small. */
static GPtrArray *
get_small_steps (RsSession *session)
{
  guint n = rs_session_get_n_steps (session);
  g_autoptr(GPtrArray) snaps = g_ptr_array_new_full (n, (GDestroyNotify) rs_snapshot_unref);

  for (guint i = 0; i < n; i++)
    {
      g_ptr_array_add (snaps, rs_session_get_snapshot (session, i));
      if (!is_small (g_ptr_array_index (snaps, i)))
        return NULL;
    }
  return g_steal_pointer (&snaps);
}

static void
export_all_steps (RsSession             *session,
                  const RsExportOptions *options,
                  const char            *path)
{
  g_autoptr(GPtrArray) snaps = get_small_steps (session);
  GError *error = NULL;

  if (snaps == NULL)
    return;
  g_assert_true (rs_export_pdf_pages ((RsSnapshot * const *) snaps->pdata, snaps->len, path,
                                      options, &error));
  check_written (path);
}

static void
export_step (RsSession             *session,
             const RsViewState     *view,
             const RsExportOptions *options,
             const char            *path)
{
  guint n = rs_session_get_n_steps (session);
  guint step = view->has_step ? MIN (view->step, n - 1) : n - 1;
  g_autoptr(RsSnapshot) snap = rs_session_get_snapshot (session, step);
  GError *error = NULL;

  if (!is_small (snap))
    return;
  g_assert_true (rs_export_snapshot (snap, path, options, &error));
  check_written (path);
}

static void
export_session (RsSession         *session,
                const RsViewState *view,
                guint              hash)
{
  RsExportOptions options = RS_EXPORT_OPTIONS_INIT;
  const char *extension = extensions[hash % G_N_ELEMENTS (extensions)];
  g_autofree char *name = g_strdup_printf ("out.%s", extension);
  g_autofree char *path = g_build_filename (get_out_dir (), name, NULL);
  RsLayoutEngine engine;

  options.engine = (hash >> 4) % RS_LAYOUT_N_ENGINES;
  if (view->engine != NULL && rs_layout_engine_from_name (view->engine, &engine))
    options.engine = engine;
  options.scale = 0.25 + ((hash >> 8) % 4) * 0.25;
  options.dark = (hash >> 12) & 1;
  options.no_legend = (hash >> 13) & 1;
  if (view->pins != NULL)
    {
      options.pins = (const RsScenePin *) view->pins->data;
      options.n_pins = view->pins->len;
    }
  if (g_str_equal (extension, "pdf") && (hash >> 14) % 4 == 0 && rs_session_get_n_steps (session) <= FEW_STEPS)
    export_all_steps (session, &options, path);
  else
    export_step (session, view, &options, path);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  RsViewState view = { 0 };
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr(RsSession) session = fuzz_session_new (STEP_LIMIT);
  GError *error = NULL;

  if (!rs_session_load (session, "fuzz.py", text, -1, &error))
    {
      g_error_free (error);
      return 0;
    }
  rs_view_state_parse (&view, text, strlen (text));
  export_session (session, &view, hash_input (data, size));
  rs_view_state_clear (&view);
  return 0;
}
