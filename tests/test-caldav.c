/* test-caldav.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * End to end through an online-style calendar: a CalDAV calendar served by
 * Radicale on 127.0.0.1 (tests/eds-run.sh --radicale), configured in the
 * private EDS as a CalDAV source, the way a calendar of an online account
 * reaches EDS. Events put on the server with an HTTP PUT, before and after
 * Rapport looks, reach the feed; Rapport itself never talks to the server.
 */

#include "config.h"

#include "eds-test-util.h"
#include "rapport-calendar-feed.h"
#include "rapport-ui-test-util.h"

/* An HTTP PUT of @body to @url, as another CalDAV client would write an
 * event on the server; fails the test unless the server made it. */
static void
http_put (const char *url,
          const char *body)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, &error);
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GSocketConnection) connection = NULL;
  g_autoptr(GDataInputStream) input = NULL;
  g_autofree char *request = NULL;
  g_autofree char *status = NULL;

  g_assert_no_error (error);
  connection = g_socket_client_connect_to_host (client, g_uri_get_host (uri), g_uri_get_port (uri), NULL, &error);
  g_assert_no_error (error);
  request = g_strdup_printf ("PUT %s HTTP/1.1\r\nHost: %s:%d\r\nContent-Type: text/calendar; charset=utf-8\r\n"
                             "Content-Length: %zu\r\nConnection: close\r\n\r\n%s",
                             g_uri_get_path (uri), g_uri_get_host (uri), g_uri_get_port (uri), strlen (body), body);
  g_output_stream_write_all (g_io_stream_get_output_stream (G_IO_STREAM (connection)),
                             request, strlen (request), NULL, NULL, &error);
  g_assert_no_error (error);
  input = g_data_input_stream_new (g_io_stream_get_input_stream (G_IO_STREAM (connection)));
  status = g_data_input_stream_read_line (input, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (status, "HTTP/1.1 201") || g_str_has_prefix (status, "HTTP/1.0 201"));
}

static char *
invitation (const char *uid,
            const char *summary,
            int         days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) start = g_date_time_add_days (now, days);
  g_autoptr(GDateTime) end = g_date_time_add_hours (start, 1);
  g_autofree char *start_text = g_date_time_format (start, "%Y%m%dT%H%M00Z");
  g_autofree char *end_text = g_date_time_format (end, "%Y%m%dT%H%M00Z");

  return g_strdup_printf ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Rapport tests//EN\r\n"
                          "BEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:%s\r\n"
                          "DTSTART:%s\r\nDTEND:%s\r\n"
                          "ORGANIZER;CN=Ana Silva:mailto:ana@example.org\r\n"
                          "ATTENDEE;CN=Ben Ng;PARTSTAT=NEEDS-ACTION:mailto:ben@example.org\r\n"
                          "END:VEVENT\r\nEND:VCALENDAR\r\n",
                          uid, summary, start_text, end_text);
}

/* A CalDAV calendar on the server, as EDS keeps one. */
static ESource *
add_caldav_calendar (ESourceRegistry *registry,
                     const char      *url)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ESource) source = e_source_new (NULL, NULL, &error);
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, &error);
  ESourceBackend *calendar;
  ESourceAuthentication *authentication;

  g_assert_no_error (error);
  e_source_set_display_name (source, "Team");
  calendar = e_source_get_extension (source, E_SOURCE_EXTENSION_CALENDAR);
  e_source_backend_set_backend_name (calendar, "caldav");
  e_source_webdav_set_uri (e_source_get_extension (source, E_SOURCE_EXTENSION_WEBDAV_BACKEND), uri);
  authentication = e_source_get_extension (source, E_SOURCE_EXTENSION_AUTHENTICATION);
  e_source_authentication_set_host (authentication, g_uri_get_host (uri));
  e_source_authentication_set_port (authentication, g_uri_get_port (uri));
  e_source_authentication_set_method (authentication, "none");
  e_source_registry_commit_source_sync (registry, source, NULL, &error);
  g_assert_no_error (error);

  return eds_test_wait_for_source (registry, e_source_get_uid (source));
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

  return rapport_calendar_feed_lookup (lookup->feed, lookup->key) != NULL;
}

static char *
key_of (const char *calendar,
        const char *uid)
{
  g_autoptr(RapportCalendarEvent) event = rapport_calendar_event_new (calendar, "", uid, NULL);

  return g_strdup (rapport_calendar_event_get_key (event));
}

static void
test_put_reaches_feed (void)
{
  const char *url = g_getenv ("RAPPORT_TEST_RADICALE_CALENDAR");
  g_autoptr(RapportSourceList) sources = rapport_source_list_new (E_SOURCE_EXTENSION_CALENDAR);
  g_autoptr(RapportCalendarFeed) feed = rapport_calendar_feed_new (sources);
  g_autoptr(ESourceRegistry) registry = NULL;
  g_autoptr(ESource) source = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL, *second = NULL, *first_url = NULL, *second_url = NULL;
  g_autofree char *first_key = NULL, *second_key = NULL;
  Lookup lookup = { feed, NULL };
  ECalClient *client;
  RapportCalendarEvent *event;

  if (url == NULL)
    {
      g_test_skip ("needs tests/eds-run.sh --radicale");
      return;
    }

  /* One invitation on the server before Rapport looks. */
  first = invitation ("kickoff@example.org", "Project kick-off", 2);
  first_url = g_strconcat (url, "kickoff.ics", NULL);
  http_put (first_url, first);

  registry = eds_test_registry ();
  source = add_caldav_calendar (registry, url);
  rapport_calendar_feed_set_enabled (feed, TRUE);
  first_key = key_of (e_source_get_uid (source), "kickoff@example.org");
  lookup.key = first_key;
  test_wait_until (is_listed, &lookup);
  event = rapport_calendar_feed_lookup (feed, first_key);
  g_assert_cmpstr (rapport_calendar_event_get_summary (event), ==, "Project kick-off");
  g_assert_cmpstr (rapport_calendar_event_get_source_name (event), ==, "Team");
  g_assert_cmpuint (rapport_calendar_event_get_attendees (event)->len, ==, 1);

  /* One put there afterwards: EDS finds it when it next looks at the
   * server (here at once, as when the user refreshes), and the feed's
   * view brings it in. */
  second = invitation ("review@example.org", "Design review", 5);
  second_url = g_strconcat (url, "review.ics", NULL);
  http_put (second_url, second);
  client = eds_test_open_calendar (source);
  e_client_refresh_sync (E_CLIENT (client), NULL, &error);
  g_assert_no_error (error);
  second_key = key_of (e_source_get_uid (source), "review@example.org");
  lookup.key = second_key;
  test_wait_until (is_listed, &lookup);
  event = rapport_calendar_feed_lookup (feed, lookup.key);
  g_assert_cmpstr (rapport_calendar_event_get_summary (event), ==, "Design review");
  g_assert_cmpstr (rapport_calendar_person_get_name (rapport_calendar_event_get_organizer (event)), ==, "Ana Silva");

  g_object_unref (client);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rapport/caldav/put-reaches-feed", test_put_reaches_feed);

  return g_test_run ();
}
