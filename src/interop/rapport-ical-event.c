/* rapport-ical-event.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One VEVENT as Rapport's calendar event: its times (a date, a floating
 * time, a time in a zone), its length, its status, the organiser and the
 * people invited (without rooms and resources). rapport-ical.c reads whole
 * files with this, occurrence by occurrence; the bytes may come from
 * anyone, and are fuzzed (tests/fuzz/fuzz-ical.c).
 */

#define G_LOG_DOMAIN "rapport-ical"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rapport-ical-private.h"

static char *
dup_clean_text (const char *text)
{
  if (text == NULL)
    return g_strdup ("");

  return g_strstrip (g_utf8_make_valid (text, -1));
}

gboolean
rapport_ical_time_is_usable (ICalTime *time)
{
  return time != NULL && !i_cal_time_is_null_time (time) && i_cal_time_is_valid_time (time);
}

gboolean
rapport_ical_time_is_floating (ICalTime *time)
{
  return !i_cal_time_is_date (time) && !i_cal_time_is_utc (time) &&
         i_cal_time_get_timezone (time) == NULL;
}

/* A date is the local midnight that starts it, and a floating time is
 * local wall time: both are meant wherever the user is. */
static GDateTime *
date_time_from_ical (ICalTime *time)
{
  g_autoptr(ICalTime) utc = NULL;
  g_autoptr(GDateTime) in_utc = NULL;
  int year, month, day, hour, minute, second;

  if (!rapport_ical_time_is_usable (time))
    return NULL;

  if (i_cal_time_is_date (time))
    {
      i_cal_time_get_date (time, &year, &month, &day);
      return g_date_time_new_local (year, month, day, 0, 0, 0);
    }

  if (rapport_ical_time_is_floating (time))
    {
      i_cal_time_get_date (time, &year, &month, &day);
      i_cal_time_get_time (time, &hour, &minute, &second);
      return g_date_time_new_local (year, month, day, hour, minute, MIN (second, 59));
    }

  utc = i_cal_time_convert_to_zone (time, i_cal_timezone_get_utc_timezone ());
  if (!rapport_ical_time_is_usable (utc))
    return NULL;

  i_cal_time_get_date (utc, &year, &month, &day);
  i_cal_time_get_time (utc, &hour, &minute, &second);
  in_utc = g_date_time_new_utc (year, month, day, hour, minute, MIN (second, 59));

  return in_utc ? g_date_time_to_local (in_utc) : NULL;
}

/* The iCalendar address of a person is a URI; only mailto: gives an email
 * address. Apple writes "invalid:nomail" for people without one. */
static char *
email_from_address (const char *address)
{
  g_autofree char *email = NULL;

  if (address == NULL)
    return g_strdup ("");

  if (g_ascii_strncasecmp (address, "mailto:", 7) == 0)
    email = dup_clean_text (address + 7);
  else if (strchr (address, ':') == NULL && strchr (address, '@') != NULL)
    email = dup_clean_text (address);
  else
    return g_strdup ("");

  if (strchr (email, '@') == NULL)
    return g_strdup ("");

  return g_steal_pointer (&email);
}

static RapportCalendarRole
role_from_ical (ICalProperty *property)
{
  g_autoptr(ICalParameter) parameter = i_cal_property_get_first_parameter (property, I_CAL_ROLE_PARAMETER);

  if (parameter == NULL)
    return RAPPORT_CALENDAR_ROLE_REQUIRED;

  switch (i_cal_parameter_get_role (parameter))
    {
    case I_CAL_ROLE_CHAIR: return RAPPORT_CALENDAR_ROLE_CHAIR;
    case I_CAL_ROLE_OPTPARTICIPANT: return RAPPORT_CALENDAR_ROLE_OPTIONAL;
    case I_CAL_ROLE_NONPARTICIPANT: return RAPPORT_CALENDAR_ROLE_NON_PARTICIPANT;
    case I_CAL_ROLE_REQPARTICIPANT:
    case I_CAL_ROLE_X:
    case I_CAL_ROLE_NONE:
    default:
      return RAPPORT_CALENDAR_ROLE_REQUIRED;
    }
}

