/* test-store-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Importing into a real database: people matched by email, phone or
 * profile and updated without losing anything; a name alone only reported;
 * the same file twice changing nothing; cancel leaving the file as it was;
 * undo; and a round trip through the vCard writer.
 */

#include "config.h"

#include <locale.h>

#include "interop-test-util.h"
#include "rapport-contact-field.h"
#include "rapport-import.h"
#include "rapport-test-util.h"
#include "rapport-vcard-reader.h"
#include "rapport-vcard-writer.h"

static GPtrArray *
read_fixture (const char          *name,
              RapportImportFormat *format)
{
  g_autoptr(GBytes) bytes = test_load_fixture (name);
  g_autoptr(GPtrArray) problems = rapport_import_problems_new ();
  g_autoptr(GError) error = NULL;
  GPtrArray *people = rapport_import_read (bytes, format, problems, &error);

  g_assert_no_error (error);
  g_assert_nonnull (people);
  return people;
}

static RapportImportReport *
import (RapportStore *store,
        GPtrArray    *people)
{
  g_autoptr(GError) error = NULL;
  RapportImportReport *report = rapport_store_import (store, people, RAPPORT_IMPORT_FORMAT_VCARD,
                                                      NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

/* Everyone in the file, written as vCard 4.0: a complete picture of it. */
static char *
dump (RapportStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = rapport_store_list_contact_ids (store, &error);
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GString) text = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < ids->len; i++)
    {
      RapportContact *contact = rapport_store_get_contact (store, g_array_index (ids, gint64, i), &error);

      g_assert_no_error (error);
      g_ptr_array_add (people, contact);
    }
  bytes = rapport_vcard_write (people);
  text = g_string_new_len (g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes));

  /* Each store gives its own uid to people whose file had none. */
  {
    g_auto(GStrv) lines = g_strsplit (text->str, "\r\n", -1);
    g_autoptr(GString) out = g_string_new (NULL);

    for (guint i = 0; lines[i] != NULL; i++)
      if (!g_str_has_prefix (lines[i], "UID:") && !g_str_has_prefix (lines[i], "REV:"))
        g_string_append_printf (out, "%s\n", lines[i]);
    return g_string_free (g_steal_pointer (&out), FALSE);
  }
}

static void
test_fixtures_twice (void)
{
  const char *files[] = { "apple-3.0.vcf", "android-2.1.vcf", "rfc-4.0.vcf", "broken.vcf",
                          "linkedin-current.csv", "linkedin-2018.csv", "google-contacts.csv",
                          "google-legacy.csv", "outlook.csv" };
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autofree char *after_first = NULL;
  guint added = 0;

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      RapportImportFormat format;
      g_autoptr(GPtrArray) people = read_fixture (files[i], &format);
      g_autoptr(RapportImportReport) report = import (store, people);

      added += rapport_import_report_get_added (report)->len;
    }
  g_assert_cmpuint (added, >, 20);
  after_first = dump (store);

  /* The same files again: nobody added, nobody changed, the file the same. */
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      RapportImportFormat format;
      g_autoptr(GPtrArray) people = read_fixture (files[i], &format);
      g_autoptr(RapportImportReport) report = import (store, people);

      g_assert_cmpuint (rapport_import_report_get_added (report)->len, ==, 0);
      g_assert_cmpuint (rapport_import_report_get_n_updated (report), ==, 0);
      g_assert_cmpuint (rapport_import_report_get_n_unchanged (report), ==, people->len);
    }
  {
    g_autofree char *after_second = dump (store);

    g_assert_cmpstr (after_second, ==, after_first);
  }
}

static RapportContact *
card (const char *name,
      const char *company,
      ...)
{
  RapportContact *contact = rapport_contact_new ();
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_object_unref);
  va_list args;
  int kind;

  rapport_contact_set_display_name (contact, name);
  rapport_contact_set_company (contact, company);
  va_start (args, company);
  while ((kind = va_arg (args, int)) >= 0)
    g_ptr_array_add (fields, rapport_contact_field_new (kind, "", va_arg (args, const char *)));
  va_end (args);
  rapport_contact_set_fields (contact, fields);
  return contact;
}

