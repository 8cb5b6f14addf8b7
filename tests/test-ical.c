/* test-ical.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Calendar events from iCalendar, as Google, Outlook/Exchange, Apple and
 * Thunderbird write invitations (tests/fixtures/calendar): time zones from
 * the file's VTIMEZONEs across a change of daylight saving time, all-day
 * events, recurrence with an excluded date and a moved occurrence,
 * attendees with CN and mailto:, an organiser alone, METHOD:CANCEL; one
 * VEVENT as Evolution Data Server hands it out; bad input refused with a
 * reason.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "rapport-ical.h"

static GBytes *
load_calendar (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "calendar", name, NULL);
  char *data = NULL;
  gsize len = 0;

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, len);
}

static GPtrArray *
read_text (const char  *text,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GDateTime) from = g_date_time_new_utc (2026, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_new_utc (2027, 1, 1, 0, 0, 0);

  return rapport_ical_read (bytes, "file", "invite.ics", from, to, error);
}

static GPtrArray *
read_fixture (const char *name)
{
  g_autoptr(GBytes) bytes = load_calendar (name);
  g_autoptr(GDateTime) from = g_date_time_new_utc (2026, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_new_utc (2026, 7, 1, 0, 0, 0);
  g_autoptr(GError) error = NULL;
  GPtrArray *events;

  events = rapport_ical_read (bytes, "file", name, from, to, &error);
  g_assert_no_error (error);
  g_assert_nonnull (events);
  return events;
}

/* Compares the time as UTC, in ISO 8601, whatever the local zone. */
static void
assert_utc (GDateTime  *time,
            const char *expected)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (time);
  g_autofree char *text = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");

  g_assert_cmpstr (text, ==, expected);
}

static void
assert_person (RapportCalendarPerson *person,
               const char            *email,
               const char            *name,
               RapportCalendarRole    role,
               RapportCalendarReply   reply)
{
  g_assert_nonnull (person);
  g_assert_cmpstr (rapport_calendar_person_get_email (person), ==, email);
  g_assert_cmpstr (rapport_calendar_person_get_name (person), ==, name);
  g_assert_cmpint (rapport_calendar_person_get_role (person), ==, role);
  g_assert_cmpint (rapport_calendar_person_get_reply (person), ==, reply);
}

static void
test_google (void)
{
  g_autoptr(GPtrArray) events = read_fixture ("google-invite.ics");
  RapportCalendarEvent *event;
  GPtrArray *attendees;

  g_assert_cmpuint (events->len, ==, 1);
  event = g_ptr_array_index (events, 0);

  g_assert_cmpstr (rapport_calendar_event_get_summary (event), ==, "Design Week mixer");
  g_assert_cmpstr (rapport_calendar_event_get_location (event), ==,
                   "Fábrica Braço de Prata, Rua da Fábrica de Material de Guerra 1, Lisboa");
  g_assert_cmpstr (rapport_calendar_event_get_description (event), ==,
                   "Drinks after the first day of Design Week.\n\nJoin with Google Meet: https://meet.google.com/abc-defg-hij");
  g_assert_cmpstr (rapport_calendar_event_get_uid (event), ==, "7kq0c1d2e3f4g5h6i7j8k9l0m1@google.com");
  g_assert_null (rapport_calendar_event_get_recurrence_id (event));
  g_assert_cmpstr (rapport_calendar_event_get_key (event), ==,
                   "file\n7kq0c1d2e3f4g5h6i7j8k9l0m1@google.com\n");
  g_assert_cmpstr (rapport_calendar_event_get_source_name (event), ==, "google-invite.ics");

  /* Lisbon is an hour ahead of UTC in April (WEST). */
  assert_utc (rapport_calendar_event_get_starts_at (event), "2026-04-15T17:30:00Z");
  assert_utc (rapport_calendar_event_get_ends_at (event), "2026-04-15T20:00:00Z");
  g_assert_false (rapport_calendar_event_get_all_day (event));
  g_assert_cmpint (rapport_calendar_event_get_status (event), ==, RAPPORT_CALENDAR_STATUS_CONFIRMED);

  assert_person (rapport_calendar_event_get_organizer (event), "ana.silva@example.org", "Ana Silva",
                 RAPPORT_CALENDAR_ROLE_CHAIR, RAPPORT_CALENDAR_REPLY_ACCEPTED);
  attendees = rapport_calendar_event_get_attendees (event);
  g_assert_cmpuint (attendees->len, ==, 3);
  assert_person (g_ptr_array_index (attendees, 0), "ana.silva@example.org", "Ana Silva",
                 RAPPORT_CALENDAR_ROLE_REQUIRED, RAPPORT_CALENDAR_REPLY_ACCEPTED);
  /* Google writes the address as the name when it knows no name. */
  assert_person (g_ptr_array_index (attendees, 1), "ben.ng@example.com", "",
                 RAPPORT_CALENDAR_ROLE_REQUIRED, RAPPORT_CALENDAR_REPLY_NEEDS_ACTION);
  g_assert_cmpstr (rapport_calendar_person_get_label (g_ptr_array_index (attendees, 1)), ==,
                   "ben.ng@example.com");
  assert_person (g_ptr_array_index (attendees, 2), "chloe@example.net", "Chloé Dupont",
                 RAPPORT_CALENDAR_ROLE_OPTIONAL, RAPPORT_CALENDAR_REPLY_TENTATIVE);
  g_assert_true (rapport_calendar_event_has_people (event));
}

