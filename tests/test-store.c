/* test-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store on real SQLite files: every record kind, derived dates, bad
 * input, and the files it must refuse without touching.
 */

#include "config.h"

#include <locale.h>
#include <sqlite3.h>

#include "rapport-people-model.h"
#include "rapport-test-util.h"

static void
test_create (TestDir       *fixture,
             gconstpointer  data)
{
  g_autoptr(RapportStore) store = test_open_store (fixture->path);

  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (rapport_store_get_path (store), ==, fixture->path);
  g_assert_cmpuint (rapport_store_get_schema_version (store), ==, RAPPORT_STORE_SCHEMA_VERSION);
  g_clear_object (&store);

  g_assert_cmpint (test_raw_int (fixture->path, "PRAGMA user_version"), ==, RAPPORT_STORE_SCHEMA_VERSION);
  g_assert_cmpint (test_raw_int (fixture->path, "PRAGMA application_id"), ==, 0x52617070);

  /* Opening again is a no-op on the schema. */
  store = test_open_store (fixture->path);
  g_assert_cmpuint (rapport_store_get_schema_version (store), ==, RAPPORT_STORE_SCHEMA_VERSION);
}

static void
test_default_path (TestDir       *fixture,
                   gconstpointer  data)
{
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), APP_ID, "rapport.db", NULL);
  g_autofree char *path = NULL;
  g_autofree char *overridden = NULL;
  g_autoptr(RapportStore) store = NULL;

  g_unsetenv ("RAPPORT_DATA_DIR");
  path = rapport_store_dup_default_path ();
  g_assert_cmpstr (path, ==, expected);

  g_setenv ("RAPPORT_DATA_DIR", fixture->dir, TRUE);
  overridden = rapport_store_dup_default_path ();
  g_assert_cmpstr (overridden, ==, fixture->path);

  /* NULL opens the default, creating its folder. */
  store = rapport_store_open (NULL, NULL);
  g_assert_nonnull (store);
  g_assert_cmpstr (rapport_store_get_path (store), ==, fixture->path);
  g_unsetenv ("RAPPORT_DATA_DIR");
}

/* Text that breaks naive code: combining marks, emoji with joiners and
 * skin tones, right-to-left scripts with bidi marks, CJK, a NUL-free C0. */
static const char *tricky[] = {
  "Zoe\xcc\x88 Ae\xcc\x81lie",                             /* e + combining diaeresis, acute */
  "\xf0\x9f\x91\xa9\xf0\x9f\x8f\xbd\xe2\x80\x8d\xf0\x9f\x92\xbb Dev",  /* woman technologist, skin tone */
  "\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d \xd8\xb9\xd9\x84\xd9\x8a\xe2\x80\x8f",  /* Hebrew, Arabic, RLM */
  "\xe5\xb1\xb1\xe7\x94\xb0 \xe5\xa4\xaa\xe9\x83\x8e",     /* 山田 太郎 */
  "tab\there\nnew line \"quotes\" 'single' %s %n \\",
};

static void
fill_contact (RapportContact *contact)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) photo = g_bytes_new ("\x89PNG\r\n\x1a\n\0\0binary", 16);
  g_autoptr(RapportAddress) office = rapport_address_new ();
  RapportPartialDate birthday = { 0, 2, 29 };
  RapportPartialDate met_on = { 2019, 4, 0 };
  const char *tags[] = { tricky[1], "Design", "design", "  ", "Mentor", NULL };
  const char *extra[] = { "X-SOCIALPROFILE;TYPE=mastodon:https://example.social/@zoe", "NOTE;LANGUAGE=he:\xd7\xa9", NULL };

  rapport_contact_set_display_name (contact, tricky[0]);
  rapport_contact_set_given_name (contact, "Zoe\xcc\x88");
  rapport_contact_set_family_name (contact, tricky[2]);
  rapport_contact_set_additional_name (contact, "Marie,Claire");
  rapport_contact_set_name_prefix (contact, "Dr.");
  rapport_contact_set_name_suffix (contact, "Jr.,M.D.");
  rapport_contact_set_nickname (contact, tricky[3]);
  rapport_contact_set_pronouns (contact, "she/her");
  rapport_contact_set_profession (contact, "Architect");
  rapport_contact_set_expertise (contact, "Timber buildings");
  rapport_contact_set_environment (contact, "Small studios in Lyon");
  rapport_contact_set_looking_for (contact, "Introductions to sawmills");
  rapport_contact_set_company (contact, tricky[1]);
  rapport_contact_set_department (contact, "Research;Timber Lab");
  rapport_contact_set_how_met (contact, tricky[4]);
  rapport_contact_set_met_at (contact, "GUADEC");
  rapport_contact_set_notes (contact, tricky[2]);
  rapport_contact_set_how_i_can_help (contact, "Share the CLT report");
  rapport_contact_set_birthday (contact, &birthday);
  rapport_contact_set_met_on (contact, &met_on);
  rapport_contact_set_closeness (contact, RAPPORT_CLOSENESS_FRIEND);
  rapport_contact_set_enjoy (contact, TRUE);
  rapport_contact_set_cadence_days (contact, 45);
  rapport_contact_set_photo (contact, photo);
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_EMAIL, "work", "zoe@example.org"));
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_PHONE, "mobile", "+33 6 12 34 56 78"));
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_URL, "LinkedIn", "https://example.com/in/zoe"));
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_ADDRESS, "home", tricky[3]));
  rapport_address_set (office, RAPPORT_ADDRESS_PO_BOX, "BP 12");
  rapport_address_set (office, RAPPORT_ADDRESS_EXTENDED, "Bâtiment B");
  rapport_address_set (office, RAPPORT_ADDRESS_STREET, "3 quai Claude Bernard,Étage 2");
  rapport_address_set (office, RAPPORT_ADDRESS_LOCALITY, "Lyon");
  rapport_address_set (office, RAPPORT_ADDRESS_REGION, "Rhône");
  rapport_address_set (office, RAPPORT_ADDRESS_POSTAL_CODE, "69007");
  rapport_address_set (office, RAPPORT_ADDRESS_COUNTRY, "France");
  rapport_address_set (office, RAPPORT_ADDRESS_LABEL, "3 quai Claude Bernard\n69007 Lyon");
  rapport_address_set (office, RAPPORT_ADDRESS_GEO, "geo:45.75,4.84");
  g_ptr_array_add (fields, rapport_contact_field_new_address ("work", office));
  rapport_contact_set_fields (contact, fields);
  rapport_contact_set_tags (contact, tags);
  rapport_contact_set_vcard_extra (contact, extra);
}

