/* test-calendar-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Calendar events in a real store: attendees matched to people by address
 * (names that disagree, or a name alone, only suggest); an event prepared
 * from one follows the calendar's time, place and people without losing
 * the user's notes and goals, and is marked, never deleted, when cancelled
 * or removed; the after-meeting prompt asks once.
 */

#include "config.h"

#include <locale.h>

#include "rapport-contact-field.h"
#include "rapport-test-util.h"

static RapportContact *
add_person_with_email (RapportStore *store,
                       const char   *name,
                       const char   *email)
{
  RapportContact *contact = test_make_person (name);

  test_add_field (contact, RAPPORT_FIELD_EMAIL, "work", email);
  return test_save_person (store, contact);
}

static RapportCalendarPerson *
attendee (const char *email,
          const char *name)
{
  return rapport_calendar_person_new (email, name, RAPPORT_CALENDAR_ROLE_REQUIRED,
                                      RAPPORT_CALENDAR_REPLY_ACCEPTED);
}

static RapportCalendarEvent *
make_event (const char *uid,
            GDateTime  *starts_at,
            const char *location)
{
  RapportCalendarEvent *event = rapport_calendar_event_new ("cal-1", "Work", uid, NULL);
  g_autoptr(GDateTime) ends_at = g_date_time_add_hours (starts_at, 2);

  rapport_calendar_event_set_summary (event, "Design Week mixer");
  rapport_calendar_event_set_location (event, location);
  rapport_calendar_event_set_starts_at (event, starts_at);
  rapport_calendar_event_set_ends_at (event, ends_at);
  return event;
}

static void
test_match (TestDir       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportStore) store = rapport_store_open (fixture->path, &error);
  g_autoptr(RapportContact) ana = NULL;
  g_autoptr(RapportContact) ana_twin = NULL;
  g_autoptr(RapportContact) shared = NULL;
  g_autoptr(RapportContact) namesake = NULL;
  static const struct
  {
    const char *email;
    const char *name;
    int match;          /* 0 none, 1 Ana */
    int suggests_ana;
    int suggests_namesake;
  } cases[] = {
    { "ana.silva@example.org", "Ana Silva", 1, 0, 0 },
    /* Case and mailto: do not matter; a middle name agrees. */
    { " ANA.Silva@Example.org", "Ana M. Silva", 1, 0, 0 },
    /* The address alone (no name) is enough. */
    { "ana.silva@example.org", "", 1, 0, 0 },
    /* Someone else writing from Ana's address: only a suggestion. */
    { "ana.silva@example.org", "Bruno Costa", 0, 1, 0 },
    /* A name alone: suggestions, both namesakes. */
    { "", "Ana Silva", 0, 1, 1 },
    { "someone@else.example", "Ana Silva", 0, 1, 1 },
    { "someone@else.example", "Zoe Quist", 0, 0, 0 },
  };

  g_assert_no_error (error);
  ana = add_person_with_email (store, "Ana Silva", "ana.silva@example.org");
  namesake = test_add_person (store, "Ana Silva");
  shared = add_person_with_email (store, "Reception", "info@example.com");
  ana_twin = add_person_with_email (store, "Carla Info", "info@example.com");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(RapportCalendarPerson) person = attendee (cases[i].email, cases[i].name);
      g_autoptr(GArray) suggestions = NULL;
      gboolean has_ana = FALSE;
      gboolean has_namesake = FALSE;
      gint64 id;

      g_test_message ("case %u", i);
      id = rapport_store_match_calendar_person (store, person, &suggestions, &error);
      g_assert_no_error (error);
      g_assert_cmpint (id, ==, cases[i].match ? rapport_contact_get_id (ana) : 0);
      for (guint j = 0; j < suggestions->len; j++)
        {
          has_ana |= g_array_index (suggestions, gint64, j) == rapport_contact_get_id (ana);
          has_namesake |= g_array_index (suggestions, gint64, j) == rapport_contact_get_id (namesake);
        }
      g_assert_cmpint (has_ana, ==, cases[i].suggests_ana);
      g_assert_cmpint (has_namesake, ==, cases[i].suggests_namesake);
    }

  /* A shared address without a name: two people have it, so no one. */
  {
    g_autoptr(RapportCalendarPerson) info = attendee ("info@example.com", "");
    g_autoptr(GArray) suggestions = NULL;

    g_assert_cmpint (rapport_store_match_calendar_person (store, info, &suggestions, &error), ==, 0);
    g_assert_no_error (error);
    g_assert_cmpuint (suggestions->len, ==, 2);
  }
}

