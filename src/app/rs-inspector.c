/* rs-inspector.c: who holds the selected object, and why it lives
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each entry of the refcount ledger is a row, named as the ledger names
 * it; a holder that a module-level statement can reach has a delete
 * button that runs `del ...` through win.run-command, like any other
 * edit.  A row naming an object (a holder, a member of the same leaked
 * cycle) emits ::object-activated, and the window selects that object.
 */
#define G_LOG_DOMAIN "refscope-inspector"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "rs-edit.h"
#include "rs-explain-view.h"
#include "rs-inspector.h"
#include "rs-snapshot-describe.h"
#include "rs-value.h"

struct _RsInspector
{
  GtkWidget   parent_instance;

  /* Template widgets */
  GtkStack   *stack;
  GtkLabel   *title_label;
  GtkLabel   *type_label;
  GtkLabel   *id_label;
  GtkLabel   *status_label;
  GtkLabel   *ledger_label;
  GtkListBox *holders_list;
  GtkLabel   *cycle_heading;
  GtkListBox *cycle_list;
  GtkLabel   *weak_label;
  RsExplainView *explain_view;
  GtkLabel   *whatif_label;

  RsObjId     object;
};

G_DEFINE_FINAL_TYPE (RsInspector, rs_inspector, GTK_TYPE_WIDGET)

enum {
  OBJECT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What id() gives in the script, in Python's words (not translated, as
 * the ledger's "refcount"); only traced objects have a fixed one. */
static void
show_id (RsInspector        *self,
         const RsSnapObject *object)
{
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->id_label), object->number > 0);
  if (object->number == 0)
    return;
  text = g_strdup_printf ("id 0x%" G_GINT64_MODIFIER "x", rs_value_traced_id (object->number));
  gtk_label_set_label (self->id_label, text);
}

static void
add_delete_button (GtkWidget          *row,
                   const RsEditHolder *holder)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("edit-delete-symbolic");
  g_autofree char *tip = g_strdup_printf (_("Run “%s”"), holder->delete_stmt);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.run-command");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", holder->delete_stmt);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
}

/* A row titled @title, with @holder's delete button (may be NULL), that
 * leads to @target (0: nowhere). */
static GtkWidget *
object_row (const char         *title,
            const RsEditHolder *holder,
            RsObjId             target)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (holder != NULL && holder->delete_stmt != NULL)
    add_delete_button (row, holder);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), target != 0);
  if (target != 0)
    {
      g_object_set_data (G_OBJECT (row), "rs-object", GUINT_TO_POINTER (target));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
    }
  return row;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))))
    gtk_list_box_remove (list, child);
}

/* A slot of a frame or an object: what rs_edit_list_holders lists, in the
 * ledger's order; a frame's function and the temporaries it leaves out
 * (a name never starts with a parenthesis, "(frame f)" does). */
static gboolean
is_slot_holder (const RsSnapReferrer *ref)
{
  return ref->holder != 0 || (ref->frame != 0 && ref->label[0] != '(');
}

/* What if: pointing at a holder's row (or moving the focus to it)
 * previews what removing that reference frees and leaks. */
static void
preview_removal (RsInspector *self,
                 GtkWidget   *row)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "rs-removal"));
  g_autofree char *summary = NULL;

  if (index > 0)
    summary = rs_explain_view_preview_removal (self->explain_view, index - 1);
  else
    rs_explain_view_preview (self->explain_view, RS_EXPLAIN_PREVIEW_NONE);
  gtk_label_set_label (self->whatif_label, summary ? summary : _("Nothing to preview for this holder."));
}

static void
end_preview (RsInspector *self)
{
  rs_explain_view_preview (self->explain_view, RS_EXPLAIN_PREVIEW_NONE);
  gtk_label_set_label (self->whatif_label, _("Point at a holder to see what removing it would free."));
}

static void
row_enter_cb (GtkEventController *controller,
              RsInspector        *self)
{
  preview_removal (self, gtk_event_controller_get_widget (controller));
}

static void
row_leave_cb (GtkEventController *controller,
              RsInspector        *self)
{
  end_preview (self);
}

static guint
count_holder (const RsSnapReferrer *refs,
              guint                 n,
              RsObjId               holder)
{
  guint count = 0;

  for (guint i = 0; i < n; i++)
    count += refs[i].holder == holder;
  return count;
}

/* The what-if of ledger entry @i: the removal under the same label, else
 * the only one of an object that holds it once; -1 when none lines up
 * for sure (the ledger names temporaries and deep holders its own way),
 * so that no row previews another reference's answer. */
