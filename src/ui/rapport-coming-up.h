/* rapport-coming-up.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-calendar-section.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_COMING_UP (rapport_coming_up_get_type ())

G_DECLARE_FINAL_TYPE (RapportComingUp, rapport_coming_up, RAPPORT, COMING_UP, RapportCalendarSection)

/* How many calendar events "Coming up" lists at most. */
#define RAPPORT_COMING_UP_MAX 8

GListModel *rapport_coming_up_get_shown  (RapportComingUp *self);
GListModel *rapport_coming_up_get_others (RapportComingUp *self);
char       *rapport_calendar_event_dup_when (RapportCalendarEvent *event);
char       *rapport_calendar_event_dup_people (RapportCalendarEvent *event);

G_END_DECLS
