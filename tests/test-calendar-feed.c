/* test-calendar-feed.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The live list of calendar events, against a private Evolution Data
 * Server (tests/eds-run.sh) holding a local calendar filled through
 * libecal as GNOME Calendar fills it: one-off and recurring events (with
 * a moved and a removed occurrence), a time zone, attendees; events
 * added, moved and removed there appear, move and are announced; a
 * calendar switched off leaves quietly. Every items-changed is checked
 * against the count it had.
 */

#include "config.h"

#include "eds-test-util.h"
#include "rapport-calendar-feed.h"
#include "rapport-ui-test-util.h"

typedef struct
{
  guint n_items;
  GPtrArray *removed;
} Watch;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Watch      *watch)
{
  g_assert_cmpuint (position + removed, <=, watch->n_items);
  g_assert_cmpuint (watch->n_items - removed + added, ==, g_list_model_get_n_items (model));
  watch->n_items = g_list_model_get_n_items (model);
}

static void
event_removed_cb (RapportCalendarFeed  *feed,
                  RapportCalendarEvent *event,
                  Watch                *watch)
{
  /* Announced while still listed, so that it can be looked at. */
  g_assert_true (rapport_calendar_feed_lookup (feed, rapport_calendar_event_get_key (event)) == event);
  g_ptr_array_add (watch->removed, g_strdup (rapport_calendar_event_get_key (event)));
}

static void
assert_sorted (GListModel *model)
{
  for (guint i = 1; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RapportCalendarEvent) a = g_list_model_get_item (model, i - 1);
      g_autoptr(RapportCalendarEvent) b = g_list_model_get_item (model, i);

      g_assert_cmpint (rapport_calendar_event_compare (a, b), <, 0);
    }
}

/* An iCalendar UTC time, @days and @hours from today 00:00 UTC. */
static char *
utc (int days,
     int hours)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) today = g_date_time_new_utc (g_date_time_get_year (now), g_date_time_get_month (now),
                                                     g_date_time_get_day_of_month (now), 0, 0, 0);
  g_autoptr(GDateTime) time = g_date_time_add_full (today, 0, 0, days, hours, 0, 0);

  return g_date_time_format (time, "%Y%m%dT%H%M%SZ");
}

static GDateTime *
utc_date_time (int days,
               int hours)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) today = g_date_time_new_utc (g_date_time_get_year (now), g_date_time_get_month (now),
                                                     g_date_time_get_day_of_month (now), 0, 0, 0);

  return g_date_time_add_full (today, 0, 0, days, hours, 0, 0);
}

static char *
vevent (const char *uid,
        const char *summary,
        int         days,
        int         hours,
        const char *more)
{
  g_autofree char *start = utc (days, hours);
  g_autofree char *end = utc (days, hours + 1);

  return g_strdup_printf ("BEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:%s\r\n"
                          "DTSTART:%s\r\nDTEND:%s\r\n%sEND:VEVENT\r\n",
                          uid, summary, start, end, more != NULL ? more : "");
}

typedef struct
{
  RapportCalendarFeed *feed;
  const char *key;
} Lookup;

static gboolean
is_listed (gpointer data)
{
  Lookup *lookup = data;

  return !rapport_calendar_feed_get_loading (lookup->feed) &&
         rapport_calendar_feed_lookup (lookup->feed, lookup->key) != NULL;
}

static gboolean
is_not_listed (gpointer data)
{
  Lookup *lookup = data;

  return !rapport_calendar_feed_get_loading (lookup->feed) &&
         rapport_calendar_feed_lookup (lookup->feed, lookup->key) == NULL;
}

typedef struct
{
  RapportCalendarFeed *feed;
  const char *key;
  GDateTime *starts_at;
} Moved;

static gboolean
has_moved (gpointer data)
{
  Moved *moved = data;
  RapportCalendarEvent *event = rapport_calendar_feed_lookup (moved->feed, moved->key);

  return event != NULL && g_date_time_equal (rapport_calendar_event_get_starts_at (event), moved->starts_at);
}

static gboolean
is_empty (gpointer data)
{
  return g_list_model_get_n_items (data) == 0;
}

