/* test-address-book-sync.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Following the desktop's address books (#19) against a private EDS
 * (tests/eds-run.sh), with a local address book filled through libebook:
 * the first link, live changes in each direction, a conflict on the same
 * field, a deletion, unlinking, merging, "add everyone", and cancelling a
 * first link. Each checks the vCard EDS holds afterwards property by
 * property, an unknown X- property kept byte for byte.
 */

#include "config.h"

#include "address-book-test-util.h"
#include "rapport-test-util.h"
#include "rapport-vcard-reader.h"

/* Lines Rapport does not own, to be kept exactly as they are. */
#define X_LINE "X-CUSTOM-FIELD;X-PARAM=Yes:keep me\\, exactly as I am"
#define CATEGORIES_LINE "CATEGORIES:Friends,Climbing"

typedef struct
{
  TestDir dir;
  RapportStore *store;
  GSettings *settings;
  ESourceRegistry *registry;
  ESource *source;
  EBookClient *client;
  RapportAddressBookSync *sync;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  test_dir_setup (&fixture->dir, data);
  fixture->store = test_open_store (fixture->dir.path);
  fixture->settings = g_settings_new (APP_ID);
  g_settings_reset (fixture->settings, "address-book-modes");
  g_settings_set_boolean (fixture->settings, "address-books-enabled", TRUE);
  fixture->registry = e_source_registry_new_sync (NULL, &error);
  g_assert_no_error (error);
  fixture->source = ab_test_add_local_book (fixture->registry, "Contacts");
  fixture->client = ab_test_open_book (fixture->source);
}

static void
stop_sync (Fixture *fixture)
{
  if (fixture->sync == NULL)
    return;
  g_object_run_dispose (G_OBJECT (fixture->sync));
  g_clear_object (&fixture->sync);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  stop_sync (fixture);
  g_clear_object (&fixture->client);
  e_source_remove_sync (fixture->source, NULL, &error);
  g_clear_object (&fixture->source);
  g_clear_object (&fixture->registry);
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->store);
  test_dir_teardown (&fixture->dir, data);
}

static void
start_sync (Fixture *fixture)
{
  fixture->sync = rapport_address_book_sync_new (fixture->store, fixture->settings);
  ab_test_wait (ab_test_settled, fixture->sync);
  g_assert_true (rapport_address_book_sync_is_following (fixture->sync, e_source_get_uid (fixture->source)));
}

static char *
ana_card (const char *extra)
{
  return g_strconcat ("BEGIN:VCARD\r\nVERSION:3.0\r\n"
                      "FN:Ana Silva\r\nN:Silva;Ana;;;\r\n"
                      "EMAIL;TYPE=WORK:ana@example.org\r\n"
                      "TEL;TYPE=CELL:+1 555 0100\r\n" X_LINE "\r\n" CATEGORIES_LINE "\r\n",
                      extra, "END:VCARD\r\n", NULL);
}

static RapportContact *
add_ana (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_object_unref);
  RapportContact *ana = test_add_person (fixture->store, "Ana Silva");

  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_EMAIL, "", "ana@example.org"));
  rapport_contact_set_fields (ana, fields);
  rapport_contact_set_notes (ana, "Met at the climbing wall");
  g_assert_true (rapport_store_save_contact (fixture->store, ana, &error));
  g_assert_no_error (error);
  return ana;
}

static gboolean
has_field (RapportContact   *contact,
           RapportFieldKind  kind,
           const char       *value)
{
  GPtrArray *fields = rapport_contact_get_fields (contact);

  for (guint i = 0; i < fields->len; i++)
    if (rapport_contact_field_get_kind (g_ptr_array_index (fields, i)) == kind &&
        g_str_equal (rapport_contact_field_get_value (g_ptr_array_index (fields, i)), value))
      return TRUE;
  return FALSE;
}

