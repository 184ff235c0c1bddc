/* rs-preferences-window.h: the Preferences window, over the application's settings
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RS_TYPE_PREFERENCES_WINDOW (rs_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (RsPreferencesWindow, rs_preferences_window, RS, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* Each row writes @settings at once; the windows follow the keys. */
GtkWindow *rs_preferences_window_new (GtkWindow *parent,
                                      GSettings *settings);

G_END_DECLS
