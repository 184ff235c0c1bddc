/* rs-tooltip-guard.c: no tooltip over an open popover or menu
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "refscope-tooltip-guard"

#include "config.h"

#include "rs-tooltip-guard.h"

static void
popover_visible_cb (GtkWidget  *popover,
                    GParamSpec *pspec,
                    GtkWidget  *owner)
{
  gtk_widget_set_has_tooltip (owner, !gtk_widget_get_visible (popover));
  /* Hides a tooltip already shown. */
  gtk_widget_trigger_tooltip_query (owner);
}

void
rs_tooltip_guard_popover (GtkWidget *owner,
                          GtkWidget *popover)
{
  g_return_if_fail (GTK_IS_WIDGET (owner));
  g_return_if_fail (GTK_IS_POPOVER (popover));
  g_return_if_fail (gtk_widget_get_has_tooltip (owner));

  g_signal_connect_object (popover, "notify::visible", G_CALLBACK (popover_visible_cb), owner, 0);
}