/* The lines Rapport does not own are there, once each, byte for byte. */
static void
assert_kept (const char *vcard)
{
  g_auto(GStrv) x = ab_test_lines (vcard, "X-CUSTOM-FIELD");
  g_auto(GStrv) categories = ab_test_lines (vcard, "CATEGORIES");

  g_assert_cmpuint (g_strv_length (x), ==, 1);
  g_assert_cmpstr (x[0], ==, X_LINE);
  g_assert_cmpuint (g_strv_length (categories), ==, 1);
  g_assert_cmpstr (categories[0], ==, CATEGORIES_LINE);
}

static RapportBookLink *
find_link (Fixture    *fixture,
           const char *uid)
{
  g_autoptr(GError) error = NULL;
  RapportBookLink *link = rapport_store_find_book_link (fixture->store, e_source_get_uid (fixture->source), uid, &error);

  g_assert_no_error (error);
  return link;
}

static void
test_link (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportContact) ana = add_ana (fixture);
  g_autoptr(RapportContact) ben = test_add_person (fixture->store, "Ben Ng");
  g_autofree char *card = ana_card ("");
  g_autofree char *uid = ab_test_add_contact (fixture->client, card);
  g_autofree char *before = ab_test_get_vcard (fixture->client, uid);
  g_autofree char *after = NULL;
  g_autofree char *carla_uid = NULL;
  g_autoptr(RapportBookLink) link = NULL;
  g_autoptr(RapportContact) read = NULL;
  g_autofree char *where = NULL;

  carla_uid = ab_test_add_contact (fixture->client, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Carla Diaz\r\n"
                                                    "EMAIL:carla@example.org\r\nEND:VCARD\r\n");
  start_sync (fixture);

  link = find_link (fixture, uid);
  g_assert_nonnull (link);
  g_assert_cmpint (link->contact_id, ==, rapport_contact_get_id (ana));
  g_assert_cmpint (link->state, ==, RAPPORT_BOOK_LINK_LINKED);
  read = rapport_store_get_contact (fixture->store, rapport_contact_get_id (ana), &error);
  g_assert_no_error (error);
  /* The book's phone came in; what only Rapport keeps stayed. */
  g_assert_true (has_field (read, RAPPORT_FIELD_PHONE, "+1 555 0100"));
  g_assert_cmpstr (rapport_contact_get_notes (read), ==, "Met at the climbing wall");
  g_assert_cmpstr (rapport_contact_get_family_name (read), ==, "Silva");
  /* "link": Carla is not in Rapport, and is not added. */
  g_assert_null (find_link (fixture, carla_uid));
  g_assert_cmpint (test_raw_int (fixture->dir.path, "SELECT count(*) FROM contact"), ==, 2);

  /* Nothing to give the book: it was not written. */
  after = ab_test_get_vcard (fixture->client, uid);
  g_assert_cmpstr (after, ==, before);

  where = rapport_address_book_sync_describe_link (fixture->sync, link);
  g_assert_cmpstr (where, ==, "Contacts · ana@example.org");
}

typedef struct
{
  Fixture *fixture;
  gint64 id;
  const char *phone;
} PhoneWait;

static gboolean
has_phone (PhoneWait *wait)
{
  g_autoptr(RapportContact) contact = rapport_store_get_contact (wait->fixture->store, wait->id, NULL);

  return contact != NULL && has_field (contact, RAPPORT_FIELD_PHONE, wait->phone);
}

typedef struct
{
  Fixture *fixture;
  const char *uid;
  const char *needle;
} VcardWait;

static gboolean
vcard_has (VcardWait *wait)
{
  g_autofree char *vcard = ab_test_get_vcard (wait->fixture->client, wait->uid);

  return strstr (vcard, wait->needle) != NULL;
}

