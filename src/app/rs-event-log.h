/* rs-event-log.h: what each step created, destroyed and printed
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "rs-session.h"

G_BEGIN_DECLS

#define RS_TYPE_EVENT_LOG (rs_event_log_get_type ())
G_DECLARE_FINAL_TYPE (RsEventLog, rs_event_log, RS, EVENT_LOG, GtkWidget)

/* Lists the events of the steps up to @step (the latest ones). */
void        rs_event_log_show     (RsEventLog *self,
                                   RsSession  *session,
                                   guint       step);
/* The same while @phases (a collection of @step) plays phase by phase:
 * among its events, a row for each phase says what it does, and the row
 * of phase @current is selected and in view.  Activating a phase's row
 * emits "phase-activated" with the phase's RsGcPhaseKind. */
void        rs_event_log_show_phases (RsEventLog       *self,
                                      RsSession        *session,
                                      guint             step,
                                      const RsGcPhases *phases,
                                      guint             current);
/* The text of the selected row, or NULL (tests). */
const char *rs_event_log_get_selected_text (RsEventLog *self);
/* The listed lines, one per line, for tests and copying. */
const char *rs_event_log_get_text (RsEventLog *self);

/* One event in the words of the tutorial ("Object(Foo #1) is being
 * destroyed."), or NULL for events the log does not list.  @before is
 * the snapshot before the event's step (names objects allocated earlier);
 * @titles maps ids to titles of objects allocated since. */
char       *rs_event_log_describe (RsSession        *session,
                                   const RsEvent    *event,
                                   const RsSnapshot *before,
                                   GHashTable       *titles);

G_END_DECLS