static char *
key_of (const char *calendar,
        const char *uid,
        const char *recurrence_id)
{
  g_autoptr(RapportCalendarEvent) event = rapport_calendar_event_new (calendar, "", uid, recurrence_id);

  return g_strdup (rapport_calendar_event_get_key (event));
}

static guint
count_uid (GListModel *model,
           const char *uid)
{
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RapportCalendarEvent) event = g_list_model_get_item (model, i);

      count += g_str_equal (rapport_calendar_event_get_uid (event), uid);
    }

  return count;
}

static RapportCalendarEvent *
find_uid (GListModel *model,
          const char *uid,
          guint       nth)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RapportCalendarEvent) event = g_list_model_get_item (model, i);

      if (g_str_equal (rapport_calendar_event_get_uid (event), uid) && nth-- == 0)
        return event;
    }

  return NULL;
}

static void
test_follows (void)
{
  g_autoptr(RapportSourceList) sources = rapport_source_list_new (E_SOURCE_EXTENSION_CALENDAR);
  g_autoptr(RapportCalendarFeed) feed = rapport_calendar_feed_new (sources);
  g_autoptr(ESourceRegistry) registry = eds_test_registry ();
  g_autoptr(ESource) source = eds_test_add_local_calendar (registry, "Meetings");
  ECalClient *client = eds_test_open_calendar (source);
  g_autoptr(GPtrArray) removed = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) expected = NULL;
  g_autofree char *mixer = NULL, *series = NULL, *exception = NULL, *exdate = NULL, *far = NULL;
  g_autofree char *zoned = NULL, *later = NULL, *moved = NULL;
  g_autofree char *mixer_key = NULL, *later_key = NULL, *zoned_key = NULL;
  g_autofree char *rid2 = NULL, *rid3 = NULL, *rid4 = NULL, *rid4_key = NULL;
  const char *calendar = e_source_get_uid (source);
  Watch watch = { 0, removed };
  Lookup lookup = { feed, NULL };
  RapportCalendarEvent *event;
  GPtrArray *attendees;

  g_signal_connect (feed, "items-changed", G_CALLBACK (items_changed_cb), &watch);
  g_signal_connect (feed, "event-removed", G_CALLBACK (event_removed_cb), &watch);

  /* A one-off meeting tomorrow, with people. */
  mixer = vevent ("mixer@example.org", "Design Week mixer", 1, 18,
                  "LOCATION:Hall 2\r\n"
                  "ORGANIZER;CN=Ana Silva:mailto:ana@example.org\r\n"
                  "ATTENDEE;CN=Ana Silva;PARTSTAT=ACCEPTED:mailto:ana@example.org\r\n"
                  "ATTENDEE;CN=Ben Ng;ROLE=OPT-PARTICIPANT:mailto:ben@example.org\r\n");
  eds_test_add_event (client, mixer);
  /* Weekly, four times from in two days: the second moved two hours
   * later, the third taken out. */
  rid2 = utc (9, 9);
  rid3 = utc (16, 9);
  rid4 = utc (23, 9);
  {
    g_autofree char *more = g_strdup_printf ("RRULE:FREQ=WEEKLY;COUNT=4\r\nEXDATE:%s\r\n", rid3);

    series = vevent ("standup@example.org", "Stand-up", 2, 9, more);
  }
  eds_test_add_event (client, series);
  {
    g_autofree char *more = g_strdup_printf ("RECURRENCE-ID:%s\r\n", rid2);

    exception = vevent ("standup@example.org", "Stand-up (moved)", 9, 11, more);
  }
  eds_test_modify_event_full (client, exception, E_CAL_OBJ_MOD_THIS);
  /* Outside the window: never listed. */
  far = vevent ("far@example.org", "Far ahead", 200, 9, NULL);
  eds_test_add_event (client, far);
  /* In New York's time zone, which EDS knows from libical. */
  e_cal_client_add_timezone_sync (client, i_cal_timezone_get_builtin_timezone ("America/New_York"), NULL, &error);
  g_assert_no_error (error);
  {
    g_autoptr(GDateTime) day = utc_date_time (5, 0);
    g_autofree char *date = g_date_time_format (day, "%Y%m%d");

    zoned = g_strdup_printf ("BEGIN:VEVENT\r\nUID:zoned@example.org\r\nDTSTAMP:20260101T000000Z\r\n"
                             "SUMMARY:Call with New York\r\n"
                             "DTSTART;TZID=America/New_York:%sT090000\r\n"
                             "DTEND;TZID=America/New_York:%sT100000\r\nEND:VEVENT\r\n",
                             date, date);
  }
  eds_test_add_event (client, zoned);

  /* Nothing is read before the user agrees. */
  g_assert_false (rapport_calendar_feed_get_enabled (feed));
  g_assert_cmpint (rapport_source_list_get_state (sources), ==, RAPPORT_SOURCE_LIST_IDLE);

  rapport_calendar_feed_set_enabled (feed, TRUE);
  mixer_key = key_of (calendar, "mixer@example.org", NULL);
  zoned_key = key_of (calendar, "zoned@example.org", NULL);
  lookup.key = zoned_key;
  test_wait_until (is_listed, &lookup);
  lookup.key = mixer_key;
  test_wait_until (is_listed, &lookup);
  assert_sorted (G_LIST_MODEL (feed));
  {
    g_auto(GStrv) complete = rapport_calendar_feed_dup_complete_sources (feed);

    g_assert_true (g_strv_contains ((const char * const *) complete, calendar));
    g_assert_cmpint (g_date_time_difference (rapport_calendar_feed_get_to (feed), rapport_calendar_feed_get_from (feed)) / G_TIME_SPAN_DAY,
                     >=, RAPPORT_CALENDAR_FEED_DAYS_BACK + RAPPORT_CALENDAR_FEED_DAYS_AHEAD - 1);
  }

  event = rapport_calendar_feed_lookup (feed, mixer_key);
  g_assert_cmpstr (rapport_calendar_event_get_summary (event), ==, "Design Week mixer");
  g_assert_cmpstr (rapport_calendar_event_get_location (event), ==, "Hall 2");
  g_assert_cmpstr (rapport_calendar_event_get_source_name (event), ==, "Meetings");
  g_assert_null (rapport_calendar_event_get_recurrence_id (event));
  expected = utc_date_time (1, 18);
  g_assert_true (g_date_time_equal (rapport_calendar_event_get_starts_at (event), expected));
  g_clear_pointer (&expected, g_date_time_unref);
  attendees = rapport_calendar_event_get_attendees (event);
  g_assert_cmpuint (attendees->len, ==, 2);
  g_assert_cmpstr (rapport_calendar_person_get_email (attendees->pdata[1]), ==, "ben@example.org");
  g_assert_cmpstr (rapport_calendar_person_get_name (attendees->pdata[1]), ==, "Ben Ng");
  g_assert_cmpstr (rapport_calendar_person_get_email (rapport_calendar_event_get_organizer (event)), ==,
                   "ana@example.org");

  /* Each occurrence on its own; the moved one moved, the removed one out. */
  g_assert_cmpuint (count_uid (G_LIST_MODEL (feed), "standup@example.org"), ==, 3);
  event = find_uid (G_LIST_MODEL (feed), "standup@example.org", 1);
  g_assert_cmpstr (rapport_calendar_event_get_summary (event), ==, "Stand-up (moved)");
  expected = utc_date_time (9, 11);
  g_assert_true (g_date_time_equal (rapport_calendar_event_get_starts_at (event), expected));
  g_clear_pointer (&expected, g_date_time_unref);
  g_assert_nonnull (rapport_calendar_event_get_recurrence_id (event));
  g_assert_cmpuint (count_uid (G_LIST_MODEL (feed), "far@example.org"), ==, 0);

  /* 09:00 in New York is 13:00 or 14:00 UTC, as the date falls. */
  event = rapport_calendar_feed_lookup (feed, zoned_key);
  {
    g_autoptr(GDateTime) start_utc = g_date_time_to_utc (rapport_calendar_event_get_starts_at (event));
    int hour = g_date_time_get_hour (start_utc);

    g_assert_true (hour == 13 || hour == 14);
  }

  /* Added in the calendar: appears. */
  later = vevent ("later@example.org", "Coffee with Carla", 3, 15,
                  "ATTENDEE;CN=Carla Ruiz:mailto:carla@example.org\r\n");
  eds_test_add_event (client, later);
  later_key = key_of (calendar, "later@example.org", NULL);
  lookup.key = later_key;
  test_wait_until (is_listed, &lookup);

  /* Moved a day: the same key, at its new time, nothing announced. */
  moved = vevent ("later@example.org", "Coffee with Carla", 4, 15,
                  "ATTENDEE;CN=Carla Ruiz:mailto:carla@example.org\r\n");
  eds_test_modify_event (client, moved);
  {
    g_autoptr(GDateTime) starts_at = utc_date_time (4, 15);
    Moved wait = { feed, later_key, starts_at };

    test_wait_until (has_moved, &wait);
  }
  assert_sorted (G_LIST_MODEL (feed));
  g_assert_cmpuint (removed->len, ==, 0);

  /* Deleted: announced, then gone. */
  eds_test_remove_event (client, "later@example.org");
  test_wait_until (is_not_listed, &lookup);
  g_assert_cmpuint (removed->len, ==, 1);
  g_assert_cmpstr (removed->pdata[0], ==, later_key);

  /* One occurrence deleted: that one alone. */
  {
    g_autoptr(GDateTime) rid4_time = utc_date_time (23, 9);
    RapportCalendarEvent *last = find_uid (G_LIST_MODEL (feed), "standup@example.org", 2);

    g_assert_true (g_date_time_equal (rapport_calendar_event_get_starts_at (last), rid4_time));
    rid4_key = g_strdup (rapport_calendar_event_get_key (last));
  }
  e_cal_client_remove_object_sync (client, "standup@example.org", rid4, E_CAL_OBJ_MOD_THIS,
                                   E_CAL_OPERATION_FLAG_NONE, NULL, &error);
  g_assert_no_error (error);
  lookup.key = rid4_key;
  test_wait_until (is_not_listed, &lookup);
  g_assert_cmpuint (count_uid (G_LIST_MODEL (feed), "standup@example.org"), ==, 2);
  g_assert_cmpuint (removed->len, ==, 2);
  g_assert_cmpstr (removed->pdata[1], ==, rid4_key);

  /* Switched off in Preferences: its events leave, without a word. */
  rapport_calendar_feed_set_hidden (feed, (const char *[]) { calendar, NULL });
  lookup.key = mixer_key;
  test_wait_until (is_not_listed, &lookup);
  g_assert_cmpuint (count_uid (G_LIST_MODEL (feed), "standup@example.org"), ==, 0);
  rapport_calendar_feed_set_hidden (feed, NULL);
  test_wait_until (is_listed, &lookup);
  g_assert_cmpuint (count_uid (G_LIST_MODEL (feed), "standup@example.org"), ==, 2);

  /* And all of them, when the user takes the agreement back. */
  rapport_calendar_feed_set_enabled (feed, FALSE);
  g_assert_true (is_empty (feed));
  g_assert_cmpuint (removed->len, ==, 2);

  /* A calendar removed from EDS leaves the same way. */
  rapport_calendar_feed_set_enabled (feed, TRUE);
  test_wait_until (is_listed, &lookup);
  eds_test_remove_source (source);
  test_wait_until (is_not_listed, &lookup);
  g_assert_cmpuint (removed->len, ==, 2);

  g_signal_handlers_disconnect_by_data (feed, &watch);
  g_object_unref (client);
}

