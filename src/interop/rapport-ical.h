/* rapport-ical.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <libical-glib/libical-glib.h>

#include "rapport-calendar-event.h"

G_BEGIN_DECLS

/* libical-glib gained these with version 4. */
#if !ICAL_CHECK_VERSION(3, 99, 0)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ICalComponent, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ICalDuration, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ICalParameter, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ICalProperty, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ICalRecurIterator, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ICalRecurrence, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ICalTime, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ICalTimezone, g_object_unref)
#endif

#define RAPPORT_ICAL_ERROR (rapport_ical_error_quark ())

/**
 * RapportIcalError:
 * @RAPPORT_ICAL_ERROR_NOT_CALENDAR: the bytes are not iCalendar at all
 * @RAPPORT_ICAL_ERROR_NO_EVENTS: a calendar, but without a usable event
 * @RAPPORT_ICAL_ERROR_TOO_LARGE: more than Rapport reads
 * @RAPPORT_ICAL_ERROR_BAD_EVENT: an event without a UID or a start
 *
 * What can be wrong with a calendar's data.
 */
typedef enum
{
  RAPPORT_ICAL_ERROR_NOT_CALENDAR,
  RAPPORT_ICAL_ERROR_NO_EVENTS,
  RAPPORT_ICAL_ERROR_TOO_LARGE,
  RAPPORT_ICAL_ERROR_BAD_EVENT,
} RapportIcalError;

/* The largest .ics file read, and the most occurrences taken from it. */
#define RAPPORT_ICAL_MAX_BYTES       (16 * 1024 * 1024)
#define RAPPORT_ICAL_MAX_OCCURRENCES 20000

GQuark                rapport_ical_error_quark (void);
RapportCalendarEvent *rapport_ical_event_new   (ICalComponent  *vevent,
                                                const char     *source_uid,
                                                const char     *source_name,
                                                ICalTime       *occurrence_start,
                                                ICalTime       *occurrence_end,
                                                GError        **error);
GPtrArray            *rapport_ical_read        (GBytes         *bytes,
                                                const char     *source_uid,
                                                const char     *source_name,
                                                GDateTime      *from,
                                                GDateTime      *to,
                                                GError        **error);
char                 *rapport_ical_time_to_recurrence_id (ICalTime *time);

G_END_DECLS