static RapportCalendarReply
reply_from_ical (ICalProperty *property)
{
  g_autoptr(ICalParameter) parameter = i_cal_property_get_first_parameter (property, I_CAL_PARTSTAT_PARAMETER);

  if (parameter == NULL)
    return RAPPORT_CALENDAR_REPLY_NEEDS_ACTION;

  switch (i_cal_parameter_get_partstat (parameter))
    {
    case I_CAL_PARTSTAT_ACCEPTED: return RAPPORT_CALENDAR_REPLY_ACCEPTED;
    case I_CAL_PARTSTAT_DECLINED: return RAPPORT_CALENDAR_REPLY_DECLINED;
    case I_CAL_PARTSTAT_TENTATIVE: return RAPPORT_CALENDAR_REPLY_TENTATIVE;
    case I_CAL_PARTSTAT_DELEGATED: return RAPPORT_CALENDAR_REPLY_DELEGATED;
    default:
      return RAPPORT_CALENDAR_REPLY_NEEDS_ACTION;
    }
}

/* Rooms and projectors are invited as attendees by Outlook and Google;
 * they are not people to prepare for. */
static gboolean
is_person (ICalProperty *property)
{
  g_autoptr(ICalParameter) parameter = i_cal_property_get_first_parameter (property, I_CAL_CUTYPE_PARAMETER);
  ICalParameterCutype cutype;

  if (parameter == NULL)
    return TRUE;

  cutype = i_cal_parameter_get_cutype (parameter);
  return cutype != I_CAL_CUTYPE_ROOM && cutype != I_CAL_CUTYPE_RESOURCE;
}

static RapportCalendarPerson *
person_from_ical (ICalProperty *property,
                  gboolean      organizer)
{
  g_autoptr(ICalParameter) cn = NULL;
  g_autofree char *email = NULL;
  g_autofree char *name = NULL;

  if (!is_person (property))
    return NULL;

  email = email_from_address (organizer ? i_cal_property_get_organizer (property)
                                        : i_cal_property_get_attendee (property));
  cn = i_cal_property_get_first_parameter (property, I_CAL_CN_PARAMETER);
  name = dup_clean_text (cn ? i_cal_parameter_get_cn (cn) : NULL);

  /* Some apps write the address again as the name. */
  if (g_ascii_strcasecmp (name, email) == 0)
    g_clear_pointer (&name, g_free);

  if (email[0] == '\0' && (name == NULL || name[0] == '\0'))
    return NULL;

  return rapport_calendar_person_new (email, name,
                                      organizer ? RAPPORT_CALENDAR_ROLE_CHAIR : role_from_ical (property),
                                      organizer ? RAPPORT_CALENDAR_REPLY_ACCEPTED : reply_from_ical (property));
}

gboolean
rapport_ical_is_recurring (ICalComponent *vevent)
{
  return i_cal_component_count_properties (vevent, I_CAL_RRULE_PROPERTY) > 0 ||
         i_cal_component_count_properties (vevent, I_CAL_RDATE_PROPERTY) > 0;
}

ICalTime *
rapport_ical_get_property_time (ICalComponent    *vevent,
                                ICalPropertyKind  kind)
{
  g_autoptr(ICalProperty) property = i_cal_component_get_first_property (vevent, kind);

  if (property == NULL)
    return NULL;

  /* With the component, a TZID is looked up in the file's VTIMEZONEs. */
  return i_cal_property_get_datetime_with_component (property, vevent);
}

/* When an occurrence that starts at @starts_at ends: the master's length
 * (DTEND, or DURATION, or a day for an all-day event) after it. */
