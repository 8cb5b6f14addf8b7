/* test-address-book-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * People linked with address books' contacts, as the store keeps them, on
 * real SQLite files: links, the values both sides agreed on, the mark of a
 * contact deleted in its book, the conflict note, matching by the import's
 * rules, and merging two linked people.
 */

#include "config.h"

#include "rapport-test-util.h"

static GHashTable *
agreed_of (const char *first,
           ...)
{
  GHashTable *agreed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  va_list args;

  va_start (args, first);
  for (const char *field = first; field != NULL; field = va_arg (args, const char *))
    g_hash_table_insert (agreed, g_strdup (field), g_strdup (va_arg (args, const char *)));
  va_end (args);
  return agreed;
}

static void
test_link_and_reopen (TestDir       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportStore) store = test_open_store (fixture->path);
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana Silva");
  g_autoptr(GHashTable) agreed = agreed_of ("emails", "ana@example.org", "name", "Ana Silva", NULL);
  g_autoptr(GHashTable) read = NULL;
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(RapportBookLink) link = NULL;
  gint64 id, again;

  id = rapport_store_link_book_contact (store, rapport_contact_get_id (ana), "book-1", "uid-a", agreed, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  /* A second book's contact is a second link of the same person. */
  g_assert_cmpint (rapport_store_link_book_contact (store, rapport_contact_get_id (ana), "book-2", "uid-a", NULL, &error), >, 0);
  g_assert_no_error (error);
  g_clear_object (&store);

  store = test_open_store (fixture->path);
  links = rapport_store_list_book_links (store, rapport_contact_get_id (ana), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (links->len, ==, 2);
  link = rapport_book_link_copy (g_ptr_array_index (links, 0));
  g_assert_cmpint (link->id, ==, id);
  g_assert_cmpstr (link->book_uid, ==, "book-1");
  g_assert_cmpstr (link->contact_uid, ==, "uid-a");
  g_assert_cmpint (link->state, ==, RAPPORT_BOOK_LINK_LINKED);
  read = rapport_store_get_book_agreed (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (read), ==, 2);
  g_assert_cmpstr (g_hash_table_lookup (read, "emails"), ==, "ana@example.org");
  g_assert_cmpstr (g_hash_table_lookup (read, "name"), ==, "Ana Silva");

  /* Linking the same contact again keeps one link, with the new values. */
  g_hash_table_replace (agreed, g_strdup ("name"), g_strdup ("Ana M. Silva"));
  g_hash_table_remove (agreed, "emails");
  again = rapport_store_link_book_contact (store, rapport_contact_get_id (ana), "book-1", "uid-a", agreed, &error);
  g_assert_no_error (error);
  g_assert_cmpint (again, ==, id);
  g_clear_pointer (&read, g_hash_table_unref);
  read = rapport_store_get_book_agreed (store, id, &error);
  g_assert_cmpuint (g_hash_table_size (read), ==, 1);
  g_assert_cmpstr (g_hash_table_lookup (read, "name"), ==, "Ana M. Silva");
  g_assert_cmpint (test_raw_int (fixture->path, "SELECT count(*) FROM address_book_link"), ==, 2);
}

static void
test_link_by_hand_moves (TestDir       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportStore) store = test_open_store (fixture->path);
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana Silva");
  g_autoptr(RapportContact) other = test_add_person (store, "A. Silva");
  g_autoptr(RapportBookLink) link = NULL;
  g_autoptr(GPtrArray) before = NULL;

  rapport_store_link_book_contact (store, rapport_contact_get_id (other), "book", "uid", NULL, &error);
  g_assert_no_error (error);
  /* "This is the same person as …" on Ana's page: the contact is hers now. */
  rapport_store_link_book_contact (store, rapport_contact_get_id (ana), "book", "uid", NULL, &error);
  g_assert_no_error (error);
  link = rapport_store_find_book_link (store, "book", "uid", &error);
  g_assert_no_error (error);
  g_assert_cmpint (link->contact_id, ==, rapport_contact_get_id (ana));
  before = rapport_store_list_book_links (store, rapport_contact_get_id (other), &error);
  g_assert_cmpuint (before->len, ==, 0);

  /* Nobody else's contact: not found, and no error. */
  g_clear_pointer (&link, rapport_book_link_free);
  link = rapport_store_find_book_link (store, "book", "nobody", &error);
  g_assert_no_error (error);
  g_assert_null (link);
}