static void
test_cancel (void)
{
  g_autoptr(GPtrArray) invite = read_fixture ("google-invite.ics");
  g_autoptr(GPtrArray) events = read_fixture ("google-cancel.ics");
  RapportCalendarEvent *event;

  g_assert_cmpuint (events->len, ==, 1);
  event = g_ptr_array_index (events, 0);

  /* No STATUS in the event: METHOD:CANCEL says it. */
  g_assert_cmpint (rapport_calendar_event_get_status (event), ==, RAPPORT_CALENDAR_STATUS_CANCELLED);
  /* The same key as the invitation, so that it finds the same event. */
  g_assert_cmpstr (rapport_calendar_event_get_key (event), ==,
                   rapport_calendar_event_get_key (g_ptr_array_index (invite, 0)));
}

static void
test_outlook_series (void)
{
  g_autoptr(GPtrArray) events = read_fixture ("outlook-series.ics");
  static const struct
  {
    const char *starts;
    const char *ends;
    const char *recurrence_id;
    const char *summary;
  } expected[] = {
    { "2026-03-03T09:00:00Z", "2026-03-03T09:30:00Z", "20260303T090000Z", "Partner check-in" },
    { "2026-03-10T09:00:00Z", "2026-03-10T09:30:00Z", "20260310T090000Z", "Partner check-in" },
    /* 17 March is excluded; 24 March moved to the 25th. */
    { "2026-03-25T13:00:00Z", "2026-03-25T13:30:00Z", "20260324T090000Z", "Partner check-in (moved)" },
    /* Summer time from 29 March: still 10:00 in Berlin. */
    { "2026-03-31T08:00:00Z", "2026-03-31T08:30:00Z", "20260331T080000Z", "Partner check-in" },
    { "2026-04-07T08:00:00Z", "2026-04-07T08:30:00Z", "20260407T080000Z", "Partner check-in" },
  };

  g_assert_cmpuint (events->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      RapportCalendarEvent *event = g_ptr_array_index (events, i);
      GPtrArray *attendees = rapport_calendar_event_get_attendees (event);

      assert_utc (rapport_calendar_event_get_starts_at (event), expected[i].starts);
      assert_utc (rapport_calendar_event_get_ends_at (event), expected[i].ends);
      g_assert_cmpstr (rapport_calendar_event_get_recurrence_id (event), ==, expected[i].recurrence_id);
      g_assert_cmpstr (rapport_calendar_event_get_summary (event), ==, expected[i].summary);

      /* The room is not a person; the exception invites Hiro alone. */
      g_assert_cmpuint (attendees->len, ==, i == 2 ? 1 : 2);
      assert_person (g_ptr_array_index (attendees, 0), "hiro.tanaka@contoso.com", "Hiro Tanaka",
                     RAPPORT_CALENDAR_ROLE_REQUIRED, RAPPORT_CALENDAR_REPLY_NEEDS_ACTION);
    }

  g_assert_cmpstr (rapport_calendar_event_get_location (g_ptr_array_index (events, 2)), ==,
                   "Café downstairs");
}