static GDateTime *
compute_end (ICalComponent *vevent,
             GDateTime     *starts_at,
             gboolean       all_day)
{
  g_autoptr(ICalTime) dtstart = rapport_ical_get_property_time (vevent, I_CAL_DTSTART_PROPERTY);
  g_autoptr(ICalTime) dtend = rapport_ical_get_property_time (vevent, I_CAL_DTEND_PROPERTY);
  g_autoptr(GDateTime) first_start = date_time_from_ical (dtstart);
  g_autoptr(GDateTime) first_end = date_time_from_ical (dtend);
  GTimeSpan span = -1;

  if (first_start != NULL && first_end != NULL)
    span = g_date_time_difference (first_end, first_start);
  else if (i_cal_component_count_properties (vevent, I_CAL_DURATION_PROPERTY) > 0)
    {
      g_autoptr(ICalDuration) duration = i_cal_component_get_duration (vevent);

      if (duration != NULL && !i_cal_duration_is_bad_duration (duration))
        span = (GTimeSpan) i_cal_duration_as_int (duration) * G_TIME_SPAN_SECOND;
    }
  else if (all_day)
    span = G_TIME_SPAN_DAY;

  if (span <= 0)
    return g_date_time_ref (starts_at);

  /* Whole days, so that an all-day event ends at midnight across a change
   * of daylight saving time. */
  if (all_day)
    return g_date_time_add_days (starts_at, (int) MAX (1, (span + G_TIME_SPAN_HOUR * 2) / G_TIME_SPAN_DAY));

  return g_date_time_add (starts_at, span);
}

static RapportCalendarStatus
status_from_ical (ICalComponent *vevent)
{
  switch (i_cal_component_get_status (vevent))
    {
    case I_CAL_STATUS_CANCELLED: return RAPPORT_CALENDAR_STATUS_CANCELLED;
    case I_CAL_STATUS_TENTATIVE: return RAPPORT_CALENDAR_STATUS_TENTATIVE;
    default:
      return RAPPORT_CALENDAR_STATUS_CONFIRMED;
    }
}

static void
add_people (RapportCalendarEvent *event,
            ICalComponent        *vevent)
{
  g_autoptr(ICalProperty) organizer = i_cal_component_get_first_property (vevent, I_CAL_ORGANIZER_PROPERTY);
  ICalProperty *property;

  if (organizer != NULL)
    {
      g_autoptr(RapportCalendarPerson) person = person_from_ical (organizer, TRUE);

      rapport_calendar_event_set_organizer (event, person);
    }

  for (property = i_cal_component_get_first_property (vevent, I_CAL_ATTENDEE_PROPERTY);
       property != NULL;)
    {
      g_autoptr(RapportCalendarPerson) person = person_from_ical (property, FALSE);
      ICalProperty *next;

      if (person != NULL)
        rapport_calendar_event_add_attendee (event, person);

      next = i_cal_component_get_next_property (vevent, I_CAL_ATTENDEE_PROPERTY);
      g_object_unref (property);
      property = next;
    }
}

/**
 * rapport_ical_time_to_recurrence_id:
 * @time: the original start of an occurrence
 *
 * The same occurrence gives the same text whichever time zone a calendar
 * writes it in: a time is converted to UTC, a date stays a date, a floating
 * time stays as it is.
 *
 * Returns: (transfer full): @time as iCalendar writes a RECURRENCE-ID
 */
char *
rapport_ical_time_to_recurrence_id (ICalTime *time)
{
  g_autoptr(ICalTime) utc = NULL;
  int year, month, day, hour, minute, second;

  g_return_val_if_fail (time != NULL, NULL);

  if (i_cal_time_is_date (time))
    {
      i_cal_time_get_date (time, &year, &month, &day);
      return g_strdup_printf ("%04d%02d%02d", year, month, day);
    }

  if (rapport_ical_time_is_floating (time))
    utc = i_cal_time_clone (time);
  else
    utc = i_cal_time_convert_to_zone (time, i_cal_timezone_get_utc_timezone ());

  i_cal_time_get_date (utc, &year, &month, &day);
  i_cal_time_get_time (utc, &hour, &minute, &second);
  return g_strdup_printf ("%04d%02d%02dT%02d%02d%02d%s", year, month, day, hour, minute, second,
                          rapport_ical_time_is_floating (time) ? "" : "Z");
}