static void
test_book_change (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(RapportContact) ana = add_ana (fixture);
  g_autofree char *card = ana_card ("");
  g_autofree char *uid = ab_test_add_contact (fixture->client, card);
  g_autofree char *changed = NULL;
  g_autofree char *vcard = NULL;
  g_autoptr(RapportContact) read = NULL;
  g_autoptr(GError) error = NULL;
  PhoneWait wait = { fixture, rapport_contact_get_id (ana), "+1 555 0199" };

  start_sync (fixture);
  changed = g_strdup_printf ("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:%s\r\nFN:Ana Silva\r\nN:Silva;Ana;;;\r\n"
                             "EMAIL;TYPE=WORK:ana@example.org\r\nTEL;TYPE=CELL:+1 555 0199\r\n"
                             "ORG:Acme;Research\r\n" X_LINE "\r\n" CATEGORIES_LINE "\r\nEND:VCARD\r\n",
                             uid);
  ab_test_modify_contact (fixture->client, changed);
  ab_test_wait (has_phone, &wait);
  ab_test_wait (ab_test_settled, fixture->sync);

  read = rapport_store_get_contact (fixture->store, rapport_contact_get_id (ana), &error);
  g_assert_false (has_field (read, RAPPORT_FIELD_PHONE, "+1 555 0100"));
  g_assert_cmpstr (rapport_contact_get_company (read), ==, "Acme");
  g_assert_cmpstr (rapport_contact_get_department (read), ==, "Research");
  g_assert_cmpstr (rapport_contact_get_notes (read), ==, "Met at the climbing wall");
  /* Taken in, not written back. */
  vcard = ab_test_get_vcard (fixture->client, uid);
  assert_kept (vcard);
  g_assert_null (rapport_store_dup_book_note (fixture->store, rapport_contact_get_id (ana)));
}

static void
test_rapport_change (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(RapportContact) ana = add_ana (fixture);
  g_autofree char *card = ana_card ("");
  g_autofree char *uid = ab_test_add_contact (fixture->client, card);
  g_autofree char *vcard = NULL;
  g_autoptr(RapportContact) person = NULL;
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) emails = NULL;
  g_auto(GStrv) tels = NULL;
  g_auto(GStrv) fns = NULL;
  g_auto(GStrv) bdays = NULL;
  RapportPartialDate birthday = { 1990, 5, 1 };
  VcardWait wait = { fixture, uid, "ana@home.example" };

  start_sync (fixture);
  person = rapport_store_get_contact (fixture->store, rapport_contact_get_id (ana), &error);
  g_ptr_array_extend (fields, rapport_contact_get_fields (person), (GCopyFunc) (void (*) (void)) g_object_ref, NULL);
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_EMAIL, "home", "ana@home.example"));
  rapport_contact_set_fields (person, fields);
  rapport_contact_set_birthday (person, &birthday);
  /* Rapport's own fields stay in Rapport. */
  rapport_contact_set_looking_for (person, "A new climbing partner");
  g_assert_true (rapport_store_save_contact (fixture->store, person, &error));
  g_assert_no_error (error);

  ab_test_wait (vcard_has, &wait);
  ab_test_wait (ab_test_settled, fixture->sync);
  vcard = ab_test_get_vcard (fixture->client, uid);
  emails = ab_test_lines (vcard, "EMAIL");
  g_assert_cmpuint (g_strv_length (emails), ==, 2);
  g_assert_true (g_str_has_suffix (emails[0], ":ana@example.org"));
  g_assert_nonnull (strstr (emails[0], "work"));
  g_assert_true (g_str_has_suffix (emails[1], ":ana@home.example"));
  g_assert_nonnull (strstr (emails[1], "home"));
  tels = ab_test_lines (vcard, "TEL");
  /* EDS adds its own parameters (X-EVOLUTION-E164) to a number. */
  g_assert_cmpuint (g_strv_length (tels), ==, 1);
  g_assert_true (g_str_has_suffix (tels[0], ":+1 555 0100"));
  g_assert_nonnull (strstr (tels[0], "TYPE=CELL"));
  fns = ab_test_lines (vcard, "FN");
  g_assert_cmpstr (fns[0], ==, "FN:Ana Silva");
  bdays = ab_test_lines (vcard, "BDAY");
  g_assert_cmpstr (bdays[0], ==, "BDAY:1990-05-01");
  g_assert_null (strstr (vcard, "climbing partner"));
  assert_kept (vcard);
}