static GDateTime *fake_now;

static GDateTime *
fake_clock (gpointer user_data)
{
  return g_date_time_ref (fake_now);
}

static char *
ical_time (GDateTime *time)
{
  g_autoptr(GDateTime) in_utc = g_date_time_to_utc (time);

  return g_date_time_format (in_utc, "%Y%m%dT%H%M%SZ");
}

/* The VEVENT of an hour from @hours after @base. */
static char *
vevent_at (const char *uid,
           GDateTime  *base,
           int         hours)
{
  g_autoptr(GDateTime) starts_at = g_date_time_add_hours (base, hours);
  g_autoptr(GDateTime) ends_at = g_date_time_add_hours (base, hours + 1);
  g_autofree char *start = ical_time (starts_at);
  g_autofree char *end = ical_time (ends_at);

  return g_strdup_printf ("BEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:%s\r\n"
                          "DTSTART:%s\r\nDTEND:%s\r\nEND:VEVENT\r\n",
                          uid, uid, start, end);
}

typedef struct
{
  RapportCalendarFeed *feed;
  const char *listed;
  const char *gone;
} Slid;

static gboolean
has_slid (gpointer data)
{
  Slid *slid = data;

  return !rapport_calendar_feed_get_loading (slid->feed) &&
         rapport_calendar_feed_lookup (slid->feed, slid->listed) != NULL &&
         rapport_calendar_feed_lookup (slid->feed, slid->gone) == NULL;
}