/**
 * rapport_ical_event_new:
 * @vevent: a VEVENT, alone (as Evolution Data Server gives it) or inside
 *   its VCALENDAR (whose VTIMEZONEs are then used)
 * @source_uid: the calendar's unique id
 * @source_name: the calendar's name, to show
 * @occurrence_start: (nullable): for one occurrence of a recurring event,
 *   its start (with its time zone); %NULL takes the event's DTSTART
 * @occurrence_end: (nullable): that occurrence's end; %NULL adds the
 *   event's length to the start
 * @error: a #GError in %RAPPORT_ICAL_ERROR
 *
 * Takes what Rapport shows of an event: summary, place, description, time,
 * status, the organiser and the attendees (without rooms and resources).
 * The recurrence id is the event's RECURRENCE-ID, or for an occurrence of a
 * recurring event, @occurrence_start.
 *
 * Returns: (transfer full) (nullable): the event, or %NULL when it has no
 *   UID or no start
 */
RapportCalendarEvent *
rapport_ical_event_new (ICalComponent  *vevent,
                        const char     *source_uid,
                        const char     *source_name,
                        ICalTime       *occurrence_start,
                        ICalTime       *occurrence_end,
                        GError        **error)
{
  g_autoptr(RapportCalendarEvent) event = NULL;
  g_autoptr(ICalTime) dtstart = NULL;
  g_autoptr(ICalTime) recurrence = NULL;
  g_autoptr(GDateTime) starts_at = NULL;
  g_autoptr(GDateTime) ends_at = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *recurrence_id = NULL;
  ICalTime *start;
  gboolean all_day;

  g_return_val_if_fail (I_CAL_IS_COMPONENT (vevent), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (i_cal_component_isa (vevent) != I_CAL_VEVENT_COMPONENT)
    {
      g_set_error_literal (error, RAPPORT_ICAL_ERROR, RAPPORT_ICAL_ERROR_BAD_EVENT,
                           _("It is not an event"));
      return NULL;
    }

  uid = dup_clean_text (i_cal_component_get_uid (vevent));
  if (uid[0] == '\0')
    {
      g_set_error_literal (error, RAPPORT_ICAL_ERROR, RAPPORT_ICAL_ERROR_BAD_EVENT,
                           _("An event has no UID"));
      return NULL;
    }

  dtstart = rapport_ical_get_property_time (vevent, I_CAL_DTSTART_PROPERTY);
  start = occurrence_start ? occurrence_start : dtstart;
  starts_at = date_time_from_ical (start);
  if (starts_at == NULL)
    {
      g_set_error_literal (error, RAPPORT_ICAL_ERROR, RAPPORT_ICAL_ERROR_BAD_EVENT,
                           _("An event has no start time"));
      return NULL;
    }
  all_day = i_cal_time_is_date (start);

  if (occurrence_end != NULL)
    ends_at = date_time_from_ical (occurrence_end);
  if (ends_at == NULL || g_date_time_compare (ends_at, starts_at) < 0)
    {
      g_clear_pointer (&ends_at, g_date_time_unref);
      ends_at = compute_end (vevent, starts_at, all_day);
    }

  recurrence = rapport_ical_get_property_time (vevent, I_CAL_RECURRENCEID_PROPERTY);
  if (rapport_ical_time_is_usable (recurrence))
    recurrence_id = rapport_ical_time_to_recurrence_id (recurrence);
  else if (occurrence_start != NULL && rapport_ical_is_recurring (vevent))
    recurrence_id = rapport_ical_time_to_recurrence_id (occurrence_start);

  event = rapport_calendar_event_new (source_uid, source_name, uid, recurrence_id);
  {
    g_autofree char *summary = dup_clean_text (i_cal_component_get_summary (vevent));
    g_autofree char *location = dup_clean_text (i_cal_component_get_location (vevent));
    g_autofree char *description = dup_clean_text (i_cal_component_get_description (vevent));

    rapport_calendar_event_set_summary (event, summary);
    rapport_calendar_event_set_location (event, location);
    rapport_calendar_event_set_description (event, description);
  }
  rapport_calendar_event_set_starts_at (event, starts_at);
  rapport_calendar_event_set_ends_at (event, ends_at);
  rapport_calendar_event_set_all_day (event, all_day);
  rapport_calendar_event_set_status (event, status_from_ical (vevent));
  add_people (event, vevent);

  return g_steal_pointer (&event);
}
