/* rs-window-private.h: what rs-window*.c share
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rs-autosave.h"
#include "rs-collector-bar.h"
#include "rs-event-log.h"
#include "rs-graph-view.h"
#include "rs-inspector.h"
#include "rs-output-view.h"
#include "rs-script-view.h"
#include "rs-timeline-bar.h"
#include "rs-window.h"

G_BEGIN_DECLS

struct _RsWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkMenuButton        *main_menu_button;
  GtkMenuButton        *new_object_button;
  GtkEntry             *new_object_class_entry;
  GtkEntry             *new_object_name_entry;
  GtkButton            *new_object_create_button;
  GtkMenuButton        *bind_name_button;
  GtkEntry             *bind_name_entry;
  GtkWidget            *layout_progress;
  RsGraphView          *canvas;
  RsCollectorBar       *collector_bar;
  RsOutputView         *output_view;
  RsTimelineBar        *timeline_bar;
  GtkPaned             *paned;
  RsScriptView         *script_view;
  GtkStack             *side_stack;
  RsInspector          *inspector;
  RsEventLog           *event_log;
  GMenu                *recent_section;
  GMenu                *examples_section;
  GMenu                *canvas_menu;

  /* Owned references */
  RsSession            *session;
  RsSnapshot           *snapshot;
  GFile                *file;
  GtkWidget            *reference_popover;
  AdwToast             *export_toast;       /* weak: the last "Exported to" */
  GSimpleAction        *pin_action;         /* owned by the action map */
  GSimpleAction        *unpin_all_action;
  char                 *display_name;
  char                 *pending_statements;  /* waiting for "discard later steps?" */
  GHashTable           *left_steps;  /* text that ran -> the step it was left at */
  GCancellable         *loading;     /* the file being read, NULL when none */
  RsAutosave           *autosave;
  RsExplain            *retained_explain;   /* of retained_snapshot, for the hover */
  RsSnapshot           *retained_snapshot;

  /* State */
  guint                 step;
  guint                 autosave_source;  /* a write is due */
  guint                 modified : 1;
  guint                 closing_confirmed : 1;
  guint                 autosave_warned : 1;  /* a failed autosave was said */
  guint                 hoist_imports : 1;   /* an edit action's statements are running */
  guint                 pending_hoist : 1;   /* ... and wait for "discard later steps?" */
};

/* rs-window.c */
void  _rs_window_show_session    (RsWindow   *self,
                                  guint       step,
                                  gboolean    animate);
char *_rs_window_describe_stop  (RsWindow   *self,
                                  guint      *line);
void  _rs_window_show_runtime_error (RsWindow *self);
void  _rs_window_show_rejection  (RsWindow     *self,
                                  RsSession    *refused,
                                  const GError *error,
                                  gboolean      command);
void  _rs_window_update_title    (RsWindow   *self);
void  _rs_window_toast           (RsWindow   *self,
                                  const char *message);
/* The spinner shows while a layout runs or a file loads. */
void  _rs_window_update_busy     (RsWindow   *self);

/* rs-window-actions.c */
void  _rs_window_class_init_actions (GtkWidgetClass *widget_class);
void  _rs_window_init_actions       (RsWindow       *self);
void  _rs_window_update_actions     (RsWindow       *self);
void  _rs_window_show_reference_popover (RsWindow   *self,
                                         RsObjId     from,
                                         RsObjId     to,
                                         double      x,
                                         double      y);

/* rs-window-run.c */
/* Loads the edited script anew, at the step that ran the same line for
 * the same time; FALSE when it is rejected (the old run stays). */
gboolean  _rs_window_run_script      (RsWindow     *self);
/* Runs the script as edited (@back_to_left: at the step the user left
 * its text at, for undo and redo). */
gboolean  _rs_window_run_edited      (RsWindow     *self,
                                      gboolean      back_to_left);
/* Runs what an rs_edit_*() builder wrote (@statements, @error: transfer
 * full), or says why there is nothing. */
void      _rs_window_run_edit        (RsWindow     *self,
                                      char         *statements,
                                      GError       *error);
void      _rs_window_show_edit_error (RsWindow     *self,
                                      const GError *error);

/* rs-window-collector.c */
void  _rs_window_init_collector     (RsWindow       *self);
/* Offers the collection of the step shown, leaving a phase shown. */
void  _rs_window_show_collector     (RsWindow       *self);
/* The lists of @phase of @phases as regions of the canvas (and exports). */
RsRegions *_rs_window_phase_regions (const RsGcPhases *phases,
                                     const RsGcPhase  *phase);

/* rs-window-retained.c */
void  _rs_window_init_retained      (RsWindow       *self);
void  _rs_window_dispose_retained   (RsWindow       *self);

/* rs-window-explain.c */
void  _rs_window_class_init_explain (GtkWidgetClass *widget_class);

/* rs-window-file.c */
void  _rs_window_class_init_file    (GtkWidgetClass *widget_class);
void  _rs_window_init_file          (RsWindow       *self);
/* The title the Examples menu shows for example @name. */
const char *_rs_window_example_title (const char *name);
void  _rs_window_show_exported      (RsWindow       *self,
                                     GFile          *file);
/* The session as Save writes it: the script, then the view state. */
char *_rs_window_session_text       (RsWindow       *self);

/* rs-window-load.c */
/* Opens @file off the main thread, then offers @recovery (transfer full;
 * NULL: the newest unsaved text of @file a stopped Refscope left). */
void  _rs_window_open_and_recover   (RsWindow       *self,
                                     GFile          *file,
                                     RsRecovery     *recovery);

/* rs-window-autosave.c */
void  _rs_window_init_autosave      (RsWindow       *self);
void  _rs_window_dispose_autosave   (RsWindow       *self);
/* A write of the unsaved work is due within a few seconds. */
void  _rs_window_schedule_autosave  (RsWindow       *self);
/* Asks whether to take @recovery's text (transfer full) instead of what
 * the window shows; NULL: the newest orphan of @file, if any. */
void  _rs_window_offer_recovery     (RsWindow       *self,
                                     RsRecovery     *recovery,
                                     GFile          *file);

G_END_DECLS