static gint64
attendee_id (GPtrArray *attendees,
             guint      i)
{
  return rapport_attendee_get_contact_id (g_ptr_array_index (attendees, i));
}

static void
test_prepare_and_follow (TestDir       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportStore) store = rapport_store_open (fixture->path, &error);
  g_autoptr(RapportContact) ana = NULL;
  g_autoptr(RapportContact) ben = NULL;
  g_autoptr(RapportContact) chloe = NULL;
  g_autoptr(GDateTime) starts_at = g_date_time_new_utc (2026, 4, 15, 17, 30, 0);
  g_autoptr(GDateTime) moved_to = g_date_time_new_utc (2026, 4, 16, 18, 0, 0);
  g_autoptr(GDateTime) from = g_date_time_new_utc (2026, 3, 1, 0, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_new_utc (2026, 6, 1, 0, 0, 0);
  g_autoptr(RapportCalendarEvent) calendar_event = NULL;
  g_autoptr(RapportCalendarEvent) moved = NULL;
  g_autoptr(RapportCalendarPerson) ana_invited = attendee ("ana.silva@example.org", "Ana Silva");
  g_autoptr(RapportCalendarPerson) ben_invited = attendee ("ben@example.com", "Ben Ng");
  g_autoptr(RapportCalendarPerson) chloe_invited = attendee ("chloe@example.net", "");
  g_autoptr(RapportEvent) event = NULL;
  g_autoptr(RapportEvent) again = NULL;
  g_autoptr(RapportEvent) reread = NULL;
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(GPtrArray) feed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  const char *sources[] = { "cal-1", NULL };
  RapportCalendarLinkState state = RAPPORT_CALENDAR_LINK_REMOVED;
  g_autofree char *source_name = NULL;
  gint64 id;

  g_assert_no_error (error);
  ana = add_person_with_email (store, "Ana Silva", "ana.silva@example.org");
  ben = add_person_with_email (store, "Ben Ng", "ben@example.com");
  chloe = add_person_with_email (store, "Chloé Dupont", "chloe@example.net");

  calendar_event = make_event ("mixer@example.org", starts_at, "Fábrica, Lisboa");
  rapport_calendar_event_add_attendee (calendar_event, ana_invited);
  rapport_calendar_event_add_attendee (calendar_event, ben_invited);

  id = rapport_contact_get_id (ana);
  g_array_append_val (ids, id);
  id = rapport_contact_get_id (ben);
  g_array_append_val (ids, id);
  event = rapport_store_prepare_calendar_event (store, calendar_event, ids, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rapport_event_get_name (event), ==, "Design Week mixer");
  g_assert_cmpstr (rapport_event_get_place (event), ==, "Fábrica, Lisboa");
  g_assert_true (g_date_time_equal (rapport_event_get_starts_at (event), starts_at));
  g_assert_cmpint (rapport_store_find_calendar_event (store, rapport_calendar_event_get_key (calendar_event), NULL),
                   ==, rapport_event_get_id (event));
  g_assert_true (rapport_store_get_calendar_link (store, rapport_event_get_id (event), &state, &source_name));
  g_assert_cmpint (state, ==, RAPPORT_CALENDAR_LINK_CURRENT);
  g_assert_cmpstr (source_name, ==, "Work");

  /* Preparing it again finds the same event. */
  again = rapport_store_prepare_calendar_event (store, calendar_event, ids, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rapport_event_get_id (again), ==, rapport_event_get_id (event));

  /* The user's notes and a goal for Ana. */
  rapport_event_set_notes (event, "Bring the prototype");
  g_assert_true (rapport_store_save_event (store, event, &error));
  g_assert_true (rapport_store_set_attendee (store, rapport_event_get_id (event), rapport_contact_get_id (ana),
                                             "Ask about the studio", &error));
  g_assert_no_error (error);

  /* The calendar moves it, takes Ana and Ben off and invites Chloé. */
  moved = make_event ("mixer@example.org", moved_to, "Lx Factory");
  rapport_calendar_event_add_attendee (moved, chloe_invited);
  g_ptr_array_add (feed, g_object_ref (moved));
  g_assert_true (rapport_store_follow_calendar (store, feed, sources, from, to, &error));
  g_assert_no_error (error);

  reread = rapport_store_get_event (store, rapport_event_get_id (event), &error);
  g_assert_no_error (error);
  g_assert_true (g_date_time_equal (rapport_event_get_starts_at (reread), moved_to));
  g_assert_cmpstr (rapport_event_get_place (reread), ==, "Lx Factory");
  g_assert_cmpstr (rapport_event_get_notes (reread), ==, "Bring the prototype");
  attendees = rapport_store_list_attendees (store, rapport_event_get_id (event), &error);
  g_assert_no_error (error);
  /* Ana stays (her goal is the user's), Ben goes, Chloé comes. */
  g_assert_cmpuint (attendees->len, ==, 2);
  g_assert_cmpint (attendee_id (attendees, 0), ==, rapport_contact_get_id (ana));
  g_assert_cmpstr (rapport_attendee_get_goal (g_ptr_array_index (attendees, 0)), ==, "Ask about the studio");
  g_assert_cmpint (attendee_id (attendees, 1), ==, rapport_contact_get_id (chloe));

  /* The user changes the place in Rapport; the calendar, unchanged, does
   * not undo it. */
  rapport_event_set_place (reread, "Upstairs at Lx Factory");
  g_assert_true (rapport_store_save_event (store, reread, &error));
  g_assert_true (rapport_store_follow_calendar (store, feed, sources, from, to, &error));
  g_clear_object (&reread);
  reread = rapport_store_get_event (store, rapport_event_get_id (event), &error);
  g_assert_cmpstr (rapport_event_get_place (reread), ==, "Upstairs at Lx Factory");

  /* Cancelled in the calendar: marked. */
  rapport_calendar_event_set_status (moved, RAPPORT_CALENDAR_STATUS_CANCELLED);
  g_assert_true (rapport_store_follow_calendar (store, feed, sources, from, to, &error));
  g_assert_no_error (error);
  g_assert_true (rapport_store_get_calendar_link (store, rapport_event_get_id (event), &state, NULL));
  g_assert_cmpint (state, ==, RAPPORT_CALENDAR_LINK_CANCELLED);

  /* Another calendar's list says nothing of it; its own, without it,
   * says it was removed. The event stays, with its notes. */
  g_ptr_array_set_size (feed, 0);
  {
    const char *other[] = { "cal-2", NULL };

    g_assert_true (rapport_store_follow_calendar (store, feed, other, from, to, &error));
    g_assert_true (rapport_store_get_calendar_link (store, rapport_event_get_id (event), &state, NULL));
    g_assert_cmpint (state, ==, RAPPORT_CALENDAR_LINK_CANCELLED);
  }
  g_assert_true (rapport_store_follow_calendar (store, feed, sources, from, to, &error));
  g_assert_no_error (error);
  g_assert_true (rapport_store_get_calendar_link (store, rapport_event_get_id (event), &state, NULL));
  g_assert_cmpint (state, ==, RAPPORT_CALENDAR_LINK_REMOVED);
  g_clear_object (&reread);
  reread = rapport_store_get_event (store, rapport_event_get_id (event), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rapport_event_get_notes (reread), ==, "Bring the prototype");
}

