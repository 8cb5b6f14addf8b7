/* test-hostile-input.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Hostile values through the store, the readers and the search: each
 * round-trips byte for byte through a closed and reopened database, or is
 * refused with a clear message and nothing written. Nothing crashes.
 */

#include "config.h"

#include <locale.h>
#include <sqlite3.h>

#include "rapport-import.h"
#include "rapport-partial-date.h"
#include "rapport-people-model.h"
#include "rapport-test-util.h"

static const char *texts[] = {
  "Robert'); DROP TABLE contact;--",
  "100% _real_ \\ \"quoted\" `back` $(rm -rf /)",
  "\"; DELETE FROM interaction; SELECT \"",
  "NEAR(a b) OR c* AND -d \"phrase",            /* FTS5 query syntax */
  "👩🏽‍🔬 Dr. Zoë 👨‍👩‍👧‍👦 🏳️‍🌈",                 /* skin tone, ZWJ sequences */
  "שלום עולם — مرحبا بالعالم",                 /* right to left */
  "e\xcc\x81" "cole\xcc\x88 A\xcc\x8a",         /* combining marks, not composed */
  "\xe2\x80\xae" "evil\xe2\x80\xac",            /* bidi override */
  "line one\nline two\r\nline three\ttab",
  "",
};

static void
test_round_trip (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autofree char *path = g_strdup (rapport_store_get_path (store));
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  guint tried = 0;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(RapportContact) contact = rapport_contact_new ();
      g_autoptr(RapportInteraction) interaction = NULL;
      const char *tags[] = { texts[i][0] ? texts[i] : "empty", NULL };
      gint64 id;

      rapport_contact_set_display_name (contact, texts[i][0] ? texts[i] : "Nobody");
      rapport_contact_set_notes (contact, texts[i]);
      rapport_contact_set_company (contact, texts[i]);
      rapport_contact_set_tags (contact, tags);
      g_assert_true (rapport_store_add_contact (store, contact, &error));
      g_assert_no_error (error);
      id = rapport_contact_get_id (contact);
      g_array_append_val (ids, id);
      interaction = test_add_interaction (store, RAPPORT_INTERACTION_NOTE, NULL, texts[i][0] ? texts[i] : "-",
                                          IDS (id));
      tried++;
    }

  /* Closed and opened again: every byte as it was, and the file whole. */
  g_clear_object (&store);
  store = rapport_store_open (path, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(RapportContact) contact = rapport_store_get_contact (store, g_array_index (ids, gint64, i), &error);
      g_autoptr(GListModel) timeline = NULL;
      g_autoptr(RapportInteraction) first = NULL;

      g_assert_no_error (error);
      g_assert_cmpstr (rapport_contact_get_notes (contact), ==, texts[i]);
      g_assert_cmpstr (rapport_contact_get_company (contact), ==, texts[i]);
      timeline = rapport_store_list_timeline (store, g_array_index (ids, gint64, i));
      first = g_list_model_get_item (timeline, 0);
      g_assert_cmpstr (rapport_interaction_get_summary (first), ==, texts[i][0] ? texts[i] : "-");
    }

  /* Searching for any of them is a search, never a query error. */
  {
    g_autoptr(RapportPeopleModel) people = rapport_people_model_new (store);

    for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
      {
        rapport_people_model_set_search_text (people, texts[i]);
        (void) g_list_model_get_n_items (G_LIST_MODEL (people));
      }
    rapport_people_model_set_search_text (people, "Robert");
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), >=, 1);
    /* Emoji are not words to the index: alone, they narrow nothing. */
    rapport_people_model_set_search_text (people, "👩🏽‍🔬 zoë");
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 1);
    rapport_people_model_set_search_text (people, "שלום");
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 1);
  }
  g_test_message ("%u hostile texts round-tripped", tried);
}

static void
test_big_values (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autofree char *path = g_strdup (rapport_store_get_path (store));
  g_autoptr(RapportContact) contact = test_add_person (store, "Big");
  g_autoptr(RapportContact) reread = NULL;
  g_autoptr(GString) note = g_string_sized_new (1024 * 1024);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) tags = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = rapport_contact_get_id (contact);

  /* A 1 MB note and 10,000 tags. */
  while (note->len < 1024 * 1024)
    g_string_append (note, "Ünïcödé and ASCII, over and over. ");
  for (guint i = 0; i < 10000; i++)
    g_strv_builder_take (builder, g_strdup_printf ("tag %05u", i));
  tags = g_strv_builder_end (builder);
  rapport_contact_set_notes (contact, note->str);
  rapport_contact_set_tags (contact, (const char * const *) tags);
  g_assert_true (rapport_store_save_contact (store, contact, &error));
  g_assert_no_error (error);

  g_clear_object (&contact);
  g_clear_object (&store);
  store = rapport_store_open (path, &error);
  g_assert_no_error (error);
  reread = rapport_store_get_contact (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rapport_contact_get_notes (reread), ==, note->str);
  g_assert_cmpuint (g_strv_length ((GStrv) rapport_contact_get_tags (reread)), ==, 10000);
  g_assert_cmpstrv (rapport_contact_get_tags (reread), tags);
}