static void
test_apple_all_day (void)
{
  g_autoptr(GPtrArray) events = read_fixture ("apple-all-day.ics");
  g_autoptr(GDateTime) first_day = g_date_time_new_local (2026, 5, 1, 0, 0, 0);
  g_autoptr(GDateTime) day_after = g_date_time_new_local (2026, 5, 3, 0, 0, 0);
  RapportCalendarEvent *event;
  GPtrArray *attendees;

  g_assert_cmpuint (events->len, ==, 1);
  event = g_ptr_array_index (events, 0);

  g_assert_true (rapport_calendar_event_get_all_day (event));
  g_assert_true (g_date_time_equal (rapport_calendar_event_get_starts_at (event), first_day));
  g_assert_true (g_date_time_equal (rapport_calendar_event_get_ends_at (event), day_after));

  attendees = rapport_calendar_event_get_attendees (event);
  g_assert_cmpuint (attendees->len, ==, 3);
  assert_person (g_ptr_array_index (attendees, 0), "dana@example.com", "Dana Okafor",
                 RAPPORT_CALENDAR_ROLE_CHAIR, RAPPORT_CALENDAR_REPLY_ACCEPTED);
  assert_person (g_ptr_array_index (attendees, 1), "eli.park@example.com", "Eli Park",
                 RAPPORT_CALENDAR_ROLE_REQUIRED, RAPPORT_CALENDAR_REPLY_NEEDS_ACTION);
  /* Apple's "invalid:nomail": a name, no address. */
  assert_person (g_ptr_array_index (attendees, 2), "", "Grandma Rosa",
                 RAPPORT_CALENDAR_ROLE_REQUIRED, RAPPORT_CALENDAR_REPLY_NEEDS_ACTION);
}

static void
test_thunderbird_organizer_only (void)
{
  g_autoptr(GPtrArray) events = read_fixture ("thunderbird-monthly.ics");
  static const char *starts[] = {
    "2026-03-06T07:30:00Z", "2026-04-03T06:30:00Z", "2026-05-01T06:30:00Z", "2026-06-05T06:30:00Z",
  };

  /* An endless rule, cut at the window's end (1 July). */
  g_assert_cmpuint (events->len, ==, G_N_ELEMENTS (starts));
  for (guint i = 0; i < G_N_ELEMENTS (starts); i++)
    {
      RapportCalendarEvent *event = g_ptr_array_index (events, i);

      assert_utc (rapport_calendar_event_get_starts_at (event), starts[i]);
      g_assert_cmpuint (rapport_calendar_event_get_attendees (event)->len, ==, 0);
      assert_person (rapport_calendar_event_get_organizer (event), "frank.weber@example.de", "Frank Weber",
                     RAPPORT_CALENDAR_ROLE_CHAIR, RAPPORT_CALENDAR_REPLY_ACCEPTED);
      g_assert_true (rapport_calendar_event_has_people (event));
      g_assert_cmpstr (rapport_calendar_event_get_location (event), ==, "Café Einstein, Unter den Linden 42");
    }
}

/* A window that starts after the rule began, and one event read twice
 * compared field by field. */
