/* test-window-traps.c: the small things that misled: menu labels, exports, names
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "rs-export-dialog.h"
#include "rs-test-window.h"

/* What a menu label shows: "__" is one underscore, a lone '_' marks the
 * mnemonic and is not shown. */
static char *
shown (const char *label)
{
  GString *out = g_string_new (NULL);

  for (const char *p = label; *p != '\0'; p++)
    if (*p != '_')
      g_string_append_c (out, *p);
    else if (p[1] == '_')
      g_string_append_c (out, *p++);
  return g_string_free (out, FALSE);
}

static char *
item_label (GMenuModel *menu,
            guint       i)
{
  char *label = NULL;

  g_assert_true (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  return label;
}

/* The Examples menu shows titles, sorted, with their underscores. */
static void
test_examples_titled_and_sorted (void)
{
  RsWindow *window = new_window ();
  GMenuModel *menu = G_MENU_MODEL (window->examples_section);
  guint n = g_menu_model_get_n_items (menu);
  g_autofree char *previous = NULL;
  gboolean saw_del = FALSE;

  g_assert_cmpuint (n, >=, 10);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = item_label (menu, i);
      g_autofree char *text = shown (label);

      g_assert_false (g_str_has_suffix (text, ".py"));   /* a title, not a file name */
      if (previous != NULL)
        g_assert_cmpint (g_utf8_collate (previous, text), <, 0);
      saw_del |= g_str_has_prefix (text, "__del__ ");
      g_free (previous);
      previous = g_steal_pointer (&text);
    }
  g_assert_true (saw_del);
  close_window (window);
}

/* Open Recent shows a file's name as it is. */
static void
test_recent_keeps_underscores (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.refscope.Refscope");
  const char *uris[] = { "file:///tmp/my_first_session.py", NULL };
  RsWindow *window = new_window ();
  GMenuModel *menu = G_MENU_MODEL (window->recent_section);
  g_autofree char *label = NULL;
  g_autofree char *text = NULL;

  g_settings_set_strv (settings, "recent-files", uris);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (g_menu_model_get_n_items (menu), ==, 1);
  label = item_label (menu, 0);
  text = shown (label);
  g_assert_cmpstr (text, ==, "my_first_session.py");
  g_settings_reset (settings, "recent-files");
  close_window (window);
}

/* An export says where it wrote, with a button that opens it. */
static void
test_export_says_where (void)
{
  RsWindow *window = open_example ("seed_cycle_leak.py");
  g_autofree char *dir = g_dir_make_tmp ("refscope-app-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "step.svg", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  GListModel *toplevels = gtk_window_get_toplevels ();   /* not ours */
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) target = NULL;
  RsExportDialog *dialog = NULL;

  g_assert_null (window->export_toast);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && dialog == NULL; i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (RS_IS_EXPORT_DIALOG (w))
        dialog = RS_EXPORT_DIALOG (w);
    }
  g_assert_nonnull (dialog);
  rs_export_dialog_set_format (dialog, RS_EXPORT_DIALOG_SVG, FALSE);
  g_assert_true (rs_export_dialog_export_to (dialog, file, &error));
  g_assert_no_error (error);
  g_assert_nonnull (window->export_toast);
  g_assert_nonnull (strstr (adw_toast_get_title (window->export_toast), path));
  g_assert_cmpstr (adw_toast_get_button_label (window->export_toast), ==, "_Open");
  g_assert_cmpstr (adw_toast_get_action_name (window->export_toast), ==, "win.show-uri");
  target = adw_toast_get_action_target_value (window->export_toast);
  g_variant_ref_sink (target);
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, uri);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_unlink (path);
  g_rmdir (dir);
  close_window (window);
}

