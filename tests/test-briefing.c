/* test-briefing.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The briefing before an event (who comes first, what happened last, what
 * to follow up), and logging an event for many people at once.
 */

#include "config.h"

#include <locale.h>

#include "rapport-briefing.h"
#include "rapport-introduction-match.h"
#include "rapport-test-util.h"

static RapportEvent *
add_event (RapportStore *store,
           const char   *name)
{
  g_autoptr(GDateTime) when = g_date_time_new_local (2031, 3, 14, 18, 30, 0);
  g_autoptr(GError) error = NULL;
  RapportEvent *event = rapport_event_new (name, when);

  g_assert_true (rapport_store_add_event (store, event, &error));
  g_assert_no_error (error);
  return event;
}

static void
attend (RapportStore   *store,
        RapportEvent   *event,
        RapportContact *contact,
        const char     *goal)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (rapport_store_set_attendee (store, rapport_event_get_id (event),
                                             rapport_contact_get_id (contact), goal, &error));
  g_assert_no_error (error);
}

static void
test_order_and_facts (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) zoe = test_add_person (store, "Zoé");
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana");
  g_autoptr(RapportContact) yan = test_add_person (store, "Yan");
  g_autoptr(RapportContact) bea = test_add_person (store, "Bea");
  g_autoptr(RapportContact) cid = test_add_person (store, "Cid");
  g_autoptr(RapportContact) left = test_add_person (store, "Left Early");
  g_autoptr(RapportPeecStatement) statement = rapport_peec_statement_new ();
  g_autoptr(RapportEvent) event = add_event (store, "Builders' dinner");
  g_autoptr(RapportInteraction) old = NULL;
  g_autoptr(RapportInteraction) recent = NULL;
  g_autoptr(RapportInteraction) note = NULL;
  g_autoptr(RapportBriefing) briefing = NULL;
  g_autoptr(GError) error = NULL;
  const RapportBriefingEntry *entry;
  GDate since;

  rapport_peec_statement_set_title (statement, "For builders");
  g_assert_true (rapport_store_add_statement (store, statement, &error));
  rapport_event_set_statement_id (event, rapport_peec_statement_get_id (statement));
  g_assert_true (rapport_store_save_event (store, event, &error));
  g_assert_no_error (error);

  /* Yan and Zoé you enjoy; Zoé and Cid you have goals with. */
  rapport_contact_set_enjoy (yan, TRUE);
  rapport_contact_set_enjoy (zoe, TRUE);
  g_assert_true (rapport_store_save_contact (store, yan, &error));
  g_assert_true (rapport_store_save_contact (store, zoe, &error));
  g_assert_no_error (error);
  attend (store, event, zoe, "Ask about her new clinic");
  attend (store, event, ana, NULL);
  attend (store, event, yan, NULL);
  attend (store, event, bea, NULL);
  attend (store, event, cid, "Thank him for the intro");
  attend (store, event, left, NULL);
  /* Someone deleted since is not coming. */
  g_assert_true (rapport_store_trash_contact (store, rapport_contact_get_id (left), &error));

  /* Ana: lunch 300 days ago, then a call 20 days ago asking for a follow-up;
   * a note since does not count as the last time. */
  old = test_add_interaction (store, RAPPORT_INTERACTION_MET_IN_PERSON, test_days_from_today (-300), "Lunch",
                              IDS (rapport_contact_get_id (ana)));
  recent = test_add_interaction (store, RAPPORT_INTERACTION_CALL, test_days_from_today (-20), "Call about the kiln",
                                 IDS (rapport_contact_get_id (ana), rapport_contact_get_id (cid)));
  rapport_interaction_set_follow_up (recent, test_days_from_today (5));
  g_assert_true (rapport_store_save_interaction (store, recent, &error));
  g_assert_no_error (error);

  briefing = rapport_briefing_new (store, event, &error);
  g_assert_no_error (error);
  g_assert_true (rapport_briefing_get_statement (briefing) != NULL);
  g_assert_cmpint (rapport_peec_statement_get_id (rapport_briefing_get_statement (briefing)), ==,
                   rapport_peec_statement_get_id (statement));

  /* Goals first (Cid, Zoé), then people you enjoy (Yan), then the rest
   * (Ana, Bea); each group by name. */
  g_assert_cmpuint (rapport_briefing_get_n_entries (briefing), ==, 5);
  {
    const char *expected[] = { "Cid", "Zoé", "Yan", "Ana", "Bea" };

    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      g_assert_cmpstr (rapport_briefing_get_entry (briefing, i)->name, ==, expected[i]);
  }
  entry = rapport_briefing_get_entry (briefing, 0);
  g_assert_cmpstr (entry->goal, ==, "Thank him for the intro");

  /* Ana: the last interaction is the call, with its follow-up. */
  entry = rapport_briefing_get_entry (briefing, 3);
  g_assert_nonnull (entry->last);
  g_assert_cmpstr (rapport_interaction_get_summary (entry->last), ==, "Call about the kiln");
  g_assert_true (g_date_valid (&entry->follow_up));
  g_assert_cmpint (g_date_compare (&entry->follow_up, test_days_from_today (5)), ==, 0);

  /* Bea: never met, nothing to follow up. */
  entry = rapport_briefing_get_entry (briefing, 4);
  g_assert_null (entry->last);
  g_assert_false (g_date_valid (&entry->follow_up));

  /* "Not seen in 6 months": Ana and Cid were, 20 days ago; Bea never. */
  g_date_clear (&since, 1);
  since = *test_days_from_today (-183);
  g_assert_true (rapport_briefing_entry_seen_since (rapport_briefing_get_entry (briefing, 3), &since));
  g_assert_true (rapport_briefing_entry_seen_since (rapport_briefing_get_entry (briefing, 0), &since));
  g_assert_false (rapport_briefing_entry_seen_since (rapport_briefing_get_entry (briefing, 4), &since));
}