static void
test_match_update_undo (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = card ("Ana Silva", "Now Co", RAPPORT_FIELD_EMAIL, "ana@example.org", -1);
  g_autoptr(RapportContact) ben = card ("Ben Ng", "", RAPPORT_FIELD_PHONE, "+44 20 7946 0018", -1);
  g_autoptr(RapportContact) cy = card ("Cy Obi", "", RAPPORT_FIELD_URL, "https://www.linkedin.com/in/cy-obi/", -1);
  g_autoptr(RapportContact) dee = card ("Dee Park", "", -1);
  g_autoptr(GPtrArray) file = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(RapportImportReport) report = NULL;
  g_autoptr(RapportInteraction) lunch = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *duplicates;

  for (RapportContact **c = (RapportContact *[]) { ana, ben, cy, dee, NULL }; *c; c++)
    {
      g_assert_true (rapport_store_add_contact (store, *c, &error));
      g_assert_no_error (error);
    }
  lunch = test_add_interaction (store, RAPPORT_INTERACTION_MET_IN_PERSON, NULL, "Lunch",
                                IDS (rapport_contact_get_id (dee)));

  /* Ana by email (another case), with an old company and a new number;
   * Ben by his number written another way; Cy by her profile without
   * "www." and the slash; Dee by name only, with an email; Eve is new. */
  g_ptr_array_add (file, card ("Ana Silva", "Old Co", RAPPORT_FIELD_EMAIL, "ANA@Example.org",
                               RAPPORT_FIELD_PHONE, "+351 21 000 0000", -1));
  g_ptr_array_add (file, card ("Benjamin Ng", "Kiln Ltd", RAPPORT_FIELD_PHONE, "020 7946 0018", -1));
  g_ptr_array_add (file, card ("Cy Obi", "", RAPPORT_FIELD_URL, "linkedin.com/in/Cy-Obi", -1));
  g_ptr_array_add (file, card ("Dee Park", "", RAPPORT_FIELD_EMAIL, "dee@example.org", -1));
  g_ptr_array_add (file, card ("Eve Adams", "", -1));

  report = import (store, file);
  g_assert_cmpuint (rapport_import_report_get_n_updated (report), ==, 2);
  g_assert_cmpuint (rapport_import_report_get_n_unchanged (report), ==, 1);
  g_assert_cmpuint (rapport_import_report_get_added (report)->len, ==, 2);

  /* Nothing Ana had was overwritten; her new number was added. */
  g_assert_cmpstr (rapport_contact_get_company (ana), ==, "Now Co");
  g_assert_cmpuint (rapport_contact_get_fields (ana)->len, ==, 2);
  /* Ben's blank company was filled; his name stays his. */
  g_assert_cmpstr (rapport_contact_get_company (ben), ==, "Kiln Ltd");
  test_assert_shown_name (ben, "Ben Ng");

  /* The second Dee is only a suggestion, for the user to confirm. */
  duplicates = rapport_import_report_get_duplicates (report);
  g_assert_cmpuint (duplicates->len, ==, 1);
  {
    RapportPossibleDuplicate *duplicate = g_ptr_array_index (duplicates, 0);

    g_assert_cmpint (duplicate->existing_id, ==, rapport_contact_get_id (dee));
    g_assert_cmpstr (duplicate->name, ==, "Dee Park");
  }

  /* An edit after the import survives its undo. */
  rapport_contact_set_notes (ben, "Met at the kiln");
  g_assert_true (rapport_store_save_contact (store, ben, &error));
  g_assert_true (rapport_store_undo_import (store, report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rapport_contact_get_fields (ana)->len, ==, 1);
  g_assert_cmpstr (rapport_contact_get_company (ben), ==, "");
  g_assert_cmpstr (rapport_contact_get_notes (ben), ==, "Met at the kiln");
  {
    g_autoptr(GArray) ids = rapport_store_list_contact_ids (store, &error);

    g_assert_cmpuint (ids->len, ==, 4);
  }

  /* Import again, and say the two Dees are one: one Dee, with the email
   * and the lunch. */
  {
    g_autoptr(GPtrArray) again = g_ptr_array_new_with_free_func (g_object_unref);
    g_autoptr(RapportImportReport) second = NULL;
    RapportPossibleDuplicate *duplicate;
    g_autoptr(GListModel) timeline = NULL;
    g_autoptr(GArray) ids = NULL;

    g_ptr_array_add (again, card ("Dee Park", "", RAPPORT_FIELD_EMAIL, "dee@example.org", -1));
    second = import (store, again);
    duplicate = g_ptr_array_index (rapport_import_report_get_duplicates (second), 0);
    g_assert_true (rapport_store_merge_into (store, duplicate->added_id, duplicate->existing_id, &error));
    g_assert_no_error (error);
    ids = rapport_store_list_contact_ids (store, &error);
    g_assert_cmpuint (ids->len, ==, 4);
    g_assert_cmpuint (rapport_contact_get_fields (dee)->len, ==, 1);
    timeline = rapport_store_list_timeline (store, rapport_contact_get_id (dee));
    g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 1);
  }
}

