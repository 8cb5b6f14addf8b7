/* test-contact-links.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Who knows whom, on real SQLite files: a link read from both sides, in
 * words; a mutual link made twice is one; the search index knows the
 * linked names; a person in the trash hides their links and Undo brings
 * them back; merging two people gives the one who stays the other's links
 * and dismissed suggestions, and Undo takes them back.
 */

#include "config.h"

#include <locale.h>
#include <sqlite3.h>

#include "rapport-test-util.h"

static gint64
add (RapportStore *store,
     const char   *name)
{
  g_autoptr(RapportContact) contact = test_add_person (store, name);

  return rapport_contact_get_id (contact);
}

/* The links of @contact_id in words, joined by "; ". */
static char *
describe_links (RapportStore *store,
                gint64        contact_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) links = rapport_store_list_links (store, contact_id, &error);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < links->len; i++)
    {
      g_autofree char *words = rapport_contact_link_describe (g_ptr_array_index (links, i));

      g_string_append_printf (text, "%s%s", i > 0 ? "; " : "", words);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
search_finds (const char *path,
              const char *match,
              gint64      contact_id)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean found = FALSE;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT rowid FROM contact_search WHERE contact_search MATCH ?1", -1,
                                       &stmt, NULL),
                   ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    found |= sqlite3_column_int64 (stmt, 0) == contact_id;
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return found;
}

/* Ben introduced Ana to the user; Ana mentors Carla; Ana and Ben work
 * together, said once from each page. */
static void
test_both_sides (TestDir       *fixture,
                 gconstpointer  data)
{
  g_autoptr(RapportStore) store = test_open_store (fixture->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *ana_links = NULL;
  g_autofree char *ben_links = NULL;
  g_autofree char *carla_links = NULL;
  gint64 ana, ben, carla, works, again;

  ana = add (store, "Ana Silva");
  ben = add (store, "Ben Ng");
  carla = add (store, "Carla Ruiz");

  g_assert_cmpint (rapport_store_link_contacts (store, ana, ben, RAPPORT_LINK_INTRODUCED_BY, TRUE, &error), >, 0);
  g_assert_no_error (error);
  /* From Carla's page: "Mentored by Ana Silva". */
  g_assert_cmpint (rapport_store_link_contacts (store, carla, ana, RAPPORT_LINK_MENTOR, FALSE, &error), >, 0);
  g_assert_no_error (error);
  works = rapport_store_link_contacts (store, ana, ben, RAPPORT_LINK_WORKS_WITH, TRUE, &error);
  g_assert_no_error (error);
  again = rapport_store_link_contacts (store, ben, ana, RAPPORT_LINK_WORKS_WITH, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (again, ==, works);

  ana_links = describe_links (store, ana);
  ben_links = describe_links (store, ben);
  carla_links = describe_links (store, carla);
  g_assert_cmpstr (ana_links, ==, "Introduced by Ben Ng; Works with Ben Ng; Mentor of Carla Ruiz");
  g_assert_cmpstr (ben_links, ==, "Introduced you to Ana Silva; Works with Ana Silva");
  g_assert_cmpstr (carla_links, ==, "Mentored by Ana Silva");

  /* Nobody is linked to themselves. */
  g_assert_cmpint (rapport_store_link_contacts (store, ana, ana, RAPPORT_LINK_FRIEND, TRUE, &error), ==, 0);
  g_assert_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Searching for Carla finds the person who mentors her; unlinking
   * forgets it. */
  g_assert_true (search_finds (fixture->path, "carla", ana));
  g_assert_true (rapport_store_unlink_contacts (store, works, &error));
  g_assert_no_error (error);
  g_clear_pointer (&ben_links, g_free);
  ben_links = describe_links (store, ben);
  g_assert_cmpstr (ben_links, ==, "Introduced you to Ana Silva");
  g_assert_false (rapport_store_unlink_contacts (store, works, &error));
  g_assert_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* After a restart, the same. */
  g_clear_object (&store);
  store = test_open_store (fixture->path);
  g_clear_pointer (&ana_links, g_free);
  ana_links = describe_links (store, ana);
  g_assert_cmpstr (ana_links, ==, "Introduced by Ben Ng; Mentor of Carla Ruiz");
  g_assert_true (search_finds (fixture->path, "carla", ana));
  g_assert_false (search_finds (fixture->path, "carla", ben));
}

/* Ben in the trash: Ana's page does not show him, her timeline keeps what
 * they did together; Undo brings the link back. Emptying the trash takes
 * it away for good. */
static void
test_trash_and_undo (TestDir       *fixture,
                     gconstpointer  data)
{
  g_autoptr(RapportStore) store = test_open_store (fixture->path);
  g_autoptr(RapportInteraction) lunch = NULL;
  g_autoptr(GListModel) timeline = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *links = NULL;
  gint64 ana, ben;

  ana = add (store, "Ana Silva");
  ben = add (store, "Ben Ng");
  g_assert_cmpint (rapport_store_link_contacts (store, ben, ana, RAPPORT_LINK_INTRODUCED_BY, FALSE, &error), >, 0);
  g_assert_no_error (error);
  lunch = test_add_interaction (store, RAPPORT_INTERACTION_MET_IN_PERSON, test_date ("2026-03-02"), "Lunch",
                                IDS (ana, ben));

  g_assert_true (rapport_store_trash_contact (store, ben, &error));
  g_assert_no_error (error);
  links = describe_links (store, ana);
  g_assert_cmpstr (links, ==, "");
  timeline = rapport_store_list_timeline (store, ana);
  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 1);

  g_assert_true (rapport_store_restore_contact (store, ben, &error));
  g_assert_no_error (error);
  g_clear_pointer (&links, g_free);
  links = describe_links (store, ana);
  g_assert_cmpstr (links, ==, "Introduced by Ben Ng");

  g_assert_true (rapport_store_trash_contact (store, ben, &error));
  g_assert_true (rapport_store_empty_trash (store, &error));
  g_assert_no_error (error);
  g_clear_pointer (&links, g_free);
  links = describe_links (store, ana);
  g_assert_cmpstr (links, ==, "");
  g_clear_object (&timeline);
  timeline = rapport_store_list_timeline (store, ana);
  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 1);
}