/* "Log the event": one interaction for everyone met, all or nothing. */
static void
test_log_event_for_many (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(RapportInteraction) meetup = NULL;
  g_autoptr(RapportInteraction) dinner = NULL;
  g_autoptr(RapportInteraction) broken = NULL;
  g_autoptr(GArray) due = NULL;
  g_autoptr(GError) error = NULL;
  const guint n = 200;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Guest %03u", i);
      RapportContact *contact = test_add_person (store, name);
      gint64 id = rapport_contact_get_id (contact);

      /* A catch-up every day. */
      rapport_contact_set_cadence_days (contact, 1);
      g_assert_true (rapport_store_save_contact (store, contact, &error));
      g_ptr_array_add (people, contact);
      g_array_append_val (ids, id);
    }
  g_assert_no_error (error);

  /* Everyone met at a meetup 100 days ago, and is due since. */
  meetup = rapport_interaction_new (RAPPORT_INTERACTION_EVENT, test_days_from_today (-100));
  rapport_interaction_set_summary (meetup, "Meetup");
  rapport_interaction_set_contact_ids (meetup, (const gint64 *) ids->data, ids->len);
  g_assert_true (rapport_store_add_interaction (store, meetup, &error));
  g_assert_no_error (error);
  due = rapport_store_list_due (store, test_days_from_today (0), &error);
  g_assert_cmpuint (due->len, ==, n);
  g_clear_pointer (&due, g_array_unref);

  /* One of them removed before the log is saved: nothing is written. */
  {
    gint64 missing = 999999;
    g_autoptr(GArray) with_missing = g_array_copy (ids);

    g_array_append_val (with_missing, missing);
    broken = rapport_interaction_new (RAPPORT_INTERACTION_EVENT, test_days_from_today (0));
    rapport_interaction_set_summary (broken, "Dinner");
    rapport_interaction_set_contact_ids (broken, (const gint64 *) with_missing->data, with_missing->len);
    g_assert_false (rapport_store_add_interaction (store, broken, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(GListModel) timeline = rapport_store_list_timeline (store, g_array_index (ids, gint64, i));

        g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 1);
      }
    due = rapport_store_list_due (store, test_days_from_today (0), &error);
    g_assert_cmpuint (due->len, ==, n);
    g_clear_pointer (&due, g_array_unref);
  }

  /* Everyone: the dinner in each timeline, last contacted today, due no
   * longer. */
  dinner = rapport_interaction_new (RAPPORT_INTERACTION_EVENT, test_days_from_today (0));
  rapport_interaction_set_summary (dinner, "Dinner");
  rapport_interaction_set_contact_ids (dinner, (const gint64 *) ids->data, ids->len);
  g_assert_true (rapport_store_add_interaction (store, dinner, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      RapportContact *contact = g_ptr_array_index (people, i);
      g_autoptr(GListModel) timeline = rapport_store_list_timeline (store, rapport_contact_get_id (contact));
      g_autoptr(RapportInteraction) first = g_list_model_get_item (timeline, 0);

      g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 2);
      g_assert_cmpint (rapport_interaction_get_id (first), ==, rapport_interaction_get_id (dinner));
      g_assert_cmpint (g_date_compare (rapport_contact_get_last_contacted (contact), test_days_from_today (0)), ==, 0);
      g_assert_false (rapport_contact_is_due (contact, test_days_from_today (0)));
    }
  due = rapport_store_list_due (store, test_days_from_today (0), &error);
  g_assert_cmpuint (due->len, ==, 0);
}

