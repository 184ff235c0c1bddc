/* test-app.c: the real window, driven through its actions (under xvfb-run)
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <gtksourceview/gtksource.h>

#include "rs-export-dialog.h"
#include "rs-graph-view-private.h"
#include "rs-test-window.h"

static void
test_open_and_step (void)
{
  RsWindow *window = open_example ("seed_cycle_collect.py");
  RsSession *session = rs_window_get_session (window);
  guint n = rs_session_get_n_steps (session);

  /* Opening replays from step 0. */
  g_assert_true (rs_timeline_bar_get_playing (window->timeline_bar));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.last-step", NULL));
  g_assert_false (rs_timeline_bar_get_playing (window->timeline_bar));
  g_assert_cmpuint (rs_window_get_step (window), ==, n - 1);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.first-step", NULL);
  g_assert_cmpuint (rs_window_get_step (window), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.step-forward", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.step-forward", NULL);
  g_assert_cmpuint (rs_window_get_step (window), ==, 2);
  g_assert_cmpuint (rs_timeline_bar_get_step (window->timeline_bar), ==, 2);
  g_assert_cmpuint (rs_script_view_get_current_line (window->script_view), ==,
                    rs_session_get_step_line (session, 2));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.step-back", NULL);
  g_assert_cmpuint (rs_window_get_step (window), ==, 1);

  /* The Layout menu's engine is a window action too. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.engine", "s", "neato"));
  g_assert_cmpint (rs_graph_view_get_engine (window->canvas), ==, RS_LAYOUT_ENGINE_NEATO);
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "show-help-overlay"));

  /* At the end, the tutorial's words: the cycle was destroyed by gc. */
  rs_window_set_step (window, n - 1);
  g_assert_nonnull (strstr (rs_event_log_get_text (window->event_log), "is being destroyed."));
  wait_until_settled (window);
  close_window (window);
}

static void
test_edit_actions (void)
{
  RsWindow *window = new_window ();
  GtkWidget *w = GTK_WIDGET (window);
  RsObjId foo;

  gtk_widget_activate_action (w, "win.create-object-named", "(ss)", "Foo", "a");
  g_assert_nonnull (strstr (source (window), "class Foo:"));
  g_assert_nonnull (strstr (source (window), "a = Foo()"));
  g_assert_true (rs_window_get_modified (window));
  foo = find_titled (window, "Foo #1");
  g_assert_cmpuint (foo, !=, 0);

  rs_window_select (window, foo);
  g_assert_cmpuint (rs_inspector_get_object (window->inspector), ==, foo);
  g_assert_cmpstr (rs_inspector_get_id (window->inspector), ==, "id 0x7f0000000010");
  gtk_widget_activate_action (w, "win.bind-name-to", "s", "b");
  g_assert_nonnull (strstr (source (window), "b = a\n"));
  rs_window_select (window, foo);
  g_assert_nonnull (strstr (rs_inspector_get_ledger (window->inspector), "refcount 2"));

  /* A self-reference, then drop both names: a leaked cycle. */
  gtk_widget_activate_action (w, "win.store-reference", "(uusb)", foo, foo, "me", FALSE);
  g_assert_nonnull (strstr (source (window), "a.me = a\n"));
  gtk_widget_activate_action (w, "win.delete", NULL);
  g_assert_nonnull (strstr (source (window), "del a\n"));
  gtk_widget_activate_action (w, "win.run-command", "s", "del b");
  rs_window_select (window, foo);
  g_assert_nonnull (strstr (rs_inspector_get_status (window->inspector), "Leaked"));

  /* Leaked objects cannot be edited, and the window says why. */
  g_assert_true (gtk_widget_activate_action (w, "win.bind-name-to", "s", "c"));
  g_assert_null (strstr (source (window), "c = "));
  g_assert_nonnull (strstr (rs_window_get_error (window), "is leaked"));
  gtk_widget_activate_action (w, "win.collect", NULL);
  g_assert_nonnull (strstr (source (window), "gc.collect()"));
  g_assert_cmpuint (find_titled (window, "Foo #1"), ==, 0);
  wait_until_settled (window);
  close_window (window);
}

static void
test_command_error_inline (void)
{
  RsWindow *window = new_window ();
  g_autofree char *before = g_strdup (source (window));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.run-command", "s", "x = lambda **k: 1");
  g_assert_nonnull (rs_window_get_error (window));
  g_assert_cmpstr (source (window), ==, before);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.run-command", "s", "x = [1]");
  g_assert_null (rs_window_get_error (window));
  close_window (window);
}

/* A FIFO or an oversized file is refused before it is read: the window
 * neither blocks on it nor drops the session it shows. */
