/* rs-autosave.h: unsaved sessions kept in the user's state folder
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each window with unsaved changes has an entry in
 * $XDG_STATE_HOME/refscope/autosave/: its text, its file (if it has one),
 * its name and the time it was written.  Writes and removals run in order
 * on one worker thread, each write atomic (rs_save_contents).  A running
 * Refscope holds a lock on a file of its own there; an entry whose writer
 * holds no lock any more (it stopped, or was killed) is an orphan, which
 * the next start, or the next open of its file, offers back.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _RsAutosave RsAutosave;

typedef struct {
  char      *id;     /* the entry's name in the folder */
  GFile     *file;   /* NULL for a session never saved */
  char      *name;   /* what the window called it */
  char      *text;   /* the session as Save would write it */
  GDateTime *time;   /* when it was written */
} RsRecovery;

/* The folder of the entries (created on the first write). */
char       *rs_autosave_get_dir      (void);

/* Told on the main thread that a write or removal failed. */
typedef void (*RsAutosaveFailed) (GObject      *object,
                                  const GError *error);

/* A window's entry, under a new id; @failed (may be NULL: the log is
 * told) is called with @object, held weakly, when a write fails. */
RsAutosave *rs_autosave_new          (RsAutosaveFailed  failed,
                                      GObject          *object);
void        rs_autosave_free         (RsAutosave       *self);
/* Writes under @recovery's id from now on: the recovered entry becomes
 * this window's. */
void        rs_autosave_adopt        (RsAutosave       *self,
                                      const RsRecovery *recovery);
/* Queues a write of @text (what the window would save to @file, named
 * @name); the entry is replaced atomically. */
void        rs_autosave_write        (RsAutosave       *self,
                                      const char       *text,
                                      GFile            *file,
                                      const char       *name);
/* Queues the removal of the entry: the work was saved or discarded. */
void        rs_autosave_remove       (RsAutosave       *self);
/* Waits for the queued writes and removals. */
void        rs_autosave_flush        (void);
/* Waits as flush, then drops this process's lock: its entries left are
 * orphans from now on. */
void        rs_autosave_shutdown     (void);

/* The orphans not yet taken by this process, newest first: all of them,
 * or those of @file. */
GPtrArray  *rs_autosave_find_orphans (GFile            *file);
/* Marks the orphan as offered: this process finds it no more. */
void        rs_autosave_take         (const RsRecovery *recovery);
/* Removes the orphan's entry: the user discarded it. */
void        rs_recovery_discard      (const RsRecovery *recovery);
void        rs_recovery_free         (RsRecovery       *recovery);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsAutosave, rs_autosave_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsRecovery, rs_recovery_free)

G_END_DECLS
