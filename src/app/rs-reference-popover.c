/* rs-reference-popover.c: attribute name, target, strong or weak
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "refscope-reference-popover"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-reference-popover.h"

struct _RsReferencePopover
{
  GtkPopover      parent_instance;

  /* Template widgets */
  GtkLabel       *from_label;
  GtkDropDown    *to_dropdown;
  GtkLabel       *attr_caption;
  GtkEntry       *attr_entry;
  GtkCheckButton *weak_check;
  GtkButton      *add_button;

  /* State */
  RsObjId         from;
  GArray         *targets;   /* RsObjId, in dropdown order */
};

G_DEFINE_FINAL_TYPE (RsReferencePopover, rs_reference_popover, GTK_TYPE_POPOVER)

static void
add_clicked_cb (RsReferencePopover *self)
{
  guint i = gtk_drop_down_get_selected (self->to_dropdown);
  const char *attr = gtk_editable_get_text (GTK_EDITABLE (self->attr_entry));
  gboolean weak = gtk_check_button_get_active (self->weak_check);

  if (i >= self->targets->len)
    return;
  gtk_popover_popdown (GTK_POPOVER (self));
  gtk_widget_activate_action (GTK_WIDGET (self), "win.store-reference", "(uusb)",
                              self->from, g_array_index (self->targets, RsObjId, i),
                              attr, weak);
}

static void
rs_reference_popover_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RS_TYPE_REFERENCE_POPOVER);
  G_OBJECT_CLASS (rs_reference_popover_parent_class)->dispose (object);
}

static void
rs_reference_popover_finalize (GObject *object)
{
  RsReferencePopover *self = RS_REFERENCE_POPOVER (object);

  g_array_unref (self->targets);
  G_OBJECT_CLASS (rs_reference_popover_parent_class)->finalize (object);
}

static void
rs_reference_popover_class_init (RsReferencePopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_reference_popover_dispose;
  object_class->finalize = rs_reference_popover_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/refscope/Refscope/rs-reference-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, RsReferencePopover, from_label);
  gtk_widget_class_bind_template_child (widget_class, RsReferencePopover, to_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RsReferencePopover, attr_caption);
  gtk_widget_class_bind_template_child (widget_class, RsReferencePopover, attr_entry);
  gtk_widget_class_bind_template_child (widget_class, RsReferencePopover, weak_check);
  gtk_widget_class_bind_template_child (widget_class, RsReferencePopover, add_button);
}

static void
rs_reference_popover_init (RsReferencePopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->targets = g_array_new (FALSE, FALSE, sizeof (RsObjId));
  gtk_popover_set_default_widget (GTK_POPOVER (self), GTK_WIDGET (self->add_button));
  g_signal_connect_object (self->add_button, "clicked",
                           G_CALLBACK (add_clicked_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
rs_reference_popover_new (void)
{
  return g_object_new (RS_TYPE_REFERENCE_POPOVER, NULL);
}

void
rs_reference_popover_setup (RsReferencePopover *self,
                            const RsSnapshot   *snapshot,
                            RsObjId             from,
                            RsObjId             to)
{
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  const RsSnapObject *source;
  g_autofree char *heading = NULL;
  guint selected = 0;

  g_return_if_fail (RS_IS_REFERENCE_POPOVER (self));
  g_return_if_fail (snapshot != NULL);

  self->from = from;
  g_array_set_size (self->targets, 0);
  for (guint i = 0; i < snapshot->n_objects; i++)
    {
      const RsSnapObject *object = &snapshot->objects[i];

      if (!(object->flags & RS_SNAP_REACHABLE) || !RS_KIND_IS_TRACED (object->kind))
        continue;
      if (object->id == to || (to == 0 && selected == 0 && object->id != from))
        selected = self->targets->len;
      g_array_append_val (self->targets, object->id);
      gtk_string_list_append (titles, object->title);
    }
  gtk_drop_down_set_model (self->to_dropdown, G_LIST_MODEL (titles));
  gtk_drop_down_set_selected (self->to_dropdown, selected);

  source = rs_snapshot_find_object (snapshot, from);
  heading = g_strdup_printf (_("Reference from %s"), source ? source->title : "?");
  gtk_label_set_label (self->from_label, heading);
  /* A list appends; it has no attribute names. */
  gtk_widget_set_visible (GTK_WIDGET (self->attr_entry), !source || source->kind != RS_KIND_LIST);
  gtk_widget_set_visible (GTK_WIDGET (self->attr_caption), !source || source->kind != RS_KIND_LIST);
  gtk_label_set_text_with_mnemonic (self->attr_caption,
                                    source && source->kind == RS_KIND_DICT ? _("_Key") : _("_Attribute"));
}