static void
test_conflict (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(RapportContact) ana = add_ana (fixture);
  g_autofree char *card = ana_card ("BDAY:1991-05-01\r\n");
  g_autofree char *uid = ab_test_add_contact (fixture->client, card);
  g_autofree char *changed = NULL;
  g_autofree char *vcard = NULL;
  g_autofree char *note = NULL;
  g_autoptr(RapportContact) person = NULL;
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) emails = NULL;
  g_auto(GStrv) bdays = NULL;
  RapportPartialDate birthday = { 1990, 5, 1 };
  const RapportPartialDate *kept;

  start_sync (fixture);
  stop_sync (fixture);

  /* While Rapport is closed, both sides change the birthday and add an
   * email. */
  person = rapport_store_get_contact (fixture->store, rapport_contact_get_id (ana), &error);
  g_ptr_array_extend (fields, rapport_contact_get_fields (person), (GCopyFunc) (void (*) (void)) g_object_ref, NULL);
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_EMAIL, "home", "ana@home.example"));
  rapport_contact_set_fields (person, fields);
  rapport_contact_set_birthday (person, &birthday);
  g_assert_true (rapport_store_save_contact (fixture->store, person, &error));
  changed = g_strdup_printf ("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:%s\r\nFN:Ana Silva\r\nN:Silva;Ana;;;\r\n"
                             "EMAIL;TYPE=WORK:ana@example.org\r\nEMAIL:ana@lab.example\r\n"
                             "TEL;TYPE=CELL:+1 555 0100\r\nBDAY:1992-05-01\r\n" X_LINE "\r\n" CATEGORIES_LINE "\r\nEND:VCARD\r\n",
                             uid);
  ab_test_modify_contact (fixture->client, changed);

  start_sync (fixture);
  g_clear_object (&person);
  person = rapport_store_get_contact (fixture->store, rapport_contact_get_id (ana), &error);
  /* A list keeps both sides' values, in Rapport and in the book. */
  g_assert_true (has_field (person, RAPPORT_FIELD_EMAIL, "ana@home.example"));
  g_assert_true (has_field (person, RAPPORT_FIELD_EMAIL, "ana@lab.example"));
  g_assert_true (has_field (person, RAPPORT_FIELD_EMAIL, "ana@example.org"));
  vcard = ab_test_get_vcard (fixture->client, uid);
  emails = ab_test_lines (vcard, "EMAIL");
  g_assert_cmpuint (g_strv_length (emails), ==, 3);
  /* One value: the book's wins, and the person says what differed. */
  kept = rapport_contact_get_birthday (person);
  g_assert_cmpuint (kept->year, ==, 1992);
  bdays = ab_test_lines (vcard, "BDAY");
  g_assert_cmpuint (g_strv_length (bdays), ==, 1);
  g_assert_cmpstr (bdays[0], ==, "BDAY:1992-05-01");
  note = rapport_store_dup_book_note (fixture->store, rapport_contact_get_id (ana));
  g_assert_nonnull (note);
  g_assert_nonnull (strstr (note, "Birthday"));
  g_assert_nonnull (strstr (note, "1992"));
  g_assert_nonnull (strstr (note, "1990"));
  assert_kept (vcard);
}

typedef struct
{
  Fixture *fixture;
  const char *uid;
} LinkWait;

static gboolean
link_gone (LinkWait *wait)
{
  g_autoptr(RapportBookLink) link = find_link (wait->fixture, wait->uid);

  return link != NULL && link->state == RAPPORT_BOOK_LINK_GONE;
}

