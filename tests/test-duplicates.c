/* test-duplicates.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Find Duplicates on real SQLite files: the pairs a small address book
 * holds (argued person by person below) and nothing else — no switchboard,
 * no family landline, no namesakes who only look alike; "Not the same
 * person" remembered across a restart; a merge with values chosen from
 * the other person, and its Undo giving both people back exactly, with
 * their timelines, events and who not to suggest; and 30,000 people.
 */

#include "config.h"

#include <locale.h>
#include <sqlite3.h>
#include <string.h>

#include "rapport-bench-data.h"
#include "rapport-contact-field.h"
#include "rapport-duplicate.h"
#include "rapport-import-problem.h"
#include "rapport-import.h"
#include "rapport-test-util.h"
#include "rapport-vcard-writer.h"

/* @details: "e:" emails, "p:" phones, "u:" profiles, NULL-terminated. */
static gint64
add_person (RapportStore *store,
            const char   *name,
            ...)
{
  g_autoptr(RapportContact) contact = test_make_person (name);
  const char *detail;
  va_list args;

  va_start (args, name);
  while ((detail = va_arg (args, const char *)) != NULL)
    {
      RapportFieldKind kind = detail[0] == 'e'   ? RAPPORT_FIELD_EMAIL
                              : detail[0] == 'p' ? RAPPORT_FIELD_PHONE
                                                 : RAPPORT_FIELD_URL;

      test_add_field (contact, kind, "", detail + 2);
    }
  va_end (args);
  test_save_person (store, contact);
  return rapport_contact_get_id (contact);
}

static GPtrArray *
find (RapportStore *store)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *found = rapport_store_find_duplicates (store, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (found);
  return found;
}

static RapportDuplicate *
pair (GPtrArray *found,
      gint64     a,
      gint64     b)
{
  for (guint i = 0; i < found->len; i++)
    {
      RapportDuplicate *duplicate = g_ptr_array_index (found, i);

      if (rapport_duplicate_involves (duplicate, a) && rapport_duplicate_involves (duplicate, b))
        return duplicate;
    }
  return NULL;
}

