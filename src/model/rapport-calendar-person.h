/* rapport-calendar-person.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rapport-enums.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_CALENDAR_PERSON (rapport_calendar_person_get_type ())

G_DECLARE_FINAL_TYPE (RapportCalendarPerson, rapport_calendar_person, RAPPORT, CALENDAR_PERSON, GObject)

RapportCalendarPerson *rapport_calendar_person_new          (const char            *email,
                                                             const char            *name,
                                                             RapportCalendarRole    role,
                                                             RapportCalendarReply   reply);
const char            *rapport_calendar_person_get_email    (RapportCalendarPerson *self);
const char            *rapport_calendar_person_get_name     (RapportCalendarPerson *self);
const char            *rapport_calendar_person_get_label    (RapportCalendarPerson *self);
RapportCalendarRole    rapport_calendar_person_get_role     (RapportCalendarPerson *self);
RapportCalendarReply   rapport_calendar_person_get_reply    (RapportCalendarPerson *self);
gboolean               rapport_calendar_person_equal        (RapportCalendarPerson *a,
                                                             RapportCalendarPerson *b);

G_END_DECLS
