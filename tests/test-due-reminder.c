/* test-due-reminder.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The daily reminder of people to get back to: off until switched on, once
 * a day, only when someone is due, and naming them.
 */

#include "config.h"

#include <locale.h>

#include "rapport-contact-field.h"
#include "rapport-due-reminder.h"
#include "rapport-test-util.h"

static void
test_once_a_day (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(RapportDueReminder) reminder = rapport_due_reminder_new (store, settings);
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana Silva");
  g_autoptr(RapportContact) ben = test_add_person (store, "Ben Ng");
  g_autoptr(RapportContact) cy = test_add_person (store, "Cy Obi");
  g_autoptr(RapportInteraction) call = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;

  g_settings_reset (settings, "remind-due");
  g_settings_reset (settings, "last-due-reminder");

  /* Ana is due (a monthly catch-up, last one 40 days ago). */
  rapport_contact_set_cadence_days (ana, 30);
  g_assert_true (rapport_store_save_contact (store, ana, &error));
  g_assert_no_error (error);
  call = test_add_interaction (store, RAPPORT_INTERACTION_CALL, test_days_from_today (-40), "Call",
                               IDS (rapport_contact_get_id (ana)));

  /* Off by default: nothing, whoever is due. */
  g_assert_false (g_settings_get_boolean (settings, "remind-due"));
  g_assert_false (rapport_due_reminder_take (reminder, test_days_from_today (0), NULL, NULL));

  /* On, with three people due: one notification naming two and counting
   * the rest. */
  rapport_contact_set_cadence_days (ben, 1);
  rapport_contact_set_cadence_days (cy, 1);
  g_assert_true (rapport_store_save_contact (store, ben, &error));
  g_assert_true (rapport_store_save_contact (store, cy, &error));
  g_settings_set_boolean (settings, "remind-due", TRUE);
  g_assert_true (rapport_due_reminder_take (reminder, test_days_from_today (2), &title, &body));
  g_assert_cmpstr (title, ==, "3 people to get back to");
  g_assert_cmpstr (body, ==, "Ana Silva, Ben Ng and 1 more");
  g_clear_pointer (&title, g_free);
  g_clear_pointer (&body, g_free);

  /* Once that day, even after a restart (the day is in the settings)... */
  g_assert_false (rapport_due_reminder_take (reminder, test_days_from_today (2), NULL, NULL));
  {
    g_autoptr(RapportDueReminder) again = rapport_due_reminder_new (store, settings);

    g_assert_false (rapport_due_reminder_take (again, test_days_from_today (2), NULL, NULL));
  }

  /* ...and again the next day. */
  g_assert_true (rapport_due_reminder_take (reminder, test_days_from_today (3), NULL, NULL));

  /* Nobody due, no reminder: Ana alone, then snoozed past the day. */
  rapport_contact_set_cadence_days (ben, 0);
  rapport_contact_set_cadence_days (cy, 0);
  g_assert_true (rapport_store_save_contact (store, ben, &error));
  g_assert_true (rapport_store_save_contact (store, cy, &error));
  g_assert_true (rapport_store_snooze_contact (store, rapport_contact_get_id (ana), test_days_from_today (10), &error));
  g_assert_no_error (error);
  g_assert_false (rapport_due_reminder_take (reminder, test_days_from_today (4), NULL, NULL));

  /* The snooze over, one person: named alone. */
  g_assert_true (rapport_due_reminder_take (reminder, test_days_from_today (11), &title, &body));
  g_assert_cmpstr (title, ==, "1 person to get back to");
  g_assert_cmpstr (body, ==, "Ana Silva");
}

/* A meeting just over with someone Rapport knows: in the reminder too,
 * with nobody due. */
static void
test_meeting_to_log (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(RapportDueReminder) reminder = rapport_due_reminder_new (store, settings);
  g_autoptr(RapportContact) ana = rapport_contact_new ();
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListStore) calendar = g_list_store_new (RAPPORT_TYPE_CALENDAR_EVENT);
  g_autoptr(RapportCalendarEvent) mixer = rapport_calendar_event_new ("cal", "Work", "mixer", NULL);
  g_autoptr(RapportCalendarPerson) invited =
    rapport_calendar_person_new ("ana@example.org", "Ana Silva", RAPPORT_CALENDAR_ROLE_REQUIRED,
                                 RAPPORT_CALENDAR_REPLY_ACCEPTED);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) starts_at = g_date_time_add_hours (now, -3);
  g_autoptr(GDateTime) ends_at = g_date_time_add_hours (now, -2);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;

  g_settings_reset (settings, "last-due-reminder");
  g_settings_set_boolean (settings, "remind-due", TRUE);
  rapport_contact_set_display_name (ana, "Ana Silva");
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_EMAIL, "", "ana@example.org"));
  rapport_contact_set_fields (ana, fields);
  g_assert_true (rapport_store_add_contact (store, ana, &error));
  g_assert_no_error (error);

  rapport_calendar_event_set_summary (mixer, "Design Week mixer");
  rapport_calendar_event_set_starts_at (mixer, starts_at);
  rapport_calendar_event_set_ends_at (mixer, ends_at);
  rapport_calendar_event_add_attendee (mixer, invited);
  g_list_store_append (calendar, mixer);

  /* Without the calendar, nobody due: nothing. */
  g_assert_false (rapport_due_reminder_take (reminder, test_days_from_today (0), NULL, NULL));

  rapport_due_reminder_set_calendar_events (reminder, G_LIST_MODEL (calendar));
  g_assert_true (rapport_due_reminder_take (reminder, test_days_from_today (0), &title, &body));
  g_assert_cmpstr (title, ==, "1 meeting to log");
  g_assert_cmpstr (body, ==, "You met Ana Silva at Design Week mixer — log it?");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/rapport/due-reminder/once-a-day", test_once_a_day);
  g_test_add_func ("/rapport/due-reminder/meeting-to-log", test_meeting_to_log);

  return g_test_run ();
}