/* Who is one person, and who only looks it. */
static void
test_find (TestDir       *fixture,
           gconstpointer  data)
{
  g_autoptr(RapportStore) store = test_open_store (fixture->path);
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  RapportDuplicate *duplicate;
  gint64 ana, ana_again, smith, j_smith, robert, bob, lars, lars_again, karin, chidi, chidi_phone, jan, jana;
  gint64 desk[3], nameless;

  /* The same email, written differently, and the name in another order. */
  ana = add_person (store, "Ana Silva", "e:ana@example.org", NULL);
  ana_again = add_person (store, "Silva, Ana", "e:mailto:ANA@example.org", NULL);
  /* An initial, nothing in common: the names agree. */
  smith = add_person (store, "John Smith", NULL);
  j_smith = add_person (store, "J. Smith", NULL);
  /* A nickname the rules do not know, with one email: kept apart by import. */
  robert = add_person (store, "Robert Jones", "e:bob@jones.example", "p:+1 212 555 0187", NULL);
  bob = add_person (store, "Bob Jones", "e:bob@jones.example", NULL);
  /* A family landline: Karin and Lars are two people... */
  karin = add_person (store, "Karin Holm", "p:+46 8 123 456 78", NULL);
  lars = add_person (store, "Lars Holm", "p:08 123 456 78", NULL);
  /* ...but Lars twice on it is one. */
  lars_again = add_person (store, "Holm, Lars", "p:+46 (0)8 123 456 78", NULL);
  /* A company's switchboard, shared by three who are not one, and a card
   * with only the number. */
  desk[0] = add_person (store, "Maria Costa", "p:+44 20 7946 0000", NULL);
  desk[1] = add_person (store, "Erik Lund", "p:+44 20 7946 0000", NULL);
  desk[2] = add_person (store, "Wei Wang", "p:020 7946 0000", NULL);
  nameless = add_person (store, "", "p:+44 20 7946 0000", NULL);
  /* LinkedIn's record and a phone's card of one person. */
  chidi = add_person (store, "Chidi Okafor", "e:chidi@example.com", "u:https://www.linkedin.com/in/chidi", NULL);
  chidi_phone = add_person (store, "Chidi Okafor", "p:+234 803 555 0101", NULL);
  /* Jan and Jana are not one person. */
  jan = add_person (store, "Jan Novák", NULL);
  jana = add_person (store, "Jana Novák", NULL);

  found = find (store);

  duplicate = pair (found, ana, ana_again);
  g_assert_nonnull (duplicate);
  g_assert_cmpint (rapport_duplicate_get_first_id (duplicate), ==, ana);
  g_assert_cmpint (rapport_duplicate_get_reasons (duplicate), ==,
                   RAPPORT_PAIR_SAME_EMAIL | RAPPORT_PAIR_NAMES_AGREE | RAPPORT_PAIR_SAME_NAME);
  g_assert_cmpstr (rapport_duplicate_get_shared (duplicate), ==, "ana@example.org");
  /* The likeliest first: a detail in common and the same name. */
  g_assert_true (g_ptr_array_index (found, 0) == duplicate);

  duplicate = pair (found, smith, j_smith);
  g_assert_nonnull (duplicate);
  g_assert_cmpint (rapport_duplicate_get_reasons (duplicate), ==, RAPPORT_PAIR_NAMES_AGREE);

  duplicate = pair (found, robert, bob);
  g_assert_nonnull (duplicate);
  g_assert_cmpint (rapport_duplicate_get_reasons (duplicate), ==,
                   RAPPORT_PAIR_SAME_EMAIL | RAPPORT_PAIR_NAMES_DIFFER);
  g_assert_cmpstr (rapport_duplicate_get_first_name (duplicate), ==, "Robert Jones");
  g_assert_cmpstr (rapport_duplicate_get_second_name (duplicate), ==, "Bob Jones");

  duplicate = pair (found, lars, lars_again);
  g_assert_nonnull (duplicate);
  g_assert_cmpint (rapport_duplicate_get_reasons (duplicate), ==,
                   RAPPORT_PAIR_SAME_PHONE | RAPPORT_PAIR_NAMES_AGREE | RAPPORT_PAIR_SAME_NAME);
  g_assert_null (pair (found, karin, lars));
  g_assert_null (pair (found, karin, lars_again));

  for (guint i = 0; i < G_N_ELEMENTS (desk); i++)
    {
      g_assert_null (pair (found, desk[i], nameless));
      for (guint j = i + 1; j < G_N_ELEMENTS (desk); j++)
        g_assert_null (pair (found, desk[i], desk[j]));
    }

  duplicate = pair (found, chidi, chidi_phone);
  g_assert_nonnull (duplicate);
  g_assert_cmpint (rapport_duplicate_get_reasons (duplicate), ==,
                   RAPPORT_PAIR_NAMES_AGREE | RAPPORT_PAIR_SAME_NAME | RAPPORT_PAIR_TWO_SOURCES);

  g_assert_null (pair (found, jan, jana));

  /* Those five, and nothing else. */
  g_assert_cmpuint (found->len, ==, 5);

  /* "Not the same person" lasts: after a restart too. */
  g_assert_true (rapport_store_dismiss_duplicate (store, bob, robert, &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  g_assert_cmpint (test_raw_int (fixture->path, "SELECT count(*) FROM duplicate_dismissal"), ==, 1);
  store = test_open_store (fixture->path);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = find (store);
  g_assert_null (pair (found, robert, bob));
  g_assert_cmpuint (found->len, ==, 4);

  g_assert_true (rapport_store_undismiss_duplicate (store, robert, bob, &error));
  g_assert_no_error (error);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = find (store);
  g_assert_nonnull (pair (found, robert, bob));

  /* Someone in the trash is nobody's duplicate. */
  g_assert_true (rapport_store_trash_contact (store, j_smith, &error));
  g_assert_no_error (error);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = find (store);
  g_assert_null (pair (found, smith, j_smith));
}

static char *
dup_vcard (RapportStore *store,
           gint64        id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportContact) contact = rapport_store_get_contact (store, id, &error);
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  rapport_vcard_append_contact (out, contact);
  return g_string_free (out, FALSE);
}

static char *
dup_timeline (RapportStore *store,
              gint64        id)
{
  g_autoptr(GListModel) timeline = rapport_store_list_timeline (store, id);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (timeline); i++)
    {
      g_autoptr(RapportInteraction) interaction = g_list_model_get_item (timeline, i);

      g_string_append_printf (out, "%" G_GINT64_FORMAT " ", rapport_interaction_get_id (interaction));
    }
  return g_string_free (out, FALSE);
}

