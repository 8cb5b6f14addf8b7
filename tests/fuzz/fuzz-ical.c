/* fuzz-ical.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libFuzzer target for what Rapport adds on top of libical
 * (src/interop/rapport-ical.c): any bytes must come back as events or as an
 * error, never as a crash, a leak, undefined behaviour or a hang; every
 * event read has a start, an end not before it, a key and valid UTF-8.
 * libical itself is not instrumented (it is the system's library), but
 * whatever it hands back is used under the sanitizers.
 */

#include <stddef.h>
#include <stdint.h>

#include "rapport-ical.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
check_person (RapportCalendarPerson *person)
{
  if (person == NULL)
    return;
  if (!g_utf8_validate (rapport_calendar_person_get_email (person), -1, NULL) ||
      !g_utf8_validate (rapport_calendar_person_get_name (person), -1, NULL))
    __builtin_trap ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GDateTime) from = g_date_time_new_utc (2025, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_new_utc (2027, 1, 1, 0, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;

  events = rapport_ical_read (bytes, "fuzz", "fuzz.ics", from, to, &error);
  if ((events == NULL) == (error == NULL))
    __builtin_trap ();
  if (events == NULL)
    return 0;

  for (guint i = 0; i < events->len; i++)
    {
      RapportCalendarEvent *event = g_ptr_array_index (events, i);
      GDateTime *starts_at = rapport_calendar_event_get_starts_at (event);
      GDateTime *ends_at = rapport_calendar_event_get_ends_at (event);
      GPtrArray *attendees = rapport_calendar_event_get_attendees (event);

      if (starts_at == NULL || ends_at == NULL || g_date_time_compare (ends_at, starts_at) < 0 ||
          rapport_calendar_event_get_key (event)[0] == '\0' ||
          !g_utf8_validate (rapport_calendar_event_get_summary (event), -1, NULL) ||
          !g_utf8_validate (rapport_calendar_event_get_location (event), -1, NULL) ||
          !g_utf8_validate (rapport_calendar_event_get_description (event), -1, NULL))
        __builtin_trap ();
      check_person (rapport_calendar_event_get_organizer (event));
      for (guint j = 0; j < attendees->len; j++)
        check_person (g_ptr_array_index (attendees, j));
    }

  return 0;
}
