/* rs-explain-view.c: why the selected object lives, what dies with it, how to break its cycle
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The inspector's part that answers from rs-explain, for the step shown:
 * the chain of references from a root (each link selects its object), or
 * the leaked cycle; the other chains on request; the retained set; and
 * for a cycle the smallest sets of references that, made weak, let
 * reference counting free it, each a button for win.break-cycle.
 * Pointing at an answer stresses it on the canvas; nothing is derived
 * here that rs-explain does not say.
 */
#define G_LOG_DOMAIN "refscope-explain-view"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "rs-explain-view.h"

#define MAX_PATHS 10
#define MAX_TITLES 6

struct _RsExplainView
{
  GtkWidget    parent_instance;

  /* Template widgets */
  GtkWidget   *box;
  GtkLabel    *why_heading;
  GtkLabel    *why_label;
  GtkExpander *paths_expander;
  GtkLabel    *paths_label;
  GtkWidget   *retained_row;
  GtkLabel    *break_heading;
  GtkListBox  *break_list;

  /* Owned references */
  RsGraphView *canvas;       /* weak */
  RsSnapshot  *snapshot;     /* the step explained */
  RsExplain   *explain;
  GPtrArray   *removals;     /* RsExplainRemoval of the object, on first use */
  GArray      *why_objects;  /* RsObjId of the chain, or the cycle */
  GArray      *cycle;
  GArray      *retained;
  GPtrArray   *break_buttons;
  char        *why_text;
  char        *why_root;
  char        *retained_text;

  RsObjId      object;
};

G_DEFINE_FINAL_TYPE (RsExplainView, rs_explain_view, GTK_TYPE_WIDGET)

static void
set_emphasis (RsExplainView   *self,
              RsGraphEmphasis *emphasis)
{
  g_autoptr(RsGraphEmphasis) owned = emphasis;

  if (self->canvas != NULL)
    rs_graph_view_set_emphasis (self->canvas, g_steal_pointer (&owned));
}

/* "Foo #1, list #2 and 3 more" */
static char *
titles (RsExplainView *self,
        GArray        *ids)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < ids->len && i < MAX_TITLES; i++)
    {
      g_autofree char *title = rs_explain_title (self->explain, g_array_index (ids, RsObjId, i));

      g_string_append_printf (text, i ? ", %s" : "%s", title);
    }
  if (ids->len > MAX_TITLES)
    g_string_append_printf (text, ngettext (" and %u more", " and %u more", ids->len - MAX_TITLES),
                            ids->len - MAX_TITLES);
  return g_string_free (text, FALSE);
}

static void
append_link (GString    *markup,
             GString    *plain,
             const char *text,
             RsObjId     target)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  if (markup->len > 0)
    {
      g_string_append (markup, " → ");
      g_string_append (plain, " -> ");
    }
  g_string_append_printf (markup, "<a href=\"%u\">%s</a>", target, escaped);
  g_string_append (plain, text);
}

/* The chain as links ("a → a.friend"), each to the object it leads to. */
static void
show_chain (RsExplainView *self,
            GPtrArray     *labels)
{
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autoptr(GString) plain = g_string_new (NULL);

  g_assert (labels->len == self->why_objects->len);
  for (guint i = 0; i < labels->len; i++)
    append_link (markup, plain, g_ptr_array_index (labels, i), g_array_index (self->why_objects, RsObjId, i));
  gtk_label_set_markup (self->why_label, markup->str);
  g_free (self->why_text);
  self->why_text = g_strdup (plain->str);
}

static void
show_all_paths (RsExplainView *self)
{
  g_autoptr(GPtrArray) paths = rs_explain_root_paths (self->explain, self->object, MAX_PATHS);
  g_autoptr(GString) text = g_string_new (NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->paths_expander), paths->len > 1);
  for (guint i = 0; i < paths->len; i++)
    {
      GPtrArray *labels = g_ptr_array_index (paths, i);
      g_autofree char *joined = NULL;

      g_ptr_array_add (labels, NULL);
      joined = g_strjoinv (" → ", (char **) labels->pdata);
      g_string_append_printf (text, i ? "\n%s" : "%s", joined);
    }
  gtk_label_set_label (self->paths_label, text->str);
}

