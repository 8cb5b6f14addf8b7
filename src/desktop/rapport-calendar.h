/* rapport-calendar.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RAPPORT_TYPE_CALENDAR (rapport_calendar_get_type ())

G_DECLARE_FINAL_TYPE (RapportCalendar, rapport_calendar, RAPPORT, CALENDAR, GObject)

RapportCalendar *rapport_calendar_new         (const char      *uid,
                                               const char      *name,
                                               const char      *account);
const char      *rapport_calendar_get_uid     (RapportCalendar *self);
const char      *rapport_calendar_get_name    (RapportCalendar *self);
const char      *rapport_calendar_get_account (RapportCalendar *self);
gboolean         rapport_calendar_equal       (RapportCalendar *self,
                                               RapportCalendar *other);

G_END_DECLS
