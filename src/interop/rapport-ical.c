/* rapport-ical.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Calendar events from iCalendar: one VEVENT as Evolution Data Server hands
 * it out, or an .ics file's bytes (an invitation, a calendar export), with
 * recurring events expanded into their occurrences inside a window.
 * libical parses and iterates recurrences; what Rapport adds on top (which
 * occurrences, which exceptions replace them, what is taken from each) is
 * here, and is fuzzed (tests/fuzz/fuzz-ical.c): the bytes may come from
 * anyone who sends an invitation. docs/calendars.md says what other
 * calendar apps write. What is taken from one VEVENT is in
 * rapport-ical-event.c.
 */

#define G_LOG_DOMAIN "rapport-ical"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rapport-ical-private.h"

/* libical steps through every occurrence from the first, so a rule such as
 * FREQ=SECONDLY from 1970 is cut short rather than followed for hours. A
 * daily meeting since 1990 takes about 13,000 steps. The limit is per file. */
#define MAX_RECURRENCE_STEPS 50000

typedef struct
{
  const char *source_uid;
  const char *source_name;
  GDateTime *from;
  GDateTime *to;
  gint64 to_unix;
  gboolean cancelled;
  guint steps;
  guint found;
  guint usable;
  GHashTable *keys;
  GPtrArray *events;
} ReadState;

G_DEFINE_QUARK (rapport - ical - error - quark, rapport_ical_error)

static gboolean
event_is_in_window (ReadState            *state,
                    RapportCalendarEvent *event)
{
  GDateTime *starts_at = rapport_calendar_event_get_starts_at (event);
  GDateTime *ends_at = rapport_calendar_event_get_ends_at (event);

  if (g_date_time_compare (starts_at, state->to) >= 0)
    return FALSE;

  return g_date_time_compare (ends_at, state->from) > 0 ||
         g_date_time_compare (starts_at, state->from) >= 0;
}

static void
add_occurrence (ReadState     *state,
                ICalComponent *vevent,
                ICalTime      *occurrence_start)
{
  g_autoptr(RapportCalendarEvent) event = NULL;

  if (state->events->len >= RAPPORT_ICAL_MAX_OCCURRENCES)
    return;

  /* An event that cannot be read is left out: the others still count. */
  event = rapport_ical_event_new (vevent, state->source_uid, state->source_name,
                                  occurrence_start, NULL, NULL);
  if (event == NULL || !event_is_in_window (state, event))
    return;

  if (state->cancelled)
    rapport_calendar_event_set_status (event, RAPPORT_CALENDAR_STATUS_CANCELLED);

  if (!g_hash_table_add (state->keys, g_strdup (rapport_calendar_event_get_key (event))))
    return;

  g_ptr_array_add (state->events, g_steal_pointer (&event));
}

static char *
dup_date_key (ICalTime *time)
{
  int year, month, day;

  i_cal_time_get_date (time, &year, &month, &day);
  return g_strdup_printf ("D:%04d%02d%02d", year, month, day);
}

/* EXDATE values, as recurrence ids; a date alone excludes the whole day
 * (Outlook writes such dates for timed events). */
static GHashTable *
collect_exclusions (ICalComponent *master)
{
  GHashTable *excluded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ICalProperty *property;

  for (property = i_cal_component_get_first_property (master, I_CAL_EXDATE_PROPERTY);
       property != NULL;)
    {
      g_autoptr(ICalTime) time = i_cal_property_get_datetime_with_component (property, master);
      ICalProperty *next;

      if (rapport_ical_time_is_usable (time))
        {
          g_hash_table_add (excluded, rapport_ical_time_to_recurrence_id (time));
          if (i_cal_time_is_date (time))
            g_hash_table_add (excluded, dup_date_key (time));
        }

      next = i_cal_component_get_next_property (master, I_CAL_EXDATE_PROPERTY);
      g_object_unref (property);
      property = next;
    }

  return excluded;
}

static void
add_instance (ReadState     *state,
              ICalComponent *master,
              ICalTime      *time,
              GHashTable    *excluded,
              GHashTable    *seen,
              GHashTable    *overrides)
{
  g_autofree char *recurrence_id = rapport_ical_time_to_recurrence_id (time);
  g_autofree char *date_key = dup_date_key (time);
  ICalComponent *override;

  if (g_hash_table_contains (excluded, recurrence_id) ||
      g_hash_table_contains (excluded, date_key) ||
      !g_hash_table_add (seen, g_strdup (recurrence_id)))
    return;

  /* An exception (a VEVENT with this RECURRENCE-ID) replaces the
   * occurrence: moved, renamed or cancelled. */
  override = g_hash_table_lookup (overrides, recurrence_id);
  if (override != NULL)
    {
      add_occurrence (state, override, NULL);
      g_hash_table_remove (overrides, recurrence_id);
      return;
    }

  add_occurrence (state, master, time);
}

/* Whether an occurrence starting at @time is past the window's end, and so
 * every later one too. A date or a floating time is local time, which is
 * at most 14 hours from UTC: it is past only when past by more. Cheaper
 * than making a GDateTime, for every step. */