/* New Object proposes a free name; a taken one is said to rebind. */
static void
test_new_object_never_silently_rebinds (void)
{
  RsWindow *window = open_example ("seed_cycle_leak.py");
  guint n_steps = rs_session_get_n_steps (rs_window_get_session (window));
  guint step;
  const char *proposed;

  /* a step where `a` names Foo #1 */
  for (step = 1; step < n_steps && find_titled (window, "Foo #1") == 0; step++)
    rs_window_set_step (window, step);
  rs_window_set_step (window, rs_session_find_line_step (rs_window_get_session (window), 17));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-object", NULL));
  proposed = gtk_editable_get_text (GTK_EDITABLE (window->new_object_name_entry));
  g_assert_cmpstr (proposed, !=, "a");
  g_assert_cmpstr (gtk_button_get_label (window->new_object_create_button), ==, "C_reate");
  gtk_editable_set_text (GTK_EDITABLE (window->new_object_name_entry), "a");
  g_assert_cmpstr (gtk_button_get_label (window->new_object_create_button), ==, "Re_bind");
  g_assert_nonnull (gtk_widget_get_tooltip_text (GTK_WIDGET (window->new_object_create_button)));
  gtk_editable_set_text (GTK_EDITABLE (window->new_object_name_entry), "zz");
  g_assert_cmpstr (gtk_button_get_label (window->new_object_create_button), ==, "C_reate");
  gtk_menu_button_popdown (window->new_object_button);
  close_window (window);
}

static guint
count (const char *text,
       const char *what)
{
  guint n = 0;

  for (const char *p = text; (p = strstr (p, what)) != NULL; p += strlen (what))
    n++;
  return n;
}

/* gc.collect() from the toolbar writes its import at the top, once. */
static void
test_imports_go_to_the_top (void)
{
  RsWindow *window = open_example ("seed_cycle_leak.py");
  GtkWidget *w = GTK_WIDGET (window);

  gtk_widget_activate_action (w, "win.last-step", NULL);
  g_assert_null (strstr (source (window), "import gc"));
  g_assert_true (gtk_widget_activate_action (w, "win.collect", NULL));
  g_assert_true (g_str_has_prefix (source (window), "import gc\nclass Foo:\n"));
  g_assert_true (g_str_has_suffix (source (window), "print('end')\ngc.collect()"));
  g_assert_null (rs_window_get_error (window));
  /* the leaked pair was collected: the import ran first */
  g_assert_cmpuint (find_titled (window, "Foo #1"), ==, 0);
  g_assert_true (gtk_widget_activate_action (w, "win.collect", NULL));
  g_assert_cmpuint (count (source (window), "import gc\n"), ==, 1);
  g_assert_cmpuint (count (source (window), "gc.collect()"), ==, 2);
  /* one undo takes back the second collect, the import stays */
  g_assert_true (gtk_widget_activate_action (w, "win.undo", NULL));
  g_assert_cmpuint (count (source (window), "gc.collect()"), ==, 1);
  g_assert_true (g_str_has_prefix (source (window), "import gc\n"));
  wait_until_settled (window);
  close_window (window);
}

/* A long script line scrolls sideways in the editor; the command line
 * wraps its own. */
static void
test_long_lines_scroll (void)
{
  RsWindow *window = new_window ();
  g_autofree char *name = g_strnfill (400, 'x');
  g_autofree char *script = g_strdup_printf ("%s = 1\n", name);
  GtkTextView *editor = script_editor (window);
  GtkAdjustment *across = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (editor));
  gint64 until;

  g_assert_true (rs_window_load_source (window, script, strlen (script), NULL, "long.py"));
  wait_until_settled (window);
  until = g_get_monotonic_time () + 300 * 1000;
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpint (gtk_text_view_get_wrap_mode (editor), ==, GTK_WRAP_NONE);
  g_assert_cmpfloat (gtk_adjustment_get_upper (across), >, gtk_adjustment_get_page_size (across) * 2);
  g_assert_cmpint (gtk_text_view_get_wrap_mode (command_view (window)), ==, GTK_WRAP_WORD_CHAR);
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  test_window_init (&argc, &argv);
  g_test_add_func ("/refscope/app/traps/examples-titled-and-sorted", test_examples_titled_and_sorted);
  g_test_add_func ("/refscope/app/traps/recent-keeps-underscores", test_recent_keeps_underscores);
  g_test_add_func ("/refscope/app/traps/export-says-where", test_export_says_where);
  g_test_add_func ("/refscope/app/traps/new-object-never-silently-rebinds", test_new_object_never_silently_rebinds);
  g_test_add_func ("/refscope/app/traps/imports-go-to-the-top", test_imports_go_to_the_top);
  g_test_add_func ("/refscope/app/traps/long-lines-scroll", test_long_lines_scroll);
  return test_window_run ();
}