static int
find_removal (RsInspector          *self,
              const RsSnapReferrer *refs,
              guint                 n,
              guint                 i)
{
  const RsExplainRemoval *removal;
  int only = -1;
  guint same = 0;

  for (guint k = 0; (removal = rs_explain_view_get_removal (self->explain_view, k)) != NULL; k++)
    {
      if (g_strcmp0 (removal->reference, refs[i].label) == 0)
        return (int) k;
      if (refs[i].holder != 0 && removal->holder == refs[i].holder)
        {
          only = (int) k;
          same++;
        }
    }
  return same == 1 && count_holder (refs, n, refs[i].holder) == 1 ? only : -1;
}

/* Row @row previews removal @index of the object's what-if (none: -1). */
static void
watch_row (RsInspector *self,
           GtkWidget   *row,
           int          index)
{
  GtkEventController *motion, *focus;

  if (index < 0)
    return;
  g_object_set_data (G_OBJECT (row), "rs-removal", GUINT_TO_POINTER ((guint) index + 1));
  motion = gtk_event_controller_motion_new ();
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (motion, "enter", G_CALLBACK (row_enter_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (row_leave_cb), self);
  g_signal_connect (focus, "enter", G_CALLBACK (row_enter_cb), self);
  g_signal_connect (focus, "leave", G_CALLBACK (row_leave_cb), self);
  gtk_widget_add_controller (row, motion);
  gtk_widget_add_controller (row, focus);
}

/* One row per entry of the ledger, under the ledger's name; a holder that
 * a module-level statement reaches keeps its delete button, a holding
 * object leads to it. */
static void
show_holders (RsInspector      *self,
              const RsSnapshot *snapshot,
              RsObjId           id)
{
  g_autoptr(GPtrArray) edits = rs_edit_list_holders (snapshot, id);
  const RsSnapReferrer *refs;
  guint n, e = 0;

  clear_list (self->holders_list);
  refs = rs_snapshot_describe_holders (snapshot, id, &n);
  for (guint i = 0; i < n; i++)
    {
      const RsEditHolder *edit = is_slot_holder (&refs[i]) ? g_ptr_array_index (edits, e++) : NULL;

      GtkWidget *row = object_row (refs[i].label, edit, refs[i].holder);

      watch_row (self, row, find_removal (self, refs, n, i));
      gtk_list_box_append (self->holders_list, row);
    }
  g_assert (e == edits->len);
  if (n == 0)
    gtk_list_box_append (self->holders_list, object_row (_("Nothing holds it any more"), NULL, 0));
}

/* The other members of a leaked cycle, each leading to itself. */
static void
show_cycle (RsInspector        *self,
            const RsSnapshot   *snapshot,
            const RsSnapObject *object)
{
  gboolean in_cycle = (object->flags & RS_SNAP_IN_CYCLE) != 0;

  clear_list (self->cycle_list);
  gtk_widget_set_visible (GTK_WIDGET (self->cycle_heading), in_cycle);
  gtk_widget_set_visible (GTK_WIDGET (self->cycle_list), in_cycle);
  for (guint i = 0; in_cycle && i < snapshot->n_objects; i++)
    {
      const RsSnapObject *other = &snapshot->objects[i];

      if (other->cycle == object->cycle && other->id != object->id && (other->flags & RS_SNAP_IN_CYCLE))
        gtk_list_box_append (self->cycle_list, object_row (other->title, NULL, other->id));
    }
}

static void
row_activated_cb (RsInspector   *self,
                  GtkListBoxRow *row)
{
  RsObjId target = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "rs-object"));

  g_assert (target != 0);
  g_signal_emit (self, signals[OBJECT_ACTIVATED], 0, target);
}

static void
set_status_class (RsInspector        *self,
                  const RsSnapObject *object)
{
  GtkWidget *label = GTK_WIDGET (self->status_label);

  gtk_widget_remove_css_class (label, "leaked");
  gtk_widget_remove_css_class (label, "reachable");
  if (object->flags & RS_SNAP_LEAKED)
    gtk_widget_add_css_class (label, "leaked");
  else if (object->flags & RS_SNAP_REACHABLE)
    gtk_widget_add_css_class (label, "reachable");
}

static void
rs_inspector_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RS_TYPE_INSPECTOR);
  G_OBJECT_CLASS (rs_inspector_parent_class)->dispose (object);
}