static void
test_deleted (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(RapportContact) ana = add_ana (fixture);
  g_autofree char *card = ana_card ("");
  g_autofree char *uid = ab_test_add_contact (fixture->client, card);
  g_autoptr(RapportContact) still = NULL;
  g_autoptr(GError) error = NULL;
  LinkWait wait = { fixture, uid };

  start_sync (fixture);
  ab_test_remove_contact (fixture->client, uid);
  ab_test_wait (link_gone, &wait);

  still = rapport_store_get_contact (fixture->store, rapport_contact_get_id (ana), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rapport_contact_get_notes (still), ==, "Met at the climbing wall");
  g_assert_true (has_field (still, RAPPORT_FIELD_PHONE, "+1 555 0100"));
}

static void
test_unlink (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(RapportContact) ana = add_ana (fixture);
  g_autofree char *card = ana_card ("");
  g_autofree char *uid = ab_test_add_contact (fixture->client, card);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(RapportBookLink) link = NULL;
  g_autoptr(RapportContact) person = NULL;
  g_autoptr(GError) error = NULL;

  start_sync (fixture);
  link = find_link (fixture, uid);
  g_assert_true (rapport_store_unlink_book_contact (fixture->store, link->id, &error));
  g_assert_no_error (error);
  before = ab_test_get_vcard (fixture->client, uid);

  person = rapport_store_get_contact (fixture->store, rapport_contact_get_id (ana), &error);
  rapport_contact_set_company (person, "Rapport Only Ltd");
  g_assert_true (rapport_store_save_contact (fixture->store, person, &error));
  ab_test_wait (ab_test_settled, fixture->sync);
  after = ab_test_get_vcard (fixture->client, uid);
  g_assert_cmpstr (after, ==, before);
  g_assert_null (find_link (fixture, uid));
}

static void
test_merge (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(RapportContact) ana = add_ana (fixture);
  g_autoptr(RapportContact) twin = test_add_person (fixture->store, "Ana Silva");
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *card = ana_card ("");
  g_autofree char *uid = ab_test_add_contact (fixture->client, card);
  g_autofree char *twin_uid = NULL;
  g_autofree char *changed = NULL;
  g_autoptr(RapportMerge) merge = NULL;
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GError) error = NULL;
  PhoneWait wait = { fixture, rapport_contact_get_id (ana), "+44 20 7946 0999" };

  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_EMAIL, "", "ana.silva@lab.example"));
  rapport_contact_set_fields (twin, fields);
  g_assert_true (rapport_store_save_contact (fixture->store, twin, &error));
  twin_uid = ab_test_add_contact (fixture->client, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\n"
                                                   "EMAIL:ana.silva@lab.example\r\nEND:VCARD\r\n");
  start_sync (fixture);

  merge = rapport_store_merge (fixture->store, rapport_contact_get_id (twin), rapport_contact_get_id (ana), &error);
  g_assert_no_error (error);
  links = rapport_store_list_book_links (fixture->store, rapport_contact_get_id (ana), &error);
  g_assert_cmpuint (links->len, ==, 2);

  /* The second contact still reaches the person it was merged into. */
  changed = g_strdup_printf ("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:%s\r\nFN:Ana Silva\r\n"
                             "EMAIL:ana.silva@lab.example\r\nTEL:+44 20 7946 0999\r\nEND:VCARD\r\n",
                             twin_uid);
  ab_test_modify_contact (fixture->client, changed);
  ab_test_wait (has_phone, &wait);
}