static void
assert_contacts_equal (RapportContact *a,
                       RapportContact *b)
{
  static const char *texts[] = {
    "uid", "display-name", "given-name", "family-name", "nickname", "pronouns", "profession",
    "expertise", "environment", "looking-for", "company", "how-met", "met-at", "notes",
    "how-i-can-help", "additional-name", "name-prefix", "name-suffix", "department", "name",
  };
  GPtrArray *fa = rapport_contact_get_fields (a);
  GPtrArray *fb = rapport_contact_get_fields (b);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *va = NULL;
      g_autofree char *vb = NULL;

      g_object_get (a, texts[i], &va, NULL);
      g_object_get (b, texts[i], &vb, NULL);
      g_assert_cmpstr (va, ==, vb);
    }

  g_assert_cmpint (rapport_contact_get_id (a), ==, rapport_contact_get_id (b));
  g_assert_true (rapport_partial_date_equal (rapport_contact_get_birthday (a), rapport_contact_get_birthday (b)));
  g_assert_true (rapport_partial_date_equal (rapport_contact_get_met_on (a), rapport_contact_get_met_on (b)));
  g_assert_cmpint (rapport_contact_get_closeness (a), ==, rapport_contact_get_closeness (b));
  g_assert_cmpint (rapport_contact_get_enjoy (a), ==, rapport_contact_get_enjoy (b));
  g_assert_cmpuint (rapport_contact_get_cadence_days (a), ==, rapport_contact_get_cadence_days (b));
  g_assert_cmpint (rapport_contact_get_archived (a), ==, rapport_contact_get_archived (b));
  g_assert_true ((rapport_contact_get_photo (a) == NULL) == (rapport_contact_get_photo (b) == NULL));
  if (rapport_contact_get_photo (a) != NULL)
    g_assert_true (g_bytes_equal (rapport_contact_get_photo (a), rapport_contact_get_photo (b)));
  g_assert_cmpstrv (rapport_contact_get_tags (a), rapport_contact_get_tags (b));
  g_assert_cmpstrv (rapport_contact_get_vcard_extra (a), rapport_contact_get_vcard_extra (b));
  g_assert_cmpuint (fa->len, ==, fb->len);
  for (guint i = 0; i < fa->len; i++)
    {
      const RapportAddress *address = rapport_contact_field_get_address (g_ptr_array_index (fb, i));

      g_assert_true (rapport_contact_field_equal (g_ptr_array_index (fa, i), g_ptr_array_index (fb, i)));
      /* Addresses come back as addresses, parts and all. */
      g_assert_true ((address != NULL) ==
                     (rapport_contact_field_get_kind (g_ptr_array_index (fb, i)) == RAPPORT_FIELD_ADDRESS));
    }
}