static void
rs_inspector_class_init (RsInspectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_inspector_dispose;

  g_type_ensure (RS_TYPE_EXPLAIN_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/refscope/Refscope/rs-inspector.ui");
  gtk_widget_class_bind_template_child (widget_class, RsInspector, stack);
  gtk_widget_class_bind_template_child (widget_class, RsInspector, title_label);
  gtk_widget_class_bind_template_child (widget_class, RsInspector, type_label);
  gtk_widget_class_bind_template_child (widget_class, RsInspector, id_label);
  gtk_widget_class_bind_template_child (widget_class, RsInspector, status_label);
  gtk_widget_class_bind_template_child (widget_class, RsInspector, ledger_label);
  gtk_widget_class_bind_template_child (widget_class, RsInspector, holders_list);
  gtk_widget_class_bind_template_child (widget_class, RsInspector, cycle_heading);
  gtk_widget_class_bind_template_child (widget_class, RsInspector, cycle_list);
  gtk_widget_class_bind_template_child (widget_class, RsInspector, weak_label);
  gtk_widget_class_bind_template_child (widget_class, RsInspector, explain_view);
  gtk_widget_class_bind_template_child (widget_class, RsInspector, whatif_label);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  /* A row naming another object was activated: the window selects it. */
  signals[OBJECT_ACTIVATED] =
    g_signal_new ("object-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rsinspector");
}

static void
rs_inspector_init (RsInspector *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
rs_inspector_show (RsInspector      *self,
                   const RsSnapshot *snapshot,
                   RsObjId           id)
{
  const RsSnapObject *object = NULL;
  g_autofree char *ledger = NULL;
  g_autofree char *status = NULL;
  g_autofree char *type = NULL;
  g_autofree char *weak = NULL;

  g_return_if_fail (RS_IS_INSPECTOR (self));

  if (snapshot != NULL && id != 0)
    object = rs_snapshot_find_object (snapshot, id);
  self->object = object ? id : 0;
  gtk_stack_set_visible_child_name (self->stack, object ? "object" : "empty");
  rs_explain_view_show (self->explain_view, snapshot, self->object);
  if (object == NULL)
    return;

  ledger = rs_snapshot_describe_refcount (snapshot, id);
  status = rs_snapshot_describe_status (snapshot, object);
  type = rs_snapshot_describe_type (object);
  weak = rs_snapshot_describe_weak (snapshot, object);
  gtk_label_set_label (self->title_label, object->title);
  gtk_label_set_label (self->type_label, type);
  show_id (self, object);
  gtk_label_set_label (self->status_label, status);
  gtk_label_set_label (self->ledger_label, ledger);
  gtk_label_set_label (self->weak_label, weak);
  set_status_class (self, object);
  show_holders (self, snapshot, id);
  end_preview (self);
  show_cycle (self, snapshot, object);
}

void
rs_inspector_set_canvas (RsInspector *self,
                         RsGraphView *canvas)
{
  g_return_if_fail (RS_IS_INSPECTOR (self));

  rs_explain_view_set_canvas (self->explain_view, canvas);
}

RsExplainView *
rs_inspector_get_explain_view (RsInspector *self)
{
  g_return_val_if_fail (RS_IS_INSPECTOR (self), NULL);

  return self->explain_view;
}

const char *
rs_inspector_get_what_if (RsInspector *self)
{
  g_return_val_if_fail (RS_IS_INSPECTOR (self), NULL);

  return gtk_label_get_label (self->whatif_label);
}

/* Previews the what-if of Held by row @index, as pointing at it does. */
void
rs_inspector_preview_holder (RsInspector *self,
                             guint        index)
{
  GtkListBoxRow *row;

  g_return_if_fail (RS_IS_INSPECTOR (self));

  if ((row = gtk_list_box_get_row_at_index (self->holders_list, (int) index)) != NULL)
    preview_removal (self, GTK_WIDGET (row));
  else
    end_preview (self);
}

RsObjId
rs_inspector_get_object (RsInspector *self)
{
  g_return_val_if_fail (RS_IS_INSPECTOR (self), 0);

  return self->object;
}

const char *
rs_inspector_get_ledger (RsInspector *self)
{
  g_return_val_if_fail (RS_IS_INSPECTOR (self), NULL);

  return self->object ? gtk_label_get_label (self->ledger_label) : NULL;
}

const char *
rs_inspector_get_id (RsInspector *self)
{
  g_return_val_if_fail (RS_IS_INSPECTOR (self), NULL);

  return self->object && gtk_widget_get_visible (GTK_WIDGET (self->id_label))
    ? gtk_label_get_label (self->id_label) : NULL;
}

const char *
rs_inspector_get_status (RsInspector *self)
{
  g_return_val_if_fail (RS_IS_INSPECTOR (self), NULL);

  return self->object ? gtk_label_get_label (self->status_label) : NULL;
}
