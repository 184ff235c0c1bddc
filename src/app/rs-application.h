/* rs-application.h: the Refscope application
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RS_TYPE_APPLICATION (rs_application_get_type ())
G_DECLARE_FINAL_TYPE (RsApplication, rs_application, RS, APPLICATION, AdwApplication)

RsApplication *rs_application_new          (void);
/* The app's settings; a memory backend when the schema is not installed
 * (running from the build tree), so the app still starts. */
GSettings     *rs_application_get_settings (RsApplication *self);
/* Remembers @file at the top of the recent files. */
void           rs_application_add_recent   (RsApplication *self,
                                            GFile         *file);

G_END_DECLS