/* The window slides at local midnight, by a timeout, without a day's
 * wait: the clock is the test's. What left the window goes, what came
 * into it comes, and an event in both stays the same object. */
static void
test_slides_at_midnight (void)
{
  g_autoptr(RapportSourceList) sources = rapport_source_list_new (E_SOURCE_EXTENSION_CALENDAR);
  g_autoptr(RapportCalendarFeed) feed = rapport_calendar_feed_new (sources);
  g_autoptr(ESourceRegistry) registry = eds_test_registry ();
  g_autoptr(ESource) source = eds_test_add_local_calendar (registry, "Window");
  ECalClient *client = eds_test_open_calendar (source);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) today = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                                       g_date_time_get_day_of_month (now), 0, 0, 0);
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (today, 1);
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autofree char *first = NULL, *inside = NULL, *next = NULL;
  g_autofree char *first_key = NULL, *inside_key = NULL, *next_key = NULL;
  g_autoptr(GDateTime) expected_from = NULL;
  const char *calendar = e_source_get_uid (source);
  Watch watch = { 0, g_ptr_array_new_with_free_func (g_free) };
  Slid slid = { feed, NULL, NULL };
  RapportCalendarEvent *kept;

  g_signal_connect (feed, "items-changed", G_CALLBACK (items_changed_cb), &watch);
  g_signal_connect (feed, "event-removed", G_CALLBACK (event_removed_cb), &watch);

  /* A moment before midnight. */
  fake_now = g_date_time_add_seconds (tomorrow, -0.3);
  rapport_calendar_feed_set_clock (feed, fake_clock, NULL);
  from = g_date_time_ref (rapport_calendar_feed_get_from (feed));
  to = g_date_time_ref (rapport_calendar_feed_get_to (feed));
  expected_from = g_date_time_add_days (today, -RAPPORT_CALENDAR_FEED_DAYS_BACK);
  g_assert_true (g_date_time_equal (from, expected_from));

  /* On the window's first day, in it, and on the day after its last. */
  first = vevent_at ("first@example.org", from, 10);
  inside = vevent_at ("inside@example.org", to, -14);
  next = vevent_at ("next@example.org", to, 10);
  eds_test_add_event (client, first);
  eds_test_add_event (client, inside);
  eds_test_add_event (client, next);
  first_key = key_of (calendar, "first@example.org", NULL);
  inside_key = key_of (calendar, "inside@example.org", NULL);
  next_key = key_of (calendar, "next@example.org", NULL);

  rapport_calendar_feed_set_enabled (feed, TRUE);
  slid.listed = first_key;
  slid.gone = next_key;
  test_wait_until (has_slid, &slid);
  kept = rapport_calendar_feed_lookup (feed, inside_key);
  g_assert_nonnull (kept);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (feed)), ==, 2);

  /* Midnight: the timeout set for it finds the new day. */
  g_clear_pointer (&fake_now, g_date_time_unref);
  fake_now = g_date_time_add_seconds (tomorrow, 0.3);
  slid.listed = next_key;
  slid.gone = first_key;
  test_wait_until (has_slid, &slid);
  g_clear_pointer (&expected_from, g_date_time_unref);
  expected_from = g_date_time_add_days (from, 1);
  g_assert_true (g_date_time_equal (rapport_calendar_feed_get_from (feed), expected_from));
  g_assert_true (rapport_calendar_feed_lookup (feed, inside_key) == kept);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (feed)), ==, 2);
  /* Left the window: not deleted from the calendar. */
  g_assert_cmpuint (watch.removed->len, ==, 0);

  g_signal_handlers_disconnect_by_data (feed, &watch);
  g_ptr_array_unref (watch.removed);
  g_clear_pointer (&fake_now, g_date_time_unref);
  g_object_unref (client);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rapport/calendar-feed/follows", test_follows);
  g_test_add_func ("/rapport/calendar-feed/slides-at-midnight", test_slides_at_midnight);

  return g_test_run ();
}