static void
cancel_at_half (guint    done,
                guint    total,
                gpointer user_data)
{
  if (done >= total / 2)
    g_cancellable_cancel (user_data);
}

static void
test_cancel (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = card ("Ana Silva", "", RAPPORT_FIELD_EMAIL, "ana@example.org", -1);
  g_autoptr(GPtrArray) file = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(RapportImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (rapport_store_add_contact (store, ana, &error));
  before = dump (store);

  g_ptr_array_add (file, card ("Ana Silva", "Kiln Ltd", RAPPORT_FIELD_EMAIL, "ana@example.org", -1));
  for (guint i = 0; i < 2000; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %u", i);

      g_ptr_array_add (file, card (name, "", -1));
    }
  report = rapport_store_import (store, file, RAPPORT_IMPORT_FORMAT_CSV, cancellable,
                                 cancel_at_half, cancellable, &error);
  g_assert_null (report);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  /* As before, in the file and in the objects in use. */
  after = dump (store);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpstr (rapport_contact_get_company (ana), ==, "");

  /* A person who cannot be written, half-way through: nothing is. */
  g_clear_error (&error);
  g_clear_pointer (&after, g_free);
  g_ptr_array_insert (file, 1000, card ("Bad \xff Bytes", "", -1));
  report = rapport_store_import (store, file, RAPPORT_IMPORT_FORMAT_CSV, NULL, NULL, NULL, &error);
  g_assert_null (report);
  g_assert_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_INVALID);
  after = dump (store);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpstr (rapport_contact_get_company (ana), ==, "");

  /* And the store goes on working, with savepoints again. */
  {
    g_autoptr(RapportContact) ben = test_add_person (store, "Ben");

    g_assert_cmpint (rapport_contact_get_id (ben), >, 0);
  }
}

static void
test_round_trip (void)
{
  const char *files[] = { "apple-3.0.vcf", "android-2.1.vcf", "rfc-4.0.vcf", "google-contacts.csv",
                          "linkedin-current.csv" };
  g_autoptr(RapportStore) first = test_open_new_default_store ();
  g_autofree char *first_dump = NULL;
  g_autofree char *second_dump = NULL;
  g_autoptr(GPtrArray) read_back = NULL;
  g_autoptr(GPtrArray) problems = rapport_import_problems_new ();
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      RapportImportFormat format;
      g_autoptr(GPtrArray) people = read_fixture (files[i], &format);
      g_autoptr(RapportImportReport) report = import (first, people);
    }
  first_dump = dump (first);

  /* Export, import into an empty Rapport: the same people and fields. */
  read_back = rapport_vcard_read (first_dump, strlen (first_dump), problems, &error);
  g_assert_no_error (error);
  g_clear_object (&first);
  {
    g_autofree char *dir = g_dir_make_tmp ("rapport-round-trip-XXXXXX", &error);
    g_autofree char *path = g_build_filename (dir, "second.db", NULL);
    g_autoptr(RapportStore) second = rapport_store_open (path, &error);
    g_autoptr(RapportImportReport) report = NULL;

    g_assert_no_error (error);
    report = import (second, read_back);
    g_assert_cmpuint (rapport_import_report_get_added (report)->len, ==, read_back->len);
    second_dump = dump (second);
  }
  g_assert_cmpstr (second_dump, ==, first_dump);
}