static gboolean
is_after_window (ReadState *state,
                 ICalTime  *time)
{
  ICalTimezone *zone = i_cal_time_get_timezone (time);

  if (i_cal_time_is_date (time) || rapport_ical_time_is_floating (time))
    return (gint64) i_cal_time_as_timet (time) - 14 * 3600 >= state->to_unix;

  return (gint64) i_cal_time_as_timet_with_zone (time, zone) >= state->to_unix;
}

static void
expand_rule (ReadState     *state,
             ICalComponent *master,
             ICalProperty  *property,
             ICalTime      *dtstart,
             GHashTable    *excluded,
             GHashTable    *seen,
             GHashTable    *overrides)
{
  g_autoptr(ICalRecurrence) rule = i_cal_property_get_rrule (property);
  g_autoptr(ICalRecurIterator) iterator = NULL;
  ICalTimezone *zone = i_cal_time_get_timezone (dtstart);

  if (rule == NULL)
    return;

  iterator = i_cal_recur_iterator_new (rule, dtstart);
  if (iterator == NULL)
    return;

  while (state->steps < MAX_RECURRENCE_STEPS)
    {
      g_autoptr(ICalTime) time = i_cal_recur_iterator_next (iterator);

      state->steps++;
      if (!rapport_ical_time_is_usable (time))
        break;

      if (zone != NULL && !i_cal_time_is_date (time))
        i_cal_time_set_timezone (time, zone);

      if (is_after_window (state, time))
        break;

      add_instance (state, master, time, excluded, seen, overrides);
    }
}

static void
expand_master (ReadState     *state,
               ICalComponent *master,
               GHashTable    *overrides)
{
  g_autoptr(ICalTime) dtstart = rapport_ical_get_property_time (master, I_CAL_DTSTART_PROPERTY);
  g_autoptr(GHashTable) excluded = NULL;
  g_autoptr(GHashTable) seen = NULL;
  ICalProperty *property;

  if (!rapport_ical_time_is_usable (dtstart))
    return;

  excluded = collect_exclusions (master);
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* DTSTART is always the first occurrence, whatever the rule says. */
  add_instance (state, master, dtstart, excluded, seen, overrides);

  for (property = i_cal_component_get_first_property (master, I_CAL_RRULE_PROPERTY);
       property != NULL;)
    {
      ICalProperty *next;

      expand_rule (state, master, property, dtstart, excluded, seen, overrides);
      next = i_cal_component_get_next_property (master, I_CAL_RRULE_PROPERTY);
      g_object_unref (property);
      property = next;
    }

  for (property = i_cal_component_get_first_property (master, I_CAL_RDATE_PROPERTY);
       property != NULL;)
    {
      g_autoptr(ICalTime) time = i_cal_property_get_datetime_with_component (property, master);
      ICalProperty *next;

      if (rapport_ical_time_is_usable (time))
        add_instance (state, master, time, excluded, seen, overrides);

      next = i_cal_component_get_next_property (master, I_CAL_RDATE_PROPERTY);
      g_object_unref (property);
      property = next;
    }
}

static char *
dup_override_id (ICalComponent *vevent)
{
  g_autoptr(ICalTime) time = rapport_ical_get_property_time (vevent, I_CAL_RECURRENCEID_PROPERTY);

  return rapport_ical_time_is_usable (time) ? rapport_ical_time_to_recurrence_id (time) : NULL;
}

/* Every VEVENT of one VCALENDAR: the masters (recurring or not) with their
 * occurrences, and the exceptions, each replacing the occurrence it names
 * or, when the file holds no master (an update to one occurrence), standing
 * alone. */
static void
read_calendar (ReadState     *state,
               ICalComponent *calendar)
{
  g_autoptr(GPtrArray) masters = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) overrides_by_uid =
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_hash_table_unref);
  ICalComponent *vevent;
  GHashTableIter iter;
  GHashTable *overrides;

  state->cancelled = i_cal_component_get_method (calendar) == I_CAL_METHOD_CANCEL;

  for (vevent = i_cal_component_get_first_component (calendar, I_CAL_VEVENT_COMPONENT);
       vevent != NULL;
       vevent = i_cal_component_get_next_component (calendar, I_CAL_VEVENT_COMPONENT))
    {
      g_autofree char *recurrence_id = dup_override_id (vevent);
      g_autoptr(ICalTime) dtstart = rapport_ical_get_property_time (vevent, I_CAL_DTSTART_PROPERTY);
      const char *uid = i_cal_component_get_uid (vevent);

      state->found++;
      if (uid != NULL && uid[0] != '\0' && rapport_ical_time_is_usable (dtstart))
        state->usable++;

      if (recurrence_id == NULL || uid == NULL)
        {
          g_ptr_array_add (masters, vevent);
          continue;
        }

      overrides = g_hash_table_lookup (overrides_by_uid, uid);
      if (overrides == NULL)
        {
          overrides = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
          g_hash_table_insert (overrides_by_uid, g_strdup (uid), overrides);
        }
      g_hash_table_replace (overrides, g_steal_pointer (&recurrence_id), vevent);
    }

  for (guint i = 0; i < masters->len; i++)
    {
      ICalComponent *master = g_ptr_array_index (masters, i);
      const char *uid = i_cal_component_get_uid (master);

      overrides = uid ? g_hash_table_lookup (overrides_by_uid, uid) : NULL;
      if (rapport_ical_is_recurring (master))
        {
          g_autoptr(GHashTable) none = g_hash_table_new (g_str_hash, g_str_equal);

          expand_master (state, master, overrides ? overrides : none);
        }
      else
        add_occurrence (state, master, NULL);
    }

  g_hash_table_iter_init (&iter, overrides_by_uid);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &overrides))
    {
      GHashTableIter inner;
      ICalComponent *override;

      g_hash_table_iter_init (&inner, overrides);
      while (g_hash_table_iter_next (&inner, NULL, (gpointer *) &override))
        add_occurrence (state, override, NULL);
    }
}