static void
test_window (void)
{
  g_autoptr(GBytes) bytes = load_calendar ("thunderbird-monthly.ics");
  g_autoptr(GDateTime) from = g_date_time_new_utc (2026, 4, 10, 0, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_new_utc (2026, 5, 10, 0, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) again = NULL;

  events = rapport_ical_read (bytes, "file", "t.ics", from, to, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 1);
  assert_utc (rapport_calendar_event_get_starts_at (g_ptr_array_index (events, 0)), "2026-05-01T06:30:00Z");

  again = rapport_ical_read (bytes, "file", "t.ics", from, to, &error);
  g_assert_no_error (error);
  g_assert_true (rapport_calendar_event_equal (g_ptr_array_index (events, 0), g_ptr_array_index (again, 0)));
  rapport_calendar_event_set_location (g_ptr_array_index (again, 0), "Elsewhere");
  g_assert_false (rapport_calendar_event_equal (g_ptr_array_index (events, 0), g_ptr_array_index (again, 0)));
}

/* As Evolution Data Server hands out an occurrence: the VEVENT alone (its
 * TZID found among libical's own zones), the occurrence's start apart. */
static void
test_component (void)
{
  static const char vevent_text[] =
    "BEGIN:VEVENT\r\n"
    "UID:weekly-1@example.org\r\n"
    "DTSTART;TZID=/freeassociation.sourceforge.net/Europe/Madrid:20260105T090000\r\n"
    "DTEND;TZID=/freeassociation.sourceforge.net/Europe/Madrid:20260105T100000\r\n"
    "RRULE:FREQ=WEEKLY\r\n"
    "SUMMARY:Stand-up\r\n"
    "ATTENDEE;CN=Juan Pérez:MAILTO:juan@example.es\r\n"
    "END:VEVENT\r\n";
  g_autoptr(ICalComponent) vevent = i_cal_component_new_from_string (vevent_text);
  g_autoptr(ICalTimezone) madrid = NULL;
  g_autoptr(ICalTime) start = i_cal_time_new_from_string ("20260706T090000");
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportCalendarEvent) event = NULL;
  g_autoptr(RapportCalendarEvent) first = NULL;

  g_assert_nonnull (vevent);
  i_cal_time_set_timezone (start, i_cal_timezone_get_builtin_timezone ("Europe/Madrid"));

  event = rapport_ical_event_new (vevent, "eds-source-1", "Work", start, NULL, &error);
  g_assert_no_error (error);
  assert_utc (rapport_calendar_event_get_starts_at (event), "2026-07-06T07:00:00Z");
  assert_utc (rapport_calendar_event_get_ends_at (event), "2026-07-06T08:00:00Z");
  g_assert_cmpstr (rapport_calendar_event_get_recurrence_id (event), ==, "20260706T070000Z");
  g_assert_cmpstr (rapport_calendar_event_get_key (event), ==,
                   "eds-source-1\nweekly-1@example.org\n20260706T070000Z");
  assert_person (g_ptr_array_index (rapport_calendar_event_get_attendees (event), 0),
                 "juan@example.es", "Juan Pérez", RAPPORT_CALENDAR_ROLE_REQUIRED,
                 RAPPORT_CALENDAR_REPLY_NEEDS_ACTION);

  /* Without an occurrence: the event's own start, winter time. */
  first = rapport_ical_event_new (vevent, "eds-source-1", "Work", NULL, NULL, &error);
  g_assert_no_error (error);
  assert_utc (rapport_calendar_event_get_starts_at (first), "2026-01-05T08:00:00Z");
  g_assert_null (rapport_calendar_event_get_recurrence_id (first));
  g_assert_cmpint (rapport_calendar_event_compare (first, event), <, 0);
}