/* Two records of Ben: the second knows Carla and had Dan dismissed as a
 * helper for him, and was himself dismissed for Eve. Merged into the
 * first, Ben has all three; Undo leaves them with the second. A link
 * between the two Bens is not made into a link to himself. */
static void
test_merge (TestDir       *fixture,
            gconstpointer  data)
{
  g_autoptr(RapportStore) store = test_open_store (fixture->path);
  g_autoptr(RapportMerge) merge = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *links = NULL;
  gint64 ben, ben_again, carla, dan, eve;

  ben = add (store, "Ben Ng");
  ben_again = add (store, "Ben Ng");
  carla = add (store, "Carla Ruiz");
  dan = add (store, "Dan Moe");
  eve = add (store, "Eve Roth");
  g_assert_cmpint (rapport_store_link_contacts (store, ben_again, carla, RAPPORT_LINK_FRIEND, TRUE, &error), >, 0);
  g_assert_cmpint (rapport_store_link_contacts (store, ben_again, ben, RAPPORT_LINK_WORKS_WITH, TRUE, &error), >, 0);
  g_assert_true (rapport_store_dismiss_introduction (store, ben_again, dan, &error));
  g_assert_true (rapport_store_dismiss_introduction (store, eve, ben_again, &error));
  g_assert_no_error (error);

  merge = rapport_store_merge (store, ben_again, ben, &error);
  g_assert_no_error (error);
  g_assert_nonnull (merge);
  links = describe_links (store, ben);
  g_assert_cmpstr (links, ==, "Friend of Carla Ruiz");
  g_clear_pointer (&links, g_free);
  links = describe_links (store, carla);
  g_assert_cmpstr (links, ==, "Friend of Ben Ng");
  g_clear_object (&store);
  g_assert_cmpint (test_raw_int (fixture->path, "SELECT count(*) FROM introduction_dismissal WHERE contact_id = 1 "
                                                "AND helper_id = 4"),
                   ==, 1);
  g_assert_cmpint (test_raw_int (fixture->path, "SELECT count(*) FROM introduction_dismissal WHERE contact_id = 5 "
                                                "AND helper_id = 1"),
                   ==, 1);

  store = test_open_store (fixture->path);
  g_assert_true (rapport_store_unmerge (store, merge, &error));
  g_assert_no_error (error);
  g_clear_pointer (&links, g_free);
  links = describe_links (store, ben);
  g_assert_cmpstr (links, ==, "Works with Ben Ng");
  g_clear_pointer (&links, g_free);
  links = describe_links (store, ben_again);
  g_assert_cmpstr (links, ==, "Works with Ben Ng; Friend of Carla Ruiz");
  g_clear_object (&store);
  g_assert_cmpint (test_raw_int (fixture->path, "SELECT count(*) FROM introduction_dismissal"), ==, 2);
  g_assert_cmpint (test_raw_int (fixture->path, "SELECT count(*) FROM introduction_dismissal WHERE contact_id = 1 "
                                                "OR helper_id = 1"),
                   ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/rapport/contact-links/both-sides", TestDir, NULL, test_dir_setup, test_both_sides,
              test_dir_teardown);
  g_test_add ("/rapport/contact-links/trash-and-undo", TestDir, NULL, test_dir_setup, test_trash_and_undo,
              test_dir_teardown);
  g_test_add ("/rapport/contact-links/merge", TestDir, NULL, test_dir_setup, test_merge, test_dir_teardown);

  return g_test_run ();
}