static void
test_open_not_a_script (void)
{
  RsWindow *window = new_window ();
  g_autofree char *dir = g_dir_make_tmp ("refscope-app-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "pipe.py", NULL);
  g_autofree char *big = g_build_filename (dir, "big.py", NULL);
  g_autofree char *before = NULL;
  g_autofree char *filler = g_strnfill (RS_SESSION_MAX_FILE_SIZE + 1, '#');
  g_autoptr(GFile) fifo_file = g_file_new_for_path (fifo);
  g_autoptr(GFile) big_file = g_file_new_for_path (big);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.run-command", "s", "x = [1]");
  before = g_strdup (source (window));
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  open_file (window, fifo_file);
  g_assert_cmpstr (source (window), ==, before);
  g_assert_true (g_file_set_contents (big, filler, -1, NULL));
  open_file (window, big_file);
  g_assert_cmpstr (source (window), ==, before);
  g_assert_cmpint (g_unlink (fifo), ==, 0);
  g_assert_cmpint (g_unlink (big), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  close_window (window);
}

static void
test_open_rejected_script (void)
{
  RsWindow *window = new_window ();
  g_autofree char *dir = g_dir_make_tmp ("refscope-app-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bad.py", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *shown = NULL;
  const char *text = "a = 1\nb = lambda **k: 2\n";

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  open_file (window, file);
  /* Nothing ran; the script stays in view with the reason under it. */
  g_assert_nonnull (rs_window_get_error (window));
  g_assert_nonnull (strstr (rs_window_get_error (window), ":2:"));
  shown = rs_script_view_dup_text (window->script_view);
  g_assert_cmpstr (shown, ==, text);
  g_assert_cmpuint (rs_session_get_n_steps (rs_window_get_session (window)), ==, 1);
  close_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_discard_later_steps (void)
{
  RsWindow *window = new_window ();

  rs_window_run (window, "a = [1]\nb = [2]\nc = [3]", FALSE);
  g_assert_cmpuint (find_titled (window, "list #3"), !=, 0);
  rs_window_set_step (window, 1);
  /* Asks first: nothing runs until the user agrees. */
  g_assert_false (rs_window_run (window, "d = [4]", FALSE));
  g_assert_null (strstr (source (window), "d = [4]"));
  g_assert_true (rs_window_run (window, "d = [4]", TRUE));
  g_assert_nonnull (strstr (source (window), "d = [4]"));
  g_assert_null (strstr (source (window), "c = [3]"));
  close_window (window);
}

static void
test_save_and_reopen (void)
{
  RsWindow *window = open_example ("seed_cycle_leak.py");
  g_autofree char *dir = g_dir_make_tmp ("refscope-app-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "saved.py", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *saved_source = NULL;
  const char *argv[] = { "python3", path, NULL };
  int status = -1;
  RsWindow *again;

  rs_window_set_step (window, 3);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.last-step", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.run-command", "s", "x = [1]");
  saved_source = g_strdup (source (window));
  g_assert_true (rs_window_save_to_file (window, file, &error));
  g_assert_no_error (error);
  g_assert_false (rs_window_get_modified (window));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "# step = "));
  /* the view fits the drawing: no zoom to restore */
  g_assert_null (strstr (contents, "# zoom = "));

  /* Still a script Python runs. */
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH |
                               G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, NULL, NULL, &status, &error));
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  again = new_window ();
  open_file (again, file);
  g_assert_cmpstr (source (again), ==, saved_source);
  g_assert_false (rs_window_get_modified (again));
  close_window (again);
  close_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* The canvas's own snapshot vfunc: the render node it caches, rendered. */
static GdkTexture *
render_canvas (RsWindow *window)
{
  int w = gtk_widget_get_width (GTK_WIDGET (window->canvas));
  int h = gtk_widget_get_height (GTK_WIDGET (window->canvas));
  g_autoptr(GskRenderNode) node = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  g_assert_cmpint (w, >, 100);
  GTK_WIDGET_GET_CLASS (window->canvas)->snapshot (GTK_WIDGET (window->canvas), snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  return gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                      &GRAPHENE_RECT_INIT (0, 0, w, h));
}

static guchar *
texture_pixels (GdkTexture *texture)
{
  gsize stride = (gsize) gdk_texture_get_width (texture) * 4;
  guchar *pixels = g_malloc (stride * gdk_texture_get_height (texture));

  gdk_texture_download (texture, pixels, stride);
  return pixels;
}

static void
test_render_canvas_png (void)
{
  RsWindow *window = open_example ("seed_cycle_leak.py");
  g_autofree char *dir = g_dir_make_tmp ("refscope-app-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "canvas.png", NULL);
  g_autoptr(GdkTexture) texture = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.last-step", NULL);
  wait_until_settled (window);
  texture = render_canvas (window);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  /* Something was drawn: the picture is not one flat colour. */
  {
    gsize size = (gsize) gdk_texture_get_width (texture) * 4 * gdk_texture_get_height (texture);
    g_autofree guchar *pixels = texture_pixels (texture);
    gboolean varied = FALSE;

    for (gsize i = 4; i < size && !varied; i += 4)
      varied = memcmp (pixels, pixels + i, 4) != 0;
    g_assert_true (varied);
  }
  g_unlink (path);
  g_rmdir (dir);
  close_window (window);
}

static void
test_examples_menu (void)
{
  g_auto(GStrv) names = g_resources_enumerate_children ("/io/github/refscope/Refscope/examples/", 0, NULL);
  RsWindow *window = new_window ();

  g_assert_nonnull (names);
  g_assert_cmpuint (g_strv_length (names), >=, 10);
  for (guint i = 0; names[i] != NULL; i++)
    {
      /* An unmodified window opens the example in place. */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-example", "s", names[i]));
      g_assert_cmpstr (rs_session_get_filename (rs_window_get_session (window)), ==, names[i]);
      g_assert_null (rs_window_get_error (window));
      g_assert_cmpuint (rs_session_get_n_steps (rs_window_get_session (window)), >, 2);
      g_assert_null (rs_window_get_file (window));
    }
  close_window (window);
}

/* The shortcuts window lists every accelerator the application sets, as
 * the same key (an alternative, like Ctrl+= for zoom in, may be left out
 * when the first one is listed). */
static void
test_shortcuts_window (void)
{
  GtkApplication *app = GTK_APPLICATION (g_application_get_default ());
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/refscope/Refscope/gtk/help-overlay.ui");
  g_auto(GStrv) actions = gtk_application_list_action_descriptions (app);
  g_autoptr(GPtrArray) listed = g_ptr_array_new_with_free_func (g_free);
  GSList *objects = gtk_builder_get_objects (builder);
  GtkWindow *overlay = NULL;

  for (GSList *l = objects; l != NULL; l = l->next)
    {
      if (GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        {
          g_autofree char *accel = NULL;
          g_auto(GStrv) keys = NULL;

          g_object_get (l->data, "accelerator", &accel, NULL);
          keys = g_strsplit (accel, " ", -1);
          for (guint i = 0; keys[i] != NULL; i++)
            {
              guint key;
              GdkModifierType mods;

              g_assert_true (gtk_accelerator_parse (keys[i], &key, &mods));
              g_ptr_array_add (listed, gtk_accelerator_name (key, mods));
            }
        }
      if (GTK_IS_SHORTCUTS_WINDOW (l->data))
        overlay = l->data;
    }
  g_slist_free (objects);
  g_assert_cmpuint (g_strv_length (actions), >=, 20);
  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (app, actions[i]);
      guint key;
      GdkModifierType mods;
      g_autofree char *name = NULL;

      if (accels[0] == NULL)
        continue;
      g_assert_true (gtk_accelerator_parse (accels[0], &key, &mods));
      name = gtk_accelerator_name (key, mods);
      if (!g_ptr_array_find_with_equal_func (listed, name, g_str_equal, NULL))
        g_error ("%s (%s) is not in the shortcuts window", actions[i], accels[0]);
    }
  if (overlay != NULL)
    gtk_window_destroy (overlay);
}

/* Where the fitted drawing lies in the canvas, in widget pixels. */
static graphene_rect_t
drawing_area (RsGraphView *view)
{
  const RsScene *scene = rs_graph_view_get_scene (view);
  RsViewTransform v = _rs_graph_view_current_view (view);

  return GRAPHENE_RECT_INIT (scene->x0 * v.zoom + v.x, scene->y0 * v.zoom + v.y,
                             (scene->x1 - scene->x0) * v.zoom, (scene->y1 - scene->y0) * v.zoom);
}

/* A fitted view leaves the legend's corner to the legend, at every step,
 * and takes the room back when the legend is hidden. */
static void
test_fit_beside_legend (void)
{
  RsWindow *window = open_example ("seed_cycle_leak.py");
  RsGraphView *view = window->canvas;
  guint n = rs_session_get_n_steps (rs_window_get_session (window));
  double lw, lh, zoom_with;

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  for (guint step = 0; step < n; step++)
    {
      graphene_rect_t drawing, legend;
      double h = gtk_widget_get_height (GTK_WIDGET (view));

      rs_window_set_step (window, step);
      wait_until_settled (window);
      g_assert_true (_rs_graph_view_legend_extent (view, &lw, &lh));
      drawing = drawing_area (view);
      legend = GRAPHENE_RECT_INIT (0, h - lh, lw, lh);
      if (graphene_rect_intersection (&drawing, &legend, NULL))
        g_error ("step %u: the drawing (%g,%g %gx%g) is under the legend (%g,%g %gx%g)", step,
                 drawing.origin.x, drawing.origin.y, drawing.size.width, drawing.size.height,
                 legend.origin.x, legend.origin.y, legend.size.width, legend.size.height);
    }
  zoom_with = rs_graph_view_get_zoom (view);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-legend", NULL));
  g_assert_false (rs_graph_view_get_show_legend (view));
  wait_until_settled (window);
  g_assert_false (_rs_graph_view_legend_extent (view, &lw, &lh));
  g_assert_cmpfloat (rs_graph_view_get_zoom (view), >=, zoom_with);
  close_window (window);
}

static void
test_export_dialog (void)
{
  RsWindow *window = open_example ("seed_cycle_leak.py");
  g_autofree char *dir = g_dir_make_tmp ("refscope-app-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "step.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  GtkWindow *dialog;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.last-step", NULL);
  dialog = rs_export_dialog_new (GTK_WINDOW (window), rs_window_get_session (window),
                                 rs_window_get_step (window), RS_LAYOUT_ENGINE_DOT);
  rs_export_dialog_set_format (RS_EXPORT_DIALOG (dialog), RS_EXPORT_DIALOG_PNG, FALSE);
  g_assert_true (rs_export_dialog_export_to (RS_EXPORT_DIALOG (dialog), file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8);
  g_assert_cmpmem (contents, 4, "\x89PNG", 4);
  gtk_window_destroy (dialog);
  g_unlink (path);
  g_rmdir (dir);
  close_window (window);
}

/* Whether the marked line is wholly in sight once the view has stopped
 * scrolling (scrolls are animated). */
static gboolean
script_current_line_shown (RsWindow *window)
{
  GtkTextView *view = script_text_view (GTK_WIDGET (window->script_view));
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  gint64 deadline = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
  double last = -1;
  guint still = 0;
  GdkRectangle visible;
  GtkTextIter iter;
  int y, height;

  while (still < 10 && g_get_monotonic_time () < deadline)
    {
      g_usleep (10000);
      while (g_main_context_iteration (NULL, FALSE))
        ;
      still = gtk_adjustment_get_value (adjustment) == last ? still + 1 : 0;
      last = gtk_adjustment_get_value (adjustment);
    }
  gtk_text_view_get_visible_rect (view, &visible);
  gtk_text_buffer_get_iter_at_line (gtk_text_view_get_buffer (view), &iter,
                                    rs_script_view_get_current_line (window->script_view) - 1);
  gtk_text_view_get_line_yrange (view, &iter, &y, &height);
  return height > 0 && y >= visible.y && y + height <= visible.y + visible.height;
}

/* How many pixels of the canvas's bottom-left corner, where the legend
 * goes, are not the background's colour (its top-right pixel's). */
static guint
marked_in_corner (RsWindow *window)
{
  g_autoptr(GdkTexture) texture = render_canvas (window);
  g_autofree guchar *pixels = texture_pixels (texture);
  int w = gdk_texture_get_width (texture), h = gdk_texture_get_height (texture);
  const guchar *bg = pixels + 4 * (w - 1);
  guint marked = 0;

  for (int y = h - 120; y < h; y++)
    for (int x = 0; x < 160; x++)
      marked += memcmp (pixels + 4 * ((gsize) y * w + x), bg, 4) != 0;
  return marked;
}

/* The legend is on the canvas, and win.show-legend (Ctrl+Shift+L, the
 * main menu) takes it away and back. */
static void
test_legend_toggles (void)
{
  RsWindow *window = open_example ("seed_rebind_to_int.py");
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (gtk_window_get_application (GTK_WINDOW (window)),
                                                                 "win.show-legend");
  g_autoptr(GVariant) state = NULL;
  guint with_legend, without;

  g_assert_cmpstr (accels[0], ==, "<Shift><Control>l");
  rs_window_set_step (window, 1);
  wait_until_settled (window);
  rs_graph_view_zoom_by (window->canvas, 0.3);   /* the cards away from the corner */
  wait_until_settled (window);
  g_assert_true (rs_graph_view_get_show_legend (window->canvas));
  with_legend = marked_in_corner (window);
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-legend", NULL);
  state = g_action_group_get_action_state (G_ACTION_GROUP (window), "show-legend");
  g_assert_false (g_variant_get_boolean (state));
  g_assert_false (rs_graph_view_get_show_legend (window->canvas));
  without = marked_in_corner (window);
  g_assert_cmpuint (with_legend, >, without + 1000);
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-legend", NULL);
  g_assert_true (rs_graph_view_get_show_legend (window->canvas));
  g_assert_cmpuint (marked_in_corner (window), ==, with_legend);
  close_window (window);
}

static void
test_script_follows_step (void)
{
  RsWindow *window = new_window ();
  g_autoptr(GString) script = g_string_new ("class Foo:\n    def __init__(self):\n        self.value = 1\n");
  RsSession *session;
  guint in_init = 0;

  for (guint i = 0; i < 60; i++)
    g_string_append_printf (script, "# filler %u, so the script needs scrolling\n", i);
  g_string_append (script, "a = Foo()\nb = Foo()\nprint('end')\n");
  g_assert_true (rs_window_load_source (window, script->str, script->len, NULL, "long.py"));
  session = rs_window_get_session (window);

  /* Straight after loading, before the view has measured its lines. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.last-step", NULL);
  g_assert_true (script_current_line_shown (window));
  /* Back up into the method, far above. */
  for (guint s = rs_session_get_n_steps (session) - 1; s > 0 && in_init == 0; s--)
    if (rs_session_get_step_line (session, s) == 3)
      in_init = s;
  g_assert_cmpuint (in_init, >, 0);
  rs_window_set_step (window, in_init);
  g_assert_true (script_current_line_shown (window));
  /* A command appends a line at the end and the buffer is set anew. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.last-step", NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run-command", "s", "c = 2"));
  g_assert_cmpuint (rs_script_view_get_current_line (window->script_view), ==, 67);
  g_assert_true (script_current_line_shown (window));
  wait_until_settled (window);
  close_window (window);
}

static GtkEventController *
find_controller (GtkWidget *widget,
                 GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (c, type))
        return c;  /* the widget keeps it */
    }
  g_assert_not_reached ();
}

static const RsSceneNode *
scene_node (RsWindow *window,
            RsObjId   id)
{
  const RsScene *scene = rs_graph_view_get_scene (window->canvas);
  int i = rs_scene_find_node (scene, RS_SCENE_KEY_OBJECT (id));

  g_assert_cmpint (i, >=, 0);
  return &scene->nodes[i];
}

static void
assert_no_overlap (RsWindow *window)
{
  const RsScene *scene = rs_graph_view_get_scene (window->canvas);

  for (guint i = 0; i < scene->n_nodes; i++)
    for (guint j = i + 1; j < scene->n_nodes; j++)
      {
        const RsSceneNode *a = &scene->nodes[i], *b = &scene->nodes[j];

        if (a->x < b->x + b->width && b->x < a->x + a->width
            && a->y < b->y + b->height && b->y < a->y + a->height)
          g_error ("%s overlaps %s", a->title, b->title);
      }
}

static gboolean
pin_state (RsWindow *window)
{
  g_autoptr(GVariant) state = g_action_group_get_action_state (G_ACTION_GROUP (window), "pin");

  return g_variant_get_boolean (state);
}

/* Dragging a card by its title moves it and pins it there: the pin holds
 * on other steps, in the saved file and after reopening it. */
static void
test_pin_by_dragging (void)
{
  RsWindow *window = open_example ("seed_cycle_leak.py");
  g_autofree char *dir = g_dir_make_tmp ("refscope-app-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pinned.py", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *pin_line = NULL;
  GtkEventController *drag = find_controller (GTK_WIDGET (window->canvas), GTK_TYPE_GESTURE_DRAG);
  GtkEventController *keys = find_controller (GTK_WIDGET (window->canvas), GTK_TYPE_EVENT_CONTROLLER_KEY);
  const RsScenePin *pins;
  double zoom, x0, y0, px, py;
  GdkRectangle area;
  RsWindow *again;
  RsObjId foo;
  guint n_pins, step;
  gboolean handled = FALSE;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.last-step", NULL);
  wait_until_settled (window);
  step = rs_window_get_step (window);
  foo = find_titled (window, "Foo #1");
  g_assert_cmpuint (foo, !=, 0);
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "unpin-all"));
  x0 = scene_node (window, foo)->x;
  y0 = scene_node (window, foo)->y;
  zoom = rs_graph_view_get_zoom (window->canvas);

  /* grab the title band, drag 300 pt down and right, drop */
  g_assert_true (rs_graph_view_get_object_area (window->canvas, foo, &area));
  g_signal_emit_by_name (drag, "drag-begin", area.x + 5.0, area.y + 5.0);
  g_signal_emit_by_name (drag, "drag-update", 150 * zoom, 150 * zoom);
  g_assert_cmpfloat (scene_node (window, foo)->x, ==, x0 + 150);   /* follows the pointer */
  g_signal_emit_by_name (drag, "drag-update", 300 * zoom, 300 * zoom);
  g_signal_emit_by_name (drag, "drag-end", 300 * zoom, 300 * zoom);
  wait_until_settled (window);
  px = x0 + 300;
  py = y0 + 300;
  g_assert_cmpfloat_with_epsilon (scene_node (window, foo)->x, px, 1e-6);
  g_assert_cmpfloat_with_epsilon (scene_node (window, foo)->y, py, 1e-6);
  g_assert_true (scene_node (window, foo)->pinned);
  g_assert_cmpuint (rs_window_get_selected (window), ==, foo);
  g_assert_true (pin_state (window));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "unpin-all"));
  g_assert_true (rs_window_get_modified (window));   /* the arrangement is work to keep */
  assert_no_overlap (window);

  /* Shift+Right on the canvas nudges it further */
  g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Right, 0, GDK_SHIFT_MASK, &handled);
  g_assert_true (handled);
  wait_until_settled (window);
  px += 12;
  g_assert_cmpfloat_with_epsilon (scene_node (window, foo)->x, px, 1e-6);

  /* a jump back and forth: fresh layouts, same place */
  rs_window_set_step (window, step - 3);
  wait_until_settled (window);
  rs_window_set_step (window, step);
  wait_until_settled (window);
  g_assert_cmpfloat_with_epsilon (scene_node (window, foo)->x, px, 1e-6);
  g_assert_cmpfloat_with_epsilon (scene_node (window, foo)->y, py, 1e-6);
  assert_no_overlap (window);

  g_assert_true (rs_window_save_to_file (window, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  pin_line = g_strdup_printf ("# pin obj-%u = ", foo);
  g_assert_nonnull (strstr (contents, pin_line));

  again = new_window ();
  open_file (again, file);
  gtk_widget_activate_action (GTK_WIDGET (again), "win.last-step", NULL);
  wait_until_settled (again);
  g_assert_false (rs_window_get_modified (again));
  /* the drag stopped fitting the view: its zoom came back, and so did
   * the whole drawing, centred */
  g_assert_nonnull (strstr (contents, "# zoom = "));
  g_assert_cmpfloat_with_epsilon (rs_graph_view_get_zoom (again->canvas), zoom, zoom * 0.01);
  g_assert_true (rs_graph_view_get_object_area (again->canvas, foo, &area));
  g_assert_cmpint (area.x, >=, 0);
  g_assert_cmpint (area.y, >=, 0);
  pins = rs_graph_view_get_pins (again->canvas, &n_pins);
  g_assert_cmpuint (n_pins, ==, 1);
  g_assert_cmpuint (pins[0].key, ==, RS_SCENE_KEY_OBJECT (foo));
  g_assert_cmpfloat_with_epsilon (scene_node (again, foo)->x, px, 0.05);
  g_assert_cmpfloat_with_epsilon (scene_node (again, foo)->y, py, 0.05);

  /* the card's menu (the Menu key on the canvas) offers the same */
  rs_window_select (again, foo);
  keys = find_controller (GTK_WIDGET (again->canvas), GTK_TYPE_EVENT_CONTROLLER_KEY);
  g_assert_null (rs_graph_view_get_context_menu (again->canvas));
  g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Menu, 0, 0, &handled);
  g_assert_true (handled);
  g_assert_nonnull (rs_graph_view_get_context_menu (again->canvas));
  g_assert_true (gtk_widget_get_visible (rs_graph_view_get_context_menu (again->canvas)));
  gtk_popover_popdown (GTK_POPOVER (rs_graph_view_get_context_menu (again->canvas)));

  /* win.pin toggles it off: the card goes back to the layout's place */
  g_assert_true (pin_state (again));
  g_action_group_activate_action (G_ACTION_GROUP (again), "pin", NULL);
  wait_until_settled (again);
  g_assert_false (pin_state (again));
  g_assert_false (scene_node (again, foo)->pinned);
  g_assert_cmpfloat (fabs (scene_node (again, foo)->x - px), >, 1);
  g_assert_true (rs_window_get_modified (again));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (again), "unpin-all"));

  close_window (again);
  close_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* A .py dropped on the window opens there; anything else is refused with
 * a word why.  (The drop target's own signal: Xvfb has no drag source.) */
static void
test_drop_file (void)
{
  RsWindow *window = new_window ();
  GtkEventController *drop = find_controller (GTK_WIDGET (window), GTK_TYPE_DROP_TARGET);
  g_autofree char *py = g_build_filename (SRCDIR, "examples", "seed_weakref_pair.py", NULL);
  g_autofree char *text = g_build_filename (SRCDIR, "README.md", NULL);
  g_autofree char *expected = NULL;
  GSList *files = NULL;
  GValue value = G_VALUE_INIT;
  gboolean accepted = TRUE;

  g_assert_true (g_file_get_contents (py, &expected, NULL, NULL));
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  files = g_slist_append (files, g_file_new_for_path (text));
  g_value_set_boxed (&value, files);
  g_signal_emit_by_name (drop, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_false (accepted);
  g_assert_cmpstr (source (window), ==, "");
  g_value_unset (&value);
  g_slist_free_full (files, g_object_unref);

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  files = g_slist_append (NULL, g_file_new_for_path (text));
  files = g_slist_append (files, g_file_new_for_path (py));
  g_value_set_boxed (&value, files);
  g_signal_emit_by_name (drop, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);
  wait_for_load (window);
  g_assert_cmpstr (source (window), ==, expected);
  g_assert_cmpuint (rs_session_get_n_steps (rs_window_get_session (window)), >, 1);
  g_value_unset (&value);
  g_slist_free_full (files, g_object_unref);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.last-step", NULL);
  wait_until_settled (window);
  close_window (window);
}

/* The editor */

/* Enter (or Shift+Enter) as the command line receives it: its own key
 * handler first (it runs a complete statement), else the editor's. */
static void
command_enter (RsWindow        *window,
               GdkModifierType  state)
{
  GtkTextView *view = command_view (window);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (view));
  GtkEventController *keys = NULL;
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && keys == NULL; i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (c) &&
          gtk_event_controller_get_propagation_phase (c) == GTK_PHASE_CAPTURE)
        keys = c;  /* the view keeps it */
    }
  g_assert_nonnull (keys);
  g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Return, 0, state, &handled);
  if (!handled)
    editor_new_line (view);
}

