/* rs-tooltip-guard.h: no tooltip over an open popover or menu
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* While @popover is open, @owner (the button or canvas it opened from)
 * shows no tooltip: GTK would show it again once the pointer rests on
 * @owner, over the popover's first items. */
void rs_tooltip_guard_popover (GtkWidget *owner,
                               GtkWidget *popover);

G_END_DECLS