static void
test_bad_input (void)
{
  static const struct
  {
    const char *text;
    RapportIcalError code;
  } cases[] = {
    { "", RAPPORT_ICAL_ERROR_NOT_CALENDAR },
    { "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEND:VCARD\r\n", RAPPORT_ICAL_ERROR_NOT_CALENDAR },
    { "Subject: hello\r\n\r\nBEGIN:VCALENDAR\r\n", RAPPORT_ICAL_ERROR_NOT_CALENDAR },
    { "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", RAPPORT_ICAL_ERROR_NO_EVENTS },
    { "BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nUID:x\r\nEND:VTODO\r\nEND:VCALENDAR\r\n", RAPPORT_ICAL_ERROR_NO_EVENTS },
    { "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:No time\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
      RAPPORT_ICAL_ERROR_BAD_EVENT },
    { "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260301T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
      RAPPORT_ICAL_ERROR_BAD_EVENT },
    { "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20261399T996000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
      RAPPORT_ICAL_ERROR_BAD_EVENT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) events = read_text (cases[i].text, &error);

      g_test_message ("case %u", i);
      g_assert_null (events);
      g_assert_error (error, RAPPORT_ICAL_ERROR, (int) cases[i].code);
      g_assert_cmpuint (strlen (error->message), >, 10);
    }
}

/* Input written to harm: a rule that would run for hours, bytes that are
 * not UTF-8, a NUL in the middle. */
static void
test_hostile (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) many = NULL;
  g_autoptr(GPtrArray) mangled = NULL;
  g_autoptr(GPtrArray) cut = NULL;
  gint64 started = g_get_monotonic_time ();
  RapportCalendarEvent *event;

  many = read_text ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:19700101T000000Z\r\n"
                    "RRULE:FREQ=SECONDLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
                    &error);
  g_assert_no_error (error);
  /* Cut short long before 2026: the steps are limited, not the clock. */
  g_assert_cmpuint (many->len, ==, 0);
  g_assert_cmpint (g_get_monotonic_time () - started, <, 20 * G_TIME_SPAN_SECOND);

  mangled = read_text ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:y\r\nDTSTART:20260301T100000Z\r\n"
                       "SUMMARY:Caf\xe9 \xff\xfe\r\nATTENDEE;CN=\xc3:mailto:a@b.c\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
                       &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mangled->len, ==, 1);
  event = g_ptr_array_index (mangled, 0);
  g_assert_true (g_utf8_validate (rapport_calendar_event_get_summary (event), -1, NULL));
  g_assert_true (g_str_has_prefix (rapport_calendar_event_get_summary (event), "Caf"));

  {
    static const char with_nul[] = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:z\r\nDTSTART:20260301T100000Z\r\n"
                                   "SUMMARY:Before\0After\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    g_autoptr(GBytes) bytes = g_bytes_new (with_nul, sizeof with_nul - 1);
    g_autoptr(GDateTime) from = g_date_time_new_utc (2026, 1, 1, 0, 0, 0);
    g_autoptr(GDateTime) to = g_date_time_new_utc (2027, 1, 1, 0, 0, 0);

    /* Read up to the NUL: the event is cut off and the file is bad. */
    cut = rapport_ical_read (bytes, "file", "x.ics", from, to, &error);
    g_assert_true (cut == NULL || cut->len <= 1);
    g_clear_error (&error);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  /* Berlin, not UTC: local midnight and UTC differ, as for most users. */
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rapport/ical/google", test_google);
  g_test_add_func ("/rapport/ical/cancel", test_cancel);
  g_test_add_func ("/rapport/ical/outlook-series", test_outlook_series);
  g_test_add_func ("/rapport/ical/apple-all-day", test_apple_all_day);
  g_test_add_func ("/rapport/ical/thunderbird-organizer-only", test_thunderbird_organizer_only);
  g_test_add_func ("/rapport/ical/window", test_window);
  g_test_add_func ("/rapport/ical/component", test_component);
  g_test_add_func ("/rapport/ical/bad-input", test_bad_input);
  g_test_add_func ("/rapport/ical/hostile", test_hostile);

  return g_test_run ();
}