/* Whether line @line (1-based) of the script shows the current step's mark. */
static gboolean
line_marked (RsWindow *window,
             guint     line)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (script_editor (window));
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "current-line");
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_line (buffer, &iter, line - 1);
  return gtk_text_iter_has_tag (&iter, tag);
}

static void
test_editor_types_and_runs_a_class (void)
{
  RsWindow *window = new_window ();
  GtkTextView *editor = script_editor (window);
  RsSession *session;
  const char *expected =
    "class Foo:\n"
    "    def __init__(self, name):\n"
    "        self.name = name\n"
    "        print('made', name)\n"
    "    \n"
    "    def __del__(self):\n"
    "        print('bye', self.name)\n"
    "\n"
    "a = Foo('a')\n"
    "b = Foo('b')\n"
    "del a\n";

  g_assert_true (gtk_text_view_get_editable (editor));
  g_assert_cmpstr (gtk_source_language_get_id (gtk_source_buffer_get_language (
                     GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (editor)))), ==, "python3");
  g_assert_true (gtk_source_view_get_insert_spaces_instead_of_tabs (GTK_SOURCE_VIEW (editor)));
  g_assert_cmpuint (gtk_source_view_get_tab_width (GTK_SOURCE_VIEW (editor)), ==, 4);
  gtk_widget_grab_focus (GTK_WIDGET (editor));
  /* The indentation comes from the editor: only the dedents are typed. */
  type_into (editor,
             "class Foo:\ndef __init__(self, name):\nself.name = name\nprint('made', name)\n\b\n"
             "def __del__(self):\nprint('bye', self.name)\n\b\b\na = Foo('a')\nb = Foo('b')\ndel a\n",
             editor_new_line);
  g_assert_true (rs_script_view_get_edited (window->script_view));
  g_assert_cmpstr (source (window), ==, "");
  /* Not run yet, but the user's work: closing would ask. */
  g_assert_true (rs_window_get_modified (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run-script", NULL));
  session = rs_window_get_session (window);
  g_assert_cmpstr (rs_session_get_source (session), ==, expected);
  g_assert_false (rs_script_view_get_edited (window->script_view));
  g_assert_true (rs_window_get_modified (window));
  g_assert_false (rs_session_get_error (session, NULL, NULL, NULL));
  /* A new run had no step to keep: it shows its end, where a's Foo is gone. */
  g_assert_cmpuint (rs_window_get_step (window), ==, rs_session_get_n_steps (session) - 1);
  g_assert_cmpuint (find_titled (window, "Foo #1"), ==, 0);
  g_assert_cmpuint (find_titled (window, "Foo #2"), !=, 0);
  g_assert_nonnull (strstr (rs_event_log_get_text (window->event_log), "is being destroyed."));

  /* Undo is the editor's own: it takes back what was typed. */
  g_assert_true (gtk_text_buffer_get_can_undo (gtk_text_view_get_buffer (editor)));
  gtk_text_buffer_undo (gtk_text_view_get_buffer (editor));
  g_assert_true (rs_script_view_get_edited (window->script_view));
  wait_until_settled (window);
  close_window (window);
}

/* The @k-th step (from 1) that ran @line, or G_MAXUINT. */
static guint
nth_step_of_line (RsSession *session,
                  guint      line,
                  guint      k)
{
  for (guint s = 0; s < rs_session_get_n_steps (session); s++)
    if (rs_session_get_step_line (session, s) == line && --k == 0)
      return s;
  return G_MAXUINT;
}

static void
replace_line (RsWindow   *window,
              guint       line,
              const char *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (script_editor (window));
  GtkTextIter start, end;

  gtk_text_buffer_get_iter_at_line (buffer, &start, line - 1);
  end = start;
  gtk_text_iter_forward_to_line_end (&end);
  gtk_text_buffer_delete_interactive (buffer, &start, &end, TRUE);
  gtk_text_buffer_insert_interactive (buffer, &start, text, -1, TRUE);
}

static void
test_editor_rerun_keeps_step (void)
{
  RsWindow *window = new_window ();
  const char *script =
    "def make(n):\n"
    "    return [n]\n"
    "a = make(1)\n"
    "b = make(2)\n"
    "c = [a, b]\n";
  RsSession *session;
  guint before, kept;

  g_assert_true (rs_window_load_source (window, script, strlen (script), NULL, "make.py"));
  /* An opened script is not typing: nothing to undo. */
  g_assert_false (gtk_text_buffer_get_can_undo (gtk_text_view_get_buffer (script_editor (window))));
  session = rs_window_get_session (window);
  /* The second time `return [n]` runs: inside make(2). */
  before = nth_step_of_line (session, 2, 2);
  g_assert_cmpuint (before, !=, G_MAXUINT);
  rs_window_set_step (window, before);
  g_assert_true (line_marked (window, 2));

  /* Editing a line in the middle: the mark goes until the next run. */
  replace_line (window, 3, "a = make(make(1))");
  g_assert_true (rs_script_view_get_edited (window->script_view));
  g_assert_false (line_marked (window, 2));
  /* Stepping while the text is edited marks nothing either. */
  rs_window_set_step (window, 1);
  g_assert_false (line_marked (window, rs_session_get_step_line (session, 1)));
  rs_window_set_step (window, before);
  g_assert_false (line_marked (window, 2));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run-script", NULL));
  session = rs_window_get_session (window);
  g_assert_nonnull (strstr (rs_session_get_source (session), "a = make(make(1))\n"));
  /* Same line, same occurrence: now the outer make(1), an earlier step. */
  kept = nth_step_of_line (session, 2, 2);
  g_assert_cmpuint (kept, <, before);
  g_assert_cmpuint (rs_window_get_step (window), ==, kept);
  g_assert_cmpuint (rs_script_view_get_current_line (window->script_view), ==, 2);
  g_assert_true (line_marked (window, 2));
  g_assert_true (rs_window_get_modified (window));

  /* Where that occurrence no longer runs, the last step. */
  rs_window_set_step (window, nth_step_of_line (session, 2, 3));
  replace_line (window, 3, "a = [1]");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run-script", NULL));
  session = rs_window_get_session (window);
  g_assert_cmpuint (nth_step_of_line (session, 2, 3), ==, G_MAXUINT);
  g_assert_cmpuint (rs_window_get_step (window), ==, rs_session_get_n_steps (session) - 1);
  wait_until_settled (window);
  close_window (window);
}

/* A script outside the subset says why and changes nothing else. */
static void
test_editor_rejected_keeps_run (void)
{
  RsWindow *window = new_window ();
  GtkTextView *editor = script_editor (window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (editor);
  g_autofree char *dir = g_dir_make_tmp ("refscope-app-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "kept.py", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *shown = NULL;
  RsSession *session;
  GtkTextIter end;
  guint n_steps;

  g_assert_true (rs_window_load_source (window, "a = [1]\nb = [2]\n", 16, NULL, "kept.py"));
  session = rs_window_get_session (window);
  n_steps = rs_session_get_n_steps (session);
  rs_window_set_step (window, 1);
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  type_into (editor, "f = lambda **k: 1\n", editor_new_line);
  g_assert_false (_rs_window_run_script (window));
  g_assert_nonnull (rs_window_get_error (window));
  g_assert_true (rs_window_get_session (window) == session);
  g_assert_cmpuint (rs_session_get_n_steps (session), ==, n_steps);
  g_assert_cmpuint (rs_window_get_step (window), ==, 1);
  shown = view_text (editor);
  g_assert_nonnull (strstr (shown, "f = lambda **k: 1\n"));
  g_assert_true (rs_script_view_get_edited (window->script_view));

  /* Nor does a statement run after it: the edited script comes first. */
  g_assert_false (rs_window_run (window, "c = [3]", TRUE));
  g_assert_null (strstr (source (window), "c = [3]"));

  /* Saving keeps what the user sees, run or not. */
  g_assert_true (rs_window_get_modified (window));
  g_assert_true (rs_window_save_to_file (window, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "a = [1]\nb = [2]\nf = lambda **k: 1\n"));
  close_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_editor_run_to_cursor (void)
{
  RsWindow *window = new_window ();
  GtkTextView *editor = script_editor (window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (editor);
  const char *script =
    "items = []\n"
    "for i in range(3):\n"
    "    items.append([i])\n"
    "# not a statement\n"
    "last = items[-1]\n";
  RsSession *session;
  GtkTextIter iter;
  guint step;

  g_assert_true (rs_window_load_source (window, script, strlen (script), NULL, "loop.py"));
  session = rs_window_get_session (window);
  gtk_text_buffer_get_iter_at_line (buffer, &iter, 2);
  gtk_text_buffer_place_cursor (buffer, &iter);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run-to-cursor", NULL));
  g_assert_cmpuint (rs_window_get_step (window), ==, nth_step_of_line (session, 3, 1));

  /* A line that never runs leaves the step where it was. */
  step = rs_window_get_step (window);
  gtk_text_buffer_get_iter_at_line (buffer, &iter, 3);
  gtk_text_buffer_place_cursor (buffer, &iter);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run-to-cursor", NULL));
  g_assert_cmpuint (rs_window_get_step (window), ==, step);

  /* Typed and not run yet: run to cursor runs the script first. */
  gtk_text_buffer_get_end_iter (buffer, &iter);
  gtk_text_buffer_place_cursor (buffer, &iter);
  type_into (editor, "extra = [last]", editor_new_line);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run-to-cursor", NULL));
  session = rs_window_get_session (window);
  g_assert_nonnull (strstr (rs_session_get_source (session), "extra = [last]"));
  g_assert_false (rs_script_view_get_edited (window->script_view));
  g_assert_cmpuint (rs_window_get_step (window), ==, nth_step_of_line (session, 6, 1));
  g_assert_cmpuint (rs_session_get_step_line (session, rs_window_get_step (window)), ==, 6);
  wait_until_settled (window);
  close_window (window);
}

static void
command_type (GtkTextView *view,
              const char  *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);

  gtk_text_buffer_insert_interactive_at_cursor (buffer, text, -1, TRUE);
}

static void
test_command_block (void)
{
  RsWindow *window = new_window ();
  GtkTextView *view = command_view (window);
  g_autofree char *pending = NULL;

  g_assert_nonnull (view);
  rs_script_view_focus_command (window->script_view);
  /* A statement that opens a block goes on over lines, indented. */
  command_type (view, "class Bar:");
  command_enter (window, 0);
  command_type (view, "def __del__(self):");
  command_enter (window, 0);
  command_type (view, "print('gone')");
  command_enter (window, 0);
  pending = view_text (view);
  g_assert_cmpstr (pending, ==, "class Bar:\n    def __del__(self):\n        print('gone')\n        ");
  g_assert_cmpstr (source (window), ==, "");
  /* As in Python's REPL, an empty line ends it and it runs. */
  command_enter (window, 0);
  g_assert_cmpstr (source (window), ==, "class Bar:\n    def __del__(self):\n        print('gone')\n");
  g_clear_pointer (&pending, g_free);
  pending = view_text (view);
  g_assert_cmpstr (pending, ==, "");

  /* A complete statement runs at once; Shift+Enter adds a line first. */
  command_type (view, "x = Bar()");
  command_enter (window, GDK_SHIFT_MASK);
  command_type (view, "y = [x]");
  command_enter (window, 0);
  g_assert_null (strstr (source (window), "x = Bar()"));
  command_enter (window, 0);
  g_assert_nonnull (strstr (source (window), "x = Bar()\ny = [x]\n"));
  command_type (view, "del x, y");
  command_enter (window, 0);
  g_assert_nonnull (strstr (source (window), "del x, y\n"));
  g_assert_nonnull (strstr (rs_event_log_get_text (window->event_log), "gone"));
  /* What ran joined the script as if typed: undo in the editor takes it
   * back out, and the next run goes without it. */
  gtk_text_buffer_undo (gtk_text_view_get_buffer (script_editor (window)));
  g_assert_true (rs_script_view_get_edited (window->script_view));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run-script", NULL));
  g_assert_null (strstr (source (window), "del x, y"));
  g_assert_nonnull (strstr (source (window), "y = [x]\n"));
  /* An open bracket goes on too. */
  command_type (view, "z = [1,");
  command_enter (window, 0);
  command_type (view, "2]");
  command_enter (window, 0);
  g_assert_null (strstr (source (window), "z = [1,"));
  command_enter (window, 0);
  g_assert_nonnull (strstr (source (window), "z = [1,\n2]\n"));
  wait_until_settled (window);
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  test_window_init (&argc, &argv);
  g_test_add_func ("/refscope/app/open-and-step", test_open_and_step);
  g_test_add_func ("/refscope/app/edit-actions", test_edit_actions);
  g_test_add_func ("/refscope/app/command-error-inline", test_command_error_inline);
  g_test_add_func ("/refscope/app/open-rejected-script", test_open_rejected_script);
  g_test_add_func ("/refscope/app/open-not-a-script", test_open_not_a_script);
  g_test_add_func ("/refscope/app/discard-later-steps", test_discard_later_steps);
  g_test_add_func ("/refscope/app/save-and-reopen", test_save_and_reopen);
  g_test_add_func ("/refscope/app/render-canvas-png", test_render_canvas_png);
  g_test_add_func ("/refscope/app/examples-menu", test_examples_menu);
  g_test_add_func ("/refscope/app/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/refscope/app/fit-beside-legend", test_fit_beside_legend);
  g_test_add_func ("/refscope/app/export-dialog", test_export_dialog);
  g_test_add_func ("/refscope/app/script-follows-step", test_script_follows_step);
  g_test_add_func ("/refscope/app/legend-toggles", test_legend_toggles);
  g_test_add_func ("/refscope/app/pin-by-dragging", test_pin_by_dragging);
  g_test_add_func ("/refscope/app/drop-file", test_drop_file);
  g_test_add_func ("/refscope/app/editor-types-and-runs-a-class", test_editor_types_and_runs_a_class);
  g_test_add_func ("/refscope/app/editor-rerun-keeps-step", test_editor_rerun_keeps_step);
  g_test_add_func ("/refscope/app/editor-rejected-keeps-run", test_editor_rejected_keeps_run);
  g_test_add_func ("/refscope/app/editor-run-to-cursor", test_editor_run_to_cursor);
  g_test_add_func ("/refscope/app/command-block", test_command_block);
  return test_window_run ();
}