static gboolean
in_timeline (const char *timeline,
             gint64      id)
{
  g_autofree char *word = g_strdup_printf (" %" G_GINT64_FORMAT " ", id);
  g_autofree char *padded = g_strconcat (" ", timeline, NULL);

  return strstr (padded, word) != NULL;
}

static gboolean
attends (RapportStore *store,
         gint64        event_id,
         gint64        contact_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) attendees = rapport_store_list_attendees (store, event_id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < attendees->len; i++)
    if (rapport_attendee_get_contact_id (g_ptr_array_index (attendees, i)) == contact_id)
      return TRUE;
  return FALSE;
}

static gint64
add_interaction (RapportStore *store,
                 gint64        contact_id,
                 const char   *summary,
                 const char   *on)
{
  g_autoptr(RapportInteraction) interaction = rapport_interaction_new (RAPPORT_INTERACTION_CALL, test_date (on));
  g_autoptr(GError) error = NULL;
  gint64 ids[] = { contact_id };

  rapport_interaction_set_summary (interaction, summary);
  rapport_interaction_set_contact_ids (interaction, ids, 1);
  rapport_store_add_interaction (store, interaction, &error);
  g_assert_no_error (error);
  return rapport_interaction_get_id (interaction);
}

/* Ana twice: her record from LinkedIn (kept) and her phone's card. The
 * company and the closeness are chosen from the card, the rest is
 * combined; Undo gives both back exactly. */
