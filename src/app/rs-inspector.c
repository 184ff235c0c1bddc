/* rs-inspector.c: who holds the selected object, and why it lives
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each strong holder of the object is a row; a holder that a module-level
 * statement can reach has a delete button that runs `del ...` through
 * win.run-command, like any other edit.
 */
#define G_LOG_DOMAIN "refscope-inspector"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "rs-edit.h"
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
  GtkLabel   *weak_label;

  RsObjId     object;
};

G_DEFINE_FINAL_TYPE (RsInspector, rs_inspector, GTK_TYPE_WIDGET)

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

static GtkWidget *
holder_row (const RsEditHolder *holder)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), holder->label);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (holder->delete_stmt != NULL)
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
  return row;
}

static void
show_holders (RsInspector      *self,
              const RsSnapshot *snapshot,
              RsObjId           id)
{
  g_autoptr(GPtrArray) holders = rs_edit_list_holders (snapshot, id);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->holders_list))))
    gtk_list_box_remove (self->holders_list, child);
  for (guint i = 0; i < holders->len; i++)
    gtk_list_box_append (self->holders_list, holder_row (g_ptr_array_index (holders, i)));
  if (holders->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Only temporary references"));
      gtk_list_box_append (self->holders_list, row);
    }
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

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/refscope/Refscope/rs-inspector.ui");
  gtk_widget_class_bind_template_child (widget_class, RsInspector, stack);
  gtk_widget_class_bind_template_child (widget_class, RsInspector, title_label);
  gtk_widget_class_bind_template_child (widget_class, RsInspector, type_label);
  gtk_widget_class_bind_template_child (widget_class, RsInspector, id_label);
  gtk_widget_class_bind_template_child (widget_class, RsInspector, status_label);
  gtk_widget_class_bind_template_child (widget_class, RsInspector, ledger_label);
  gtk_widget_class_bind_template_child (widget_class, RsInspector, holders_list);
  gtk_widget_class_bind_template_child (widget_class, RsInspector, weak_label);
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
  if (object == NULL)
    return;

  ledger = rs_snapshot_describe_refcount (snapshot, id);
  status = rs_snapshot_describe_status (object);
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