static void
test_gone_and_unlink (TestDir       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportStore) store = test_open_store (fixture->path);
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana Silva");
  g_autoptr(GHashTable) agreed = agreed_of ("name", "Ana Silva", NULL);
  g_autoptr(RapportBookLink) link = NULL;
  g_autoptr(RapportContact) still = NULL;
  gint64 id;

  id = rapport_store_link_book_contact (store, rapport_contact_get_id (ana), "book", "uid", agreed, &error);
  g_assert_true (rapport_store_mark_book_contact_gone (store, id, &error));
  g_assert_no_error (error);
  link = rapport_store_find_book_link (store, "book", "uid", &error);
  g_assert_cmpint (link->state, ==, RAPPORT_BOOK_LINK_GONE);
  g_assert_cmpint (test_raw_int (fixture->path, "SELECT state FROM address_book_link"), ==, 1);
  still = rapport_store_get_contact (store, rapport_contact_get_id (ana), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rapport_contact_get_display_name (still), ==, "Ana Silva");

  g_assert_true (rapport_store_unlink_book_contact (store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (test_raw_int (fixture->path, "SELECT count(*) FROM address_book_link"), ==, 0);
  g_assert_cmpint (test_raw_int (fixture->path, "SELECT count(*) FROM address_book_agreed"), ==, 0);
  g_assert_false (rapport_store_unlink_book_contact (store, id, &error));
  g_assert_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_NOT_FOUND);
  g_assert_cmpint (test_raw_int (fixture->path, "SELECT count(*) FROM contact"), ==, 1);
}

static void
test_note (TestDir       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportStore) store = test_open_store (fixture->path);
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana Silva");
  gint64 id = rapport_contact_get_id (ana);
  g_autofree char *note = NULL;

  g_assert_null (rapport_store_dup_book_note (store, id));
  g_assert_true (rapport_store_set_book_note (store, id, "Birthday: kept 1990-05-01, not 1991-05-01", &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  store = test_open_store (fixture->path);
  note = rapport_store_dup_book_note (store, id);
  g_assert_cmpstr (note, ==, "Birthday: kept 1990-05-01, not 1991-05-01");
  g_assert_true (rapport_store_set_book_note (store, id, NULL, &error));
  g_assert_null (rapport_store_dup_book_note (store, id));
}

static void
test_match_people (TestDir       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportStore) store = test_open_store (fixture->path);
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana Silva");
  g_autoptr(RapportContact) ben = test_add_person (store, "Ben Ng");
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) matches = NULL;
  RapportContact *card;

  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_EMAIL, "work", "ana@example.org"));
  rapport_contact_set_fields (ana, fields);
  g_assert_true (rapport_store_save_contact (store, ana, &error));
  g_ptr_array_set_size (fields, 0);
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_PHONE, NULL, "+44 20 7946 0000"));
  rapport_contact_set_fields (ben, fields);
  g_assert_true (rapport_store_save_contact (store, ben, &error));

  /* The same address with the name agreeing; the same number in another
   * form, no name; the same address with another name (a shared mailbox);
   * nothing in common. */
  card = rapport_contact_new ();
  rapport_contact_set_display_name (card, "Ana M. Silva");
  g_ptr_array_set_size (fields, 0);
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_EMAIL, NULL, " ANA@example.org"));
  rapport_contact_set_fields (card, fields);
  g_ptr_array_add (cards, card);
  card = rapport_contact_new ();
  g_ptr_array_set_size (fields, 0);
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_PHONE, NULL, "020 7946 0000"));
  rapport_contact_set_fields (card, fields);
  g_ptr_array_add (cards, card);
  card = rapport_contact_new ();
  rapport_contact_set_display_name (card, "Carla Diaz");
  g_ptr_array_set_size (fields, 0);
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_EMAIL, NULL, "ana@example.org"));
  rapport_contact_set_fields (card, fields);
  g_ptr_array_add (cards, card);
  card = rapport_contact_new ();
  rapport_contact_set_display_name (card, "Dora Lee");
  g_ptr_array_add (cards, card);

  matches = rapport_store_match_people (store, cards, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (matches->len, ==, 4);
  g_assert_cmpint (g_array_index (matches, gint64, 0), ==, rapport_contact_get_id (ana));
  g_assert_cmpint (g_array_index (matches, gint64, 1), ==, rapport_contact_get_id (ben));
  g_assert_cmpint (g_array_index (matches, gint64, 2), ==, 0);
  g_assert_cmpint (g_array_index (matches, gint64, 3), ==, 0);
}