static void
test_add_everyone (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GVariantBuilder) modes = g_variant_builder_new (G_VARIANT_TYPE ("a{ss}"));
  g_autofree char *uid = NULL;
  g_autoptr(RapportBookLink) link = NULL;
  g_autoptr(RapportContact) carla = NULL;
  g_autoptr(GPtrArray) imported = NULL;
  g_autoptr(GError) error = NULL;
  const char *vcard = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Carla Diaz\r\nN:Diaz;Carla;;;\r\n"
                      "EMAIL;TYPE=HOME:carla@example.org\r\nORG:Acme\r\nBDAY:1985-02-03\r\n"
                      "NOTE:From the book\r\nEND:VCARD\r\n";
  RapportContact *as_imported;

  g_variant_builder_add (modes, "{ss}", e_source_get_uid (fixture->source), "all");
  g_settings_set_value (fixture->settings, "address-book-modes", g_variant_builder_end (modes));
  uid = ab_test_add_contact (fixture->client, vcard);
  start_sync (fixture);

  link = find_link (fixture, uid);
  g_assert_nonnull (link);
  carla = rapport_store_get_contact (fixture->store, link->contact_id, &error);
  g_assert_no_error (error);
  /* Exactly what importing the card gives. */
  imported = rapport_vcard_read (vcard, strlen (vcard), NULL, &error);
  as_imported = g_ptr_array_index (imported, 0);
  g_assert_cmpstr (rapport_contact_get_display_name (carla), ==, rapport_contact_get_display_name (as_imported));
  g_assert_cmpstr (rapport_contact_get_company (carla), ==, "Acme");
  g_assert_cmpstr (rapport_contact_get_notes (carla), ==, rapport_contact_get_notes (as_imported));
  g_assert_true (has_field (carla, RAPPORT_FIELD_EMAIL, "carla@example.org"));
  g_assert_cmpuint (rapport_contact_get_birthday (carla)->year, ==, 1985);

  /* Off: the book is no longer followed. */
  g_settings_set_value (fixture->settings, "address-book-modes",
                        g_variant_new_parsed ("{%s: 'off'}", e_source_get_uid (fixture->source)));
  g_assert_false (rapport_address_book_sync_is_following (fixture->sync, e_source_get_uid (fixture->source)));
}

static gboolean
is_linking (RapportAddressBookSync *sync)
{
  return rapport_address_book_sync_get_linking (sync);
}

static gboolean
not_linking (RapportAddressBookSync *sync)
{
  return !rapport_address_book_sync_get_linking (sync);
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GVariantBuilder) modes = g_variant_builder_new (G_VARIANT_TYPE ("a{ss}"));
  g_autoptr(GSList) contacts = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportContact) ana = add_ana (fixture);

  for (guint i = 0; i < 2000; i++)
    {
      g_autofree char *vcard = g_strdup_printf ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person %u\r\n"
                                                "EMAIL:person%u@example.org\r\nEND:VCARD\r\n",
                                                i, i);

      contacts = g_slist_prepend (contacts, e_contact_new_from_vcard (vcard));
    }
  e_book_client_add_contacts_sync (fixture->client, contacts, E_BOOK_OPERATION_FLAG_NONE, NULL, NULL, &error);
  g_slist_free_full (g_steal_pointer (&contacts), g_object_unref);
  g_assert_no_error (error);

  g_variant_builder_add (modes, "{ss}", e_source_get_uid (fixture->source), "all");
  g_settings_set_value (fixture->settings, "address-book-modes", g_variant_builder_end (modes));
  fixture->sync = rapport_address_book_sync_new (fixture->store, fixture->settings);
  ab_test_wait (is_linking, fixture->sync);
  rapport_address_book_sync_cancel (fixture->sync);
  ab_test_wait (not_linking, fixture->sync);

  /* Everything as it was: one person, no links. */
  g_assert_cmpint (test_raw_int (fixture->dir.path, "SELECT count(*) FROM contact"), ==, 1);
  g_assert_cmpint (test_raw_int (fixture->dir.path, "SELECT count(*) FROM address_book_link"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    {
      g_test_skip ("needs tests/eds-run.sh");
      return g_test_run ();
    }

#define ADD(path, func) g_test_add ("/rapport/address-book-sync/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("link", test_link);
  ADD ("book-change", test_book_change);
  ADD ("rapport-change", test_rapport_change);
  ADD ("conflict", test_conflict);
  ADD ("deleted", test_deleted);
  ADD ("unlink", test_unlink);
  ADD ("merge", test_merge);
  ADD ("add-everyone", test_add_everyone);
  ADD ("cancel", test_cancel);
#undef ADD

  return g_test_run ();
}