/* A leaked object: its cycle, or the cycle it hangs from and the chain. */
static void
show_leak (RsExplainView *self,
           GPtrArray     *labels,
           gboolean       hangs)
{
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autoptr(GString) plain = g_string_new (NULL);

  if (self->cycle->len == 0)
    {
      gtk_label_set_label (self->why_heading, _("Why It Is Leaked"));
      gtk_label_set_label (self->why_label, _("Held by something the graph does not show: a finalizer that still runs"));
      self->why_text = g_strdup (gtk_label_get_label (self->why_label));
      return;
    }
  gtk_label_set_label (self->why_heading, hangs ? _("Hangs From a Leaked Cycle") : _("Kept Alive by Its Cycle"));
  for (guint i = 0; i < self->cycle->len; i++)
    {
      RsObjId member = g_array_index (self->cycle, RsObjId, i);
      g_autofree char *title = rs_explain_title (self->explain, member);

      append_link (markup, plain, title, member);
    }
  /* the cycle closes on its first member */
  g_string_append (markup, " → …");
  g_string_append (plain, " -> ...");
  for (guint i = 1; hangs && i < labels->len; i++)
    {
      g_string_append (markup, i == 1 ? "\n" : "");
      append_link (markup, plain, g_ptr_array_index (labels, i), g_array_index (self->why_objects, RsObjId, i));
    }
  gtk_label_set_markup (self->why_label, markup->str);
  self->why_text = g_strdup (plain->str);
}

static void
show_why (RsExplainView *self)
{
  g_autoptr(GPtrArray) labels = rs_explain_why_alive (self->explain, self->object);
  gboolean hangs = FALSE;

  self->why_objects = rs_explain_why_alive_objects (self->explain, self->object);
  self->cycle = rs_explain_get_cycle (self->explain, self->object, &hangs);
  g_clear_pointer (&self->why_root, g_free);
  g_clear_pointer (&self->why_text, g_free);
  gtk_widget_set_visible (GTK_WIDGET (self->paths_expander), FALSE);
  if (rs_explain_get_state (self->explain, self->object) == RS_EXPLAIN_LEAKED)
    {
      show_leak (self, labels, hangs);
      return;
    }
  gtk_label_set_label (self->why_heading, _("Why It Is Alive"));
  if (labels->len > 0)
    self->why_root = g_strdup (g_ptr_array_index (labels, 0));
  show_chain (self, labels);
  show_all_paths (self);
}

static void
show_retained (RsExplainView *self)
{
  g_autofree char *list = NULL;

  self->retained = rs_explain_retained (self->explain, self->object);
  list = titles (self, self->retained);
  g_free (self->retained_text);
  self->retained_text = g_strdup_printf (ngettext ("%u object: %s", "%u objects: %s", self->retained->len),
                                         self->retained->len, list);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->retained_row), self->retained_text);
}

/* "a.friend.friend" or "a.friend and b.friend" */
static char *
join_labels (GPtrArray *labels)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < labels->len; i++)
    g_string_append_printf (text, i == 0 ? "%s" : i + 1 == labels->len ? _(" and %s") : ", %s",
                            (const char *) g_ptr_array_index (labels, i));
  return g_strdup (text->str);
}

static GtkWidget *
break_row (GPtrArray *labels,
           GArray    *links)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("Make _Weak"));
  g_autofree char *title = join_labels (labels);
  GVariantBuilder builder;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
    ngettext ("Made a weak reference, reference counting frees the cycle",
              "Made weak references, reference counting frees the cycle", labels->len));
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(uu)"));
  for (guint i = 0; i < links->len; i++)
    {
      const RsExplainLink *link = &g_array_index (links, RsExplainLink, i);

      g_variant_builder_add (&builder, "(uu)", link->holder, link->target);
    }
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Write weakref.ref(...) for these references into the script, "
                                         "where the cycle can still be reached, and run it again"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.break-cycle");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_builder_end (&builder));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  g_object_set_data (G_OBJECT (row), "rs-button", button);
  return row;
}

static void
show_break_sets (RsExplainView *self)
{
  g_autoptr(GPtrArray) sets = rs_explain_break_cycle (self->explain, self->object);
  g_autoptr(GPtrArray) links = rs_explain_break_cycle_links (self->explain, self->object);
  GtkWidget *child;

  g_assert (sets->len == links->len);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->break_list))))
    gtk_list_box_remove (self->break_list, child);
  g_ptr_array_set_size (self->break_buttons, 0);
  for (guint i = 0; i < sets->len; i++)
    {
      GtkWidget *row = break_row (g_ptr_array_index (sets, i), g_ptr_array_index (links, i));

      gtk_list_box_append (self->break_list, row);
      g_ptr_array_add (self->break_buttons, g_object_get_data (G_OBJECT (row), "rs-button"));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->break_heading), sets->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->break_list), sets->len > 0);
}