static void
test_merge_and_undo (TestDir       *fixture,
                     gconstpointer  data)
{
  g_autoptr(RapportStore) store = test_open_store (fixture->path);
  g_autoptr(RapportContact) kept = NULL;
  g_autoptr(RapportContact) other = NULL;
  g_autoptr(RapportMerge) merge = NULL;
  g_autoptr(RapportEvent) event = NULL;
  g_autoptr(RapportInteraction) introduction = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *kept_before = NULL, *other_before = NULL;
  g_autofree char *kept_timeline = NULL, *other_timeline = NULL;
  g_autofree char *kept_after = NULL, *other_after = NULL;
  g_autofree char *timeline = NULL;
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 9, 1, 18, 0, 0);
  const char *tags[] = { "Timber", NULL };
  const char *other_tags[] = { "Timber", "Climbing", NULL };
  const char * const from_wins[] = { "company", "closeness", NULL };
  gint64 ana, ana_card, ben, carla, lunch, call;
  GPtrArray *fields;

  ana = add_person (store, "Ana Silva", "e:ana@example.org", "u:linkedin.com/in/anasilva", NULL);
  ana_card = add_person (store, "Silva, Ana", "p:+351 912 345 678", "e:ANA@example.org", NULL);
  ben = add_person (store, "Ben Ng", NULL);
  carla = add_person (store, "Carla Ruiz", NULL);

  kept = rapport_store_get_contact (store, ana, &error);
  g_assert_no_error (error);
  rapport_contact_set_company (kept, "Kestrel Health");
  rapport_contact_set_profession (kept, "Structural engineer");
  rapport_contact_set_closeness (kept, RAPPORT_CLOSENESS_ACQUAINTANCE);
  rapport_contact_set_tags (kept, tags);
  g_assert_true (rapport_store_save_contact (store, kept, &error));
  g_assert_no_error (error);
  other = rapport_store_get_contact (store, ana_card, &error);
  g_assert_no_error (error);
  rapport_contact_set_company (other, "Kestrel Health Ltd");
  rapport_contact_set_notes (other, "Met at the timber fair");
  rapport_contact_set_closeness (other, RAPPORT_CLOSENESS_FRIEND);
  rapport_contact_set_tags (other, other_tags);
  g_assert_true (rapport_store_save_contact (store, other, &error));
  g_assert_no_error (error);

  lunch = add_interaction (store, ana, "Lunch", "2026-03-01");
  call = add_interaction (store, ana_card, "Called about the bridge", "2026-04-01");
  introduction = rapport_store_introduce (store, ana_card, ben, "Introduced Ana to Ben", NULL,
                                          RAPPORT_INTRODUCTION_IN_PERSON, test_date ("2026-05-01"), &error);
  g_assert_no_error (error);
  event = rapport_event_new ("Timber fair", when);
  g_assert_true (rapport_store_add_event (store, event, &error));
  g_assert_true (rapport_store_set_attendee (store, rapport_event_get_id (event), ana_card, "Ask about bridges",
                                             &error));
  g_assert_no_error (error);
  /* Carla is never to be suggested to help the card, nor as its twin. */
  g_assert_true (rapport_store_dismiss_introduction (store, ana_card, carla, &error));
  g_assert_true (rapport_store_dismiss_duplicate (store, ana_card, carla, &error));
  g_assert_no_error (error);

  kept_before = dup_vcard (store, ana);
  other_before = dup_vcard (store, ana_card);
  kept_timeline = dup_timeline (store, ana);
  other_timeline = dup_timeline (store, ana_card);

  merge = rapport_store_merge_choosing (store, ana_card, ana, from_wins, &error);
  g_assert_no_error (error);
  g_assert_nonnull (merge);

  /* The chosen values, the rest combined. */
  g_assert_cmpstr (rapport_contact_get_company (kept), ==, "Kestrel Health Ltd");
  g_assert_cmpint (rapport_contact_get_closeness (kept), ==, RAPPORT_CLOSENESS_FRIEND);
  g_assert_cmpstr (rapport_contact_get_profession (kept), ==, "Structural engineer");
  g_assert_cmpstr (rapport_contact_get_notes (kept), ==, "Met at the timber fair");
  g_assert_cmpstr (rapport_contact_get_display_name (kept), ==, "Ana Silva");
  fields = rapport_contact_get_fields (kept);
  g_assert_cmpuint (fields->len, ==, 3);   /* one email (the same twice), the profile, the number */
  g_assert_cmpuint (g_strv_length ((GStrv) rapport_contact_get_tags (kept)), ==, 2);
  /* Timelines, events, introductions and who not to suggest move. */
  timeline = dup_timeline (store, ana);
  g_assert_true (in_timeline (timeline, call));
  g_assert_true (in_timeline (timeline, lunch));
  g_assert_true (in_timeline (timeline, rapport_interaction_get_id (introduction)));
  g_assert_true (attends (store, rapport_event_get_id (event), ana));
  g_clear_object (&store);
  g_assert_cmpint (test_raw_int (fixture->path, "SELECT count(*) FROM introduction_dismissal WHERE contact_id = 1 AND helper_id = 4"),
                   ==, 1);
  g_assert_cmpint (test_raw_int (fixture->path, "SELECT count(*) FROM duplicate_dismissal WHERE contact_id = 1 AND other_id = 4"),
                   ==, 1);
  g_assert_cmpint (test_raw_int (fixture->path, "SELECT deleted FROM contact WHERE id = 2"), ==, 1);
  store = test_open_store (fixture->path);

  /* Undo: both exactly as they were. */
  g_assert_true (rapport_store_unmerge (store, merge, &error));
  g_assert_no_error (error);
  kept_after = dup_vcard (store, ana);
  other_after = dup_vcard (store, ana_card);
  g_assert_cmpstr (kept_after, ==, kept_before);
  g_assert_cmpstr (other_after, ==, other_before);
  g_clear_pointer (&timeline, g_free);
  timeline = dup_timeline (store, ana);
  g_assert_cmpstr (timeline, ==, kept_timeline);
  g_clear_pointer (&timeline, g_free);
  timeline = dup_timeline (store, ana_card);
  g_assert_cmpstr (timeline, ==, other_timeline);
  g_assert_false (attends (store, rapport_event_get_id (event), ana));
  g_assert_true (attends (store, rapport_event_get_id (event), ana_card));
  g_clear_object (&store);
  g_assert_cmpint (test_raw_int (fixture->path, "SELECT count(*) FROM introduction_dismissal"), ==, 1);
  g_assert_cmpint (test_raw_int (fixture->path, "SELECT count(*) FROM duplicate_dismissal"), ==, 1);
  g_assert_cmpint (test_raw_int (fixture->path, "SELECT count(*) FROM contact WHERE deleted = 0"), ==, 4);
  g_assert_cmpint (test_raw_int (fixture->path, "SELECT count(*) FROM event_attendee"), ==, 1);
}

