/* rs-reference-popover.h: attribute name, target, strong or weak
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "rs-snapshot.h"

G_BEGIN_DECLS

#define RS_TYPE_REFERENCE_POPOVER (rs_reference_popover_get_type ())
G_DECLARE_FINAL_TYPE (RsReferencePopover, rs_reference_popover, RS, REFERENCE_POPOVER, GtkPopover)

GtkWidget *rs_reference_popover_new   (void);
/* Offers every editable object of @snapshot as a target, @to first
 * selected (0: the first other object).  "Add" activates
 * win.store-reference with (from, to, attribute, weak). */
void       rs_reference_popover_setup (RsReferencePopover *self,
                                       const RsSnapshot   *snapshot,
                                       RsObjId             from,
                                       RsObjId             to);

G_END_DECLS