/* The shown name is made of the parts unless the person chose one. */
static void
test_derived_name (TestDir       *fixture,
                   gconstpointer  data)
{
  g_autoptr(RapportStore) store = test_open_store (fixture->path);
  g_autoptr(RapportContact) contact = rapport_contact_new ();
  g_autoptr(RapportContact) reread = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  guint notified = 0;

  g_signal_connect_swapped (contact, "notify::name", G_CALLBACK (g_atomic_int_inc), &notified);
  rapport_contact_set_name_part (contact, RAPPORT_NAME_GIVEN, "Ada");
  rapport_contact_set_name_part (contact, RAPPORT_NAME_FAMILY, "Lovelace");
  rapport_contact_set_name_part (contact, RAPPORT_NAME_ADDITIONAL, "Augusta");
  g_assert_cmpuint (notified, ==, 3);
  rapport_contact_set_name (contact, "Ada Augusta Lovelace");
  g_assert_false (rapport_contact_get_name_chosen (contact));
  rapport_contact_set_name_part (contact, RAPPORT_NAME_PREFIX, "Countess");
  name = rapport_contact_dup_name (contact);
  g_assert_cmpstr (name, ==, "Countess Ada Augusta Lovelace");
  g_clear_pointer (&name, g_free);

  rapport_contact_set_name (contact, "  Ada Lovelace ");
  g_assert_true (rapport_contact_get_name_chosen (contact));
  rapport_contact_set_name_part (contact, RAPPORT_NAME_SUFFIX, "FRS");
  name = rapport_contact_dup_name (contact);
  g_assert_cmpstr (name, ==, "Ada Lovelace");
  g_clear_pointer (&name, g_free);

  g_assert_true (rapport_store_add_contact (store, contact, &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  store = test_open_store (fixture->path);
  reread = rapport_store_get_contact (store, rapport_contact_get_id (contact), &error);
  g_assert_no_error (error);
  g_assert_true (rapport_contact_get_name_chosen (reread));
  g_assert_cmpstr (rapport_contact_get_name_suffix (reread), ==, "FRS");

  /* Clearing the chosen name goes back to the parts. */
  rapport_contact_set_name (reread, "");
  g_assert_false (rapport_contact_get_name_chosen (reread));
  name = rapport_contact_dup_name (reread);
  g_assert_cmpstr (name, ==, "Countess Ada Augusta Lovelace FRS");
  g_clear_pointer (&name, g_free);

  /* Lists read as names are: "Jr., M.D.". */
  rapport_contact_set_name_part (reread, RAPPORT_NAME_ADDITIONAL, "Augusta,Byron");
  rapport_contact_set_name_part (reread, RAPPORT_NAME_SUFFIX, "Jr.,M.D.");
  name = rapport_contact_dup_name (reread);
  g_assert_cmpstr (name, ==, "Countess Ada Augusta Byron Lovelace Jr., M.D.");
}

static void
test_contact_round_trip (TestDir       *fixture,
                         gconstpointer  data)
{
  g_autoptr(RapportStore) store = test_open_store (fixture->path);
  g_autoptr(RapportContact) contact = rapport_contact_new ();
  g_autoptr(RapportContact) reread = NULL;
  g_autoptr(GError) error = NULL;
  const char *expected_tags[] = { tricky[1], "Design", "Mentor", NULL };
  gint64 id;

  fill_contact (contact);
  g_assert_true (rapport_store_add_contact (store, contact, &error));
  g_assert_no_error (error);
  id = rapport_contact_get_id (contact);
  g_assert_cmpint (id, >, 0);
  g_assert_true (g_str_has_prefix (rapport_contact_get_uid (contact), "urn:uuid:"));
  g_assert_nonnull (rapport_contact_get_created_at (contact));
  /* Repeated and blank tags were dropped, case-insensitively, order kept. */
  g_assert_cmpstrv (rapport_contact_get_tags (contact), expected_tags);

  /* Exactly the same, byte for byte, from a fresh connection. */
  g_clear_object (&store);
  store = test_open_store (fixture->path);
  reread = rapport_store_get_contact (store, id, &error);
  g_assert_no_error (error);
  g_assert_true (reread != contact);
  assert_contacts_equal (contact, reread);

  /* Saving changes. */
  rapport_contact_set_notes (reread, "Changed");
  rapport_contact_set_tags (reread, NULL);
  rapport_contact_set_photo (reread, NULL);
  rapport_contact_set_archived (reread, TRUE);
  g_assert_true (rapport_store_save_contact (store, reread, &error));
  g_assert_no_error (error);
  g_clear_object (&reread);
  g_clear_object (&store);

  store = test_open_store (fixture->path);
  reread = rapport_store_get_contact (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rapport_contact_get_notes (reread), ==, "Changed");
  g_assert_cmpuint (g_strv_length ((char **) rapport_contact_get_tags (reread)), ==, 0);
  g_assert_null (rapport_contact_get_photo (reread));
  g_assert_true (rapport_contact_get_archived (reread));
  g_assert_cmpstr (rapport_contact_get_display_name (reread), ==, tricky[0]);
  /* Tags nobody uses are gone. */
  {
    g_auto(GStrv) tags = rapport_store_list_tags (store);

    g_assert_cmpuint (g_strv_length (tags), ==, 0);
  }
}

static void
test_contact_delete (TestDir       *fixture,
                     gconstpointer  data)
{
  g_autoptr(RapportStore) store = test_open_store (fixture->path);
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana");
  g_autoptr(RapportContact) ben = test_add_person (store, "Ben");
  g_autoptr(RapportInteraction) alone = NULL;
  g_autoptr(RapportInteraction) shared = NULL;
  g_autoptr(RapportContact) gone = NULL;
  g_autoptr(RapportInteraction) still = NULL;
  g_autoptr(GListModel) timeline = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ana_id = rapport_contact_get_id (ana);
  gint64 alone_id, shared_id;

  alone = test_add_interaction (store, RAPPORT_INTERACTION_CALL, test_date ("2024-01-02"), "Just Ana", IDS (ana_id));
  shared = test_add_interaction (store, RAPPORT_INTERACTION_MET_IN_PERSON, test_date ("2024-01-03"), "Both",
                                 IDS (ana_id, rapport_contact_get_id (ben)));
  alone_id = rapport_interaction_get_id (alone);
  shared_id = rapport_interaction_get_id (shared);
  g_clear_object (&alone);
  g_clear_object (&shared);

  g_assert_true (rapport_store_delete_contact (store, ana_id, &error));
  g_assert_no_error (error);

  gone = rapport_store_get_contact (store, ana_id, &error);
  g_assert_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_NOT_FOUND);
  g_assert_null (gone);
  g_clear_error (&error);

  /* What was only with Ana went with her; what was shared stays, without her. */
  g_assert_null (rapport_store_get_interaction (store, alone_id, &error));
  g_assert_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  still = rapport_store_get_interaction (store, shared_id, &error);
  g_assert_no_error (error);
  g_assert_false (rapport_interaction_has_contact (still, ana_id));
  g_assert_true (rapport_interaction_has_contact (still, rapport_contact_get_id (ben)));

  timeline = rapport_store_list_timeline (store, rapport_contact_get_id (ben));
  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 1);

  /* Deleting twice says so. */
  g_assert_false (rapport_store_delete_contact (store, ana_id, &error));
  g_assert_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_NOT_FOUND);
}

