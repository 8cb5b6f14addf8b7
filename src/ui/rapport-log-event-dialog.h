/* rapport-log-event-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-store.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_LOG_EVENT_DIALOG (rapport_log_event_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RapportLogEventDialog, rapport_log_event_dialog, RAPPORT, LOG_EVENT_DIALOG, AdwDialog)

RapportLogEventDialog *rapport_log_event_dialog_new  (RapportStore          *store,
                                                      RapportEvent          *event);
gboolean               rapport_log_event_dialog_log  (RapportLogEventDialog *self,
                                                      GError               **error);

G_END_DECLS
