/* rapport-due-reminder.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rapport-store.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_DUE_REMINDER (rapport_due_reminder_get_type ())

G_DECLARE_FINAL_TYPE (RapportDueReminder, rapport_due_reminder, RAPPORT, DUE_REMINDER, GObject)

RapportDueReminder *rapport_due_reminder_new  (RapportStore       *store,
                                               GSettings          *settings);
gboolean            rapport_due_reminder_take (RapportDueReminder  *self,
                                               const GDate         *today,
                                               char               **title,
                                               char               **body);
void                rapport_due_reminder_set_calendar_events (RapportDueReminder *self,
                                               GListModel          *events);

G_END_DECLS