static void
test_dates (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) contact = test_add_person (store, "Dates");
  g_autoptr(GError) error = NULL;
  RapportPartialDate date;

  /* 29 February 2025 does not exist: not a date, in any form. */
  g_assert_false (rapport_partial_date_parse ("2025-02-29", &date, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (strlen (error->message), >, 10);
  g_clear_error (&error);
  /* (The model takes only dates that exist; the date row says so when one
   * is typed, see test-people-ui's date-that-does-not-exist.) */
  date = (RapportPartialDate) { 2025, 2, 29 };
  g_assert_false (rapport_partial_date_is_valid (&date));

  /* 29 February 2024 does, and 9999, and a year that is not known. */
  {
    const RapportPartialDate good[] = { { 2024, 2, 29 }, { 9999, 12, 31 }, { 0, 4, 12 }, { 1, 1, 1 } };

    for (guint i = 0; i < G_N_ELEMENTS (good); i++)
      {
        g_autoptr(RapportContact) reread = NULL;
        g_autoptr(RapportStore) again = NULL;
        g_autofree char *path = g_strdup (rapport_store_get_path (store));

        rapport_contact_set_birthday (contact, &good[i]);
        g_assert_true (rapport_store_save_contact (store, contact, &error));
        g_assert_no_error (error);
        again = rapport_store_open (path, &error);
        reread = rapport_store_get_contact (again, rapport_contact_get_id (contact), &error);
        g_assert_no_error (error);
        g_assert_true (rapport_partial_date_equal (rapport_contact_get_birthday (reread), &good[i]));
      }
  }

  /* Written into the file by something else: read as "not known". */
  {
    g_autofree char *path = g_strdup (rapport_store_get_path (store));
    g_autoptr(RapportStore) again = NULL;
    g_autoptr(RapportContact) reread = NULL;
    gint64 id = rapport_contact_get_id (contact);
    sqlite3 *db = NULL;

    g_clear_object (&contact);
    g_clear_object (&store);
    g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, "UPDATE contact SET birthday = '2025-02-29', met_on = 'soon'",
                                   NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (db);
    again = rapport_store_open (path, &error);
    g_assert_no_error (error);
    reread = rapport_store_get_contact (again, id, &error);
    g_assert_no_error (error);
    g_assert_true (rapport_partial_date_is_empty (rapport_contact_get_birthday (reread)));
    g_assert_true (rapport_partial_date_is_empty (rapport_contact_get_met_on (reread)));
  }

  /* Year 0 with a day and month in a file means "year not known"; 10000
   * and month 13 are not dates. */
  g_assert_false (rapport_partial_date_parse ("10000-01-01", &date, NULL));
  g_assert_false (rapport_partial_date_parse ("2024-13-01", &date, NULL));
}

static void
test_invalid_utf8 (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) contact = test_add_person (store, "Valid");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = rapport_import_problems_new ();
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GBytes) bytes = NULL;
  RapportImportFormat format;
  const char card[] = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bad \xff\xfe Bytes\r\nNOTE:\xc3\x28 broken\r\nEND:VCARD\r\n";

  /* Refused by the store, with the message to show, and nothing written. */
  rapport_contact_set_display_name (contact, "Bad \xff Bytes");
  g_assert_false (rapport_store_save_contact (store, contact, &error));
  g_assert_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_INVALID);
  g_assert_cmpuint (strlen (error->message), >, 10);
  g_clear_error (&error);

  /* From a file, the reader turns them into text before the store. */
  bytes = g_bytes_new_static (card, sizeof card - 1);
  people = rapport_import_read (bytes, &format, problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (people->len, ==, 1);
  g_assert_true (g_utf8_validate (rapport_contact_get_display_name (g_ptr_array_index (people, 0)), -1, NULL));
  g_assert_true (g_utf8_validate (rapport_contact_get_notes (g_ptr_array_index (people, 0)), -1, NULL));
  {
    g_autoptr(RapportImportReport) report = rapport_store_import (store, people, format, NULL, NULL, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (rapport_import_report_get_added (report)->len, ==, 1);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/rapport/hostile-input/round-trip", test_round_trip);
  g_test_add_func ("/rapport/hostile-input/big-values", test_big_values);
  g_test_add_func ("/rapport/hostile-input/dates", test_dates);
  g_test_add_func ("/rapport/hostile-input/invalid-utf8", test_invalid_utf8);

  return g_test_run ();
}