static void
forget_object (RsExplainView *self)
{
  g_clear_pointer (&self->removals, g_ptr_array_unref);
  g_clear_pointer (&self->why_objects, g_array_unref);
  g_clear_pointer (&self->cycle, g_array_unref);
  g_clear_pointer (&self->retained, g_array_unref);
  self->object = 0;
}

void
rs_explain_view_show (RsExplainView    *self,
                      const RsSnapshot *snapshot,
                      RsObjId        id)
{
  RsSession *session;

  g_return_if_fail (RS_IS_EXPLAIN_VIEW (self));

  forget_object (self);
  set_emphasis (self, NULL);
  session = self->canvas ? rs_graph_view_get_history (self->canvas) : NULL;
  if (snapshot != self->snapshot)
    {
      g_clear_pointer (&self->explain, rs_explain_free);
      g_clear_pointer (&self->snapshot, rs_snapshot_unref);
    }
  if (snapshot == NULL || id == 0 || session == NULL || snapshot->step >= rs_session_get_n_steps (session))
    return;
  if (self->explain == NULL)
    {
      self->snapshot = rs_snapshot_ref ((RsSnapshot *) snapshot);
      self->explain = rs_session_explain (session, snapshot->step);
    }
  self->object = id;
  show_why (self);
  show_retained (self);
  show_break_sets (self);
}

void
rs_explain_view_preview (RsExplainView    *self,
                         RsExplainPreview  preview)
{
  RsGraphEmphasis *emphasis;

  g_return_if_fail (RS_IS_EXPLAIN_VIEW (self));

  if (self->object == 0 || preview == RS_EXPLAIN_PREVIEW_NONE)
    {
      set_emphasis (self, NULL);
      return;
    }
  emphasis = rs_graph_emphasis_new ();
  if (preview == RS_EXPLAIN_PREVIEW_RETAINED)
    g_array_append_vals (emphasis->objects, self->retained->data, self->retained->len);
  else
    {
      g_array_append_vals (emphasis->objects, self->cycle->data, self->cycle->len);
      g_array_append_vals (emphasis->path, self->why_objects->data, self->why_objects->len);
      emphasis->root = g_strdup (self->why_root);
    }
  set_emphasis (self, emphasis);
}

const RsExplainRemoval *
rs_explain_view_get_removal (RsExplainView *self,
                             guint          index)
{
  g_return_val_if_fail (RS_IS_EXPLAIN_VIEW (self), NULL);

  if (self->object == 0)
    return NULL;
  if (self->removals == NULL)
    self->removals = rs_explain_what_if (self->explain, self->object);
  return index < self->removals->len ? g_ptr_array_index (self->removals, index) : NULL;
}

/* "Removing a (del, = None or a weak reference) frees Foo #1, then
 * list #2; leaks nothing." */
static char *
describe_removal (RsExplainView          *self,
                  const RsExplainRemoval *removal)
{
  g_autofree char *frees = titles (self, removal->frees);
  g_autofree char *leaks = titles (self, removal->leaks);
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_printf (text, _("Without %s (del, = None or a weak reference): "), removal->reference);
  if (removal->frees->len > 0)
    g_string_append_printf (text, _("frees %s"), frees);
  else
    g_string_append (text, _("frees nothing"));
  if (removal->leaks->len > 0)
    g_string_append_printf (text, _("; leaks %s"), leaks);
  if (removal->uncertain != NULL)
    g_string_append_printf (text, _("; uncertain: %s"), removal->uncertain);
  return g_strdup (text->str);
}

char *
rs_explain_view_preview_removal (RsExplainView *self,
                                 guint          index)
{
  const RsExplainRemoval *removal;
  RsGraphEmphasis *emphasis;

  g_return_val_if_fail (RS_IS_EXPLAIN_VIEW (self), NULL);

  if ((removal = rs_explain_view_get_removal (self, index)) == NULL)
    {
      set_emphasis (self, NULL);
      return NULL;
    }
  emphasis = rs_graph_emphasis_new ();
  g_array_append_vals (emphasis->freed, removal->frees->data, removal->frees->len);
  g_array_append_vals (emphasis->leaked, removal->leaks->data, removal->leaks->len);
  set_emphasis (self, emphasis);
  return describe_removal (self, removal);
}