static void
test_identity (TestDir       *fixture,
               gconstpointer  data)
{
  g_autoptr(RapportStore) store = test_open_store (fixture->path);
  g_autoptr(RapportContact) added = test_add_person (store, "Ana");
  gint64 id = rapport_contact_get_id (added);
  g_autoptr(RapportContact) first = rapport_store_get_contact (store, id, NULL);
  g_autoptr(RapportContact) second = rapport_store_get_contact (store, id, NULL);
  g_autoptr(RapportContact) other = rapport_contact_new ();
  g_autoptr(GError) error = NULL;

  /* Everyone shares one object per person... */
  g_assert_true (first == added);
  g_assert_true (second == added);

  /* ...so saving from a stray copy updates the shared one too. */
  rapport_contact_set_id (other, id);
  rapport_contact_set_display_name (other, "Ana María");
  g_assert_true (rapport_store_save_contact (store, other, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (rapport_contact_get_display_name (added), ==, "Ana María");

  /* When nobody holds it, it goes, and the next read makes a new one. */
  g_clear_object (&first);
  g_clear_object (&second);
  g_assert_finalize_object (g_steal_pointer (&added));
  first = rapport_store_get_contact (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rapport_contact_get_display_name (first), ==, "Ana María");
}

/* SQLite reuses the highest id once it is deleted: an object left from the
 * deleted record must not overwrite the new one. */
static void
test_deleted_object_is_a_copy (TestDir       *fixture,
                               gconstpointer  data)
{
  g_autoptr(RapportStore) store = test_open_store (fixture->path);
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana");
  g_autoptr(RapportContact) ben = test_add_person (store, "Ben");
  g_autoptr(RapportContact) cleo = NULL;
  g_autoptr(GError) error = NULL;
  const char *tags[] = { "work", NULL };
  const char *renamed[] = { "Work", NULL };
  gint64 ben_id = rapport_contact_get_id (ben);

  g_assert_true (rapport_store_delete_contact (store, ben_id, &error));
  g_assert_cmpint (rapport_contact_get_id (ben), ==, 0);
  cleo = test_add_person (store, "Cleo");
  g_assert_cmpint (rapport_contact_get_id (cleo), ==, ben_id);

  rapport_contact_set_notes (ben, "typed in a stale page");
  g_assert_false (rapport_store_save_contact (store, ben, &error));
  g_assert_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpstr (rapport_contact_get_display_name (cleo), ==, "Cleo");
  g_assert_cmpint (test_raw_int (fixture->path, "SELECT count(*) FROM contact WHERE notes <> ''"), ==, 0);

  /* A tag's new spelling is kept. */
  rapport_contact_set_tags (ana, tags);
  g_assert_true (rapport_store_save_contact (store, ana, &error));
  rapport_contact_set_tags (ana, renamed);
  g_assert_true (rapport_store_save_contact (store, ana, &error));
  g_assert_no_error (error);
  {
    g_auto(GStrv) all = rapport_store_list_tags (store);

    g_assert_cmpstrv (all, renamed);
  }
}

static void
test_interactions (TestDir       *fixture,
                   gconstpointer  data)
{
  g_autoptr(RapportStore) store = test_open_store (fixture->path);
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana");
  g_autoptr(RapportContact) ben = test_add_person (store, "Ben");
  g_autoptr(RapportContact) cy = test_add_person (store, "Cy");
  gint64 a = rapport_contact_get_id (ana), b = rapport_contact_get_id (ben), c = rapport_contact_get_id (cy);
  g_autoptr(RapportInteraction) lunch = NULL;
  g_autoptr(RapportInteraction) call = NULL;
  g_autoptr(RapportInteraction) reread = NULL;
  g_autoptr(GListModel) ana_timeline = rapport_store_list_timeline (store, a);
  g_autoptr(GListModel) cy_timeline = rapport_store_list_timeline (store, c);
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportInteraction) first = NULL;
  guint n_ids;
  const gint64 *ids;

  lunch = test_add_interaction (store, RAPPORT_INTERACTION_MET_IN_PERSON, test_date ("2024-05-01"),
                                "Lunch", IDS (a, b));
  rapport_interaction_set_time_minutes (lunch, 12 * 60 + 30);
  rapport_interaction_set_details (lunch, "Talked about timber.\n\n\xf0\x9f\x8c\xb2");
  rapport_interaction_set_follow_up (lunch, test_date ("2024-05-08"));
  g_assert_true (rapport_store_save_interaction (store, lunch, &error));
  g_assert_no_error (error);
  call = test_add_interaction (store, RAPPORT_INTERACTION_CALL, test_date ("2024-06-01"), "Call", IDS (a));

  /* Newest first. */
  g_assert_cmpuint (g_list_model_get_n_items (ana_timeline), ==, 2);
  first = g_list_model_get_item (ana_timeline, 0);
  g_assert_true (first == call);
  g_assert_cmpuint (g_list_model_get_n_items (cy_timeline), ==, 0);

  /* Read back through a fresh connection. */
  {
    g_autoptr(RapportStore) other = test_open_store (fixture->path);

    reread = rapport_store_get_interaction (other, rapport_interaction_get_id (lunch), &error);
    g_assert_no_error (error);
    g_assert_cmpint (rapport_interaction_get_kind (reread), ==, RAPPORT_INTERACTION_MET_IN_PERSON);
    g_assert_cmpint (g_date_compare (rapport_interaction_get_date (reread), test_date ("2024-05-01")), ==, 0);
    g_assert_cmpint (rapport_interaction_get_time_minutes (reread), ==, 12 * 60 + 30);
    g_assert_cmpstr (rapport_interaction_get_details (reread), ==, "Talked about timber.\n\n\xf0\x9f\x8c\xb2");
    g_assert_cmpint (g_date_compare (rapport_interaction_get_follow_up (reread), test_date ("2024-05-08")), ==, 0);
    ids = rapport_interaction_get_contact_ids (reread, &n_ids);
    g_assert_cmpuint (n_ids, ==, 2);
    g_assert_true (rapport_interaction_has_contact (reread, a) && rapport_interaction_has_contact (reread, b));
    g_assert_nonnull (ids);
  }

  /* Moving the lunch from Ben to Cy moves it between timelines. */
  rapport_interaction_set_contact_ids (lunch, IDS (a, c), 2);
  g_assert_true (rapport_store_save_interaction (store, lunch, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cy_timeline), ==, 1);

  /* Nobody, or someone who is not there, is refused and changes nothing. */
  rapport_interaction_set_contact_ids (lunch, NULL, 0);
  g_assert_false (rapport_store_save_interaction (store, lunch, &error));
  g_assert_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  rapport_interaction_set_contact_ids (lunch, IDS (a, 999999), 2);
  g_assert_false (rapport_store_save_interaction (store, lunch, &error));
  g_assert_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (cy_timeline), ==, 1);

  g_assert_true (rapport_store_delete_interaction (store, rapport_interaction_get_id (call), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ana_timeline), ==, 1);
}

