/* rapport-calendar-event.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rapport-calendar-person.h"
#include "rapport-enums.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_CALENDAR_EVENT (rapport_calendar_event_get_type ())

G_DECLARE_FINAL_TYPE (RapportCalendarEvent, rapport_calendar_event, RAPPORT, CALENDAR_EVENT, GObject)

RapportCalendarEvent  *rapport_calendar_event_new               (const char            *source_uid,
                                                                 const char            *source_name,
                                                                 const char            *uid,
                                                                 const char            *recurrence_id);
const char            *rapport_calendar_event_get_source_uid    (RapportCalendarEvent  *self);
const char            *rapport_calendar_event_get_source_name   (RapportCalendarEvent  *self);
const char            *rapport_calendar_event_get_uid           (RapportCalendarEvent  *self);
const char            *rapport_calendar_event_get_recurrence_id (RapportCalendarEvent  *self);
const char            *rapport_calendar_event_get_key           (RapportCalendarEvent  *self);
const char            *rapport_calendar_event_get_summary       (RapportCalendarEvent  *self);
void                   rapport_calendar_event_set_summary       (RapportCalendarEvent  *self,
                                                                 const char            *summary);
const char            *rapport_calendar_event_get_location      (RapportCalendarEvent  *self);
void                   rapport_calendar_event_set_location      (RapportCalendarEvent  *self,
                                                                 const char            *location);
const char            *rapport_calendar_event_get_description   (RapportCalendarEvent  *self);
void                   rapport_calendar_event_set_description   (RapportCalendarEvent  *self,
                                                                 const char            *description);
GDateTime             *rapport_calendar_event_get_starts_at     (RapportCalendarEvent  *self);
void                   rapport_calendar_event_set_starts_at     (RapportCalendarEvent  *self,
                                                                 GDateTime             *starts_at);
GDateTime             *rapport_calendar_event_get_ends_at       (RapportCalendarEvent  *self);
void                   rapport_calendar_event_set_ends_at       (RapportCalendarEvent  *self,
                                                                 GDateTime             *ends_at);
gboolean               rapport_calendar_event_get_all_day       (RapportCalendarEvent  *self);
void                   rapport_calendar_event_set_all_day       (RapportCalendarEvent  *self,
                                                                 gboolean               all_day);
RapportCalendarStatus  rapport_calendar_event_get_status        (RapportCalendarEvent  *self);
void                   rapport_calendar_event_set_status        (RapportCalendarEvent  *self,
                                                                 RapportCalendarStatus  status);
RapportCalendarPerson *rapport_calendar_event_get_organizer     (RapportCalendarEvent  *self);
void                   rapport_calendar_event_set_organizer     (RapportCalendarEvent  *self,
                                                                 RapportCalendarPerson *organizer);
GPtrArray             *rapport_calendar_event_get_attendees     (RapportCalendarEvent  *self);
void                   rapport_calendar_event_add_attendee      (RapportCalendarEvent  *self,
                                                                 RapportCalendarPerson *attendee);
gboolean               rapport_calendar_event_has_people        (RapportCalendarEvent  *self);
gboolean               rapport_calendar_event_equal             (RapportCalendarEvent  *a,
                                                                 RapportCalendarEvent  *b);
int                    rapport_calendar_event_compare           (RapportCalendarEvent  *a,
                                                                 RapportCalendarEvent  *b);

G_END_DECLS