const char *
rs_explain_view_get_why (RsExplainView *self)
{
  g_return_val_if_fail (RS_IS_EXPLAIN_VIEW (self), NULL);

  return self->object ? self->why_text : NULL;
}

const char *
rs_explain_view_get_retained (RsExplainView *self)
{
  g_return_val_if_fail (RS_IS_EXPLAIN_VIEW (self), NULL);

  return self->object ? self->retained_text : NULL;
}

GPtrArray *
rs_explain_view_get_break_buttons (RsExplainView *self)
{
  g_return_val_if_fail (RS_IS_EXPLAIN_VIEW (self), NULL);

  return self->break_buttons;
}

void
rs_explain_view_set_canvas (RsExplainView *self,
                            RsGraphView   *canvas)
{
  g_return_if_fail (RS_IS_EXPLAIN_VIEW (self));

  g_set_weak_pointer (&self->canvas, canvas);
}

static gboolean
why_link_cb (RsExplainView *self,
             const char    *uri)
{
  guint64 id = g_ascii_strtoull (uri, NULL, 10);

  if (self->canvas != NULL && id != 0)
    {
      rs_graph_view_set_selected (self->canvas, (RsObjId) id);
      rs_graph_view_scroll_to (self->canvas, (RsObjId) id);
    }
  return TRUE;
}

/* Pointing at an answer, or moving the focus into it, stresses it. */
static void
enter_cb (GtkEventController *controller,
          RsExplainView      *self)
{
  GtkWidget *widget = gtk_event_controller_get_widget (controller);

  rs_explain_view_preview (self, widget == self->retained_row ? RS_EXPLAIN_PREVIEW_RETAINED : RS_EXPLAIN_PREVIEW_WHY);
}

static void
leave_cb (GtkEventController *controller,
          RsExplainView      *self)
{
  rs_explain_view_preview (self, RS_EXPLAIN_PREVIEW_NONE);
}

static void
watch_pointer (RsExplainView *self,
               GtkWidget     *widget)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect (motion, "enter", G_CALLBACK (enter_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (leave_cb), self);
  g_signal_connect (focus, "enter", G_CALLBACK (enter_cb), self);
  g_signal_connect (focus, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (widget, motion);
  gtk_widget_add_controller (widget, focus);
}

static void
rs_explain_view_dispose (GObject *object)
{
  RsExplainView *self = RS_EXPLAIN_VIEW (object);

  forget_object (self);
  g_clear_weak_pointer (&self->canvas);
  g_clear_pointer (&self->explain, rs_explain_free);
  g_clear_pointer (&self->snapshot, rs_snapshot_unref);
  g_clear_pointer (&self->break_buttons, g_ptr_array_unref);
  g_clear_pointer (&self->why_text, g_free);
  g_clear_pointer (&self->why_root, g_free);
  g_clear_pointer (&self->retained_text, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (object), RS_TYPE_EXPLAIN_VIEW);
  G_OBJECT_CLASS (rs_explain_view_parent_class)->dispose (object);
}

static void
rs_explain_view_class_init (RsExplainViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_explain_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/refscope/Refscope/rs-explain-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RsExplainView, box);
  gtk_widget_class_bind_template_child (widget_class, RsExplainView, why_heading);
  gtk_widget_class_bind_template_child (widget_class, RsExplainView, why_label);
  gtk_widget_class_bind_template_child (widget_class, RsExplainView, paths_expander);
  gtk_widget_class_bind_template_child (widget_class, RsExplainView, paths_label);
  gtk_widget_class_bind_template_child (widget_class, RsExplainView, retained_row);
  gtk_widget_class_bind_template_child (widget_class, RsExplainView, break_heading);
  gtk_widget_class_bind_template_child (widget_class, RsExplainView, break_list);
  gtk_widget_class_bind_template_callback (widget_class, why_link_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rsexplainview");
}

static void
rs_explain_view_init (RsExplainView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->break_buttons = g_ptr_array_new ();
  watch_pointer (self, GTK_WIDGET (self->why_label));
  watch_pointer (self, self->retained_row);
}