static gboolean
starts_as_calendar (const char *text,
                    gsize       len)
{
  static const char begin[] = "BEGIN:VCALENDAR";
  gsize i = 0;

  if (len >= 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0)
    i = 3;
  while (i < len && g_ascii_isspace (text[i]))
    i++;

  return len - i >= sizeof begin - 1 && g_ascii_strncasecmp (text + i, begin, sizeof begin - 1) == 0;
}

/**
 * rapport_ical_error_quark:
 *
 * Returns: the domain of Rapport's errors about iCalendar data
 */

/**
 * rapport_ical_read:
 * @bytes: an .ics file's contents
 * @source_uid: the id the events get as their calendar's
 * @source_name: the name they get as their calendar's
 * @from: the window's start
 * @to: the window's end
 * @error: a #GError in %RAPPORT_ICAL_ERROR
 *
 * Reads every event of an iCalendar file that takes place between @from
 * and @to: recurring events expanded (RRULE, RDATE, EXDATE, and exceptions
 * given by RECURRENCE-ID), times in the file's own VTIMEZONEs, and every
 * event of a METHOD:CANCEL file marked cancelled. Events without a UID or
 * a start are left out.
 *
 * Returns: (transfer full) (element-type RapportCalendarEvent): the
 *   occurrences, by start (possibly none, when none falls in the window),
 *   or %NULL when the file is not a calendar or holds no event
 */
GPtrArray *
rapport_ical_read (GBytes      *bytes,
                   const char  *source_uid,
                   const char  *source_name,
                   GDateTime   *from,
                   GDateTime   *to,
                   GError     **error)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(ICalComponent) root = NULL;
  g_autofree char *text = NULL;
  ReadState state = { source_uid, source_name, from, to, 0, FALSE, 0, 0, 0, keys, events };
  const char *data;
  gsize len;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (from != NULL && to != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  state.to_unix = g_date_time_to_unix (to);
  data = g_bytes_get_data (bytes, &len);
  if (len > RAPPORT_ICAL_MAX_BYTES)
    {
      g_set_error (error, RAPPORT_ICAL_ERROR, RAPPORT_ICAL_ERROR_TOO_LARGE,
                   _("The calendar file is larger than %d MB, the most Rapport reads"),
                   RAPPORT_ICAL_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  if (data == NULL || !starts_as_calendar (data, len))
    {
      g_set_error_literal (error, RAPPORT_ICAL_ERROR, RAPPORT_ICAL_ERROR_NOT_CALENDAR,
                           _("This file is not a calendar (iCalendar) file"));
      return NULL;
    }

  /* libical reads up to the first NUL; iCalendar is UTF-8. */
  text = g_utf8_make_valid (data, strnlen (data, len));
  root = i_cal_parser_parse_string (text);
  if (root == NULL)
    {
      g_set_error_literal (error, RAPPORT_ICAL_ERROR, RAPPORT_ICAL_ERROR_NOT_CALENDAR,
                           _("This calendar file is damaged: no event could be read from it"));
      return NULL;
    }

  if (i_cal_component_isa (root) == I_CAL_VCALENDAR_COMPONENT)
    read_calendar (&state, root);
  else if (i_cal_component_isa (root) == I_CAL_XROOT_COMPONENT)
    {
      ICalComponent *calendar;

      for (calendar = i_cal_component_get_first_component (root, I_CAL_VCALENDAR_COMPONENT);
           calendar != NULL;)
        {
          ICalComponent *next;

          read_calendar (&state, calendar);
          next = i_cal_component_get_next_component (root, I_CAL_VCALENDAR_COMPONENT);
          g_object_unref (calendar);
          calendar = next;
        }
    }

  if (state.found == 0)
    {
      g_set_error_literal (error, RAPPORT_ICAL_ERROR, RAPPORT_ICAL_ERROR_NO_EVENTS,
                           _("This calendar file holds no events"));
      return NULL;
    }

  if (state.usable == 0)
    {
      g_set_error_literal (error, RAPPORT_ICAL_ERROR, RAPPORT_ICAL_ERROR_BAD_EVENT,
                           _("No event in this calendar file has both a UID and a start time"));
      return NULL;
    }

  g_ptr_array_sort_values (events, (GCompareFunc) rapport_calendar_event_compare);
  return g_steal_pointer (&events);
}