static RapportCalendarEvent *
add_meeting (GPtrArray  *feed,
             const char *uid,
             GDateTime  *starts_at)
{
  RapportCalendarEvent *event = make_event (uid, starts_at, "");

  g_ptr_array_add (feed, event);
  return event;
}

static void
invite (RapportCalendarEvent *event,
        const char           *email,
        const char           *name,
        RapportCalendarReply  reply)
{
  g_autoptr(RapportCalendarPerson) person =
    rapport_calendar_person_new (email, name, RAPPORT_CALENDAR_ROLE_REQUIRED, reply);

  rapport_calendar_event_add_attendee (event, person);
}

static void
test_meeting_prompts (TestDir       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportStore) store = rapport_store_open (fixture->path, &error);
  g_autoptr(RapportContact) ana = NULL;
  g_autoptr(RapportContact) ben = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 4, 16, 12, 0, 0);
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  g_autoptr(GDateTime) two_days_ago = g_date_time_add_days (now, -2);
  g_autoptr(GDateTime) last_month = g_date_time_add_days (now, -30);
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autoptr(GPtrArray) feed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) prompts = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *text = NULL;
  RapportMeetingPrompt *prompt;
  RapportCalendarEvent *event;
  const char *key;

  g_assert_no_error (error);
  ana = add_person_with_email (store, "Ana Silva", "ana.silva@example.org");
  ben = add_person_with_email (store, "Ben Ng", "ben@example.com");

  /* Yesterday: Ana, Ben and a stranger. */
  event = add_meeting (feed, "mixer", yesterday);
  invite (event, "ana.silva@example.org", "Ana Silva", RAPPORT_CALENDAR_REPLY_ACCEPTED);
  invite (event, "ben@example.com", "Ben Ng", RAPPORT_CALENDAR_REPLY_NEEDS_ACTION);
  invite (event, "stranger@example.com", "Stranger", RAPPORT_CALENDAR_REPLY_ACCEPTED);
  /* Two days ago: Ben, who declined, and Ana. */
  event = add_meeting (feed, "lunch", two_days_ago);
  rapport_calendar_event_set_summary (event, "Lunch");
  invite (event, "ben@example.com", "Ben Ng", RAPPORT_CALENDAR_REPLY_DECLINED);
  invite (event, "ana.silva@example.org", "", RAPPORT_CALENDAR_REPLY_ACCEPTED);
  /* Not asked: only strangers; cancelled; a month ago; tomorrow. */
  event = add_meeting (feed, "strangers", yesterday);
  invite (event, "stranger@example.com", "Stranger", RAPPORT_CALENDAR_REPLY_ACCEPTED);
  event = add_meeting (feed, "cancelled", yesterday);
  invite (event, "ana.silva@example.org", "Ana Silva", RAPPORT_CALENDAR_REPLY_ACCEPTED);
  rapport_calendar_event_set_status (event, RAPPORT_CALENDAR_STATUS_CANCELLED);
  event = add_meeting (feed, "old", last_month);
  invite (event, "ana.silva@example.org", "Ana Silva", RAPPORT_CALENDAR_REPLY_ACCEPTED);
  event = add_meeting (feed, "future", tomorrow);
  invite (event, "ana.silva@example.org", "Ana Silva", RAPPORT_CALENDAR_REPLY_ACCEPTED);

  prompts = rapport_store_list_meeting_prompts (store, feed, now, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (prompts->len, ==, 2);

  prompt = g_ptr_array_index (prompts, 0);
  text = rapport_meeting_prompt_dup_text (prompt);
  g_assert_cmpstr (text, ==, "You met Ana Silva and Ben Ng at Design Week mixer — log it?");
  g_assert_cmpuint (rapport_meeting_prompt_get_contact_ids (prompt)->len, ==, 2);
  g_clear_pointer (&text, g_free);

  prompt = g_ptr_array_index (prompts, 1);
  text = rapport_meeting_prompt_dup_text (prompt);
  g_assert_cmpstr (text, ==, "You met Ana Silva at Lunch — log it?");

  /* "Not this one", for good: also in a store opened again. */
  key = rapport_calendar_event_get_key (rapport_meeting_prompt_get_event (prompt));
  g_assert_true (rapport_store_answer_meeting_prompt (store, key, FALSE, &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  store = rapport_store_open (fixture->path, &error);
  g_assert_no_error (error);
  after = rapport_store_list_meeting_prompts (store, feed, now, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->len, ==, 1);
  g_assert_true (rapport_meeting_prompt_get_event (g_ptr_array_index (after, 0)) ==
                 rapport_meeting_prompt_get_event (g_ptr_array_index (prompts, 0)));
}

/* A calendar event that names nobody, marked: the mark holds for that
 * occurrence alone (not the series' others, not another calendar's
 * event with the same UID), in a store opened again, until taken away;
 * once prepared, the people added in Rapport make it asked about. */
static void
test_marks (TestDir       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportStore) store = rapport_store_open (fixture->path, &error);
  g_autoptr(RapportContact) ana = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 4, 16, 12, 0, 0);
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  g_autoptr(GDateTime) next_week = g_date_time_add_days (yesterday, 7);
  g_autoptr(RapportCalendarEvent) talk = make_event ("talk", yesterday, "Hall B");
  g_autoptr(RapportCalendarEvent) weekly = rapport_calendar_event_new ("cal-1", "Work", "standup", "20260415T120000Z");
  g_autoptr(RapportCalendarEvent) weekly_next = rapport_calendar_event_new ("cal-1", "Work", "standup", "20260422T120000Z");
  g_autoptr(RapportCalendarEvent) elsewhere = rapport_calendar_event_new ("cal-2", "Home", "talk", NULL);
  g_autoptr(GPtrArray) feed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) prompts = NULL;
  g_autoptr(RapportEvent) event = NULL;
  g_autoptr(GArray) nobody = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  ana = add_person_with_email (store, "Ana Silva", "ana.silva@example.org");
  rapport_calendar_event_set_starts_at (weekly, yesterday);
  rapport_calendar_event_set_starts_at (weekly_next, next_week);

  g_assert_false (rapport_store_is_calendar_event_marked (store, talk, &error));
  g_assert_no_error (error);
  g_assert_true (rapport_store_set_calendar_event_marked (store, talk, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (rapport_store_set_calendar_event_marked (store, weekly, TRUE, &error));
  g_assert_no_error (error);
  /* Twice is the same as once. */
  g_assert_true (rapport_store_set_calendar_event_marked (store, weekly, TRUE, &error));
  g_assert_no_error (error);

  g_clear_object (&store);
  store = rapport_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (rapport_store_is_calendar_event_marked (store, talk, &error));
  g_assert_true (rapport_store_is_calendar_event_marked (store, weekly, &error));
  g_assert_false (rapport_store_is_calendar_event_marked (store, weekly_next, &error));
  g_assert_false (rapport_store_is_calendar_event_marked (store, elsewhere, &error));
  g_assert_no_error (error);
  g_assert_cmpint (test_raw_int (fixture->path, "SELECT count(*) FROM calendar_mark"), ==, 2);

  g_assert_true (rapport_store_set_calendar_event_marked (store, weekly, FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (rapport_store_is_calendar_event_marked (store, weekly, &error));
  g_assert_true (rapport_store_is_calendar_event_marked (store, talk, &error));
  g_assert_no_error (error);

  /* Over, it names nobody: nothing to ask. Prepared, with Ana added in
   * Rapport: asked about, with her. */
  g_ptr_array_add (feed, g_object_ref (talk));
  prompts = rapport_store_list_meeting_prompts (store, feed, now, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (prompts->len, ==, 0);
  g_clear_pointer (&prompts, g_ptr_array_unref);

  event = rapport_store_prepare_calendar_event (store, talk, nobody, &error);
  g_assert_no_error (error);
  g_assert_true (rapport_store_set_attendee (store, rapport_event_get_id (event), rapport_contact_get_id (ana), "",
                                             &error));
  g_assert_no_error (error);
  prompts = rapport_store_list_meeting_prompts (store, feed, now, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (prompts->len, ==, 1);
  text = rapport_meeting_prompt_dup_text (g_ptr_array_index (prompts, 0));
  g_assert_cmpstr (text, ==, "You met Ana Silva at Design Week mixer — log it?");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add ("/rapport/calendar-store/" name, TestDir, NULL, test_dir_setup, func, test_dir_teardown)
  ADD ("match", test_match);
  ADD ("prepare-and-follow", test_prepare_and_follow);
  ADD ("meeting-prompts", test_meeting_prompts);
  ADD ("marks", test_marks);
#undef ADD

  return g_test_run ();
}