static RapportContact *
add_seeker (RapportStore *store,
            const char   *name,
            const char   *profession,
            const char   *looking_for)
{
  g_autoptr(GError) error = NULL;
  RapportContact *contact = test_add_person (store, name);

  rapport_contact_set_profession (contact, profession);
  rapport_contact_set_looking_for (contact, looking_for);
  rapport_contact_set_closeness (contact, RAPPORT_CLOSENESS_ACQUAINTANCE);
  g_assert_true (rapport_store_save_contact (store, contact, &error));
  g_assert_no_error (error);
  return contact;
}

static char *
describe_pairs (RapportBriefing *briefing)
{
  g_autoptr(GPtrArray) pairs = rapport_briefing_find_pairs (briefing, 10);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < pairs->len; i++)
    {
      RapportIntroductionPair *pair = g_ptr_array_index (pairs, i);

      g_string_append_printf (text, "%s%s<-%s", i > 0 ? " " : "", rapport_contact_get_display_name (pair->seeker),
                              pair->helper->name);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Ben could help Ana, Eve Ben and Ben Eve. Once Ana and Ben are
 * introduced, and Ben is dismissed as a helper for Eve, only Eve helping
 * Ben is left. */
static void
test_pairs_left (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = add_seeker (store, "Ana Silva", "Architect", "A structural engineer");
  g_autoptr(RapportContact) ben = add_seeker (store, "Ben Ng", "Structural engineer", "Clients in retail");
  g_autoptr(RapportContact) eve = add_seeker (store, "Eve Roth", "Retail consultant", "An engineer of her own");
  g_autoptr(RapportEvent) event = add_event (store, "Builders' dinner");
  g_autoptr(RapportInteraction) introduction = NULL;
  g_autoptr(RapportBriefing) briefing = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pairs = NULL;

  attend (store, event, ana, NULL);
  attend (store, event, ben, NULL);
  attend (store, event, eve, NULL);
  briefing = rapport_briefing_new (store, event, &error);
  g_assert_no_error (error);
  pairs = describe_pairs (briefing);
  g_assert_cmpstr (pairs, ==, "Ana Silva<-Ben Ng Ben Ng<-Eve Roth Eve Roth<-Ben Ng");

  introduction = rapport_store_introduce (store, rapport_contact_get_id (ana), rapport_contact_get_id (ben),
                                          "Introduced Ana Silva to Ben Ng", NULL, RAPPORT_INTRODUCTION_IN_PERSON, test_date ("2026-03-02"), &error);
  g_assert_no_error (error);
  g_assert_true (rapport_store_dismiss_introduction (store, rapport_contact_get_id (eve), rapport_contact_get_id (ben),
                                                     &error));
  g_assert_no_error (error);
  g_clear_object (&briefing);
  g_clear_pointer (&pairs, g_free);
  briefing = rapport_briefing_new (store, event, &error);
  g_assert_no_error (error);
  pairs = describe_pairs (briefing);
  g_assert_cmpstr (pairs, ==, "Ben Ng<-Eve Roth");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/rapport/briefing/order-and-facts", test_order_and_facts);
  g_test_add_func ("/rapport/briefing/log-event-for-many", test_log_event_for_many);
  g_test_add_func ("/rapport/briefing/pairs-left", test_pairs_left);

  return g_test_run ();
}
