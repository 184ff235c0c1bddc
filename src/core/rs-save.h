/* rs-save.h: writing a file so that a failed save leaves the old one whole
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The new text goes to a temporary file beside the target (the destination
 * of a symlink, not the link), is synced, then renamed over the target and
 * the folder synced.  On any error the temporary is removed, the target is
 * untouched byte for byte, and the error names the file and the cause.  The
 * target's mode and owner are kept.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  RS_SAVE_BREAK_LINKS = 0,       /* a hard-linked target becomes a file of its own */
  RS_SAVE_KEEP_LINKS  = 1 << 0,  /* a hard-linked target is written in place */
} RsSaveFlags;

/* Whether @path (after symlinks) is a file with more than one hard link:
 * the caller then chooses between the two flags. */
gboolean rs_save_is_hard_linked (const char   *path);
/* Replaces the contents of @path with @length bytes of @data.  With
 * RS_SAVE_KEEP_LINKS a hard-linked target is written in place: the space
 * is reserved first and the old bytes are written back if a write fails. */
gboolean rs_save_contents       (const char   *path,
                                 const char   *data,
                                 gsize         length,
                                 RsSaveFlags   flags,
                                 GError      **error);

G_END_DECLS