/* 5,000 generated people (3,740 names among them, so namesakes; a number
 * for every three who have one), found off the main thread. The time at
 * 30,000 is the store benchmark's (build-aux/dev bench). */
static void
found_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  GPtrArray **found = user_data;
  g_autoptr(GError) error = NULL;

  *found = rapport_store_find_duplicates_finish (RAPPORT_STORE (source), result, &error);
  g_assert_no_error (error);
}

static void
test_scale (TestDir       *fixture,
            gconstpointer  data)
{
  g_autoptr(RapportStore) store = test_open_store (fixture->path);
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  RapportBenchData bench;
  guint crowded = 0;

  g_assert_true (rapport_bench_data_generate (store, 5000, 7, &bench, &error));
  g_assert_no_error (error);
  rapport_bench_data_clear (&bench);

  for (guint run = 0; run < 3; run++)
    {
      gint64 start = g_get_monotonic_time ();
      double seconds;

      g_clear_pointer (&found, g_ptr_array_unref);
      rapport_store_find_duplicates_async (store, NULL, found_cb, &found);
      while (found == NULL)
        g_main_context_iteration (NULL, TRUE);
      seconds = (g_get_monotonic_time () - start) / 1e6;
      g_array_append_val (samples, seconds);
    }
  g_test_message ("Find duplicates at 5,000 people: %.3f s (median of 3, own connection on a worker), %u pairs",
                  rapport_bench_median (samples), found->len);

  /* Namesakes are suggested; one number three people share never is alone. */
  for (guint i = 0; i < found->len; i++)
    {
      RapportPairReason reasons = rapport_duplicate_get_reasons (g_ptr_array_index (found, i));

      g_assert_true ((reasons & RAPPORT_PAIR_NAMES_AGREE) != 0);
    }
  g_assert_cmpuint (found->len, >, 0);
  g_clear_pointer (&found, g_ptr_array_unref);
  g_clear_object (&store);

  /* 3,000 people on 100 switchboard numbers, every name its own: the
   * numbers alone suggest nobody. */
  {
    g_autofree char *path = g_build_filename (fixture->dir, "switchboards.db", NULL);
    g_autoptr(GBytes) cards = rapport_bench_data_shared_vcards (3000, 100, 7);
    g_autoptr(GPtrArray) problems = rapport_import_problems_new ();
    g_autoptr(GPtrArray) people = NULL;
    g_autoptr(RapportImportReport) report = NULL;
    RapportImportFormat format = RAPPORT_IMPORT_FORMAT_UNKNOWN;

    store = test_open_store (path);
    people = rapport_import_read (cards, &format, problems, &error);
    g_assert_no_error (error);
    report = rapport_store_import (store, people, format, NULL, NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (test_raw_int (path, "SELECT count(*) FROM contact"), ==, 3000);
    found = find (store);
    for (guint i = 0; i < found->len; i++)
      crowded += (rapport_duplicate_get_reasons (g_ptr_array_index (found, i)) & RAPPORT_PAIR_SAME_PHONE) != 0;
    g_assert_cmpuint (crowded, ==, 0);
    g_assert_cmpuint (found->len, ==, 0);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/rapport/duplicates/find", TestDir, NULL, test_dir_setup, test_find, test_dir_teardown);
  g_test_add ("/rapport/duplicates/merge-and-undo", TestDir, NULL, test_dir_setup, test_merge_and_undo,
              test_dir_teardown);
  g_test_add ("/rapport/duplicates/scale", TestDir, NULL, test_dir_setup, test_scale, test_dir_teardown);

  return g_test_run ();
}