static void
test_derived_dates (TestDir       *fixture,
                    gconstpointer  data)
{
  g_autoptr(RapportStore) store = test_open_store (fixture->path);
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana");
  gint64 a = rapport_contact_get_id (ana);
  g_autoptr(RapportInteraction) met = NULL;
  g_autoptr(RapportInteraction) note = NULL;
  g_autoptr(RapportInteraction) later = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  g_assert_null (rapport_contact_get_last_contacted (ana));
  g_assert_null (rapport_contact_get_due_on (ana));

  /* A meeting 40 days ago with a follow-up 10 days ago: due. */
  met = test_add_interaction (store, RAPPORT_INTERACTION_MET_IN_PERSON, test_days_from_today (-40), "Met", IDS (a));
  rapport_interaction_set_follow_up (met, test_days_from_today (-10));
  g_assert_true (rapport_store_save_interaction (store, met, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_date_compare (rapport_contact_get_last_contacted (ana), test_days_from_today (-40)), ==, 0);
  g_assert_cmpint (g_date_compare (rapport_contact_get_due_on (ana), test_days_from_today (-10)), ==, 0);
  g_assert_true (rapport_contact_is_due (ana, test_days_from_today (0)));

  /* A note is not contact: it moves neither date. */
  note = test_add_interaction (store, RAPPORT_INTERACTION_NOTE, test_days_from_today (-5), "Note to self", IDS (a));
  g_assert_cmpint (g_date_compare (rapport_contact_get_last_contacted (ana), test_days_from_today (-40)), ==, 0);
  g_assert_true (rapport_contact_is_due (ana, test_days_from_today (0)));

  /* Being in touch since clears the follow-up. */
  later = test_add_interaction (store, RAPPORT_INTERACTION_CALL, test_days_from_today (-2), "Called", IDS (a));
  g_assert_cmpint (g_date_compare (rapport_contact_get_last_contacted (ana), test_days_from_today (-2)), ==, 0);
  g_assert_null (rapport_contact_get_due_on (ana));
  g_assert_false (rapport_contact_is_due (ana, test_days_from_today (0)));

  /* A keep-in-touch cadence counts from the last contact. */
  rapport_contact_set_cadence_days (ana, 30);
  g_assert_true (rapport_store_save_contact (store, ana, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_date_compare (rapport_contact_get_due_on (ana), test_days_from_today (28)), ==, 0);

  /* Deleting that call brings the old state back. */
  g_assert_true (rapport_store_delete_interaction (store, rapport_interaction_get_id (later), &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_date_compare (rapport_contact_get_last_contacted (ana), test_days_from_today (-40)), ==, 0);
  g_assert_cmpint (g_date_compare (rapport_contact_get_due_on (ana), test_days_from_today (-10)), ==, 0);

  /* Nobody typed these in: the column values come from the triggers. */
  g_assert_cmpint (test_raw_int (fixture->path, "SELECT count(*) FROM contact WHERE last_contacted IS NOT NULL"), ==, 1);
}

static void
test_events (TestDir       *fixture,
             gconstpointer  data)
{
  g_autoptr(RapportStore) store = test_open_store (fixture->path);
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana");
  g_autoptr(RapportContact) ben = test_add_person (store, "Ben");
  g_autoptr(RapportPeecStatement) statement = rapport_peec_statement_new ();
  g_autoptr(GDateTime) when = g_date_time_new_local (2031, 3, 14, 18, 30, 0);
  g_autoptr(RapportEvent) meetup = rapport_event_new ("Timber meetup", when);
  g_autoptr(RapportEvent) reread = NULL;
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(GError) error = NULL;
  gint64 event_id;

  rapport_peec_statement_set_title (statement, "For builders");
  g_assert_true (rapport_store_add_statement (store, statement, &error));
  g_assert_no_error (error);

  rapport_event_set_place (meetup, "Halle \xc3\xa0 bois, Lyon");
  rapport_event_set_notes (meetup, "Bring cards");
  rapport_event_set_statement_id (meetup, rapport_peec_statement_get_id (statement));
  g_assert_true (rapport_store_add_event (store, meetup, &error));
  g_assert_no_error (error);
  event_id = rapport_event_get_id (meetup);

  g_assert_true (rapport_store_set_attendee (store, event_id, rapport_contact_get_id (ben), "Ask about CLT", &error));
  g_assert_true (rapport_store_set_attendee (store, event_id, rapport_contact_get_id (ana), NULL, &error));
  g_assert_true (rapport_store_set_attendee (store, event_id, rapport_contact_get_id (ben), "Thank him", &error));
  g_assert_no_error (error);

  attendees = rapport_store_list_attendees (store, event_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (attendees->len, ==, 2);
  g_assert_cmpint (rapport_attendee_get_contact_id (attendees->pdata[0]), ==, rapport_contact_get_id (ben));
  g_assert_cmpstr (rapport_attendee_get_goal (attendees->pdata[0]), ==, "Thank him");
  g_assert_cmpstr (rapport_attendee_get_goal (attendees->pdata[1]), ==, "");

  g_assert_false (rapport_store_set_attendee (store, event_id, 424242, NULL, &error));
  g_assert_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (rapport_store_remove_attendee (store, event_id, rapport_contact_get_id (ana), &error));
  g_clear_pointer (&attendees, g_ptr_array_unref);
  attendees = rapport_store_list_attendees (store, event_id, &error);
  g_assert_cmpuint (attendees->len, ==, 1);

  {
    g_autoptr(RapportStore) other = test_open_store (fixture->path);

    reread = rapport_store_get_event (other, event_id, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (rapport_event_get_name (reread), ==, "Timber meetup");
    g_assert_cmpstr (rapport_event_get_place (reread), ==, "Halle \xc3\xa0 bois, Lyon");
    g_assert_true (g_date_time_equal (rapport_event_get_starts_at (reread), when));
    g_assert_cmpint (rapport_event_get_statement_id (reread), ==, rapport_peec_statement_get_id (statement));
  }

  /* The statement goes; the event stays and names none. */
  g_assert_true (rapport_store_delete_statement (store, rapport_peec_statement_get_id (statement), &error));
  g_assert_no_error (error);
  g_assert_cmpint (rapport_event_get_statement_id (meetup), ==, 0);

  /* Deleting a person takes them off the list. */
  g_assert_true (rapport_store_delete_contact (store, rapport_contact_get_id (ben), &error));
  g_clear_pointer (&attendees, g_ptr_array_unref);
  attendees = rapport_store_list_attendees (store, event_id, &error);
  g_assert_cmpuint (attendees->len, ==, 0);

  g_assert_true (rapport_store_delete_event (store, event_id, &error));
  g_assert_no_error (error);
  g_assert_false (rapport_store_delete_event (store, event_id, &error));
  g_assert_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_NOT_FOUND);
}

static void
test_events_model (TestDir       *fixture,
                   gconstpointer  data)
{
  g_autoptr(RapportStore) store = test_open_store (fixture->path);
  g_autoptr(GListModel) events = rapport_store_list_events (store);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  const int offsets_days[] = { -30, 10, -2, 3 };
  const char *expected[] = { "in 3", "in 10", "-2", "-30" };

  for (guint i = 0; i < G_N_ELEMENTS (offsets_days); i++)
    {
      g_autoptr(GDateTime) when = g_date_time_add_days (now, offsets_days[i]);
      g_autofree char *name = offsets_days[i] > 0 ? g_strdup_printf ("in %d", offsets_days[i])
                                                  : g_strdup_printf ("%d", offsets_days[i]);
      g_autoptr(RapportEvent) event = rapport_event_new (name, when);

      g_assert_true (rapport_store_add_event (store, event, NULL));
    }

  /* Coming up soonest first, then the past, latest first. */
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(RapportEvent) event = g_list_model_get_item (events, i);

      g_assert_cmpstr (rapport_event_get_name (event), ==, expected[i]);
    }
}

static void
test_statements (TestDir       *fixture,
                 gconstpointer  data)
{
  g_autoptr(RapportStore) store = test_open_store (fixture->path);
  g_autoptr(GListModel) statements = rapport_store_list_statements (store);
  g_autoptr(RapportPeecStatement) one = rapport_peec_statement_new ();
  g_autoptr(RapportPeecStatement) two = rapport_peec_statement_new ();
  g_autoptr(RapportPeecStatement) reread = NULL;
  g_autoptr(GError) error = NULL;

  rapport_peec_statement_set_title (one, "Conference");
  rapport_peec_statement_set_audience (one, "Engineers");
  rapport_peec_statement_set_profession (one, "I am a structural engineer");
  rapport_peec_statement_set_expertise (one, "specialising in mass timber");
  rapport_peec_statement_set_environment (one, "for mid-rise housing in France");
  rapport_peec_statement_set_call_to_action (one, "Who do you know building with CLT?");
  g_assert_true (rapport_store_add_statement (store, one, &error));
  rapport_peec_statement_set_title (two, "Neighbours");
  g_assert_true (rapport_store_add_statement (store, two, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (g_list_model_get_n_items (statements), ==, 2);

  {
    g_autoptr(RapportStore) other = test_open_store (fixture->path);

    reread = rapport_store_get_statement (other, rapport_peec_statement_get_id (one), &error);
    g_assert_no_error (error);
    g_assert_cmpstr (rapport_peec_statement_get_call_to_action (reread), ==, "Who do you know building with CLT?");
    g_assert_cmpstr (rapport_peec_statement_get_environment (reread), ==, "for mid-rise housing in France");
    g_assert_nonnull (rapport_peec_statement_get_created_at (reread));
  }

  g_assert_true (rapport_store_delete_statement (store, rapport_peec_statement_get_id (two), &error));
  g_assert_cmpuint (g_list_model_get_n_items (statements), ==, 1);
}

static void
test_bad_input (TestDir       *fixture,
                gconstpointer  data)
{
  g_autoptr(RapportStore) store = test_open_store (fixture->path);
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana");
  g_autoptr(RapportContact) reread = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) long_note = g_string_new (NULL);

  /* Invalid UTF-8 is refused and nothing changes. */
  rapport_contact_set_notes (ana, "ok \xff\xfe bad");
  g_assert_false (rapport_store_save_contact (store, ana, &error));
  g_assert_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (test_raw_int (fixture->path, "SELECT count(*) FROM contact WHERE notes <> ''"), ==, 0);

  /* A 100,000-character note is kept whole. */
  for (guint i = 0; i < 100000 / 10; i++)
    g_string_append (long_note, "0123456789");
  rapport_contact_set_notes (ana, long_note->str);
  g_assert_true (rapport_store_save_contact (store, ana, &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  store = test_open_store (fixture->path);
  reread = rapport_store_get_contact (store, rapport_contact_get_id (ana), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (rapport_contact_get_notes (reread)), ==, 100000);
}

typedef struct
{
  guint kind;
  gint64 id;
  guint change;
} Change;

static void
record_change_cb (GArray *changes,
                  guint   kind,
                  gint64  id,
                  guint   change)
{
  Change c = { kind, id, change };

  g_array_append_val (changes, c);
}

static void
assert_change (GArray *changes,
               guint   index,
               guint   kind,
               gint64  id,
               guint   change)
{
  g_assert_cmpuint (index, <, changes->len);
  g_assert_cmpuint (g_array_index (changes, Change, index).kind, ==, kind);
  g_assert_cmpint (g_array_index (changes, Change, index).id, ==, id);
  g_assert_cmpuint (g_array_index (changes, Change, index).change, ==, change);
}

static void
test_changed_signal (TestDir       *fixture,
                     gconstpointer  data)
{
  g_autoptr(RapportStore) store = test_open_store (fixture->path);
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autoptr(RapportContact) ana = NULL;
  g_autoptr(RapportInteraction) call = NULL;
  g_autoptr(GError) error = NULL;
  gint64 a, i;

  g_signal_connect_swapped (store, "changed", G_CALLBACK (record_change_cb), changes);

  ana = test_add_person (store, "Ana");
  a = rapport_contact_get_id (ana);
  assert_change (changes, 0, RAPPORT_RECORD_CONTACT, a, RAPPORT_CHANGE_ADDED);

  rapport_contact_set_company (ana, "Timberworks");
  g_assert_true (rapport_store_save_contact (store, ana, &error));
  assert_change (changes, 1, RAPPORT_RECORD_CONTACT, a, RAPPORT_CHANGE_UPDATED);

  call = test_add_interaction (store, RAPPORT_INTERACTION_CALL, NULL, "Call", IDS (a));
  i = rapport_interaction_get_id (call);
  assert_change (changes, 2, RAPPORT_RECORD_INTERACTION, i, RAPPORT_CHANGE_ADDED);

  /* A failed save says nothing. */
  rapport_contact_set_notes (ana, "\xc3\x28");
  g_assert_false (rapport_store_save_contact (store, ana, &error));
  g_clear_error (&error);
  g_assert_cmpuint (changes->len, ==, 3);

  /* Deleting Ana takes her call along, and says so. */
  g_assert_true (rapport_store_delete_contact (store, a, &error));
  g_assert_no_error (error);
  assert_change (changes, 3, RAPPORT_RECORD_INTERACTION, i, RAPPORT_CHANGE_REMOVED);
  assert_change (changes, 4, RAPPORT_RECORD_CONTACT, a, RAPPORT_CHANGE_REMOVED);
  g_assert_cmpuint (changes->len, ==, 5);
}

static void
test_batch (TestDir       *fixture,
            gconstpointer  data)
{
  g_autoptr(RapportStore) store = test_open_store (fixture->path);
  g_autoptr(RapportPeopleModel) people = rapport_people_model_new (store);
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(RapportContact) undone = rapport_contact_new ();
  g_autoptr(GError) error = NULL;

  g_signal_connect_swapped (store, "changed", G_CALLBACK (record_change_cb), changes);

  g_assert_true (rapport_store_begin_batch (store, &error));
  for (guint i = 0; i < 50; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %02u", i);
      RapportContact *contact = test_add_person (store, name);
      g_autoptr(RapportInteraction) met = test_add_interaction (store, RAPPORT_INTERACTION_MET_IN_PERSON, NULL,
                                                                i == 7 ? "Talked about kilns" : "Hello",
                                                                IDS (rapport_contact_get_id (contact)));

      g_ptr_array_add (kept, contact);
    }
  /* A failed write inside a batch undoes only itself. */
  rapport_contact_set_notes (g_ptr_array_index (kept, 0), "\xff");
  g_assert_false (rapport_store_save_contact (store, g_ptr_array_index (kept, 0), &error));
  g_clear_error (&error);
  rapport_contact_set_notes (g_ptr_array_index (kept, 0), "");

  /* Nothing is told until the batch is saved... */
  g_assert_cmpuint (changes->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 0);
  g_assert_true (rapport_store_commit_batch (store, &error));
  g_assert_no_error (error);

  /* ...then once per kind, and everything is searchable and dated. */
  g_assert_cmpuint (changes->len, ==, 2);
  assert_change (changes, 0, RAPPORT_RECORD_CONTACT, 0, RAPPORT_CHANGE_UPDATED);
  assert_change (changes, 1, RAPPORT_RECORD_INTERACTION, 0, RAPPORT_CHANGE_UPDATED);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 50);
  g_assert_nonnull (rapport_contact_get_last_contacted (g_ptr_array_index (kept, 3)));
  rapport_people_model_set_search_text (people, "kiln");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 1);

  /* A cancelled batch leaves nothing, and its objects are unsaved again. */
  g_assert_true (rapport_store_begin_batch (store, &error));
  rapport_contact_set_display_name (undone, "Never saved");
  g_assert_true (rapport_store_add_contact (store, undone, &error));
  g_assert_cmpint (rapport_contact_get_id (undone), >, 0);
  /* An edit inside the cancelled batch is not what the store hands out next. */
  rapport_contact_set_company (g_ptr_array_index (kept, 1), "Rolled back");
  g_assert_true (rapport_store_save_contact (store, g_ptr_array_index (kept, 1), &error));
  rapport_store_cancel_batch (store);
  g_assert_cmpint (rapport_contact_get_id (undone), ==, 0);
  {
    g_autoptr(RapportContact) fresh = rapport_store_get_contact (store, rapport_contact_get_id (g_ptr_array_index (kept, 1)), &error);

    g_assert_no_error (error);
    g_assert_cmpstr (rapport_contact_get_company (fresh), ==, "");
  }
  g_assert_cmpint (test_raw_int (fixture->path, "SELECT count(*) FROM contact"), ==, 50);
  g_assert_cmpuint (changes->len, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add ("/rapport/store/" path, TestDir, NULL, test_dir_setup, func, test_dir_teardown)
  ADD ("create", test_create);
  ADD ("default-path", test_default_path);
  ADD ("contact-round-trip", test_contact_round_trip);
  ADD ("derived-name", test_derived_name);
  ADD ("contact-delete", test_contact_delete);
  ADD ("identity", test_identity);
  ADD ("deleted-object-is-a-copy", test_deleted_object_is_a_copy);
  ADD ("interactions", test_interactions);
  ADD ("derived-dates", test_derived_dates);
  ADD ("events", test_events);
  ADD ("events-model", test_events_model);
  ADD ("statements", test_statements);
  ADD ("bad-input", test_bad_input);
  ADD ("changed-signal", test_changed_signal);
  ADD ("batch", test_batch);
#undef ADD

  return g_test_run ();
}
