/* test-calendar-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The desktop's calendars in Rapport's window, end to end against a
 * private Evolution Data Server (tests/eds-run.sh): a meeting added in a
 * calendar appears under Coming up; prepared, it becomes a Rapport event
 * linked to it, which follows the calendar when the meeting moves and is
 * marked, not deleted, when the meeting is deleted there.
 */

#include "config.h"

#include "eds-test-util.h"
#include "rapport-calendar-feed.h"
#include "rapport-test-util.h"
#include "rapport-ui-test-util.h"

static char *
meeting (int         days,
         const char *location)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) start = g_date_time_add_days (now, days);
  g_autoptr(GDateTime) end = g_date_time_add_hours (start, 2);
  g_autofree char *start_text = g_date_time_format (start, "%Y%m%dT%H%M00Z");
  g_autofree char *end_text = g_date_time_format (end, "%Y%m%dT%H%M00Z");

  return g_strdup_printf ("BEGIN:VEVENT\r\nUID:mixer@example.org\r\nDTSTAMP:20260101T000000Z\r\n"
                          "SUMMARY:Design Week mixer\r\nLOCATION:%s\r\nDTSTART:%s\r\nDTEND:%s\r\n"
                          "ORGANIZER;CN=Ana Silva:mailto:ana@example.org\r\n"
                          "ATTENDEE;CN=Ana Silva:mailto:ana@example.org\r\n"
                          "ATTENDEE;CN=Ben Ng:mailto:ben@example.org\r\n"
                          "END:VEVENT\r\n",
                          location, start_text, end_text);
}

static gboolean
row_is_shown (gpointer window)
{
  return test_find_widget (window, ADW_TYPE_ACTION_ROW, "Design Week mixer") != NULL;
}

static gboolean
row_is_gone (gpointer window)
{
  return !row_is_shown (window);
}

typedef struct
{
  RapportStore *store;
  gint64 event_id;
  const char *place;
  RapportCalendarLinkState state;
} Linked;

static gboolean
link_is (gpointer data)
{
  Linked *linked = data;
  g_autoptr(RapportEvent) event = rapport_store_get_event (linked->store, linked->event_id, NULL);
  RapportCalendarLinkState state;

  return event != NULL &&
         rapport_store_get_calendar_link (linked->store, linked->event_id, &state, NULL) &&
         state == linked->state &&
         g_strcmp0 (rapport_event_get_place (event), linked->place) == 0;
}

static void
test_coming_up_and_follow (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportSourceList) sources = rapport_source_list_new (E_SOURCE_EXTENSION_CALENDAR);
  g_autoptr(RapportCalendarFeed) feed = rapport_calendar_feed_new (sources);
  g_autoptr(ESourceRegistry) registry = eds_test_registry ();
  g_autoptr(ESource) source = eds_test_add_local_calendar (registry, "Meetings");
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana Silva");
  g_autoptr(RapportEvent) prepared = NULL;
  g_autoptr(GArray) contact_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  g_autofree char *first = meeting (2, "Hall 2");
  g_autofree char *moved = meeting (3, "Hall 5");
  ECalClient *client = eds_test_open_calendar (source);
  RapportWindow *window = test_open_window (store, 1000, 700);
  RapportCalendarEvent *event;
  Linked linked = { store, 0, NULL, RAPPORT_CALENDAR_LINK_CURRENT };

  rapport_window_set_calendar_events (window, G_LIST_MODEL (feed));
  rapport_calendar_feed_set_enabled (feed, TRUE);

  /* Added in the calendar: under Coming up. */
  eds_test_add_event (client, first);
  test_wait_until (row_is_shown, window);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (feed)), ==, 1);

  /* Prepared (as the Prepare dialog does it), then moved in the calendar:
   * the Rapport event follows the place. */
  event = g_list_model_get_item (G_LIST_MODEL (feed), 0);
  g_array_append_val (contact_ids, *(gint64[]) { rapport_contact_get_id (ana) });
  prepared = rapport_store_prepare_calendar_event (store, event, contact_ids, &error);
  g_assert_no_error (error);
  g_object_unref (event);
  linked.event_id = rapport_event_get_id (prepared);
  linked.place = "Hall 2";
  g_assert_true (link_is (&linked));
  eds_test_modify_event (client, moved);
  linked.place = "Hall 5";
  test_wait_until (link_is, &linked);

  /* Deleted in the calendar: gone from Coming up, the Rapport event kept
   * and marked. */
  eds_test_remove_event (client, "mixer@example.org");
  test_wait_until (row_is_gone, window);
  linked.state = RAPPORT_CALENDAR_LINK_REMOVED;
  test_wait_until (link_is, &linked);

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (client);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/rapport/calendar-window/coming-up-and-follow", test_coming_up_and_follow);

  return g_test_run ();
}