static void
test_merge_keeps_both (TestDir       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportStore) store = test_open_store (fixture->path);
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana Silva");
  g_autoptr(RapportContact) twin = test_add_person (store, "Ana Silva");
  g_autoptr(RapportMerge) merge = NULL;
  g_autoptr(GPtrArray) links = NULL;
  gint64 ana_id = rapport_contact_get_id (ana), twin_id = rapport_contact_get_id (twin);

  rapport_store_link_book_contact (store, ana_id, "google", "g-1", NULL, &error);
  g_assert_no_error (error);
  rapport_store_link_book_contact (store, twin_id, "nextcloud", "n-1", NULL, &error);
  g_assert_no_error (error);

  merge = rapport_store_merge (store, twin_id, ana_id, &error);
  g_assert_no_error (error);
  links = rapport_store_list_book_links (store, ana_id, &error);
  g_assert_cmpuint (links->len, ==, 2);
  g_assert_cmpstr (((RapportBookLink *) g_ptr_array_index (links, 0))->book_uid, ==, "google");
  g_assert_cmpstr (((RapportBookLink *) g_ptr_array_index (links, 1))->book_uid, ==, "nextcloud");

  /* Undo gives the twin their contact back. */
  g_assert_true (rapport_store_unmerge (store, merge, &error));
  g_assert_no_error (error);
  g_clear_pointer (&links, g_ptr_array_unref);
  links = rapport_store_list_book_links (store, twin_id, &error);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpstr (((RapportBookLink *) g_ptr_array_index (links, 0))->contact_uid, ==, "n-1");
  g_clear_pointer (&links, g_ptr_array_unref);
  links = rapport_store_list_book_links (store, ana_id, &error);
  g_assert_cmpuint (links->len, ==, 1);
}

static void
test_deleting_person_drops_links (TestDir       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportStore) store = test_open_store (fixture->path);
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana Silva");
  g_autoptr(GHashTable) agreed = agreed_of ("name", "Ana Silva", NULL);

  rapport_store_link_book_contact (store, rapport_contact_get_id (ana), "book", "uid", agreed, &error);
  rapport_store_set_book_note (store, rapport_contact_get_id (ana), "x", &error);
  g_assert_true (rapport_store_delete_contact (store, rapport_contact_get_id (ana), &error));
  g_assert_no_error (error);
  g_assert_cmpint (test_raw_int (fixture->path, "SELECT count(*) FROM address_book_link"), ==, 0);
  g_assert_cmpint (test_raw_int (fixture->path, "SELECT count(*) FROM address_book_agreed"), ==, 0);
  g_assert_cmpint (test_raw_int (fixture->path, "SELECT count(*) FROM address_book_note"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add ("/rapport/address-book-store/" path, TestDir, NULL, test_dir_setup, func, test_dir_teardown)
  ADD ("link-and-reopen", test_link_and_reopen);
  ADD ("link-by-hand-moves", test_link_by_hand_moves);
  ADD ("gone-and-unlink", test_gone_and_unlink);
  ADD ("note", test_note);
  ADD ("match-people", test_match_people);
  ADD ("merge-keeps-both", test_merge_keeps_both);
  ADD ("deleting-person-drops-links", test_deleting_person_drops_links);
#undef ADD

  return g_test_run ();
}