static GPtrArray *
read_vcard (const char *text)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *people = rapport_vcard_read (text, strlen (text), NULL, &error);

  g_assert_no_error (error);
  return people;
}

/* Merging compares an address by its parts: written again with its
 * country, or as the one line an older Rapport kept, it is the address
 * already there, not a second one; a new one comes in with its parts. */
static void
test_addresses_by_parts (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(GPtrArray) first = read_vcard ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\n"
                                           "N:Lovelace;Ada;;;\r\nEMAIL:ada@example.org\r\n"
                                           "ADR;TYPE=home:;;12 St James's Square;London;;SW1Y 4JH;\r\n"
                                           "END:VCARD\r\n");
  g_autoptr(GPtrArray) again = read_vcard ("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada Lovelace\r\n"
                                           "N:Lovelace;Ada;;;\r\nEMAIL:ada@example.org\r\n"
                                           "ADR;TYPE=home:;;12 St. James's Square;LONDON;;SW1Y 4JH;United Kingdom\r\n"
                                           "ADR;TYPE=work:;;1 Babbage Row;London;;;United Kingdom\r\n"
                                           "ORG:Analytical Engines;Research\r\n"
                                           "END:VCARD\r\n");
  g_autoptr(GPtrArray) whole = read_vcard ("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada Lovelace\r\n"
                                           "EMAIL:ada@example.org\r\n"
                                           "ADR:;;1 Babbage Row\\, London\\, United Kingdom;;;;\r\n"
                                           "END:VCARD\r\n");
  g_autoptr(RapportImportReport) report = NULL;
  g_autoptr(RapportContact) ada = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  GPtrArray *fields;

  report = import (store, first);
  g_assert_cmpuint (rapport_import_report_get_added (report)->len, ==, 1);
  g_clear_object (&report);

  report = import (store, again);
  g_assert_cmpuint (rapport_import_report_get_n_updated (report), ==, 1);
  g_clear_object (&report);
  ids = rapport_store_list_contact_ids (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  ada = rapport_store_get_contact (store, g_array_index (ids, gint64, 0), &error);
  g_assert_no_error (error);
  fields = rapport_contact_get_fields (ada);
  g_assert_cmpuint (fields->len, ==, 3);
  test_assert_address (ada, 1, "home", "", "", "12 St James's Square", "London", "", "SW1Y 4JH", "");
  /* The new address came in parts, and the department with it. */
  test_assert_address (ada, 2, "work", "", "", "1 Babbage Row", "London", "", "", "United Kingdom");
  g_assert_cmpstr (rapport_contact_get_department (ada), ==, "Research");

  /* One line holding the same words: already there. */
  report = import (store, whole);
  g_assert_cmpuint (rapport_import_report_get_n_unchanged (report), ==, 1);
  g_assert_cmpuint (rapport_contact_get_fields (ada)->len, ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/rapport/store-import/fixtures-twice", test_fixtures_twice);
  g_test_add_func ("/rapport/store-import/match-update-undo", test_match_update_undo);
  g_test_add_func ("/rapport/store-import/cancel", test_cancel);
  g_test_add_func ("/rapport/store-import/round-trip", test_round_trip);
  g_test_add_func ("/rapport/store-import/addresses-by-parts", test_addresses_by_parts);

  return g_test_run ();
}
